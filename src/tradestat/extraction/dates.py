"""Find period expressions in a sentence and resolve them against the document's year.

"in the first half of 2025", "the first six months of the year", "in June", "last year",
"from 2014 to October 2021", "for four consecutive months since March", "1-5月份", "上半年",
"前三季度". A found period may stand for several periods (a list of months); "during the
period" refers to the period already in force.
"""

from __future__ import annotations

import re

import attrs

from tradestat.periods import MONTH_NAMES, MONTH_PATTERN, NUMBER_WORDS, Period

__all__ = ["PeriodMention", "find_periods"]

_MONTH = MONTH_PATTERN  # the month names of tradestat.periods
_NUM = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_YEAR = r"((?:19|20)\d{2})"
_OF_YEAR = rf"(?:\s+(?:of\s+)?(?:{_YEAR}|(this|the|last)\s+year))?"
_ZH_NUM = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "year_range",
        re.compile(
            rf"\bfrom\s+{_YEAR}\s+(?:to|through|till|until)\s+(?:the\s+end\s+of\s+)?{_MONTH}\s+{_YEAR}",
            re.I,
        ),
    ),
    (
        "year_to_year",
        re.compile(rf"\b(?:from|between)\s+{_YEAR}\s+(?:to|and|through)\s+{_YEAR}\b", re.I),
    ),
    (
        "consecutive",
        re.compile(
            rf"\bfor\s+{_NUM}\s+consecutive\s+months\s+(?:since|from|starting\s+(?:in|from))\s+{_MONTH}",
            re.I,
        ),
    ),
    ("first_half", re.compile(rf"\b(?:the\s+)?(first|second)\s+half{_OF_YEAR}", re.I)),
    ("h_year", re.compile(rf"\bH([12])\s*{_YEAR}?\b")),
    ("first_months", re.compile(rf"\b(?:the\s+)?first\s+{_NUM}\s+months{_OF_YEAR}", re.I)),
    ("first_quarters", re.compile(rf"\b(?:the\s+)?first\s+{_NUM}\s+quarters{_OF_YEAR}", re.I)),
    ("quarter", re.compile(rf"\b(?:the\s+)?(first|second|third|fourth)\s+quarter{_OF_YEAR}", re.I)),
    ("q_year", re.compile(rf"\bQ([1-4])\s*{_YEAR}?\b")),
    (
        "month_range",
        re.compile(
            rf"\b(?:from\s+)?{_MONTH}\s*(?:-|–|to|through)\s*{_MONTH}(?:,?\s+{_YEAR}|\s+(this|last)\s+year)?",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:in|for|of|during)\s+{_MONTH}(?:\s+{_YEAR}|\s+(this|last)\s+year)?\b", re.I
        ),
    ),
    ("last_year", re.compile(r"\b(last|this)\s+year\b", re.I)),
    (
        "same_period",
        re.compile(r"\b(?:during|in|over|for)\s+(?:the|this|that)\s+(?:same\s+)?period\b", re.I),
    ),
    (
        "year",
        re.compile(
            rf"\b(?:in|for|of|during|throughout)\s+{_YEAR}\b(?![\d,.]*\s*(?:billion|million|yuan|percent))",
            re.I,
        ),
    ),
    ("zh_range", re.compile(r"(?:((?:19|20)\d{2})年)?(\d{1,2})\s*[-—–至到~]\s*(\d{1,2})月份?")),
    (
        "zh_first_months",
        re.compile(r"(?:((?:19|20)\d{2})年)?前(\d{1,2}|[一二两三四五六七八九十]{1,2})个月"),
    ),
    ("zh_half", re.compile(r"(?:((?:19|20)\d{2})年)?(上|下)半年")),
    ("zh_first_quarters", re.compile(r"(?:((?:19|20)\d{2})年)?前([一二三])季度")),
    ("zh_quarter", re.compile(r"(?:((?:19|20)\d{2})年)?(?:第)?([一二三四])季度")),
    ("zh_month", re.compile(r"(?:((?:19|20)\d{2})年)?(\d{1,2})月份?(?!\d{0,2}日)")),
    ("zh_last_year", re.compile(r"(去年|今年|上年)")),
    ("zh_year", re.compile(r"((?:19|20)\d{2})年(?!\d)")),
]


@attrs.frozen
class PeriodMention:
    """A period expression: its span and the periods it names (empty: "the same period")."""

    start: int
    end: int
    periods: tuple[Period, ...]
    relative: bool = False  # "last year", "this year": does not set the article's period


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower()) or _ZH_NUM.get(word, 0)


def _year(explicit: str | None, relative: str | None, year: int) -> int:
    if explicit:
        return int(explicit)
    if relative and relative.lower() in ("last",):
        return year - 1
    return year


