"""The store, on SQLite and on a real PostgreSQL server: sources, vintages, revisions, safety."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import tradestat as ts
import tradestat.store
from store_support import fresh_postgres_database
from strategies import facts as fact_strategy
from tradestat.datasets import xinjiang_2025_h1
from tradestat.errors import ValidationError
from tradestat.store import Store, StoreError
from tradestat.store import _schema as schema

DATA = Path(__file__).parent / "data" / "store"


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh store location: a SQLite file, or a new database on the test server."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.sqlite")
    else:
        yield from fresh_postgres_database()


@pytest.fixture
def store(location: str) -> Iterator[Store]:
    with tradestat.store.open(location) as opened:
        yield opened


def facts_2024() -> ts.FactSet:
    result = ts.load(DATA / "xinjiang-2024-h1.txt")
    assert result.loader == "article"
    return result.facts


def with_source(facts: ts.FactSet, name: str) -> ts.FactSet:
    return ts.FactSet(
        f
        if f.provenance.source
        else attrs.evolve(f, provenance=attrs.evolve(f.provenance, source=name))
        for f in facts
    )


def snapshot(location: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the store's tables, to compare before and after."""
    if "://" in location:
        url = sa.make_url(location)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
    else:
        url = sa.URL.create("sqlite", database=location)
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: sorted(map(tuple, conn.execute(sa.select(t)).all()), key=repr)
                for t in (schema.schema_version, schema.sources, schema.facts)
            }
    finally:
        engine.dispose()


# --- the walkthrough -----------------------------------------------------------------
def test_xinjiang_revision_and_as_of(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="tradestat.store")
    first = store.add(facts_2024(), source="xinhua-2024-07", published="2024-07-20")
    second = store.add(xinjiang_2025_h1(), source="xinhua-2025-07-25", published=date(2025, 7, 25))
    assert (first.facts, first.new, second.facts, second.new) == (1, True, 16, True)

    (revision,) = store.revisions()
    assert revision.about == "Xinjiang 2024-H1 total value (CNY)"
    assert revision.before.source == "xinhua-2024-07"
    assert revision.before.figures == "220.63 billion CNY"
    assert revision.after.source == "xinhua-2025-07-25"
    assert revision.after.implied_by == "base_value"
    assert revision.after.figures == "218.482-220.275 billion CNY"
    assert revision.overlap is False
    assert revision.describe() == (
        "Xinjiang 2024-H1 total value (CNY): 220.63 billion CNY [xinhua-2024-07, 2024-07-20] "
        "-> 218.482-220.275 billion CNY (implied by base_value) [xinhua-2025-07-25, 2025-07-25]; "
        "intervals do not overlap"
    )
    assert revision.to_dict()["before"]["facts"][0]["value"] == 220.63
    assert store.revisions(implied=False) == []

    (known,) = store.facts(as_of="2024-12-31")
    assert str(known.figure) == "220.63 billion CNY" and str(known.period) == "2024-H1"
    assert store.facts(as_of="2024-07-19") == ts.FactSet([])
    assert len(store.facts()) == 17
    assert "added xinhua-2024-07 (1 facts)" in caplog.text


def test_a_later_stated_figure_supersedes_and_both_are_kept(store: Store) -> None:
    old = ts.Fact("Xinjiang", "2024-H1", "total", "value", ts.Figure("220.63", "billion CNY"))
    new = attrs.evolve(old, figure=ts.Figure("2203", "100 million CNY", "about"))
    store.add([old], source="first", published="2024-07-20")
    store.add([new], source="second", published="2025-01-20")
    assert store.facts() == ts.FactSet([with_source(ts.FactSet([new]), "second")[0]])
    assert [str(f.figure) for f in store.facts(as_of="2024-12-31")] == ["220.63 billion CNY"]
    assert len(store.facts(history=True)) == 2
    (revision,) = store.revisions()
    assert (revision.before.source, revision.after.source, revision.overlap) == (
        "first",
        "second",
        False,
    )
    same = attrs.evolve(old, figure=ts.Figure("2206.3", "100 million CNY"))
    store.add([same], source="third", published="2025-02-01")
    assert len(store.revisions()) == 2  # 2203 -> 2206.3 is one; 2206.3 restates 220.63 only


def test_stated_figures_around_an_implied_one_are_compared_with_each_other(store: Store) -> None:
    store.add(facts_2024(), source="2024", published="2024-07-20")
    store.add(xinjiang_2025_h1(), source="2025", published="2025-07-25")
    restated = ts.Fact("Xinjiang", "2024-H1", "total", "value", ts.Figure("219.0", "billion CNY"))
    store.add([restated], source="2026", published="2026-01-20")
    pairs = [(r.before.source, r.after.source, r.overlap) for r in store.revisions()]
    # 219.0 lies in the range the 2025 release implies: no revision between those two
    assert pairs == [("2024", "2025", False), ("2024", "2026", False)]
    assert [str(f.figure) for f in store.facts(period="2024-H1")] == ["219.0 billion CNY"]


