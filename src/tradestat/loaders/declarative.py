"""A loader declared by its columns: the common case of a plugin, in a few lines.

A statistics table names its columns, and its figure columns say their unit in the header:
"进出口(亿元)", "出口（万美元）", "Exports (US$ thousand)", "Value (million USD)", "同比(%)".
:func:`table_loader` (or a subclass of :class:`TableLoader`) maps each column to a fact
field, reads the unit and scale from the header once for the whole column, and takes what
the table never says (its subject, its flow) as fixed fields or as loader options::

    table_loader(
        "city-monthly",
        columns={"月份": "period", "出口": "value:exports", "进口": "value:imports"},
        subject="Shenzhen",
    )

A column maps to one of:

* a field of every fact of the row: ``subject``, ``period``, ``flow``, ``partner``,
  ``segment``;
* a figure: a measure (``value``, ``yoy_growth`` or its short name ``growth``, ``share``,
  ...), optionally with the flow of that column after a colon (``value:exports``);
* ``ignore``: a column read and left out.

A column is found by its whole header or by the header without its unit ("出口" finds
"出口(亿元)"). Every row is one record: accepted with one fact per figure cell that states
one (an empty cell, a dash or dots state nothing), or rejected with the line and column of
the first cell that cannot be read. Problems of the
table itself (a column missing, a figure column without a unit) are a
:class:`~tradestat.errors.LoadError` naming file, line and column.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from typing import Any, ClassVar

from tradestat.errors import LoadError, TradestatError, UnitError, ValidationError
from tradestat.loaders.base import (
    DELIMITERS,
    CsvWalker,
    Loader,
    LoadResult,
    NumberTextError,
    ResultBuilder,
    Source,
    first_line,
    number_text,
)

__all__ = [
    "KEY_FIELDS",
    "ColumnsOptionLoader",
    "TableLoader",
    "header_unit",
    "split_header",
    "table_loader",
]

#: Fields a column (or a fixed value, or a loader option) gives every fact of its row.
KEY_FIELDS = ("subject", "period", "flow", "partner", "segment")
#: Measures whose figures are percentages when the header says no unit.
_PERCENT_MEASURES = frozenset({"yoy_growth", "mom_growth", "share", "growth_gap"})
_ALIASES = {"growth": "yoy_growth"}
#: Cells that state nothing (statistics tables mark a missing figure with a dash or dots).
_NOT_STATED = frozenset({"", "-", "--", "—", "–", "..", "…", ":"})
_PERCENT = frozenset({"%", "％", "percent", "pct", "百分比"})


def split_header(header: str) -> tuple[str, str | None]:
    """A header's name and the unit in its closing parentheses: "出口（万美元）" -> 出口, 万美元.

    Plain string search, no pattern: the last "(" or "（" of a header ending in ")" or "）".
    """
    text = header.strip()
    if not text.endswith((")", "）")):
        return text, None
    opening = max(text.rfind("("), text.rfind("（"))
    if opening <= 0:
        return text, None
    return text[:opening].strip(), text[opening + 1 : -1].strip()


def header_unit(label: str) -> str:
    """The unit a header names, as tradestat writes it: 亿元 -> "100 million CNY".

    Reads a scale and a currency in either order and either language ("万美元",
    "US$ thousand", "million USD", "千元"), or a percent sign; else :class:`UnitError`.
    """
    from tradestat.money import parse_money
    from tradestat.units import format_unit

    text = " ".join(label.split())
    if text.casefold() in _PERCENT:
        return "percent"
    words = text.split(" ")
    candidates = [f"1{text}", f"1 {text}"]
    if len(words) == 2:
        candidates.append(f"1 {words[1]} {words[0]}")  # "US$ thousand" -> "thousand US$"
    for candidate in candidates:
        try:
            return format_unit(parse_money(candidate).unit)
        except TradestatError:
            continue
    raise UnitError(
        f"cannot read the unit {label!r}: expected a scale and a currency such as 亿元, "
        "万美元, 'US$ thousand' or 'million USD', or %"
    )


def _column_kind(spec: str, header: str) -> tuple[str, str | None]:
    """(field or measure, flow) of a column's declaration; LoadError when it is neither."""
    from tradestat.models import MEASURES

    name, _, flow = (part.strip() for part in spec.partition(":"))
    if name in KEY_FIELDS or name == "ignore":
        if flow:
            raise LoadError(f"column {header!r}: {spec!r} takes no ':FLOW' (only a figure does)")
        return name, None
    measure = _ALIASES.get(name, name)
    if MEASURES.get(measure) is None:
        raise LoadError(
            f"column {header!r} is declared as {spec!r}: expected one of "
            f"{', '.join(KEY_FIELDS)}, ignore, or a measure such as value, growth or "
            "value:exports"
        )
    return measure, flow or None


