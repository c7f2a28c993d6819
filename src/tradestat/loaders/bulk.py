"""Vectorized readers of the bulk formats (tidy CSV, UN Comtrade CSV, Parquet) into columns.

The per-fact loaders (:mod:`tradestat.loaders.tidy`, :mod:`~tradestat.loaders.comtrade`,
:mod:`~tradestat.loaders.columnar`) stay the definition of what a row means. These readers
parse a file with ``pyarrow.csv``/``pyarrow.parquet``, validate every *distinct* name, unit,
period and qualifier once with the very functions the per-fact loaders use, and the stated
digits column by column. A row they cannot vouch for (a problem, or anything unusual: a
quote, a sign, more than 14 digits) goes through the per-fact loader's own row function, so
it is accepted or rejected exactly as :func:`tradestat.load` would, with the same reason and
place. Files whose lines the fast parser cannot map one to one (mixed encodings, quotes
spanning lines, rows of the wrong width) are read by the per-fact loader as a whole.
"""

from __future__ import annotations

import csv
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from tradestat.errors import ValidationError
from tradestat.frames import COLUMNS
from tradestat.frames import require as _require
from tradestat.intervals import SLACK
from tradestat.loaders.base import Location, Rejected, Source

__all__ = [
    "BulkRead",
    "EXTRA_COLUMNS",
    "FallbackError",
    "read_comtrade_csv",
    "read_parquet",
    "read_tidy_csv",
    "table_schema",
]

#: Columns a :class:`~tradestat.table.FactTable` holds beyond :data:`tradestat.frames.COLUMNS`:
#: the period as month indexes (months since year 0) and the provenance's anchor.
EXTRA_COLUMNS: tuple[tuple[str, str], ...] = (
    ("period_first", "month"),
    ("period_last", "month"),
    ("anchor", "str"),
)
#: Text columns kept as plain strings (nearly every value differs); others are categorical.
PLAIN_TEXT = frozenset({"stated", "quote"})
#: The most significant digits the column arithmetic reproduces exactly (10 * M + 5 < 2**53).
MAX_DIGITS = 14


class FallbackError(Exception):
    """The file needs the per-fact loader as a whole (the reason says why)."""


def table_schema() -> Any:
    """The Arrow schema of a fact table, from :data:`tradestat.frames.COLUMNS`.

    Names are categorical (dictionary) columns, the stated digits and quotes plain strings,
    dates ``date32``, bounds ``float64``; a column added to ``COLUMNS`` flows through.
    """
    pa = require("pyarrow", "fact tables")
    types = {
        "date": pa.date32(),
        "datetime": pa.timestamp("us", tz="UTC"),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "int": pa.int64(),
        "month": pa.int32(),
    }
    fields = []
    for name, kind in (*COLUMNS, *EXTRA_COLUMNS):
        if kind == "str":
            kind_type = (
                pa.string() if name in PLAIN_TEXT else pa.dictionary(pa.int32(), pa.string())
            )
        else:
            kind_type = types[kind]
        fields.append(pa.field(name, kind_type))
    return pa.schema(fields, metadata={"tradestat": "facttable/1"})


@attrs.define
class BulkRead:
    """What a bulk reader made of a file: the table, rejections, warnings, record count."""

    table: Any
    records: int
    rejected: list[Rejected]
    warnings: list[str]
    loader: str


# --- column arithmetic, the same IEEE operations as the scalar code -----------------------


#: Modules :func:`require` has imported, each fully initialised.
_IMPORTED: dict[str, Any] = {}


def require(module: str, purpose: str) -> Any:
    """:func:`tradestat.frames.require`, remembered once it has returned.

    The column code asks for numpy and pyarrow some thousand times a file; the import
    machinery's own lookup costs more than all the small arrays it is asked for. Not read
    from ``sys.modules``: a module another thread is still importing is there half made
    (the prefetching worker met ``pyarrow.csv`` without ``read_csv``); the import machinery
    waits for it to be complete.
    """
    found = _IMPORTED.get(module)
    if found is None:
        found = _IMPORTED[module] = _require(module, purpose)
    return found


def _np() -> Any:
    return require("numpy", "fact tables")


def down(x: Any) -> Any:
    """:func:`tradestat.intervals._down` on a column."""
    return _outward(x, -1)


def up(x: Any) -> Any:
    """:func:`tradestat.intervals._up` on a column."""
    return _outward(x, 1)


def _outward(x: Any, way: int) -> Any:
    """``x -/+ |x| * SLACK`` then one float further (``way`` -1 down, 1 up); 0, inf, NaN kept.

    The step is taken on the bits (:func:`step_bits`), not by ``np.nextafter``: this runs
    on every bound of every load. Rows the nudge took to infinity stay there, as nextafter
    leaves them; the same bits as nextafter throughout.
    """
    np = _np()
    x = np.asarray(x)
    if x.dtype != np.float64 or x.ndim != 1:  # (columns are 1-d float64; anything else)
        with np.errstate(all="ignore"):
            moved = np.nextafter(x + way * np.abs(x) * SLACK, way * np.inf)
        return np.where((x == 0) | ~np.isfinite(x), x, moved)
    with np.errstate(all="ignore"):
        y = np.abs(x)
        y *= SLACK
        (np.add if way > 0 else np.subtract)(x, y, out=y)
        odd = np.isfinite(y)  # y is not finite where x is not, or the nudge overflowed
        np.logical_not(odd, out=odd)
        odd |= x == 0
    fix = np.flatnonzero(odd)
    kept = y[fix]
    step_bits(np, y, way)
    if len(fix):
        at = x[fix]
        y[fix] = np.where(np.isfinite(at) & (at != 0), kept, at)
    return y


def step_bits(np: Any, y: Any, way: int, scratch: Any = None) -> Any:
    """Move each float of ``y`` (float64, in place) to its neighbour down (-1) or up (1).

    The neighbour of a positive float has its bits one lower (down) or higher (up), of a
    negative one the other way: what ``np.nextafter(y, ∓inf)`` gives for finite non-zero
    values, in a third of the time. Returns each value's sign (1 or -1) as int64, written
    into ``scratch`` when given (an int64 array of ``y``'s size, or a view as one); callers
    restore what is not finite and non-zero.
    """
    bits = y.view(np.int64)
    sign = np.right_shift(bits, 63, out=scratch)  # -1 for negative, 0 for positive ...
    sign |= 1  # ... then -1 or 1
    if way > 0:
        bits += sign
    else:
        bits -= sign
    return sign


Box = tuple[Any, Any, Any, Any]  # low, high, low_closed, high_closed (arrays or scalars)


def bounded(fn: Callable[..., Any], *boxes: Box) -> Box:
    """:func:`tradestat.intervals.bounded` on columns: every corner, in the same order."""
    np = _np()
    n = max(np.size(part) for box in boxes for part in box)
    low = np.full(n, np.inf)
    high = np.full(n, -np.inf)
    low_closed = np.zeros(n, bool)
    high_closed = np.zeros(n, bool)
    undefined = np.zeros(n, bool)
    choices = [((b[0], b[2]), (b[1], b[3])) for b in boxes]
    for corner in itertools.product(*choices):
        closed: Any = True
        for _, c in corner:
            closed = np.logical_and(closed, c)
        with np.errstate(all="ignore"):
            y = np.broadcast_to(np.asarray(fn(*(v for v, _ in corner)), dtype=float), (n,))
        nan = np.isnan(y)
        undefined |= nan
        lower = ~nan & ((y < low) | ((y == low) & closed))
        low = np.where(lower, y, low)
        low_closed = np.where(lower, closed, low_closed)
        higher = ~nan & ((y > high) | ((y == high) & closed))
        high = np.where(higher, y, high)
        high_closed = np.where(higher, closed, high_closed)
    everything = undefined | (low > high)
    low_closed = np.where(np.isinf(low), False, low_closed)
    high_closed = np.where(np.isinf(high), False, high_closed)
    point = low == high
    low_closed = np.where((low == 0) | point, True, low_closed)
    high_closed = np.where((high == 0) | point, True, high_closed)
    return (
        np.where(everything, -np.inf, down(low)),
        np.where(everything, np.inf, up(high)),
        np.where(everything, False, low_closed),
        np.where(everything, False, high_closed),
    )


def scale(box: Box, factor: Any) -> Box:
    """``bounded(lambda x: x * factor, box)`` for positive finite factors and no NaN bounds.

    The two corners are ordered directly instead of folded in one by one: the same numbers
    (a hypothesis property compares the two), in a third of the passes over the columns.
    Rows whose factor is exactly 1 keep their interval as it is, not rounded outward, as
    :meth:`Interval.scale` keeps it (new arrays all the same).
    """
    np = _np()
    if np.ndim(factor) == 0 and factor == 1.0:
        shape = np.broadcast(*box).shape
        return tuple(
            np.broadcast_to(np.asarray(part, kind), shape).copy()
            for part, kind in zip(box, (float, float, bool, bool), strict=True)
        )
    scaled = _scaled(np, box, factor)
    if np.ndim(factor):
        one = factor == 1.0
        if one.any():
            for out, kept in zip(scaled, box, strict=True):
                np.copyto(out, kept, where=one)
    return scaled


