"""Read monthly customs tables into tradestat facts.

The format, as customs offices publish it::

    # subject: Xinjiang
    # unit: 亿元
    month,exports,imports,total,exports_yoy,imports_yoy,total_yoy
    2025-01/2025-02,452.1,144.1,596.2,18.3,4.6,14.7
    2025-03,409.5,135.8,545.3,...

``# key: value`` lines before the header give the subject (required) and the unit (default
亿元). Headers may be English or Chinese (月份, 出口, 进口, 进出口, 出口同比, 进口同比,
进出口同比). An empty cell states nothing. Each row is one record: all of its facts load, or
the row is rejected with the column of the first bad cell.
"""

from __future__ import annotations

import csv

from tradestat import Fact, Figure, Period, Provenance, TradestatError, parse_money
from tradestat.errors import ParseError
from tradestat.loaders import Loader, LoadResult, ResultBuilder, Source, csv_rows

#: Header names (English and Chinese) and what each column states.
COLUMNS = {
    "month": ("period", None),
    "月份": ("period", None),
    "exports": ("value", "exports"),
    "出口": ("value", "exports"),
    "imports": ("value", "imports"),
    "进口": ("value", "imports"),
    "total": ("value", "total"),
    "进出口": ("value", "total"),
    "balance": ("value", "balance"),
    "贸易差额": ("value", "balance"),
    "exports_yoy": ("yoy_growth", "exports"),
    "出口同比": ("yoy_growth", "exports"),
    "imports_yoy": ("yoy_growth", "imports"),
    "进口同比": ("yoy_growth", "imports"),
    "total_yoy": ("yoy_growth", "total"),
    "进出口同比": ("yoy_growth", "total"),
}


def _split_metadata(text: str) -> tuple[dict[str, str], int, list[str]]:
    """The ``# key: value`` lines, the number of lines they take, and the rest."""
    lines = text.splitlines()
    meta: dict[str, str] = {}
    skipped = 0
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        key, _, value = stripped.lstrip("#").partition(":")
        meta[key.strip().lower()] = value.strip()
        skipped += 1
    return meta, skipped, lines[skipped:]


class CustomsTableLoader(Loader):
    """Monthly customs tables: exports, imports and total with year-on-year growth."""

    name = "customs-table"
    description = "monthly customs tables (exports/imports/total, 亿元, with yoy growth)"
    kinds = ("csv",)

    def sniff(self, source: Source) -> float:
        """Confident when the header names a month column and exports and imports."""
        _, _, rest = _split_metadata(source.text.lstrip("\ufeff")[:4096])
        header = {h.strip().lower() for h in (rest[0].split(",") if rest else [])}
        has_month = bool(header & {"month", "月份"})
        has_flows = bool(header & {"exports", "出口"}) and bool(header & {"imports", "进口"})
        return 0.9 if has_month and has_flows else 0.0

    def load(self, source: Source) -> LoadResult:
        """One record per row; a bad cell rejects its row, naming line and column."""
        out = ResultBuilder(self.name, source)
        meta, skipped, rest = _split_metadata(source.text.lstrip("\ufeff"))
        subject = meta.get("subject")
        if not subject:
            raise TradestatError(f"{source.name}: a '# subject: NAME' line is required")
        unit_word = meta.get("unit", "亿元")
        try:
            unit = parse_money(f"1 {unit_word}").unit
        except ParseError:
            raise TradestatError(
                f"{source.name}:{list(meta).index('unit') + 1}: "
                f"unit {unit_word!r} is not a money unit"
            ) from None
        reader = csv.reader(rest)
        header = [h.strip().lower() for h in next(reader, [])]
        unknown = [h for h in header if h not in COLUMNS]
        if not header or unknown:
            raise TradestatError(
                f"{source.name}:{skipped + 1}: unknown column(s) {', '.join(unknown) or '(none)'};"
                f" expected {', '.join(COLUMNS)}"
            )
        for line, row in csv_rows(reader, out, len(header), line_offset=skipped):
            facts, problem = self._row(subject, unit, header, row, source.name)
            if problem is not None:
                column, reason = problem
                out.reject(reason, line, column, ",".join(row))
            else:
                out.accept(facts)
        return out.result()

    def _row(
        self, subject: str, unit: str, header: list[str], row: list[str], source: str
    ) -> tuple[list[Fact], tuple[int, str] | None]:
        period_column = next(i for i, h in enumerate(header) if COLUMNS[h][0] == "period")
        try:
            period = Period.parse(row[period_column].strip())
        except ParseError as exc:
            return [], (period_column + 1, str(exc))
        facts = []
        for i, (name, cell) in enumerate(zip(header, row, strict=True)):
            measure, flow = COLUMNS[name]
            if measure == "period" or not cell.strip():
                continue
            try:
                figure = Figure(cell.strip(), unit if measure == "value" else "percent")
                facts.append(
                    Fact(subject, period, flow, measure, figure, provenance=Provenance(source))
                )
            except TradestatError as exc:
                return [], (i + 1, f"column {name!r}: {exc}")
        return facts, None
