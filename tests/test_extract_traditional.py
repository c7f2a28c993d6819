"""Texts in traditional characters (Hong Kong, Macao, Taiwan outlets) read like simplified ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tradestat.extraction import extract
from tradestat.extraction.text import simplified

_TRADITIONAL = """ date 2024-05-20
廣東前4個月外貿增長12.5%
廣東省今年前4個月進出口總值2.86萬億元，同比增長12.5%。其中，出口1.83萬億元，增長15.2%；\
進口1.03萬億元，增長8.1%。
"""
_SIMPLIFIED = """ date 2024-05-20
广东前4个月外贸增长12.5%
广东省今年前4个月进出口总值2.86万亿元，同比增长12.5%。其中，出口1.83万亿元，增长15.2%；\
进口1.03万亿元，增长8.1%。
"""


def _facts(text: str) -> list[tuple[str, str, str, str, str]]:
    return [
        (f.subject, str(f.period), f.flow.value, f.measure.name, str(f.figure))
        for f in extract(text).facts
    ]


def test_a_traditional_text_gives_the_facts_of_its_simplified_twin() -> None:
    facts = _facts(_TRADITIONAL)
    assert facts == _facts(_SIMPLIFIED)
    assert ("Guangdong", "2024-01/2024-04", "imports", "yoy_growth", "8.1 percent") in facts
    assert len(facts) == 6


def test_spans_still_point_into_the_traditional_input() -> None:
    fact = extract(_TRADITIONAL).facts[-1]
    start, end = fact.provenance.span or (0, 0)
    assert _TRADITIONAL[start:end].startswith("增長8.1%")


def test_simplified_text_is_left_alone() -> None:
    assert simplified(_SIMPLIFIED) == _SIMPLIFIED
    assert simplified("Exports rose 5 percent.") == "Exports rose 5 percent."


@given(st.text(alphabet=st.sampled_from("進出口億元增長與對國際经济产品年月 0123456789.%，。")))
def test_simplified_keeps_every_offset(text: str) -> None:
    out = simplified(text)
    assert len(out) == len(text)
    assert simplified(out) == out  # simplified text has no traditional marks left
