"""Growth against the same trade a year earlier, and growth gaps against the benchmark."""

from __future__ import annotations

from collections.abc import Iterator

from tradestat import growth as arithmetic
from tradestat.checks._groups import TradeKey, span_words, trade_key
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
        index = context.index(facts)
        value = Measure.VALUE
        for g in index.of(Measure.YOY_GROWTH):
            key = trade_key(g)
            now = index.group(value, key)
            if not now:
                continue
            subject, period, flow, partner, segment = key
            last_year: TradeKey = (subject, index.previous_year(period), flow, partner, segment)
            before = index.group(value, last_year)
            if not before:
                continue
            codes = now.currencies() & before.currencies()
            for code in sorted(c for c in codes if c is not None):
                same_now = now.in_currency(code)
                same_before = before.in_currency(code)
                current = now.combined(code)
                previous = before.combined(code)
                if current is None or previous is None:
                    continue
                try:
                    computed = arithmetic.yoy_growth(current, previous)
                except TradestatError:
                    continue
                stated = context.interval(g)
                if not computed.interval.meets(stated):
                    message = (
                        f"{g.subject} {g.period} {current.value:.6g} against {previous.value:.6g} "
                        f"{previous.unit_string} a year earlier is growth of "
                        f"{span_words(computed)}, but {g.figure} is stated"
                    )
                    earlier = _other_release(g, same_before)
                    if earlier is None:
                        yield Finding(
                            self.name, Severity.ERROR, message, (g, *same_now, *same_before)
                        )
                    else:
                        yield Finding(
                            self.name,
                            Severity.WARNING,
                            f"{message}; the year-earlier value is stated only in {earlier}, "
                            f"and a later release measures growth on revised figures",
                            (g, *same_now, *same_before),
                        )


def _other_release(growth: Fact, before: list[Fact]) -> str | None:
    """The other source(s) the year-earlier values come from, when none is the growth's.

    Customs revise a year's figures after first publishing them, and a release's growth
    rate is measured on the revised base; a value from an earlier release that misses it
    may be an unrevised figure, not a contradiction.
    """
    source = growth.provenance.source
    others = {f.provenance.source for f in before}
    if source is None or None in others or source in others:
        return None
    return ", ".join(sorted(s for s in others if s is not None))


def gap_sides(gap: Fact) -> tuple[TradeKey, tuple[TradeKey, ...]] | None:
    """The trade whose growth a gap states and the trades its benchmark may mean.

    The gap's own side is its whole key (partner and segment included: "trade with ASEAN
    grew 7.3 points faster"). The benchmark is named by ``benchmark``: the subject's own
    name means the subject's overall trade for the same flow and period. Another name
    (``"China"``) is that economy's figure for the same flow and period: for the same
    partner and segment ("M&E exports 8.4 points above the national level") or overall
    ("7.3 points above the national average"); the press writes both, so both readings are
    candidates, the like-for-like one first. None when there is no benchmark or it would be
    the gap's own trade.
    """
    if gap.benchmark is None:
        return None
    own = trade_key(gap)
    overall: TradeKey = (gap.benchmark, gap.period, gap.flow, "World", None)
    if gap.benchmark == gap.subject:
        return None if own == overall else (own, (overall,))
    same: TradeKey = (gap.benchmark, gap.period, gap.flow, gap.partner, gap.segment)
    return own, tuple(dict.fromkeys((same, overall)))


class GapVsBenchmark(Check):
    """A growth gap against the two growth rates it compares, when both are stated."""

    name = "gap_vs_benchmark"
    description = "a growth gap against the growth of its own trade and of the benchmark"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``.

        An error when no reading of the benchmark whose growth is stated fits the gap.
        """
        index = context.index(facts)
        growth = Measure.YOY_GROWTH
        for gap in index.of(Measure.GROWTH_GAP):
            sides = gap_sides(gap)
            if sides is None:
                continue
            own_group = index.group(growth, sides[0])
            own_facts = own_group.facts
            own = own_group.combined()
            if own is None:
                continue
            failed, unstated = [], []
            for key in sides[1]:
                bench = index.group(growth, key)
                bench_facts = bench.facts
                other = bench.combined()
                if other is None:
                    unstated.append(key)
                    continue
                computed = arithmetic.growth_gap(own, other)
                if computed.interval.meets(context.interval(gap)):
                    break  # one reading of the benchmark fits
                failed.append((key, other, computed, bench_facts))
            else:
                if not failed:
                    continue
                key, other, computed, bench_facts = failed[0]
                whose = "overall" if key[3:] == ("World", None) else "same trade's"
                message = (
                    f"{gap.describe().split(':')[0]}: growth {own.value:.4g} percent against "
                    f"{gap.benchmark}'s {whose} {other.value:.4g} percent is a gap of "
                    f"{span_words(computed)}, but {gap.figure} is stated"
                )
                involved = (gap, *own_facts, *(f for r in failed for f in r[3]))
                if unstated:  # the reading that may be meant is not stated: cannot tell
                    what = "same trade" if unstated[0][3:] != ("World", None) else "overall trade"
                    yield Finding(
                        self.name,
                        Severity.WARNING,
                        f"{message}; the gap may be over {gap.benchmark}'s {what}, whose "
                        "growth is not stated",
                        involved,
                    )
                else:
                    yield Finding(self.name, Severity.ERROR, message, involved)
