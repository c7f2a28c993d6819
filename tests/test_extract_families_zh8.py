"""Phrasing families met on an eighth set of unseen Chinese articles (issue 9, round 8).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

from tradestat.extraction import extract


def described(text: str, **options: object) -> set[str]:
    """The facts of a text, each as its one-line description."""
    return {f.describe() for f in extract(text, **options).facts}  # type: ignore[arg-type]


def reasons(text: str) -> dict[str, str]:
    """The figures skipped, each with its reason."""
    return {s.text: s.reason for s in extract(text).skipped}


# --- the year of an undated text -----------------------------------------------------------
def test_a_year_restated_by_jinnian_is_the_texts_year_not_a_whole_year_before_it() -> None:
    # "2019年今年1-5月": the year and 今年 name the same year; the year is not a whole year
    # reported as background (which would put the year-less lead in the year after it)
    text = (
        "据厦门海关统计，今年1-5月，福建省进出口2000亿元，增长8%。\n"
        "据海关统计，2019年今年1-5月，福建省出口1200亿元，增长10%。"
    )
    got = described(text)
    assert "Fujian 2019-01/2019-05 total value: 200.0 billion CNY" in got
    assert "Fujian 2019-01/2019-05 exports value: 120.0 billion CNY" in got
    other = (
        "今年前三季度，江西省进出口3000亿元，增长6%。\n"
        "统计显示，2021年今年前三季度，江西省进口900亿元。"
    )
    got = described(other)
    assert "Jiangxi 2021-01/2021-09 total value: 300.0 billion CNY" in got
    assert "Jiangxi 2021-01/2021-09 imports value: 90.0 billion CNY" in got
