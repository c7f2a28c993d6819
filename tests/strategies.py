"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import math
from decimal import Decimal

from hypothesis import strategies as st

from tradestat import Fact, Figure, Flow, Interval, Period, Provenance, Qualifier
from tradestat.models import measures


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


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=12,
)


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    """Any valid fact, with provenance."""
    measure = draw(st.sampled_from(list(measures().values())))
    unit = {
        "money": draw(st.sampled_from(["billion CNY", "100 million CNY", "USD", "million EUR"])),
        "percent": "percent",
        "percentage_point": "percentage_point",
        "count": "count",
    }[measure.kind]
    digits = draw(decimals(0, 10**6, 0 if measure.integer else 3))
    if measure.name == "share":
        digits = min(digits, Decimal(100))
    qualifier = draw(st.sampled_from(["exact", "about"] if measure.integer else list(Qualifier)))
    if measure.name == "share" and qualifier in ("more_than",) and digits >= 100:
        qualifier = "exact"
    if qualifier in ("less_than", Qualifier.LESS_THAN) and digits <= Decimal(repr(measure.low)):
        qualifier = "exact"  # "less than 0 yuan" is impossible, and rightly refused
    flow = draw(st.sampled_from(list(Flow))) if measure.trade else None
    span = draw(
        st.none() | st.tuples(st.integers(0, 1000), st.integers(0, 1000)).map(sorted).map(tuple)
    )
    return Fact(
        subject=draw(names),
        period=Period(draw(st.integers(24000, 24300)), draw(st.integers(24300, 24400))),
        flow=flow,
        measure=measure,
        figure=Figure(digits, unit, qualifier),
        partner=draw(st.just("World") | names),
        segment=draw(st.none() | names),
        benchmark=draw(names) if measure.name == "growth_gap" else None,
        provenance=Provenance(
            source=draw(st.none() | names),
            quote=draw(st.none() | st.text(min_size=1, max_size=30)),
            span=span,
            derived_by=draw(st.none() | names),
        ),
    )
