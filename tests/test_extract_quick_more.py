"""text.quick on the patterns the context module now scans through it, and its cache.

tests/test_extract_prefilters.py checks every quickened pattern of the other extraction
modules; the years and the nation's own words of :mod:`context` are scanned the same way.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradestat.extraction import context, text
from tradestat.money import LOOKALIKES

_CONTEXT_PATTERNS = [context._YEAR, context._NATIONAL]
# Text around a match: letters of both cases, digits, CJK, spaces, punctuation and the
# lookalike letters re.IGNORECASE equates with ASCII ones.
_AROUND = st.text(
    alphabet=st.sampled_from(
        list("aAsSiIkK zZ1920,.-'’\n出口进年月同比增长亿万%") + [chr(c) for c in LOOKALIKES]
    ),
    max_size=12,
)


def test_the_context_patterns_are_quickened() -> None:
    for pattern in _CONTEXT_PATTERNS:
        assert text.quick(pattern) is not pattern


@pytest.mark.parametrize("pattern", _CONTEXT_PATTERNS, ids=lambda p: p.pattern[:30])
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_quick_finds_the_same_matches(pattern: re.Pattern[str], data: st.DataObject) -> None:
    inner = data.draw(st.from_regex(pattern))
    whole = data.draw(_AROUND) + inner + data.draw(_AROUND) + inner + data.draw(_AROUND)
    pos = data.draw(st.integers(0, len(whole)))
    endpos = data.draw(st.integers(pos, len(whole)))
    plain = pattern.search(whole, pos, endpos)
    fast = text.quick(pattern).search(whole, pos, endpos)
    assert (plain and plain.start()) == (fast and fast.start()), whole
    expected = [(m.span(), m.groups()) for m in pattern.finditer(whole, pos, endpos)]
    got = [(m.span(), m.groups()) for m in text.quick_finditer(pattern, whole, pos, endpos)]
    assert got == expected, whole


@settings(max_examples=40)
@given(words=st.lists(st.sampled_from(["trade", "exports", "imports", "surplus"]), min_size=1))
def test_quick_forms_belong_to_their_pattern(words: list[str]) -> None:
    # patterns made and dropped one after another may get the id of an earlier one: the
    # cache keeps each pattern it holds alive, so a new one never gets an old form
    for i, word in enumerate(words):
        pattern = re.compile(rf"\b(?:{word}|x{i}y)\b")
        fast = text.quick(pattern)
        assert fast is text.quick(pattern)
        assert fast is pattern or pattern.pattern in fast.pattern
        sample = f"the {word} rose"
        assert [m.span() for m in text.quick_finditer(pattern, sample)] == [
            m.span() for m in pattern.finditer(sample)
        ]
