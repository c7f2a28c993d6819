import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "score_tool", ROOT / "benchmarks" / "score_extraction.py"
)
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)
scorer = tool.load_scorer(ROOT / "tests" / "data" / "score_extraction.py")


def fact(**fields: object) -> dict:
    base = {
        "subject": "Fujian",
        "period": "2023-Q1",
        "flow": "total",
        "partner": "World",
        "segment": None,
        "measure": "value",
        "value": 479.25,
        "unit": "billion CNY",
        "qualifier": "exact",
        "benchmark": None,
        "quote": "",
    }
    return {**base, **fields}


def test_misses_and_extras_name_the_fields_that_differ() -> None:
    gold = [
        fact(),
        fact(measure="yoy_growth", value=10.1, unit="percent"),
        fact(flow="exports", partner="ASEAN", value=12.5),
        fact(flow="imports", value=191.79),
    ]
    pred = [
        fact(value="4792.5", unit="100 million CNY", quote="exact, other spelling"),
        fact(measure="yoy_growth", value=10.1, unit="percent", period="2023-03"),
        fact(flow="exports", value=12.5),
        fact(value=7.0, unit="percent", measure="share"),
    ]
    report = tool.score_article(scorer, gold, pred)
    official = scorer.score(gold, pred)
    assert (report["hit"], report["strict"]) == (official["hit"], official["strict"]) == (1, 1)
    by_value = {m["fact"]["value"]: m for m in report["misses"]}
    assert by_value[10.1]["diffs"] == ["period"]
    assert by_value[10.1]["counterpart"] is pred[1]
    assert by_value[12.5]["diffs"] == ["partner"]
    assert by_value[191.79]["status"] == tool.NOT_READ
    extras = {e["fact"]["value"]: e for e in report["extras"]}
    assert extras[10.1]["diffs"] == ["period"]
    assert extras[7.0]["status"] == tool.SPURIOUS


def test_unpaired_counterpart_preferred_and_sign_counts_as_value() -> None:
    gold = [
        fact(flow="exports", measure="yoy_growth", value=5.0, unit="percent"),
        fact(flow="imports", measure="yoy_growth", value=5.0, unit="percent"),
        fact(flow="balance", measure="yoy_growth", value=-3.2, unit="percent"),
    ]
    pred = [
        fact(flow="exports", measure="yoy_growth", value=5.0, unit="percent"),
        fact(flow="balance", measure="yoy_growth", value=3.2, unit="percent"),
    ]
    report = tool.score_article(scorer, gold, pred)
    imports, balance = report["misses"]
    assert (imports["status"], imports["diffs"]) == ("paired", ["flow"])
    assert (balance["status"], balance["diffs"]) == ("number", ["value/unit"])


def test_qualifier_only_difference_is_a_strict_miss_not_a_miss() -> None:
    gold = [fact(qualifier="about")]
    report = tool.score_article(scorer, gold, [fact()])
    assert (report["hit"], report["strict"], report["misses"]) == (1, 0, [])
    assert report["qualifier_misses"][0]["diffs"] == ["qualifier"]
    assert tool.rates(scorer, report)["strict_f1"] == 0.0


def test_field_table_counts_sole_differences_per_language() -> None:
    docs = [
        {
            "language": "zh",
            "misses": [
                {"status": "unpaired", "diffs": ["period", "qualifier"]},
                {"status": "unpaired", "diffs": ["period", "segment"]},
                {"status": tool.NOT_READ, "diffs": []},
            ],
        }
    ]
    table = tool.field_table(docs, "misses", tool.NOT_READ)
    assert (table["total"], table[tool.NOT_READ], table["unpaired"]) == (3, 1, 2)
    assert table["fields"]["period"] == {"any": 2, "only": 1, "en": 0, "zh": 2}
    assert table["fields"]["qualifier"]["only"] == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fujian's foreign trade reached 479.25 billion yuan, 据福州海关统计.", "en"),
        ("一季度，福建省货物贸易进出口4792.5亿元，同比增长10.1%（RCEP）。", "zh"),
        ("<p>前5个月，江苏进出口总值2.1万亿元</p>", "zh"),
    ],
)
def test_language_is_told_by_the_text(text: str, lang: str) -> None:
    assert tool.language(text) == lang


def test_excluded_names_are_never_listed(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("x", encoding="utf-8")
        (tmp_path / f"{name}.json").write_text("[]", encoding="utf-8")
    (tmp_path / "d.html").write_text("x", encoding="utf-8")
    (tmp_path / "d.json").write_text("[]", encoding="utf-8")
    (tmp_path / "no-gold.txt").write_text("x", encoding="utf-8")
    listing = tmp_path / "holdout.txt"
    listing.write_text("# held back\nb\n\nc.json  # with a suffix\n", encoding="utf-8")
    excluded = {tool._stem(n) for n in tool.read_names(listing)}
    assert excluded == {"b", "c"}
    found = tool.articles(tmp_path, tmp_path, excluded)
    assert [(name, path.suffix) for name, path, _ in found] == [("a", ".txt"), ("d", ".html")]


def test_command_line_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "East China's Fujian province saw its foreign trade reach 479.25 billion yuan in 2023."
    (tmp_path / "fj.txt").write_text(text, encoding="utf-8")
    (tmp_path / "fj.json").write_text(json.dumps([fact(period="2023")]), encoding="utf-8")
    (tmp_path / "other.txt").write_text(text, encoding="utf-8")
    (tmp_path / "other.json").write_text("[]", encoding="utf-8")
    scorer_file = str(ROOT / "tests" / "data" / "score_extraction.py")
    args = [str(tmp_path), "--scorer", scorer_file, "--exclude", "other"]
    assert tool.main([*args, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [a["name"] for a in report["articles"]] == ["fj"]
    assert report["scores"]["overall"]["f1"] == 1.0
    assert "other" in report["excluded"]
    assert tool.main([*args, "--show"]) == 0
    assert "overall" in capsys.readouterr().out
