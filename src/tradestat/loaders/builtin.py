"""The built-in loaders, registered through the same hook as any plugin's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tradestat.hookspecs import hookimpl
from tradestat.loaders.article import ArticleLoader
from tradestat.loaders.comtrade import ComtradeLoader
from tradestat.loaders.tidy import TidyCsvLoader, TidyJsonLoader


@hookimpl
def register_loaders(register: Callable[[Any], None]) -> None:
    """Register tidy-csv, tidy-json, comtrade and article."""
    register(TidyCsvLoader())
    register(TidyJsonLoader())
    register(ComtradeLoader())
    register(ArticleLoader())
