"""UN Comtrade data exports: the site's CSV downloads and the API's JSON.

Each row is one trade value in US dollars: reporter (the subject), partner ("World" for
partner code 0), period (``2023`` annual, ``202306`` monthly), flow (M imports, X exports,
RM re-imports, RX re-exports, DX domestic exports, FM foreign imports) and commodity. A
commodity other than TOTAL, a second partner, a customs procedure or a transport mode other
than "all" becomes the fact's segment, so no breakdown is mistaken for the total. Site
downloads are often ISO-8859-1; the loader falls back to it with a warning.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping

import pint

from tradestat.errors import FigureError, LoadError, ParseError, ValidationError
from tradestat.figures import Figure, to_decimal
from tradestat.loaders._json import DuplicateKeys, array_elements, element_reason, loads
from tradestat.loaders.base import (
    CsvWalker,
    LineIndex,
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
from tradestat.models import Fact, Flow, Measure, Provenance
from tradestat.periods import Period
from tradestat.units import parse_unit

__all__ = ["ComtradeLoader", "COMTRADE_COLUMNS", "FLOW_CODES"]

#: The header of a Comtrade data export, in order.
COMTRADE_COLUMNS = [
    "typeCode",
    "freqCode",
    "refPeriodId",
    "refYear",
    "refMonth",
    "period",
    "reporterCode",
    "reporterISO",
    "reporterDesc",
    "flowCode",
    "flowDesc",
    "partnerCode",
    "partnerISO",
    "partnerDesc",
    "partner2Code",
    "partner2ISO",
    "partner2Desc",
    "classificationCode",
    "classificationSearchCode",
    "isOriginalClassification",
    "cmdCode",
    "cmdDesc",
    "aggrLevel",
    "isLeaf",
    "customsCode",
    "customsDesc",
    "mosCode",
    "motCode",
    "motDesc",
    "qtyUnitCode",
    "qtyUnitAbbr",
    "qty",
    "isQtyEstimated",
    "altQtyUnitCode",
    "altQtyUnitAbbr",
    "altQty",
    "isAltQtyEstimated",
    "netWgt",
    "isNetWgtEstimated",
    "grossWgt",
    "isGrossWgtEstimated",
    "cifvalue",
    "fobvalue",
    "primaryValue",
    "legacyEstimationFlag",
    "isReported",
    "isAggregate",
]

#: Comtrade flow codes: the flow and, for sub-flows, the segment they name.
FLOW_CODES: dict[str, tuple[Flow, str | None]] = {
    "M": (Flow.IMPORTS, None),
    "X": (Flow.EXPORTS, None),
    "RM": (Flow.IMPORTS, "re-imports"),
    "RX": (Flow.EXPORTS, "re-exports"),
    "DX": (Flow.EXPORTS, "domestic exports"),
    "FM": (Flow.IMPORTS, "foreign imports"),
}
_NEEDED = ("reporterCode", "flowCode", "partnerCode", "primaryValue")
#: The fields a row is read from; in JSON each must be text, a number, true/false or null.
_USED = (
    "typeCode",
    "freqCode",
    "refPeriodId",
    "refYear",
    "refMonth",
    "period",
    "reporterCode",
    "reporterISO",
    "reporterDesc",
    "flowCode",
    "partnerCode",
    "partnerISO",
    "partnerDesc",
    "partner2Code",
    "partner2Desc",
    "classificationCode",
    "cmdCode",
    "cmdDesc",
    "customsCode",
    "customsDesc",
    "motCode",
    "motDesc",
    "primaryValue",
)
_DATA_KEY = re.compile(r'"data"\s*:\s*\[')


class RowError(ValueError):
    """A Comtrade row that cannot become a fact; ``field`` names the column."""

    def __init__(self, reason: str, field: str | None) -> None:
        super().__init__(reason)
        self.field = field


def _text(row: Mapping[str, object], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def _period(row: Mapping[str, object]) -> Period:
    return _period_of(
        _text(row, "freqCode").upper(),
        _text(row, "period") or _text(row, "refPeriodId")[:6],
        _text(row, "refYear"),
        _text(row, "refMonth"),
    )


@functools.lru_cache(maxsize=4096)
def _period_of(freq: str, raw: str, year: str, month: str) -> Period:
    """The period of a row, read once per distinct text (a file repeats a few periods)."""
    try:
        if raw:
            period = Period.parse(raw)
        else:
            period = (
                Period.year(int(year))
                if freq == "A" or month in ("", "52")
                else Period.month(int(year), int(month))
            )
    except (ParseError, ValueError):
        raise RowError(
            f"period {raw!r} is not a Comtrade period (2023 or 202306)", "period"
        ) from None
    if freq == "A" and period.kind != "year":
        raise RowError(f"annual row (freqCode A) with period {raw!r}", "period")
    if freq == "M" and period.kind != "month":
        raise RowError(f"monthly row (freqCode M) with period {raw!r}", "period")
    return period


def _is_total(code: str, *totals: str) -> bool:
    return code == "" or code.upper() in totals


def _segment(row: Mapping[str, object], flow_segment: str | None) -> str | None:
    parts = []
    if _text(row, "typeCode").upper() == "S":
        parts.append("services")
    if flow_segment:
        parts.append(flow_segment)
    cmd = _text(row, "cmdCode")
    if not _is_total(cmd, "TOTAL", "ALL"):
        classification = _text(row, "classificationCode")
        scheme = (
            "HS" if classification.upper().startswith("H") or not classification else classification
        )
        parts.append(f"{scheme} {cmd} {_text(row, 'cmdDesc')}".strip())
    if not _is_total(_text(row, "partner2Code"), "0"):
        parts.append(f"via {_text(row, 'partner2Desc') or _text(row, 'partner2Code')}")
    if not _is_total(_text(row, "customsCode"), "C00"):
        parts.append(_text(row, "customsDesc") or f"customs procedure {_text(row, 'customsCode')}")
    if not _is_total(_text(row, "motCode"), "0"):
        parts.append(f"transport: {_text(row, 'motDesc') or _text(row, 'motCode')}")
    return "; ".join(parts) or None


#: Kinds of JSON value a row's fields may have (bool is an int).
_SCALARS = frozenset((str, int, float, bool, type(None)))


def _check_kinds(row: Mapping[str, object]) -> None:
    if all(map(_SCALARS.__contains__, map(type, row.values()))):
        return  # the usual row: no list, object or over-long integer anywhere
    for key in _USED:
        value = row.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise RowError(
                f"{key} is a {type(value).__name__}: expected text, a number or null", key
            )


def fact_from_row(
    row: Mapping[str, object],
    source: str,
    *,
    all_text: bool = False,
    provenance: Provenance | None = None,
) -> Fact:
    """One Comtrade row as a value fact in US dollars; :class:`RowError` says why not.

    ``all_text`` says every cell is text (a CSV row), so the kinds need no check;
    ``provenance`` (the same for every row of a file) saves building one per row.
    """
    if not all_text:
        _check_kinds(row)
    subject = _text(row, "reporterDesc") or _text(row, "reporterISO")
    if not subject:
        raise RowError("no reporter (reporterDesc and reporterISO are empty)", "reporterDesc")
    code = _text(row, "flowCode").upper()
    if code not in FLOW_CODES:
        known = ", ".join(FLOW_CODES)
        raise RowError(f"flow code {code!r} is not one tradestat maps ({known})", "flowCode")
    flow, flow_segment = FLOW_CODES[code]
    partner_code = _text(row, "partnerCode")
    partner = (
        "World" if partner_code == "0" else (_text(row, "partnerDesc") or _text(row, "partnerISO"))
    )
    if not partner:
        raise RowError("no partner (partnerDesc and partnerISO are empty)", "partnerDesc")
    value = row.get("primaryValue")
    if value is None or str(value).strip() == "":
        raise RowError("primaryValue is empty", "primaryValue")
    if isinstance(value, str):
        try:
            value, _ = number_text(value)
        except NumberTextError as exc:
            raise RowError(f"primaryValue {exc}", "primaryValue") from None
    try:
        digits = to_decimal(value if isinstance(value, (int, float, str)) else str(value))
    except FigureError:
        raise RowError(f"primaryValue {value!r} is not a number", "primaryValue") from None
    period = _period(row)
    try:
        return Fact(
            subject=subject,
            period=period,
            flow=flow,
            measure=Measure.VALUE,
            figure=Figure(digits, _usd()),
            partner=partner,
            segment=_segment(row, flow_segment),
            provenance=Provenance(source=source) if provenance is None else provenance,
        )
    except ValidationError as exc:
        raise RowError(str(exc), "primaryValue" if exc.field == "value" else exc.field) from None


@functools.cache
def _usd() -> pint.Unit:
    return parse_unit("USD")


class ComtradeLoader(StreamingLoader):
    """UN Comtrade exports: CSV as downloaded from the site, or the API's JSON."""

    name = "comtrade"
    description = "UN Comtrade data exports (site CSV download or API JSON), values in USD"
    kinds = ("csv", "json")

    def sniff(self, source: Source) -> float:
        """Confident when the Comtrade column names are there."""
        head = source.text[:8192]
        if all(c in head for c in _NEEDED):
            return 0.97
        return 0.0

    def load(self, source: Source) -> LoadResult:
        """Every row becomes a value fact or a rejection naming line and column."""
        text = source.text.lstrip("\ufeff")
        out = ResultBuilder(self.name, source)
        if not text.strip():
            out.warn(f"{source.name}: empty source, no records")
            return out.result()
        if text.lstrip().startswith("{"):
            self._load_json(text, out)
        else:
            for _ in self.walk(source, text_lines(text), out):
                pass
        return out.result()

    def streams(self, source: Source) -> bool:
        """CSV streams; the API's JSON is read whole."""
        return not source.text.lstrip("\ufeff \t\r\n").startswith("{")

    def walk(self, source: Source, lines: Iterable[str], out: ResultBuilder) -> Iterator[None]:
        """Every CSV row becomes a value fact or a rejection naming line and column."""
        iterator = without_bom(lines)
        head = next(iterator, "")
        line = first_line(head)
        found = header_delimiter(line, _NEEDED) if line is not None else None
        rest = itertools.chain((head,) if head else (), iterator)
        walker = CsvWalker(rest, found[0] if found else ",")
        read = walker.header(source.name)
        header_line, cells = read if read is not None else (1, [])
        header = [h.strip().lstrip("\ufeff") for h in cells]
        missing = [c for c in _NEEDED if c not in header]
        if missing:
            raise LoadError(
                f"not a Comtrade export: the header lacks {', '.join(missing)}",
                f"{source.name}:{header_line}",
            )
        twice = duplicate_column(header)
        if twice is not None:
            name, first, second = twice
            raise LoadError(
                f"column {name!r} appears twice (columns {first} and {second}): "
                "expected each column once",
                f"{source.name}:{header_line}:{second}",
            )
        provenance = Provenance(source=source.name)
        for row_line, row in walker.records(out, len(header)):
            if row is None:
                yield
                continue
            record = dict(zip(header, row, strict=True))
            try:
                fact = fact_from_row(record, source.name, all_text=True, provenance=provenance)
            except RowError as exc:
                column = header.index(exc.field) + 1 if exc.field in header else None
                out.reject(str(exc), row_line, column, walker.delimiter.join(row)[:500])
                yield
                continue
            out.accept([fact])
            yield

    def _load_json(self, text: str, out: ResultBuilder) -> None:
        match = _DATA_KEY.search(text)
        if match is None:
            try:
                loads(text)
            except json.JSONDecodeError as exc:
                raise LoadError(
                    f"invalid JSON: {exc.msg}", f"{out.source.name}:{exc.lineno}:{exc.colno}"
                ) from None
            except (ValueError, RecursionError) as exc:
                raise LoadError(f"invalid JSON: {exc}", out.source.name) from None
            raise LoadError('expected a Comtrade JSON object with a "data" list', out.source.name)
        index = LineIndex(text)
        provenance = Provenance(source=out.source.name)
        number = 0
        for element in array_elements(text, match.end() - 1):
            line, column = index.locate(element.offset)
            if element.error is not None:
                if not element.record:
                    out.warn(f"{out.source.name}:{line}:{column}: {element.error}")
                else:
                    number += 1
                    raw = text[element.offset : element.offset + 200]
                    out.reject(element_reason(element, index), line, column, raw)
                continue
            label = f"data[{number}]"
            number += 1
            row = element.value
            if not isinstance(row, Mapping):
                out.reject(f"{label} is a {type(row).__name__}, not a row object", line, column)
                continue
            if isinstance(row, DuplicateKeys):
                keys = ", ".join(repr(k) for k in row.duplicates)
                out.reject(
                    f"{label}: key(s) {keys} given twice in one row", line, column, _raw(row)
                )
                continue
            guessed = None
            if out.source.guessed_lines:  # the last line is only needed then
                guessed = out.guessed(line, index.line(max(element.end - 1, element.offset)))
            if guessed is not None:
                out.reject(guessed, line, column, _raw(row))
                continue
            try:
                fact = fact_from_row(row, out.source.name, provenance=provenance)
            except RowError as exc:
                where = f"{label}.{exc.field}" if exc.field else column
                out.reject(str(exc), line, where, _raw(row))
                continue
            out.accept([fact])


def _raw(row: Mapping[str, object]) -> str:
    """A rejected row as JSON text (only rejected rows pay for it)."""
    return json.dumps(row, ensure_ascii=False, default=str)[:500]
