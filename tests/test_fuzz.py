"""Arbitrary values into every public constructor, parser and the command line.

Whatever goes in, the result is a value or one of the library's own errors: never another
exception, never a hang (each example has a deadline).
"""

import contextlib
import io
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradestat as ts
from tradestat.cli import main
from tradestat.models import Fact
from tradestat.rates import RateTable

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.text(max_size=40),
    st.sampled_from(
        ["280.8", "billion CNY", "percent", "2025-H1", "USD", "CNY", "about", "(", "1/0"]
    ),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)

CALLS: dict[str, Callable[..., Any]] = {
    "Figure": lambda a, b, c: ts.Figure(a, b, c),
    "Period.parse": lambda a, b, c: ts.Period.parse(a),
    "parse_money": lambda a, b, c: ts.parse_money(a),
    "ExchangeRate.of": lambda a, b, c: ts.ExchangeRate.of(a, b, c),
    "ExchangeRate.from_quote": lambda a, b, c: ts.ExchangeRate.from_quote(a, b, c),
    "Measure.parse": lambda a, b, c: ts.Measure.parse(a),
    "Flow.parse": lambda a, b, c: ts.Flow.parse(a),
    "Qualifier.parse": lambda a, b, c: ts.Qualifier.parse(a),
    "Fact": lambda a, b, c: Fact(a, b, "total", "value", ts.Figure(1, "billion CNY")),
    "FactSet.from_records": lambda a, b, c: ts.FactSet.from_records(
        [
            {
                "subject": a,
                "period": b,
                "measure": "value",
                "value": c,
                "unit": "billion CNY",
                "flow": "total",
            }
        ]
    ),
    "loads": lambda a, b, c: ts.loaders.loads(a) if isinstance(a, str) else ts.load(a),
    "RateTable.from_csv": lambda a, b, c: RateTable.from_csv(
        io.StringIO(f"period,base,quote,rate\n{a},{b},CNY,{c}\n")
    ),
    "Interval": lambda a, b, c: ts.Interval(a, b),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
@given(a=ANYTHING, b=ANYTHING, c=ANYTHING)
def test_public_calls_raise_only_tradestat_errors(name: str, a: Any, b: Any, c: Any) -> None:
    with contextlib.suppress(ts.TradestatError):
        CALLS[name](a, b, c)


ARGUMENTS = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "convert",
                "load",
                "extract",
                "check",
                "plugins",
                "--to",
                "--rate",
                "--json",
                "--format",
                "table",
                "csv",
                "-",
                "--derive",
                "--out",
                "280.8 billion yuan",
                "USD",
                "7.145",
                "0",
                "nope.csv",
                "--published",
                "2025-13-45",
                "--strict",
            ]
        ),
        st.text(max_size=12),
    ),
    max_size=6,
)


@settings(deadline=timedelta(seconds=10), max_examples=60)
@given(argv=ARGUMENTS)
def test_the_command_line_ends_with_an_exit_status(argv: list[str]) -> None:
    """Any argument list ends in 0, 1 or 2, with no traceback.

    It runs in a scratch folder (arguments may name output folders) with an empty
    standard input ("-" never reads the terminal).
    """
    import os
    import sys
    import tempfile
    from unittest import mock

    class EmptyInput(io.StringIO):
        buffer = io.BytesIO(b"")

    here = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch, mock.patch.object(sys, "stdin", EmptyInput()):
        os.chdir(scratch)
        try:
            with (
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
            ):
                code = main(argv)
        except SystemExit as exc:  # argparse's usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 2
        finally:
            os.chdir(here)
    assert code in (0, 1, 2)


# -- every input path: each loader by name, the columnar and streaming readers, rate files ----

_CELL = st.one_of(
    st.sampled_from(
        ["Xinjiang", "2025-H1", "2025-13", "exports", "value", "280.8", "1,234", "亿元",
         "billion CNY", "percent", "-", "?", "", '"', "\r", "World", "156", "X", "TOTAL"]
    ),
    st.text(max_size=8),
)  # fmt: skip
_HEADERS = st.sampled_from(
    [
        "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote",
        "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
        "reporterDesc,flowCode,partnerCode,partnerISO,partnerDesc,cmdCode,primaryValue",
        "月份,进出口(亿元),出口(亿元)",
        "DATE,DEXCHUS",
        "日期,美元/人民币,人民币/日元",
        "",
    ]
)


def _csv_texts(headers: st.SearchStrategy[str], width: int, noise: int) -> st.SearchStrategy[str]:
    """A header and up to six rows of up to ``width`` generated cells, or any text."""
    return st.builds(
        lambda header, rows: header + "\n" + "\n".join(",".join(r) for r in rows),
        headers,
        st.lists(st.lists(_CELL, max_size=width), max_size=6),
    ) | st.text(max_size=noise)


_FILES = _csv_texts(_HEADERS, 16, 300)


def _loader_names() -> list[str]:
    from tradestat.plugins import host

    return sorted(host().loaders)


@pytest.mark.parametrize("loader", _loader_names())
@settings(deadline=timedelta(seconds=5), max_examples=40)
@given(text=_FILES)
def test_every_loader_takes_any_text(loader: str, text: str) -> None:
    """Any text through any loader by name: a result with every record counted, or our error."""
    with contextlib.suppress(ts.TradestatError):
        result = ts.loaders.loads(text, loader=loader)
        assert len(result.rejected) <= result.records  # a record gives facts or one rejection


@pytest.mark.parametrize("reader", ["load_table", "iter_table", "iter_load", "read_rates"])
@settings(
    deadline=timedelta(seconds=10),
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=_FILES)
def test_file_readers_take_any_file(reader: str, text: str, tmp_path: Any) -> None:
    from tradestat.ratefiles import read_rates
    from tradestat.table import iter_table, load_table

    path = tmp_path / "input.csv"
    path.write_text(text, encoding="utf-8")
    with contextlib.suppress(ts.TradestatError):
        if reader == "load_table":
            table = load_table(path)
            assert len(table.rejected) <= table.records
        elif reader == "iter_table":
            for _ in iter_table(path, rows=2):
                pass
        elif reader == "iter_load":
            for _ in ts.loaders.iter_load(path, chunk_size=2):
                pass
        else:
            read_rates(path)


_TABLE_HEADERS = st.sampled_from(
    [
        "月份,进出口(亿元),出口（万美元）",
        "Month,Exports (US$ thousand),Growth (%)",
        "月份,进出口",
        "",
    ]
)
_TABLES = _csv_texts(_TABLE_HEADERS, 4, 200)


@settings(deadline=timedelta(seconds=5), max_examples=60)
@given(
    text=_TABLES,
    columns=st.sampled_from(
        [
            "月份=period,进出口(亿元)=value:total,出口（万美元）=value:exports",
            "Month=period,Exports (US$ thousand)=value:exports,Growth (%)=growth",
            "月份=period,进出口=value:total",
            "nope",
        ]
    ),
)
def test_the_declarative_table_loader_takes_any_table(text: str, columns: str) -> None:
    """A declared table over any text: its rows counted, or our error naming the place."""
    with contextlib.suppress(ts.TradestatError):
        result = ts.loaders.loads(text, loader="table", columns=columns, subject="Guangdong")
        assert len(result.rejected) <= result.records  # a record gives facts or one rejection
