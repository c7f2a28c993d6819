"""``check`` and ``derive``: run every registered check over facts, and what they imply."""

from __future__ import annotations

from collections.abc import Iterable

from tradestat.checks.base import CheckContext, Derived, Finding, Severity
from tradestat.checks.derive import derive as _derive
from tradestat.models import Fact, FactSet
from tradestat.plugins import checks as registered_checks
from tradestat.rates import RateTable

__all__ = ["check", "derive"]

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def check(
    facts: Iterable[Fact],
    rates: RateTable | None = None,
    rate_tolerance: float = 0.02,
    about_slack: float = 0.0,
    rules: Iterable[str] | None = None,
) -> list[Finding]:
    """Run the registered checks (all, or those named in ``rules``); errors first.

    A check that raises is reported as a warning finding naming it; the others still run.
    """
    fact_set = facts if isinstance(facts, FactSet) else FactSet(facts)
    context = CheckContext(rates=rates, rate_tolerance=rate_tolerance, about_slack=about_slack)
    available = registered_checks()
    wanted = list(available) if rules is None else list(rules)
    findings: list[Finding] = []
    for name in wanted:
        rule = available.get(name)
        if rule is None:
            findings.append(Finding(name, Severity.WARNING, f"no check named {name!r}"))
            continue
        try:
            findings.extend(rule(fact_set, context))
        except Exception as exc:  # a plugin's check may raise anything; report, go on
            findings.append(
                Finding(
                    name, Severity.WARNING, f"check {name!r} failed: {type(exc).__name__}: {exc}"
                )
            )
    return sorted(findings, key=lambda f: _ORDER[f.severity])


def derive(
    facts: Iterable[Fact], rates: RateTable | None = None, about_slack: float = 0.0
) -> list[Derived]:
    """Every fact the statements imply, with intervals and provenance."""
    fact_set = facts if isinstance(facts, FactSet) else FactSet(facts)
    return _derive(fact_set, CheckContext(rates=rates, about_slack=about_slack))
