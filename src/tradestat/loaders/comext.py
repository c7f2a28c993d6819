"""Eurostat Comext: the detailed bulk extract (.dat) and SDMX-CSV (DS-045409, ext_st).

The bulk file (``full_YYYYMM.dat`` inside ``full_v2_YYYYMM.7z``) is a CSV with the header
``REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,...,FLOW,STAT_PROCEDURE,...,PERIOD,VALUE_EUR,...``:
values in euros, FLOW 1 imports / 2 exports, PERIOD ``YYYYMM`` (``YYYY52`` a year). Its
``PRODUCT_NC`` mixes the all-products aggregate ``000TOTAL`` with CN8 detail: the aggregate
gets no product segment and is marked in provenance, the detail gets ``CN8 code`` (zero
padded; masked confidential codes such as ``85XXXXXX`` say so), so a sum over segments never
doubles. Every row is one statistical procedure (1 normal, 2 inward, 3 outward processing,
9 not from declarations), kept in the segment. The ``.7z`` archive is read as it is
downloaded (py7zr, ``tradestat[sources]``) and a gzipped ``.dat`` too, both with bounded
decompression.

SDMX-CSV (``DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,
TIME_PERIOD,OBS_VALUE``): ``VALUE_IN_EUROS`` in euros; ``QUANTITY_IN_100KG`` (100 kg) rows
are counted without a fact (tradestat holds money, not mass); ``LAST UPDATE`` is kept as the
release. ext_st_eu27_2020sitc (``indic_et``, ``stk_flow``, ``geo``): ``TRD_VAL`` in million
euros (Eurostat's documented unit), ``EXP``/``IMP``/``BAL_RT`` flows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping

import attrs

from tradestat.errors import LoadError, ParseError, ValidationError
from tradestat.figures import Figure
from tradestat.loaders._sources import (
    BINARY,
    gunzip,
    number,
    options_of,
    origin,
    raw_bytes,
    un7z,
)
from tradestat.loaders.base import Loader, LoadResult, ResultBuilder, Source, csv_rows
from tradestat.models import Fact, Flow, Measure, Provenance
from tradestat.partners import Partner, resolve
from tradestat.periods import Period

__all__ = ["ComextLoader"]

_7Z = b"7z\xbc\xaf\x27\x1c"
_BULK = ("REPORTER", "PARTNER", "PRODUCT_NC", "FLOW", "PERIOD", "VALUE_EUR")
_PROCEDURES = {
    "1": "normal procedure",
    "2": "inward processing",
    "3": "outward processing",
    "9": "not recorded from customs declarations",
}
_FLOWS = {"1": Flow.IMPORTS, "2": Flow.EXPORTS, "IMP": Flow.IMPORTS, "EXP": Flow.EXPORTS}
_OPTIONS = {"release": "the release or retrieval date, kept in provenance"}


def _place(code: str) -> Partner | None:
    return resolve("geonom", code)


_DAY_FIRST = re.compile(r"(\d{2})/(\d{2})/(\d{2}|\d{4})((?:\s+\d{2}:\d{2}(?::\d{2})?)?)")


def _last_update(text: str) -> str:
    """Eurostat's ``LAST UPDATE`` (``15/09/26 11:00:00``) as ISO text ("2026-09-15 11:00:00")."""
    match = _DAY_FIRST.fullmatch(text.strip())
    if match is None:
        return text.strip()
    day, month, year, time = match.groups()
    year = year if len(year) == 4 else f"20{year}"
    return f"{year}-{month}-{day}{' ' + time.strip() if time.strip() else ''}"


def raw_head(source: Source) -> bytes:
    """The first bytes of a binary source's file (its magic number), else nothing."""
    if source.encoding != BINARY or source.path is None:
        return b""
    try:
        with source.path.open("rb") as handle:
            return handle.read(8)
    except OSError:
        return b""


def _month(text: str) -> Period:
    raw = text.strip()
    if len(raw) == 6 and raw.isdigit():
        if raw.endswith("52"):
            return Period.year(int(raw[:4]))
        return Period.parse(raw)
    return Period.parse(raw)


