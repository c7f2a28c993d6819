"""tradestat plugin: the customs-table loader, the Kazakh tenge and a flows check.

tradestat finds this module through the entry point in ``pyproject.toml`` and calls the
functions marked ``@tradestat.hookimpl`` below, each with a ``register`` callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import tradestat
from tradestat_customs_table.checks import FlowsAddUp
from tradestat_customs_table.loader import CustomsTableLoader

__all__ = [
    "CustomsTableLoader",
    "FlowsAddUp",
    "register_checks",
    "register_currencies",
    "register_loaders",
]


@tradestat.hookimpl
def register_loaders(register: Callable[[Any], None]) -> None:
    """Provide the customs-table loader."""
    register(CustomsTableLoader())


@tradestat.hookimpl
def register_currencies(register: Callable[..., Any]) -> None:
    """Provide the Kazakh tenge, so tables and texts may state amounts in it."""
    register("KZT", "Kazakh tenge", aliases=["tenge", "坚戈"], symbols=["₸"])


@tradestat.hookimpl
def register_checks(register: Callable[[Any], None]) -> None:
    """Provide the check that exports and imports add up to the total."""
    register(FlowsAddUp())
