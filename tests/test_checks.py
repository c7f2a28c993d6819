import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
from tradestat import check, derive
from tradestat.checks import Severity
from tradestat.cli import main
from tradestat.datasets import xinjiang_2025_h1

CORPUS = Path(__file__).parent / "data" / "corpus"
XJ = xinjiang_2025_h1()


def fact(
    measure: str,
    value: object,
    unit: str,
    period: str = "2025-H1",
    qualifier: str = "exact",
    **kw: object,
) -> ts.Fact:
    return ts.Fact(
        subject=kw.pop("subject", "Xinjiang"),
        period=period,
        flow=kw.pop("flow", "total"),
        measure=measure,
        figure=ts.Figure(value, unit, qualifier),
        provenance=ts.Provenance(
            source=str(kw.pop("source", "test")), quote=str(kw.pop("quote", ""))
        ),
        **kw,  # type: ignore[arg-type]
    )


def errors(facts: list[ts.Fact] | ts.FactSet, **kw: object) -> list[str]:
    return [f.message for f in check(facts, **kw) if f.severity is Severity.ERROR]  # type: ignore[arg-type]


def rules_of(findings: list[ts.checks.Finding], severity: Severity) -> set[str]:  # type: ignore[name-defined]
    return {f.rule for f in findings if f.severity is severity}


def test_the_article_is_consistent() -> None:
    findings = check(XJ)
    assert rules_of(findings, Severity.ERROR) == set()
    assert rules_of(findings, Severity.WARNING) == set()
    assert [f.message for f in findings] == [
        "280.8 billion CNY and about 39.3 billion USD for Xinjiang 2025-H1 imply USD/CNY 7.145 [7.13469, 7.15541]"
    ]


RATES = "period,base,quote,rate\n" + "".join(
    f"2025-{m:02d},USD,CNY,{r}\n"
    for m, r in enumerate(["7.1884", "7.1693", "7.1752", "7.2014", "7.1938", "7.1776"], start=1)
)


def test_implied_rate_against_the_table() -> None:
    table = ts.RateTable.from_csv(io.StringIO(RATES))
    within = check(XJ, rates=table)
    assert "0.5% from the table's USD/CNY 7.1843 (mean of 6 monthly rates; <rates>)" in (
        within[0].message
    )
    assert within[0].severity is Severity.INFO
    strict = check(XJ, rates=table, rate_tolerance=0.001)
    assert (
        strict[0].severity is Severity.WARNING
        and "more than the 0.1% tolerance" in strict[0].message
    )
    stale = [
        fact("value", "280.8", "billion CNY"),
        fact("value", "45", "billion USD", qualifier="about"),
    ]
    (finding,) = check(stale, rates=table)
    assert finding.severity is Severity.WARNING and "USD/CNY 6.24" in finding.message


def test_months_cannot_exceed_the_half_year() -> None:
    months = [fact("value", 80, "billion CNY", f"2025-0{m}", "more_than") for m in (3, 4, 5, 6)]
    (message,) = errors([*months, fact("value", "280.8", "billion CNY")])
    assert message.startswith(
        "Xinjiang total 2025-03, 2025-04, 2025-05 and 2025-06 add up to at least 320"
    )
    assert "more than the whole of 2025-H1: 280.75-280.85 billion CNY" in message


def test_parts_covering_the_whole_must_meet_it() -> None:
    ok = [
        fact("value", "130.4", "billion CNY", "2025-Q1"),
        fact("value", "150.4", "billion CNY", "2025-Q2"),
    ]
    assert errors([*ok, fact("value", "280.8", "billion CNY")]) == []
    off = [
        fact("value", "120.4", "billion CNY", "2025-Q1"),
        fact("value", "150.4", "billion CNY", "2025-Q2"),
    ]
    (message,) = errors([*off, fact("value", "280.8", "billion CNY")])
    assert "2025-Q1 and 2025-Q2 cover 2025-H1 and add up to 270.70-270.90 billion CNY" in message
    ytd = [
        fact("value", "147595", "100 million CNY", "2021-01/2021-05", subject="China"),
        fact("value", "31361", "100 million CNY", "2021-05", subject="China"),
    ]
    assert errors(ytd) == []


def test_share_times_total_against_the_stated_component() -> None:
    share = fact("share", "94.3", "percent", segment="private enterprises")
    total = fact("value", "280.8", "billion CNY")
    assert (
        errors([share, total, fact("value", "264.8", "billion CNY", segment="private enterprises")])
        == []
    )
    (message,) = errors(
        [share, total, fact("value", 250, "billion CNY", segment="private enterprises")]
    )
    assert message == (
        "94.3 percent of 280.8 billion CNY = 264.61-264.98 billion CNY, but 250 billion CNY is stated for "
        "private enterprises"
    )


