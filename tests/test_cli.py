import json
import subprocess
import sys
from pathlib import Path

import pytest

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
    big.write_text(dumps(list(facts) * 2000, "jsonl"), encoding="utf-8")
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
