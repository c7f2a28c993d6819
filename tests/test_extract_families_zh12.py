"""Phrasing families met on a twelfth set of unseen Chinese articles (issue 9, round 11).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

import datetime

from extract_helpers import described


# --- a Chinese article on a foreign country's own statistics -------------------------------
def test_a_foreign_statistics_body_as_the_leads_source_makes_that_country_the_reporter() -> None:
    # 德中 / 中俄 make China a side, but the figures are Germany's (by Germany's statistics)
    text = (
        "据德国联邦统计局最新统计，2015年德中双边贸易总额1630亿欧元，同比增长5%。"
        "其中，德对华出口710亿欧元；自中国进口920亿欧元。"
    )
    got = described(text)
    assert "Germany with China 2015 total value: 163.0 billion EUR" in got
    assert "Germany with China 2015 exports value: 71.0 billion EUR" in got
    assert "Germany with China 2015 imports value: 92.0 billion EUR" in got
    other = (
        "中俄贸易额再创新高\n"
        "俄罗斯联邦海关局15日公布的统计数据显示，今年前五个月，中俄双边贸易额为320亿美元，"
        "同比增长8%。欧盟国家与俄贸易额约占俄外贸总额的40%。"
    )
    got = described(other, date=datetime.date(2014, 7, 16))
    assert "Russia with China 2014-01/2014-05 total value: 32.0 billion USD" in got
    assert "Russia with China 2014-01/2014-05 total yoy_growth: 8 percent" in got
    assert "Russia with EU 2014-01/2014-05 total share: about 40 percent" in got


def test_a_third_wording_of_a_foreign_source_after_its_body() -> None:
    text = "韩国关税厅10日发布的数据显示，2019年韩中贸易额为2430亿美元。"
    assert "South Korea with China 2019 total value: 243.0 billion USD" in described(text)


def test_chinese_customs_or_a_foreign_partner_keep_china_the_reporter() -> None:
    # the guards: China's own customs, and a foreign country named as a partner, not a source
    text = "据海关统计，2015年中德双边贸易额1560亿美元，对德国海关数据显示的数字有出入。"
    assert "China with Germany 2015 total value: 156.0 billion USD" in described(text)
    other = "2016年，我国对美国出口3850亿美元，美国商务部长当天访华。"
    assert "China with United States 2016 exports value: 385.0 billion USD" in described(other)


# --- 约为 / 约占: "about" before the verb -----------------------------------------------
def test_about_before_the_verb_or_before_a_share() -> None:
    text = "2018年，中国与巴西双边贸易额约为1100亿美元，约占中国对拉美贸易总额的36%。"
    got = described(text)
    assert "China with Brazil 2018 total value: about 110.0 billion USD" in got
    other = "2020年，山东省对日本出口约达300亿元。"
    assert "Shandong with Japan 2020 exports value: about 30.0 billion CNY" in described(other)


def test_a_share_after_zhan_without_yue_stays_exact() -> None:
    text = "2018年，广东省对美国出口占全省出口的20%。"
    assert "Guangdong with United States 2018 exports share: 20 percent" in described(text)


# --- 同期 after a month that opened the paragraph ------------------------------------------
def test_tongqi_after_a_month_is_that_month() -> None:
    text = (
        "2015年，江苏省进出口5000亿美元。2015年12月，江苏省出口300亿美元，增长5%；"
        "同期，进口180亿美元，下降3%。"
    )
    got = described(text)
    assert "Jiangsu 2015-12 imports value: 18.0 billion USD" in got
    assert "Jiangsu 2015-12 imports yoy_growth: -3 percent" in got


def test_tongqi_in_a_new_paragraph_is_the_base() -> None:
    # the guard: a new paragraph has returned to the article's period
    text = "2015年，江苏省进出口5000亿美元。2015年12月，江苏省出口300亿美元。\n同期，江苏省进口2000亿美元。"
    assert "Jiangsu 2015 imports value: 200.0 billion USD" in described(text)
