"""The record codec: facts to and from the annotation record format (``SCHEMA.md``).

A record is a JSON-ready dict with the fields of :data:`RECORD_FIELDS` (and optionally
``stated``, ``source``, ``span``, ``derived_by``, ``anchor`` and ``release``). Loaders, the
CLI and the datasets read and write facts only through :func:`to_record` and
:func:`from_record`, so every input path validates a record the same way and names the
field at fault.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from tradestat.errors import FigureError, ParseError, UnitError, ValidationError
from tradestat.figures import Figure, to_decimal
from tradestat.models import Fact, Provenance
from tradestat.periods import Period
from tradestat.units import format_unit, parse_unit

__all__ = ["RECORD_FIELDS", "to_record", "from_record", "to_decimal_text"]

#: The fields of a record in the annotation format, in order.
RECORD_FIELDS = (
    "subject",
    "period",
    "flow",
    "partner",
    "segment",
    "measure",
    "value",
    "unit",
    "qualifier",
    "benchmark",
    "quote",
)

_REQUIRED = ("subject", "period", "measure", "value", "unit")
_T = TypeVar("_T")


def to_record(fact: Fact) -> dict[str, Any]:
    """The fact as a record of the annotation format (a JSON-ready dict).

    ``stated`` keeps the digits as written when the JSON number would lose them (280.80).
    """
    record: dict[str, Any] = {
        "subject": fact.subject,
        "period": str(fact.period),
        "flow": fact.flow.value if fact.flow else None,
        "partner": fact.partner,
        "segment": fact.segment,
        "measure": fact.measure.name,
        "value": _json_number(fact.figure.magnitude),
        "unit": fact.figure.unit_string,
        "qualifier": fact.figure.qualifier.value,
        "benchmark": fact.benchmark,
        "quote": fact.provenance.quote or "",
    }
    if to_decimal_text(record["value"]) != str(fact.figure.magnitude):
        record["stated"] = str(fact.figure.magnitude)
    if fact.provenance.source is not None:
        record["source"] = fact.provenance.source
    if fact.provenance.span is not None:
        record["span"] = list(fact.provenance.span)
    if fact.provenance.derived_by is not None:
        record["derived_by"] = fact.provenance.derived_by
    if fact.provenance.anchor is not None:
        record["anchor"] = fact.provenance.anchor
    if fact.provenance.release is not None:
        record["release"] = fact.provenance.release
    return record


def _read(field: str, parse: Callable[[], _T]) -> _T:
    """Run one field's parser; any error it raises names that field."""
    try:
        return parse()
    except ValidationError as exc:
        raise ValidationError(f"field {field!r}: {exc}", exc.field or field) from None
    except (FigureError, UnitError, ParseError, TypeError, IndexError, ValueError) as exc:
        raise ValidationError(f"field {field!r}: {exc}", field) from None


def _digits(record: Mapping[str, Any]) -> Decimal:
    """The stated digits: ``stated`` when given (it must agree with ``value``), else value."""
    value = record["value"]
    stated = record.get("stated")
    for given in (value, stated):
        if given is not None and (
            not isinstance(given, (int, float, str, Decimal)) or isinstance(given, bool)
        ):
            raise FigureError(f"{given!r} is not a number")
    if stated in (None, ""):
        return to_decimal(value)
    digits = to_decimal(stated)
    if to_decimal(value) != digits:
        raise FigureError(f"stated digits {stated!r} disagree with value {value!r}")
    return digits


def from_record(record: Mapping[str, Any], where: str | None = "record") -> Fact:
    """Build a fact from an annotation-format record.

    Errors are :class:`ValidationError` whose ``field`` names the field at fault and
    whose message starts with ``where`` (leave it None when the caller says where).
    """
    prefix = f"{where}: " if where else ""
    if not isinstance(record, Mapping):
        raise ValidationError(
            f"{prefix}expected an object with the fact fields, got {type(record).__name__}"
        )
    missing = [f for f in _REQUIRED if record.get(f) in (None, "")]
    if missing:
        raise ValidationError(f"{prefix}missing field(s) {', '.join(missing)}", missing[0])
    try:
        digits = _read("value", lambda: _digits(record))
        unit = _read("unit", lambda: format_unit(parse_unit(_text(record["unit"]))))
        figure = _read("qualifier", lambda: Figure(digits, unit, record.get("qualifier")))
        period = _read("period", lambda: Period.parse(record["period"]))
        provenance = _read(
            "span",
            lambda: Provenance(
                source=_optional_text(record.get("source")),
                quote=_optional_quote(record.get("quote")),
                span=_span(record.get("span")),
                derived_by=_optional_text(record.get("derived_by")),
                anchor=_optional_text(record.get("anchor")),
                release=_optional_text(record.get("release")),
            ),
        )
    except ValidationError as exc:
        raise ValidationError(f"{prefix}{exc}", exc.field) from None
    try:
        return Fact(
            subject=record["subject"],
            period=period,
            flow=record.get("flow"),
            measure=record["measure"],
            figure=figure,
            partner=record.get("partner"),
            segment=record.get("segment"),
            benchmark=record.get("benchmark"),
            provenance=provenance,
        )
    except (FigureError, UnitError, ParseError, ValidationError) as exc:
        culprit = exc.field if isinstance(exc, ValidationError) else None
        raise ValidationError(f"{prefix}{exc}", culprit) from None


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"expected text, got {type(value).__name__} {value!r}")
    return value


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _optional_quote(value: object) -> str | None:
    if value in (None, ""):
        return None
    return _text(value)


def _span(value: object) -> tuple[int, int] | None:
    """A character span from ``[start, end]`` or ``"start:end"``."""
    if value in (None, "", []):
        return None
    parts = value.split(":") if isinstance(value, str) else value
    if not isinstance(parts, (list, tuple)) or len(parts) != 2:
        raise ValueError(f"{value!r} is not a span: expected [start, end] or 'start:end'")
    start, end = (int(p) for p in parts)
    if not 0 <= start <= end:
        raise ValueError(f"{value!r} is not a span: expected 0 <= start <= end")
    return (start, end)


def _json_number(d: Decimal) -> int | float:
    """Whole digits as an int ("280"), anything else as a float ("280.0", "28.5")."""
    exponent = d.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0 and d == d.to_integral_value():
        return int(d)
    return float(d)


def to_decimal_text(value: int | float) -> str:
    """How a JSON number reads back as digits (for checking stated digits survive)."""
    return str(value) if isinstance(value, int) else repr(value)
