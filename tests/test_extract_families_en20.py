"""English phrasing families met on provincial, city and national customs releases (round 20).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- a part of a year after "percent from": the part compared with, not the figure's -------
def test_growth_from_the_same_quarter_of_a_named_year_is_a_base() -> None:
    text = (
        " date 2023-04-15\n"
        "In the first quarter, Yunnan's trade with ASEAN rose 8.2 percent from the first "
        "quarter of 2022 to 40.1 billion yuan."
    )
    found = described(text)
    assert "Yunnan with ASEAN 2023-Q1 total yoy_growth: 8.2 percent" in found, found
    assert "Yunnan with ASEAN 2023-Q1 total value: 40.1 billion CNY" in found, found
    assert not any("2022" in d for d in found), found


def test_growth_over_the_first_half_of_a_named_year_is_a_base() -> None:
    text = (
        " date 2021-07-20\n"
        "In the first half of 2021, Shanxi's exports grew 31 percent over the first half "
        "of 2020, reaching 52.6 billion yuan."
    )
    found = described(text)
    assert "Shanxi 2021-H1 exports yoy_growth: 31 percent" in found, found
    assert not any("2020" in d for d in found), found


def test_growth_from_a_span_of_months_is_still_that_span() -> None:
    # ("from January to May" after a figure is a span, not a base)
    text = " date 2022-06-12\nNingxia's exports rose 9.4 percent from January to May."
    found = described(text)
    assert "Ningxia 2022-01/2022-05 exports yoy_growth: 9.4 percent" in found, found


# --- "N percent below / above the same period last year": a fall / a rise ------------------
def test_percent_below_the_same_period_last_year_is_a_fall() -> None:
    text = (
        " date 2020-03-15\n"
        "Gansu's foreign trade was 7.3 billion yuan in the first two months of 2020, 4.6 "
        "percent below the same period last year, according to Lanzhou Customs."
    )
    found = described(text)
    assert "Gansu 2020-01/2020-02 total yoy_growth: -4.6 percent" in found, found
    assert "Gansu 2020-01/2020-02 total value: 7.3 billion CNY" in found, found


def test_percent_above_a_year_earlier_is_a_rise() -> None:
    text = (
        " date 2019-08-10\n"
        "Qinghai's exports came to 1.9 billion yuan in the first seven months, 12.5 percent "
        "above a year earlier."
    )
    found = described(text)
    assert "Qinghai 2019-01/2019-07 exports yoy_growth: 12.5 percent" in found, found


# --- "in the second, and ... in the third": a bare ordinal after a quarter or a half ------
def test_bare_ordinals_after_a_quarter_name_the_later_quarters() -> None:
    text = (
        " date 2025-10-15\n"
        "China's exports grew steadily quarter by quarter, rising 2.1 percent in the first "
        "quarter, 3.4 percent in the second, and 5.2 percent in the third."
    )
    found = described(text)
    assert "China 2025-Q1 exports yoy_growth: 2.1 percent" in found, found
    assert "China 2025-Q2 exports yoy_growth: 3.4 percent" in found, found
    assert "China 2025-Q3 exports yoy_growth: 5.2 percent" in found, found


def test_a_bare_ordinal_after_a_half_names_the_second_half() -> None:
    text = (
        " date 2019-01-20\n"
        "Jiangxi's imports rose 4.4 percent in the first half of 2018 and 7.9 percent in "
        "the second."
    )
    found = described(text)
    assert "Jiangxi 2018-H1 imports yoy_growth: 4.4 percent" in found, found
    assert "Jiangxi 2018-H2 imports yoy_growth: 7.9 percent" in found, found


def test_a_bare_ordinal_with_no_part_of_a_year_before_names_nothing() -> None:
    text = " date 2019-01-20\nJiangxi ranked in the second. Its imports rose 4.4 percent in 2018."
    found = described(text)
    assert not any("H2" in d or "Q2" in d for d in found), found


# --- a figure looked for by a poll, written after it: no reported figure -------------------
def test_a_change_forecast_in_a_poll_after_the_figure_is_not_reported() -> None:
    text = (
        " date 2019-12-08\n"
        "Vietnam's imports in November rose 0.3% from a year earlier, compared with a 1.4% "
        "decline forecast in the Bloomberg poll."
    )
    found = described(text)
    assert "Vietnam 2019-11 imports yoy_growth: 0.3 percent" in found, found
    assert not any("1.4" in d for d in found), found


def test_an_amount_predicted_by_economists_is_not_reported() -> None:
    text = (
        " date 2019-12-08\n"
        "Malaysia's trade surplus for November stood at $8.73 billion, compared with a "
        "$9.30 billion surplus predicted by economists and a $7.81 billion surplus recorded "
        "in October."
    )
    found = described(text)
    assert "Malaysia 2019-11 balance value: 8.73 billion USD" in found, found
    assert "Malaysia 2019-10 balance value: 7.81 billion USD" in found, found
    assert not any("9.3 billion" in d for d in found), found


# --- "a 1.4% drop in April and a 0.7% contraction in March": each change its own month ----
def test_each_change_of_a_list_takes_the_month_written_right_after_it() -> None:
    text = (
        " date 2018-06-08\n"
        "Peru's exports fell 2.1% in May, following a 1.4% drop in April and a 0.7% "
        "contraction in March."
    )
    found = described(text)
    assert "Peru 2018-05 exports yoy_growth: -2.1 percent" in found, found
    assert "Peru 2018-04 exports yoy_growth: -1.4 percent" in found, found
    assert "Peru 2018-03 exports yoy_growth: -0.7 percent" in found, found


# --- "a new high for monthly exports this year": the record's span, not the period ---------
def test_this_year_after_a_new_high_is_the_records_span() -> None:
    text = (
        " date 2024-06-18\n"
        "In May, Xiamen's foreign trade reached 82.1 billion yuan, up 5.2 percent year on "
        "year. Exports came to 50.3 billion yuan, a new high for monthly exports this year "
        "with a 6.1 percent rise, while imports fell 2.4 percent to 31.8 billion yuan."
    )
    found = described(text)
    assert "Xiamen 2024-05 exports value: 50.3 billion CNY" in found, found
    assert "Xiamen 2024-05 exports yoy_growth: 6.1 percent" in found, found
    assert "Xiamen 2024-05 imports value: 31.8 billion CNY" in found, found
    assert not any(" 2024 " in d for d in found), found


# --- "A, B and C all posted growth of X": each partner's figure --------------------------
def test_partners_that_all_grew_each_take_the_figure() -> None:
    text = (
        " date 2022-04-20\n"
        "Hubei's trade with major partners including ASEAN, Japan and the European Union "
        "all posted annual growth of over 25 percent in the first quarter."
    )
    found = described(text)
    assert "Hubei with ASEAN 2022-Q1 total yoy_growth: more than 25 percent" in found, found
    assert "Hubei with Japan 2022-Q1 total yoy_growth: more than 25 percent" in found, found
    assert "Hubei with EU 2022-Q1 total yoy_growth: more than 25 percent" in found, found


def test_two_partners_that_both_rose_each_take_the_figure() -> None:
    text = (
        " date 2022-04-20\n"
        "In the first quarter, Hunan's exports to Japan and South Korea both rose more "
        "than 12 percent."
    )
    found = described(text)
    assert "Hunan with Japan 2022-Q1 exports yoy_growth: more than 12 percent" in found, found
    assert "Hunan with South Korea 2022-Q1 exports yoy_growth: more than 12 percent" in found


# --- "grew X, with A by Y, ..., and with C by Z": the verb of a long elliptic list ------------
def test_the_last_item_of_a_long_elliptic_list_keeps_the_lists_verb() -> None:
    text = (
        " date 2024-10-14\n"
        "China's trade reached 30 trillion yuan in the first nine months. Trade with ASEAN "
        "countries grew 5.6 percent, with Latin America by 2.7 percent, with Africa by 11.2 "
        "percent, and with Central Asia by 14.3 percent."
    )
    found = described(text)
    assert "China with Latin America 2024-01/2024-09 total yoy_growth: 2.7 percent" in found
    assert "China with Central Asia 2024-01/2024-09 total yoy_growth: 14.3 percent" in found


def test_a_long_elliptic_list_of_falls_keeps_its_sign() -> None:
    text = (
        " date 2016-08-10\n"
        "In the first seven months, Liaoning's exports to the United States dropped 6.2 "
        "percent, to the European Union by 3.3 percent, to South Korea by 9.7 percent, "
        "and to Japan by 1.8 percent."
    )
    found = described(text)
    assert "Liaoning with Japan 2016-01/2016-07 exports yoy_growth: -1.8 percent" in found


# --- "RMB 1.21 trillion, RMB 1.02 trillion and 498.3 billion": the list's currency --------
def test_the_last_amount_of_a_list_takes_the_currency_of_the_first() -> None:
    text = (
        " date 2024-04-14\n"
        "In the first quarter, China's imports and exports to the European Union, the United "
        "States and Japan reached RMB 1.21 trillion, RMB 1.02 trillion and 498.3 billion, "
        "respectively."
    )
    found = described(text)
    assert "China with EU 2024-Q1 total value: 1.21 trillion CNY" in found, found
    assert "China with United States 2024-Q1 total value: 1.02 trillion CNY" in found, found
    assert "China with Japan 2024-Q1 total value: 498.3 billion CNY" in found, found


# --- "exceeding the total value of 2017": a level passed, no period of the figures --------
def test_the_year_of_a_total_passed_is_not_the_period_of_the_growth_after_it() -> None:
    text = (
        " date 2018-12-14\n"
        "From January to November, Fujian's foreign trade totaled 1,120.5 billion yuan, "
        "exceeding the total value of 2017, up 9% year on year."
    )
    found = described(text)
    assert "Fujian 2018-01/2018-11 total yoy_growth: 9 percent" in found, found
    assert not any("2017" in d for d in found), found


# --- a gap "lower than the country's overall decrease": a smaller fall, a positive gap ----
def test_points_lower_than_a_national_decrease_are_a_positive_gap() -> None:
    text = (
        " date 2020-07-14\n"
        "In the first half, China's trade with ASEAN fell 1.1 percent, 2.1 percentage points "
        "lower than the country's overall decrease in foreign trade."
    )
    found = described(text)
    assert "China with ASEAN 2020-H1 total growth_gap vs China: 2.1 percentage_point" in found


def test_points_lower_than_a_national_average_stay_negative() -> None:
    text = (
        " date 2020-07-14\n"
        "In the first half, Hunan's exports rose 3.1 percent, 2.1 percentage points lower "
        "than the national average."
    )
    found = described(text)
    assert "Hunan 2020-H1 exports growth_gap vs China: -2.1 percentage_point" in found, found


# --- "N% higher than China's average" in a province's release: a gap ----------------------
def test_percent_higher_than_chinas_average_is_a_gap_against_china() -> None:
    text = (
        " date 2017-12-14\n"
        "In November, Fujian's foreign trade reached 120.4 billion yuan, 12.2% higher than "
        "the same month last year and 4.4% higher than China's average."
    )
    found = described(text)
    assert "Fujian 2017-11 total yoy_growth: 12.2 percent" in found, found
    assert "Fujian 2017-11 total growth_gap vs China: 4.4 percentage_point" in found, found


# --- "Of the 1,120.5 billion yuan, ...": the whole named back, no fact of a flow ----------
def test_an_amount_named_back_before_its_parts_is_no_new_fact() -> None:
    text = (
        " date 2018-12-14\n"
        "From January to November, Fujian's foreign trade totaled 1,120.5 billion yuan, up "
        "9% year on year. Of the 1,120.5 billion yuan, 700.2 billion yuan came from exports, "
        "up 7.5% year on year."
    )
    found = described(text)
    assert "Fujian 2018-01/2018-11 total value: 1120.5 billion CNY" in found, found
    assert "Fujian 2018-01/2018-11 exports value: 700.2 billion CNY" in found, found
    assert "Fujian 2018-01/2018-11 exports value: 1120.5 billion CNY" not in found, found


# --- "a batch of ... worth 3.4 million yuan was sent": one consignment, no trade figure ---
def test_the_value_of_one_batch_of_goods_is_no_trade_figure() -> None:
    text = (
        " date 2021-07-20\n"
        "In the first half, Heilongjiang's trade with Russia rose 12 percent to 60.1 billion "
        "yuan. Recently, a batch of kitchen appliances and furniture worth more than 3.4 "
        "million yuan was sent to Novosibirsk by rail."
    )
    found = described(text)
    assert "Heilongjiang with Russia 2021-H1 total value: 60.1 billion CNY" in found, found
    assert not any("3.4 million" in d for d in found), found


def test_the_value_of_a_first_shipment_is_no_trade_figure() -> None:
    text = (
        " date 2021-07-20\n"
        "In the first half, Guangxi's exports rose 12 percent. The first shipment of Thai "
        "durians, worth $1.2 million, arrived in Nanning in June."
    )
    found = described(text)
    assert not any("1.2 million" in d for d in found), found


# --- "an expansion of 3.6%": the noun of a rise ----------------------------------------------
def test_an_expansion_of_a_percent_is_a_rise() -> None:
    text = " date 2016-02-10\nIn 2015 Kenya's exports to Uganda were $1.4bn, an expansion of 5.2%."
    found = described(text)
    assert "Kenya with Uganda 2015 exports yoy_growth: 5.2 percent" in found, found


# --- "Vietnam's global exports": the owner's exports to the world, not world trade ---------
def test_an_owners_global_exports_are_its_own() -> None:
    text = (
        " date 2025-06-10\n"
        "Shipments slowed in May after Thailand's global exports jumped 6.3% in April."
    )
    found = described(text)
    assert "Thailand 2025-04 exports yoy_growth: 6.3 percent" in found, found


def test_global_trade_alone_is_still_not_the_reporters() -> None:
    text = " date 2025-06-10\nGlobal trade rose 3% in April, while Thailand's exports jumped 6.3%."
    found = described(text)
    assert "Thailand 2025-04 exports yoy_growth: 6.3 percent" in found, found
    assert not any(d.endswith(" 3 percent") for d in found), found


# --- "rebounded from the first quarter": the quarter compared with --------------------------
def test_a_quarter_a_rebound_is_from_is_not_the_figures_period() -> None:
    text = (
        " date 2019-07-20\n"
        "Shanxi's foreign trade fell 2.1% in the first quarter. In the second quarter, its "
        "foreign trade rebounded from the first quarter, up 3.4% YOY."
    )
    found = described(text)
    assert "Shanxi 2019-Q1 total yoy_growth: -2.1 percent" in found, found
    assert "Shanxi 2019-Q2 total yoy_growth: 3.4 percent" in found, found


# --- "had forecast export growth of 12%, and import growth of 6.1%": both forecast -------
def test_a_verbless_clause_after_a_forecast_is_forecast_too() -> None:
    text = (
        " date 2020-12-07\n"
        "Peru's exports rose 21.1% in November from a year earlier. Analysts polled by "
        "Reuters had forecast export growth of 12.0% in November from a year earlier, and "
        "import growth of 6.1%."
    )
    found = described(text)
    assert found == {"Peru 2020-11 exports yoy_growth: 21.1 percent"}, found


def test_a_verbless_clause_after_a_reported_figure_is_reported() -> None:
    text = (
        " date 2020-12-07\n"
        "Peru's exports rose 21.1% in November from a year earlier, and import growth of "
        "6.1% was also reported."
    )
    found = described(text)
    assert "Peru 2020-11 imports yoy_growth: 6.1 percent" in found, found


# --- "labor-intensive exports": a hyphenated adjective before a flow names its products ---
def test_labor_intensive_exports_are_the_tables_labour_intensive_products() -> None:
    text = (
        " date 2017-08-08\n"
        "In the first half, Hunan's high-tech exports rose 21.4 percent, while its "
        "labor-intensive exports fell 6.1 percent to 8.2 billion yuan."
    )
    found = described(text)
    assert "Hunan (labour-intensive products) 2017-H1 exports yoy_growth: -6.1 percent" in found
    assert "Hunan (labour-intensive products) 2017-H1 exports value: 8.2 billion CNY" in found
    assert "Hunan (high-tech products) 2017-H1 exports yoy_growth: 21.4 percent" in found


# --- "N percent of the world's total": a world market share, not of the reporter's trade --
def test_a_share_of_the_worlds_total_is_no_share_of_the_reporter() -> None:
    text = (
        " date 2020-11-10\n"
        "In the first ten months, India's foreign trade accounted for 2.8 percent of the "
        "world's total, while the country's exports accounted for 2.2 percent."
    )
    assert described(text) == set()


def test_a_share_of_global_exports_is_no_share_of_the_reporter() -> None:
    text = (
        " date 2020-11-10\n"
        "In the first ten months, India's exports rose 5 percent and accounted for 2.8 "
        "percent of global exports."
    )
    found = described(text)
    assert found == {"India 2020-01/2020-10 exports yoy_growth: 5 percent"}, found


def test_a_share_of_the_reporters_own_total_stays() -> None:
    text = (
        " date 2020-11-10\n"
        "In the first ten months, India's exports to the US accounted for 17.2 percent of "
        "its total exports."
    )
    found = described(text)
    assert "India with United States 2020-01/2020-10 exports share: 17.2 percent" in found


# --- "A and B became highlights, with exports up X%": the subject list's figure ------------
def test_a_list_of_products_opening_the_sentence_shares_the_figure_after_it() -> None:
    text = (
        " date 2023-12-20\n"
        "From January to November, Ningbo's exports rose 3.1%. Lithium batteries, solar "
        "cells and electric vehicles were the highlights, with exports up 41.3%."
    )
    found = described(text)
    assert (
        "Ningbo (lithium batteries, solar cells and electric vehicles) 2023-01/2023-11 "
        "exports yoy_growth: 41.3 percent"
    ) in found, found


def test_a_subject_list_with_figures_respectively_still_pairs_them() -> None:
    text = (
        " date 2023-12-20\n"
        "From January to November, Ningbo's exports rose 3.1%. Lithium batteries and solar "
        "cells saw exports rise 12.1% and 8.4%, respectively."
    )
    found = described(text)
    assert "Ningbo (lithium batteries) 2023-01/2023-11 exports yoy_growth: 12.1 percent" in found
    assert "Ningbo (solar cells) 2023-01/2023-11 exports yoy_growth: 8.4 percent" in found


# --- "from $A in 2011 to $B in 2014. ... from $C to $D.": the same two years ---------------
def test_a_change_with_no_years_after_one_with_years_takes_the_same_years() -> None:
    text = (
        " date 2016-03-02\n"
        "Yunnan has kept robust momentum in its foreign trade in recent years, rising from "
        "$15.12 billion in 2011 to $29.61 billion in 2014. Yunnan's trade with ASEAN rose "
        "from $6.32 billion to $13.44 billion. From January to November last year, Yunnan's "
        "foreign trade hit $22.1 billion."
    )
    found = described(text)
    assert "Yunnan with ASEAN 2011 total value: 6.32 billion USD" in found, found
    assert "Yunnan with ASEAN 2014 total value: 13.44 billion USD" in found, found
    assert "Yunnan 2015-01/2015-11 total value: 22.1 billion USD" in found, found


def test_a_change_with_a_year_of_its_own_keeps_the_year_before_as_its_start() -> None:
    text = (
        " date 2016-03-02\n"
        "Trade rose from $15.12 billion in 2011 to $29.61 billion in 2014. Yunnan's exports "
        "rose 5% in 2015, from $6.32 billion to $6.64 billion."
    )
    found = described(text)
    assert "Yunnan 2014 exports value: 6.32 billion USD" in found, found
    assert "Yunnan 2015 exports value: 6.64 billion USD" in found, found


# --- "...volume of X was ...; the export volume was ...": the segment goes on past ";" -----
def test_a_flow_opening_the_part_after_a_semicolon_keeps_the_segment() -> None:
    text = (
        " date 2023-12-20\n"
        "From January to November, the total import and export volume of goods in Ningbo "
        "was 1,100.3 billion yuan, with a year-on-year increase of 3.3%.\n\n"
        "Besides, cross-border e-commerce is a driving force. From January to November, the "
        "total import and export volume of cross-border e-commerce in Ningbo was above "
        "210.5 billion yuan, with a year-on-year growth of 12.5%; the export volume was "
        "above 180.2 billion yuan, rising 15.3% compared with a year earlier."
    )
    found = described(text)
    segment = "Ningbo (cross-border e-commerce) 2023-01/2023-11"
    assert f"{segment} exports value: more than 180.2 billion CNY" in found, found
    assert f"{segment} exports yoy_growth: 15.3 percent" in found, found
    assert "Ningbo 2023-01/2023-11 total value: 1100.3 billion CNY" in found, found


# --- "is among top ten cities ... and ranks first in growth": a rank, not regions together -
def test_a_rank_among_top_ten_cities_is_no_figure_of_several_cities() -> None:
    text = (
        " date 2024-01-22\n"
        "Ningbo's total import and export volume in 2023 exceeded that of Xiamen, Qingdao, "
        "and Dalian, is among top ten cities of China and ranks first in growth rate of 8.2%."
    )
    found = described(text)
    assert "Ningbo 2023 total yoy_growth: 8.2 percent" in found, found


def test_ten_cities_together_are_still_several_regions() -> None:
    text = (
        " date 2024-01-22\n"
        "In 2023, Zhejiang's foreign trade rose 4.6%. Ten cities of the province together "
        "traded 4.9 trillion yuan, up 5.1%."
    )
    found = described(text)
    assert not any("5.1" in d or "4.9 trillion" in d for d in found), found


# --- "accounting for 48.2 percent ..., up from 6.1 percent in 2001": a share moved from ---
def test_the_percent_a_share_moved_up_from_is_that_years_share() -> None:
    text = (
        " date 2021-11-20\n"
        "Private enterprises have become Xiamen's largest foreign trade player, accounting "
        "for 48.2 percent of the total in 2020, up from 6.1 percent in 2001."
    )
    found = described(text)
    assert "Xiamen (private enterprises) 2020 total share: 48.2 percent" in found, found
    assert "Xiamen (private enterprises) 2001 total share: 6.1 percent" in found, found


def test_the_percent_a_share_moved_from_without_a_date_is_not_read() -> None:
    text = (
        " date 2021-11-20\n"
        "In 2020, private enterprises accounted for 48.2 percent of Xiamen's foreign trade, "
        "up from 45.3 percent a year earlier."
    )
    found = described(text)
    assert found == {"Xiamen (private enterprises) 2020 total share: 48.2 percent"}, found


# --- "trade with X rose from 21.3 percent in 2013 to 30.1 percent in 2020": shares ------
def test_trade_moving_from_one_percent_to_another_gives_two_shares() -> None:
    text = (
        " date 2021-11-20\n"
        "Xiamen's imports and exports to Belt and Road countries rose from 21.3 percent in "
        "2013 to 30.1 percent in 2020."
    )
    found = described(text)
    assert "Xiamen with BRI countries 2013 total share: 21.3 percent" in found, found
    assert "Xiamen with BRI countries 2020 total share: 30.1 percent" in found, found


def test_trade_growth_moving_between_rates_stays_growth() -> None:
    text = (
        " date 2021-11-20\n"
        "Xiamen's trade growth rose from 3.2 percent in 2019 to 5.1 percent in 2020."
    )
    found = described(text)
    assert "Xiamen 2020 total yoy_growth: 5.1 percent" in found, found
    assert not any("share" in d for d in found), found


# --- "the number of countries and regions ... increased from 165 to 221": partner counts --
def test_bare_numbers_after_the_number_of_partner_countries_are_counts() -> None:
    text = (
        " date 2021-11-20\n"
        "The number of countries and regions with trade relations to Xiamen has increased "
        "from 165 in 2001 to 221 in 2020."
    )
    found = described(text)
    assert "Xiamen 2001 total partner_count: 165 count" in found, found
    assert "Xiamen 2020 total partner_count: 221 count" in found, found


def test_the_number_of_an_owners_trading_partners_reached_a_count() -> None:
    text = " date 2021-11-20\nIn 2020, the number of Xiamen's trading partners reached 221."
    assert described(text) == {"Xiamen 2020 total partner_count: 221 count"}


def test_the_number_of_firms_is_no_partner_count() -> None:
    text = (
        " date 2021-11-20\n"
        "In 2020, the number of foreign trade enterprises in Xiamen reached 8,201, up 5.2 "
        "percent."
    )
    assert described(text) == set()


# --- "signed deals worth $6.1 billion", "will import $9.2 billion worth": no trade figure --
def test_deals_signed_and_purchases_planned_are_no_trade_figures() -> None:
    text = (
        " date 2018-11-10\n"
        "China's imports rose 21.4 percent in the first ten months. At the expo, a "
        "state-owned machinery group signed 14 import deals with foreign partners worth a "
        "total $6.1 billion. A retailer will import $9.2 billion worth of goods, officials "
        "said."
    )
    assert described(text) == {"China 2018-01/2018-10 imports yoy_growth: 21.4 percent"}


def test_goods_worth_a_value_after_a_trade_agreement_are_still_traded() -> None:
    text = (
        " date 2018-11-10\n"
        "Chile, whose free trade agreement with China took effect long ago, traded goods "
        "worth $50 billion with China in 2017."
    )
    assert "Chile with China 2017 total value: 50 billion USD" in described(text)


# --- "the lithium-ion battery and mobile phone sectors": a synonym in the singular --------
def test_a_synonym_of_a_product_in_the_singular_before_sectors_is_that_product() -> None:
    text = (
        " date 2024-07-20\n"
        "In the first half, Tianjin's exports rose 4.1 percent, and the lithium-ion battery "
        "and mobile phone sectors saw export increases of 32.3 percent and 17.8 percent, "
        "respectively."
    )
    found = described(text)
    assert "Tianjin (lithium batteries) 2024-H1 exports yoy_growth: 32.3 percent" in found
    assert "Tianjin (mobile phones) 2024-H1 exports yoy_growth: 17.8 percent" in found


# --- growth over twenty years, and an average annual rate: no year-on-year growth --------
def test_growth_over_several_years_and_its_average_rate_are_not_read() -> None:
    text = (
        " date 2021-11-20\n"
        "Xiamen's import and export trade volume increased by 312.4 percent in the 20 years "
        "since China joined the WTO in 2001. The city's average annual import and export "
        "volume growth was 7.3 percent during the period. In 2020, its trade rose 8.1 "
        "percent."
    )
    assert described(text) == {"Xiamen 2020 total yoy_growth: 8.1 percent"}


def test_growth_over_the_previous_year_is_still_read() -> None:
    text = " date 2021-11-20\nIn 2020, Xiamen's trade rose 8.1 percent over the previous year."
    assert described(text) == {"Xiamen 2020 total yoy_growth: 8.1 percent"}
