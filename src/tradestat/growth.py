"""Growth arithmetic: pure functions on plain quantities and on stated figures.

Every function takes :data:`~tradestat.figures.Amount` arguments (a pint Quantity, a
stated :class:`~tradestat.figures.Figure` or an :class:`~tradestat.figures.Estimate`) and
returns an Estimate: the value computed from the stated numbers and the interval of true
results that every true input inside its statement allows. For plain quantities the
interval is the point itself; take ``.quantity`` for the pint result.

Growth rates are in ``percent``; differences between growth rates are in
``percentage_point``, and the two never convert into each other.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

import pint

from tradestat.errors import FigureError, RateError, UnitError
from tradestat.figures import Amount, Estimate, trusted_estimate
from tradestat.intervals import Interval, bounded
from tradestat.rates import ExchangeRate
from tradestat.units import currency_of, format_unit, parse_unit

__all__ = [
    "yoy_growth",
    "base_value",
    "apply_growth",
    "growth_gap",
    "benchmark_growth",
    "share",
    "part_from_share",
    "whole_from_share",
    "contribution",
    "cagr",
    "ytd_to_monthly",
    "monthly_to_ytd",
    "restate_growth",
]


def _percent(x: Amount, name: str) -> Estimate:
    e = x if type(x) is Estimate else Estimate.of(x)
    known = _PERCENTS.get(id(e))
    if known is not None and known[0] is e:
        return known[1]
    try:
        result = e.to(_unit("percent"))
    except UnitError:
        raise UnitError(
            f"{name} must be a percentage (percent), got {e}"
            + (
                "; percentage points are a difference of rates, not a rate"
                if format_unit(e.unit) == "percentage_point"
                else ""
            )
        ) from None
    if len(_PERCENTS) >= 1 << 14:  # keep it bounded
        _PERCENTS.clear()
    _PERCENTS[id(e)] = (e, result)
    return result


#: Estimates in percent by the identity of the estimate given (kept, so ids stay unique):
#: a check compares many growth gaps against one benchmark's growth, converting it again
#: for each (estimates are immutable, so the answer is the same).
_PERCENTS: dict[int, tuple[Estimate, Estimate]] = {}

#: Units named by the arithmetic, parsed once (pint units; see :func:`_unit`).
_UNITS: dict[str, pint.Unit] = {}


def _unit(text: str) -> pint.Unit:
    """``parse_unit(text)`` for the few units the arithmetic names, parsed once.

    Only "percent" and "percentage_point" are asked for, which no currency changes.
    """
    unit = _UNITS.get(text)
    if unit is None:
        unit = _UNITS[text] = parse_unit(text)
    return unit


#: The currency of each unit seen, by identity (the unit is kept, so ids stay unique):
#: units are few, and asking pint (or even hashing a pint unit) per fact was slow.
_CURRENCIES: dict[int, tuple[pint.Unit, str | None]] = {}


def unit_currency(unit: pint.Unit) -> str | None:
    """``currency_of(unit)``, kept by the unit's identity: asked for every fact checked."""
    known = _CURRENCIES.get(id(unit))
    if known is not None and known[0] is unit:
        return known[1]
    code = currency_of(unit)
    if len(_CURRENCIES) > 4096:  # units made up on the fly: keep the cache bounded
        _CURRENCIES.clear()
    _CURRENCIES[id(unit)] = (unit, code)
    return code


def _money(x: Amount, name: str, like: pint.Unit | None = None) -> Estimate:
    e = x if type(x) is Estimate else Estimate.of(x)
    if unit_currency(e.unit) is None:
        raise UnitError(f"{name} must be an amount of money, got {e}")
    if like is not None:
        try:
            return e.to(like)
        except UnitError:
            raise UnitError(
                f"{name} {e} is not in the currency of {format_unit(like)}; convert it first"
            ) from None
    return e


