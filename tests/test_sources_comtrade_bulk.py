"""UN Comtrade+ bulk files: gzipped tab-separated, reporter and partner by code."""

import gzip
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
from tradestat.errors import LoadError
from tradestat.loaders import Source

DATA = Path(__file__).parent / "data" / "sources"
HEADER = "reporterCode\tflowCode\tpartnerCode\tperiod\tfreqCode\tprimaryValue"


def test_bulk_file_loads_by_code_with_breakdowns_as_segments() -> None:
    result = ts.load(DATA / "comtrade-bulk-156-2023.txt.gz")
    assert result.loader == "comtrade-bulk"
    assert result.records == 8 and result.accepted == 7
    assert "XIP" in result.rejected[0].reason and str(result.rejected[0].location).endswith(":9:9")
    totals = result.facts.filter(partner="Kazakhstan", flow="exports", segment=None)
    assert len(totals) == 1 and totals[0].figure.magnitude == Decimal("24702000000")
    assert totals[0].subject == "China"
    assert "partner Comtrade 398" in totals[0].provenance.source
    segments = {f.segment for f in result.facts.filter(partner="Kazakhstan", flow="exports")}
    assert segments == {None, "transport: 3100", "via Russia", "HS 850760"}
    world = result.facts.one(partner="World")
    assert "aggregate" in world.provenance.source
    assert result.facts.one(partner="United States").figure.magnitude == Decimal("500291000000")


def test_header_case_variants_and_padding_are_read_by_name() -> None:
    text = "REPORTERCODE\tflowcode\tPartnerCode\tperiod\tfreqCode\tPRIMARYVALUE\n 398 \t M \t156\t2023\tA\t 5 \n"
    result = ts.load(Source("bulk.txt", text), loader="comtrade-bulk")
    assert (
        result.ok
        and result.facts[0].describe() == "Kazakhstan with China 2023 imports value: 5 USD"
    )


def test_gzip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress((HEADER + "\n").encode() + b"\n" * 5_000_000))
    monkeypatch.setenv("TRADESTAT_MAX_INPUT_BYTES", "1M")
    with pytest.raises(LoadError, match="decompression bomb"):
        ts.load(path)


def test_truncated_gzip_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress((HEADER + "\n156\tX\t0\t2023\tA\t1\n").encode())[:-12])
    with pytest.raises(LoadError, match="gzip"):
        ts.load(path, loader="comtrade-bulk")


@given(st.binary(max_size=300), st.booleans())
def test_bulk_loader_fuzz_over_bytes(data: bytes, compress: bool) -> None:
    payload = (HEADER + "\n").encode() + data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.txt.gz"
        path.write_bytes(gzip.compress(payload) if compress else data)
        try:
            result = ts.load(path, loader="comtrade-bulk")
        except ts.TradestatError:
            return
        assert result.accepted + len(result.rejected) == result.records
