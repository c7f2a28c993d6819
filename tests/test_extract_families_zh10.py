"""Phrasing families met on a tenth set of unseen Chinese articles (issue 9, round 10).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

import datetime

from extract_helpers import described
from tradestat.extraction import extract


def skipped(text: str) -> list[str]:
    """The reasons of every figure the text's reading skipped."""
    return [s.reason for s in extract(text).skipped]


# --- the customs' common product lines, each listed with its own figure --------------------
def test_a_list_of_foods_each_with_its_growth_respectively() -> None:
    # one unknown item left the whole 分别 list unpaired; the usual lines are now known
    text = "2024年，江西省进口咖啡、坚果、花卉分别增长45%、12.5%和8%。"
    got = described(text)
    assert "Jiangxi (coffee) 2024 imports yoy_growth: 45 percent" in got
    assert "Jiangxi (nuts) 2024 imports yoy_growth: 12.5 percent" in got
    assert "Jiangxi (flowers) 2024 imports yoy_growth: 8 percent" in got


def test_a_list_of_appliances_and_equipment_each_with_its_growth() -> None:
    text = "2023年，广东省冰箱、洗衣机、电视机出口分别增长9%、6.1%、3.3%。"
    got = described(text)
    assert "Guangdong (refrigerators) 2023 exports yoy_growth: 9 percent" in got
    assert "Guangdong (washing machines) 2023 exports yoy_growth: 6.1 percent" in got
    assert "Guangdong (television sets) 2023 exports yoy_growth: 3.3 percent" in got
    other = "2022年，湖南省出口农药制剂、挖掘机、海洋工程装备分别增长20%、31%和7%。"
    got = described(other)
    assert "Hunan (pesticide preparations) 2022 exports yoy_growth: 20 percent" in got
    assert "Hunan (excavators) 2022 exports yoy_growth: 31 percent" in got
    assert "Hunan (marine engineering equipment) 2022 exports yoy_growth: 7 percent" in got


def test_a_list_with_one_product_still_unknown_is_skipped_whole() -> None:
    # the guard: an item the table does not know leaves the list unpaired, never guessed
    text = "2023年，广东省冰箱、量子陀螺仪出口分别增长9%、6.1%。"
    assert not any("percent" in g for g in described(text))
    assert len(skipped(text)) == 2


# --- the Maritime Silk Road countries, a partner group of their own -------------------------
def test_the_maritime_silk_road_countries_are_a_partner_group() -> None:
    # 海上丝绸之路沿线国家 and its short forms (海丝国家, “海丝”沿线国家) name one group
    text = "2018年，浙江省与21世纪海上丝绸之路沿线国家进出口4000亿元，增长12%。"
    got = described(text)
    assert "Zhejiang with Maritime Silk Road countries 2018 total value: 400.0 billion CNY" in got
    other = "2019年前三季度，广东省对“海丝”沿线国家出口1200亿元，增长6%；自海丝国家进口原油80亿元。"
    got = described(other)
    assert (
        "Guangdong with Maritime Silk Road countries 2019-01/2019-09 exports value: 120.0 billion CNY"
        in got
    )
    assert (
        "Guangdong with Maritime Silk Road countries (crude oil) 2019-01/2019-09 imports value: "
        "8.0 billion CNY" in got
    )


def test_shanghai_silk_is_no_maritime_silk_road() -> None:
    # the guard: 上海丝绸 is Shanghai's silk, its 海丝 no group name
    text = "2018年，上海丝绸进出口总额增长5%。"
    assert not any("Maritime" in g for g in described(text))


# --- a list of names, then as many figures, 分别 left unwritten ------------------------------
def test_a_list_of_products_then_as_many_growths_without_fenbie() -> None:
    text = "2024年，江苏省新能源汽车、锂电池、光伏产品出口同比增长52%、31%和9.5%。"
    got = described(text)
    assert "Jiangsu (new energy vehicles) 2024 exports yoy_growth: 52 percent" in got
    assert "Jiangsu (lithium batteries) 2024 exports yoy_growth: 31 percent" in got
    assert "Jiangsu (photovoltaic products) 2024 exports yoy_growth: 9.5 percent" in got


