import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import tradestat as ts
from strategies import decimals, figures, growths, inside
from tradestat import ExchangeRate, Figure
from tradestat.errors import FigureError, UnitError
from tradestat.units import Quantity

exactish = st.sampled_from(["exact", "about"])
money = figures(qualifiers=exactish)
any_money = figures()


# --- the article's figures ----------------------------------------------------------------
def test_article_base_value_and_shares() -> None:
    total = Figure("280.8", "billion CNY")
    base = ts.base_value(total, Figure(28, "percent"))
    assert base.value == pytest.approx(219.4, abs=0.05)
    assert base.low == pytest.approx(280.75 / 1.285) and base.high == pytest.approx(280.85 / 1.275)
    private = ts.part_from_share(Figure("94.3", "percent"), total)
    assert private.value == pytest.approx(264.8, abs=0.05)
    bri = ts.part_from_share(
        Figure(80, "percent", "more_than").estimate(ts.Measure.SHARE.domain), total
    )
    assert bri.low == pytest.approx(224.6) and not bri.interval.low_closed
    national = ts.benchmark_growth(
        Figure(28, "percent"), Figure(20, "percentage_point", "more_than")
    )
    assert national.high == pytest.approx(8.5) and not national.interval.high_closed


def test_gap_is_in_percentage_points_never_percent() -> None:
    gap = ts.growth_gap(Figure(28, "percent"), Figure("2.9", "percent"))
    assert gap.unit_string == "percentage_point"
    assert gap.value == pytest.approx(25.1)
    with pytest.raises(UnitError, match="percentage points are a difference of rates"):
        ts.base_value(Figure("280.8", "billion CNY"), gap)
    with pytest.raises(UnitError, match="must be in percentage_point"):
        ts.benchmark_growth(Figure(28, "percent"), Figure(20, "percent"))


def test_plain_quantities_work_too() -> None:
    result = ts.yoy_growth(Quantity(121, "CNY"), Quantity(100, "CNY"))
    assert result.quantity.to("percent").magnitude == pytest.approx(21)
    assert result.low == pytest.approx(21) and result.high == pytest.approx(21)


def test_units_are_checked() -> None:
    with pytest.raises(UnitError, match="not in the currency of billion CNY"):
        ts.yoy_growth(Figure(1, "billion CNY"), Figure(1, "billion USD"))
    with pytest.raises(UnitError, match="must be an amount of money"):
        ts.share(Figure(1, "percent"), Figure(1, "billion CNY"))
    with pytest.raises(FigureError, match="non-positive base"):
        ts.yoy_growth(Figure(1, "CNY"), Figure(0, "CNY"))
    with pytest.raises(FigureError, match="positive whole number of years"):
        ts.cagr(Figure(1, "CNY"), Figure(2, "CNY"), 0)
    with pytest.raises(FigureError, match="leaves no base"):
        ts.base_value(Figure(1, "CNY"), Figure(-100, "percent"))


def test_contribution_adds_up_to_total_growth() -> None:
    a0, b0, a1, b1 = (Quantity(x, "billion CNY") for x in (60.0, 40.0, 75.0, 41.0))
    total0, total1 = a0 + b0, a1 + b1
    ca = ts.contribution(a1, a0, total0).value
    cb = ts.contribution(b1, b0, total0).value
    assert ca + cb == pytest.approx(ts.yoy_growth(total1, total0).value)


def test_cagr_and_restated_growth_examples() -> None:
    assert ts.cagr(Quantity(100, "CNY"), Quantity(121, "CNY"), 2).value == pytest.approx(10)
    usd = ts.restate_growth(
        Figure(28, "percent"),
        ExchangeRate.of("USD", "CNY", "7.10"),
        ExchangeRate.of("USD", "CNY", "7.15"),
        "USD",
    )
    assert usd.value == pytest.approx((1.28 * 7.10 / 7.15 - 1) * 100)


# --- properties -----------------------------------------------------------------------------
@given(money, growths)
def test_base_of_applied_growth_is_the_start(x: Figure, g: Figure) -> None:
    assert ts.base_value(ts.apply_growth(x, g), g).value == pytest.approx(x.value, rel=1e-9)


@given(money, growths, st.data())
def test_base_value_and_apply_growth_are_sound(x: Figure, g: Figure, data: st.DataObject) -> None:
    tv, tg = data.draw(inside(x.interval())), data.draw(inside(g.interval()))
    assert tv / (1 + tg / 100) in ts.base_value(x, g).interval
    assert tv * (1 + tg / 100) in ts.apply_growth(x, g).interval


