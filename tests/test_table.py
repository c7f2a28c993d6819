"""The columnar fact table: lossless round trips, bulk reading row for row as load, conversion."""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from strategies import facts, names

pytest.importorskip("pyarrow")
pytest.importorskip("pandas")

from tradestat import FactSet, load
from tradestat.errors import LoadError, RateError
from tradestat.figures import Estimate
from tradestat.frames import COLUMN_NAMES
from tradestat.loaders import bulk
from tradestat.loaders.comtrade import COMTRADE_COLUMNS
from tradestat.rates import DailyRates, ExchangeRate, RateTable, cited
from tradestat.table import FactTable, iter_table, load_table
from tradestat.units import currency_of, parse_unit

DATA = Path(__file__).parent / "data"
TEST_FILES = [*(DATA / "loaders").glob("*"), *(DATA / "loaders" / "bad").glob("*")]
FILES = [
    *sorted(
        p
        for p in TEST_FILES
        if p.suffix in (".csv", ".json", ".jsonl", ".parquet") and p.name != "empty.csv"
    ),
    DATA / "sources" / "comtrade-china-kazakhstan-2023.csv",
]
SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=40)


def same_as_load(path: Path, **kwargs: str) -> FactTable:
    """load_table gives what load gives: facts, rejections (file:line, reason), warnings."""
    try:
        expected = load(path, **kwargs)
    except LoadError as exc:
        message = str(exc)
        with pytest.raises(LoadError) as raised:
            load_table(path, **kwargs)
        assert str(raised.value) == message
        return FactTable.from_factset([])
    table = load_table(path, **kwargs)
    assert table == FactTable.from_factset(expected.facts)
    assert table.to_factset() == expected.facts
    assert [(str(r.location), r.reason, r.raw) for r in table.rejected] == [
        (str(r.location), r.reason, r.raw) for r in expected.rejected
    ]
    assert list(table.warnings) == list(expected.warnings)
    assert len(table) + len(table.rejected) == table.records == expected.records
    return table


@given(st.lists(facts(), max_size=8), st.lists(st.none() | names, min_size=8, max_size=8))
@SLOW
def test_factset_round_trip_is_lossless(items: list, anchors: list) -> None:
    with_anchor = [
        attrs.evolve(f, provenance=attrs.evolve(f.provenance, anchor=a))
        for f, a in zip(items, anchors, strict=False)
    ]
    table = FactTable.from_factset(with_anchor)
    assert len(table) == len(with_anchor)
    assert table.to_factset() == FactSet(with_anchor)
    frame = table.to_pandas()
    assert list(frame.columns)[: len(COLUMN_NAMES)] == list(COLUMN_NAMES)
    assert FactTable.from_pandas(frame) == table
    assert FactTable.from_arrow(table.to_arrow()) == table


