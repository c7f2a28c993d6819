"""Hostile files are safe: bounded decompression (gzip, 7z, xlsx) and XML without entities."""

import gzip
import zipfile
from pathlib import Path

import py7zr
import pytest

import tradestat as ts
from tradestat.errors import LoadError
from tradestat.loaders import Source

DATA = Path(__file__).parent / "data" / "sources"
BULK = (DATA / "comext-full-202512.dat").read_bytes()


def _key(facts: ts.FactSet) -> list[tuple[object, ...]]:
    return [(f.key, f.figure) for f in facts]


def test_comext_7z_extract_loads_as_downloaded() -> None:
    archive = ts.load(DATA / "comext-full_v2_202512.7z")
    plain = ts.load(DATA / "comext-full-202512.dat")
    assert archive.loader == "comext" and archive.ok
    assert archive.records == plain.records == 6
    assert _key(archive.facts) == _key(plain.facts)
    assert archive.facts[0].provenance.source.startswith("comext-full_v2_202512.7z:2")


def test_7z_bomb_is_refused_before_it_fills_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = tmp_path / "full_v2_202512.7z"
    with py7zr.SevenZipFile(bomb, "w") as archive:
        archive.writestr(b"\0" * (16 << 20), "full_202512.dat")
    assert bomb.stat().st_size < 64 << 10  # 16 MiB in a few KiB
    monkeypatch.setenv("TRADESTAT_MAX_INPUT_BYTES", "1M")
    with pytest.raises(LoadError, match="decompression bomb") as caught:
        ts.load(bomb)
    assert "full_v2_202512.7z" in str(caught.value)
    assert "TRADESTAT_MAX_INPUT_BYTES" in str(caught.value)


def test_7z_that_is_damaged_encrypted_or_ambiguous_gets_a_clear_error(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.7z"
    damaged.write_bytes((DATA / "comext-full_v2_202512.7z").read_bytes()[:100])
    with pytest.raises(LoadError, match="not a valid 7z archive"):
        ts.load(damaged, loader="comext")
    secret = tmp_path / "secret.7z"
    with py7zr.SevenZipFile(secret, "w", password="pw") as archive:
        archive.writestr(BULK, "full_202512.dat")
    with pytest.raises(LoadError, match="encrypted"):
        ts.load(secret, loader="comext")
    two = tmp_path / "two.7z"
    with py7zr.SevenZipFile(two, "w") as archive:
        archive.writestr(BULK, "full_202511.dat")
        archive.writestr(BULK, "full_202512.dat")
    with pytest.raises(LoadError, match="expected one data file .* found 2"):
        ts.load(two, loader="comext")


def test_gzip_bomb_in_a_comext_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = tmp_path / "full_202512.dat.gz"
    bomb.write_bytes(gzip.compress(BULK + b"\n" * (8 << 20)))
    monkeypatch.setenv("TRADESTAT_MAX_INPUT_BYTES", "1M")
    with pytest.raises(LoadError, match="expands to more than the input limit"):
        ts.load(bomb, loader="comext")
    genuine = tmp_path / "genuine.dat.gz"
    genuine.write_bytes(gzip.compress(BULK))
    assert ts.load(genuine, loader="comext").records == 6


def test_truncated_gzip_is_an_error_not_a_partial_file(tmp_path: Path) -> None:
    cut = tmp_path / "cut.dat.gz"
    cut.write_bytes(gzip.compress(BULK)[:-20])
    with pytest.raises(LoadError, match="truncated gzip"):
        ts.load(cut, loader="comext")


def test_xlsx_external_entity_is_never_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me")
    evil = tmp_path / "evil.xlsx"
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row><c t="inlineStr"><is><t>&e;</t></is></c></row></sheetData>'
        "</worksheet>"
    ).encode()
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("xl/worksheets/sheet1.xml", xml)
    with pytest.raises(LoadError, match="unsafe XML") as caught:
        ts.load(evil, loader="gacc-table")
    assert "do not read me" not in str(caught.value)


def test_sdmx_ml_external_entity_is_refused() -> None:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<m><Series COUNTRY="CHN" INDICATOR="XG_FOB_USD" COUNTERPART_COUNTRY="USA">'
        '<Obs TIME_PERIOD="2023" OBS_VALUE="&e;"/></Series></m>'
    )
    with pytest.raises(LoadError, match="unsafe XML"):
        ts.load(Source("x.xml", xml), loader="imf-imts")