def test_a_conversion_beside_a_figure_is_not_a_revision(store: Store) -> None:
    store.add(xinjiang_2025_h1(), published="2025-07-25")
    later = xinjiang_2025_h1().filter(measure="value", period="2025-H1")
    store.add(later, source="republished", published="2025-08-01")
    assert store.revisions() == []
    assert len(store.facts(period="2025-H1", measure="value")) == 2


# --- adding ----------------------------------------------------------------------------------
def test_adding_the_same_source_twice_adds_nothing(store: Store) -> None:
    assert store.add(xinjiang_2025_h1(), published="2025-07-25").new
    again = store.add(reversed(list(xinjiang_2025_h1())), published="2025-07-25")
    assert (again.new, again.facts, str(again)) == (
        False,
        0,
        "xinjiang-2025-h1: already stored, nothing added",
    )
    assert len(store.facts(history=True)) == 16 and len(store.sources()) == 1
    with pytest.raises(StoreError, match="already stored with other facts"):
        store.add(xinjiang_2025_h1()[:3])
    unnamed = ts.Fact("Xinjiang", "2024-H1", "total", "value", ts.Figure(220.63, "billion CNY"))
    with pytest.raises(ValidationError, match="name the source"):
        store.add([unnamed])


def test_a_crash_inside_add_leaves_the_store_as_it_was(
    store: Store, location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add(facts_2024(), source="xinhua-2024-07", published="2024-07-20")
    before = snapshot(location)
    original = Store._insert_facts

    def crash(self: Store, conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
        original(self, conn, rows)  # the source row and every fact row are written ...
        raise RuntimeError("power cut")  # ... and then the process dies inside the transaction

    monkeypatch.setattr(Store, "_insert_facts", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        store.add(xinjiang_2025_h1(), published="2025-07-25")
    assert snapshot(location) == before
    monkeypatch.undo()
    assert store.add(xinjiang_2025_h1(), published="2025-07-25").facts == 16


def test_nul_characters_are_refused_before_writing(store: Store) -> None:
    fact = attrs.evolve(xinjiang_2025_h1()[0], provenance=ts.Provenance("x", "a\x00b", None, None))
    with pytest.raises(ValidationError, match="NUL character"):
        store.add([fact])
    assert store.sources() == []


WRITER = textwrap.dedent(
    """
    import sys, time
    import tradestat.store
    from tradestat.datasets import xinjiang_2025_h1

    location, name, start, count = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    time.sleep(max(0.0, start - time.time()))
    facts = xinjiang_2025_h1()
    with tradestat.store.open(location) as store:
        for i in range(count):
            store.add(facts, source=f"{name}-{i}", published=f"2025-07-{i + 1:02d}")
            if i == count // 2:
                store.add(facts, source="shared", published="2025-07-25")
    """
)


def test_the_switch_to_wal_waits_while_another_connection_holds_the_file(tmp_path: Path) -> None:
    """SQLite refuses a switch to WAL at once when the busy timeout does not apply (two
    processes opening a new store together: "database is locked" with no wait); the store
    tries again until the other connection lets go, instead of failing."""
    import sqlite3
    import threading

    from tradestat.store._engine import _wal

    path = tmp_path / "store.sqlite"
    holder = sqlite3.connect(path, check_same_thread=False)
    holder.isolation_level = None
    holder.execute("CREATE TABLE held (x)")
    holder.execute("BEGIN")
    holder.execute("SELECT * FROM held").fetchall()  # a read lock: no switch meanwhile
    releaser = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    releaser.start()
    opener = sqlite3.connect(path, timeout=0)  # (refused at once, as in the race)
    try:
        _wal(opener.cursor())
        assert opener.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        releaser.join()
        holder.close()
        opener.close()


def test_two_processes_writing_at_once_lose_and_duplicate_nothing(location: str) -> None:
    count = 5
    start = time.time() + 2.0  # both open the new store and write at the same moment
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, location, name, str(start), str(count)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    with tradestat.store.open(location) as store:
        sources = store.sources()
        assert sorted(s.name for s in sources) == sorted(
            [f"{n}-{i}" for n in "ab" for i in range(count)] + ["shared"]
        )
        assert all(s.facts == 16 for s in sources)
        assert len(store.facts(history=True)) == 16 * (2 * count + 1)
        assert store.facts(source="shared", history=True) == xinjiang_2025_h1()
        assert store.schema_version == schema.LATEST


@settings(
    max_examples=min(settings().max_examples, 25),
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(facts=st.lists(fact_strategy(), max_size=5), number=st.integers(0, 10**9))
def test_what_is_added_comes_back_exactly(store: Store, facts: list[ts.Fact], number: int) -> None:
    assume(all("\x00" not in (f.provenance.quote or "") for f in facts))
    name = f"source-{number}"
    assume(name not in {s.name for s in store.sources()})
    store.add(facts, source=name, published="2025-01-01")
    back = store.facts(source=name, history=True)
    expected = with_source(ts.FactSet(facts), name)
    assert back == expected
    assert [str(f.figure.magnitude) for f in back] == [str(f.figure.magnitude) for f in facts]
    assert [f.provenance for f in back] == [f.provenance for f in expected]


# --- querying --------------------------------------------------------------------------------
def test_queries_by_any_field(store: Store) -> None:
    store.add(xinjiang_2025_h1(), published="2025-07-25")
    store.add(facts_2024(), source="xinhua-2024-07", published="2024-07-20")
    assert len(store.facts(subject="Xinjiang")) == 17
    assert len(store.facts(period="H1 2025", measure="share")) == 2
    assert len(store.facts(period=["2025-03", "2025-04"])) == 2
    assert len(store.facts(flow=None)) == 2
    assert len(store.facts(segment=None, measure="yoy_growth")) == 2
    assert len(store.facts(segment="private enterprises")) == 2
    assert len(store.facts(partner="BRI countries")) == 2
    assert len(store.facts(benchmark="China")) == 1
    assert len(store.facts(qualifier="more_than")) == 7
    assert len(store.facts(unit="billion yuan")) == 7
    assert len(store.facts(source="xinhua-2024-07")) == 1
    assert store.facts(subject="Xinjiang'; DROP TABLE facts; --") == ts.FactSet([])
    assert len(store.facts(history=True)) == 17
    with pytest.raises(ValidationError, match="cannot query on colour"):
        store.facts(colour="red")


def test_frames_of_the_store(store: Store) -> None:
    store.add(xinjiang_2025_h1(), published="2025-07-25", retrieved="2025-07-26T08:00:00+00:00")
    frame = store.frame(measure="value")
    assert len(frame) == 7
    assert set(frame.vintage) == {"xinjiang-2025-h1"}
    assert str(frame.published.iloc[0].date()) == "2025-07-25"
    assert str(frame.retrieved.iloc[0]) == "2025-07-26 08:00:00+00:00"
    assert ts.FactSet.from_pandas(frame) == xinjiang_2025_h1().filter(measure="value")


def test_dates_without_publication(store: Store) -> None:
    store.add(facts_2024(), source="undated", retrieved=date(2024, 8, 1))
    (info,) = store.sources()
    assert (info.published, info.known, info.facts) == (None, date(2024, 8, 1), 1)
    assert len(store.facts(as_of="2024-08-01")) == 1
    assert store.facts(as_of=date(2024, 7, 31)) == ts.FactSet([])
    with pytest.raises(ValidationError, match="expected a date"):
        store.add(xinjiang_2025_h1(), published="last week")


# --- schema ----------------------------------------------------------------------------------
def test_schema_version_and_migration_path(location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with tradestat.store.open(location) as store:
        assert store.schema_version == schema.LATEST == 2
        store.add(xinjiang_2025_h1(), published="2025-07-25")

    def add_notes(conn: sa.Connection) -> None:
        sa.Table("notes", sa.MetaData(), sa.Column("text", sa.Text)).create(conn)

    monkeypatch.setitem(schema.MIGRATIONS, 3, add_notes)
    monkeypatch.setattr(schema, "LATEST", 3)
    with tradestat.store.open(location) as store:
        assert store.schema_version == 3
        assert len(store.facts()) == 16
    monkeypatch.undo()
    with pytest.raises(StoreError, match="schema version 3, newer than this tradestat knows"):
        tradestat.store.open(location)


# --- where a store lives, and its secrets ------------------------------------------------------
def test_default_location_is_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRADESTAT_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    where = tradestat.store.default_location()
    assert where == str(tmp_path / "data" / "tradestat" / "facts.sqlite")
    with tradestat.store.open() as store:
        assert store.url == where
    monkeypatch.setenv("TRADESTAT_DB", str(tmp_path / "elsewhere.db"))
    assert tradestat.store.default_location() == str(tmp_path / "elsewhere.db")


SECRET = "Sup3r-s3cret-pw"


def test_a_password_never_appears(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    url = f"postgresql://analyst:{SECRET}@127.0.0.1:9/trade"
    with pytest.raises(StoreError) as info:
        tradestat.store.open(url)
    assert SECRET not in str(info.value) and "analyst:***@127.0.0.1:9/trade" in str(info.value)
    assert SECRET not in caplog.text
    assert tradestat.store.open.__doc__ is not None


def test_a_real_servers_password_stays_hidden(
    location: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    password = sa.make_url(location).password if "://" in location else None
    with tradestat.store.open(location) as store:
        store.add(xinjiang_2025_h1())
        shown = [repr(store), store.url, caplog.text]
    if password:
        assert all(str(password) not in text for text in shown)
        assert "***" in store.url


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sqlalchemy", None)
    with pytest.raises(ts.TradestatError, match=r"pip install 'tradestat\[store\]'"):
        tradestat.store.open("x.sqlite")


# --- the command line ------------------------------------------------------------------------
def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from tradestat.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


ARTICLE_2025 = Path(ts.__file__).parent / "data" / "xinjiang-2025-h1.txt"


def test_cli_store_walkthrough(
    location: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ("--db", location)
    first = run(
        capsys, "store", "add", str(DATA / "xinjiang-2024-h1.txt"), "--published", "2024-07-20", *db
    )
    assert first[:2] == (0, "xinjiang-2024-h1.txt: 1 facts added\n")
    code, out, _ = run(capsys, "store", "add", str(ARTICLE_2025), "--published", "2025-07-25", *db)
    assert (code, out) == (0, "xinjiang-2025-h1.txt: 16 facts added\n")
    code, out, _ = run(capsys, "store", "add", str(ARTICLE_2025), "--published", "2025-07-25", *db)
    assert out == "xinjiang-2025-h1.txt: already stored, nothing added\n"

    code, out, _ = run(capsys, "store", "revisions", *db)
    assert code == 0 and "220.63 billion CNY" in out and "218.482-220.275 billion CNY" in out
    assert out.rstrip().endswith("1 revision(s)")
    code, out, _ = run(capsys, "store", "revisions", "--format", "json", *db)
    (revision,) = json.loads(out)
    assert (revision["before"]["source"], revision["after"]["source"], revision["overlap"]) == (
        "xinjiang-2024-h1.txt",
        "xinjiang-2025-h1.txt",
        False,
    )

    code, out, _ = run(capsys, "store", "query", "--as-of", "2024-12-31", "--format", "json", *db)
    assert [(r["period"], r["value"]) for r in json.loads(out)] == [("2024-H1", 220.63)]
    code, out, _ = run(capsys, "store", "query", "--measure", "share", "--format", "csv", *db)
    assert out.count("\n") == 3 and ",share,94.3,percent," in out
    code, out, _ = run(capsys, "store", "query", "--period", "2025-03", "--period", "2025-04", *db)
    assert "2025-03" in out and "2025-04" in out and "2025-05" not in out
    target = tmp_path / "q.parquet"
    code, out, _ = run(capsys, "store", "query", "--format", "parquet", "--out", str(target), *db)
    assert code == 0 and len(ts.load(target).facts) == 17
    code, out, _ = run(capsys, "store", "sources", "--format", "json", *db)
    assert [s["name"] for s in json.loads(out)] == ["xinjiang-2024-h1.txt", "xinjiang-2025-h1.txt"]

    code, out, _ = run(capsys, "check", "--store", "--json", *db)
    findings = json.loads(out)["findings"]
    # growth measured against an earlier release's figure is a warning (a later release
    # measures growth on revised figures), not an error
    assert code == 0
    assert ("growth_vs_previous", "warning") in {(f["rule"], f["severity"]) for f in findings}
    code, out, _ = run(capsys, "check", "--store", "--as-of", "2025-01-01", *db)
    assert code == 0 and out.startswith("1 facts checked")


def test_cli_store_add_refuses_files_with_rejected_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(tmp_path / "s.sqlite"))
    bad = Path(__file__).parent / "data" / "loaders" / "tidy-bad.csv"
    code, out, err = run(capsys, "store", "add", str(bad), *db)
    assert code == 1 and out == "" and "nothing stored from it" in err
    code, out, err = run(capsys, "store", "add", str(bad), "--skip-rejected", *db)
    assert code == 0 and out == "tidy-bad.csv: 2 facts added\n"
    code, _, err = run(capsys, "check", *db)
    assert code == 2 and "or --store" in err


def test_cli_never_shows_a_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"postgresql://analyst:{SECRET}@127.0.0.1:9/trade"
    monkeypatch.setenv("TRADESTAT_DB", url)
    for argv in (["store", "query"], ["store", "revisions", "--db", url], ["check", "--store"]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and SECRET not in out + err and "analyst:***@" in err
    for argv in (["store", "query", "--help"], ["store", "add", "--help"], ["check", "--help"]):
        with pytest.raises(SystemExit):
            run(capsys, *argv)
        out, err = capsys.readouterr()
        assert SECRET not in out + err and "--db PATH_OR_URL" in out
