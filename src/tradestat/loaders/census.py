"""US Census Bureau international trade API answers (JSON array of arrays, all strings).

The first inner array is the header (the ``get=`` variables, then every predicate, so a
name may appear twice: the first is read). The flow is the endpoint, which the answer does
not repeat: it comes from the value columns (``ALL_VAL_*`` exports, total FAS value;
``GEN_VAL_*`` general imports, customs value; ``CON_VAL_*`` imports for consumption;
``GEN_CIF_*`` imports CIF) or from the ``flow=`` option. ``*_MO`` is the month, ``*_YR``
the year to date through it. Values are exact US dollars. ``CTY_CODE`` is a Census
Schedule C code: ``-`` is the world total and group codes (``SUMMARY_LVL`` ``CGP``, codes
starting with 0 or holding an X) are aggregates, marked and never added to countries.
"""

from __future__ import annotations

import json
import re

from tradestat.errors import LoadError, ParseError, ValidationError
from tradestat.figures import Figure
from tradestat.loaders._sources import BINARY, number, options_of, origin, unknown_codes
from tradestat.loaders.base import Loader, LoadResult, ResultBuilder, Source
from tradestat.models import Fact, Flow, Measure, Provenance
from tradestat.partners import resolve
from tradestat.periods import Period

__all__ = ["CensusLoader", "VALUE_FIELDS"]

#: Value fields: (flow, segment, year-to-date).
VALUE_FIELDS: dict[str, tuple[Flow, str | None, bool]] = {
    "ALL_VAL_MO": (Flow.EXPORTS, None, False),
    "ALL_VAL_YR": (Flow.EXPORTS, None, True),
    "GEN_VAL_MO": (Flow.IMPORTS, None, False),
    "GEN_VAL_YR": (Flow.IMPORTS, None, True),
    "CON_VAL_MO": (Flow.IMPORTS, "imports for consumption", False),
    "CON_VAL_YR": (Flow.IMPORTS, "imports for consumption", True),
    "GEN_CIF_MO": (Flow.IMPORTS, "CIF value", False),
    "GEN_CIF_YR": (Flow.IMPORTS, "CIF value", True),
}
_OPTIONS = {
    "flow": "exports or imports (the endpoint), when the value columns do not say",
    "release": "the retrieval date or vintage, kept in provenance",
}
_GROUP = re.compile(r"^0|X", re.IGNORECASE)
US = "United States"


def _row_lines(text: str) -> list[int]:
    """The line on which each inner array of a JSON array of arrays starts (linear scan)."""
    lines: list[int] = []
    line, depth, in_string, escaped = 1, 0, False, False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "[":
            depth += 1
            if depth == 2:
                lines.append(line)
        elif ch == "]":
            depth -= 1
    return lines


