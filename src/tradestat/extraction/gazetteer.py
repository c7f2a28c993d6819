"""Find known names in text in linear time (word n-grams for English, substrings for Chinese)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

__all__ = ["Gazetteer", "Match"]

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.\-]*|[\u4e00-\u9fff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _key(token: str) -> str:
    """A word as the tables hold it: lower case, without a final dot or possessive."""
    key = token.lower()
    if key.endswith("."):
        key = key.rstrip(".")
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    return key


@attrs.frozen
class Match:
    """A name found in text: its span, canonical form and kind ("region", "partner" ...)."""

    start: int
    end: int
    name: str
    kind: str


class Gazetteer:
    """Longest-match lookup of many names, English (case-insensitive) and Chinese."""

    def __init__(self, tables: Iterable[tuple[str, Mapping[str, str]]]) -> None:
        self._english: dict[tuple[str, ...], tuple[str, str]] = {}
        self._chinese: dict[str, tuple[str, str]] = {}
        self._max_words = 1
        self._max_chars = 1
        self._first_words: set[str] = set()
        for kind, table in tables:
            for written, canonical in table.items():
                if _CJK.search(written):
                    self._chinese.setdefault(written, (canonical, kind))
                    self._max_chars = max(self._max_chars, len(written))
                else:
                    key = tuple(w.lower().rstrip(".") for w in _WORD.findall(written))
                    if key:
                        self._english.setdefault(key, (canonical, kind))
                        self._max_words = max(self._max_words, len(key))
                        self._first_words.add(key[0])

    def find(self, text: str) -> list[Match]:
        """Every known name in ``text``, longest first at each place, not overlapping."""
        found: list[Match] = []
        words = list(_WORD.finditer(text))
        keys = [_key(w.group(0)) for w in words]
        i = 0
        while i < len(words):
            token = words[i].group(0)
            if _CJK.match(token):
                j = i
                while j < len(words) and _CJK.match(words[j].group(0)):
                    j += 1
                found.extend(self._find_chinese(text, words[i].start(), words[j - 1].end()))
                i = j
                continue
            hit = None
            if keys[i] not in self._first_words:
                i += 1
                continue
            for n in range(min(self._max_words, len(words) - i), 0, -1):
                entry = self._english.get(tuple(keys[i : i + n]))
                if entry is not None:
                    hit = (n, entry)
                    break
            if hit is None:
                i += 1
                continue
            n, (name, kind) = hit
            end = words[i + n - 1].end()
            if text[end - 2 : end] in ("'s", "’s"):
                end -= 2
            found.append(Match(words[i].start(), end, name, kind))
            i += n
        return found

    def _find_chinese(self, text: str, start: int, end: int) -> list[Match]:
        found = []
        i = start
        while i < end:
            for n in range(min(self._max_chars, end - i), 0, -1):
                entry = self._chinese.get(text[i : i + n])
                if entry is not None:
                    found.append(Match(i, i + n, entry[0], entry[1]))
                    i += n
                    break
            else:
                i += 1
        return found
