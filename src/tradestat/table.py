"""A columnar fact table for bulk data: the fields of :class:`~tradestat.models.Fact` as columns.

:class:`FactTable` holds facts in an Arrow table whose columns are those of
:data:`tradestat.frames.COLUMNS` (and the period as month indexes, and the provenance's
anchor): names as categoricals, the stated digits as written, the interval the statement
allows as float columns. It converts to and from a :class:`~tradestat.models.FactSet`
without loss, dumps tidy CSV and Parquet, and converts currencies a column at a time.
:func:`load_table` reads the bulk formats (tidy CSV, UN Comtrade CSV, Parquet) with the
vectorized readers of :mod:`tradestat.loaders.bulk`, and anything else through
:func:`tradestat.load`. pandas and pyarrow are optional: ``pip install 'tradestat[frames]'``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from tradestat.errors import LoadError, RateError, TradestatError
from tradestat.frames import COLUMN_NAMES, fact_row, require
from tradestat.loaders.base import Rejected
from tradestat.models import Fact, FactSet

__all__ = ["FactTable", "load_table", "iter_table", "table_of_facts"]

_BULK = ("tidy-csv", "comtrade", "columnar")


def _rows(facts: Iterable[Fact]) -> list[dict[str, Any]]:
    rows = []
    for fact in facts:
        row = fact_row(fact)
        row["period_first"] = fact.period.first
        row["period_last"] = fact.period.last
        row["anchor"] = fact.provenance.anchor
        rows.append(row)
    return rows


def table_of_facts(facts: Iterable[Fact]) -> Any:
    """The Arrow fact table of some facts (schema: :func:`tradestat.loaders.bulk.table_schema`)."""
    pa = require("pyarrow", "fact tables")
    from tradestat.loaders.bulk import table_schema

    schema = table_schema()
    plain = pa.schema(
        [
            pa.field(f.name, f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
            for f in schema
        ]
    )
    table = pa.Table.from_pylist(_rows(facts), schema=plain)
    return table.cast(schema)


@attrs.define(eq=False)
class FactTable:
    """Facts as columns (a ``pyarrow.Table``), with what loading it rejected.

    ``rejected``, ``warnings`` and ``records`` are as in
    :class:`~tradestat.loaders.base.LoadResult`: ``len(table) + len(rejected) == records``
    for a table read by :func:`load_table`.
    """

    table: Any
    rejected: tuple[Rejected, ...] = ()
    warnings: tuple[str, ...] = ()
    records: int | None = None
    loader: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.records is None:
            self.records = self.table.num_rows + len(self.rejected)
        if self.table.num_rows + len(self.rejected) != self.records:
            raise LoadError(
                f"table lost records: {self.records} in the source, {self.table.num_rows} "
                f"accepted and {len(self.rejected)} rejected"
            )

    # --- conversions ----------------------------------------------------------------------
    @classmethod
    def from_factset(cls, facts: Iterable[Fact]) -> FactTable:
        """The facts as a table, one row a fact, in order."""
        return cls(table_of_facts(facts))

    def to_factset(self) -> FactSet:
        """The facts again; every field, the stated digits and the provenance as they were."""
        from tradestat.frames import fact_from_row

        facts = []
        names = [c for c in self.table.schema.names if c in COLUMN_NAMES]
        for i, row in enumerate(self.table.to_pylist()):
            if row.get("stated") is None:
                fact = _derived_fact(row)
            else:
                fact = fact_from_row({k: row[k] for k in names}, f"row {i}")
            anchor = row.get("anchor")
            if anchor is not None:
                fact = attrs.evolve(fact, provenance=attrs.evolve(fact.provenance, anchor=anchor))
            facts.append(fact)
        return FactSet(facts)

    def __len__(self) -> int:
        return int(self.table.num_rows)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FactTable):
            return NotImplemented
        return bool(_plain(self.table).equals(_plain(other.table)))

    def __repr__(self) -> str:
        return f"<FactTable of {len(self)} facts, {len(self.rejected)} rejected>"

    def to_arrow(self) -> Any:
        """The ``pyarrow.Table`` (names as dictionary columns)."""
        return self.table

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame``: names as categoricals, dates as datetime64."""
        from tradestat.frames import pandas_from_table

        return pandas_from_table(self.table)

    @classmethod
    def from_arrow(cls, table: Any) -> FactTable:
        """A fact table from an Arrow table with this class's columns (as ``to_arrow`` gives)."""
        from tradestat.loaders.bulk import assemble

        return cls(assemble({n: table.column(n) for n in table.schema.names}, table.num_rows))

    @classmethod
    def from_pandas(cls, frame: Any) -> FactTable:
        """A fact table from a DataFrame with this class's columns (as ``to_pandas`` gives)."""
        pa = require("pyarrow", "fact tables")
        return cls.from_arrow(pa.Table.from_pandas(frame, preserve_index=False))

    # --- output -----------------------------------------------------------------------------
    def dump(self, path: str | os.PathLike[str], format: str | None = None) -> None:
        """Write tidy CSV (read back by :func:`tradestat.load`) or Parquet (the whole table)."""
        target = Path(path)
        fmt = (format or target.suffix.lstrip(".")).lower()
        if fmt in ("parquet", "pq"):
            pq = require("pyarrow.parquet", "writing Parquet files")
            pq.write_table(self.table, target)
        elif fmt == "csv":
            _write_csv(self.table, target)
        else:
            raise LoadError(f"unknown format {fmt!r}: expected csv or parquet", str(path))

    # --- arithmetic ---------------------------------------------------------------------------
    def convert(self, to: str = "USD", rates: Any = None) -> FactTable:
        """Money values in currency ``to``, a column at a time; other facts are dropped.

        ``rates`` is an :class:`~tradestat.rates.ExchangeRate` or a
        :class:`~tradestat.rates.RateTable` (``DailyRates`` too), looked up once per
        (currency, period). Each value becomes ``rate.convert(fact.estimate()).to(unit)``
        with ``unit`` the fact's scale word and ``to`` ("billion CNY" -> "billion USD"),
        exactly as the scalar API computes it; ``derived_by`` says "converted at" the rate.
        Rows already in ``to`` stay as they are.
        """
        return FactTable(_convert(self.table, to, rates)[0])


def _arrow(values: Any, kind: Any = None, mask: Any = None) -> Any:
    """A numpy column as Arrow, built from its buffers (:func:`tradestat.loaders.bulk._arrow`).

    ``pa.array`` imports pyarrow's pandas layer on first use: a cost conversion would pay on
    every fresh start, for nothing it needs.
    """
    from tradestat.loaders.bulk import _arrow as arrow

    return arrow(values, kind, mask)


def _strings(values: list[str]) -> Any:
    """Strings as an Arrow string array (see :func:`_arrow`)."""
    from tradestat.loaders.bulk import _strings as strings

    return strings(values)


def _plain(table: Any) -> Any:
    """The table with dictionary columns decoded (for comparing contents)."""
    pa = require("pyarrow", "fact tables")
    columns = [
        c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c for c in table.columns
    ]
    return pa.Table.from_arrays(columns, names=table.schema.names).combine_chunks()


