"""Months, quarters and year-to-date figures against the period totals that contain them.

Parts cannot exceed the whole (for flows that are never negative), and parts that together
cover the whole period must add up to it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Sequence

from tradestat.checks._groups import currency, span_words
from tradestat.checks.rule import Check, CheckContext, Finding, Severity
from tradestat.figures import Estimate
from tradestat.models import Fact, FactSet, Flow, Measure
from tradestat.periods import Period

__all__ = [
    "PartsWithinWhole",
    "contiguous",
    "heaviest_disjoint",
    "period_groups",
    "tilings",
    "wholes",
]

MAX_TILINGS = 64


def period_groups(
    facts: FactSet, context: CheckContext
) -> Iterator[tuple[dict[Period, Estimate], dict[Period, list[Fact]]]]:
    """Per trade (subject, flow, partner, segment, currency): each period's combined value.

    Made once per run (the parts check and the unstated-months derivation share it).
    """
    yield from context.index(facts).period_groups()


def _period_groups(
    facts: FactSet, context: CheckContext
) -> Iterator[tuple[dict[Period, Estimate], dict[Period, list[Fact]]]]:
    groups: dict[tuple[str, Flow | None, str, str | None, str], dict[Period, list[Fact]]] = (
        defaultdict(lambda: defaultdict(list))
    )
    index = context.index(facts)
    for f in index.of(Measure.VALUE):
        code = currency(f)
        if f.measure is Measure.VALUE and code is not None:
            groups[(f.subject, f.flow, f.partner, f.segment, code)][f.period].append(f)
    trades = index.by_trade(Measure.VALUE)
    for (subject, flow, partner, segment, code), by_period in groups.items():
        values: dict[Period, Estimate] = {}
        unit = None
        for period in by_period:
            # the statements are the trade group's in this currency: share its estimate
            trade = trades[(subject, period, flow, partner, segment)]
            estimate = trade.combined(code)
            if estimate is None:
                continue  # contradictory statements: the duplicates rule reports them
            unit = unit or estimate.unit
            values[period] = estimate.to(unit)
        yield values, dict(by_period)


def wholes(values: dict[Period, Estimate]) -> Iterator[tuple[Period, Estimate, list[Period]]]:
    """Each period of a trade with the other stated periods it contains, in stated order.

    Single months contain nothing else; the parts of a longer period are found by start
    month (sorted once per trade), not by scanning every period.
    """
    order = {p: i for i, p in enumerate(values)}
    starts = sorted((p.first, order[p], p) for p in values)
    firsts = [s[0] for s in starts]
    for whole, total in values.items():
        if whole.first == whole.last:
            continue
        lo = bisect.bisect_left(firsts, whole.first)
        hi = bisect.bisect_right(firsts, whole.last)
        inside = sorted((i, p) for _, i, p in starts[lo:hi] if p.last <= whole.last and p != whole)
        if inside:
            yield whole, total, [p for _, p in inside]


def tilings(whole: Period, parts: Sequence[Period]) -> list[list[Period]]:
    """Ways to cover ``whole`` exactly with disjoint ``parts`` (at most MAX_TILINGS)."""
    starting: dict[int, list[Period]] = defaultdict(list)
    for p in parts:
        starting[p.first].append(p)
    found: list[list[Period]] = []

    def walk(month: int, chosen: list[Period]) -> None:
        if len(found) >= MAX_TILINGS:
            return
        if month == whole.last + 1:
            found.append(list(chosen))
            return
        for p in starting.get(month, []):
            walk(p.last + 1, [*chosen, p])

    walk(whole.first, [])
    return found


def heaviest_disjoint(whole: Period, parts: dict[Period, float]) -> tuple[float, list[Period]]:
    """The disjoint parts of ``whole`` with the largest sum of (positive) weights.

    Weighted interval scheduling over the whole's months; the weights are lower bounds for
    the parts check and month counts for the best cover of a period.
    """
    months = whole.n_months
    best: list[tuple[float, list[Period]]] = [(0.0, [])] * (months + 1)
    for i in range(1, months + 1):
        best[i] = best[i - 1]
        for p, low in parts.items():
            if p.last - whole.first + 1 == i and low > 0:
                start = p.first - whole.first
                total = best[start][0] + low
                if total > best[i][0]:
                    best[i] = (total, [*best[start][1], p])
    return best[months]


def _names(periods: Sequence[Period]) -> str:
    names = [str(p) for p in periods]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


class PartsWithinWhole(Check):
    """Parts of a period (months, quarters, year-to-date) against the period's total."""

    name = "parts_within_whole"
    description = "months, quarters and year-to-date figures cannot exceed the total they make up"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        for values, stated in period_groups(facts, context):
            for whole, total, inside in wholes(values):
                parts = {p: values[p] for p in inside}
                involved = tuple(f for p in [whole, *parts] for f in stated[p])
                sample = stated[whole][0]
                nonnegative = sample.flow is not Flow.BALANCE
                if nonnegative:
                    low, chosen = heaviest_disjoint(whole, {p: v.low for p, v in parts.items()})
                    over = low > total.high or (
                        low == total.high and not total.interval.high_closed
                    )
                    if chosen and over:
                        yield Finding(
                            self.name,
                            Severity.ERROR,
                            f"{sample.subject} {sample.flow or ''} {_names(chosen)} add up to "
                            f"at least {low:.6g} {total.unit_string}, more than the whole of "
                            f"{whole}: {span_words(total)}",
                            involved,
                        )
                        continue
                for tiling in tilings(whole, list(parts)):
                    sum_ = parts[tiling[0]]
                    for p in tiling[1:]:
                        sum_ = sum_ + parts[p]
                    if not sum_.interval.meets(total.interval):
                        yield Finding(
                            self.name,
                            Severity.ERROR,
                            f"{sample.subject} {sample.flow or ''} {_names(tiling)} cover {whole} "
                            f"and add up to {span_words(sum_)}, but {whole} is stated as "
                            f"{span_words(total)}",
                            involved,
                        )
                        break


def contiguous(months: Sequence[Period]) -> Period | None:
    """The single period the months make up, or None when they have a gap."""
    if not months:
        return None
    ordered = sorted(months)
    if ordered[-1].last - ordered[0].first + 1 != len(ordered):
        return None
    return Period(ordered[0].first, ordered[-1].last)
