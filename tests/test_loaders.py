import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
import tradestat.loaders
from strategies import facts as fact_strategy
from tradestat.datasets import xinjiang_2025_h1
from tradestat.errors import LoadError

DATA = Path(__file__).parent / "data" / "loaders"


def rejections(result: tradestat.loaders.LoadResult) -> list[str]:
    return [str(r) for r in result.rejected]


@pytest.mark.parametrize(
    "name",
    ["xinjiang-2025-h1.csv", "xinjiang-2025-h1.json", "xinjiang-2025-h1.jsonl", "tidy-bom.json"],
)
def test_tidy_files_give_back_the_article(name: str) -> None:
    result = ts.load(DATA / name)
    assert result.loader == ("tidy-csv" if name.endswith(".csv") else "tidy-json")
    assert (result.records, result.accepted, result.rejected) == (16, 16, ())
    assert list(result.facts) == list(xinjiang_2025_h1())


def test_corpus_annotation_files_load() -> None:
    result = ts.load(DATA / "annotation-inner-mongolia-2025-jan-sep.json")
    assert result.ok and len(result.facts) == 18
    assert {f.subject for f in result.facts} == {"Inner Mongolia"}


def test_tidy_csv_rejections_name_line_and_column() -> None:
    result = ts.load(DATA / "tidy-bad.csv")
    assert (result.records, result.accepted) == (8, 2)
    assert rejections(result) == [
        "tidy-bad.csv:3:7: field 'value': 'n/a' is not a number",
        "tidy-bad.csv:4:8: field 'unit': unknown unit 'billion XYZ': expected a scale word and "
        "currency ('billion CNY'), 'percent', 'percentage_point' or 'count'",
        "tidy-bad.csv:5:7: share of Xinjiang 2025-H1: 120 percent is impossible; share lies in [0, 100]",
        "tidy-bad.csv:6:2: field 'period': cannot read 'first half': expected a period such as 2025, "
        "2025-H1, H1 2025, 2025-Q2, 2025-06, June 2025, 2025-01/2025-05, first five months of 2025",
        "tidy-bad.csv:7:9: field 'qualifier': unknown qualifier 'roughly': expected one of exact, "
        "about, more_than, less_than, at_least, at_most",
        "tidy-bad.csv:8: expected 11 columns, got 4",
    ]
    assert result.rejected[0].raw.startswith("Xinjiang,2025-H1,total,World,,value,n/a")


def test_crlf_and_quoted_fields() -> None:
    result = ts.load(DATA / "tidy-crlf.csv")
    assert result.ok and len(result.facts) == 2
    assert (
        result.facts[1].provenance.quote == "accounting for 94.3 percent of its total trade volume"
    )


def test_truncated_json_keeps_what_came_before() -> None:
    result = ts.load(DATA / "tidy-truncated.json")
    assert (result.records, result.accepted, len(result.rejected)) == (9, 8, 1)
    assert "invalid or truncated JSON" in result.rejected[0].reason
    assert result.rejected[0].location.line is not None


def test_json_lines_with_bad_lines() -> None:
    result = ts.load(DATA / "tidy-bad.jsonl")
    assert (result.records, result.accepted) == (6, 4)
    assert rejections(result)[0].startswith("tidy-bad.jsonl:4:62: invalid JSON")
    assert (
        rejections(result)[1]
        == "tidy-bad.jsonl:5: expected an object with the fact fields, got list"
    )


