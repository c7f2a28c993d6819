"""Column conversion's fast arithmetic is bulk.bounded to the bit; conversion by chunks and rows."""

from __future__ import annotations

import datetime
import itertools
import math

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

np = pytest.importorskip("numpy")
pa = pytest.importorskip("pyarrow")

from tradestat.loaders import bulk  # noqa: E402
from tradestat.rates import ExchangeRate, RateTable  # noqa: E402
from tradestat.table import FactTable, _box, _plain, _step  # noqa: E402

SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60)

#: Floats with the awkward ones often: zeros of both signs, infinities, subnormals, the largest.
edgy = st.one_of(
    st.floats(allow_nan=False),
    st.sampled_from([0.0, -0.0, math.inf, -math.inf, 5e-324, -5e-324, 1.7976931348623157e308,
                     -1.7976931348623157e308, 1.0, -1.0, 2.5e-308]),
)  # fmt: skip
positive = st.floats(min_value=1e-9, max_value=1e9)


@st.composite
def boxes(draw: st.DrawFn, n: int) -> tuple[object, ...]:
    """``n`` ordered interval boxes (low <= high), closed or open at each end."""
    pairs = [sorted((draw(edgy), draw(edgy))) for _ in range(n)]
    return (
        np.array([p[0] for p in pairs]),
        np.array([p[1] for p in pairs]),
        np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), bool),
        np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), bool),
    )


def same(a: object, b: object) -> bool:
    """Equal to the bit (the sign of zero too)."""
    return bool(np.array_equal(np.asarray(a).view(np.uint8), np.asarray(b).view(np.uint8)))


@given(st.lists(edgy, min_size=1, max_size=30))
@SLOW
def test_step_is_bulk_down_and_up(values: list[float]) -> None:
    x = np.array(values)
    finite = x[np.isfinite(x) & (x != 0)]
    assert same(_step(np, finite, -1), bulk.down(finite))
    assert same(_step(np, finite, 1), bulk.up(finite))


@given(st.data(), st.integers(1, 12), st.booleans(), st.booleans())
@SLOW
def test_box_is_bounded(data: st.DataObject, n: int, divide: bool, point: bool) -> None:
    box = data.draw(boxes(n))
    if point:
        b = np.array(data.draw(st.lists(positive, min_size=n, max_size=n)))
        by: tuple[object, ...] = (b, b, True, True)
    else:
        pairs = [sorted(data.draw(st.tuples(positive, positive))) for _ in range(n)]
        closed = data.draw(st.lists(st.booleans(), min_size=2 * n, max_size=2 * n))
        by = (
            np.array([p[0] for p in pairs]),
            np.array([p[1] for p in pairs]),
            np.array(closed[:n], bool),
            np.array(closed[n:], bool),
        )

    def fn(a: object, b: object) -> object:
        return a / b if divide else a * b  # type: ignore[operator]

    expected = bulk.bounded(fn, box, by)
    for got, want in zip(_box(np, box, by, divide), expected, strict=True):
        assert same(got, want)


def test_box_hands_what_does_not_fit_to_bounded() -> None:
    box = (np.array([2.0, -1.0]), np.array([1.0, 3.0]), np.ones(2, bool), np.ones(2, bool))
    by = (np.array([-1.0, 2.0]), np.array([1.0, 2.0]), np.ones(2, bool), np.ones(2, bool))
    expected = bulk.bounded(lambda a, b: a * b, box, by)
    for got, want in zip(_box(np, box, by, False), expected, strict=True):
        assert same(got, want)


def test_convert_of_a_chunked_table_with_percent_usd_and_zero_rows() -> None:
    text = (
        "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote,"
        "source,span,derived_by\n"
    )
    rows = []
    units = ("100 million CNY", "billion USD", "percent", "10 thousand CNY")
    for i in range(40):
        unit = units[i % 4]
        measure = "yoy_growth" if unit == "percent" else "value"
        value = "0" if i % 7 == 0 else f"{i * 3.7:.1f}"
        qualifier = "more_than" if i % 5 == 0 and unit != "percent" else "exact"
        rows.append(
            f"Hebei,2024-{i % 12 + 1:02d},exports,World,,{measure},{value},{unit},{qualifier},"
            f",,customs,,\n"
        )
    from tradestat.table import load_table

    rates = RateTable.from_rates(
        ExchangeRate.of("USD", "CNY", f"7.1{m % 10}", period=f"2024-{m + 1:02d}") for m in range(12)
    )
    whole = FactTable.from_factset(load_table_text(load_table, text + "".join(rows)).to_factset())
    pieces = pa.concat_tables(
        [whole.table.slice(0, 13), whole.table.slice(13, 20), whole.table.slice(33)]
    )
    one = whole.convert("USD", rates)
    chunked = FactTable(pieces).convert("USD", rates)
    assert len(one) == 30
    assert _plain(one.table).equals(_plain(chunked.table))
    converted = one.to_arrow().to_pylist()
    assert {r["unit"] for r in converted} == {"100 million USD", "billion USD", "10 thousand USD"}
    for row in converted:
        kept = row["unit"] == "billion USD"
        assert (row["derived_by"] is None) == kept
        assert (row["stated"] is not None) == kept
    assert len(one.to_factset()) == 30


