"""The plugin host: finds plugins, calls their hooks through pluggy, and owns what they give.

Plugins come from the built-ins (:mod:`tradestat._builtin`), the ``tradestat`` entry-point
group and :func:`add_plugin`, and load lazily, once, on first use. One :class:`PluginHost`
owns the pluggy manager and every loader, check, command, currency and measure registered.
Hooks are called through the manager (``subset_hook_caller``, one plugin at a time, so
pluggy's own call machinery runs), and this is the one place that isolates foreign code:
a plugin that fails to import, implements a hook no spec names, raises anything (bar
Ctrl-C) in a hook, or registers something invalid is reported with a
:class:`PluginWarning`, listed as failed, and everything it registered is withdrawn,
currencies and measures included. Loaders, sniffs and checks of plugins are run through the
host too, so their failures name the plugin; built-in code runs unguarded, so our own bugs
raise. ``TRADESTAT_LOAD_PLUGINS`` (comma-separated entry-point names) limits which
installed plugins load; set it empty to load none.

Hooks are called when first needed: listing the commands (``tradestat --help``) calls
``register_commands`` only, so it imports no loader, check or unit registry (pint);
anything else calls every hook, in :data:`HOOKS` order.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import inspect
import math
import os
import signal
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs
import pluggy

from tradestat import _builtin, hookspecs
from tradestat._callbacks import PluginWarning, set_plugin_loader
from tradestat._command import Command
from tradestat.errors import LoadError, PluginError

if TYPE_CHECKING:  # imported where used: listing commands needs none of them
    from tradestat.checks.rule import Check, CheckContext, Finding
    from tradestat.loaders.base import Loader, LoadResult, Source
    from tradestat.models import FactSet

__all__ = [
    "ENTRY_POINT_GROUP",
    "BUILTIN",
    "Command",
    "PluginInfo",
    "PluginWarning",
    "PluginTimeoutError",
    "TIMEOUT_ENV",
    "PluginHost",
    "host",
    "reset",
    "loaders",
    "checks",
    "commands",
    "plugin_infos",
    "failed_plugins",
    "add_plugin",
    "remove_plugin",
    "in_process_plugins",
]

#: The entry-point group plugins declare in their ``pyproject.toml``.
ENTRY_POINT_GROUP = "tradestat"
#: The name the built-in plugin is registered under.
BUILTIN = "tradestat._builtin"
#: Hooks in the order they are called: what later hooks' objects may need comes first.
HOOKS = (
    "register_currencies",
    "register_measures",
    "register_loaders",
    "register_rate_formats",
    "register_checks",
    "register_commands",
)


@attrs.define
class PluginInfo:
    """One plugin as ``tradestat plugins`` lists it."""

    name: str
    version: str | None
    builtin: bool = False
    #: Where an installed plugin comes from (``module:object`` of its entry point).
    entry_point: str | None = None
    loaders: list[str] = attrs.field(factory=list)
    currencies: list[str] = attrs.field(factory=list)
    measures: list[str] = attrs.field(factory=list)
    checks: list[str] = attrs.field(factory=list)
    commands: list[str] = attrs.field(factory=list)
    rate_formats: list[str] = attrs.field(factory=list)
    status: str = "ok"
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return attrs.asdict(self)


#: Seconds one call into a plugin (import, hook, sniff, load, check) may take; 0: no limit.
TIMEOUT_ENV = "TRADESTAT_PLUGIN_TIMEOUT"
DEFAULT_TIMEOUT = 60.0


class PluginTimeoutError(Exception):
    """A call into a plugin took longer than its time limit."""


def _timeout() -> float:
    raw = os.environ.get(TIMEOUT_ENV, "")
    try:
        return max(float(raw), 0.0) if raw.strip() else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


@contextlib.contextmanager
def _time_limit(what: str) -> Iterator[None]:
    """Interrupt a plugin call that runs past :data:`TIMEOUT_ENV` seconds.

    Works where Python can deliver a timer signal: the main thread of a Unix process, with
    the plugin running Python code. Elsewhere the call runs unlimited (a plugin stuck in
    C code cannot be interrupted this way either).
    """
    seconds = _timeout()
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds <= 0 or not usable:
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise PluginTimeoutError(f"{what} took longer than {seconds:g} s ({TIMEOUT_ENV})")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _reraise_interrupt(exc: BaseException) -> None:
    """Ctrl-C is the user's, never a plugin failure."""
    if isinstance(exc, KeyboardInterrupt):
        raise exc


