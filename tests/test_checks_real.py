"""Checks on real releases: like compared with like, doctored variants still caught."""

import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
from tradestat.checks import Severity, check
from tradestat.cli import main
from tradestat.datasets import xinjiang_2025_h1
from tradestat.derivation import derive
from tradestat.ratefiles import read_rates

HERE = Path(__file__).parent
SHARED_CORPUS = HERE.parent.parent / "shared" / "corpus"
XJ = xinjiang_2025_h1()


def fact(measure: str, value: object, unit: str, **kw: object) -> ts.Fact:
    return ts.Fact(
        subject=kw.pop("subject", "Hubei"),
        period=kw.pop("period", "2023-01/2023-11"),
        flow=kw.pop("flow", "total"),
        measure=measure,
        figure=ts.Figure(value, unit, kw.pop("qualifier", "exact")),
        provenance=ts.Provenance(source="test", quote=str(kw.pop("quote", ""))),
        **kw,  # type: ignore[arg-type]
    )


def errors(facts: list[ts.Fact] | ts.FactSet, **kw: object) -> list[str]:
    return [f.message for f in check(facts, **kw) if f.severity is Severity.ERROR]  # type: ignore[arg-type]


# --- a gap compares the gap's own trade with the benchmark's overall trade ----------------
OVERALL = fact("yoy_growth", "2.6", "percent")
ASEAN = fact("yoy_growth", "9.9", "percent", partner="ASEAN")


def test_a_partners_gap_is_measured_against_the_subjects_overall_growth() -> None:
    gap = fact("growth_gap", "7.3", "percentage_point", partner="ASEAN", benchmark="Hubei")
    assert errors([OVERALL, ASEAN, gap]) == []
    doctored = attrs.evolve(gap, figure=ts.Figure("12.3", "percentage_point"))
    (message,) = errors([OVERALL, ASEAN, doctored])
    assert message.startswith("Hubei with ASEAN 2023-01/2023-11 total growth_gap vs Hubei:")
    assert "growth 9.9 percent against Hubei's overall 2.6 percent is a gap of 7.2" in message


def test_a_segments_gap_and_the_national_benchmark() -> None:
    private = fact("yoy_growth", "34.7", "percent", segment="private enterprises")
    gap = fact(
        "growth_gap", "32.1", "percentage_point", segment="private enterprises", benchmark="Hubei"
    )
    assert errors([OVERALL, private, gap]) == []
    china = fact("yoy_growth", "-0.5", "percent", subject="China")
    national = fact("growth_gap", "3.1", "percentage_point", benchmark="China")
    assert errors([OVERALL, china, national]) == []
    assert errors([OVERALL, china, attrs.evolve(national, figure=ts.Figure(5, "percentage_point"))])
    # the national benchmark is China's overall growth, not its growth with ASEAN
    china_asean = fact("yoy_growth", "5.5", "percent", subject="China", partner="ASEAN")
    asean_gap = fact("growth_gap", "10.4", "percentage_point", partner="ASEAN", benchmark="China")
    assert errors([ASEAN, china, china_asean, asean_gap]) == []


def test_the_national_level_of_the_same_trade_is_a_reading_of_the_benchmark() -> None:
    # "M&E exports grew 15.2 percent, 8.4 points above the national level" (Jiangxi 2018):
    # the national level is China's M&E exports (6.8), not China's exports overall (5)
    me = {
        "period": "2018-01/2018-07",
        "flow": "exports",
        "segment": "mechanical and electrical products",
    }
    own = fact("yoy_growth", "15.2", "percent", subject="Jiangxi", **me)
    gap = fact("growth_gap", "8.4", "percentage_point", subject="Jiangxi", benchmark="China", **me)
    overall = fact(
        "yoy_growth", "5", "percent", subject="China", period="2018-01/2018-07", flow="exports"
    )
    national_me = fact("yoy_growth", "6.8", "percent", subject="China", **me)
    assert errors([own, gap, overall, national_me]) == []
    # only the overall reading is stated and it fails: the same-trade one may be meant
    (finding,) = [f for f in check([own, gap, overall]) if f.rule == "gap_vs_benchmark"]
    assert finding.severity is Severity.WARNING
    assert "against China's overall 5 percent is a gap of 9.6-10.8 percentage_point" in (
        finding.message
    )
    assert finding.message.endswith("over China's same trade, whose growth is not stated")
    off = attrs.evolve(national_me, figure=ts.Figure("1.2", "percent"))
    (message,) = errors([own, gap, overall, off])  # both readings stated, neither fits
    assert "against China's same trade's 1.2 percent" in message
    # an ambiguous benchmark is not derived
    assert [d for d in derive([own, gap]) if d.rule == "benchmark_growth"] == []


def test_a_gap_of_the_overall_trade_against_itself_says_nothing() -> None:
    odd = fact("growth_gap", "7.3", "percentage_point", benchmark="Hubei")
    assert errors([OVERALL, odd]) == []


