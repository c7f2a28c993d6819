"""Spreadsheets and HTML tables as a grid of cell texts, merged cells spread over their area.

:func:`read_grid` reads an ``.xlsx`` workbook (its first sheet), an Excel 97 ``.xls`` (with
xlrd) or an HTML page (its largest ``<table>``, after the lines of text before it) into
:class:`Grid` rows. A merged cell's text is copied into every cell it covers, so a two-row
merged header applies to whole columns.

Hostile input is bounded: the xlsx zip is checked entry by entry against the input limit
before anything is inflated, and its XML is parsed by defusedxml (no DTD, no entities, no
external references). An Excel 97 (``.xls``, OLE2) file needs ``xlrd`` (the ``sources``
extra); it is not compressed, so the input limit on the file bounds it. An ``.xls`` that is
really HTML (as many Chinese statistics sites serve) is read as HTML.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from typing import Any

import attrs

from tradestat.errors import LoadError
from tradestat.loaders._sources import decode_chinese, max_bytes, raw_bytes
from tradestat.loaders.base import Source

__all__ = ["Grid", "parse_xml", "read_grid"]

_MAX_ENTRIES = 10_000
_MAX_CELLS = 500_000  # a monthly table has a few thousand
_CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


@attrs.frozen
class Grid:
    """Rows of cell texts with their row numbers in the file (sheet row or HTML line)."""

    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    kind: str  # "xlsx", "xls" or "html"


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def parse_xml(data: bytes, name: str, part: str) -> Any:
    """The root element of XML parsed without DTDs, entities or external references."""
    try:
        from defusedxml import ElementTree
        from defusedxml.common import DefusedXmlException
    except ImportError:  # pragma: no cover - an optional extra
        raise LoadError(
            "reading .xlsx needs defusedxml: pip install 'tradestat[sources]'", name
        ) from None
    try:
        return ElementTree.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise LoadError(f"{part}: refused unsafe XML ({type(exc).__name__})", name) from None
    except Exception as exc:  # xml.etree.ElementTree.ParseError and the like
        raise LoadError(f"{part}: not well-formed XML ({exc})", name) from None


def _member(archive: zipfile.ZipFile, part: str, name: str, limit: int) -> bytes | None:
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.file_size > limit:
        raise LoadError(
            f"{part} expands to {info.file_size} bytes, more than the input limit of {limit} "
            "(a decompression bomb?)",
            name,
        )
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise LoadError(f"{part}: cannot inflate ({exc})", name) from None
    if len(data) > limit:
        raise LoadError(f"{part} expands beyond the input limit of {limit} bytes", name)
    return data


def _text_of(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_NS}t"))


def _xlsx(data: bytes, name: str) -> Grid:
    limit = max_bytes()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LoadError(f"not a valid .xlsx (zip) file: {exc}", name) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > _MAX_ENTRIES:
            raise LoadError(f"the zip holds {len(infos)} entries; refused", name)
        total = sum(i.file_size for i in infos)
        if total > limit:
            raise LoadError(
                f"the workbook expands to {total} bytes, more than the input limit of {limit} "
                "(a decompression bomb?)",
                name,
            )
        sheet_part = "xl/worksheets/sheet1.xml"
        workbook = _member(archive, "xl/workbook.xml", name, limit)
        rels = _member(archive, "xl/_rels/workbook.xml.rels", name, limit)
        if workbook is not None and rels is not None:
            first = parse_xml(workbook, name, "xl/workbook.xml").find(f"{_NS}sheets/{_NS}sheet")
            targets = {
                r.get("Id"): r.get("Target", "")
                for r in parse_xml(rels, name, "xl/_rels/workbook.xml.rels")
            }
            if first is not None:
                target = targets.get(first.get(f"{_REL_NS}id"), "")
                if target:
                    sheet_part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        shared: list[str] = []
        strings = _member(archive, "xl/sharedStrings.xml", name, limit)
        if strings is not None:
            shared = [
                _text_of(si) for si in parse_xml(strings, name, "sharedStrings").iter(f"{_NS}si")
            ]
        sheet = _member(archive, sheet_part, name, limit)
        if sheet is None:
            raise LoadError(f"the workbook has no sheet {sheet_part}", name)
        root = parse_xml(sheet, name, sheet_part)
    cells: dict[tuple[int, int], str] = {}
    for row in root.iter(f"{_NS}row"):
        for c in row.iter(f"{_NS}c"):
            match = _CELL_REF.fullmatch(c.get("r", ""))
            if match is None:
                continue
            kind = c.get("t", "n")
            v = c.find(f"{_NS}v")
            if kind == "inlineStr":
                text = _text_of(c)
            elif kind == "s" and v is not None and (v.text or "").isdigit():
                index = int(v.text or "0")
                text = shared[index] if index < len(shared) else ""
            else:
                text = v.text or "" if v is not None else ""
            cells[(int(match.group(2)) - 1, _column(match.group(1)))] = text
            if len(cells) > _MAX_CELLS:
                raise LoadError(f"more than {_MAX_CELLS} cells; refused", name)
    for merged in root.iter(f"{_NS}mergeCell"):
        ref = merged.get("ref", "")
        parts = [_CELL_REF.fullmatch(p) for p in ref.split(":")]
        if len(parts) != 2 or parts[0] is None or parts[1] is None:
            continue
        r0, c0 = int(parts[0].group(2)) - 1, _column(parts[0].group(1))
        r1, c1 = int(parts[1].group(2)) - 1, _column(parts[1].group(1))
        if (r1 - r0 + 1) * (c1 - c0 + 1) > 10_000:
            continue
        value = cells.get((r0, c0), "")
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                cells[(r, c)] = value
        if len(cells) > _MAX_CELLS:
            raise LoadError(f"more than {_MAX_CELLS} cells; refused", name)
    if not cells:
        return Grid((), (), "xlsx")
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    if height * width > _MAX_CELLS:
        raise LoadError(f"a sheet of {height} x {width} cells; refused", name)
    rows = tuple(tuple(cells.get((r, c), "") for c in range(width)) for r in range(height))
    return Grid(rows, tuple(range(1, height + 1)), "xlsx")


def _xls(data: bytes, name: str) -> Grid:
    """An Excel 97 workbook's first sheet, through xlrd (the ``sources`` extra)."""
    try:
        import xlrd
    except ImportError:
        raise LoadError(
            "an Excel 97 (.xls) workbook: install xlrd (pip install 'tradestat[sources]') or "
            "save it as .xlsx, then load that",
            name,
        ) from None
    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, logfile=io.StringIO()
        )
        sheet = book.sheet_by_index(0)
        height, width = sheet.nrows, sheet.ncols
        if height * width > _MAX_CELLS:
            raise LoadError(f"a sheet of {height} x {width} cells; refused", name)
        rows = [
            [_xls_text(sheet.cell_type(r, c), sheet.cell_value(r, c)) for c in range(width)]
            for r in range(height)
        ]
        merged = list(sheet.merged_cells)
    except LoadError:
        raise
    except Exception as exc:  # xlrd raises many kinds on a damaged file
        raise LoadError(f"not a readable Excel 97 workbook ({exc})", name) from None
    for r0, r1, c0, c1 in merged:
        if not (0 <= r0 < r1 <= height and 0 <= c0 < c1 <= width):
            continue
        if (r1 - r0) * (c1 - c0) > 10_000:
            continue
        value = rows[r0][c0]
        for r in range(r0, r1):
            for c in range(c0, c1):
                rows[r][c] = value
    return Grid(tuple(tuple(row) for row in rows), tuple(range(1, height + 1)), "xls")


