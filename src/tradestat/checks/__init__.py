"""Consistency checks over facts, rounding-aware: ``check`` and the rule framework.

Every rule is a :class:`Check` registered through the ``register_checks`` hook; the
built-in ones below register the same way (see docs/checks.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from tradestat.checks._groups import SupportsFactSet, facts_of, paused_gc
from tradestat.checks.duplicates import Duplicates
from tradestat.checks.growth_rules import GapVsBenchmark, GrowthVsPrevious
from tradestat.checks.implied_rate import ImpliedRate
from tradestat.checks.mirror import MirrorGap
from tradestat.checks.parts import PartsWithinWhole
from tradestat.checks.rule import Check, CheckContext, Derived, Finding, Severity
from tradestat.checks.shares import SharesAddUp, ShareVsComponent
from tradestat.models import Fact
from tradestat.rates import RateTable

__all__ = [
    "BUILTIN_CHECKS",
    "Check",
    "CheckContext",
    "Derived",
    "Finding",
    "Severity",
    "check",
    "pointed",
]

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
    facts: Iterable[Fact] | SupportsFactSet,
    rates: RateTable | None = None,
    rate_tolerance: float = 0.02,
    about_slack: float = 0.0,
    rules: Iterable[str] | None = None,
    rate_impossible: float = 0.25,
    extracted: bool | Callable[[Fact], bool] = False,
) -> list[Finding]:
    """Run the registered checks (all, or those named in ``rules``); errors first.

    ``facts`` is a :class:`FactSet`, any iterable of facts, or an object with a
    ``to_factset()`` method (a columnar ``FactTable``). The facts are grouped by measure,
    trade and currency once per run (:meth:`CheckContext.index`) and every rule looks its
    counterparts up there, so a run takes time linear in the facts (Python's cyclic
    garbage collector is paused meanwhile, see :func:`~tradestat.checks._groups.paused_gc`).
    ``rate_impossible``: an implied rate further than this from the table's is an error.
    ``extracted`` says which facts the extractor read from text (True: all of them); an
    error or warning involving one quotes every sentence involved (see :func:`pointed`).
    A plugin's check that raises is reported as a warning finding naming it and the other
    checks still run; a built-in check that raises is a bug and propagates.
    """
    from tradestat.plugins import host

    fact_set = facts_of(facts)
    context = CheckContext(
        rates=rates,
        rate_tolerance=rate_tolerance,
        about_slack=about_slack,
        rate_impossible=rate_impossible,
    )
    registered = host().checks
    wanted = list(registered) if rules is None else list(rules)
    findings: list[Finding] = []
    with paused_gc():
        for name in wanted:
            entry = registered.get(name)
            if entry is None:
                findings.append(Finding(name, Severity.WARNING, f"no check named {name!r}"))
                continue
            findings.extend(host().run_check(entry, fact_set, context))
    if extracted is not False:
        test = (lambda _: True) if extracted is True else extracted
        findings = [pointed(f, test) for f in findings]
    return sorted(findings, key=lambda f: _ORDER[f.severity])


def pointed(finding: Finding, extracted: Callable[[Fact], bool]) -> Finding:
    """An error or warning over extracted facts, naming the sentences it rests on.

    Extraction can misread a figure's period, partner or segment; a conflict between
    extracted facts may be the extractor's, not the source's, so the finding quotes every
    sentence involved with its place and says so.
    """
    if finding.severity is Severity.INFO or not any(map(extracted, finding.facts)):
        return finding
    places: dict[tuple[object, ...], str] = {}
    for f in finding.facts:
        span = f.provenance.span
        key = (f.provenance.source, span, f.provenance.quote)
        if key in places or f.provenance.quote is None:
            continue
        where = f"{f.provenance.source or '?'}"
        if span is not None:
            where += f" chars {span[0]}-{span[1]}"
        places[key] = f'"{" ".join(f.provenance.quote.split())}" ({where})'
    said = "; ".join(places.values())
    return attrs.evolve(
        finding,
        message=f"{finding.message}. Read from {said}: the conflict may come from "
        "extraction, not the source",
        from_extraction=True,
    )
