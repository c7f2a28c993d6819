"""The store: every source's facts, kept with when they were published, and queried by date.

See :func:`tradestat.store.open` and ``docs/store.md``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import sqlalchemy as sa

from tradestat.errors import TradestatError, ValidationError
from tradestat.figures import Qualifier
from tradestat.frames import (
    COLUMNS,
    fact_from_row,
    fact_row,
    pandas_from_table,
    require,
    table_from_rows,
)
from tradestat.models import Fact, FactSet, Flow, Measure
from tradestat.periods import Period
from tradestat.store import _schema as schema
from tradestat.store._engine import StoreError, make_engine, write_transaction
from tradestat.units import format_unit, parse_unit

if TYPE_CHECKING:
    from tradestat.store._revisions import Revision

__all__ = ["Store", "SourceInfo", "Added", "CRITERIA", "release_marks", "vintage_key"]

log = logging.getLogger("tradestat.store")
_T = TypeVar("_T")

#: Fields a query may filter on. Key fields select in the database; ``qualifier`` and
#: ``unit`` are applied after the latest statement of each key is chosen.
CRITERIA = (
    "subject",
    "period",
    "flow",
    "partner",
    "segment",
    "measure",
    "benchmark",
    "source",
    "qualifier",
    "unit",
)
_AFTER = ("qualifier", "unit")
_CHUNK = 500
_STORED = tuple(name for name, _ in COLUMNS if name != "published")
_TEXT_COLUMNS = tuple(name for name, kind in COLUMNS if kind == "str")


@attrs.frozen
class SourceInfo:
    """A stored source: its name, dates, how many facts and the digest of their content."""

    name: str
    facts: int
    published: date | None
    retrieved: datetime | None
    added: datetime
    known: date
    digest: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "name": self.name,
            "facts": self.facts,
            "published": _iso(self.published),
            "retrieved": _iso(self.retrieved),
            "added": _iso(self.added),
            "known": _iso(self.known),
            "digest": self.digest,
        }


@attrs.frozen
class Added:
    """What :meth:`Store.add` did: the source, how many facts it stored, and whether it was new."""

    source: str
    facts: int
    new: bool

    def __str__(self) -> str:
        if not self.new:
            return f"{self.source}: already stored, nothing added"
        return f"{self.source}: {self.facts} facts added"


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_date(value: object, field: str) -> date | None:
    """A date from a ``date``, a ``datetime`` or ISO text ("2025-07-25"); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValidationError(f"{field}: expected a date such as 2025-07-25, got {value!r}", field)


def to_datetime(value: object, field: str) -> datetime | None:
    """A timezone-aware datetime (UTC unless given) from a datetime, date or ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                f"{field}: expected a date or time such as 2025-07-25T10:00, got {value!r}", field
            ) from None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise ValidationError(f"{field}: expected a date or time, got {value!r}", field)


def vintage_key(fact: Fact, base_unit: str) -> str:
    """What a fact is about, as text: its key and the base unit its figure is in.

    Statements of the same key in the same currency by different sources are vintages of
    one figure; a dollar conversion beside a yuan figure is not a revision of it.
    """
    return json.dumps(
        [
            fact.subject,
            str(fact.period),
            fact.flow.value if fact.flow else None,
            fact.partner,
            fact.segment,
            fact.measure.name,
            fact.benchmark,
            base_unit,
        ],
        ensure_ascii=False,
    )


def _digest(rows: Iterable[Mapping[str, Any]]) -> str:
    """The content of a source's facts, in any order (adding it again is recognised)."""
    stated: tuple[str, ...] = ("subject", "period", "flow", "partner", "segment", "measure")
    stated += ("stated", "unit", "qualifier", "benchmark", "source", "quote")
    stated += ("span_start", "span_end", "derived_by")
    lines = sorted(
        json.dumps(
            [row[c] for c in stated] + ([row["release"]] if row.get("release") else []),
            ensure_ascii=False,
        )
        for row in rows
    )
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _source_name(facts: list[Fact], source: str | None) -> str:
    if source is not None:
        name = " ".join(str(source).split())
        if not name:
            raise ValidationError("source: a source needs a name", "source")
        return name
    named = {f.provenance.source for f in facts}
    if len(named) == 1 and None not in named:
        return str(named.pop())
    raise ValidationError(
        "source: name the source (source=...): the facts do not all give the same one", "source"
    )


