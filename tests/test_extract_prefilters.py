"""The substring pre-filters in front of the extractor's patterns never rule out a match.

Each pattern that is searched only in sentences holding certain words lists those words
beside it; a pattern changed without its list would silently stop matching. Strings
generated from each pattern itself (hypothesis ``from_regex``) must pass its pre-filter.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tradestat.extraction import (
    analysis,
    context,
    cues,
    dates,
    facts,
    meaning,
    measures,
    numbers,
    owners,
    text,
)
from tradestat.money import LOOKALIKES

# (filter_too_much: hypothesis writes lookarounds loosely, and ``assume`` drops the strings
# a pattern with one does not match)
_SETTINGS = settings(
    max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


@functools.cache
def _matching(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """Strings the pattern matches, as the extractor sees them (lookalike letters folded).

    One strategy per pattern: built afresh for each example, its regex strategy was rebuilt
    and validated every time, most of these tests' cost.
    """

    def folded(text: str) -> str:
        return text.translate(LOOKALIKES)

    return st.from_regex(pattern, fullmatch=True).map(folded)


_LOWER_NEEDS = [(p, words) for p, words in measures._NEEDS.items()]


@pytest.mark.parametrize(("pattern", "words"), _LOWER_NEEDS, ids=lambda x: str(x)[:30])
@_SETTINGS
@given(data=st.data())
def test_cue_needs(pattern: re.Pattern[str], words: tuple[str, ...], data: st.DataObject) -> None:
    text = data.draw(_matching(pattern))
    assume(pattern.search(text) is not None)
    assert any(w in text.lower() for w in words), text


_PERIODS = [(kind, p, dates._NEEDS[kind]) for kind, p in dates._PATTERNS if kind in dates._NEEDS]


@pytest.mark.parametrize(("kind", "pattern", "words"), _PERIODS, ids=[k for k, _, _ in _PERIODS])
@_SETTINGS
@given(data=st.data())
def test_period_needs(
    kind: str, pattern: re.Pattern[str], words: tuple[str, ...], data: st.DataObject
) -> None:
    text = data.draw(_matching(pattern))
    assume(pattern.search(text) is not None)
    assert any(w in text.lower() for w in words), (kind, text)


_FOUND = list(analysis._FOUND_NEEDS.items())


@pytest.mark.parametrize(("pattern", "needs"), _FOUND, ids=lambda x: str(x)[:30])
@_SETTINGS
@given(data=st.data())
def test_found_needs(
    pattern: re.Pattern[str], needs: tuple[tuple[str, ...], tuple[str, ...]], data: st.DataObject
) -> None:
    lower_words, words = needs
    text = data.draw(_matching(pattern))
    assume(pattern.search(text) is not None)
    assert any(w in text for w in words) or any(w in text.lower() for w in lower_words), text


@_SETTINGS
@given(data=st.data())
def test_owner_needs(data: st.DataObject) -> None:
    text = data.draw(_matching(owners._OWNER))
    assume(owners._OWNER.search(text) is not None)
    assert (
        "'s" in text
        or "\u2019s" in text
        or "全国" in text
        or "我国" in text
        or "nat" in text.lower()
        or "Chinese" in text
    ), text


@_SETTINGS
@given(data=st.data())
def test_own_again_needs(data: st.DataObject) -> None:
    text = data.draw(_matching(owners._OWN_AGAIN))
    assume(owners._OWN_AGAIN.search(text) is not None)
    low = text.lower()
    assert (
        any(w in low for w in owners._OWN_AGAIN_NEEDS)
        and any(w in low for w in owners._OWN_AGAIN_PLACES)
    ) or any(w in text for w in owners._OWN_ZH), text


_STAGES = list(analysis.STAGE_NEEDS.items())


@pytest.mark.parametrize(("pattern", "groups"), _STAGES, ids=lambda x: str(x)[:30])
@_SETTINGS
@given(data=st.data())
def test_stage_needs(
    pattern: re.Pattern[str], groups: tuple[tuple[str, ...], ...], data: st.DataObject
) -> None:
    text = data.draw(_matching(pattern))
    assume(pattern.search(text) is not None)
    low = text.lower()
    assert all(any(w in low for w in group) for group in groups), text


_FACT_NEEDS = list(facts.NEEDS.items())


@pytest.mark.parametrize(("pattern", "words"), _FACT_NEEDS, ids=lambda x: str(x)[:30])
@_SETTINGS
@given(data=st.data())
def test_figure_cue_needs(
    pattern: re.Pattern[str], words: tuple[str, ...], data: st.DataObject
) -> None:
    text = data.draw(_matching(pattern))
    assume(pattern.search(text) is not None)
    assert any(w in text.lower() for w in words), text


# Tails as find_mentions cuts them: text before a number, ending in a qualifier (any case),
# white space, a currency sign and a newline, each or none.
_QUALIFIER_TAILS = st.builds(
    lambda before, word, upper, space, sign, newline: (
        before + (word.upper() if upper else word) + space + sign + newline
    )[-30:],
    st.text(alphabet=st.sampled_from(list("ab 2,，(（\n进出口增长约近超过")), max_size=20),
    st.sampled_from(sorted(numbers._QUALIFIERS)),
    st.booleans(),
    st.sampled_from(["", " ", "  ", "\n", "\u3000"]),
    st.sampled_from(["", "US$", "us$", "$", "€", "¥", "RMB", "RMB ", "rmb\t"]),
    st.sampled_from(["", "\n"]),
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(tail=st.one_of(_QUALIFIER_TAILS, _matching(numbers._QUALIFIER_BEFORE), st.text(max_size=30)))
def test_qualifier_pretest(tail: str) -> None:
    """The suffix test before the qualifier pattern passes every tail the pattern matches."""
    if numbers._QUALIFIER_BEFORE.search(tail) is not None:
        assert numbers._may_end_with_qualifier(tail), tail


@pytest.mark.parametrize(
    ("pattern", "word"), [(numbers._ZH_TENTHS, "成"), (numbers._ZH_MONEY, "元")], ids=["成", "元"]
)
@_SETTINGS
@given(data=st.data())
def test_chinese_figure_needs(pattern: re.Pattern[str], word: str, data: st.DataObject) -> None:
    text = data.draw(_matching(pattern))
    assume(pattern.search(text) is not None)
    assert word in text, text


# --- text.quick: the same matches, found from the characters a match can start with -------
def _patterns() -> list[re.Pattern[str]]:
    """Every pattern of the extraction modules that :func:`text.quick` makes faster."""
    found: dict[int, re.Pattern[str]] = {}
    for module in (analysis, cues, dates, facts, measures, meaning, numbers, owners, text):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                found[id(value)] = value
    for _, pattern in dates._PATTERNS:
        found[id(pattern)] = pattern
    return [p for p in found.values() if text.quick(p) is not p]


_QUICKENED = _patterns()
# Text around a match: letters of both cases, digits, CJK, spaces, punctuation and the
# lookalike letters re.IGNORECASE equates with ASCII ones.
_AROUND = st.text(
    alphabet=st.sampled_from(
        list("aAsSiIkK zZ1920,.-'’\n出口进年月同比增长亿万%") + [chr(c) for c in LOOKALIKES]
    ),
    max_size=12,
)


@functools.cache
def _containing(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """Strings holding a match of the pattern; one strategy per pattern, as ``_matching``."""
    return st.from_regex(pattern)


def test_quick_covers_the_hot_patterns() -> None:
    assert len(_QUICKENED) > 50
    for pattern in (cues.QUANTITY, cues.PRICE, cues.NOT_THE_REPORTERS, meaning._FLOW_WORDS):
        assert text.quick(pattern) is not pattern


@pytest.mark.parametrize(
    "pattern", [*_QUICKENED, context._YEAR, context._NATIONAL], ids=lambda p: p.pattern[:30]
)
@settings(
    max_examples=30,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_quick_finds_the_same_matches(pattern: re.Pattern[str], data: st.DataObject) -> None:
    inner = data.draw(_containing(pattern))
    whole = data.draw(_AROUND) + inner + data.draw(_AROUND) + inner + data.draw(_AROUND)
    pos = data.draw(st.integers(0, len(whole)))
    endpos = data.draw(st.integers(pos, len(whole)))
    plain = pattern.search(whole, pos, endpos)
    fast = text.quick(pattern).search(whole, pos, endpos)
    assert (plain and plain.start()) == (fast and fast.start()), whole
    expected = [(m.span(), m.groups()) for m in pattern.finditer(whole, pos, endpos)]
    got = [(m.span(), m.groups()) for m in text.quick_finditer(pattern, whole, pos, endpos)]
    assert got == expected, whole
