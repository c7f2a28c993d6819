"""Chinese families met on a development set (round 24).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described, reasons


# --- 均 + a figure after a written list of places: each place's ------------------------
def test_a_bound_after_each_of_a_list_of_cities_is_each_citys() -> None:
    text = (
        " date 2021-07-20\n"
        "今年上半年,广东省外贸进出口3.9万亿元,同比增长25.9%。"
        "其中,深圳、东莞和佛山三市进出口占全省比重超七成,进出口均超两千亿元。"
    )
    found = described(text)
    for city in ("Shenzhen", "Dongguan", "Foshan"):
        assert f"{city} 2021-H1 total value: more than 200.0 billion CNY" in found, found
    assert "Guangdong 2021-H1 total value: more than 200.0 billion CNY" not in found, found


def test_a_sum_of_a_list_of_cities_is_no_citys() -> None:
    # (合计 between the list and the figure: the cities together, each one's unknown)
    text = (
        " date 2021-07-20\n"
        "今年上半年,广东省外贸进出口3.9万亿元,同比增长25.9%。"
        "深圳、东莞和佛山合计进出口超8000亿元,增速均超两成。"
    )
    found = described(text)
    assert not any(
        d.startswith(("Shenzhen", "Dongguan", "Foshan")) and "value" in d for d in found
    ), found


def test_a_bound_rate_after_a_list_of_cities_is_each_citys() -> None:
    text = (
        " date 2019-12-10\n"
        "前11个月,河北省外贸进出口3600.2亿元,同比增长12.1%。"
        "其中,唐山、沧州和廊坊出口增速超两成。"
    )
    found = described(text)
    for city in ("Tangshan", "Cangzhou", "Langfang"):
        assert f"{city} 2019-01/2019-11 exports yoy_growth: more than 20 percent" in found, found


def test_an_exact_rate_after_a_list_of_cities_is_not_read_as_each() -> None:
    # (an exact rate with no 均/都: possibly the cities together)
    text = (
        " date 2019-12-10\n"
        "前11个月,河北省外贸进出口3600.2亿元,同比增长12.1%。"
        "其中,唐山、沧州和廊坊出口增速为21.3%。"
    )
    found = described(text)
    assert not any("21.3" in d for d in found), found
    assert "21.3%" in reasons(text), reasons(text)


# --- a share's change from one year's level to another's: 比重由A年的x%提升至B年的y% ------
def test_a_share_that_rose_to_a_named_years_level_is_that_years_share() -> None:
    for verb in ("提升至", "提高到", "上升至", "下降至"):
        text = (
            " date 2024-05-10\n"
            "十年来,江西省对非洲进出口规模不断扩大,"
            f"占全省外贸的比重由2013年的6.1%{verb}2023年的8.4%。"
        )
        found = described(text)
        assert "Jiangxi with Africa 2013 total share: 6.1 percent" in found, (verb, found)
        assert "Jiangxi with Africa 2023 total share: 8.4 percent" in found, (verb, found)
        assert not any("yoy_growth" in d for d in found), (verb, found)


def test_a_growth_rate_that_rose_to_a_named_years_level_stays_a_growth_rate() -> None:
    text = (
        " date 2024-05-10\n2023年,江西省对非洲进出口500亿元,增速由2013年的6.1%提升至2023年的8.4%。"
    )
    found = described(text)
    assert not any("share" in d for d in found), found


# --- a share or a rate of the year before, written 由/比 上年(同期)的 x% ---------------------
def test_a_share_or_rate_of_the_year_before_is_the_year_befores() -> None:
    text = (
        " date 2024-07-20\n"
        "今年上半年,江西省出口2100亿元,增长6%,增速比上年同期的3.5%提高2.5个百分点。"
        "其中,一般贸易出口1500亿元,占全省出口的比重由上年同期的70.1%提升至72.3%。"
    )
    found = described(text)
    assert "Jiangxi 2023-H1 exports yoy_growth: 3.5 percent" in found, found
    assert "Jiangxi (general trade) 2023-H1 exports share: 70.1 percent" in found, found
    assert "Jiangxi (general trade) 2024-H1 exports share: 72.3 percent" in found, found
    assert "Jiangxi 2024-H1 exports yoy_growth: 6 percent" in found, found


def test_a_value_the_same_period_last_year_had_is_last_years() -> None:
    text = " date 2024-07-20\n今年上半年,江西省出口2100亿元,上年同期为1980亿元。"
    found = described(text)
    assert "Jiangxi 2023-H1 exports value: 198.0 billion CNY" in found, found
    assert "Jiangxi 2024-H1 exports value: 210.0 billion CNY" in found, found
    # (the rate compared with, said after 比: the growth is this period's own)
    other = " date 2024-07-20\n今年上半年,江西省出口2100亿元,比上年同期增长6%。"
    assert "Jiangxi 2024-H1 exports yoy_growth: 6 percent" in described(other)


# --- trade by the way it is carried: 通过铁海联运班列 / 国际铁路联运 / 公路班车进出口… -----------
def test_trade_carried_by_a_named_transport_service_is_that_services() -> None:
    text = (
        " date 2023-11-15\n"
        "前10个月,广西外贸进出口5000亿元,增长6%。"
        "“陆海新通道”各线路加快发展,广西企业通过海铁联运班列进出口80.5亿元,增长12%;"
        "通过跨境公路班车进出口31.2亿元,增长9.1%;通过国际铁路联运进出口6.1亿元。"
    )
    found = described(text)
    assert "Guangxi (rail-sea intermodal trains) 2023-01/2023-10 total value: 8.05 billion CNY" in (
        found
    ), found
    assert "Guangxi (cross-border road freight) 2023-01/2023-10 total value: 3.12 billion CNY" in (
        found
    ), found
    assert (
        "Guangxi (international rail intermodal transport) 2023-01/2023-10 total value: "
        "610 million CNY" in found
    ), found
    assert not any("New Western Land-Sea Corridor" in d for d in found), found


def test_a_route_named_as_what_goes_along_is_not_the_figures_segment() -> None:
    # (随着: "as the trains began to run", the province's whole trade follows)
    text = " date 2023-11-15\n随着中欧班列开通运营,前10个月云南省外贸进出口2000亿元,增长5%。"
    found = described(text)
    assert "Yunnan 2023-01/2023-10 total value: 200.0 billion CNY" in found, found
    assert not any("Railway Express" in d for d in found), found


# --- a list of places before the reporter's zones they hold: 甲、乙和丙3个综合保税区合计… ------
def test_a_list_of_places_naming_where_the_zones_are_gives_the_zones_trade() -> None:
    text = (
        " date 2023-12-15\n"
        "前11个月,河南省外贸进出口7400亿元。郑州、洛阳和南阳3个综合保税区合计进出口值"
        "3100.5亿元,同比增长9.9%。"
    )
    found = described(text)
    assert (
        "Henan (comprehensive bonded zones) 2023-01/2023-11 total value: 310.05 billion CNY"
        in found
    ), found
    assert "Henan (comprehensive bonded zones) 2023-01/2023-11 total yoy_growth: 9.9 percent" in (
        found
    ), found


def test_a_list_of_cities_together_is_still_not_the_reporters() -> None:
    text = (
        " date 2023-12-15\n"
        "前11个月,河南省外贸进出口7400亿元。郑州、洛阳和南阳3市合计进出口值3100.5亿元。"
    )
    found = described(text)
    assert not any("310.05" in d for d in found), found


# --- a ranking of firms as one group: 外贸二十强企业 / 前50强企业 / 10强企业 -------------------
def test_a_ranked_group_of_firms_is_a_segment() -> None:
    text = (
        " date 2024-10-20\n"
        "今年前三季度,无锡市外贸进出口5200亿元。从企业看,外贸二十强企业进出口1800.3亿元,"
        "同比增长7.2%;前50强企业出口2400亿元。"
    )
    found = described(text)
    assert "Wuxi (top 20 enterprises) 2024-01/2024-09 total value: 180.03 billion CNY" in found
    assert "Wuxi (top 20 enterprises) 2024-01/2024-09 total yoy_growth: 7.2 percent" in found
    assert "Wuxi (top 50 enterprises) 2024-01/2024-09 exports value: 240.0 billion CNY" in found


def test_a_ranking_of_cities_is_not_a_group_of_firms() -> None:
    text = " date 2024-10-20\n今年前三季度,无锡市外贸进出口5200亿元,居全省十强城市第三。"
    found = described(text)
    assert found == {"Wuxi 2024-01/2024-09 total value: 520.0 billion CNY"}, found


# --- goods of one flow counted, then the bare 贸易额 of the next clause: that flow's value ---
def test_the_trade_value_of_goods_just_counted_is_of_their_flow() -> None:
    text = (
        " date 2023-02-10\n"
        "2022年,黑龙江省外贸进出口2600亿元。对俄出口汽车5000余辆,贸易额12.4亿元,"
        "同比增长85%;自俄进口原油300万吨,贸易额约90亿元。"
    )
    found = described(text)
    assert "Heilongjiang with Russia (automobiles) 2022 exports value: 1.24 billion CNY" in found
    assert "Heilongjiang with Russia (automobiles) 2022 exports yoy_growth: 85 percent" in found
    assert (
        "Heilongjiang with Russia (crude oil) 2022 imports value: about 9.0 billion CNY" in found
    ), found


def test_a_trade_value_said_of_both_ways_stays_the_total() -> None:
    text = (
        " date 2023-02-10\n"
        "2022年,黑龙江省外贸进出口2600亿元。对俄出口汽车5000余辆,对俄贸易额1800.2亿元。"
    )
    found = described(text)
    assert any(d.endswith("2022 total value: 180.02 billion CNY") for d in found), found
    assert not any("exports value: 180.02" in d for d in found), found


# --- the gap of a quantity's growth: 进口汽车N万辆，增加x%，增速较全国快y个百分点 -------------
def test_the_gap_of_a_quantitys_growth_is_not_read() -> None:
    text = (
        " date 2024-04-20\n"
        "一季度,大连市外贸进出口1000亿元。进口汽车2.3万辆,增加31.5%,增速较全国快20个百分点。"
    )
    found = described(text)
    assert not any("growth_gap" in d for d in found), found
    assert "quantity" in reasons(text)["20个百分点"], reasons(text)


def test_the_gap_of_a_values_growth_is_still_read() -> None:
    text = (
        " date 2024-04-20\n"
        "一季度,大连市外贸进出口1000亿元。进口汽车15.3亿元,增长31.5%,增速较全国快20个百分点。"
    )
    found = described(text)
    assert "Dalian (automobiles) 2024-Q1 imports growth_gap vs China: 20 percentage_point" in found


# --- a rate after 均 that follows a written list of products: each product's -------------
def test_a_rate_said_of_each_listed_product_is_each_products() -> None:
    for clause, rate in (
        ("家具零件、灯具零件等出口增速均超两成", "more than 20 percent"),
        ("家具和灯具出口均增长20%", "20 percent"),
    ):
        text = f" date 2024-09-20\n今年前8个月,福建省出口6000亿元,{clause}。"
        found = described(text)
        for product in ("furniture", "lamp"):
            assert any(
                d.startswith(f"Fujian ({product}") and f"exports yoy_growth: {rate}" in d
                for d in found
            ), (clause, found)


def test_a_rate_of_a_list_of_products_together_is_not_each_products() -> None:
    text = " date 2024-09-20\n今年前8个月,福建省出口6000亿元,家具、灯具等出口合计增长20%。"
    found = described(text)
    assert not any(d.startswith("Fujian (furniture)") for d in found), found


# --- 欧美国家 / 欧美地区 / 欧美市场: Europe and America, never the United States alone ---------
def test_europe_and_america_written_as_a_region_is_that_group() -> None:
    for written in ("欧美国家", "欧美地区", "欧美市场"):
        text = f" date 2023-07-20\n上半年,昆山市出口2000亿元,其中对{written}出口800.5亿元。"
        found = described(text)
        assert "Kunshan with Europe and America 2023-H1 exports value: 80.05 billion CNY" in (
            found
        ), (written, found)
    shipped = " date 2023-07-20\n上半年,昆山市出口2000亿元,全市41.2%的出口商品销往欧美地区。"
    assert "Kunshan with Europe and America 2023-H1 exports share: 41.2 percent" in described(
        shipped
    )


def test_the_united_states_alone_stays_the_united_states() -> None:
    text = " date 2023-07-20\n上半年,昆山市出口2000亿元,其中对美国出口500.5亿元。"
    assert "Kunshan with United States 2023-H1 exports value: 50.05 billion CNY" in described(text)


# --- a share of a segment's total (占机电产品出口的x%): not the reporter's share ---------------
def test_a_share_of_a_segments_total_is_not_read() -> None:
    text = (
        " date 2024-04-25\n"
        "一季度,江西省出口1200亿元。其中,机电产品出口800亿元,占全省出口的66.7%;"
        "锂电池出口200亿元,占机电产品出口的25.1%。"
        "保税区企业开展的加工贸易进出口额占全省加工贸易进出口额的81.3%。"
    )
    found = described(text)
    assert "Jiangxi (mechanical and electrical products) 2024-Q1 exports share: 66.7 percent" in (
        found
    ), found
    assert not any("25.1" in d or "81.3" in d for d in found), found
    assert reasons(text)["25.1%"] == "a share of a segment's total (not of the reporter's)"


def test_a_segments_share_of_the_reporters_total_is_still_read() -> None:
    text = (
        " date 2024-04-25\n一季度,江西省进出口1900亿元。加工贸易进出口额占全省进出口总值的40.1%。"
    )
    found = described(text)
    assert "Jiangxi (processing trade) 2024-Q1 total share: 40.1 percent" in found, found


# --- a level stepped onto: 迈上/站上/登上/跃上 N 台阶/关口 is more than N ---------------------
def test_a_level_stepped_onto_is_more_than_it() -> None:
    for verb, mark in (("迈上", "台阶"), ("站上", "关口"), ("登上", "台阶"), ("跃上", "台阶")):
        text = f" date 2023-10-20\n前三季度,广州市进出口首次{verb}8000亿元{mark},达8123.4亿元。"
        found = described(text)
        assert "Guangzhou 2023-01/2023-09 total value: more than 800.0 billion CNY" in found, (
            verb,
            found,
        )
        assert "Guangzhou 2023-01/2023-09 total value: 812.34 billion CNY" in found, found


def test_a_new_level_stepped_onto_leaves_the_figure_after_it_exact() -> None:
    text = " date 2023-10-20\n前三季度,广州市进出口迈上新台阶,达8123.4亿元。"
    assert described(text) == {"Guangzhou 2023-01/2023-09 total value: 812.34 billion CNY"}


# --- where a route goes (通达/直达/辐射/开往 X) is not the partner of the trade on it -------------
def test_where_a_route_goes_is_not_the_partner() -> None:
    text = (
        " date 2023-10-20\n前三季度,成都市外贸进出口6000亿元。"
        "企业通过中欧班列通达欧洲,实现进出口330.3亿元,增长48.9%。"
    )
    found = described(text)
    assert (
        "Chengdu (China-Europe Railway Express) 2023-01/2023-09 total value: 33.03 billion CNY"
        in found
    ), found
    assert not any("with Europe" in d for d in found), found


def test_trade_with_a_place_is_still_that_partners() -> None:
    text = " date 2023-10-20\n前三季度,成都市外贸进出口6000亿元。对欧洲进出口1330.3亿元。"
    found = described(text)
    assert "Chengdu with Europe 2023-01/2023-09 total value: 133.03 billion CNY" in found, found


# --- a sum after a list of products and its flow word: A和B出口合计… is the list's ------------
def test_a_sum_after_the_flow_word_of_a_product_list_is_the_lists() -> None:
    for clause in ("家具和灯具出口合计520.1亿元", "家具、灯具出口额合计520.1亿元"):
        text = f" date 2024-09-20\n今年前8个月,福建省出口6000亿元,{clause}。"
        found = described(text)
        assert "Fujian (furniture and lamps) 2024-01/2024-08 exports value: 52.01 billion CNY" in (
            found
        ), (clause, found)


def test_figures_paired_with_a_product_list_stay_each_items() -> None:
    text = (
        " date 2024-09-20\n今年前8个月,福建省出口6000亿元,家具和灯具出口分别为120.1亿元和80亿元。"
    )
    found = described(text)
    assert "Fujian (furniture) 2024-01/2024-08 exports value: 12.01 billion CNY" in found, found
    assert "Fujian (lamps) 2024-01/2024-08 exports value: 8.0 billion CNY" in found, found


# --- review: a ranked group whose count ends in 十 or 百 is that count, not 10 or 100 ------
def test_a_ranked_group_is_the_count_written_not_its_tail() -> None:
    text = (
        " date 2022-08-15\n"
        "上半年,常州市外贸进出口1400亿元。外贸四十强企业进出口610.5亿元;"
        "二百强企业出口820亿元。"
    )
    found = described(text)
    assert "Changzhou (top 40 enterprises) 2022-H1 total value: 61.05 billion CNY" in found, found
    assert "Changzhou (top 200 enterprises) 2022-H1 exports value: 82.0 billion CNY" in found, found
    assert not any("top 10 " in d or "top 100 " in d for d in found), found


# --- review: a share from 上年的 (a year the word itself dates) is dated once, not twice ------
def test_a_share_from_last_years_level_is_dated_last_year_once() -> None:
    text = (
        " date 2022-07-25\n"
        "上半年,福州市外贸进出口1700亿元。一般贸易进出口占比由上年的61.4%提升至64.2%。"
    )
    found = described(text)
    assert "Fuzhou (general trade) 2021 total share: 61.4 percent" in found, found
    assert not any("2020" in d for d in found), found


# --- review: a rate written as 上年同期为/是 (then the rate) is the year before's ------------
def test_a_rate_after_last_years_same_period_is_is_dated_a_year_earlier() -> None:
    for written in ("上年同期为下降2.6%", "去年同期是增长2.6%"):
        text = f" date 2022-07-25\n上半年,福州市出口1000亿元,增长9.3%,{written}。"
        found = described(text)
        assert "Fuzhou 2022-H1 exports yoy_growth: 9.3 percent" in found, (written, found)
        assert not any("2022-H1" in d and "2.6" in d for d in found), (written, found)


# --- abbreviations that only begin a wider group: 对欧美等传统市场 -----------------------------
def test_abbreviations_before_a_wider_group_are_no_partner_read() -> None:
    head = " date 2024-01-10\n2023年,江苏省外贸进出口5.2万亿元,增长1%。"
    for clause in ("对欧美等传统市场出口下降5%", "对日韩等国家出口下降5%"):
        found = described(head + clause + "。")
        assert not any("-5 percent" in d for d in found), (clause, found)
    # (the abbreviations alone are still those partners)
    found = described(head + "对欧美出口下降5%。")
    assert "Jiangsu with EU and United States 2023 exports yoy_growth: -5 percent" in found
