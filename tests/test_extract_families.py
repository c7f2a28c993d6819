"""Phrasing families met on a second set of articles from other outlets (issue 9, round 2).

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


# --- periods: a year that belongs to one figure does not open the sentence -----------------
def test_a_from_year_value_does_not_become_the_period_in_force() -> None:
    text = (
        " date 2024-10-20\n"
        "前三季度，江西省进出口总值4000亿元，同比增长5%。\n"
        "十年来，江西省对东盟的进出口值由2014年的300亿元增长到2023年的900亿元。\n"
        "1月进出口值为80亿元，2月下降至70亿元。前三季度，江西省出口机电产品1500亿元，增长9%。"
    )
    got = described(text)
    assert "Jiangxi with ASEAN 2014 total value: 30.0 billion CNY" in got
    assert "Jiangxi with ASEAN 2024-01 total value: 8.0 billion CNY" in got
    assert "Jiangxi with ASEAN 2024-02 total value: 7.0 billion CNY" in got
    assert (
        "Jiangxi (mechanical and electrical products) 2024-01/2024-09 exports value:"
        " 150.0 billion CNY" in got
    )
    assert not [f for f in extract(text).facts if str(f.period).startswith("2014-")]


def test_a_history_from_a_year_does_not_set_the_period_of_later_paragraphs() -> None:
    text = (
        " date 2025-01-15\n"
        "2024年，山西省外贸进出口总值200亿美元，同比增长10%。\n"
        "全省外贸规模从2015年首次突破百亿美元后，稳步提升。\n"
        "去年，全省机电产品出口增势强劲。机电产品出口80亿美元，同比增长12%。"
    )
    got = described(text)
    assert "Shanxi (mechanical and electrical products) 2024 exports value: 8.0 billion USD" in got
    assert "Shanxi (mechanical and electrical products) 2024 exports yoy_growth: 12 percent" in got


# --- periods: last year's whole level is what a figure is compared with --------------------
def test_more_than_last_years_total_is_a_comparison_not_the_period() -> None:
    text = (
        " date 2024-11-20\n"
        "今年前10个月，广西进出口总额500亿美元。广西与东盟的贸易额达200亿美元，超过去年总额，"
        "同比增长30%。与南亚各国在12%的同比增幅下，实现进出口总额9亿美元，接近去年全年水平。"
    )
    got = described(text)
    period = "2024-01/2024-10"
    assert f"Guangxi with ASEAN {period} total value: 20.0 billion USD" in got
    assert f"Guangxi with ASEAN {period} total yoy_growth: 30 percent" in got
    assert f"Guangxi with South Asia {period} total value: 900 million USD" in got
    assert not [f for f in extract(text).facts if str(f.period) == "2023"]


def test_last_years_own_figure_keeps_its_year() -> None:
    text = " date 2024-11-20\n广西前10个月的进出口总额达500亿美元，接近去年全年520亿美元的水平。"
    got = described(text)
    assert "Guangxi 2023 total value: 52.0 billion USD" in got
    assert "Guangxi 2024-01/2024-10 total value: 50.0 billion USD" in got


# --- forecasts are not reported figures ------------------------------------------------------
def test_a_forecast_is_skipped_with_its_reason() -> None:
    text = (
        " date 2024-11-20\n"
        "今年前10个月，广西进出口总额500亿美元，预计全年进出口总额可突破600亿美元。"
        "Trade is expected to reach 70 billion dollars next year."
    )
    got = described(text)
    assert got == {"Guangxi 2024-01/2024-10 total value: 50.0 billion USD"}
    assert reasons(text)["600亿美元"] == "a forecast, not a reported figure"


# --- respectively: a list of partner groups written with their collective words -------------
def test_a_fenbie_list_of_partner_groups_with_quotes_and_collective_words() -> None:
    text = (
        " date 2024-09-15\n"
        "前8月，湖北对RCEP成员国和“一带一路”沿线国家和地区进出口分别增长11.5%和22.5%。"
        "同期，湖北对东盟成员国、“一带一路”沿线国家和金砖国家进出口值分别增长3%、4%和5%。"
    )
    got = described(text)
    period = "2024-01/2024-08"
    assert f"Hubei with RCEP members {period} total yoy_growth: 11.5 percent" in got
    assert f"Hubei with BRI countries {period} total yoy_growth: 22.5 percent" in got
    assert f"Hubei with ASEAN {period} total yoy_growth: 3 percent" in got
    assert f"Hubei with BRI countries {period} total yoy_growth: 4 percent" in got
    assert f"Hubei with BRICS {period} total yoy_growth: 5 percent" in got
