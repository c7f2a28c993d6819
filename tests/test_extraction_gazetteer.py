"""The gazetteer's name lookup: the same names as a plain word-by-word walk, on any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tradestat.extraction.extractor import default_gazetteer
from tradestat.extraction.gazetteer import _TOKEN, Gazetteer, Match, _key

GAZETTEER = default_gazetteer()


def _reference(gazetteer: Gazetteer, text: str) -> list[Match]:
    """Every token keyed and tested one by one (what find does with map and compress)."""
    found: list[Match] = []
    words = list(_TOKEN.finditer(text))
    keys = [_key(w.group(0)) for w in words]
    i = 0
    while i < len(keys):
        key = keys[i]
        if key[:1] >= "\u4e00":
            found.extend(gazetteer._find_chinese(text, words[i].start(), words[i].end()))
            i += 1
            continue
        for n in gazetteer._word_lengths.get(key, ()):
            entry = gazetteer._english.get(tuple(keys[i : i + n])) if i + n <= len(keys) else None
            if entry is not None:
                end = words[i + n - 1].end()
                if text[end - 2 : end] in ("'s", "’s"):
                    end -= 2
                elif text[end - 1] in "'’":  # a plural possessive, or a closing quote
                    end -= 1
                found.append(Match(words[i].start(), end, entry[0], entry[1]))
                i += n
                break
        else:
            i += 1
    return found


_PIECES = st.sampled_from(
    [
        "China", "CHINA", "china's", "China’s", "the United States", "U.S.", "U.S", "Co.",
        "Hong Kong", "Inner Mongolia", "firms'", "firms’", "ASEAN", "Belt and Road",
        "Russia..", "Russia'", "Kazakhstan", "İstanbul", "Kelvin", "exports", "of", "and",
        "中国", "对俄罗斯", "内蒙古自治区", "东盟", "进出口", "美国和欧盟", "2025", "3.5",
        " ", " ", ", ", ". ", "\n", "-", "'", "’", "、",
    ]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_find_gives_the_names_of_a_word_by_word_walk(text: str) -> None:
    assert GAZETTEER.find(text) == _reference(GAZETTEER, text)


def test_find_reads_possessives_dots_and_chinese_runs() -> None:
    text = "China's exports to the U.S. and firms' trade; 对俄罗斯出口"
    found = [(text[m.start : m.end], m.name) for m in GAZETTEER.find(text)]
    assert found == _reference_names(text)
    assert ("China", "China") in found
    assert any(written == "俄罗斯" for written, _ in found)


def _reference_names(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.name) for m in _reference(GAZETTEER, text)]
