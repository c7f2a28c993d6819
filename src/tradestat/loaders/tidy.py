"""The project's own tidy formats: annotation-format records as CSV, JSON or JSON Lines.

Columns and keys are those of ``FactSet.to_records()``: subject, period, flow, partner,
segment, measure, value, unit, qualifier, benchmark, quote, plus the optional provenance
fields source, span ("start:end" in CSV), derived_by, anchor and release, and ``stated``
(the digits, when a JSON number would lose them). :func:`dump` writes these formats; loading
what it wrote gives the same facts back.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from tradestat._outputs import write_atomic
from tradestat.errors import FigureError, LoadError, ParseError, ValidationError
from tradestat.figures import to_decimal
from tradestat.loaders._json import DuplicateKeys, array_elements, element_reason, loads
from tradestat.loaders.base import (
    CsvWalker,
    LineIndex,
    Loader,
    LoadResult,
    NumberTextError,
    ResultBuilder,
    Source,
    StreamingLoader,
    duplicate_column,
    first_line,
    header_delimiter,
    number_text,
    text_lines,
    without_bom,
)
from tradestat.models import Fact, FactSet
from tradestat.periods import Period
from tradestat.records import RECORD_FIELDS

__all__ = ["TidyCsvLoader", "TidyJsonLoader", "dump", "dumps", "FORMATS"]

REQUIRED = ("subject", "period", "measure", "value", "unit")
EXTRA_FIELDS = ("source", "span", "derived_by", "anchor", "release", "stated")
KNOWN = set(RECORD_FIELDS) | set(EXTRA_FIELDS)
#: The columns :func:`dumps` writes to CSV, in order.
CSV_COLUMNS = (*RECORD_FIELDS, "source", "span", "derived_by", "anchor", "release")
#: Formats :func:`dump` writes.
FORMATS = ("csv", "json", "jsonl")

_TEXT_FIELDS = (
    "subject",
    "flow",
    "partner",
    "segment",
    "measure",
    "unit",
    "qualifier",
    "benchmark",
    "quote",
    "source",
    "derived_by",
    "anchor",
    "release",
)
_LINE_END = re.compile(r"\r\n?|\n")
_FACTS_KEY = re.compile(r'"facts"\s*:\s*\[')


class _BadRecordError(Exception):
    """A record that cannot become a fact: ``field`` names the field at fault."""

    def __init__(self, reason: str, field: str | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.field = field


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_types(record: Mapping[str, Any]) -> None:
    """Each field of the kind the annotation format has (JSON can give any kind)."""
    for name in _TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _BadRecordError(
                f"field {name!r}: expected text, got {type(value).__name__} {_short(value)}", name
            )
    period = record.get("period")
    if period is not None and (isinstance(period, bool) or not isinstance(period, (str, int))):
        raise _BadRecordError(
            f"field 'period': expected text such as '2025-H1', got {_short(period)}", "period"
        )
    for name in ("value", "stated"):
        value = record.get(name)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal))
        ):
            raise _BadRecordError(f"field {name!r}: {_short(value)} is not a number", name)
    span = record.get("span")
    if (
        span is not None
        and not isinstance(span, str)
        and not (
            isinstance(span, list)
            and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
        )
    ):
        raise _BadRecordError(
            f"field 'span': {_short(span)} is not a span: expected [start, end]", "span"
        )


def _check_numbers(record: dict[str, Any], notes: list[str]) -> None:
    """Number text made safe (:func:`number_text`); ``stated`` and ``value`` must agree."""
    for name in ("value", "stated"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            try:
                record[name], note = number_text(value)
            except NumberTextError as exc:
                raise _BadRecordError(f"field {name!r}: {exc}", name) from None
            if note:
                notes.append(f"field {name!r}: {note}")
    stated, value = record.get("stated"), record.get("value")
    if stated in (None, "") or value in (None, ""):
        return
    try:
        digits = to_decimal(stated)
    except FigureError:
        raise _BadRecordError(
            f"field 'stated': {_short(stated)} is not a number", "stated"
        ) from None
    try:
        agree = float(digits) == value if isinstance(value, float) else digits == to_decimal(value)
    except FigureError:
        raise _BadRecordError(f"field 'value': {_short(value)} is not a number", "value") from None
    if not agree:
        raise _BadRecordError(
            f"fields 'stated' ({stated}) and 'value' ({value}) disagree: expected the same "
            "number, 'stated' giving the digits as written",
            "stated",
        )


def _fact(record: Mapping[str, Any], notes: list[str]) -> Fact:
    """The fact of one record, or :class:`_BadRecordError` naming the field at fault."""
    if isinstance(record, DuplicateKeys):
        keys = ", ".join(repr(k) for k in record.duplicates)
        raise _BadRecordError(
            f"key(s) {keys} given twice in one object: expected each field once", None
        )
    _check_types(record)
    checked = dict(record)
    _check_numbers(checked, notes)
    period = checked.get("period")
    if isinstance(period, str):
        checked["period"] = _period(period) or period
    try:
        return Fact.from_record(checked, where=None)
    except ValidationError as exc:
        raise _BadRecordError(str(exc), exc.field) from None


@functools.lru_cache(maxsize=4096)
def _period(text: str) -> Period | None:
    """The period a text names, read once per distinct text (None: not a period).

    On None the text stays, and :func:`~tradestat.records.from_record` words the error.
    """
    try:
        return Period.parse(text)
    except (ParseError, ValueError):
        return None


class TidyCsvLoader(StreamingLoader):
    """Annotation-format facts as CSV (or semicolon- or tab-separated), one fact a row."""

    name = "tidy-csv"
    description = "tradestat's tidy CSV (or TSV, ;-separated): one fact a row, annotation columns"
    kinds = ("csv", "tsv")

    def sniff(self, source: Source) -> float:
        """Confident when the header, split at ',', ';', tab or '|', has the required columns."""
        line = first_line(source.text)
        if line is None or header_delimiter(line, REQUIRED) is None:
            return 0.0
        return 0.95

    def walk(self, source: Source, lines: Iterable[str], out: ResultBuilder) -> Iterator[None]:
        """Every row becomes a fact or a rejection naming line and column."""
        iterator = without_bom(lines)
        head = next(iterator, "")
        line = first_line(head)
        found = header_delimiter(line, REQUIRED) if line is not None else None
        walker = CsvWalker(
            itertools.chain((head,) if head else (), iterator), found[0] if found else ","
        )
        header = walker.header(source.name)
        if header is None:
            out.warn(f"{source.name}: empty source, no records")
            return
        header_line, cells = header
        names = [h.strip().lower() for h in cells]
        missing = [r for r in REQUIRED if r not in names]
        if missing:
            raise LoadError(
                f"the header lacks column(s) {', '.join(missing)}; "
                f"expected {','.join(RECORD_FIELDS)} (separated by ',', ';', tab or '|')",
                f"{source.name}:{header_line}",
            )
        twice = duplicate_column(names)
        if twice is not None:
            name, first, second = twice
            raise LoadError(
                f"column {name!r} appears twice (columns {first} and {second}): "
                "expected each column once",
                f"{source.name}:{header_line}:{second}",
            )
        unknown = [n for n in names if n and n not in KNOWN]
        if unknown:
            out.warn(f"{source.name}:{header_line}: ignored unknown column(s) {', '.join(unknown)}")
        unnamed = [str(i) for i, n in enumerate(names, start=1) if not n]
        if unnamed:
            out.warn(
                f"{source.name}:{header_line}: column(s) {', '.join(unnamed)} have no name; "
                "their cells are ignored"
            )
        named = [(i, n) for i, n in enumerate(names) if n]
        for row_line, row in walker.records(out, len(names)):
            if row is None:
                yield
                continue
            record = {n: (row[i] if row[i].strip() != "" else None) for i, n in named}
            notes: list[str] = []
            try:
                fact = _fact(record, notes)
            except _BadRecordError as exc:
                column = names.index(exc.field) + 1 if exc.field in names else None
                out.reject(exc.reason, row_line, column, walker.delimiter.join(row)[:500])
                yield
                continue
            for note in notes:
                out.warn(f"{source.name}:{row_line}: {note}")
            out.accept([fact])
            yield


class TidyJsonLoader(Loader):
    """Annotation-format facts as a JSON list, ``{"facts": [...]}`` or JSON Lines."""

    name = "tidy-json"
    description = "tradestat's tidy JSON: a list of annotation-format objects, or JSON Lines"
    kinds = ("json", "jsonl", "ndjson")

    def sniff(self, source: Source) -> float:
        """Confident when the text is JSON whose first object has the annotation fields."""
        head = source.text[:8192].lstrip("\ufeff \t\r\n")[:4096]
        if not head.startswith(("[", "{")):
            return 0.0
        keys = sum(f'"{k}"' in head for k in REQUIRED)
        if keys == len(REQUIRED):
            return 0.9
        return 0.1 if keys else 0.0

    def load(self, source: Source) -> LoadResult:
        """Every object becomes a fact or a rejection naming line and column (or index)."""
        out = ResultBuilder(self.name, source)
        text = source.text.lstrip("\ufeff")
        start = len(text) - len(text.lstrip())
        if start >= len(text):
            out.warn(f"{source.name}: empty source, no records")
            return out.result()
        index = LineIndex(text)
        if text[start] == "[":
            self._walk_array(text, start, index, out)
        elif text[start] == "{":
            self._load_object_or_lines(text, start, index, out)
        else:
            raise LoadError("expected a JSON list, an object or JSON Lines", f"{source.name}:1:1")
        return out.result()

    def _load_object_or_lines(
        self, text: str, start: int, index: LineIndex, out: ResultBuilder
    ) -> None:
        try:
            document = loads(text)
        except (ValueError, RecursionError) as exc:
            lines = _json_lines(text)
            if _is_json_lines(text, lines):
                self._walk_lines(lines, out)
                return
            found = _FACTS_KEY.search(text)
            if found is not None:
                self._walk_array(text, found.end() - 1, index, out)
                return
            line, column = index.locate(getattr(exc, "pos", start))
            out.reject(_json_reason(exc), line, column, text[start : start + 200])
            return
        facts = document.get("facts") if isinstance(document, dict) else None
        last = index.line(len(text))
        first = index.line(start)
        if isinstance(facts, list) and out.source.guessed_lines:
            found = _FACTS_KEY.search(text)
            if found is not None:  # walk it to know which records sit on the guessed lines
                self._walk_array(text, found.end() - 1, index, out)
                return
        if not isinstance(facts, list):
            self._record(out, document, first, index.locate(start)[1], (first, last))
            return
        for i, item in enumerate(facts):
            self._record(out, item, None, f"facts[{i}]", None)

    def _record(
        self,
        out: ResultBuilder,
        item: object,
        line: int | None,
        column: int | str | None,
        lines: tuple[int, int] | None,
    ) -> None:
        raw = _raw(item)
        if not isinstance(item, Mapping):
            out.reject(
                f"expected an object with the fact fields, got {type(item).__name__}",
                line,
                column,
                raw,
            )
            return
        if lines is not None:
            guessed = out.guessed(*lines)
            if guessed is not None:
                out.reject(guessed, line, column, raw)
                return
        notes: list[str] = []
        try:
            fact = _fact(item, notes)
        except _BadRecordError as exc:
            field = f"{column}.{exc.field}" if isinstance(column, str) and exc.field else column
            out.reject(exc.reason, line, field, raw)
            return
        where = ":".join(str(p) for p in (out.source.name, line, column) if p is not None)
        for note in notes:
            out.warn(f"{where}: {note}")
        for key in item:
            if key not in KNOWN:
                out.warn_once(
                    f"unknown {key}",
                    f"{where}: ignored unknown field {key!r} (the "
                    "first record with it; others are ignored alike)",
                )
        out.accept([fact])

    def _walk_array(self, text: str, start: int, index: LineIndex, out: ResultBuilder) -> None:
        for element in array_elements(text, start):
            line, column = index.locate(element.offset)
            if element.error is None:
                last = (
                    index.line(max(element.end - 1, element.offset))
                    if out.source.guessed_lines
                    else line
                )
                self._record(out, element.value, line, column, (line, last))
            elif not element.record:
                out.warn(f"{out.source.name}:{line}:{column}: {element.error}")
            else:
                out.reject(
                    element_reason(element, index),
                    line,
                    column,
                    text[element.offset : element.offset + 200],
                )

    def _walk_lines(self, lines: list[_Line], out: ResultBuilder) -> None:
        for number, item, error, column in lines:
            if item is _UNREADABLE:
                out.reject(error or "invalid JSON", number, column)
                continue
            self._record(out, item, number, None, (number, number))


_UNREADABLE = object()
#: One line of JSON Lines: number, value (or _UNREADABLE), why not, column of the trouble.
_Line = tuple[int, object, str | None, int | None]


def _json_reason(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON: {exc.msg}"
    if isinstance(exc, RecursionError):
        return "invalid JSON: nested deeper than the JSON reader allows"
    return f"invalid JSON: {exc}"


def _is_json_lines(text: str, lines: list[_Line]) -> bool:
    """Whether text that is not one JSON document is JSON Lines rather than a broken document.

    JSON Lines has two lines or more and: its first line is a whole object (it ends with
    '}', even if broken inside), or two lines or more decode as objects, or most lines
    decode. A pretty-printed document opens with a line such as '{' or '{"facts": ['.
    """
    if len(lines) < 2:
        return False
    start = len(text) - len(text.lstrip())
    found = _LINE_END.search(text, start)
    if text[start : found.start() if found else len(text)].rstrip().endswith("}"):
        return True
    objects = sum(1 for _, item, _, _ in lines if isinstance(item, dict))
    decoded = sum(1 for _, item, _, _ in lines if item is not _UNREADABLE)
    return objects >= 2 or 2 * decoded > len(lines)


def _json_lines(text: str) -> list[_Line]:
    """Each non-blank line decoded on its own.

    JSON strings hold no raw CR or LF, so lines end at CRLF, CR or LF.
    """
    result: list[_Line] = []
    for number, line in enumerate(text_lines(text), start=1):
        if not line.strip():
            continue
        try:
            result.append((number, loads(line.rstrip("\r\n")), None, None))
        except json.JSONDecodeError as exc:
            where = f" column {exc.colno}" if exc.msg.endswith(" at") else ""
            result.append((number, _UNREADABLE, f"invalid JSON: {exc.msg}{where}", exc.colno))
        except (ValueError, RecursionError) as exc:
            result.append((number, _UNREADABLE, _json_reason(exc), None))
    return result


def _raw(item: object) -> str:
    try:
        return json.dumps(item, ensure_ascii=False, default=str)[:500]
    except (ValueError, RecursionError):
        return repr(item)[:500]


def _csv_row(record: dict[str, Any], fact: Fact) -> list[str]:
    row = []
    for name in CSV_COLUMNS:
        if name == "value":
            row.append(str(fact.figure.magnitude))
        elif name == "span":
            span = fact.provenance.span
            row.append(f"{span[0]}:{span[1]}" if span else "")
        else:
            value = record.get(name)
            row.append("" if value is None else str(value))
    return row


def dumps(facts: FactSet | list[Fact], format: str = "json") -> str:
    """The facts as text in one of :data:`FORMATS` (``csv``, ``json`` or ``jsonl``)."""
    fmt = format.lower()
    fact_list = list(facts)
    records = [f.to_record() for f in fact_list]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)  # CRLF rows (RFC 4180), so a lone CR in a field is quoted
        writer.writerow(CSV_COLUMNS)
        for record, fact in zip(records, fact_list, strict=True):
            writer.writerow(_csv_row(record, fact))
        return buffer.getvalue()
    raise LoadError(f"unknown format {format!r}: expected one of {', '.join(FORMATS)}")


def dump(
    facts: FactSet | list[Fact],
    target: str | os.PathLike[str] | IO[str],
    format: str | None = None,
) -> None:
    """Write facts to a path or text file; the format defaults to the path's extension."""
    from tradestat.loaders.columnar import binary_format, dump_binary

    if (binary := binary_format(target, format)) is not None:  # Parquet, SQLite
        return dump_binary(facts, target, binary)
    if format is None:
        suffix = Path(str(getattr(target, "name", target))).suffix.lower().lstrip(".")
        format = {"ndjson": "jsonl"}.get(suffix, suffix)
        if format not in FORMATS:
            raise LoadError(
                f"cannot tell the format from {str(target)!r}: "
                f"pass format= one of {', '.join(FORMATS)}"
            )
    text = dumps(facts, format)
    if isinstance(target, (str, os.PathLike)):
        write_atomic(target, text)
    else:
        target.write(text)
