"""Helpers the rules share: comparable groups of facts and their combined intervals.

:class:`FactIndex` groups the facts of one check run once, by measure, by trade and by
currency; every rule and derivation looks its counterparts up there (dicts, no rescans)
and shares the combined estimate of each group, so a run is linear in the facts.
"""

from __future__ import annotations

import contextlib
import gc
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Literal, Protocol, cast, runtime_checkable

import pint

from tradestat.checks.rule import CheckContext
from tradestat.errors import FigureError, ValidationError
from tradestat.figures import (
    Estimate,
    Figure,
    Qualifier,
    _figure_unit,
    conversion_factor,
    trusted_estimate,
)
from tradestat.growth import _CURRENCIES, unit_currency
from tradestat.intervals import Interval
from tradestat.models import Fact, FactSet, Flow, Measure, Provenance, _unit_fits
from tradestat.periods import Period
from tradestat.units import parse_unit

__all__ = [
    "FactIndex",
    "TradeGroup",
    "SupportsFactSet",
    "facts_of",
    "paused_gc",
    "combined",
    "whole_key",
    "estimate_to_figure",
    "derived_fact",
    "bound_of",
    "span_words",
    "currency",
    "unit_currency",
    "home_currencies",
    "value_groups",
    "TradeKey",
    "trade_key",
    "by_trade",
]

#: What a figure is about apart from its measure: subject, period, flow, partner, segment.
TradeKey = tuple[str, Period, Flow | None, str, str | None]


def trade_key(f: Fact) -> TradeKey:
    """The trade a fact describes: subject, period, flow, partner and segment."""
    return (f.subject, f.period, f.flow, f.partner, f.segment)


