import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradestat import __version__
from tradestat.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"tradestat {__version__}\n"


def test_convert_at_a_rate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", "280.8 billion yuan", "--to", "USD", "--rate", "7.145")
    assert code == 0
    assert "39.3002 billion USD" in out and "USD/CNY 7.145" in out


def test_convert_json_is_in_base_units(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "convert",
        "280.8 billion yuan",
        "--to",
        "USD",
        "--implied",
        "280.8 billion yuan = 39.3 billion USD",
        "--json",
    )
    assert code == 0
    payload = json.loads(out)
    assert payload["unit"] == "USD"
    assert payload["value"] == pytest.approx(39.3e9)
    assert payload["low"] < 39.25e9 < 39.35e9 < payload["high"]


def test_convert_explicit_rate_and_table(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    code, out, _ = run(
        capsys, "convert", "39.3 billion USD", "--to", "CNY", "--rate", "7.145 CNY/USD"
    )
    assert code == 0 and "280.798 billion CNY" in out
    rates = tmp_path / "rates.csv"
    rates.write_text("period,base,quote,rate\n2025-06,USD,CNY,7.1776\n")
    code, out, _ = run(
        capsys,
        "convert",
        "53.17 billion yuan",
        "--to",
        "USD",
        "--rates",
        str(rates),
        "--period",
        "June 2025",
        "--json",
    )
    assert code == 0 and json.loads(out)["value"] == pytest.approx(53.17e9 / 7.1776)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["280.8 apples", "--to", "USD", "--rate", "7"], "cannot read '280.8 apples'"),
        (
            ["280.8 billion yuan", "--to", "USD", "--implied", "no equals"],
            "expected 'AMOUNT = AMOUNT'",
        ),
        (["280.8 billion yuan", "--to", "EUR", "--rate", "7.145 CNY/USD"], "cannot give EUR"),
        (["280.8 billion yuan", "--to", "XYZ", "--rate", "7"], "unknown currency 'XYZ'"),
        (["280.8 billion yuan", "--to", "USD", "--rate", "seven"], "'seven'"),
        (
            ["280.8 billion yuan", "--to", "USD", "--rates", "missing.csv", "--period", "2025"],
            "missing.csv",
        ),
    ],
)
def test_bad_input_is_one_line_no_traceback(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "convert", *args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_console_script_runs() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tradestat.cli",
            "convert",
            "2808亿元",
            "--to",
            "USD",
            "--rate",
            "7.145",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "39.3002 billion USD" in result.stdout


LOADERS = __import__("pathlib").Path(__file__).parent / "data" / "loaders"


def test_load_prints_a_table_and_reports_rejections(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "load", str(LOADERS / "tidy-bad.csv"), str(LOADERS / "comtrade-annual.csv")
    )
    assert code == 1
    assert "rejected: tidy-bad.csv:3:7: field 'value': 'n/a' is not a number" in err
    assert "tidy-bad.csv: 2 of 8 records loaded by tidy-csv (2 facts), 6 rejected" in err
    assert "Côte d'Ivoire" in out and "53.17 billion CNY" in out
    assert out.splitlines()[0].split() == [
        "subject",
        "period",
        "flow",
        "partner",
        "segment",
        "measure",
        "figure",
    ]


def test_load_json_is_the_annotation_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "load", str(LOADERS / "xinjiang-2025-h1.csv"), "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert (
        len(records) == 16 and records[1]["value"] == 280.8 and records[1]["unit"] == "billion CNY"
    )


def test_load_strict_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "load", str(LOADERS / "tidy-bad.csv"), "--strict", "--format", "csv"
    )
    assert code == 1 and out == ""
    assert "--strict: rejected tidy-bad.csv:3:7" in err
    code, _, err = run(capsys, "load", str(LOADERS / "junk.bin"))
    assert (
        code == 2
        and err.strip() == "tradestat: error: junk.bin: binary data, not text (found NUL bytes)"
    )
    code, _, err = run(capsys, "load", str(LOADERS / "tidy-crlf.csv"), "--loader", "excel")
    assert code == 2 and "no loader named 'excel'" in err


