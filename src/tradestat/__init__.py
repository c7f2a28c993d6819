"""tradestat: foreign-trade statistics as typed, unit-safe data with honest intervals.

This module is the public API; ``docs/api.md`` lists and explains every name in
``__all__``. Everything else lives in its module (``tradestat.units``, ``tradestat.loaders``,
``tradestat.checks`` ...) for the few who need more.
"""

from tradestat import datasets, errors
from tradestat import plugins as _plugins  # noqa: F401  (the host: unknown currencies load plugins)
from tradestat._version import __version__
from tradestat.checks import Finding, Severity, check
from tradestat.derivation import derive
from tradestat.errors import TradestatError
from tradestat.extraction import extract
from tradestat.figures import Estimate, Figure, Qualifier
from tradestat.growth import (
    apply_growth,
    base_value,
    benchmark_growth,
    cagr,
    contribution,
    growth_gap,
    monthly_to_ytd,
    part_from_share,
    restate_growth,
    share,
    whole_from_share,
    yoy_growth,
    ytd_to_monthly,
)
from tradestat.hookspecs import hookimpl
from tradestat.intervals import Interval
from tradestat.loaders import dump, load
from tradestat.models import Fact, FactSet, Flow, Measure, Provenance
from tradestat.money import parse_money
from tradestat.periods import Period
from tradestat.rates import ExchangeRate, RateTable
from tradestat.units import Quantity, ureg

__all__ = [
    "__version__",
    # stated figures and units
    "parse_money",
    "Figure",
    "Estimate",
    "Qualifier",
    "Interval",
    "ureg",
    "Quantity",
    # facts
    "Period",
    "Flow",
    "Measure",
    "Provenance",
    "Fact",
    "FactSet",
    # rates and growth arithmetic
    "ExchangeRate",
    "RateTable",
    "yoy_growth",
    "base_value",
    "apply_growth",
    "growth_gap",
    "benchmark_growth",
    "share",
    "part_from_share",
    "whole_from_share",
    "contribution",
    "cagr",
    "ytd_to_monthly",
    "monthly_to_ytd",
    "restate_growth",
    # sources, extraction, checks
    "load",
    "dump",
    "extract",
    "check",
    "derive",
    "Finding",
    "Severity",
    # data, errors and plugins
    "datasets",
    "errors",
    "TradestatError",
    "hookimpl",
]
