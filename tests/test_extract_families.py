"""Phrasing families met on a second set of articles from other outlets (issue 9, round 2).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

from extract_helpers import described, reasons
from tradestat.extraction import extract


# --- periods: a year that belongs to one figure does not open the sentence -----------------
def test_a_from_year_value_does_not_become_the_period_in_force() -> None:
    text = (
        " date 2024-10-20\n"
        "前三季度，江西省进出口总值4000亿元，同比增长5%。\n"
        "十年来，江西省对东盟的进出口值由2014年的300亿元增长到2023年的900亿元。\n"
        "1月进出口值为80亿元，2月下降至70亿元。前三季度，江西省出口机电产品1500亿元，增长9%。"
    )
    got = described(text)
    assert "Jiangxi with ASEAN 2014 total value: 30.0 billion CNY" in got
    assert "Jiangxi with ASEAN 2024-01 total value: 8.0 billion CNY" in got
    assert "Jiangxi with ASEAN 2024-02 total value: 7.0 billion CNY" in got
    assert (
        "Jiangxi (mechanical and electrical products) 2024-01/2024-09 exports value:"
        " 150.0 billion CNY" in got
    )
    assert not [f for f in extract(text).facts if str(f.period).startswith("2014-")]


def test_a_history_from_a_year_does_not_set_the_period_of_later_paragraphs() -> None:
    text = (
        " date 2025-01-15\n"
        "2024年，山西省外贸进出口总值200亿美元，同比增长10%。\n"
        "全省外贸规模从2015年首次突破百亿美元后，稳步提升。\n"
        "去年，全省机电产品出口增势强劲。机电产品出口80亿美元，同比增长12%。"
    )
    got = described(text)
    assert "Shanxi (mechanical and electrical products) 2024 exports value: 8.0 billion USD" in got
    assert "Shanxi (mechanical and electrical products) 2024 exports yoy_growth: 12 percent" in got


# --- periods: last year's whole level is what a figure is compared with --------------------
def test_more_than_last_years_total_is_a_comparison_not_the_period() -> None:
    text = (
        " date 2024-11-20\n"
        "今年前10个月，广西进出口总额500亿美元。广西与东盟的贸易额达200亿美元，超过去年总额，"
        "同比增长30%。与南亚各国在12%的同比增幅下，实现进出口总额9亿美元，接近去年全年水平。"
    )
    got = described(text)
    period = "2024-01/2024-10"
    assert f"Guangxi with ASEAN {period} total value: 20.0 billion USD" in got
    assert f"Guangxi with ASEAN {period} total yoy_growth: 30 percent" in got
    assert f"Guangxi with South Asia {period} total value: 900 million USD" in got
    assert not [f for f in extract(text).facts if str(f.period) == "2023"]


def test_last_years_own_figure_keeps_its_year() -> None:
    text = " date 2024-11-20\n广西前10个月的进出口总额达500亿美元，接近去年全年520亿美元的水平。"
    got = described(text)
    assert "Guangxi 2023 total value: 52.0 billion USD" in got
    assert "Guangxi 2024-01/2024-10 total value: 50.0 billion USD" in got


# --- forecasts are not reported figures ------------------------------------------------------
def test_a_forecast_is_skipped_with_its_reason() -> None:
    text = (
        " date 2024-11-20\n"
        "今年前10个月，广西进出口总额500亿美元，预计全年进出口总额可突破600亿美元。"
        "Trade is expected to reach 70 billion dollars next year."
    )
    got = described(text)
    assert got == {"Guangxi 2024-01/2024-10 total value: 50.0 billion USD"}
    assert reasons(text)["600亿美元"] == "a forecast, not a reported figure"


# --- respectively: a list of partner groups written with their collective words -------------
def test_a_fenbie_list_of_partner_groups_with_quotes_and_collective_words() -> None:
    text = (
        " date 2024-09-15\n"
        "前8月，湖北对RCEP成员国和“一带一路”沿线国家和地区进出口分别增长11.5%和22.5%。"
        "同期，湖北对东盟成员国、“一带一路”沿线国家和金砖国家进出口值分别增长3%、4%和5%。"
    )
    got = described(text)
    period = "2024-01/2024-08"
    assert f"Hubei with RCEP members {period} total yoy_growth: 11.5 percent" in got
    assert f"Hubei with BRI countries {period} total yoy_growth: 22.5 percent" in got
    assert f"Hubei with ASEAN {period} total yoy_growth: 3 percent" in got
    assert f"Hubei with BRI countries {period} total yoy_growth: 4 percent" in got
    assert f"Hubei with BRICS {period} total yoy_growth: 5 percent" in got


# --- partners: a breakdown (其中, "；") keeps the partner of the sentence it breaks down ------
def test_a_breakdown_of_products_keeps_the_partner_of_the_sentence_before() -> None:
    text = (
        " date 2024-10-20\n"
        "前三季度，江西省对东盟出口机电产品500亿元，增长20%。其中，出口汽车100亿元，增长50%；"
        "出口家用电器40亿元，增长10%。江西省自东盟进口农产品30亿元，增长5%；进口铜矿砂及其精矿"
        "20亿元，占8%。"
    )
    got = described(text)
    period = "2024-01/2024-09"
    assert f"Jiangxi with ASEAN (automobiles) {period} exports value: 10.0 billion CNY" in got
    assert (
        f"Jiangxi with ASEAN (household appliances) {period} exports yoy_growth: 10 percent" in got
    )
    assert (
        f"Jiangxi with ASEAN (copper ores and concentrates) {period} imports value: 2.0 billion CNY"
        in got
    )


def test_of_which_after_a_sentence_without_figures_keeps_no_old_partner() -> None:
    text = (
        " date 2024-10-20\n"
        "前三季度，江西省对东盟进出口500亿元，增长20%。民营、国有企业进出口增速较快。"
        "其中，民营企业进出口300亿元，增长12%。"
    )
    got = described(text)
    assert "Jiangxi (private enterprises) 2024-01/2024-09 total value: 30.0 billion CNY" in got


# --- names: general written forms and the customs' product names ------------------------------
def test_south_korea_written_as_nanhan_and_customs_product_names() -> None:
    text = (
        " date 2021-08-12\n"
        "今年前7個月，青島對南韓、日本和巴西進出口分別增長14%、7%和9%。"
        "同期，青島進口鋸材和紙漿分別增長5.6%和8.9%。"
    )
    got = described(text)
    period = "2021-01/2021-07"
    assert f"Qingdao with South Korea {period} total yoy_growth: 14 percent" in got
    assert f"Qingdao with Brazil {period} total yoy_growth: 9 percent" in got
    assert f"Qingdao (sawn timber) {period} imports yoy_growth: 5.6 percent" in got
    assert f"Qingdao (pulp) {period} imports yoy_growth: 8.9 percent" in got


# --- English periods and referents ------------------------------------------------------------
def test_first_months_in_a_year_and_that_for_the_same_period_last_year() -> None:
    text = (
        " date 2019-07-20\n"
        "Gansu exported 2.5 billion U.S. dollars worth of goods in the first six months in "
        "2019, up 12 percent from a year earlier. The province exported 1.2 billion dollars in "
        "June alone, almost double that for the same period last year, and imported goods were "
        "valued at 0.4 billion dollars, an increase of more than 30 percent."
    )
    got = described(text)
    assert "Gansu 2019-H1 exports value: 2.5 billion USD" in got
    assert "Gansu 2019-H1 exports yoy_growth: 12 percent" in got
    assert "Gansu 2019-06 imports value: 0.4 billion USD" in got
    assert not [f for f in extract(text).facts if str(f.period) == "2018"]


def test_these_enterprises_inside_a_sentence_refers_back() -> None:
    text = (
        " date 2019-07-20\n"
        "Gansu's foreign trade reached 20 billion yuan in the first half of 2019. Private "
        "enterprises remained the main force. The trade of these enterprises totaled 12 billion "
        "yuan and accounted for 60 percent of the total foreign trade."
    )
    got = described(text)
    assert "Gansu (private enterprises) 2019-H1 total value: 12 billion CNY" in got
    assert "Gansu (private enterprises) 2019-H1 total share: 60 percent" in got


# --- owners: 我国 in a regional text, a city's share of the province --------------------------
def test_woguo_trade_in_a_city_text_is_chinas() -> None:
    text = (
        " date 2016-04-16\n"
        "一季度，无锡市进出口总值1500亿元，下降2%。\n"
        "今年以来，我国外贸进出口整体仍呈下降走势，一季度进出口总值为50000亿元，下降6%。"
    )
    got = described(text)
    assert "China 2016-Q1 total value: 5000.0 billion CNY" in got
    assert "China 2016-Q1 total yoy_growth: -6 percent" in got
    assert "Wuxi 2016-Q1 total value: 150.0 billion CNY" in got


def test_a_city_whose_share_of_the_province_opens_keeps_its_figures() -> None:
    text = (
        " date 2022-09-15\n"
        "前8月，湖北省进出口总额4000亿元，同比增长15%。\n"
        "1至8月，武汉进出口占全省进出口总额的60%，进出口2400亿元，增长20%。"
    )
    got = described(text)
    assert "Wuhan 2022-01/2022-08 total value: 240.0 billion CNY" in got
    assert "Wuhan 2022-01/2022-08 total yoy_growth: 20 percent" in got
    assert "Hubei 2022-01/2022-08 total value: 240.0 billion CNY" not in got


def test_since_the_start_of_last_year_is_no_period() -> None:
    text = (
        " date 2016-04-16\n"
        "今年前两个月，无锡市进出口总值900亿元。"
        "今年前两个月我市外贸延续自去年年初以来的下降走势，跌幅达到4%。"
    )
    got = described(text)
    assert "Wuxi 2016-01/2016-02 total yoy_growth: -4 percent" in got
    assert not [f for f in extract(text).facts if str(f.period) == "2015"]


# --- flows and shares of product and place lists --------------------------------------------
def test_trade_value_after_an_imported_product_list_is_the_imports() -> None:
    text = (
        " date 2022-08-22\n"
        "前7个月，甘肃省进出口300亿元。进口原油、天然气、煤炭贸易额分别增长10%、20%、30%；"
        "保税物流、对外承包出口分别达20亿元、5亿元。"
    )
    got = described(text)
    period = "2022-01/2022-07"
    assert f"Gansu (crude oil) {period} imports yoy_growth: 10 percent" in got
    assert f"Gansu (coal) {period} imports yoy_growth: 30 percent" in got
    assert (
        f"Gansu (goods for overseas contracted projects) {period} exports value: 500 million CNY"
        in got
    )
    assert f"Gansu (bonded logistics) {period} total value: 2.0 billion CNY" in got


def test_a_share_of_several_places_together_is_skipped() -> None:
    text = (
        " date 2022-08-22\n"
        "前7个月，甘肃省进出口300亿元。兰州、天水等河西5市仍是外贸主力，进出口占全省总值的70%。"
    )
    result = extract(text)
    assert not [f for f in result.facts if f.measure.name == "share"]
    assert reasons(text)["70%"] == "a share of several places together, not of one reporter"


# --- one figure said of each partner of a list (均), "20%以上" -------------------------------
def test_a_figure_said_of_each_listed_partner_and_percent_yishang() -> None:
    text = (
        " date 2021-11-16\n"
        "1至10月，江西与主要贸易伙伴香港、美国、欧盟和日本的进出口总值均保持15%以上的增长。"
        "今年外贸进出口增长10%以上。"
    )
    got = described(text)
    period = "2021-01/2021-10"
    for partner in ("Hong Kong", "United States", "EU", "Japan"):
        assert f"Jiangxi with {partner} {period} total yoy_growth: more than 15 percent" in got
    # the list's last partner does not carry into the next sentence (今年 in a text of
    # November is the year so far: the period in force)
    assert "Jiangxi 2021-01/2021-10 total yoy_growth: more than 10 percent" in got


def test_a_range_of_values_is_skipped_not_read_as_its_upper_end() -> None:
    text = (
        " date 2023-10-23\n"
        "前三季度，江西省进出口总值4000亿元。1月进出口值为380亿元，3~8月进出口值在400~450亿元区间波动。"
    )
    got = described(text)
    assert "Jiangxi 2023-01 total value: 38.0 billion CNY" in got
    assert not [f for f in extract(text).facts if str(f.period) == "2023-03/2023-08"]
    assert reasons(text)["450亿元"] == "a range of values, not one value"


# --- a national text about trade with a group, from a body with its seat in brackets ---------
def test_a_seat_in_brackets_is_not_the_subject_and_china_with_a_group_is() -> None:
    text = (
        " date 2012-12-01\n"
        "中国—葡语国家经贸合作论坛（澳门）常设秘书处30日表示，今年前10个月中国与葡语国家进出口"
        "商品总值为1000亿美元，同比增长10%。\n"
        "其中，中国从葡语国家进口600亿美元，比去年同期的500亿美元增加了100亿美元。"
        "10月份中国与葡语国家进出口总额为100亿美元，比9月份减少5亿美元，环比下降5%。"
    )
    result = extract(text)
    assert result.subject == "China"
    got = described(text)
    group = "Portuguese-speaking countries"
    assert f"China with {group} 2012-01/2012-10 total value: 100.0 billion USD" in got
    assert f"China with {group} 2012-01/2012-10 imports value: 60.0 billion USD" in got
    assert f"China with {group} 2011-01/2011-10 imports value: 50.0 billion USD" in got
    assert f"China with {group} 2012-10 total mom_growth: -5 percent" in got
    assert reasons(text)["5亿美元"] == "a change in value, not a value (not a fact of the schema)"
    assert reasons(text)["100亿美元"] == "a change in value, not a value (not a fact of the schema)"


# --- English: a national paragraph in a regional text, a gap written in percent --------------
def test_nationwide_opens_a_national_sentence_and_in_breakdown_goes_on() -> None:
    text = (
        " date 2008-08-17\n"
        "The foreign trade of Gansu Province rose 60 percent in the first seven months of this "
        "year to 5 billion U.S. dollars, 35 percent more than the national average growth rate.\n"
        "Nationwide, China gained 1.5 trillion U.S. dollars in foreign trade in the first seven "
        "months, representing a year-on-year rise of 25 percent.\n"
        "In breakdown, exports totaled 800 billion U.S. dollars, up 22 percent."
    )
    got = described(text)
    period = "2008-01/2008-07"
    assert f"Gansu {period} total value: 5 billion USD" in got
    assert f"Gansu {period} total growth_gap vs China: 35 percentage_point" in got
    assert f"China {period} total value: 1.5 trillion USD" in got
    assert f"China {period} total yoy_growth: 25 percent" in got
    assert f"China {period} exports value: 800 billion USD" in got
    assert f"China {period} exports yoy_growth: 22 percent" in got
    assert not [
        f for f in extract(text).facts if f.subject == "Gansu" and f.flow.value == "exports"
    ]


# --- not facts of the schema: changes, averages over years, contributions, counted partners --
def test_changes_averages_contributions_and_counted_partners_are_skipped() -> None:
    text = (
        " date 2026-01-28\n"
        "2025年，佛山市进出口6000亿元，增长5%。五年来，佛山市进出口累计增长超1200亿元，年均增长3%。"
        "对40个国家和地区进出口增长超30%。机电产品出口增长9%，拉高出口整体增速4.5个百分点。"
    )
    got = described(text)
    assert got == {
        "Foshan 2025 total value: 600.0 billion CNY",
        "Foshan 2025 total yoy_growth: 5 percent",
        "Foshan (mechanical and electrical products) 2025 exports yoy_growth: 9 percent",
    }
    why = reasons(text)
    assert why["1200亿元"] == "a change in value, not a value (not a fact of the schema)"
    assert why["3%"].startswith("average annual growth")
    assert why["40个国家和地区"].startswith("the number of partners whose trade grew")
    assert why["30%"] == "growth of a number of partners the text does not name"
    assert why["4.5个百分点"] == "a contribution to growth (not a fact of the schema)"


def test_the_whole_year_word_is_no_product() -> None:
    text = (
        " date 2011-01-16\n2010年，河北省外贸进出口总值400亿美元。"
        "全年机电产品出口80亿美元，同比增长40%。"
    )
    got = described(text)
    assert "Hebei (mechanical and electrical products) 2010 exports value: 8.0 billion USD" in got


# --- a 分别 list whose items include multiples (N倍), which are not read ----------------------
def test_a_list_with_multiples_pairs_its_percentages_by_position() -> None:
    text = (
        " date 2020-10-23\n"
        "前三季度，成都对日本、台湾、韩国进出口分别增长20%、1.5倍及9%。"
        "同期，成都水果、肉类、医药品分别进口30亿元、20亿元、10亿元，分别增长1.1倍、40%、2.7倍。"
    )
    got = described(text)
    period = "2020-01/2020-09"
    assert f"Chengdu with Japan {period} total yoy_growth: 20 percent" in got
    assert f"Chengdu with South Korea {period} total yoy_growth: 9 percent" in got
    assert f"Chengdu (meat) {period} imports yoy_growth: 40 percent" in got
    assert not [f for f in extract(text).facts if f.partner == "Taiwan"]


def test_growth_after_a_number_of_firms_is_not_trade_growth() -> None:
    text = (
        " date 2023-04-21\n一季度，河南省进出口总值2000亿元，增长5%。"
        "一季度，该省有进出口实绩外贸企业近9000家，较去年同期增加800家，增长超一成。"
    )
    got = described(text)
    assert got == {
        "Henan 2023-Q1 total value: 200.0 billion CNY",
        "Henan 2023-Q1 total yoy_growth: 5 percent",
    }


# --- two comparisons in one sentence: year on year, then against a named earlier year ------
def test_a_named_base_year_after_a_growth_does_not_cancel_it() -> None:
    text = (
        " date 2021-08-12\n"
        "今年前7个月烟台市外贸进出口总值2000亿元，比去年同期增长30%，较2019年同期增长40%。"
        "其中，出口1200亿元，同比增长25%，较2019年同期增长35%；进口800亿元，增长37%，"
        "较2019年同期增长45%。"
    )
    got = described(text)
    period = "2021-01/2021-07"
    assert f"Yantai {period} total yoy_growth: 30 percent" in got
    assert f"Yantai {period} exports yoy_growth: 25 percent" in got
    assert f"Yantai {period} imports yoy_growth: 37 percent" in got
    assert not [f for f in extract(text).facts if f.figure.value in (35, 40, 45)]
    assert reasons(text)["40%"] == "growth compared with a named year, not the year before"


# --- every member of a group listed before one figure is the group ---------------------------
def test_all_members_of_a_group_listed_before_one_figure_are_the_group() -> None:
    text = (
        " date 2014-07-18\n"
        "Xinjiang's foreign trade reached 12 billion U.S. dollars in the first half of 2014. "
        "Exports to Kazakhstan, Uzbekistan, Kyrgyzstan, Turkmenistan and Tadzhikistan stood at "
        "8 billion U.S. dollars."
    )
    got = described(text)
    assert "Xinjiang with Central Asia 2014-H1 exports value: 8 billion USD" in got
    assert not [f for f in extract(text).facts if f.partner == "Tajikistan"]


def test_an_evaluative_modifier_keeps_the_product_group() -> None:
    text = (
        " date 2011-11-28\n今年前10个月，广西进出口总额100亿美元。"
        "优势农产品前10月出口额已达8亿美元，继续保持15%以上的平均增幅。"
    )
    got = described(text)
    period = "2011-01/2011-10"
    assert f"Guangxi (agricultural products) {period} exports value: 800 million USD" in got
    assert (
        f"Guangxi (agricultural products) {period} exports yoy_growth: more than 15 percent" in got
    )


def test_last_years_growth_named_as_a_high_base_keeps_its_year() -> None:
    text = (
        " date 2023-07-18\n上半年湖北进出口3000亿元。\n"
        "从贸易增速看，湖北省在2022年20.5%的高基数基础上仍然保持了较快增长，上半年增速达6.1%。\n"
        "上半年，湖北省与全球200个国家和地区有贸易往来。"
    )
    got = described(text)
    assert "Hubei 2022 total yoy_growth: 20.5 percent" in got
    assert "Hubei 2023-H1 total yoy_growth: 6.1 percent" in got
    assert "Hubei 2023-H1 total partner_count: 200 count" in got


def test_a_segments_breakdown_cut_at_a_semicolon_keeps_the_segment() -> None:
    text = (
        " date 2025-12-19\n今年前11个月，江西民营企业进出口达5000亿元，占同期全省进出口总值的60%。"
        "其中，出口3500亿元；进口1500亿元，同比增长10%。"
    )
    got = described(text)
    period = "2025-01/2025-11"
    assert f"Jiangxi (private enterprises) {period} exports value: 350.0 billion CNY" in got
    assert f"Jiangxi (private enterprises) {period} imports value: 150.0 billion CNY" in got
    assert f"Jiangxi (private enterprises) {period} imports yoy_growth: 10 percent" in got


def test_a_share_of_woguo_trade_in_a_provincial_text_is_skipped() -> None:
    text = (
        " date 2016-12-02\n前10个月，黑龙江对俄进出口500亿元，增长10%，"
        "占同期我国对俄进出口总额的10%。"
    )
    got = described(text)
    assert "Heilongjiang with Russia 2016-01/2016-10 total value: 50.0 billion CNY" in got
    assert not [f for f in extract(text).facts if f.measure.name == "share"]


# --- zhfam: Chinese phrasing families of unseen articles (issue 9, round 3) ------------------
def test_wo_alone_is_china_in_a_mofcom_style_release() -> None:
    text = (
        " date 2019-04-22\n"
        "据海关统计，一季度，我与东盟进出口总额1300亿美元，同比增长6%，高出我同期外贸总体增幅"
        "2.5个百分点。其中，我对美出口900亿美元，下降8%；自俄进口150亿美元，增长12%。"
    )
    got = described(text)
    assert "China with ASEAN 2019-Q1 total value: 130.0 billion USD" in got
    assert "China with ASEAN 2019-Q1 total growth_gap vs China: 2.5 percentage_point" in got
    assert "China with United States 2019-Q1 exports value: 90.0 billion USD" in got
    assert "China with United States 2019-Q1 exports yoy_growth: -8 percent" in got
    assert "China with Russia 2019-Q1 imports value: 15.0 billion USD" in got


def test_wo_inside_other_words_is_no_national_subject() -> None:
    # 我市 / 我们 / 自我 are not 我 for China: a city text naming no place gives nothing
    text = " date 2019-04-22\n一季度，我市对美出口9亿美元，增长8%。我们自我加压，对日贸易稳步增长。"
    assert described(text) == set()
    assert set(reasons(text).values()) == {
        "no subject in the text: it names its place only as 我市 (give it as the subject)"
    }


def test_a_name_ranked_against_is_not_the_partner() -> None:
    text = (
        " date 2019-04-22\n"
        "一季度，我与东盟进出口总额1300亿美元。我对非贸易增速较快，仅次于拉丁美洲和中东欧，"
        "出口增幅高出我同期外贸出口增幅4.5个百分点。"
    )
    got = described(text)
    assert "China with Africa 2019-Q1 exports growth_gap vs China: 4.5 percentage_point" in got
    assert not [f for f in extract(text).facts if "Latin America" in f.partner]


def test_a_china_pair_abbreviation_makes_china_the_subject() -> None:
    # no date line: the year comes from the text, written after an ASCII comma
    text = (
        "外交部发言人介绍两国合作情况时表示,双方经贸往来日益密切。其中,2016年,中德贸易额"
        "达到1500亿美元,同比增长3%,中朝贸易额55亿美元,中澳贸易额1000亿美元。"
        "第三届博览会将在辽宁省沈阳市举办。"
    )
    got = described(text)
    assert "China with Germany 2016 total value: 150.0 billion USD" in got
    assert "China with Germany 2016 total yoy_growth: 3 percent" in got
    assert "China with North Korea 2016 total value: 5.5 billion USD" in got
    assert "China with Australia 2016 total value: 100.0 billion USD" in got


def test_the_province_named_after_quansheng_in_the_lead_is_the_subject() -> None:
    # the lead opens with 全省 (a meeting of the province) and then names the province; the
    # body names its cities more often than the province
    text = (
        " date 2022-07-20\n"
        "本报讯 记者从全省外贸工作会议上获悉，今年上半年贵州实现进出口300亿元，同比增长12%。\n"
        "贵阳、遵义进出口分别为150亿元和40亿元。贵阳、遵义、安顺外贸均保持增长。"
    )
    got = described(text)
    assert "Guizhou 2022-H1 total value: 30.0 billion CNY" in got
    assert "Guiyang 2022-H1 total value: 15.0 billion CNY" in got
    assert "Zunyi 2022-H1 total value: 4.0 billion CNY" in got


def test_autonomous_prefectures_and_a_cut_after_a_trade_sentence_without_figures() -> None:
    # prefecture-level divisions that are not cities (自治州, 地区, 盟) are places too; the
    # part after "；" goes on about the trade of the one before, which has no figure
    text = (
        " date 2022-07-20\n"
        "上半年，新疆进出口总值1000亿元。喀什、伊犁州等8个地州进出口均实现增长;"
        "阿克苏地区和巴州为负增长，分别下降5.5%、8.2%。"
        "昌吉州、博州进出口分别为20亿元、9亿元。"
    )
    got = described(text)
    assert "Aksu 2022-H1 total yoy_growth: -5.5 percent" in got
    assert "Bayingolin 2022-H1 total yoy_growth: -8.2 percent" in got
    assert "Changji 2022-H1 total value: 2.0 billion CNY" in got
    assert "Bortala 2022-H1 total value: 900 million CNY" in got


def test_members_named_as_examples_of_a_group_pair_with_a_list() -> None:
    text = (
        " date 2018-10-15\n"
        "前三季度，我国对越南、泰国和印度等部分“一带一路”沿线国家进出口分别增长15%、9.5%和7.2%。"
    )
    got = described(text)
    assert "China with Vietnam 2018-01/2018-09 total yoy_growth: 15 percent" in got
    assert "China with Thailand 2018-01/2018-09 total yoy_growth: 9.5 percent" in got
    assert "China with India 2018-01/2018-09 total yoy_growth: 7.2 percent" in got


def test_the_province_named_back_is_its_own_benchmark() -> None:
    text = (
        " date 2019-11-15\n"
        "10月，福建省出口500亿元，增长5%。福建对东盟出口100亿元，增长15%，高出该省出口增速"
        "10个百分点。"
    )
    got = described(text)
    assert "Fujian with ASEAN 2019-10 exports growth_gap vs Fujian: 10 percentage_point" in got


def test_a_zone_named_after_a_city_is_a_segment_of_the_province() -> None:
    text = (
        " date 2014-01-20\n"
        "2013年，河南省进出口总值600亿美元。郑州出口加工区进出口总值200亿美元，"
        "占同期全省进出口总值的33.3%。"
    )
    got = described(text)
    segment = "Henan (Zhengzhou Export Processing Zone) 2013 total"
    assert f"{segment} value: 20.0 billion USD" in got
    assert f"{segment} share: 33.3 percent" in got
    assert not [f for f in extract(text).facts if f.subject == "Zhengzhou" or f.flow == "exports"]


def test_products_given_as_examples_of_an_unknown_category_are_not_its_segment() -> None:
    text = (
        " date 2020-10-20\n"
        "前三季度，江苏出口平板电脑、家具、玩具等“居家”商品合计900亿元，同比增长30%。"
        "出口机电产品、纺织服装等劳动密集型产品合计300亿元。"
    )
    got = described(text)
    assert not [f for f in extract(text).facts if f.segment in ("tablet computers", "toys")]
    assert reasons(text)["900亿元"] == "a product name not in the translation table: 居家商品"
    assert (
        "Jiangsu (labour-intensive products) 2020-01/2020-09 exports value: 30.0 billion CNY" in got
    )


def test_an_unknown_product_after_its_flow_word_is_skipped_not_the_whole_flow() -> None:
    text = (
        " date 2020-10-20\n"
        "前三季度，江苏进口500亿元。进口乳制品增加90%，进口食用植物油增长37%，进口牛肉增加20%。"
    )
    got = described(text)
    assert "Jiangsu (edible vegetable oil) 2020-01/2020-09 imports yoy_growth: 37 percent" in got
    assert "Jiangsu (beef) 2020-01/2020-09 imports yoy_growth: 20 percent" in got
    assert "Jiangsu 2020-01/2020-09 imports yoy_growth: 90 percent" not in got


def test_hong_kong_macao_taiwan_named_by_their_role_are_partners() -> None:
    text = (
        " date 2015-10-20\n"
        "前三季度，珠海市外贸进出口总值2000亿元。澳门是珠海最大的出口市场，累计出口300亿元，"
        "微降2.1%，占同期珠海市出口总值的20%；台湾地区则继续位列进口来源地首位，累计进口100亿元，"
        "略降0.5%。"
    )
    got = described(text)
    period = "2015-01/2015-09"
    assert f"Zhuhai with Macao {period} exports value: 30.0 billion CNY" in got
    assert f"Zhuhai with Macao {period} exports yoy_growth: -2.1 percent" in got
    assert f"Zhuhai with Macao {period} exports share: 20 percent" in got
    assert f"Zhuhai with Taiwan {period} imports value: 10.0 billion CNY" in got
    assert f"Zhuhai with Taiwan {period} imports yoy_growth: -0.5 percent" in got


def test_a_lead_opening_with_the_day_dates_the_article() -> None:
    # no date line; the lead opens with the day of the news; the first year written is
    # a base ("与2019年同期相比"), not the year reported
    text = (
        "上半年绵阳外贸创新高\n"
        "7月15日，记者从成都海关获悉，今年上半年绵阳进出口总值为300亿元，较去年同期增长16%，"
        "与2019年同期相比增长38%。2021年上半年，绵阳出口200亿元。"
    )
    got = described(text)
    assert "Mianyang 2021-H1 total value: 30.0 billion CNY" in got
    assert "Mianyang 2021-H1 total yoy_growth: 16 percent" in got
    assert extract(text).anchor is not None and str(extract(text).anchor) == "2021-07-15 (dateline)"


def test_the_year_reported_is_not_a_base_year_named_first() -> None:
    text = "今年上半年绵阳进出口总值为300亿元，与2019年同期相比增长38%。2021年上半年，绵阳出口200亿元。"
    assert "Mianyang 2021-H1 exports value: 20.0 billion CNY" in described(text)


def test_the_part_after_a_semicolon_goes_on_in_the_month_named_before_it() -> None:
    text = (
        " date 2021-07-16\n"
        "今年上半年，绵阳进出口总值300亿元，其中6月份进出口60亿元，创单月新高；进口25亿元，"
        "亦创单月新高。上半年出口180亿元。"
    )
    got = described(text)
    assert "Mianyang 2021-06 total value: 6.0 billion CNY" in got
    assert "Mianyang 2021-06 imports value: 2.5 billion CNY" in got
    assert "Mianyang 2021-H1 exports value: 18.0 billion CNY" in got


def test_the_national_decline_compared_with_is_chinas() -> None:
    # "小于全国下降X%的幅度": the nation's growth; the share of the national total and an
    # ASCII full stop do not carry the nation into the breakdown that follows
    text = (
        " date 2009-11-13\n"
        "1—10月，福建省进出口总值400亿美元，下降12%，小于全国下降19.9%的幅度，"
        "占全国进出口总值的3.5%.其中出口下降10%；进口下降15%。"
    )
    got = described(text)
    period = "2009-01/2009-10"
    assert f"China {period} total yoy_growth: -19.9 percent" in got
    assert f"Fujian {period} total yoy_growth: -12 percent" in got
    assert f"Fujian {period} exports yoy_growth: -10 percent" in got
    assert f"Fujian {period} imports yoy_growth: -15 percent" in got


def test_consecutive_months_since_a_month_give_one_record_each() -> None:
    text = (
        " date 2009-11-13\n"
        "1—10月，福建省进出口总值400亿美元。自7月起，福建省已连续4个月进出口值稳定在45亿美元以上。"
    )
    got = described(text)
    for month in ("07", "08", "09", "10"):
        assert f"Fujian 2009-{month} total value: more than 4.5 billion USD" in got


def test_a_category_after_a_list_with_deng_and_a_route_are_segments() -> None:
    text = (
        " date 2025-10-15\n"
        "前三季度，重庆进出口5000亿元，占中国进出口总值的比重达到1.5%。重庆汽车、笔记本电脑、"
        "生物医药等高技术产品出口超过1500亿元，增长20.5%。重庆经西部陆海新通道进出口600亿元，"
        "增长12%。"
    )
    got = described(text)
    period = "2025-01/2025-09"
    high_tech = f"Chongqing (high-tech products) {period} exports"
    assert f"{high_tech} value: more than 150.0 billion CNY" in got
    assert f"{high_tech} yoy_growth: 20.5 percent" in got
    corridor = f"Chongqing (New Western Land-Sea Corridor) {period} total"
    assert f"{corridor} value: 60.0 billion CNY" in got
    assert not [f for f in extract(text).facts if str(f.measure) == "share"]


def test_a_run_of_partner_abbreviations_is_a_list_of_partners() -> None:
    text = " date 2010-12-10\n前11个月，江苏省出口2000亿美元，其中对欧美日出口总值占全省出口总值的45.5%。"
    got = described(text)
    assert (
        "Jiangsu with EU, United States and Japan 2010-01/2010-11 exports share: 45.5 percent"
        in got
    )


def test_flows_with_their_directions_pair_with_a_qualified_list() -> None:
    text = (
        " date 2023-04-20\n"
        "一季度，湖北省外贸进出口总值中，出口增长、进口下降，分别超1000亿元、500亿元。"
    )
    got = described(text)
    assert "Hubei 2023-Q1 exports value: more than 100.0 billion CNY" in got
    assert "Hubei 2023-Q1 imports value: more than 50.0 billion CNY" in got


def test_a_growth_list_of_cities_or_products_goes_on_with_the_trade_before() -> None:
    text = (
        " date 2022-09-20\n"
        "1至8月，湖南进出口4000亿元，增长20%。岳阳、常德2市增速较快，分别增长60.5%、45%。"
        "湖南茶叶、陶瓷在海外畅销，分别同比增长30%、20%。全省规模以上工业增加值分别增长5%、6%。"
    )
    got = described(text)
    period = "2022-01/2022-08"
    assert f"Yueyang {period} total yoy_growth: 60.5 percent" in got
    assert f"Changde {period} total yoy_growth: 45 percent" in got
    assert f"Hunan (tea) {period} exports yoy_growth: 30 percent" in got
    assert f"Hunan (ceramics) {period} exports yoy_growth: 20 percent" in got
    assert len(got) == 6


def test_a_value_of_a_named_base_year_keeps_that_year() -> None:
    text = " date 2013-01-20\n2012年，甘肃外贸进出口总值90亿美元，同比2011年的80亿美元增长12.5%。"
    got = described(text)
    assert "Gansu 2011 total value: 8.0 billion USD" in got
    assert "Gansu 2012 total value: 9.0 billion USD" in got
    assert "Gansu 2012 total yoy_growth: 12.5 percent" in got


def test_the_middle_east_in_a_list_of_partners_is_a_partner() -> None:
    text = (
        " date 2025-12-10\n"
        "前11个月，广西对拉美、非洲、中东等新兴市场进出口值分别为300亿元、200亿元、100亿元。"
        "中东部地区企业增长较快。"
    )
    got = described(text)
    period = "2025-01/2025-11"
    assert f"Guangxi with Latin America {period} total value: 30.0 billion CNY" in got
    assert f"Guangxi with Middle East {period} total value: 10.0 billion CNY" in got


def test_last_years_own_growth_and_a_counted_category_after_deng() -> None:
    text = (
        " date 2016-04-15\n"
        "一季度，无锡市进出口800亿元，同比增长2%。外贸回升原因之一是去年同期累计跌幅5.5%，基数较低。"
        "一季度，无锡市出口纺织服装等7大类劳动密集型产品增长4.3%。"
    )
    got = described(text)
    assert "Wuxi 2015-Q1 total yoy_growth: -5.5 percent" in got
    assert "Wuxi 2016-Q1 total yoy_growth: 2 percent" in got
    assert "Wuxi (labour-intensive products) 2016-Q1 exports yoy_growth: 4.3 percent" in got


def test_a_china_pair_of_three_names_china_and_the_other_two() -> None:
    text = " date 2013-03-10\n2012年，中日韩三国贸易额达到6900亿美元，同比增长2%。"
    got = described(text)
    assert "China with Japan and South Korea 2012 total value: 690.0 billion USD" in got


# --- zhfam2: families of a fourth set of unseen Chinese articles ---


def test_first_quarters_written_with_a_digit() -> None:
    text = " date 2021-10-20\n今年前3季度，湖北进出口4000亿元，同比增长30%。第3季度出口900亿元。"
    got = described(text)
    assert "Hubei 2021-01/2021-09 total value: 400.0 billion CNY" in got
    assert "Hubei 2021-Q3 exports value: 90.0 billion CNY" in got


def test_pinyin_readings_left_in_brackets_are_dropped() -> None:
    text = (
        " date 2019-07-20\n"
        "經(jīng)濟日報訊 今年上半年，江西進(jìn)出口總值1500億元，增長(zhǎng)10%。"
    )
    got = described(text)
    assert "Jiangxi 2019-H1 total value: 150.0 billion CNY" in got
    assert "Jiangxi 2019-H1 total yoy_growth: 10 percent" in got


def test_a_translation_note_in_brackets_names_no_subject() -> None:
    text = (
        " date 2024-04-15\n"
        "海關總署發布數據顯示，一季度，中國對東盟（台灣譯東協）進出口總值1.6萬億元，同比增長5%。"
    )
    got = described(text)
    assert "China with ASEAN 2024-Q1 total value: 1.6 trillion CNY" in got
    assert "China with ASEAN 2024-Q1 total yoy_growth: 5 percent" in got


def test_our_province_glossed_with_its_name_in_brackets() -> None:
    text = (
        " date 2015-04-28\n"
        "记者获悉，一季度我省（甘肃省）进出口总值20亿美元，同比增长8%。"
        "其中，兰州石化有限公司出口增长12%。"
    )
    got = described(text)
    assert "Gansu 2015-Q1 total value: 2.0 billion USD" in got
    assert "Gansu 2015-Q1 total yoy_growth: 8 percent" in got


def test_a_county_level_city_reporting_its_own_trade_is_the_subject() -> None:
    text = (
        " date 2019-05-10\n"
        "今年1-4月，慈溪实现进出口总额30亿美元，同比增长6%，增幅高于宁波大市。"
        "其中出口25亿美元，增长7%。"
    )
    got = described(text)
    assert "Cixi 2019-01/2019-04 total value: 3.0 billion USD" in got
    assert "Cixi 2019-01/2019-04 exports value: 2.5 billion USD" in got
    assert not any(g.startswith("Ningbo") for g in got)


def test_a_yearless_part_of_a_year_is_the_one_stated_with_its_year() -> None:
    text = (
        " date 2024-09-05\n"
        "今年前8个月，中国对拉美进出口1.5万亿元，增长6%。\n"
        "2023年，中拉贸易指数达到1200点，创历史新高。\n"
        "前8个月，中国对拉美出口8000亿元，增长5%。"
    )
    got = described(text)
    assert "China with Latin America 2024-01/2024-08 exports value: 800.0 billion CNY" in got
    assert not any("2023-01/2023-08" in g for g in got)


def test_a_dateline_place_and_older_data_named_without_figures() -> None:
    text = (
        " date 2021-11-10\n"
        "新华社上海11月10日电 商务部负责人介绍，1至10月，我国进出口总额同比增长22%。"
        "据国际组织数据，前8个月，我国增速高于主要经济体。\n"
        "数据显示，与东盟进出口增长20%。"
    )
    got = described(text)
    assert "China 2021-01/2021-10 total yoy_growth: 22 percent" in got
    assert "China with ASEAN 2021-01/2021-10 total yoy_growth: 20 percent" in got
    assert not any(g.startswith("Shanghai") for g in got)


def test_flows_of_a_later_breakdown_do_not_name_the_whole() -> None:
    text = " date 2008-05-10\n2007年吉林省对日贸易同比增长30%，其中出口、进口增速分别为35%和20%。"
    got = described(text)
    assert "Jilin with Japan 2007 total yoy_growth: 30 percent" in got
    assert "Jilin with Japan 2007 exports yoy_growth: 35 percent" in got
    assert "Jilin with Japan 2007 imports yoy_growth: 20 percent" in got


def test_a_list_of_points_repeating_the_measure_word() -> None:
    text = (
        " date 2014-04-30\n一季度，贵州省进出口总值20亿美元，同比增长30%。"
        "进出口、进口、出口增速分别高于全国平均增速22个、18个、6个百分点。"
    )
    got = described(text)
    assert "Guizhou 2014-Q1 total growth_gap vs China: 22 percentage_point" in got
    assert "Guizhou 2014-Q1 imports growth_gap vs China: 18 percentage_point" in got
    assert "Guizhou 2014-Q1 exports growth_gap vs China: 6 percentage_point" in got


def test_a_regions_own_figure_in_brackets_after_its_name() -> None:
    text = (
        " date 2011-03-01\n"
        "2010年新疆对中亚贸易额实现200亿美元，领先于其后的甘肃（30亿美元）、宁夏（10亿美元）。"
    )
    got = described(text)
    assert "Xinjiang with Central Asia 2010 total value: 20.0 billion USD" in got
    assert "Gansu with Central Asia 2010 total value: 3.0 billion USD" in got
    assert "Ningxia with Central Asia 2010 total value: 1.0 billion USD" in got


def test_a_future_with_jiang_is_a_forecast() -> None:
    text = " date 2005-09-22\n1-8月，威海市进出口60亿美元，增长20%，全年将突破90亿美元。"
    got = described(text)
    assert "Weihai 2005-01/2005-08 total value: 6.0 billion USD" in got
    assert not any("9.0 billion" in g for g in got)
    assert "a forecast, not a reported figure" in reasons(text).values()


def test_the_nations_own_growth_named_as_a_benchmark() -> None:
    text = (
        " date 2019-10-21\n前三季度，四川外贸进出口4900亿元，同比增长25%，"
        "高于同期全国2.8%的整体进出口增幅。"
    )
    got = described(text)
    assert "China 2019-01/2019-09 total yoy_growth: 2.8 percent" in got
    assert "Sichuan 2019-01/2019-09 total yoy_growth: 25 percent" in got
    assert not any("growth_gap" in g for g in got)


def test_a_segment_said_without_a_figure_does_not_reach_a_later_partner() -> None:
    text = (
        " date 2006-09-20\n1-8月，威海市进出口60亿美元，增长20%。"
        "一般贸易出口稳步增长，对日本出口增长15%。机电产品出口快速增长，增长18%。"
    )
    got = described(text)
    assert "Weihai with Japan 2006-01/2006-08 exports yoy_growth: 15 percent" in got
    assert (
        "Weihai (mechanical and electrical products) 2006-01/2006-08 exports yoy_growth: 18 percent"
        in got
    )


def test_a_share_of_a_partner_groups_total_by_its_members_is_skipped() -> None:
    text = (
        " date 2020-10-20\n前三季度，广西对东盟进出口2000亿元，增长10%，占全区外贸总值的50%。"
        "其中对泰国增长20%，占对东盟外贸总值的15%。"
    )
    got = described(text)
    assert "Guangxi with ASEAN 2020-01/2020-09 total share: 50 percent" in got
    assert "Guangxi with Thailand 2020-01/2020-09 total yoy_growth: 20 percent" in got
    assert not any("15 percent" in g for g in got)
    assert "a share of trade with a partner group by some of its members" in reasons(text).values()


def test_a_share_reached_after_its_change_without_a_comma() -> None:
    text = (
        " date 2019-11-12\n1至10月，我国进出口总额同比增长2.4%。"
        "与东盟进出口增长12%，占比较去年同期提升1.5个百分点至14.2%。"
    )
    got = described(text)
    assert "China with ASEAN 2019-01/2019-10 total share: 14.2 percent" in got
    assert not any("1.5" in g or "yoy_growth: 14.2" in g for g in got)


def test_all_three_flows_opening_a_sentence_take_no_partner_from_before() -> None:
    text = (
        " date 2019-05-16\n今年1-4月，江阴进出口总额50亿美元，同比增长12%。"
        "对美国出口增长9%。进出口、出口、进口增速分别高于全国平均增速7个、9个、4个百分点。"
    )
    got = described(text)
    assert "Jiangyin with United States 2019-01/2019-04 exports yoy_growth: 9 percent" in got
    assert "Jiangyin 2019-01/2019-04 total growth_gap vs China: 7 percentage_point" in got
    assert "Jiangyin 2019-01/2019-04 imports growth_gap vs China: 4 percentage_point" in got


# --- zhfam3: families of a fifth set of unseen Chinese articles (round 6) ---


def test_an_events_venue_is_not_the_reporter() -> None:
    text = (
        " date 2023-09-10\n"
        "第20届中国—东盟博览会将于9月16日在广西南宁开幕。据海关统计，前8个月，"
        "我国对东盟进出口4万亿元，同比增长3%。其中出口2.4万亿元，增长5%。"
    )
    got = described(text)
    assert "China with ASEAN 2023-01/2023-08 total value: 4 trillion CNY" in got
    assert "China with ASEAN 2023-01/2023-08 exports value: 2.4 trillion CNY" in got
    assert not any(g.startswith("Guangxi") for g in got)
    other = (
        " date 2019-06-12\n"
        "中国—中东欧国家博览会在浙江宁波隆重举行。今年前5个月，我国对中东欧国家进出口"
        "3000亿元，增长8%。"
    )
    got = described(other)
    assert got
    assert all(g.startswith("China") for g in got)


def test_a_dateline_with_xiaoxi_names_no_reporter() -> None:
    text = (
        " date 2018-04-14\n"
        "央广网北京4月14日消息 海关总署发布，今年一季度我国外贸进出口总值6万亿元，"
        "同比增长9%。贸易顺差3000亿元，收窄20%。"
    )
    got = described(text)
    assert "China 2018-Q1 total value: 6 trillion CNY" in got
    assert "China 2018-Q1 balance value: 300.0 billion CNY" in got
    other = " date 2020-03-08\n人民网上海3月8日报道 前两个月，全国出口2万亿元，下降15%。"
    assert "China 2020-01/2020-02 exports value: 2 trillion CNY" in described(other)


def test_as_of_a_months_end_is_the_year_to_date() -> None:
    text = (
        " date 2005-12-20\n"
        "截至11月底，河北省外贸进出口总值150亿美元，同比增长20%。"
        "截止到11月末，全省出口100亿美元。"
    )
    got = described(text)
    assert "Hebei 2005-01/2005-11 total value: 15.0 billion USD" in got
    assert "Hebei 2005-01/2005-11 exports value: 10.0 billion USD" in got
    other = " date 2024-06-10\n截至今年5月底，江苏进出口总值2万亿元，增长6%。"
    assert "Jiangsu 2024-01/2024-05 total value: 2 trillion CNY" in described(other)


def test_ahead_by_a_month_is_no_first_month() -> None:
    text = (
        " date 2005-12-20\n"
        "1至11月，河北省进出口150亿美元。其中，出口、进口分别以100亿美元和50亿美元"
        "提前一个月刷新年度纪录，增速分别达18%和23%。"
    )
    got = described(text)
    assert "Hebei 2005-01/2005-11 exports value: 10.0 billion USD" in got
    assert "Hebei 2005-01/2005-11 imports yoy_growth: 23 percent" in got
    assert not any("2005-01 " in g for g in got)


def test_this_year_in_a_text_of_the_same_year_is_the_year_to_date() -> None:
    text = (
        " date 2005-12-20\n"
        "1至11月，河北省进出口150亿美元，增长20%。今年高技术产品出口首次超过2亿美元。"
    )
    got = described(text)
    assert (
        "Hebei (high-tech products) 2005-01/2005-11 exports value: more than 200 million USD" in got
    )
    other = " date 2016-10-15\n前三季度，湖南进出口1300亿元。今年机电产品的出口值增长12%。"
    assert (
        "Hunan (mechanical and electrical products) 2016-01/2016-09 exports yoy_growth: 12 percent"
        in described(other)
    )


def test_older_kinds_of_enterprise_and_customs_product_classes() -> None:
    text = (
        " date 2006-01-20\n"
        "2005年，河北省私营企业出口28亿美元，三资企业出口31亿美元。"
        "工业制品出口80亿美元，初级产品出口17亿美元。"
    )
    got = described(text)
    assert "Hebei (private enterprises) 2005 exports value: 2.8 billion USD" in got
    assert "Hebei (foreign-invested enterprises) 2005 exports value: 3.1 billion USD" in got
    assert "Hebei (manufactured industrial products) 2005 exports value: 8.0 billion USD" in got
    assert "Hebei (primary products) 2005 exports value: 1.7 billion USD" in got


def test_a_counted_list_of_a_groups_members_is_that_list() -> None:
    text = (
        " date 2023-08-30\n"
        "1至7月，河北对南非、巴西、印度、俄罗斯四个金砖国家进出口600亿元，增长12%。\n"
        "1至7月，河北对四个金砖国家出口机电产品180亿元。"
    )
    got = described(text)
    listed = "South Africa, Brazil, India and Russia"
    assert f"Hebei with {listed} 2023-01/2023-07 total value: 60.0 billion CNY" in got
    assert (
        f"Hebei with {listed} (mechanical and electrical products) 2023-01/2023-07 exports value:"
        " 18.0 billion CNY" in got
    )
    assert not any("BRICS" in g for g in got)
    other = (
        " date 2024-03-01\n2023年，山东对越南、泰国两个东盟国家出口500亿元。"
        "山东对越南、泰国等东盟国家进口增长9%。"
    )
    got = described(other)
    assert "Shandong with Vietnam and Thailand 2023 exports value: 50.0 billion CNY" in got
    assert "Shandong with ASEAN 2023 imports yoy_growth: 9 percent" in got


def test_a_period_written_before_another_figure_is_that_figures_own() -> None:
    text = (
        " date 2017-12-14\n"
        "前11个月，山东省进出口1.6万亿元。11月当月进出口1500亿元。"
        "其中，出口880亿元，仅次于今年1月份的890亿元，同比增长10%。"
    )
    got = described(text)
    assert "Shandong 2017-11 exports value: 88.0 billion CNY" in got
    assert "Shandong 2017-11 exports yoy_growth: 10 percent" in got
    # (the value compared with keeps its own month)
    assert "Shandong 2017-01 exports value: 89.0 billion CNY" in got
    other = " date 2021-06-20\n5月份，浙江出口2500亿元，略低于去年12月的2600亿元，增长20%。"
    got = described(other)
    assert "Zhejiang 2021-05 exports value: 250.0 billion CNY" in got
    assert "Zhejiang 2021-05 exports yoy_growth: 20 percent" in got


def test_a_citys_share_of_its_provinces_total_is_no_fact() -> None:
    text = (
        " date 2017-12-14\n"
        "前11个月，山东省进出口1.6万亿元。青岛、烟台分别进出口4500亿元、2800亿元，"
        "分别占全省进出口总值的28%、17%。"
    )
    got = described(text)
    assert "Qingdao 2017-01/2017-11 total value: 450.0 billion CNY" in got
    assert not any("share" in g for g in got)
    assert (
        reasons(text)["28%"] == "a city's share of its province's total (not a fact of the schema)"
    )
    other = (
        " date 2023-07-20\n上半年，江苏进出口2.5万亿元。南京、无锡、常州进出口分别增长5%、"
        "6%和7%，分别占全省的10%、8%和5%。"
    )
    got = described(other)
    assert "Wuxi 2023-H1 total yoy_growth: 6 percent" in got
    assert not any("share" in g for g in got)


def test_the_four_quarters_of_a_year_pair_with_a_list() -> None:
    text = (
        " date 2017-01-18\n"
        "2016年4个季度，四川外贸进出口值分别为600亿元、700亿元、880亿元和1000亿元，"
        "分别同比增长5%、0.2%、14.7%和45%。"
    )
    got = described(text)
    assert "Sichuan 2016-Q1 total value: 60.0 billion CNY" in got
    assert "Sichuan 2016-Q4 total value: 100.0 billion CNY" in got
    assert "Sichuan 2016-Q1 total yoy_growth: 5 percent" in got
    assert "Sichuan 2016-Q3 total yoy_growth: 14.7 percent" in got
    other = " date 2020-01-20\n2019年一至四季度，云南出口分别增长8%、9%、10%和12%。"
    got = described(other)
    assert "Yunnan 2019-Q2 exports yoy_growth: 9 percent" in got
    assert "Yunnan 2019-Q4 exports yoy_growth: 12 percent" in got


def test_a_china_pair_right_after_a_period_and_more_pair_abbreviations() -> None:
    text = (
        " date 2023-08-24\n"
        "海关总署数据显示，今年前7个月中非贸易规模为1万亿元，同比增长7%。"
        "今年前7个月中南双边贸易2000亿元，同比增长10%。"
    )
    got = described(text)
    assert "China with Africa 2023-01/2023-07 total value: 1 trillion CNY" in got
    assert "China with South Africa 2023-01/2023-07 total value: 200.0 billion CNY" in got
    other = " date 2019-04-20\n据海关统计，一季度中智贸易额80亿美元，增长6%。"
    assert "China with Chile 2019-Q1 total value: 8.0 billion USD" in described(other)


def test_a_members_share_of_trade_with_its_group_is_no_fact() -> None:
    text = (
        " date 2023-08-24\n"
        "前7个月，中国对尼日利亚、安哥拉进出口额分别达900亿元、800亿元，"
        "在中非贸易中分别占8%、7%。"
    )
    got = described(text)
    assert "China with Nigeria 2023-01/2023-07 total value: 90.0 billion CNY" in got
    assert not any("share" in g for g in got)
    other = (
        " date 2023-08-24\n"
        "前7个月，中国与南非双边贸易2000亿元，同比增长10%，占同期中国对非洲进出口总值的20%。"
    )
    got = described(other)
    assert "China with South Africa 2023-01/2023-07 total yoy_growth: 10 percent" in got
    assert not any("share" in g for g in got)


def test_the_partner_of_a_bilateral_lead_holds_for_items_without_one() -> None:
    text = (
        " date 2019-06-14\n"
        "据湛江海关统计，今年1月至4月，湛江对俄罗斯进出口总值30亿元，同比增长12%。\n"
        "今年1月至4月，国有企业对俄罗斯进出口28亿元；民营企业进出口1.9亿元，同比下降27%。"
    )
    got = described(text)
    assert (
        "Zhanjiang with Russia (private enterprises) 2019-01/2019-04 total value: 190 million CNY"
        in got
    )
    other = (
        " date 2010-05-20\n"
        "1-4月，广西对东盟进出口20亿美元，增长30%。\n"
        "其中，机电产品共出口4.3亿美元。"
    )
    assert (
        "Guangxi with ASEAN (mechanical and electrical products) 2010-01/2010-04 exports value:"
        " 430 million USD" in described(other)
    )
    # a lead about the reporter's whole trade next: no bilateral story
    world = (
        " date 2011-11-28\n"
        "前10月，云南与东盟的贸易额达49亿美元，同比增长38%。"
        "云南省前10个月的进出口总额达132亿美元。其中，机电产品出口增长20%。"
    )
    assert (
        "Yunnan (mechanical and electrical products) 2011-01/2011-10 exports yoy_growth: 20 percent"
        in (described(world))
    )


def test_a_country_name_with_brackets_in_a_list_of_partners() -> None:
    text = (
        " date 2022-07-20\n"
        "上半年，甘肃省对哈萨克斯坦、刚果(金)和欧盟进出口值分别为80亿元、24亿元和21亿元。"
    )
    got = described(text)
    assert "Gansu with Democratic Republic of the Congo 2022-H1 total value: 2.4 billion CNY" in got
    assert "Gansu with EU 2022-H1 total value: 2.1 billion CNY" in got
    other = " date 2023-04-20\n一季度，湖南对刚果（布）出口3亿元，增长9%。"
    assert "Hunan with Republic of the Congo 2023-Q1 exports value: 300 million CNY" in (
        described(other)
    )


def test_months_written_in_chinese_numerals() -> None:
    text = (
        " date 2019-04-13\n"
        "一季度，我国外贸进出口7万亿元，增长3.7%。三月份，我国外贸进出口2.46万亿元，增长9.6%。"
    )
    got = described(text)
    assert "China 2019-03 total value: 2.46 trillion CNY" in got
    assert "China 2019-Q1 total value: 7 trillion CNY" in got
    other = " date 2018-06-20\n一至五月，浙江出口8000亿元，增长10%。"
    assert "Zhejiang 2018-01/2018-05 exports value: 800.0 billion CNY" in described(other)


def test_a_past_mark_after_ji_does_not_set_the_period_of_what_follows() -> None:
    text = (
        " date 2011-07-14\n"
        "上半年海南进出口总值60亿美元，增长35%。继去年海南省加工贸易首次突破10亿美元后，"
        "上半年加工贸易进口9亿美元。民营企业出口5.1亿美元，增长57%。"
    )
    got = described(text)
    assert "Hainan (private enterprises) 2011-H1 exports value: 510 million USD" in got
    assert "Hainan (private enterprises) 2011-H1 exports yoy_growth: 57 percent" in got
    other = (
        " date 2019-08-10\n"
        "前7个月，福建出口4000亿元。继2018年出口首次突破7000亿元后，民营企业出口2500亿元。"
        "机电产品出口1500亿元。"
    )
    got = described(other)
    assert (
        "Fujian (mechanical and electrical products) 2019-01/2019-07 exports value:"
        " 150.0 billion CNY" in got
    )


def test_a_list_of_months_pairs_with_a_list_of_figures() -> None:
    text = (
        " date 2013-01-20\n"
        "2012年，湖南进出口219亿美元。11月、12月进出口额爆发性增长，分别达到25.9亿美元和"
        "34.7亿美元，同比分别增长52.9%和90%。"
    )
    got = described(text)
    assert "Hunan 2012-11 total value: 2.59 billion USD" in got
    assert "Hunan 2012-12 total value: 3.47 billion USD" in got
    assert "Hunan 2012-12 total yoy_growth: 90 percent" in got
    other = " date 2020-07-15\n上半年，广东出口3万亿元。5月和6月出口分别增长3%、8%。"
    got = described(other)
    assert "Guangdong 2020-05 exports yoy_growth: 3 percent" in got
    assert "Guangdong 2020-06 exports yoy_growth: 8 percent" in got


def test_a_figure_without_some_factor_is_skipped() -> None:
    text = (
        " date 2015-04-20\n"
        "一季度，山西进出口增长20%。剔除这一因素，则我省一季度进出口下降4.9%，其中出口增长8.3%。"
    )
    got = described(text)
    assert "Shanxi 2015-Q1 total yoy_growth: 20 percent" in got
    assert not any("-4.9" in g or "8.3" in g for g in got)
    assert reasons(text)["4.9%"].startswith("a figure without some factor")
    other = " date 2016-01-20\n2015年，浙江出口增长2%，如不考虑价格因素影响，出口增长6%。"
    assert reasons(other)["6%"].startswith("a figure without some factor")
    # growth in dollars, net of the exchange rate, is the figure the release reports
    dollars = " date 2014-01-14\n2013年，广东进出口扣除汇率因素同比增长10.9%。"
    assert "Guangdong 2013 total yoy_growth: 10.9 percent" in described(dollars)


def test_a_list_mark_before_he_in_a_list_of_figures() -> None:
    text = (
        " date 2017-05-20\n"
        "前4个月，江苏出口1万亿元。出口笔记本电脑、手机、液晶显示板分别增长12%、90.8%、和27.6%。"
    )
    got = described(text)
    assert "Jiangsu (mobile phones) 2017-01/2017-04 exports yoy_growth: 90.8 percent" in got
    assert "Jiangsu (LCD panels) 2017-01/2017-04 exports yoy_growth: 27.6 percent" in got
    other = " date 2021-03-20\n前两个月，四川对美国、欧盟出口分别为100亿元、及80亿元。"
    got = described(other)
    assert "Sichuan with EU 2021-01/2021-02 exports value: 8.0 billion CNY" in got


def test_of_which_without_a_flow_word_breaks_down_the_flow_before() -> None:
    text = (
        " date 2022-04-20\n"
        "一季度，天津市进出口2000亿元。出口方面，一季度天津市出口机电产品530亿元，增长7%。"
        "其中，集成电路、蓄电池等分别增长17.7%、63.1%。"
    )
    got = described(text)
    assert "Tianjin (integrated circuits) 2022-Q1 exports yoy_growth: 17.7 percent" in got
    assert "Tianjin (storage batteries) 2022-Q1 exports yoy_growth: 63.1 percent" in got
    other = " date 2023-07-20\n上半年，浙江进口原油等大宗商品3000亿元。其中，铁矿砂、天然气分别下降5%和8%。"
    got = described(other)
    assert "Zhejiang (iron ore) 2023-H1 imports yoy_growth: -5 percent" in got


# --- zhfam4: families of a seventh set of unseen Chinese articles (round 7) ---


def test_first_n_months_written_shou_or_tou() -> None:
    # Hong Kong copy writes 首7月 / 首七个月, colloquial copy 头两个月, for 前N个月
    text = " date 2025-09-10\n中国首7月对美国出口1000亿美元。"
    assert "China with United States 2025-01/2025-07 exports value: 100.0 billion USD" in (
        described(text)
    )
    other = " date 2019-03-12\n头两个月，浙江省出口2000亿元，增长5%。"
    got = described(other)
    assert "Zhejiang 2019-01/2019-02 exports value: 200.0 billion CNY" in got
    assert "Zhejiang 2019-01/2019-02 exports yoy_growth: 5 percent" in got


def test_jiang_and_die_alone_before_a_percentage_are_falls() -> None:
    # headline style: 出口降6%, 进口跌5% (not 降至 / 跌至, a level)
    text = " date 2025-09-10\n前7个月中国对东盟出口降18%，自日本进口跌5%。"
    got = described(text)
    assert "China with ASEAN 2025-01/2025-07 exports yoy_growth: -18 percent" in got
    assert "China with Japan 2025-01/2025-07 imports yoy_growth: -5 percent" in got


def test_a_product_goes_on_through_its_breakdown_by_market() -> None:
    text = (
        " date 2025-09-10\n"
        "今年1-7月，中国家用纺织品对美出口有所下降，对美国出口50亿美元，同比下降6%；"
        "对欧盟出口20亿美元，同比增长7.8%；对澳州出口6亿美元，下降4.5%。"
    )
    got = described(text)
    assert "China with EU (home textiles) 2025-01/2025-07 exports value: 2.0 billion USD" in got
    assert (
        "China with Australia (home textiles) 2025-01/2025-07 exports value: 600 million USD" in got
    )
    other = (
        " date 2018-08-10\n"
        "上半年，山东机电产品对东盟出口100亿元；对日本出口40亿元；自韩国进口30亿元。"
    )
    got = described(other)
    assert (
        "Shandong with Japan (mechanical and electrical products) 2018-H1 exports value: "
        "4.0 billion CNY" in got
    )
    assert (
        "Shandong with South Korea (mechanical and electrical products) 2018-H1 imports value: "
        "3.0 billion CNY" in got
    )
    # a part that names its own product keeps it; one after a national figure gets none
    plain = " date 2018-08-10\n上半年，山东出口100亿元；对日本出口40亿元。"
    assert "Shandong with Japan 2018-H1 exports value: 4.0 billion CNY" in described(plain)


def test_home_textile_and_machinery_lines_are_products() -> None:
    text = " date 2025-09-10\n1-7月，中国床品出口80亿美元，增长1%；毛巾出口10亿美元，下降10%。"
    got = described(text)
    assert "China (bedding) 2025-01/2025-07 exports value: 8.0 billion USD" in got
    assert "China (towels) 2025-01/2025-07 exports yoy_growth: -10 percent" in got
    other = " date 2012-01-20\n2011年，山东汽车及零部件、铁路机车分别出口60亿、3亿美元。"
    got = described(other)
    assert "Shandong (automobiles and parts) 2011 exports value: 6.0 billion USD" in got
    assert "Shandong (railway locomotives) 2011 exports value: 300 million USD" in got


def test_the_export_size_of_a_group_of_firms_is_no_value() -> None:
    text = " date 2012-01-20\n2011年，山东省出口过千万美元企业545家，出口100亿美元。"
    got = described(text)
    assert "Shandong 2011 exports value: 10.0 billion USD" in got
    assert not any("10 million" in g for g in got)
    why = reasons(" date 2012-01-20\n2011年，浙江进出口额超5000万元的企业300家。")
    assert why["5000万元"].startswith("the size that defines a group of firms")


def test_the_nations_own_trade_after_a_bilateral_lead_is_with_the_world() -> None:
    text = (
        " date 2025-09-08\n"
        "今年前八个月，中美贸易总值为2万亿元，下降13%。\n"
        "海关总署公布的数据显示，今年前八个月，中国进出口总值30万亿元，增长3%。"
    )
    got = described(text)
    assert "China 2025-01/2025-08 total value: 30 trillion CNY" in got
    assert "China with United States 2025-01/2025-08 total value: 2 trillion CNY" in got
    other = " date 2024-08-08\n前7个月，中国对非州进出口1万亿元。\n根据数据，7月当月，中国进出口3万亿元。"
    got = described(other)
    assert "China with Africa 2024-01/2024-07 total value: 1 trillion CNY" in got
    assert "China 2024-07 total value: 3 trillion CNY" in got


def test_the_data_of_a_flow_gives_no_flow() -> None:
    # 综合进口数据 ("with the import data"): the trade figure after it is the total
    text = (
        " date 2017-04-26\n一季度黑龙江省对俄出口3亿美元。综合进口数据，对俄贸易实现20亿美元，"
        "同比增长40%。"
    )
    got = described(text)
    assert "Heilongjiang with Russia 2017-Q1 total value: 2.0 billion USD" in got
    other = " date 2017-04-26\n据出口统计，一季度福建对美国贸易50亿元。"
    assert "Fujian with United States 2017-Q1 total value: 5.0 billion CNY" in described(other)


def test_emerging_markets_alone_and_after_a_list() -> None:
    alone = " date 2025-12-10\n前11个月，福建对新兴市场出口1000亿元，增长5%。"
    got = described(alone)
    assert "Fujian with emerging markets 2025-01/2025-11 exports value: 100.0 billion CNY" in got
    listed = " date 2025-12-10\n前11个月，福建对拉美、非洲、中东等新兴市场出口1000亿元。"
    got = described(listed)
    assert not any("emerging" in g for g in got)
    assert any("Latin America" in g for g in got)


def test_a_figure_said_of_each_listed_city_is_not_the_provinces() -> None:
    text = (
        " date 2017-12-14\n前11个月，山东省进出口1.6万亿元。"
        "青岛、烟台两市进出口占比近五成，进出口均超千亿元。"
    )
    # (each listed city's, round 24: one record per place the bound is said of)
    got = described(text)
    assert got == {
        "Shandong 2017-01/2017-11 total value: 1.6 trillion CNY",
        "Qingdao 2017-01/2017-11 total value: more than 100.0 billion CNY",
        "Yantai 2017-01/2017-11 total value: more than 100.0 billion CNY",
    }
    other = " date 2017-12-14\n前11个月，江苏省进出口3万亿元。苏州、无锡、南京出口均超过1000亿元。"
    got = described(other)
    assert "Jiangsu 2017-01/2017-11 total value: 3 trillion CNY" in got
    assert not any(d.startswith("Jiangsu") and "exports" in d for d in got), got
    # (a place not in the list between it and the figure: whose the figure is is unclear)
    third = (
        " date 2017-12-14\n前11个月，江苏省进出口3万亿元。苏州、无锡两市增长较快，"
        "南京出口均超过1000亿元。"
    )
    assert not any("100.0 billion" in d for d in described(third)), described(third)


def test_a_city_before_shichang_leaves_the_market_word_whole() -> None:
    # 义乌市场采购: 义乌 + 市场采购 (market procurement), not 义乌市 + 场采购
    text = " date 2021-07-23\n今年上半年，义乌市场采购出口1000亿元，增长40%。"
    got = described(text)
    assert "Yiwu (market procurement) 2021-H1 exports value: 100.0 billion CNY" in got
    other = " date 2021-07-23\n今年上半年，广州市场采购出口500亿元。"
    assert "Guangzhou (market procurement) 2021-H1 exports value: 50.0 billion CNY" in (
        described(other)
    )
    assert "Yiwu 2021-H1 exports value: 150.0 billion CNY" in described(
        " date 2021-07-23\n今年上半年，义乌市出口1500亿元。"
    )


def test_electrical_and_electronic_products() -> None:
    text = " date 2011-05-20\n1-4月，中国电器及电子产品出口1000亿美元，增长26%。"
    got = described(text)
    assert (
        "China (electrical and electronic products) 2011-01/2011-04 exports yoy_growth: 26 percent"
        in got
    )


def test_a_foreign_countrys_own_trade_with_china() -> None:
    # 马来西亚对华出口 / 越南自中国进口: the foreign country reports, China is the partner
    text = (
        " date 2023-04-10\n前两个月，广西对东盟进出口500亿元。"
        "2022年马来西亚对华出口占马来西亚出口总额13.6%，自中国进口占马来西亚进口总额21.3%。"
    )
    got = described(text)
    assert "Malaysia with China 2022 exports share: 13.6 percent" in got
    assert "Malaysia with China 2022 imports share: 21.3 percent" in got
    other = " date 2023-04-10\n去年越南自中国进口1000亿美元，增长5%。"
    assert "Vietnam with China 2022 imports value: 100.0 billion USD" in described(other)
    # a Chinese reporter's trade with the country stays the reporter's
    own = " date 2023-04-10\n前两个月，广西对越南出口100亿元，增长5%。"
    assert "Guangxi with Vietnam 2023-01/2023-02 exports value: 10.0 billion CNY" in described(own)
