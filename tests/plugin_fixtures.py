"""Plugins for tests: in-process ones (broken in every way) and the example package."""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import tradestat
from tradestat.checks import Check, CheckContext, Finding
from tradestat.loaders import Loader, LoadResult, ResultBuilder, Source
from tradestat.models import FactSet, Measure
from tradestat.plugins import Command

ROOT = Path(__file__).parent.parent
EXAMPLE_PLUGIN = ROOT / "examples" / "plugins" / "tradestat-customs-table"


class EchoLoader(Loader):
    """Reads lines 'ECHO <subject>' into nothing: a tiny working plugin loader."""

    name = "echo"
    description = "test loader"
    kinds = ("echo",)

    def sniff(self, source: Source) -> float:
        return 0.5 if source.text.startswith("ECHO") else 0.0

    def load(self, source: Source) -> LoadResult:
        out = ResultBuilder(self.name, source)
        for number, line in enumerate(source.text.splitlines(), start=1):
            if line.startswith("ECHO "):
                out.accept([])
            else:
                out.reject("not an ECHO line", number)
        return out.result()


class GoodPlugin:
    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        register(EchoLoader())


class RaisingPlugin:
    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        raise RuntimeError("boom in a hook")


class NotALoaderPlugin:
    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        register("I am a string, not a loader")


class DuplicateNamePlugin:
    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        register(tradestat.loaders.tidy.TidyCsvLoader())  # type: ignore[attr-defined]


def example_plugin_distribution(tmp: Path) -> Iterator[None]:
    """Make the example plugin discoverable by its entry point, installed or not.

    When ``pip install examples/plugins/tradestat-customs-table`` has been run (as CI does),
    the installed distribution is used. Otherwise a ``.dist-info`` with the same entry point
    is written to a temporary folder on ``sys.path``, so discovery goes through
    ``importlib.metadata`` exactly as for an installed package.
    """
    try:
        importlib.metadata.distribution("tradestat-customs-table")
        yield
        return
    except importlib.metadata.PackageNotFoundError:
        pass
    info = tmp / "tradestat_customs_table-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: tradestat-customs-table\nVersion: 0.1.0\n"
    )
    (info / "entry_points.txt").write_text("[tradestat]\ncustoms_table = tradestat_customs_table\n")
    paths = [str(tmp), str(EXAMPLE_PLUGIN / "src")]
    sys.path[:0] = paths
    importlib.invalidate_caches()
    try:
        yield
    finally:
        for p in paths:
            sys.path.remove(p)
        sys.modules.pop("tradestat_customs_table", None)
        sys.modules.pop("tradestat_customs_table.loader", None)
        importlib.invalidate_caches()


class EverythingThenFails:
    """Registers one of everything, then fails in the last hook called."""

    @tradestat.hookimpl
    def register_currencies(self, register: Callable[..., Any]) -> None:
        register("XTS", "test money", aliases=["testbucks"], symbols=["T$"])

    @tradestat.hookimpl
    def register_measures(self, register: Callable[[Any], None]) -> None:
        register(Measure("container_value", "money", description="test measure"))

    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        register(EchoLoader())

    @tradestat.hookimpl
    def register_checks(self, register: Callable[[Any], None]) -> None:
        register(NeverCheck())

    @tradestat.hookimpl
    def register_commands(self, register: Callable[[Any], None]) -> None:
        register(Command("hello", help="say hello", run=lambda args: 0))
        raise RuntimeError("fails after registering everything")


class NeverCheck(Check):
    name = "never"
    description = "finds nothing"

    def __call__(self, facts: FactSet, context: CheckContext) -> list[Finding]:
        return []


class MisspelledHookPlugin:
    @tradestat.hookimpl
    def register_loader(self, register: Callable[[Any], None]) -> None:  # no such hook
        register(EchoLoader())


class ExitingPlugin:
    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        raise SystemExit(0)


class CommandPlugin:
    @tradestat.hookimpl
    def register_commands(self, register: Callable[[Any], None]) -> None:
        def configure(parser: argparse.ArgumentParser) -> None:
            parser.add_argument("name")

        def run(args: argparse.Namespace) -> int:
            print(f"hello {args.name}")
            return 0

        register(Command("hello", help="say hello", run=run, configure=configure))


class BadResultsPlugin:
    """A loader that returns the wrong type, a sniff of 1e9 and a check yielding junk."""

    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        register(GreedyLoader())

    @tradestat.hookimpl
    def register_checks(self, register: Callable[[Any], None]) -> None:
        register(JunkCheck())


class GreedyLoader(EchoLoader):
    name = "greedy"

    def sniff(self, source: Source) -> float:
        return 1e9

    def load(self, source: Source) -> LoadResult:
        return "not a result"  # type: ignore[return-value]


class JunkCheck(Check):
    name = "junk"
    description = "yields something that is not a finding"

    def __call__(self, facts: FactSet, context: CheckContext) -> list[Finding]:
        return ["not a finding"]  # type: ignore[list-item]


class SlowLoader(EchoLoader):
    """A loader whose sniff and load never finish in time."""

    name = "slow"

    def sniff(self, source: Source) -> float:
        import time

        time.sleep(30)
        return 1.0

    def load(self, source: Source) -> LoadResult:
        import time

        time.sleep(30)
        return ResultBuilder(self.name, source).result()


class SlowPlugin:
    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        register(SlowLoader())


class HangingHookPlugin:
    @tradestat.hookimpl
    def register_loaders(self, register: Callable[[Any], None]) -> None:
        import time

        time.sleep(30)