def test_the_benchmark_growth_derived_from_a_partners_gap() -> None:
    gap = fact("growth_gap", "7.3", "percentage_point", partner="ASEAN", benchmark="Hubei")
    (derived,) = [d for d in derive([ASEAN, gap]) if d.rule == "benchmark_growth"]
    assert (derived.fact.subject, derived.fact.partner, derived.fact.segment) == (
        "Hubei",
        "World",
        None,
    )
    assert derived.estimate.low == pytest.approx(2.5) and derived.estimate.high == pytest.approx(
        2.7
    )
    assert [d for d in derive([OVERALL, ASEAN, gap]) if d.rule == "benchmark_growth"] == []


def test_growth_compares_values_of_the_same_partner_and_segment_only() -> None:
    now = fact("value", "100", "billion CNY", period="2025-H1", partner="ASEAN")
    before = fact("value", "80", "billion CNY", period="2024-H1")  # the overall, not ASEAN
    growth = fact("yoy_growth", "25", "percent", period="2025-H1")
    assert errors([now, before, growth]) == []
    same = attrs.evolve(before, partner="ASEAN")
    assert errors([now, same, attrs.evolve(growth, partner="ASEAN")]) == []
    assert errors(
        [now, same, attrs.evolve(growth, partner="ASEAN", figure=ts.Figure(40, "percent"))]
    )


# --- the doctored variants of the seed article are still errors ---------------------------
def test_june_above_the_half_year_is_an_error() -> None:
    doctored = [
        attrs.evolve(f, figure=ts.Figure("290.4", "billion CNY"))
        if f.period == ts.Period.parse("2025-06") and f.figure.qualifier is ts.Qualifier.EXACT
        else f
        for f in XJ
    ]
    messages = errors(doctored)
    assert any("more than the whole of 2025-H1" in m for m in messages)
    assert errors(XJ) == []


def test_shares_past_100_percent_are_an_error() -> None:
    state = fact(
        "share",
        "30",
        "percent",
        subject="Xinjiang",
        period="2025-H1",
        segment="state-owned enterprises",
    )
    (message,) = errors([*XJ, state])
    assert (
        "private enterprises 94.3 percent, state-owned enterprises 30 percent never overlap"
        in message
    )


def test_a_dollar_figure_at_an_impossible_rate_is_an_error() -> None:
    table = read_rates(HERE / "data" / "rates" / "fred-dexchus-2025h1.csv")
    assert errors(XJ, rates=table) == []
    doctored = [
        attrs.evolve(f, figure=ts.Figure("93.9", "billion USD", "about"))
        if f.figure.unit_string == "billion USD"
        else f
        for f in XJ
    ]
    (message,) = errors(doctored, rates=table)
    assert "imply USD/CNY 2.99" in message and "FRED DEXCHUS" in message
    assert "no conversion at that period's rate gives both figures" in message


def test_two_releases_on_the_h1_2024_total_are_still_flagged() -> None:
    # the 2025 release gives 280.8 and +28 percent: H1 2024 was 218.5-220.3 billion yuan;
    # a 2024 release stating 205.2 billion for the same half-year cannot also be right
    old = ts.Fact(
        subject="Xinjiang",
        period="2024-H1",
        flow="total",
        measure="value",
        figure=ts.Figure("205.2", "billion CNY"),
        provenance=ts.Provenance(source="2024 release", quote="205.2 billion yuan"),
    )
    # from another release it is a warning (the later release measures growth on revised
    # figures); stated in the same release it is an error
    (finding,) = [f for f in check([*XJ, old]) if f.rule == "growth_vs_previous"]
    assert finding.severity is Severity.WARNING
    assert "280.8 against 205.2 billion CNY a year earlier is growth of 36.78-36.90 percent" in (
        finding.message
    )
    assert finding.message.endswith(
        "the year-earlier value is stated only in 2024 release, and a later release measures "
        "growth on revised figures"
    )
    same = attrs.evolve(old, provenance=ts.Provenance(source="xinjiang-2025-h1"))
    (message,) = errors([*XJ, same])
    assert "is growth of 36.78-36.90 percent, but 28 percent is stated" in message
    assert check([*XJ, attrs.evolve(old, figure=ts.Figure("219.4", "billion CNY"))]) == check(XJ)


# --- findings over extracted facts point at the sentences ---------------------------------
def test_an_error_over_extracted_facts_names_both_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "doctored.txt"
    article.write_text(
        "Xinjiang's foreign trade reached 280.8 billion yuan in the first half of 2025. "
        "In June, Xinjiang's foreign trade reached 300.2 billion yuan.\n"
    )
    assert main(["check", str(article), "--json"]) == 1
    (finding,) = [
        f for f in json.loads(capsys.readouterr().out)["findings"] if f["severity"] == "error"
    ]
    assert finding["from_extraction"] is True
    message = finding["message"]
    assert (
        '"Xinjiang\'s foreign trade reached 280.8 billion yuan in the first half of 2025"'
        in message
    )
    assert "300.2 billion yuan" in message and "doctored.txt chars" in message
    assert message.endswith("the conflict may come from extraction, not the source")
    # the same facts from an annotation file are the source's own statements
    facts = ts.load(article).facts
    (plain,) = errors(facts)
    assert "extraction" not in plain
    (marked,) = errors(facts, extracted=True)
    assert "extraction" in marked


