"""Every sample of tests/data/sources loads with every row accounted for."""

from pathlib import Path

import pytest

import tradestat as ts
from tradestat.errors import LoadError
from tradestat.loaders import loads

DATA = Path(__file__).parent / "data" / "sources"

#: Sample -> (loader it is sniffed as, the options it needs, records, rejected).
SAMPLES = {
    "gacc-query-zh.csv": ("gacc-query", {"flow": "exports", "period": "2026-01/2026-03"}, 5, 0),
    "gacc-query-en.csv": ("gacc-query", {"flow": "imports"}, 5, 0),
    "gacc-query-partners.csv": ("gacc-query", {"flow": "exports", "period": "2023"}, 5, 0),
    "gacc-table-express.xlsx": ("gacc-table", {}, 6, 0),
    "gacc-table-bulletin.xlsx": ("gacc-table", {}, 4, 0),
    "gacc-table-bulletin-country.xls": ("gacc-table", {}, 7, 0),
    "gacc-table-express-en.html": ("gacc-table", {}, 5, 0),
    "comtrade-bulk-156-2023.txt.gz": ("comtrade-bulk", {}, 8, 1),
    "comtrade-bulk-398-2023.txt.gz": ("comtrade-bulk", {}, 3, 0),
    "comtrade-china-kazakhstan-2023.csv": ("comtrade", {}, 5, 0),
    "census-exports-2024-03.json": ("census", {}, 6, 0),
    "imf-imts-sdmx.csv": ("imf-imts", {}, 6, 0),
    "imf-imts-portal-wide.csv": ("imf-imts", {}, 6, 0),
    "imf-dots-legacy.csv": ("imf-imts", {}, 2, 0),
    "imf-imts-sdmx.xml": ("imf-imts", {}, 4, 1),
    "comext-full-202512.dat": ("comext", {}, 6, 0),
    "comext-full_v2_202512.7z": ("comext", {}, 6, 0),
    "comext-ds045409.csv": ("comext", {}, 5, 0),
}


def test_every_sample_is_listed() -> None:
    files = {p.name for p in DATA.iterdir() if p.suffix != ".py"}
    assert files == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_loads_with_every_row_accounted_for(name: str) -> None:
    loader, options, records, rejected = SAMPLES[name]
    result = ts.load(DATA / name, **options)
    assert result.loader == loader
    assert (result.records, len(result.rejected)) == (records, rejected)
    assert result.accepted + len(result.rejected) == result.records
    assert len(result.facts) >= result.accepted - 2  # rows without values give no facts
    for bad in result.rejected:
        assert bad.location.line is not None and bad.reason
    for fact in result.facts:
        assert fact.provenance.source and fact.provenance.source.startswith(name)


def test_html_span_bomb_is_refused() -> None:
    html = "<table>" + '<tr><td colspan="1000" rowspan="1000">x</td></tr>' * 100 + "</table>"
    with pytest.raises(LoadError, match="cells; refused"):
        loads("单位：亿元\n" + html, loader="gacc-table")