class TableLoader(Loader):
    """A CSV table read by its declared columns (see the module's documentation).

    Subclass it and set ``name``, ``description``, ``columns`` and ``fixed``, or call
    :func:`table_loader`. ``load(source, **options)`` takes the key fields and ``unit`` (for
    figure columns whose header names none) as options, which win over ``fixed``.
    """

    kinds: ClassVar[tuple[str, ...]] = ("csv", "tsv", "txt")
    #: Header (with or without its unit) -> field, measure or "measure:flow", or "ignore".
    columns: ClassVar[Mapping[str, str]] = {}
    #: Fields the table never states: subject, period, flow, partner, segment, unit.
    fixed: ClassVar[Mapping[str, str]] = {}

    def _layout(self, cells: list[str]) -> dict[int, str] | None:
        """Which declared column each header cell is; None when one is missing."""
        found: dict[int, str] = {}
        names = [split_header(c)[0].casefold() for c in cells]
        whole = [c.strip().casefold() for c in cells]
        for declared in self.columns:
            key = declared.strip().casefold()
            at = next((i for i, w in enumerate(whole) if w == key), None)
            if at is None:
                at = next((i for i, n in enumerate(names) if n == key), None)
            if at is None:
                return None
            found[at] = declared
        return found

    def _header(self, line: str) -> tuple[str, list[str], dict[int, str]] | None:
        for delimiter in sorted(DELIMITERS, key=lambda d: -line.count(d)):
            try:
                cells = next(csv.reader([line], delimiter=delimiter), [])
            except csv.Error:
                continue
            layout = self._layout(cells)
            if layout is not None:
                return delimiter, cells, layout
        return None

    def sniff(self, source: Source) -> float:
        """Confident when the first line has every declared column."""
        line = first_line(source.text)
        if not self.columns or line is None or self._header(line) is None:
            return 0.0
        return 0.9

    def load(self, source: Source, **options: Any) -> LoadResult:
        """Every row becomes its facts, or a rejection naming line and column."""
        from tradestat.models import Fact

        unknown = sorted(k for k in options if k not in (*KEY_FIELDS, "unit"))
        if unknown:
            raise LoadError(
                f"loader {self.name!r} takes no option(s) {', '.join(unknown)}: expected "
                f"{', '.join(KEY_FIELDS)} or unit",
                source.name,
            )
        fixed = {k: str(v) for k, v in {**self.fixed, **options}.items() if v is not None}
        out = ResultBuilder(self.name, source)
        text = source.text.lstrip("\ufeff")
        line = first_line(text)
        found = self._header(line) if line is not None else None
        if line is not None and line.strip() and found is None:
            raise LoadError(
                f"the header lacks column(s) declared by loader {self.name!r}: expected "
                f"{', '.join(repr(c) for c in self.columns)} (with or without a unit)",
                f"{source.name}:1",
            )
        walker = CsvWalker(text, found[0] if found else ",")
        header = walker.header(source.name)
        if header is None or found is None:
            out.warn(f"{source.name}: empty source, no records")
            return out.result()
        header_line, cells = header
        keys: dict[int, str] = {}
        figures: dict[int, tuple[str, str | None, str]] = {}  # column -> measure, flow, unit
        for i, declared in found[2].items():
            kind, flow = _column_kind(self.columns[declared], declared)
            if kind == "ignore":
                continue
            if kind in KEY_FIELDS:
                keys[i] = kind
                continue
            label = split_header(cells[i])[1]
            where = f"{source.name}:{header_line}:{i + 1}"
            given = label or fixed.get("unit")  # the header's unit, else the option's
            try:
                unit = header_unit(given) if given else None
            except UnitError as exc:
                raise LoadError(f"column {cells[i].strip()!r}: {exc}", where) from None
            if unit is None and kind in _PERCENT_MEASURES:
                unit = "percent"
            if unit is None:
                raise LoadError(
                    f"column {cells[i].strip()!r} says no unit: expected one in its header, "
                    "such as '出口(亿元)' or 'Exports (US$ thousand)', or the option unit=...",
                    where,
                )
            figures[i] = (kind, flow, unit)
        for field in ("subject", "period"):
            if field not in keys.values() and field not in fixed:
                raise LoadError(
                    f"loader {self.name!r} has no {field}: map a column to {field!r} or give "
                    f"it as an option ({field}=..., on the command line -o {field}=...)",
                    f"{source.name}:{header_line}",
                )
        field_column = {field: i + 1 for i, field in keys.items()}
        for row_line, row in walker.rows(out, len(cells)):
            base = {k: v for k, v in fixed.items() if k in KEY_FIELDS}
            base.update({field: row[i].strip() for i, field in keys.items() if row[i].strip()})
            facts = []
            problem: tuple[str, int | None] | None = None
            for i, (measure, flow, unit) in figures.items():
                cell = row[i].strip()
                if cell.casefold() in _NOT_STATED:
                    continue
                if unit == "percent":
                    cell = cell.removesuffix("%").removesuffix("％").strip()
                try:
                    value, _ = number_text(cell)
                except NumberTextError as exc:
                    problem = (f"column {cells[i].strip()!r}: {exc}", i + 1)
                    break
                record = {**base, "measure": measure, "value": value, "unit": unit}
                if flow is not None:
                    record["flow"] = flow
                try:
                    facts.append(Fact.from_record(record, where=None))
                except ValidationError as exc:
                    column = field_column.get(exc.field or "")
                    if exc.field in ("value", "unit", "measure", "qualifier"):
                        column = i + 1
                    named = cells[column - 1].strip() if column else "option"
                    problem = (f"column {named!r}: {exc}", column)
                    break
            if problem is not None:
                out.reject(problem[0], row_line, problem[1], walker.delimiter.join(row)[:500])
            else:
                out.accept(facts)
        return out.result()


