"""Chinese whole-article families met on a fifteenth set of development articles (round 14).

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
