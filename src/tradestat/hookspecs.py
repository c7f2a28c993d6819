"""Every plugin hook of tradestat, in one place.

A plugin is a module or object with functions marked ``@tradestat.hookimpl`` and named as
the hooks below; it is found through the ``tradestat`` entry-point group. Each hook hands the
plugin a ``register`` callback to call once per thing it provides, so one plugin can provide
many things and new keyword arguments can be added later without breaking plugins. The
built-in loaders, checks and commands register through these same hooks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

__all__ = [
    "hookspec",
    "hookimpl",
    "register_currencies",
    "register_measures",
    "register_loaders",
    "register_rate_formats",
    "register_checks",
    "register_commands",
]

hookspec = pluggy.HookspecMarker("tradestat")
hookimpl = pluggy.HookimplMarker("tradestat")


@hookspec
def register_currencies(register: Callable[..., Any]) -> None:
    """Call ``register(code, name, aliases=(), symbols=())`` for each currency to add."""


@hookspec
def register_measures(register: Callable[[Any], None]) -> None:
    """Call ``register(measure)`` with a :class:`tradestat.Measure` for each new measure."""


@hookspec
def register_loaders(register: Callable[[Any], None]) -> None:
    """Call ``register(loader)`` with an instance of each :class:`tradestat.loaders.Loader`."""


@hookspec
def register_rate_formats(register: Callable[[Any], None]) -> None:
    """Call ``register(fmt)`` with a :class:`tradestat.ratefiles.RateFormat` per rate file."""


@hookspec
def register_checks(register: Callable[[Any], None]) -> None:
    """Call ``register(check)`` with an instance of each :class:`tradestat.checks.Check`."""


@hookspec
def register_commands(register: Callable[[Any], None]) -> None:
    """Call ``register(command)`` with a :class:`tradestat.plugins.Command` per subcommand."""
