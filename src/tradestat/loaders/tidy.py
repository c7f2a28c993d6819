"""The project's own tidy formats: annotation-format records as CSV, JSON or JSON Lines.

Columns and keys are those of ``FactSet.to_records()``: subject, period, flow, partner,
segment, measure, value, unit, qualifier, benchmark, quote, plus the optional provenance
fields source, span ("start:end" in CSV) and derived_by, and ``stated`` (the digits, when a
JSON number would lose them). :func:`dump` writes these formats; loading what it wrote gives
the same facts back.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from tradestat.errors import LoadError, ValidationError
from tradestat.loaders._json import array_elements, line_and_column
from tradestat.loaders.base import Loader, LoadResult, ResultBuilder, Source, csv_rows
from tradestat.models import Fact, FactSet
from tradestat.records import RECORD_FIELDS

__all__ = ["TidyCsvLoader", "TidyJsonLoader", "dump", "dumps", "FORMATS"]

REQUIRED = ("subject", "period", "measure", "value", "unit")
EXTRA_FIELDS = ("source", "span", "derived_by", "stated")
KNOWN = set(RECORD_FIELDS) | set(EXTRA_FIELDS)
#: Formats :func:`dump` writes.
FORMATS = ("csv", "json", "jsonl")


class TidyCsvLoader(Loader):
    """Annotation-format facts as CSV, one fact a row."""

    name = "tidy-csv"
    description = "tradestat's tidy CSV: one fact a row, the annotation-format columns"
    kinds = ("csv",)

    def sniff(self, source: Source) -> float:
        """Confident when the header has the required annotation columns."""
        first = source.text.lstrip("\ufeff").split("\n", 1)[0]
        header = {h.strip().lower() for h in next(csv.reader([first]), [])}
        if set(REQUIRED) <= header:
            return 0.95
        return 0.0

    def load(self, source: Source) -> LoadResult:
        """Every row becomes a fact or a rejection naming line and column."""
        out = ResultBuilder(self.name, source)
        reader = csv.reader(source.stream())
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise LoadError(f"unreadable CSV header: {exc}", f"{source.name}:1") from None
        if header is None:
            out.warn(f"{source.name}: empty source, no records")
            return out.result()
        names = [h.strip().lower() for h in header]
        missing = [r for r in REQUIRED if r not in names]
        if missing:
            raise LoadError(
                f"the header lacks column(s) {', '.join(missing)}; "
                f"expected {','.join(RECORD_FIELDS)}",
                f"{source.name}:1",
            )
        unknown = [n for n in names if n and n not in KNOWN]
        if unknown:
            out.warn(f"{source.name}:1: ignored unknown column(s) {', '.join(unknown)}")
        for line, row in csv_rows(reader, out, len(names)):
            raw = ",".join(row)
            record = {
                n: (cell if cell.strip() != "" else None)
                for n, cell in zip(names, row, strict=True)
            }
            try:
                fact = Fact.from_record(record, where=None)
            except ValidationError as exc:
                column = names.index(exc.field) + 1 if exc.field in names else None
                out.reject(str(exc), line, column, raw)
                continue
            out.accept([fact])
        return out.result()


class TidyJsonLoader(Loader):
    """Annotation-format facts as a JSON list, ``{"facts": [...]}`` or JSON Lines."""

    name = "tidy-json"
    description = "tradestat's tidy JSON: a list of annotation-format objects, or JSON Lines"
    kinds = ("json", "jsonl", "ndjson")

    def sniff(self, source: Source) -> float:
        """Confident when the text is JSON whose first object has the annotation fields."""
        head = source.text.lstrip("\ufeff \t\r\n")[:4096]
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
        if text[start] == "[":
            self._walk_array(text, start, out)
        elif text[start] == "{" and _is_json_lines(text):
            self._walk_lines(text, out)
        elif text[start] == "{":
            try:
                document = json.loads(text)
            except json.JSONDecodeError as exc:
                raise LoadError(
                    f"invalid JSON: {exc.msg}", f"{source.name}:{exc.lineno}:{exc.colno}"
                ) from None
            facts = document.get("facts") if isinstance(document, dict) else None
            if not isinstance(facts, list):
                self._record(out, document, line_and_column(text, start))
            else:
                for i, item in enumerate(facts):
                    self._record(out, item, (None, f"facts[{i}]"))
        else:
            raise LoadError("expected a JSON list, an object or JSON Lines", f"{source.name}:1:1")
        return out.result()

    def _record(
        self, out: ResultBuilder, item: object, where: tuple[int | None, int | str | None]
    ) -> None:
        line, column = where
        if not isinstance(item, Mapping):
            out.reject(
                f"expected an object with the fact fields, got {type(item).__name__}", line, column
            )
            return
        try:
            fact = Fact.from_record(item, where=None)
        except ValidationError as exc:
            field = f"{column}.{exc.field}" if isinstance(column, str) and exc.field else column
            out.reject(str(exc), line, field, json.dumps(item, ensure_ascii=False)[:500])
            return
        out.accept([fact])

    def _walk_array(self, text: str, start: int, out: ResultBuilder) -> None:
        for offset, element, error in array_elements(text, start):
            line, column = line_and_column(text, offset)
            if error is None:
                self._record(out, element, (line, column))
            elif "not closed" in error:
                out.warn(f"{out.source.name}:{line}:{column}: {error}")
            else:
                out.reject(error, line, column, text[offset : offset + 200])

    def _walk_lines(self, text: str, out: ResultBuilder) -> None:
        # JSON Lines break only at \n: str.splitlines would also split at U+0085 and the like,
        # which json.dumps(ensure_ascii=False) leaves inside strings.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                out.reject(f"invalid JSON: {exc.msg}", number, exc.colno, line[:200])
                continue
            self._record(out, item, (number, None))


def _is_json_lines(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    try:
        json.loads(lines[0])
    except json.JSONDecodeError:
        return False
    return True


def _csv_row(record: dict[str, Any], fact: Fact) -> list[str]:
    row = []
    for name in (*RECORD_FIELDS, "source", "span", "derived_by"):
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
        writer.writerow([*RECORD_FIELDS, "source", "span", "derived_by"])
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
        Path(target).write_text(text, encoding="utf-8")
    else:
        target.write(text)