def _build(kind: str, g: tuple[str | None, ...], year: int) -> tuple[Period, ...]:
    if kind == "year_range":
        return (
            Period.months_range(
                int(g[0] or 0), 1, int(g[2] or 0), MONTH_NAMES[(g[1] or "").lower()]
            ),
        )
    if kind == "year_to_year":
        return (Period.months_range(int(g[0] or 0), 1, int(g[1] or 0), 12),)
    if kind == "consecutive":
        first = MONTH_NAMES[(g[1] or "").lower()]
        count = _number(g[0] or "0")
        return tuple(Period.month(year, first + i) for i in range(count) if first + i <= 12)
    if kind == "first_half":
        return (Period.half(_year(g[1], g[2], year), 1 if (g[0] or "").lower() == "first" else 2),)
    if kind in ("h_year", "q_year"):
        y = int(g[1]) if g[1] else year
        return (
            Period.half(y, int(g[0] or 0))
            if kind == "h_year"
            else Period.quarter(y, int(g[0] or 0)),
        )
    if kind == "first_months":
        return (Period.year_to_date(_year(g[1], g[2], year), _number(g[0] or "0")),)
    if kind == "first_quarters":
        return (Period.year_to_date(_year(g[1], g[2], year), 3 * _number(g[0] or "0")),)
    if kind == "quarter":
        return (Period.quarter(_year(g[1], g[2], year), NUMBER_WORDS[(g[0] or "").lower()]),)
    if kind == "month_range":
        y = _year(g[2], g[3], year)
        return (
            Period.months_range(
                y, MONTH_NAMES[(g[0] or "").lower()], y, MONTH_NAMES[(g[1] or "").lower()]
            ),
        )
    if kind == "month":
        return (Period.month(_year(g[1], g[2], year), MONTH_NAMES[(g[0] or "").lower()]),)
    if kind == "last_year":
        return (Period.year(_year(None, g[0], year)),)
    if kind == "same_period":
        return ()
    if kind in ("year", "zh_year"):
        return (Period.year(int(g[0] or 0)),)
    if kind == "zh_range":
        y = int(g[0]) if g[0] else year
        return (Period.months_range(y, int(g[1] or 0), y, int(g[2] or 0)),)
    if kind == "zh_first_months":
        return (Period.year_to_date(int(g[0]) if g[0] else year, _number(g[1] or "0")),)
    if kind == "zh_half":
        return (Period.half(int(g[0]) if g[0] else year, 1 if g[1] == "上" else 2),)
    if kind == "zh_first_quarters":
        return (Period.year_to_date(int(g[0]) if g[0] else year, 3 * _number(g[1] or "0")),)
    if kind == "zh_quarter":
        return (Period.quarter(int(g[0]) if g[0] else year, _number(g[1] or "0")),)
    if kind == "zh_month":
        return (Period.month(int(g[0]) if g[0] else year, int(g[1] or 0)),)
    if kind == "zh_last_year":
        return (Period.year(year - 1 if g[0] in ("去年", "上年") else year),)
    raise KeyError(kind)


_RELATIVE = {"last_year", "zh_last_year"}


_MONTH_WORD = re.compile(_MONTH, re.I)
#: Words one of which must be in the text for a pattern to be tried (a cheap pre-filter).
_NEEDS: dict[str, tuple[str, ...]] = {
    "year_range": ("from",),
    "year_to_year": ("from", "between"),
    "consecutive": ("consecutive",),
    "first_half": ("half",),
    "h_year": ("h1", "h2"),
    "first_months": ("months",),
    "first_quarters": ("quarters",),
    "quarter": ("quarter",),
    "q_year": ("q1", "q2", "q3", "q4"),
    "last_year": ("year",),
    "same_period": ("period",),
    "year": ("19", "20"),
    "zh_range": ("月",),
    "zh_first_months": ("个月",),
    "zh_half": ("半年",),
    "zh_first_quarters": ("季度",),
    "zh_quarter": ("季度",),
    "zh_month": ("月",),
    "zh_last_year": ("年",),
    "zh_year": ("年",),
}


_ALL_NEEDED = frozenset(word for words in _NEEDS.values() for word in words)


def find_periods(text: str, year: int) -> list[PeriodMention]:
    """Period expressions in ``text``, resolved with ``year`` where the text gives none."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    present = {word for word in _ALL_NEEDED if word in low}
    has_month = _MONTH_WORD.search(text) is not None
    for kind, pattern in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is None and not has_month:  # the month-name patterns
            continue
        if needs is not None and present.isdisjoint(needs):
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            try:
                periods = _build(kind, m.groups(), year)
            except (KeyError, ValueError):
                continue
            if kind in ("zh_last_year",) and text[m.end() : m.end() + 2] == "同期":
                continue  # 上年同期: the comparison base, not the figure's period
            taken.append(m.span())
            found.append(PeriodMention(m.start(), m.end(), periods, kind in _RELATIVE))
    found.sort(key=lambda p: p.start)
    return found
