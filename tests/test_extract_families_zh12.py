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
def test_tongqi_after_a_semicolon_goes_on_in_the_month_before_it() -> None:
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


# --- 中X with X a character no table fixes: the one country the article named -------------
def test_an_ambiguous_pair_character_is_the_country_the_article_named_earlier() -> None:
    # 巴 opens 巴西, 巴基斯坦, 巴拿马: the text named 巴西 paragraphs before, and only it
    text = (
        "中国与巴西经贸合作走上快车道。\n两国农业合作成果丰硕。\n"
        "据海关统计，2021年中巴双边贸易额为1640亿美元，同比增长35%。"
    )
    got = described(text)
    assert "China with Brazil 2021 total value: 164.0 billion USD" in got
    other = (
        "中国货轮经巴拿马运河驶往美国。\n航运业人士介绍了通航情况。\n2019年，中巴贸易额为80亿美元。"
    )
    assert "China with Panama 2019 total value: 8.0 billion USD" in described(other)


def test_an_ambiguous_pair_character_with_two_countries_named_stays_unread() -> None:
    # the guard: 巴西 and 巴基斯坦 both named before: 中巴 is not guessed
    text = (
        "我国与巴西、巴基斯坦的经贸合作不断深化。\n会议讨论了合作。\n"
        "2021年，中巴双边贸易额为200亿美元。"
    )
    assert not any("Brazil" in g or "Pakistan" in g for g in described(text))


# --- an amount whose currency the writer left out -----------------------------------------
def test_an_amount_without_its_currency_takes_the_texts_last() -> None:
    text = (
        "前4个月，我国进出口总额9.1万亿人民币，下降2%，其中出口5万亿，下降1%。\n"
        "其中，中美贸易总值为1.1万亿，下降8%。"
    )
    got = described(text, date=datetime.date(2020, 5, 9))
    assert "China 2020-01/2020-04 exports value: 5 trillion CNY" in got
    assert "China with United States 2020-01/2020-04 total value: 1.1 trillion CNY" in got
    other = "2019年，浙江省出口2.3万亿元。对东盟出口2400亿，增长10%。"
    assert "Zhejiang with ASEAN 2019 exports value: 240.0 billion CNY" in described(other)


def test_an_amount_of_another_unit_takes_no_currency() -> None:
    # the guards: 亿人次 / 亿吨 are no money; with no currency written before, none is guessed
    text = "2019年，浙江省出口2.3万亿元。口岸出入境旅客1.2亿人次，货物吞吐量11亿吨。"
    assert not any("1.2" in g or "11 " in g for g in described(text))
    other = "2019年，浙江省对东盟出口2400亿，增长10%。"
    assert not any("value" in g for g in described(other))


# --- 全年 alone: the whole year in force -----------------------------------------------------
def test_quannian_alone_is_the_whole_year_after_a_quarter() -> None:
    text = (
        "2023年，我国进出口41.76万亿元。四季度对欧盟、美国进出口回暖，"
        "全年分别进出口5.51万亿元、4.67万亿元。"
    )
    got = described(text)
    assert "China with EU 2023 total value: 5.51 trillion CNY" in got
    assert "China with United States 2023 total value: 4.67 trillion CNY" in got
    other = "2022年上半年，广东省进出口3.8万亿元。一季度出口增长较快；全年出口8万亿元。"
    assert "Guangdong 2022 exports value: 8 trillion CNY" in described(other)


def test_a_whole_year_target_is_no_period_of_a_figure() -> None:
    # the guard: 全年目标 is a target, no fact of the year
    text = "2023年上半年，广东省进出口3.8万亿元。全年目标进出口8万亿元。"
    assert not any("2023 total value: 8 trillion" in g for g in described(text))


# --- a section opener (从贸易方式看) returns to the release's period -------------------------
def test_a_section_on_one_dimension_after_a_month_is_of_the_cumulative_period() -> None:
    text = (
        "2021年一季度，山西省进出口300亿元。3月份，山西省进出口120亿元，增长10%。"
        "从贸易方式看，一般贸易进出口150亿元，增长20%。"
    )
    got = described(text)
    assert "Shanxi (general trade) 2021-Q1 total value: 15.0 billion CNY" in got
    other = (
        "2021年前5个月，江西省进出口1500亿元。5月当月，江西省出口200亿元。"
        "按企业性质分，民营企业进出口900亿元，增长30%。"
    )
    assert "Jiangxi (private enterprises) 2021-01/2021-05 total value: 90.0 billion CNY" in (
        described(other)
    )


