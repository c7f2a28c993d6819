import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
from strategies import figures
from tradestat import Estimate, Figure, Interval, Qualifier
from tradestat.errors import FigureError, UnitError


def test_digits_are_kept_as_written() -> None:
    f = Figure("53.17", "billion CNY")
    assert f.magnitude == Decimal("53.17")
    assert str(f) == "53.17 billion CNY"
    assert Figure(53.17, "billion yuan").magnitude == Decimal("53.17")
    assert Figure("2.50", "percent").magnitude.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (Figure(28, "percent"), Interval(27.5, 28.5)),
        (Figure("39.3", "billion USD", "about"), Interval(39.25, 39.35)),
        (Figure("53.17", "billion CNY"), Interval(53.165, 53.175)),
        (
            Figure(80, "percent", "more_than"),
            Interval(80, math.inf, low_closed=False, high_closed=False),
        ),
        (Figure(20, "percentage_point", "at_least"), Interval(20, math.inf, high_closed=False)),
        (
            Figure(3, "percent", "less_than"),
            Interval(-math.inf, 3, low_closed=False, high_closed=False),
        ),
        (Figure(3, "percent", "at_most"), Interval(-math.inf, 3, low_closed=False)),
        (Figure(222, "count"), Interval(222, 222)),
    ],
)
def test_interval_of_a_statement(figure: Figure, expected: Interval) -> None:
    got = figure.interval()
    assert got.low == pytest.approx(expected.low)
    assert got.high == pytest.approx(expected.high)
    assert (got.low_closed, got.high_closed) == (expected.low_closed, expected.high_closed)


def test_more_than_share_is_capped_by_its_domain() -> None:
    got = Figure(80, "percent", "more_than").interval(domain=Interval(0, 100))
    assert str(got) == "(80, 100]"


def test_about_slack_widens_only_about() -> None:
    about = Figure("39.3", "billion USD", "about").interval(about_slack=0.01)
    assert about.low == pytest.approx(39.25 - 0.393)
    exact = Figure("39.3", "billion USD").interval(about_slack=0.01)
    assert exact.low == pytest.approx(39.25)


@given(figures())
def test_stated_value_lies_in_its_interval_unless_strict(f: Figure) -> None:
    interval = f.interval()
    if f.qualifier in (Qualifier.MORE_THAN, Qualifier.LESS_THAN):
        assert f.value not in interval
        assert interval.width == math.inf
    else:
        assert f.value in interval


@given(figures(qualifiers=__import__("hypothesis").strategies.just(Qualifier.EXACT)))
def test_rounding_interval_rounds_back_to_the_digits(f: Figure) -> None:
    interval = f.interval()
    exponent = f.magnitude.as_tuple().exponent
    for x in (interval.low + interval.width * 0.01, interval.high - interval.width * 0.01):
        assert Decimal(repr(x)).quantize(Decimal(1).scaleb(exponent)) == f.magnitude


def test_bad_figures_raise_library_errors() -> None:
    with pytest.raises(FigureError, match="'n/a' is not a number"):
        Figure("n/a", "percent")
    with pytest.raises(FigureError, match="unknown qualifier 'roughly'"):
        Figure(1, "percent", "roughly")
    with pytest.raises(UnitError, match="unknown unit 'bananas'"):
        Figure(1, "bananas")
    with pytest.raises(FigureError, match="not a finite"):
        Figure("inf", "percent")


def test_estimate_arithmetic_checks_currencies() -> None:
    yuan = Figure("280.8", "billion CNY").estimate()
    dollars = Figure("39.3", "billion USD").estimate()
    with pytest.raises(UnitError, match="convert currencies with an ExchangeRate"):
        yuan + dollars
    total = yuan + Figure(2808, "100 million CNY").estimate()
    assert total.value == pytest.approx(561.6)
    assert total.unit_string == "billion CNY"


def test_estimate_base_units_and_narrowing() -> None:
    e = Figure("39.3", "billion USD").estimate().to_base_units()
    assert e.unit_string == "USD"
    assert e.value == pytest.approx(3.93e10)
    june = Figure(50, "billion CNY", "more_than").estimate().narrow(Figure("53.17", "billion CNY"))
    assert june.low == pytest.approx(53.165)
    with pytest.raises(FigureError, match="cannot both be true"):
        Figure(60, "billion CNY", "more_than").estimate().narrow(Figure("53.17", "billion CNY"))


def test_estimate_of_rejects_non_amounts() -> None:
    with pytest.raises(FigureError, match="not an amount"):
        Estimate.of("280.8 billion yuan")  # type: ignore[arg-type]


def test_natural_scale_reads_best() -> None:
    e = Figure(2808, "100 million CNY").estimate().in_natural_scale()
    assert e.unit_string == "billion CNY" and e.value == pytest.approx(280.8)
    assert Figure(950, "CNY").estimate().in_natural_scale().unit_string == "CNY"
    assert Figure(5, "percent").estimate().in_natural_scale().unit_string == "percent"


@pytest.mark.parametrize("unit", ["furlong", "degC", "kilogram", "second"])
def test_a_figure_has_only_trade_units(unit: str) -> None:
    with pytest.raises(UnitError, match="not one a trade figure has"):
        Figure(5, unit)


def test_bad_arguments_raise_tradestat_errors() -> None:
    import tradestat as ts
    from tradestat.models import Fact

    with pytest.raises(ts.errors.ValidationError, match="needs a Figure"):
        Fact("Xinjiang", "2025", "total", "value", None)  # type: ignore[arg-type]
    with pytest.raises(ts.errors.RateError, match="must be an Estimate"):
        ts.ExchangeRate("USD", "CNY", 5)  # type: ignore[arg-type]
    with pytest.raises(ts.errors.RateError, match="finite"):
        ts.ExchangeRate.of("USD", "CNY", "1e400")
    with pytest.raises(ts.errors.ParseError):
        ts.parse_money(None)  # type: ignore[arg-type]
    with pytest.raises(ts.errors.LoadError, match="expected a path"):
        ts.load(None)  # type: ignore[arg-type]
    with pytest.raises(ts.errors.ValidationError):
        ts.FactSet.from_records(None)  # type: ignore[arg-type]


@given(
    st.one_of(
        st.decimals(min_value="0.001", max_value="1e7", places=3, allow_nan=False),
        st.integers(1, 10**7).map(Decimal),
    ),
    st.sampled_from(["10 thousand CNY", "100 million CNY", "100 million USD", "billion CNY"]),
)
def test_readable_words_state_the_same_amount(digits: Decimal, unit: str) -> None:
    figure = Figure(digits, unit)
    words = str(figure)
    number, scale_and_code = words.split(" ", 1)
    again = Figure(Decimal(number), scale_and_code)
    assert "E" not in words
    assert again.quantity.to(figure.unit).magnitude == pytest.approx(float(digits), rel=1e-12)
    # moving the point never claims less precision than was stated (a whole number shifted
    # left, 45万 -> "450 thousand", shows a finer last digit; the Figure keeps the stated one)
    step = ts.Quantity(float(again.resolution), again.unit).to(figure.unit).magnitude
    assert step <= float(figure.resolution) * (1 + 1e-9)


def test_chinese_display_keeps_the_written_form() -> None:
    assert format(Figure("2808", "100 million CNY", "more_than"), "zh") == "超过2808亿元"
    assert format(Figure("5317", "10 thousand USD"), "zh") == "5317万美元"
    assert str(Figure("1.196E+4", "100 million CNY")) == "1196 billion CNY"
