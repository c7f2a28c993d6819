"""Stated figures: a number as it was written, its unit and qualifier, and what it allows.

"about 39.3 billion U.S. dollars" is a :class:`Figure` with the digits ``39.3`` (a
Decimal, so 53.17 stays 53.17), the unit "billion USD" and the qualifier ``about``. Its
:meth:`Figure.interval` is the range of true values that statement allows:

* exact and ``about``: the rounding interval of the last written digit, "28 percent" ->
  [27.5, 28.5], "39.3" -> [39.25, 39.35]. ``about`` may be widened further by a relative
  ``about_slack`` (default 0: a journalist's "about" is taken to mean "rounded").
* ``more_than`` / ``less_than``: open beyond the number, "more than 80" -> (80, inf).
* ``at_least`` / ``at_most``: the same, closed at the number.

An :class:`Estimate` is a best value with such an interval and a pint unit; all derived
figures (converted values, base-period values, shares) are Estimates.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs
import pint

from tradestat.errors import FigureError, UnitError
from tradestat.intervals import Interval, bounded, trusted_interval
from tradestat.units import (
    SCALES,
    PintQuantity,
    Quantity,
    currencies,
    currency_of,
    format_unit,
    is_count,
    is_money,
    is_percent,
    is_percentage_point,
    is_rate,
    parse_unit,
)

__all__ = ["Qualifier", "Figure", "Estimate", "Amount", "to_decimal"]


class Qualifier(enum.StrEnum):
    """How a figure was stated relative to the true value."""

    EXACT = "exact"
    ABOUT = "about"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"

    @classmethod
    def parse(cls, value: Qualifier | str | None) -> Qualifier:
        """Read a qualifier name ("about", "more_than"); None means exact."""
        if value is None or value == "":
            return cls.EXACT
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value).strip().lower().replace(" ", "_"))
        except ValueError:
            names = ", ".join(q.value for q in cls)
            raise FigureError(f"unknown qualifier {value!r}: expected one of {names}") from None


def _qualifier(value: Qualifier | str | None) -> Qualifier:
    return Qualifier.parse(value)


def to_decimal(value: Any) -> Decimal:
    """The digits of a number as stated: Decimal as is, int and str exactly, float by repr."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise FigureError(f"{value!r} is not a number")
    elif isinstance(value, (int, str)):
        try:
            result = Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            raise FigureError(f"{value!r} is not a number") from None
    elif isinstance(value, float):
        result = Decimal(repr(value))
    else:
        raise FigureError(f"{value!r} is not a number")
    if not result.is_finite():
        raise FigureError(f"{value!r} is not a finite number")
    return result


def _figure_unit(value: Any) -> pint.Unit:
    """Units a stated trade figure can have: money, rates, percent, points, counts."""
    unit = value if isinstance(value, pint.Unit) else parse_unit(str(value))
    known = _FIGURE_UNITS.get(id(unit))
    if known is not None and known is unit:
        return unit
    if not any(
        test(unit) for test in (is_money, is_rate, is_percent, is_percentage_point, is_count)
    ):
        raise UnitError(
            f"unit {format_unit(unit)!r} is not one a trade figure has: expected money "
            "('billion CNY'), a rate ('CNY / USD'), 'percent', 'percentage_point' or 'count'"
        )
    if len(_FIGURE_UNITS) > 4096:
        _FIGURE_UNITS.clear()
    _FIGURE_UNITS[id(unit)] = unit
    return unit


#: Units already accepted for a figure, by identity (the unit is kept, so ids stay unique):
#: parsed units are shared, and testing each figure's unit again was slow.
_FIGURE_UNITS: dict[int, pint.Unit] = {}


#: Whether a unit is "count", by the unit's identity (comparing with a string parses it).
_COUNTS: dict[int, tuple[pint.Unit, bool]] = {}


def _is_count(unit: pint.Unit) -> bool:
    known = _COUNTS.get(id(unit))
    if known is not None and known[0] is unit:
        return known[1]
    if len(_COUNTS) > 4096:
        _COUNTS.clear()
    answer = bool(unit == "count")
    _COUNTS[id(unit)] = (unit, answer)
    return answer


