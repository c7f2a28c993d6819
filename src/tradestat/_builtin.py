"""tradestat's own loaders, checks and commands, registered through the plugin hooks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tradestat.hookspecs import hookimpl


@hookimpl
def register_loaders(register: Callable[[Any], None]) -> None:
    """Register the built-in loaders: tidy, Comtrade, article, statistics files, columnar, table."""
    from tradestat.loaders.article import ArticleLoader
    from tradestat.loaders.census import CensusLoader
    from tradestat.loaders.columnar import ColumnarLoader
    from tradestat.loaders.comext import ComextLoader
    from tradestat.loaders.comtrade import ComtradeLoader
    from tradestat.loaders.comtrade_bulk import ComtradeBulkLoader
    from tradestat.loaders.declarative import ColumnsOptionLoader
    from tradestat.loaders.gacc import GaccQueryLoader, GaccTableLoader
    from tradestat.loaders.imf import ImfImtsLoader
    from tradestat.loaders.tidy import TidyCsvLoader, TidyJsonLoader

    register(TidyCsvLoader())
    register(TidyJsonLoader())
    register(ComtradeLoader())
    register(ArticleLoader())
    register(GaccQueryLoader())
    register(GaccTableLoader())
    register(ComtradeBulkLoader())
    register(CensusLoader())
    register(ImfImtsLoader())
    register(ComextLoader())
    register(ColumnarLoader())
    register(ColumnsOptionLoader())


@hookimpl
def register_rate_formats(register: Callable[[Any], None]) -> None:
    """Register the built-in exchange-rate file formats (FRED, ECB, IMF ER, SAFE parity ...)."""
    from tradestat.ratefiles import BUILTIN_FORMATS

    for fmt in BUILTIN_FORMATS:
        register(fmt)


@hookimpl
def register_checks(register: Callable[[Any], None]) -> None:
    """Register the built-in consistency checks."""
    from tradestat.checks import BUILTIN_CHECKS

    for check in BUILTIN_CHECKS:
        register(check())


@hookimpl
def register_commands(register: Callable[[Any], None]) -> None:
    """Register the built-in subcommands of the ``tradestat`` command line."""
    from tradestat.cli import BUILTIN_COMMANDS

    for command in BUILTIN_COMMANDS:
        register(command)