def release_marks(rows: Sequence[Mapping[str, Any]]) -> list[tuple[date, int, int]]:
    """Each row's place in time: its source's date, the source, then its release.

    A source's releases (``Provenance.release``) count in the order they first appear in
    it, so the Bulletin stored after the Express in one source is the later statement.
    """
    first: dict[tuple[int, str | None], int] = {}
    for row in rows:
        first.setdefault((row["source_id"], row.get("release")), row["id"])
    return [
        (row["known"], row["source_id"], first[(row["source_id"], row.get("release"))])
        for row in rows
    ]


def _criterion(name: str, value: object) -> object:
    """A query value read as its field's type ("H1 2025" is a period)."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_criterion(name, v) for v in value]
    if value is None:
        return None
    if name == "period":
        return Period.parse(value)  # type: ignore[arg-type]
    if name == "flow":
        flow = Flow.parse(value)  # type: ignore[arg-type]
        return flow.value if flow else None
    if name == "measure":
        return Measure.parse(value).name  # type: ignore[arg-type]
    if name == "qualifier":
        return Qualifier.parse(value).value  # type: ignore[arg-type]
    if name == "unit":
        return format_unit(parse_unit(str(value)))
    return " ".join(str(value).split())


def _where(name: str, value: object) -> sa.ColumnElement[bool]:
    if isinstance(value, list):
        return sa.or_(*(_where(name, v) for v in value))
    if name == "period":
        assert isinstance(value, Period)
        return sa.and_(
            schema.facts.c.period_first == sa.bindparam(None, value.first, sa.Integer),
            schema.facts.c.period_last == sa.bindparam(None, value.last, sa.Integer),
        )
    column = schema.sources.c.name if name == "source" else schema.facts.c[name]
    if value is None:
        return column.is_(None)
    return column == sa.bindparam(None, value, sa.Text)


def _matches(row: Mapping[str, Any], name: str, value: object) -> bool:
    if isinstance(value, list):
        return any(_matches(row, name, v) for v in value)
    return bool(row[name] == value)


class Store:
    """Facts from many sources, each kept with its dates; see :func:`tradestat.store.open`.

    Sources are added whole in one transaction (:meth:`add`); queries return what the
    latest source known at a date says (:meth:`facts`, :meth:`frame`); :meth:`revisions`
    lists the figures later sources changed.
    """

    def __init__(self, engine: sa.Engine, shown: str, password: str | None) -> None:
        self._engine = engine
        self.url = shown
        self._password = password

    @classmethod
    def connect(cls, location: str | os.PathLike[str]) -> Store:
        """Open (and create or migrate) the store at a path or SQLAlchemy URL."""
        engine, shown, password = make_engine(location)
        store = cls(engine, shown, password)
        try:
            store._migrate()
        except BaseException:
            engine.dispose()
            raise
        log.info("opened store %s (schema version %d)", shown, store.schema_version)
        return store

    # --- plumbing -----------------------------------------------------------------------
    def _error(self, exc: BaseException) -> StoreError:
        """A database error as a StoreError naming the store, never its password."""
        orig = getattr(exc, "orig", None) or exc
        message = " ".join(str(orig).split()) or type(orig).__name__
        if self._password:
            message = message.replace(self._password, "***")
        return StoreError(f"store {self.url}: {type(orig).__name__}: {message}")

    @contextmanager
    def _connection(self, write: bool = False) -> Iterator[sa.Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        try:
            with self._engine.connect() as conn:
                if write:
                    conn = conn.execution_options(tradestat_write=True)
                with conn.begin():
                    yield conn
        except sa.exc.IntegrityError:
            raise
        except sa.exc.SQLAlchemyError as exc:
            raise self._error(exc) from None

    def _retrying(self, work: Callable[[], _T]) -> _T:
        """Run a write again when a concurrent writer won a race on a unique name."""
        for attempt in range(5):
            try:
                return work()
            except sa.exc.IntegrityError as exc:
                if attempt == 4:
                    raise self._error(exc) from None
                log.info("store %s: concurrent write, trying again", self.url)
        raise AssertionError("unreachable")

    def _migrate(self) -> None:
        def work() -> None:
            with self._connection(write=True) as conn:
                write_transaction(conn, migration=True)
                before, after = schema.migrate(conn)
                if before > schema.LATEST:
                    raise StoreError(
                        f"store {self.url} has schema version {before}, newer than this "
                        f"tradestat knows ({schema.LATEST}): upgrade tradestat"
                    )
                if before != after:
                    log.info("store %s: schema version %d -> %d", self.url, before, after)

        self._retrying(work)

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        with self._connection() as conn:
            return schema.stored_version(conn)

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.url}>"

    # --- writing ------------------------------------------------------------------------
    def add(
        self,
        facts: Iterable[Fact],
        source: str | None = None,
        published: date | datetime | str | None = None,
        retrieved: date | datetime | str | None = None,
    ) -> Added:
        """Store a source's facts in one transaction: all of them land, or none do.

        ``source`` names the source (default: the one source the facts' provenance gives);
        a fact that names no source gets this one. Adding the same source with the same
        facts again adds nothing; the same name with other facts is an error (a new release
        is a new source). ``published`` dates the source for ``as_of`` queries; without it
        the retrieval date counts, else the day it is added. Each fact's release
        (``Provenance.release``: 快讯 or 月报, Eurostat's LAST UPDATE) is stored with it, so
        one source holding several releases of a figure has revisions between them, the
        release that appears last in it being the current figure.
        """
        items = list(facts)
        for i, fact in enumerate(items):
            if not isinstance(fact, Fact):
                raise ValidationError(f"item {i} is a {type(fact).__name__}, not a Fact")
        name = _source_name(items, source)
        items = [
            f
            if f.provenance.source is not None
            else attrs.evolve(f, provenance=attrs.evolve(f.provenance, source=name))
            for f in items
        ]
        published_on = to_date(published, "published")
        retrieved_at = to_datetime(retrieved, "retrieved")
        added = datetime.now(UTC)
        known = published_on or (retrieved_at.date() if retrieved_at else added.date())
        rows = [self._row(f, seq) for seq, f in enumerate(items)]
        digest = _digest(rows)

        def work() -> Added:
            with self._connection(write=True) as conn:
                write_transaction(conn)
                existing = conn.execute(
                    sa.select(schema.sources.c.digest, schema.sources.c.n_facts).where(
                        schema.sources.c.name == sa.bindparam("name", name)
                    )
                ).first()
                if existing is not None:
                    if existing.digest == digest:
                        return Added(name, 0, False)
                    raise StoreError(
                        f"source {name!r} is already stored with other facts "
                        f"({existing.n_facts}); add a new release under its own name"
                    )
                result = conn.execute(
                    schema.sources.insert().values(
                        name=name,
                        digest=digest,
                        published=published_on,
                        retrieved=retrieved_at,
                        added=added,
                        known=known,
                        n_facts=len(rows),
                    )
                )
                inserted = result.inserted_primary_key
                assert inserted is not None
                source_id = inserted[0]
                self._insert_facts(conn, [{**row, "source_id": source_id} for row in rows])
            log.info("store %s: added %s (%d facts)", self.url, name, len(rows))
            return Added(name, len(rows), True)

        return self._retrying(work)

    def _row(self, fact: Fact, seq: int) -> dict[str, Any]:
        row = fact_row(fact)
        del row["published"]
        for column in _TEXT_COLUMNS:
            if isinstance(row.get(column), str) and "\x00" in row[column]:
                raise ValidationError(
                    f"fact {seq} ({fact.describe()}): its {column} holds a NUL character, "
                    "which databases cannot store",
                    column,
                )
        row.update(
            seq=seq,
            vintage_key=vintage_key(fact, row["base_unit"]),
            period_first=fact.period.first,
            period_last=fact.period.last,
        )
        return row

    def _insert_facts(self, conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
        """Insert fact rows in chunks, inside the caller's transaction."""
        for start in range(0, len(rows), _CHUNK):
            conn.execute(schema.facts.insert(), rows[start : start + _CHUNK])

    # --- reading ------------------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        """Every stored source, in the order they became known."""
        s = schema.sources
        with self._connection() as conn:
            rows = conn.execute(sa.select(s).order_by(s.c.known, s.c.id)).all()
        return [
            SourceInfo(
                r.name,
                r.n_facts,
                r.published,
                _aware(r.retrieved),
                _aware(r.added) or r.added,
                r.known,
                r.digest,
            )
            for r in rows
        ]

    def rows(
        self,
        as_of: date | datetime | str | None = None,
        history: bool = False,
        **criteria: object,
    ) -> list[dict[str, Any]]:
        """The stored rows a query selects (see :meth:`facts`), with their source's dates."""
        unknown = set(criteria) - set(CRITERIA)
        if unknown:
            raise ValidationError(
                f"cannot query on {', '.join(sorted(unknown))}: fields are {', '.join(CRITERIA)}"
            )
        wanted = {k: _criterion(k, v) for k, v in criteria.items()}
        f, s = schema.facts, schema.sources
        query = (
            sa.select(
                f,
                s.c.name.label("vintage"),
                s.c.published,
                s.c.retrieved,
                s.c.known,
            )
            .join(s, f.c.source_id == s.c.id)
            .order_by(f.c.id)
        )
        for name, value in wanted.items():
            if name not in _AFTER:
                query = query.where(_where(name, value))
        day = to_date(as_of, "as_of")
        if day is not None:
            query = query.where(s.c.known <= sa.bindparam("as_of", day, sa.Date))
        with self._connection() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        if not history:
            marks = release_marks(rows)
            latest: dict[str, tuple[date, int, int]] = {}
            for row, mark in zip(rows, marks, strict=True):
                key = row["vintage_key"]
                if key not in latest or mark > latest[key]:
                    latest[key] = mark
            rows = [
                r for r, mark in zip(rows, marks, strict=True) if mark == latest[r["vintage_key"]]
            ]
        for name in _AFTER:
            if name in wanted:
                rows = [r for r in rows if _matches(r, name, wanted[name])]
        return rows

    def facts(
        self,
        as_of: date | datetime | str | None = None,
        history: bool = False,
        **criteria: object,
    ) -> FactSet:
        """What the store knew at ``as_of`` (default: now), as a FactSet.

        For each thing stated (subject, period, flow, partner, segment, measure, benchmark
        and currency or unit) the statements of the latest source known by then, the
        source's date being its publication date (else retrieval, else when added).
        ``history=True`` returns every statement of every source instead. Criteria are any
        of :data:`CRITERIA`; a list means any of its values, None an empty field.
        """
        return FactSet(
            fact_from_row(r, f"stored fact {r['id']}")
            for r in self.rows(as_of, history, **criteria)
        )

    def frame(
        self,
        as_of: date | datetime | str | None = None,
        history: bool = False,
        **criteria: object,
    ) -> Any:
        """The same as :meth:`facts`, as a pandas DataFrame of the fact-table columns.

        ``published`` is the source's publication date; ``vintage`` names the source the
        fact was added under, ``retrieved`` when it was fetched.
        """
        require("pandas", "DataFrames")
        rows = []
        for r in self.rows(as_of, history, **criteria):
            fact = fact_from_row(r, f"stored fact {r['id']}")
            row = fact_row(fact, r["published"])
            row.update(vintage=r["vintage"], retrieved=_aware(r["retrieved"]))
            rows.append(row)
        table = table_from_rows(rows, (("vintage", "str"), ("retrieved", "datetime")))
        return pandas_from_table(table)

    def revisions(self, implied: bool = True) -> list[Revision]:
        """Things whose figures changed between sources, oldest first (see :class:`Revision`).

        With ``implied`` (the default), the figures a source implies count too: the 2025
        release's "+28 percent to 280.8 billion" implies the 2024 base, and a 2024 release
        that stated a figure outside that range was revised.
        """
        from tradestat.store._revisions import find_revisions

        rows = self.rows(history=True)
        return find_revisions(rows, implied)


def _aware(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; they were stored in UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def open_store(location: str | os.PathLike[str]) -> Store:
    """Open the store at a path or URL (see :func:`tradestat.store.open`)."""
    try:
        return Store.connect(location)
    except StoreError:
        raise
    except TradestatError:
        raise
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot open store: {type(exc).__name__}") from None
