"""Parquet and SQLite files through load and dump: lossless, readable by DuckDB."""

import sqlite3
import tempfile
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradestat as ts
import tradestat.loaders
import tradestat.store
from strategies import facts as fact_strategy
from tradestat.datasets import xinjiang_2025_h1
from tradestat.errors import LoadError

fact_sets = st.lists(fact_strategy(), max_size=6).map(ts.FactSet)


def digits(facts: ts.FactSet) -> list[tuple[str, str, str]]:
    return [(str(f.figure.magnitude), f.figure.unit_string, str(f.provenance)) for f in facts]


@settings(max_examples=min(settings().max_examples, 40))
@given(facts=fact_sets)
def test_files_round_trip_losslessly(facts: ts.FactSet) -> None:
    for suffix in ("parquet", "sqlite"):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"facts.{suffix}"
            ts.dump(facts, path)
            result = ts.load(path)
        assert result.loader == "columnar"
        assert (result.records, result.accepted, result.rejected) == (len(facts), len(facts), ())
        assert result.facts == facts
        assert digits(result.facts) == digits(facts)


@pytest.mark.parametrize("suffix", ["parquet", "sqlite", "db"])
def test_the_bundled_article_by_path_string_and_format(tmp_path: Path, suffix: str) -> None:
    facts = xinjiang_2025_h1()
    ts.dump(facts, tmp_path / f"out.{suffix}")
    assert ts.load(str(tmp_path / f"out.{suffix}")).facts == facts
    target = tmp_path / "out.bin"
    ts.dump(facts, str(target), format="parquet" if suffix == "parquet" else "sqlite")
    assert ts.load(target, loader="columnar").facts == facts


def test_duckdb_reads_the_parquet_file(tmp_path: Path) -> None:
    path = tmp_path / "facts.parquet"
    ts.dump(xinjiang_2025_h1(), path)
    rows = duckdb.sql(
        f"SELECT period, stated, unit, low, high FROM read_parquet('{path}') "
        "WHERE measure = 'value' AND unit = 'billion CNY' AND qualifier = 'exact' "
        "ORDER BY period_start"
    ).fetchall()
    assert rows == [
        ("2025-H1", "280.8", "billion CNY", 280.75, 280.85),
        ("2025-06", "53.17", "billion CNY", pytest.approx(53.165), pytest.approx(53.175)),
    ]


def test_sqlite_file_is_a_plain_table(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    ts.dump(xinjiang_2025_h1(), path)
    with sqlite3.connect(path) as conn:
        (stated,) = conn.execute(
            "SELECT stated FROM facts WHERE measure = 'share' AND partner = 'BRI countries'"
        ).fetchone()
        info = dict(conn.execute("SELECT name, value FROM tradestat_file").fetchall())
    assert stated == "80" and info == {"format": "facts", "version": "1"}
    ts.dump(xinjiang_2025_h1()[:3], path)  # a dump file is replaced whole
    assert len(ts.load(path).facts) == 3


def test_bad_rows_are_rejected_with_row_and_field(tmp_path: Path) -> None:
    table = xinjiang_2025_h1().to_arrow()
    units = table["unit"].to_pylist()
    units[2] = "billion XYZ"
    table = table.set_column(table.schema.get_field_index("unit"), "unit", pa.array(units))
    path = tmp_path / "bad.parquet"
    pq.write_table(table, path)
    result = ts.load(path)
    assert (result.records, result.accepted) == (16, 15)
    assert str(result.rejected[0]).startswith("bad.parquet:row 3.unit: field 'unit': unknown unit")


def test_empty_and_foreign_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.parquet"
    ts.dump([], empty)
    result = ts.load(empty)
    assert result.records == 0 and "empty source" in result.warnings[0]
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (x)")
    with pytest.raises(LoadError, match="without a 'facts' table"):
        ts.load(other)
    with pytest.raises(LoadError, match="Parquet and SQLite files are read from a path"):
        tradestat.loaders.loads("subject,period\n", loader="columnar")


def test_a_store_file_loads_with_every_statement_but_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with tradestat.store.open(path) as store:
        store.add(xinjiang_2025_h1(), published="2025-07-25")
    assert ts.load(path).facts == xinjiang_2025_h1()
    with pytest.raises(LoadError, match="is a tradestat store, not overwritten"):
        ts.dump(xinjiang_2025_h1(), path)
