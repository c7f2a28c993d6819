"""Families met on round 21's development articles, Chinese.

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described


def test_quarters_sharing_one_jidu_each_take_the_figure_they_share() -> None:
    text = (
        " date 2022-01-20\n2021年，福建省进出口1.8万亿元。进出口规模在二、三、四季度均超4000亿元。"
    )
    found = described(text)
    for quarter in ("2021-Q2", "2021-Q3", "2021-Q4"):
        assert f"Fujian {quarter} total value: more than 400.0 billion CNY" in found, found


def test_months_sharing_one_yue_pair_with_a_fenbie_list() -> None:
    text = (
        " date 2022-07-18\n"
        "今年上半年，厦门市进出口4500亿元。其中，5、6月份进出口环比分别增长3.9%、0.3%；"
        "十一、十二月出口则分别下降2%和4%。"
    )
    found = described(text)
    assert "Xiamen 2022-05 total mom_growth: 3.9 percent" in found, found
    assert "Xiamen 2022-06 total mom_growth: 0.3 percent" in found, found
    assert "Xiamen 2021-11 exports yoy_growth: -2 percent" in found, found
    assert "Xiamen 2021-12 exports yoy_growth: -4 percent" in found, found


def test_a_quarters_three_months_pair_with_a_fenbie_list() -> None:
    text = (
        " date 2020-01-14\n"
        "2019年，四川省外贸进出口6765亿元。其中，四季度3个月同比分别增长5.1%、6.2%和7.3%，"
        "增幅逐月扩大。"
    )
    found = described(text)
    assert "Sichuan 2019-10 total yoy_growth: 5.1 percent" in found, found
    assert "Sichuan 2019-11 total yoy_growth: 6.2 percent" in found, found
    assert "Sichuan 2019-12 total yoy_growth: 7.3 percent" in found, found


def test_the_items_written_before_xinsanyang_name_the_segment() -> None:
    text = (
        " date 2024-02-08\n"
        "2023年，广西出口电动汽车、锂电池、太阳能电池等“新三样”产品215.6亿元，增长41.2%。"
    )
    found = described(text)
    named = "Guangxi (electric vehicles, lithium batteries and solar cells) 2023 exports"
    assert f"{named} value: 21.56 billion CNY" in found, found
    assert f"{named} yoy_growth: 41.2 percent" in found, found
    assert not any("new three items" in f for f in found), found


def test_xinsanyang_spelled_out_after_it_keeps_its_own_name() -> None:
    text = " date 2024-02-08\n2023年，广西“新三样”（电动汽车、锂电池、太阳能电池）出口215.6亿元。"
    found = described(text)
    assert "Guangxi (new three items) 2023 exports value: 21.56 billion CNY" in found, found


def test_a_city_introduced_without_a_trade_word_owns_the_figures_after_it() -> None:
    text = (
        " date 2023-07-25\n"
        "上半年，河南省进出口3800亿元，增长5%。洛阳市继续领跑全省，上半年进出口额为320亿元，"
        "增长8%。以许昌为例，出口额为120亿元，增长6.5%。"
    )
    found = described(text)
    assert "Henan 2023-H1 total value: 380.0 billion CNY" in found, found
    assert "Luoyang 2023-H1 total value: 32.0 billion CNY" in found, found
    assert "Luoyang 2023-H1 total yoy_growth: 8 percent" in found, found
    assert "Xuchang 2023-H1 exports value: 12.0 billion CNY" in found, found
    assert "Xuchang 2023-H1 exports yoy_growth: 6.5 percent" in found, found


def test_the_city_after_qici_shi_owns_its_ranked_figures() -> None:
    text = (
        " date 2023-07-25\n"
        "上半年，重庆出口额为900亿元，增长12%；其次是昆明，出口额为300亿元，同比增长7.5%。"
    )
    found = described(text)
    assert "Chongqing 2023-H1 exports value: 90.0 billion CNY" in found, found
    assert "Kunming 2023-H1 exports value: 30.0 billion CNY" in found, found
    assert "Kunming 2023-H1 exports yoy_growth: 7.5 percent" in found, found


def test_a_province_whose_change_follows_it_is_that_provinces() -> None:
    text = " date 2022-12-20\n1-11月，佛山市进出口5000亿元，增长5%；同期广东省增长1.3%。"
    found = described(text)
    assert "Foshan 2022-01/2022-11 total yoy_growth: 5 percent" in found, found
    assert "Guangdong 2022-01/2022-11 total yoy_growth: 1.3 percent" in found, found
    assert "Foshan 2022-01/2022-11 total yoy_growth: 1.3 percent" not in found, found


def test_enterprises_named_by_their_investors_origin_are_segments() -> None:
    text = (
        " date 2023-10-20\n"
        "前三季度，昆山市进出口700亿美元。其中，台资企业进出口310亿美元，增长4%；"
        "日资企业出口12.5亿美元，同比增长9.1%。"
    )
    found = described(text)
    assert (
        "Kunshan (Taiwan-invested enterprises) 2023-01/2023-09 total value: 31.0 billion USD"
        in (found)
    ), found
    assert (
        "Kunshan (Japanese-invested enterprises) 2023-01/2023-09 exports value: 1.25 billion USD"
        in (found)
    ), found


def test_the_item_named_after_qizhong_is_not_the_class_before_it() -> None:
    text = (
        " date 2023-10-20\n"
        "前三季度，湛江市进口500亿元，增长3%。进口以原油、铁矿砂等大宗原料型商品为主，其中铁矿砂进口"
        "120.4亿元，同比增长6.6%。"
    )
    found = described(text)
    assert "Zhanjiang (iron ore) 2023-01/2023-09 imports value: 12.04 billion CNY" in found, found
    assert "Zhanjiang (iron ore) 2023-01/2023-09 imports yoy_growth: 6.6 percent" in found, found


def test_a_surplus_that_suoxiao_by_a_percentage_fell() -> None:
    text = (
        " date 2023-10-13\n"
        "前三季度，全国进出口30万亿元。其中，出口17万亿元，增长3%；进口13万亿元，下降1%；"
        "贸易顺差4万亿元，缩小6.4%。"
    )
    found = described(text)
    assert "China 2023-01/2023-09 balance value: 4 trillion CNY" in found, found
    assert "China 2023-01/2023-09 balance yoy_growth: -6.4 percent" in found, found


def test_the_rate_written_after_a_compared_period_is_that_periods_own() -> None:
    text = (
        " date 2023-07-13\n"
        "上半年，全国进出口14.2万亿元，下降3.2%。二季度进出口7.1万亿元，下降0.5%，"
        "较一季度6.1%的降幅大幅收窄。"
    )
    found = described(text)
    assert "China 2023-Q2 total yoy_growth: -0.5 percent" in found, found
    assert "China 2023-Q1 total yoy_growth: -6.1 percent" in found, found
    assert "China 2023-Q2 total yoy_growth: -6.1 percent" not in found, found
    text = (
        " date 2023-06-20\n"
        "前5个月，江西省出口增长8%，其中5月出口增长12.5%，比4月份9.2%的增速加快3.3个百分点。"
    )
    found = described(text)
    assert "Jiangxi 2023-05 exports yoy_growth: 12.5 percent" in found, found
    assert "Jiangxi 2023-04 exports yoy_growth: 9.2 percent" in found, found


def test_a_customs_heading_listed_among_main_exports_is_named() -> None:
    text = (
        " date 2024-01-25\n"
        "2023年，无锡市出口3000亿元。其中，二极管及类似半导体器件、船舶分别出口92.3亿元、41.6亿元，"
        "分别增长21%、8.4%。"
    )
    found = described(text)
    named = "Wuxi (diodes and similar semiconductor devices) 2023 exports"
    assert f"{named} value: 9.23 billion CNY" in found, found
    assert f"{named} yoy_growth: 21 percent" in found, found


def test_shou_before_a_product_names_a_cause_not_a_product() -> None:
    text = (
        " date 2023-10-20\n"
        "9月，浙江省出口下降2%，主要受集成电路、太阳能电池和船舶出口下降的拖累。"
        "这三类产品9月出口分别同比下降15%、7.5%和3.1%。"
    )
    found = described(text)
    assert "Zhejiang (integrated circuits) 2023-09 exports yoy_growth: -15 percent" in found, found
    assert "Zhejiang (ships) 2023-09 exports yoy_growth: -3.1 percent" in found, found


def test_the_value_after_a_semicolon_is_of_the_goods_counted_before_it() -> None:
    text = (
        " date 2024-01-22\n"
        "2023年，湖北省出口3000亿元。其中，汽车出口25.4万辆，增长18.8%；价值261.4亿元，增长24.5%。"
    )
    found = described(text)
    assert "Hubei (automobiles) 2023 exports value: 26.14 billion CNY" in found, found
    assert "Hubei (automobiles) 2023 exports yoy_growth: 24.5 percent" in found, found
    assert "Hubei 2023 total value: 26.14 billion CNY" not in found, found


# --- review: a 分别 list after the items of 新三样 pairs with each item ----------------------
def test_a_respectively_list_after_nickname_items_pairs_item_by_item() -> None:
    text = (
        " date 2031-12-08\n"
        "东莞前11个月外贸增长\n\n"
        "据海关统计，前11个月东莞市进出口总值3210.5亿元。另外，锂离子蓄电池、电动载人汽车、"
        "太阳能电池等“新三样”产品出口高速增长，前11个月分别出口301.2亿、95.4亿、15.5亿元，"
        "增幅分别为12.4%、173.9%和22.1%。"
    )
    found = described(text)
    assert any("lithium batteries" in f and "30.12 billion" in f for f in found), found
    assert any("solar cells" in f and "22.1" in f for f in found), found
