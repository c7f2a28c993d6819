"""Consistency checks and derivations over facts, rounding-aware; see docs/checks.md."""

from tradestat.checks.base import Check, CheckContext, Derived, Finding, Severity
from tradestat.checks.derive import derive
from tradestat.checks.duplicates import Duplicates
from tradestat.checks.growth import GapVsBenchmark, GrowthVsPrevious
from tradestat.checks.parts import PartsWithinWhole
from tradestat.checks.rates import ImpliedRate
from tradestat.checks.shares import SharesAddUp, ShareVsComponent

__all__ = [
    "BUILTIN_CHECKS",
    "Check",
    "CheckContext",
    "Derived",
    "Duplicates",
    "Finding",
    "GapVsBenchmark",
    "GrowthVsPrevious",
    "ImpliedRate",
    "PartsWithinWhole",
    "Severity",
    "ShareVsComponent",
    "SharesAddUp",
    "derive",
]

#: The checks tradestat registers through its own ``register_checks`` hook.
BUILTIN_CHECKS = (
    ImpliedRate,
    PartsWithinWhole,
    ShareVsComponent,
    SharesAddUp,
    GrowthVsPrevious,
    GapVsBenchmark,
    Duplicates,
)
