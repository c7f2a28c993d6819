"""Callbacks a lower layer runs and a higher layer sets, so neither imports the other.

The unit registry meets an unknown currency word and asks for plugins to be loaded (a
plugin may register that currency); the plugin host, above it, says how. The slot lives
here, below both, so importing the plugin host does not import the unit registry (and pint).
:class:`PluginWarning` lives here too, so the command line can show plugin problems without
importing the plugin host (a ``tradestat convert`` needs no plugin unless a word is unknown).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

__all__ = ["PluginWarning", "load_plugins", "set_plugin_loader"]


class PluginWarning(UserWarning):
    """A plugin was skipped, or one of its loaders, sniffs or checks failed."""


PluginWarning.__module__ = "tradestat.plugins"  # its public home, re-exported there

_plugin_loader: list[Callable[[], object]] = []


def set_plugin_loader(loader: Callable[[], object]) -> None:
    """Say how to load plugins (the plugin host calls this when it is imported)."""
    _plugin_loader[:] = [loader]


def load_plugins() -> None:
    """Load plugins: import the plugin host by name if it is not yet imported, then ask it.

    The import is by name, so no module below the plugin layer imports it, and
    ``import tradestat`` stays lazy until a word no built-in table knows is met.
    """
    if not _plugin_loader:
        importlib.import_module("tradestat.plugins")  # its import calls set_plugin_loader
    for loader in list(_plugin_loader):
        loader()