@attrs.frozen(repr=False)
class Figure:
    """A reported number: the digits as written, the unit, and the qualifier."""

    magnitude: Decimal = attrs.field(converter=to_decimal)
    unit: pint.Unit = attrs.field(converter=_figure_unit)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=_qualifier)

    @property
    def value(self) -> float:
        """The stated number as a float."""
        return float(self.magnitude)

    @property
    def unit_string(self) -> str:
        """The unit as the annotation format writes it ("billion CNY", "percent")."""
        return format_unit(self.unit)

    @property
    def quantity(self) -> PintQuantity:
        """The stated number as a pint quantity (no interval)."""
        return Quantity(self.value, self.unit)

    @property
    def resolution(self) -> Decimal:
        """Half a unit of the last written digit: 53.17 -> 0.005, 28 -> 0.5."""
        exponent = self.magnitude.as_tuple().exponent
        assert isinstance(exponent, int)  # finite by construction
        return Decimal(5).scaleb(exponent - 1)

    def rounding_interval(self) -> Interval:
        """The values that round to the stated digits: 280.8 -> [280.75, 280.85]."""
        half = self.resolution
        low, high = float(self.magnitude - half), float(self.magnitude + half)
        if low <= high:  # always, for finite digits; the checked constructor says otherwise
            return trusted_interval(low, high, True, True)
        return Interval(low, high)

    def interval(self, domain: Interval | None = None, about_slack: float = 0.0) -> Interval:
        """The true values this statement allows, optionally within a ``domain``.

        ``about_slack`` widens "about" figures by that fraction of the number on each side.
        """
        v = self.value
        q = self.qualifier
        if q is Qualifier.EXACT and _is_count(self.unit):
            result = Interval.point(v)  # a stated count is a whole number, not a rounding
        elif q is Qualifier.EXACT:
            result = self.rounding_interval()
        elif q is Qualifier.ABOUT:
            rounding = self.rounding_interval()
            slack = abs(v) * about_slack
            result = Interval(rounding.low - slack, rounding.high + slack)
        elif q is Qualifier.MORE_THAN:
            result = Interval(v, math.inf, low_closed=False, high_closed=False)
        elif q is Qualifier.AT_LEAST:
            result = Interval(v, math.inf, high_closed=False)
        elif q is Qualifier.LESS_THAN:
            result = Interval(-math.inf, v, low_closed=False, high_closed=False)
        else:
            result = Interval(-math.inf, v, low_closed=False)
        if domain is not None:
            clipped = result.intersect(domain)
            if clipped is None:
                raise FigureError(f"{self} lies outside the possible range {domain}")
            result = clipped
        return result

    def estimate(self, domain: Interval | None = None, about_slack: float = 0.0) -> Estimate:
        """The figure as an :class:`Estimate`: stated value, interval and unit."""
        return Estimate(self.value, self.interval(domain, about_slack), self.unit)

    def __format__(self, spec: str) -> str:
        """The figure in words, as ``spec`` asks.

        ``""``: digits in Western scale words ("280.8 billion CNY" for 2808亿元, only the
        decimal point moves); ``"stated"``: the digits and unit as stored ("2808 100 million
        CNY"); ``"zh"``: Chinese scale and currency words where there are some ("2808亿元").
        """
        if spec not in ("", "stated", "zh"):
            raise ValueError(f"format spec {spec!r}: expected '', 'stated' or 'zh'")
        words = _QUALIFIER_WORDS["zh" if spec == "zh" else "en"][self.qualifier]
        if spec == "zh":
            written = _chinese(self.magnitude, self.unit_string)
            if written is not None:
                return f"{words}{written}"
            words = _QUALIFIER_WORDS["en"][self.qualifier]
        magnitude, unit = (
            (self.magnitude, self.unit_string)
            if spec == "stated"
            else _western(self.magnitude, self.unit_string)
        )
        return f"{words}{_plain(magnitude)} {unit}"

    def __str__(self) -> str:
        return format(self, "")

    def __repr__(self) -> str:
        return f"<Figure {self}>"


_QUALIFIER_WORDS = {
    "en": {
        Qualifier.EXACT: "",
        Qualifier.ABOUT: "about ",
        Qualifier.MORE_THAN: "more than ",
        Qualifier.LESS_THAN: "less than ",
        Qualifier.AT_LEAST: "at least ",
        Qualifier.AT_MOST: "at most ",
    },
    "zh": {
        Qualifier.EXACT: "",
        Qualifier.ABOUT: "约",
        Qualifier.MORE_THAN: "超过",
        Qualifier.LESS_THAN: "不到",
        Qualifier.AT_LEAST: "至少",
        Qualifier.AT_MOST: "至多",
    },
}

#: Chinese scale words and the Western scale they are shown in: (power of ten to move
#: the decimal point by, scale word), the first whose digits stay at least 1.
_TO_WESTERN = {
    "10 thousand": ((-2, "million"), (1, "thousand")),
    "100 million": ((-1, "billion"), (2, "million")),
}
_CHINESE_SCALES = {"10 thousand": "万", "100 million": "亿", "trillion": "万亿"}


def _plain(digits: Decimal) -> str:
    """Digits without exponent notation ("11960", not "1.196E+4")."""
    return format(digits, "f")


