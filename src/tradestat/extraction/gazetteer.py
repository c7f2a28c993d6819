"""Find known names in text in linear time (word n-grams for English, substrings for Chinese)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from itertools import compress, repeat
from operator import ge, or_

import attrs

__all__ = ["Gazetteer", "Match"]

# A letter of a Latin-script word: ASCII and the accented letters of Latin-1 and Latin
# Extended-A/B ("Åland", "Türkiye", "Réunion", "Lüliang"). Without them a name would lose
# its accented letter and match another word: "Åland" read as the key "land" made every
# "land port" the Åland Islands.
_LATIN = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD = re.compile(rf"[{_LATIN}][{_LATIN}&'’.\-]*|[\u4e00-\u9fff]")
# What :meth:`Gazetteer.find` walks: English words, and each run of Chinese characters whole
# (a run is searched by its own dictionary walk, so it is never split into words).
_TOKEN = re.compile(rf"[{_LATIN}][{_LATIN}&'’.\-]*|[\u4e00-\u9fff]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# The rest of 海关总署 (the General Administration of Customs) after its 海: a place name
# ending in 海 right before it only borrows that character ("会上海关总署" is not Shanghai).
_GAC = "关总署"


_POSSESSIVE = ("'s", "’s")
#: After a name glued to it, what makes the name a destination: "China-bound exports".
_BOUND = "-bound"
#: The endings of the tokens :func:`_key` changes (a final dot or apostrophe, a possessive).
_NOT_KEY_ENDS = (".", "'", "’", *_POSSESSIVE)


def _key(token: str) -> str:
    """A word as the tables hold it: lower case, without a final dot or possessive."""
    key = token.lower()
    if key.endswith("."):
        key = key.rstrip(".")
    if key.endswith(_POSSESSIVE):
        key = key[:-2]
    elif key.endswith(("'", "’")):
        # "private firms' trade" (a plural possessive), or a closing quote: "trade with
        # 'Belt and Road' countries"
        key = key[:-1]
    return key


@attrs.frozen(cache_hash=True)  # a dict key many times per sentence
class Match:
    """A name found in text: its span, canonical form and kind ("region", "partner" ...)."""

    start: int
    end: int
    name: str
    kind: str


class Gazetteer:
    """Longest-match lookup of many names, English (case-insensitive) and Chinese."""

    def __init__(
        self,
        tables: Iterable[tuple[str, Mapping[str, str]]],
        guarded: AbstractSet[str] = frozenset(),
        followers: AbstractSet[str] = frozenset(),
    ) -> None:
        """Index the tables' names.

        ``guarded`` one-word names count only when no word follows them or one of
        ``followers`` does ("vegetable imports", not "vegetable oil imports").
        """
        self._guarded = guarded
        self._followers = followers
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
                    # (each word as the text's tokens are keyed: "People's Republic of
                    # China" is read as "people republic of china" there)
                    key = tuple(_key(w) for w in _WORD.findall(written))
                    if key:
                        self._english.setdefault(key, (canonical, kind))
                        self._max_words = max(self._max_words, len(key))
                        self._first_words.add(key[0])
        # for each first word, the lengths in words of the English names it starts, longest first
        word_lengths: dict[str, set[int]] = {}
        for key in self._english:
            word_lengths.setdefault(key[0], set()).add(len(key))
        self._word_lengths = {w: tuple(sorted(n, reverse=True)) for w, n in word_lengths.items()}
        # the same by the first two words (names of two words or more) and by the first
        # character pair: a word or character starts few names with the next one after it
        # ("the" starts many names, "the united" few), so only those lengths are looked up
        pair_lengths: dict[tuple[str, str], set[int]] = {}
        for key in self._english:
            if len(key) > 1:
                pair_lengths.setdefault((key[0], key[1]), set()).add(len(key))
        self._pair_lengths = {p: tuple(sorted(n, reverse=True)) for p, n in pair_lengths.items()}
        self._one_word = {key[0] for key in self._english if len(key) == 1}
        lengths: dict[str, set[int]] = {}
        char_pairs: dict[str, set[int]] = {}
        for written in self._chinese:
            lengths.setdefault(written[0], set()).add(len(written))
            if len(written) > 1:
                char_pairs.setdefault(written[:2], set()).add(len(written))
        self._pair_chars = {c: tuple(sorted(n, reverse=True)) for c, n in char_pairs.items()}
        self._one_char = {written for written in self._chinese if len(written) == 1}
        # the characters a Chinese name can start with: the walk jumps from one to the next
        chars = "".join(re.escape(c) for c in sorted(lengths))
        self._starts = re.compile(f"[{chars}]" if chars else "(?!)")

    def find(self, text: str) -> list[Match]:
        """Every known name in ``text``, longest first at each place, not overlapping."""
        found: list[Match] = []
        words = list(_TOKEN.finditer(text))
        # the same tokens as ``words``, as keys: "Co." -> "co", "China's" -> "china",
        # "firms'" -> "firms" (what _key makes); each match's text in lower case (maps: no
        # second scan of the text, no Python step per token)
        ascii_text = text.isascii()
        if ascii_text:
            # (lower case keeps an ASCII text's length, and the token pattern reads both
            # cases alike: the same tokens, found in the lowered text as strings at once)
            keys = _TOKEN.findall(text.lower())
        else:
            keys = [*map(str.lower, map(re.Match.group, words))]
        # only a token with a final dot or apostrophe, or a possessive, is not its own key:
        # those few are picked out by map and compress (no Python step for every token)
        for i in compress(range(len(keys)), map(str.endswith, keys, repeat(_NOT_KEY_ENDS))):
            keys[i] = _key(keys[i])
        word_lengths = self._word_lengths
        pair_lengths = self._pair_lengths
        one_word = self._one_word
        english = self._english
        count = len(keys)
        next_free = 0  # names do not overlap: the first index after the last name found
        # only a word that starts a name, or a Chinese run, can start a match (in ASCII text,
        # only such a word: picked out by compress, without a Python step per word)
        if ascii_text:
            starts: Iterable[int] = compress(range(count), map(word_lengths.__contains__, keys))
        else:
            # (a Chinese run, and only it, starts with a character from U+4E00 on)
            runs = map(ge, keys, repeat("\u4e00"))
            starts = compress(range(count), map(or_, map(word_lengths.__contains__, keys), runs))
        if "-" in text and (ascii_text or _CJK.search(text) is None):
            # "China-Latin America trade": a name of several words whose first word is
            # glued to the word before by a hyphen (one token) starts inside the token (in
            # an English text with a "¥" or a dash too; not in Chinese text)
            glued = list(compress(range(count), map(str.__contains__, keys, repeat("-"))))
            if glued:
                starts = sorted({*starts, *glued})
        for i in starts:
            if i < next_free:
                continue
            key = keys[i]
            if key[:1] >= "\u4e00":  # a Chinese run: searched by its own dictionary walk
                run_start = words[i].start()
                if found and found[-1].end > run_start:
                    # (the rest after a name with brackets or quotes: 刚果(金), 共建“一带一路”国家)
                    run_start = found[-1].end
                found.extend(self._find_chinese(text, run_start, words[i].end()))
                continue
            begin = words[i].start()
            entry: tuple[str, str] | None = None
            if key not in word_lengths:  # (a hyphenated token: see above)
                glued_name = self._glued(key, keys, i)
                if glued_name is None:
                    bound = self._bound_for(key)
                    if bound is not None:
                        # "China-bound exports", "U.S.-bound shipments": the name, a partner
                        found.append(Match(begin, begin + bound[0], *bound[1]))
                        next_free = i + 1
                    continue
                entry, n, offset = glued_name
                # (and the name before the hyphen, when one word is one: "Guangdong-Hong
                # Kong trade" names both sides, as "Guangdong and Hong Kong" would)
                before = english.get((key[: offset - 1],))
                if before is not None:
                    found.append(Match(begin, begin + offset - 1, *before))
                begin += offset
            else:
                # the lengths of the names this word and the next start, longest first, then
                # the word alone
                n = 1
                entry = english.get((key,)) if key in one_word else None
                if i + 1 < count:
                    for longer in pair_lengths.get((key, keys[i + 1]), ()):
                        if i + longer > count:
                            continue
                        found_entry = english.get(tuple(keys[i : i + longer]))
                        if found_entry is not None:
                            entry, n = found_entry, longer
                            break
            if entry is None:
                continue
            name, kind = entry
            end = words[i + n - 1].end()
            if n == 1 and key in self._guarded and i + 1 < count:
                gap = text[end : words[i + 1].start()]
                if (not gap or gap.isspace()) and keys[i + 1] not in self._followers:
                    continue  # (another noun after it: "chemical industry exports")
            if text[end - 2 : end] in _POSSESSIVE:
                end -= 2
            elif text[end - 1] in "'’":  # (a plural possessive, or a closing quote)
                end -= 1
            found.append(Match(begin, end, name, kind))
            next_free = i + n
        return found

    def _bound_for(self, key: str) -> tuple[int, tuple[str, str]] | None:
        """The one-word name before "-bound" in token ``key`` ("china-bound"), and its length."""
        if not key.endswith(_BOUND):
            return None
        head = key[: -len(_BOUND)]
        entry = self._english.get((head.rstrip("."),))
        return (len(head), entry) if entry is not None else None

    def _glued(self, key: str, keys: list[str], i: int) -> tuple[tuple[str, str], int, int] | None:
        """A name of two words or more starting after the last hyphen of token ``i``.

        "China-Latin America": ("Latin America", its kind), the tokens it spans (from
        ``i``) and where it starts in the token; None if no such name.
        """
        cut = key.rfind("-") + 1
        first = key[cut:]
        for n in self._word_lengths.get(first, ()):
            if n < 2 or i + n > len(keys):
                continue
            entry = self._english.get((first, *keys[i + 1 : i + n]))
            if entry is not None:
                return entry, n, cut
        return None

    def _find_chinese(self, text: str, start: int, end: int) -> list[Match]:
        found = []
        pair_chars = self._pair_chars
        one_char = self._one_char
        table = self._chinese
        search = self._starts.search
        i = start
        while (at := search(text, i, end)) is not None:  # the next character a name starts with
            i = at.start()
            # (the lengths of the names its first two characters start, then it alone)
            longer = pair_chars.get(text[i : i + 2], ())
            for n in (*longer, 1) if text[i] in one_char else longer:
                # (a name may run past its run of characters only through what it holds
                # itself: the brackets of 刚果(金), 刚果（布）)
                if i + n > len(text):
                    continue
                entry = table.get(text[i : i + n])
                if entry is not None and text[i + n - 1] == "市" and text.startswith("场", i + n):
                    continue  # 义乌市场采购: 义乌 and 市场 (market), not 义乌市 and 场
                if entry is not None and text[i + n - 1] == "海" and text.startswith(_GAC, i + n):
                    continue  # 会上海关总署: 会上 and 海关总署 (the customs), not 上海 (Shanghai)
                if entry is not None:
                    found.append(Match(i, i + n, entry[0], entry[1]))
                    i += n
                    break
            else:
                i += 1
        return found