def test_a_list_of_partners_then_as_many_values_without_fenbie() -> None:
    text = "2023年，云南省对越南、老挝、缅甸进出口320亿元、60亿元、240亿元。"
    got = described(text)
    assert "Yunnan with Vietnam 2023 total value: 32.0 billion CNY" in got
    assert "Yunnan with Laos 2023 total value: 6.0 billion CNY" in got
    assert "Yunnan with Myanmar 2023 total value: 24.0 billion CNY" in got


def test_figures_of_two_clauses_are_no_list_without_fenbie() -> None:
    # the guard: a comma between the figures, or lists of other lengths, pair nothing
    text = "2023年，江苏省对美国、欧盟出口增长5%，增长3%，增长2%。"
    assert not any("with United States 2023" in g for g in described(text))
    other = "2023年，江苏省汽车、船舶出口增长12%、8%、5%。"
    assert not any("(automobiles)" in g for g in described(other))


# --- a paragraph opening with 其中 breaks down the paragraph before -------------------------
def test_a_paragraph_opening_with_qizhong_keeps_the_earlier_year_of_the_one_before() -> None:
    text = (
        "今年前7个月，中国对非洲进出口1.19万亿元，同比增长5.5%。\n"
        "2023年，中非贸易额达到2821亿美元，同比增长1.5%。\n"
        "其中，中国自非洲进口坚果增长130%。\n"
        "今年前7个月，中国对非洲出口6000亿元。"
    )
    got = described(text, date=datetime.date(2024, 8, 20))
    assert "China with Africa (nuts) 2023 imports yoy_growth: 130 percent" in got
    assert "China with Africa 2024-01/2024-07 exports value: 600.0 billion CNY" in got
    other = (
        "1-9月，广东省进出口6.2万亿元。\n"
        "2022年全年，广东省出口5.3万亿元，增长5.5%。\n"
        "其中，对东盟出口9000亿元。"
    )
    got = described(other, date=datetime.date(2023, 10, 20))
    assert "Guangdong with ASEAN 2022 exports value: 900.0 billion CNY" in got


def test_a_paragraph_not_breaking_down_returns_to_the_base_period() -> None:
    # the guard: without 其中 the next paragraph is the lead's period again
    text = (
        "今年前7个月，中国对非洲进出口1.19万亿元，同比增长5.5%。\n"
        "2023年，中非贸易额达到2821亿美元，同比增长1.5%。\n"
        "中国自非洲进口坚果增长130%。"
    )
    got = described(text, date=datetime.date(2024, 8, 20))
    assert "China with Africa (nuts) 2024-01/2024-07 imports yoy_growth: 130 percent" in got


# --- regions of several provinces reported as one ------------------------------------------
def test_the_pan_pearl_river_delta_and_beijing_tianjin_hebei_report_as_one() -> None:
    text = "2005年第一季度，内地泛珠三角区域进出口总额达1000亿美元，比上年同期增长14%。"
    got = described(text)
    assert "Pan-Pearl River Delta 2005-Q1 total value: 100.0 billion USD" in got
    assert "Pan-Pearl River Delta 2005-Q1 total yoy_growth: 14 percent" in got
    other = "2016年，京津冀地区进出口4.5万亿元，下降3%。"
    got = described(other)
    assert "Beijing-Tianjin-Hebei 2016 total value: 4.5 trillion CNY" in got


# --- 兆 for a trillion in Taiwan's and Hong Kong's copy -------------------------------------
def test_zhao_before_a_currency_is_a_trillion() -> None:
    text = "2025年，中國對美國進出口4.01兆元人民幣，增長3%。"
    assert "China with United States 2025 total value: 4.01 trillion CNY" in described(text)
    other = "2024年，台湾出口1.2兆美元，增长5%。"
    assert "Taiwan 2024 exports value: 1.2 trillion USD" in described(other)