class CensusLoader(Loader):
    """US Census international trade API JSON (exports or imports by country)."""

    name = "census"
    description = "US Census international trade API JSON (array of arrays; Schedule C codes)"
    kinds = ("json",)

    def sniff(self, source: Source) -> float:
        """Confident for an array of arrays whose header names Census trade fields."""
        if source.encoding == BINARY:
            return 0.0
        head = source.text.lstrip("\ufeff \r\n\t")[:2048]
        if not head.startswith("[") or not re.match(r"\[\s*\[", head):
            return 0.0
        first = head.split("]", 1)[0]
        if ("CTY_CODE" in first or "CTY_NAME" in first) and re.search(r'"[A-Z]+_(VAL|CIF)_', first):
            return 0.97
        return 0.0

    def load(self, source: Source, **options: str) -> LoadResult:
        """One record per data row: its value facts, or a rejection naming line and field."""
        opts = options_of(self.name, options, _OPTIONS, source.name)
        out = ResultBuilder(self.name, source)
        text = source.text.lstrip("\ufeff")
        if not text.strip():
            out.warn(
                f"{source.name}: empty: the Census API answers HTTP 204 with no body when "
                "there is no data for the query"
            )
            return out.result()
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            hint = " (an HTML or 'Invalid Key' page?)" if text.lstrip().startswith("<") else ""
            raise LoadError(
                f"invalid JSON{hint}: {exc.msg}", f"{source.name}:{exc.lineno}:{exc.colno}"
            ) from None
        if (
            not isinstance(document, list)
            or not document
            or not isinstance(document[0], list)
            or not all(isinstance(h, str) for h in document[0])
        ):
            raise LoadError("expected a JSON array of arrays with a header row", source.name)
        header = [h.strip().upper() for h in document[0]]
        first: dict[str, int] = {}
        for i, h in enumerate(header):
            first.setdefault(h, i)
        values = [h for h in VALUE_FIELDS if h in first]
        if not values:
            raise LoadError(
                f"no value field ({', '.join(VALUE_FIELDS)}) in the header", f"{source.name}:1"
            )
        flow_option = opts.get("flow", "").lower()
        if flow_option and flow_option not in ("exports", "imports"):
            raise LoadError(f"flow={flow_option!r}: expected exports or imports", source.name)
        lines = _row_lines(text)
        unknown: dict[str, str] = {}
        for index, row in enumerate(document[1:], start=1):
            line = lines[index] if index < len(lines) else None
            if not isinstance(row, list) or len(row) != len(header):
                width = len(row) if isinstance(row, list) else type(row).__name__
                out.reject(f"expected {len(header)} cells, got {width}", line, raw=str(row)[:300])
                continue
            cells = {h: str(row[i]) if row[i] is not None else "" for h, i in first.items()}
            try:
                facts = self._facts(cells, values, flow_option, (source.name, line), opts, unknown)
            except _FieldError as exc:
                column = first.get(exc.field)
                out.reject(
                    str(exc),
                    line,
                    None if column is None else column + 1,
                    json.dumps(row, ensure_ascii=False)[:300],
                )
                continue
            out.accept(facts)
        if unknown:
            out.warn(f"{source.name}: {unknown_codes('US Census Schedule C', unknown)}")
        return out.result()

    def _facts(
        self,
        cells: dict[str, str],
        values: list[str],
        flow_option: str,
        where: tuple[str, int | None],
        opts: dict[str, str],
        unknown: dict[str, str],
    ) -> list[Fact]:
        name, line = where
        month = self._month(cells)
        code, label = cells.get("CTY_CODE", "").strip(), cells.get("CTY_NAME", "").strip()
        notes = []
        if code == "-" or label.upper() == "TOTAL FOR ALL COUNTRIES":
            partner, aggregate = "World", True
        else:
            found = resolve("census", code, label) if (code or label) else None
            group = cells.get("SUMMARY_LVL", "") == "CGP" or bool(code and _GROUP.search(code))
            partner = found.name if found is not None else (label.title() or f"Census {code}")
            aggregate = group or (found is not None and found.aggregate)
            if found is None and not group:
                notes.append(f"partner Census {code} {label!r} not in the code table")
                unknown[code or label] = partner
        if code:
            notes.append(f"partner Census Schedule C {code}")
        if aggregate:
            notes.append("aggregate partner: never add to countries")
        release = opts.get("release") or None
        if release:
            notes.append(f"release {release}")
        elif cells.get("LAST_UPDATE"):
            release = f"LAST_UPDATE {cells['LAST_UPDATE']}"
        segment_parts = []
        commodity = cells.get("E_COMMODITY") or cells.get("I_COMMODITY")
        if commodity and commodity.upper() not in ("-", "TOTAL"):
            desc = cells.get("E_COMMODITY_SDESC") or cells.get("I_COMMODITY_SDESC") or ""
            segment_parts.append(f"HS {commodity} {desc}".strip())
        df = cells.get("DF", "")
        if df in ("1", "2"):
            segment_parts.append("domestic exports" if df == "1" else "re-exports")
        facts = []
        for field in values:
            flow, extra, ytd = VALUE_FIELDS[field]
            if flow_option and flow.value != flow_option:
                raise _FieldError(
                    f"{field} is an {flow.value} field but the option says flow={flow_option}",
                    field,
                )
            raw = cells.get(field, "").strip()
            if raw in ("", "-"):
                continue
            try:
                digits = number(raw)
            except ValueError:
                raise _FieldError(f"{field} {raw!r} is not a number", field) from None
            year, m = month
            period = (
                Period.parse(f"{year}-01/{year}-{m:02d}")
                if ytd and m > 1
                else Period.month(year, m)
            )
            segment = "; ".join([*segment_parts, *([extra] if extra else [])]) or None
            try:
                facts.append(
                    Fact(
                        subject=US,
                        period=period,
                        flow=flow,
                        measure=Measure.VALUE,
                        figure=Figure(digits, "USD"),
                        partner=partner,
                        segment=segment,
                        provenance=Provenance(
                            source=origin(
                                name,
                                line,
                                *notes,
                                f"{field}: {'year to date' if ytd else 'month'}",
                            ),
                            release=release,
                        ),
                    )
                )
            except ValidationError as exc:
                raise _FieldError(str(exc), field) from None
        return facts

    @staticmethod
    def _month(cells: dict[str, str]) -> tuple[int, int]:
        raw = cells.get("TIME", "").strip()
        if not raw and cells.get("YEAR") and cells.get("MONTH"):
            raw = f"{cells['YEAR'].strip()}-{cells['MONTH'].strip().zfill(2)}"
        try:
            period = Period.parse(raw)
        except ParseError:
            raise _FieldError(f"time {raw!r} is not a month (YYYY-MM)", "TIME") from None
        if period.kind != "month":
            raise _FieldError(f"time {raw!r} is not a month (YYYY-MM)", "TIME")
        return period.start_year, period.start_month


class _FieldError(ValueError):
    def __init__(self, reason: str, field: str) -> None:
        super().__init__(reason)
        self.field = field
