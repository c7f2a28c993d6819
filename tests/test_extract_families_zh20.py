"""Families met on round 18's development articles, Chinese (bilateral releases).

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described, reasons


def test_an_agreed_goal_is_no_fact_and_its_year_dates_no_later_figure() -> None:
    text = (
        " date 2022-11-15\n"
        "中国海关总署发布的数据显示，今年前10个月中澳贸易额达到865亿美元。2018年，中国和"
        "澳大利亚商定到2025年将双边贸易额从2017年的650亿美元提升至1000亿美元。仅10月份，"
        "两国贸易额就达到92亿美元，同比增长12%。"
    )
    found = described(text)
    assert "China with Australia 2022-10 total value: 9.2 billion USD" in found, found
    assert "China with Australia 2022-10 total yoy_growth: 12 percent" in found, found
    # (the base year of the goal is a figure of its own)
    assert "China with Australia 2017 total value: 65.0 billion USD" in found, found
    assert not any("100.0 billion" in f for f in found), found
    assert reasons(text)["1000亿美元"] == "a target, not a reported figure"


def test_malaysian_and_singapore_copy_writes_imports_as_ruko_and_a_rise_as_shangyang() -> None:
    text = (
        " date 2019-08-20\n"
        "新加坡与印尼今年上半年双边贸易按年上扬12.5%至402亿新元，对印尼的出口按年增长9.1%"
        "至215亿新元。\n"
        "在同一时期，来自印尼的入口按年下跌3.2%至187亿新元。"
    )
    found = described(text)
    assert "Singapore with Indonesia 2019-H1 total value: 40.2 billion SGD" in found, found
    assert "Singapore with Indonesia 2019-H1 total yoy_growth: 12.5 percent" in found, found
    assert "Singapore with Indonesia 2019-H1 exports value: 21.5 billion SGD" in found, found
    assert "Singapore with Indonesia 2019-H1 imports value: 18.7 billion SGD" in found, found
    assert "Singapore with Indonesia 2019-H1 imports yoy_growth: -3.2 percent" in found, found


def test_an_entrance_is_no_import() -> None:
    text = " date 2021-05-10\n今年一季度，东兴口岸出入口车辆增长15%，口岸入口处新建查验通道3条。"
    assert not any("imports" in f for f in described(text))


def test_the_figure_of_a_named_years_same_period_is_of_that_year() -> None:
    text = (
        " date 2018-11-20\n"
        "泰国商业部指出，泰国和日本2018年1月至9月的贸易顺差与2017年同期的52亿美元相比，"
        "已扩大至61亿美元。"
    )
    found = described(text)
    assert "Thailand with Japan 2017-01/2017-09 balance value: 5.2 billion USD" in found, found
    assert "Thailand with Japan 2018-01/2018-09 balance value: 6.1 billion USD" in found, found


def test_taiwans_copy_converts_into_its_dollar_and_writes_parts_as_lingzujian() -> None:
    text = (
        " date 2024-07-18\n"
        "据中新网报导，中国海关总署统计资料显示，今年上半年，中国对欧盟进出口总值达人民币"
        "2.7兆元（约新台币12.15兆元），年增率3.4%。今年上半年，中国对欧盟进出口机电产品"
        "1.2兆元，占中国整体机电产品进出口总值15.2%。中国对欧盟出口机床、汽车零组件年增率"
        "分别为16.1%、8%；从欧盟进口电脑零组件、印刷电路板年增率分别为5.4%、9.2%。"
    )
    found = described(text)
    assert "China with EU 2024-H1 total value: 2.7 trillion CNY" in found, found
    assert "China with EU 2024-H1 total value: about 12.15 trillion TWD" in found, found
    assert (
        "China with EU (mechanical and electrical products) 2024-H1 total share: 15.2 percent"
        in found
    ), found
    assert "China with EU (auto parts) 2024-H1 exports yoy_growth: 8 percent" in found, found
    assert "China with EU (computer parts) 2024-H1 imports yoy_growth: 5.4 percent" in found, found
    assert (
        "China with EU (printed circuit boards) 2024-H1 imports yoy_growth: 9.2 percent" in found
    ), found


def test_the_other_sides_own_statistics_named_by_its_first_character_and_fang() -> None:
    text = (
        " date 2020-03-05\n"
        "中国和新西兰经贸合作稳步发展\n"
        "新华社惠灵顿3月5日电 中国驻新西兰大使馆经济商务处发布消息说，2019年中国继续是新西兰"
        "第一大贸易伙伴。\n"
        "据此消息，按中方统计，去年两国双边货物贸易额为182.9亿美元，同比增长8.1%。其中中国出口"
        "57.4亿美元，增长0.6%；进口125.5亿美元，增长12%。\n"
        "按新方统计，去年两国双边货物贸易额为329.6亿新西兰元，增长15.2%。其中新西兰出口194.3亿"
        "新西兰元，增长18.4%；进口135.3亿新西兰元，增长10.9%。"
    )
    found = described(text)
    assert "China with New Zealand 2019 total value: 18.29 billion USD" in found, found
    assert "China with New Zealand 2019 imports value: 12.55 billion USD" in found, found
    assert "New Zealand with China 2019 total value: 32.96 billion NZD" in found, found
    assert "New Zealand with China 2019 total yoy_growth: 15.2 percent" in found, found
    assert "New Zealand with China 2019 exports value: 19.43 billion NZD" in found, found
    assert "New Zealand with China 2019 imports yoy_growth: 10.9 percent" in found, found


def test_a_side_the_pair_table_names_by_its_character() -> None:
    text = (
        " date 2021-02-10\n"
        "据海关统计，2020年中俄贸易额为1077.7亿美元。据俄方统计，两国贸易额为1040.6亿美元，"
        "下降5.2%。"
    )
    found = described(text)
    assert "China with Russia 2020 total value: 107.77 billion USD" in found, found
    assert "Russia with China 2020 total value: 104.06 billion USD" in found, found


def test_a_partner_that_only_heads_a_clause_of_topics_is_no_later_figures_partner() -> None:
    text = (
        " date 2023-06-20\n"
        "今年前5个月，江西省进出口总值2350.6亿元，同比增长6.2%。分项来看，江西对传统市场进出口"
        "平稳增长，东盟市场拓展加快，机电产品出口增势良好，机电产品出口812.4亿元，增长15.3%，"
        "其中，锂电池出口96.7亿元、增长42.1%。"
    )
    found = described(text)
    assert (
        "Jiangxi (mechanical and electrical products) 2023-01/2023-05 exports value: "
        "81.24 billion CNY" in found
    ), found
    assert "Jiangxi (lithium batteries) 2023-01/2023-05 exports value: 9.67 billion CNY" in found, (
        found
    )


def test_a_partner_whose_role_a_clause_states_stays_the_partner_of_the_next() -> None:
    text = (
        " date 2024-08-09\n"
        "今年前7个月，广西对外贸易稳中有进。其中，越南为广西第一大贸易伙伴，双边贸易总值为"
        "1520.3亿元，增长8.8%。"
    )
    found = described(text)
    assert "Guangxi with Vietnam 2024-01/2024-07 total value: 152.03 billion CNY" in found, found


def test_a_turn_to_the_reporters_own_flow_drops_the_partner_of_the_clause_before() -> None:
    text = (
        " date 2024-10-20\n"
        "虽然海关未单独公布自韩国进口增长来自哪些商品，但数据指出，前9个月，按人民币计，大陆"
        "出口机电产品11.2兆元，增长7.6%，占出口总值的59.1%。其中，自动数据处理设备及其零件"
        "8,210.4亿元，增长3.3%；积体电路8,002.7亿元，增长20.1%。"
    )
    found = described(text)
    assert (
        "China (mechanical and electrical products) 2024-01/2024-09 exports value: "
        "11.2 trillion CNY" in found
    ), found
    assert (
        "China (automatic data processing equipment and parts) 2024-01/2024-09 exports value: "
        "821.04 billion CNY" in found
    ), found
    assert (
        "China (integrated circuits) 2024-01/2024-09 exports yoy_growth: 20.1 percent" in found
    ), found
    assert not any("Korea" in f for f in found), found


def test_the_amount_of_a_change_in_brackets_after_its_percentage_is_no_value() -> None:
    text = (
        " date 2024-10-20\n"
        "单从9月来看，大陆自韩国进口162.3亿美元，较前月减少3.1%（5.19亿美元），出口韩国"
        "131.8亿美元，较前月增加4.2%（5.31亿美元）。"
    )
    found = described(text)
    assert "China with South Korea 2024-09 imports value: 16.23 billion USD" in found, found
    assert "China with South Korea 2024-09 exports value: 13.18 billion USD" in found, found
    assert not any("5.19" in f or "5.31" in f for f in found), found


def test_taiwans_names_of_clothing_and_plastic_products() -> None:
    text = (
        " date 2024-10-20\n"
        "前9个月，大陆出口劳密产品3.1兆元，下降0.8%。其中，服饰及衣著附件8,120亿元，下降1.2%；"
        "塑胶制品5,530亿元，增长1.4%。"
    )
    found = described(text)
    assert (
        "China (garments and clothing accessories) 2024-01/2024-09 exports value: "
        "812.0 billion CNY" in found
    ), found
    assert "China (plastic products) 2024-01/2024-09 exports value: 553.0 billion CNY" in found, (
        found
    )


def test_an_amount_per_minute_or_per_day_is_no_periods_value() -> None:
    text = (
        " date 2024-04-20\n"
        "一季度，中国与东盟贸易总值为1.6万亿元，同比增长7.1%，相当于每分钟都有超过1200万元的"
        "贸易往来。平均每天进出口178亿元。"
    )
    found = described(text)
    assert "China with ASEAN 2024-Q1 total value: 1.6 trillion CNY" in found, found
    assert not any("12.0 million" in f or "17.8 billion" in f for f in found), found
    assert reasons(text)["178亿元"] == "a rate per unit of time, not a period's value"


def test_an_aside_on_the_month_before_with_a_spaced_month_takes_the_main_clauses_partner() -> None:
    text = (
        " date 2023-08-08\n"
        "海关数据显示，7月中国对巴西出口额同比增长12%，达到58亿美元。继 6 月增长 7% 后，上个月"
        "来自巴西的进口增长 4%，达到 96 亿美元。"
    )
    found = described(text)
    assert "China with Brazil 2023-06 imports yoy_growth: 7 percent" in found, found
    assert "China with Brazil 2023-07 imports yoy_growth: 4 percent" in found, found
    assert "China with Brazil 2023-07 imports value: 9.6 billion USD" in found, found


def test_a_sentence_opening_with_one_more_partner_goes_on_with_the_trade_before() -> None:
    text = (
        " date 2019-03-22\n"
        "前2个月，新疆对中亚国家贸易中，对哈萨克斯坦贸易48.2亿元，增长21.3%；对吉尔吉斯斯坦贸易"
        "30.5亿元，增长12.6%。此外，对乌兹别克斯坦增长80%，达9.7亿元。"
    )
    found = described(text)
    assert "Xinjiang with Uzbekistan 2019-01/2019-02 total value: 970 million CNY" in found, found
    assert "Xinjiang with Uzbekistan 2019-01/2019-02 total yoy_growth: 80 percent" in found, found


def test_liangguo_trade_takes_the_pair_a_sentence_without_figures_named() -> None:
    text = (
        " date 2022-01-20\n"
        "中国同巴西经贸合作不断深化。2021年，两国贸易额达到1640亿美元，同比增长21%。其中，中方"
        "出口536亿美元，进口1104亿美元。"
    )
    found = described(text)
    assert "China with Brazil 2021 total value: 164.0 billion USD" in found, found
    assert "China with Brazil 2021 total yoy_growth: 21 percent" in found, found
    assert "China with Brazil 2021 imports value: 110.4 billion USD" in found, found


def test_a_level_two_sides_strive_to_reach_or_proposed_is_no_fact() -> None:
    text = (
        " date 2024-01-15\n"
        "海关总署数据显示，2023年中国与海合会国家贸易额为2868亿美元，同比下降9.2%。双方力争到"
        "2027年双边贸易额达到4000亿美元。\n"
        "两国元首2021年提出，到2025年将双边贸易额提升至3500亿美元。"
    )
    found = described(text)
    assert "China with GCC 2023 total value: 286.8 billion USD" in found, found
    assert not any("400.0 billion" in f or "350.0 billion" in f for f in found), found
    assert reasons(text)["4000亿美元"] == "a target, not a reported figure"


def test_a_result_reached_with_effort_stays_a_fact() -> None:
    text = (
        " date 2022-01-18\n"
        "在各方努力下，2021年宁波作为计划单列市进出口突破1.19万亿元，同比增长21.6%。"
    )
    found = described(text)
    assert "Ningbo 2021 total value: more than 1.19 trillion CNY" in found, found


def test_the_other_sides_customs_quoted_after_chinas_own_give_its_figures() -> None:
    text = (
        " date 2022-02-10\n"
        "据中国海关统计，2021年中俄贸易额为1468.87亿美元，同比增长35.8%。据俄罗斯海关统计，"
        "2021年俄中贸易额为1406亿美元，其中俄罗斯对华出口792亿美元。"
    )
    found = described(text)
    assert "China with Russia 2021 total value: 146.887 billion USD" in found, found
    assert "China with Russia 2021 total yoy_growth: 35.8 percent" in found, found
    assert "Russia with China 2021 total value: 140.6 billion USD" in found, found
    assert "Russia with China 2021 exports value: 79.2 billion USD" in found, found


def test_the_nations_pair_trade_in_a_text_on_a_province_is_chinas() -> None:
    text = (
        " date 2023-06-20\n"
        "今年前5个月，黑龙江省对俄罗斯进出口520亿元，增长31%。同期，中俄双边贸易额达到930亿"
        "美元，增长40%。"
    )
    found = described(text)
    assert "Heilongjiang with Russia 2023-01/2023-05 total value: 52.0 billion CNY" in found, found
    assert "China with Russia 2023-01/2023-05 total value: 93.0 billion USD" in found, found
    assert "China with Russia 2023-01/2023-05 total yoy_growth: 40 percent" in found, found


def test_a_pair_opening_with_the_reporters_own_character_names_its_partner() -> None:
    text = (
        " date 2018-12-14\n"
        "马来西亚国际贸易与工业部指出，今年1月至10月，马泰双边贸易按年上扬8.2%至820亿令吉。"
        "其中，马来西亚对泰国的出口为430亿令吉，来自泰国的入口为390亿令吉。"
    )
    found = described(text)
    assert "Malaysia with Thailand 2018-01/2018-10 total value: 82.0 billion MYR" in found, found
    assert "Malaysia with Thailand 2018-01/2018-10 total yoy_growth: 8.2 percent" in found, found
    assert "Malaysia with Thailand 2018-01/2018-10 imports value: 39.0 billion MYR" in found, found


def test_a_headlines_year_not_yet_over_is_the_year_so_far_of_the_body() -> None:
    text = (
        " date 2024-12-10\n"
        "2024年中澳贸易额超过2300亿美元\n"
        "据海关总署统计，今年1-11月中国与澳大利亚贸易额达到2351亿美元，同比增长3.1%。"
    )
    found = described(text)
    assert (
        "China with Australia 2024-01/2024-11 total value: more than 230.0 billion USD" in found
    ), found
    assert "China with Australia 2024-01/2024-11 total value: 235.1 billion USD" in found, found
    assert not any(" 2024 total" in f for f in found), found


def test_a_last_years_figure_a_value_comes_close_to_half_of_is_no_period_of_it() -> None:
    text = (
        " date 2018-04-20\n"
        "今年一季度，宁夏外贸进出口总值为52亿元，增长12.1%。其中，以边境小额贸易方式出口3.1亿元，"
        "接近去年全年边境小额贸易出口的一半。"
    )
    found = described(text)
    assert "Ningxia (border trade) 2018-Q1 exports value: 310 million CNY" in found, found


def test_a_gap_over_the_growth_toward_the_whole_world_is_against_the_reporter() -> None:
    text = (
        " date 2022-06-12\n"
        "前5个月，我国对东盟出口达到2100亿美元，同比增长14.2%，高出对全球增速0.7个百分点。"
    )
    found = described(text)
    assert (
        "China with ASEAN 2022-01/2022-05 exports growth_gap vs China: 0.7 percentage_point"
        in found
    ), found


def test_bilateral_trade_as_the_whole_of_a_share_keeps_the_flow_before() -> None:
    text = (
        " date 2023-06-20\n"
        "前5个月，中国对俄罗斯出口420亿美元，在双边贸易中占比45.2%。中国对东盟出口增长12%，"
        "占双边贸易的比重为56%。"
    )
    found = described(text)
    assert "China with Russia 2023-01/2023-05 exports share: 45.2 percent" in found, found
    assert "China with ASEAN 2023-01/2023-05 exports share: 56 percent" in found, found


def test_a_deal_with_a_partner_after_trade_figures_is_no_trade() -> None:
    text = (
        " date 2019-03-22\n"
        "前2个月，新疆对哈萨克斯坦贸易48.2亿元，增长21.3%。同时，与德国签署合作协议，金额达"
        "5亿美元。"
    )
    found = described(text)
    assert not any("Germany" in f for f in found), found