def test_disjoint_shares_cannot_pass_100_percent() -> None:
    private = fact("share", 60, "percent", segment="private enterprises")
    state = fact("share", 45, "percent", segment="state-owned enterprises")
    (message,) = errors([private, state])
    assert "never overlap yet add up to at least 104 percent" in message  # 59.5 + 44.5
    # overlapping groups may: BRI countries include ASEAN members
    assert (
        errors(
            [
                fact("share", 80, "percent", "2025-H1", "more_than", partner="BRI countries"),
                fact("share", 30, "percent", partner="ASEAN"),
            ]
        )
        == []
    )
    assert (
        errors(
            [
                fact("share", 60, "percent", partner="ASEAN"),
                fact("share", 50, "percent", partner="EU"),
            ]
        )
        != []
    )
    assert (
        errors(
            [
                fact("share", 60, "percent", partner="Kazakhstan"),
                fact("share", 50, "percent", partner="Central Asia"),
            ]
        )
        == []
    )
    assert (
        errors(
            [
                fact("share", 60, "percent", partner="Russia"),
                fact("share", 50, "percent", partner="Central Asia"),
            ]
        )
        != []
    )


def test_growth_against_last_year() -> None:
    now, before = (
        fact("value", "280.8", "billion CNY"),
        fact("value", "219.4", "billion CNY", "2024-H1"),
    )
    assert errors([now, before, fact("yoy_growth", 28, "percent")]) == []
    (message,) = errors([now, before, fact("yoy_growth", 35, "percent")])
    assert (
        "280.8 against 219.4 billion CNY a year earlier is growth of 27.93-28.04 percent, but 35 percent is stated"
        in message
    )


def test_gap_against_the_benchmark() -> None:
    gap = XJ.one(measure="growth_gap")
    own = XJ.one(measure="yoy_growth", partner="World", segment=None)
    assert errors([gap, own, fact("yoy_growth", "2.9", "percent", subject="China")]) == []
    (message,) = errors([gap, own, fact("yoy_growth", "9.5", "percent", subject="China")])
    assert (
        "is a gap of 17.9-19.1 percentage_point, but more than 20 percentage_point is stated"
        in message
    )


def test_the_same_fact_stated_twice() -> None:
    a = fact("value", "280.8", "billion CNY", source="xinhua", quote="280.8 billion yuan")
    assert errors([a, fact("value", "281", "billion CNY", qualifier="about", source="cgtn")]) == []
    (message,) = errors([a, fact("value", "290", "billion CNY", source="cgtn")])
    assert (
        'stated as 280.8 billion CNY (xinhua: "280.8 billion yuan") and as 290 billion CNY (cgtn)'
        in message
    )


def test_derivations_from_the_article() -> None:
    derived = {
        (
            d.rule.split(" ")[0],
            str(d.fact.period),
            d.fact.partner,
            d.fact.segment,
            d.fact.subject,
        ): d
        for d in derive(XJ)
    }
    base = derived[("base_value", "2024-H1", "World", None, "Xinjiang")]
    assert str(base.fact.figure) == "about 219.4 billion CNY"
    assert base.estimate.low == pytest.approx(218.482, abs=1e-3)
    usd = derived[("converted", "2025-H1", "World", None, "Xinjiang")]
    assert usd.fact.figure.unit_string == "billion USD" and usd.estimate.value == pytest.approx(
        39.3
    )
    private = derived[("part_from_share", "2025-H1", "World", "private enterprises", "Xinjiang")]
    assert str(private.fact.figure) == "about 264.8 billion CNY"
    bri = derived[("part_from_share", "2025-H1", "BRI countries", None, "Xinjiang")]
    assert str(bri.fact.figure) == "more than 224.6 billion CNY"
    national = derived[("benchmark_growth", "2025-H1", "World", None, "China")]
    assert str(national.fact.figure) == "less than 8.5 percent"
    jan_feb = derived[("unstated_months", "2025-01/2025-02", "World", None, "Xinjiang")]
    assert str(jan_feb.fact.figure) == "less than 77.685 billion CNY"
    record = jan_feb.to_record()
    assert record["low"] == 0 and record["high"] == pytest.approx(77.685)
    assert (
        record["derived_by"]["rule"] == "unstated_months"
        and len(record["derived_by"]["inputs"]) == 6
    )


def test_derivations_use_the_rate_table() -> None:
    table = ts.RateTable.from_csv(io.StringIO(RATES))
    usd = {str(d.fact.period): d for d in derive(XJ, rates=table) if d.rule.startswith("converted")}
    assert sorted(usd) == ["2025-03", "2025-04", "2025-05", "2025-06", "2025-H1"]
    assert "(mean of 6 monthly rates; <rates>)" in usd["2025-H1"].rule
    assert usd["2025-H1"].estimate.value == pytest.approx(280.8 / 7.18428, rel=1e-4)
    assert str(usd["2025-06"].fact.figure) == "about 7.408 billion USD"  # 53.17 / 7.1776
    assert str(usd["2025-03"].fact.figure) == "more than 6.96839 billion USD"


