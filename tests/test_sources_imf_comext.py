"""IMF IMTS and Eurostat Comext files."""

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


def test_imf_sdmx_csv_in_full_dollars_with_group_codes_marked() -> None:
    result = ts.load(DATA / "imf-imts-sdmx.csv")
    assert result.loader == "imf-imts" and result.ok and result.records == 6
    assert len(result.facts) == 5  # the empty OBS_VALUE is counted, no fact
    korea = result.facts.one(subject="South Korea")
    assert korea.partner == "China" and korea.figure.magnitude == Decimal("132902972288")
    assert korea.figure.unit_string == "USD"
    jan = result.facts.filter(partner="United States", flow="imports")[0]
    assert str(jan.period) == "2025-01"
    assert "aggregate" in result.facts.one(partner="World").provenance.source


def test_imf_portal_wide_applies_scale_id() -> None:
    result = ts.load(DATA / "imf-imts-portal-wide.csv")
    assert result.ok and result.records == 6
    first = result.facts[0]
    assert first.figure.unit_string == "million USD" and "SCALE.ID 6" in first.provenance.source


def test_imf_legacy_dots_is_in_millions_with_iso2_and_w00() -> None:
    result = ts.load(DATA / "imf-dots-legacy.csv")
    kz = result.facts.one(partner="Kazakhstan")
    assert (
        kz.figure.unit_string == "million USD" and "documented convention" in kz.provenance.source
    )
    assert result.facts.one(partner="World").figure.magnitude == Decimal("2499457.0")


def test_imf_sdmx_ml_with_lines_and_entities_refused() -> None:
    result = ts.load(DATA / "imf-imts-sdmx.xml")
    assert result.loader == "imf-imts" and result.records == 4 and result.accepted == 3
    assert str(result.rejected[0]).startswith("imf-imts-sdmx.xml:10:OBS_VALUE: OBS_VALUE 'n/a'")
    kz = result.facts.filter(subject="Kazakhstan", period="2023")
    assert kz[0].flow.value == "imports" and kz[0].figure.magnitude == Decimal("15200000000")
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
        '<m><Series COUNTRY="CHN" INDICATOR="XG_FOB_USD" COUNTERPART_COUNTRY="USA">'
        '<Obs TIME_PERIOD="2023" OBS_VALUE="&b;"/></Series></m>'
    )
    with pytest.raises(LoadError, match="unsafe XML"):
        ts.load(Source("x.xml", bomb), loader="imf-imts")


def test_comext_bulk_marks_000total_and_never_gives_it_a_product_segment() -> None:
    result = ts.load(DATA / "comext-full-202512.dat")
    assert result.loader == "comext" and result.ok and result.records == 6
    total = [
        f for f in result.facts if "000TOTAL" in f.provenance.source and f.subject == "Germany"
    ]
    assert len(total) == 1 and total[0].segment == "procedure 1 normal procedure"
    cn8 = result.facts.filter(
        subject="Germany", segment="CN8 85076000; procedure 1 normal procedure"
    )
    assert cn8[0].figure.unit_string == "EUR" and cn8[0].flow.value == "imports"
    masked = result.facts.one(subject="Poland")
    assert "confidential" in masked.segment
    assert result.facts.one(subject="France").segment.startswith("CN8 02042109")  # zero-padded
    assert result.facts.one(subject="Greece").partner.startswith("Stores and provisions")


def test_comext_sdmx_keeps_last_update_and_skips_quantities() -> None:
    result = ts.load(DATA / "comext-ds045409.csv")
    assert result.ok and result.records == 5 and len(result.facts) == 3
    assert all("LAST UPDATE 15/09/26" in f.provenance.source for f in result.facts)
    assert "aggregate" in result.facts.one(partner="World").provenance.source


def test_comext_damaged_7z_is_a_load_error_and_gzip_is_read(tmp_path: Path) -> None:
    archive = tmp_path / "full_v2_202512.7z"
    archive.write_bytes(b"7z\xbc\xaf\x27\x1c" + b"\x00" * 32)
    with pytest.raises(LoadError, match="full_v2_202512.7z: not a valid 7z archive"):
        ts.load(archive)
    packed = tmp_path / "full_202512.dat.gz"
    packed.write_bytes(gzip.compress((DATA / "comext-full-202512.dat").read_bytes()))
    assert ts.load(packed, loader="comext").records == 6


@given(st.binary(max_size=300))
def test_imf_and_comext_loaders_fuzz_over_bytes(data: bytes) -> None:
    heads = [
        ("imf-imts", b"COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE\n"),
        ("imf-imts", b'<m><Series COUNTRY="CHN" INDICATOR="XG_FOB_USD"><Obs '),
        ("comext", b"REPORTER,PARTNER,PRODUCT_NC,FLOW,PERIOD,VALUE_EUR\n"),
    ]
    for loader, head in heads:
        for payload in (data, head + data):
            try:
                result = ts.load(Source.from_bytes(payload, "f.csv"), loader=loader)
            except ts.TradestatError:
                continue
            assert result.accepted + len(result.rejected) == result.records


@given(st.binary(max_size=400))
def test_comext_7z_fuzz_over_bytes(data: bytes) -> None:
    good = (DATA / "comext-full_v2_202512.7z").read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        for payload in (b"7z\xbc\xaf\x27\x1c" + data, good[:32] + data, good[: len(data)]):
            path = Path(folder) / "x.7z"
            path.write_bytes(payload)
            try:
                result = ts.load(path, loader="comext")
            except ts.TradestatError:
                continue
            assert result.accepted + len(result.rejected) == result.records
