"""Facts in Parquet and SQLite files: the fact table of :mod:`tradestat.frames`, on disk.

``dump(facts, "facts.parquet")`` writes one row a fact with the columns of
:data:`tradestat.frames.COLUMNS` (DuckDB reads it as it is: ``SELECT * FROM
'facts.parquet'``); ``dump(facts, "facts.sqlite")`` (or ``.db``) writes the same columns to
a table ``facts``, in order of a ``position`` column, beside a table ``tradestat_file`` that
names the format. ``load`` reads both back, written digits, qualifiers and provenance kept,
and also reads the ``facts`` table of a store file (every statement of every source).

Parquet needs pyarrow (``tradestat[frames]``), SQLite files SQLAlchemy (``tradestat[store]``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from tradestat._outputs import atomic_path
from tradestat.errors import LoadError, ValidationError
from tradestat.frames import (
    COLUMN_NAMES,
    FORMAT_VERSION,
    REQUIRED,
    fact_from_row,
    fact_rows,
    require,
    sql_columns,
    to_arrow,
)
from tradestat.loaders.base import Loader, LoadResult, ResultBuilder, Source
from tradestat.models import Fact

__all__ = ["ColumnarLoader", "binary_format", "binary_source", "dump_binary", "KINDS"]

#: File extensions and the format each stands for.
KINDS = {"parquet": "parquet", "sqlite": "sqlite", "sqlite3": "sqlite", "db": "sqlite"}
_MAGIC = {b"PAR1": "parquet", b"SQLite format 3\x00": "sqlite"}
#: How a binary source is marked: its text is empty, its encoding this.
BINARY = "binary"


def _magic(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    return None


def binary_source(source: object) -> Source | None:
    """A :class:`Source` for a Parquet or SQLite file named by path (no text decoded), else None."""
    if not isinstance(source, (str, os.PathLike)):
        return None
    if isinstance(source, str) and ("\n" in source or len(source) > 4096):
        return None
    path = Path(source)
    try:
        if not path.is_file():
            return None
    except OSError:
        return None
    if _magic(path) is None:
        return None
    return Source(path.name, "", BINARY, path)


def binary_format(target: object, format: str | None) -> str | None:
    """``parquet`` or ``sqlite`` when :func:`dump` should write that, else None."""
    if format is not None:
        fmt = format.lower()
        return KINDS.get(fmt) if fmt in ("parquet", "sqlite") else None
    name = str(getattr(target, "name", target))
    return KINDS.get(Path(name).suffix.lower().lstrip("."))


def dump_binary(
    facts: Iterable[Fact], target: str | os.PathLike[str] | IO[Any], format: str
) -> None:
    """Write facts as a Parquet file (path or binary file object) or a SQLite file (path)."""
    if format == "parquet":
        pq = require("pyarrow.parquet", "writing Parquet files")
        if isinstance(target, (str, os.PathLike)):
            with atomic_path(target) as temporary:
                pq.write_table(to_arrow(facts), temporary)
        else:
            pq.write_table(to_arrow(facts), target)
        return
    if not isinstance(target, (str, os.PathLike)):
        raise LoadError("a SQLite file is written to a path, not a file object")
    _write_sqlite(list(facts), Path(target))


def _engine(path: Path) -> Any:
    sa = require("sqlalchemy", "SQLite files")
    return sa.create_engine(sa.engine.URL.create("sqlite", database=str(path)))


def _write_sqlite(facts: list[Fact], path: Path) -> None:
    """Write to a new file beside the target, then move it over the target in one step."""
    sa = require("sqlalchemy", "SQLite files")
    if path.exists() and _magic(path) == "sqlite" and _is_store(path):
        raise LoadError(
            "is a tradestat store, not overwritten: add facts with 'tradestat store add'",
            str(path),
        )
    metadata = sa.MetaData()
    facts_table = sa.Table(
        "facts", metadata, sa.Column("position", sa.Integer, primary_key=True), *sql_columns(sa)
    )
    info = sa.Table(
        "tradestat_file",
        metadata,
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    handle, temporary = tempfile.mkstemp(suffix=".sqlite", dir=path.parent or None)
    os.close(handle)
    engine = _engine(Path(temporary))
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            conn.execute(
                info.insert(),
                [
                    {"name": "format", "value": "facts"},
                    {"name": "version", "value": str(FORMAT_VERSION)},
                ],
            )
            rows = [{"position": i, **row} for i, row in enumerate(fact_rows(facts))]
            if rows:
                conn.execute(facts_table.insert(), rows)
        engine.dispose()
        os.replace(temporary, path)
    except BaseException:
        engine.dispose()
        Path(temporary).unlink(missing_ok=True)
        raise


def _is_store(path: Path) -> bool:
    sa = require("sqlalchemy", "SQLite files")
    engine = _engine(path)
    try:
        with engine.connect() as conn:
            return bool(sa.inspect(conn).has_table("schema_version"))
    except sa.exc.DBAPIError:
        return False
    finally:
        engine.dispose()


class ColumnarLoader(Loader):
    """Parquet and SQLite files of the fact table (``dump`` writes them)."""

    name = "columnar"
    description = "Parquet and SQLite files of tradestat's fact table (and store files)"
    kinds = tuple(KINDS)

    def sniff(self, source: Source) -> float:
        """Certain for a Parquet or SQLite file read by path; nothing else."""
        if source.encoding != BINARY or source.path is None:
            return 0.0
        return 1.0 if _magic(source.path) is not None else 0.0

    def load(self, source: Source) -> LoadResult:
        """Every row becomes a fact or a rejection naming the row and field."""
        out = ResultBuilder(self.name, source)
        if source.path is None or source.encoding != BINARY:
            raise LoadError("Parquet and SQLite files are read from a path", source.name)
        kind = _magic(source.path)
        rows = self._parquet(source) if kind == "parquet" else self._sqlite(source)
        if not rows:
            out.warn(f"{source.name}: empty source, no records")
        for number, row in enumerate(rows, start=1):
            try:
                fact = fact_from_row(row, where="")
            except ValidationError as exc:
                column = f"row {number}" + (f".{exc.field}" if exc.field else "")
                out.reject(str(exc).removeprefix(": "), None, column, _raw(row))
                continue
            out.accept([fact])
        return out.result()

    def _parquet(self, source: Source) -> list[dict[str, Any]]:
        pq = require("pyarrow.parquet", "reading Parquet files")
        try:
            table = pq.read_table(source.path)
        except Exception as exc:  # pyarrow raises its own error types
            raise LoadError(f"unreadable Parquet file: {exc}", source.name) from None
        _check(table.schema.names, source)
        wanted = [c for c in table.schema.names if c in COLUMN_NAMES]
        rows: list[dict[str, Any]] = table.select(wanted).to_pylist()
        return rows

    def _sqlite(self, source: Source) -> list[dict[str, Any]]:
        sa = require("sqlalchemy", "reading SQLite files")
        assert source.path is not None
        engine = _engine(source.path)
        try:
            with engine.connect() as conn:
                if not sa.inspect(conn).has_table("facts"):
                    raise LoadError("a SQLite file without a 'facts' table", source.name)
                names = [c["name"] for c in sa.inspect(conn).get_columns("facts")]
                _check(names, source)
                order = next((c for c in ("position", "id") if c in names), None)
                query = sa.select(*(sa.column(c) for c in names if c in COLUMN_NAMES)).select_from(
                    sa.table("facts")
                )
                if order is not None:
                    query = query.order_by(sa.column(order))
                return [dict(r._mapping) for r in conn.execute(query)]
        except sa.exc.DBAPIError as exc:
            raise LoadError(f"unreadable SQLite file: {exc.orig}", source.name) from None
        finally:
            engine.dispose()


def _check(names: Iterable[str], source: Source) -> None:
    present = set(names)
    missing = [c for c in REQUIRED if c not in present]
    if "stated" not in present and "value" not in present:
        missing.append("stated")
    if missing:
        raise LoadError(
            f"the fact table lacks column(s) {', '.join(missing)} "
            f"(tradestat fact table version {FORMAT_VERSION})",
            source.name,
        )


def _raw(row: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in row.items() if v is not None)[:500]