def _western(magnitude: Decimal, unit: str) -> tuple[Decimal, str]:
    """The same amount in Western scale words; exact, since only the point moves."""
    for scale, choices in _TO_WESTERN.items():
        if unit.startswith(scale + " "):
            rest = unit[len(scale) + 1 :]
            for power, word in choices:
                moved = magnitude.scaleb(power)
                if abs(moved) >= 1 or (power, word) == choices[-1]:
                    return moved, f"{word} {rest}"
    return magnitude, unit


def _chinese(magnitude: Decimal, unit: str) -> str | None:
    """The Chinese form ("2808亿元" for 2808 "100 million CNY") when the currency has one."""
    for scale, character in _CHINESE_SCALES.items():
        if unit.startswith(scale + " "):
            code = unit[len(scale) + 1 :]
            name = _chinese_currency_word(code)
            return None if name is None else f"{_plain(magnitude)}{character}{name}"
    return None


def _chinese_currency_word(code: str) -> str | None:
    currency = currencies().get(code)
    if currency is None:
        return None
    chinese = [w for w in currency.aliases if w and all("\u4e00" <= c <= "\u9fff" for c in w)]
    return min(chinese, key=len) if chinese else None


def _check_nominal(instance: Estimate, attribute: attrs.Attribute[float], value: float) -> None:
    if math.isnan(value):
        raise FigureError("an estimate's value is NaN")


def _to_unit(value: Any) -> pint.Unit:
    if isinstance(value, pint.Unit):
        return value
    return parse_unit(str(value))


#: Conversion factors by the identity of the two units (the units are kept, so the ids
#: stay unique); hashing pint units is itself slow.
_FACTORS: dict[tuple[int, int], tuple[pint.Unit, pint.Unit, float]] = {}
#: The same by the units' value, for units built afresh by arithmetic.
_EQUAL_FACTORS: dict[tuple[pint.Unit, pint.Unit], float] = {}


def conversion_factor(unit: pint.Unit, target: pint.Unit) -> float:
    """What one ``unit`` is in ``target`` (1e9 from "billion CNY" to "CNY"), cached.

    Raises :class:`UnitError` for units of different dimensions. Checks convert millions
    of figures between a handful of units; asking pint each time was most of their cost.
    """
    known = _FACTORS.get((id(unit), id(target)))
    if known is not None and known[0] is unit and known[1] is target:
        return known[2]
    factor = _EQUAL_FACTORS.get((unit, target))  # units computed afresh (rate * amount)
    if factor is None:
        try:
            factor = float(Quantity(1.0, unit).to(target).magnitude)
        except pint.errors.DimensionalityError:
            raise UnitError(
                f"cannot express {format_unit(unit)} in {format_unit(target)}: "
                "different dimensions (converting currencies needs an ExchangeRate)"
            ) from None
        if len(_EQUAL_FACTORS) > 4096:  # units made up on the fly: keep the cache bounded
            _EQUAL_FACTORS.clear()
        _EQUAL_FACTORS[(unit, target)] = factor
    if len(_FACTORS) > 4096:
        _FACTORS.clear()
    _FACTORS[(id(unit), id(target))] = (unit, target, factor)
    return factor


def trusted_estimate(value: float, interval: Interval, unit: pint.Unit) -> Estimate:
    """An Estimate from a float value, an Interval and a pint unit, without re-checking.

    For arithmetic whose inputs are already valid (the value is not NaN); checks build
    millions of estimates and the attrs converters were much of their cost.
    """
    estimate = object.__new__(Estimate)
    object.__setattr__(estimate, "value", value)
    object.__setattr__(estimate, "interval", interval)
    object.__setattr__(estimate, "unit", unit)
    return estimate