class ComextLoader(Loader):
    """Eurostat Comext bulk .dat files and SDMX-CSV (DS-045409, ext_st_eu27_2020sitc)."""

    name = "comext"
    description = "Eurostat Comext bulk .dat (000TOTAL marked) and SDMX-CSV, values in euros"
    kinds = ("dat", "csv", "gz", "7z")

    def sniff(self, source: Source) -> float:
        """Confident when the header is the bulk file's or a Comext SDMX-CSV's."""
        if source.encoding == BINARY:
            if source.suffix == "7z" or raw_head(source).startswith(_7Z):
                return 0.9
            return 0.0
        first = source.text.lstrip("\ufeff")[:4096].split("\n", 1)[0]
        names = {h.strip().upper() for h in first.split(",")}
        if set(_BULK) <= names:
            return 0.97
        if (
            "DATAFLOW" in names
            and "OBS_VALUE" in names
            and ({"INDICATORS", "FLOW"} <= names or {"INDIC_ET", "STK_FLOW"} <= names)
        ):
            return 0.97
        return 0.0

    def load(self, source: Source, **options: str) -> LoadResult:
        """One record per row: a value fact, nothing (quantities, empty values) or a rejection."""
        opts = options_of(self.name, options, _OPTIONS, source.name)
        if source.name.endswith(".7z") or raw_head(source).startswith(_7Z):
            member, data = un7z(raw_bytes(source), source.name)
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise LoadError(f"not UTF-8 text in {member} inside the 7z", source.name) from None
            source = attrs.evolve(source, text=text, encoding="utf-8")
        elif source.encoding == BINARY or source.suffix == "gz":
            data = gunzip(raw_bytes(source), source.name)
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise LoadError("not UTF-8 text inside the gzip file", source.name) from None
            source = attrs.evolve(source, text=text, encoding="utf-8")
        out = ResultBuilder(self.name, source)
        reader = csv.reader(io.StringIO(source.text.lstrip("\ufeff"), newline=""))
        try:
            raw_header = next(reader, None)
        except csv.Error as exc:
            raise LoadError(f"unreadable CSV header: {exc}", f"{source.name}:1") from None
        if raw_header is None:
            out.warn(f"{source.name}: empty source, no records")
            return out.result()
        header = [h.strip().upper() for h in raw_header]
        bulk = set(_BULK) <= set(header)
        if not bulk and "OBS_VALUE" not in header:
            raise LoadError(
                f"neither a Comext bulk header ({','.join(_BULK)}...) nor SDMX-CSV",
                f"{source.name}:1",
            )
        for line, row in csv_rows(reader, out, len(header)):
            cells = {h: c.strip() for h, c in zip(header, row, strict=True)}
            try:
                facts = (
                    self._bulk(cells, source.name, line, opts)
                    if bulk
                    else self._sdmx(cells, source.name, line, opts)
                )
            except _CellError as exc:
                column = header.index(exc.field) + 1 if exc.field in header else None
                out.reject(str(exc), line, column, ",".join(row))
                continue
            out.accept(facts)
        return out.result()

    def _bulk(
        self, cells: Mapping[str, str], name: str, line: int, opts: Mapping[str, str]
    ) -> list[Fact]:
        reporter, partner = _place(cells["REPORTER"]), _place(cells["PARTNER"])
        if reporter is None:
            raise _CellError(f"reporter {cells['REPORTER']!r} is not a known code", "REPORTER")
        if partner is None:
            raise _CellError(f"partner {cells['PARTNER']!r} is not a known code", "PARTNER")
        flow = _FLOWS.get(cells["FLOW"])
        if flow is None:
            raise _CellError(f"FLOW {cells['FLOW']!r}: expected 1 (import) or 2 (export)", "FLOW")
        try:
            period = _month(cells["PERIOD"])
        except ParseError:
            raise _CellError(f"PERIOD {cells['PERIOD']!r} is not YYYYMM", "PERIOD") from None
        try:
            digits = number(cells["VALUE_EUR"])
        except ValueError:
            raise _CellError(
                f"VALUE_EUR {cells['VALUE_EUR']!r} is not a number", "VALUE_EUR"
            ) from None
        product = cells["PRODUCT_NC"].upper()
        notes = [f"reporter {cells['REPORTER']}", f"partner {cells['PARTNER']}"]
        parts = []
        if product == "000TOTAL":
            notes.append("000TOTAL: all products, never add to the CN8 rows")
        else:
            code = product.zfill(8)
            parts.append(f"CN8 {code}" + (" (confidential, masked)" if "X" in code else ""))
        procedure = cells.get("STAT_PROCEDURE", "")
        if procedure:
            parts.append(f"procedure {procedure} {_PROCEDURES.get(procedure, '')}".strip())
        if partner.aggregate:
            notes.append("aggregate partner: never add to countries")
        if cells.get("TRADE_TYPE"):
            notes.append(f"trade type {cells['TRADE_TYPE']}")
        release = opts.get("release") or None
        if release:
            notes.append(f"release {release}")
        return [
            self._fact(
                reporter, partner, flow, period, digits, "EUR", parts, (name, line, release), notes
            )
        ]

    def _sdmx(
        self, cells: Mapping[str, str], name: str, line: int, opts: Mapping[str, str]
    ) -> list[Fact]:
        ext_st = "INDIC_ET" in cells
        reporter_code = cells.get("GEO" if ext_st else "REPORTER", "")
        reporter, partner = _place(reporter_code), _place(cells.get("PARTNER", ""))
        if reporter is None:
            raise _CellError(
                f"reporter {reporter_code!r} is not a known code", "GEO" if ext_st else "REPORTER"
            )
        if partner is None:
            raise _CellError(f"partner {cells.get('PARTNER')!r} is not a known code", "PARTNER")
        indicator = cells.get("INDIC_ET" if ext_st else "INDICATORS", "").upper()
        flow_code = cells.get("STK_FLOW" if ext_st else "FLOW", "").upper()
        parts: list[str] = []
        if ext_st:
            if indicator not in ("TRD_VAL", "TRD_VAL_SCA"):
                return []  # indices and shares: not values
            if indicator == "TRD_VAL_SCA":
                parts.append("seasonally and calendar adjusted")
            unit = "million EUR"
            product = cells.get("SITC06", "TOTAL").upper()
            if product != "TOTAL":
                parts.append(f"SITC {product}")
        else:
            if indicator != "VALUE_IN_EUROS":
                return []  # QUANTITY_IN_100KG and other quantities: no money fact
            unit = "EUR"
            product = cells.get("PRODUCT", "TOTAL").upper()
            if product != "TOTAL":
                parts.append(f"CN/HS {product}")
        flow = Flow.BALANCE if flow_code == "BAL_RT" else _FLOWS.get(flow_code)
        if flow is None:
            raise _CellError(f"flow {flow_code!r} is not 1, 2, IMP, EXP or BAL_RT", "FLOW")
        value = cells.get("OBS_VALUE", "")
        if value in ("", ":"):
            return []  # no observation, or confidential
        try:
            digits = number(value)
        except ValueError:
            raise _CellError(f"OBS_VALUE {value!r} is not a number", "OBS_VALUE") from None
        try:
            period = Period.parse(cells.get("TIME_PERIOD", ""))
        except ParseError:
            raise _CellError(
                f"TIME_PERIOD {cells.get('TIME_PERIOD')!r} is not a period", "TIME_PERIOD"
            ) from None
        notes = [
            f"reporter {reporter_code}",
            f"partner {cells.get('PARTNER')}",
            f"indicator {indicator}",
        ]
        if partner.aggregate:
            notes.append("aggregate partner: never add to countries")
        release = opts.get("release") or None
        if cells.get("LAST UPDATE"):
            notes.append(f"release LAST UPDATE {cells['LAST UPDATE']}")
            release = release or f"LAST UPDATE {_last_update(cells['LAST UPDATE'])}"
        if opts.get("release"):
            notes.append(f"release {opts['release']}")
        if cells.get("OBS_FLAG"):
            notes.append(f"flag {cells['OBS_FLAG']}")
        return [
            self._fact(
                reporter, partner, flow, period, digits, unit, parts, (name, line, release), notes
            )
        ]

    @staticmethod
    def _fact(
        reporter: Partner,
        partner: Partner,
        flow: Flow,
        period: Period,
        digits: object,
        unit: str,
        parts: list[str],
        where: tuple[str, int, str | None],
        notes: list[str],
    ) -> Fact:
        name, line, release = where
        try:
            return Fact(
                subject=reporter.name,
                period=period,
                flow=flow,
                measure=Measure.VALUE,
                figure=Figure(digits, unit),
                partner=partner.name,
                segment="; ".join(parts) or None,
                provenance=Provenance(source=origin(name, line, *notes), release=release),
            )
        except ValidationError as exc:
            raise _CellError(str(exc), "VALUE_EUR") from None


class _CellError(ValueError):
    def __init__(self, reason: str, field: str) -> None:
        super().__init__(reason)
        self.field = field
