"""English phrasing families met on held-back articles (issue 9, fourth round).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- an undated text whose only year is a whole year reported as background ---------------
def test_an_undated_text_is_of_the_year_after_the_whole_year_it_reports_last() -> None:
    text = (
        "Trade between China and Chile in the first eight months rose 12 percent from the "
        "same period last year to 30.5 billion U.S. dollars.\n"
        "Trade between the two countries reached 41.2 billion U.S. dollars in 2015, up 6 "
        "percent from the previous year."
    )
    got = described(text)
    assert "China with Chile 2016-01/2016-08 total value: 30.5 billion USD" in got
    assert "China with Chile 2016-01/2016-08 total yoy_growth: 12 percent" in got
    assert "China with Chile 2015 total value: 41.2 billion USD" in got


def test_a_target_year_or_a_december_beside_the_year_does_not_move_the_year() -> None:
    target = (
        "Trade between China and Chile in the first eight months rose 12 percent to 30.5 "
        "billion U.S. dollars.\n"
        "The two countries set a target of 60 billion U.S. dollars of trade in 2017."
    )
    assert "China with Chile 2017-01/2017-08 total value: 30.5 billion USD" in described(target)
    december = (
        "Hunan's exports rose 9 percent in December.\n"
        "Hunan's exports reached 50 billion yuan in 2015, up 4 percent."
    )
    assert "Hunan 2015-12 exports yoy_growth: 9 percent" in described(december)


# --- the reporter's adjective before a flow noun ------------------------------------------
def test_chinese_exports_are_chinas_exports_not_a_product() -> None:
    text = (
        " date 2016-10-14\nChina's trade with Chile\n\n"
        "Chinese exports to Chile in the first nine months of 2016 stood at 12.5 billion "
        "U.S. dollars, down 3 percent year on year."
    )
    got = described(text)
    assert "China with Chile 2016-01/2016-09 exports value: 12.5 billion USD" in got
    assert not any("chinese" in line.lower() for line in got)


# --- growth from a named month: the month before is month on month -----------------------
def test_growth_from_the_month_before_is_month_on_month() -> None:
    text = (
        " date 2016-10-14\nHunan trade\n\n"
        "Hunan's trade reached 9 billion yuan in September 2016, up 4 percent from August. "
        "Hunan's exports rose 7 percent from June in September 2016. "
        "From January to September 2016, Hunan's exports rose 5 percent."
    )
    got = described(text)
    assert "Hunan 2016-09 total mom_growth: 4 percent" in got
    assert not any("7 percent" in line for line in got)  # another month: no schema measure
    assert "Hunan 2016-01/2016-09 exports yoy_growth: 5 percent" in got


# --- "last month" in a text with no date ---------------------------------------------------
def test_last_month_in_an_undated_text_is_the_last_month_of_the_cumulative_period() -> None:
    text = (
        "Hunan's trade with Chile in the first nine months of 2016 reached 3 billion "
        "U.S. dollars.\n"
        "Hunan's exports to Chile last month stood at 0.4 billion U.S. dollars, up 6 "
        "percent year on year."
    )
    got = described(text)
    assert "Hunan with Chile 2016-09 exports value: 0.4 billion USD" in got
    assert "Hunan with Chile 2016-09 exports yoy_growth: 6 percent" in got


def test_last_month_in_an_undated_text_with_no_cumulative_period_is_skipped() -> None:
    text = (
        "Hunan's exports last month stood at 0.4 billion yuan, up 6 percent.\n"
        "Hunan's exports reached 5 billion yuan in 2015."
    )
    assert not any("0.4 billion" in line for line in described(text))


# --- "U.S. dollars" names no place --------------------------------------------------------
def test_a_sentence_in_us_dollars_keeps_the_partner_of_the_sentence_before() -> None:
    text = (
        " date 2016-10-14\nChina's trade with Chile\n\n"
        "Trade between China and Chile reached 4 billion U.S. dollars in September 2016. "
        "Exports stood at 1.5 billion U.S. dollars, up 2 percent year on year."
    )
    got = described(text)
    assert "China with Chile 2016-09 exports value: 1.5 billion USD" in got


# --- "in the month": the single month named last -----------------------------------------
def test_in_the_month_is_the_month_named_in_the_paragraph_before() -> None:
    text = (
        " date 2021-07-08\nChina's trade with Chile\n\n"
        "China's trade with Chile rose 5 percent in the first five months of 2021.\n"
        "In May, trade between China and Chile rose 3 percent to 4 billion U.S. dollars.\n"
        "China's exports in the month stood at 1.5 billion U.S. dollars, up 2 percent year "
        "on year."
    )
    got = described(text)
    assert "China with Chile 2021-05 exports value: 1.5 billion USD" in got
    assert "China with Chile 2021-05 exports yoy_growth: 2 percent" in got


def test_in_the_month_with_no_month_named_is_not_the_cumulative_period() -> None:
    text = (
        " date 2021-07-08\nHunan\n\n"
        "Hunan's trade rose 5 percent in the first five months of 2021.\n"
        "Hunan's exports in the month stood at 1.5 billion yuan."
    )
    assert not any("1.5 billion" in line for line in described(text))


# --- the flow after the figure: "$3 billion of exports" -----------------------------------
def test_a_value_of_exports_and_of_imports_takes_that_flow() -> None:
    text = (
        " date 2021-07-08\nHunan\n\n"
        "Hunan's trade with Chile reached $5 billion in the first five months of 2021, "
        "which included $3.2 billion of exports, up 4 percent, and $1.8 billion of imports, "
        "up 6 percent."
    )
    got = described(text)
    period = "2021-01/2021-05"
    assert f"Hunan with Chile {period} exports value: 3.2 billion USD" in got
    assert f"Hunan with Chile {period} imports value: 1.8 billion USD" in got
    assert f"Hunan with Chile {period} imports yoy_growth: 6 percent" in got


# --- geography in an apposition names no partner ----------------------------------------
def test_a_country_the_reporter_borders_is_no_partner() -> None:
    text = (
        " date 2021-07-08\nYunnan\n\n"
        "Yunnan, bordering Laos and Myanmar, generated $7 billion in trade with ASEAN "
        "countries in the first five months of 2021."
    )
    got = described(text)
    assert "Yunnan with ASEAN 2021-01/2021-05 total value: 7 billion USD" in got
    assert not any("Laos" in line or "Myanmar" in line for line in got)


# --- "Of the total, <reporter>'s exports": the whole flow, not the segment before ---------
def test_the_reporters_own_exports_after_of_the_total_take_no_segment_from_before() -> None:
    text = (
        " date 2021-07-20\nHunan\n\n"
        "Hunan's foreign trade reached 300 billion yuan in the first half of 2021, up 5 "
        "percent year on year.\n"
        "Private enterprises posted 200 billion yuan, up 7 percent.\n"
        "Of the total, Hunan's exports grew 6 percent to 180 billion yuan, while imports "
        "rose 4 percent to 120 billion yuan."
    )
    got = described(text)
    assert "Hunan 2021-H1 exports value: 180 billion CNY" in got
    assert "Hunan 2021-H1 imports value: 120 billion CNY" in got
    assert not any("(private enterprises) 2021-H1 exports" in line for line in got)


def test_of_which_without_the_reporters_name_still_breaks_down_the_segment() -> None:
    text = (
        " date 2021-07-20\nHunan\n\n"
        "Hunan's private enterprises traded 200 billion yuan in the first half of 2021.\n"
        "Of this, exports were 150 billion yuan."
    )
    assert "Hunan (private enterprises) 2021-H1 exports value: 150 billion CNY" in described(text)


# --- "comprehensive bonded areas" -----------------------------------------------------------
def test_comprehensive_bonded_areas_are_the_comprehensive_bonded_zones() -> None:
    text = (
        " date 2021-07-20\nHunan\n\n"
        "In the first half of 2021, private firms led the growth, and the comprehensive "
        "bonded areas contributed 30 percent of Hunan's total trade."
    )
    got = described(text)
    assert "Hunan (comprehensive bonded zones) 2021-H1 total share: 30 percent" in got


# --- one country ranked within a group -----------------------------------------------------
def test_a_country_ranked_top_among_a_group_owns_the_figures() -> None:
    text = (
        " date 2024-03-14\nHunan\n\n"
        "In the first two months of 2024, Hunan's trade with ASEAN rose 10 percent.\n"
        "Vietnam ranked first among the 10 ASEAN members trading with Hunan, with a trade "
        "value of 4.2 billion yuan, up 18 percent year on year."
    )
    got = described(text)
    assert "Hunan with Vietnam 2024-01/2024-02 total value: 4.2 billion CNY" in got
    assert "Hunan with Vietnam 2024-01/2024-02 total yoy_growth: 18 percent" in got
    assert "Hunan with ASEAN 2024-01/2024-02 total yoy_growth: 10 percent" in got


def test_among_a_group_with_no_country_before_keeps_the_group() -> None:
    text = (
        " date 2024-03-14\nHunan\n\n"
        "Among ASEAN members, Hunan's trade rose 10 percent to 9 billion yuan in the first "
        "two months of 2024."
    )
    assert "Hunan with ASEAN 2024-01/2024-02 total value: 9 billion CNY" in described(text)


# --- growth as a multiple: reported as skipped, never a percent ---------------------------
def test_growth_as_a_multiple_is_skipped_with_its_reason_and_doubled_is_still_read() -> None:
    text = (
        " date 2024-03-14\nHunan\n\n"
        "In the first two months of 2024, Hunan's exports of drones rose 3.5 times to 2 "
        "billion yuan, its exports of tea showed a four-fold increase, and its exports of "
        "rice doubled."
    )
    result = extract(text)
    got = {f.describe() for f in result.facts}
    assert not any("3.5 percent" in line or "4 percent" in line for line in got)
    assert "Hunan (rice) 2024-01/2024-02 exports yoy_growth: about 100 percent" in got
    multiples = {s.text for s in result.skipped if "multiple" in s.reason}
    assert multiples == {"3.5 times", "four-fold"}


# --- verb phrases are no product -----------------------------------------------------------
def test_a_verb_after_exports_of_ends_the_product_name() -> None:
    text = (
        " date 2024-03-14\nHunan\n\n"
        "In the first two months of 2024, Hunan's exports of tea showed an increase of 12 "
        "percent, and its exports of porcelain maintained growth of 5 percent."
    )
    got = described(text)
    assert "Hunan (tea) 2024-01/2024-02 exports yoy_growth: 12 percent" in got
    assert "Hunan (porcelain) 2024-01/2024-02 exports yoy_growth: 5 percent" in got


# --- "Europe Union": a variant Chinese outlets write for the EU ---------------------------
def test_europe_union_is_the_eu_in_a_respectively_list() -> None:
    text = (
        " date 2019-07-20\nJilin\n\n"
        "In the first half of 2019, the trade volume between Jilin and Europe Union, Japan "
        "and Russia rose 8 percent, 6.5 percent and 4 percent respectively."
    )
    got = described(text)
    assert "Jilin with EU 2019-H1 total yoy_growth: 8 percent" in got
    assert "Jilin with Japan 2019-H1 total yoy_growth: 6.5 percent" in got
    assert "Jilin with Russia 2019-H1 total yoy_growth: 4 percent" in got


# --- "exports to X ..., while imports ...": the partner of the part before ---------------
def test_a_part_that_opens_with_a_bare_flow_keeps_the_partner_of_the_part_before() -> None:
    text = (
        " date 2015-11-10\nChina's trade with Peru\n\n"
        "China's exports to Peru in the first ten months of 2015 stood at 9.4 billion U.S. "
        "dollars, while imports stood at 12.2 billion U.S. dollars."
    )
    got = described(text)
    assert "China with Peru 2015-01/2015-10 imports value: 12.2 billion USD" in got


def test_a_part_that_names_its_own_owner_keeps_the_world() -> None:
    text = (
        " date 2015-11-10\nChina's trade with Peru\n\n"
        "China's exports to Peru in the first ten months of 2015 stood at 9.4 billion U.S. "
        "dollars, while China's overall imports stood at 1.2 trillion U.S. dollars."
    )
    got = described(text)
    assert "China 2015-01/2015-10 imports value: 1.2 trillion USD" in got


# --- what a flow is made of, in an apposition ---------------------------------------------
def test_products_after_mainly_describe_the_flow_and_are_no_segment() -> None:
    text = (
        " date 2023-10-25\nGuangxi\n\n"
        "In the first three quarters of 2023, Guangxi's imports from Russia, mainly crude oil "
        "and natural gas, rose 12 percent to 9 billion yuan. Its exports of steel, mostly to "
        "Vietnam, rose 3 percent."
    )
    got = described(text)
    assert "Guangxi with Russia 2023-01/2023-09 imports value: 9 billion CNY" in got
    assert "Guangxi (steel) 2023-01/2023-09 exports yoy_growth: 3 percent" in got
    assert not any("crude oil" in line or "natural gas" in line for line in got)


def test_a_qualifier_of_the_verb_ends_the_product_name() -> None:
    text = (
        " date 2023-10-25\nGuangxi\n\n"
        "In the first three quarters of 2023, Guangxi's exports of electric vehicles more "
        "than tripled to 12 billion yuan."
    )
    got = described(text)
    assert "Guangxi (electric vehicles) 2023-01/2023-09 exports value: 12 billion CNY" in got


# --- a plural possessive: "private firms' trade" --------------------------------------------
def test_a_plural_possessive_still_names_the_kind_of_enterprise() -> None:
    text = (
        " date 2023-11-07\nChina's trade\n\n"
        "China's trade with ASEAN rose 2 percent in the first 10 months of 2023. Private "
        "firms' trade grew 6.1 percent to 16.5 trillion yuan in the period."
    )
    got = described(text)
    assert "China (private enterprises) 2023-01/2023-10 total value: 16.5 trillion CNY" in got
    assert not any("ASEAN (private" in line for line in got)


# --- "shipments to" and "those to" ------------------------------------------------------
def test_shipments_to_a_partner_are_exports_and_those_to_another_are_too() -> None:
    text = (
        " date 2023-11-07\nChina's trade\n\n"
        "In the first 10 months of 2023, shipments to the US declined 8.1 percent, while "
        "those to Russia jumped 53.9 percent. Imports from Japan fell 4 percent, while those "
        "from Brazil rose 9 percent."
    )
    got = described(text)
    assert "China with United States 2023-01/2023-10 exports yoy_growth: -8.1 percent" in got
    assert "China with Russia 2023-01/2023-10 exports yoy_growth: 53.9 percent" in got
    assert "China with Brazil 2023-01/2023-10 imports yoy_growth: 9 percent" in got


# --- growth in volume ------------------------------------------------------------------------
def test_growth_in_volume_is_skipped_and_growth_in_value_is_read() -> None:
    text = (
        " date 2023-11-07\nChina's trade\n\n"
        "In the first 10 months of 2023, China's imports of iron ore rose 6.7 percent in "
        "volume, and imports of soybeans rose 3 percent by value."
    )
    result = extract(text)
    got = {f.describe() for f in result.facts}
    assert not any("6.7" in line for line in got)
    assert "China (soybeans) 2023-01/2023-10 imports yoy_growth: 3 percent" in got
    assert any(s.text == "6.7 percent" and "volume" in s.reason for s in result.skipped)


# --- "its trade" after a city introduced by an apposition ---------------------------------
def test_its_trade_is_the_city_the_sentence_opens_with_not_the_province_it_lies_in() -> None:
    text = (
        " date 2023-10-20\nZhejiang's foreign trade\n\n"
        "Zhejiang's trade rose 5 percent in the first nine months of 2023.\n"
        "Wenzhou, a coastal city in Zhejiang, saw its trade rise 3 percent to 200 billion "
        "yuan.\n"
        "East China's Zhejiang Province saw its exports rise 4 percent in the period."
    )
    got = described(text)
    assert "Wenzhou 2023-01/2023-09 total value: 200 billion CNY" in got
    assert "Zhejiang 2023-01/2023-09 exports yoy_growth: 4 percent" in got


# --- a headline that rounds a body figure ----------------------------------------------------
def test_a_headline_rounding_a_body_figure_is_not_a_second_fact() -> None:
    text = (
        "Hubei's foreign trade climbs 10 pct in H1\n\n"
        "Source: Xinhua | 2024-07-18\n\n"
        "Central China's Hubei Province registered a foreign trade volume of 349.4 billion "
        "yuan in the first half of the year, an increase of 10.1 percent over the same "
        "period last year."
    )
    got = described(text)
    assert "Hubei 2024-H1 total yoy_growth: 10.1 percent" in got
    assert "Hubei 2024-H1 total yoy_growth: 10 percent" not in got


def test_a_headline_figure_the_body_does_not_round_stays() -> None:
    text = (
        "Hubei's exports climb 12 pct in H1\n\n"
        "Source: Xinhua | 2024-07-18\n\n"
        "Central China's Hubei Province registered a foreign trade volume of 349.4 billion "
        "yuan in the first half of the year, an increase of 10.1 percent over the same "
        "period last year."
    )
    assert "Hubei 2024-H1 exports yoy_growth: 12 percent" in described(text)


# --- "while those of <product>" ------------------------------------------------------------
def test_those_of_a_product_after_a_product_flow_is_that_products_flow() -> None:
    text = (
        " date 2024-07-18\nHubei\n\n"
        "In the first half of 2024, Hubei's exports of automobiles soared 35.8 percent, "
        "while those of steel products dropped 5 percent. Its exports of tea rose 4 percent, "
        "while those of the same period last year had fallen."
    )
    got = described(text)
    assert "Hubei (automobiles) 2024-H1 exports yoy_growth: 35.8 percent" in got
    assert "Hubei (steel products) 2024-H1 exports yoy_growth: -5 percent" in got
    assert "Hubei (tea) 2024-H1 exports yoy_growth: 4 percent" in got
    assert not any("same period" in line for line in got)


# --- "the January-May period of 2024" ----------------------------------------------------
def test_a_month_range_period_of_a_year_is_that_years_range() -> None:
    text = (
        "Fujian's exports to Africa jump\n\n"
        "FUZHOU, June 10 (Xinhua) -- Fujian Province exported 35.2 billion yuan worth of "
        "goods to Africa in the January-May period of 2024, surging by nearly 40 percent "
        "year on year."
    )
    got = described(text)
    assert "Fujian with Africa 2024-01/2024-05 exports value: 35.2 billion CNY" in got
    assert "Fujian with Africa 2024-01/2024-05 exports yoy_growth: about 40 percent" in got


# --- a share that moved: the level it reached, not the one it left -----------------------
def test_a_share_that_rose_to_a_level_is_a_share_and_the_earlier_level_is_skipped() -> None:
    text = (
        " date 2024-06-10\nFujian\n\n"
        "In the first five months of 2024, Africa's share of Fujian's total exports rose to "
        "5.8 percent, up from 4.3 percent a year earlier."
    )
    result = extract(text)
    got = {f.describe() for f in result.facts}
    assert "Fujian with Africa 2024-01/2024-05 exports share: 5.8 percent" in got
    assert not any("4.3" in line for line in got)
    assert any(s.text == "4.3 percent" for s in result.skipped)


def test_trade_with_a_neighbouring_country_is_trade_with_that_partner() -> None:
    text = (
        " date 2021-07-08\nYunnan\n\n"
        "Yunnan's trade with neighboring Laos rose 9 percent to 2 billion yuan in the first "
        "five months of 2021."
    )
    assert "Yunnan with Laos 2021-01/2021-05 total value: 2 billion CNY" in described(text)


def test_its_trade_is_not_the_customs_district_named_before() -> None:
    text = (
        " date 2023-10-20\nGansu\n\n"
        "Gansu's exports rose 4 percent in the first nine months of 2023, Lanzhou Customs "
        "said, and its imports fell 2 percent."
    )
    got = described(text)
    assert "Gansu 2023-01/2023-09 imports yoy_growth: -2 percent" in got
