"""Facts as tables: one row a fact, for pandas, Arrow, Parquet, SQLite and the store.

:data:`COLUMNS` names the columns of the fact table, in order, with their types. The
stated columns (subject, period, flow, partner, segment, measure, ``stated`` digits, unit,
qualifier, benchmark and the provenance: source, quote, span, derived_by, release) are what
a fact is made from; the others are computed from them for sorting, filtering and plotting: the
period's first and last day, the value as a float, the interval the statement allows (low,
high, whether each end is closed) and the same in base units (CNY, USD, percent ...).
``published`` is the publication date of the fact's source where one is known (the store
fills it); reading a table back ignores the computed columns and ``published``, so
``FactSet.from_pandas(fs.to_pandas()) == fs`` with every written digit kept.

pandas and pyarrow are optional (``pip install 'tradestat[frames]'``); this module imports
them only when a conversion needs them. :func:`fact_rows` and :func:`facts_from_rows` need
neither: the SQLite files and the store use them directly.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from tradestat.errors import FigureError, TradestatError, ValidationError
from tradestat.figures import to_decimal
from tradestat.models import Fact, FactSet

__all__ = [
    "COLUMNS",
    "FORMAT_VERSION",
    "fact_row",
    "fact_rows",
    "fact_from_row",
    "facts_from_rows",
    "to_arrow",
    "from_arrow",
    "to_pandas",
    "from_pandas",
    "arrow_schema",
    "require",
    "sql_columns",
    "table_from_rows",
    "pandas_from_table",
]

#: The version of the table layout, written into Arrow/Parquet metadata and SQLite files.
FORMAT_VERSION = 1

#: The columns of the fact table: name and type (str, date, float, bool or int), in order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("subject", "str"),
    ("period", "str"),
    ("period_start", "date"),
    ("period_end", "date"),
    ("flow", "str"),
    ("partner", "str"),
    ("segment", "str"),
    ("measure", "str"),
    ("value", "float"),
    ("stated", "str"),
    ("unit", "str"),
    ("qualifier", "str"),
    ("low", "float"),
    ("high", "float"),
    ("low_closed", "bool"),
    ("high_closed", "bool"),
    ("base_value", "float"),
    ("base_low", "float"),
    ("base_high", "float"),
    ("base_unit", "str"),
    ("benchmark", "str"),
    ("source", "str"),
    ("quote", "str"),
    ("span_start", "int"),
    ("span_end", "int"),
    ("derived_by", "str"),
    ("release", "str"),
    ("published", "date"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
#: Columns a table must have to be read back as facts (``stated`` or ``value`` as well).
REQUIRED = ("subject", "period", "measure", "unit")
_TEXT_FIELDS = (
    "subject",
    "period",
    "flow",
    "partner",
    "segment",
    "measure",
    "unit",
    "qualifier",
    "benchmark",
    "quote",
    "source",
    "derived_by",
    "release",
)

_EXTRAS = {
    "pandas": "frames",
    "pyarrow": "frames",
    "sqlalchemy": "store",
    "platformdirs": "store",
}


def require(module: str, purpose: str) -> Any:
    """Import an optional dependency, or fail saying which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        extra = _EXTRAS.get(top, "frames")
        raise TradestatError(
            f"{purpose} needs {top}, which is not installed: pip install 'tradestat[{extra}]'"
        ) from None


def _month_start(index: int) -> date | None:
    year, month = divmod(index, 12)
    return date(year, month + 1, 1) if year >= 1 else None


def _month_end(index: int) -> date | None:
    year, month = divmod(index, 12)
    if year < 1:
        return None
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def fact_row(fact: Fact, published: date | None = None) -> dict[str, Any]:
    """One fact as a row of the fact table (a dict keyed by :data:`COLUMNS`)."""
    interval = fact.interval
    base = fact.estimate().to_base_units()
    span = fact.provenance.span
    return {
        "subject": fact.subject,
        "period": str(fact.period),
        "period_start": _month_start(fact.period.first),
        "period_end": _month_end(fact.period.last),
        "flow": fact.flow.value if fact.flow else None,
        "partner": fact.partner,
        "segment": fact.segment,
        "measure": fact.measure.name,
        "value": fact.figure.value,
        "stated": str(fact.figure.magnitude),
        "unit": fact.figure.unit_string,
        "qualifier": fact.figure.qualifier.value,
        "low": interval.low,
        "high": interval.high,
        "low_closed": interval.low_closed,
        "high_closed": interval.high_closed,
        "base_value": base.value,
        "base_low": base.low,
        "base_high": base.high,
        "base_unit": base.unit_string,
        "benchmark": fact.benchmark,
        "source": fact.provenance.source,
        "quote": fact.provenance.quote,
        "span_start": span[0] if span else None,
        "span_end": span[1] if span else None,
        "derived_by": fact.provenance.derived_by,
        "release": fact.provenance.release,
        "published": published,
    }


def fact_rows(facts: Iterable[Fact]) -> list[dict[str, Any]]:
    """Every fact as a row of the fact table."""
    return [fact_row(f) for f in facts]


