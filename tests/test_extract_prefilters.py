"""The substring pre-filters in front of the extractor's patterns never rule out a match.

Each pattern that is searched only in sentences holding certain words lists those words
beside it; a pattern changed without its list would silently stop matching. Strings
generated from each pattern itself (hypothesis ``from_regex``) must pass its pre-filter.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tradestat.extraction import analysis, dates, measures, owners
from tradestat.money import LOOKALIKES

_SETTINGS = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])


def _matching(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """Strings the pattern matches, as the extractor sees them (lookalike letters folded)."""

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
    ), text


@_SETTINGS
@given(data=st.data())
def test_own_again_needs(data: st.DataObject) -> None:
    text = data.draw(_matching(owners._OWN_AGAIN))
    assume(owners._OWN_AGAIN.search(text) is not None)
    low = text.lower()
    assert any(w in low for w in owners._OWN_AGAIN_NEEDS) or any(
        w in text for w in owners._OWN_ZH
    ), text
