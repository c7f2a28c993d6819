"""What the statements imply, derived with intervals and provenance.

Base-period values, converted values, components from shares, the benchmark's growth
from a gap, and bounds on periods nobody stated.

Every derived fact carries its interval (sound: the truth lies inside) and the rule and
input facts that gave it. A one-sided input ("more than 80 percent") gives a one-sided
derived figure ("more than 224.6 billion yuan").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

import pint

from tradestat import growth as arithmetic
from tradestat.checks._groups import (
    FactIndex,
    SupportsFactSet,
    TradeKey,
    bound_of,
    combined,
    currency,
    derived_fact,
    facts_of,
    home_currencies,
    paused_gc,
    trade_key,
    unit_currency,
    value_groups,
    whole_key,
)
from tradestat.checks.growth_rules import gap_sides
from tradestat.checks.implied_rate import implied_rates
from tradestat.checks.parts import contiguous, heaviest_disjoint, period_groups, wholes
from tradestat.checks.rule import CheckContext, Derived
from tradestat.errors import TradestatError
from tradestat.figures import Estimate, trusted_estimate
from tradestat.intervals import Interval, bounded
from tradestat.models import Fact, FactSet, Flow, Measure
from tradestat.periods import Period
from tradestat.rates import ExchangeRate, RateTable, cited

__all__ = ["derive"]


def _sides(*pairs: tuple[Fact, bool]) -> str | None:
    sides = {bound_of(f, increasing=up) for f, up in pairs} - {None}
    return sides.pop() if len(sides) == 1 else None


def components(
    facts: FactSet, context: CheckContext, homes: dict[tuple[str, Period], str]
) -> Iterator[Derived]:
    """The value a share stands for: 94.3% of 280.8 billion yuan is about 264.8 billion."""
    index = context.index(facts)
    value = Measure.VALUE
    for share in index.of(Measure.SHARE):
        whole = index.group(value, whole_key(share))
        if not whole:
            continue
        wholes = whole.facts
        stated = index.group(value, trade_key(share)).facts
        home = homes.get((share.subject, share.period))
        codes = {currency(w) for w in wholes} - {currency(f) for f in stated}
        for code in sorted(c for c in codes if c is not None):
            if home is not None and code != home:
                continue  # converted totals ("about 39.3 billion dollars") give no new part
            same = whole.in_currency(code)
            total = whole.combined(code)
            if total is None:
                continue
            part = arithmetic.part_from_share(context.estimate(share), total)
            bound = _sides((share, True), *((w, True) for w in same))
            fact = derived_fact(
                share,
                part,
                same[0].figure.unit_string,
                "part_from_share",
                bound=bound,
                measure=Measure.VALUE,
            )
            yield Derived(fact, part, "part_from_share", (share, *same))


def base_values(
    facts: FactSet,
    extra: list[Derived],
    context: CheckContext,
    homes: dict[tuple[str, Period], str],
) -> Iterator[Derived]:
    """Last year's value from this year's value and its growth.

    Only the trades a growth rate is stated for are looked at (their values combined, and
    whether last year's value is stated, asked of the index), not every value stated.
    """
    index = context.index(facts)
    extras: dict[TradeKey, list[tuple[Fact, Estimate, tuple[Fact, ...]]]] = defaultdict(list)
    for d in extra:
        extras[trade_key(d.fact)].append((d.fact, d.estimate, d.inputs))
    values: dict[TradeKey, list[tuple[Fact, Estimate, tuple[Fact, ...]]]] = {}
    stated = _stated_values(index)
    for g in index.of(Measure.YOY_GROWTH):
        home = homes.get((g.subject, g.period))
        key = trade_key(g)
        found = values.get(key)
        if found is None:
            found = values[key] = _values_of(index, key) + extras.get(key, [])
        for fact, value, inputs in found:
            code = currency(fact)
            if home is not None and code != home:
                continue  # growth is measured in the home currency, not in a conversion
            previous = index.previous_year(g.period)
            last_year: TradeKey = (fact.subject, previous, fact.flow, fact.partner, fact.segment)
            if stated(last_year, code, fact.benchmark):
                continue  # stated: the growth check compares them instead
            try:
                base = arithmetic.base_value(value, context.estimate(g))
            except TradestatError:
                continue
            bound = _sides(*((f, True) for f in inputs), (g, False))
            derived = derived_fact(
                fact, base, fact.figure.unit_string, "base_value", bound=bound, period=previous
            )
            yield Derived(derived, base, "base_value", (*inputs, g))


def _values_of(index: FactIndex, key: TradeKey) -> list[tuple[Fact, Estimate, tuple[Fact, ...]]]:
    """The trade's value statements by currency: (first, combined estimate, all of them).

    In the order the currencies are first stated; currencies whose statements contradict
    each other are left out.
    """
    group = index.group(Measure.VALUE, key)
    codes: dict[str, list[Fact]] = {}
    for f in group.facts:
        code = currency(f)
        if code is not None:
            codes.setdefault(code, []).append(f)
    found = []
    for code, same in codes.items():
        estimate = group.combined(code)
        if estimate is not None:
            found.append((same[0], estimate, tuple(same)))
    return found


def _stated_values(index: FactIndex) -> Callable[[TradeKey, str | None, str | None], bool]:
    """Whether some fact states the value of a trade in a currency, with a benchmark.

    Asked of the index's value groups; facts whose measure is named "value" but is not
    :attr:`Measure.VALUE` itself (a measure made afresh) are kept in a set of their own.
    """
    groups = index.by_trade(Measure.VALUE)
    others = {
        (trade_key(f), currency(f), f.benchmark)
        for m in index.measures_named("value")
        for f in index.of(m)
        if f.measure is not Measure.VALUE
    }

    def stated(key: TradeKey, code: str | None, benchmark: str | None) -> bool:
        group = groups.get(key)
        if group is not None and any(f.benchmark == benchmark for f in group.in_currency(code)):
            return True
        return bool(others) and (key, code, benchmark) in others

    return stated


def converted(
    facts: FactSet, context: CheckContext, homes: dict[tuple[str, Period], str]
) -> Iterator[Derived]:
    """Values in the other currency at the period's rate: the table's, else the implied one.

    Only values in the home currency are converted (not the conversions the text already
    gives), each trade once with all its statements combined.
    """
    implied: dict[tuple[Period, str], ExchangeRate] = {}
    tabled = _table_currencies(context)
    for rate, _, _ in implied_rates(facts, context):
        implied.setdefault((rate.period or Period.year(1), rate.quote), rate)
    index = context.index(facts)
    looked_up: dict[tuple[str, Period], ExchangeRate | None] = {}
    # the rates looked up are kept in looked_up and implied, so their ids stay unique
    hows: dict[int, str] = {}
    units: dict[tuple[int, int, bool], tuple[pint.Unit, pint.Unit, pint.Unit]] = {}
    for stated in value_groups(index.of(Measure.VALUE)).values():
        group = [f for f in stated if f.provenance.derived_by is None]
        if not group:
            continue
        first = group[0]
        home = currency(first) or ""
        if home != homes.get((first.subject, first.period)):
            continue
        if (home, first.period) not in looked_up:
            looked_up[(home, first.period)] = _table_rate(context, tabled, home, first.period)
        use = looked_up[(home, first.period)] or implied.get((first.period, home))
        if len(group) == len(stated):
            value = index.group(Measure.VALUE, trade_key(first)).combined(home)
        else:
            value = combined(group, context)
        if use is None or value is None:
            continue
        result = _convert(use, value, units)
        target = use.base if use.quote == home else use.quote
        scale = first.figure.unit_string.removesuffix(home).strip()
        unit = f"{scale} {target}".strip()
        how = hows.get(id(use))
        if how is None:
            how = hows[id(use)] = f"converted at {cited(use)}"
        bound = "lower" if math.isinf(value.high) else ("upper" if math.isinf(value.low) else None)
        fact = derived_fact(first, result, unit, how, bound=bound)
        yield Derived(fact, result, how, tuple(group))


def _convert(
    rate: ExchangeRate,
    money: Estimate,
    units: dict[tuple[int, int, bool], tuple[pint.Unit, pint.Unit, pint.Unit]],
) -> Estimate:
    """``rate.convert(money)``, the same estimate.

    The unit of the result (money's unit times or over the rate's) is worked out once per
    pair of units and kept in ``units``: pint's unit arithmetic, and hashing the fresh unit
    it makes when the result is converted, took a third of the conversions' time. Anything
    unusual (another currency, an undefined value) goes to ``rate.convert`` itself.
    """
    r = rate.rate
    code = unit_currency(money.unit)
    if code == rate.base:
        multiply = True
    elif code == rate.quote:
        multiply = False
    else:
        return rate.convert(money)
    x, y = money.value, r.value
    if multiply:
        value = x * y
    elif y == 0:
        return rate.convert(money)
    else:
        value = x / y
    if math.isnan(value):
        return rate.convert(money)
    key = (id(money.unit), id(r.unit), multiply)
    known = units.get(key)
    if known is None or known[0] is not money.unit or known[1] is not r.unit:
        unit = money.unit * r.unit if multiply else money.unit / r.unit
        known = units[key] = (money.unit, r.unit, unit)
    interval = (
        bounded(_times, money.interval, r.interval) if multiply else money.interval / r.interval
    )
    return trusted_estimate(value, interval, known[2])


def _times(a: float, b: float) -> float:
    return a * b


def _table_currencies(context: CheckContext) -> list[str]:
    """The currencies the rate table has rates for, read once per derivation."""
    if context.rates is None:
        return []
    return sorted({code for r in context.rates for code in (r.base, r.quote)})


def _table_rate(
    context: CheckContext, currencies: list[str], code: str, period: Period
) -> ExchangeRate | None:
    """The table's rate from ``code`` to the table's other currency for ``period``."""
    if context.rates is None:
        return None
    for other in currencies:
        if other == code:
            continue
        try:
            return context.rates.lookup(other, code, period)
        except TradestatError:
            continue
    return None


def benchmark_growths(facts: FactSet, context: CheckContext) -> Iterator[Derived]:
    """The benchmark's overall growth implied by a growth and its gap over the benchmark.

    The gap's own side is its own trade (partner and segment included); the benchmark is
    the overall trade of the economy it names (see :func:`gap_sides`). A gap of a partner
    or segment against another economy is left alone: its benchmark may be that economy's
    same trade or its overall trade.
    """
    index = context.index(facts)
    growth = Measure.YOY_GROWTH
    for gap in index.of(Measure.GROWTH_GAP):
        sides = gap_sides(gap)
        if sides is None or len(sides[1]) != 1 or index.group(growth, sides[1][0]):
            continue  # no benchmark, an ambiguous one, or its growth is stated
        own_group = index.group(growth, sides[0])
        own = own_group.facts
        estimate = own_group.combined()
        if estimate is None:
            continue
        value = arithmetic.benchmark_growth(estimate, context.estimate(gap))
        bound = _sides(*((f, True) for f in own), (gap, False))
        fact = derived_fact(
            gap,
            value,
            "percent",
            "benchmark_growth",
            bound=bound,
            subject=sides[1][0][0],
            measure=Measure.YOY_GROWTH,
            partner="World",
            segment=None,
        )
        yield Derived(fact, value, "benchmark_growth", (*own, gap))


def unstated_parts(facts: FactSet, context: CheckContext) -> Iterator[Derived]:
    """What a period's total leaves for the months nobody stated (one contiguous block)."""
    for values, stated in period_groups(facts, context):
        for whole, total, parts in wholes(values):
            # disjoint parts covering as many of the whole's months as possible
            _, cover = heaviest_disjoint(whole, {p: float(len(p)) for p in parts})
            if not cover:
                continue
            covered = {m for p in cover for m in p.months()}
            rest = contiguous([m for m in whole.months() if m not in covered])
            if rest is None or rest in values:
                continue
            remainder = total
            for p in cover:
                remainder = remainder - values[p]
            sample = stated[whole][0]
            bound = None
            if sample.flow is not Flow.BALANCE:
                clipped = remainder.interval.intersect(Interval(0.0, math.inf))
                if clipped is None:
                    continue  # the parts check reports it
                if remainder.low <= 0:
                    bound = "upper"
                remainder = Estimate(max(remainder.value, 0.0), clipped, remainder.unit)
            inputs = (*stated[whole], *(f for p in cover for f in stated[p]))
            fact = derived_fact(
                sample,
                remainder,
                sample.figure.unit_string,
                "unstated_months",
                bound=bound,
                period=rest,
            )
            yield Derived(fact, remainder, "unstated_months", inputs)


def derive(
    facts: Iterable[Fact] | SupportsFactSet,
    rates: RateTable | None = None,
    about_slack: float = 0.0,
) -> list[Derived]:
    """Every fact the statements imply, each once, with intervals and provenance.

    ``facts`` is a :class:`FactSet`, any iterable of facts, or an object with a
    ``to_factset()`` method (a columnar ``FactTable``). ``rates`` converts at a tabled
    rate where one is known (otherwise at the rate the facts imply); ``about_slack``
    widens "about" figures as in :meth:`Figure.interval`. The facts are grouped once and
    every derivation looks its inputs up there: time is linear in the facts (the cyclic
    garbage collector is paused meanwhile, see :func:`tradestat.checks.check`).
    """
    facts = facts_of(facts)
    ctx = CheckContext(rates=rates, about_slack=about_slack)
    found: list[Derived] = []
    with paused_gc():
        homes = home_currencies(facts)
        parts = list(components(facts, ctx, homes))
        for source in (
            parts,
            base_values(facts, parts, ctx, homes),
            converted(facts, ctx, homes),
            benchmark_growths(facts, ctx),
            unstated_parts(facts, ctx),
        ):
            try:
                found.extend(source)
            except TradestatError:
                continue
        # inside the pause too: the keys are acyclic, and with the collector back on every
        # few hundred of them set off a pass over all the facts
        seen: set[tuple[object, ...]] = set()
        unique = []
        for d in found:
            key = (*d.fact.key, d.fact.figure.unit, d.rule)
            if key not in seen:
                seen.add(key)
                unique.append(d)
    return unique