CORPUS = LOADERS.parent / "corpus"


def test_extract_writes_one_json_per_input(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    inputs = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    code, _, _ = run(capsys, "extract", *inputs, "--out", str(tmp_path / "out"), "--no-progress")
    assert code == 0
    written = sorted(p.name for p in (tmp_path / "out").glob("*.json"))
    assert written == sorted(p.name.replace(".txt", ".json") for p in CORPUS.glob("*.txt"))
    records = json.loads((tmp_path / "out" / "xinjiang-2025-h1.json").read_text(encoding="utf-8"))
    assert len(records) == 16 and records[0]["quote"]


def test_extract_table_shows_quotes_and_progress(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "extract", str(CORPUS / "xinjiang-2025-h1.txt"), "--format", "table", "--progress"
    )
    assert code == 0
    assert "quote" in out.splitlines()[0] and "outpaced the national average by over 20" in out
    assert "[##############################] 1/1" in err
    code, out, _ = run(
        capsys, "extract", str(CORPUS / "zh-china-2021-may.txt"), "--format", "csv", "-v"
    )
    assert code == 0 and "mechanical and electrical products" in out


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    import tradestat as ts
    from tradestat.loaders import dumps

    facts = ts.datasets.xinjiang_2025_h1()
    big = tmp_path / "big.jsonl"
    # about 1 MB of output, sixteen times a pipe's buffer: writing goes on after the reader
    # has closed (10 MB only made the command load ten times as much before writing)
    big.write_text(dumps(list(facts) * 200, "jsonl"), encoding="utf-8")
    reader = subprocess.Popen(
        [sys.executable, "-m", "tradestat", "load", str(big), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    first = reader.stdout.readline()
    reader.stdout.close()
    assert reader.wait(timeout=120) == 0
    assert first.startswith(b"{")
    assert b"Traceback" not in reader.stderr.read()


def test_python_dash_m_runs_the_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tradestat", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("tradestat ")


def test_a_plain_rate_means_the_market_quote_whichever_way(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "convert", "39.3 billion USD", "--to", "CNY", "--rate", "7.145")
    assert code == 0 and out.startswith("39.3 billion USD = 280.798 billion CNY")
    code, _, err = run(capsys, "convert", "39.3 billion USD", "--to", "CNY", "--rate", "0.14")
    assert code == 2 and "historical range" in err and "7.14286 CNY per USD" in err


def test_dash_is_standard_input_in_a_pipeline() -> None:
    """The pipeline of the issue: extract - --format jsonl | check - --format json."""
    article = Path(__file__).parent / "data" / "corpus" / "xinjiang-2025-h1.txt"
    extracted = subprocess.run(
        [sys.executable, "-m", "tradestat", "extract", "-", "--format", "jsonl"],
        input=article.read_bytes(),
        capture_output=True,
        check=True,
    )
    checked = subprocess.run(
        [sys.executable, "-m", "tradestat", "check", "-", "--format", "json"],
        input=extracted.stdout,
        capture_output=True,
        check=True,
    )
    assert json.loads(checked.stdout)["findings"] is not None
    assert b"16 facts" not in checked.stdout  # --format json prints only JSON
    assert len(extracted.stdout.decode().splitlines()) == 16


def _subcommand_parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    from tradestat.cli import build_parser

    found = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found.append((f"{path} {name}".strip(), sub))
                    walk(sub, f"{path} {name}")

    walk(build_parser(), "")
    return found


def test_every_command_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    parsers = _subcommand_parsers()
    names = [name for name, _ in parsers]
    assert {"convert", "load", "extract", "check", "mirror", "plot", "store", "plugins"} <= set(
        names
    )
    assert {"store add", "store query", "store revisions", "store sources", "completion"} <= set(
        names
    )
    for name, _ in parsers:
        with pytest.raises(SystemExit) as info:
            main([*name.split(), "--help"])
        out = capsys.readouterr().out
        assert info.value.code == 0
        assert "Examples:\n  tradestat " + name.split()[0] in out, name


def test_every_command_that_prints_data_has_one_format_option() -> None:
    printing = {
        "convert",
        "load",
        "extract",
        "check",
        "mirror",
        "plugins",
        "store query",
        "store revisions",
        "store sources",
    }
    for name, parser in _subcommand_parsers():
        if name not in printing:
            continue
        option = next(a for a in parser._actions if "--format" in a.option_strings)
        assert option.default == "table", name
        assert {"table", "json", "jsonl", "csv"} <= set(option.choices), name


def test_plugins_in_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    code, out, _ = run(capsys, "plugins", "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and lines[0]["name"] == "tradestat._builtin"
    code, out, _ = run(capsys, "plugins", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows[0]["name"] == "tradestat._builtin"
    assert json.loads(rows[0]["loaders"])[0] == "tidy-csv"  # a list is a JSON cell
    code, out, _ = run(capsys, "plugins", "--json")  # the deprecated spelling still works
    assert code == 0 and json.loads(out)[0]["name"] == "tradestat._builtin"


def test_convert_as_csv_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("convert", "39.3 billion USD", "--to", "CNY", "--rate", "7.145")
    code, out, _ = run(capsys, *args, "--format", "csv")
    header, row = out.splitlines()
    assert code == 0 and header.startswith("value,unit,low,high,rate_base,rate_quote")
    assert row.split(",")[1] == "CNY" and float(row.split(",")[0]) == pytest.approx(280.7985e9)
    code, out, _ = run(capsys, *args, "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 1 and json.loads(out)["rate"]["quote"] == "CNY"


def test_check_exits_1_on_a_rejected_row_and_prints_jsonl(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "check", str(LOADERS / "tidy-bad.csv"))
    assert code == 1
    assert "rejected: tidy-bad.csv:3:7" in err and "record(s) rejected and not checked" in err
    code, out, _ = run(
        capsys, "check", str(CORPUS / "xinjiang-2025-h1.txt"), "--derive", "--format", "jsonl"
    )
    kinds = {json.loads(line)["kind"] for line in out.splitlines()}
    assert code == 0 and kinds == {"derived"} | ({"finding"} if '"finding"' in out else set())


def test_exit_codes_are_documented_in_one_table() -> None:
    from tradestat.cli import EXIT_CODES

    page = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    assert [int(r.split("`")[1]) for r in rows] == sorted(EXIT_CODES)


def test_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "load", "missing.csv")
    assert code == 2 and "missing.csv" in err and "no loader" not in err


def test_rate_layouts_named_in_the_cli_are_those_of_ratefiles() -> None:
    from tradestat.cli import RATE_LAYOUTS
    from tradestat.plugins import host
    from tradestat.ratefiles import LAYOUTS

    builtin = sorted(name for name, fmt in LAYOUTS.items() if host().is_builtin(fmt))
    assert tuple(builtin) == RATE_LAYOUTS


def test_an_unknown_rate_layout_is_named_with_those_there_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = Path(__file__).parent / "data"
    rates = str(data / "rates" / "fred-dexchus-2025h1.csv")
    facts = str(LOADERS / "xinjiang-2025-h1.csv")
    code, _, err = run(capsys, "check", facts, "--rates", rates, "--rates-layout", "nope")
    assert code == 2 and "unknown layout 'nope'" in err and "safe-parity" in err


def test_cli_imports_no_heavy_module_at_module_level() -> None:
    """Start-up: the CLI module itself imports only argparse-level things."""
    import ast

    import tradestat.cli

    tree = ast.parse(Path(tradestat.cli.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in tree.body:  # module level only; TYPE_CHECKING blocks never run
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    heavy = ("pint", "pandas", "matplotlib", "sqlalchemy", "pyarrow", "tradestat.")
    light = {"tradestat._version", "tradestat.errors", "tradestat._command"}
    assert not {m for m in imported if m.startswith(heavy) and m not in light}
    assert "tradestat.loaders" not in imported and "tradestat.units" not in imported


def test_version_does_not_build_the_parser_or_load_plugins() -> None:
    """--version is answered before the plugin host (and its loaders) exist."""
    code = (
        "import sys; from tradestat.cli import main; from tradestat import plugins; "
        "plugins._PLUGINS.host = None; assert main(['--version']) == 0; "
        "assert plugins._PLUGINS.host is None, 'plugins were loaded'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("tradestat ")


def test_bash_completion_is_valid_and_completes(capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    code, script, _ = run(capsys, "completion", "bash")
    assert code == 0
    bash = shutil.which("bash")
    assert bash is not None
    checked = subprocess.run([bash, "-n"], input=script, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    probe = (
        script
        + "\nCOMP_WORDS=(tradestat ''); COMP_CWORD=1; _tradestat_complete; echo \"${COMPREPLY[*]}\""
        + "\nCOMP_WORDS=(tradestat load --format j); COMP_CWORD=3; _tradestat_complete;"
        + ' echo "${COMPREPLY[*]}"'
        + "\nCOMP_WORDS=(tradestat store q); COMP_CWORD=2; _tradestat_complete;"
        + ' echo "${COMPREPLY[*]}"\n'
    )
    done = subprocess.run([bash], input=probe, capture_output=True, text=True, check=True)
    commands, formats, actions = done.stdout.splitlines()
    assert set(commands.split()) >= {"convert", "load", "extract", "check", "store", "plugins"}
    assert formats.split() == ["json", "jsonl"]
    assert actions == "query"


def test_zsh_and_fish_completion(capsys: pytest.CaptureFixture[str]) -> None:
    code, zsh, _ = run(capsys, "completion", "zsh")
    assert code == 0 and zsh.startswith("#compdef tradestat\n") and "bashcompinit" in zsh
    code, fish, _ = run(capsys, "completion", "fish")
    assert code == 0
    assert "complete -c tradestat -f -n '__fish_use_subcommand' -a extract" in fish
    assert "-l format -x -a 'table json jsonl csv'" in fish
    assert "A\\'s exports" in fish  # quotes escaped inside fish's single quotes


def test_a_broken_plugin_is_one_line_naming_it(tmp_path: Path) -> None:
    import os

    info = tmp_path / "broken_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[tradestat]\nbroken = tradestat_nowhere:plugin\n")
    odd = tmp_path / "odd.csv"
    odd.write_text("month;widgets\n1;2\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "TRADESTAT_LOAD_PLUGINS": "broken"}
    ran = subprocess.run(
        [sys.executable, "-m", "tradestat", "load", str(odd)],
        capture_output=True,
        text=True,
        env=env,
    )
    lines = ran.stderr.splitlines()
    assert ran.returncode == 2
    assert lines[0] == (
        "tradestat: warning: plugin 'broken' (entry point tradestat_nowhere:plugin) skipped: "
        "failed to load: ModuleNotFoundError: No module named 'tradestat_nowhere'"
    )
    assert len(lines) == 2 and "warnings.warn" not in ran.stderr  # no Python source line
    assert "plugin(s) 'broken' failed to load" in lines[1]
    ok = subprocess.run(
        [sys.executable, "-m", "tradestat", "load", str(LOADERS / "xinjiang-2025-h1.csv")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert ok.returncode == 0 and ok.stderr.count("plugin 'broken'") == 1


_STUBBED = """
import importlib.util, sys, types
spec = importlib.util.find_spec("tradestat")
package = types.ModuleType("tradestat")  # the package without its __init__: cli.py alone
package.__path__ = list(spec.submodule_search_locations)
sys.modules["tradestat"] = package
from tradestat.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""


@pytest.mark.parametrize(
    ("argument", "forbidden"),
    [
        ("--version", ("pint", "tradestat.units", "tradestat.plugins", "tradestat.loaders")),
        (
            "--help",
            ("pint", "tradestat.units", "tradestat.loaders", "tradestat.checks", "tradestat.ex"),
        ),
    ],
)
def test_start_up_imports_only_what_is_needed(argument: str, forbidden: tuple[str, ...]) -> None:
    """What cli.py itself loads for --version and --help, whatever tradestat/__init__ does.

    --version needs no plugin and no unit; --help needs the commands, so the plugin host,
    but no unit registry (pint), loader, check or extractor.
    """
    import os

    env = {**os.environ, "TRADESTAT_LOAD_PLUGINS": ""}
    ran = subprocess.run(
        [sys.executable, "-c", _STUBBED, argument],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    loaded = set(ran.stdout.splitlines()[-1].split())
    assert "tradestat.cli" in loaded
    heavy = {m for m in loaded if m.startswith(forbidden) or m in ("pandas", "matplotlib")}
    assert heavy == set()


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.text(max_size=5), max_size=3),
)


@given(
    rows=st.lists(
        st.dictionaries(st.sampled_from(["a", "b", "名称", "c,d"]), _CELLS, max_size=4),
        max_size=5,
    )
)
def test_records_round_trip_through_every_format(rows: list[dict[str, object]]) -> None:
    import csv
    import io

    from tradestat._render import records_text

    assert json.loads(records_text(rows, "json")) == rows
    lines = records_text(rows, "jsonl").split("\n")  # JSON Lines ends records at \n only
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == rows
    table = list(csv.reader(io.StringIO(records_text(rows, "csv", ("kind",)), newline="")))
    header, body = table[0], table[1:]
    assert header[0] == "kind" and set(header) == {"kind"} | {k for r in rows for k in r}
    assert len(body) == len(rows)
    for row, cells in zip(rows, body, strict=True):
        for name, cell in zip(header, cells, strict=True):
            value = row.get(name)
            expected = (
                ""
                if value is None
                else json.dumps(value, ensure_ascii=False)
                if isinstance(value, list)
                else str(value)
            )
            assert cell == expected


_REAL = """
import sys
from tradestat.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""


@pytest.mark.parametrize(
    ("arguments", "forbidden"),
    [
        (["--version"], ("pint", "tradestat.units", "tradestat.plugins", "tradestat.loaders")),
        (
            ["convert", "39.3 billion USD", "--to", "CNY", "--rate", "7.145"],
            (
                "tradestat.loaders",
                "tradestat.checks",
                "tradestat.extraction",
                "tradestat.store",
                "tradestat.plugins",
                "pluggy",
            ),
        ),
    ],
)
def test_the_installed_package_starts_with_what_the_command_needs(
    arguments: list[str], forbidden: tuple[str, ...]
) -> None:
    """With the real (lazy) package: --version needs no units; convert no loader or check."""
    import os

    env = {**os.environ, "TRADESTAT_LOAD_PLUGINS": ""}
    ran = subprocess.run(
        [sys.executable, "-c", _REAL, *arguments], capture_output=True, text=True, env=env
    )
    loaded = set(ran.stdout.splitlines()[-1].split())
    assert "tradestat.cli" in loaded
    heavy = {
        m for m in loaded if m.startswith(forbidden) or m == "pandas"
    }  # pint itself imports dask when installed
    assert heavy == set()


def test_store_add_passes_loader_options_and_keeps_the_release(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sample = Path(__file__).parent / "data" / "sources" / "gacc-query-partners.csv"
    db = str(tmp_path / "s.sqlite")
    code, out, _ = run(
        capsys, "store", "add", "--db", db, "--loader", "gacc-query", "-o", "flow=exports",
        "-o", "period=2025-01/2025-03", "-o", "release=2025-04-20", str(sample),
    )  # fmt: skip
    assert code == 0 and "5 facts added" in out
    code, out, _ = run(capsys, "store", "query", "--db", db, "--format", "json")
    assert code == 0 and out.count('"release": "2025-04-20"') == 5


def test_convert_loads_plugins_when_a_currency_word_is_unknown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """convert starts without the plugin host; a word only a plugin knows still converts."""
    import tradestat
    from tradestat import plugins

    class AlphaPlugin:
        @tradestat.hookimpl
        def register_currencies(self, register: object) -> None:
            register("XTA", "test alpha", aliases=["alpha", "alphas"])  # type: ignore[operator]

    plugins.add_plugin(AlphaPlugin(), "alpha-cli")
    try:
        code, out, err = run(capsys, "convert", "3 billion alphas", "--to", "USD", "--rate", "2")
    finally:
        plugins.remove_plugin("alpha-cli")
    assert (code, err) == (0, "")
    assert out.startswith("3 billion XTA = ")
    assert "billion USD" in out.splitlines()[0]
