"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import math
from decimal import Decimal

from hypothesis import strategies as st

from tradestat import Figure, Interval, Qualifier


@st.composite
def decimals(draw: st.DrawFn, low: int = 1, high: int = 10**6, places: int = 3) -> Decimal:
    """Numbers as a report writes them: up to ``places`` decimals."""
    digits = draw(st.integers(low, high))
    exponent = draw(st.integers(-places, 0))
    return Decimal(digits).scaleb(exponent)


QUALIFIERS = st.sampled_from(list(Qualifier))


@st.composite
def figures(
    draw: st.DrawFn,
    unit: str = "billion CNY",
    qualifiers: st.SearchStrategy[Qualifier] = QUALIFIERS,
    low: int = 1,
    high: int = 10**6,
) -> Figure:
    return Figure(draw(decimals(low, high)), unit, draw(qualifiers))


def inside(interval: Interval, span: float = 1e6) -> st.SearchStrategy[float]:
    """A true value the interval allows (infinite sides are capped at ``span`` beyond)."""
    low = interval.low if math.isfinite(interval.low) else interval.high - span
    high = interval.high if math.isfinite(interval.high) else interval.low + span
    return st.floats(
        min_value=low,
        max_value=high,
        exclude_min=not interval.low_closed and math.isfinite(interval.low),
        exclude_max=not interval.high_closed and math.isfinite(interval.high),
        allow_nan=False,
        allow_subnormal=False,
    ).filter(lambda x: x in interval and (x == 0 or abs(x) > 1e-100))


growths = st.builds(
    lambda d, sign, q: Figure(sign * d, "percent", q),
    decimals(0, 5000, 1),
    st.sampled_from([1, -1]),
    st.sampled_from([Qualifier.EXACT, Qualifier.ABOUT]),
).filter(lambda f: f.value > -90)
