"""UN Comtrade+ bulk files: gzipped, tab-separated, one file per reporter and period.

The columns are the API's camelCase names (plus ``datasetCode``), read by name whatever
their case (``cifValue``, ``CIFValue``); cells may carry spaces around the tab. Bulk files
usually lack the ``*Desc`` and ``*ISO`` columns, so reporter and partner come from their
Comtrade codes through :mod:`tradestat.partners` (842 USA, 490 Taiwan, 0 World...), the
code kept in provenance. Every row becomes a fact as in the ``comtrade`` loader: a customs
procedure other than C00, a transport mode other than 0, a mode of supply other than 0 or a
second partner becomes the fact's segment, so breakdown rows are never mistaken for (or
added to) the total. Decompression is bounded by the input limit.
"""

from __future__ import annotations

import zlib

import attrs

from tradestat.errors import LoadError
from tradestat.loaders._sources import (
    BINARY,
    gunzip,
    options_of,
    origin,
    raw_bytes,
    unknown_codes,
)
from tradestat.loaders.base import Loader, LoadResult, ResultBuilder, Source
from tradestat.loaders.comtrade import COMTRADE_COLUMNS, RowError, fact_from_row
from tradestat.models import Provenance
from tradestat.partners import resolve

__all__ = ["ComtradeBulkLoader"]

_CANONICAL = {c.lower(): c for c in [*COMTRADE_COLUMNS, "datasetCode"]}
_NEEDED = ("reporterCode", "flowCode", "partnerCode", "primaryValue")


def _head(source: Source) -> str:
    """The first line of the (decompressed) text, cheaply."""
    if source.encoding != BINARY:
        return source.text[:4096].split("\n", 1)[0]
    if source.path is None:
        return ""
    try:
        with source.path.open("rb") as handle:
            data = handle.read(65536)
        if not data.startswith(b"\x1f\x8b"):
            return ""
        text = zlib.decompressobj(wbits=31).decompress(data, 8192)
    except (OSError, zlib.error):
        return ""
    return text.decode("utf-8", errors="replace").split("\n", 1)[0]


_OPTIONS = {"release": "the release or retrieval date (Comtrade+ revises), kept with the facts"}


class ComtradeBulkLoader(Loader):
    """UN Comtrade+ bulk files (tab-separated, gzipped), values in US dollars."""

    name = "comtrade-bulk"
    description = "UN Comtrade+ bulk files (tab-separated .txt or .gz), reporter/partner by code"
    kinds = ("gz", "txt", "tsv")

    def sniff(self, source: Source) -> float:
        """Confident when a tab-separated header names the Comtrade columns."""
        head = _head(source)
        if "\t" not in head:
            return 0.0
        names = {h.strip().lower() for h in head.split("\t")}
        return 0.98 if all(n.lower() in names for n in _NEEDED) else 0.0

    def load(self, source: Source, **options: str) -> LoadResult:
        """Every row becomes a value fact or a rejection naming line and column."""
        release = options_of(self.name, options, _OPTIONS, source.name).get("release") or None
        warnings: list[str] = []
        if source.encoding == BINARY or source.suffix == "gz":
            data = gunzip(raw_bytes(source), source.name)
            if b"\x00" in data[:65536]:
                raise LoadError("binary data inside the gzip file, not text", source.name)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
                warnings.append(f"{source.name}: not valid UTF-8 inside the gzip; read as cp1252")
            source_for_result = attrs.evolve(source, warnings=tuple(warnings))
        else:
            text = source.text
            source_for_result = source
        out = ResultBuilder(self.name, source_for_result)
        lines = text.lstrip("\ufeff").split("\n")
        header_raw = lines[0].rstrip("\r") if lines else ""
        header = [_CANONICAL.get(h.strip().lower(), h.strip()) for h in header_raw.split("\t")]
        missing = [c for c in _NEEDED if c not in header]
        if missing:
            raise LoadError(
                f"not a Comtrade bulk file: the header lacks {', '.join(missing)}",
                f"{source.name}:1",
            )
        unknown: dict[str, str] = {}
        for number, raw in enumerate(lines[1:], start=2):
            line = raw.rstrip("\r")
            if not line.strip():
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != len(header):
                out.reject(f"expected {len(header)} columns, got {len(cells)}", number, raw=line)
                continue
            row = dict(zip(header, cells, strict=True))
            notes = []
            for code_col, desc_col, what in (
                ("reporterCode", "reporterDesc", "reporter"),
                ("partnerCode", "partnerDesc", "partner"),
                ("partner2Code", "partner2Desc", None),
            ):
                code = row.get(code_col, "")
                if not code or row.get(desc_col):
                    continue
                found = resolve("comtrade", code)
                if found is not None:
                    row[desc_col] = found.name
                    if what:
                        notes.append(f"{what} Comtrade {code}")
                        if found.aggregate and what == "partner":
                            notes.append("aggregate partner: never add to other partners")
                elif what:
                    row[desc_col] = f"Comtrade area {code}"
                    notes.append(f"{what} Comtrade {code} not in the code table")
                    unknown[code] = row[desc_col]
            if row.get("partnerCode", "").lstrip("0") == "":
                row["partnerCode"] = "0"
            try:
                fact = fact_from_row(row, source.name)
            except RowError as exc:
                column = header.index(exc.field) + 1 if exc.field in header else None
                out.reject(str(exc), number, column, line)
                continue
            fact = attrs.evolve(
                fact,
                provenance=Provenance(
                    source=origin(
                        source.name,
                        number,
                        *notes,
                        f"dataset {row['datasetCode']}" if row.get("datasetCode") else "",
                    ),
                    release=release,
                ),
            )
            out.accept([fact])
        if unknown:
            out.warn(f"{source.name}: {unknown_codes('UN Comtrade', unknown)}")
        return out.result()