def _describe(exc: BaseException) -> str:
    """The exception on one line: its type and its message, white space collapsed."""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


@attrs.define
class _Withdrawal:
    """What to undo when a plugin fails: currencies and words it added, measures it added."""

    codes: list[str] = attrs.field(factory=list)
    words: list[str] = attrs.field(factory=list)
    measures: list[str] = attrs.field(factory=list)


class PluginHost:
    """The pluggy manager and everything plugins registered: the one owner of plugin state."""

    def __init__(self) -> None:
        self.manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
        self.manager.add_hookspecs(hookspecs)
        self.infos: dict[str, PluginInfo] = {}
        self.loaders: dict[str, Loader] = {}
        self.checks: dict[str, Check] = {}
        self.commands: dict[str, Command] = {}
        self.rate_formats: dict[str, Any] = {}  # name -> tradestat.ratefiles.RateFormat
        self._undo: dict[str, _Withdrawal] = {}
        self._owner: dict[int, str] = {}
        self._called: set[str] = set()

    # -- loading --------------------------------------------------------------------------

    def load(
        self,
        sources: Iterable[tuple[str, str | None, Callable[[], object]]],
        entry_points: dict[str, str] | None = None,
    ) -> None:
        """Register the built-ins and each plugin from ``sources``, then call every hook.

        ``entry_points`` maps a plugin's name to its entry point (``module:object``), which
        the report of a failure names.
        """
        self.manager.register(_builtin, name=BUILTIN)
        self.infos[BUILTIN] = PluginInfo(BUILTIN, _own_version(), builtin=True)
        for name, version, get in sources:
            origin = (entry_points or {}).get(name)
            self.infos[name] = PluginInfo(name, version, entry_point=origin)
            try:
                with _time_limit(f"importing plugin {name!r}"):
                    plugin = get()
                self.manager.register(plugin, name=name)
            except BaseException as exc:  # a plugin's import may raise anything
                _reraise_interrupt(exc)
                self.fail(name, f"failed to load: {_describe(exc)}")
                continue
            unknown = sorted(
                caller.name
                for caller in self.manager.get_hookcallers(plugin) or []
                if caller.spec is None
            )
            if unknown:
                self.fail(name, f"implements unknown hook(s) {', '.join(unknown)}")

    def ensure(self, hooks: Iterable[str] = HOOKS) -> None:
        """Call each of ``hooks`` not called yet on every plugin, in :data:`HOOKS` order."""
        wanted = set(hooks)
        for hook_name in HOOKS:
            if hook_name not in wanted or hook_name in self._called:
                continue
            self._called.add(hook_name)
            for name in list(self.infos):
                if self.infos[name].status == "ok" and self.manager.get_plugin(name) is not None:
                    self._call(hook_name, name)

    def _call(self, hook_name: str, name: str) -> None:
        """Call one plugin's implementation of one hook, through the manager."""
        plugin = self.manager.get_plugin(name)
        others = [p for p in self.manager.get_plugins() if p is not plugin]
        caller = self.manager.subset_hook_caller(hook_name, remove_plugins=others)
        register = self._registrar(hook_name, name)
        if name == BUILTIN:
            caller(register=register)
            return
        try:
            with _time_limit(hook_name):
                caller(register=register)
        except BaseException as exc:  # a plugin's hook may raise anything
            _reraise_interrupt(exc)
            self.fail(name, f"{hook_name} raised {_describe(exc)}")

    def fail(self, name: str, reason: str) -> None:
        """Mark a plugin failed, withdraw everything it registered, and warn."""
        info = self.infos.setdefault(name, PluginInfo(name, None))
        info.status = "failed"
        info.error = reason
        self.withdraw(name)
        if self.manager.get_plugin(name) is not None:
            self.manager.unregister(name=name)
        origin = f" (entry point {info.entry_point})" if info.entry_point else ""
        warnings.warn(
            f"tradestat plugin {name!r}{origin} skipped: {reason}", PluginWarning, stacklevel=5
        )

    def failed(self) -> list[PluginInfo]:
        """The plugins that were skipped, with the reason of each."""
        return [i for i in self.infos.values() if i.status == "failed"]

    def withdraw(self, name: str) -> None:
        """Remove every loader, check, command, currency and measure the plugin registered."""
        info = self.infos.get(name)
        if info is not None:
            for loader in info.loaders:
                self.loaders.pop(loader, None)
            for check in info.checks:
                self.checks.pop(check, None)
            for command in info.commands:
                self.commands.pop(command, None)
            for fmt in info.rate_formats:
                self.rate_formats.pop(fmt, None)
            for items in (
                info.loaders,
                info.checks,
                info.commands,
                info.currencies,
                info.rate_formats,
            ):
                items.clear()
            info.measures.clear()
        undo = self._undo.pop(name, _Withdrawal())
        if undo.codes or undo.words:
            from tradestat.units import CURRENCIES

            for code in undo.codes:
                CURRENCIES.remove(code)
            CURRENCIES.remove_words(undo.words)
        if undo.measures:
            from tradestat.models import MEASURES

            for measure in undo.measures:
                MEASURES.remove(measure)

    def close(self) -> None:
        """Withdraw what every plugin registered in the shared tables (currencies, measures)."""
        for name in list(self._undo):
            self.withdraw(name)

    def _registrar(self, hook_name: str, plugin: str) -> Callable[..., Any]:
        info = self.infos[plugin]
        undo = self._undo.setdefault(plugin, _Withdrawal())

        def named(kind: str, thing: object, registry: dict[str, Any]) -> str:
            name = getattr(thing, "name", None)
            if not isinstance(name, str) or not name:
                raise PluginError(f"registered a {kind} without a name: {thing!r}")
            if name in registry:
                owner = self._owner.get(id(registry[name]), "another plugin")
                raise PluginError(f"{kind} name {name!r} is already registered by {owner}")
            self._owner[id(thing)] = plugin
            return name

        def add_loader(loader: object) -> None:
            from tradestat.loaders.base import Loader

            if not isinstance(loader, Loader):
                raise PluginError(f"registered {loader!r}, which is not a tradestat Loader")
            self.loaders[named("loader", loader, self.loaders)] = loader
            info.loaders.append(loader.name)

        def add_rate_format(fmt: object) -> None:
            from tradestat.ratefiles import RateFormat

            if not isinstance(fmt, RateFormat):
                raise PluginError(f"registered {fmt!r}, which is not a tradestat RateFormat")
            self.rate_formats[named("rate format", fmt, self.rate_formats)] = fmt
            info.rate_formats.append(fmt.name)

        def add_check(check: object) -> None:
            from tradestat.checks.rule import Check

            if not isinstance(check, Check):
                raise PluginError(
                    f"registered {check!r}, which is not a check (a tradestat.checks.Check)"
                )
            self.checks[named("check", check, self.checks)] = check
            info.checks.append(check.name)

        def add_command(command: object) -> None:
            if not isinstance(command, Command):
                raise PluginError(f"registered {command!r}, which is not a tradestat Command")
            self.commands[named("command", command, self.commands)] = command
            info.commands.append(command.name)

        def add_currency(
            code: str, name: str, aliases: Iterable[str] = (), symbols: Iterable[str] = ()
        ) -> Any:
            from tradestat.units import CURRENCIES

            words = [name, *aliases, *symbols]
            new_words = [w for w in words if isinstance(w, str) and not CURRENCIES.knows(w)]
            is_new = code not in CURRENCIES
            currency = CURRENCIES.add(code, name, aliases, symbols)
            if is_new:
                undo.codes.append(code)
            else:
                undo.words.extend(new_words)
            info.currencies.append(currency.code)
            return currency

        def add_measure(measure: object) -> None:
            from tradestat.models import MEASURES, Measure

            if not isinstance(measure, Measure):
                raise PluginError(f"registered {measure!r}, which is not a tradestat Measure")
            if MEASURES.get(measure.name) is None:
                undo.measures.append(measure.name)
            MEASURES.add(measure)
            info.measures.append(measure.name)

        functions: dict[str, Callable[..., Any]] = {
            "register_loaders": add_loader,
            "register_rate_formats": add_rate_format,
            "register_currencies": add_currency,
            "register_measures": add_measure,
            "register_checks": add_check,
            "register_commands": add_command,
        }
        return functions[hook_name]

    # -- running what plugins registered ------------------------------------------------------

    def owner(self, thing: object) -> str:
        """The plugin that registered a loader, check or command."""
        return self._owner.get(id(thing), "unknown plugin")

    def is_builtin(self, thing: object) -> bool:
        """Whether tradestat itself registered it (its failures are our bugs and raise)."""
        return self.owner(thing) == BUILTIN

    def sniff(self, loader: Loader, source: Source) -> float:
        """The loader's confidence in 0-1; a plugin's failing or odd sniff scores 0."""
        if self.is_builtin(loader):
            return float(loader.sniff(source))
        try:
            with _time_limit("sniff"):
                score = loader.sniff(source)
        except BaseException as exc:  # a plugin's sniff may raise anything
            _reraise_interrupt(exc)
            self._warn(loader, f"sniff raised {_describe(exc)}")
            return 0.0
        if isinstance(score, bool) or not isinstance(score, (int, float)) or math.isnan(score):
            self._warn(loader, f"sniff returned {score!r}, not a number from 0 to 1")
            return 0.0
        return min(max(float(score), 0.0), 1.0)

    def run_loader(self, loader: Loader, source: Source, **options: str) -> LoadResult:
        """Load with ``loader``; a plugin loader's failure is a LoadError naming the plugin.

        ``options`` go to ``loader.load(source, **options)``; a loader whose ``load`` does
        not take them is refused with a :class:`LoadError` naming them.
        """
        from tradestat.loaders.base import LoadResult

        if options:
            _check_options(loader, options, source.name)
        if self.is_builtin(loader):
            return loader.load(source, **options)
        try:
            with _time_limit("load"):
                result = loader.load(source, **options)
        except LoadError:
            raise
        except BaseException as exc:  # a plugin's loader may raise anything; say whose
            _reraise_interrupt(exc)
            raise LoadError(
                f"loader {loader.name!r} of plugin {self.owner(loader)!r} failed: {_describe(exc)}",
                source.name,
            ) from None
        if not isinstance(result, LoadResult):
            raise LoadError(
                f"loader {loader.name!r} of plugin {self.owner(loader)!r} returned "
                f"{type(result).__name__}, not a LoadResult",
                source.name,
            )
        return result

    def run_check(self, check: Check, facts: FactSet, context: CheckContext) -> list[Finding]:
        """Run a check; a plugin check's failure or odd result becomes a warning finding."""
        from tradestat.checks.rule import Finding, Severity

        if self.is_builtin(check):
            return list(check(facts, context))
        name = check.name
        try:
            with _time_limit("the check"):
                found = list(check(facts, context))
        except BaseException as exc:  # a plugin's check may raise anything; report, go on
            _reraise_interrupt(exc)
            return [Finding(name, Severity.WARNING, f"check {name!r} failed: {_describe(exc)}")]
        bad = [f for f in found if not isinstance(f, Finding) or f.severity not in Severity]
        if bad:
            return [
                Finding(
                    name,
                    Severity.WARNING,
                    f"check {name!r} of plugin {self.owner(check)!r} returned {bad[0]!r}, "
                    "not a Finding with a known severity",
                )
            ]
        return found

    def _warn(self, thing: object, what: str) -> None:
        warnings.warn(
            f"tradestat plugin {self.owner(thing)!r}: {what}", PluginWarning, stacklevel=4
        )