def _xls_text(kind: int, value: object) -> str:
    if kind == 2 and isinstance(value, float):  # a number
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if kind in (0, 6):  # empty, blank
        return ""
    return str(value)


class _Tables(HTMLParser):
    """Every ``<table>`` as rows of (text, colspan, rowspan), and the text before the first."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[tuple[int, list[tuple[str, int, int]]]]] = []
        self.before: list[tuple[int, str]] = []
        self._depth = 0
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._skip = 0
        self._loose: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif tag == "tr" and self._depth == 1:
            self._row = []
            self.tables[-1].append((self.getpos()[0], self._row))
        elif tag in ("td", "th") and self._row is not None and self._depth == 1:
            values = dict(attrs)
            self._cell = []
            self._span = (_span(values.get("colspan")), _span(values.get("rowspan")))
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")
        elif tag in ("p", "div", "br", "h1", "h2", "h3", "h4") and not self.tables:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table":
            self._depth = max(0, self._depth - 1)
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(("".join(self._cell), *self._span))
            self._cell = None
        elif tag == "tr" and self._depth == 1:
            self._row = None
        elif tag in ("p", "div", "h1", "h2", "h3", "h4") and not self.tables:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif not self.tables:
            self._loose.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._loose).split())
        if text:
            self.before.append((self.getpos()[0], text))
        self._loose = []


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 100))
    except ValueError:
        return 1


def _html(text: str, name: str) -> Grid:
    parser = _Tables()
    parser.feed(text)
    parser.close()
    parser._flush()
    if not parser.tables:
        return Grid((), (), "html")
    table = max(parser.tables, key=len)
    grid: dict[tuple[int, int], str] = {}
    lines: list[int] = []
    for r, (line, cells) in enumerate(table):
        lines.append(line)
        c = 0
        for text, colspan, rowspan in cells:
            while (r, c) in grid:
                c += 1
            rowspan = min(rowspan, len(table) - r)  # a span cannot reach below the table
            if len(grid) + rowspan * colspan > _MAX_CELLS:
                raise LoadError(f"more than {_MAX_CELLS} cells; refused", name)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text
            c += colspan
    height = len(table)
    width = max((c for _, c in grid), default=-1) + 1
    if height * width > _MAX_CELLS:
        raise LoadError(f"a table of {height} x {width} cells; refused", name)
    rows = [tuple(grid.get((r, c), "") for c in range(width)) for r in range(height)]
    head = [((text,) + ("",) * max(0, width - 1), line) for line, text in parser.before[-6:]]
    return Grid(
        tuple(h[0] for h in head) + tuple(rows),
        tuple(h[1] for h in head) + tuple(lines),
        "html",
    )


def read_grid(source: Source) -> Grid:
    """The grid of an xlsx workbook's first sheet or an HTML page's largest table."""
    data = raw_bytes(source)
    if data.startswith(b"PK\x03\x04"):
        return _xlsx(data, source.name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _xls(data, source.name)
    if data.startswith((b"\x1f\x8b", b"7z\xbc\xaf")):
        raise LoadError("a compressed file, not a spreadsheet or HTML table", source.name)
    text, _ = decode_chinese(source)
    if "<t" not in text.lower():
        raise LoadError("not an .xlsx workbook nor an HTML table", source.name)
    return _html(text, source.name)
