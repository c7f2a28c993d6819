"""Read the monthly data tables of wire copy: a caption, a row of months, labelled rows.

Reuters' China trade stories end with tables such as::

    Trade, in billions of dollars:
    Jan   Dec   Nov
    Exp  90.5 111.2 115.0
    Imp  51.3  72.2  74.9

(the rows may also run on in one line). The caption says what the figures are (an amount
"in billions of dollars", growth "yr/yr % change", a "rolling 12-month" balance), the
month row which month each column is, and each row's label its flow (Exp, Imp, Bal). A
table is read only when all three are clear and every row has one figure per month; the
columns' years are counted back from the publication date (a table without one is not
read). The prose states some of the same facts, more precisely: those are kept, and a
table's figure for the same fact is dropped (see :func:`table_facts`).
"""

from __future__ import annotations

import datetime
import itertools
import re

import attrs

from tradestat.periods import Period

__all__ = ["Table", "TableFigure", "find_tables"]

_MONTHS = {
    name: i + 1
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
#: A row's label and the flow it names.
_LABELS = {
    "exp": "exports",
    "exports": "exports",
    "imp": "imports",
    "imports": "imports",
    "bal": "balance",
    "balance": "balance",
    "surplus": "balance",
    "total": "total",
}
# A caption: a line of a few words ending in a colon, right before the month row.
_CAPTION = re.compile(r"^[^\n:]{3,80}:[ \t]*\n", re.M)
_AMOUNT = re.compile(
    r"\bin\s+(billions|millions)\s+of\s+(?:U\.?S\.?\s+)?(dollars|yuan)\b"
    r"|\((?:US)?\$\s*(bln|billion|mln|million)\)",
    re.I,
)
_GROWTH = re.compile(r"(?:yr/yr|y/y|year[- ]on[- ]year|year[- ]over[- ]year)", re.I)
_PERCENT = re.compile(r"%|\bpercent\b|\bpct\b", re.I)
_ROLLING = re.compile(r"\b(?:rolling\s+12-month|12-month\s+rolling)\b", re.I)
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"[-+]?\d{1,6}(?:\.\d{1,4})?")
_SCALES = {"billions": "billion", "bln": "billion", "billion": "billion"}


@attrs.frozen
class TableFigure:
    """One cell: its flow, period, measure, digits, unit and where it stands in the text."""

    flow: str
    period: Period
    measure: str
    digits: str
    unit: str
    start: int
    end: int
    quote: str


@attrs.frozen
class Table:
    """A table found in a text: where it stands (caption to last cell) and its cells."""

    start: int
    end: int
    cells: tuple[TableFigure, ...]


def _meaning(caption: str) -> tuple[str, str, bool] | None:
    """The measure, the unit and whether the figures are rolling 12-month sums; or None."""
    rolling = _ROLLING.search(caption) is not None
    amount = _AMOUNT.search(caption)
    if amount is not None:
        scale = (amount.group(1) or amount.group(3) or "").lower()
        currency = "CNY" if (amount.group(2) or "").lower() == "yuan" else "USD"
        return "value", f"{_SCALES.get(scale, 'million')} {currency}", rolling
    if _GROWTH.search(caption) and _PERCENT.search(caption) and not rolling:
        return "yoy_growth", "percent", False
    return None


def _month(token: str) -> int | None:
    return _MONTHS.get(token.rstrip(".").lower()[:3]) if len(token.rstrip(".")) <= 4 else None


def _years(months: list[int], published: datetime.date) -> list[int] | None:
    """The year of each column: consecutive months, the latest not after publication."""
    if len(months) < 2:
        return None
    step = (months[1] - months[0]) % 12
    if step not in (1, 11) or any((b - a) % 12 != step for a, b in itertools.pairwise(months)):
        return None
    order = months if step == 11 else months[::-1]  # newest first
    year = published.year if order[0] <= published.month else published.year - 1
    years = []
    for i, month in enumerate(order):
        if i and month > order[i - 1]:
            year -= 1
        years.append(year)
    return years if step == 11 else years[::-1]


def _period(year: int, month: int, rolling: bool) -> Period:
    if not rolling:
        return Period.month(year, month)
    if month == 12:
        return Period.year(year)
    return Period.months_range(year - 1, month + 1, year, month)


def find_tables(text: str, published: datetime.date | None) -> list[Table]:
    """The data tables of a text (see the module's docstring); none without a date."""
    if published is None or ":" not in text:
        return []
    tables = []
    for caption in _CAPTION.finditer(text):
        said = _meaning(caption.group(0))
        if said is None:
            continue
        measure, unit, rolling = said
        line_end = text.find("\n", caption.end())
        block_end = len(text) if line_end < 0 else line_end
        # (rows may follow on lines of their own: up to the first line that is no row)
        while block_end < len(text):
            following = text.find("\n", block_end + 1)
            following = len(text) if following < 0 else following
            first = _TOKEN.search(text, block_end + 1, following)
            if first is None or first.group(0).lower() not in _LABELS:
                break
            block_end = following
        tokens = list(_TOKEN.finditer(text, caption.end(), block_end))
        months: list[int] = []
        for token in tokens:
            month = _month(token.group(0))
            if month is None:
                break
            months.append(month)
        years = _years(months, published)
        if years is None:
            continue
        cells: list[TableFigure] = []
        i, last = len(months), caption.end()
        title = caption.group(0).strip().rstrip(":")
        while i + len(months) < len(tokens):
            flow = _LABELS.get(tokens[i].group(0).lower())
            row = tokens[i + 1 : i + 1 + len(months)]
            if flow is None or not all(_NUMBER.fullmatch(t.group(0)) for t in row):
                break
            if measure == "yoy_growth" and flow == "balance":
                break  # (the growth of a balance is no measure read here)
            label = tokens[i].group(0)
            for token, month, year in zip(row, months, years, strict=True):
                digits = token.group(0).lstrip("+")
                quote = f"{title}: {label} {token.group(0)}"
                period = _period(year, month, rolling)
                cells.append(
                    TableFigure(
                        flow, period, measure, digits, unit, token.start(), token.end(), quote
                    )
                )
            last = row[-1].end()
            i += 1 + len(months)
        if cells:
            tables.append(Table(caption.start(), last, tuple(cells)))
    return tables