def _check_options(loader: Loader, options: dict[str, str], where: str) -> None:
    """Refuse options the loader's ``load`` does not take."""
    try:
        params = inspect.signature(loader.load).parameters
    except (TypeError, ValueError):
        return
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return
    unknown = sorted(k for k in options if k not in params)
    if unknown:
        raise LoadError(f"loader {loader.name!r} takes no option(s) {', '.join(unknown)}", where)


def _own_version() -> str:
    from tradestat._version import __version__

    return __version__


def _constant(plugin: object) -> Callable[[], object]:
    return lambda: plugin


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    found = list(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP))
    wanted = os.environ.get("TRADESTAT_LOAD_PLUGINS")
    if wanted is None:
        return found
    names = {n.strip() for n in wanted.split(",") if n.strip()}
    return [ep for ep in found if ep.name in names]


class _Plugins:
    """The plugin state of the process: the loaded host, and plugins added in-process."""

    def __init__(self) -> None:
        self.host: PluginHost | None = None
        self.in_process: dict[str, object] = {}
        # (threads of one process, a Dask scheduler's, may ask first at the same time: one
        # loads, the others wait; reentrant, as a plugin's hook may look up a currency)
        self.lock = threading.RLock()

    def get(self, hooks: Iterable[str] = HOOKS) -> PluginHost:
        """The host, its plugins registered and ``hooks`` called (all, unless told)."""
        with self.lock:
            host = self.host
            if host is None:
                host = self.host = PluginHost()  # set first: a hook may look up a currency
                found = _entry_points()
                sources = [
                    (ep.name, ep.dist.version if ep.dist is not None else None, ep.load)
                    for ep in found
                ]
                sources += [(name, None, _constant(p)) for name, p in self.in_process.items()]
                host.load(sources, {ep.name: ep.value for ep in found})
            host.ensure(hooks)
            return host

    def reset(self) -> None:
        with self.lock:
            if self.host is not None:
                self.host.close()
            self.host = None


