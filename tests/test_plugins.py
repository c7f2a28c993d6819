import json
import sys
from pathlib import Path
from typing import Any

import pytest

import tradestat as ts
from plugin_fixtures import (
    EXAMPLE_PLUGIN,
    DuplicateNamePlugin,
    GoodPlugin,
    NotALoaderPlugin,
    RaisingPlugin,
)
from tradestat import plugins
from tradestat.cli import main
from tradestat.plugins import PluginWarning

#: The built-in loaders of statistics files (tradestat.loaders.gacc, comtrade_bulk, ...).
SOURCE_LOADERS = ["gacc-query", "gacc-table", "comtrade-bulk", "census", "imf-imts", "comext"]


def info(name: str) -> plugins.PluginInfo:
    return next(i for i in plugins.plugin_infos() if i.name == name)


def test_builtins_register_through_the_hooks() -> None:
    builtin = info("tradestat._builtin")
    assert builtin.builtin and builtin.status == "ok"
    assert builtin.loaders == [
        "tidy-csv",
        "tidy-json",
        "comtrade",
        "article",
        *SOURCE_LOADERS,
        "columnar",
        "table",
    ]
    assert set(plugins.loaders()) == {
        "tidy-csv",
        "tidy-json",
        "comtrade",
        "article",
        "columnar",
        "table",
        *SOURCE_LOADERS,
    }


def test_an_in_process_plugin_adds_a_loader() -> None:
    plugins.add_plugin(GoodPlugin(), "good")
    assert info("good").loaders == ["echo"]
    result = ts.load("ECHO a\nECHO b\nnope")
    assert result.loader == "echo"
    assert (result.records, result.accepted, str(result.rejected[0])) == (
        3,
        2,
        "<text>:3: not an ECHO line",
    )


@pytest.mark.parametrize(
    ("plugin", "reason"),
    [
        (RaisingPlugin(), "register_loaders raised RuntimeError: boom in a hook"),
        (
            NotALoaderPlugin(),
            "register_loaders raised PluginError: registered 'I am a string, not a loader', which is not a tradestat Loader",
        ),
        (
            DuplicateNamePlugin(),
            "register_loaders raised PluginError: loader name 'tidy-csv' is already registered by tradestat._builtin",
        ),
    ],
)
def test_broken_plugins_are_reported_skipped_and_listed(plugin: object, reason: str) -> None:
    plugins.add_plugin(GoodPlugin(), "good")
    plugins.add_plugin(plugin, "broken")
    with pytest.warns(
        PluginWarning,
        match="tradestat plugin 'broken' skipped: "
        + reason.replace("(", r"\(").replace(")", r"\)"),
    ):
        broken = info("broken")
    assert (broken.status, broken.error, broken.loaders) == ("failed", reason, [])
    assert set(plugins.loaders()) == {
        "tidy-csv",
        "tidy-json",
        "comtrade",
        "article",
        "columnar",
        "table",
        "echo",
        *SOURCE_LOADERS,
    }
    assert ts.load("ECHO x\n").accepted == 1  # a one-line str is a file name