def by_trade(facts: Iterable[Fact], measure: Measure) -> dict[TradeKey, list[Fact]]:
    """The facts of one measure grouped by the trade they describe, in one pass.

    Rules look their counterparts up here instead of rescanning every fact per fact.
    """
    groups: dict[TradeKey, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.measure is measure:
            groups[trade_key(f)].append(f)
    return dict(groups)


def currency(f: Fact) -> str | None:
    """The currency of a value fact (None for percentages and counts)."""
    unit = f.figure.unit
    known = _CURRENCIES.get(id(unit))  # unit_currency's cache, looked up without a call
    if known is not None and known[0] is unit:
        return known[1]
    return unit_currency(unit)


def combined(facts: Sequence[Fact], context: CheckContext | None = None) -> Estimate | None:
    """What several statements of one quantity allow together (None if they contradict).

    Each statement is read as ``context`` reads it (its qualifier word as measured). The
    unit is the first fact's; the value is the first exact statement's if any.
    """
    if not facts:
        return None
    ctx = context if context is not None else CheckContext()
    first = ctx.estimate(facts[0])
    if len(facts) == 1:  # most trades are stated once: the statement's own estimate
        if facts[0].figure.qualifier not in _EXACTISH:
            return first
        factor = conversion_factor(first.unit, first.unit)
        if factor == 1.0 and first.value in first.interval:
            return first  # what the general way below makes, as an equal estimate
    result = first
    for f in facts[1:]:
        try:
            result = result.narrow(ctx.estimate(f))
        except FigureError:
            return None
    exact = next((f for f in facts if f.figure.qualifier in _EXACTISH), None)
    if exact is not None:
        stated = ctx.estimate(exact)
        # the value of stated.to(result.unit), without building the converted interval
        value = stated.value * conversion_factor(stated.unit, result.unit)
        if value in result.interval:
            result = trusted_estimate(value, result.interval, result.unit)
    return result


_EXACTISH = (Qualifier.EXACT, Qualifier.ABOUT)


class FactIndex:
    """The facts of one check run grouped once: by measure, by trade and by currency.

    Built by :meth:`CheckContext.index` and shared by every rule of the run. Groups keep
    the facts' order, and each group's combined estimate is computed once.
    """

    def __init__(self, facts: FactSet, context: CheckContext) -> None:
        self.facts = facts
        self.context = context
        measures: dict[Measure, list[Fact]] = defaultdict(list)
        objects: dict[int, Measure] = {}
        for f in facts:
            m = f.measure
            if id(m) not in objects:
                objects[id(m)] = m
            measures[m].append(f)
        self._measures = dict(measures)
        self._objects = objects
        self._trades: dict[int, dict[TradeKey, TradeGroup]] = {}
        self._previous: dict[int, tuple[Period, Period]] = {}
        self._periods: list[tuple[dict[Period, Estimate], dict[Period, list[Fact]]]] | None
        self._periods = None

    def of(self, measure: Measure) -> list[Fact]:
        """The facts of one measure, in order (as ``facts.filter(measure=...)``)."""
        return self._measures.get(measure, [])

    def measure_ids(self, *wanted: Measure) -> frozenset[int]:
        """The ids of the facts' measure objects equal to one of ``wanted``.

        ``id(f.measure) in ids`` is ``f.measure in wanted`` without comparing attrs
        objects field by field for every fact.
        """
        return frozenset(i for i, m in self._objects.items() if m in wanted)

    def measures_named(self, name: str) -> list[Measure]:
        """The facts' measure objects with that name (equal ones may repeat)."""
        return [m for m in self._objects.values() if m.name == name]

    def by_trade(self, measure: Measure) -> dict[TradeKey, TradeGroup]:
        """The facts of one measure grouped by trade (see :func:`by_trade`), made once."""
        known = self._trades.get(id(measure))
        if known is None:
            known = {
                key: TradeGroup(group, self.context)
                for key, group in by_trade(self.of(measure), measure).items()
            }
            self._trades[id(measure)] = known
        return known

    def previous_year(self, period: Period) -> Period:
        """``period.previous_year()``, made once per period object."""
        known = self._previous.get(id(period))
        if known is None or known[0] is not period:
            known = self._previous[id(period)] = (period, period.previous_year())
        return known[1]

    def group(self, measure: Measure, key: TradeKey) -> TradeGroup:
        """The facts of one measure about one trade (an empty group when none)."""
        groups = self._trades.get(id(measure))
        if groups is None:
            groups = self.by_trade(measure)
        return groups.get(key, _NO_GROUP)

    def period_groups(self) -> list[tuple[dict[Period, Estimate], dict[Period, list[Fact]]]]:
        """Per trade and currency, each period's combined value (see parts.period_groups)."""
        if self._periods is None:
            from tradestat.checks.parts import _period_groups

            self._periods = list(_period_groups(self.facts, self.context))
        return self._periods


class TradeGroup:
    """The facts of one measure about one trade, with their subsets by currency.

    Each subset's combined estimate (:func:`combined`) is computed once and shared.
    """

    __slots__ = ("_codes", "_combined", "_context", "_currencies", "facts")

    def __init__(self, facts: list[Fact], context: CheckContext | None) -> None:
        self.facts = facts
        self._context = context
        self._codes: dict[str | None, list[Fact]] = {}
        self._combined: dict[str | None, Estimate | None] = {}
        self._currencies: set[str | None] | None = None

    def currencies(self) -> set[str | None]:
        """The currencies the facts are stated in (None for facts without one), made once."""
        if self._currencies is None:
            self._currencies = {currency(f) for f in self.facts}
        return self._currencies

    def __bool__(self) -> bool:
        return bool(self.facts)

    def in_currency(self, code: str | None) -> list[Fact]:
        """The facts stated in currency ``code``, in order."""
        known = self._codes.get(code)
        if known is None:
            codes = self.currencies()
            if len(codes) == 1:  # the usual case: all the facts or none, no second pass
                known = self.facts if code in codes else []
            else:
                known = [f for f in self.facts if currency(f) == code]
            self._codes[code] = known
        return known

    def combined(self, code: str | None = None) -> Estimate | None:
        """:func:`combined` of :meth:`in_currency` (of all the facts when ``code`` is None)."""
        try:
            return self._combined[code]
        except KeyError:
            group = self.facts if code is None else self.in_currency(code)
            found = self._combined[code] = combined(group, self._context)
            return found


#: The group of a trade nobody stated.
_NO_GROUP = TradeGroup([], None)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a check or derivation run.

    A run makes millions of small acyclic objects (estimates, intervals, groups) that
    reference counting frees; with the collector on, its full passes over a growing heap
    made a million-fact run superlinear (a fifth of the time at 100k facts). It is
    switched back on afterwards if it was on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@runtime_checkable
class SupportsFactSet(Protocol):
    """Anything that gives its facts as a FactSet (a columnar ``FactTable`` does)."""

    def to_factset(self) -> FactSet:
        """The facts as a FactSet."""
        ...


def facts_of(facts: Iterable[Fact] | SupportsFactSet) -> FactSet:
    """The facts as a FactSet: a FactSet itself, anything with ``to_factset()``, or facts."""
    if isinstance(facts, FactSet):
        return facts
    to_factset = getattr(facts, "to_factset", None)
    if callable(to_factset):
        converted = to_factset()
        if not isinstance(converted, FactSet):
            raise ValidationError(
                f"{type(facts).__name__}.to_factset() returned {type(converted).__name__}, "
                "not a FactSet"
            )
        return converted
    return FactSet(cast("Iterable[Fact]", facts))


def whole_key(part: Fact) -> TradeKey:
    """The trade a part belongs to: same subject, period and flow; partner World, no segment."""
    return (part.subject, part.period, part.flow, "World", None)


def _digits(x: float, direction: str = "nearest", significant: int = 4) -> Decimal:
    """``x`` to a few significant digits; bounds ("down" / "up") are rounded outward.

    Bounds keep up to six significant digits, and a bound within a hair of a round number
    (float widening) is that number: 224.59999999 stays 224.6.
    """
    if x == 0 or not math.isfinite(x):
        return Decimal(0)
    if direction != "nearest":
        significant = 6
    exponent = math.floor(math.log10(abs(x))) - significant + 1
    quantum = Decimal(1).scaleb(exponent)
    exact = Decimal(repr(x))
    nearest = exact.quantize(quantum, rounding=ROUND_HALF_EVEN)
    if direction == "nearest" or abs(exact - nearest) <= abs(exact) * Decimal("1e-9"):
        return nearest.normalize() if direction != "nearest" else nearest
    rounding = ROUND_FLOOR if direction == "down" else ROUND_CEILING
    return exact.quantize(quantum, rounding=rounding).normalize()


def estimate_to_figure(e: Estimate, unit: str, bound: str | None = None) -> Figure:
    """A stated-style figure for an estimate.

    ``bound`` "lower" gives "more than LOW", "upper" gives "less than HIGH" (rounded outward,
    so the figure stays true); otherwise "about" the value.
    """
    target = parse_unit(unit)  # what Estimate.to and the Figure would each parse again
    value = e.to(target)
    interval: Interval = value.interval
    if bound == "lower" and math.isfinite(interval.low):
        q = Qualifier.AT_LEAST if interval.low_closed else Qualifier.MORE_THAN
        return _figure(_digits(interval.low, "down"), target, q)
    if bound == "upper" and math.isfinite(interval.high):
        q = Qualifier.AT_MOST if interval.high_closed else Qualifier.LESS_THAN
        return _figure(_digits(interval.high, "up"), target, q)
    return _figure(_digits(value.value), target, Qualifier.ABOUT)


def _figure(magnitude: Decimal, unit: pint.Unit, qualifier: Qualifier) -> Figure:
    """``Figure(magnitude, unit, qualifier)`` for digits, unit and qualifier as made here.

    The converters of the constructor would pass all three through unchanged (the unit is
    still checked to be one a figure has); derivations make a figure per derived fact.
    """
    if not magnitude.is_finite():
        return Figure(magnitude, unit, qualifier)
    figure = _new(Figure)
    _FIGURE_SLOTS[0](figure, magnitude)
    _FIGURE_SLOTS[1](figure, _figure_unit(unit))
    _FIGURE_SLOTS[2](figure, qualifier)
    return figure


_new = object.__new__
_FIGURE_SLOTS = tuple(Figure.__dict__[name].__set__ for name in ("magnitude", "unit", "qualifier"))
_FACT_FIELDS = (
    "subject",
    "period",
    "flow",
    "measure",
    "figure",
    "partner",
    "segment",
    "benchmark",
    "provenance",
)
_FACT_SLOTS = tuple(Fact.__dict__[name].__set__ for name in _FACT_FIELDS)


def _text(value: object) -> bool:
    """Whether the text converter of a fact's field would keep ``value`` as it is."""
    return isinstance(value, str) and value != "" and " ".join(value.split()) == value


def _valid_fact(values: tuple[object, ...]) -> Fact | None:
    """A Fact of these field values when the constructor surely accepts them unchanged.

    That is: every value is already in the form the converters give (normalized text,
    Period, Flow, Measure), and the checks after construction surely pass (the unit fits
    the measure, a trade measure has a flow, no benchmark, the figure's value strictly
    inside the measure's range, not an integer measure). None otherwise, and the caller
    builds the fact through the constructor, which converts or raises as it does.
    """
    subject, period, flow, measure, figure, partner, segment, benchmark, provenance = values
    if not (
        _text(subject)
        and isinstance(period, Period)
        and (flow is None or isinstance(flow, Flow))
        and isinstance(measure, Measure)
        and isinstance(figure, Figure)
        and _text(partner)
        and (segment is None or _text(segment))
        and benchmark is None
        and isinstance(provenance, Provenance)
        and not measure.integer
        and measure.trade == (flow is not None)
        and _unit_fits(measure.kind, figure.unit)
    ):
        return None
    fact = _new(Fact)
    for setter, value in zip(_FACT_SLOTS, values, strict=True):
        setter(fact, value)
    domain = fact.domain
    if not domain.low < figure.value < domain.high:
        return None  # on or beyond the range's edge: the constructor decides
    return fact


def bound_of(*facts: Fact, increasing: bool = True) -> str | None:
    """Which side a derivation bounds, from its one-sided inputs.

    "more than" in an increasing derivation gives a lower bound, "less than" an upper one
    (the other way round for a decreasing one).
    """
    sides = set()
    for f in facts:
        q = f.figure.qualifier
        if q in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
            sides.add("lower" if increasing else "upper")
        elif q in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
            sides.add("upper" if increasing else "lower")
    return sides.pop() if len(sides) == 1 else None


def derived_fact(
    like: Fact,
    estimate: Estimate,
    unit: str,
    rule: str,
    *,
    bound: str | None = None,
    period: Period | None = None,
    subject: str | None = None,
    measure: Measure | None = None,
    partner: str | None = None,
    segment: str | Literal[""] | None = "",
    flow: Flow | Literal[""] | None = "",
) -> Fact:
    """A fact like ``like`` but with the derived figure and its own provenance."""
    values = (
        subject or like.subject,
        period or like.period,
        like.flow if flow == "" else flow,
        measure or like.measure,
        estimate_to_figure(estimate, unit, bound),
        partner or like.partner,
        like.segment if segment == "" else segment,
        None,
        _provenance(like.provenance.source, rule),
    )
    fact = _valid_fact(values)
    if fact is None:  # the constructor converts, or says what is wrong
        fact = Fact(**dict(zip(_FACT_FIELDS, values, strict=True)))  # type: ignore[arg-type]
    return fact


#: The provenance of derived facts by source and rule: a derivation gives thousands of
#: facts from one source by one rule, and provenances are immutable, so they share one.
_PROVENANCES: dict[tuple[str | None, str], Provenance] = {}


def _provenance(source: str | None, rule: str) -> Provenance:
    """``Provenance(source=source, derived_by=rule)``, made once per source and rule."""
    key = (source, rule)
    known = _PROVENANCES.get(key)
    if known is None:
        if len(_PROVENANCES) >= 1 << 12:  # keep it bounded
            _PROVENANCES.clear()
        known = _PROVENANCES[key] = Provenance(source=source, derived_by=rule)
    return known


def span_words(e: Estimate) -> str:
    """An estimate's range in words, with the digits its width needs.

    "264.61-264.98 billion CNY", "more than 224.6 billion CNY".
    """
    unit = e.unit_string
    lo, hi = e.low, e.high
    if math.isinf(lo) and math.isinf(hi):
        return f"any amount of {unit}"
    if math.isinf(hi):
        return f"{'at least' if e.interval.low_closed else 'more than'} {lo:.6g} {unit}"
    if math.isinf(lo):
        return f"{'at most' if e.interval.high_closed else 'less than'} {hi:.6g} {unit}"
    width = hi - lo
    # (a hair over the width: 102.55 - 102.45 is 0.0999999... in floats, a width of 0.1)
    places = max(1, 1 - math.floor(math.log10(width * (1 + 1e-9)))) if width > 0 else 2
    return f"{lo:.{places}f}-{hi:.{places}f} {unit}"


def home_currencies(facts: Iterable[Fact]) -> dict[tuple[str, Period], str]:
    """The currency each subject's figures for a period are stated in, not converted to.

    The commonest among its value statements that are not "about" conversions; computed
    once for all facts, keyed by (subject, period).
    """
    counts: dict[tuple[str, Period], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for f in facts:
        code = currency(f)
        if (
            code is not None
            and f.figure.qualifier is not Qualifier.ABOUT
            and f.provenance.derived_by is None
        ):
            counts[(f.subject, f.period)][code] += 1
    return {key: max(by_code, key=lambda c: by_code[c]) for key, by_code in counts.items()}


def value_groups(facts: Iterable[Fact]) -> dict[tuple[object, ...], list[Fact]]:
    """Value statements grouped by what they state (fact key and currency)."""
    groups: dict[tuple[object, ...], list[Fact]] = {}
    for f in facts:
        code = currency(f)
        if f.measure is Measure.VALUE and code is not None:
            groups.setdefault((*f.key, code), []).append(f)
    return groups
