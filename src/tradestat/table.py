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
    if not _plain_bytes(data):
        return None
    body = CsvBody.of(data)
    reader = read_tidy_body if chosen == "tidy-csv" else read_comtrade_body
    ranges = list(_body_pieces(body, rows))
    pieces: list[FactTable] = []
    with Prefetch(ranges) as parse:
        for piece in ranges:
            pieces.append(_from_bulk(reader(piece, path.name, not pieces, parse)))
    return _concat(pieces)


#: The first byte that is not a BOM byte or white space.
_TEXT_START = re.compile(rb"[^\xef\xbb\xbf \t\r\n]")


def _plain_bytes(data: Any) -> bool:
    """Whether the bytes (or mmap) are UTF-8 without NUL bytes and not JSON."""
    import codecs

    np = require("numpy", "fact tables")
    start = _TEXT_START.search(data)  # (lstrip would copy the whole file)
    if start is not None and start.group() in (b"{", b"["):
        return False
    if data.find(b"\x00") >= 0:
        return False
    if not len(data) or int(np.frombuffer(data, np.uint8).max()) < 128:
        return True
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for at in range(0, len(data), 1 << 24):
            decoder.decode(view[at : at + (1 << 24)])  # (a copy per block, not the file)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _body_pieces(body: Any, rows: int) -> Iterator[Any]:
    """The body in ranges of about ``rows`` lines, cut at line ends outside quotes.

    The first range is a quarter of the others: its parse is the one nothing else overlaps.
    """
    from tradestat.loaders.bulk import count_bytes

    data, end = body.data, body.end
    sample = data[body.start : body.start + (1 << 20)]
    size = max(int(rows * len(sample) / max(sample.count(b"\n"), 1)), 1)
    quotes = body.has(b'"')
    start, line = body.start, body.first_line
    step = max(size // 4, 1)
    while True:
        cut = end
        if start + step < end:
            cut = data.rfind(b"\n", start, start + step) + 1
            while quotes and cut > start and count_bytes(data, b'"', start, cut) % 2:
                cut = data.rfind(b"\n", start, cut - 1) + 1
            if cut <= start:  # one record longer than a piece: read on
                step *= 2
                continue
        piece = body.piece(start, cut, line, count_bytes(data, b"\n", start, cut))
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


def _convert(table: Any, to: str, rates: Any) -> tuple[Any, Any]:
    """The money rows of ``table`` in currency ``to``, and their positions in ``table``."""
    pa = require("pyarrow", "fact tables")
    np = require("numpy", "fact tables")
    from tradestat.figures import Estimate
    from tradestat.loaders.bulk import (
        _codes,
        _dictionary,
        assemble,
        bounded,
        combine_keys,
        unit_info,
    )
    from tradestat.rates import _code, cited
    from tradestat.units import Quantity, currency_of, parse_unit

    to = _code(to)
    u_idx, units = _codes(table.column("unit"))
    p_idx, periods = _codes(table.column("period"))
    currency = [currency_of(parse_unit(u)) for u in units] + [None]
    money = np.array([c is not None for c in currency], bool)[u_idx]
    rows = np.flatnonzero(money)
    sub = table.filter(pa.array(money))
    u_idx, p_idx = u_idx[rows], p_idx[rows]
    change = np.array([c not in (None, to) for c in currency], bool)[u_idx]
    key = combine_keys(u_idx, p_idx)
    distinct, first = np.unique(key, return_index=True)
    size = len(distinct)
    factor = np.ones(size)
    rate_value = np.ones(size)
    rate_box = [np.ones(size), np.ones(size), np.ones(size, bool), np.ones(size, bool)]
    multiply = np.ones(size, bool)
    target_units: list[str | None] = []
    how: list[str | None] = []
    infos: dict[str, Any] = {}
    factors: dict[tuple[str, str, str, bool], float] = {}

    def info(unit: str) -> Any:
        if unit not in infos:
            infos[unit] = unit_info(unit)
        return infos[unit]

    for k, row in enumerate(first):
        unit, code = units[u_idx[row]], currency[u_idx[row]]
        if not change[row]:
            target_units.append(info(unit).text)
            how.append(None)
            continue
        assert code is not None
        rate = _rate_for(rates, code, to, periods[p_idx[row]])
        multiply[k] = code == rate.base
        target = f"{unit.removesuffix(code).strip()} {to}".strip()
        cached = (unit, rate.base, rate.quote, bool(multiply[k]))
        if cached not in factors:
            one = Estimate.exact(1.0, unit)
            compound = (one * rate.rate if multiply[k] else one / rate.rate).unit
            factors[cached] = float(Quantity(1.0, compound).to(parse_unit(target)).magnitude)
        factor[k] = factors[cached]
        interval = rate.rate.interval
        rate_value[k] = rate.rate.value
        rate_box[0][k], rate_box[1][k] = interval.low, interval.high
        rate_box[2][k], rate_box[3][k] = interval.low_closed, interval.high_closed
        target_units.append(info(target).text)
        how.append(f"converted at {cited(rate)}")

    def col(name: str) -> Any:
        return sub.column(name).to_numpy()

    value, low, high = col("value"), col("low"), col("high")
    low_closed, high_closed = col("low_closed"), col("high_closed")
    converting = change[first]
    if converting.any():  # rows kept as they are follow the others' direction (discarded)
        multiply[~converting] = multiply[converting][0]
    mul = multiply[key]
    r_box = tuple(part[key] for part in rate_box)
    money_box = (low, high, low_closed, high_closed)
    if mul.all():
        box = bounded(lambda a, b: a * b, money_box, r_box)
        result = value * rate_value[key]
    elif not mul.any():
        box = bounded(lambda a, b: a / b, money_box, r_box)
        result = value / rate_value[key]
    else:
        times = bounded(lambda a, b: a * b, money_box, r_box)
        over = bounded(lambda a, b: a / b, money_box, r_box)
        box = tuple(np.where(mul, t, o) for t, o in zip(times, over, strict=True))
        with np.errstate(all="ignore"):
            result = np.where(mul, value * rate_value[key], value / rate_value[key])
    f = factor[key]
    converted = result * f
    scaled = bounded(lambda x: x * f, box)
    base_factor = np.array(
        [1.0 if u is None or info(u).factor is None else info(u).factor for u in target_units]
    )[key]
    base = bounded(lambda x: x * base_factor, scaled)

    def per_key(labels: list[Any]) -> Any:
        return _dictionary(key, labels, lambda label: label)

    def pick(new: Any, name: str) -> Any:
        """The converted value on converted rows, the table's own on the others."""
        if change.all():
            return new
        old = sub.column(name)
        if isinstance(new, np.ndarray):
            return np.where(change, new, old.to_numpy())
        kind = old.type.value_type if pa.types.is_dictionary(old.type) else old.type
        pc = require("pyarrow.compute", "fact tables")
        return pc.if_else(pa.array(change), new.cast(kind), old.cast(kind))

    columns = {
        name: sub.column(name)
        for name in ("subject", "period", "period_start", "period_end", "flow", "partner",
                     "segment", "measure", "source", "period_first", "period_last")
    }  # fmt: skip
    nulls = {name: pa.nulls(len(rows), sub.schema.field(name).type) for name in sub.schema.names}
    columns.update(
        value=pick(converted, "value"),
        unit=per_key(target_units),
        qualifier=pick(_qualifiers(np, pa, low, high, scaled), "qualifier"),
        low=pick(scaled[0], "low"),
        high=pick(scaled[1], "high"),
        low_closed=pick(scaled[2], "low_closed"),
        high_closed=pick(scaled[3], "high_closed"),
        base_value=pick(converted * base_factor, "base_value"),
        base_low=pick(base[0], "base_low"),
        base_high=pick(base[1], "base_high"),
        base_unit=per_key([info(u).base if u else None for u in target_units]),
        derived_by=pick(per_key(how), "derived_by"),
        **{
            name: pick(nulls[name], name)
            for name in (
                "stated",
                "benchmark",
                "quote",
                "span_start",
                "span_end",
                "anchor",
                "release",
                "published",
            )
        },
    )
    return assemble(columns, len(rows)), rows


def _qualifiers(np: Any, pa: Any, low: Any, high: Any, scaled: Any) -> Any:
    """The qualifier a derived figure gets: a bound where the input was one-sided, else about."""
    codes = np.where(
        np.isinf(high),
        np.where(scaled[2], 1, 2),
        np.where(np.isinf(low), np.where(scaled[3], 3, 4), 0),
    ).astype(np.int32)
    names = pa.array(["about", "at_least", "more_than", "at_most", "less_than"], pa.string())
    return pa.DictionaryArray.from_arrays(pa.array(codes, pa.int32()), names)
