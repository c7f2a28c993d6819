"""China Customs (GACC) files: the online query platform's CSV and the monthly tables.

``gacc-query`` reads the CSV the query platform (stats.customs.gov.cn) downloads: GB18030,
every field quoted, a trailing comma on every line, Chinese or English headers read by name,
the value in full yuan or US dollars (header 人民币/美元, "Renminbi Yuan"/"US dollar") with
thousands separators. The file never says its flow, and an aggregated download has no period
column: both come from options (``flow="exports"``, ``period="2025-01/2025-03"``) and are
recorded in each fact's provenance. Partners are GACC 3-digit codes, resolved to English
names (the code is kept in provenance). A file of exactly 10,000 rows is probably truncated
(the platform's silent cap): a warning says so.

``gacc-table`` reads the monthly tables (统计快讯 Express, 统计月报 Bulletin) as .xlsx or HTML:
the ``单位：`` row gives the scale, the two-row merged header gives flow and period per column
(M月 the month, 1至M月 the cumulative months, 累计比去年同期±% the cumulative growth), 其中：
and indentation give the structure, ``-`` is no value, the 注： footnote ends the table.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Mapping

import attrs

from tradestat import places
from tradestat.errors import LoadError, ParseError, ValidationError
from tradestat.figures import Figure
from tradestat.loaders._grid import read_grid
from tradestat.loaders._sources import (
    BINARY,
    decode_chinese,
    number,
    options_of,
    origin,
    scale_unit,
    unknown_codes,
)
from tradestat.loaders.base import Loader, LoadResult, ResultBuilder, Source, csv_rows
from tradestat.models import Fact, Flow, Measure, Provenance
from tradestat.partners import resolve
from tradestat.periods import Period

__all__ = ["GaccQueryLoader", "GaccTableLoader", "QUERY_COLUMNS", "ROW_CAP"]

#: The query platform's silent download cap.
ROW_CAP = 10_000

#: Header (Chinese and English UI) -> field.
QUERY_COLUMNS = {
    "数据年月": "period",
    "date of data": "period",
    "商品编码": "hs",
    "commodity code": "hs",
    "商品名称": "hs_name",
    "commodity": "hs_name",
    "贸易伙伴编码": "partner_code",
    "trading partner code": "partner_code",
    "贸易伙伴名称": "partner",
    "trading partner": "partner",
    "贸易方式编码": "regime_code",
    "customs regime code": "regime_code",
    "贸易方式名称": "regime",
    "customs regime": "regime",
    "注册地编码": "region_code",
    "locations of importers and exporters code": "region_code",
    "注册地名称": "region",
    "locations of importers and exporters": "region",
    "第一数量": "qty1",
    "quantity": "qty1",
    "第一计量单位": "unit1",
    "unit": "unit1",
    "第二数量": "qty2",
    "supplementary quantity": "qty2",
    "supplimentary quantity": "qty2",
    "第二计量单位": "unit2",
    "supplementary unit": "unit2",
    "supplimentary unit": "unit2",
    "人民币": "value:CNY",
    "人民币元": "value:CNY",
    "renminbi yuan": "value:CNY",
    "美元": "value:USD",
    "金额_美元": "value:USD",
    "us dollar": "value:USD",
}

_FLOWS = {
    "exports": Flow.EXPORTS,
    "export": Flow.EXPORTS,
    "出口": Flow.EXPORTS,
    "0": Flow.EXPORTS,
    "imports": Flow.IMPORTS,
    "import": Flow.IMPORTS,
    "进口": Flow.IMPORTS,
    "1": Flow.IMPORTS,
    "total": Flow.TOTAL,
    "进出口": Flow.TOTAL,
}

_QUERY_OPTIONS = {
    "flow": "exports, imports or total (出口, 进口, 进出口; the query's iEType 0/1)",
    "period": "the months an aggregated download covers (2025-03, 2025-01/2025-03)",
    "reporter": "who reports (default China)",
    "release": "the release or retrieval date, kept in provenance",
}


def _flow_option(value: str | None, where: str) -> Flow:
    if value is None or not value:
        raise LoadError(
            "a China Customs query download does not say its flow: pass "
            "flow=exports|imports|total (load(..., flow='exports'), -o flow=exports)",
            where,
        )
    flow = _FLOWS.get(value.strip().lower())
    if flow is None:
        raise LoadError(f"flow={value!r}: expected exports, imports or total", where)
    return flow


def _mojibake(words: list[str]) -> list[str]:
    """The Chinese headers as GB18030 bytes read as cp1252/latin-1 (what sniff sees)."""
    out = []
    for word in words:
        raw = word.encode("gb18030")
        for encoding in ("cp1252", "iso-8859-1"):
            try:
                out.append(raw.decode(encoding))
            except UnicodeDecodeError:
                continue
    return out


_SNIFF_WORDS = ["贸易伙伴编码", "商品编码", "数据年月", "第一计量单位"]
_SNIFF_FORMS = _SNIFF_WORDS + _mojibake(_SNIFF_WORDS)


class GaccQueryLoader(Loader):
    """China Customs query-platform CSV downloads (GB18030, Chinese or English headers)."""

    name = "gacc-query"
    description = "China Customs query platform CSV (GB18030; flow= and period= as options)"
    kinds = ("csv",)

    def sniff(self, source: Source) -> float:
        """Confident when the header has the platform's column names."""
        if source.encoding == BINARY:
            return 0.0
        head = source.text[:2048]
        first = head.split("\n", 1)[0]
        if any(form in first for form in _SNIFF_FORMS):
            return 0.96
        lowered = first.lower()
        if '"trading partner code"' in lowered or '"commodity code"' in lowered:
            return 0.96
        return 0.0

    def load(self, source: Source, **options: str) -> LoadResult:
        """One value fact per row; flow (and period, when the file has none) from options."""
        opts = options_of(self.name, options, _QUERY_OPTIONS, source.name)
        if source.encoding == BINARY:
            raise LoadError("a binary file, not a query-platform CSV", source.name)
        text, warnings = decode_chinese(source)
        # the text is decoded again from the bytes, so the UTF-8 fallback's warning is moot
        out = ResultBuilder(self.name, attrs.evolve(source, warnings=()))
        for warning in warnings:
            out.warn(warning)
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            raw_header = next(reader, None)
        except csv.Error as exc:
            raise LoadError(f"unreadable CSV header: {exc}", f"{source.name}:1") from None
        if raw_header is None:
            out.warn(f"{source.name}: empty source, no records")
            return out.result()
        header = [h.strip().lstrip("\ufeff") for h in raw_header]
        fields = [QUERY_COLUMNS.get(h.lower(), QUERY_COLUMNS.get(h, "")) for h in header]
        values = [i for i, f in enumerate(fields) if f.startswith("value:")]
        if len(values) != 1:
            raise LoadError(
                "expected one value column (人民币 or 美元, 'Renminbi Yuan' or 'US dollar'), "
                f"found {len(values)}; header {','.join(header)}",
                f"{source.name}:1",
            )
        ignored = [h for h, f in zip(header, fields, strict=True) if h and not f]
        if ignored:
            out.warn(f"{source.name}:1: ignored unknown column(s) {', '.join(ignored)}")
        value_col = values[0]
        currency = fields[value_col].split(":", 1)[1]
        col = {f: i for i, f in enumerate(fields) if f}
        flow = _flow_option(opts.get("flow"), source.name)
        fixed_period: Period | None = None
        if "period" not in col and not opts.get("period"):
            raise LoadError(
                "this download has no 数据年月 (Date of data) column (an aggregate over the "
                "queried months): pass period=2025-01/2025-03",
                source.name,
            )
        if opts.get("period"):
            try:
                fixed_period = Period.parse(opts["period"])
            except ParseError as exc:
                raise LoadError(f"period={opts['period']!r}: {exc}", source.name) from None
        reporter = opts.get("reporter") or places.CHINA
        notes_file = [
            f"flow {flow.value} (option flow={opts['flow']})",
            f"period {fixed_period} (option period)" if "period" not in col else "",
            f"release {opts['release']}" if opts.get("release") else "",
        ]
        rows = 0
        periods: dict[str, Period] = {}  # a download has few distinct months
        unknown: dict[str, str] = {}  # partner codes the table lacks -> what they were kept as
        for line, row in csv_rows(reader, out, len(header)):
            rows += 1
            cells = {f: row[i].strip() for f, i in col.items()}
            try:
                fact = self._fact(
                    cells,
                    reporter,
                    flow,
                    fixed_period,
                    currency,
                    (source.name, line, notes_file, ",".join(row).rstrip(",")),
                    periods,
                    opts.get("release") or None,
                    unknown,
                )
            except _CellError as exc:
                column = col.get(exc.field)
                out.reject(str(exc), line, None if column is None else column + 1, ",".join(row))
                continue
            out.accept([fact])
        if unknown:
            out.warn(f"{source.name}: {unknown_codes('China Customs (GACC)', unknown)}")
        if rows == ROW_CAP:
            out.warn(
                f"{source.name}: exactly {ROW_CAP} rows, the query platform's download cap: "
                "the file is probably truncated; split the query (fewer months or partners)"
            )
        return out.result()

    def _fact(
        self,
        cells: Mapping[str, str],
        reporter: str,
        flow: Flow,
        fixed: Period | None,
        currency: str,
        where: tuple[str, int, list[str], str],
        periods: dict[str, Period],
        release: str | None,
        unknown: dict[str, str],
    ) -> Fact:
        notes: list[str] = []
        if fixed is not None:
            period = fixed
        else:
            raw = cells.get("period", "")
            try:
                period = periods.get(raw) or periods.setdefault(raw, Period.parse(raw))
            except ParseError:
                raise _CellError(f"数据年月 {raw!r} is not a month (YYYYMM)", "period") from None
            if period.kind != "month":
                raise _CellError(f"数据年月 {raw!r} is not a month (YYYYMM)", "period")
        partner = places.WORLD
        code, label = cells.get("partner_code", ""), cells.get("partner", "")
        if code or label:
            found = resolve("gacc", code, label) if code else resolve("gacc", "", label)
            if found is None:
                partner = label or f"GACC partner {code}"
                notes.append(f"partner GACC {code} {label!r} not in the code table")
                unknown[code or label] = partner
            else:
                partner = found.name
                notes.append(f"partner GACC {code}" if code else f"partner {label!r}")
                if found.aggregate:
                    notes.append("aggregate partner: never add to other partners")
        subject = reporter
        region = cells.get("region", "")
        if region:
            subject = _province(region)
            notes.append(f"注册地 {cells.get('region_code', '')} {region}".strip())
        segment = []
        if cells.get("hs"):
            segment.append(f"HS {cells['hs']} {cells.get('hs_name', '')}".strip())
        if cells.get("regime_code") or cells.get("regime"):
            segment.append(
                f"trade mode {cells.get('regime_code', '')} {cells.get('regime', '')}".strip()
            )
        raw_value = cells.get(f"value:{currency}", "")
        try:
            digits = number(raw_value)
        except ValueError:
            raise _CellError(f"value {raw_value!r} is not a number", f"value:{currency}") from None
        try:
            return Fact(
                subject=subject,
                period=period,
                flow=flow,
                measure=Measure.VALUE,
                figure=Figure(digits, currency),
                partner=partner,
                segment="; ".join(segment) or None,
                provenance=Provenance(
                    source=origin(where[0], where[1], *notes, *where[2]),
                    quote=where[3],
                    release=release,
                ),
            )
        except ValidationError as exc:
            raise _CellError(str(exc), f"value:{currency}") from None