def test_facts_object_form_names_the_index() -> None:
    good = xinjiang_2025_h1().to_records()[0]
    text = json.dumps({"facts": [good, {**good, "measure": "volume"}]})
    result = ts.load(text)
    assert rejections(result) == [
        "<text>:facts[1].measure: unknown measure 'volume': expected one of value, yoy_growth, "
        "mom_growth, share, partner_count, growth_gap, gdp, gdp_growth_target"
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "empty source: no loader can tell what it is; candidates: "),
        ("junk.bin", "junk.bin: binary data, not text (found NUL bytes)"),
        (
            "unknown.csv",
            "unknown.csv: no loader can read this source; candidates: ",
        ),
    ],
)
def test_unreadable_sources_raise_with_candidates(name: str, message: str) -> None:
    with pytest.raises(LoadError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ts.load(DATA / name)


def test_empty_file_with_a_named_loader_is_zero_records() -> None:
    result = ts.load(DATA / "empty.csv", loader="tidy-csv")
    assert (result.records, len(result.facts)) == (0, 0)
    assert result.warnings == ("empty.csv: empty source, no records",)


def test_missing_file_and_unknown_loader() -> None:
    with pytest.raises(LoadError, match="nowhere.csv: cannot read file"):
        ts.load("nowhere.csv")
    with pytest.raises(
        LoadError,
        match="no loader named 'excel': available are article, census, columnar, comext, comtrade, ",
    ):
        ts.load(DATA / "tidy-crlf.csv", loader="excel")


def test_strict_raises_on_the_first_rejected_record() -> None:
    with pytest.raises(
        LoadError, match=r"^tidy-bad.csv:3:7: field 'value': 'n/a' is not a number$"
    ):
        ts.load(DATA / "tidy-bad.csv", strict=True)


def test_text_and_file_objects() -> None:
    text = (DATA / "xinjiang-2025-h1.csv").read_text(encoding="utf-8")
    assert len(ts.load(text).facts) == 16
    assert len(ts.load(io.StringIO(text)).facts) == 16
    with (DATA / "comtrade-latin1-crlf.csv").open("rb") as handle:
        result = ts.load(handle)
    assert result.loader == "comtrade" and len(result.facts) == 7


def test_comtrade_csv() -> None:
    result = ts.load(DATA / "comtrade-annual.csv")
    assert result.ok and result.loader == "comtrade"
    total = result.facts.one(subject="China", flow="exports", partner="World", segment=None)
    assert total.figure.unit_string == "USD" and str(total.figure.magnitude) == "3379253113483.0"
    assert str(total.period) == "2023"
    assert result.facts.one(segment="re-exports").flow is ts.Flow.EXPORTS
    hs85 = result.facts.one(segment=lambda s: s is not None and s.startswith("HS 85"))
    assert hs85.segment == "HS 85 Electrical machinery and equipment"
    assert result.facts.one(subject="Kazakhstan").partner == "China"


def test_comtrade_latin1_download_keeps_names_and_warns() -> None:
    result = ts.load(DATA / "comtrade-latin1-crlf.csv")
    assert result.ok and len(result.facts) == 7
    assert result.facts.one(partner="Côte d'Ivoire").figure.value == 4311257361.0
    assert result.warnings == (
        "comtrade-latin1-crlf.csv: not valid UTF-8 (first bad byte on line 6); read as cp1252",
    )
    assert ts.load(DATA / "comtrade-bom.csv").ok


def test_comtrade_rejections() -> None:
    result = ts.load(DATA / "comtrade-bad.csv")
    assert (result.records, result.accepted) == (7, 1)
    assert rejections(result) == [
        "comtrade-bad.csv:3:10: flow code 'MIP' is not one tradestat maps (M, X, RM, RX, DX, FM)",
        "comtrade-bad.csv:4:44: primaryValue 'abc' is not a number",
        "comtrade-bad.csv:5:44: primaryValue is empty",
        "comtrade-bad.csv:6:6: monthly row (freqCode M) with period '2023'",
        "comtrade-bad.csv:7:44: value of China 2023: -5.0 USD is impossible; value lies in [0, inf)",
        "comtrade-bad.csv:8: expected 47 columns, got 13",
    ]


def test_comtrade_api_json() -> None:
    result = ts.load(DATA / "comtrade-monthly.json")
    assert result.ok and len(result.facts) == 5
    may = result.facts.one(period="2025-05", flow="exports")
    assert may.partner == "Kazakhstan" and may.figure.value == 2398765432.5
    assert result.facts.one(segment="transport: Road").figure.value == 1412345678.0
    truncated = ts.load(DATA / "comtrade-truncated.json")
    assert (truncated.records, truncated.accepted) == (2, 1)
    assert str(truncated.rejected[0]).startswith(
        "comtrade-truncated.json:53:5: invalid or truncated JSON"
    )


def test_dump_formats_and_errors(tmp_path: Path) -> None:
    facts = xinjiang_2025_h1()
    for suffix in ("csv", "json", "jsonl"):
        path = tmp_path / f"facts.{suffix}"
        ts.dump(facts, path)
        assert list(ts.load(path).facts) == list(facts)
    with pytest.raises(LoadError, match="cannot tell the format"):
        ts.dump(facts, tmp_path / "facts.xlsx")
    with pytest.raises(LoadError, match="unknown format 'xml'"):
        tradestat.loaders.dumps(facts, "xml")


@given(st.lists(fact_strategy(), max_size=8), st.sampled_from(["csv", "json", "jsonl"]))
def test_load_of_dump_is_identity(facts: list[ts.Fact], fmt: str) -> None:
    text = tradestat.loaders.dumps(facts, fmt)
    loader = "tidy-csv" if fmt == "csv" else "tidy-json"
    result = ts.load(io.StringIO(text), loader=loader)
    assert result.ok
    assert list(result.facts) == facts
    assert [str(f.figure.magnitude) for f in result.facts] == [
        str(f.figure.magnitude) for f in facts
    ]


GOOD_ROW = "Xinjiang,2025-H1,total,World,,value,280.8,billion CNY,exact,,q"
BAD_ROWS = [
    "Xinjiang,2025-H1,total,World,,value,n/a,billion CNY,exact,,q",
    "Xinjiang,2025-H1",
    "Xinjiang,2025-H1,total,World,,share,101,percent,exact,,q",
    '"unclosed,2025',
    "Xinjiang,2025-H1,total,World,,value,1,billion XYZ,exact,,q",
]


@given(
    st.lists(
        st.one_of(st.just(GOOD_ROW), st.sampled_from(BAD_ROWS), st.text(max_size=40)), max_size=20
    )
)
def test_every_row_is_accounted_for(rows: list[str]) -> None:
    header = "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote"
    text = "\n".join([header, *rows]) + "\n"
    result = ts.load(io.StringIO(text), loader="tidy-csv")
    assert len(result.facts) + len(result.rejected) == result.records
    assert result.accepted + len(result.rejected) == result.records
    if '"' not in text:  # without quotes, every non-blank line is one record
        lines = re.split(r"\r\n|\r|\n", text)[1:]
        assert result.records == sum(1 for ln in lines if any(c.strip() for c in ln.split(",")))
        assert len(result.facts) == rows.count(GOOD_ROW)


@given(st.text(max_size=300))
def test_any_text_loads_or_raises_a_load_error(text: str) -> None:
    for loader in ("tidy-csv", "tidy-json", "comtrade"):
        try:
            result = ts.load(io.StringIO(text), loader=loader)
        except ts.TradestatError:
            continue
        assert result.accepted + len(result.rejected) == result.records
