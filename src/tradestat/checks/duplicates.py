"""The same fact stated twice, in one source or across sources, with incompatible values."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from tradestat.checks._groups import currency
from tradestat.checks.rule import Check, CheckContext, Finding, Severity
from tradestat.models import Fact, FactSet

__all__ = ["Duplicates"]


def _where(f: Fact) -> str:
    source = f.provenance.source or "?"
    return f'{source}: "{f.provenance.quote}"' if f.provenance.quote else source


class Duplicates(Check):
    """Statements of one fact whose intervals do not meet."""

    name = "duplicates"
    description = "the same fact stated twice with different values"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        groups: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
        for f in facts:
            if f.provenance.derived_by is None:  # the key is (*f.key, currency(f)), inlined
                key = (
                    f.subject,
                    f.period,
                    f.flow,
                    f.partner,
                    f.segment,
                    f.measure.name,
                    f.benchmark,
                    currency(f),
                )
                groups[key].append(f)
        for group in groups.values():
            for a, b in itertools.combinations(group, 2):
                ea = context.estimate(a)
                eb = context.estimate(b).to(ea.unit)
                if not ea.interval.meets(eb.interval):
                    yield Finding(
                        self.name,
                        Severity.ERROR,
                        f"{a.describe()} is stated as {a.figure} ({_where(a)}) and as "
                        f"{b.figure} ({_where(b)}); both cannot be true",
                        (a, b),
                    )
