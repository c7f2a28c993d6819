"""Phrasing families met on an eleventh set of unseen Chinese articles (issue 9, round 11).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

from extract_helpers import described, reasons


# --- a headline that ranks a partner place first: the body says who trades ----------------
def test_a_headline_ranking_a_partner_place_first_keeps_the_trader() -> None:
    # "X成为Y第N大出口市场": X is named first, but the body writes it as the partner (对X)
    text = (
        "香港超过欧盟成为江西第二大出口市场\n\n"
        "2014年1-5月，江西对香港出口126.2亿元，同比增长43%。香港首次超过欧盟。"
        "江西对东盟出口208.6亿元。"
    )
    got = described(text)
    assert "Jiangxi with Hong Kong 2014-01/2014-05 exports value: 12.62 billion CNY" in got
    assert "Jiangxi with ASEAN 2014-01/2014-05 exports value: 20.86 billion CNY" in got
    other = (
        "台湾成为厦门最大进口来源地\n\n"
        "2019年，厦门自台湾进口300亿元，增长8%。台湾电子元件进口增长较快。"
    )
    got = described(other)
    assert "Xiamen with Taiwan 2019 imports value: 30.0 billion CNY" in got
    assert "Xiamen with Taiwan 2019 imports yoy_growth: 8 percent" in got


def test_a_headline_place_the_body_writes_as_the_trader_stays_the_reporter() -> None:
    # the guard: the first place is the reporter when the body writes it so (广东对香港)
    text = (
        "广东对香港出口增长两成 香港仍居首位\n\n"
        "2021年，广东对香港出口1.5万亿元，增长20%。香港仍是广东第一大出口市场。"
    )
    got = described(text)
    assert "Guangdong with Hong Kong 2021 exports value: 1.5 trillion CNY" in got
    # and when the body does not say who trades, the first place named stays the reporter
    unsettled = "香港成为江西第二大出口市场\n\n2014年1-5月，香港贸易额126.2亿元，增长43%。"
    assert not any(g.startswith("Jiangxi") for g in described(unsettled))


# --- a run of years after the year it follows (此后连续N年) or from the year it names ------
def test_a_run_of_years_after_a_written_year_starts_the_year_after() -> None:
    # "2000年…，此后连续8年": the eight years after 2000, not the eight up to it
    text = "2000年，中非贸易首次突破100亿美元，此后连续3年保持30%以上的增长速度。"
    got = described(text)
    for year in (2001, 2002, 2003):
        assert f"China with Africa {year} total yoy_growth: more than 30 percent" in got
    assert "China with Africa 2000 total yoy_growth: more than 30 percent" not in got
    other = "2010年，中国与东盟贸易额突破2000亿美元，之后连续2年增长超过10%。"
    got = described(other)
    assert "China with ASEAN 2011 total yoy_growth: more than 10 percent" in got
    assert "China with ASEAN 2012 total yoy_growth: more than 10 percent" in got


def test_a_run_of_years_from_the_year_it_names_starts_with_it() -> None:
    text = "自2016年起，浙江对非洲出口连续3年增长20%以上。"
    got = described(text)
    for year in (2016, 2017, 2018):
        assert f"Zhejiang with Africa {year} exports yoy_growth: more than 20 percent" in got
    assert "Zhejiang with Africa 2015 exports yoy_growth: more than 20 percent" not in got


def test_a_run_of_years_with_no_year_to_place_it_stays_skipped() -> None:
    # the guard: no year written before the run, no period guessed
    text = "广东出口此后连续5年增长超过5%。"
    assert not described(text)
    assert any("5%" in t for t in reasons(text))


# --- a flow word before 贸易总值 / 贸易总额 / 贸易额: the flow's trade --------------------
def test_exports_or_imports_before_trade_value_are_that_flow() -> None:
    text = (
        "2010年前2个月，辽宁省出口贸易总值62.7亿美元，同比增长36.3%；"
        "进口贸易总值61亿美元，同比增长80.9%。"
    )
    got = described(text)
    assert "Liaoning 2010-01/2010-02 exports value: 6.27 billion USD" in got
    assert "Liaoning 2010-01/2010-02 exports yoy_growth: 36.3 percent" in got
    assert "Liaoning 2010-01/2010-02 imports value: 6.1 billion USD" in got
    assert "Liaoning 2010-01/2010-02 imports yoy_growth: 80.9 percent" in got
    other = "2019年，山东对韩国出口贸易额增长8%，进口贸易总额下降3.5%。"
    got = described(other)
    assert "Shandong with South Korea 2019 exports yoy_growth: 8 percent" in got
    assert "Shandong with South Korea 2019 imports yoy_growth: -3.5 percent" in got


def test_imports_and_exports_before_trade_value_stay_all_trade() -> None:
    # the guard: 进出口贸易总值 is all trade, as before
    got = described("2019年，山东进出口贸易总值达2000亿元，增长5%。")
    assert "Shandong 2019 total value: 200.0 billion CNY" in got
    assert "Shandong 2019 total yoy_growth: 5 percent" in got


# --- 份 of a month and 各类 (every kind of) before a product: no modifiers of it ------------
def test_a_month_with_fen_or_gelei_before_a_product_keeps_the_product() -> None:
    text = "2012年1-10月，山西省出口50亿美元。10月份我省高新技术产品出口2.7亿美元。"
    got = described(text)
    assert "Shanxi (high-tech products) 2012-10 exports value: 270 million USD" in got
    other = "2025年上半年，大连市出口各类农产品129亿元，增长9%。"
    got = described(other)
    assert "Dalian (agricultural products) 2025-H1 exports value: 12.9 billion CNY" in got
    assert "Dalian (agricultural products) 2025-H1 exports yoy_growth: 9 percent" in got


def test_an_unknown_product_after_a_month_with_fen_stays_skipped() -> None:
    # the guard: 份 is dropped, the unknown word it stood before is still unknown
    text = "2012年1-10月，山西省出口50亿美元。10月份我省石墨烯制品出口2.7亿美元。"
    assert not any("270 million" in g for g in described(text))
    assert reasons(text)["2.7亿美元"] == "a product name not in the translation table: 石墨烯制品"


# --- a story that opens on Hong Kong, Macao or Taiwan leaves it as one on a country does ---
def test_a_story_opening_on_hong_kong_leaves_it_for_other_partners() -> None:
    # the lead's one partner carries to later products only while no other partner comes
    text = (
        "2014年1-5月，江西对香港出口126.2亿元，同比增长43%；对欧盟、美国分别出口123.3亿元"
        "和105.9亿元。\n\n在江西出口商品中，机电产品350.9亿元，增长6.8%。"
    )
    got = described(text)
    assert (
        "Jiangxi (mechanical and electrical products) 2014-01/2014-05 exports value: "
        "35.09 billion CNY"
    ) in got
    other = (
        "2020年，福建对台湾进出口800亿元，增长5%。\n\n福建对日本出口120亿元。\n\n"
        "福建出口机电产品2000亿元。"
    )
    got = described(other)
    assert (
        "Fujian (mechanical and electrical products) 2020 exports value: 200.0 billion CNY" in got
    )


def test_a_story_on_taiwan_alone_keeps_it_for_its_products() -> None:
    # the guard: with no other partner, the products broken down are still Taiwan's
    text = "2020年，福建对台湾进出口800亿元，增长5%。\n\n其中，出口机电产品200亿元。"
    got = described(text)
    assert (
        "Fujian with Taiwan (mechanical and electrical products) 2020 exports value: "
        "20.0 billion CNY"
    ) in got


# --- the customs' lines of metals, power equipment, drugs and classes still missing ---------
def test_a_list_of_metals_and_drugs_each_with_its_growth() -> None:
    text = "2011年1月，宁夏铁合金和金属镁出口分别下降56.9%和20.5%，红霉素和泰乐菌素出口分别增长92%和36.3%。"
    got = described(text)
    assert "Ningxia (ferroalloys) 2011-01 exports yoy_growth: -56.9 percent" in got
    assert "Ningxia (metal magnesium) 2011-01 exports yoy_growth: -20.5 percent" in got
    assert "Ningxia (erythromycin) 2011-01 exports yoy_growth: 92 percent" in got
    assert "Ningxia (tylosin) 2011-01 exports yoy_growth: 36.3 percent" in got
    other = "2023年，内蒙古多晶硅、风力发电机组、原料药出口分别增长15%、40%和8%。"
    got = described(other)
    assert "Inner Mongolia (polysilicon) 2023 exports yoy_growth: 15 percent" in got
    assert "Inner Mongolia (wind turbines) 2023 exports yoy_growth: 40 percent" in got
    assert (
        "Inner Mongolia (active pharmaceutical ingredients) 2023 exports yoy_growth: 8 percent"
    ) in got


def test_an_unknown_class_before_flows_is_no_whole_trade() -> None:
    # 中间产品 (intermediate goods) was dropped, its figures given to all trade: now named
    got = described("2021年，中国中间产品进口和出口分别增长24.9%和28.6%。")
    assert "China (intermediate goods) 2021 imports yoy_growth: 24.9 percent" in got
    assert "China (intermediate goods) 2021 exports yoy_growth: 28.6 percent" in got


def test_output_of_the_products_is_no_trade() -> None:
    # the guard: the products are known now, their output is still no trade figure
    text = "2011年1月，宁夏铁合金和金属镁产量分别下降30%和15%，出口分别下降56.9%和20.5%。"
    got = described(text)
    assert "Ningxia (ferroalloys) 2011-01 exports yoy_growth: -56.9 percent" in got
    assert not any("30 percent" in g or "15 percent" in g for g in got)
    assert reasons(text)["30%"] == "output or sales, not trade"
    assert reasons("2023年，广东家电销售额增长12%，出口增长8%。")["12%"] == (
        "output or sales, not trade"
    )


# --- 共建国家 / 共建伙伴: the Belt and Road countries, short after their full name -----------
def test_gongjian_guojia_after_the_belt_and_road_is_its_countries() -> None:
    text = (
        "2025年，中国与共建“一带一路”国家进出口23.6万亿元，增长6.3%。"
        "中国对共建国家出口医疗器械增长10.4%。中国与共建国家农产品贸易规模达1.43万亿元。"
    )
    got = described(text)
    assert "China with BRI countries (medical devices) 2025 exports yoy_growth: 10.4 percent" in got
    assert (
        "China with BRI countries (agricultural products) 2025 total value: 1.43 trillion CNY"
    ) in got
    other = (
        "2024年，浙江对“一带一路”沿线国家进出口2.3万亿元。以对外承包工程方式对共建国家出口"
        "120亿元，增长30%。"
    )
    got = described(other)
    assert (
        "Zhejiang with BRI countries (goods for overseas contracted projects) 2024 exports "
        "value: 12.0 billion CNY"
    ) in got


def test_gongjian_guojia_with_no_belt_and_road_named_is_not_guessed() -> None:
    # the guard: with another group named last, 共建国家 gives no partner
    text = "2025年，中国与东盟进出口6万亿元。中国对共建国家出口医疗器械增长10.4%。"
    assert not any("10.4" in g for g in described(text))
    assert "a partner name not in the tables" in reasons(text)["10.4%"]


# --- modes of transport as segments: 水运 / 海运 / 陆路 / 空运 -------------------------------
def test_a_list_of_transport_modes_each_with_its_growth() -> None:
    text = (
        "2025年，中国与共建“一带一路”国家进出口23.6万亿元。以水运、陆路、航空运输等方式"
        "对共建国家进出口分别增长6.2%、12.4%和8.2%。"
    )
    got = described(text)
    assert "China with BRI countries (waterway transport) 2025 total yoy_growth: 6.2 percent" in got
    assert "China with BRI countries (land transport) 2025 total yoy_growth: 12.4 percent" in got
    assert "China with BRI countries (air transport) 2025 total yoy_growth: 8.2 percent" in got
    other = "2024年，云南以海运、空运方式出口分别增长5%和9%。"
    got = described(other)
    assert "Yunnan (sea transport) 2024 exports yoy_growth: 5 percent" in got
    assert "Yunnan (air transport) 2024 exports yoy_growth: 9 percent" in got


def test_land_ports_are_no_mode_of_transport() -> None:
    # the guard: 陆路口岸 is trade through the land ports, its own segment
    got = described("2024年，新疆陆路口岸进出口3000亿元，增长10%。")
    assert "Xinjiang (land ports) 2024 total value: 300.0 billion CNY" in got


# --- 分别 after a clause's own flow word pairs the benchmarks, not the flows before ---------
def test_a_list_of_gaps_of_the_clauses_own_flow_pairs_its_benchmarks() -> None:
    text = (
        "2019年，安庆市进出口总值114.48亿元，同比增长19.46%，其中，进口28.88亿元，增长14.13%，"
        "出口85.6亿元，增长21.37%，外贸增幅分别领先全省、全国5.09、16.06个百分点。"
    )
    got = described(text)
    assert "Anqing 2019 total growth_gap vs Anhui: 5.09 percentage_point" in got
    assert "Anqing 2019 total growth_gap vs China: 16.06 percentage_point" in got
    other = (
        "2020年，芜湖市进口100亿元，增长4%，出口200亿元，增长9%，进出口增速分别高于全省、"
        "全国3.1、6.2个百分点。"
    )
    got = described(other)
    assert "Wuhu 2020 total growth_gap vs Anhui: 3.1 percentage_point" in got
    assert "Wuhu 2020 total growth_gap vs China: 6.2 percentage_point" in got


def test_a_list_after_the_flows_of_the_clauses_before_still_pairs_them() -> None:
    # the guard: with no flow word of its own, the 分别 list pairs the flows before it
    text = "2019年，芜湖市进出口总值500亿元，其中进口200亿元、出口300亿元，分别增长5%、8%。"
    got = described(text)
    assert "Wuhu 2019 imports yoy_growth: 5 percent" in got
    assert "Wuhu 2019 exports yoy_growth: 8 percent" in got


# --- a figure after a written list of places is theirs, never the reporter's -------------
def test_a_figure_after_a_list_of_places_is_not_the_reporters() -> None:
    # together (长沙、岳阳、郴州三市进出口…) or each (湘西、怀化、永州增速也在30%以上):
    # not read as the province's own, with no 分别 to pair them
    text = (
        "2021年，湖南省进出口5988.5亿元。湖南自贸试验区发展强劲，长沙、岳阳、郴州三市进出口"
        "3850.1亿元，增长23.8%。此外，湘西、怀化、永州增速也在30%以上。"
    )
    got = described(text)
    # (a rate said of each listed place is each place's own: see the families of zh23)
    assert got == {
        "Hunan 2021 total value: 598.85 billion CNY",
        "Xiangxi 2021 total yoy_growth: more than 30 percent",
        "Huaihua 2021 total yoy_growth: more than 30 percent",
        "Yongzhou 2021 total yoy_growth: more than 30 percent",
    }
    why = reasons(text)
    assert why["3850.1亿元"] == "a figure of several listed places, not of the reporter"
    other = "2022年，江苏省出口3.5万亿元。苏州和无锡出口增长8%。"
    assert described(other) == {"Jiangsu 2022 exports value: 3.5 trillion CNY"}


def test_places_each_with_its_figure_keep_them() -> None:
    # the guard: a 分别 list pairs each place; places written one by one keep their own
    text = "2021年，湖南省进出口5988.5亿元。湘西、怀化、永州进出口分别增长30%、20%和10%。"
    got = described(text)
    assert "Xiangxi 2021 total yoy_growth: 30 percent" in got
    assert "Yongzhou 2021 total yoy_growth: 10 percent" in got
    one_by_one = "2021年，长沙市进出口2780亿元，增长18%，岳阳市进出口500亿元，增长10%。"
    got = described(one_by_one)
    assert "Yueyang 2021 total yoy_growth: 10 percent" in got
    assert "Changsha 2021 total yoy_growth: 18 percent" in got


# --- 中美双边外贸总值: a China pair before 外贸 as before 贸易 ----------------------------
def test_a_china_pair_before_waimao_names_the_partner() -> None:
    got = described("2019年前三季度中美双边外贸总值2.75万亿元，同比下降10.3%。")
    assert "China with United States 2019-01/2019-09 total value: 2.75 trillion CNY" in got
    assert "China with United States 2019-01/2019-09 total yoy_growth: -10.3 percent" in got
    got = described("2019年1-9月，中俄外贸总值2000亿元。")
    assert "China with Russia 2019-01/2019-09 total value: 200.0 billion CNY" in got


def test_china_before_waimao_alone_is_its_whole_trade() -> None:
    # the guard: 中国外贸 is China's trade with the world
    assert described("2019年，中国外贸总值31万亿元。") == {
        "China 2019 total value: 31 trillion CNY"
    }


# --- 此外 / 另外 going on with more products keeps the flow of the products before --------
def test_more_products_after_cixi_keep_the_flow_of_the_products_before() -> None:
    text = (
        "2011年1月，宁夏红霉素和泰乐菌素出口分别增长92%和36.3%。此外，机电产品、金属制品和"
        "机械及设备、高新技术产品则分别增长1.4倍、82.2%、60.3%和78.6%。"
    )
    got = described(text)
    assert "Ningxia (metal products) 2011-01 exports yoy_growth: 82.2 percent" in got
    assert "Ningxia (machinery and equipment) 2011-01 exports yoy_growth: 60.3 percent" in got
    assert "Ningxia (high-tech products) 2011-01 exports yoy_growth: 78.6 percent" in got
    other = "2020年，广东进口原油增长5%。另外，铁矿砂、天然气分别增长12%和8%。"
    got = described(other)
    assert "Guangdong (iron ore) 2020 imports yoy_growth: 12 percent" in got
    assert "Guangdong (natural gas) 2020 imports yoy_growth: 8 percent" in got


def test_more_products_after_products_of_both_flows_take_no_flow_from_them() -> None:
    # the guard: the products before were exports and imports, so no one flow carries
    text = "2020年，广东出口机电产品增长5%，进口原油增长3%。此外，铁矿砂、天然气分别增长12%和8%。"
    got = described(text)
    assert not any("imports yoy_growth: 12" in g or "exports yoy_growth: 12" in g for g in got)


# --- digit tenths after a growth word: 增长超8成, 下降近3成 --------------------------------
def test_digit_tenths_after_a_growth_word_are_a_growth() -> None:
    got = described("2010年1-2月，辽宁省进口贸易总值61亿美元，同比增长超8成。")
    assert "Liaoning 2010-01/2010-02 imports yoy_growth: more than 80 percent" in got
    got = described("2023年，浙江对俄出口下降近3成。")
    assert "Zhejiang with Russia 2023 exports yoy_growth: about -30 percent" in got


def test_digit_tenths_that_are_no_growth_stay_unread() -> None:
    # the guard: the joint share of a list of places, a share of firms
    assert not described("2022年，青岛、烟台、潍坊五市进出口占比近7成。")
    got = described("2023年，浙江出口增长8%，8成企业订单增加。")
    assert got == {"Zhejiang 2023 exports yoy_growth: 8 percent"}