def _cell(value: object) -> Any:
    """A table cell as a plain Python value; every kind of missing value is None."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalars
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def fact_from_row(row: Mapping[str, Any], where: str = "row") -> Fact:
    """A fact from a row of the fact table; the computed columns are not needed.

    ``stated`` (the written digits) wins over ``value``; when both are given they must
    agree. Errors are :class:`ValidationError` naming ``where`` and the field.
    """
    record: dict[str, Any] = {name: _cell(row.get(name)) for name in _TEXT_FIELDS}
    stated, value = _cell(row.get("stated")), _cell(row.get("value"))
    if stated is not None and value is not None:
        try:
            agree = float(to_decimal(stated)) == float(value)
        except (FigureError, TypeError, ValueError):
            agree = True  # the record codec names the bad one below
        if not agree:
            raise ValidationError(
                f"{where}: field 'value': {value!r} disagrees with the stated digits {stated!r}",
                "value",
            )
    record["value"] = stated if stated is not None else value
    start, end = _cell(row.get("span_start")), _cell(row.get("span_end"))
    if start is not None or end is not None:
        record["span"] = [start, end]
    from tradestat.records import from_record

    return from_record(record, where)


def facts_from_rows(rows: Iterable[Mapping[str, Any]], source: str = "row") -> FactSet:
    """Facts from rows of the fact table; a bad row raises naming its number and field."""
    return FactSet(fact_from_row(row, f"{source} {i}") for i, row in enumerate(rows))


def _check_columns(names: Iterable[str], what: str) -> None:
    present = set(names)
    missing = [c for c in REQUIRED if c not in present]
    if "stated" not in present and "value" not in present:
        missing.append("stated or value")
    if missing:
        raise ValidationError(
            f"{what} lacks column(s) {', '.join(missing)}: a fact table needs at least "
            f"{', '.join(REQUIRED)} and stated (or value)"
        )


def arrow_schema(extra: Sequence[tuple[str, str]] = ()) -> Any:
    """The Arrow schema of the fact table (and ``extra`` columns), with tradestat's format."""
    pa = require("pyarrow", "Arrow tables")
    types = {
        "str": pa.string(),
        "date": pa.date32(),
        "datetime": pa.timestamp("us", tz="UTC"),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "int": pa.int64(),
    }
    fields = [pa.field(name, types[kind]) for name, kind in (*COLUMNS, *extra)]
    return pa.schema(fields, metadata={"tradestat": f"facts/{FORMAT_VERSION}"})


def table_from_rows(rows: list[dict[str, Any]], extra: Sequence[tuple[str, str]] = ()) -> Any:
    """A ``pyarrow.Table`` from rows of the fact table (and ``extra`` columns)."""
    pa = require("pyarrow", "Arrow tables")
    return pa.Table.from_pylist(rows, schema=arrow_schema(extra))


def to_arrow(facts: Iterable[Fact]) -> Any:
    """The facts as a ``pyarrow.Table`` of :data:`COLUMNS` (polars: ``pl.from_arrow``)."""
    return table_from_rows(fact_rows(facts))


def from_arrow(table: Any) -> FactSet:
    """Facts from a ``pyarrow.Table`` or ``RecordBatch`` with the fact-table columns."""
    pa = require("pyarrow", "Arrow tables")
    if not isinstance(table, (pa.Table, pa.RecordBatch)):
        raise ValidationError(
            f"expected a pyarrow Table or RecordBatch, got {type(table).__name__}"
        )
    _check_columns(table.schema.names, "the table")
    wanted = [c for c in table.schema.names if c in COLUMN_NAMES]
    return facts_from_rows(table.select(wanted).to_pylist())


def to_pandas(facts: Iterable[Fact]) -> Any:
    """The facts as a ``pandas.DataFrame`` of :data:`COLUMNS`.

    Dates are ``datetime64`` (ready for plotting), spans nullable integers, and the
    interval ends floats (infinite where a statement is open-ended: "more than 80").
    """
    return pandas_from_table(to_arrow(facts))


def pandas_from_table(table: Any) -> Any:
    """A fact table from Arrow to pandas: dates as datetime64, spans as nullable integers."""
    pd = require("pandas", "DataFrames")
    pa = require("pyarrow", "DataFrames")
    return table.to_pandas(date_as_object=False, types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def from_pandas(frame: Any) -> FactSet:
    """Facts from a ``pandas.DataFrame`` with the fact-table columns (others are ignored)."""
    pd = require("pandas", "DataFrames")
    if not isinstance(frame, pd.DataFrame):
        raise ValidationError(f"expected a pandas DataFrame, got {type(frame).__name__}")
    _check_columns((str(c) for c in frame.columns), "the frame")
    wanted = [c for c in frame.columns if c in COLUMN_NAMES]
    rows = frame[wanted].to_dict("records")
    return FactSet(
        fact_from_row(row, f"row {label}") for label, row in zip(frame.index, rows, strict=True)
    )


def sql_columns(sa: Any) -> list[Any]:
    """The fact-table columns as SQLAlchemy columns (for SQLite files and the store)."""
    types = {
        "str": sa.Text,
        "date": sa.Date,
        "float": sa.Double,
        "bool": sa.Boolean,
        "int": sa.BigInteger,
    }
    required = {"subject", "period", "partner", "measure", "stated", "unit", "qualifier"}
    return [sa.Column(name, types[kind](), nullable=name not in required) for name, kind in COLUMNS]