def _scaled(np: Any, box: Box, factor: Any) -> Box:
    """:func:`scale` of every row, rounded outward."""
    with np.errstate(all="ignore"):
        first = box[0] * factor
        second = box[1] * factor
    first_closed, second_closed = np_bool(box[2]), np_bool(box[3])
    if not (second <= first).any():  # the usual: low below high, kept in order (one pass)
        low_closed = (first_closed & ~np.isinf(first)) | (first == 0)
        high_closed = (second_closed & ~np.isinf(second)) | (second == 0)
        return down(first), up(second), low_closed, high_closed
    swap = second < first
    point = first == second
    same = np.where(second_closed, second, first)  # a point: the last closed corner (-0.0)
    low = np.where(point, same, np.where(swap, second, first))
    high = np.where(point, same, np.where(swap, first, second))
    either = first_closed | second_closed
    low_closed = np.where(point, either, np.where(swap, second_closed, first_closed))
    high_closed = np.where(point, either, np.where(swap, first_closed, second_closed))
    low_closed = (low_closed & ~np.isinf(low)) | (low == 0) | point
    high_closed = (high_closed & ~np.isinf(high)) | (high == 0) | point
    return down(low), up(high), low_closed, high_closed


def intersect(a: Box, b: Box) -> tuple[Box, Any]:
    """:meth:`Interval.intersect` on columns, and where the intersection is empty."""
    np = _np()
    take_a = (a[0] > b[0]) | ((a[0] == b[0]) & ~np.asarray(a[2], bool))
    low = np.where(take_a, a[0], b[0])
    low_closed = np.where(take_a, a[2], b[2])
    take_a = (a[1] < b[1]) | ((a[1] == b[1]) & ~np.asarray(a[3], bool))
    high = np.where(take_a, a[1], b[1])
    high_closed = np.where(take_a, a[3], b[3])
    empty = (low > high) | ((low == high) & ~(low_closed & high_closed))
    return (low, high, low_closed, high_closed), empty


def contains(box: Box, x: Any) -> Any:
    """``x in Interval`` on columns."""
    above = (x > box[0]) | (np_bool(box[2]) & (x == box[0]))
    below = (x < box[1]) | (np_bool(box[3]) & (x == box[1]))
    return above & below


def np_bool(x: Any) -> Any:
    """A column (or scalar) as booleans."""
    return _np().asarray(x, bool)


# --- distinct values: each validated once ---------------------------------------------------


def _codes(column: Any) -> tuple[Any, list[Any]]:
    """Indices (-1 for null) and the distinct values of a string or dictionary column."""
    pa = require("pyarrow", "fact tables")
    pc = require("pyarrow.compute", "fact tables")
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)
    indices = column.indices
    if column.null_count:
        # a null in the dictionary column may hide a valid index: nulls become -1
        minus_one = _arrow(_np().array([-1]), indices.type)[0]  # (pa.scalar imports pandas)
        indices = pc.if_else(column.is_valid(), indices, minus_one)
    return _numpy(indices), column.dictionary.to_pylist()


_BAD = object()


def _map(
    codes: tuple[Any, list[Any]], fn: Callable[[Any], Any], memo: dict[Any, Any] | None = None
) -> tuple[Any, list[Any], Any]:
    """``fn`` on each distinct value (None for null): indices, results, rows it failed on.

    A failing value (any exception) maps to ``_BAD``; such rows go the per-fact way.
    ``memo`` keeps the results of ``fn`` by value for the next call (the pieces of one file
    repeat most of their names and units).
    """
    np = _np()
    indices, values = codes
    known = {} if memo is None else memo
    results: list[Any] = []
    for value in (*values, None):  # the last entry is the null's: index -1 picks it
        if value in known:
            results.append(known[value])
            continue
        try:
            result = fn(value)
        except Exception:
            result = _BAD
        known[value] = result
        results.append(result)
    bad = np.array([r is _BAD for r in results], bool)
    if not bad[:-1].any() and not (bad[-1] and len(indices) and int(indices.min()) < 0):
        return indices, results, np.False_  # no row fails (the usual case: no gather)
    return indices, results, bad[indices]


def _dictionary(indices: Any, results: list[Any], pick: Callable[[Any], Any]) -> Any:
    """A dictionary column of ``pick(results[i])`` per row, with distinct categories."""
    pa = require("pyarrow", "fact tables")
    np = _np()
    labels = [None if r is _BAD else pick(r) for r in results]
    distinct: dict[Any, int] = {}
    remap = np.empty(len(labels), np.int64)
    for i, label in enumerate(labels):
        remap[i] = -1 if label is None else distinct.setdefault(label, len(distinct))
    remap = remap.astype(np.int32)
    if len(indices) == 0 or not (remap >= 0).any():
        return _null_names(len(indices))
    if _same_codes(indices, remap):  # labels as distinct as the values: the indices stay
        codes = _arrow(indices, pa.int32())
        return pa.DictionaryArray.from_arrays(codes, _strings(list(distinct)), safe=False)
    rows = np.take(remap, indices)
    if (remap < 0).any():
        mask = rows < 0
        codes = _arrow(np.where(mask, 0, rows), pa.int32(), mask=mask)
    else:
        codes = _arrow(rows, pa.int32())
    # (safe=False: the codes index ``distinct`` by construction, no pass to check them)
    return pa.DictionaryArray.from_arrays(codes, _strings(list(distinct)), safe=False)