def _derived_fact(row: dict[str, Any]) -> Fact:
    """A converted row as the scalar path's derived fact (see ``FactTable.convert``)."""
    from tradestat.checks._groups import estimate_to_figure
    from tradestat.figures import Estimate
    from tradestat.intervals import Interval
    from tradestat.models import Provenance

    estimate = Estimate(
        row["value"],
        Interval(
            row["low"], row["high"], low_closed=row["low_closed"], high_closed=row["high_closed"]
        ),
        row["unit"],
    )
    bound = _BOUNDS.get(row.get("qualifier") or "")
    figure = estimate_to_figure(estimate, row["unit"], bound)
    return Fact(
        subject=row["subject"],
        period=row["period"],
        flow=row["flow"],
        measure=row["measure"],
        figure=figure,
        partner=row["partner"],
        segment=row["segment"],
        provenance=Provenance(source=row["source"], derived_by=row["derived_by"]),
    )


_BOUNDS = {"at_least": "lower", "more_than": "lower", "at_most": "upper", "less_than": "upper"}


def _write_csv(table: Any, path: Path) -> None:
    """The tidy CSV columns, written by ``pyarrow.csv`` (quoting only when a value needs it)."""
    pa = require("pyarrow", "fact tables")
    pc = require("pyarrow.compute", "fact tables")
    pacsv = require("pyarrow.csv", "fact tables")
    from tradestat.loaders.tidy import CSV_COLUMNS

    columns = []
    for name in CSV_COLUMNS:
        if name == "value":
            column = table.column("stated")
        elif name == "span":
            start = pc.cast(table.column("span_start"), pa.string())
            end = pc.cast(table.column("span_end"), pa.string())
            column = pc.binary_join_element_wise(start, end, ":")
        else:
            column = table.column(name)
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        columns.append(column)
    out = pa.Table.from_arrays(columns, names=list(CSV_COLUMNS))
    tmp = path.with_name(path.name + ".tmp")
    try:
        try:
            pacsv.write_csv(out, tmp, pacsv.WriteOptions(quoting_style="none"))
        except pa.ArrowInvalid:  # a value with a comma, quote or line break
            pacsv.write_csv(out, tmp, pacsv.WriteOptions(quoting_style="needed"))
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


# --- loading ----------------------------------------------------------------------------------


def _choose(path: Path, loader: str | None) -> str | None:
    """The loader ``load`` would choose for a file, judged from its first 64 KiB."""
    from tradestat.loaders import _choose as choose
    from tradestat.loaders import get_loader
    from tradestat.loaders.base import Source
    from tradestat.loaders.columnar import binary_source

    if loader is not None:
        return get_loader(loader).name
    binary = binary_source(path)
    if binary is not None:
        return choose(binary).name
    with path.open("rb") as handle:
        head = handle.read(65536)
    if b"\x00" in head:
        return None
    text = head.decode("utf-8", errors="ignore")
    cut = max(text.rfind("\n"), 0)
    return choose(Source(path.name, text[: cut + 1] if cut else text, path=path)).name


def _from_bulk(read: Any) -> FactTable:
    return FactTable(
        read.table, tuple(read.rejected), tuple(read.warnings), read.records, read.loader
    )


def _from_result(result: Any) -> FactTable:
    return FactTable(
        table_of_facts(result.facts),
        tuple(result.rejected),
        tuple(result.warnings),
        result.accepted + len(result.rejected),
        result.loader,
    )


def load_table(
    source: str | os.PathLike[str], loader: str | None = None, **options: str
) -> FactTable:
    """Load a file as a :class:`FactTable`: the same formats and plugins as :func:`tradestat.load`.

    Tidy CSV, UN Comtrade CSV and Parquet are read column by column; every other format (and
    any file the fast readers cannot map line for line) through ``load`` and
    :meth:`FactTable.from_factset`. Either way each row is accepted or rejected exactly as
    ``load`` does it, rejected rows keep file:line and the reason, and
    ``len(table) + len(table.rejected) == table.records``.
    """
    from tradestat.loaders import load
    from tradestat.loaders.bulk import FallbackError, read_parquet

    path = Path(os.fspath(source))
    if not options and path.is_file():
        chosen = _choose(path, loader)
        try:
            if chosen == "columnar" and path.suffix.lower() in (".parquet", ".pq"):
                return _from_bulk(read_parquet(path, path.name))
            if chosen in ("tidy-csv", "comtrade"):
                table = _read_csv_file(path, chosen, _PIECE_ROWS)
                if table is not None:
                    return table
        except FallbackError:
            pass
    return _from_result(load(source, loader, False, **options))


#: Rows per piece when a whole CSV file is read (bounds the temporaries of the arithmetic).
_PIECE_ROWS = 250_000


def _read_csv_file(path: Path, chosen: str, rows: int) -> FactTable | None:
    """A tidy or Comtrade CSV file read whole, in pieces of about ``rows`` rows (None: not text).

    The file is read once; each piece is a range of it (no copy) cut at a line end outside
    quotes, read by the vectorized reader with its line numbers in the file, the next
    piece's CSV parsed in a worker thread meanwhile.
    """
    import mmap

    from tradestat.loaders.bulk import CsvBody, Prefetch, read_comtrade_body, read_tidy_body

    with path.open("rb") as handle:  # mapped, not read: no copy of the file to fault in
        size = os.fstat(handle.fileno()).st_size
        data: Any = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
    if _json_start(data):
        return None
    # (the body's bytes and line breaks are checked piece by piece, each before its parse,
    # on whichever thread parses it: not in passes over the whole file before any parse)
    body = CsvBody.of(data, check=False)
    if data.find(b"\x00", 0, body.start) >= 0:
        return None
    reader = read_tidy_body if chosen == "tidy-csv" else read_comtrade_body
    pieces: list[FactTable] = []
    memo: dict[str, dict[Any, Any]] = {}  # the distinct names read, kept from piece to piece
    with Prefetch(_body_pieces(body, rows), check=_check_piece) as parse:
        for piece in parse.pieces():
            pieces.append(_from_bulk(reader(piece, path.name, not pieces, parse, memo)))
    return _concat(pieces)


def _json_start(data: Any) -> bool:
    """Whether the first byte that is not a BOM byte or white space opens JSON."""
    start = _TEXT_START.search(data)  # (lstrip would copy the whole file)
    return start is not None and start.group() in (b"{", b"[")


def _check_piece(piece: Any) -> None:
    """A piece of a file's body: UTF-8 without NUL bytes, LF or CR LF line breaks throughout.

    What was checked on the whole file before any parse, on one piece (cut at line ends,
    so a character never spans two); else the per-fact loader reads the file
    (:class:`~tradestat.loaders.bulk.FallbackError`).
    """
    from tradestat.loaders.bulk import FallbackError

    np = require("numpy", "fact tables")
    data, start, end = piece.data, piece.start, piece.end
    if data.find(b"\x00", start, end) >= 0:
        raise FallbackError("NUL bytes")
    if end > start and int(np.frombuffer(data, np.uint8)[start:end].max()) >= 128:
        try:
            bytes(memoryview(data)[start:end]).decode("utf-8")
        except UnicodeDecodeError:
            raise FallbackError("not UTF-8") from None
    piece.check_breaks()


#: The first byte that is not a BOM byte or white space.
_TEXT_START = re.compile(rb"[^\xef\xbb\xbf \t\r\n]")