def test_a_failing_check_is_reported_and_the_others_run() -> None:
    class Broken(ts.checks.Check):  # type: ignore[name-defined,misc]
        name = "broken"
        description = "raises"

        def __call__(self, facts, context):  # type: ignore[no-untyped-def]
            raise ZeroDivisionError("oops")

    class Plugin:
        @ts.hookimpl
        def register_checks(self, register):  # type: ignore[no-untyped-def]
            register(Broken())

    ts.plugins.add_plugin(Plugin(), "broken-checks")
    findings = check(XJ)
    assert any(f.rule == "broken" and "ZeroDivisionError: oops" in f.message for f in findings)
    assert any(f.rule == "implied_rate" for f in findings)


@pytest.mark.usefixtures("example_plugin")
def test_the_example_plugin_adds_a_rule() -> None:
    assert "flows_add_up" in ts.plugins.checks()
    samples = (
        Path(__file__).parent.parent
        / "examples"
        / "plugins"
        / "tradestat-customs-table"
        / "samples"
    )
    good = ts.load(samples / "xinjiang-2025-monthly.csv").facts
    assert [f for f in check(good) if f.severity is Severity.ERROR] == []
    (message,) = errors(ts.load(samples / "bad-flows.csv").facts)
    assert (
        message
        == "Xinjiang 2025-04: exports + imports = 562.7-562.9 100 million CNY, but the total is stated as 600"
    )


def test_check_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["check", str(CORPUS / "xinjiang-2025-h1.txt"), "--derive"]) == 0
    out = capsys.readouterr().out
    assert "errors (0)" in out and "less than 77.685 billion CNY" in out
    assert main(["check", str(CORPUS / "xinjiang-2025-h1.txt"), "--json", "--derive"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {"findings", "derived"} <= set(payload)
    assert {"rule", "severity", "message", "facts"} <= set(payload["findings"][0])
    assert all(
        {"low", "high", "derived_by", "subject", "unit", "qualifier"} <= set(d)
        for d in payload["derived"]
    )
    bad = tmp_path / "facts.json"
    ts.dump([*XJ, fact("value", "290", "billion CNY")], bad)
    assert main(["check", str(bad)]) == 1
    assert "[duplicates]" in capsys.readouterr().out
    rates = tmp_path / "rates.csv"
    rates.write_text(RATES)
    assert (
        main(
            [
                "check",
                str(CORPUS / "xinjiang-2025-h1.txt"),
                "--rates",
                str(rates),
                "--tolerance",
                "0.001",
            ]
        )
        == 0
    )
    assert "warnings (1)" in capsys.readouterr().out


# --- no false alarms from rounding; real contradictions always caught --------------------
def _rounded(x: float, places: int) -> Decimal:
    return Decimal(repr(x)).quantize(Decimal(1).scaleb(-places))


@st.composite
def consistent_statements(draw: st.DrawFn) -> tuple[list[ts.Fact], float]:
    """Facts generated from one true state of trade, rounded and qualified as the press does."""
    previous = draw(st.floats(50, 5000))
    growth = draw(st.floats(-30, 60))
    total = previous * (1 + growth / 100)
    weights = draw(st.lists(st.floats(0.5, 2.0), min_size=6, max_size=6))
    months = [total * w / sum(weights) for w in weights]
    share = draw(st.floats(5, 95))
    rate = draw(st.floats(6.0, 8.0))
    facts = [
        fact("value", _rounded(total, 1), "billion CNY"),
        fact("value", _rounded(previous, 1), "billion CNY", "2024-H1"),
        fact("yoy_growth", _rounded(growth, 1), "percent"),
        fact("value", _rounded(total / rate, 1), "billion USD", qualifier="about"),
        fact("share", _rounded(share, 1), "percent", segment="private enterprises"),
        fact(
            "value", _rounded(total * share / 100, 2), "billion CNY", segment="private enterprises"
        ),
    ]
    for m, value in enumerate(months, start=1):
        style = draw(st.sampled_from(["exact", "more_than", "unstated"]))
        if style == "exact":
            facts.append(fact("value", _rounded(value, 2), "billion CNY", f"2025-0{m}"))
        elif style == "more_than":
            floor = Decimal(int(value // 10 * 10))
            if floor < Decimal(repr(value)):
                facts.append(fact("value", floor, "billion CNY", f"2025-0{m}", "more_than"))
    return facts, total


@given(consistent_statements())
def test_rounding_never_raises_an_error(case: tuple[list[ts.Fact], float]) -> None:
    facts, _ = case
    assert errors(facts) == []


@given(consistent_statements(), st.sampled_from([0.5, 0.7, 1.4, 2.0]))
def test_shifting_a_figure_far_enough_always_does(
    case: tuple[list[ts.Fact], float], factor: float
) -> None:
    facts, total = case
    shifted = [
        fact("value", _rounded(total * factor, 1), "billion CNY") if i == 0 else f
        for i, f in enumerate(facts)
    ]
    assert errors(shifted) != []


def test_a_range_is_written_with_the_digits_its_width_needs() -> None:
    """102.55 - 102.45 is 0.0999... in floats: still a width of 0.1, written to two places."""
    from tradestat.checks._groups import span_words
    from tradestat.figures import Estimate
    from tradestat.intervals import Interval

    e = Estimate(102.5, Interval(102.45, 102.55), "billion CNY")
    assert span_words(e) == "102.45-102.55 billion CNY"