@attrs.frozen(repr=False)
class Estimate:
    """A best value with the interval of true values and a pint unit.

    ``value`` is the nominal figure (the stated number, or the result computed from the
    stated numbers); ``interval`` bounds the truth. Arithmetic between estimates is
    interval arithmetic and checks units: yuan plus dollars raises :class:`UnitError`.
    """

    value: float = attrs.field(converter=float, validator=_check_nominal)
    interval: Interval
    unit: pint.Unit = attrs.field(converter=_to_unit)

    @classmethod
    def of(cls, x: Amount) -> Estimate:
        """Coerce a Figure, a pint Quantity or an Estimate into an Estimate."""
        if isinstance(x, Estimate):
            return x
        if isinstance(x, Figure):
            return x.estimate()
        if isinstance(x, pint.Quantity):
            magnitude = float(x.magnitude)
            if not math.isfinite(magnitude):
                raise FigureError(f"{x} is not a finite amount")
            return cls(magnitude, Interval.point(magnitude), x.units)
        raise FigureError(f"{x!r} is not an amount: expected a Figure, Estimate or Quantity")

    @classmethod
    def exact(cls, value: float, unit: str | pint.Unit) -> Estimate:
        """A value known exactly."""
        return cls(value, Interval.point(value), unit)

    @property
    def low(self) -> float:
        """The lowest possible true value."""
        return self.interval.low

    @property
    def high(self) -> float:
        """The highest possible true value."""
        return self.interval.high

    @property
    def quantity(self) -> PintQuantity:
        """The nominal value as a pint quantity."""
        return Quantity(self.value, self.unit)

    @property
    def unit_string(self) -> str:
        """The unit in the annotation format ("billion USD")."""
        return format_unit(self.unit)

    def to(self, unit: str | pint.Unit) -> Estimate:
        """The same estimate in another unit of the same dimension ("billion CNY" -> "CNY")."""
        target = unit if isinstance(unit, pint.Unit) else parse_unit(str(unit))
        factor = conversion_factor(self.unit, target)
        value = self.value * factor
        if math.isnan(value):  # inf * 0: let the checked constructor say so
            return Estimate(value, self.interval.scale(factor), target)
        return trusted_estimate(value, self.interval.scale(factor), target)

    def to_base_units(self) -> Estimate:
        """Without scale words: "billion USD" -> "USD", "percent" stays "percent"."""
        if self.unit == parse_unit("percent"):
            return self
        return self.to(str(Quantity(1.0, self.unit).to_base_units().units))

    def in_natural_scale(self) -> Estimate:
        """Money re-expressed with the English scale word that reads best (39.3 billion USD).

        "393.002 100 million USD" becomes "39.3002 billion USD"; non-money is unchanged.
        """
        code = currency_of(self.unit)
        if code is None:
            return self
        base = self.to(code)
        size = abs(base.value)
        for word in ("trillion", "billion", "million", "thousand"):
            if size >= float(SCALES[word][0]):
                return base.to(f"{word} {code}")
        return base

    def contains(self, x: Amount) -> bool:
        """Whether a value (in any compatible unit) is possible under this estimate."""
        other = Estimate.of(x).to(self.unit)
        return other.interval.meets(self.interval)

    def narrow(self, other: Amount) -> Estimate:
        """Combine two statements of the same quantity: the common part of both intervals."""
        o = Estimate.of(other).to(self.unit)
        common = self.interval.intersect(o.interval)
        if common is None:
            raise FigureError(f"{self} and {o} cannot both be true")
        value = self.value if self.value in common else o.value
        return Estimate(value, common, self.unit)

    def _combine(
        self, other: Amount | float, op: Callable[[float, float], float], name: str
    ) -> Estimate:
        if isinstance(other, (int, float)):
            o = Estimate.exact(float(other), "dimensionless")
        else:
            o = Estimate.of(other)
        if name in ("+", "-"):
            try:
                o = o.to(self.unit)
            except UnitError:
                raise UnitError(
                    f"cannot {'add' if name == '+' else 'subtract'} {o} "
                    f"{'to' if name == '+' else 'from'} {self}: units "
                    f"{format_unit(self.unit)} and {format_unit(o.unit)} differ "
                    "(convert currencies with an ExchangeRate first)"
                ) from None
            unit = self.unit
        elif name == "*":
            unit = self.unit * o.unit
        else:
            unit = self.unit / o.unit
        if name == "/":
            interval = self.interval / o.interval
        else:
            interval = bounded(op, self.interval, o.interval)
        try:
            value = op(self.value, o.value)
        except ZeroDivisionError:
            raise FigureError(f"cannot divide {self} by zero") from None
        return Estimate(value, interval, unit)

    def __add__(self, other: Amount) -> Estimate:
        return self._combine(other, lambda a, b: a + b, "+")

    def __sub__(self, other: Amount) -> Estimate:
        return self._combine(other, lambda a, b: a - b, "-")

    def __mul__(self, other: Amount | float) -> Estimate:
        return self._combine(other, lambda a, b: a * b, "*")

    def __truediv__(self, other: Amount | float) -> Estimate:
        return self._combine(other, lambda a, b: a / b, "/")

    def __neg__(self) -> Estimate:
        return Estimate(-self.value, -self.interval, self.unit)

    def __format__(self, spec: str) -> str:
        digits = spec or ".6g"
        unit = format_unit(self.unit)
        lo, hi = self.interval.low, self.interval.high
        left = "[" if self.interval.low_closed else "("
        right = "]" if self.interval.high_closed else ")"
        return (
            f"{self.value:{digits}} {unit} {left}{_bound(lo, digits)}, {_bound(hi, digits)}{right}"
        )

    def __str__(self) -> str:
        return format(self, "")

    def __repr__(self) -> str:
        return f"<Estimate {self}>"


def _bound(x: float, digits: str) -> str:
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:{digits}}"


Amount = Figure | Estimate | PintQuantity
"""Anything the arithmetic accepts: a stated figure, an estimate or a plain quantity."""
