import runpy
from pathlib import Path

import pytest

from tradestat.datasets import article_text, xinjiang_2025_h1

ROOT = Path(__file__).parent.parent


def test_the_article_has_sixteen_facts_with_spans() -> None:
    facts = xinjiang_2025_h1()
    assert len(facts) == 16
    text = article_text("xinjiang-2025-h1")
    for fact in facts:
        start, end = fact.provenance.span  # type: ignore[misc]
        assert text[start:end] == fact.provenance.quote
        assert fact.provenance.source == "xinjiang-2025-h1"


def test_example_prints_what_the_article_implies(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(ROOT / "examples" / "xinjiang_h1_2025.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "USD/CNY 2025-H1 7.14504 [7.13469, 7.15541] (implied)" in out
    assert "H1 2024 total (base value):   219.375 billion CNY [218.482, 220.275]" in out
    assert "private-enterprise trade:     264.794 billion CNY [264.607, 264.982]" in out
    assert "at least 224.60 billion CNY" in out
    assert "below 8.50 percent" in out
    assert "at most 77.685 billion CNY" in out