def test_schema_follows_frames_columns() -> None:
    schema = bulk.table_schema()
    assert schema.names[: len(COLUMN_NAMES)] == list(COLUMN_NAMES)
    assert (
        str(schema.field("subject").type) == "dictionary<values=string, indices=int32, ordered=0>"
    )
    assert str(schema.field("stated").type) == "string"
    assert str(schema.field("period_first").type) == "int32"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_load_table_matches_load_on_test_files(path: Path) -> None:
    same_as_load(path)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_load_table_in_small_pieces_matches_load(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tradestat.table

    monkeypatch.setattr(tradestat.table, "_PIECE_ROWS", 2)
    same_as_load(path)


def test_fast_reader_is_used_for_clean_files() -> None:
    data = (DATA / "loaders" / "xinjiang-2025-h1.csv").read_bytes()
    read = bulk.read_tidy_csv(data, "xinjiang-2025-h1.csv")
    assert read.table.num_rows == 16
    data = (DATA / "loaders" / "comtrade-annual.csv").read_bytes()
    assert bulk.read_comtrade_csv(data, "c.csv").table.num_rows == 7
    with pytest.raises(bulk.FallbackError):
        bulk.read_tidy_csv((DATA / "loaders" / "tidy-bad.csv").read_bytes(), "x")


# --- the stated digits, read a column at a time ------------------------------------------------

_FAST = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
_ODD = re.compile(r"-0(\.0*)?|-?0\.0000.*")


def scalar_digits(text: str | None) -> tuple[bool, int, int, float]:
    """One digit string as the columns read it: fast, M, decimals, value (else 0s)."""
    if (
        text is None
        or not _FAST.fullmatch(text)
        or _ODD.fullmatch(text)
        or sum(c.isdigit() for c in text) > bulk.MAX_DIGITS
    ):
        return False, 0, 0, 0.0
    decimals = len(text.partition(".")[2])
    return True, int(text.replace(".", "")), decimals, float(Decimal(text))


digit_strings = st.one_of(
    st.none(),
    st.text(alphabet="0123456789.-+e \u00e9", max_size=18),
    st.builds(
        lambda sign, whole, point, fraction: f"{sign}{whole}{point}{fraction}",
        st.sampled_from(["", "-", "+"]),
        st.sampled_from(["", "0", "00", "07"]) | st.integers(0, 10**16).map(str),
        st.sampled_from(["", ".", "."]),
        st.sampled_from(["", "0", "0000", "00001"]) | st.integers(0, 10**15).map(str),
    ),
)


@given(st.lists(digit_strings, max_size=30), st.integers(0, 3))
@SLOW
def test_digit_columns_equal_the_scalar_reading(texts: list, skip: int) -> None:
    import numpy as np
    import pyarrow as pa

    column = pa.array(["1.5"] * skip + texts, pa.string()).slice(skip)
    fast, whole, decimals, value = bulk.digits_columns(column)
    expected = [scalar_digits(t) for t in texts]
    assert fast.tolist() == [e[0] for e in expected]
    assert whole.tolist() == [e[1] for e in expected]
    assert decimals.tolist() == [e[2] for e in expected]
    assert np.array_equal(value, np.array([e[3] for e in expected], float))


bounds = st.sampled_from([0.0, -0.0, 1.5, -2.5, 1e300, -1e-300, 7.0]) | st.floats(allow_nan=False)
boxes = st.lists(st.tuples(bounds, bounds, st.booleans(), st.booleans()), min_size=1, max_size=20)


@given(boxes, st.sampled_from([1.0, 1e8, 1e-4, 0.1, 1e300]) | st.floats(1e-300, 1e300))
@SLOW
def test_scale_equals_bounded(rows: list, factor: float) -> None:
    import numpy as np

    box = tuple(np.array(part) for part in zip(*rows, strict=True))
    factors = np.full(len(rows), factor)
    expected = bulk.bounded(lambda x: x * factors, box)
    if factor == 1.0:  # x * 1 is x: the box as it is, nothing rounded (as Interval.scale)
        expected = box
    for got, want in zip(bulk.scale(box, factors), expected, strict=True):
        assert np.array_equal(got, want)
        assert np.array_equal(np.signbit(got), np.signbit(want))
    for got, want in zip(bulk.scale(box, factor), bulk.scale(box, factors), strict=True):
        assert np.array_equal(got, want)  # a scalar factor as the same factor on every row


# --- generated tidy files: every cell valid or not, quoted or not ------------------------------

CELLS = {
    "subject": st.sampled_from(["Xinjiang", " Xinjiang ", "Inner  Mongolia", "", "   "]),
    "period": st.sampled_from(["2025-H1", "2025-06", "H1 2025", "2025-13", "", "2024"]),
    "flow": st.sampled_from(["total", "Exports", "balance", "", "sideways"]),
    "partner": st.sampled_from(["", "World", "Kazakhstan", " Russia"]),
    "segment": st.sampled_from(["", "processing trade"]),
    "measure": st.sampled_from(["value", "yoy_growth", "share", "partner_count", "gdp", "x"]),
    "value": st.sampled_from(["280.8", "0", "-3.5", "100", "150.5", "1,280.8", "007", " 5",
                              "1e3", "-0", "0.00001", "12345678901234567", "abc", "", "28"]),
    "unit": st.sampled_from(["billion CNY", "percent", "count", "USD", "100 million CNY", "ounces", ""]),
    "qualifier": st.sampled_from(["", "exact", "about", "more_than", "less_than", "at_least",
                                  "at_most", "roughly"]),
    "benchmark": st.sampled_from(["", "", "", "China"]),
    "quote": st.sampled_from(["", "a record 280.8", "  "]),
    "source": st.sampled_from(["", "news"]),
    "span": st.sampled_from(["", "", "3:10", "9:1"]),
    "derived_by": st.sampled_from(["", ""]),
}  # fmt: skip


@st.composite
def tidy_files(draw: st.DrawFn) -> str:
    header = list(CELLS)
    rows = draw(st.lists(st.fixed_dictionaries(CELLS), min_size=0, max_size=12))
    lines = [",".join(header)]
    for row in rows:
        cells = [row[h] for h in header]
        if draw(st.booleans()) and draw(st.booleans()):
            cells[10] = '"' + (cells[10] or "x, y") + '"'
        lines.append(",".join(cells))
    if draw(st.booleans()):
        lines.insert(min(2, len(lines)), "")
    end = draw(st.sampled_from(["\n", "\r\n"]))
    return end.join(lines) + end


@given(tidy_files())
@SLOW
def test_generated_tidy_files_read_as_load_reads_them(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = tmp_path_factory.mktemp("tidy") / "generated.csv"
    path.write_bytes(text.encode("utf-8"))
    same_as_load(path, loader="tidy-csv")


COMTRADE_CELLS = {
    "freqCode": st.sampled_from(["A", "M", "Q"]),
    "period": st.sampled_from(["2023", "202306", "", "20x"]),
    "reporterDesc": st.sampled_from(["China", "", " Kazakhstan "]),
    "reporterISO": st.sampled_from(["CHN", ""]),
    "flowCode": st.sampled_from(["X", "M", "RX", "Z", "x"]),
    "partnerCode": st.sampled_from(["0", "398", ""]),
    "partnerDesc": st.sampled_from(["World", "Kazakhstan", ""]),
    "cmdCode": st.sampled_from(["TOTAL", "27", ""]),
    "motCode": st.sampled_from(["0", "", "1000"]),
    "primaryValue": st.sampled_from(["3379253113483.0", "12", "", "-5", "1,234", "1.5e3", "0"]),
}


@st.composite
def comtrade_files(draw: st.DrawFn) -> str:
    rows = draw(st.lists(st.fixed_dictionaries(COMTRADE_CELLS), max_size=10))
    lines = [",".join(COMTRADE_COLUMNS)]
    for row in rows:
        lines.append(",".join(row.get(c, "0") for c in COMTRADE_COLUMNS))
    return "\n".join(lines) + "\n"


@given(comtrade_files())
@SLOW
def test_generated_comtrade_files_read_as_load_reads_them(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = tmp_path_factory.mktemp("comtrade") / "generated.csv"
    path.write_bytes(text.encode("utf-8"))
    same_as_load(path, loader="comtrade")


# --- output -----------------------------------------------------------------------------------


@given(st.lists(facts(), max_size=8))
@SLOW
def test_dump_csv_reads_back_and_parquet_round_trips(
    tmp_path_factory: pytest.TempPathFactory, items: list
) -> None:
    # NUL is not text: no CSV loader reads it back (tradestat.dump's files neither)
    assume(not any("\x00" in (f.provenance.quote or "") for f in items))
    here = tmp_path_factory.mktemp("dump")
    table = FactTable.from_factset(items)
    table.dump(here / "facts.csv")
    back = load(here / "facts.csv").facts if items else FactSet([])
    assert back == FactSet(items)
    if items:
        assert load_table(here / "facts.csv") == FactTable.from_factset(back)
    table.dump(here / "facts.parquet")
    again = load_table(here / "facts.parquet")
    assert again == FactTable.from_factset(load(here / "facts.parquet").facts)
    assert again.to_factset() == FactSet(items)


def test_dump_refuses_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="expected csv or parquet"):
        FactTable.from_factset([]).dump(tmp_path / "x.xml")


def test_other_formats_fall_back_to_load() -> None:
    table = same_as_load(DATA / "loaders" / "xinjiang-2025-h1.json")
    assert table.loader == "tidy-json"


# --- batches ----------------------------------------------------------------------------------


def test_iter_table_batches_add_up_to_the_whole(tmp_path: Path) -> None:
    source = (DATA / "loaders" / "xinjiang-2025-h1.csv").read_text(encoding="utf-8")
    header, *rows = source.splitlines()
    rows = rows * 5
    rows.insert(7, "Xinjiang,2025-H1,total,World,,value,-1,billion CNY,exact,,,,,")
    rows.insert(30, 'Xinjiang,2025-H1,total,World,,value,2,billion CNY,exact,,"a, b",,,')
    path = tmp_path / "many.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    whole = same_as_load(path)
    batches = list(iter_table(path, rows=7))
    assert len(batches) > 5
    assert sum(len(b) for b in batches) == len(whole)
    rejected = [str(r) for b in batches for r in b.rejected]
    assert rejected == [str(r) for r in whole.rejected]
    assert "many.csv:9" in rejected[0]
    facts = [f for b in batches for f in b.to_factset()]
    assert FactSet(facts) == whole.to_factset()


# --- conversion -------------------------------------------------------------------------------


def scalar_convert(fact, rate: ExchangeRate, to: str) -> Estimate:
    """How the scalar API converts one fact (as derivation.converted does it)."""
    code = currency_of(fact.figure.unit)
    unit = f"{fact.figure.unit_string.removesuffix(code).strip()} {to}".strip()
    return rate.convert(fact.estimate()).to(unit)


money_facts = facts().filter(lambda f: currency_of(parse_unit(f.figure.unit_string)) is not None)


@given(
    st.lists(money_facts, min_size=1, max_size=10),
    st.sampled_from(["7.1776", "7.1", "0.5", "123.45"]),
)
@settings(SLOW, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_convert_equals_the_scalar_api(items: list, digits: str) -> None:
    table = FactTable.from_factset(items)
    rates = RateTable()
    for f in items:
        for code in ("CNY", "EUR"):
            rates.add(ExchangeRate.of("USD", code, digits, period=f.period))
    converted = table.convert("USD", rates).to_arrow().to_pylist()
    assert len(converted) == len(items)
    for fact, row in zip(items, converted, strict=True):
        code = currency_of(fact.figure.unit)
        if code == "USD":
            assert row["stated"] == str(fact.figure.magnitude)
            continue
        rate = rates.lookup("USD", code, fact.period)
        expected = scalar_convert(fact, rate, "USD")
        assert (row["value"], row["low"], row["high"]) == (
            expected.value,
            expected.low,
            expected.high,
        )
        assert (row["low_closed"], row["high_closed"]) == (
            expected.interval.low_closed,
            expected.interval.high_closed,
        )
        assert row["unit"] == expected.unit_string
        base = expected.to_base_units()
        assert (row["base_value"], row["base_low"], row["base_high"]) == (
            base.value,
            base.low,
            base.high,
        )
        assert row["derived_by"] == f"converted at {cited(rate)}"
        assert row["stated"] is None
    back = FactTable(table.convert("USD", rates).table).to_factset()
    assert len(back) == len(items)


def test_convert_with_one_rate_and_daily_rates() -> None:
    facts_ = load(DATA / "loaders" / "xinjiang-2025-h1.csv").facts.filter(period="2025-H1")
    table = FactTable.from_factset(facts_)
    rate = ExchangeRate.of("USD", "CNY", "7.1776")
    one = table.convert("USD", rate)
    money = [f for f in facts_ if currency_of(f.figure.unit) is not None]
    assert len(one) == len(money)
    first = next(f for f in money if currency_of(f.figure.unit) == "CNY")
    row = one.to_arrow().to_pylist()[money.index(first)]
    assert row["value"] == scalar_convert(first, rate, "USD").value
    daily = DailyRates()
    import datetime

    for day in range(1, 29):
        for month in range(1, 7):
            daily.add_daily(
                datetime.date(2025, month, day), ExchangeRate.of("USD", "CNY", f"7.1{day % 10}")
            )
    by_day = table.convert("USD", daily)
    rate_h1 = daily.lookup("USD", "CNY", "2025-H1")
    row = by_day.to_arrow().to_pylist()[money.index(first)]
    assert row["value"] == scalar_convert(first, rate_h1, "USD").value
    with pytest.raises(RateError):
        table.convert("USD", ExchangeRate.of("EUR", "USD", "1.08"))
    with pytest.raises(RateError):
        table.convert("USD", "7.1")


# --- the benchmark runs at a tiny size --------------------------------------------------------


def test_bench_scale_runs_tiny(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    try:
        import bench_scale
    finally:
        sys.path.pop(0)
    rows = bench_scale.main(["--rows", "300", "--repeat", "1"])
    assert {work for work, _, _ in rows} >= {
        "dump CSV vs pandas.to_csv",
        "convert vs numpy, same lookups",
    }
    assert "ratio" in capsys.readouterr().out