def load_table_text(load_table: object, text: str) -> FactTable:
    """A table loaded from CSV text (written beside the test's other temporary files)."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.csv"
        path.write_text(text, encoding="utf-8")
        return load_table(path)  # type: ignore[operator,no-any-return]


def test_convert_of_sliced_chunks_with_money_only() -> None:
    """No row filtered out: the result reuses the table's chunks, offsets and all."""
    from tradestat.table import load_table

    header = "subject,period,flow,partner,segment,measure,value,unit,qualifier\n"
    units = ("billion CNY", "billion USD", "10 thousand CNY")
    lines = [
        f"Hebei,2024-{i % 12 + 1:02d},exports,World,,value,{i * 1.5 + 0.5:.1f},{units[i % 3]},"
        "exact\n"
        for i in range(37)
    ]
    rates = RateTable.from_rates(
        ExchangeRate.of("USD", "CNY", f"7.1{m % 10}", period=f"2024-{m + 1:02d}") for m in range(12)
    )
    whole = load_table_text(load_table, header + "".join(lines))
    pieces = pa.concat_tables([whole.table.slice(0, 5), whole.table.slice(5, 19),
                               whole.table.slice(24)])  # fmt: skip
    assert pieces.column("stated").chunks[-1].offset > 0
    one = whole.convert("USD", rates)
    chunked = FactTable(pieces).convert("USD", rates)
    assert _plain(one.table).equals(_plain(chunked.table))
    rows = chunked.to_arrow().to_pylist()
    assert [r["stated"] is None for r in rows] == [i % 3 != 1 for i in range(37)]
    assert [r["unit"] for r in rows[:3]] == ["billion USD", "billion USD", "10 thousand USD"]


# --- the column conversion against the scalar API, row by row ---------------------------------

from strategies import facts  # noqa: E402
from tradestat.checks._groups import derived_fact  # noqa: E402
from tradestat.periods import Period  # noqa: E402
from tradestat.rates import DailyRates, cited  # noqa: E402
from tradestat.units import currency_of  # noqa: E402

#: Rate digits, coarse and fine (the digits set the rate's interval).
rate_digits = st.sampled_from(["7.1776", "7.1", "0.5", "123.45", "0.1364"])


