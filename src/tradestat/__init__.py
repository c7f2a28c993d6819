"""tradestat: foreign-trade statistics as typed, unit-safe data with honest intervals."""

from tradestat._version import __version__
from tradestat.errors import (
    FigureError,
    LoadError,
    MissingFactError,
    ParseError,
    PluginError,
    RateError,
    TradestatError,
    UnitError,
    ValidationError,
)
from tradestat.figures import Amount, Estimate, Figure, Qualifier
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
from tradestat.loaders import (
    Loader,
    LoadResult,
    Location,
    Rejected,
    ResultBuilder,
    Source,
    csv_rows,
)
from tradestat.loading import dump, dumps, get_loader, load
from tradestat.models import Fact, FactSet, Flow, Measure, Provenance, register_measure
from tradestat.money import parse_money
from tradestat.periods import Period
from tradestat.plugins import registry as _plugin_registry
from tradestat.rates import ExchangeRate, RateTable
from tradestat.units import Quantity, register_currency, set_plugin_loader, ureg

set_plugin_loader(_plugin_registry)  # unknown currency words load plugins before failing

__all__ = [
    "__version__",
    # errors
    "TradestatError",
    "ParseError",
    "UnitError",
    "FigureError",
    "ValidationError",
    "RateError",
    "LoadError",
    "PluginError",
    "MissingFactError",
    # units and figures
    "ureg",
    "Quantity",
    "register_currency",
    "parse_money",
    "Qualifier",
    "Figure",
    "Estimate",
    "Amount",
    "Interval",
    # models
    "Period",
    "Flow",
    "Measure",
    "register_measure",
    "Provenance",
    "Fact",
    "FactSet",
    # rates and growth
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
    # loading and plugins
    "load",
    "dump",
    "dumps",
    "get_loader",
    "hookimpl",
    "Loader",
    "LoadResult",
    "Location",
    "Rejected",
    "ResultBuilder",
    "Source",
    "csv_rows",
]
