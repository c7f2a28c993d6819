"""Phrasing families met on an eighth set of unseen Chinese articles (issue 9, round 8).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

from extract_helpers import described, reasons
from tradestat.extraction import extract


# --- the year of an undated text -----------------------------------------------------------
def test_a_year_restated_by_jinnian_is_the_texts_year_not_a_whole_year_before_it() -> None:
    # "2019年今年1-5月": the year and 今年 name the same year; the year is not a whole year
    # reported as background (which would put the year-less lead in the year after it)
    text = (
        "据厦门海关统计，今年1-5月，福建省进出口2000亿元，增长8%。\n"
        "据海关统计，2019年今年1-5月，福建省出口1200亿元，增长10%。"
    )
    got = described(text)
    assert "Fujian 2019-01/2019-05 total value: 200.0 billion CNY" in got
    assert "Fujian 2019-01/2019-05 exports value: 120.0 billion CNY" in got
    other = (
        "今年前三季度，江西省进出口3000亿元，增长6%。\n"
        "统计显示，2021年今年前三季度，江西省进口900亿元。"
    )
    got = described(other)
    assert "Jiangxi 2021-01/2021-09 total value: 300.0 billion CNY" in got
    assert "Jiangxi 2021-01/2021-09 imports value: 90.0 billion CNY" in got


# --- the reporter: photo captions and China's pairs --------------------------------------
def test_a_chinese_photo_caption_first_is_not_the_lead() -> None:
    # a caption standing first ("…港口(无人机照片)。…新华社") names a place that is no reporter
    text = (
        " date 2025-05-14\n"
        "中拉去年贸易额创新高\n"
        "2024年12月1日，货轮停靠在宁波舟山港码头(无人机照片)。这是新航线的首个航次。新华社\n"
        "2024年，中拉贸易额5000亿美元，同比增长5%。"
    )
    got = described(text)
    assert "China with Latin America 2024 total value: 500.0 billion USD" in got
    assert not [f for f in extract(text).facts if f.subject == "Ningbo"]
    other = (
        " date 2023-03-10\n"
        "1月20日，集装箱在青岛港装船（新华社发）\n"
        "据海关统计，今年前两个月，我国货物贸易进出口6万亿元，增长1%。"
    )
    got = described(other)
    assert "China 2023-01/2023-02 total value: 6 trillion CNY" in got
    assert extract(other).subject == "China"


def test_a_china_pair_with_the_kind_of_trade_or_a_period_before_the_trade_word() -> None:
    # 中欧货物贸易, 中美今年贸易额, 中拉去年贸易额: China's trade with the other side
    text = " date 2025-01-20\n2024年中欧货物贸易进出口总额为7000亿美元，同比增长1%。"
    got = described(text)
    assert "China with EU 2024 total value: 700.0 billion USD" in got
    assert "China with EU 2024 total yoy_growth: 1 percent" in got
    other = " date 2024-03-08\n中美前两个月贸易额800亿美元，下降3%。"
    assert "China with United States 2024-01/2024-02 total value: 80.0 billion USD" in (
        described(other)
    )


def test_a_pair_abbreviation_names_the_country_just_named() -> None:
    # 哥 is Colombia or Costa Rica: the one the text just named decides
    text = (
        " date 2025-05-14\n"
        "海关总署数据显示，哥伦比亚是中国在拉美的重要贸易伙伴。2024年中哥贸易规模达1400亿元。"
    )
    got = described(text)
    assert "China with Colombia 2024 total value: 140.0 billion CNY" in got
    other = (
        " date 2024-06-14\n"
        "据海关总署统计，哥斯达黎加与中国经贸往来密切，今年前5个月中哥双边贸易额30亿美元。"
    )
    assert "China with Costa Rica 2024-01/2024-05 total value: 3.0 billion USD" in (
        described(other)
    )
    # with no such country named, the abbreviation gives no partner
    alone = " date 2024-06-14\n据海关总署统计，今年前5个月中哥双边贸易额30亿美元。"
    assert not [f for f in extract(alone).facts if f.partner in ("Colombia", "Costa Rica")]


# --- periods: a period that qualifies one figure ------------------------------------------
def test_a_period_written_as_an_attribute_of_one_figure_does_not_go_on_after_the_semicolon() -> (
    None
):
    # "已超2020年全年的X亿元；进口…": the whole year dates X only
    text = (
        " date 2021-10-21\n"
        "今年前三季度，泉州市出口1500亿元，增长50%，已超2020年全年的1400亿元；"
        "进口400亿元，增长18%。"
    )
    got = described(text)
    assert "Quanzhou 2020 exports value: 140.0 billion CNY" in got
    assert "Quanzhou 2021-01/2021-09 imports value: 40.0 billion CNY" in got
    assert "Quanzhou 2021-01/2021-09 imports yoy_growth: 18 percent" in got
    other = (
        " date 2023-08-15\n今年1-7月，宁波市出口5000亿元，超过去年上半年的4800亿元；进口2000亿元。"
    )
    got = described(other)
    assert "Ningbo 2023-01/2023-07 imports value: 200.0 billion CNY" in got


# --- a province's pair with a partner; Taiwan and Hong Kong words for growth ---------------
def test_a_province_abbreviation_pair_is_the_provinces_trade_with_the_partner() -> None:
    # 闽台贸易 in a text on Fujian, 粤港贸易 in one on Guangdong
    text = " date 2010-01-16\n据厦门海关统计，2009年福建省闽台贸易总值60亿美元，比上年下降3%。"
    got = described(text)
    assert "Fujian with Taiwan 2009 total value: 6.0 billion USD" in got
    assert "Fujian with Taiwan 2009 total yoy_growth: -3 percent" in got
    other = " date 2019-02-01\n2018年，广东省粤港贸易额1.2万亿元，增长4%。"
    got = described(other)
    assert "Guangdong with Hong Kong 2018 total value: 1.2 trillion CNY" in got
    # (only the reporter's own abbreviation: 鲁韩贸易 in a text on Fujian names no partner)
    third = " date 2019-02-01\n2018年，福建省进出口1.2万亿元，鲁韩贸易增长4%。"
    assert not [f for f in extract(third).facts if f.partner == "South Korea"]


def test_chenggzhang_and_fu_chengzhang_are_rise_and_fall() -> None:
    # Taiwan and Hong Kong copy: 成长 for 增长, 负成长 / 衰退 for a fall
    text = (
        " date 2010-01-16\n"
        "2009年，福建省对台出口逆势成长16%，达15亿美元；自台进口负成长8%，为50亿美元。"
    )
    got = described(text)
    assert "Fujian with Taiwan 2009 exports yoy_growth: 16 percent" in got
    assert "Fujian with Taiwan 2009 imports yoy_growth: -8 percent" in got
    other = " date 2016-01-20\n2015年，香港整体出口衰退2%，进口成长1%。"
    got = described(other)
    assert "Hong Kong 2015 exports yoy_growth: -2 percent" in got
    assert "Hong Kong 2015 imports yoy_growth: 1 percent" in got


def test_small_scale_trade_across_the_strait_is_a_segment() -> None:
    text = " date 2010-01-16\n2009年，福建对台小额贸易进出口1.3亿美元，增长60%。其中进口1.1亿美元。"
    got = described(text)
    assert "Fujian with Taiwan (small-scale trade) 2009 total value: 130 million USD" in got
    assert "Fujian with Taiwan (small-scale trade) 2009 imports value: 110 million USD" in got


# --- a text on China written from its partner's side --------------------------------------
def test_a_pair_written_partner_first_is_chinas_trade_with_the_partner() -> None:
    # 俄中贸易额, 美中双边贸易 (wire copy from the partner's side)
    text = " date 2018-09-10\n2018年1月至8月，俄中贸易额同比增长20%，达到600亿美元。"
    got = described(text)
    assert "China with Russia 2018-01/2018-08 total yoy_growth: 20 percent" in got
    assert "China with Russia 2018-01/2018-08 total value: 60.0 billion USD" in got
    other = " date 2019-02-10\n2018年，美中双边贸易额6000亿美元。"
    assert "China with United States 2018 total value: 600.0 billion USD" in described(other)


def test_a_partners_flow_toward_china_is_chinas_opposite_flow() -> None:
    # in a text on China: 俄罗斯对华出口 are China's imports from Russia, 美国自华进口 its
    # exports to the United States
    text = (
        " date 2018-09-10\n"
        "据海关总署统计，今年前8个月，中国对俄出口增长10%，达300亿美元；"
        "俄罗斯对华出口增长30%，达350亿美元。8月份，俄对华出口额为45亿美元。"
    )
    got = described(text)
    assert "China with Russia 2018-01/2018-08 exports value: 30.0 billion USD" in got
    assert "China with Russia 2018-01/2018-08 imports yoy_growth: 30 percent" in got
    assert "China with Russia 2018-01/2018-08 imports value: 35.0 billion USD" in got
    assert "China with Russia 2018-08 imports value: 4.5 billion USD" in got
    assert not [f for f in extract(text).facts if f.subject == "Russia"]
    other = " date 2019-02-10\n据海关总署统计，2018年美国自华进口5000亿美元，增长7%。"
    got = described(other)
    assert "China with United States 2018 exports value: 500.0 billion USD" in got


# --- partners: 我国香港地区, and a note in brackets on what a partner covers ----------------
def test_hong_kong_written_after_woguo_or_zhongguo_is_a_partner() -> None:
    text = " date 2020-04-20\n一季度，广西对我国香港地区进出口100亿元，增长4%。"
    got = described(text)
    assert "Guangxi with Hong Kong 2020-Q1 total value: 10.0 billion CNY" in got
    assert not [f for f in extract(text).facts if f.subject == "Hong Kong"]
    other = " date 2021-07-20\n上半年，东莞市与中国台湾进出口300亿元，增长9%。"
    assert "Dongguan with Taiwan 2021-H1 total value: 30.0 billion CNY" in described(other)


def test_a_bracketed_note_on_what_a_partner_covers_is_no_list_item() -> None:
    # "欧盟(27国,不含英国)": 英国 is no third partner of the list
    text = (
        " date 2020-04-20\n"
        "一季度，广西对美国和欧盟(27国,不含英国)分别进出口36亿元和31亿元，分别下降30%和28%。"
    )
    got = described(text)
    assert "Guangxi with EU 2020-Q1 total value: 3.1 billion CNY" in got
    assert "Guangxi with United States 2020-Q1 total yoy_growth: -30 percent" in got
    other = " date 2019-07-20\n上半年，云南省对东盟（不包括新加坡）和南亚分别出口500亿元和80亿元。"
    got = described(other)
    assert "Yunnan with ASEAN 2019-H1 exports value: 50.0 billion CNY" in got
    assert not [f for f in extract(other).facts if f.partner == "Singapore"]


# --- flows: the flow a paragraph is about --------------------------------------------------
def test_products_in_a_paragraph_about_one_flow_take_that_flow() -> None:
    # "…商品出口都遇阻。1-7月，A、B同比分别下降…": the products' exports
    text = (
        " date 2012-08-15\n"
        "据上海海关统计，今年前7个月，上海关区出口1000亿美元。\n"
        "从商品种类看，一些机电商品出口遇阻。1-7月，集成电路和船舶同比分别下降5%和13%。\n"
        "与出口低迷形成对比的是，消费品进口保持较快增长。前7个月，汽车和服装同比分别增长20%和25%。"
    )
    got = described(text)
    assert "Shanghai (integrated circuits) 2012-01/2012-07 exports yoy_growth: -5 percent" in got
    assert "Shanghai (ships) 2012-01/2012-07 exports yoy_growth: -13 percent" in got
    assert "Shanghai (automobiles) 2012-01/2012-07 imports yoy_growth: 20 percent" in got
    assert "Shanghai (garments) 2012-01/2012-07 imports yoy_growth: 25 percent" in got
    other = (
        " date 2019-04-15\n"
        "一季度，浙江省进出口6000亿元。\n"
        "农产品进口增势明显。其中，大豆、猪肉分别增长30%和60%。"
    )
    got = described(other)
    assert "Zhejiang (soybeans) 2019-Q1 imports yoy_growth: 30 percent" in got
    assert "Zhejiang (pork) 2019-Q1 imports yoy_growth: 60 percent" in got


# --- owners: a province with the verb of a result before its trade ------------------------
def test_a_region_that_achieves_its_trade_owns_the_figure() -> None:
    # "四川实现对外贸易进出口总值…" in a text whose body is on Chengdu
    text = (
        " date 2015-08-13\n"
        "据成都海关统计，今年1-7月四川实现对外贸易进出口总值2000亿元，下降20%。"
        "其中，成都实现外贸进出口总值1500亿元。前7月成都出口汽车3亿元。"
        "1-7月，成都与美国进出口值为400亿元。"
    )
    got = described(text)
    assert "Sichuan 2015-01/2015-07 total value: 200.0 billion CNY" in got
    assert "Sichuan 2015-01/2015-07 total yoy_growth: -20 percent" in got
    assert "Chengdu 2015-01/2015-07 total value: 150.0 billion CNY" in got
    other = (
        " date 2016-07-13\n"
        "上半年，宁波市进出口4000亿元。浙江省完成外贸出口9000亿元，增长3%。"
        "宁波市对美国出口500亿元。宁波市对欧盟出口600亿元。"
    )
    got = described(other)
    assert "Zhejiang 2016-H1 exports value: 900.0 billion CNY" in got


def test_an_event_year_its_paragraph_then_calls_last_year_anchors_an_undated_text() -> None:
    # no date line; "2016年…印发了《计划》。…去年进出口416亿元": 2016 is 去年, 今年 is 2017
    text = (
        "今年一季度，南宁市实现外贸进出口130亿元，同比增长90%。\n"
        "据了解，2016年南宁市印发实施了外经贸发展行动计划。去年累计实现进出口总额400亿元，"
        "同比增长14%。"
    )
    got = described(text)
    assert "Nanning 2017-Q1 total value: 13.0 billion CNY" in got
    assert "Nanning 2016 total value: 40.0 billion CNY" in got
    other = (
        "今年前5个月，柳州市出口80亿元。\n"
        "2020年柳州市启动了稳外贸专项行动，去年全市出口突破150亿元。"
    )
    got = described(other)
    assert "Liuzhou 2021-01/2021-05 exports value: 8.0 billion CNY" in got


# --- figures that are no reported trade: goals, investment, contractors' turnover ----------
def test_a_list_of_goals_and_amounts_of_investment_are_skipped() -> None:
    text = (
        " date 2017-04-20\n"
        "一季度，南宁市进出口130亿元。今年南宁市外经贸发展的主要目标是：外贸进出口总额增长8%，"
        "其中出口额增长6%；中方对外协议投资额8.6亿美元，增长5%。"
    )
    got = described(text)
    assert got == {"Nanning 2017-Q1 total value: 13.0 billion CNY"}
    why = reasons(text)
    assert why["8%"] == "a target, not a reported figure"
    assert why["8.6亿美元"] == "an amount of money not said to be trade"
    other = (
        " date 2025-05-14\n"
        "一季度，中国对拉美进出口1000亿美元。同期，中国在拉美新签承包工程合同额50亿美元，"
        "完成营业额40亿美元，实际利用外资3亿美元。"
    )
    got = described(other)
    assert got == {"China with Latin America 2025-Q1 total value: 100.0 billion USD"}


# --- the reporter of a county's release ----------------------------------------------------
def test_a_county_release_that_names_no_county_is_not_given_to_its_city() -> None:
    # "全县外贸进出口…，位列宁波各县(市)区之首": the county is not named, Ningbo is not it
    text = (
        " date 2011-05-24\n"
        "县外经贸局发布消息，今年1至4月份，全县外贸进出口总额达7亿美元，同比增长46%。"
        "我县进出口增幅高于全市22个百分点，位列宁波各县(市)区之首。"
    )
    extraction = extract(text)
    assert extraction.subject is None
    assert not extraction.facts
    assert "no subject in the text" in reasons(text)["7亿美元"]
    # the caller who knows the county gives it
    got = described(text, subject="Xiangshan")
    assert "Xiangshan 2011-01/2011-04 total value: 700 million USD" in got
    other = " date 2020-07-20\n上半年，本县完成进出口15亿元，增长8%，占温州市的5%。温州市进出口1000亿元。"
    assert not [
        f
        for f in extract(other).facts
        if f.subject == "Wenzhou" and f.measure == "value" and f.value == 15
    ]


# --- products: consumer goods, advanced manufactures, transport modes ----------------------
def test_consumer_goods_and_advanced_manufactures_by_market_are_products() -> None:
    text = (
        " date 2025-05-03\n"
        "一季度，我国自欧盟进口高端装备600亿元，同比增长30%；"
        "我国对欧盟出口工业机器人、高端机床分别增长80%、12%；"
        "我国从欧盟进口啤酒、化妆品同比分别增长25%、17%。"
    )
    got = described(text)
    assert "China with EU (high-end equipment) 2025-Q1 imports value: 60.0 billion CNY" in got
    assert "China with EU (industrial robots) 2025-Q1 exports yoy_growth: 80 percent" in got
    assert "China with EU (high-end machine tools) 2025-Q1 exports yoy_growth: 12 percent" in got
    assert "China with EU (beer) 2025-Q1 imports yoy_growth: 25 percent" in got
    assert "China with EU (cosmetics) 2025-Q1 imports yoy_growth: 17 percent" in got
    other = " date 2020-04-20\n3月份，广西铁路运输进出口3亿元；乘用车出口2亿元，家电出口1亿元。"
    got = described(other)
    assert "Guangxi (rail transport) 2020-03 total value: 300 million CNY" in got
    assert "Guangxi (passenger cars) 2020-03 exports value: 200 million CNY" in got
    assert "Guangxi (household appliances) 2020-03 exports value: 100 million CNY" in got


def test_a_share_taken_in_the_nations_total_is_skipped() -> None:
    # "电动汽车出口在全国的占比超过10%": a share of a higher level's total
    text = " date 2025-07-20\n上半年，上海市进出口2万亿元。电动汽车出口在全国的占比都在10%以上。"
    assert reasons(text)["10%以上"] == "a share of another economy's total (not of the reporter's)"
    other = " date 2024-07-20\n上半年，苏州市进出口1万亿元，在全省的占比为40%。"
    assert not [f for f in extract(other).facts if f.measure == "share"]


# --- periods and places written in short -----------------------------------------------------
def test_a_period_followed_by_yilai_starts_a_records_span_and_dates_no_figure() -> None:
    # "为2010年一季度以来最低", "创2015年以来新高": the figure is of the period in force
    text = (
        " date 2012-04-20\n一季度，我国出口增长7.6%。东部地区出口增长5.6%，为2010年一季度以来最低。"
    )
    got = described(text)
    # (a national region in a text on China is China's segment: see the families of zh23)
    assert "China (eastern regions) 2012-Q1 exports yoy_growth: 5.6 percent" in got
    other = " date 2019-07-20\n上半年，浙江省出口1.2万亿元，增长9%，创2015年以来同期新高。"
    got = described(other)
    assert "Zhejiang 2019-H1 exports yoy_growth: 9 percent" in got
    assert not [f for f in extract(other).facts if str(f.period).startswith("2015")]


def test_areas_written_with_one_shared_bu_are_a_list() -> None:
    # "中、西部地区出口分别增长a和b": the central and the western regions
    text = " date 2012-04-20\n一季度，中、西部地区出口分别增长23%和30%。"
    got = described(text)
    assert "central regions 2012-Q1 exports yoy_growth: 23 percent" in got
    assert "western regions 2012-Q1 exports yoy_growth: 30 percent" in got
    other = " date 2013-04-20\n一季度，东、中、西部地区进口分别增长5%、8%和9%。"
    got = described(other)
    assert "eastern regions 2013-Q1 imports yoy_growth: 5 percent" in got
    assert "western regions 2013-Q1 imports yoy_growth: 9 percent" in got


def test_yizhu_of_traditional_copy_is_the_clothing_product() -> None:
    text = " date 2025-05-03\n一季度，我国对欧盟出口服装及衣著附件增长3%。"
    assert (
        "China with EU (garments and clothing accessories) 2025-Q1 exports yoy_growth: 3 percent"
        in described(text)
    )


# --- partners: a breakdown that goes on sentence by sentence --------------------------------
def test_the_next_enterprise_type_or_trade_mode_keeps_the_bilateral_partner() -> None:
    # "民营企业对俄进出口…。国有企业进出口…": the next item of the breakdown of the trade
    # with Russia
    text = (
        " date 2014-06-20\n"
        "今年5月，中国对俄罗斯进出口480亿元，增长5%。"
        "当月，中国民营企业对俄进出口200亿元，下降4%。国有企业进出口190亿元，增长20%。"
    )
    got = described(text)
    assert (
        "China with Russia (state-owned enterprises) 2014-05 total value: 19.0 billion CNY" in got
    )
    assert "China with Russia (state-owned enterprises) 2014-05 total yoy_growth: 20 percent" in got
    other = (
        " date 2023-03-20\n"
        "前两个月，广西对东盟进出口500亿元。其中，一般贸易对东盟进出口200亿元。"
        "加工贸易进出口150亿元，增长9%。"
    )
    got = described(other)
    assert (
        "Guangxi with ASEAN (processing trade) 2023-01/2023-02 total value: 15.0 billion CNY" in got
    )


def test_the_top_item_of_a_flow_is_its_product() -> None:
    # "进口商品中最主要的是原油，价值X": the crude oil's imports
    text = (
        " date 2014-06-20\n"
        "今年5月，中国从俄罗斯进口商品中最主要的是原油，价值140亿元，增长50%；"
        "对俄出口商品中最主要的为服装及衣着附件，价值40亿元。"
    )
    got = described(text)
    assert "China with Russia (crude oil) 2014-05 imports value: 14.0 billion CNY" in got
    assert "China with Russia (crude oil) 2014-05 imports yoy_growth: 50 percent" in got
    assert (
        "China with Russia (garments and clothing accessories) 2014-05 exports value:"
        " 4.0 billion CNY" in got
    )
    other = " date 2019-07-20\n上半年，浙江省出口的主要商品是机电产品，出口额5000亿元。"
    assert (
        "Zhejiang (mechanical and electrical products) 2019-H1 exports value: 500.0 billion CNY"
        in described(other)
    )


def test_values_from_and_to_over_a_span_of_years_take_its_first_and_last_year() -> None:
    # "1975—2024年，…从24亿美元上升至7858亿美元": 24 of 1975, 7858 of 2024
    text = (
        " date 2025-07-02\n"
        "1975—2024年，中欧货物贸易进出口额从24亿美元上升至7800亿美元，"
        "其中中国对欧盟出口额从8亿美元增长至5100亿美元。"
    )
    got = described(text)
    assert "China with EU 1975 total value: 2.4 billion USD" in got
    assert "China with EU 2024 total value: 780.0 billion USD" in got
    assert "China with EU 1975 exports value: 800 million USD" in got
    assert "China with EU 2024 exports value: 510.0 billion USD" in got
    other = " date 2021-07-02\n2015年至2020年，广东省出口由100亿元增至200亿元。"
    got = described(other)
    assert "Guangdong 2015 exports value: 10.0 billion CNY" in got
    assert "Guangdong 2020 exports value: 20.0 billion CNY" in got


# --- lists: several regions summed; examples of a category each with its figure ------------
def test_several_counted_regions_together_are_skipped() -> None:
    text = (
        " date 2024-03-08\n"
        "前两个月，我国进出口6.6万亿元。广东、江苏、浙江、上海、北京、山东、福建7个外贸大省市"
        "合计进出口5万亿元，同比增长12%，占全国进出口总值的76%。"
    )
    got = described(text)
    assert got == {"China 2024-01/2024-02 total value: 6.6 trillion CNY"}
    assert reasons(text)["5万亿元"] == "a figure of several regions together, not of one"
    other = " date 2024-03-08\n前两个月，我国进出口6.6万亿元，东部五个城市共计出口2万亿元。"
    assert reasons(other)["2万亿元"] == "a figure of several regions together, not of one"


def test_items_of_an_unknown_category_each_with_its_figure_are_products() -> None:
    # "汽车、家电、船舶等优势产品出口分别增长a、b、c": the items pair with the figures
    text = (
        " date 2024-03-08\n"
        "前两个月，我国出口3.75万亿元。汽车、家电、船舶等优势产品出口分别增长16%、24%、180%。"
    )
    got = described(text)
    assert "China (automobiles) 2024-01/2024-02 exports yoy_growth: 16 percent" in got
    assert "China (ships) 2024-01/2024-02 exports yoy_growth: 180 percent" in got
    other = " date 2024-03-08\n前两个月，浙江省手机、集成电路等热门商品出口分别增长5%和9%。"
    got = described(other)
    assert "Zhejiang (mobile phones) 2024-01/2024-02 exports yoy_growth: 5 percent" in got
    assert "Zhejiang (integrated circuits) 2024-01/2024-02 exports yoy_growth: 9 percent" in got
    # one figure for the whole category stays skipped (the items are no segment of it)
    third = " date 2024-03-08\n前两个月，汽车、家电等优势产品出口5000亿元。"
    assert "5000亿元" in reasons(third)


def test_a_stray_line_break_between_a_growth_word_and_its_figure_is_no_paragraph_end() -> None:
    text = (
        " date 2021-10-21\n"
        "前三季度，泉州市进出口1900亿元。9月份，泉州进出口230亿元，同比增长6.5%；其中出口180亿元，同比增长\n"
        "28.3%。"
    )
    assert "Quanzhou 2021-09 exports yoy_growth: 28.3 percent" in described(text)
    other = " date 2021-10-21\n前三季度，泉州市进口原油、机电产品同比分别增长\n30.5%、25.3%。"
    got = described(other)
    assert "Quanzhou (crude oil) 2021-01/2021-09 imports yoy_growth: 30.5 percent" in got
    assert (
        "Quanzhou (mechanical and electrical products) 2021-01/2021-09 imports yoy_growth:"
        " 25.3 percent" in got
    )


def test_a_quarter_opening_the_clause_is_no_part_of_the_product_name() -> None:
    text = (
        " date 2020-10-20\n"
        "前三季度，山西省进出口1000亿元，主要原因是第三季度手机产品出口同比增长140%。"
    )
    assert "Shanxi (mobile phones) 2020-Q3 exports yoy_growth: 140 percent" in described(text)
    other = " date 2021-07-20\n上半年，安徽省出口3000亿元，其中二季度汽车出口增长60%。"
    assert "Anhui (automobiles) 2021-Q2 exports yoy_growth: 60 percent" in described(other)


def test_a_share_after_a_contribution_in_the_clause_before_is_a_share() -> None:
    # "拉动全省进出口增长15.8个百分点，占全省外贸进出口总值的73.2%": the share is read
    text = (
        " date 2022-07-19\n"
        "上半年，山东省民营企业进出口1.15万亿元，增长22%，拉动山东省进出口增长15个百分点，"
        "占全省外贸进出口总值的73%。"
    )
    got = described(text)
    assert "Shandong (private enterprises) 2022-H1 total share: 73 percent" in got
    assert reasons(text)["15个百分点"] == "a contribution to growth (not a fact of the schema)"
    other = " date 2023-07-19\n上半年，浙江省一般贸易出口1万亿元，贡献率达60%，占全省出口的65%。"
    got = described(other)
    assert "Zhejiang (general trade) 2023-H1 exports share: 65 percent" in got


def test_n_years_running_ends_at_the_whole_year_written_before_it() -> None:
    # "2024年…，连续4年超过1200亿元": one fact for each of 2021-2024
    text = (
        " date 2025-05-14\n"
        "海关总署数据显示，2024年中国对哥伦比亚进出口1500亿元，同比增长13%，连续4年超过1200亿元。"
    )
    got = described(text)
    for year in (2021, 2022, 2023, 2024):
        assert f"China with Colombia {year} total value: more than 120.0 billion CNY" in got
    other = " date 2021-01-20\n2020年，江苏省出口2.7万亿元，连续三年突破2万亿元。"
    got = described(other)
    assert "Jiangsu 2018 exports value: more than 2 trillion CNY" in got
    assert "Jiangsu 2020 exports value: more than 2 trillion CNY" in got
    # a year of a half is no end of the run: skipped, not given a period
    third = " date 2021-07-20\n2021年上半年，江苏省出口1.2万亿元，连续三年突破1万亿元。"
    assert reasons(third)["1万亿元"] == "no period for this figure"


def test_a_percentage_of_a_product_or_flow_that_comes_from_or_goes_to_a_partner_is_a_share() -> (
    None
):
    # "我国进口的72%的箱包、51.7%的乘用车来自欧盟": shares of those imports from the EU
    text = (
        " date 2025-05-03\n"
        "一季度，我国对欧盟进出口1.3万亿元。一季度，我国进口的70%的箱包、50%的乘用车来自欧盟。"
    )
    got = described(text)
    assert "China with EU (bags and cases) 2025-Q1 imports share: 70 percent" in got
    assert "China with EU (passenger cars) 2025-Q1 imports share: 50 percent" in got
    other = (
        " date 2022-03-20\n"
        "前两个月，苏州市进出口4000亿元，全市45%的出口商品销往亚洲地区，76%的进口商品来自亚洲地区。"
    )
    got = described(other)
    assert "Suzhou with Asia 2022-01/2022-02 exports share: 45 percent" in got
    assert "Suzhou with Asia 2022-01/2022-02 imports share: 76 percent" in got


def test_the_nations_whole_trade_in_the_same_period_of_the_first_sentence() -> None:
    # "今年1-7月四川…下降22.1%，同期全国整体进出口下降7.3%": China's, in Jan-Jul
    text = (
        " date 2015-08-13\n"
        "今年1-7月四川实现对外贸易进出口总值1900亿元，下降22%，同期全国整体进出口下降7.3%。"
    )
    got = described(text)
    assert "China 2015-01/2015-07 total yoy_growth: -7.3 percent" in got
    other = " date 2016-07-13\n上半年，浙江省出口9000亿元，增长3%，同期全国总体出口下降2%。"
    assert "China 2016-H1 exports yoy_growth: -2 percent" in described(other)


def test_growth_of_containers_trains_or_consignments_counted_is_no_trade_growth() -> None:
    # "进出口集装箱6.9万箱次，增长6.5%": a count of containers, not trade value
    text = (
        " date 2020-04-20\n一季度，广西进出口900亿元。北部湾港进出口集装箱6.9万箱次，逆势增长6.5%。"
    )
    assert reasons(text)["6.5%"] == "growth of a physical quantity, not of a trade value"
    other = " date 2021-07-20\n上半年，重庆市进出口3000亿元，开行中欧班列1200列，增长30%。"
    assert reasons(other)["30%"] == "growth of a physical quantity, not of a trade value"


def test_a_share_of_the_same_kind_of_products_is_the_clauses_product() -> None:
    # "进口高端装备640亿元，…，占我国同类产品进口总值的32.9%": high-end equipment's share
    text = (
        " date 2025-05-03\n"
        "一季度，我国对欧盟进出口1.3万亿元。一季度，我国自欧盟进口高端装备640亿元，"
        "同比增长30%，占我国同类产品进口总值的33%。"
    )
    assert "China with EU (high-end equipment) 2025-Q1 imports share: 33 percent" in described(text)
    other = (
        " date 2024-08-10\n前7个月，我国自非洲进口农产品100亿美元，占中国同类产品进口量比重超四成。"
    )
    assert reasons(other)["四成"] == "a share of a physical quantity, not of a trade value"


def test_cross_strait_trade_is_the_mainlands_trade_with_taiwan() -> None:
    # 两岸贸易: China's trade with Taiwan, also inside a text on Fujian
    text = " date 2010-01-16\n海关总署统计，2009年两岸贸易总额1000亿美元，下降17%。"
    got = described(text)
    assert "China with Taiwan 2009 total value: 100.0 billion USD" in got
    other = (
        " date 2010-01-16\n"
        "厦门海关统计，2009年闽台贸易总值70亿美元，下降3%，明显好于全年两岸进出口贸易18%的降幅。"
    )
    got = described(other)
    assert "Fujian with Taiwan 2009 total value: 7.0 billion USD" in got
    assert "China with Taiwan 2009 total yoy_growth: -18 percent" in got