@st.composite
def conversions(draw: st.DrawFn) -> tuple[list[object], str, object]:
    """Facts of every kind (money in CNY, EUR and USD, percents, counts) over a few months,
    a target currency, and rates for it: one ExchangeRate (either way round), a RateTable by
    period, or DailyRates (some months daily, the rest as tabled).
    """
    items = draw(st.lists(facts(), min_size=1, max_size=12))
    first = [draw(st.integers(24000, 24005)) for _ in items]
    months = [draw(st.sampled_from([0, 0, 2])) for _ in items]
    items = [
        attrs.evolve(f, period=Period(m, m + span))
        for f, m, span in zip(items, first, months, strict=True)
    ]
    to = draw(st.sampled_from(["USD", "CNY"]))
    others = sorted({"CNY", "EUR", "USD"} - {to})
    kind = draw(st.sampled_from(["one", "table", "daily"]))
    if kind == "one":
        code = draw(st.sampled_from(others))
        items = [f for f in items if currency_of(f.figure.unit) in (None, to, code)]
        assume(items)
        pair = (code, to) if draw(st.booleans()) else (to, code)
        return items, to, ExchangeRate.of(*pair, draw(rate_digits))
    rates = DailyRates() if kind == "daily" else RateTable()
    for code in others:
        pair = (code, to) if draw(st.booleans()) else (to, code)  # (a quarter's mean: one way)
        for month in range(24000, 24008):
            rates.add(ExchangeRate.of(*pair, draw(rate_digits), period=Period(month, month)))
    if isinstance(rates, DailyRates):
        for month in draw(st.lists(st.integers(24000, 24007), max_size=4, unique=True)):
            for day in (3, 17):
                date = datetime.date(month // 12, month % 12 + 1, day)
                rates.add_daily(date, ExchangeRate.of(to, others[0], draw(rate_digits)))
    return items, to, rates


def chunked(table: FactTable, cuts: list[int]) -> FactTable:
    """The same table with its columns in chunks cut at ``cuts``."""
    bounds = [0, *sorted(c % (len(table) + 1) for c in cuts), len(table)]
    pieces = [table.table.slice(a, b - a) for a, b in itertools.pairwise(bounds)]
    return FactTable(pa.concat_tables(pieces))


@given(conversions(), st.lists(st.integers(0, 20), max_size=3))
@settings(SLOW, max_examples=30, suppress_health_check=[HealthCheck.too_slow,
                                                      HealthCheck.filter_too_much])  # fmt: skip
def test_convert_is_the_scalar_api_row_by_row(case: tuple, cuts: list[int]) -> None:
    """Each money row as ``rate.convert(fact.estimate()).to(unit)`` and the derivation's fact;
    rows already in ``to`` as they were; other rows dropped; chunks change nothing.
    """
    items, to, rates = case
    table = chunked(FactTable.from_factset(items), cuts)
    original = FactTable.from_factset(items).to_arrow().to_pylist()
    result = table.convert(to, rates)
    result.to_arrow().validate(full=True)  # (dictionary indices in range, buffers sound)
    rows = result.to_arrow().to_pylist()
    back = list(result.to_factset())
    money = [i for i, f in enumerate(items) if currency_of(f.figure.unit) is not None]
    assert len(rows) == len(money)
    for i, row, fact_back in zip(money, rows, back, strict=True):
        fact = items[i]
        code = currency_of(fact.figure.unit)
        if code == to:
            assert row == original[i]
            assert fact_back == fact
            continue
        rate = rates if isinstance(rates, ExchangeRate) else rates.lookup(to, code, fact.period)
        scale = fact.figure.unit_string.removesuffix(code).strip()
        expected = rate.convert(fact.estimate()).to(f"{scale} {to}".strip())
        got = (row["value"], row["low"], row["high"], row["low_closed"], row["high_closed"])
        interval = expected.interval
        assert same(np.array(got[:3]), np.array([expected.value, interval.low, interval.high])), (
            got,
            expected,
        )
        assert got[3:] == (interval.low_closed, interval.high_closed)
        assert row["unit"] == expected.unit_string
        base = expected.to_base_units()
        assert (row["base_value"], row["base_low"], row["base_high"]) == (
            base.value,
            base.low,
            base.high,
        )
        assert row["base_unit"] == base.unit_string
        how = f"converted at {cited(rate)}"
        assert row["derived_by"] == how
        assert row["stated"] is None and row["quote"] is None and row["anchor"] is None
        bound = "lower" if math.isinf(fact.estimate().high) else None
        bound = "upper" if bound is None and math.isinf(fact.estimate().low) else bound
        assert fact_back == derived_fact(fact, expected, expected.unit_string, how, bound=bound)
        for name in ("subject", "period", "flow", "partner", "segment", "measure", "source"):
            assert row[name] == original[i][name]


def test_convert_shares_the_columns_it_does_not_change() -> None:
    """Every row money: the carried columns are the table's own (buffers shared, no copy),
    dictionary columns stay dictionaries; with rows dropped they are still dictionaries.
    """
    from tradestat.table import load_table

    header = "subject,period,flow,partner,segment,measure,value,unit,qualifier,source\n"
    units = ("billion CNY", "billion USD", "percent")
    lines = [
        f"Hebei,2024-{i % 12 + 1:02d},exports,World,,"
        f"{'yoy_growth' if units[i % 3] == 'percent' else 'value'},{i + 0.5},{units[i % 3]},"
        "exact,customs\n"
        for i in range(30)
    ]
    rates = RateTable.from_rates(
        ExchangeRate.of("USD", "CNY", f"7.1{m % 10}", period=f"2024-{m + 1:02d}") for m in range(12)
    )
    money_only = load_table_text(
        load_table, header + "".join(lines[i] for i in range(30) if i % 3 < 2)
    )
    result = money_only.convert("USD", rates).to_arrow()
    for name in ("subject", "period", "partner", "source", "period_first"):
        ours, theirs = result.column(name), money_only.table.column(name)
        assert ours.type == theirs.type
        inner = [c.indices if pa.types.is_dictionary(c.type) else c for c in ours.chunks]
        outer = [c.indices if pa.types.is_dictionary(c.type) else c for c in theirs.chunks]
        assert [c.buffers()[1].address for c in inner] == [c.buffers()[1].address for c in outer]
    mixed = load_table_text(load_table, header + "".join(lines)).convert("USD", rates).to_arrow()
    assert len(mixed) == 20
    for name in ("subject", "period", "partner", "source", "unit", "derived_by", "qualifier"):
        assert pa.types.is_dictionary(mixed.schema.field(name).type)
    assert mixed.column("period").to_pylist() == [
        f"2024-{i % 12 + 1:02d}" for i in range(30) if i % 3 < 2
    ]


def test_convert_of_a_large_table_is_the_same_with_the_worker_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From ``_THREADED`` rows the carried columns, the labels and the converted pieces are
    made on two worker threads: the same table as making them on the calling thread (with
    small pieces and blocks, many pieces run at once)."""
    import tradestat.table as table_module
    from tradestat.table import load_table

    n = table_module._THREADED + 1000
    units = ("100 million CNY", "billion USD", "percent", "10 thousand CNY", "million USD")
    lines = [
        "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote,"
        "source,span,derived_by\n"
    ]
    for i in range(n):
        unit = units[i % 5]
        measure = "yoy_growth" if unit == "percent" else "value"
        qualifier = ("exact", "about", "more_than")[i % 3]
        lines.append(
            f"P{i % 31},2024-{i % 12 + 1:02d},exports,C{i % 7},,{measure},{i % 997 * 1.3:.1f},"
            f"{unit},{qualifier},,q{i % 3},customs,,\n"
        )
    rates = RateTable.from_rates(
        ExchangeRate.of("USD", "CNY", f"7.1{m % 10}", period=f"2024-{m + 1:02d}") for m in range(12)
    )
    table = load_table_text(load_table, "".join(lines))
    with monkeypatch.context() as small:
        small.setattr(table_module, "_PIECE", 1 << 12)
        small.setattr(table_module, "_BLOCK", 1 << 10)
        threaded = table.convert("USD", rates)
    monkeypatch.setattr(table_module, "_THREADED", n + 1)
    alone = table.convert("USD", rates)
    assert len(threaded) == n - n // 5
    threaded.to_arrow().validate(full=True)
    assert _plain(threaded.table).equals(_plain(alone.table))


def test_convert_of_a_large_table_without_a_rate_raises_and_leaves_no_thread() -> None:
    """A period the rates do not cover is a RateError once the work begun has ended: no worker
    is left running."""
    import threading

    import tradestat.table as table_module
    from tradestat.errors import RateError
    from tradestat.table import load_table

    n = table_module._THREADED + 10
    header = (
        "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote,"
        "source,span,derived_by\n"
    )
    rows = "".join(
        f"P{i % 5},2024-{i % 12 + 1:02d},exports,World,,value,{i % 97}.5,100 million CNY,"
        "exact,,,customs,,\n"
        for i in range(n)
    )
    table = load_table_text(load_table, header + rows)
    rates = RateTable.from_rates([ExchangeRate.of("USD", "CNY", "7.1", period="2024-01")])
    with pytest.raises(RateError, match="2024-02"):
        table.convert("USD", rates)
    assert not [t for t in threading.enumerate() if t.name.startswith("tradestat-convert")]


def test_convert_of_a_row_without_a_period_raises_instead_of_using_another_periods_rate() -> None:
    """A table built from Arrow may hold a null period: it gets no rate, not the last one."""
    from tradestat.errors import RateError
    from tradestat.table import load_table

    header = (
        "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote,"
        "source,span,derived_by\n"
    )
    rows = "".join(
        f"Hunan,2024-0{m},exports,World,,value,1{m}.5,100 million CNY,exact,,,customs,,\n"
        for m in (1, 2)
    )
    arrow = load_table_text(load_table, header + rows).to_arrow()
    at = arrow.schema.get_field_index("period")
    period = pa.array([None, "2024-02"], arrow.schema.field(at).type)
    holed = FactTable.from_arrow(arrow.set_column(at, "period", period))
    rates = RateTable.from_rates(
        [ExchangeRate.of("USD", "CNY", r, period=f"2024-0{m}") for m, r in ((1, "7.1"), (2, "7.2"))]
    )
    with pytest.raises(RateError, match="no period"):
        holed.convert("USD", rates)