# --- the real releases: no false alarms ---------------------------------------------------
@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")
@pytest.mark.parametrize(
    "name", sorted(p.stem for p in SHARED_CORPUS.glob("*.json")) if SHARED_CORPUS.is_dir() else []
)
def test_no_errors_on_the_annotated_real_articles(name: str) -> None:
    result = ts.load(SHARED_CORPUS / f"{name}.json", loader="tidy-json")
    assert errors(result.facts) == []


@pytest.mark.parametrize(
    "name", ["en-china-2018-jan-jul", "en-sichuan-2022-jan-nov", "zh-fujian-2024-q1"]
)
def test_the_gap_false_alarms_of_issue_11_are_gone(name: str) -> None:
    path = HERE / "data" / "checks" / f"{name}.json"
    facts = ts.load(path, loader="tidy-json").facts
    assert facts.filter(measure="growth_gap")
    assert errors(facts) == []


# --- property: gaps computed from one true state never raise; a moved gap always does ----
@st.composite
def gap_cases(draw: st.DrawFn) -> tuple[list[ts.Fact], list[ts.Fact], float]:
    """(benchmark growth, own growth, gap), decoys that must not be compared, the true gap."""
    overall = draw(st.floats(-30, 60))
    own = draw(st.floats(-30, 90))
    partner = draw(st.sampled_from(["ASEAN", "EU", "BRI countries", "World"]))
    segment = (
        None
        if partner != "World"
        else draw(st.sampled_from(["private enterprises", "general trade"]))
    )
    benchmark = draw(st.sampled_from(["China", "Hubei"]))
    stated = [
        fact("yoy_growth", _one_place(overall), "percent", subject=benchmark),
        fact("yoy_growth", _one_place(own), "percent", partner=partner, segment=segment),
        fact(
            "growth_gap",
            _one_place(own - overall),
            "percentage_point",
            partner=partner,
            segment=segment,
            benchmark=benchmark,
        ),
    ]
    # growth of other trade, with values far from the benchmark's: never the benchmark
    decoys = [
        fact("yoy_growth", _one_place(overall - 11), "percent", subject=benchmark, partner="Laos")
    ]
    if benchmark == "China":
        decoys.append(fact("yoy_growth", _one_place(overall + 17), "percent"))  # Hubei overall
    return stated, decoys, own - overall


def _one_place(x: float) -> Decimal:
    return Decimal(repr(x)).quantize(Decimal("0.1"))


@given(gap_cases())
def test_gaps_rounded_from_one_true_state_never_raise(
    case: tuple[list[ts.Fact], list[ts.Fact], float],
) -> None:
    stated, decoys, _ = case
    assert errors([*stated, *decoys]) == []


@given(gap_cases(), st.sampled_from([-1.5, 1.5, 10.0]))
def test_a_gap_moved_by_more_than_rounding_always_raises(
    case: tuple[list[ts.Fact], list[ts.Fact], float], shift: float
) -> None:
    (benchmark, own, gap), decoys, true_gap = case
    moved = attrs.evolve(gap, figure=ts.Figure(_one_place(true_gap + shift), "percentage_point"))
    (finding,) = [
        f for f in check([benchmark, own, moved, *decoys]) if f.rule == "gap_vs_benchmark"
    ]
    # against the subject's own overall growth it is an error; against another economy's
    # overall growth a warning when the same-trade reading may be meant and is not stated
    ambiguous = benchmark.subject != moved.subject and (moved.partner, moved.segment) != (
        "World",
        None,
    )
    assert finding.severity is (Severity.WARNING if ambiguous else Severity.ERROR)


def test_two_releases_checked_together_are_told_apart(capsys: pytest.CaptureFixture[str]) -> None:
    data = HERE / "data" / "checks"
    paths = [str(data / "en-fujian-2023-q1.json"), str(data / "zh-fujian-2024-q1.json")]
    assert main(["check", *paths, "--loader", "tidy-json", "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    revised = [f for f in findings if f["rule"] == "growth_vs_previous"]
    assert len(revised) == 3 and all(f["severity"] == "warning" for f in revised)
    assert all("stated only in en-fujian-2023-q1.json" in f["message"] for f in revised)
    assert {r["source"] for f in revised for r in f["facts"]} == {
        "en-fujian-2023-q1.json",
        "zh-fujian-2024-q1.json",
    }