_PLUGINS = _Plugins()
set_plugin_loader(_PLUGINS.get)  # an unknown currency word loads plugins, once


def host() -> PluginHost:
    """The plugin host, loading plugins the first time it is asked for."""
    return _PLUGINS.get()


def reset() -> None:
    """Withdraw what plugins registered and forget them; the next use loads them again."""
    _PLUGINS.reset()


def loaders() -> dict[str, Loader]:
    """Every loader by name."""
    return dict(host().loaders)


def checks() -> dict[str, Check]:
    """Every registered check by name."""
    return dict(host().checks)


def commands() -> dict[str, Command]:
    """Every registered ``tradestat`` subcommand by name (no other hook is called for it)."""
    return dict(_PLUGINS.get(("register_commands",)).commands)


def failed_plugins() -> list[PluginInfo]:
    """The plugins skipped so far; empty when plugins have not been loaded yet."""
    return _PLUGINS.host.failed() if _PLUGINS.host is not None else []


def plugin_infos() -> list[PluginInfo]:
    """Every plugin, built-in first, with what it provides and whether it failed."""
    return list(host().infos.values())


def add_plugin(plugin: object, name: str) -> None:
    """Register a plugin object in this process (no entry point); takes effect on next use.

    Useful for applications that build their own loaders, and for tests.
    """
    _PLUGINS.in_process[name] = plugin
    reset()


def in_process_plugins() -> list[str]:
    """Names of the plugins added with :func:`add_plugin`."""
    return list(_PLUGINS.in_process)


def remove_plugin(name: str) -> None:
    """Withdraw a plugin added with :func:`add_plugin`, and everything it registered."""
    _PLUGINS.in_process.pop(name, None)
    reset()
