"""Column conversion's fast arithmetic is bulk.bounded to the bit; conversion by chunks and rows."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
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
