"""tradestat: foreign-trade statistics as typed, unit-safe data with honest intervals.

This module is the public API; ``docs/api.md`` lists and explains every name in
``__all__``. Everything else lives in its module (``tradestat.units``, ``tradestat.loaders``,
``tradestat.checks`` ...) for the few who need more.

The names are imported when first used (PEP 562), so ``import tradestat`` is cheap: it
loads neither pint nor the loaders nor the plugins until a name needs them.
"""

from __future__ import annotations

import importlib

from tradestat._version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from tradestat import datasets, errors
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
    from tradestat.table import FactTable, load_table
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
    "FactTable",
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
    "load_table",
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

#: Where each public name lives; a module in ``__all__`` maps to itself.
_HOMES = {
    "parse_money": "money",
    "Figure": "figures",
    "Estimate": "figures",
    "Qualifier": "figures",
    "Interval": "intervals",
    "ureg": "units",
    "Quantity": "units",
    "Period": "periods",
    "Flow": "models",
    "Measure": "models",
    "Provenance": "models",
    "Fact": "models",
    "FactSet": "models",
    "ExchangeRate": "rates",
    "RateTable": "rates",
    "load": "loaders",
    "FactTable": "table",
    "load_table": "table",
    "dump": "loaders",
    "extract": "extraction",
    "check": "checks",
    "Finding": "checks",
    "Severity": "checks",
    "derive": "derivation",
    "TradestatError": "errors",
    "hookimpl": "hookspecs",
    **dict.fromkeys(
        (
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
        ),
        "growth",
    ),
}


def __getattr__(name: str) -> Any:
    """A public name (imported on first use, then kept) or a submodule (``tradestat.units``)."""
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(f"tradestat.{home}"), name)
    elif name.isidentifier() and not name.startswith("__"):
        try:
            value = importlib.import_module(f"tradestat.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"tradestat.{name}":
                raise
            raise AttributeError(f"module 'tradestat' has no attribute {name!r}") from None
    else:
        raise AttributeError(f"module 'tradestat' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
