"""text.quick on the patterns the context module now scans through it, and its cache.

tests/test_extract_prefilters.py checks that every quickened pattern (these too) finds the
same matches as the pattern itself; the years and the nation's own words of
:mod:`context` are scanned the same way.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tradestat.extraction import context, text

_CONTEXT_PATTERNS = [context._YEAR, context._NATIONAL]


def test_the_context_patterns_are_quickened() -> None:
    for pattern in _CONTEXT_PATTERNS:
        assert text.quick(pattern) is not pattern


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
