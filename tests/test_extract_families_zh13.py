"""Phrasing families met on a thirteenth set of unseen Chinese articles (round 12).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

import datetime

from extract_helpers import described, reasons


# --- a growth written with its minus sign ---------------------------------------------------
def test_a_growth_written_with_a_minus_sign_is_negative() -> None:
    # statistics copy writes a fall as "增长-8.4%"; the fullwidth minus too
    text = "2019年，湖北省出口1500亿元，同比增长-8.4%；进口900亿元，增速为－2.6%。"
    got = described(text)
    assert "Hubei 2019 exports yoy_growth: -8.4 percent" in got
    assert "Hubei 2019 imports yoy_growth: -2.6 percent" in got


def test_a_list_of_growths_by_quarter_with_a_negative_one() -> None:
    text = (
        "2018年4个季度，云南省外贸进出口值分别为300亿元、350亿元、380亿元和420亿元，"
        "分别同比增长-12.5%、3.1%、8.8%和20%。"
    )
    got = described(text)
    assert "Yunnan 2018-Q1 total yoy_growth: -12.5 percent" in got
    assert "Yunnan 2018-Q2 total yoy_growth: 3.1 percent" in got
    assert "Yunnan 2018-Q4 total yoy_growth: 20 percent" in got


def test_a_dash_after_a_figure_is_a_range_not_a_minus() -> None:
    # the guard: "5%-8%" never makes the second figure negative
    got = described("2019年，湖北省出口增长5%-8%。")
    assert not [d for d in got if "-8 percent" in d]


# --- 分别 after a list of products named as examples of a class -----------------------------
def test_products_listed_before_deng_and_their_class_pair_with_the_figures() -> None:
    text = (
        "2022年前三季度，我国对东盟出口汽车零部件、锂电池、自动数据处理设备的零附件等中间产品"
        "分别增长了21.5%、17.2%和9.6%。同期，自东盟进口能源产品、农产品也分别增长了4.1%和12.3%。"
    )
    got = described(text)
    assert "China with ASEAN (auto parts) 2022-01/2022-09 exports yoy_growth: 21.5 percent" in got
    assert (
        "China with ASEAN (parts of automatic data processing equipment) 2022-01/2022-09 "
        "exports yoy_growth: 9.6 percent" in got
    )
    assert (
        "China with ASEAN (energy products) 2022-01/2022-09 imports yoy_growth: 4.1 percent" in got
    )
    assert (
        "China with ASEAN (agricultural products) 2022-01/2022-09 imports yoy_growth: "
        "12.3 percent" in got
    )


def test_a_class_after_deng_with_multiples_in_the_list() -> None:
    # growth of N倍 is no fact, but it is an item of the list: the last figure is the third's
    text = "2021年上半年，福建省出口电动载人汽车、太阳能电池和锂电池等新能源产品分别增长2.1倍、1.3倍和45%。"
    got = described(text)
    assert "Fujian (lithium batteries) 2021-H1 exports yoy_growth: 45 percent" in got
    assert len(got) == 1


# --- 创下今年新高: a record's span is no period ---------------------------------------------
def test_a_record_of_this_year_leaves_the_month_its_period() -> None:
    text = (
        "2017年10月18日\n今年1-9月，温州累计进出口1500亿元，9月份温州市进出口额为210亿元，"
        "创下今年新高，环比增长7.2%。8月份，温州出口150亿元，为今年最低，环比下降2%。"
    )
    got = described(text)
    assert "Wenzhou 2017-09 total mom_growth: 7.2 percent" in got
    assert "Wenzhou 2017-08 exports mom_growth: -2 percent" in got
    assert not [d for d in got if " 2017 " in d]


# --- Hong Kong and Taiwan copy: 前三季 / 首季, 东协, 兆 with 亿 --------------------------------
def test_quarters_written_without_du_in_hong_kong_copy() -> None:
    text = "2024年10月20日\n首三季，澳门货物进出口值120亿元，同比增长6%。今年首季，澳门出口增长3%。"
    got = described(text)
    assert "Macao 2024-01/2024-09 total value: 12.0 billion MOP" in got
    assert "Macao 2024-Q1 exports yoy_growth: 3 percent" in got


def test_taiwan_copy_names_asean_dongxie_and_writes_trillions_and_hundred_millions() -> None:
    text = (
        "2019年3月12日\n今年前兩個月，中國累計進出口總值6兆218.5億元，年增8%。"
        "中國對東協國家的出口成長11%，進口成長6.4%。"
    )
    got = described(text)
    assert "China 2019-01/2019-02 total value: 6021.85 billion CNY" in got
    assert "China with ASEAN 2019-01/2019-02 exports yoy_growth: 11 percent" in got
    assert "China with ASEAN 2019-01/2019-02 imports yoy_growth: 6.4 percent" in got
    assert not [d for d in got if ": 21.85 billion" in d]


def test_a_decimal_trillion_is_no_compound() -> None:
    # the guard: "2.6万亿元" is read as written, and a following 亿 figure stays its own
    got = described("2023年，江苏进出口5.2万亿元，其中出口3.4万亿元，进口1.8万亿元。")
    assert "Jiangsu 2023 total value: 5.2 trillion CNY" in got
    assert "Jiangsu 2023 imports value: 1.8 trillion CNY" in got


# --- 均 after a list of periods: the figure of each -----------------------------------------
def test_one_figure_said_of_each_listed_month_with_jun() -> None:
    text = "2021年7月14日\n上半年，我国进出口18万亿元。从环比看，4月份、5月份进出口均环比增长2.3%。"
    got = described(text)
    assert "China 2021-04 total mom_growth: 2.3 percent" in got
    assert "China 2021-05 total mom_growth: 2.3 percent" in got
    assert not [d for d in got if "2021-H1 total mom_growth" in d]


def test_jun_after_a_respectively_list_of_each_months_values() -> None:
    text = "2020年10月、11月，湖南出口分别为210亿元和230亿元，均增长12%。"
    got = described(text)
    assert "Hunan 2020-10 exports yoy_growth: 12 percent" in got
    assert "Hunan 2020-11 exports yoy_growth: 12 percent" in got


# --- the year of a list's first period is the year of the rest -----------------------------
def test_the_year_written_with_a_lists_first_period_holds_for_the_rest() -> None:
    # published in 2021: "11月" alone would be November 2021, after the publication
    text = "2021年3月1日\n2020年一季度和二季度，江西出口均增长9%。去年11月、12月，江西出口分别为300亿元和320亿元。"
    got = described(text)
    assert "Jiangxi 2020-Q2 exports yoy_growth: 9 percent" in got
    assert "Jiangxi 2020-12 exports value: 32.0 billion CNY" in got
    assert not [d for d in got if "2021-Q2" in d]


# --- a quantity and its value, then 分别 growths ---------------------------------------------
def test_growths_of_a_tonnage_and_a_value_pair_with_them() -> None:
    text = "2017年一季度，河北省钢材出口120.5万吨、45.2亿元，分别增长6.3%和9.8%。"
    got = described(text)
    assert "Hebei (steel products) 2017-Q1 exports yoy_growth: 9.8 percent" in got
    assert not [d for d in got if "6.3 percent" in d]


def test_a_value_before_its_quantity_takes_the_first_growth() -> None:
    text = "2017年一季度，河北省汽车出口18亿元、1.5万辆，分别增长14%和3%。"
    got = described(text)
    assert "Hebei (automobiles) 2017-Q1 exports yoy_growth: 14 percent" in got
    assert not [d for d in got if " 3 percent" in d]


# --- 连续N个月 with no start month: the months that end the period in force -----------------
def test_a_run_of_months_ending_with_the_period_in_force() -> None:
    text = (
        "2021年10月15日\n前三季度，我国对东盟进出口4万亿元。其中，以铁路运输方式对东盟进出口"
        "增长41.2%，连续4个月增速超过25%。"
    )
    got = described(text)
    for month in ("06", "07", "08", "09"):
        assert (
            f"China with ASEAN (rail transport) 2021-{month} total yoy_growth: more than 25 percent"
            in got
        )
    assert "China with ASEAN (rail transport) 2021-01/2021-09 total yoy_growth: 41.2 percent" in got
    assert not [d for d in got if "2021-05" in d or "2021-01/2021-09 total yoy_growth: more" in d]


def test_a_run_of_months_with_a_verb_of_its_own_dates_no_figure() -> None:
    # the guard: "连续6个月保持增长" says no figure; the 9% after it is the period's
    text = "2021年10月15日\n前三季度，浙江省出口连续6个月保持增长，出口增长9%。"
    assert described(text) == {"Zhejiang 2021-01/2021-09 exports yoy_growth: 9 percent"}


def test_a_small_form_semicolon_ends_a_clause() -> None:
    # ﹔ (a small form semicolon of Hong Kong and Taiwan pages) is a semicolon
    text = (
        "2021年10月15日\n前三季度，我國對東盟進出口4萬億元，連續10個月保持兩位數增長﹔"
        "以公路運輸方式對東盟進出口增長30.5%。"
    )
    got = described(text)
    assert "China with ASEAN (road transport) 2021-01/2021-09 total yoy_growth: 30.5 percent" in got
    assert len(got) == 2


# --- what is no reported figure: a target's part reached, a forecast's later clauses ---------
def test_the_part_of_a_target_reached_is_no_growth() -> None:
    text = (
        "2020年1-10月，泸州市外贸进出口同比增长35.2%，完成市政府下达全年外贸进出口目标任务的"
        "96.4%，目标完成率居全省前列。"
    )
    got = described(text)
    assert got == {"Luzhou 2020-01/2020-10 total yoy_growth: 35.2 percent"}
    assert reasons(text)["96.4%"] == "the part of a target reached, not a reported figure"


def test_a_forecast_reaches_over_the_clauses_after_it() -> None:
    text = (
        "1-8月，江西省进出口2500亿元。预计全年江西省进出口突破4000亿元，增长8%左右。"
        "年内预计新增外贸企业300家，进出口额120亿元。"
    )
    got = described(text, date=datetime.date(2021, 9, 18))
    assert got == {"Jiangxi 2021-01/2021-08 total value: 250.0 billion CNY"}


def test_a_period_of_its_own_ends_a_forecasts_reach() -> None:
    # the guard: the reported months after the forecast are reported figures
    text = "预计全年江西省进出口增长6%，1-8月进出口增长11%。"
    got = described(text, date=datetime.date(2021, 9, 18))
    assert got == {"Jiangxi 2021-01/2021-08 total yoy_growth: 11 percent"}
    # and 好于预期 says how a reported figure compares, no forecast
    other = "1-8月，江西省外贸好于预期，进出口增长11%。"
    assert described(other, date=datetime.date(2021, 9, 18)) == got
    # and 目前 returns to what was reported
    now = "1-8月，江西省进出口增长11%。预计全年江西省进出口突破4000亿元，目前已增长11%。"
    assert described(now, date=datetime.date(2021, 9, 18)) == got


# --- 朋友圈: the circle of trading partners ---------------------------------------------------
def test_the_circle_of_friends_counts_trading_partners() -> None:
    text = "2023年一季度，青海外贸“朋友圈”已扩大至120多个国家和地区。"
    assert "Qinghai 2023-Q1 total partner_count: more than 120 count" in described(text)


# --- digit tenths after 占: a share -----------------------------------------------------------
def test_digit_tenths_after_zhan_are_a_share() -> None:
    text = "2021年一季度，我国对东盟出口机电产品占5成，民营企业进出口占全国的4成以上。"
    got = described(text)
    assert (
        "China with ASEAN (mechanical and electrical products) 2021-Q1 exports share: 50 percent"
        in got
    )
    assert "China with ASEAN (private enterprises) 2021-Q1 total share: more than 40 percent" in got
    # the guard: 占比 of a list of places together stays unread
    assert not described("2021年，厦门、泉州、福州三市进出口占比近8成。")


# --- a difference of two amounts, and a balance with no side --------------------------------
def test_a_difference_between_two_amounts_is_no_value() -> None:
    text = "2021年前5个月，欧盟以约45亿元规模的差距落后东盟，中国对东盟进出口2万亿元。"
    got = described(text, date=datetime.date(2021, 6, 10))
    assert got == {"China with ASEAN 2021-01/2021-05 total value: 2 trillion CNY"}
    other = "2021年前5个月，浙江出口9000亿元，与江苏出口相差80亿元。"
    assert described(other) == {"Zhejiang 2021-01/2021-05 exports value: 900.0 billion CNY"}


def test_a_trade_difference_with_no_side_is_skipped_in_its_clause() -> None:
    text = "2021年前5个月，福建省贸易差额为320亿元，进出口6000亿元。"
    got = described(text)
    assert got == {"Fujian 2021-01/2021-05 total value: 600.0 billion CNY"}


# --- a share said again in words right after its percent ------------------------------------
def test_a_share_restated_in_words_is_no_second_fact() -> None:
    text = "2021年一季度，江苏省民营企业进出口占全省的56.3%，占比超过一半。"
    got = described(text)
    assert got == {"Jiangsu (private enterprises) 2021-Q1 total share: 56.3 percent"}
    # the guard: a share in words after a growth is a share of its own
    other = "2021年一季度，江苏省民营企业进出口增长56.3%，占比超过一半。"
    assert "Jiangsu (private enterprises) 2021-Q1 total share: more than 50 percent" in described(
        other
    )


# --- 贡献了X%的进出口: a share; of an increase: none -----------------------------------------
def test_gongxian_of_the_trade_is_a_share_and_of_the_increase_is_none() -> None:
    text = "2022年，温州市民营企业进出口1800亿元，贡献了全市83.5%的进出口值。"
    got = described(text)
    assert "Wenzhou (private enterprises) 2022 total share: 83.5 percent" in got
    other = "2022年，温州市进出口2100亿元，民营企业贡献了全市外贸增量的91%。"
    assert described(other) == {"Wenzhou 2022 total value: 210.0 billion CNY"}
    assert reasons(other)["91%"] == "a share of a change in value (not a fact of the schema)"


# --- a qualifier written after the figure: 左右 / 上下 / 以下 ---------------------------------
def test_zuoyou_shangxia_and_yixia_after_a_figure_qualify_it() -> None:
    text = "2019年，安徽省出口增长12%左右，进口1500亿元上下。加工贸易进出口占全省的20%以下。"
    got = described(text)
    assert "Anhui 2019 exports yoy_growth: about 12 percent" in got
    assert "Anhui 2019 imports value: about 150.0 billion CNY" in got
    assert "Anhui (processing trade) 2019 total share: less than 20 percent" in got


# --- a province with its partner before the trade word owns the figure ----------------------
def test_a_province_then_its_partner_then_trade_owns_the_figure_in_a_national_text() -> None:
    text = (
        "2022年7月13日\n上半年，我国对东盟进出口2.9万亿元，增长6%。"
        "其中，云南对东盟进出口增长35%，新疆自中亚进口增长18%。"
    )
    got = described(text)
    assert "China with ASEAN 2022-H1 total yoy_growth: 6 percent" in got
    assert "Yunnan with ASEAN 2022-H1 total yoy_growth: 35 percent" in got
    assert "Xinjiang with Central Asia 2022-H1 imports yoy_growth: 18 percent" in got
    assert "China with ASEAN 2022-H1 total yoy_growth: 35 percent" not in got


def test_a_forecast_of_no_figure_and_no_time_ahead_leaves_the_next_clause_reported() -> None:
    text = "1-8月，江西省进出口2500亿元。外贸有望回暖，进口增长7%。"
    got = described(text, date=datetime.date(2021, 9, 18))
    assert "Jiangxi 2021-01/2021-08 imports yoy_growth: 7 percent" in got


# --- Taiwan's copy: 年减 / 月增 / 月减 ----------------------------------------------------------
def test_nianjian_is_a_fall_and_yuezeng_is_month_on_month() -> None:
    text = "2024年3月15日\n今年2月，台湾出口月增6.2%，年减4.4%；进口月减3%，年增9%。"
    got = described(text)
    assert "Taiwan 2024-02 exports mom_growth: 6.2 percent" in got
    assert "Taiwan 2024-02 exports yoy_growth: -4.4 percent" in got
    assert "Taiwan 2024-02 imports mom_growth: -3 percent" in got
    assert "Taiwan 2024-02 imports yoy_growth: 9 percent" in got


def test_a_month_then_zeng_is_no_month_on_month() -> None:
    # the guard: "5月增长" and "当月增长" are a month's (year-on-year) growth
    text = "2024年5月增长12%的是浙江出口。2024年6月，浙江出口900亿元，当月增长7%。"
    got = described(text)
    assert "Zhejiang 2024-06 exports yoy_growth: 7 percent" in got
    assert not [d for d in got if "mom_growth" in d]