def _null_names(n: int) -> Any:
    """An all-null dictionary column of ``n`` rows on zeroed memory that is never written.

    (``pa.nulls`` fills its buffers; most optional columns of a file are empty, and a
    column of zeros from ``np.zeros`` costs no page until something reads it.)
    """
    pa = require("pyarrow", "fact tables")
    zeros = _zeros(4 * n)
    indices = pa.Array.from_buffers(pa.int32(), n, [zeros.slice(0, (n + 7) // 8), zeros], n)
    return pa.DictionaryArray.from_arrays(indices, _strings([]), safe=False)


#: A zeroed Arrow buffer shared by the all-null columns (read-only, never written).
_ZEROS: list[Any] = []


def _zeros(size: int) -> Any:
    """``size`` zero bytes as an Arrow buffer: a slice of one kept for every caller.

    A file's pieces have several empty columns each; one buffer serves them all (a new
    zeroed buffer per column is memory the allocator clears or maps in each time).
    """
    pa = require("pyarrow", "fact tables")
    if not _ZEROS or _ZEROS[0].size < size:
        _ZEROS[:] = [pa.py_buffer(_np().zeros(max(size, 1 << 16), _np().uint8))]
    return _ZEROS[0].slice(0, size)


def _same_codes(indices: Any, remap: Any) -> bool:
    """Whether ``remap[indices]`` is ``indices`` (an unused last entry may be null)."""
    np = _np()
    m = len(remap)
    if int(indices.min()) < 0 or not np.array_equal(remap[: m - 1], np.arange(m - 1)):
        return bool(m == 0)
    return bool(remap[m - 1] == m - 1 or (remap[m - 1] < 0 and int(indices.max()) < m - 1))


def combine_keys(*indices: Any) -> Any:
    """One dense key per distinct combination of the index columns (in key order)."""
    np = _np()
    key = np.zeros(len(indices[0]) if indices else 0, np.int64)
    size = 1
    for idx in indices:
        width = int(idx.max()) + 2 if len(idx) else 1
        if size * width > 2**62:
            key = _dense(key, size)
            size = int(key.max()) + 1 if len(key) else 1
        key = key * width + (idx + 1)
        size *= width
    return _dense(key, size)


def _dense(key: Any, size: int) -> Any:
    """Keys renumbered 0, 1, ... in order; a table of ``size`` when small, else by sorting."""
    np = _np()
    if size <= 1 << 24:
        present = np.zeros(size, bool)
        present[key] = True
        return (np.cumsum(present) - 1)[key]
    _, dense = np.unique(key, return_inverse=True)
    return dense.reshape(-1)


def _first_rows(keys: Any) -> Any:
    """The first row of each dense key."""
    np = _np()
    if len(keys) == 0:
        return np.zeros(0, np.int64)
    first = np.full(int(keys.max()) + 1, len(keys), np.int64)
    np.minimum.at(first, keys, np.arange(len(keys)))
    return first


# --- the stated digits ------------------------------------------------------------------------


def digits_columns(column: Any) -> tuple[Any, Any, Any, Any]:
    r"""From digit strings: fast mask, the integer M, decimals d, value M / 10**d.

    Fast rows match ``-?(0|[1-9]\d*)(\.\d+)?`` with at most :data:`MAX_DIGITS` digits,
    no "-0" and no more than four zeros after "0." (``str(Decimal)`` writes those as
    written); on them the float arithmetic below equals ``float(Decimal)``. The shape
    ``-?\d+(\.\d+)?`` is checked on the bytes (:func:`_shape`, no pattern engine) and
    Arrow's correctly rounded cast to float does the reading; M is that float times 10**d,
    rounded (exact: M < 10**14, so the error is below 0.03); the leading zeros and the odd
    forms are then told apart by M and the digit count.
    """
    pa = require("pyarrow", "fact tables")
    pc = require("pyarrow.compute", "fact tables")
    np = _np()
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    if not pa.types.is_string(column.type) and not pa.types.is_large_string(column.type):
        column = column.cast(pa.string())
    n = len(column)
    if n == 0:
        nothing = np.zeros(0, np.int64)
        return np.zeros(0, bool), nothing, nothing.copy(), np.zeros(0)
    # (what the kernels give on null rows is left unread: those rows are not ok)
    ok, length, negative, point, lead = _shape(column)
    if column.null_count:
        ok &= _numpy(column.is_valid())
    negative &= ok
    count = length - (point >= 0) - negative  # digits, on rows of the right shape
    shaped = bool(ok.all())
    ok &= count <= MAX_DIGITS
    decimals = np.where(ok & (point >= 0), length - point - 1, 0)
    decimals = np.minimum(decimals, MAX_DIGITS)  # (more only on rows not ok)
    value = None
    if shaped:  # every row plain digits: Arrow reads the column as it is
        try:
            value = _numpy(pc.cast(column, pa.float64()))
        except pa.ArrowInvalid:
            value = None
    if value is None:
        zero = _strings(["0"])[0]  # (pa.scalar imports pandas)
        value = _numpy(pc.cast(pc.if_else(_arrow(ok), column, zero), pa.float64()))
    powers = 10 ** np.arange(MAX_DIGITS + 1, dtype=np.int64)
    scale = powers.astype(float)[decimals]  # 10.0**d, exact
    with np.errstate(all="ignore"):
        magnitude = np.abs(value)
        magnitude *= scale
        np.rint(magnitude, out=magnitude)
        if not ok.all():  # (rows not ok may be out of range: not read)
            magnitude[~ok] = 0
        magnitude = magnitude.astype(np.int64)

    # (each rule's pass only when a row can break it: most files have no "-", few a "0")
    signed = bool(negative.any())
    zero = lead == 48
    if np.any(zero):
        integer = np.where(point >= 0, point, length) - negative  # digits before the point
        ok &= ~((integer > 1) & zero)  # a leading zero: "007", "01.5"
    if signed:
        ok &= ~(negative & (magnitude == 0))  # "-0"
    deep = np.flatnonzero(decimals >= 4)  # "0.0000...": M < 10**(d - 4), only for d >= 4
    if len(deep):
        ok[deep] &= magnitude[deep] >= powers[decimals[deep] - 4]
    whole = np.where(negative, -magnitude, magnitude) if signed else magnitude
    if ok.all():  # the usual: every row read (decimals and whole are this call's own)
        return ok, whole, decimals.astype(np.int64, copy=False), whole / scale
    whole = np.where(ok, whole, 0)
    decimals = np.where(ok, decimals, 0).astype(np.int64)
    return ok, whole, decimals, whole / np.where(ok, scale, 1.0)


def _shape(column: Any) -> tuple[Any, Any, Any, Any, Any]:
    r"""Which strings have the shape ``-?[0-9]+(\.[0-9]+)?``: that, lengths, "-" and "." places.

    Besides the mask: each string's byte length, whether it starts with "-", where its
    first "." is (-1: none) and the byte after the "-" if any (its first digit, on rows of
    the shape; 0 on an empty string). Read on the column's bytes with numpy (a pattern engine over a
    million strings costs several times as much): a row has the shape when its "-" (if
    any) is in front, its first "." has digits on either side, and every other byte is a
    digit. Null rows are not masked here.
    """
    pa = require("pyarrow", "fact tables")
    pc = require("pyarrow.compute", "fact tables")
    np = _np()
    n, offset = len(column), column.offset
    wide = pa.types.is_large_string(column.type)
    buffers = column.buffers()
    kind = np.int64 if wide else np.int32
    offsets = np.frombuffer(buffers[1], kind, n + 1, offset * np.dtype(kind).itemsize)
    starts, ends = offsets[:-1].astype(np.int64), offsets[1:].astype(np.int64)
    length = ends - starts
    low, high = int(offsets[0]), int(offsets[-1])
    raw = np.frombuffer(buffers[2], np.uint8) if buffers[2] is not None else np.zeros(0, np.uint8)
    text = raw[low:high]
    first = np.where(length > 0, text.take(starts - low, mode="clip"), 0) if len(text) else 0
    negative = (length > 0) & (first == 45)
    lead = np.where(negative, text.take(starts - low + 1, mode="clip"), first) if len(text) else 0
    point = _numpy(pc.find_substring(column, ".")).astype(np.int64)
    has_point = (point >= 0) & (point < length)  # (the kernel's value on a null: any)
    ok = np.where(has_point, (point > negative) & (point < length - 1), length > negative)
    # the "-" in front and the first "." read as digits: any other non-digit spoils its row
    digit = text - np.uint8(48)  # (a copy: the column's bytes stay as they are)
    digit[starts[negative] - low] = 0
    digit[(starts + point)[has_point] - low] = 0
    spoilt = np.flatnonzero(digit > 9)
    if len(spoilt):
        ok[np.searchsorted(ends - low, spoilt, side="right")] = False
    return ok, length, negative, point, lead


def _arrow(values: Any, kind: Any = None, mask: Any = None) -> Any:
    """A numpy column as an Arrow array of type ``kind`` (nulls where ``mask``), no copy if it can.

    Built from buffers: ``pyarrow.array`` imports pandas to ask whether it was given pandas
    objects (most of a second on a cold start, for nothing here).
    """
    pa = require("pyarrow", "fact tables")
    np = _np()
    values = np.asarray(values)
    if values.dtype.kind not in "biufM" or values.ndim != 1:
        return pa.array(values, kind, mask=mask)
    if kind is None:
        kind = pa.from_numpy_dtype(values.dtype)
    n = len(values)
    validity, nulls = None, 0
    if mask is not None:
        mask = np.asarray(mask, bool)
        nulls = int(np.count_nonzero(mask))
        if nulls:
            validity = pa.py_buffer(np.packbits(~mask, bitorder="little"))
    if pa.types.is_boolean(kind):
        data = np.packbits(values.astype(bool, copy=False), bitorder="little")
    elif pa.types.is_date32(kind):
        days = values.astype("datetime64[D]") if values.dtype.kind == "M" else values
        data = np.ascontiguousarray(days.astype(np.int32, copy=False))
    elif pa.types.is_integer(kind) or pa.types.is_floating(kind):
        data = np.ascontiguousarray(values, kind.to_pandas_dtype())
    else:
        return pa.array(values, kind, mask=mask)
    return pa.Array.from_buffers(kind, n, [validity, pa.py_buffer(data)], null_count=nulls)


def _strings(values: Sequence[str]) -> Any:
    """A list of strings as an Arrow string array (see :func:`_arrow` for why not pa.array)."""
    pa = require("pyarrow", "fact tables")
    np = _np()
    try:
        encoded = [v.encode("utf-8") for v in values]
    except UnicodeEncodeError:
        return pa.array(values, pa.string())
    offsets = np.zeros(len(encoded) + 1, np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    if offsets[-1] >= 2**31:
        return pa.array(values, pa.string())
    buffers = [None, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(b"".join(encoded))]
    return pa.Array.from_buffers(pa.string(), len(encoded), buffers, null_count=0)


def _numpy(array: Any) -> Any:
    """A fixed-width or boolean Arrow array without nulls as a numpy array (no copy if it can).

    Read from the Arrow buffers: pyarrow's ``to_numpy`` imports pandas, most of a second on a
    cold start, for no use here.
    """
    pa = require("pyarrow", "fact tables")
    np = _np()
    if isinstance(array, pa.ChunkedArray):
        if array.num_chunks == 0:
            array = pa.array([], array.type)
        else:
            array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
    n, offset = len(array), array.offset
    data = array.buffers()[1]
    if pa.types.is_boolean(array.type):
        if data is None or n == 0:
            return np.zeros(n, bool)
        bits = np.unpackbits(np.frombuffer(data, np.uint8), bitorder="little")
        return bits[offset : offset + n].view(bool)
    kind = np.dtype(array.type.to_pandas_dtype())
    if data is None or n == 0:
        return np.zeros(n, kind)
    return np.frombuffer(data, kind, n, offset * kind.itemsize)


def figure_box(whole: Any, decimals: Any, value: Any, qualifier: Any, is_count: Any) -> Box:
    """:meth:`Figure.interval` (no domain) on columns; qualifier codes 0..5 as in Qualifier."""
    np = _np()
    tens = 10.0 ** np.arange(24)  # exact up to 10**22; decimals are at most MAX_DIGITS here
    exponent = np.asarray(decimals) + 1
    scale = tens[exponent] if exponent.max(initial=0) < len(tens) else np.power(10.0, exponent)
    tenfold = whole * 10  # (exact: whole < 10**14; in place, one integer array for both)
    tenfold -= 5
    rounding_low = tenfold / scale
    tenfold += 10
    rounding_high = tenfold / scale
    point = (qualifier == 0) & is_count
    if not point.any() and (len(qualifier) == 0 or int(qualifier.max()) <= 1):
        every = np.ones(len(qualifier), bool)  # all "exact"/"about" digits: the rounding box
        return rounding_low, rounding_high, every, every
    rounded = (qualifier <= 1) & ~point
    inf = np.inf
    low = np.select(
        [point, rounded, qualifier == 2, qualifier == 4], [value, rounding_low, value, value], -inf
    )
    high = np.select(
        [point, rounded, qualifier == 3, qualifier == 5], [value, rounding_high, value, value], inf
    )
    low_closed = point | rounded | (qualifier == 4)
    high_closed = point | rounded | (qualifier == 5)
    return low, high, low_closed, high_closed


QUALIFIER_CODES = ("exact", "about", "more_than", "less_than", "at_least", "at_most")


# --- the fact columns -----------------------------------------------------------------------


@attrs.define
class _UnitInfo:
    text: str
    count: bool
    factor: float | None  # to base units; None: percent stays
    base: str
    kinds: frozenset[str]


def unit_info(text: str) -> _UnitInfo:
    """What the column arithmetic needs of a unit (a formatted unit string)."""
    from tradestat.figures import Estimate
    from tradestat.models import _UNIT_CHECKS
    from tradestat.units import Quantity, format_unit, parse_unit

    unit = parse_unit(text)
    kinds = frozenset(kind.value for kind, test in _UNIT_CHECKS.items() if test(unit))
    if unit == parse_unit("percent"):
        return _UnitInfo(format_unit(unit), False, None, format_unit(unit), kinds)
    target = str(Quantity(1.0, unit).to_base_units().units)
    base = Estimate.exact(1.0, unit).to(target)
    factor = float(Quantity(1.0, unit).to(parse_unit(target)).magnitude)
    return _UnitInfo(format_unit(unit), unit == "count", factor, base.unit_string, kinds)


def month_dates(first: Any, last: Any) -> tuple[Any, Any]:
    """The first day of month ``first`` and the last day of month ``last`` (date32 arrays)."""
    pa = require("pyarrow", "fact tables")
    np = _np()
    year, month = np.divmod(first, 12)
    start = np.array(
        [f"{y:04d}-{m + 1:02d}" for y, m in zip(year, month, strict=True)], "datetime64[M]"
    )
    year, month = np.divmod(last + 1, 12)
    after = np.array(
        [f"{y:04d}-{m + 1:02d}" for y, m in zip(year, month, strict=True)], "datetime64[M]"
    )
    end = after.astype("datetime64[D]") - np.timedelta64(1, "D")
    return (
        pa.array(start.astype("datetime64[D]"), pa.date32()),
        pa.array(end, pa.date32()),
    )


def assemble(columns: dict[str, Any], n: int) -> Any:
    """A fact table from the given columns (missing ones null), in the schema's order."""
    pa = require("pyarrow", "fact tables")
    schema = table_schema()
    arrays = []
    for field in schema:
        array = columns.get(field.name)
        if array is None:
            array = pa.nulls(n, field.type)
        elif not isinstance(array, (pa.Array, pa.ChunkedArray)):
            array = _arrow(array, field.type)
        elif array.type != field.type:
            array = array.cast(field.type)
        arrays.append(array)
    return pa.Table.from_arrays(arrays, schema=schema)


def _text_or_none(value: object) -> str | None:
    from tradestat.records import _optional_text

    return _optional_text(value)


def fact_columns(
    fields: dict[str, tuple[Any, list[Any]]],
    digits: Any,
    span: Any = None,
    memo: dict[str, dict[Any, Any]] | None = None,
) -> tuple[Any, dict[str, Any]]:
    """Validate record fields column by column: the rows vouched for, and their fact columns.

    ``fields`` holds (indices, distinct values) of the record fields subject, period, flow,
    partner, segment, measure, unit, qualifier, benchmark, source, quote, derived_by, anchor,
    release (null: absent), as :func:`tradestat.records.from_record` reads them; ``digits`` the
    stated digits; ``span`` (indices, distinct values) of "start:end" text or None. ``memo``
    (one per file) keeps what each field's distinct values were found to be, for the next
    piece of the same file.
    """
    from tradestat.figures import Qualifier, _figure_unit
    from tradestat.models import Flow, Measure, MeasureKind, _partner, _quote, _subject
    from tradestat.periods import Period
    from tradestat.records import _optional_quote, _span, _text
    from tradestat.units import format_unit, parse_unit

    memos: dict[str, dict[Any, Any]] = {} if memo is None else memo
    np = _np()
    n = len(digits)
    bad = np.zeros(n, bool)

    def required(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def wrapped(value: Any) -> Any:
            if value is None or value == "":
                raise ValueError("missing")
            return fn(value)

        return wrapped

    def period_of(value: Any) -> tuple[str, int, int]:
        if _YEAR_MONTH.fullmatch(value):  # "2025-06": what Period.parse makes of it, directly
            month = int(value[5:7])
            if 1 <= month <= 12:
                index = int(value[:4]) * 12 + month - 1
                return value, index, index
        p = Period.parse(value)
        return str(p), p.first, p.last

    def unit_of(value: Any) -> _UnitInfo:
        formatted = format_unit(parse_unit(_text(value)))
        return unit_info(format_unit(_figure_unit(formatted)))

    def quote_of(value: Any) -> str | None:
        return _quote(_optional_quote(value))

    parsers: dict[str, Callable[[Any], Any]] = {
        "subject": required(_subject),
        "period": required(period_of),
        "flow": Flow.parse,
        "partner": _partner,
        "segment": _text_or_none,
        "measure": required(Measure.parse),
        "unit": required(unit_of),
        "qualifier": Qualifier.parse,
        "benchmark": _text_or_none,
        "source": _text_or_none,
        "quote": quote_of,
        "derived_by": _text_or_none,
        "anchor": _text_or_none,
        "release": _text_or_none,
    }
    mapped: dict[str, tuple[Any, list[Any]]] = {}
    for name, parse in parsers.items():
        given = fields[name] if name in fields else (np.full(n, -1, np.int64), [])
        indices, results, failed = _map(given, parse, memos.setdefault(name, {}))
        if failed is not np.False_:  # (the usual: no row failed, no pass)
            bad |= failed
        mapped[name] = (indices, results)

    fast, whole, decimals, value = digits_columns(digits)
    bad |= ~fast

    span_start = span_end = None
    if span is not None:
        indices, results, failed = _map(span, _span, memos.setdefault("span", {}))
        bad |= failed
        has = np.array([r is not None and r is not _BAD for r in results], bool)[indices]
        starts = np.array([r[0] if has_r else 0 for r, has_r in _pairs(results)], np.int64)
        ends = np.array([r[1] if has_r else 0 for r, has_r in _pairs(results)], np.int64)
        pa = require("pyarrow", "fact tables")
        span_start = _arrow(starts[indices], pa.int64(), mask=~has)
        span_end = _arrow(ends[indices], pa.int64(), mask=~has)

    # The fact's own rules, once per combination of measure, unit, flow, qualifier, benchmark.
    m_idx, m_res = mapped["measure"]
    u_idx, u_res = mapped["unit"]
    f_idx, f_res = mapped["flow"]
    q_idx, q_res = mapped["qualifier"]
    b_idx, b_res = mapped["benchmark"]
    has_benchmark = np.array([r is not None for r in b_res], bool)[b_idx]
    keys = combine_keys(m_idx, u_idx, f_idx, q_idx, has_benchmark.astype(np.int64))
    firsts = _first_rows(keys)
    combos = len(firsts)
    c_ok = np.zeros(combos, bool)
    c_low = np.zeros(combos)
    c_high = np.zeros(combos)
    c_lc = np.zeros(combos, bool)
    c_hc = np.zeros(combos, bool)
    c_integer = np.zeros(combos, bool)
    for c, row in enumerate(firsts):
        measure, unit, flow, qualifier = (
            m_res[m_idx[row]],
            u_res[u_idx[row]],
            f_res[f_idx[row]],
            q_res[q_idx[row]],
        )
        if _BAD in (measure, unit, flow, qualifier):
            continue
        if measure.kind.value not in unit.kinds:
            continue
        if (measure.trade and flow is None) or (not measure.trade and flow is not None):
            continue
        if has_benchmark[row] and measure is not Measure.GROWTH_GAP:
            continue
        if measure.kind is MeasureKind.MONEY and flow is Flow.BALANCE:
            low, high, lc, hc = -math.inf, math.inf, False, False
        else:
            d = measure.domain
            low, high, lc, hc = d.low, d.high, d.low_closed, d.high_closed
        c_ok[c] = True
        c_low[c], c_high[c], c_lc[c], c_hc[c] = low, high, lc, hc
        c_integer[c] = measure.integer
    bad |= ~c_ok[keys]

    q_of = np.array(
        [QUALIFIER_CODES.index(r.value) if isinstance(r, Qualifier) else 0 for r in q_res],
        np.int64,
    )
    count_of = np.array([isinstance(r, _UnitInfo) and r.count for r in u_res], bool)
    q_code, is_count = q_of[q_idx], count_of[u_idx]
    box = figure_box(whole, decimals, value, q_code, is_count)
    d_low, d_high = c_low[keys], c_high[keys]
    # The usual file: "exact"/"about" digits of no count (each box a rounding interval
    # around its value), every box strictly inside its domain. The intersection is then
    # the box itself, never empty, and holds the value: no pass to clip or check.
    rounding = int(q_of.max(initial=0)) <= 1 and not count_of.any()
    if rounding and bool(np.all(box[0] > d_low)) and bool(np.all(box[1] < d_high)):
        clipped = box
    else:
        domain = (d_low, d_high, c_lc[keys], c_hc[keys])
        clipped, empty = intersect(box, domain)
        exactish = q_code <= 1
        bad |= empty | (exactish & ~contains(domain, value))
    del d_low, d_high
    if c_integer.any():
        with np.errstate(all="ignore"):
            fraction = np.where(decimals > 0, whole % np.power(10, decimals), 0)
        bad |= c_integer[keys] & (fraction != 0)

    # Base units: value and interval scaled by the unit's factor (percent stays).
    # (per distinct unit, then one gather: a row's factor 1 where it keeps its unit)
    factor_of = np.array(
        [r.factor if isinstance(r, _UnitInfo) and r.factor is not None else np.nan for r in u_res]
    )
    keep_of = np.isnan(factor_of)
    f_of = np.where(keep_of, 1.0, factor_of)
    f = f_of[u_idx]
    keep = keep_of[u_idx] if keep_of.any() else np.zeros(n, bool)
    if bool(np.all((f_of > 0) & np.isfinite(f_of))) or bool(np.all((f > 0) & np.isfinite(f))):
        scaled = scale(clipped, f)
    else:
        scaled = bounded(lambda x: x * f, clipped)
    base_value, base_box = value * f, scaled  # (x * 1.0 is x: rows keeping their unit too)
    if keep.any():  # their interval as it is, not rounded outward (scaled's arrays are new)
        for kept, moved in zip(clipped, scaled, strict=True):
            np.copyto(moved, kept, where=keep)

    p_idx, p_res = mapped["period"]
    firsts_p, lasts_p = month_columns(
        [r[1] if isinstance(r, tuple) else 0 for r in p_res],
        [r[2] if isinstance(r, tuple) else 0 for r in p_res],
        p_idx,
    )

    def label(name: str, pick: Callable[[Any], Any] = lambda r: r) -> Any:
        indices, results = mapped[name]
        return _dictionary(indices, results, pick)

    columns: dict[str, Any] = {
        "subject": label("subject"),
        "period": label("period", lambda r: r[0]),
        "flow": label("flow", lambda r: None if r is None else r.value),
        "partner": label("partner"),
        "segment": label("segment"),
        "measure": label("measure", lambda r: r.name),
        "value": value,
        "stated": digits,
        "unit": label("unit", lambda r: r.text),
        "qualifier": label("qualifier", lambda r: r.value),
        "low": clipped[0],
        "high": clipped[1],
        "low_closed": clipped[2],
        "high_closed": clipped[3],
        "base_value": base_value,
        "base_low": base_box[0],
        "base_high": base_box[1],
        "base_unit": label("unit", lambda r: r.base),
        "benchmark": label("benchmark"),
        "source": label("source"),
        "quote": _plain(label("quote")),
        "span_start": span_start,
        "span_end": span_end,
        "derived_by": label("derived_by"),
        "anchor": label("anchor"),
        "release": label("release"),
        "period_first": firsts_p,
        "period_last": lasts_p,
    }
    return ~bad, columns


def month_columns(first: list[int], last: list[int], indices: Any) -> tuple[Any, Any]:
    """Each row's first and last month index (int32, the table's type) from per-value lists.

    When every value is a single month the two columns are one array: the table's
    ``period_first`` and ``period_last`` then share their memory (one array less to fill,
    and conversion takes the rows of it once). Month indexes of years 0-9999 fit in int32.
    """
    np = _np()
    first_of = np.array(first, np.int64).astype(np.int32)
    last_of = np.array(last, np.int64).astype(np.int32)
    firsts = first_of[indices]
    return firsts, firsts if np.array_equal(first_of, last_of) else last_of[indices]


#: The commonest period form, a month "YYYY-MM" in ASCII digits (read without Period.parse).
_YEAR_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")


def _pairs(results: list[Any]) -> list[tuple[Any, bool]]:
    return [(r, r is not None and r is not _BAD) for r in results]


def _plain(array: Any) -> Any:
    pa = require("pyarrow", "fact tables")
    return array.cast(pa.string())


def finish(columns: dict[str, Any], keep: Any) -> Any:
    """The fact table of the rows ``keep`` selects, with period dates filled in."""
    pa = require("pyarrow", "fact tables")
    np = _np()
    n = int(np.count_nonzero(keep))
    every = n == len(keep)
    mask = None if every else _arrow(keep)
    picked: dict[str, Any] = {}
    filtered: dict[int, Any] = {}  # numpy columns by id: one array for two columns stays one
    for name, column in columns.items():
        if column is None:
            continue
        if every:
            picked[name] = column
        elif isinstance(column, (pa.Array, pa.ChunkedArray)):
            picked[name] = column.filter(mask)
        else:
            if id(column) not in filtered:
                filtered[id(column)] = np.asarray(column)[keep]
            picked[name] = filtered[id(column)]
    first = picked.get("period_first", np.zeros(0, np.int64))
    last = picked.get("period_last", np.zeros(0, np.int64))
    picked["period_start"], picked["period_end"] = _period_dates(first, last)
    return assemble(picked, n)


def _period_dates(first: Any, last: Any) -> tuple[Any, Any]:
    """The first day of month ``first`` and the last of month ``last`` (months since year 0).

    Null before year 1, as :func:`tradestat.frames.fact_row` gives them. The dates are
    worked out once per month in the columns' range and looked up.
    """
    pa = require("pyarrow", "fact tables")
    np = _np()
    same = last is first  # (one array for both: single months, see month_columns)
    first = np.asarray(first)
    if first.dtype.kind != "i":
        first = first.astype(np.int64)
    last = first if same else np.asarray(last)
    if last.dtype.kind != "i":
        last = last.astype(np.int64)
    if len(first) == 0:
        return pa.nulls(0, pa.date32()), pa.nulls(0, pa.date32())
    epoch = 1970 * 12

    def days(months: Any) -> Any:
        """Days since 1970 of the first day of each month (year 1 for earlier ones)."""
        moved = np.maximum(months, 12) - epoch
        return moved.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)

    low = int(min(first.min(), last.min()))
    high = int(max(first.max(), last.max()))
    if high - low <= 4 * len(first) + 1024:
        months = np.arange(low, high + 2, dtype=np.int64)
        table = days(months).astype(np.int32)  # (days of years 0-9999 fit)
        ends = table[1:] - 1  # the last day of each month
        at = first - low
        start_days = np.take(table, at)
        end_days = np.take(ends, at if same else last - low)
    else:
        start_days, end_days = days(first), days(last + 1) - 1
    early = first < 12
    return (
        _arrow(start_days.astype(np.int32, copy=False), pa.date32(), mask=early),
        _arrow(
            end_days.astype(np.int32, copy=False), pa.date32(), mask=early if same else last < 12
        ),
    )


# --- CSV files ----------------------------------------------------------------------------------


@attrs.define
class _Lines:
    """The physical lines of a body: starts, ends (in the whole buffer), non-blank indexes."""

    starts: Any
    ends: Any
    nonblank: Any  # 0-based line indexes (in the body) of the non-blank lines


@attrs.define
class CsvBody:
    """Rows of a CSV file in memory: ``data[start:end]`` (whole lines) behind a header line.

    ``head`` is the header line as written (a BOM kept), ``first_line`` the file's line
    number of the body's first line, ``crlf`` whether lines end in CR LF. The body is read
    where it lies in ``data`` (no copy); its line table is only built when a row needs one.
    """

    data: bytes  # or a read-only mmap of the file
    head: str
    start: int
    end: int
    first_line: int
    crlf: bool
    newlines: int | None = None
    _table: _Lines | None = None
    _absent: frozenset[bytes] = frozenset()  # bytes known not to occur in the body

    @classmethod
    def of(cls, data: bytes, line_offset: int = 0, check: bool = True) -> CsvBody:
        """A file's (or a piece's) bytes: the header is its first line.

        ``check`` False leaves the line breaks of the body unchecked (for a caller that
        checks each piece's, :meth:`check_breaks`).
        """
        cut = data.find(b"\n")
        header_end = len(data) if cut < 0 else cut
        crlf = cut > 0 and data[cut - 1 : cut] == b"\r"
        if crlf:
            header_end -= 1
        if header_end == 0:
            raise FallbackError("no header on the first line")
        if data.find(b"\r", 0, header_end) >= 0:
            raise FallbackError("line breaks other than LF and CRLF")
        start = len(data) if cut < 0 else cut + 1
        try:
            head = data[:header_end].decode("utf-8")
        except UnicodeDecodeError:
            raise FallbackError("not UTF-8") from None
        body = cls(data, head, start, len(data), line_offset + 2, crlf)
        if check:
            body.check_breaks()
        return body

    def piece(self, start: int, end: int, first_line: int, newlines: int) -> CsvBody:
        """The rows of ``data[start:end]`` (whole lines) behind the same header."""
        part = CsvBody(self.data, self.head, start, end, first_line, self.crlf, newlines)
        if self.start <= start and end <= self.end:  # what the whole lacks, its parts lack
            part._absent = self._absent
        return part

    def has(self, byte: bytes) -> bool:
        """Whether ``byte`` occurs in the body; an absence is remembered (a search is a pass)."""
        if byte in self._absent:
            return False
        if self.data.find(byte, self.start, self.end) >= 0:
            return True
        self._absent = self._absent | {byte}
        return False

    def lacks(self, byte: bytes) -> None:
        """Record that ``byte`` does not occur in the body (its cutter looked)."""
        self._absent = self._absent | {byte}

    def count_newlines(self) -> int:
        if self.newlines is None:
            self.newlines = count_bytes(self.data, b"\n", self.start, self.end)
        return self.newlines

    def physical_lines(self) -> int:
        """The number of lines in the body (a last one without a line break counted)."""
        last = self.end > self.start and self.data[self.end - 1] != 10
        return self.count_newlines() + last

    def check_breaks(self) -> None:
        """LF throughout, or CR LF throughout (as the header's): else the per-fact loader."""
        if not self.crlf and not self.has(b"\r"):
            return
        newlines = self.count_newlines()
        cr = count_bytes(self.data, b"\r", self.start, self.end)
        pairs = len(self.data[self.start : self.end].split(b"\r\n")) - 1
        if not self.crlf or cr != newlines or pairs != newlines:
            raise FallbackError("line breaks other than LF and CRLF")

    def view(self) -> memoryview:
        return memoryview(self.data)[self.start : self.end]

    def lines(self) -> _Lines:
        if self._table is None:
            np = _np()
            buffer = np.frombuffer(self.view(), np.uint8)
            breaks = np.flatnonzero(buffer == 10) + self.start
            starts = np.concatenate([[self.start], breaks + 1])
            ends = np.concatenate([breaks - (1 if self.crlf else 0), [self.end]])
            if starts[-1] >= self.end:
                starts, ends = starts[:-1], ends[:-1]
            self._table = _Lines(starts, ends, np.flatnonzero(ends > starts))
        return self._table

    def check_rows(self, n: int) -> None:
        """``n`` records read must be the body's non-blank lines, one each."""
        if n != self.physical_lines() and n != len(self.lines().nonblank):
            raise FallbackError("records span lines")

    def quoted_rows(self, n: int) -> Any:
        """Which rows (0-based) have a quote character on their line."""
        np = _np()
        rows = np.zeros(n, bool)
        if self.has(b'"'):
            lines = self.lines()
            quotes = np.flatnonzero(np.frombuffer(self.view(), np.uint8) == 34) + self.start
            line_of = np.searchsorted(lines.starts, quotes, side="right") - 1
            rows[np.searchsorted(lines.nonblank, line_of)] = True
        return rows

    def cells(self, row: int, delimiter: str) -> tuple[int, list[str]]:
        """The 1-based file line number and cells of row ``row``, read by the csv module."""
        lines = self.lines()
        index = int(lines.nonblank[row])
        text = self.data[int(lines.starts[index]) : int(lines.ends[index])].decode("utf-8")
        records = list(csv.reader([text], delimiter=delimiter, strict=True))
        if len(records) != 1:
            raise FallbackError(f"line {self.first_line + index} is not one CSV record")
        return self.first_line + index, records[0]

    def check_quoted(self, quoted: Any, delimiter: str, width: int) -> None:
        """Every quoted line must be one whole CSV record of the right width (else per-fact)."""
        np = _np()
        for row in np.flatnonzero(quoted):
            try:
                _, cells = self.cells(int(row), delimiter)
            except csv.Error:
                raise FallbackError("a quote the fast parser cannot place") from None
            if len(cells) != width:
                raise FallbackError("a quoted line of another width")


CsvParser = Callable[[CsvBody, str, Sequence[str], Sequence[str], set[str]], Any]


class Prefetch:
    """:func:`parse_csv` that shares the pieces' parsing between a worker thread and the caller.

    Arrow parses without the GIL, so a worker thread reads the pieces ahead while the
    caller works out a piece's columns on the other core. The two sides seldom take equal
    time (which is slower depends on the file, the machine and what else runs on it), so
    neither waits for the other: when the caller asks for a piece the worker has not
    finished, it parses the next piece nobody has taken meanwhile, instead of waiting.
    Each piece is parsed once, by whichever side took it first. Only the parse is shared:
    the validation calls into pint and the models, which are not made for threads. At most
    ``ahead + 1`` pieces beyond the one asked for are parsed ahead, so memory stays bounded
    by pieces, not by the file. Use as a context manager.
    """

    def __init__(
        self,
        pieces: Iterable[CsvBody],
        ahead: int = 1,
        check: Callable[[CsvBody], None] | None = None,
    ) -> None:
        import threading

        self._source = iter(() if isinstance(pieces, Sequence) else pieces)
        self._pieces: list[CsvBody] = list(pieces) if isinstance(pieces, Sequence) else []
        self._place = {id(p): i for i, p in enumerate(self._pieces)}  # (an iterable's: as cut)
        self._check = check  # run on each piece before its parse, on the same thread
        self._ahead = ahead
        self._taken = 0  # pieces [0, taken) have been taken by one side or the other
        self._asked = 0  # the piece the caller asked for last
        self._ready: dict[int, tuple[bool, Any]] = {}  # parsed ahead: (ok, table or error)
        self._busy: int | None = None  # the piece the worker is parsing
        self._args: tuple[Any, ...] | None = None  # what the worker parses with
        self._stop = False
        self._changed = threading.Condition()
        self._worker: Any = None

    def __enter__(self) -> Prefetch:
        return self

    def __exit__(self, *exc: object) -> None:
        with self._changed:
            self._stop = True
            self._ready.clear()
            self._changed.notify_all()
        if self._worker is not None:
            self._worker.join()

    def _cut(self, place: int) -> bool:
        """Whether piece ``place`` exists, cut from the source if need be; under the lock."""
        while len(self._pieces) <= place:
            piece = next(self._source, None)
            if piece is None:
                return False
            self._place[id(piece)] = len(self._pieces)
            self._pieces.append(piece)
        return True

    def pieces(self) -> Iterator[CsvBody]:
        """The pieces in order, each cut when a side first needs it.

        (Cutting a piece counts its lines: the worker starts on the first piece while the
        rest are cut.)
        """
        place = 0
        while True:
            with self._changed:
                if not self._cut(place):
                    return
                piece = self._pieces[place]
            yield piece
            place += 1

    def _next(self) -> int | None:
        """A piece nobody has taken within reach (now taken), or None; under the lock."""
        if self._taken > self._asked + self._ahead + 1 or not self._cut(self._taken):
            return None
        self._taken += 1
        return self._taken - 1

    def _parse(self, place: int) -> tuple[bool, Any]:
        assert self._args is not None
        piece = self._pieces[place]
        try:
            if self._check is not None:
                self._check(piece)
            return True, parse_csv(piece, *self._args)
        except Exception as exc:  # (raised where the caller asks for the piece)
            return False, exc

    def _work(self) -> None:
        """The worker thread: parse the pieces in order while any are within reach."""
        while True:
            with self._changed:
                place = self._next()
                while place is None and not self._stop:
                    self._changed.wait()
                    place = self._next()
                if self._stop:
                    return
                self._busy = place
            assert place is not None
            parsed = self._parse(place)
            with self._changed:
                if not self._stop:
                    self._ready[place] = parsed
                self._busy = None
                self._changed.notify_all()

    def __call__(
        self,
        body: CsvBody,
        delimiter: str,
        names: Sequence[str],
        wanted: Sequence[str],
        dictionary: set[str],
    ) -> Any:
        import threading

        args = (delimiter, list(names), list(wanted), set(dictionary))
        place = self._place.get(id(body), -1)
        if place < 0 or (self._args is not None and args != self._args):
            return parse_csv(body, *args)  # (not one of the pieces, or read another way)
        with self._changed:
            self._asked = max(self._asked, place)
            if self._args is None:
                self._args = args
                self._worker = threading.Thread(
                    target=self._work, name="tradestat-csv", daemon=True
                )
                self._worker.start()
            self._changed.notify_all()  # (more pieces may be within reach now)
        while True:
            with self._changed:
                parsed = self._ready.pop(place, None)
                own: int | None = None
                if parsed is None:
                    if place != self._busy:  # nobody has it: parse it here
                        self._taken = max(self._taken, place + 1)
                        own = place
                    else:  # the worker has it: parse a later piece meanwhile, else wait
                        own = self._next()
                        if own is None:
                            self._changed.wait()
                            continue
            if parsed is None:
                assert own is not None
                parsed = self._parse(own)
                if own != place:
                    with self._changed:
                        self._ready[own] = parsed
                        self._changed.notify_all()
                    continue
            ok, result = parsed
            if not ok:
                raise result
            return result


def count_bytes(data: Any, byte: bytes, start: int, end: int) -> int:
    """How often ``byte`` occurs in ``data[start:end]`` (bytes, or an mmap: counted by numpy).

    An mmap is counted a MiB at a time: the comparison's temporary stays in the cache
    (half the time of one comparison over the whole range).
    """
    if isinstance(data, bytes):
        return data.count(byte, start, end)
    np = _np()
    view = np.frombuffer(data, np.uint8)
    code = ord(byte)
    step = 1 << 20
    return sum(
        int(np.count_nonzero(view[at : min(at + step, end)] == code))
        for at in range(start, end, step)
    )


def _check_text(data: bytes) -> None:
    if b"\x00" in data:
        raise FallbackError("NUL bytes")
    try:
        if not data.isascii():
            data.decode("utf-8")
    except UnicodeDecodeError:
        raise FallbackError("not UTF-8") from None


def parse_csv(
    body: CsvBody, delimiter: str, names: Sequence[str], wanted: Sequence[str], dictionary: set[str]
) -> Any:
    """The CSV body as Arrow columns (text kept as written, nothing read as null).

    Columns in ``dictionary`` come dictionary-encoded (the distinct values are what gets
    validated; see :func:`_empty_at_first`), the others plain strings. The body must be UTF-8, as
    every caller checks for the whole file first; Arrow's own check per cell is left out.
    Arrow's threads are left out too: a piece is one block (its columns would be the only
    work to share out), and :class:`Prefetch` reads the next pieces on the other core.
    """
    pa = require("pyarrow", "fact tables")
    pacsv = require("pyarrow.csv", "fact tables")
    later = _empty_at_first(body, delimiter, names) & set(dictionary)
    text = pa.dictionary(pa.int32(), pa.string())
    types = {n: text if n in dictionary and n not in later else pa.string() for n in wanted}
    source = body.view() if body.end > body.start else b"\n"
    # one block for a piece: one chunk a column, no dictionaries to unify
    block = min(max(len(source) + 1, 1 << 20), (1 << 31) - 1)
    try:
        table = pacsv.read_csv(
            pa.py_buffer(source),
            read_options=pacsv.ReadOptions(
                column_names=list(names), block_size=block, use_threads=False
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=delimiter,
                newlines_in_values=False,
                # no quote in the piece: the tokenizer's plainer loop, the same cells
                quote_char='"' if body.has(b'"') else False,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=types,
                include_columns=list(wanted),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                null_values=[],
                check_utf8=False,  # the callers check the whole text first
            ),
        )
    except pa.ArrowInvalid as exc:
        raise FallbackError(f"the fast CSV parser cannot read it: {exc}") from None
    columns = [
        _encoded(table.column(name)) if name in later else table.column(name)
        for name in table.column_names
    ]
    return pa.Table.from_arrays(columns, names=table.column_names).unify_dictionaries()


def _empty_at_first(body: CsvBody, delimiter: str, names: Sequence[str]) -> set[str]:
    """The columns whose cell on the body's first line is empty (likely empty throughout).

    Those are read as plain strings and encoded after (:func:`_encoded`, next to free for
    an empty column); the others are encoded by Arrow's reader as it parses, which costs
    less for a column of names. Either way the column comes out the same.
    """
    cut = body.data.find(b"\n", body.start, body.end)
    line = bytes(body.data[body.start : body.end if cut < 0 else cut]).rstrip(b"\r")
    if b'"' in line:
        return set()
    cells = line.split(delimiter.encode("utf-8"))
    if len(cells) != len(names):
        return set()
    return {name for name, cell in zip(names, cells, strict=True) if not cell}


def _encoded(column: Any) -> Any:
    """A string column dictionary-encoded, as Arrow's CSV reader would encode it.

    Read as plain strings and encoded afterwards, which costs less than the reader's own
    encoding, and a column whose cells are all empty (optional columns mostly are) costs
    next to nothing: its one value "" at every row, without hashing a cell.
    """
    pa = require("pyarrow", "fact tables")
    pc = require("pyarrow.compute", "fact tables")
    np = _np()
    kind = pa.dictionary(pa.int32(), pa.string())
    chunks = []
    for chunk in column.chunks:
        n = len(chunk)
        offsets = np.frombuffer(chunk.buffers()[1], np.int32, n + 1, chunk.offset * 4)
        if n and not chunk.null_count and offsets[n] == offsets[0]:
            indices = _arrow(np.zeros(n, np.int32), pa.int32())
            chunks.append(pa.DictionaryArray.from_arrays(indices, _strings([""]), safe=False))
        else:
            chunks.append(pc.dictionary_encode(chunk))
    return pa.chunked_array(chunks, kind)


def read_tidy_csv(
    data: bytes, name: str, line_offset: int = 0, header_warnings: bool = True
) -> BulkRead:
    """A tidy CSV file's bytes as a fact table, row for row as the tidy-csv loader reads it.

    ``line_offset`` counts the file's lines before the second line of ``data`` (a piece of a
    file behind its header); ``header_warnings`` False leaves out what the header's check
    says (for the pieces after the first).
    """
    _check_text(data)
    return read_tidy_body(CsvBody.of(data, line_offset), name, header_warnings)


def read_tidy_body(
    body_text: CsvBody,
    name: str,
    header_warnings: bool = True,
    parse: CsvParser | None = None,
    memo: dict[str, dict[Any, Any]] | None = None,
) -> BulkRead:
    """The rows of a tidy CSV file held in memory (see :func:`read_tidy_csv`).

    ``parse`` reads the body's CSV (default :func:`parse_csv`; a :class:`Prefetch` reads
    the next piece meanwhile); ``memo``, one per file, keeps what its distinct names were
    found to be from one piece to the next (see :func:`fact_columns`).
    """
    from tradestat.loaders.base import ResultBuilder, first_line, header_delimiter
    from tradestat.loaders.tidy import REQUIRED, TidyCsvLoader, _BadRecordError, _fact

    np = _np()
    head = body_text.head.lstrip("\ufeff")
    checked = TidyCsvLoader().load(Source(name, body_text.head + "\n"))  # header errors
    line = first_line(head)
    found = header_delimiter(line, REQUIRED) if line is not None else None
    delimiter = found[0] if found else ","
    cells = next(csv.reader([head], delimiter=delimiter, strict=True))
    names = [h.strip().lower() for h in cells]
    if "stated" in names:
        raise FallbackError("a stated column")
    fields = [n for n in names if n]
    positional = [f"c{i}" for i in range(len(names))]
    wanted = [positional[i] for i, n in enumerate(names) if n]
    body = (parse or parse_csv)(
        body_text, delimiter, positional, wanted, set(wanted) - {positional[names.index("value")]}
    )
    n = body.num_rows
    body_text.check_rows(n)
    quoted = body_text.quoted_rows(n)
    if quoted.any():
        body_text.check_quoted(quoted, delimiter, len(names))
    column = {f: body.column(positional[names.index(f)]) for f in fields}
    pa = require("pyarrow", "fact tables")

    def codes(field: str) -> tuple[Any, list[Any]]:
        if field not in column:
            return np.full(n, -1, np.int64), []
        indices, values = _codes(column[field])
        return indices, [v if v.strip() != "" else None for v in values]

    record_fields = (
        "subject", "period", "flow", "partner", "segment", "measure", "unit",
        "qualifier", "benchmark", "source", "quote", "derived_by", "anchor", "release",
    )  # fmt: skip
    fields_codes = {f: codes(f) for f in record_fields}
    span = codes("span") if "span" in column else None
    digits = column["value"] if "value" in column else pa.nulls(n, pa.string())
    keep, columns = fact_columns(fields_codes, digits, span, memo)
    if quoted.any():
        keep &= ~quoted
    slow = np.flatnonzero(~keep)
    out = ResultBuilder("tidy-csv", Source(name, ""))
    out.warnings = list(checked.warnings) if header_warnings else []

    def read(cells: list[str]) -> tuple[Any, list[str]]:
        record = {
            k: (cell if cell.strip() != "" else None)
            for k, cell in zip(names, cells, strict=True)
            if k
        }
        notes: list[str] = []
        try:
            return _fact(record, notes), notes
        except _BadRecordError as exc:
            raise _SlowRowError(exc.reason, exc.field) from None

    slow_facts, slow_rows = _slow_rows(out, body_text, slow, delimiter, names, read)
    table = _merge(columns, keep, slow_facts, slow_rows)
    fast = int(np.count_nonzero(keep))
    return BulkRead(table, fast + out.records, list(out.rejected), out.warnings, "tidy-csv")


class _SlowRowError(Exception):
    """A row read one fact at a time that cannot become a fact; ``field`` names the column."""

    def __init__(self, reason: str, field: str | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.field = field


def _slow_rows(
    out: Any,
    body_text: Any,
    rows: Any,
    delimiter: str,
    fields: Sequence[str],
    read: Callable[[list[str]], tuple[Any, list[str]]],
) -> tuple[list[Any], list[int]]:
    """The rows the columns could not take, each read as one fact by ``read``.

    Blank rows are skipped, a row of another width sends the file back to ``load``
    (:class:`FallbackError`), and a row ``read`` refuses is rejected at its line and column.
    Returns the facts and their row numbers, for :func:`_merge`.
    """
    facts: list[Any] = []
    kept: list[int] = []
    for row in rows:
        row_line, row_cells = body_text.cells(int(row), delimiter)
        if not any(cell.strip() for cell in row_cells):
            continue
        if len(row_cells) != len(fields):
            raise FallbackError("a row of another width")
        try:
            fact, notes = read(row_cells)
        except _SlowRowError as exc:
            where = fields.index(exc.field) + 1 if exc.field in fields else None
            out.reject(exc.reason, row_line, where, delimiter.join(row_cells)[:500])
            continue
        for note in notes:
            out.warn(f"{out.source.name}:{row_line}: {note}")
        out.accept([fact])
        facts.append(fact)
        kept.append(int(row))
    return facts, kept


def _merge(columns: dict[str, Any], keep: Any, facts: list[Any], rows: list[int]) -> Any:
    """The fast rows and the per-fact rows as one table in file order."""
    pa = require("pyarrow", "fact tables")
    np = _np()
    fast = finish(columns, keep)
    if not facts:
        return fast
    from tradestat.table import table_of_facts

    slow = table_of_facts(facts)
    order = np.concatenate([np.flatnonzero(keep), np.asarray(rows, np.int64)])
    both = pa.concat_tables([fast, slow]).unify_dictionaries().combine_chunks()
    return both.take(_arrow(np.argsort(order, kind="stable")))


_COMTRADE_KEYS = (
    "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterISO",
    "reporterDesc", "flowCode", "partnerCode", "partnerISO", "partnerDesc", "partner2Code",
    "partner2Desc", "classificationCode", "cmdCode", "cmdDesc", "customsCode", "customsDesc",
    "motCode", "motDesc",
)  # fmt: skip


def _comtrade_subject(row: dict[str, object]) -> str:
    from tradestat.loaders.comtrade import RowError, _text
    from tradestat.models import _subject

    subject = _text(row, "reporterDesc") or _text(row, "reporterISO")
    if not subject:
        raise RowError("no reporter", "reporterDesc")
    return _subject(subject)


def _comtrade_flow(row: dict[str, object]) -> tuple[Any, str | None]:
    from tradestat.loaders.comtrade import FLOW_CODES, _text

    return FLOW_CODES[_text(row, "flowCode").upper()]


def _comtrade_partner(row: dict[str, object]) -> str:
    from tradestat.loaders.comtrade import RowError, _text
    from tradestat.models import _partner

    code = _text(row, "partnerCode")
    partner = "World" if code == "0" else (_text(row, "partnerDesc") or _text(row, "partnerISO"))
    if not partner:
        raise RowError("no partner", "partnerDesc")
    return _partner(partner)


def _comtrade_period(row: dict[str, object]) -> Any:
    from tradestat.loaders.comtrade import _period

    return _period(row)


def _comtrade_segment(row: dict[str, object]) -> tuple[str | None]:
    from tradestat.loaders.comtrade import FLOW_CODES, _segment, _text

    flow = FLOW_CODES.get(_text(row, "flowCode").upper())
    return (_text_or_none(_segment(row, flow[1] if flow else None)),)


#: The parts of a Comtrade row's fact, each read from its own columns (so each distinct
#: combination of those columns is validated once): subject, flow, partner, period, segment.
_COMTRADE_PARTS: tuple[tuple[tuple[str, ...], Callable[[dict[str, object]], Any]], ...] = (
    (("reporterDesc", "reporterISO"), _comtrade_subject),
    (("flowCode",), _comtrade_flow),
    (("partnerCode", "partnerDesc", "partnerISO"), _comtrade_partner),
    (("freqCode", "period", "refPeriodId", "refYear", "refMonth"), _comtrade_period),
    (
        (
            "typeCode",
            "flowCode",
            "cmdCode",
            "classificationCode",
            "cmdDesc",
            "partner2Code",
            "partner2Desc",
            "customsCode",
            "customsDesc",
            "motCode",
            "motDesc",
        ),
        _comtrade_segment,
    ),
)


def read_comtrade_csv(
    data: bytes, name: str, line_offset: int = 0, header_warnings: bool = True
) -> BulkRead:
    """A Comtrade CSV export's bytes as a fact table, row for row as the comtrade loader."""
    _check_text(data)
    return read_comtrade_body(CsvBody.of(data, line_offset), name)


def read_comtrade_body(
    body_text: CsvBody,
    name: str,
    header_warnings: bool = True,
    parse: CsvParser | None = None,
    memo: dict[str, dict[Any, Any]] | None = None,
) -> BulkRead:
    """The rows of a Comtrade CSV export held in memory (see :func:`read_comtrade_csv`).

    The header has nothing to warn of (``header_warnings`` is there to match
    :func:`read_tidy_body`); ``parse`` and ``memo`` as there.
    """
    from tradestat.loaders.base import ResultBuilder, first_line, header_delimiter
    from tradestat.loaders.comtrade import _NEEDED, ComtradeLoader, RowError, fact_from_row

    np = _np()
    head = body_text.head.lstrip("\ufeff")
    ComtradeLoader().load(Source(name, body_text.head + "\n"))
    line = first_line(head)
    found = header_delimiter(line, _NEEDED) if line is not None else None
    delimiter = found[0] if found else ","
    cells = next(csv.reader([head], delimiter=delimiter, strict=True))
    header = [h.strip().lstrip("\ufeff") for h in cells]
    positional = [f"c{i}" for i in range(len(header))]
    present = [k for k in _COMTRADE_KEYS if k in header]
    wanted = [positional[header.index(k)] for k in (*present, "primaryValue")]
    body = (parse or parse_csv)(body_text, delimiter, positional, wanted, set(wanted[:-1]))
    n = body.num_rows
    body_text.check_rows(n)
    quoted = body_text.quoted_rows(n)
    if quoted.any():
        body_text.check_quoted(quoted, delimiter, len(header))
    codes = {k: _codes(body.column(positional[header.index(k)])) for k in present}
    empty = np.full(n, -1, np.int64)
    parts: list[tuple[Any, list[Any]]] = []
    memos: dict[str, dict[Any, Any]] = {} if memo is None else memo
    for group, build in _COMTRADE_PARTS:
        keys_g = combine_keys(*(codes[k][0] if k in codes else empty for k in group))
        known = memos.setdefault(build.__name__, {})
        results: list[Any] = []
        for row in _first_rows(keys_g):
            record = {k: codes[k][1][codes[k][0][row]] for k in group if k in codes}
            key = tuple(record.items())
            if key not in known:
                try:
                    known[key] = build(record)
                except Exception:  # any failure: the rows go the per-fact way
                    known[key] = None
            results.append(known[key])
        parts.append((keys_g, results))
    ok = np.ones(n, bool)
    for keys_g, results in parts:
        ok &= np.array([r is not None for r in results], bool)[keys_g]
    digits = body.column(positional[header.index("primaryValue")]).combine_chunks()
    fast, whole, decimals, value = digits_columns(digits)
    keep = ok & fast & ~quoted & (whole >= 0)
    (
        (s_keys, subjects),
        (f_keys, flows),
        (p_keys, partners),
        (t_keys, periods_r),
        (
            g_keys,
            segments,
        ),
    ) = parts

    def label(keys_g: Any, results: list[Any], pick: Callable[[Any], Any]) -> Any:
        return _dictionary(keys_g, [None if r is None else pick(r) for r in results], lambda r: r)

    const = np.zeros(n, np.int64)
    periods = list(periods_r)
    firsts_p, lasts_p = month_columns(
        [p.first if p else 0 for p in periods], [p.last if p else 0 for p in periods], t_keys
    )
    box, _ = intersect(
        figure_box(whole, decimals, value, np.zeros(n, np.int64), np.zeros(n, bool)),
        (0.0, math.inf, True, False),
    )
    usd = unit_info("USD")
    scaled = scale(box, usd.factor)
    columns: dict[str, Any] = {
        "subject": label(s_keys, subjects, lambda r: r),
        "period": label(t_keys, periods_r, str),
        "flow": label(f_keys, flows, lambda r: r[0].value),
        "partner": label(p_keys, partners, lambda r: r),
        "segment": label(g_keys, segments, lambda r: r[0]),
        "measure": label(const, ["value"], lambda r: r),
        "value": value,
        "stated": digits,
        "unit": label(const, ["USD"], lambda r: r),
        "qualifier": label(const, ["exact"], lambda r: r),
        "low": box[0],
        "high": box[1],
        "low_closed": box[2],
        "high_closed": box[3],
        "base_value": value * usd.factor,
        "base_low": scaled[0],
        "base_high": scaled[1],
        "base_unit": label(const, [usd.base], lambda r: r),
        "source": label(const, [name], lambda r: r),
        "period_first": firsts_p,
        "period_last": lasts_p,
    }
    out = ResultBuilder("comtrade", Source(name, ""))

    def read(cells: list[str]) -> tuple[Any, list[str]]:
        try:
            return fact_from_row(dict(zip(header, cells, strict=True)), name), []
        except RowError as exc:
            raise _SlowRowError(str(exc), exc.field) from None

    slow_facts, slow_rows = _slow_rows(
        out, body_text, np.flatnonzero(~keep), delimiter, header, read
    )
    table = _merge(columns, keep, slow_facts, slow_rows)
    fast_count = int(np.count_nonzero(keep))
    return BulkRead(table, fast_count + out.records, list(out.rejected), out.warnings, "comtrade")


def read_parquet(path: Any, name: str) -> BulkRead:
    """A Parquet fact table as a fact table, row for row as the columnar loader reads it."""
    from tradestat.frames import COLUMN_NAMES, fact_from_row
    from tradestat.loaders.columnar import _check, _raw

    pa = require("pyarrow", "fact tables")
    pc = require("pyarrow.compute", "fact tables")
    pq = require("pyarrow.parquet", "reading Parquet files")
    np = _np()
    try:
        table = pq.read_table(path)
    except Exception as exc:
        raise FallbackError(f"unreadable Parquet: {exc}") from None
    _check(table.schema.names, Source(name, ""))
    n = table.num_rows
    names = set(table.schema.names)
    text_fields = (
        "subject", "period", "flow", "partner", "segment", "measure", "unit",
        "qualifier", "benchmark", "source", "quote", "derived_by", "release",
    )  # fmt: skip
    for field in (*text_fields, "stated"):
        if field in names:
            kind = table.schema.field(field).type
            if pa.types.is_dictionary(kind):
                kind = kind.value_type
            if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
                raise FallbackError(f"column {field} is not text")

    def codes(field: str) -> tuple[Any, list[Any]]:
        if field not in names:
            return np.full(n, -1, np.int64), []
        return _codes(table.column(field))

    fields = {f: codes(f) for f in text_fields}
    fields["anchor"] = (np.full(n, -1, np.int64), [])
    if "stated" in names:
        digits = table.column("stated").combine_chunks()
        if pa.types.is_dictionary(digits.type):
            digits = digits.cast(pa.string())
    else:
        digits = pa.nulls(n, pa.string())
    keep, columns = fact_columns(fields, digits)
    if "value" in names:
        given = table.column("value").combine_chunks()
        if not pa.types.is_floating(given.type) and not pa.types.is_integer(given.type):
            raise FallbackError("column value is not a number")
        given_np = pc.fill_null(given.cast(pa.float64()), np.nan).to_numpy(zero_copy_only=False)
        agree = np.isnan(given_np) | (given_np == columns["value"])
        keep &= agree
    spans = [
        table.column(c).combine_chunks() if c in names else None for c in ("span_start", "span_end")
    ]
    if spans[0] is not None or spans[1] is not None:
        start = spans[0] if spans[0] is not None else pa.nulls(n, pa.int64())
        end = spans[1] if spans[1] is not None else pa.nulls(n, pa.int64())
        if not all(pa.types.is_integer(a.type) or pa.types.is_null(a.type) for a in (start, end)):
            raise FallbackError("span columns are not integers")
        s_null = start.is_null().to_numpy(zero_copy_only=False)
        e_null = end.is_null().to_numpy(zero_copy_only=False)
        s = pc.fill_null(start.cast(pa.int64()), 0).to_numpy(zero_copy_only=False)
        e = pc.fill_null(end.cast(pa.int64()), 0).to_numpy(zero_copy_only=False)
        keep &= (s_null & e_null) | (~s_null & ~e_null & (s >= 0) & (s <= e))
        columns["span_start"] = pa.array(s, pa.int64(), mask=s_null)
        columns["span_end"] = pa.array(e, pa.int64(), mask=e_null)
    wanted = [c for c in table.schema.names if c in COLUMN_NAMES]
    out_rejected: list[Rejected] = []
    slow_facts: list[Any] = []
    slow_rows: list[int] = []
    for row in np.flatnonzero(~keep):
        record = table.select(wanted).slice(int(row), 1).to_pylist()[0]
        try:
            fact = fact_from_row(record, where="")
        except ValidationError as exc:
            column = f"row {row + 1}" + (f".{exc.field}" if exc.field else "")
            out_rejected.append(
                Rejected(Location(name, None, column), str(exc).removeprefix(": "), _raw(record))
            )
            continue
        slow_facts.append(fact)
        slow_rows.append(int(row))
    merged = _merge(columns, keep, slow_facts, slow_rows)
    warnings = [f"{name}: empty source, no records"] if n == 0 else []
    return BulkRead(merged, n, out_rejected, warnings, "columnar")
