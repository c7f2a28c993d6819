"""English phrasing families met on a thirteenth set of development articles (round 12).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- a month written before the flow word, after an owner's possessive ----------------------
def test_a_month_between_the_owner_and_its_flow_word_dates_the_figure() -> None:
    text = (
        " date 2019-07-12\n"
        "HANOI, July 12 -- Vietnam's June exports rose 8.4 percent from a year earlier, "
        "while imports grew 3.1 percent, the statistics office said."
    )
    found = described(text)
    assert "Vietnam 2019-06 exports yoy_growth: 8.4 percent" in found, found
    assert "Vietnam 2019-06 imports yoy_growth: 3.1 percent" in found, found


def test_a_month_before_a_trade_surplus_after_a_possessive() -> None:
    text = (
        " date 2018-04-09\n"
        "BANGKOK, April 9 -- Thailand's March trade surplus narrowed to $2.13 billion, "
        "the commerce ministry said."
    )
    found = described(text)
    assert "Thailand 2018-03 balance value: 2.13 billion USD" in found, found


# --- "for the month" is the month of the figures, not a month in a comparison aside --------
def test_the_month_is_not_the_month_of_an_aside_after_the_figures() -> None:
    text = (
        " date 2017-11-08\n"
        "Malaysia's October exports climbed 6.2 percent from a year earlier, while imports "
        "slipped 0.8 percent after a strong rise in September.\n\n"
        "That gave the country a trade surplus of $2.4 billion for the month."
    )
    found = described(text)
    assert "Malaysia 2017-10 balance value: 2.4 billion USD" in found, found
    assert not any("2017-09" in d for d in found), found


# --- "respectively" pairs the list written last before it, not a figure of the whole ------
def test_a_flow_list_after_a_total_pairs_with_the_figures_written_last() -> None:
    text = (
        " date 2021-08-20\n"
        "In the first seven months, Ganzhou's trade with ASEAN reached 31.5 billion "
        "yuan, up 14.2 percent year-on-year, and the export value and import value stood "
        "at 20.4 billion yuan and 11.1 billion yuan during the period, respectively."
    )
    found = described(text)
    assert "Ganzhou with ASEAN 2021-01/2021-07 total value: 31.5 billion CNY" in found, found
    assert "Ganzhou with ASEAN 2021-01/2021-07 exports value: 20.4 billion CNY" in found, found
    assert "Ganzhou with ASEAN 2021-01/2021-07 imports value: 11.1 billion CNY" in found, found


# --- two quarters named together: one figure each in a "respectively" list ----------------
def test_two_quarters_named_together_give_one_figure_each() -> None:
    text = (
        " date 2022-10-25\n"
        "Fujian's exports in the first and second quarters of 2022 came in at 310.2 "
        "billion yuan and 345.8 billion yuan respectively."
    )
    found = described(text)
    assert "Fujian 2022-Q1 exports value: 310.2 billion CNY" in found, found
    assert "Fujian 2022-Q2 exports value: 345.8 billion CNY" in found, found


def test_two_quarters_named_together_with_one_figure_are_one_period() -> None:
    text = " date 2022-10-25\nIn the second and third quarters, Fujian's imports rose 6.4 percent."
    assert "Fujian 2022-04/2022-09 imports yoy_growth: 6.4 percent" in described(text)


# --- "X's imports consisted mainly of A, B and C, which amounted to x, y and z" -----------
def test_what_a_flow_consisted_of_pairs_with_a_respectively_list() -> None:
    text = (
        " date 2023-05-18\n"
        "In the first four months, Qinzhou's imports consisted mainly of timber, nickel "
        "ore and palm oil, which amounted to 8.1 billion yuan, 5.6 billion yuan and 2.3 "
        "billion yuan, respectively."
    )
    found = described(text)
    assert "Qinzhou (timber) 2023-01/2023-04 imports value: 8.1 billion CNY" in found, found
    assert "Qinzhou (nickel ore) 2023-01/2023-04 imports value: 5.6 billion CNY" in found, found
    assert "Qinzhou (palm oil) 2023-01/2023-04 imports value: 2.3 billion CNY" in found, found


# --- "these products" / "these kinds of goods": the group the sentence before named -------
def test_these_products_refer_to_the_group_named_in_the_sentence_before() -> None:
    text = (
        " date 2019-07-15\n"
        "In the first half, Jiangxi's exports rose 9.2 percent to 142.6 billion yuan.\n"
        "High-tech products were the main goods exported. Jiangxi exported these kinds of "
        "products of more than 31.4 billion yuan, up 12.5 percent. The imports of these "
        "products reached 18.2 billion yuan, accounting for 30.1 percent of the total."
    )
    found = described(text)
    assert "Jiangxi (high-tech products) 2019-H1 exports value: more than 31.4 billion CNY" in found
    assert "Jiangxi (high-tech products) 2019-H1 imports value: 18.2 billion CNY" in found, found
    assert "Jiangxi (high-tech products) 2019-H1 imports share: 30.1 percent" in found, found
    assert not any("these" in d for d in found), found


def test_plural_pilot_free_trade_zones_and_these_zones() -> None:
    text = (
        " date 2023-07-20\n"
        "Foreign trade of Shandong's pilot free-trade zones grew 8.7 percent year on year in "
        "the first half. Imports and exports of these pilot FTZs reached 210.4 billion yuan."
    )
    found = described(text)
    assert "Shandong (pilot free trade zones) 2023-H1 total yoy_growth: 8.7 percent" in found
    assert "Shandong (pilot free trade zones) 2023-H1 total value: 210.4 billion CNY" in found
    assert not any("these" in d for d in found), found


# --- a name in single quotes, as headlines write it -------------------------------------
def test_a_partner_group_in_single_quotes_in_a_headline() -> None:
    text = (
        "Jiangxi boosts trade with 'Belt and Road' countries by 18% in Q1\n\n"
        " date 2024-04-22\n"
        "Jiangxi's trade with Kazakhstan rose 7 percent in the first quarter."
    )
    found = described(text)
    assert "Jiangxi with BRI countries 2024-Q1 total yoy_growth: 18 percent" in found, found


# --- an English story on one partner: the headline's partner, named again in the lead -----
def test_a_story_on_one_partner_keeps_it_for_enterprises_and_products() -> None:
    text = (
        "Guangxi's trade with ASEAN up 11% in first half\n"
        " date 2022-07-21\n"
        "In the first half of the year, Guangxi's trade with ASEAN reached 120.6 billion "
        "yuan, up 11.2 percent year on year, Nanning Customs said.\n"
        "Private enterprises imported and exported 80.3 billion yuan, up 14.5 percent; "
        "state-owned enterprises imported and exported 9.7 billion yuan, up 3.1 percent.\n"
        "Guangxi exported electronic products worth 21.4 billion yuan to the region, "
        "up 25 percent."
    )
    found = described(text)
    assert (
        "Guangxi with ASEAN (state-owned enterprises) 2022-H1 total value: 9.7 billion CNY" in found
    ), found
    assert (
        "Guangxi with ASEAN (private enterprises) 2022-H1 total value: 80.3 billion CNY" in found
    ), found
    assert (
        "Guangxi with ASEAN (electronic products) 2022-H1 exports value: 21.4 billion CNY" in found
    ), found


def test_the_story_partner_does_not_take_the_reporters_overall_trade() -> None:
    # guard: the reporter's whole foreign trade, and another partner named, stay theirs
    text = (
        "Guangxi's trade with ASEAN up 11% in first half\n"
        " date 2022-07-21\n"
        "In the first half of the year, Guangxi's trade with ASEAN reached 120.6 billion "
        "yuan, up 11.2 percent year on year.\n"
        "Guangxi's total foreign trade reached 310.2 billion yuan in the period.\n"
        "Trade with Japan fell 4.1 percent."
    )
    found = described(text)
    assert "Guangxi 2022-H1 total value: 310.2 billion CNY" in found, found
    assert "Guangxi with Japan 2022-H1 total yoy_growth: -4.1 percent" in found, found


def test_a_headline_partner_the_lead_does_not_name_is_no_story_partner() -> None:
    # guard: the lead is on the reporter's whole trade
    text = (
        "Hebei eyes more trade with Africa\n"
        " date 2021-03-02\n"
        "Hebei's foreign trade reached 420.6 billion yuan last year, up 5.6 percent.\n"
        "Private enterprises imported and exported 300.2 billion yuan."
    )
    found = described(text)
    assert "Hebei 2020 total value: 420.6 billion CNY" in found, found
    assert "Hebei (private enterprises) 2020 total value: 300.2 billion CNY" in found, found


# --- a bracket that converts an amount does not end its clause ---------------------------
def test_the_partner_after_a_bracketed_conversion_is_the_amounts() -> None:
    text = (
        " date 2021-06-18\n"
        "Yunnan imported 48.2 billion yuan (7.5 billion U.S. dollars) worth of goods from "
        "Myanmar in the first five months of this year."
    )
    found = described(text)
    assert "Yunnan with Myanmar 2021-01/2021-05 imports value: 48.2 billion CNY" in found, found
    assert "Yunnan with Myanmar 2021-01/2021-05 imports value: 7.5 billion USD" in found, found


# --- a story on one segment: the lead's segment goes on into bare figures -----------------
def test_a_lead_on_one_segment_keeps_it_for_bare_flows_after() -> None:
    text = (
        " date 2023-11-02\n"
        "Foreign trade of Hainan's comprehensive bonded zones grew 21.4 percent year on "
        "year in the first three quarters, Haikou Customs said.\n"
        "Exports climbed 30.2 percent to 18.6 billion yuan, while imports rose 15.8 "
        "percent to 25.1 billion yuan."
    )
    found = described(text)
    seg = "Hainan (comprehensive bonded zones) 2023-01/2023-09"
    assert f"{seg} exports value: 18.6 billion CNY" in found, found
    assert f"{seg} imports yoy_growth: 15.8 percent" in found, found


def test_the_lead_segment_stops_at_the_reporters_own_trade() -> None:
    # guard: the reporter named again, and figures of the whole trade after, are the whole's
    text = (
        " date 2023-11-02\n"
        "Foreign trade of Hainan's comprehensive bonded zones grew 21.4 percent year on "
        "year in the first three quarters.\n"
        "Hainan's total foreign trade rose 12.3 percent to 160.2 billion yuan in the period.\n"
        "Exports rose 8.1 percent."
    )
    found = described(text)
    assert "Hainan 2023-01/2023-09 total value: 160.2 billion CNY" in found, found
    assert "Hainan 2023-01/2023-09 exports yoy_growth: 8.1 percent" in found, found


# --- the next kind of firm, as a sentence's subject, goes on with the trade before --------
def test_the_next_kind_of_firm_goes_on_without_a_trade_word() -> None:
    text = (
        " date 2025-04-14\n"
        "In the first quarter, Sichuan's foreign trade rose 9.4 percent to 248.1 billion "
        "yuan.\n"
        "Private companies posted 150.3 billion yuan in trade, up 13.2 percent. "
        "Foreign-funded enterprises reported 71.6 billion yuan, up 2.4 percent, while "
        "state-owned enterprises registered 24.9 billion yuan, up 6.5 percent."
    )
    found = described(text)
    assert "Sichuan (foreign-invested enterprises) 2025-Q1 total value: 71.6 billion CNY" in found
    assert "Sichuan (state-owned enterprises) 2025-Q1 total yoy_growth: 6.5 percent" in found


def test_a_kind_of_firm_with_another_topic_is_not_trade() -> None:
    # guard: the firms' revenue is no trade figure
    text = (
        " date 2025-04-14\n"
        "Private companies posted 150.3 billion yuan in trade, up 13.2 percent, in "
        "Sichuan in the first quarter. "
        "State-owned enterprises reported revenue of 80.2 billion yuan."
    )
    found = described(text)
    assert not any("80.2" in d for d in found), found


def test_the_lead_segment_stops_at_a_figure_said_in_all() -> None:
    text = (
        " date 2023-11-02\n"
        "Foreign trade of Hainan's comprehensive bonded zones grew 21.4 percent year on "
        "year in the first three quarters.\n\n"
        "Imports rose 3.2 percent in all."
    )
    assert "Hainan 2023-01/2023-09 imports yoy_growth: 3.2 percent" in described(text)


# --- typographic apostrophes and quotes in English copy ------------------------------------
def test_an_english_text_with_curly_apostrophes_reads_as_english() -> None:
    text = (
        " date 2019-03-15\n"
        "In the first two months, the province’s exports of labor-intensive products "
        "including textiles, shoes, bags and toys to the “Belt and Road” countries reached "
        "6.2 billion yuan, Zhangzhou’s customs said of Fujian."
    )
    found = described(text, subject="Fujian")
    assert (
        "Fujian with BRI countries (labour-intensive products) 2019-01/2019-02 exports value: "
        "6.2 billion CNY" in found
    ), found


def test_quotes_in_a_chinese_text_stay_as_written() -> None:
    text = "2023年7月20日\n上半年，江西省对共建“一带一路”国家进出口1200亿元，增长10%。"
    found = described(text)
    assert "Jiangxi with BRI countries 2023-H1 total value: 120.0 billion CNY" in found, found


# --- "The amount represented ...": the figure before, with its flow ------------------------
def test_a_sentence_on_the_figure_before_takes_its_flow() -> None:
    text = (
        " date 2021-08-09\n"
        "In the first seven months, crude oil was the largest item Ningbo imported, with an "
        "import value of 61.3 billion yuan. The amount represented a 14.2-percent growth "
        "over the same period last year."
    )
    found = described(text)
    assert "Ningbo (crude oil) 2021-01/2021-07 imports yoy_growth: 14.2 percent" in found, found


# --- a share of the trade with a group, taken by one member: not a share of the schema ----
def test_a_members_share_of_the_trade_with_its_group_is_skipped() -> None:
    text = (
        " date 2021-08-09\n"
        "Ningbo's trade with the EU rose 12 percent to 80.3 billion yuan in the first seven "
        "months. Germany was Ningbo's largest partner in the EU, accounting for 31.2 percent "
        "of Ningbo's total trade with the EU."
    )
    found = described(text)
    assert not any("31.2" in d for d in found), found


# --- a target set in a clause of its own ------------------------------------------------
def test_a_target_set_in_a_which_clause_is_no_reported_growth() -> None:
    text = (
        " date 2017-01-20\n"
        "Guizhou's foreign trade rose 3.2 percent to 37.1 billion yuan in 2016, short of the "
        "provincial goal, which was set at a growth rate of 8 percent for the year."
    )
    found = described(text)
    assert "Guizhou 2016 total yoy_growth: 3.2 percent" in found, found
    assert not any("8 percent" in d for d in found), found


# --- an amount more than a year's total is a change; the year's total in brackets is its own
def test_an_amount_more_than_a_years_total_is_a_change_and_the_total_is_that_years() -> None:
    text = (
        " date 2019-12-12\n"
        "Between January and November, Jilin's foreign trade reached 119.6 billion CNY, "
        "up 5.1%, and 3.2 billion CNY more than 2018 annual total (over 116.4 billion CNY)."
    )
    found = described(text)
    assert "Jilin 2019-01/2019-11 total value: 119.6 billion CNY" in found, found
    assert "Jilin 2018 total value: more than 116.4 billion CNY" in found, found
    assert not any("3.2 billion" in d for d in found), found


def test_the_story_partner_leaves_the_reporters_own_bare_flows() -> None:
    # guard: the reporter named again with its flow and nothing else is its own trade
    text = (
        "Yunnan's trade with Myanmar up 9% in first half\n"
        " date 2021-07-25\n"
        "Yunnan's trade with Myanmar rose 9.2 percent to 40.3 billion yuan in the first "
        "half of the year.\n"
        "Yunnan's exports rose 6.1 percent in the period."
    )
    found = described(text)
    assert "Yunnan 2021-H1 exports yoy_growth: 6.1 percent" in found, found


def test_province_wide_figures_in_a_story_on_one_partner_are_the_whole_trades() -> None:
    text = (
        "Guangxi's trade with ASEAN up 11% in first half\n"
        " date 2022-07-21\n"
        "In the first half of the year, Guangxi's trade with ASEAN reached 120.6 billion "
        "yuan, up 11.2 percent year on year.\n"
        "Province-wide, exports of textiles rose 4.3 percent to 5.2 billion yuan."
    )
    found = described(text)
    assert "Guangxi (textiles) 2022-H1 exports value: 5.2 billion CNY" in found, found
