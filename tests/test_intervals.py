import math
import operator

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from strategies import inside
from tradestat import Interval
from tradestat.errors import FigureError
from tradestat.intervals import bounded

magnitudes = st.floats(1e-6, 1e9, allow_nan=False)
finite = st.one_of(st.just(0.0), magnitudes, magnitudes.map(lambda x: -x))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted([draw(finite), draw(finite)])
    kind = draw(st.sampled_from(["closed", "open_high", "more_than", "less_than"]))
    if kind == "open_high" and a < b:
        return Interval(a, b, high_closed=False)
    if kind == "more_than":
        return Interval(a, math.inf, low_closed=False, high_closed=False)
    if kind == "less_than":
        return Interval(-math.inf, b, low_closed=False, high_closed=False)
    return Interval(a, b)


@given(intervals(), intervals(), st.data())
@pytest.mark.parametrize("op", [operator.add, operator.sub, operator.mul])
def test_arithmetic_is_sound(op, a: Interval, b: Interval, data: st.DataObject) -> None:
    x = data.draw(inside(a))
    y = data.draw(inside(b))
    assert op(x, y) in op(a, b)


@given(intervals(), intervals(), st.data())
def test_division_is_sound(a: Interval, b: Interval, data: st.DataObject) -> None:
    x = data.draw(inside(a))
    y = data.draw(inside(b))
    assume(y != 0 and math.isfinite(x / y))
    assert x / y in a / b


def test_division_by_an_interval_holding_zero_knows_nothing() -> None:
    assert Interval(1, 2) / Interval(-1, 1) == Interval.everything()


def test_open_bounds_survive_arithmetic() -> None:
    more_than_50 = Interval(50, math.inf, low_closed=False, high_closed=False)
    total = more_than_50 + more_than_50
    assert not total.low_closed
    assert 100 not in total or total.low < 100
    assert str(Interval(80, 100, low_closed=False)) == "(80, 100]"


def test_intersect_and_hull() -> None:
    a, b = Interval(0, 10), Interval(5, 20, low_closed=False)
    assert a.intersect(b) == Interval(5, 10, low_closed=False)
    assert Interval(0, 1).intersect(Interval(2, 3)) is None
    assert a.hull(b) == Interval(0, 20)


def test_empty_intervals_are_refused() -> None:
    with pytest.raises(FigureError, match="empty interval"):
        Interval(2, 1)
    with pytest.raises(FigureError, match="NaN"):
        Interval(math.nan, 1)


def test_bounded_with_undefined_corner_is_unbounded() -> None:
    assert bounded(lambda a, b: a - b, Interval(0, math.inf), Interval(0, math.inf)) == (
        Interval.everything()
    )


@given(intervals(), st.sampled_from([0.5, 2.0, 1e-8, 1e8, -3.0]), st.data())
def test_scaling_is_sound(a: Interval, factor: float, data: st.DataObject) -> None:
    x = data.draw(inside(a))
    assert x * factor in a.scale(factor)


@given(intervals())
def test_scaling_by_exactly_one_changes_nothing_and_rounds_nothing(a: Interval) -> None:
    """x * 1.0 is x: "100 million CNY" to "100 million USD" after a rate keeps its interval."""
    assert a.scale(1.0) == a


def test_a_figure_in_its_own_unit_or_base_keeps_its_interval() -> None:
    from tradestat import Figure

    e = Figure(2808, "USD").estimate()
    assert e.to("USD").interval == e.interval
    assert e.to_base_units().interval == e.interval
    wider = Figure(2808, "100 million USD").estimate().to_base_units().interval
    assert wider.low < 2807.5e8 < 2808.5e8 < wider.high  # a real factor still rounds outward