def test_zhao_of_a_power_unit_is_no_money() -> None:
    # the guard: 兆瓦 (megawatt) is no scale of money
    text = "2023年，广东省新增风电装机300兆瓦，出口增长5%。"
    assert not any("trillion" in g or "300" in g for g in described(text))


# --- a list of places written with its count, other names after it -------------------------
def test_a_counted_list_of_cities_pairs_though_other_names_follow() -> None:
    # "A、B、C三市位居全省前三，分别…": 全省's province after the list is not an item
    text = (
        "2014年1-2月，福建省进出口1000亿元。厦门、泉州、福州三市位居福建外贸前三甲，"
        "分别进出口700亿元、300亿元、280亿元，同比下降5%、增长10%、下降2%。"
    )
    got = described(text)
    assert "Xiamen 2014-01/2014-02 total value: 70.0 billion CNY" in got
    assert "Quanzhou 2014-01/2014-02 total yoy_growth: 10 percent" in got
    assert "Fuzhou 2014-01/2014-02 total value: 28.0 billion CNY" in got
    other = "2023年，海南省文昌、琼海两地进出口增长较快，在全省排名靠前，分别增长28%、12%。"
    got = described(other)
    assert "Wenchang 2023 total yoy_growth: 28 percent" in got
    assert "Qionghai 2023 total yoy_growth: 12 percent" in got


def test_a_count_that_differs_from_the_list_pairs_nothing() -> None:
    # the guard: "三市" after two names is no list of three
    text = "2023年，江苏省苏州、无锡三市位居前列，江苏分别增长8%、6%、3%。"
    got = described(text)
    assert not any(g.startswith(("Suzhou", "Wuxi")) for g in got)


# --- a list of products, each a share of one flow's total -----------------------------------
def test_products_listed_as_shares_of_the_imports_total_are_imports() -> None:
    text = "2010年上半年，北京地区进出口1444亿美元。原油和机电产品分别占同期北京地区进口总值的46.8%和26.4%。"
    got = described(text)
    assert "Beijing (crude oil) 2010-H1 imports share: 46.8 percent" in got
    assert "Beijing (mechanical and electrical products) 2010-H1 imports share: 26.4 percent" in got
    other = "2021年，浙江省服装、纺织品、家具分别占全省出口总额的12%、9%和5%。"
    got = described(other)
    assert "Zhejiang (garments) 2021 exports share: 12 percent" in got
    assert "Zhejiang (furniture) 2021 exports share: 5 percent" in got


def test_a_listed_item_with_its_own_flow_word_keeps_the_item_rule() -> None:
    # the guard: values, not shares, still take each item's own flow (加工贸易 is all trade)
    text = "2021年，浙江省保税物流、加工贸易、对外承包出口分别达100亿元、200亿元和30亿元。"
    got = described(text)
    assert "Zhejiang (processing trade) 2021 total value: 20.0 billion CNY" in got


# --- a one-character partner before the balance ---------------------------------------------
def test_a_one_character_partner_before_a_surplus_or_deficit() -> None:
    text = "2013年前三季度，中国进出口3万亿美元。中国对美顺差是1528亿美元，较去年收窄了5%。"
    got = described(text)
    assert "China with United States 2013-01/2013-09 balance value: 152.8 billion USD" in got
    other = "2013年，中国进出口4万亿美元，对日逆差300亿美元。"
    assert "China with Japan 2013 balance value: -30.0 billion USD" in described(other)


# --- 对其: the partner the clause is about -----------------------------------------------------
def test_duiqi_is_the_partner_named_before_shi() -> None:
    text = (
        "2025年前4个月，福建省对东盟进出口1200亿元。印度尼西亚是福建对东盟贸易的最大市场，"
        "今年前4个月，福建对其进出口393.5亿元。"
    )
    got = described(text)
    assert "Fujian with Indonesia 2025-01/2025-04 total value: 39.35 billion CNY" in got
    other = "2024年，广西对东盟进出口4000亿元。越南为广西在东盟的第一大贸易伙伴，广西与其贸易额2500亿元。"
    assert "Guangxi with Vietnam 2024 total value: 250.0 billion CNY" in described(other)


