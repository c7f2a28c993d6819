"""Chinese whole-article families met on a development set (round 23).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- an area inside a province as the reporter: 粤西地区, 苏北地区, 长株潭 --------------------
def test_an_area_the_lead_reports_over_the_city_the_story_opens_with() -> None:
    text = (
        " date 2023-08-15\n"
        "本报讯 茂名市某石化企业上半年新增订单超过10亿元,产能持续扩大……\n"
        "这是茂名外贸稳步发展的一个侧面。记者从湛江海关获悉,今年上半年,粤西地区(包括湛江市、"
        "茂名市和阳江市)外贸进出口总值612.4亿元,比去年同期增长9.3%。其中,出口401.2亿元,"
        "增长7.5%。\n"
        "上半年粤西地区一般贸易进出口520.1亿元,增长11.2%。粤西地区民营企业进出口388.6亿元。"
    )
    result = extract(text)
    assert result.subject == "Western Guangdong", result.subject
    found = {f.describe() for f in result.facts}
    assert "Western Guangdong 2023-H1 total value: 61.24 billion CNY" in found, found
    assert "Western Guangdong 2023-H1 total yoy_growth: 9.3 percent" in found, found
    assert "Western Guangdong 2023-H1 exports value: 40.12 billion CNY" in found, found
    assert not any(d.startswith("Maoming") for d in found), found


def test_a_city_story_that_names_its_area_in_passing_stays_the_citys() -> None:
    # (the area is named once, not as the trader of the figures: the city's story)
    text = (
        " date 2023-08-15\n"
        "今年上半年徐州市外贸进出口总值712.3亿元,同比增长6.1%,总量居苏北地区首位。\n"
        "其中,徐州市出口455.2亿元,增长8.4%。"
    )
    found = described(text)
    assert "Xuzhou 2023-H1 total value: 71.23 billion CNY" in found, found
    assert not any(d.startswith("Northern Jiangsu") for d in found), found


# --- a port as the reporter: 省 + 城市 + 口岸进出口 ---------------------------------------------
def test_a_province_written_as_the_address_of_its_port_city() -> None:
    text = (
        " date 2025-01-20\n"
        "本网凭祥1月20日电 南宁海关20日通报,2024年广西凭祥口岸进出口总值为836.2亿元,"
        "比去年同期增长14.6%。\n"
        "其中,进口值为301.5亿元,出口值为534.7亿元。"
    )
    result = extract(text)
    assert result.subject == "Pingxiang Port", result.subject
    found = {f.describe() for f in result.facts}
    assert "Pingxiang Port 2024 total value: 83.62 billion CNY" in found, found
    assert "Pingxiang Port 2024 imports value: 30.15 billion CNY" in found, found
    assert not any(d.startswith("Guangxi") for d in found), found


def test_a_provinces_own_trade_is_not_its_ports() -> None:
    text = (
        " date 2025-01-20\n"
        "2024年广西外贸进出口总值为7286.2亿元,比去年同期增长4.1%。其中,凭祥口岸进出口836.2亿元。"
    )
    found = described(text)
    assert "Guangxi 2024 total value: 728.62 billion CNY" in found, found


# --- a group's count alone as the partner: 中国与10国贸易额 in a text on 东盟10国 --------------
def test_a_count_of_countries_that_the_text_gives_a_group_is_that_group() -> None:
    text = (
        " date 2024-03-08\n"
        "商务部官员在发布会上介绍了中国与东盟经贸合作的最新进展。2023年,中国与10国贸易额"
        "达到9117.2亿美元,同比增长2.3%。\n"
        "东盟10国包括印度尼西亚、泰国、马来西亚、新加坡、菲律宾、越南、缅甸、柬埔寨、老挝和文莱。"
    )
    found = described(text)
    assert "China with ASEAN 2023 total value: 911.72 billion USD" in found, found
    assert "China with ASEAN 2023 total yoy_growth: 2.3 percent" in found, found
    assert "China 2023 total value: 911.72 billion USD" not in found, found


def test_a_count_no_group_of_the_text_has_is_not_given_a_group() -> None:
    text = (
        " date 2024-03-08\n"
        "2023年,中国与东盟贸易额达到9117.2亿美元。中国与5国贸易额达到1200.5亿美元。"
    )
    found = described(text)
    assert not any("1200.5" in d or "120.05" in d for d in found if "ASEAN" in d), found


# --- a national region in a national release: China's trade broken down by region --------
def test_a_national_region_in_a_national_release_is_chinas_segment() -> None:
    text = (
        " date 2024-08-09\n"
        "海关总署:前7个月我国外贸进出口增长6.2%\n"
        "海关总署8月9日发布数据,今年前7个月,我国货物贸易进出口总值24.83万亿元,同比增长6.2%。"
        "其中,我国中部地区进出口2.16万亿元,同比增长10.3%,占我国外贸总值的8.7%。"
    )
    found = described(text)
    assert "China (central regions) 2024-01/2024-07 total value: 2.16 trillion CNY" in found, found
    assert "China (central regions) 2024-01/2024-07 total yoy_growth: 10.3 percent" in found, found
    assert "China 2024-01/2024-07 total value: 24.83 trillion CNY" in found, found


def test_a_national_region_in_a_provincial_release_is_a_reporter_of_its_own() -> None:
    text = (
        " date 2024-08-09\n"
        "今年前7个月,湖北省外贸进出口总值3621.5亿元,同比增长8.2%。"
        "同期,中部地区实现进出口总值2.16万亿元,同比增长10.3%。"
    )
    found = described(text)
    assert "Hubei 2024-01/2024-07 total value: 362.15 billion CNY" in found, found
    assert "central regions 2024-01/2024-07 total value: 2.16 trillion CNY" in found, found


# --- the balance of the same period a year earlier, after this period's ---------------------
def test_last_years_balance_written_after_this_periods_is_last_years() -> None:
    text = (
        " date 2022-03-07\n"
        "1-2月,我国货物贸易顺差3120.5亿元,去年同期为逆差215亿元。"
        "3月份当月,贸易顺差980.2亿元,而去年同期顺差为77.4亿元。"
    )
    found = described(text)
    assert "China 2021-01/2021-02 balance value: -21.5 billion CNY" in found, found
    assert "China 2022-01/2022-02 balance value: 312.05 billion CNY" in found, found
    assert "China 2021-03 balance value: 7.74 billion CNY" in found, found
    assert not any("2022-03 balance value: 7.74" in d for d in found), found


# --- a group's area written before its flow toward China: 中亚地区对华出口 ---------------------
def test_a_groups_area_exporting_to_china_is_chinas_imports_from_the_group() -> None:
    text = (
        " date 2024-02-20\n"
        "海关总署数据显示,2023年,中国同中亚双边贸易额达894.7亿美元,同比增长27%,"
        "其中中亚地区对华出口280.5亿美元,同比增长12.4%。"
    )
    found = described(text)
    assert "China with Central Asia 2023 imports value: 28.05 billion USD" in found, found
    assert "China with Central Asia 2023 imports yoy_growth: 12.4 percent" in found, found
    assert not any("exports" in d for d in found), found


# --- trade before the figure is all of it, whatever a later clause names --------------------
def test_pair_trade_before_its_growth_is_total_trade_not_a_later_clauses_flow() -> None:
    text = (
        " date 2025-01-15\n"
        "2024年,我国外贸进出口增长5%。同期,中日贸易增长3.2%,与整体增速基本持平,"
        "我们从日本进口集成电路、汽车零部件,对日本出口服装、家具。"
    )
    found = described(text)
    assert "China with Japan 2024 total yoy_growth: 3.2 percent" in found, found
    assert not any("Japan 2024 imports" in d for d in found), found


# --- members of a group written as 成员国: 金砖成员国 -----------------------------------------
def test_the_member_states_of_brics_are_brics() -> None:
    text = " date 2025-01-15\n2024年,我国对其他金砖成员国进出口增长4.1%。"
    found = described(text)
    assert "China with BRICS 2024 total yoy_growth: 4.1 percent" in found, found


# --- a part of a named year compared with: 与2019年上半年相比 ----------------------------------
def test_a_part_of_a_named_year_compared_with_is_no_period_of_the_figures() -> None:
    text = (
        " date 2021-10-15\n"
        "今年前三季度,江西省进出口总值3680.5亿元,比去年同期增长35%(与2019年前三季度相比"
        "增长51.2%),高出全国整体增速12.3个百分点。"
    )
    result = extract(text)
    found = {f.describe() for f in result.facts}
    assert "Jiangxi 2021-01/2021-09 total yoy_growth: 35 percent" in found, found
    assert "Jiangxi 2021-01/2021-09 total growth_gap vs China: 12.3 percentage_point" in found, (
        found
    )
    assert not any("2019" in d or "51.2" in d for d in found), found


# --- 全年 after a year the sentence names ------------------------------------------------------
def test_the_whole_year_after_a_named_year_is_that_year_not_the_year_in_force() -> None:
    text = (
        " date 2021-01-15\n"
        "海关总署15日公布了2020年我国外贸进出口情况,全年货物贸易进出口总值32.16万亿元,"
        "比2019年增长1.9%。"
    )
    found = described(text)
    assert "China 2020 total value: 32.16 trillion CNY" in found, found
    assert "China 2020 total yoy_growth: 1.9 percent" in found, found
    assert not any(" 2021 " in d for d in found), found


# --- one rate said of each of several listed places -------------------------------------------
def test_a_growth_rate_after_a_list_of_places_is_each_places() -> None:
    text = (
        " date 2022-02-10\n"
        "2021年,江西省进出口总值4980.4亿元,增长23.7%。其中,赣州、吉安、上饶增速均在25%以上。"
    )
    found = described(text)
    assert "Ganzhou 2021 total yoy_growth: more than 25 percent" in found, found
    assert "Ji'an 2021 total yoy_growth: more than 25 percent" in found, found
    assert "Shangrao 2021 total yoy_growth: more than 25 percent" in found, found


def test_a_growth_rate_of_listed_places_with_a_group_between() -> None:
    text = (
        " date 2021-09-10\n"
        "前8个月,我国对东盟进出口3.6万亿元。广西、云南、贵州等西部省份对东盟进出口增幅均在15%以上。"
    )
    found = described(text)
    assert "Guangxi with ASEAN 2021-01/2021-08 total yoy_growth: more than 15 percent" in found
    assert "Guizhou with ASEAN 2021-01/2021-08 total yoy_growth: more than 15 percent" in found


def test_the_growth_of_places_counted_together_is_no_places_own() -> None:
    text = (
        " date 2022-02-10\n2021年,江西省进出口总值4980.4亿元。赣州、吉安、上饶三市进出口增长21.3%。"
    )
    found = described(text)
    assert not any("21.3" in d for d in found), found


def test_places_with_their_own_rates_in_brackets_are_no_list() -> None:
    text = (
        " date 2022-01-20\n2021年,厦门市外贸进出口8876.5亿元,增长27.7%。"
        "在外贸20强城市中,厦门增速仅次于宁波(增速33.1%)和天津(增速29.2%)。"
    )
    found = described(text)
    assert "Tianjin 2021 total yoy_growth: 29.2 percent" in found, found
    assert "Ningbo 2021 total yoy_growth: 29.2 percent" not in found, found


# --- a run of quarters: 连续3个季度增速超过20% -------------------------------------------------
def test_a_run_of_quarters_gives_one_figure_per_quarter_up_to_the_period() -> None:
    text = (
        " date 2022-07-25\n"
        "据海关统计,上半年全市进出口总值为182.6亿元,增长23.5%,连续3个季度增速超过20%。"
    )
    found = described(text, subject="Maoming")
    for quarter in ("2021-Q4", "2022-Q1", "2022-Q2"):
        assert f"Maoming {quarter} total yoy_growth: more than 20 percent" in found, found
    assert "Maoming 2022-H1 total yoy_growth: 23.5 percent" in found, found


def test_a_rate_after_each_word_of_a_list_is_each_places() -> None:
    text = (
        " date 2022-07-25\n"
        "上半年,福建省进出口总值9860.2亿元,增长12.1%。其中,漳州、莆田和宁德出口均为增长25%以上。"
    )
    found = described(text)
    assert "Zhangzhou 2022-H1 exports yoy_growth: more than 25 percent" in found, found
    assert "Ningde 2022-H1 exports yoy_growth: more than 25 percent" in found, found


# --- a list of one flow's products after "；" with the flow word left out ---------------------
def test_products_after_a_semicolon_keep_the_flow_of_the_product_before() -> None:
    text = (
        " date 2021-10-22\n"
        "前三季度,茂名市出口纺织服装52.3亿元,增长8.2%;机电产品31.6亿元,增长4.4%;"
        "农产品12.1亿元,下降3.5%。"
    )
    found = described(text)
    assert (
        "Maoming (mechanical and electrical products) 2021-01/2021-09 exports value: "
        "3.16 billion CNY" in found
    ), found
    assert (
        "Maoming (agricultural products) 2021-01/2021-09 exports yoy_growth: -3.5 percent" in found
    ), found


def test_a_product_after_a_semicolon_with_its_own_flow_keeps_it() -> None:
    text = " date 2021-10-22\n前三季度,茂名市出口纺织服装52.3亿元;进口原油31.6亿元。"
    found = described(text)
    assert "Maoming (crude oil) 2021-01/2021-09 imports value: 3.16 billion CNY" in found, found


# --- a size threshold of firms is no trade value --------------------------------------------
def test_the_size_threshold_of_leading_firms_is_not_a_value() -> None:
    text = (
        " date 2025-08-20\n1-7月,潍坊市进出口总值1650.2亿元。外贸规模5亿元以上的龙头企业35家,"
        "合计进出口802.6亿元。"
    )
    found = described(text)
    assert not any("5 billion" in d or "0.5 billion" in d for d in found), found


# --- customs product categories: 刀剪, 灯具、照明装置及其零件 -----------------------------------
def test_customs_categories_of_knives_and_of_lamps_are_products() -> None:
    text = (
        " date 2023-03-10\n前2个月,我国灯具、照明装置及其零件出口同比增长15.2%,玩具出口增长8.1%。"
        "广东刀剪出口同比增长12.4%。"
    )
    found = described(text)
    assert (
        "China (lamps and lighting fixtures) 2023-01/2023-02 exports yoy_growth: 15.2 percent"
        in found
    ), found
    assert "China (toys) 2023-01/2023-02 exports yoy_growth: 8.1 percent" in found, found


# --- the economies whose main partner the reporter is: no count of its partners -------------
def test_the_number_of_economies_whose_main_partner_it_is_is_no_partner_count() -> None:
    text = (
        " date 2025-01-15\n2024年,我国外贸进出口43.85万亿元。我国已是140多个国家和地区的"
        "主要贸易伙伴。全年与我国有进出口实绩的国家和地区达到230个。"
    )
    result = extract(text)
    counts = [f.describe() for f in result.facts if f.measure == "partner_count"]
    assert not any("140" in d for d in counts), counts


# --- 双边贸易 after a sentence on what one partner is to the reporter ---------------------------
def test_bilateral_trade_refers_to_the_partner_its_paragraph_opened_with() -> None:
    text = (
        " date 2025-01-14\n"
        "2024年,我国对东盟进出口增长7.8%。\n"
        "对日本、韩国等周边市场也保持稳定。日本是我国第二大贸易伙伴国,也是重要的中间品来源地。"
        "双方经贸往来密切,2024年双边贸易增长2.3%,其中对北海道地区贸易增长较快。"
    )
    found = described(text)
    assert "China with Japan 2024 total yoy_growth: 2.3 percent" in found, found
    assert "China with ASEAN 2024 total yoy_growth: 2.3 percent" not in found, found


# --- review: 全年 after a year that is only a base or a milestone, not the sentence's topic ----
def test_the_whole_year_after_a_base_years_high_base_is_the_year_in_force() -> None:
    text = (
        " date 2024-01-20\n"
        "2023年,广东外贸进出口8.3万亿元,增长0.3%。受2022年高基数影响,全年出口增长2.5%。"
    )
    found = described(text)
    assert "Guangdong 2023 exports yoy_growth: 2.5 percent" in found, found
    assert not any(" 2022 " in d for d in found), found


def test_the_whole_year_after_a_milestone_year_is_not_that_year() -> None:
    for opening in ("继2022年首次突破40万亿元后", "在2022年我国外贸规模首破40万亿元的基础上"):
        text = f" date 2024-01-20\n海关总署12日公布,{opening},全年我国进出口再创新高,同比增长0.2%。"
        found = described(text)
        assert not any(" 2022 " in d and "0.2 percent" in d for d in found), (opening, found)


# --- review: the places a rate is said of are not those a 除…外 list leaves out -------------
def test_a_rate_of_the_other_places_is_not_the_left_out_places() -> None:
    for clause in (
        "除广州、深圳外其他地市增速均在10%以上",
        "广州、深圳以外的地市进出口增速均超过10%",
        "除汕头、揭阳外各市出口增速都超过了10%",
    ):
        text = f" date 2024-01-20\n2023年,广东省外贸进出口8.3万亿元,增长0.3%。{clause}。"
        found = described(text)
        assert not any("10 percent" in d for d in found), (clause, found)


# --- review: the whole a share is of, written 在…中, is not the share's owner ----------------
def test_the_area_whose_total_a_share_is_of_is_not_its_owner() -> None:
    for area, city, figures in (
        ("粤东地区外贸总值", "汕头", "汕头市外贸进出口1000亿元,增长5%"),
        ("长三角地区进出口总值", "上海", "上海市外贸进出口4.2万亿元,增长0.7%"),
    ):
        text = f" date 2024-01-20\n2023年,{figures}。在{area}中,{city}占比超过一半。"
        found = described(text)
        assert not any("Eastern Guangdong" in d or "Yangtze" in d for d in found), found


# --- review: a rate (增速) after two places, with no word of each, may be of the two together --
def test_a_rate_after_two_places_with_no_word_of_each_is_no_places_own() -> None:
    text = " date 2024-01-20\n2023年,江苏省外贸进出口5.2万亿元,增长1%。苏州和无锡外贸增速为8.2%。"
    found = described(text)
    assert not any("8.2 percent" in d for d in found), found


# --- review: an area of a continent is not China's region -------------------------------------
def test_an_area_of_a_continent_is_no_region_of_china() -> None:
    text = (
        " date 2024-01-20\n"
        "2023年,我国外贸进出口41.76万亿元,增长0.2%。我国对非洲东部地区出口增长15%。"
    )
    found = described(text)
    assert not any("eastern regions" in d for d in found), found


# --- review: 共建 and 总值 are no words of places taken together -------------------------------
def test_a_rate_of_each_place_with_the_belt_and_road_partners() -> None:
    text = (
        " date 2024-01-20\n"
        "2023年,浙江省外贸进出口4.9万亿元,增长4.6%。"
        '杭州、宁波对共建"一带一路"国家进出口增速均超过10%。'
    )
    found = described(text)
    assert any(d.startswith("Hangzhou ") and "10 percent" in d for d in found), found
    assert any(d.startswith("Ningbo ") and "10 percent" in d for d in found), found


# --- a fall written with its minus sign as well is still a fall -------------------------------
def test_a_fall_written_with_a_minus_sign_too_is_negative() -> None:
    for text, expected in (
        (
            " date 2024-01-10\n2023年,广东出口下降-2%。",
            "Guangdong 2023 exports yoy_growth: -2 percent",
        ),
        (
            " date 2024-05-10\nBEIJING, May 9 (Xinhua) -- China's imports rose 8.4 percent in "
            "April from a -1.9 percent fall in March, customs data showed.",
            "China 2024-03 imports yoy_growth: -1.9 percent",
        ),
    ):
        found = described(text)
        assert expected in found, found
