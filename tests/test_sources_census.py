"""US Census international trade API answers."""

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
from tradestat.errors import LoadError
from tradestat.loaders import Source, loads

DATA = Path(__file__).parent / "data" / "sources"


def test_census_answer_loads_month_and_year_to_date_with_the_world_marked() -> None:
    result = ts.load(DATA / "census-exports-2024-03.json")
    assert result.loader == "census" and result.ok and result.records == 6
    china = result.facts.filter(partner="China")
    assert {str(f.period): f.figure.magnitude for f in china} == {
        "2024-03": Decimal("12456789012"),
        "2024-Q1": Decimal("35123456789"),
    }
    assert all(f.subject == "United States" and f.flow.value == "exports" for f in china)
    assert "Schedule C 5700" in china[0].provenance.source
    world = result.facts.filter(partner="World")
    assert len(world) == 2 and all("aggregate" in f.provenance.source for f in world)
    eu = result.facts.filter(partner="EU")
    assert all("aggregate" in f.provenance.source for f in eu)


def test_duplicated_predicate_columns_and_imports() -> None:
    text = '[["CTY_NAME","I_COMMODITY","GEN_VAL_MO","time","I_COMMODITY"],\n["TOTAL FOR ALL COUNTRIES","8542","100","2024-01","8542"]]'
    result = loads(text, loader="census")
    fact = result.facts.one()
    assert fact.flow.value == "imports" and fact.partner == "World" and fact.segment == "HS 8542"


def test_bad_cells_are_rejected_with_line_and_column() -> None:
    text = '[["CTY_CODE","CTY_NAME","ALL_VAL_MO","time"],\n["5700","CHINA","x","2024-03"],\n["5700","CHINA","1"]]'
    result = loads(text, loader="census")
    assert result.records == 2 and result.accepted == 0
    assert [str(r.location) for r in result.rejected] == ["<text>:2:3", "<text>:3"]


def test_empty_204_body_and_html_error_page() -> None:
    empty = ts.load(Source("empty.json", ""), loader="census")
    assert empty.records == 0 and "204" in empty.warnings[0]
    with pytest.raises(LoadError, match="Invalid Key|HTML"):
        loads("<html>Invalid Key</html>", loader="census")


@given(st.binary(max_size=300))
def test_census_loader_fuzz_over_bytes(data: bytes) -> None:
    for payload in (data, b'[["CTY_CODE","ALL_VAL_MO","time"],' + data):
        try:
            result = ts.load(Source.from_bytes(payload, "c.json"), loader="census")
        except ts.TradestatError:
            continue
        assert result.accepted + len(result.rejected) == result.records
