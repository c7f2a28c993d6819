"""Find the figures a sentence states: money, percent, percentage points, counts.

Each :class:`Mention` has its span, the digits as written, the unit of the annotation format
and the qualifier the words before (or after) it give. Numbers that are dates, times, years
or parts of names are not mentions.
"""

from __future__ import annotations

import functools
import re

import attrs

from tradestat.figures import Qualifier
from tradestat.money import QUALIFIER_WORDS, SCALE_WORDS
from tradestat.units import CURRENCIES, currencies, currency_code

__all__ = ["Mention", "find_mentions"]

_NUMBER = re.compile(r"(?<![A-Za-z0-9_.\-])(\d+(?:,\d{3})*(?:\.\d+)?)")
_SCALE_EN = re.compile(r"\s*(trillion|billion|million|thousand|bn|mn|tn)(?![A-Za-z])", re.I)
_SCALE_ZH = re.compile(r"\s*(万亿|亿|万|千)")
_PERCENT = re.compile(r"\s*(percent|per cent|pct|%|％)(?![A-Za-z])", re.I)
_POINTS = re.compile(r"\s*(percentage points?|个百分点)", re.I)
_COUNT = re.compile(
    r"\s*(?:个)?(countries and regions|countries and territories|countries or regions|"
    r"countries|economies|trading partners|国家和地区|国家（地区）|国家\(地区\)|个国家)",
    re.I,
)
_SUFFIX_MORE = re.compile(r"\s*(以上|多)")
_EXTRA_QUALIFIERS = {
    "exceeded": Qualifier.MORE_THAN,
    "has exceeded": Qualifier.MORE_THAN,
    "have exceeded": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "topped": Qualifier.MORE_THAN,
    "surpassed": Qualifier.MORE_THAN,
    "by over": Qualifier.MORE_THAN,
    "by more than": Qualifier.MORE_THAN,
    "by nearly": Qualifier.ABOUT,
    "by about": Qualifier.ABOUT,
    "近": Qualifier.ABOUT,
}
_QUALIFIERS = {**QUALIFIER_WORDS, **_EXTRA_QUALIFIERS}
_ENGLISH_QUALIFIERS = [q for q in _QUALIFIERS if q.isascii()]
_CHINESE_QUALIFIERS = [q for q in _QUALIFIERS if not q.isascii()]
_QUALIFIER_BEFORE = re.compile(
    r"(?:(?:^|[\s(（,，])("
    + "|".join(re.escape(q) for q in sorted(_ENGLISH_QUALIFIERS, key=len, reverse=True))
    + r")|("
    + "|".join(re.escape(q) for q in sorted(_CHINESE_QUALIFIERS, key=len, reverse=True))
    + r"))\s*(?:US\$|\$|€|¥|RMB\s?)?$",
    re.I,
)


@attrs.frozen
class Mention:
    """A figure stated in a sentence."""

    start: int
    end: int
    digits: str
    unit: str
    kind: str  # "money", "percent", "points", "count"
    qualifier: Qualifier
    currency_missing: bool = False


def _currency_words() -> re.Pattern[str]:
    return _currency_pattern(CURRENCIES.version)


@functools.lru_cache(maxsize=4)
def _currency_pattern(version: int) -> re.Pattern[str]:
    """Currency words of every registered currency (rebuilt when currencies change)."""
    words: list[str] = []
    for c in currencies().values():
        words.extend([c.code, *c.aliases])
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*({alternation})(?![A-Za-z])", re.I)


def _symbol_before(prefix: str) -> str | None:
    for c in currencies().values():
        for symbol in sorted(c.symbols, key=len, reverse=True):
            if prefix.endswith(symbol) or prefix.endswith(symbol + " "):
                return c.code
    for word in ("RMB", "CNY", "USD", "EUR"):
        if prefix.endswith(word + " ") or prefix.endswith(word):
            return word if word != "RMB" else "CNY"
    return None


def _qualifier(prefix: str) -> Qualifier:
    m = _QUALIFIER_BEFORE.search(prefix[-30:])
    if m is None:
        return Qualifier.EXACT
    return _QUALIFIERS[(m.group(1) or m.group(2)).lower()]


def find_mentions(text: str) -> list[Mention]:
    """Every figure in ``text`` (one sentence), in order."""
    currency_words = _currency_words()
    found: list[Mention] = []
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        digits = m.group(1).replace(",", "")
        prefix = text[max(0, start - 40) : start]
        after = text[end : end + 60]
        if after[:1] in (":", "/") or (after[:1] == "-" and after[1:2].isdigit()):
            continue  # a time, a date or a range such as 2014-2021
        if after[:1] in ("月", "日", "年") or after.startswith(("个月", "季度")):
            continue
        scale = None
        pos = 0
        sm = _SCALE_EN.match(after) or _SCALE_ZH.match(after)
        if sm:
            word = sm.group(1)
            scale = SCALE_WORDS.get(word.lower(), SCALE_WORDS.get(word))
            pos = sm.end()
        qualifier = _qualifier(prefix)
        if scale is None:
            pm = _POINTS.match(after)
            if pm:
                found.append(
                    Mention(start, end + pm.end(), digits, "percentage_point", "points", qualifier)
                )
                continue
            pm = _PERCENT.match(after)
            if pm:
                found.append(
                    Mention(start, end + pm.end(), digits, "percent", "percent", qualifier)
                )
                continue
            if prefix.endswith("百分之"):
                found.append(Mention(start - 3, end, digits, "percent", "percent", qualifier))
                continue
            cm = _COUNT.match(after)
            if cm and "." not in digits:
                found.append(Mention(start, end + cm.end(), digits, "count", "count", qualifier))
                continue
        more = _SUFFIX_MORE.match(after, pos)
        if more and more.group(1) == "多" and more.end() < len(after):
            pos = more.end()  # "500多亿元": more than 500
            qualifier = Qualifier.MORE_THAN
            sm = _SCALE_ZH.match(after, pos)
            if sm and scale is None:
                scale = SCALE_WORDS[sm.group(1)]
                pos = sm.end()
        cm = currency_words.match(after, pos)
        code = currency_code(cm.group(1)) if cm else _symbol_before(prefix)
        if cm:
            pos = cm.end()
        suffix = _SUFFIX_MORE.match(after, pos)
        if suffix and suffix.group(1) == "以上":
            qualifier = Qualifier.MORE_THAN
            pos = suffix.end()
        if code is None and scale is None:
            continue
        unit = " ".join(w for w in (scale, code) if w)
        found.append(
            Mention(
                start,
                end + pos,
                digits,
                unit.strip(),
                "money",
                qualifier,
                currency_missing=code is None,
            )
        )
    return _fill_currencies(found, text)


def _fill_currencies(found: list[Mention], text: str) -> list[Mention]:
    """'56.12 billion and 20.62 billion yuan': the first takes the currency of the next."""
    result = list(found)
    for i in range(len(result) - 1, -1, -1):
        m = result[i]
        if not (m.kind == "money" and m.currency_missing):
            continue
        following = next((n for n in result[i + 1 :] if n.kind == "money"), None)
        between = text[m.end : following.start] if following else ""
        if (
            following is None
            or following.currency_missing
            or len(between) > 12
            or not re.fullmatch(r"[\s,]*(?:and|or|to|和|与|至|、)?[\s,]*", between)
        ):
            result.pop(i)
            continue
        code = following.unit.split()[-1]
        result[i] = attrs.evolve(m, unit=f"{m.unit} {code}", currency_missing=False)
    return result
