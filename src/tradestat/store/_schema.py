"""The store's tables, its schema version and the migrations between versions.

Version 1: ``schema_version`` (one row: the version), ``sources`` (one row a source: name,
digest of its facts, publication and retrieval dates, when added, and ``known``: the date
from which ``as_of`` queries see it) and ``facts`` (the fact table of
:mod:`tradestat.frames`, one row a stated fact, with its source, its place in the source,
its period as month numbers and ``vintage_key``: what it is about, so statements of the
same thing by different sources can be found).

Version 2 adds ``facts.release``: the release or vintage of the file a fact came from
(``Provenance.release``), so the releases of one source are told apart.

A later version adds a function to :data:`MIGRATIONS`; :func:`migrate` runs every step from
the stored version up to :data:`LATEST` in one transaction when a store is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from tradestat.frames import sql_columns

__all__ = ["LATEST", "MIGRATIONS", "metadata", "sources", "facts", "schema_version", "migrate"]

metadata = sa.MetaData()

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, nullable=False),
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", _ID, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("digest", sa.Text, nullable=False),
    sa.Column("published", sa.Date, nullable=True),
    sa.Column("retrieved", sa.DateTime(timezone=True), nullable=True),
    sa.Column("added", sa.DateTime(timezone=True), nullable=False),
    sa.Column("known", sa.Date, nullable=False),
    sa.Column("n_facts", sa.Integer, nullable=False),
)


def _facts(meta: sa.MetaData, skip: tuple[str, ...] = ()) -> sa.Table:
    """The facts table (of one schema version: without the ``skip`` columns)."""
    return sa.Table(
        "facts",
        meta,
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("source_id", _ID, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("vintage_key", sa.Text, nullable=False),
        sa.Column("period_first", sa.Integer, nullable=False),
        sa.Column("period_last", sa.Integer, nullable=False),
        *(c for c in sql_columns(sa) if c.name != "published" and c.name not in skip),
        sa.UniqueConstraint("source_id", "seq"),
        sa.Index("facts_vintage_key", "vintage_key"),
        sa.Index("facts_subject_measure", "subject", "measure"),
    )


facts = _facts(metadata)


def _create_v1(conn: sa.Connection) -> None:
    v1 = sa.MetaData()
    v1_sources = sources.to_metadata(v1)
    v1_facts = _facts(v1, skip=("release",))
    v1.create_all(conn, tables=[v1_sources, v1_facts], checkfirst=True)


def _add_release(conn: sa.Connection) -> None:
    """Version 2: ``facts.release``, empty for the facts stored before."""
    have = {c["name"] for c in sa.inspect(conn).get_columns("facts")}
    if "release" not in have:
        conn.execute(sa.text('ALTER TABLE facts ADD COLUMN "release" TEXT'))


#: Step ``n`` turns a store of version n - 1 into version n.
MIGRATIONS: dict[int, Callable[[sa.Connection], None]] = {1: _create_v1, 2: _add_release}
#: The schema version this tradestat writes.
LATEST = max(MIGRATIONS)


def stored_version(conn: sa.Connection) -> int:
    """The schema version recorded in the store (0 for a new, empty database)."""
    if not sa.inspect(conn).has_table(schema_version.name):
        return 0
    value: Any = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
    return int(value or 0)


def migrate(conn: sa.Connection, latest: int | None = None) -> tuple[int, int]:
    """Bring the schema up to ``latest`` (default :data:`LATEST`); returns (before, after).

    Runs inside the caller's transaction, which holds the store's write lock, so two
    processes opening a new store at once create it once.
    """
    target = LATEST if latest is None else latest
    schema_version.create(conn, checkfirst=True)
    before = stored_version(conn)
    if before > target:
        return before, before
    for step in range(before + 1, target + 1):
        MIGRATIONS[step](conn)
    if before != target:
        conn.execute(sa.delete(schema_version))
        conn.execute(sa.insert(schema_version).values(version=target))
    return before, target