def _compute(fn: Callable[..., float], args: Sequence[Estimate], unit: str | pint.Unit) -> Estimate:
    """Nominal value from the nominal inputs, interval from the input intervals."""
    try:
        value = fn(*[a.value for a in args])
    except (ZeroDivisionError, OverflowError, ValueError):
        raise FigureError(
            "the stated values leave the result undefined: " + ", ".join(str(a) for a in args)
        ) from None
    if not math.isfinite(value):
        raise FigureError("the result is not finite for " + ", ".join(str(a) for a in args))
    interval = bounded(fn, *[a.interval for a in args])
    # Estimate(value, interval, unit) for a finite value, without re-checking it
    return trusted_estimate(
        float(value), interval, unit if isinstance(unit, pint.Unit) else _unit(unit)
    )


def _positive(e: Estimate) -> bool:
    """Whether every true value is above zero (so dividing by it is monotone)."""
    return e.low > 0


def _unbounded_unless(condition: bool, result: Estimate) -> Estimate:
    if condition:
        return result
    return trusted_estimate(result.value, Interval.everything(), result.unit)


def yoy_growth(current: Amount, previous: Amount) -> Estimate:
    """Percent change from ``previous`` to ``current`` (same currency, any scale)."""
    c = _money(current, "current value")
    p = _money(previous, "previous value", c.unit)
    if p.value <= 0:
        raise FigureError(f"growth from a non-positive base {p} is undefined")
    result = _compute(lambda a, b: (a / b - 1.0) * 100.0, [c, p], "percent")
    return _unbounded_unless(_positive(p), result)


def base_value(value: Amount, growth: Amount) -> Estimate:
    """The year-earlier value: 280.8 billion yuan after +28% was about 219.4 billion."""
    v = Estimate.of(value)
    g = _percent(growth, "growth")
    if g.value <= -100:
        raise FigureError(f"a fall of {g.value} percent leaves no base value")
    result = _compute(lambda a, b: a / (1.0 + b / 100.0), [v, g], v.unit)
    return _unbounded_unless(g.low > -100, result)


def apply_growth(base: Amount, growth: Amount) -> Estimate:
    """The value after growing ``base`` by ``growth`` percent."""
    b = Estimate.of(base)
    g = _percent(growth, "growth")
    return _compute(lambda a, r: a * (1.0 + r / 100.0), [b, g], b.unit)


def growth_gap(growth: Amount, benchmark: Amount) -> Estimate:
    """By how many percentage points ``growth`` exceeds ``benchmark`` (28% vs 2.9% -> 25.1)."""
    a = _percent(growth, "growth")
    b = _percent(benchmark, "benchmark growth")
    return _compute(lambda x, y: x - y, [a, b], "percentage_point")


def benchmark_growth(growth: Amount, gap: Amount) -> Estimate:
    """The benchmark's growth given a growth and its gap over the benchmark, in percent."""
    a = _percent(growth, "growth")
    d = Estimate.of(gap)
    if format_unit(d.unit) != "percentage_point":
        raise UnitError(f"a growth gap must be in percentage_point, got {d}")
    result = _compute(lambda x, y: x - y, [a, d], "percent")
    clipped = result.interval.intersect(Interval(-100.0, math.inf))
    return Estimate(result.value, clipped or result.interval, result.unit)


def share(part: Amount, whole: Amount) -> Estimate:
    """The part's share of the whole, in percent."""
    w = _money(whole, "whole")
    p = _money(part, "part", w.unit)
    if w.value <= 0:
        raise FigureError(f"a share of a non-positive whole {w} is undefined")
    result = _compute(lambda a, b: a / b * 100.0, [p, w], "percent")
    return _unbounded_unless(_positive(w), result)


def part_from_share(share_: Amount, whole: Amount) -> Estimate:
    """The part a share stands for: 94.3% of 280.8 billion yuan is about 264.8 billion."""
    s = _percent(share_, "share")
    w = Estimate.of(whole)
    return _compute(lambda a, b: a / 100.0 * b, [s, w], w.unit)


def whole_from_share(share_: Amount, part: Amount) -> Estimate:
    """The whole a part makes up ``share_`` percent of."""
    s = _percent(share_, "share")
    p = Estimate.of(part)
    if s.value <= 0:
        raise FigureError(f"a share of {s} says nothing about the whole")
    result = _compute(lambda a, b: b / (a / 100.0), [s, p], p.unit)
    return _unbounded_unless(_positive(s), result)