def test_duiqi_with_no_partner_named_before_shi_keeps_the_nearest() -> None:
    # the guard: with no "X是…" before it, 其 is not guessed anew
    text = "2024年，广西对东盟进出口4000亿元，对其出口2500亿元。"
    assert "Guangxi with ASEAN 2024 exports value: 250.0 billion CNY" in described(text)


# --- a share written as a fraction in digits -------------------------------------------------
def test_a_share_written_as_a_digit_fraction_after_zhan() -> None:
    text = "2025年前4个月，福建省对东盟进出口1200亿元，占全省进出口总值的1/5以上。"
    got = described(text)
    assert "Fujian with ASEAN 2025-01/2025-04 total share: more than 20 percent" in got
    other = "2016年，浙江省对欧盟出口3000亿元，占全省出口总额的1/4左右。"
    assert "Zhejiang with EU 2016 exports share: about 25 percent" in described(other)


def test_a_third_or_a_date_is_no_share() -> None:
    # the guard: a third has no exact percent (as "a third" in English); 5/12 is a date
    text = "2016年，浙江省对欧盟出口3000亿元，占全省出口总额约1/3。"
    assert not any("share" in g for g in described(text))
    other = "2016年5/12，浙江省出口3000亿元。"
    assert not any("share" in g for g in described(other))


# --- benchmarks listed before the gaps, the unit written once --------------------------------
def test_benchmarks_listed_before_a_list_of_gaps() -> None:
    text = "2022年1-2月，泉州市进出口500亿元，增长20%，进出口增速分别比全国、全省高出6.7、4.7个百分点。"
    got = described(text)
    assert "Quanzhou 2022-01/2022-02 total growth_gap vs China: 6.7 percentage_point" in got
    # (全省 in a city's release is its province)
    assert "Quanzhou 2022-01/2022-02 total growth_gap vs Fujian: 4.7 percentage_point" in got
    other = "2023年，苏州市出口增长8%，分别高于全国和全省3.2和1.5个百分点。"
    got = described(other)
    assert "Suzhou 2023 exports growth_gap vs China: 3.2 percentage_point" in got
    assert "Suzhou 2023 exports growth_gap vs Jiangsu: 1.5 percentage_point" in got


def test_a_gap_with_no_benchmark_stays_skipped() -> None:
    text = "2023年，苏州市出口增长8%，增速高出3.2个百分点。"
    assert not any("growth_gap" in g for g in described(text))


# --- a group a partner is ranked within is not the figures' partner --------------------------
def test_the_group_a_partner_ranks_within_is_not_its_partner() -> None:
    text = (
        "2016年1-4月，福建省与海上丝绸之路沿线国家进出口902.1亿元。其中，菲律宾为我省在"
        "“海丝国家”中的第一大贸易伙伴，1-4月共计进出口134.6亿元，大幅增长43.7%。"
    )
    got = described(text)
    assert "Fujian with Philippines 2016-01/2016-04 total value: 13.46 billion CNY" in got
    other = (
        "2016年，广西对东盟进出口2000亿元。越南为广西在东盟中的最大贸易伙伴，全年进出口1200亿元。"
    )
    assert "Guangxi with Vietnam 2016 total value: 120.0 billion CNY" in described(other)


def test_trade_within_a_group_is_still_with_the_group() -> None:
    # the guard: 在对东盟贸易中 names the partner of the trade, not a ranking
    text = "2016年，广西对东盟进出口2000亿元。在对东盟贸易中，出口1000亿元。"
    assert "Guangxi with ASEAN 2016 exports value: 100.0 billion CNY" in described(text)
