"""Growth against the same trade a year earlier, and growth gaps against the benchmark."""

from __future__ import annotations

from collections.abc import Iterator

from tradestat import growth as arithmetic
from tradestat.checks._groups import combined, currency, span_words
from tradestat.checks.rule import Check, CheckContext, Finding, Severity
from tradestat.errors import TradestatError
from tradestat.models import Fact, FactSet, Measure

__all__ = ["GrowthVsPrevious", "GapVsBenchmark", "growth_of"]


def _values(facts: FactSet, like: Fact, period: object) -> list[Fact]:
    return [
        f
        for f in facts
        if f.measure is Measure.VALUE
        and f.period == period
        and (f.subject, f.flow, f.partner, f.segment)
        == (like.subject, like.flow, like.partner, like.segment)
    ]


class GrowthVsPrevious(Check):
    """A stated growth rate against the values stated for both years."""

    name = "growth_vs_previous"
    description = "growth against the same trade a year earlier, when both values are stated"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        for g in facts.filter(measure="yoy_growth"):
            now = _values(facts, g, g.period)
            before = _values(facts, g, g.period.previous_year())
            for code in {currency(f) for f in now} & {currency(f) for f in before}:
                current = combined([f for f in now if currency(f) == code], context.about_slack)
                previous = combined([f for f in before if currency(f) == code], context.about_slack)
                if current is None or previous is None:
                    continue
                try:
                    computed = arithmetic.yoy_growth(current, previous)
                except TradestatError:
                    continue
                if not computed.interval.meets(g.interval):
                    yield Finding(
                        self.name,
                        Severity.ERROR,
                        f"{g.subject} {g.period} {current.value:.6g} against {previous.value:.6g} "
                        f"{previous.unit_string} a year earlier is growth of "
                        f"{span_words(computed)}, but {g.figure} is stated",
                        (g, *now, *before),
                    )


def growth_of(facts: FactSet, subject: str, like: Fact) -> list[Fact]:
    """Stated year-on-year growth of ``subject``'s whole trade in ``like``'s period and flow."""
    return [
        f
        for f in facts
        if f.measure is Measure.YOY_GROWTH
        and f.subject == subject
        and f.period == like.period
        and f.flow == like.flow
        and f.partner == "World"
        and f.segment is None
    ]


class GapVsBenchmark(Check):
    """A growth gap against the two growth rates it compares, when both are stated."""

    name = "gap_vs_benchmark"
    description = "a growth gap against the benchmark's growth"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        for gap in facts.filter(measure="growth_gap"):
            if gap.benchmark is None:
                continue
            own = combined(growth_of(facts, gap.subject, gap), context.about_slack)
            other = combined(growth_of(facts, gap.benchmark, gap), context.about_slack)
            if own is None or other is None:
                continue
            computed = arithmetic.growth_gap(own, other)
            if not computed.interval.meets(gap.interval):
                yield Finding(
                    self.name,
                    Severity.ERROR,
                    f"{gap.subject} growth {own.value:.4g} percent against {gap.benchmark}'s "
                    f"{other.value:.4g} percent is a gap of {span_words(computed)}, but "
                    f"{gap.figure} is stated",
                    (
                        gap,
                        *growth_of(facts, gap.subject, gap),
                        *growth_of(facts, gap.benchmark, gap),
                    ),
                )