def contribution(
    component_current: Amount, component_previous: Amount, total_previous: Amount
) -> Estimate:
    """Percentage points of the total's growth that come from one component.

    (component now - component a year earlier) / total a year earlier x 100; the
    contributions of all components add up to the total's growth rate.
    """
    t0 = _money(total_previous, "previous total")
    c1 = _money(component_current, "component value", t0.unit)
    c0 = _money(component_previous, "previous component value", t0.unit)
    if t0.value <= 0:
        raise FigureError(f"contribution to a non-positive total {t0} is undefined")
    result = _compute(lambda a, b, t: (a - b) / t * 100.0, [c1, c0, t0], "percentage_point")
    return _unbounded_unless(_positive(t0), result)


def cagr(first: Amount, last: Amount, years: int) -> Estimate:
    """Compound annual growth rate, in percent, from ``first`` to ``last`` over ``years``."""
    if isinstance(years, bool) or not isinstance(years, int) or years <= 0:
        raise FigureError(f"CAGR needs a positive whole number of years, got {years!r}")
    f = _money(first, "first value")
    la = _money(last, "last value", f.unit)
    if f.value <= 0 or la.value < 0:
        raise FigureError(f"CAGR needs a positive first value, got {f} and {la}")
    n = float(years)
    last_nonneg = Estimate(
        la.value, la.interval.intersect(Interval(0.0, math.inf)) or la.interval, la.unit
    )
    result = _compute(
        lambda a, b: ((b / a) ** (1.0 / n) - 1.0) * 100.0, [f, last_nonneg], "percent"
    )
    return _unbounded_unless(_positive(f), result)


def ytd_to_monthly(cumulative: Sequence[Amount]) -> list[Estimate]:
    """Monthly values from a year-to-date series (January, Jan-Feb, Jan-Mar ...)."""
    totals = [Estimate.of(x) for x in cumulative]
    if not totals:
        return []
    unit = totals[0].unit
    totals = [t.to(unit) for t in totals]
    months = [totals[0]]
    months.extend(later - earlier for earlier, later in itertools.pairwise(totals))
    return months


def monthly_to_ytd(monthly: Sequence[Amount]) -> list[Estimate]:
    """The year-to-date series from monthly values."""
    values = [Estimate.of(x) for x in monthly]
    if not values:
        return []
    unit = values[0].unit
    running = values[0]
    series = [running]
    for v in values[1:]:
        running = running + v.to(unit)
        series.append(running)
    return series


def _per_unit(rate: ExchangeRate, source: str, target: str) -> Estimate:
    """How many ``target`` one ``source`` is worth under ``rate``."""
    if (rate.base, rate.quote) == (source, target):
        return rate.rate
    if (rate.base, rate.quote) == (target, source):
        return rate.inverse().rate
    raise RateError(f"a {rate.base}/{rate.quote} rate does not link {source} and {target}")


def restate_growth(
    growth: Amount, rate_previous: ExchangeRate, rate_current: ExchangeRate, to: str
) -> Estimate:
    """A growth rate measured in one currency, restated in currency ``to``.

    With the rates of the two periods (same pair, either direction), growth in ``to`` is
    (1 + g) x (rate now / rate then) - 1. Yuan trade up 28% while the dollar went from
    7.10 to 7.15 yuan is about 27.1% growth in dollars.
    """
    g = _percent(growth, "growth")
    target = to.strip().upper()
    pair = {rate_current.base, rate_current.quote}
    if {rate_previous.base, rate_previous.quote} != pair or target not in pair:
        raise RateError(
            f"restating growth in {target} needs two rates of one pair including it, got "
            f"{rate_previous.base}/{rate_previous.quote} and "
            f"{rate_current.base}/{rate_current.quote}"
        )
    source = next(iter(pair - {target}))
    f0 = _per_unit(rate_previous, source, target)
    f1 = _per_unit(rate_current, source, target)
    return _compute(
        lambda x, now, then: ((1.0 + x / 100.0) * now / then - 1.0) * 100.0,
        [g, f1, f0],
        "percent",
    )
