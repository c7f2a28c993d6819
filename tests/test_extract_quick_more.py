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


# A pattern long enough for the test of what comes before its first character: "trade" at
# a word's start only, a space only at the start of the text.
_LONG_WORDS = re.compile(
    r"^\s*(?:外贸)?进出口|\b(?:" + "|".join(f"trade{i}x" for i in range(40)) + r"|trade)\b", re.I
)


def test_quick_forms_test_the_place_before_the_first_character() -> None:
    fast = text.quick(_LONG_WORDS)
    assert fast is not _LONG_WORDS
    assert "(?<!" in fast.pattern
    for sample in (" 进出口 trade", "进出口 betrade trade", "xtrade Trade", "  外贸进出口"):
        for pos in range(len(sample)):
            expected = [m.span() for m in _LONG_WORDS.finditer(sample, pos)]
            got = [m.span() for m in text.quick_finditer(_LONG_WORDS, sample, pos)]
            assert got == expected, (sample, pos)
            plain = _LONG_WORDS.search(sample, pos)
            found = fast.search(sample, pos)
            assert (plain and plain.start()) == (found and found.start()), (sample, pos)
