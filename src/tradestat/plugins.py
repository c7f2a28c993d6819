"""Finding and loading plugins: built-ins and the ``tradestat`` entry-point group.

Plugins load lazily, once, on first use. Each entry point is imported and registered in its
own ``try``, and each plugin's hooks are called one plugin at a time, so a plugin that fails
to import, raises in a hook or registers something invalid is reported (a
:class:`PluginWarning` naming it and the reason), skipped, and listed as failed, while every
other plugin works. ``TRADESTAT_LOAD_PLUGINS`` (comma-separated entry-point names) limits
which installed plugins load; set it empty to load none.
"""

from __future__ import annotations

import importlib.metadata
import os
import warnings
from collections.abc import Callable
from typing import Any

import attrs
import pluggy

from tradestat import hookspecs
from tradestat.errors import PluginError
from tradestat.loaders.base import Loader
from tradestat.units import register_currency

__all__ = [
    "ENTRY_POINT_GROUP",
    "PluginInfo",
    "PluginWarning",
    "Registry",
    "registry",
    "reset",
    "loaders",
    "checks",
    "plugin_infos",
    "add_plugin",
    "remove_plugin",
    "in_process_plugins",
]

#: The entry-point group plugins declare in their ``pyproject.toml``.
ENTRY_POINT_GROUP = "tradestat"
BUILTIN = "tradestat.builtin"


class PluginWarning(UserWarning):
    """A plugin was skipped because it failed."""


@attrs.define
class PluginInfo:
    """One plugin as ``tradestat plugins`` lists it."""

    name: str
    version: str | None
    builtin: bool = False
    loaders: list[str] = attrs.field(factory=list)
    currencies: list[str] = attrs.field(factory=list)
    checks: list[str] = attrs.field(factory=list)
    status: str = "ok"
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return attrs.asdict(self)


@attrs.define
class Registry:
    """What the loaded plugins provide."""

    manager: pluggy.PluginManager
    infos: dict[str, PluginInfo] = attrs.field(factory=dict)
    loaders: dict[str, Loader] = attrs.field(factory=dict)
    checks: dict[str, Any] = attrs.field(factory=dict)


_REGISTRY: Registry | None = None


def registry() -> Registry:
    """The plugin registry, loading plugins the first time it is asked for."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _load()
    return _REGISTRY


def reset() -> None:
    """Forget loaded plugins, so the next use loads them again (for tests)."""
    global _REGISTRY
    _REGISTRY = None


def loaders() -> dict[str, Loader]:
    """Every loader by name."""
    return dict(registry().loaders)


def checks() -> dict[str, Any]:
    """Every registered check by name."""
    return dict(registry().checks)


def plugin_infos() -> list[PluginInfo]:
    """Every plugin, built-in first, with what it provides and whether it failed."""
    return list(registry().infos.values())


def _fail(reg: Registry, name: str, reason: str) -> None:
    """Mark a plugin failed, withdraw what it registered, and warn."""
    info = reg.infos.setdefault(name, PluginInfo(name, None))
    info.status = "failed"
    info.error = reason
    for loader in info.loaders:
        reg.loaders.pop(loader, None)
    for check in info.checks:
        reg.checks.pop(check, None)
    info.loaders.clear()
    info.checks.clear()
    warnings.warn(f"tradestat plugin {name!r} skipped: {reason}", PluginWarning, stacklevel=4)


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    found = list(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP))
    wanted = os.environ.get("TRADESTAT_LOAD_PLUGINS")
    if wanted is None:
        return found
    names = {n.strip() for n in wanted.split(",") if n.strip()}
    return [ep for ep in found if ep.name in names]


def _load() -> Registry:
    from tradestat import builtin

    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    reg = Registry(manager)
    manager.register(builtin, name=BUILTIN)
    reg.infos[BUILTIN] = PluginInfo(BUILTIN, _own_version(), builtin=True)
    sources: list[tuple[str, str | None, Callable[[], object]]] = [
        (ep.name, ep.dist.version if ep.dist is not None else None, ep.load)
        for ep in _entry_points()
    ]
    sources += [(name, None, _constant(plugin)) for name, plugin in _IN_PROCESS.items()]
    for name, version, get in sources:
        reg.infos[name] = PluginInfo(name, version)
        try:
            manager.register(get(), name=name)
        except Exception as exc:  # a plugin's import may raise anything
            _fail(reg, name, f"failed to load: {type(exc).__name__}: {exc}")
    for hook_name in ("register_currencies", "register_loaders", "register_checks"):
        caller = getattr(manager.hook, hook_name)
        for impl in caller.get_hookimpls():  # registration order: built-ins first
            name = impl.plugin_name
            if reg.infos.get(name, PluginInfo(name, None)).status == "failed":
                continue
            try:
                impl.function(register=_register_function(reg, hook_name, name))
            except Exception as exc:  # a plugin's hook may raise anything
                _fail(reg, name, f"{hook_name} raised {type(exc).__name__}: {exc}")
    return reg


def _constant(plugin: object) -> Callable[[], object]:
    return lambda: plugin


def _own_version() -> str:
    from tradestat._version import __version__

    return __version__


def _register_function(reg: Registry, hook_name: str, plugin: str) -> Callable[..., Any]:
    info = reg.infos.setdefault(plugin, PluginInfo(plugin, None))

    def add_loader(loader: object) -> None:
        if not isinstance(loader, Loader):
            raise PluginError(f"registered {loader!r}, which is not a tradestat Loader")
        name = getattr(loader, "name", None)
        if not isinstance(name, str) or not name:
            raise PluginError(f"registered a loader without a name: {loader!r}")
        if name in reg.loaders:
            owner = next(i.name for i in reg.infos.values() if name in i.loaders)
            raise PluginError(f"loader name {name!r} is already registered by {owner}")
        reg.loaders[name] = loader
        info.loaders.append(name)

    def add_currency(code: str, name: str, aliases: Any = (), symbols: Any = ()) -> Any:
        currency = register_currency(code, name, aliases, symbols)
        info.currencies.append(currency.code)
        return currency

    def add_check(check: object) -> None:
        name = getattr(check, "name", None)
        if not callable(check) or not isinstance(name, str) or not name:
            raise PluginError(
                f"registered {check!r}, which is not a check (a callable with a name)"
            )
        if name in reg.checks:
            raise PluginError(f"check name {name!r} is already registered")
        reg.checks[name] = check
        info.checks.append(name)

    functions: dict[str, Callable[..., Any]] = {
        "register_loaders": add_loader,
        "register_currencies": add_currency,
        "register_checks": add_check,
    }
    return functions[hook_name]


_IN_PROCESS: dict[str, object] = {}


def add_plugin(plugin: object, name: str) -> None:
    """Register a plugin object in this process (no entry point); takes effect on next use.

    Useful for applications that build their own loaders, and for tests.
    """
    _IN_PROCESS[name] = plugin
    reset()


def in_process_plugins() -> list[str]:
    """Names of the plugins added with :func:`add_plugin`."""
    return list(_IN_PROCESS)


def remove_plugin(name: str) -> None:
    """Withdraw a plugin added with :func:`add_plugin`."""
    _IN_PROCESS.pop(name, None)
    reset()
