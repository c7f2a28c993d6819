"""Sound interval arithmetic on floats: the ranges of true values that statements allow.

Every operation rounds its bounds outward by a relative hair (``SLACK``), so for any true
inputs inside the operand intervals the true result lies inside the computed interval,
float rounding included (for magnitudes the economy knows: results that underflow to
subnormal floats, below 1e-300, are outside that guarantee). Infinite bounds stand for
"more than" / "less than" statements.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from decimal import Decimal

import attrs

from tradestat.errors import FigureError

__all__ = ["Interval", "bounded", "trusted_interval", "SLACK"]

#: Relative outward widening applied to computed bounds (covers float rounding).
SLACK = 1e-12


def _down(x: float) -> float:
    if x == 0 or not math.isfinite(x):
        return x
    return math.nextafter(x - abs(x) * SLACK, -math.inf)


def _up(x: float) -> float:
    if x == 0 or not math.isfinite(x):
        return x
    return math.nextafter(x + abs(x) * SLACK, math.inf)


def _check_bounds(instance: Interval, attribute: attrs.Attribute[float], value: float) -> None:
    if math.isnan(value):
        raise FigureError(f"interval bound {attribute.name} is NaN")


def _bound(value: object) -> float:
    """A bound as a float; anything that is not a real number is a FigureError."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)):
        raise FigureError(f"interval bound {value!r}: expected a number")
    try:
        return float(value)
    except (ValueError, OverflowError):
        raise FigureError(f"interval bound {value!r}: expected a number") from None


@attrs.frozen(repr=False)
class Interval:
    """The closed or open range ``low``..``high`` of true values (bounds may be infinite)."""

    low: float = attrs.field(converter=_bound, validator=_check_bounds)
    high: float = attrs.field(converter=_bound, validator=_check_bounds)
    low_closed: bool = attrs.field(default=True, kw_only=True)
    high_closed: bool = attrs.field(default=True, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise FigureError(f"empty interval: low {self.low} is above high {self.high}")
        if self.low == self.high and not (self.low_closed and self.high_closed):
            raise FigureError(f"empty interval: open bound at {self.low}")

    @classmethod
    def point(cls, x: float) -> Interval:
        """The degenerate interval [x, x]."""
        return cls(x, x)

    @classmethod
    def everything(cls) -> Interval:
        """(-inf, inf): nothing is known."""
        if cls is Interval:
            return trusted_interval(-math.inf, math.inf, False, False)
        return cls(-math.inf, math.inf, low_closed=False, high_closed=False)

    @property
    def width(self) -> float:
        """High minus low (inf when unbounded)."""
        return self.high - self.low

    @property
    def midpoint(self) -> float:
        """The centre, or the finite bound when only one bound is finite."""
        if math.isfinite(self.low) and math.isfinite(self.high):
            return (self.low + self.high) / 2
        return self.low if math.isfinite(self.low) else self.high

    def __contains__(self, x: object) -> bool:
        if not isinstance(x, (int, float)):
            return False
        above = x > self.low or (self.low_closed and x == self.low)
        below = x < self.high or (self.high_closed and x == self.high)
        return above and below

    def _common(self, other: Interval) -> tuple[float, float, bool, bool] | None:
        """The bounds of the common part (low, high, closedness), or None when there is none."""
        if self.low > other.low or (self.low == other.low and not self.low_closed):
            low, low_closed = self.low, self.low_closed
        else:
            low, low_closed = other.low, other.low_closed
        if self.high < other.high or (self.high == other.high and not self.high_closed):
            high, high_closed = self.high, self.high_closed
        else:
            high, high_closed = other.high, other.high_closed
        if low > high or (low == high and not (low_closed and high_closed)):
            return None
        return low, high, low_closed, high_closed

    def intersect(self, other: Interval) -> Interval | None:
        """The common part, or None when the two ranges do not meet."""
        common = self._common(other)
        return None if common is None else trusted_interval(*common)

    def meets(self, other: Interval) -> bool:
        """Whether some value lies in both ranges (as ``intersect``, without building it)."""
        return self._common(other) is not None

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        low, low_closed = min((self.low, not self.low_closed), (other.low, not other.low_closed))
        high, high_open = max((self.high, self.high_closed), (other.high, other.high_closed))
        return Interval(low, high, low_closed=not low_closed, high_closed=high_open)

    def scale(self, factor: float) -> Interval:
        """Every value multiplied by a known positive or negative factor.

        A factor of exactly 1 (a unit to itself, "100 million CNY" to "100 million USD" after
        the rate) changes no value, so nothing is rounded: the interval stays as it is.
        """
        if factor == 1.0:
            return self
        # bounded(lambda x: x * factor, self) with its two corners inlined: hot in checks
        x, y = self.low * factor, self.high * factor
        if math.isnan(x) or math.isnan(y):
            return Interval.everything()
        x_closed, y_closed = self.low_closed, self.high_closed
        low, high = math.inf, -math.inf
        low_closed = high_closed = False
        if x < low or (x == low and x_closed):
            low, low_closed = x, x_closed
        if x > high or (x == high and x_closed):
            high, high_closed = x, x_closed
        if y < low or (y == low and y_closed):
            low, low_closed = y, y_closed
        if y > high or (y == high and y_closed):
            high, high_closed = y, y_closed
        if low > high:
            return Interval.everything()
        return _outward(low, high, low_closed, high_closed)

    def __neg__(self) -> Interval:
        return Interval(
            -self.high, -self.low, low_closed=self.high_closed, high_closed=self.low_closed
        )

    def __add__(self, other: Interval) -> Interval:
        return bounded(lambda a, b: a + b, self, other)

    def __sub__(self, other: Interval) -> Interval:
        return bounded(lambda a, b: a - b, self, other)

    def __mul__(self, other: Interval) -> Interval:
        return bounded(lambda a, b: a * b, self, other)

    def __truediv__(self, other: Interval) -> Interval:
        if 0.0 in other or (other.low == 0 or other.high == 0):
            return Interval.everything()
        return bounded(lambda a, b: a / b, self, other)

    def __str__(self) -> str:
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        return f"{left}{_fmt(self.low)}, {_fmt(self.high)}{right}"

    def __repr__(self) -> str:
        return f"<Interval {self}>"


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:.6g}"


