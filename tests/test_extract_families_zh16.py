"""Families met on round 14's development articles, Chinese (periods across a sentence).

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described


def test_a_later_month_without_a_year_takes_the_year_of_the_month_before_it() -> None:
    text = (
        " date 2016-04-20\n"
        "2015年，韩国对华出口同比减少1.2%。今年1月韩国对华出口同比增长4.1%，但2月(-6.3%)和"
        "3月(-1.8%)连续两个月下降。"
    )
    found = described(text)
    assert "South Korea with China 2016-02 exports yoy_growth: -6.3 percent" in found, found
    assert "South Korea with China 2016-03 exports yoy_growth: -1.8 percent" in found, found


def test_a_month_right_before_a_country_beginning_with_ri_is_a_month() -> None:
    text = " date 2016-04-20\n今年1月日本对华出口同比增长4.1%。"
    assert "Japan with China 2016-01 exports yoy_growth: 4.1 percent" in described(text)


def test_a_day_date_is_still_no_month_figure_period() -> None:
    text = " date 2016-04-20\n4月12日，海关总署发布数据：一季度我国出口下降4.2%。"
    assert "China 2016-Q1 exports yoy_growth: -4.2 percent" in described(text)


def test_a_region_with_its_growth_in_brackets_owns_it() -> None:
    text = (
        " date 2022-02-18\n"
        "2021年南通进出口总额首次跨越3000亿元，达3400.5亿元，增长29.1%。在外贸20强城市中，"
        "我市增速仅次于青岛(增速32.4%)和北京(增速30.6%)。"
    )
    found = described(text)
    assert "Qingdao 2021 total yoy_growth: 32.4 percent" in found, found
    assert "Beijing 2021 total yoy_growth: 30.6 percent" in found, found
    assert "Nantong 2021 total value: more than 300.0 billion CNY" in found, found


def test_a_breakdown_after_a_sentence_on_one_month_keeps_that_month() -> None:
    text = (
        " date 2021-08-20\n"
        "前7个月河南省外贸主要呈现以下特点：7月当月保持较高增速，进出口完成512.3亿元，同比增长"
        "15%。其中，出口330亿元，同比增长21.4%；进口182.3亿元，同比增长5.2%。"
    )
    found = described(text)
    assert "Henan 2021-07 exports value: 33.0 billion CNY" in found, found


def test_a_product_named_in_a_breakdown_is_its_own_segment() -> None:
    text = (
        " date 2019-10-25\n"
        "前三季度，重庆机电产品出口2100.5亿元，增长12.2%。其中，电脑出口1100.2亿元，增长13.1%。"
    )
    found = described(text)
    assert "Chongqing (computers) 2019-01/2019-09 exports value: 110.02 billion CNY" in found, found


def test_a_customs_port_in_the_head_is_the_reporter() -> None:
    text = (
        " date 2022-06-20\n"
        "今年前5个月青岛口岸外贸进出口同比增长12.4%\n"
        "记者从青岛海关获悉，今年1-5月，青岛口岸外贸进出口总值4021.5亿元，同比增长12.4%。"
    )
    found = described(text)
    assert "Qingdao Port 2022-01/2022-05 total value: 402.15 billion CNY" in found, found
    assert not any(f.startswith("Qingdao 2022") for f in found), found


def test_the_mainland_in_a_hong_kong_headline_is_no_reporter() -> None:
    text = (
        " date 2024-06-25\n"
        "内地进口放缓拖累 香港5月出口升5%\n"
        "政府统计处今日公布，5月份香港整体出口货值为4000亿港元，较去年同月上升5%。"
    )
    found = described(text)
    assert "Hong Kong 2024-05 exports yoy_growth: 5 percent" in found, found


def test_the_african_continents_free_trade_area_is_no_mainland() -> None:
    text = (
        " date 2024-06-25\n"
        "非洲大陆自由贸易区建设加快 湖南对非贸易增长\n"
        "今年前5个月，湖南对非洲进出口总值200亿元。"
    )
    found = described(text)
    assert "Hunan with Africa 2024-01/2024-05 total value: 20.0 billion CNY" in found, found


def test_a_port_over_the_citys_own_trade_is_the_city() -> None:
    text = (
        " date 2024-06-20\n"
        "今年前5个月天津口岸吞吐量创新高\n"
        "今年前5个月，天津市外贸进出口总值3000亿元，同比增长5%。"
    )
    found = described(text)
    assert "Tianjin 2024-01/2024-05 total value: 300.0 billion CNY" in found, found
