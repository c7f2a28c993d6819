"""Mirror statistics: A's exports to B against B's imports from A."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

import tradestat as ts
from tradestat.checks.mirror import BAND, mirror_pairs
from tradestat.cli import main
from tradestat.figures import Figure
from tradestat.models import Fact
from tradestat.rates import ExchangeRate, RateTable

DATA = Path(__file__).parent / "data" / "sources"


def test_comtrade_file_with_both_reports_warns_for_the_pair_outside_the_band() -> None:
    facts = ts.load(DATA / "comtrade-china-kazakhstan-2023.csv").facts
    findings = ts.check(facts, rules=["mirror_gap"])
    assert len(findings) == 1
    finding = findings[0]
    assert finding.severity.value == "warning"
    assert "China's exports to Kazakhstan 2023" in finding.message
    assert "Kazakhstan's imports from China" in finding.message
    assert {f.subject for f in finding.facts} == {"China", "Kazakhstan"}


def test_pair_within_the_band_gives_no_finding() -> None:
    facts = ts.load(DATA / "comtrade-china-kazakhstan-2023.csv").facts
    pairs, _ = mirror_pairs(facts)
    inside = [p for p in pairs if p.exporter == "Kazakhstan"]
    assert len(inside) == 1 and not inside[0].outside()
    assert inside[0].ratio_value == pytest.approx(16.4 / 15.7)
    assert all("Kazakhstan's exports" not in f.message for f in ts.check(facts))


def _fact(subject: str, flow: str, partner: str, value: str, unit: str) -> Fact:
    return Fact(subject, "2023", flow, "value", Figure(Decimal(value), unit), partner)


def test_different_currencies_convert_at_the_period_rate() -> None:
    facts = [
        _fact("China", "exports", "Kazakhstan", "1770", "100 million CNY"),  # 24.65 bn USD at 7.18
        _fact("Kazakhstan", "imports", "China", "25.5", "billion USD"),
    ]
    assert mirror_pairs(facts)[0] == []  # no rate: not compared
    rates = RateTable.from_rates([ExchangeRate.of("USD", "CNY", "7.18", "2023")])
    pairs, unconverted = mirror_pairs(facts, rates)
    assert unconverted == [] and len(pairs) == 1
    assert BAND[0] < pairs[0].ratio_value < BAND[1]
    assert pairs[0].ratio.low <= pairs[0].ratio_value <= pairs[0].ratio.high


def test_rounded_figures_only_warn_when_no_true_values_fit_the_band() -> None:
    # 10 and 12 (rounded to the unit) allow 9.5..10.5 and 11.5..12.5: ratio 1.095..1.316
    facts = [
        _fact("China", "exports", "Kazakhstan", "10", "billion USD"),
        _fact("Kazakhstan", "imports", "China", "12", "billion USD"),
    ]
    assert ts.check(facts, rules=["mirror_gap"]) == []
    facts[1] = _fact("Kazakhstan", "imports", "China", "14", "billion USD")
    assert len(ts.check(facts, rules=["mirror_gap"])) == 1


def test_world_and_groups_are_never_paired() -> None:
    facts = [
        _fact("China", "exports", "World", "10", "billion USD"),
        _fact("EU", "imports", "China", "1", "billion USD"),
        _fact("China", "exports", "EU", "1", "billion USD"),
    ]
    assert mirror_pairs(facts) == ([], [])


def test_mirror_command_prints_the_table_and_flags(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["mirror", str(DATA / "comtrade-china-kazakhstan-2023.csv")])
    out = capsys.readouterr().out
    assert status == 1
    assert "China -> Kazakhstan" in out and "OUTSIDE BAND" in out
    assert "Kazakhstan -> China" in out and "2 mirror pair(s), 1 outside" in out


def test_mirror_command_json_and_options_across_sources(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(
        [
            "mirror",
            "-o",
            "flow=exports",
            "-o",
            "period=2023",
            "--json",
            str(DATA / "gacc-query-partners.csv"),
            str(DATA / "comtrade-bulk-398-2023.txt.gz"),
        ]
    )
    rows = json.loads(capsys.readouterr().out)
    assert status == 1
    assert [(r["exporter"], r["importer"], r["outside_band"]) for r in rows] == [
        ("China", "Kazakhstan", True)
    ]
    assert rows[0]["exports_fob"] == 24702000000 and rows[0]["band"] == list(BAND)


def test_load_command_takes_loader_options(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "gacc-query-partners.csv")
    assert main(["load", "-o", "flow=exports", "-o", "period=2023", "--format", "json", path]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["partner"] for r in records} >= {"Kazakhstan", "United States"}
    assert main(["load", path]) == 2
    assert "does not say its flow" in capsys.readouterr().err
    assert main(["load", "-o", "flow", path]) == 2
    assert "expected KEY=VALUE" in capsys.readouterr().err


def test_mirror_command_converts_with_a_published_rate_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = tmp_path / "facts.csv"
    facts.write_text(
        "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote\n"
        "China,2023,exports,Kazakhstan,,value,1770,100 million CNY,exact,,\n"
        "Kazakhstan,2023,imports,China,,value,25.5,billion USD,exact,,\n",
        encoding="utf-8",
    )
    rates = tmp_path / "rates.csv"
    rates.write_text("period,base,quote,rate\n2023,USD,CNY,7.18\n", encoding="utf-8")
    assert main(["mirror", "--json", "--rates", str(rates), str(facts)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["exporter"] == "China" and not rows[0]["outside_band"]
