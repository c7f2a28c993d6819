"""Families met on round 15's development articles, Chinese (reporters outside the mainland).

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described, reasons


def test_bare_yuan_in_hong_kong_copy_is_the_hong_kong_dollar() -> None:
    text = (
        " date 2024-05-28\n"
        "香港4月商品整体出口货值为3720亿元，按年上升9.1%；同月录得有形贸易逆差215亿元。"
    )
    found = described(text)
    assert "Hong Kong 2024-04 exports value: 372.0 billion HKD" in found, found
    assert "Hong Kong 2024-04 balance value: -21.5 billion HKD" in found, found


def test_bare_yuan_in_macao_copy_is_the_pataca_but_renminbi_stays_renminbi() -> None:
    text = " date 2024-10-25\n澳门今年1月至9月货物出口总值为91.2亿元，约合人民币83.6亿元。"
    found = described(text)
    assert "Macao 2024-01/2024-09 exports value: 9.12 billion MOP" in found, found
    assert "Macao 2024-01/2024-09 exports value: about 8.36 billion CNY" in found, found


def test_bare_yuan_in_mainland_copy_stays_the_renminbi() -> None:
    text = " date 2024-05-20\n前4个月，深圳进出口总值为1.2万亿元，同比增长5.3%。"
    assert "Shenzhen 2024-01/2024-04 total value: 1.2 trillion CNY" in described(text)


def test_china_to_a_partner_in_the_lead_is_china_not_a_venue_named_later() -> None:
    text = (
        " date 2025-04-20\n"
        "一季度，中国对东盟出口1.2万亿元，同比增长7.5%。\n\n"
        "第三届中国—东盟博览会论坛去年在中国广西壮族自治区南宁市举行，与会各方表示愿深化合作。"
    )
    found = described(text)
    assert "China with ASEAN 2025-Q1 exports value: 1.2 trillion CNY" in found, found
    assert "China with ASEAN 2025-Q1 exports yoy_growth: 7.5 percent" in found, found


def test_singapore_non_oil_domestic_exports_and_their_parts_are_segments() -> None:
    text = (
        " date 2024-03-18\n"
        "新加坡企业发展局公布的数据显示，2月份新加坡非石油国内出口同比增长4.2%。其中，电子业"
        "出口同比增长11.3%，非电子业出口下降1.6%。同月，非石油转口同比增长2.8%。"
    )
    found = described(text)
    assert (
        "Singapore (non-oil domestic exports) 2024-02 exports yoy_growth: 4.2 percent" in found
    ), found
    assert "Singapore (electronics) 2024-02 exports yoy_growth: 11.3 percent" in found, found
    assert "Singapore (non-electronics) 2024-02 exports yoy_growth: -1.6 percent" in found, found
    assert "Singapore (non-oil re-exports) 2024-02 exports yoy_growth: 2.8 percent" in found, found


def test_the_month_before_is_the_month_before_the_one_named() -> None:
    text = (
        " date 2024-03-18\n"
        "新加坡企业发展局公布的数据显示，2月份新加坡非石油类本地产品出口同比下降3.1%，"
        "而前一个月则同比增长5.5%。"
    )
    found = described(text)
    assert (
        "Singapore (non-oil domestic exports) 2024-01 exports yoy_growth: 5.5 percent" in found
    ), found
    assert (
        "Singapore (non-oil domestic exports) 2024-02 exports yoy_growth: -3.1 percent" in found
    ), found


def test_a_month_range_written_with_yuefen_on_both_months() -> None:
    text = " date 2024-10-20\n今年1月份至9月份，浙江出口同比增长6.2%。"
    assert "Zhejiang 2024-01/2024-09 exports yoy_growth: 6.2 percent" in described(text)


def test_about_before_renminbi_makes_the_conversion_about() -> None:
    text = " date 2024-10-20\n9月，新加坡非石油国内出口额为152亿新元，约合人民币811.5亿元。"
    found = described(text)
    assert (
        "Singapore (non-oil domestic exports) 2024-09 exports value: about 81.15 billion CNY"
        in found
    ), found


TAIWAN_STYLE = (
    " date 2025-11-10\n"
    "全年出口将创新高\n"
    "〔记者王明／台北报导〕财政部昨公布十月出口四一二．三亿美元、年增十二％；累计前十月出口"
    "三八二一．六亿美元、年增八．四％。财政部表示，十月出口表现亮丽，为今年首度超车日本，"
    "且领先差距扩大至二十亿美元。\n\n"
    "十月进口则为三〇五．二亿美元、年增九．一％；前十月出超六七八亿美元。\n\n"
    "统计处长表示，今年台湾出口首度超越日本。"
)


def test_figures_written_in_numerals_as_taiwan_press_writes_them() -> None:
    found = described(TAIWAN_STYLE)
    assert "Taiwan 2025-10 exports value: 41.23 billion USD" in found, found
    assert "Taiwan 2025-10 exports yoy_growth: 12 percent" in found, found
    assert "Taiwan 2025-01/2025-10 exports value: 382.16 billion USD" in found, found
    assert "Taiwan 2025-01/2025-10 exports yoy_growth: 8.4 percent" in found, found


def test_chuchao_is_a_surplus_and_a_rival_overtaken_is_no_partner() -> None:
    found = described(TAIWAN_STYLE)
    assert "Taiwan 2025-10 imports value: 30.52 billion USD" in found, found
    assert "Taiwan 2025-10 imports yoy_growth: 9.1 percent" in found, found
    assert "Taiwan 2025-01/2025-10 balance value: 67.8 billion USD" in found, found
    assert not any("Japan" in fact for fact in found), found


def test_trade_surplus_as_yingyu_trillions_as_zhao_and_a_year_before_quannian() -> None:
    text = (
        " date 2020-01-15\n"
        "（北京14日讯）中国海关总署周二公布，2019全年以人民币计价出口17.23兆人民币，"
        "同比增长5%；全年贸易盈馀2.92兆人民币，同比扩大25.4%。"
    )
    found = described(text)
    assert "China 2019 exports value: 17.23 trillion CNY" in found, found
    assert "China 2019 exports yoy_growth: 5 percent" in found, found
    assert "China 2019 balance value: 2.92 trillion CNY" in found, found


def test_trade_deficit_as_chizi_in_hong_kong_copy() -> None:
    text = " date 2024-05-28\n香港4月录得贸易赤字215亿港元。"
    assert "Hong Kong 2024-04 balance value: -21.5 billion HKD" in described(text)


def test_a_city_named_only_as_benchmark_or_ranking_scope_is_not_the_reporter() -> None:
    text = (
        " date 2022-07-20\n"
        "据海关统计，1-6月我市完成外贸进出口88.6亿美元，同比增长12.4%，高于无锡平均水平3.1个"
        "百分点。我市进出口总量排无锡第二。"
    )
    assert described(text) == set()


def test_the_enterprises_of_comprehensive_bonded_zones_are_their_own_segment() -> None:
    text = " date 2023-04-20\n一季度，湖南省综合保税区企业进出口总额310.5亿元，增长21.2%。"
    found = described(text)
    assert (
        "Hunan (comprehensive bonded zone enterprises) 2023-Q1 total value: 31.05 billion CNY"
        in found
    ), found


def test_hong_kong_release_markets_with_their_growth_in_brackets() -> None:
    text = (
        " date 2024-06-27\n"
        "今年首5个月，香港商品整体出口货值按年上升11.2%。\n"
        "今年5月，香港输往亚洲的整体出口货值按年上升14.6%。此地区内，输往部分主要目的地的整体"
        "出口货值录得升幅，尤其是韩国(升38.2%)、中国内地(升12.9%)和新加坡(升9.4%)。\n"
        "输往其他地区的部分主要目的地的整体出口货值录得跌幅，尤其是法国(跌17.3%)和英国"
        "(跌6.5%)。另一方面，输往美国(升3.8%)的整体出口货值则录得升幅。"
    )
    found = described(text)
    assert "Hong Kong with South Korea 2024-05 exports yoy_growth: 38.2 percent" in found, found
    assert "Hong Kong with China 2024-05 exports yoy_growth: 12.9 percent" in found, found
    assert "Hong Kong with Singapore 2024-05 exports yoy_growth: 9.4 percent" in found, found
    assert "Hong Kong with France 2024-05 exports yoy_growth: -17.3 percent" in found, found
    assert "Hong Kong with United Kingdom 2024-05 exports yoy_growth: -6.5 percent" in found, found
    assert "Hong Kong with United States 2024-05 exports yoy_growth: 3.8 percent" in found, found


def test_product_classes_written_with_lei_in_a_respectively_list() -> None:
    text = (
        " date 2024-01-20\n"
        "2023年，中国对泰国进出口9200亿元。其中，集成电路类、汽车零部件类、家用电器类产品分别"
        "进出口820.5亿、410.2亿、150.6亿元，分别增长8.1%、12.4%、5.2%。"
    )
    found = described(text)
    assert "China with Thailand (integrated circuits) 2023 total value: 82.05 billion CNY" in found
    assert "China with Thailand (auto parts) 2023 total yoy_growth: 12.4 percent" in found, found
    assert (
        "China with Thailand (household appliances) 2023 total value: 15.06 billion CNY" in found
    ), found


def test_a_sum_of_listed_products_names_the_list_not_when_they_were_admitted() -> None:
    text = (
        " date 2024-01-20\n"
        "2023年，中国自老挝进口农产品88.2亿元。其中，2021年新增准入的鲜榴莲、燕窝合计进口"
        "12.3亿元。"
    )
    found = described(text)
    assert (
        "China with Laos (fresh durians and edible bird's nests) 2023 imports value: "
        "1.23 billion CNY" in found
    ), found


def test_macao_release_lines_and_its_markets_in_brackets() -> None:
    text = (
        " date 2024-07-30\n"
        "澳门统计暨普查局公布，今年1月至6月总出口货值为61.2亿元，按年上升4.3%；再出口及本地产品"
        "出口分别上升5.1%和2.2%。按出口目的地统计，输往中国内地(4.4亿元)、中国香港(40.5亿元)"
        "与美国(2.6亿元)的货值按年分别上升3.1%、6.2%和1.5%。纺织品及成衣出口增长2.1%至6.1亿元，"
        "非纺织品亦增加4.7%至55.1亿元。"
        "燃料及润滑油(36.2亿元)与建筑材料(15.8亿元)的进口货值分别下降3.3%和8.1%。"
    )
    found = described(text)
    assert "Macao (re-exports) 2024-H1 exports yoy_growth: 5.1 percent" in found, found
    assert "Macao (domestic exports) 2024-H1 exports yoy_growth: 2.2 percent" in found
    assert "Macao with Hong Kong 2024-H1 exports value: 4.05 billion MOP" in found, found
    assert "Macao with China 2024-H1 exports value: 440 million MOP" in found, found
    assert "Macao (non-textiles) 2024-H1 exports value: 5.51 billion MOP" in found, found
    assert "Macao (fuels and lubricants) 2024-H1 imports value: 3.62 billion MOP" in found, found
    assert "Macao (construction materials) 2024-H1 imports yoy_growth: -8.1 percent" in found, found
    assert not any(fact.startswith("Hong Kong") for fact in found), found


def test_taiwan_forecasts_and_changes_in_value_are_no_values() -> None:
    text = (
        " date 2025-08-09\n"
        "〔记者陈华／台北报导〕财政部昨公布七月出口五〇二．一亿美元、年增二十一％；前七月出超"
        "八八六亿美元、年增三一二亿美元。今年出口确定破五千五百亿美元、出超有机会破一千亿美元。"
        "财政部预估八月出口四九〇亿至五一〇亿美元，将连四月破四百亿美元，第三季出口较先前预测"
        "高出约八〇亿美元。\n\n"
        "统计处长表示，今年台湾出口再创新高。"
    )
    found = described(text)
    assert found == {
        "Taiwan 2025-07 exports value: 50.21 billion USD",
        "Taiwan 2025-07 exports yoy_growth: 21 percent",
        "Taiwan 2025-01/2025-07 balance value: 88.6 billion USD",
    }, found


def test_a_change_on_a_year_before_written_with_jiao_is_no_value() -> None:
    text = " date 2024-10-30\n今年前9个月，澳门货物贸易逆差为702.5亿元，较去年同期增加41.2亿元。"
    assert described(text) == {"Macao 2024-01/2024-09 balance value: -70.25 billion MOP"}


def test_an_exchange_rate_note_is_no_fact_and_a_balance_after_its_amount_is_a_balance() -> None:
    text = (
        " date 2024-02-08\n"
        "马来西亚统计局公布，2023年马来西亚对外贸易总额达26362亿令吉(1美元约合4.57令吉，下同)。"
        "12月马来西亚对外贸易实现127亿令吉顺差。"
    )
    found = described(text)
    assert found == {
        "Malaysia 2023 total value: 2636.2 billion MYR",
        "Malaysia 2023-12 balance value: 12.7 billion MYR",
    }, found


def test_a_middle_dot_between_digits_is_a_decimal_point() -> None:
    text = " date 2021-10-20\n前三季度湖南外贸进出口同比增长18·6% 增速居中部前列\n"
    assert "Hunan 2021-01/2021-09 total yoy_growth: 18.6 percent" in described(text)


def test_a_month_the_figure_is_measured_against_is_not_its_period() -> None:
    text = (
        " date 2021-11-15\n"
        "1—10月，陕西货物贸易进出口总值3952.1亿元。10月份陕西外贸进出口值为412.6亿元，增长9%，"
        "仅低于8月，为历史次高，其中出口250.3亿元，增长14%；进口162.3亿元，增长2.1%。"
    )
    found = described(text)
    assert "Shaanxi 2021-10 exports value: 25.03 billion CNY" in found, found
    assert "Shaanxi 2021-10 imports yoy_growth: 2.1 percent" in found, found


def test_footwear_and_textiles_as_regional_releases_shorten_them() -> None:
    text = (
        " date 2016-01-20\n"
        "2015年，甘肃出口机电产品、纺织及制品、鞋类分别较去年同期下降8.2%、12.5%和20.1%。"
    )
    found = described(text)
    assert (
        "Gansu (textiles and textile products) 2015 exports yoy_growth: -12.5 percent" in found
    ), found
    assert "Gansu (footwear) 2015 exports yoy_growth: -20.1 percent" in found, found


def test_a_benchmark_set_out_in_the_clause_before_the_gap() -> None:
    text = (
        " date 2025-01-22\n"
        "2024年江西省进出口总额5200亿元。与全国平均水平相比，江西省的进出口增速高出3.2个百分点。"
    )
    found = described(text)
    assert "Jiangxi 2024 total growth_gap vs China: 3.2 percentage_point" in found, found


def test_cassava_in_a_respectively_list_of_imports() -> None:
    text = (
        " date 2018-01-25\n"
        "2017年，钦州对东盟进口以木薯和原油为主，木薯和原油分别进口12.4亿元和8.8亿元。"
    )
    found = described(text)
    assert "Qinzhou with ASEAN (cassava) 2017 imports value: 1.24 billion CNY" in found, found
    assert "Qinzhou with ASEAN (crude oil) 2017 imports value: 880 million CNY" in found, found


def test_macao_imports_by_origin_and_by_place_of_consignment() -> None:
    text = (
        " date 2024-07-30\n"
        "澳门统计暨普查局公布，今年1月至6月总进口货值为701.3亿元。按货物原产地统计，产自日本"
        "(52.6亿元)的进口货值按年上升3.4%。按货物来源地统计，来自中国内地(98.2亿元)的进口货值"
        "上升11.2%。"
    )
    found = described(text)
    assert "Macao with Japan (by origin) 2024-H1 imports value: 5.26 billion MOP" in found, found
    assert "Macao with Japan (by origin) 2024-H1 imports yoy_growth: 3.4 percent" in found, found
    assert (
        "Macao with China (by place of consignment) 2024-H1 imports value: 9.82 billion MOP"
        in found
    ), found
    assert "Macao 2024-H1 imports value: 70.13 billion MOP" in found, found


def test_china_trade_with_the_partner_later_in_a_partner_release_keeps_the_partner() -> None:
    text = (
        " date 2024-03-10\n"
        "越南统计总局公布，前2个月越南出口额为610亿美元，同比增长17%。\n\n"
        "同期，中国同越南贸易额增长13%。"
    )
    found = described(text)
    assert "Vietnam 2024-01/2024-02 exports value: 61.0 billion USD" in found, found
    assert "Vietnam 2024-01/2024-02 exports yoy_growth: 17 percent" in found, found
    assert not any(f.startswith("Vietnam") and "13 percent" in f for f in found), found


def test_china_flow_to_the_partner_after_the_lead_sentence_is_china_s_own() -> None:
    text = (
        " date 2024-03-18\n"
        "新加坡企业发展局公布的数据显示，2月份新加坡非石油国内出口同比增长3.7%。"
        "中国对新加坡出口同比增长6%。"
    )
    found = described(text)
    assert (
        "Singapore (non-oil domestic exports) 2024-02 exports yoy_growth: 3.7 percent" in found
    ), found
    assert "Singapore 2024-02 exports yoy_growth: 6 percent" not in found, found
    assert not any(f.startswith("China with Singapore (") for f in found), found


def test_bare_yuan_of_a_mainland_city_in_a_macao_story_is_the_renminbi() -> None:
    text = (
        " date 2024-05-20\n"
        "澳门与内地合作持续深化\n"
        "据拱北海关统计，前4个月，珠海对澳门进出口总值为58亿元。"
    )
    found = described(text)
    assert "Zhuhai with Macao 2024-01/2024-04 total value: 5.8 billion CNY" in found, found
    assert not any("MOP" in f for f in found), found


def test_bare_yuan_of_the_mainland_in_hong_kong_copy_is_the_renminbi() -> None:
    text = (
        " date 2024-05-20\n"
        "香港政府统计处公布，4月香港整体出口货值为3650亿元。"
        "内地海关数据显示，同月内地对香港出口为2050亿元。"
    )
    found = described(text)
    assert "Hong Kong 2024-04 exports value: 365.0 billion HKD" in found, found
    assert "China with Hong Kong 2024-04 exports value: 205.0 billion CNY" in found, found


def test_bare_yuan_counted_by_mainland_customs_in_a_hong_kong_story_is_the_renminbi() -> None:
    text = (
        " date 2024-05-20\n"
        "香港经济稳步回升\n"
        "据海关总署统计，前4个月，内地与香港进出口总值为3150亿元。"
    )
    found = described(text)
    assert "China with Hong Kong 2024-01/2024-04 total value: 315.0 billion CNY" in found, found
    assert not any("HKD" in f for f in found), found


def test_a_currency_rising_against_the_dollar_is_no_growth_of_trade() -> None:
    text = " date 2024-05-20\n前4个月，浙江出口同比增长5.8%，同期人民币对美元升值1.9%。"
    found = described(text)
    assert found == {"Zhejiang 2024-01/2024-04 exports yoy_growth: 5.8 percent"}, found
    assert "1.9%" in reasons(text), reasons(text)


def test_two_neighbouring_numerals_before_a_scale_word_are_a_rough_range() -> None:
    assert described(" date 2022-01-20\n2021年，云南对老挝进出口仅三四亿美元。") == set()
    assert described(" date 2022-01-20\n2021年，云南对越南出口六七亿元。") == set()


def test_dalian_before_a_month_in_numerals_is_no_run_of_months() -> None:
    text = " date 2024-04-20\n大连三月外贸进出口总值为380亿元，同比增长7%。"
    found = described(text)
    assert "Dalian 2024-03 total value: 38.0 billion CNY" in found, found
    assert "Dalian 2024-03 total yoy_growth: 7 percent" in found, found


def test_a_district_not_in_the_tables_does_not_inherit_the_district_before_it() -> None:
    text = (
        " date 2024-05-20\n"
        "前4个月，佛山市顺德区进出口580亿元，增长4%；高明区进出口120亿元，增长2%。"
        "其中，出口70亿元。"
    )
    found = described(text)
    assert "Shunde 2024-01/2024-04 total value: 58.0 billion CNY" in found, found
    assert "Shunde 2024-01/2024-04 total yoy_growth: 4 percent" in found, found
    assert not any("12.0 billion" in f or "2 percent" in f or "7.0 billion" in f for f in found)
    assert reasons(text)["120亿元"] == "a district not in the name tables: 高明区"


def test_the_mainland_slowing_in_hong_kong_copy_leaves_hong_kong_s_figures_its_own() -> None:
    text = (
        " date 2024-06-27\n"
        "内地进口放缓拖累 香港5月出口升4%\n"
        "香港政府统计处公布，5月香港商品整体出口货值为3610亿元。内地进口放缓，出口跌2%。"
    )
    found = described(text)
    assert "Hong Kong 2024-05 exports yoy_growth: 4 percent" in found, found
    assert "Hong Kong 2024-05 exports yoy_growth: -2 percent" in found, found
    assert not any(f.startswith("China") for f in found), found


def test_the_partner_s_own_flow_after_china_s_in_one_sentence_is_the_partner_s() -> None:
    text = (
        " date 2024-03-18\n"
        "据马来西亚统计局公布，2月份马来西亚出口同比增长3.9%。\n\n"
        "同期，中国对马来西亚出口同比增长7%，而马来西亚出口增长2%。"
    )
    found = described(text)
    assert "China with Malaysia 2024-02 exports yoy_growth: 7 percent" in found, found
    assert "Malaysia 2024-02 exports yoy_growth: 2 percent" in found, found
    assert "Malaysia 2024-02 exports yoy_growth: 3.9 percent" in found, found


# --- second review of round 17's fixes ----------------------------------------------------
def test_taiwan_s_months_running_before_an_ordinary_verb_is_no_month() -> None:
    text = " date 2024-08-08\n台湾7月出口\n财政部今天公布，7月出口连四月下滑，金额为330亿美元，年减4%。"
    found = described(text)
    assert "Taiwan 2024-07 exports value: 33.0 billion USD" in found, found
    assert not any("2024-04" in f for f in found), found


def test_macao_s_own_special_region_customs_keeps_the_pataca() -> None:
    text = (
        " date 2024-07-25\n澳门6月出口\n澳门特区海关统计，6月澳门货物出口总值为12亿元，按年上升6%。"
    )
    found = described(text)
    assert "Macao 2024-06 exports value: 1.2 billion MOP" in found, found
