"""IMF International Trade in Goods (IMTS, formerly DOTS) as SDMX-CSV or portal CSV.

Three shapes, read by column name: the API's SDMX-CSV (``COUNTRY, INDICATOR,
COUNTERPART_COUNTRY, FREQUENCY, TIME_PERIOD, OBS_VALUE``), the portal's long CSV (label and
``.ID`` code column pairs, ``SCALE``/``SCALE.ID``) and the portal's wide CSV (one column per
period, ``2024-M01``). Legacy DOTS files (``REF_AREA``, ``COUNTERPART_AREA``, ISO2 codes,
``W00`` world, ``TXG_FOB_USD``) are read too, and SDMX-ML 2.1 data (structure-specific or
generic), parsed without DTDs or entities (defusedxml).

Scale is taken from where the file puts it: ``SCALE.ID`` (a power of ten), ``SCALE``
(``Millions``), ``UNIT_MULT``; without any, IMTS values are in US dollars (the API's full
units) and legacy DOTS values in millions (its documented convention), said in provenance.
Indicators: ``XG_FOB_USD`` exports FOB, ``MG_CIF_USD`` imports CIF, ``MG_FOB_USD`` imports
FOB (segment "imports valued FOB"), ``TBG_USD`` balance. Group codes (``G001`` World,
``G163`` EU, other ``G...``) are aggregates, marked and never added to countries. An empty
``OBS_VALUE`` is an observation without a value: counted, no fact.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping

from tradestat.errors import LoadError, ParseError, ValidationError
from tradestat.figures import Figure
from tradestat.loaders._grid import parse_xml
from tradestat.loaders._sources import BINARY, number, options_of, origin
from tradestat.loaders.base import Loader, LoadResult, ResultBuilder, Source, csv_rows
from tradestat.models import Fact, Flow, Measure, Provenance
from tradestat.partners import resolve
from tradestat.periods import Period

__all__ = ["ImfImtsLoader", "INDICATORS"]

#: Indicator code (IMTS and legacy DOTS) -> flow and segment.
INDICATORS: dict[str, tuple[Flow, str | None]] = {
    "XG_FOB_USD": (Flow.EXPORTS, None),
    "MG_CIF_USD": (Flow.IMPORTS, None),
    "MG_FOB_USD": (Flow.IMPORTS, "imports valued FOB"),
    "TBG_USD": (Flow.BALANCE, None),
    "TXG_FOB_USD": (Flow.EXPORTS, None),
    "TMG_CIF_USD": (Flow.IMPORTS, None),
    "TMG_FOB_USD": (Flow.IMPORTS, "imports valued FOB"),
}
_SCALE_WORDS = {"units": 0, "unit": 0, "thousands": 3, "millions": 6, "billions": 9}
_UNITS = {0: "USD", 3: "thousand USD", 6: "million USD", 9: "billion USD"}
_WIDE_PERIOD = re.compile(r"^\d{4}(?:-M\d{2}|-Q[1-4]|-\d{2})?$")
_OPTIONS = {"release": "the retrieval date or vintage, kept in provenance"}
_OBS_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?Obs[\s/>]")


def _local(tag: object) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1] if "}" in text else text


def _period(text: str) -> Period:
    raw = text.strip()
    match = re.fullmatch(r"(\d{4})-?M(\d{2})", raw)
    if match:
        raw = f"{match.group(1)}-{match.group(2)}"
    return Period.parse(raw)


def _code(row: Mapping[str, str], *names: str) -> str:
    for name in names:
        for key in (f"{name}.ID", name):
            if row.get(key, "").strip():
                return row[key].strip()
    return ""


class ImfImtsLoader(Loader):
    """IMF IMTS/DOTS trade by partner: SDMX-CSV, portal long or wide CSV."""

    name = "imf-imts"
    description = "IMF IMTS (ex-DOTS) SDMX-CSV or portal CSV, scale from SCALE/UNIT_MULT"
    kinds = ("csv",)

    def sniff(self, source: Source) -> float:
        """Confident when the header has the IMTS (or DOTS) dimensions."""
        if source.encoding == BINARY:
            return 0.0
        first = source.text.lstrip("\ufeff")[:4096].split("\n", 1)[0].upper()
        if "COUNTERPART_COUNTRY" in first and "INDICATOR" in first:
            return 0.96
        if "COUNTERPART_AREA" in first and "REF_AREA" in first and "INDICATOR" in first:
            return 0.96
        head = source.text[:4096]
        if head.lstrip("\ufeff \r\n\t").startswith("<") and (
            "COUNTERPART_COUNTRY" in head or "IMTS" in head
        ):
            return 0.9
        return 0.0

    def _load_xml(self, source: Source, out: ResultBuilder, opts: Mapping[str, str]) -> None:
        """SDMX-ML 2.1 (structure-specific or generic) data: one record per ``Obs``."""
        text = source.text.lstrip("\ufeff")
        root = parse_xml(text.encode("utf-8"), source.name, "SDMX-ML")
        lines = [text.count("\n", 0, m.start()) + 1 for m in _OBS_TAG.finditer(text)]
        index = 0
        for series in root.iter():
            if _local(series.tag) != "Series":
                continue
            keys = {k.upper(): v for k, v in series.attrib.items()}
            for child in series:
                if _local(child.tag) == "SeriesKey":
                    for value in child:
                        keys[value.get("id", "").upper()] = value.get("value", "")
            for obs in series:
                if _local(obs.tag) != "Obs":
                    continue
                cells = dict(keys)
                cells.update({k.upper(): v for k, v in obs.attrib.items()})
                for part in obs:
                    tag = _local(part.tag)
                    if tag == "ObsDimension":
                        cells["TIME_PERIOD"] = part.get("value", "")
                    elif tag == "ObsValue":
                        cells["OBS_VALUE"] = part.get("value", "")
                line = lines[index] if index < len(lines) else None
                index += 1
                legacy = "REF_AREA" in cells
                raw = " ".join(f'{k}="{v}"' for k, v in cells.items())[:300]
                self._record(out, cells, legacy, line, "OBS_VALUE", raw, opts)

    def load(self, source: Source, **options: str) -> LoadResult:
        """One record per observation (per period cell in the wide shape)."""
        opts = options_of(self.name, options, _OPTIONS, source.name)
        out = ResultBuilder(self.name, source)
        if source.text.lstrip("\ufeff \r\n\t").startswith("<"):
            self._load_xml(source, out, opts)
            return out.result()
        reader = csv.reader(source.stream())
        try:
            raw_header = next(reader, None)
        except csv.Error as exc:
            raise LoadError(f"unreadable CSV header: {exc}", f"{source.name}:1") from None
        if raw_header is None:
            out.warn(f"{source.name}: empty source, no records")
            return out.result()
        header = [h.strip().lstrip("\ufeff").lstrip("ï»¿").upper() for h in raw_header]
        legacy = "REF_AREA" in header
        wide = [i for i, h in enumerate(header) if _WIDE_PERIOD.match(h)]
        if "OBS_VALUE" not in header and not wide:
            raise LoadError(
                "neither an OBS_VALUE column nor period columns (2024-M01)", f"{source.name}:1"
            )
        needed = ("REF_AREA", "COUNTERPART_AREA") if legacy else ("COUNTRY", "COUNTERPART_COUNTRY")
        for name in (*needed, "INDICATOR"):
            if name not in header and f"{name}.ID" not in header:
                raise LoadError(f"the header lacks {name}", f"{source.name}:1")
        for line, row in csv_rows(reader, out, len(header)):
            cells = dict(zip(header, row, strict=True))
            raw = ",".join(row)
            if wide:
                for i in wide:
                    cells["TIME_PERIOD"], cells["OBS_VALUE"] = header[i], row[i]
                    self._record(out, cells, legacy, line, i + 1, raw, opts)
            else:
                column = header.index("OBS_VALUE") + 1
                self._record(out, cells, legacy, line, column, raw, opts)
        return out.result()

    def _record(
        self,
        out: ResultBuilder,
        cells: Mapping[str, str],
        legacy: bool,
        line: int | None,
        column: int | str,
        raw: str,
        opts: Mapping[str, str],
    ) -> None:
        system = "imf-legacy" if legacy else "imf"
        reporter_code = _code(cells, "REF_AREA" if legacy else "COUNTRY")
        partner_code = _code(cells, "COUNTERPART_AREA" if legacy else "COUNTERPART_COUNTRY")
        indicator = _code(cells, "INDICATOR").upper()
        if indicator not in INDICATORS:
            out.reject(
                f"indicator {indicator!r} is not a goods trade value tradestat maps",
                line,
                column,
                raw,
            )
            return
        flow, segment = INDICATORS[indicator]
        value = cells.get("OBS_VALUE", "").strip()
        if value == "":
            out.accept([])  # an observation without a value
            return
        scale, said = self._scale(cells, legacy or indicator.startswith("T"))
        try:
            digits = number(value) if "e" not in value.lower() else None
        except ValueError:
            digits = None
        if digits is None:
            out.reject(f"OBS_VALUE {value!r} is not a number", line, column, raw)
            return
        try:
            period = _period(cells.get("TIME_PERIOD", ""))
        except ParseError:
            out.reject(
                f"TIME_PERIOD {cells.get('TIME_PERIOD')!r} is not a period", line, column, raw
            )
            return
        reporter = (
            resolve(system, reporter_code, cells.get("COUNTRY", "")) if reporter_code else None
        )
        partner = (
            resolve(system, partner_code, cells.get("COUNTERPART_COUNTRY", ""))
            if partner_code
            else None
        )
        if reporter is None or partner is None:
            which = "reporter" if reporter is None else "counterpart"
            code = reporter_code if reporter is None else partner_code
            out.reject(f"{which} code {code!r} is not in the code table", line, column, raw)
            return
        notes = [
            f"reporter IMF {reporter_code}",
            f"partner IMF {partner_code}",
            "aggregate partner: never add to countries" if partner.aggregate else "",
            f"indicator {indicator}",
            said,
            f"release {opts['release']}" if opts.get("release") else "",
        ]
        try:
            fact = Fact(
                subject=reporter.name,
                period=period,
                flow=flow,
                measure=Measure.VALUE,
                figure=Figure(digits, _UNITS[scale]),
                partner=partner.name,
                segment=segment,
                provenance=Provenance(
                    source=origin(out.source.name, line, *notes),
                    release=opts.get("release") or None,
                ),
            )
        except ValidationError as exc:
            out.reject(str(exc), line, column, raw)
            return
        out.accept([fact])

    @staticmethod
    def _scale(cells: Mapping[str, str], legacy: bool) -> tuple[int, str]:
        for key in ("SCALE.ID", "UNIT_MULT"):
            text = cells.get(key, "").strip()
            if text.isdigit() and int(text) in _UNITS:
                return int(text), f"scale from {key} {text}"
        word = cells.get("SCALE", "").strip().lower()
        if word in _SCALE_WORDS:
            return _SCALE_WORDS[word], f"scale from SCALE {word}"
        if legacy:
            return 6, "scale: legacy DOTS values are in millions (its documented convention)"
        return 0, "scale: IMTS API values are in US dollars (full units)"
