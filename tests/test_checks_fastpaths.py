"""The checks' fast paths give what the general way gives, value for value.

Checks and derivations on large fact sets take shortcuts (a statement's interval in one
step, a derived fact without re-running the constructor, a conversion with its unit worked
out once, intervals compared without building them); each is compared here with the way it
replaces, on drawn inputs.
"""

import math
from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

import tradestat as ts
from tradestat.checks import CheckContext
from tradestat.checks._groups import combined, derived_fact, estimate_to_figure
from tradestat.checks.qualifiers import statement_interval
from tradestat.derivation import _convert
from tradestat.figures import Estimate, Figure, Qualifier
from tradestat.intervals import Interval, _from_corners, bounded
from tradestat.models import Fact, Measure, Provenance

finite = st.one_of(
    st.just(0.0),
    st.floats(1e-6, 1e9, allow_nan=False),
    st.floats(-1e9, -1e-6, allow_nan=False),
)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted([draw(finite), draw(finite)])
    kind = draw(st.sampled_from(["closed", "open_low", "open_high", "more_than", "less_than"]))
    if kind == "open_low" and a < b:
        return Interval(a, b, low_closed=False)
    if kind == "open_high" and a < b:
        return Interval(a, b, high_closed=False)
    if kind == "more_than":
        return Interval(a, math.inf, low_closed=draw(st.booleans()), high_closed=False)
    if kind == "less_than":
        return Interval(-math.inf, b, low_closed=False, high_closed=draw(st.booleans()))
    return Interval(a, b)


def same(a: Interval, b: Interval) -> bool:
    """Equal bounds, bit for bit, and equal flags."""
    return (repr(a.low), repr(a.high), a.low_closed, a.high_closed) == (
        repr(b.low),
        repr(b.high),
        b.low_closed,
        b.high_closed,
    )


@given(intervals(), intervals())
def test_meets_is_whether_the_intersection_exists(a: Interval, b: Interval) -> None:
    assert a.meets(b) == (a.intersect(b) is not None)


@given(intervals(), intervals(), st.sampled_from(["+", "-", "*", "/"]))
def test_two_interval_corners_match_the_general_corners(a: Interval, b: Interval, op: str) -> None:
    fn = {
        "+": lambda x, y: x + y,
        "-": lambda x, y: x - y,
        "*": lambda x, y: x * y,
        "/": lambda x, y: x / y,
    }[op]
    corners: list[tuple[float, bool] | None] = []
    for x, xc in ((a.low, a.low_closed), (a.high, a.high_closed)):
        for y, yc in ((b.low, b.low_closed), (b.high, b.high_closed)):
            try:
                corners.append((float(fn(x, y)), xc and yc))
            except (ZeroDivisionError, OverflowError, ValueError):
                corners.append(None)
    assert same(bounded(fn, a, b), _from_corners(corners))


digits = st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("1e6"), places=3)


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    measure = draw(st.sampled_from([Measure.VALUE, Measure.YOY_GROWTH, Measure.SHARE]))
    unit = {Measure.VALUE: "billion CNY"}.get(measure, "percent")
    flow = draw(st.sampled_from(["exports", "imports", "balance"]))
    if (measure is Measure.VALUE and flow != "balance") or measure is Measure.SHARE:
        magnitude = abs(draw(digits))
    else:
        magnitude = draw(digits)
    if measure is Measure.SHARE:
        magnitude = min(magnitude, Decimal(100))
    qualifier = draw(st.sampled_from(list(Qualifier)))
    quote = draw(st.sampled_from([None, "", "about 5 percent", "nearly 70 percent"]))
    try:
        return Fact(
            subject="Xinjiang",
            period="2025-03",
            flow=flow,
            measure=measure,
            figure=Figure(magnitude, unit, qualifier),
            provenance=Provenance(quote=quote),
        )
    except ts.TradestatError:
        assume(False)
        raise


@given(facts(), st.sampled_from([0.0, 0.01, 0.5]))
def test_plain_statement_intervals_match_the_figures_reading(fact: Fact, slack: float) -> None:
    q = fact.figure.qualifier
    assume(q is Qualifier.EXACT or (q is Qualifier.ABOUT and not fact.provenance.quote))
    general = fact.figure.interval(None, slack).intersect(fact.domain)
    assert general is not None
    assert same(statement_interval(fact, slack), general)


@given(facts())
def test_a_trade_stated_once_combines_to_its_statement(fact: Fact) -> None:
    context = CheckContext()
    estimate = context.estimate(fact)
    result = combined([fact], context)
    assert result is not None
    assert repr(result.value) == repr(estimate.value)
    assert same(result.interval, estimate.interval) and result.unit == estimate.unit


@given(
    facts(),
    st.floats(-1e7, 1e7, allow_nan=False),
    st.floats(0, 1e3, allow_nan=False),
    st.sampled_from([None, "lower", "upper"]),
)
def test_derived_facts_match_the_constructor(
    like: Fact, value: float, width: float, bound: str | None
) -> None:
    unit = like.figure.unit_string
    estimate = Estimate(value, Interval(value - width, value + width), unit)
    try:
        made: Fact | Exception = derived_fact(like, estimate, unit, "rule", bound=bound)
    except ts.TradestatError as error:
        made = error
    figure = estimate_to_figure(estimate, unit, bound)
    try:
        expected: Fact | Exception = Fact(
            subject=like.subject,
            period=like.period,
            flow=like.flow,
            measure=like.measure,
            figure=Figure(figure.magnitude, unit, figure.qualifier),
            partner=like.partner,
            segment=like.segment,
            benchmark=None,
            provenance=Provenance(source=like.provenance.source, derived_by="rule"),
        )
    except ts.TradestatError as error:
        expected = error
    if isinstance(expected, Exception):
        assert type(made) is type(expected) and str(made) == str(expected)
    else:
        assert isinstance(made, Fact) and made == expected
        assert made.figure.unit is expected.figure.unit


@given(
    st.floats(0.001, 1e6, allow_nan=False),
    st.floats(0, 10, allow_nan=False),
    st.sampled_from(["7.1", "7.145", "0.14"]),
    st.sampled_from(["billion CNY", "100 million CNY", "billion USD", "million USD"]),
)
def test_conversions_match_the_rates_own(value: float, width: float, rate: str, unit: str) -> None:
    exchange = ts.ExchangeRate.of("USD", "CNY", rate)
    money = Estimate(value, Interval(max(0.0, value - width), value + width), unit)
    expected = exchange.convert(money)
    got = _convert(exchange, money, {})
    assert repr(got.value) == repr(expected.value)
    assert same(got.interval, expected.interval) and got.unit == expected.unit
