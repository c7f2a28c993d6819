"""Paired currency statements of one amount imply a rate; compare it with the rate table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import attrs

from tradestat.checks._groups import FactIndex, currency
from tradestat.checks.rule import Check, CheckContext, Finding, Severity
from tradestat.errors import TradestatError
from tradestat.models import Fact, FactSet, Measure
from tradestat.rates import ExchangeRate, RateBasis, cited

__all__ = ["ImpliedRate", "implied_rates"]


def implied_rates(
    facts: FactSet, context: CheckContext
) -> Iterator[tuple[ExchangeRate, Fact, Fact]]:
    """Rates implied by value statements of the same trade in two currencies.

    Yields (rate, the fact in the quote currency, the fact in the base currency).
    """
    index = context.index(facts)
    groups = _paired(index)
    if groups is None:
        by_key: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
        money = index.measure_ids(Measure.VALUE, Measure.GDP)
        for f in facts:
            if id(f.measure) in money and currency(f) is not None:
                by_key[f.key].append(f)
        groups = list(by_key.values())
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if currency(a) == currency(b):
                    continue
                try:
                    rate = ExchangeRate.implied(context.estimate(a), context.estimate(b), a.period)
                except TradestatError:
                    continue
                # quote the pair the way markets do: one unit of the stronger currency
                if rate.value < 1:
                    rate, a, b = rate.inverse(), b, a
                yield attrs.evolve(rate, basis=RateBasis.IMPLIED), a, b


def _paired(index: FactIndex) -> list[list[Fact]] | None:
    """The value statements of each trade stated in two or more currencies, in order.

    What grouping the money facts by key and currency-less facts out gives, less the
    groups in one currency (they pair nothing), read off the index's trade groups instead
    of hashing every fact's key again. That holds when the money facts are exactly the
    index's value facts (no GDP, no other object equal to ``Measure.VALUE``) and every
    trade of two or more statements has one benchmark and no currency-less statement (so
    its key group is its trade group, first stated where its trade is). None otherwise:
    the caller groups the facts itself.
    """
    if index.of(Measure.GDP) or any(
        m is not Measure.VALUE for m in index.measures_named(Measure.VALUE.name)
    ):
        return None
    paired = []
    for trade in index.by_trade(Measure.VALUE).values():
        group = trade.facts
        if len(group) < 2:
            continue
        codes = trade.currencies()
        if None in codes or len({f.benchmark for f in group}) > 1:
            return None
        if len(codes) > 1:
            paired.append(group)
    return paired


class ImpliedRate(Check):
    """Compares the rate two statements of one amount imply with the table's rate."""

    name = "implied_rate"
    description = "paired currency statements imply a rate; compared with the rate table"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        for rate, a, b in implied_rates(facts, context):
            said = f"{a.figure} and {b.figure} for {a.subject} {a.period}"
            implied = f"{rate.base}/{rate.quote} {rate.value:.5g} {rate.rate.interval}"
            table = None
            if context.rates is not None:
                try:
                    table = context.rates.lookup(rate.base, rate.quote, a.period)
                except TradestatError:
                    table = None
            if table is None:
                yield Finding(self.name, Severity.INFO, f"{said} imply {implied}", (a, b))
                continue
            gap = abs(rate.value - table.value) / table.value
            against = f"the table's {cited(table)}"
            if rate.rate.interval.meets(table.rate.interval) or gap <= context.rate_tolerance:
                yield Finding(
                    self.name,
                    Severity.INFO,
                    f"{said} imply {implied}, {gap:.1%} from {against}",
                    (a, b),
                )
            elif gap > context.rate_impossible:
                yield Finding(
                    self.name,
                    Severity.ERROR,
                    f"{said} imply {implied}, {gap:.1%} from {against}: no conversion at "
                    f"that period's rate gives both figures (more than "
                    f"{context.rate_impossible:.0%} off); one of them is wrong",
                    (a, b),
                )
            else:
                yield Finding(
                    self.name,
                    Severity.WARNING,
                    f"{said} imply {implied}, {gap:.1%} from {against}; more than the "
                    f"{context.rate_tolerance:.1%} tolerance (a stale or wrong conversion?)",
                    (a, b),
                )
