"""Families met on round 17's development articles, Chinese.

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described


def test_a_bare_agency_line_above_the_date_line_is_no_lead() -> None:
    text = (
        "宁波前三季度外贸稳步回升\n"
        "中新社\n"
        "2021-10-22 09:15\n"
        "中新社宁波10月22日电 宁波海关发布数据显示，今年前三季度，宁波市进出口总值"
        "8520.3亿元，同比增长21.4%。"
    )
    found = described(text)
    assert "Ningbo 2021-01/2021-09 total value: 852.03 billion CNY" in found, found
    assert "Ningbo 2021-01/2021-09 total yoy_growth: 21.4 percent" in found, found


def test_a_day_first_dotted_date_line_dates_the_story() -> None:
    text = (
        "福建省出口连续三个月回升\n"
        "12.08.2016  08:40\n"
        "  记者从福州海关获悉:今年前7个月我省进出口总值5820.6亿元,同比下降3.1%,"
        "为2015年9月以来降幅最小。"
    )
    found = described(text)
    assert "Fujian 2016-01/2016-07 total value: 582.06 billion CNY" in found, found
    assert "Fujian 2016-01/2016-07 total yoy_growth: -3.1 percent" in found, found


def test_a_change_on_the_month_before_written_with_its_comparison_word() -> None:
    text = (
        " date 2023-04-10\n"
        "3月份，广西对越南出口52.3亿元，较上月增长6.2%；自越南进口31.8亿元，比前月减少1.5%。"
    )
    found = described(text)
    assert "Guangxi with Vietnam 2023-03 exports mom_growth: 6.2 percent" in found, found
    assert "Guangxi with Vietnam 2023-03 imports mom_growth: -1.5 percent" in found, found


def test_a_growth_rate_compared_with_the_month_before_stays_year_on_year() -> None:
    text = " date 2023-06-12\n前5个月，湖南省出口1560亿元，增长8.4%，增速比上月上升1.2个百分点。"
    found = described(text)
    assert "Hunan 2023-01/2023-05 exports yoy_growth: 8.4 percent" in found, found


def test_growth_between_the_figures_of_two_years_is_no_yearly_growth() -> None:
    text = (
        " date 2024-03-20\n"
        "十年来，云南对南亚的进出口额从2013年的210.5亿元增长215.4%至2023年的664亿元。"
    )
    found = described(text)
    assert "Yunnan with South Asia 2013 total value: 21.05 billion CNY" in found, found
    assert "Yunnan with South Asia 2023 total value: 66.4 billion CNY" in found, found
    assert not any("215.4" in f for f in found), found


def test_the_arab_league_under_its_short_chinese_name() -> None:
    found = described(" date 2024-05-20\n今年前4个月，广东对阿拉伯联盟进出口1250亿元。")
    assert "Guangdong with Arab states 2024-01/2024-04 total value: 125.0 billion CNY" in found, (
        found
    )


def test_a_paragraph_that_declares_the_dollar_writes_its_figures_with_a_bare_yuan() -> None:
    text = (
        " date 2024-07-15\n"
        "中國海關總署公布，以美元計價，中國6月出口3080.2億元，按年增長8.6%；進口2090.5億元。"
        "貿易順差989.7億元。\n"
        "以人民幣計，上半年進出口總值21.17萬億元，增長6.1%。"
    )
    found = described(text)
    assert "China 2024-06 exports value: 308.02 billion USD" in found, found
    assert "China 2024-06 imports value: 209.05 billion USD" in found, found
    assert "China 2024-06 balance value: 98.97 billion USD" in found, found
    assert "China 2024-H1 total value: 21.17 trillion CNY" in found, found


def test_a_change_from_an_earlier_period_turning_into_the_periods_own() -> None:
    text = (
        " date 2020-07-24\n"
        "上半年，广州进出口4500亿元。二季度进出口总值同比由一季度下降8.2%转为增长6.3%。"
    )
    found = described(text)
    assert "Guangzhou 2020-Q1 total yoy_growth: -8.2 percent" in found, found
    assert "Guangzhou 2020-Q2 total yoy_growth: 6.3 percent" in found, found


def test_a_space_parts_the_clauses_of_a_chinese_headline() -> None:
    text = (
        " date 2021-07-20\n"
        "东莞上半年进出口总值7200亿元 二季度增势加快\n"
        "今年上半年，东莞市进出口总值7200亿元，同比增长22.3%。"
    )
    found = described(text)
    assert "Dongguan 2021-H1 total value: 720.0 billion CNY" in found, found
    assert not any("2021-Q2" in f for f in found), found


def test_a_headline_on_a_countrys_own_trade_with_china_makes_it_the_reporter() -> None:
    text = (
        " date 2023-08-16\n"
        "前7月日本对华出口同比下降11.2%\n"
        "  香港商报网8月16日报道，境外媒体称，日本政府公布的统计显示，7月对中国出口1.42万亿"
        "日元，同比下降13.4%。\n"
        "  据《香港经济日报》网站报道，对华出口连续8个月下降。"
    )
    found = described(text)
    assert "Japan with China 2023-01/2023-07 exports yoy_growth: -11.2 percent" in found, found
    assert "Japan with China 2023-07 exports yoy_growth: -13.4 percent" in found, found


def test_a_paragraph_that_cites_its_data_afresh_drops_the_partner_before() -> None:
    text = (
        " date 2024-04-12\n"
        "海关总署12日发布数据显示，在中欧贸易方面，一季度中国对欧盟进出口1.29万亿元，"
        "下降1.5%。\n"
        "海关总署12日数据显示，3月进出口总值3.51万亿元，同比下降5.1%；其中出口1.96万亿元。"
    )
    found = described(text)
    assert "China with EU 2024-Q1 total value: 1.29 trillion CNY" in found, found
    assert "China 2024-03 total value: 3.51 trillion CNY" in found, found
    assert "China 2024-03 exports value: 1.96 trillion CNY" in found, found


def test_the_items_of_a_breakdown_after_qizhong_keep_the_flow_of_the_whole() -> None:
    text = (
        " date 2025-09-08\n"
        "前8个月，我国出口机电产品10.2万亿元，增长8.1%。"
        "其中，集成电路8800.5亿元，增长20.1%；汽车5900.3亿元，增长10.4%。"
    )
    found = described(text)
    assert "China (integrated circuits) 2025-01/2025-08 exports value: 880.05 billion CNY" in found
    assert "China (automobiles) 2025-01/2025-08 exports value: 590.03 billion CNY" in found, found
    assert "China (automobiles) 2025-01/2025-08 exports yoy_growth: 10.4 percent" in found, found


def test_a_months_own_change_written_after_its_name_and_de() -> None:
    text = (
        " date 2025-09-08\n"
        "海关总署公布，8月出口3200亿美元，增长4.4%，低于7月的升7.2%；"
        "进口2100亿美元，升1.3%，亦低于7月的升4.1%。"
    )
    found = described(text)
    assert "China 2025-07 exports yoy_growth: 7.2 percent" in found, found
    assert "China 2025-07 imports yoy_growth: 4.1 percent" in found, found
    assert "China 2025-08 imports value: 210.0 billion USD" in found, found
    assert "China 2025-08 imports yoy_growth: 1.3 percent" in found, found


def test_a_city_written_before_its_period_and_trade_word_owns_the_figures() -> None:
    text = (
        " date 2020-04-16\n"
        "一季度，湖北外贸进出口总值800亿元，增长5%。"
        "作为全省外贸主力的武汉一季度外贸进出口总值520亿元，增长8%。"
        "宜昌市前3个月出口60亿元。"
    )
    found = described(text)
    assert "Hubei 2020-Q1 total value: 80.0 billion CNY" in found, found
    assert "Wuhan 2020-Q1 total value: 52.0 billion CNY" in found, found
    assert "Wuhan 2020-Q1 total yoy_growth: 8 percent" in found, found
    assert "Yichang 2020-Q1 exports value: 6.0 billion CNY" in found, found


def test_a_fall_smaller_than_the_nations_is_a_growth_above_it() -> None:
    found = described(" date 2016-06-20\n前5个月，福建进出口下降3.1%，降幅低于全国4.2个百分点。")
    assert "Fujian 2016-01/2016-05 total growth_gap vs China: 4.2 percentage_point" in found
    found = described(" date 2016-06-20\n前5个月，福建出口下降9.1%，降幅比全国高2.2个百分点。")
    assert "Fujian 2016-01/2016-05 exports growth_gap vs China: -2.2 percentage_point" in found


def test_a_clause_on_the_flow_toward_china_goes_on_with_the_country_before() -> None:
    text = (
        " date 2023-01-20\n"
        "中国与巴西的贸易总额在2022年达到1700亿美元，其中巴西从中国的进口增加12%，"
        "达到620亿美元，对中国的出口则增加35%，达1080亿美元。"
    )
    found = described(text)
    assert "China with Brazil 2022 exports yoy_growth: 12 percent" in found, found
    assert "China with Brazil 2022 imports yoy_growth: 35 percent" in found, found
    assert "China with Brazil 2022 imports value: 108.0 billion USD" in found, found


def test_a_quoted_sentence_on_this_growth_rate_goes_on_with_its_flow() -> None:
    text = (
        " date 2019-06-15\n"
        "记者从福州海关获悉，5月福建出口额为950.2亿元，同比增长9.6%。"
        "“这个增速较全国快了2.3个百分点，且环比增长15.5%。”"
    )
    found = described(text)
    assert "Fujian 2019-05 exports growth_gap vs China: 2.3 percentage_point" in found, found
    assert "Fujian 2019-05 exports mom_growth: 15.5 percent" in found, found


def test_the_nations_own_growth_written_as_its_level() -> None:
    text = (
        " date 2019-06-15\n"
        "5月福建出口额为950.2亿元，同比增长9.6%。"
        "“这个增速较全国快了2.3个百分点，且环比增长15.5%，也远高于全国8.2%的水平。”"
    )
    found = described(text)
    assert "China 2019-05 exports mom_growth: 8.2 percent" in found, found
    assert "Fujian 2019-05 exports growth_gap vs China: 8.2 percentage_point" not in found, found


def test_production_enterprises_as_a_kind_of_exporter() -> None:
    text = (
        " date 2016-06-20\n"
        "前5个月，我省民营企业出口557.7亿元，增长3.8%。其中，我省生产型企业出口229.4亿元，"
        "增长6.1%，占全省出口总值的30.5%。\n据福州海关统计，福建出口增长。"
    )
    found = described(text)
    assert (
        "Fujian (production enterprises) 2016-01/2016-05 exports value: 22.94 billion CNY" in found
    )
    assert "Fujian (production enterprises) 2016-01/2016-05 exports share: 30.5 percent" in found


def test_a_clause_before_de_describes_a_known_product_without_renaming_it() -> None:
    text = (
        " date 2018-09-20\n"
        "前8个月，广东出口2.6万亿元。作为广东支柱产业的机电产品，出口增长6.2%，"
        "占同期广东出口总值67.3%。"
    )
    found = described(text)
    product = "Guangdong (mechanical and electrical products) 2018-01/2018-08 exports"
    assert f"{product} yoy_growth: 6.2 percent" in found, found
    assert f"{product} share: 67.3 percent" in found, found
    found = described(" date 2025-01-20\n2024年，湖南含汽车、汽配在内的汽车产业出口额接近300亿元。")
    assert "Hunan (automobiles) 2024 exports value: about 30.0 billion CNY" in found, found
