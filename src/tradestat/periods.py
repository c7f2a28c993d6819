"""Reporting periods: years, halves, quarters, months and inclusive month ranges.

A :class:`Period` is an inclusive range of calendar months; year-to-date figures are
ranges ("2025-01/2025-05", "the first five months of 2025"). Two periods covering the same
months are equal however they were written: "2025-H1" == "2025-01/2025-06". The canonical
string is the annotation format's: "2025", "2025-H1", "2025-Q2", "2025-06" or
"2025-01/2025-05".
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

import attrs

from tradestat.errors import ParseError

__all__ = ["Period", "PeriodKind"]

MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
}
#: A month name or abbreviation (one group), longest first: "september", "sept.", "sep".
MONTH_PATTERN = r"(" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_NUM = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_FORMS = (
    "2025, 2025-H1, H1 2025, 2025-Q2, 2025-06, June 2025, 2025-01/2025-05, "
    "first five months of 2025"
)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _valid_index(instance: Period, attribute: attrs.Attribute[int], value: int) -> None:
    if not 0 <= value < 10000 * 12:
        raise ParseError(str(value), "a month within years 0-9999")


class PeriodKind(enum.StrEnum):
    """The shape of a period."""

    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    RANGE = "range"


@attrs.frozen(order=True, cache_hash=True)
class Period:
    """An inclusive range of calendar months, ``first`` .. ``last`` (months since year 0)."""

    first: int = attrs.field(validator=_valid_index)
    last: int = attrs.field(validator=_valid_index)

    def __attrs_post_init__(self) -> None:
        if self.last < self.first:
            raise ParseError(
                f"{self._label(self.first)}/{self._label(self.last)}",
                "a range whose end is not before its start",
            )

    # --- constructors -------------------------------------------------------------------
    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year."""
        return cls.months_range(year, 1, year, 12)

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        """H1 (January-June) or H2 (July-December)."""
        if half not in (1, 2):
            raise ParseError(f"{year}-H{half}", "half 1 or 2")
        return cls.months_range(year, 6 * half - 5, year, 6 * half)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Q1..Q4."""
        if not 1 <= quarter <= 4:
            raise ParseError(f"{year}-Q{quarter}", "quarter 1 to 4")
        return cls.months_range(year, 3 * quarter - 2, year, 3 * quarter)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        return cls.months_range(year, month, year, month)

    @classmethod
    def months_range(cls, year1: int, month1: int, year2: int, month2: int) -> Period:
        """The inclusive range from year1-month1 to year2-month2."""
        for y, m in ((year1, month1), (year2, month2)):
            if not 1 <= m <= 12:
                raise ParseError(f"{y}-{m:02d}", "a month from 1 to 12")
        return cls(_month_index(year1, month1), _month_index(year2, month2))

    @classmethod
    def year_to_date(cls, year: int, through_month: int) -> Period:
        """January to ``through_month`` of ``year`` (a cumulative reporting period)."""
        return cls.months_range(year, 1, year, through_month)

    @classmethod
    def parse(cls, text: Period | str | int) -> Period:
        """Read a period written in any common form; see the module docs for the list."""
        if isinstance(text, Period):
            return text
        raw = str(text)
        iso = _ISO_MONTH.fullmatch(raw)
        if iso is not None:  # "2024-03", as ``str`` writes a month: no pattern walk
            index = _month_index(int(iso[1]), int(iso[2]))
            return cls(index, index)
        period = _parse(" ".join(raw.strip().lower().split()))
        if period is None:
            raise ParseError(raw, f"a period such as {_FORMS}")
        return period

    # --- properties ---------------------------------------------------------------------
    @property
    def start_year(self) -> int:
        """Year of the first month."""
        return self.first // 12

    @property
    def start_month(self) -> int:
        """Calendar month (1-12) of the first month."""
        return self.first % 12 + 1

    @property
    def end_year(self) -> int:
        """Year of the last month."""
        return self.last // 12

    @property
    def end_month(self) -> int:
        """Calendar month (1-12) of the last month."""
        return self.last % 12 + 1

    @property
    def n_months(self) -> int:
        """How many months the period covers."""
        return self.last - self.first + 1

    @property
    def kind(self) -> PeriodKind:
        """Year, half, quarter, month or range (any other run of months)."""
        label = str(self)
        if "/" in label:
            return PeriodKind.RANGE
        if "-H" in label:
            return PeriodKind.HALF
        if "-Q" in label:
            return PeriodKind.QUARTER
        return PeriodKind.MONTH if "-" in label else PeriodKind.YEAR

    @property
    def is_year_to_date(self) -> bool:
        """Whether the period runs from January to some month of the same year."""
        return self.start_month == 1 and self.start_year == self.end_year

    # --- relations ----------------------------------------------------------------------
    def months(self) -> list[Period]:
        """The single months of the period, in order."""
        return [Period(i, i) for i in range(self.first, self.last + 1)]

    def __iter__(self) -> Iterator[Period]:
        return iter(self.months())

    def __len__(self) -> int:
        return self.n_months

    def contains(self, other: Period | str) -> bool:
        """Whether every month of ``other`` lies within this period."""
        o = Period.parse(other)
        return self.first <= o.first and o.last <= self.last

    def __contains__(self, other: object) -> bool:
        return isinstance(other, (Period, str)) and self.contains(other)

    def overlaps(self, other: Period | str) -> bool:
        """Whether the two periods share a month."""
        o = Period.parse(other)
        return self.first <= o.last and o.first <= self.last

    def shift(self, months: int) -> Period:
        """The period moved by a number of months."""
        return Period(self.first + months, self.last + months)

    def previous_year(self) -> Period:
        """The same months one year earlier (the base of a year-on-year comparison)."""
        return self.shift(-12)

    # --- text ---------------------------------------------------------------------------
    @staticmethod
    def _label(index: int) -> str:
        return f"{index // 12:04d}-{index % 12 + 1:02d}"

    def __str__(self) -> str:
        y, m1, m2 = self.start_year, self.start_month, self.end_month
        if self.end_year == y:
            if (m1, m2) == (1, 12):
                return f"{y:04d}"
            if (m1, m2) in ((1, 6), (7, 12)):
                return f"{y:04d}-H{m2 // 6}"
            if m1 % 3 == 1 and m2 == m1 + 2:
                return f"{y:04d}-Q{m2 // 3}"
            if m1 == m2:
                return self._label(self.first)
        return f"{self._label(self.first)}/{self._label(self.last)}"

    def __repr__(self) -> str:
        return f"Period({str(self)!r})"


#: A month as ``Period.__str__`` writes it (what tables and rate lookups pass most).
_ISO_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(\d{4})"), "year"),
    (re.compile(r"(?:fy\s*)?(\d{4})\s*-?\s*h([12])"), "half"),
    (re.compile(r"h([12])\s*(\d{4})"), "half_rev"),
    (re.compile(r"(?:the\s+)?(first|second)\s+half\s+(?:of\s+)?(\d{4})"), "half_words"),
    (re.compile(r"(\d{4})\s*-?\s*q([1-4])"), "quarter"),
    (re.compile(r"q([1-4])\s*(\d{4})"), "quarter_rev"),
    (
        re.compile(r"(?:the\s+)?(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(\d{4})"),
        "quarter_words",
    ),
    (re.compile(r"(\d{4})\s*-\s*(\d{1,2})"), "month"),
    (re.compile(r"(\d{4})(\d{2})"), "month"),
    (re.compile(MONTH_PATTERN + r",?\s+(\d{4})"), "month_name"),
    (
        re.compile(r"(\d{4})-(\d{1,2})\s*(?:/|\.\.|--)\s*(\d{4})-(\d{1,2})"),
        "range",
    ),
    (
        re.compile(r"(?:the\s+)?first\s+" + _NUM + r"\s+months\s+(?:of\s+)?(\d{4})"),
        "first_months",
    ),
    (
        re.compile(r"(?:the\s+)?first\s+" + _NUM + r"\s+quarters\s+(?:of\s+)?(\d{4})"),
        "first_quarters",
    ),
    (
        re.compile(
            MONTH_PATTERN + r"\s*(?:-|–|to|through|thru)\s*" + MONTH_PATTERN + r",?\s+(\d{4})"
        ),
        "month_names_range",
    ),
    (re.compile(r"(\d{4})\s*年?\s*(上|下)半年"), "half_zh"),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*[-—–至到~]\s*(\d{1,2})\s*月(?:份)?"), "range_zh"),
    (re.compile(r"(\d{4})\s*年\s*前\s*(\d{1,2})\s*个?月"), "first_months_zh"),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?"), "month_zh"),
    (re.compile(r"(\d{4})\s*年"), "year"),
]


def _parse(s: str) -> Period | None:
    for pattern, kind in _PATTERNS:
        m = pattern.fullmatch(s)
        if m is None:
            continue
        g = m.groups()
        try:
            return _build(kind, g)
        except ParseError as exc:
            raise ParseError(s, exc.expected) from None
        except (KeyError, ValueError):
            raise ParseError(s, f"a period such as {_FORMS}") from None
    return None


def _build(kind: str, g: tuple[str, ...]) -> Period:
    if kind == "year":
        return Period.year(int(g[0]))
    if kind == "half":
        return Period.half(int(g[0]), int(g[1]))
    if kind == "half_rev":
        return Period.half(int(g[1]), int(g[0]))
    if kind == "half_words":
        return Period.half(int(g[1]), NUMBER_WORDS[g[0]])
    if kind == "half_zh":
        return Period.half(int(g[0]), 1 if g[1] == "上" else 2)
    if kind == "quarter":
        return Period.quarter(int(g[0]), int(g[1]))
    if kind == "quarter_rev":
        return Period.quarter(int(g[1]), int(g[0]))
    if kind == "quarter_words":
        return Period.quarter(int(g[1]), NUMBER_WORDS[g[0]])
    if kind in ("month", "month_zh"):
        return Period.month(int(g[0]), int(g[1]))
    if kind == "month_name":
        return Period.month(int(g[1]), MONTH_NAMES[g[0]])
    if kind == "range":
        return Period.months_range(int(g[0]), int(g[1]), int(g[2]), int(g[3]))
    if kind == "range_zh":
        return Period.months_range(int(g[0]), int(g[1]), int(g[0]), int(g[2]))
    if kind == "first_months":
        return Period.year_to_date(int(g[1]), _number(g[0]))
    if kind == "first_months_zh":
        return Period.year_to_date(int(g[0]), int(g[1]))
    if kind == "first_quarters":
        return Period.year_to_date(int(g[1]), 3 * _number(g[0]))
    if kind == "month_names_range":
        year = int(g[2])
        return Period.months_range(year, MONTH_NAMES[g[0]], year, MONTH_NAMES[g[1]])
    raise KeyError(kind)