def bounded(fn: Callable[..., float], *intervals: Interval) -> Interval:
    """The range of ``fn`` over a box, for ``fn`` monotone in each argument separately.

    Such a function takes its extremes at corners of the box, so evaluating every corner
    gives the exact range; bounds are then rounded outward. A corner where ``fn`` is
    undefined (NaN, overflow, division by zero) leaves that side unbounded, which stays
    sound. A bound is closed only when the corner attaining it uses closed bounds only.
    """
    if len(intervals) == 2:  # the common case, _from_corners inlined: hot in checks
        a, b = intervals
        low, high = _INF, -_INF
        low_closed = high_closed = undefined = False
        for x, x_closed in ((a.low, a.low_closed), (a.high, a.high_closed)):
            for y, y_closed in ((b.low, b.low_closed), (b.high, b.high_closed)):
                try:
                    z = float(fn(x, y))
                except (ZeroDivisionError, OverflowError, ValueError):
                    undefined = True
                    continue
                if z != z:  # NaN
                    undefined = True
                    continue
                closed = x_closed and y_closed
                if z < low or (z == low and closed):
                    low, low_closed = z, closed
                if z > high or (z == high and closed):
                    high, high_closed = z, closed
        if undefined or low > high:
            return Interval.everything()
        return _outward(low, high, low_closed, high_closed)
    corners: list[tuple[float, bool] | None] = []
    choices = [((i.low, i.low_closed), (i.high, i.high_closed)) for i in intervals]
    for corner in itertools.product(*choices):
        args = [value for value, _ in corner]
        closed = all(c for _, c in corner)
        try:
            corners.append((float(fn(*args)), closed))
        except (ZeroDivisionError, OverflowError, ValueError):
            corners.append(None)
    return _from_corners(corners)


def _from_corners(corners: list[tuple[float, bool] | None]) -> Interval:
    """The outward-rounded interval over corner values (None or NaN: undefined there)."""
    low, high = math.inf, -math.inf
    low_closed = high_closed = False
    undefined = False
    for corner in corners:
        if corner is None:
            undefined = True
            continue
        y, closed = corner
        if math.isnan(y):
            undefined = True
            continue
        if y < low or (y == low and closed):
            low, low_closed = y, closed
        if y > high or (y == high and closed):
            high, high_closed = y, closed
    if undefined or low > high:
        return Interval.everything()
    return _outward(low, high, low_closed, high_closed)


def _outward(low: float, high: float, low_closed: bool, high_closed: bool) -> Interval:
    """The interval of the extreme corners, rounded outward (see :func:`bounded`)."""
    if low == _INF or low == -_INF:
        low_closed = False
    if high == _INF or high == -_INF:
        high_closed = False
    # Widening moves a non-zero bound strictly past the true one, so the flags there only
    # show "more than"; a zero bound is not widened and may be reached inside an edge
    # (0 / y), so it is closed.
    if low == 0 or low == high:
        low_closed = True
    if high == 0 or low == high:
        high_closed = True
    # _down(low) and _up(high), inlined: this runs for every interval a check computes
    if low != 0 and _isfinite(low):
        low = _nextafter(low - abs(low) * SLACK, -_INF)
    if high != 0 and _isfinite(high):
        high = _nextafter(high + abs(high) * SLACK, _INF)
    interval = _new(Interval)
    _set_low(interval, low)
    _set_high(interval, high)
    _set_low_closed(interval, low_closed)
    _set_high_closed(interval, high_closed)
    return interval


def trusted_interval(low: float, high: float, low_closed: bool, high_closed: bool) -> Interval:
    """An Interval from float bounds known valid (low <= high, not NaN), not re-checked.

    Checks build millions of intervals; the attrs converters and validators of the public
    constructor are most of their cost.
    """
    interval = _new(Interval)
    _set_low(interval, low)
    _set_high(interval, high)
    _set_low_closed(interval, low_closed)
    _set_high_closed(interval, high_closed)
    return interval


# The slots' own setters: an Interval is frozen, and these set a new one's fields without
# going through ``object.__setattr__`` and a name lookup each (twice as fast).
_new = object.__new__
_set_low = Interval.__dict__["low"].__set__
_set_high = Interval.__dict__["high"].__set__
_set_low_closed = Interval.__dict__["low_closed"].__set__
_set_high_closed = Interval.__dict__["high_closed"].__set__
_INF = math.inf
_isfinite = math.isfinite
_nextafter = math.nextafter
