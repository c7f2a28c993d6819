"""The extractor's fast paths give exactly what the slow ones give.

``facts.new_fact`` skips Fact's converters for values already canonical: for any values,
it makes a Fact equal to ``Fact(...)``, or raises the same error.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradestat.errors import TradestatError
from tradestat.extraction.facts import new_fact
from tradestat.figures import Figure
from tradestat.models import MEASURES, Fact, Flow, Provenance
from tradestat.periods import Period

_TEXTS = st.sampled_from(["Xinjiang", "World", "ASEAN", " Anhui", "Hong  Kong", "", "  "])
# (the same figure objects again and again, as extraction makes them: the checks a
# combination passed are remembered by the figure's identity)
_FIGURES = st.sampled_from(
    [
        Figure(digits, unit, qualifier)
        for digits in ("280.8", "5", "-3.2", "120", "0.5")
        for unit in ("billion CNY", "percent", "percentage_point", "count")
        for qualifier in ("exact", "about", "more_than")
    ]
)


@settings(max_examples=600)
@given(
    subject=_TEXTS,
    period=st.sampled_from([Period.parse("2025-H1"), Period.parse("2024"), "2023-Q1"]),
    flow=st.sampled_from([*Flow, None, "exports", "nonsense"]),
    measure=st.sampled_from([*MEASURES.all().values(), "share", "nonsense"]),
    figure=_FIGURES,
    partner=_TEXTS,
    segment=st.one_of(st.none(), _TEXTS),
    benchmark=st.one_of(st.none(), _TEXTS),
)
def test_new_fact_is_fact(
    subject: str,
    period: Period | str,
    flow: Flow | str | None,
    measure: object,
    figure: Figure,
    partner: str,
    segment: str | None,
    benchmark: str | None,
) -> None:
    provenance = Provenance("source", "a quote", (1, 9), anchor="2025-07-14 (dateline)")
    args = (subject, period, flow, measure, figure, partner, segment, benchmark, provenance)
    try:
        expected = Fact(*args)  # type: ignore[arg-type]
    except TradestatError as exc:
        refused: TradestatError | None = exc
    else:
        refused = None
    if refused is not None:
        with pytest.raises(type(refused), match=re.escape(str(refused))):
            new_fact(*args)  # type: ignore[arg-type]
        return
    made = new_fact(*args)  # type: ignore[arg-type]
    assert made == expected
    assert repr(made) == repr(expected)
    assert [getattr(made, a) for a in Fact.__slots__[:-1]] == [
        getattr(expected, a) for a in Fact.__slots__[:-1]
    ]
