"""A store of facts that remembers every source and revision (``docs/store.md``).

>>> import tradestat.store
>>> with tradestat.store.open("facts.sqlite") as store:  # doctest: +SKIP
...     store.add(facts, source="xinhua-2025-07-25", published="2025-07-25")
...     store.facts(as_of="2024-12-31", subject="Xinjiang")

An embedded SQLite file by default (``facts.sqlite`` in the user's data folder, from
platformdirs), or any SQLAlchemy URL (``postgresql://user@host/db`` for a team). Needs
``pip install 'tradestat[store]'`` (and ``tradestat[postgres]`` for PostgreSQL).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from tradestat.frames import require

if TYPE_CHECKING:
    from tradestat.store._db import Added, SourceInfo, Store
    from tradestat.store._engine import StoreError
    from tradestat.store._revisions import Revision, Statement

__all__ = [
    "open",
    "default_location",
    "Store",
    "Added",
    "SourceInfo",
    "Revision",
    "Statement",
    "StoreError",
    "ENV",
]

#: The environment variable naming the store when none is given (a path or a URL).
ENV = "TRADESTAT_DB"

_LAZY = {
    "Store": "_db",
    "Added": "_db",
    "SourceInfo": "_db",
    "StoreError": "_engine",
    "Revision": "_revisions",
    "Statement": "_revisions",
}


def default_location() -> str:
    """Where :func:`open` goes when given nothing: ``$TRADESTAT_DB``, else the user file."""
    given = os.environ.get(ENV, "").strip()
    if given:
        return given
    require("sqlalchemy", "the store")
    from tradestat.store._engine import default_path

    return str(default_path())


def open(path_or_url: str | os.PathLike[str] | None = None) -> Store:
    """Open a store, creating it (or bringing its schema up to date) as needed.

    ``path_or_url`` is a file path (SQLite) or a SQLAlchemy URL; None means
    ``$TRADESTAT_DB`` or ``facts.sqlite`` in the user's data folder.
    """
    require("sqlalchemy", "the store")
    from tradestat.store._db import open_store

    return open_store(path_or_url if path_or_url is not None else default_location())


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tradestat.store' has no attribute {name!r}")
    require("sqlalchemy", "the store")
    import importlib

    return getattr(importlib.import_module(f"tradestat.store.{module}"), name)
