"""Letters that case-insensitive matching equates with ASCII ones never break reading text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tradestat.extraction import extract
from tradestat.money import parse_money

_WORDS = ("imports", "exports", "import and export", "September", "billion", "percent", "rose",
          "first", "quarter", "six months", "Xinjiang", "yuan", "US dollars", "increase")  # fmt: skip
_LOOKALIKE = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a", "K": "\u212a"}


def test_a_dotless_i_reads_as_i() -> None:
    found = extract("Xinjiang's \u0131mports rose 5 percent in 2024.")
    assert [(f.subject, str(f.period), f.flow.value, str(f.figure)) for f in found.facts] == [
        ("Xinjiang", "2024", "imports", "5 percent")
    ]


@given(
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12),
    st.lists(st.booleans(), min_size=40, max_size=40),
    st.integers(1, 999),
)
def test_lookalike_letters_in_cue_words_never_raise(
    words: list[str], swaps: list[bool], number: int
) -> None:
    text = f"{' '.join(words)} {number} {' '.join(reversed(words))} in 2024."
    text = "".join(
        _LOOKALIKE[c] if c in _LOOKALIKE and swaps[i % len(swaps)] else c
        for i, c in enumerate(text)
    )
    result = extract(text)  # no KeyError from a cue lookup
    assert all(fact.subject for fact in result.facts)


@given(
    st.sampled_from(
        [
            "about 3 billion yuan",
            "more than 12.5 billion U.S. dollars",
            "nearly 40 million US dollars",
        ]
    ),
    st.lists(st.booleans(), min_size=40, max_size=40),
)
def test_parse_money_reads_lookalike_letters_as_ascii(text: str, swaps: list[bool]) -> None:
    odd = "".join(
        _LOOKALIKE[c] if c in _LOOKALIKE and swaps[i % len(swaps)] else c
        for i, c in enumerate(text)
    )
    assert parse_money(odd) == parse_money(text)
