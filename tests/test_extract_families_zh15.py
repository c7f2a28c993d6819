"""Whole-article and partner families met on round 14's development articles, Chinese.

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described


# --- Hong Kong and Taiwan press: the mainland (内地 / 大陆 / 陆) is China's trade ----------------
def test_the_mainland_in_hong_kong_copy_is_china_under_bulleted_deck_lines() -> None:
    text = (
        " date 2024-04-16\n"
        "▷ 贸易顺差1830亿美元\n"
        "▷ 输往东盟出口增速12%，美国跌幅收窄\n"
        "《某某通讯社16日专讯》一家银行的首席经济师表示，内地首三个月外贸表现平稳。"
        "整体出口额8120亿美元，按年增长6.3%。"
    )
    found = described(text)
    assert "China 2024-Q1 exports value: 812.0 billion USD" in found, found
    assert "China 2024-Q1 exports yoy_growth: 6.3 percent" in found, found
    assert not any(d.startswith("Hong Kong") for d in found), found


def test_the_mainland_as_the_trader_in_taiwan_copy_is_china() -> None:
    text = (
        " date 2024-01-20\n"
        "陆对台贸易额 再创新高\n"
        "根据大陆海关总署公布的数据，2023年大陆自台湾进口1,980亿美元，年增4%；"
        "大陆对台出口720亿美元，年增9.1%。"
    )
    found = described(text)
    assert "China with Taiwan 2023 imports value: 198.0 billion USD" in found, found
    assert "China with Taiwan 2023 exports yoy_growth: 9.1 percent" in found, found


def test_the_mainland_as_taiwans_partner_with_hong_kong_counted_in() -> None:
    text = (
        " date 2022-03-10\n"
        "中央社台北3月10日电 财政部今天公布统计，台湾2月对大陆(含香港)出口额为121.4亿美元，"
        "较去年同期增加18.2%。2月自大陆（含香港）进口额约52.6亿美元。"
    )
    found = described(text)
    assert "Taiwan with China and Hong Kong 2022-02 exports value: 12.14 billion USD" in found, (
        found
    )
    assert "Taiwan with China and Hong Kong 2022-02 imports value: about 5.26 billion USD" in found
    assert not any(d.startswith("Taiwan 2022-02") for d in found), found


def test_the_mainland_alone_as_taiwans_partner_is_china() -> None:
    text = " date 2022-03-10\n台湾2月对大陆出口额为98.3亿美元，较去年同期增加11.5%。"
    found = described(text)
    assert "Taiwan with China 2022-02 exports value: 9.83 billion USD" in found, found


# --- "2038亿7000万令吉": hundreds of millions then ten thousands, one amount ------------------
def test_an_amount_in_yi_then_wan_is_one_figure() -> None:
    text = (
        " date 2019-08-12\n"
        "据马新社消息，泰国和中国在今年1至6月的双边贸易达到2038亿7000万泰铢，与去年同期相比"
        "增长3.4%。在同期，出口增长2.1%至853亿泰铢，而进口增长4.5%至1185亿7000万泰铢。"
    )
    found = described(text)
    assert "Thailand with China 2019-H1 total value: 203.87 billion THB" in found, found
    assert "Thailand with China 2019-H1 imports value: 118.57 billion THB" in found, found
    assert "Thailand with China 2019-H1 total yoy_growth: 3.4 percent" in found, found


def test_yi_then_wan_without_a_currency_stays_apart() -> None:
    text = (
        " date 2019-08-12\n今年上半年，全国进出口总值1.2万亿元，增长3%，口岸接待旅客1亿2000万人次。"
    )
    found = described(text)
    assert not any("120" in d and "CNY" in d for d in found), found


# --- product lines of a partner economy's own release ----------------------------------------
def test_product_lines_of_a_partner_release_are_segments() -> None:
    text = (
        " date 2022-04-08\n"
        "台湾3月对大陆(含香港)出口额为160.2亿美元，较去年同期增加12%，其中电子零组件较去年同期"
        "增加21.4%、资通与视听产品年增9.6%、塑橡胶及其制品成长5.2%。"
    )
    found = described(text)
    assert (
        "Taiwan with China and Hong Kong (electronic components) 2022-03 exports yoy_growth: "
        "21.4 percent"
    ) in found, found
    assert (
        "Taiwan with China and Hong Kong (plastics and rubber products) 2022-03 exports "
        "yoy_growth: 5.2 percent"
    ) in found, found


# --- a member ranked within its group: its figures, not the group's ---------------------------
def test_a_member_ranked_within_its_group_in_the_same_sentence_is_the_partner() -> None:
    text = (
        " date 2020-02-10\n"
        "2019年中国与东盟贸易额达6415亿美元，同比增长9.2%。"
        "越南是东盟国家中，中国第一大贸易伙伴——上述期间双边贸易总值为1620.2亿美元"
        "(同比增9.6%)。"
    )
    found = described(text)
    assert "China with Vietnam 2019 total value: 162.02 billion USD" in found, found
    assert "China with Vietnam 2019 total yoy_growth: 9.6 percent" in found, found


def test_bilateral_trade_after_a_ranked_member_is_with_that_member() -> None:
    text = (
        " date 2020-02-10\n"
        "2019年中国与东盟贸易额达6415亿美元，同比增长9.2%。\n"
        "东盟国家中，马来西亚是中国第二大贸易伙伴。上述期间，双边贸易总额为1239.6亿美元"
        "(同比增14.2%)。\n"
        "菲律宾在东盟对华贸易排行榜上占第五位，上述期间，两国贸易总额为609.5亿美元。"
    )
    found = described(text)
    assert "China with Malaysia 2019 total value: 123.96 billion USD" in found, found
    assert "China with Philippines 2019 total value: 60.95 billion USD" in found, found


def test_bilateral_trade_under_a_headline_naming_the_partners_role() -> None:
    text = (
        " date 2021-03-08\n"
        "中国稳居法国第一大贸易伙伴\n"
        "据法国海关最新统计，2020年中国和法国双边贸易总额为612亿欧元，同比下降3.1%。"
    )
    found = described(text)
    assert "France with China 2020 total value: 61.2 billion EUR" in found, found


# --- Hong Kong copy: 输往 (shipped to) and a qualifier inside a 分别 list -------------------
def test_shipped_to_names_exports_and_their_market() -> None:
    text = (
        " date 2025-05-12\n"
        "《某财经通讯社12日专讯》一名分析师指出，内地首四个月外贸保持增长。"
        "输往印度的升幅达到14%，输往美国的跌幅收窄至8%，输往日本、韩国的出口增速分别放缓至6%及约3%。"
    )
    found = described(text)
    assert "China with India 2025-01/2025-04 exports yoy_growth: 14 percent" in found, found
    assert "China with United States 2025-01/2025-04 exports yoy_growth: -8 percent" in found
    assert "China with Japan 2025-01/2025-04 exports yoy_growth: 6 percent" in found, found
    assert "China with South Korea 2025-01/2025-04 exports yoy_growth: about 3 percent" in found


# --- Taiwan's copy writes the year in brackets: 去（2025）年, 今(2024)年 -------------------------
def test_a_year_in_brackets_after_qu_or_jin_is_that_year() -> None:
    text = (
        " date 2024-11-20\n"
        "根据财政部统计，今(2024)年前10月台湾出口3,900亿美元，年增10.1%；"
        "去（2023）年全年出口4,324亿美元。"
    )
    found = described(text)
    assert "Taiwan 2024-01/2024-10 exports value: 390.0 billion USD" in found, found
    assert "Taiwan 2023 exports value: 432.4 billion USD" in found, found