def table_loader(
    name: str,
    columns: Mapping[str, str],
    *,
    description: str | None = None,
    kinds: tuple[str, ...] = ("csv", "tsv", "txt"),
    **fixed: str,
) -> TableLoader:
    """A :class:`TableLoader` named ``name`` reading ``columns``; ``fixed`` fields for all.

    ``fixed`` takes the key fields (subject, period, flow, partner, segment) and ``unit``.
    """
    for spec in columns.values():
        _column_kind(spec, spec)  # refuse a bad declaration now, not at the first file
    bad = sorted(k for k in fixed if k not in (*KEY_FIELDS, "unit"))
    if bad:
        raise LoadError(f"table_loader {name!r}: unknown fixed field(s) {', '.join(bad)}")
    attributes: dict[str, Any] = {
        "name": name,
        "description": description or f"a table with columns {', '.join(columns)}",
        "kinds": kinds,
        "columns": dict(columns),
        "fixed": dict(fixed),
    }
    cls = type(f"TableLoader_{name}", (TableLoader,), attributes)
    loader: TableLoader = cls()
    return loader


def _columns_option(text: str, where: str) -> dict[str, str]:
    """``月份=period,出口(亿元)=value:exports`` as a column declaration."""
    columns: dict[str, str] = {}
    for item in text.split(","):
        header, sep, spec = item.rpartition("=")
        if not sep or not header.strip() or not spec.strip():
            raise LoadError(
                f"option columns: {item.strip()!r} is not HEADER=FIELD: expected e.g. "
                "columns='月份=period,出口=value:exports'",
                where,
            )
        columns[header.strip()] = spec.strip()
    return columns


class ColumnsOptionLoader(TableLoader):
    """The declarative loader from the command line: the columns are an option.

    ``tradestat load --loader table -o columns='月份=period,出口=value:exports'
    -o subject=Shenzhen table.csv``. Never chosen by sniffing: name it.
    """

    name = "table"
    description = "a CSV table whose columns are given as the option columns=HEADER=FIELD,..."

    def load(self, source: Source, **options: Any) -> LoadResult:
        """Read ``source`` with the columns of ``options["columns"]``."""
        spec = options.pop("columns", None)
        if not spec:
            raise LoadError(
                "loader 'table' needs the option columns=HEADER=FIELD,... such as "
                "-o columns='月份=period,出口=value:exports'",
                source.name,
            )
        declared = _columns_option(str(spec), source.name)
        return table_loader(self.name, declared).load(source, **options)