@given(money, money, st.data())
def test_yoy_growth_is_sound(a: Figure, b: Figure, data: st.DataObject) -> None:
    ta, tb = data.draw(inside(a.interval())), data.draw(inside(b.interval()))
    assume(tb > 0)
    result = ts.yoy_growth(a, b)
    assert (ta / tb - 1) * 100 in result.interval
    assert ts.apply_growth(b, result).value == pytest.approx(a.value, rel=1e-9, abs=b.value * 1e-12)


@given(growths, growths)
def test_growth_gap_is_antisymmetric(a: Figure, b: Figure) -> None:
    ab, ba = ts.growth_gap(a, b), ts.growth_gap(b, a)
    assert ab.value == pytest.approx(-ba.value, abs=1e-9)
    assert ab.low == pytest.approx(-ba.high, abs=1e-9) and ab.high == pytest.approx(
        -ba.low, abs=1e-9
    )


@given(growths, growths, st.data())
def test_growth_gap_and_benchmark_are_sound(a: Figure, b: Figure, data: st.DataObject) -> None:
    ta, tb = data.draw(inside(a.interval())), data.draw(inside(b.interval()))
    gap = ts.growth_gap(a, b)
    assert ta - tb in gap.interval
    assert ts.benchmark_growth(a, gap).value == pytest.approx(b.value, abs=1e-9)


@given(decimals(1, 1000, 1).filter(lambda d: d <= 100), money, st.data())
def test_share_and_part_are_inverse_and_sound(
    s: object, whole: Figure, data: st.DataObject
) -> None:
    share = Figure(s, "percent")
    part = ts.part_from_share(share, whole)
    assert ts.share(part, whole).value == pytest.approx(share.value, rel=1e-9)
    assert ts.whole_from_share(share, part).value == pytest.approx(whole.value, rel=1e-9)
    ts_, tw = data.draw(inside(share.interval())), data.draw(inside(whole.interval()))
    assert ts_ / 100 * tw in part.interval


@given(money, money, money, st.data())
def test_contribution_is_sound(c1: Figure, c0: Figure, t0: Figure, data: st.DataObject) -> None:
    x1, x0, t = (data.draw(inside(f.interval())) for f in (c1, c0, t0))
    assume(t > 0)
    assert (x1 - x0) / t * 100 in ts.contribution(c1, c0, t0).interval


@given(money, money, st.integers(1, 30), st.data())
def test_cagr_is_sound_and_compounds_back(
    first: Figure, last: Figure, n: int, data: st.DataObject
) -> None:
    rate = ts.cagr(first, last, n)
    assert first.value * (1 + rate.value / 100) ** n == pytest.approx(last.value, rel=1e-6)
    tf, tl = data.draw(inside(first.interval())), data.draw(inside(last.interval()))
    assume(tf > 0)
    assert ((tl / tf) ** (1 / n) - 1) * 100 in rate.interval


@given(st.lists(decimals(0, 10**5, 2), min_size=1, max_size=12))
def test_ytd_to_monthly_and_back(monthly_digits: list[object]) -> None:
    monthly = [Figure(d, "100 million CNY") for d in monthly_digits]
    ytd = ts.monthly_to_ytd(monthly)
    back = ts.ytd_to_monthly(ytd)
    assert [m.value for m in back] == pytest.approx([m.value for m in monthly])
    again = ts.monthly_to_ytd(back)
    assert [x.value for x in again] == pytest.approx([x.value for x in ytd])
    for m, b in zip(monthly, back, strict=True):
        assert m.value in b.interval


@given(growths, decimals(10000, 99999, 4), decimals(10000, 99999, 4), st.data())
def test_restated_growth_is_sound_and_round_trips(
    g: Figure, r0: object, r1: object, data: st.DataObject
) -> None:
    then, now = ExchangeRate.of("USD", "CNY", r0), ExchangeRate.of("USD", "CNY", r1)  # type: ignore[arg-type]
    usd = ts.restate_growth(g, then, now, "USD")
    cny = ts.restate_growth(usd.quantity, then, now, "CNY")
    assert cny.value == pytest.approx(g.value, abs=1e-7)
    tg = data.draw(inside(g.interval()))
    f0, f1 = data.draw(inside(then.rate.interval)), data.draw(inside(now.rate.interval))
    assert ((1 + tg / 100) * f0 / f1 - 1) * 100 in usd.interval
