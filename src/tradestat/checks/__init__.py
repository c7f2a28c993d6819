"""Consistency checks over facts, rounding-aware: ``check`` and the rule framework.

Every rule is a :class:`Check` registered through the ``register_checks`` hook; the
built-in ones below register the same way (see docs/checks.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from tradestat.checks.duplicates import Duplicates
from tradestat.checks.growth_rules import GapVsBenchmark, GrowthVsPrevious
from tradestat.checks.implied_rate import ImpliedRate
from tradestat.checks.mirror import MirrorGap
from tradestat.checks.parts import PartsWithinWhole
from tradestat.checks.rule import Check, CheckContext, Derived, Finding, Severity
from tradestat.checks.shares import SharesAddUp, ShareVsComponent
from tradestat.models import Fact, FactSet
from tradestat.rates import RateTable

__all__ = ["BUILTIN_CHECKS", "Check", "CheckContext", "Derived", "Finding", "Severity", "check"]

#: The checks tradestat registers through its own ``register_checks`` hook.
BUILTIN_CHECKS: tuple[type[Check], ...] = (
    ImpliedRate,
    PartsWithinWhole,
    ShareVsComponent,
    SharesAddUp,
    GrowthVsPrevious,
    GapVsBenchmark,
    Duplicates,
    MirrorGap,
)

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def check(
    facts: Iterable[Fact],
    rates: RateTable | None = None,
    rate_tolerance: float = 0.02,
    about_slack: float = 0.0,
    rules: Iterable[str] | None = None,
) -> list[Finding]:
    """Run the registered checks (all, or those named in ``rules``); errors first.

    A plugin's check that raises is reported as a warning finding naming it and the other
    checks still run; a built-in check that raises is a bug and propagates.
    """
    from tradestat.plugins import host

    fact_set = facts if isinstance(facts, FactSet) else FactSet(facts)
    context = CheckContext(rates=rates, rate_tolerance=rate_tolerance, about_slack=about_slack)
    registered = host().checks
    wanted = list(registered) if rules is None else list(rules)
    findings: list[Finding] = []
    for name in wanted:
        entry = registered.get(name)
        if entry is None:
            findings.append(Finding(name, Severity.WARNING, f"no check named {name!r}"))
            continue
        findings.extend(host().run_check(entry, fact_set, context))
    return sorted(findings, key=lambda f: _ORDER[f.severity])
