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