@functools.cache
def _province_forms() -> dict[str, str]:
    return places.written_forms(places.PlaceKind.PROVINCE)


@functools.cache
def _province(name: str) -> str:
    """The canonical name of a province as the query platform writes it, else the name."""
    forms = _province_forms()
    key = " ".join(name.split())
    bare = re.sub(r"\s+(province|city|municipality|autonomous region)$", "", key, flags=re.I)
    for form in (key, key.lower(), bare, bare.lower()):
        if form in forms:
            return forms[form]
    return key


class _CellError(ValueError):
    def __init__(self, reason: str, field: str) -> None:
        super().__init__(reason)
        self.field = field


# --------------------------------------------------------------------------- monthly tables

_TITLE_PERIOD = re.compile(r"(\d{4})\s*年\s*(?:1\s*[至-]\s*)?(\d{1,2})\s*月")
_EN_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_EN_TITLE_PERIOD = re.compile(r"\b([A-Z][a-z]{2})[a-z]*\.?\s+(\d{4})\b")
_CUMULATIVE = re.compile(
    r"^\s*1\s*(?:至|-|－|~)\s*(?:to\s*-?\s*)?(\d{1,2})\s*月?\s*$", re.IGNORECASE
)
_MONTH = re.compile(r"^\s*(\d{1,2})\s*月?\s*$")
_OF_WHICH = re.compile(r"^(?:其中[：:]|of which[：:]?)\s*", re.IGNORECASE)
_INDENT = re.compile(r"^[\s\u00a0\u3000]*")
_TABLE_OPTIONS = {
    "release": "快讯 (Express, preliminary) or 月报 (Bulletin); default from the title",
    "period": "the month the table is for, when its title does not say (2026-03)",
    "reporter": "who reports (default China)",
}


