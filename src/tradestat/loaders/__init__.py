"""Loaders turn sources (files, streams, text) into facts; see :mod:`tradestat.loaders.base`."""

from tradestat.loaders.base import (
    Loader,
    LoadResult,
    Location,
    Rejected,
    ResultBuilder,
    Source,
    csv_rows,
)

__all__ = ["Loader", "LoadResult", "Location", "Rejected", "ResultBuilder", "Source", "csv_rows"]
