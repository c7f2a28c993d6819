"""The release (vintage) of each file travels with its facts: loaders, records, tables, store."""

from pathlib import Path

import attrs
import pyarrow as pa
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
import tradestat.store
from strategies import facts as fact_strategy
from tradestat.frames import fact_row, fact_rows, facts_from_rows
from tradestat.store import _schema as schema

DATA = Path(__file__).parent / "data" / "sources"


def test_loaders_set_the_release_from_the_file_or_the_option() -> None:
    express = ts.load(DATA / "gacc-table-express.xlsx").facts
    assert {f.provenance.release for f in express} == {"快讯 (Express, preliminary)"}
    bulletin = ts.load(DATA / "gacc-table-bulletin.xlsx").facts
    assert {f.provenance.release for f in bulletin} == {"月报 (Bulletin)"}
    said = ts.load(DATA / "gacc-table-bulletin.xlsx", release="月报 2026-06-20").facts
    assert {f.provenance.release for f in said} == {"月报 2026-06-20"}
    comext = ts.load(DATA / "comext-ds045409.csv").facts
    assert {f.provenance.release for f in comext} == {"LAST UPDATE 2026-09-15 11:00:00"}
    query = ts.load(
        DATA / "gacc-query-partners.csv",
        flow="exports",
        period="2023",
        release="retrieved 2026-11-02",
    ).facts
    assert {f.provenance.release for f in query} == {"retrieved 2026-11-02"}
    census = ts.load(DATA / "census-exports-2024-03.json", release="2024-05-02").facts
    assert {f.provenance.release for f in census} == {"2024-05-02"}
    imf = ts.load(DATA / "imf-imts-sdmx.csv", release="2025-12").facts
    assert {f.provenance.release for f in imf} == {"2025-12"}
    # a file that does not say and no option: no release, rather than a guess
    assert {f.provenance.release for f in ts.load(DATA / "comext-full-202512.dat").facts} == {None}


@given(fact_strategy(), st.one_of(st.none(), st.text(min_size=1, max_size=30)))
def test_release_survives_records_and_table_rows(fact: ts.Fact, release: str | None) -> None:
    fact = attrs.evolve(fact, provenance=attrs.evolve(fact.provenance, release=release))
    assert ts.Fact.from_record(fact.to_record()) == fact
    assert facts_from_rows(fact_rows([fact]))[0] == fact
    assert ts.FactSet.from_arrow(ts.FactSet([fact]).to_arrow()) == ts.FactSet([fact])


def test_tables_written_before_the_release_column_still_load(tmp_path: Path) -> None:
    facts = ts.load(DATA / "gacc-table-express.xlsx").facts
    rows = [fact_row(f) for f in facts]
    for row in rows:
        del row["release"]
    old = pa.Table.from_pylist(rows)
    back = ts.FactSet.from_arrow(old)
    assert len(back) == len(facts) and {f.provenance.release for f in back} == {None}
    assert [f.figure for f in back] == [f.figure for f in facts]


def test_store_keeps_releases_and_finds_revisions_between_them(tmp_path: Path) -> None:
    express = ts.load(DATA / "gacc-table-express.xlsx").facts
    world = express.filter(partner="World", flow="exports", period="2026-06", measure="value")
    (first,) = world
    revised = attrs.evolve(
        first,
        figure=ts.Figure("28210.5", first.figure.unit_string),
        provenance=attrs.evolve(first.provenance, release="月报 (Bulletin)"),
    )
    with tradestat.store.open(tmp_path / "s.sqlite") as store:
        store.add([first, revised], source="gacc-2026-06")
        (revision,) = store.revisions(implied=False)
        assert revision.before.release == "快讯 (Express, preliminary)"
        assert revision.after.release == "月报 (Bulletin)"
        assert "快讯" in revision.describe() and "月报" in revision.describe()
        assert revision.to_dict()["after"]["release"] == "月报 (Bulletin)"
        (latest,) = store.facts()
        assert latest == revised
        assert len(store.facts(history=True)) == 2
        frame = store.frame(history=True)
        assert sorted(frame.release) == ["快讯 (Express, preliminary)", "月报 (Bulletin)"]


def test_a_version_1_store_is_migrated_and_keeps_its_facts(tmp_path: Path) -> None:
    where = tmp_path / "old.sqlite"
    engine = sa.create_engine(f"sqlite:///{where}")
    with engine.begin() as conn:
        assert schema.migrate(conn, latest=1) == (0, 1)
        columns = {c["name"] for c in sa.inspect(conn).get_columns("facts")}
        assert "release" not in columns
    engine.dispose()
    facts = ts.load(DATA / "comext-full-202512.dat").facts
    with tradestat.store.open(where) as store:
        assert store.schema_version == 2
        store.add(facts, source="comext-2025-12")
        assert store.facts() == facts


def test_sqlite_fact_files_written_before_the_release_column_still_load(tmp_path: Path) -> None:
    facts = ts.load(DATA / "gacc-table-express.xlsx").facts
    path = tmp_path / "facts.sqlite"
    ts.dump(facts, path)
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text('ALTER TABLE facts DROP COLUMN "release"'))
    engine.dispose()
    back = ts.load(path).facts
    assert [f.figure for f in back] == [f.figure for f in facts]
    assert {f.provenance.release for f in back} == {None}