def _flow_word(text: str) -> Flow | None:
    t = text.replace(" ", "").lower()
    if "进出口" in t or "export&import" in t or "exportandimport" in t or t == "total":
        return Flow.TOTAL
    if "贸易差额" in t or "balance" in t:
        return Flow.BALANCE
    if "出口" in t or t.startswith("export"):
        return Flow.EXPORTS
    if "进口" in t or t.startswith("import"):
        return Flow.IMPORTS
    return None


def _is_growth(text: str) -> bool:
    t = text.replace(" ", "").lower()
    return "±" in t or "同比" in t or "year-on-year" in t or "%" in t


class GaccTableLoader(Loader):
    """China Customs monthly tables (统计快讯 / 统计月报) as .xlsx or HTML."""

    name = "gacc-table"
    description = "China Customs monthly tables (.xlsx or HTML): 单位 row, merged headers, 其中"
    kinds = ("xlsx", "html", "htm", "xls")

    def sniff(self, source: Source) -> float:
        """Confident for an xlsx or an HTML page whose text has a customs table's marks."""
        if source.encoding == BINARY:
            if source.suffix in ("xlsx", "xls") and source.path is not None:
                return 0.6
            return 0.0
        head = source.text[:20000]
        if (
            "<t" in head.lower()
            and ("单位" in head or "Unit:" in head)
            and ("总值表" in head or "量值表" in head or "Export &amp; Import" in head)
        ):
            return 0.9
        return 0.0

    def load(self, source: Source, **options: str) -> LoadResult:
        """One record per data row: its facts (value and growth per column) or a rejection."""
        opts = options_of(self.name, options, _TABLE_OPTIONS, source.name)
        out = ResultBuilder(self.name, source)
        grid = read_grid(source)
        rows = grid.rows
        title, unit, unit_row = "", None, -1
        for r, row in enumerate(rows[:8]):
            for cell in row:
                text = cell.strip()
                if not text:
                    continue
                if ("表" in text or "Values" in text or "Value" in text) and not title:
                    title = text
                found = scale_unit(text) if ("单位" in text or "Unit" in text) else None
                if found is not None:
                    unit, unit_row = found, r
        if unit is None:
            raise LoadError(
                "no 单位 (Unit:) row above the header: the table's scale is unknown",
                source.name,
            )
        year, month = self._title_period(title, opts.get("period"), source.name)
        release: str | None = opts.get("release") or (
            "快讯 (Express, preliminary)"
            if ("主要国别" in title or "重点商品" in title)
            else ("月报 (Bulletin)" if title and "年" in title else None)
        )
        table_flow = _flow_word(title) if "商品量值表" in title else None
        header_rows, first_data = self._header(rows, unit_row)
        columns = self._columns(rows, header_rows, year, month, unit, table_flow)
        if not columns:
            raise LoadError(
                "no value columns recognised in the header (进出口/出口/进口 by month)",
                f"{source.name}:{grid.lines[unit_row + 1] if unit_row + 1 < len(rows) else 1}",
            )
        reporter = opts.get("reporter") or places.CHINA
        commodity = any(
            "商品" in c or "commodity" in c.lower() for r in header_rows for c in rows[r]
        )
        stack: list[tuple[int, str]] = []
        parent_group: str | None = None
        for r in range(first_data, len(rows)):
            row = rows[r]
            line = grid.lines[r]
            label_raw = row[0] if row else ""
            label = label_raw.strip().replace("\u3000", "").strip()
            if not any(c.strip() for c in row):
                continue
            if re.match(r"^(注|note)\s*[：:.]", label, re.IGNORECASE):
                out.warn(f"{source.name}:{line}: footnote ignored: {label[:60]}")
                break
            indent = len(_INDENT.match(label_raw.replace("\u3000", "  ")).group(0))  # type: ignore[union-attr]
            of_which = bool(_OF_WHICH.match(label))
            name = _OF_WHICH.sub("", label).rstrip("*").strip()
            has_values = any(row[c].strip() not in ("", "-", "—", "#") for c, *_ in columns)
            if not name or (of_which and not has_values):
                out.accept([])  # a 其中： sub-heading: structure, no values
                continue
            while stack and stack[-1][0] >= indent and not of_which:
                stack.pop()
            facts = []
            problem = None
            if commodity:
                path = [s for _, s in stack] + [name]
                partner, segment, notes = places.WORLD, " > ".join(path), []
            else:
                who = resolve("gacc", "", name) or resolve(
                    "gacc", "", re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", name)
                )
                partner = who.name if who is not None else name
                if name in ("总值", "Total", "总计"):
                    partner = places.WORLD
                segment = None
                notes = [f"label {name!r}"]
                if of_which and parent_group:
                    notes.append(f"of which: part of {parent_group}, never add to it")
                elif stack and stack[-1][0] < indent:
                    notes.append(f"indented: part of {stack[-1][1]}, never add to it")
                if not of_which:
                    parent_group = partner
                if places.is_group(partner) or partner == places.WORLD or who is None:
                    notes.append("aggregate or unresolved label: not a single economy")
            for c, flow, period, measure, col_unit in columns:
                cell = row[c].strip() if c < len(row) else ""
                if cell in ("", "-", "—", "#", "…"):
                    continue
                try:
                    digits = number(cell)
                except ValueError:
                    problem = (f"{cell!r} is not a number", c)
                    break
                try:
                    facts.append(
                        Fact(
                            subject=reporter,
                            period=period,
                            flow=flow,
                            measure=measure,
                            figure=Figure(digits, col_unit),
                            partner=partner,
                            segment=segment,
                            provenance=Provenance(
                                source=origin(
                                    source.name,
                                    line,
                                    f"table {title}" if title else "",
                                    f"unit {unit} from the 单位 row",
                                    f"release {release}" if release else "",
                                    *notes,
                                ),
                                quote=" | ".join(row),
                                release=release,
                            ),
                        )
                    )
                except ValidationError as exc:
                    problem = (str(exc), c)
                    break
            if problem is not None:
                out.reject(problem[0], line, problem[1] + 1, " | ".join(row))
                continue
            out.accept(facts)
            if commodity:
                stack.append((indent, name))
            elif not of_which:
                stack.append((indent, partner))
        return out.result()

    @staticmethod
    def _title_period(title: str, option: str | None, where: str) -> tuple[int, int]:
        if option:
            try:
                p = Period.parse(option)
            except ParseError as exc:
                raise LoadError(f"period={option!r}: {exc}", where) from None
            return p.end_year, p.end_month
        match = _TITLE_PERIOD.search(title)
        if match:
            return int(match.group(1)), int(match.group(2))
        match = _EN_TITLE_PERIOD.search(title)
        if match and match.group(1).lower() in _EN_MONTHS:
            return int(match.group(2)), _EN_MONTHS[match.group(1).lower()]
        raise LoadError(f"the title {title!r} does not say the month: pass period=2026-03", where)

    @staticmethod
    def _header(rows: tuple[tuple[str, ...], ...], unit_row: int) -> tuple[list[int], int]:
        header: list[int] = []
        for r in range(unit_row + 1, len(rows)):
            row = rows[r]
            if not any(c.strip() for c in row):
                continue
            cells = [c.strip() for c in row[1:] if c.strip()]
            numeric = sum(1 for c in cells if _is_number(c))
            if (
                numeric >= 1
                and row[0].strip()
                and all(_is_number(c) or c in ("-", "—", "#", "…") for c in cells)
            ):
                return header, r
            header.append(r)
        return header, len(rows)

    @staticmethod
    def _columns(
        rows: tuple[tuple[str, ...], ...],
        header_rows: list[int],
        year: int,
        month: int,
        unit: str,
        table_flow: Flow | None,
    ) -> list[tuple[int, Flow, Period, Measure, str]]:
        if not header_rows:
            return []
        width = max(len(rows[r]) for r in header_rows)
        columns = []
        for c in range(1, width):
            labels = [rows[r][c].strip() if c < len(rows[r]) else "" for r in header_rows]
            if any(lab in ("数量", "计量单位") or "quantity" in lab.lower() for lab in labels):
                continue
            growth = any(_is_growth(lab) for lab in labels)
            flow = None
            for lab in reversed(labels) if growth else labels:
                flow = _flow_word(lab)
                if flow is not None:
                    break
            if flow is None and any("金额" in lab for lab in labels):
                flow = table_flow
            if flow is None:
                continue
            period: Period | None = None
            for lab in labels:
                cum = _CUMULATIVE.match(lab)
                if cum:
                    period = Period.parse(f"{year}-01/{year}-{int(cum.group(1)):02d}")
                    break
                single = _MONTH.match(lab)
                if single:
                    period = Period.month(year, int(single.group(1)))
                    break
            if growth:
                label = " ".join(labels)
                cumulative = "累计" in label or "1-to" in label.replace(" ", "") or "Total" in label
                start = f"{year}-01/{year}-{month:02d}"
                p = Period.parse(start) if cumulative or month == 1 else Period.month(year, month)
                if month == 1:
                    p = Period.month(year, 1)
                columns.append((c, flow, p, Measure.YOY_GROWTH, "percent"))
                continue
            if period is None:
                period = Period.month(year, month)
            columns.append((c, flow, period, Measure.VALUE, unit))
        return columns


def _is_number(cell: str) -> bool:
    try:
        number(cell)
    except ValueError:
        return False
    return True
