"""Facts as pandas DataFrames and Arrow tables: lossless both ways, useful columns."""

import math
import sys

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradestat as ts
from strategies import facts as fact_strategy
from tradestat.datasets import xinjiang_2025_h1
from tradestat.errors import TradestatError, ValidationError
from tradestat.frames import COLUMN_NAMES

fact_sets = st.lists(fact_strategy(), max_size=6).map(ts.FactSet)


def digits(facts: ts.FactSet) -> list[tuple[str, str, str]]:
    """What equality of facts does not see: the written digits (280.80 == 280.8)."""
    return [(str(f.figure.magnitude), f.figure.unit_string, str(f.provenance)) for f in facts]


@settings(max_examples=min(settings().max_examples, 80))
@given(fact_sets)
def test_pandas_and_arrow_round_trips_are_lossless(facts: ts.FactSet) -> None:
    frame = facts.to_pandas()
    assert list(frame.columns) == list(COLUMN_NAMES)
    back = ts.FactSet.from_pandas(frame)
    assert back == facts
    assert digits(back) == digits(facts)
    table = facts.to_arrow()
    assert table.schema.metadata == {b"tradestat": b"facts/1"}
    back = ts.FactSet.from_arrow(table)
    assert back == facts
    assert digits(back) == digits(facts)


def test_trailing_zeros_survive() -> None:
    fact = ts.Fact("Xinjiang", "2025-H1", "total", "value", ts.Figure("280.80", "billion CNY"))
    frame = ts.FactSet([fact]).to_pandas()
    assert frame.loc[0, "stated"] == "280.80" and frame.loc[0, "value"] == 280.8
    assert str(ts.FactSet.from_pandas(frame)[0].figure.magnitude) == "280.80"


def test_frame_columns_serve_sorting_and_plotting() -> None:
    frame = xinjiang_2025_h1().to_pandas()
    total = frame[(frame.measure == "value") & (frame.unit == "billion CNY")].iloc[0]
    assert total.period == "2025-H1"
    assert str(total.period_start.date()) == "2025-01-01"
    assert str(total.period_end.date()) == "2025-06-30"
    assert (total.low, total.high) == pytest.approx((280.75, 280.85))
    assert total.base_unit == "CNY" and total.base_value == pytest.approx(280.8e9)
    assert total.published is pd.NaT
    share = frame[(frame.measure == "share") & (frame.partner == "BRI countries")].iloc[0]
    assert (share.low, share.high, share.low_closed, share.high_closed) == (80, 100, False, True)
    more = frame[frame.qualifier == "more_than"]
    assert math.isinf(more[more.measure == "growth_gap"].iloc[0].high)
    assert set(frame.base_unit) == {"CNY", "USD", "percent", "percentage_point", "count"}
    assert frame.span_start.dtype == "Int64"
    assert frame.period_start.dtype.kind == "M"


def test_a_frame_with_only_the_stated_columns_is_enough() -> None:
    frame = pd.DataFrame(
        {
            "subject": ["Xinjiang"],
            "period": ["H1 2025"],
            "flow": ["total"],
            "measure": ["value"],
            "value": [280.8],
            "unit": ["billion yuan"],
        }
    )
    (fact,) = ts.FactSet.from_pandas(frame)
    assert fact.describe() == "Xinjiang 2025-H1 total value: 280.8 billion CNY"


def test_bad_rows_are_named_by_their_index_and_field() -> None:
    frame = xinjiang_2025_h1().to_pandas()
    frame.loc[3, "unit"] = "billion XYZ"
    with pytest.raises(ValidationError, match=r"^row 3: field 'unit': unknown unit"):
        ts.FactSet.from_pandas(frame)
    frame = xinjiang_2025_h1().to_pandas()
    frame.loc[1, "value"] = 281.0
    with pytest.raises(ValidationError, match=r"row 1: field 'value': 281.0 disagrees with"):
        ts.FactSet.from_pandas(frame)
    with pytest.raises(ValidationError, match="lacks column"):
        ts.FactSet.from_pandas(frame.drop(columns=["unit"]))
    with pytest.raises(ValidationError, match="expected a pandas DataFrame"):
        ts.FactSet.from_pandas([1, 2])


def test_polars_style_arrow_input_and_record_batches() -> None:
    facts = xinjiang_2025_h1()
    batch = facts.to_arrow().to_batches()[0]
    assert ts.FactSet.from_arrow(batch) == facts
    stripped = pa.table({c: facts.to_arrow()[c] for c in ("subject", "period", "flow")})
    with pytest.raises(ValidationError, match="lacks column"):
        ts.FactSet.from_arrow(stripped)


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(TradestatError, match=r"pip install 'tradestat\[frames\]'"):
        xinjiang_2025_h1().to_pandas()
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(TradestatError, match=r"needs pyarrow.*tradestat\[frames\]"):
        xinjiang_2025_h1().to_arrow()
