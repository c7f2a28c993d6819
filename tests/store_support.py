"""Fixtures shared by the store tests: a fresh store on SQLite and on real PostgreSQL.

PostgreSQL comes from ``TRADESTAT_TEST_POSTGRES_URL`` (``.ci/run`` starts a server and sets
it). Without it the PostgreSQL variant is skipped locally, and fails in CI (``CI=true``),
where a missing server is a broken build, not a reason to test less.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

ENV = "TRADESTAT_TEST_POSTGRES_URL"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def postgres_admin_url() -> sa.URL:
    """The URL of the test server's database, or skip (locally) / fail (in CI)."""
    given = os.environ.get(ENV, "").strip()
    if not given:
        if in_ci():
            pytest.fail(f"CI=true but {ENV} is not set: .ci/run must start PostgreSQL")
        pytest.skip(f"PostgreSQL variant needs {ENV} (a server URL; .ci/run starts one)")
    url = sa.make_url(given)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database on the test server for one test; dropped afterwards."""
    admin = postgres_admin_url()
    name = f"tradestat_{uuid.uuid4().hex[:16]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    quoted = engine.dialect.identifier_preparer.quote(name)
    with engine.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {quoted}"))
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"))
        engine.dispose()
