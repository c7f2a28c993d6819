import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import decimals
from tradestat import Fact, FactSet, Figure, Flow, Measure
from tradestat.datasets import xinjiang_2025_h1
from tradestat.errors import MissingFactError, ValidationError

DATA = Path(__file__).parent / "data"


def fact(**kw: object) -> Fact:
    base: dict[str, object] = {
        "subject": "Xinjiang",
        "period": "2025-H1",
        "flow": "total",
        "measure": "value",
        "figure": Figure("280.8", "billion CNY"),
    }
    base.update(kw)
    return Fact(**base)  # type: ignore[arg-type]


def test_a_valid_fact() -> None:
    f = fact()
    assert f.partner == "World" and f.segment is None and f.flow is Flow.TOTAL
    assert f.measure is Measure.VALUE
    assert "280.8 billion CNY" in f.describe()


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"figure": Figure(28, "percent")}, "a value needs a money unit"),
        ({"measure": "yoy_growth"}, "a yoy_growth needs 'percent'"),
        ({"measure": "share", "figure": Figure(120, "percent")}, "impossible; share lies in"),
        ({"measure": "share", "figure": Figure(100, "percent", "more_than")}, "impossible"),
        ({"measure": "partner_count", "figure": Figure("2.5", "count")}, "not a whole number"),
        ({"measure": "partner_count", "figure": Figure(-3, "count")}, "impossible"),
        ({"measure": "growth_gap", "figure": Figure(20, "percent")}, "needs 'percentage_point'"),
        ({"flow": None}, "needs a flow"),
        ({"measure": "gdp"}, "flow must be empty"),
        ({"benchmark": "China"}, "only a growth_gap has a benchmark"),
        ({"subject": " "}, "needs a subject"),
        ({"flow": "re-exports"}, "unknown flow 're-exports'"),
        ({"measure": "volume"}, "unknown measure 'volume'"),
        ({"figure": Figure(-5, "billion CNY")}, "impossible"),
    ],
)
def test_invalid_combinations_fail_at_construction(kw: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        fact(**kw)


def test_balance_may_be_negative() -> None:
    assert fact(flow="balance", figure=Figure(-5, "billion CNY")).interval.low < 0


def test_filter_and_one() -> None:
    facts = xinjiang_2025_h1()
    assert len(facts.filter(measure="value")) == 7
    assert len(facts.filter(period="H1 2025", measure=["share", "growth_gap"])) == 3
    assert len(facts.filter(qualifier="more_than")) == 7
    assert facts.one(measure="share", partner="BRI countries").figure.value == 80
    assert len(facts.filter(partner=lambda p: p != "World")) == 2
    with pytest.raises(MissingFactError, match="2 facts match"):
        facts.one(measure="share")
    with pytest.raises(ValidationError, match="cannot filter on colour"):
        facts.filter(colour="red")


def test_records_round_trip_the_article() -> None:
    facts = xinjiang_2025_h1()
    again = FactSet.from_records(json.loads(json.dumps(facts.to_records())))
    assert [f.key for f in again] == [f.key for f in facts]
    assert [f.figure for f in again] == [f.figure for f in facts]


def test_records_score_perfectly_against_the_annotation(tmp_path: Path) -> None:
    out = tmp_path / "xinjiang-2025-h1.json"
    out.write_text(json.dumps(xinjiang_2025_h1().to_records(), ensure_ascii=False))
    result = subprocess.run(
        [
            sys.executable,
            str(DATA / "score_extraction.py"),
            str(DATA / "xinjiang-2025-h1.json"),
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(result.stdout)
    assert summary["f1"] == 1.0 and summary["strict_f1"] == 1.0


def test_bad_records_name_index_and_field() -> None:
    good = xinjiang_2025_h1().to_records()[0]
    with pytest.raises(ValidationError, match=r"records\[1\]: field 'value'"):
        FactSet.from_records([good, {**good, "value": "n/a"}])
    with pytest.raises(ValidationError, match=r"records\[0\]: missing field\(s\) unit"):
        FactSet.from_records([{**good, "unit": None}])
    with pytest.raises(ValidationError, match=r"records\[0\]: field 'period'"):
        FactSet.from_records([{**good, "period": "someday"}])
    with pytest.raises(ValidationError, match="expected an object"):
        FactSet.from_records([["not", "a", "record"]])  # type: ignore[list-item]


@given(decimals(0, 10**7, 4), st.sampled_from(["exact", "about", "more_than", "at_most"]))
def test_record_keeps_stated_digits(digits: object, qualifier: str) -> None:
    f = fact(figure=Figure(digits, "100 million CNY", qualifier))
    again = Fact.from_record(json.loads(json.dumps(f.to_record())))
    assert again.figure == f.figure
    assert str(again.figure.magnitude) == str(f.figure.magnitude)


def test_a_fact_set_shows_briefly() -> None:
    import tradestat as ts

    facts = ts.datasets.xinjiang_2025_h1()
    shown = repr(facts)
    assert shown.startswith("<FactSet of 16: Xinjiang 2025-H1 total yoy_growth: 28 percent;")
    assert shown.endswith("13 more>") and len(shown) < 300
    assert repr(facts[:0]) == "<FactSet of 0>"
    html = facts._repr_html_()
    assert html.count("<tr>") == 17 and "&lt;" not in html.split("<tbody>")[0]
