"""Where a store lives: paths and URLs, engines, locks, and URLs shown without passwords."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from tradestat.errors import TradestatError
from tradestat.frames import require

__all__ = ["StoreError", "default_path", "make_engine", "masked", "write_transaction"]


class StoreError(TradestatError):
    """A store could not be opened, read or written (its URL is shown without a password)."""


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
#: The key of the PostgreSQL advisory lock schema migrations hold.
_MIGRATION_LOCK = 0x7472_6164_6573_7461  # "tradesta"


def default_path() -> Path:
    """The embedded store file: ``facts.sqlite`` in the user's data folder (platformdirs)."""
    platformdirs = require("platformdirs", "the default store location")
    return Path(platformdirs.user_data_dir("tradestat", appauthor=False)) / "facts.sqlite"


def _url(location: str | os.PathLike[str]) -> sa.URL:
    text = os.fspath(location)
    if _URL.match(text):
        try:
            url = sa.make_url(text)
        except sa.exc.ArgumentError:
            raise StoreError("cannot read the store URL (is it a SQLAlchemy URL?)") from None
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(text).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return sa.URL.create("sqlite", database=str(path.resolve()))


def masked(location: str | os.PathLike[str] | sa.URL) -> str:
    """The store's location fit to print: a URL's password is replaced by ``***``."""
    if isinstance(location, sa.URL):
        url = location
    else:
        text = os.fspath(location)
        if not _URL.match(text):
            return text
        try:
            url = sa.make_url(text)
        except sa.exc.ArgumentError:
            return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)
    if url.drivername.startswith("sqlite"):
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def make_engine(location: str | os.PathLike[str]) -> tuple[sa.Engine, str, str | None]:
    """An engine for a path or URL, its printable location and the password to scrub."""
    url = _url(location)
    shown = masked(url)
    try:
        if url.drivername.startswith("sqlite"):
            engine = sa.create_engine(url, connect_args={"timeout": 60})
            _sqlite_setup(engine)
        else:
            engine = sa.create_engine(url, pool_pre_ping=True)
    except (ImportError, sa.exc.NoSuchModuleError) as exc:
        extra = "postgres" if url.get_backend_name() == "postgresql" else "store"
        raise StoreError(
            f"{shown}: no database driver for {url.drivername} ({exc.__class__.__name__}): "
            f"pip install 'tradestat[{extra}]'"
        ) from None
    return engine, shown, url.password if isinstance(url.password, str) else None


def _sqlite_setup(engine: sa.Engine) -> None:
    """Transactions under our control: BEGIN IMMEDIATE for writes, WAL, foreign keys."""

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN from the driver
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=60000")
        _wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get("tradestat_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


#: How long a connection keeps trying to switch a new store to WAL while another does.
_WAL_PATIENCE = 60.0


def _wal(cursor: Any) -> None:
    """Switch the database to WAL, waiting while another process switches it at once.

    Two processes opening a new store together both ask for WAL; SQLite refuses the second
    at once with "database is locked" (the busy timeout does not cover a journal mode
    change), so the refusal is retried for up to a minute, as a busy write would wait.
    """
    import sqlite3
    import time

    deadline = time.monotonic() + _WAL_PATIENCE
    pause = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def write_transaction(conn: sa.Connection, migration: bool = False) -> None:
    """Take the locks a writing transaction needs (call first inside it).

    SQLite: BEGIN IMMEDIATE has taken the file's write lock already. PostgreSQL: schema
    migrations hold an advisory lock so that two processes opening a new store create it
    once; ordinary writes rely on the unique source name.
    """
    if migration and conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.bindparam("key", _MIGRATION_LOCK))))
