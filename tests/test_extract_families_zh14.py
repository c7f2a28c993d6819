"""Whole-article families met on round 13's development articles, Chinese.

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

import datetime

from extract_helpers import described


# --- "中国外贸强市深圳市": a place China's trade word describes is the reporter -------------
def test_a_city_described_as_chinas_trade_city_is_the_reporter() -> None:
    text = (
        "新华社宁波12月27日电 2022年即将收官，中国外贸强市宁波市表现亮眼。今年前11个月，"
        "宁波进出口总值1.18万亿元，同比增长7.1%。其中，出口7538亿元，增长9.6%。"
    )
    found = described(text)
    assert "Ningbo 2022-01/2022-11 total value: 1.18 trillion CNY" in found, found
    assert "Ningbo 2022-01/2022-11 exports yoy_growth: 9.6 percent" in found, found
    assert not any(d.startswith("China ") for d in found), found


def test_chinas_own_trade_word_still_makes_a_national_story() -> None:
    text = "新华社北京3月7日电 今年前2个月，中国外贸进出口总值6.18万亿元，同比增长8.7%。"
    found = described(text, date=datetime.date(2024, 3, 7))
    assert "China 2024-01/2024-02 total value: 6.18 trillion CNY" in found, found


# --- a December dateline and "the year now closing" -----------------------------------------
def test_a_year_named_as_closing_under_a_december_dateline_is_this_year() -> None:
    text = (
        "新华社合肥12月28日电 2021年即将过去，安徽外贸再创新高。今年前11个月，安徽进出口"
        "总值6255.3亿元，同比增长26.9%。"
    )
    found = described(text)
    assert "Anhui 2021-01/2021-11 total value: 625.53 billion CNY" in found, found
    assert not any("2022-" in d for d in found), found


# --- a foreign statistics body quoted as the source: its economy reports --------------------
def test_eurostat_as_the_source_makes_the_eu_the_reporter() -> None:
    text = (
        " date 2022-07-18\n"
        "据欧盟统计局当地时间15日发布的数据，今年1月至5月欧盟从中国进口商品2460亿欧元，同比增长"
        "43.1%；向中国出口商品930亿欧元，同比下降1.2%。"
    )
    found = described(text)
    assert "EU with China 2022-01/2022-05 imports value: 246.0 billion EUR" in found, found
    assert "EU with China 2022-01/2022-05 exports yoy_growth: -1.2 percent" in found, found


def test_the_us_census_bureau_as_the_source_makes_the_us_the_reporter() -> None:
    text = (
        " date 2023-02-08\n"
        "美国普查局周二公布数据显示，美国去年自中国进口5368亿美元，同比增加6.3%；美国去年对中国"
        "出口1538亿美元，同比增加1.6%。"
    )
    found = described(text)
    assert "United States with China 2022 imports value: 536.8 billion USD" in found, found
    assert "United States with China 2022 exports yoy_growth: 1.6 percent" in found, found


def test_to_hua_is_china_as_the_partner_of_another_reporter() -> None:
    text = (
        " date 2016-04-06\n"
        "韩国产业通商资源部6日发布的统计数据显示，韩国今年第一季度对华出口额同比减少12.8%，"
        "为295.6亿美元。"
    )
    found = described(text)
    assert "South Korea with China 2016-Q1 exports yoy_growth: -12.8 percent" in found, found
    assert "South Korea with China 2016-Q1 exports value: 29.56 billion USD" in found, found


# --- "我市…仅次于上海、深圳": the cities a reporter is ranked against are not the reporter ---
def test_cities_a_release_ranks_itself_against_are_not_its_reporter() -> None:
    text = (
        " date 2022-02-20\n"
        "19日，记者从市商务局了解到，在2021年城市进出口总额排名中，我市位居第9位，仅次于上海、深圳、"
        "北京、苏州。\n"
        "2021年青岛进出口总额达8498.4亿元，增长32.4%。"
    )
    found = described(text)
    assert "Qingdao 2021 total value: 849.84 billion CNY" in found, found
    assert not any(d.startswith("Shanghai") for d in found), found


# --- Taiwan's own figures in its press: 我对中国与香港出口 -------------------------------------
def test_we_trading_with_china_is_taiwan_in_its_own_press() -> None:
    text = (
        " date 2024-01-10\n"
        "根据财政部统计，2023年全年出口4324.1亿美元，较上年减9.8%；其中，我对中国与香港出口"
        "1580.4亿美元，年减18.1%，出口比重降至35.2%。"
    )
    found = described(text)
    assert "Taiwan 2023 exports value: 432.41 billion USD" in found, found
    assert "Taiwan with China and Hong Kong 2023 exports value: 158.04 billion USD" in found
    assert "Taiwan with China and Hong Kong 2023 exports share: 35.2 percent" in found, found


def test_mofcom_we_with_another_partner_stays_china() -> None:
    text = " date 2023-03-20\n商务部数据显示，1-2月我对非出口1023.6亿元，增长12.4%。"
    found = described(text)
    assert "China with Africa 2023-01/2023-02 exports value: 102.36 billion CNY" in found, found


# --- "比重从2020年达到43.9%高点，2024年降至31.7%": the levels a share came to -------------------
def test_the_level_a_share_fell_to_is_a_share() -> None:
    text = " date 2025-02-10\n2024年，广东对美出口比重降至14.6%，较上年下降1.2个百分点。"
    found = described(text)
    assert "Guangdong with United States 2024 exports share: 14.6 percent" in found, found
    assert not any("yoy_growth: -14.6" in d for d in found), found


# --- 总出口额 in a story on one partner: the reporter's whole exports -------------------------
def test_total_exports_in_a_story_on_one_partner_are_with_the_world() -> None:
    text = (
        " date 2023-09-20\n"
        "根据日本财务省发布的初步数据显示，日本对华出口额在8月同比下降了11%。"
        "日本的总出口额在8月下降了0.8%，而进口额下降了17.8%。"
    )
    found = described(text)
    assert "Japan with China 2023-08 exports yoy_growth: -11 percent" in found, found
    assert "Japan 2023-08 exports yoy_growth: -0.8 percent" in found, found
    assert "Japan 2023-08 imports yoy_growth: -17.8 percent" in found, found


def test_a_share_of_total_exports_keeps_its_partner() -> None:
    text = " date 2023-09-20\n8月，日本对华出口额占日本总出口额的17.2%。"
    found = described(text)
    assert "Japan with China 2023-08 exports share: 17.2 percent" in found, found


def test_a_quote_saying_we_and_china_is_no_taiwan_story() -> None:
    text = (
        "外企高管：我对中国市场充满信心\n"
        "新华社北京1月14日电 海关总署14日发布数据，2023年我国进出口总值41.76万亿元。"
    )
    found = described(text)
    assert "China 2023 total value: 41.76 trillion CNY" in found, found


def test_china_and_hong_kong_written_with_yiji_are_one_partner() -> None:
    text = " date 2026-01-11\n根据财政部统计，2025年我对中国以及香港的出口比重降至26.61%。"
    found = described(text)
    assert "Taiwan with China and Hong Kong 2025 exports share: 26.61 percent" in found, found


def test_a_growth_rate_after_a_share_clause_stays_growth() -> None:
    text = " date 2024-01-12\n2023年，广东省对东盟出口比重提高，出口增速达到12.5%。"
    found = described(text)
    assert not any("share: 12.5" in d for d in found), found
