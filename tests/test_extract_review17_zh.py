"""Misfires a review found in round 17's Chinese rules, each with the right reading.

Every text here is invented for its case (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described


def test_a_growth_in_dollars_in_brackets_leaves_the_yuan_figures_yuan() -> None:
    text = (
        " date 2024-06-07\n"
        "今年前5个月，我国货物贸易进出口总值17.5万亿元，同比增长6.3%（按美元计算增长2.6%）。"
        "其中，出口9.95万亿元，增长6.1%；进口7.55万亿元，增长6.6%。"
    )
    found = described(text)
    assert "China 2024-01/2024-05 total value: 17.5 trillion CNY" in found, found
    assert "China 2024-01/2024-05 exports value: 9.95 trillion CNY" in found, found
    assert "China 2024-01/2024-05 imports value: 7.55 trillion CNY" in found, found


def test_a_dollar_restatement_in_brackets_declares_nothing() -> None:
    text = (
        " date 2024-06-20\n"
        "前5个月，广东省进出口3.6万亿元，同比增长10.2%（以美元计价为5000亿美元，增长6.1%）。"
        "其中，出口2.3万亿元，增长8.5%。"
    )
    found = described(text)
    assert "Guangdong 2024-01/2024-05 total value: 3.6 trillion CNY" in found, found
    assert "Guangdong 2024-01/2024-05 total value: 500.0 billion USD" in found, found
    assert "Guangdong 2024-01/2024-05 exports value: 2.3 trillion CNY" in found, found


def test_a_paragraph_writing_its_own_dollar_amounts_keeps_its_yuan() -> None:
    text = (
        " date 2024-06-20\n"
        "前5个月，广东省进出口3.6万亿元，增长10.2%。以美元计价，进出口5000亿美元，增长6.1%。"
        "其中，出口2.3万亿元，增长8.5%。"
    )
    found = described(text)
    assert "Guangdong 2024-01/2024-05 exports value: 2.3 trillion CNY" in found, found


def test_a_declaration_after_a_yuan_figure_leaves_that_figure_yuan() -> None:
    text = (
        " date 2024-07-15\n"
        "海关总署公布，中国6月出口2.1万亿元，以美元计价，出口3080.2亿元。进口2090.5亿元。"
    )
    found = described(text)
    assert "China 2024-06 exports value: 2.1 trillion CNY" in found, found
    assert "China 2024-06 imports value: 209.05 billion USD" in found, found


def test_a_headline_on_export_controls_toward_china_leaves_china_the_reporter() -> None:
    text = (
        "美国对华出口管制收紧 前5月集成电路进口增长12%\n"
        " date 2024-06-08\n"
        "海关总署7日发布数据显示，前5个月，集成电路进口增长12%，出口增长2.7%。"
    )
    found = described(text)
    assert "China (integrated circuits) 2024-01/2024-05 exports yoy_growth: 2.7 percent" in found
    assert not any(f.startswith("United States") for f in found), found


def test_a_lead_on_china_customs_figures_keeps_china_under_a_partner_headline() -> None:
    text = (
        "日本对华出口下降 前5月集成电路进口增长12%\n"
        " date 2024-06-08\n"
        "海关总署7日发布数据显示，前5个月，集成电路进口增长12%，出口增长2.7%。"
    )
    found = described(text)
    assert "China (integrated circuits) 2024-01/2024-05 exports yoy_growth: 2.7 percent" in found
    assert not any(f.startswith("Japan") for f in found), found


def test_a_dependence_ratio_against_the_nations_level_is_no_growth() -> None:
    text = " date 2024-06-08\n前5个月，河南外贸依存度为13.6%，低于全国33%的水平。"
    found = described(text)
    assert not any("33" in f for f in found), found


def test_a_share_against_the_nations_level_is_no_growth() -> None:
    text = " date 2024-06-08\n前5个月，我国民营企业进出口占比达70%，高于全国54%的水平。"
    found = described(text)
    assert not any("54" in f and "growth" in f for f in found), found


def test_a_growth_against_the_nations_level_is_the_nations_growth() -> None:
    text = " date 2024-06-08\n前5个月，江苏省进出口增长8%，高于全国5.4%的水平。"
    found = described(text)
    assert "China 2024-01/2024-05 total yoy_growth: 5.4 percent" in found, found


def test_a_paragraph_citing_customs_goes_on_with_the_headlines_one_partner() -> None:
    text = (
        "前5月中俄贸易额增长\n"
        " date 2024-06-08\n"
        "海关总署数据显示，前5个月，中俄贸易额1000亿美元，同比增长2%。\n"
        "据海关统计，5月当月，出口100亿美元，下降3%；进口120亿美元，增长5%。"
    )
    found = described(text)
    assert "China with Russia 2024-05 exports value: 10.0 billion USD" in found, found
    assert "China with Russia 2024-05 imports value: 12.0 billion USD" in found, found
    assert not any(f.startswith("China 2024-05") for f in found), found