def test_a_section_that_names_its_month_keeps_it() -> None:
    # the guard: the month written in the section is its own
    text = (
        "2021年一季度，山西省进出口300亿元。3月份，山西省进出口120亿元。"
        "从贸易方式看，3月份一般贸易进出口50亿元。"
    )
    assert "Shanxi (general trade) 2021-03 total value: 5.0 billion CNY" in described(text)


# --- a period in the lead's source (a press conference's name) is not the figures' ---------
def test_the_period_after_huoxi_opens_the_figures_not_the_one_in_the_source() -> None:
    text = (
        "从5月10日召开的2021年前4个月浙江省外贸情况新闻发布会上获悉，4月当月，浙江省进出口"
        "3000亿元，增长20%。其中，出口2100亿元，增长22%。"
    )
    got = described(text)
    assert "Zhejiang 2021-04 exports value: 210.0 billion CNY" in got
    other = (
        "记者从南京海关2022年上半年外贸形势分析会了解到，6月份，江苏省进出口4700亿元。"
        "其中，进口1800亿元。"
    )
    assert "Jiangsu 2022-06 imports value: 180.0 billion CNY" in described(other)


def test_a_period_before_huoxi_with_none_after_still_dates_the_figures() -> None:
    # the guard: with no period after the source, the one in it is the figures'
    text = "记者从2021年一季度新闻发布会上获悉，浙江省进出口9000亿元。其中，出口6500亿元。"
    assert "Zhejiang 2021-Q1 exports value: 650.0 billion CNY" in described(text)


# --- the customs' lines of transport modes, medicines, fruit, parts and aircraft -----------
def test_transport_modes_written_short_are_segments() -> None:
    text = "2015年前7个月，河南省海运方式进出口700亿元，下降1%；以空运方式进出口1400亿元。"
    got = described(text)
    assert "Henan (sea transport) 2015-01/2015-07 total value: 70.0 billion CNY" in got
    assert "Henan (air transport) 2015-01/2015-07 total value: 140.0 billion CNY" in got


def test_medicines_fruit_parts_and_aircraft_are_segments() -> None:
    text = "2020年一季度，河北省出口维生素、抗菌素、鲜梨分别增长6%、6.4%和77%。"
    got = described(text)
    assert "Hebei (vitamins) 2020-Q1 exports yoy_growth: 6 percent" in got
    assert "Hebei (antibiotics) 2020-Q1 exports yoy_growth: 6.4 percent" in got
    assert "Hebei (fresh pears) 2020-Q1 exports yoy_growth: 77 percent" in got
    other = "2021年，天津市飞机进口增长80%，汽车零件出口250亿元，手机零部件进口500亿元。"
    got = described(other)
    assert "Tianjin (aircraft) 2021 imports yoy_growth: 80 percent" in got
    assert "Tianjin (auto parts) 2021 exports value: 25.0 billion CNY" in got
    assert "Tianjin (mobile phone parts) 2021 imports value: 50.0 billion CNY" in got


def test_consumer_imports_listed_with_their_growths() -> None:
    text = "2022年一季度，我国自欧盟进口美容化妆品及洗护用品、箱包、乘用车分别增长12%、7%和5%。"
    got = described(text)
    assert "China with EU (cosmetics and toiletries) 2022-Q1 imports yoy_growth: 12 percent" in got
    assert "China with EU (bags and cases) 2022-Q1 imports yoy_growth: 7 percent" in got
    assert "China with EU (passenger cars) 2022-Q1 imports yoy_growth: 5 percent" in got


# --- a short city name the tables keep only with 市, inside a list of its province's cities --
def test_a_short_city_name_in_a_list_of_its_provinces_cities() -> None:
    # 德州 alone is also Texas; joined to Shandong's cities it is Dezhou
    text = "2021年，山东省进出口2.9万亿元。临沂、东营和德州进出口分别增长60%、45%和44%。"
    got = described(text)
    assert "Dezhou 2021 total yoy_growth: 44 percent" in got
    other = "2021年，山西省太原、大同和长治进出口分别增长5%、6%和7%。"
    got = described(other)
    assert "Datong 2021 total yoy_growth: 6 percent" in got
    assert "Changzhi 2021 total yoy_growth: 7 percent" in got


def test_a_short_city_name_beside_another_provinces_city_stays_unread() -> None:
    # the guard: 大同 joined to a city of another province is no city of that list
    text = "2021年，山东省临沂、大同进出口分别增长5%、6%。"
    assert not any("Datong" in g for g in described(text))
