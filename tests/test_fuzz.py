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
