"""Growth against the same trade a year earlier, and growth gaps against the benchmark."""

from __future__ import annotations

from collections.abc import Iterator

from tradestat import growth as arithmetic
from tradestat.checks._groups import (
    TradeKey,
    by_trade,
    combined,
    currency,
    span_words,
    trade_key,
)
from tradestat.checks.rule import Check, CheckContext, Finding, Severity
from tradestat.errors import TradestatError
from tradestat.models import Fact, FactSet, Measure

__all__ = ["GrowthVsPrevious", "GapVsBenchmark", "gap_sides"]


class GrowthVsPrevious(Check):
    """A stated growth rate against the values stated for both years."""

    name = "growth_vs_previous"
    description = "growth against the same trade a year earlier, when both values are stated"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        values = by_trade(facts, Measure.VALUE)
        for g in facts.filter(measure="yoy_growth"):
            subject, period, flow, partner, segment = trade_key(g)
            now = values.get(trade_key(g), [])
            before = values.get((subject, period.previous_year(), flow, partner, segment), [])
            codes = {currency(f) for f in now} & {currency(f) for f in before}
            for code in sorted(c for c in codes if c is not None):
                same_now = [f for f in now if currency(f) == code]
                same_before = [f for f in before if currency(f) == code]
                current = combined(same_now, context)
                previous = combined(same_before, context)
                if current is None or previous is None:
                    continue
                try:
                    computed = arithmetic.yoy_growth(current, previous)
                except TradestatError:
                    continue
                stated = context.interval(g)
                if not computed.interval.meets(stated):
                    yield Finding(
                        self.name,
                        Severity.ERROR,
                        f"{g.subject} {g.period} {current.value:.6g} against {previous.value:.6g} "
                        f"{previous.unit_string} a year earlier is growth of "
                        f"{span_words(computed)}, but {g.figure} is stated",
                        (g, *same_now, *same_before),
                    )


def gap_sides(gap: Fact) -> tuple[TradeKey, TradeKey] | None:
    """The trade whose growth a gap states and the benchmark trade it is measured against.

    The gap's own side is its whole key (partner and segment included: "trade with ASEAN
    grew 7.3 points faster"). The benchmark is named by ``benchmark``: the subject's own
    name means the subject's overall trade, any other name (``"China"``) that economy's
    overall trade, both for the same flow and period. None when there is no benchmark or
    both sides would be the same trade.
    """
    if gap.benchmark is None:
        return None
    own = trade_key(gap)
    benchmark = (gap.benchmark, gap.period, gap.flow, "World", None)
    return None if own == benchmark else (own, benchmark)


class GapVsBenchmark(Check):
    """A growth gap against the two growth rates it compares, when both are stated."""

    name = "gap_vs_benchmark"
    description = "a growth gap against the growth of its own trade and of the benchmark"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        growths = by_trade(facts, Measure.YOY_GROWTH)
        for gap in facts.filter(measure="growth_gap"):
            sides = gap_sides(gap)
            if sides is None:
                continue
            own_facts, bench_facts = growths.get(sides[0], []), growths.get(sides[1], [])
            own = combined(own_facts, context)
            other = combined(bench_facts, context)
            if own is None or other is None:
                continue
            computed = arithmetic.growth_gap(own, other)
            if not computed.interval.meets(context.interval(gap)):
                yield Finding(
                    self.name,
                    Severity.ERROR,
                    f"{gap.describe().split(':')[0]}: growth {own.value:.4g} percent against "
                    f"{gap.benchmark}'s overall {other.value:.4g} percent is a gap of "
                    f"{span_words(computed)}, but {gap.figure} is stated",
                    (gap, *own_facts, *bench_facts),
                )
