"""A consistency check of the customs-table plugin: exports and imports add up to the total.

Customs tables state all three flows; with rounding, exports + imports must still meet the
stated total (and exports - imports the stated balance). The check works on any facts,
not only on customs tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from tradestat import Estimate, FactSet, Flow
from tradestat.checks import Check, CheckContext, Finding, Severity
from tradestat.units import currency_of


class FlowsAddUp(Check):
    """Exports plus imports must meet the total; exports minus imports the balance."""

    name = "flows_add_up"
    description = "exports + imports against the stated total (and balance)"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        groups: dict[tuple[object, ...], dict[Flow, list[Estimate]]] = defaultdict(
            lambda: defaultdict(list)
        )
        stated = defaultdict(list)
        for f in facts.filter(measure="value"):
            key = (f.subject, f.period, f.partner, f.segment, currency_of(f.figure.unit))
            if f.flow is not None:
                groups[key][f.flow].append(f.estimate(context.about_slack))
                stated[key].append(f)
        for key, flows in groups.items():
            if not (flows[Flow.EXPORTS] and flows[Flow.IMPORTS]):
                continue
            exports, imports = (
                flows[Flow.EXPORTS][0],
                flows[Flow.IMPORTS][0].to(flows[Flow.EXPORTS][0].unit),
            )
            for flow, computed, sign in (
                (Flow.TOTAL, exports + imports, "+"),
                (Flow.BALANCE, exports - imports, "-"),
            ):
                for said in flows[flow]:
                    said = said.to(computed.unit)
                    if not computed.interval.meets(said.interval):
                        yield Finding(
                            self.name,
                            Severity.ERROR,
                            f"{key[0]} {key[1]}: exports {sign} imports = "
                            f"{computed.low:.6g}-{computed.high:.6g} {computed.unit_string}, "
                            f"but the {flow} is stated as {said.value:.6g}",
                            tuple(stated[key]),
                        )