@pytest.fixture
def broken_entry_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info_dir = tmp_path / "tradestat_broken-0.0.1.dist-info"
    info_dir.mkdir()
    (info_dir / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: tradestat-broken\nVersion: 0.0.1\n"
    )
    (info_dir / "entry_points.txt").write_text(
        "[tradestat]\nmissing = tradestat_no_such_module\nraises = tradestat_raising_module\n"
    )
    (tmp_path / "tradestat_raising_module.py").write_text(
        "raise ImportError('needs a library that is not installed')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("TRADESTAT_LOAD_PLUGINS", "missing,raises")


@pytest.mark.usefixtures("broken_entry_points")
def test_plugins_that_fail_to_import_do_not_break_the_library() -> None:
    with pytest.warns(PluginWarning) as caught:
        infos = {i.name: i for i in plugins.plugin_infos()}
    assert len(caught) == 2
    assert infos["missing"].status == "failed"
    assert (
        infos["missing"].error
        == "failed to load: ModuleNotFoundError: No module named 'tradestat_no_such_module'"
    )
    assert (
        infos["raises"].error
        == "failed to load: ImportError: needs a library that is not installed"
    )
    assert infos["raises"].version == "0.0.1"
    assert ts.load(Path(__file__).parent / "data" / "loaders" / "xinjiang-2025-h1.csv").ok
    sys.modules.pop("tradestat_raising_module", None)


@pytest.mark.usefixtures("example_plugin")
def test_the_example_plugin_is_discovered_and_works_end_to_end() -> None:
    plugin = info("customs_table")
    assert (plugin.status, plugin.loaders, plugin.currencies, plugin.version) == (
        "ok",
        ["customs-table"],
        ["KZT"],
        "0.1.0",
    )
    result = ts.load(EXAMPLE_PLUGIN / "samples" / "xinjiang-2025-monthly.csv")
    assert result.loader == "customs-table"
    assert (result.records, result.accepted, len(result.facts)) == (5, 5, 30)
    jan_feb = result.facts.one(period="2025-01/2025-02", flow="total", measure="value")
    assert str(jan_feb.figure) == "59.62 billion CNY"
    assert format(jan_feb.figure, "stated") == "596.2 100 million CNY"
    total = ts.Estimate.of(jan_feb.figure)
    for fact in result.facts.filter(
        flow="total", measure="value", period=lambda p: p.n_months == 1
    ):
        total = total + fact.estimate()
    assert total.to("billion CNY").value == pytest.approx(280.79)
    bad = ts.load(EXAMPLE_PLUGIN / "samples" / "bad-monthly.csv")
    assert [str(r) for r in bad.rejected] == [
        "bad-monthly.csv:5:1: cannot read '2025-13': expected a month from 1 to 12",
        "bad-monthly.csv:6:3: column '进口': 'n/a' is not a number",
        "bad-monthly.csv:7: expected 7 columns, got 3",
    ]
    assert str(ts.parse_money("1.5 trillion tenge")) == "1.5 trillion KZT"
    assert str(ts.parse_money("₸200bn")) == "200 billion KZT"


@pytest.mark.usefixtures("example_plugin")
def test_plugins_command_lists_everything(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--json"]) == 0
    listing = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert listing["customs_table"]["loaders"] == ["customs-table"]
    assert listing["customs_table"]["currencies"] == ["KZT"]
    assert listing["tradestat._builtin"]["status"] == "ok"
    assert main(["plugins"]) == 0
    table = capsys.readouterr().out
    assert "customs_table" in table and "customs-table" in table


def test_only_listed_plugins_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADESTAT_LOAD_PLUGINS", "nothing-by-that-name")
    plugins.reset()
    assert [i.name for i in plugins.plugin_infos()] == ["tradestat._builtin"]


def test_a_failed_plugin_leaves_nothing_behind() -> None:
    from plugin_fixtures import EverythingThenFails
    from tradestat.errors import ParseError, ValidationError
    from tradestat.models import Measure

    plugins.add_plugin(EverythingThenFails(), "greedy-failure")
    with pytest.warns(PluginWarning, match="register_commands raised RuntimeError"):
        failed = info("greedy-failure")
    assert failed.status == "failed"
    assert (failed.loaders, failed.checks, failed.currencies, failed.measures, failed.commands) == (
        [],
        [],
        [],
        [],
        [],
    )
    assert "echo" not in plugins.loaders()
    assert "never" not in plugins.checks()
    assert "hello" not in plugins.commands()
    with pytest.raises(ValidationError, match="unknown measure 'container_value'"):
        Measure.parse("container_value")
    with pytest.raises(ParseError):
        ts.parse_money("5 billion testbucks")
    with pytest.raises(ts.errors.UnitError, match="XTS"):
        ts.Figure(5, "billion XTS")


def test_removing_a_plugin_withdraws_its_currencies() -> None:
    plugins.add_plugin(_CurrencyPlugin(), "alpha")
    assert str(ts.parse_money("3 billion alphas")) == "3 billion XTA"
    plugins.remove_plugin("alpha")
    with pytest.raises(ts.errors.ParseError):
        ts.parse_money("3 billion alphas")


class _CurrencyPlugin:
    @ts.hookimpl
    def register_currencies(self, register: Any) -> None:
        register("XTA", "test alpha", aliases=["alpha", "alphas"])


def test_a_misspelled_hook_fails_the_plugin() -> None:
    from plugin_fixtures import MisspelledHookPlugin

    plugins.add_plugin(MisspelledHookPlugin(), "typo")
    with pytest.warns(PluginWarning, match="unknown hook"):
        assert info("typo").status == "failed"
    assert "unknown hook(s) register_loader" in (info("typo").error or "")


def test_system_exit_in_a_hook_is_a_plugin_failure_not_the_end() -> None:
    from plugin_fixtures import ExitingPlugin

    plugins.add_plugin(ExitingPlugin(), "exits")
    with pytest.warns(PluginWarning, match="register_loaders raised SystemExit"):
        assert info("exits").status == "failed"
    assert set(plugins.loaders()) == {
        "tidy-csv",
        "tidy-json",
        "comtrade",
        "article",
        "columnar",
        "table",
        *SOURCE_LOADERS,
    }


def test_a_plugin_adds_a_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    from plugin_fixtures import CommandPlugin

    plugins.add_plugin(CommandPlugin(), "hello")
    assert main(["hello", "world"]) == 0
    assert capsys.readouterr().out == "hello world\n"
    assert info("hello").commands == ["hello"]


def test_plugin_results_are_type_checked_and_sniffs_clamped() -> None:
    from plugin_fixtures import BadResultsPlugin

    plugins.add_plugin(BadResultsPlugin(), "bad-results")
    host = plugins.host()
    greedy = host.loaders["greedy"]
    assert host.sniff(greedy, ts.loaders.Source("<text>", "anything")) == 1.0
    with pytest.raises(ts.errors.LoadError, match="of plugin 'bad-results' returned str"):
        ts.loaders.loads("x", loader="greedy")
    findings = ts.check([], rules=["junk"])
    assert [f.severity for f in findings] == [ts.Severity.WARNING]
    assert "not a Finding" in findings[0].message


def test_importing_tradestat_lets_unknown_currency_words_load_plugins() -> None:
    import subprocess

    # ``import tradestat`` is lazy; the first unknown currency word imports the plugin layer.
    code = (
        "import sys, tradestat; from tradestat.units import currency_code; "
        "before = 'tradestat.plugins' in sys.modules; currency_code('no such money'); "
        "print(before, 'tradestat.plugins' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False True"


def test_a_plugin_that_hangs_is_stopped_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from plugin_fixtures import HangingHookPlugin, SlowPlugin

    monkeypatch.setenv("TRADESTAT_PLUGIN_TIMEOUT", "0.3")
    plugins.add_plugin(SlowPlugin(), "slow")
    plugins.add_plugin(HangingHookPlugin(), "hangs")
    start = time.perf_counter()
    with pytest.warns(PluginWarning, match="register_loaders took longer than 0.3 s"):
        assert info("hangs").status == "failed"
    with pytest.warns(PluginWarning, match="plugin 'slow': sniff raised PluginTimeoutError"):
        result = ts.load(Path(__file__).parent / "data" / "loaders" / "xinjiang-2025-h1.csv")
    assert result.loader == "tidy-csv"
    with pytest.raises(ts.errors.LoadError, match="load took longer than 0.3 s"):
        ts.loaders.loads("x", loader="slow")
    assert time.perf_counter() - start < 5


def test_threads_asking_first_at_once_share_one_loaded_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (a Dask scheduler's threads each run check in a fresh process: one loads the
    # plugins, the others wait for it, and none sees a host whose built-ins are not yet
    # registered, nor registers them a second time)
    import threading
    import time

    found = plugins._entry_points

    def slow() -> Any:
        time.sleep(0.05)  # (a slow disk: the window in which another thread may ask)
        return found()

    monkeypatch.setattr(plugins, "_entry_points", slow)
    plugins.reset()
    start = threading.Barrier(8)
    seen: list[tuple[object, int]] = []
    errors: list[BaseException] = []

    def ask() -> None:
        start.wait()
        try:
            host = plugins.host()
            seen.append((host, len(host.checks)))
        except BaseException as exc:  # (collected: a thread's error is not the test's)
            errors.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert len(seen) == 8 and all(host is seen[0][0] for host, _ in seen)
    assert all(count == seen[0][1] > 0 for _, count in seen), seen