def _body_pieces(body: Any, rows: int) -> Iterator[Any]:
    """The body in ranges of about ``rows`` lines, cut at line ends outside quotes.

    The first range is a quarter of the others: its parse is the one nothing else overlaps.
    So is the last (the rest before it cut short): its columns are the work nothing overlaps.
    """
    from tradestat.loaders.bulk import count_bytes

    data, end = body.data, body.end
    sample = data[body.start : body.start + (1 << 20)]
    size = max(int(rows * len(sample) / max(sample.count(b"\n"), 1)), 1)
    start, line = body.start, body.first_line
    step = tail = max(size // 4, 1)
    taper = True  # (off once a record outgrows a piece)
    while True:
        cut, left, want, quoted = end, end - start, step, True
        if taper and step >= size and 2 * tail < left < step + tail:
            want = left - tail  # the rest in two: the last a quarter of a piece
        if want < left:
            cut = data.rfind(b"\n", start, start + want) + 1
            quoted = data.find(b'"', start, cut) >= 0  # (this piece's bytes, not the file's)
            while quoted and cut > start and count_bytes(data, b'"', start, cut) % 2:
                cut = data.rfind(b"\n", start, cut - 1) + 1
            if cut <= start:  # one record longer than a piece: read on
                step, taper = step * 2, False
                continue
        piece = body.piece(start, cut, line, count_bytes(data, b"\n", start, cut))
        if not quoted:
            piece.lacks(b'"')
        step = max(size, step)
        yield piece
        line += piece.newlines
        start = cut
        if start >= end:
            return


def _pieces(path: Path, rows: int) -> Iterator[tuple[bytes, int, bool]]:
    """The file cut into pieces of about ``rows`` rows at line ends outside quotes.

    Each piece is the header line and its rows, with the number of lines before its rows
    in the file (for line numbers) and whether it is the first piece.
    """
    size = _piece_bytes(path, rows)
    with path.open("rb") as handle:
        header = handle.readline()
        line = 1  # lines read so far
        pending = b""
        done = False
        first = True
        while not done:
            chunk, pending, done = _next_piece(handle, pending, size)
            if not chunk and not first:
                break
            yield header + chunk, line - 1, first
            first = False
            line += chunk.count(b"\n")


def _concat(pieces: list[FactTable]) -> FactTable:
    """One table of the pieces of a file, in order."""
    pa = require("pyarrow", "fact tables")
    if len(pieces) == 1:
        return pieces[0]
    table = pa.concat_tables([p.table for p in pieces]).unify_dictionaries()
    return FactTable(
        table,
        tuple(r for p in pieces for r in p.rejected),
        tuple(w for p in pieces for w in p.warnings),
        sum(p.records or 0 for p in pieces),
        pieces[0].loader,
    )


def iter_table(
    source: str | os.PathLike[str], rows: int = 100_000, loader: str | None = None
) -> Iterator[FactTable]:
    """A tidy or Comtrade CSV file as FactTable batches of about ``rows`` rows each.

    Memory stays bounded by a batch: the file is read in pieces cut at line ends outside
    quotes, each read by the vectorized reader with its line numbers in the file (a piece
    it cannot map line for line by the per-fact loader). Other formats come as one batch
    from :func:`load_table`.
    """
    from tradestat.loaders.bulk import FallbackError, read_comtrade_csv, read_tidy_csv

    if rows < 1:
        raise TradestatError(f"rows={rows}: expected a positive batch size")
    path = Path(os.fspath(source))
    chosen = _choose(path, loader) if path.is_file() else None
    if chosen not in ("tidy-csv", "comtrade"):
        yield load_table(source, loader=loader)
        return
    reader = read_tidy_csv if chosen == "tidy-csv" else read_comtrade_csv
    for data, offset, first in _pieces(path, rows):
        try:
            batch = _from_bulk(reader(data, path.name, offset, first))
        except FallbackError:
            batch = _per_fact(data, path.name, offset, chosen, first)
        yield batch


def _next_piece(handle: Any, pending: bytes, size: int) -> tuple[bytes, bytes, bool]:
    """About ``size`` bytes of whole lines (cut where no quote is open), the rest, and EOF."""
    buffer = pending
    while True:
        if len(buffer) < size:
            more = handle.read(size - len(buffer))
            buffer += more
            if not more:
                return buffer, b"", True
        cut = buffer.rfind(b"\n") + 1
        while cut and buffer.count(b'"', 0, cut) % 2:
            cut = buffer.rfind(b"\n", 0, cut - 1) + 1
        if cut:
            return buffer[:cut], buffer[cut:], False
        size *= 2  # one record longer than a piece: read on


def _piece_bytes(path: Path, rows: int) -> int:
    """Bytes that hold about ``rows`` lines of the file (judged from its first MiB)."""
    with path.open("rb") as handle:
        sample = handle.read(1 << 20)
    per_line = len(sample) / max(sample.count(b"\n"), 1)
    return max(int(rows * per_line), 1)


def _per_fact(data: bytes, name: str, offset: int, loader: str, first: bool) -> FactTable:
    """A piece the vectorized reader cannot map, read by the per-fact loader."""
    from tradestat.loaders import load
    from tradestat.loaders.base import Source

    result = load(Source.from_bytes(data, name), loader=loader)
    rejected = tuple(
        attrs.evolve(
            r,
            location=attrs.evolve(
                r.location, line=None if r.location.line is None else r.location.line + offset
            ),
        )
        for r in result.rejected
    )
    warnings = result.warnings if first else ()
    return FactTable(
        table_of_facts(result.facts),
        rejected,
        tuple(warnings),
        result.accepted + len(rejected),
        result.loader,
    )


# --- conversion -----------------------------------------------------------------------------


def _rate_for(rates: Any, code: str, to: str, period: str) -> Any:
    """The rate a scalar conversion uses: the ExchangeRate, or the table's ``to``/``code`` rate."""
    from tradestat.rates import ExchangeRate, RateTable

    if isinstance(rates, ExchangeRate):
        if {rates.base, rates.quote} != {code, to}:
            raise RateError(f"cannot convert {code} to {to} with a {rates.base}/{rates.quote} rate")
        return rates
    if isinstance(rates, RateTable):
        return rates.lookup(to, code, period)
    raise RateError(f"rates: expected an ExchangeRate or a RateTable, got {type(rates).__name__}")


def _rate_finder(rates: Any, to: str, wanted: int) -> Any:
    """``_rate_for`` with ``to`` fixed, for ``wanted`` look-ups in a row.

    A plain :class:`~tradestat.rates.RateTable` not much larger than the look-ups has its
    stated ``to``/currency rates indexed once by their months: a month written "YYYY-MM" (as
    the table writes one) then finds its rate without being parsed (the rate ``lookup``
    returns first; the months, not the period's text, which takes longer to make).
    Anything else goes to ``_rate_for``.
    """
    from tradestat.loaders.bulk import _YEAR_MONTH
    from tradestat.rates import RateTable

    def slow(code: str, period: str) -> Any:
        return _rate_for(rates, code, to, period)

    if type(rates) is not RateTable or len(rates) > 4 * wanted:
        return slow
    stated = {
        (r.quote, r.period.first, r.period.last): r
        for r in rates
        if r.base == to and r.period is not None  # (a table's rates all have one)
    }

    def find(code: str, period: str) -> Any:
        rate = None
        if isinstance(period, str) and _YEAR_MONTH.fullmatch(period) and "01" <= period[5:] <= "12":
            month = int(period[:4]) * 12 + int(period[5:7]) - 1  # Period.parse's month index
            rate = stated.get((code, month, month))
        return rate if rate is not None else slow(code, period)

    return find


def _convert(table: Any, to: str, rates: Any) -> tuple[Any, Any]:
    """The money rows of ``table`` in currency ``to``, and their positions in ``table``.

    Python runs once per distinct unit and per distinct (unit, period), with one rate lookup
    per (currency, period); numpy does the rows. When every row is money the columns
    conversion does not compute are the table's own (no copy); else the money rows of the
    dictionary, date and int32 columns are one numpy take each (the dictionaries shared) and
    the rest one Arrow filter; all-null columns are not read. The arithmetic runs only on
    the rows that change currency (see ``_converted``). Most of the time goes to the result's
    fresh memory.
    """
    pa = require("pyarrow", "fact tables")
    np = require("numpy", "fact tables")
    from tradestat.loaders.bulk import _codes, assemble
    from tradestat.rates import _code
    from tradestat.units import currency_of, parse_unit

    to = _code(to)
    u_all, units = _codes(table.column("unit"))
    currency = [currency_of(parse_unit(u)) for u in units] + [None]  # [-1]: a null unit
    # per unit: 0 not money (dropped), 1 already in ``to`` (kept as it is), 2 converted
    kind = np.array([0 if c is None else 1 if c == to else 2 for c in currency], np.int8)
    row_kind = kind[u_all]
    rows = np.flatnonzero(row_kind)  # the money rows
    at = np.flatnonzero(row_kind == 2)  # the converted rows, in ``table``
    if len(rows) == len(row_kind):
        rows, move = None, row_kind == 2
    else:
        move = np.take(row_kind, rows, mode="clip") == 2
    n = len(move)
    moved = at if rows is None else np.flatnonzero(move)  # the converted rows, in the result
    cache: dict[Any, Any] = {}  # how ``rows`` falls in each chunking of the table's columns
    ends, base_units, base_factor = _unit_ends(units, currency, to)

    # the columns carried over (emptied on converted rows for _DROPPED)
    every = len(moved) == n  # (then the _DROPPED columns are null throughout)
    carried = [
        name
        for name in table.schema.names
        if name not in _COMPUTED
        and not (every and name in _DROPPED)
        and table.column(name).null_count < len(table)
    ]
    codes = {name: _int32_chunks(pa, table.column(name)) for name in carried}
    numeric = [name for name in carried if rows is not None and codes[name] is not None]
    # an array per int32 column (see ``_converted`` on huge pages)
    ints = [_pooled(np, pa, n, np.int32) for _ in range(len(numeric) + 4)]
    rest = [name for name in carried if name not in numeric]
    # zeroed bytes for the all-null and one-name columns (8 per row: the widest), shared
    zeros = _zeroed(pa, 8 * (n + 1))

    def carry() -> dict[str, Any]:
        """The carried columns at the money rows: numpy takes and an Arrow filter."""
        columns = {}
        taken: dict[Any, Any] = {}  # columns on the same memory (period_first and _last)
        for i, name in enumerate(numeric):
            column = table.column(name)
            same = (
                column.type,
                *((c.buffers()[1].address, c.offset, len(c)) for c in column.chunks),
            )
            if same not in taken:
                one = (
                    _one_code(np, codes[name], row_kind)
                    if pa.types.is_dictionary(same[0])
                    else None
                )
                if one is None:
                    _values_at(np, codes[name], rows, ints[i], cache)
                    taken[same] = _like(pa, column, ints[i])
                else:  # one name on every money row ("value" in measure): no rows to take
                    taken[same] = _constant(pa, column.chunk(0).dictionary[one : one + 1], zeros, n)
            columns[name] = taken[same]
        if rows is not None and rest:
            # Arrow takes what numpy cannot as int32 by one filter (a filter by bits is
            # quicker than a take by row numbers); the columns emptied on converted rows
            # get nulls there below, their values shared
            sub = table.select(rest).filter(_arrow(row_kind.view(bool)))  # kinds 1, 2
            columns.update({name: sub.column(name) for name in rest})
        else:
            columns.update({name: table.column(name) for name in rest})
        if not every:
            for name in _DROPPED:
                if name in columns:
                    columns[name] = _null_at(np, pa, columns[name], move)
        return columns

    def old(name: str) -> Any:
        return table.column(name)

    def keyed_rates() -> tuple[dict[str, Any], Any, list[str]]:
        """Per distinct (unit, period) of the moved rows its rate and factor; each row's key."""
        p_idx, periods = _codes(table.column("period"))
        # (np.take in clip mode, here and below: a third quicker than indexing, rows in range)
        mu = np.take(u_all, at, mode="clip")
        key, width = _keys(np, mu, np.take(p_idx, at, mode="clip"), len(periods))
        found = _key_rates(np, key, width, units, currency, periods, to, rates)
        found[0]["base"] = base_factor[found[0].pop("unit")]
        return found

    def labels(per_key: dict[str, Any], inverse: Any, hows: list[str]) -> dict[str, Any]:
        """The unit, base unit and derived_by columns (they need no converted value)."""
        unit = ints[-4]
        if rows is None:
            unit[:] = u_all
        else:
            np.take(u_all, rows, out=unit)
        how_idx = np.take(per_key["how"], inverse, mode="clip")
        money_bases = {b for b, c in zip(base_units, currency, strict=False) if c is not None}
        if len(money_bases) == 1 and None not in money_bases:  # one base unit ("USD")
            base_unit = _constant(pa, _strings([b for b in money_bases if b is not None]), zeros, n)
        else:
            base_unit = _labelled(np, pa, unit, base_units, ints[-3])
        return {
            "base_unit": base_unit,
            "unit": _labelled(np, pa, unit, ends, unit),
            "derived_by": _merged(
                np, pa, old("derived_by"), rows, moved, how_idx, hows, ints[-1], cache
            ),
        }

    # Both numpy and Arrow release the GIL while they work: on a large table two worker
    # threads take the carried columns (begun while the rates are looked up: a missing
    # rate raises once they are done, leaving no work behind), the labels and the
    # converted values' pieces, whichever is free next.
    if n >= _THREADED and numeric:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(2, thread_name_prefix="tradestat-convert") as pool:
            carried_columns = pool.submit(carry)
            per_key, inverse, hows = keyed_rates()
            labelled = pool.submit(labels, per_key, inverse, hows)
            converted = _converted(np, pa, old, rows, moved, per_key, inverse, pool)
            columns = carried_columns.result()
            columns.update(labelled.result())
    else:
        per_key, inverse, hows = keyed_rates()
        converted = _converted(np, pa, old, rows, moved, per_key, inverse)
        columns = carry()
        columns.update(labels(per_key, inverse, hows))
    columns["qualifier"] = _merged(
        np,
        pa,
        old("qualifier"),
        rows,
        moved,
        converted.pop("_qualifier"),
        list(_QUALIFIERS),
        ints[-2],
        cache,
    )
    columns.update(converted)
    _fill_nulls(pa, columns, zeros, n)
    positions = np.arange(n) if rows is None else rows
    return assemble(columns, n), positions


def _pooled(np: Any, pa: Any, n: int, dtype: Any) -> Any:
    """An uninitialised numpy array of ``n`` items in Arrow's memory pool.

    The result's columns end up in Arrow anyway, and Arrow's allocator still holds the pages
    a load has just freed: a fresh process converting right after loading reuses them
    instead of faulting in new memory from the system (a quarter of the page faults).
    """
    kind = np.dtype(dtype)
    return np.frombuffer(pa.allocate_buffer(max(n, 1) * kind.itemsize), kind)[:n]


def _one_code(np: Any, codes: Any, row_kind: Any) -> int | None:
    """The one code of int32 chunked ``codes`` on every money row (``row_kind`` > 0), or None.

    A few rows spread over the table are looked at first: a column with several names
    there costs no pass over its rows.
    """
    arrays = [c.to_numpy() for c in codes.chunks]  # (no nulls: no copy)
    firsts = np.cumsum([0, *map(len, arrays)])
    step = max(len(row_kind) // 64, 1)
    sample = np.flatnonzero(row_kind[::step]) * step
    chunk = np.searchsorted(firsts, sample, side="right") - 1
    seen = {
        int(arrays[c][i - firsts[c]]) for c, i in zip(chunk.tolist(), sample.tolist(), strict=True)
    }
    if len(seen) != 1:
        return None
    (one,) = seen
    for values, first, last in zip(arrays, firsts.tolist(), firsts[1:].tolist(), strict=False):
        other = values != one  # (three plain passes: a masked min or max is far slower)
        other &= row_kind[first:last].view(bool)  # (kinds 1 and 2 are true)
        if other.any():
            return None
    return one


def _zeroed(pa: Any, size: int) -> Any:
    """An Arrow buffer of ``size`` zero bytes on pages of its own that nobody writes.

    An anonymous map reads as zeros without touching memory; ``np.zeros`` may instead take
    memory the process has freed and clear it (a pass, and pages mapped in).
    """
    import mmap

    return pa.py_buffer(mmap.mmap(-1, max(size, 1)))


def _constant(pa: Any, names: Any, zeros: Any, n: int) -> Any:
    """A dictionary column of ``n`` rows, all ``names[0]``: its indices are ``zeros``.

    (``zeros``, the result's one zeroed buffer, is shared with ``_fill_nulls``' columns:
    the column costs no memory of its own.)
    """
    indices = pa.Array.from_buffers(pa.int32(), n, [None, zeros.slice(0, 4 * n)])
    return pa.DictionaryArray.from_arrays(indices, names, safe=False)


def _int32_chunks(pa: Any, column: Any) -> Any:
    """A column's chunks as int32 arrays when they are that underneath, else None.

    Dictionary columns (one dictionary, no nulls) give their indices, date32 and int32
    columns (no nulls) their values: numpy can take those rows into one block.
    """
    chunks = column.chunks
    if not chunks or column.null_count:
        return None
    kind = column.type
    if pa.types.is_dictionary(kind):
        if kind.index_type != pa.int32():
            return None
        first = chunks[0].dictionary
        if not all(c.dictionary is first or c.dictionary.equals(first) for c in chunks[1:]):
            return None
        return pa.chunked_array([c.indices for c in chunks], pa.int32())
    if kind in (pa.date32(), pa.int32()):
        return pa.chunked_array([c.view(pa.int32()) for c in chunks], pa.int32())
    return None


def _like(pa: Any, column: Any, values: Any) -> Any:
    """An array of ``column``'s type from int32 ``values`` (as ``_int32_chunks`` read them)."""
    if pa.types.is_dictionary(column.type):
        # (the indices were read from this column's own chunks: in range, no check)
        dictionary = column.chunk(0).dictionary
        return pa.DictionaryArray.from_arrays(_arrow(values), dictionary, safe=False)
    return pa.Array.from_buffers(column.type, len(values), [None, pa.py_buffer(values)])


def _fill_nulls(pa: Any, columns: dict[str, Any], zeros: Any, n: int) -> None:
    """The schema's columns not in ``columns`` as null arrays on the zeroed buffer ``zeros``.

    (``pa.nulls`` writes a zeroed buffer per column; the zeros here are never written, so
    the pages are not touched.)
    """
    from tradestat.loaders.bulk import table_schema

    empty = _strings([])
    for field in table_schema():
        if field.name in columns:
            continue
        kind = field.type
        value_kind = kind.index_type if pa.types.is_dictionary(kind) else kind
        width = value_kind.bit_width if pa.types.is_primitive(value_kind) else None
        if width is not None:
            size = (n * width + 7) // 8
            array = pa.Array.from_buffers(value_kind, n, [zeros, zeros.slice(0, size)], n)
            if value_kind is not kind:
                array = pa.DictionaryArray.from_arrays(array, empty)
        elif kind == pa.string():
            offsets = zeros.slice(0, 4 * (n + 1))
            array = pa.Array.from_buffers(kind, n, [zeros, offsets, zeros.slice(0, 0)], n)
        else:
            array = pa.nulls(n, kind)
        columns[field.name] = array


def _unit_ends(
    units: list[str], currency: list[str | None], to: str
) -> tuple[list[str | None], list[str | None], Any]:
    """Per distinct unit: the unit its rows end in, that unit's base unit and base factor.

    The scale word is kept and the currency becomes ``to`` ("billion CNY" -> "billion USD");
    units already in ``to`` stay as written; units that are not money end in None.
    """
    np = require("numpy", "fact tables")
    from tradestat.loaders.bulk import unit_info

    infos: dict[str, Any] = {}
    ends: list[str | None] = []
    for unit, code in zip(units, currency, strict=False):
        if code is None:
            ends.append(None)
            continue
        target = unit if code == to else f"{unit.removesuffix(code).strip()} {to}".strip()
        if target not in infos:
            infos[target] = unit_info(target)
        ends.append(infos[target].text)
    info = [None if u is None else infos.get(u) or unit_info(u) for u in ends]
    bases = [None if i is None else i.base for i in info]
    factor = np.array([1.0 if i is None or i.factor is None else i.factor for i in info] + [1.0])
    return ends, bases, factor


def _keys(np: Any, mu: Any, mp: Any, n_periods: int) -> tuple[Any, int]:
    """Each row's (unit, period) as one integer, ``unit * width + period + 1``, and ``width``.

    (Codes -1, a null period, map to 0: the integer stays non-negative.)
    """
    width = n_periods + 1
    key = mu.astype(np.int64)
    key *= width
    key += mp
    key += 1
    return key, width


def _key_rates(
    np: Any,
    key: Any,
    width: int,
    units: list[str],
    currency: list[str | None],
    periods: list[str],
    to: str,
    rates: Any,
) -> tuple[dict[str, Any], Any, list[str]]:
    """Per distinct key of ``_keys``: its rate; each row's index into them; the cited rates.

    One rate lookup per (currency, period), one factor per (unit, rate's currencies): per
    key whether the rate multiplies, its value and interval, the "converted at" text (an
    index into the returned names) and the factor to the target unit's scale.
    """
    from tradestat.figures import Estimate
    from tradestat.rates import cited
    from tradestat.units import Quantity, parse_unit

    size = (len(units) + 1) * width
    if size <= max(1 << 20, 2 * len(key)):
        seen = np.zeros(size, bool)
        seen[key] = True
        distinct = np.flatnonzero(seen)
        where = np.cumsum(seen, dtype=np.int32)
        where -= 1
        inverse = np.take(where, key, mode="clip")
    else:
        distinct, inverse = np.unique(key, return_inverse=True)
        inverse = inverse.reshape(-1)
    find = _rate_finder(rates, to, len(distinct))
    looked: dict[tuple[str, int], tuple[Any, ...]] = {}
    factors: dict[tuple[str, str, str, bool], float] = {}
    hows: dict[str, int] = {}
    per_key: list[tuple[Any, ...]] = []
    for u, p in zip(*(part.tolist() for part in np.divmod(distinct, width)), strict=True):
        unit, code = units[u], currency[u]
        assert code is not None
        if p == 0:  # (code -1: a table built with from_arrow may hold a null period)
            raise RateError(f"a {unit} figure with no period: no rate to convert it to {to}")
        got = looked.get((code, p))
        if got is None:
            rate = find(code, periods[p - 1])
            interval = rate.rate.interval
            how = hows.setdefault(f"converted at {cited(rate)}", len(hows))
            got = looked[(code, p)] = (
                rate,
                code == rate.base,
                rate.rate.value,
                interval.low,
                interval.high,
                interval.low_closed,
                interval.high_closed,
                how,
            )
        rate, multiply = got[0], got[1]
        cached = (unit, rate.base, rate.quote, multiply)
        if cached not in factors:
            target = f"{unit.removesuffix(code).strip()} {to}".strip()
            one = Estimate.exact(1.0, unit)
            compound = (one * rate.rate if multiply else one / rate.rate).unit
            factors[cached] = float(Quantity(1.0, compound).to(parse_unit(target)).magnitude)
        per_key.append((multiply, *got[2:], factors[cached], u))
    keyed = list(zip(*per_key, strict=True)) if per_key else [()] * 9
    names = ("multiply", "rate", "low", "high", "low_closed", "high_closed", "how", "factor",
             "unit")  # fmt: skip
    types = (bool, float, float, float, bool, bool, np.int32, float, np.int64)
    arrays = {n: np.array(k, t) for n, k, t in zip(names, keyed, types, strict=True)}
    return arrays, inverse, list(hows)


def _converted(
    np: Any,
    pa: Any,
    old: Any,
    rows: Any,
    moved: Any,
    per_key: dict[str, Any],
    inverse: Any,
    pool: Any = None,
) -> dict[str, Any]:
    """The value, interval and base columns: the old ones with the moved rows' new values.

    ``old(name)`` is the table's column, ``rows`` the money rows (None: every row),
    ``moved`` the converted rows in the result and ``inverse`` their keys in ``per_key``.
    Each moved row is ``rate.convert(estimate).to(unit)`` as the scalar API computes it
    (the value times or over the rate, times the scale factor; the interval by
    :func:`_box`, rounded outward at each step), and its base-unit value and interval.
    Also ``"_qualifier"``: the moved rows' qualifier codes (into ``_QUALIFIERS``).

    The result comes in chunks of ``_PIECE`` rows: each chunk's arrays are read from the
    table, then its moved rows converted in blocks of at most ``_BLOCK`` rows, read from
    and written back to those arrays. Temporaries stay small (reused, in cache), and no
    array is large enough for numpy to ask for huge pages, which a process that has just
    loaded a large file gets slowly. With ``pool`` (an executor) the pieces run on it, in
    parallel: numpy and Arrow release the GIL while they work.
    """
    n = len(old("value")) if rows is None else len(rows)
    names = (*_CHANGED[:3], "base_value", "base_low", "base_high")
    made = (*names, *_CHANGED[3:])  # the columns each piece makes, in order
    every = len(moved) == n
    same = {name: _uniform(np, part) for name, part in per_key.items()}
    qualifier = _pooled(np, pa, len(moved), np.int32)
    starts = list(range(0, n, _PIECE))
    bounds = np.searchsorted(moved, [*starts, n]).tolist()
    # a column's numpy chunks, read once for every piece (before any piece runs)
    whole = {} if rows is None else {
        name: _chunk_arrays(np, old(name))
        for name in (*(names[:3] if every else names), *_CHANGED[3:])
    }  # fmt: skip

    def piece(first: int, lo: int, hi: int) -> list[Any]:
        """The result rows ``first`` .. ``first + _PIECE``: each column's Arrow array."""
        size = min(_PIECE, n - first)
        picked = None if rows is None else rows[first : first + size]

        def source(name: str) -> Any:
            """The table's column, or its slice of this chunk's rows when all are money."""
            return old(name) if rows is not None else old(name).slice(first, size)

        def read(name: str) -> Any:
            """``source(name)`` as numpy chunks."""
            return _chunk_arrays(np, source(name)) if rows is None else whole[name]

        cache: dict[Any, Any] = {}
        floats = [_pooled(np, pa, size, np.float64) for _ in names]
        flags = [_pooled(np, pa, size, np.bool_) for _ in _CHANGED[3:]]
        for i, name in enumerate(names[:3] if every else names):
            _values_at(np, read(name), picked, floats[i], cache)
        for i, name in enumerate(_CHANGED[3:]):
            _values_at(np, read(name), picked, flags[i], cache)
        for start in range(lo, hi, _BLOCK):
            stop = min(start + _BLOCK, hi)
            keys = inverse[start:stop].astype(np.intp)  # (cast once, not in every take)

            def keyed(name: str, keys: Any = keys) -> Any:
                """Per row of the block, its key's ``name`` (a scalar where all keys agree)."""
                one = same[name]
                return np.take(per_key[name], keys, mode="clip") if one is None else one

            at = moved[start:stop] - first
            box = tuple(np.take(part, at, mode="clip") for part in (*floats[1:3], *flags))
            value = np.take(floats[0], at, mode="clip")
            multiply = np.take(per_key["multiply"], keys, mode="clip")
            new = _converted_block(np, value, box, keyed, multiply)
            for row, part in zip((*floats, *flags), new, strict=True):
                row[at] = part
            qualifier[start:stop] = _qualifiers(np, box[0], box[1], *new[6:])
        here = moved[lo:hi] - first
        return [
            _unless_null(np, pa, source(name), picked, here, values)
            for name, values in zip(made, (*floats, *flags), strict=True)
        ]

    jobs = list(zip(starts, bounds, bounds[1:], strict=False))
    if pool is None:
        done = [piece(*job) for job in jobs]
    else:
        done = [f.result() for f in [pool.submit(piece, *job) for job in jobs]]
    out: dict[str, Any] = {
        name: pa.chunked_array(
            [arrays[i] for arrays in done], pa.bool_() if name in _CHANGED[3:] else pa.float64()
        )
        for i, name in enumerate(made)
    }
    out["_qualifier"] = qualifier
    return out


#: Rows from which conversion runs on two worker threads (see ``_convert``).
_THREADED = 1 << 16

#: Result rows made at a time: float arrays of 2 MB, under numpy's 4 MB for huge pages.
_PIECE = 1 << 18

#: Rows converted at a time: temporaries of 256 KB, which malloc reuses from block to block
#: (at 512 KB each block's temporaries were fresh pages) and the cache holds.
_BLOCK = 1 << 15


def _converted_block(np: Any, value: Any, box: Any, keyed: Any, multiply: Any) -> tuple[Any, ...]:
    """One block of moved rows converted: the result arrays' values in their order.

    Value, low, high, base value, base low, base high, low_closed, high_closed: the
    scaled box's closed flags are the last two (the qualifiers read them).
    """
    rate_value = keyed("rate")
    r_box = (keyed("low"), keyed("high"), keyed("low_closed"), keyed("high_closed"))
    if np.ndim(r_box[0]) == 0 and r_box[0] == r_box[1] and r_box[2] is True and r_box[3] is True:
        r_box = (r_box[0], r_box[0], True, True)  # one exact rate: _box's point case
    with np.errstate(all="ignore"):
        if multiply.all() or not multiply.any():
            times = bool(multiply[:1].all())
            rated = _box(np, box, r_box, divide=not times)
            result = value * rate_value if times else value / rate_value
        else:
            by_times = _box(np, box, r_box, divide=False)
            by_over = _box(np, box, r_box, divide=True)
            rated = tuple(np.where(multiply, t, o) for t, o in zip(by_times, by_over, strict=True))
            result = np.where(multiply, value * rate_value, value / rate_value)
    factor = keyed("factor")
    result *= factor
    scaled = _times(np, rated, factor)
    base = keyed("base")
    based = _times(np, scaled, base)
    return (result, scaled[0], scaled[1], result * base, based[0], based[1], *scaled[2:])


def _times(np: Any, box: Any, factor: Any) -> Any:
    """``box`` times a positive ``factor`` (scalar or per row) as :meth:`Interval.scale` does.

    A factor of exactly 1 changes nothing and rounds nothing ("100 million CNY" to "100
    million USD" after the rate, "USD" to its base unit): such rows keep their box, and a
    scalar 1 costs no pass at all.
    """
    if np.ndim(factor) == 0:
        if factor == 1.0:
            return box
        return _box(np, box, (factor, factor, True, True), divide=False)
    out = _box(np, box, (factor, factor, True, True), divide=False)
    one = factor == 1.0
    if one.any():
        out = tuple(np.where(one, kept, new) for kept, new in zip(box, out, strict=True))
    return out


def _uniform(np: Any, values: Any) -> Any:
    """The one value of an array (as a Python scalar) when all are the same, else None."""
    if not len(values) or not bool((values == values[0]).all()):
        return None
    return values[0].item()


def _chunk_arrays(np: Any, column: Any) -> list[Any]:
    """A fixed-width or boolean column's chunks as numpy arrays; nulls read as NaN or False.

    Floats and integers without nulls are not copied; booleans are unpacked (a copy), so a
    caller reading one column piece by piece converts it once.
    """
    pa = require("pyarrow", "fact tables")
    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    if pa.types.is_boolean(column.type):
        return [_unpacked(np, c.fill_null(False) if c.null_count else c) for c in chunks]
    nan = float("nan")
    return [
        (c.fill_null(nan) if c.null_count else c).to_numpy(zero_copy_only=False) for c in chunks
    ]


def _unpacked(np: Any, chunk: Any) -> Any:
    """A boolean Arrow array without nulls as numpy bools, by one ``unpackbits`` of its bits.

    (``to_numpy`` converts bit by bit, about ten times slower.)
    """
    bits = np.frombuffer(chunk.buffers()[1], np.uint8)
    end = chunk.offset + len(chunk)
    return np.unpackbits(bits[: (end + 7) // 8], count=end, bitorder="little")[chunk.offset :].view(
        bool
    )


def _values_at(np: Any, column: Any, rows: Any, out: Any = None, cache: Any = None) -> Any:
    """A fixed-width or boolean column's values at ``rows`` (ascending; None: all) in numpy.

    ``column`` is Arrow or the list :func:`_chunk_arrays` made of it. Into ``out`` when
    given, else a new array. Nulls read as NaN (floats) or False. ``cache`` (a dict, for
    one ``rows``) keeps the rows' split by chunk for the next column.
    """
    arrays = column if isinstance(column, list) else _chunk_arrays(np, column)
    if out is None:
        dtype = arrays[0].dtype if arrays else np.dtype(float)
        out = np.empty(len(column) if rows is None else len(rows), dtype)
    if rows is None:
        start = 0
        for values in arrays:
            out[start : start + len(values)] = values
            start += len(values)
        return out
    sizes = tuple(len(values) for values in arrays)
    parts = None if cache is None else cache.get(sizes)
    if parts is None:
        firsts = np.cumsum([0, *sizes])
        cuts = np.searchsorted(rows, firsts).tolist()
        parts = [
            (i, start, stop, rows[start:stop] - first if first else rows[start:stop])
            for i, (first, start, stop) in enumerate(
                zip(firsts.tolist(), cuts, cuts[1:], strict=False)
            )
            if stop > start
        ]
        if cache is not None:
            cache[sizes] = parts
    for i, start, stop, picked in parts:
        np.take(arrays[i], picked, out=out[start:stop], mode="clip")  # (rows are in range)
    return out


def _unless_null(np: Any, pa: Any, column: Any, rows: Any, moved: Any, values: Any) -> Any:
    """``values`` as Arrow, null where ``column`` (at ``rows``) is null and no row moved."""
    if not column.null_count or len(moved) == len(values):
        return _arrow(values)
    valid = _values_at(np, column.is_valid(), rows)
    valid[moved] = True
    return _arrow(values, mask=~valid)


#: The value and interval columns conversion computes anew, all it computes, and those it
#: empties on converted rows (every other column is carried over as it is).
_CHANGED = ("value", "low", "high", "low_closed", "high_closed")
_COMPUTED = frozenset({*_CHANGED, "base_value", "base_low", "base_high", "unit", "base_unit",
                       "qualifier", "derived_by"})  # fmt: skip
_DROPPED = ("stated", "benchmark", "quote", "span_start", "span_end", "anchor", "release",
            "published")  # fmt: skip


def _null_at(np: Any, pa: Any, column: Any, where: Any) -> Any:
    """``column`` with nulls where ``where`` is true: new validity bits, the values shared."""
    if column.null_count == len(column) or where.all():
        return pa.nulls(len(column), column.type)
    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    out, start = [], 0
    for chunk in chunks:
        size = len(chunk)
        valid = ~where[start : start + size]
        start += size
        if chunk.null_count:
            valid &= chunk.is_valid().to_numpy(zero_copy_only=False)
        values = chunk.indices if pa.types.is_dictionary(chunk.type) else chunk
        if values.type.num_fields:  # nested: not in a fact table, but still right
            out.append(chunk.take(pa.array(np.arange(size), mask=~valid)))
            continue
        padded = np.concatenate([np.zeros(values.offset, bool), valid])
        bits = pa.py_buffer(np.packbits(padded, bitorder="little"))
        masked = pa.Array.from_buffers(
            values.type, size, [bits, *values.buffers()[1:]], offset=values.offset
        )
        if values is not chunk:
            masked = pa.DictionaryArray.from_arrays(masked, chunk.dictionary, safe=False)
        out.append(masked)
    return pa.chunked_array(out, column.type)


def _labelled(np: Any, pa: Any, codes: Any, labels: list[str | None], out: Any) -> Any:
    """A dictionary column of ``labels[c]`` for each code ``c`` (-1 and a None label: null).

    The new codes are written into ``out`` (int32, one per row; it may be ``codes``).
    """
    distinct: dict[str, int] = {}
    remap = [-1 if label is None else distinct.setdefault(label, len(distinct)) for label in labels]
    np.take(np.array([*remap, -1], np.int32), codes, out=out, mode="wrap")  # -1: the last
    return _dictionary_of(np, pa, out, _strings(list(distinct)))


def _dictionary_of(np: Any, pa: Any, codes: Any, names: Any) -> Any:
    """A dictionary array on int32 ``codes`` (no copy; -1: null, set to 0 in place).

    The codes come from this module's own remaps, each below ``len(names)``: Arrow's
    bounds check (a pass over every row) is left out.
    """
    if not len(codes) or codes.min() >= 0:
        return pa.DictionaryArray.from_arrays(_arrow(codes), names, safe=False)
    mask = codes < 0
    np.maximum(codes, 0, out=codes)  # (-1 to 0 in one pass: quicker than codes[mask] = 0)
    indices = _arrow(codes, pa.int32(), mask=mask)
    return pa.DictionaryArray.from_arrays(indices, names, safe=False)


def _merged(
    np: Any,
    pa: Any,
    old: Any,
    rows: Any,
    moved: Any,
    codes: Any,
    names: list[str],
    out: Any,
    cache: Any = None,
) -> Any:
    """Dictionary column ``old`` at ``rows``, with the rows ``moved`` set to ``names[codes]``.

    The codes are written into ``out`` (int32, one per result row). The old dictionary's
    values keep their codes, the new names follow them: an old column of one dictionary
    without nulls is read straight into ``out``.
    """
    from tradestat.loaders.bulk import _codes

    distinct: dict[str, int] = {}
    if old.null_count == len(old):
        out.fill(-1)
    else:
        direct = _int32_chunks(pa, old)
        if direct is not None:
            old_names = old.chunk(0).dictionary.to_pylist()
            _values_at(np, direct, rows, out, cache)
        else:
            old_idx, old_names = _codes(old)
            if rows is None:
                out[:] = old_idx
            else:
                np.take(old_idx, rows, out=out)
        remap = [
            -1 if name is None else distinct.setdefault(name, len(distinct)) for name in old_names
        ]
        if remap != list(range(len(remap))):  # (a dictionary with repeats or nulls)
            np.take(np.array([*remap, -1], np.int32), out, out=out, mode="wrap")
    new_map = [distinct.setdefault(name, len(distinct)) for name in names]
    out[moved] = np.array([*new_map, -1], np.int32)[codes]
    return _dictionary_of(np, pa, out, _strings(list(distinct)))


def _qualifiers(np: Any, low: Any, high: Any, low_closed: Any, high_closed: Any) -> Any:
    """The qualifier a derived figure gets, as codes into ``_QUALIFIERS``.

    A bound where the input box (``low``, ``high``) was one-sided, closed or open as the
    converted bound is (``low_closed``, ``high_closed``); else "about".
    """
    return np.where(
        np.isinf(high),
        np.where(low_closed, 1, 2),
        np.where(np.isinf(low), np.where(high_closed, 3, 4), 0),
    ).astype(np.int32)


_QUALIFIERS = ("about", "at_least", "more_than", "at_most", "less_than")


def _box(np: Any, box: Any, by: Any, divide: bool) -> Any:
    """``bulk.bounded(a * b or a / b, box, by)``, the same to the bit, for a positive ``by``.

    With every ``b`` positive and finite and every box ordered, the least corner is at the
    box's low end and the greatest at its high end, and a bound is closed when a closed
    corner attains it, so the corners need no walk in order. Rows with a bound at zero (whose
    sign the walk decides) or infinite, and inputs that do not fit, go to ``bounded`` itself.
    ``by``'s parts may be scalars. The bounds are stepped outward in place: a conversion's
    few large temporaries are what its time goes to.
    """
    from tradestat.loaders.bulk import bounded

    def generic(box: Any, by: Any) -> Any:
        return bounded((lambda a, b: a / b) if divide else (lambda a, b: a * b), box, by)

    low, high, low_closed, high_closed = box
    b_low, b_high, b_low_closed, b_high_closed = by
    with np.errstate(all="ignore"):
        fit = bool(np.all(low <= high)) and bool(
            np.all((b_low > 0) & (b_low <= b_high) & (b_high < np.inf))
        )
    if not fit:
        return generic(box, by)
    op = np.divide if divide else np.multiply
    with np.errstate(all="ignore"):  # overflow to infinity is the walk's too
        if b_low is b_high and b_low_closed is True and b_high_closed is True:
            least, most = op(low, b_low), op(high, b_low)  # least <= most: b is positive
            same = least == most
            least_closed = low_closed | same
            most_closed = high_closed | same
            del same
        else:
            corners = [
                (op(x, b), x_closed & b_closed)
                for x, x_closed in ((low, low_closed), (high, high_closed))
                for b, b_closed in ((b_low, b_low_closed), (b_high, b_high_closed))
            ]
            least = np.minimum(corners[0][0], corners[1][0])  # x * b rises with x for b > 0
            most = np.maximum(corners[2][0], corners[3][0])
            least_closed = np.zeros(len(least), bool)
            most_closed = np.zeros(len(most), bool)
            for y, closed in corners:
                least_closed |= (y == least) & closed
                most_closed |= (y == most) & closed
            del corners, y
            same = least == most
            least_closed |= same
            most_closed |= same
            del same
        # rows at zero or infinity take the walk; the rest are finite and non-zero
        odd = np.isfinite(least)
        odd &= np.isfinite(most)
        odd &= least != 0
        odd &= most != 0
        np.logical_not(odd, out=odd)
    out = (_step(np, least, -1, least), _step(np, most, 1, most), least_closed, most_closed)
    if odd.any():
        rows = np.flatnonzero(odd)

        def at(part: Any) -> Any:
            return part[rows] if np.ndim(part) else part

        exact = generic(tuple(at(p) for p in box), tuple(at(p) for p in by))
        for whole, patch in zip(out, exact, strict=True):
            whole[rows] = patch
    return out


def _step(np: Any, x: Any, way: int, out: Any = None) -> Any:
    """``bulk.down`` (``way`` -1) or ``bulk.up`` (1) of finite non-zero ``x``, on the bits.

    ``x -/+ |x| * SLACK`` then one float further (:func:`tradestat.loaders.bulk.step_bits`).
    An overflow to infinity stays there, as nextafter leaves it. ``out`` may be ``x`` itself
    (one temporary then, not five).
    """
    from tradestat.intervals import SLACK
    from tradestat.loaders.bulk import step_bits

    hair = np.abs(x)
    hair *= SLACK
    with np.errstate(all="ignore"):
        y = (np.add if way > 0 else np.subtract)(x, hair, out=out)
    infinite = np.isinf(y)
    if not infinite.any():  # (the usual case: no index array to make)
        step_bits(np, y, way, scratch=hair.view(np.int64))  # (the hair's room, reused)
        return y
    at = np.flatnonzero(infinite)
    sign = step_bits(np, y, way, scratch=hair.view(np.int64))
    y[at] = np.where(sign[at] > 0, np.inf, -np.inf)
    return y
