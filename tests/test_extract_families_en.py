"""English phrasing families met on articles from other outlets (issue 9, third round).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- a currency code glued to the digits ---------------------------------------------------
def test_rmb_glued_to_the_digits_is_read_as_yuan() -> None:
    text = (
        " date 2020-05-10\nShanxi trade grows\n\n"
        "In the first four months of 2020, the foreign trade of Shanxi Province amounted to "
        "RMB40.5 billion, up 12.3% year on year."
    )
    got = described(text)
    assert "Shanxi 2020-01/2020-04 total value: 40.5 billion CNY" in got
    assert "Shanxi 2020-01/2020-04 total yoy_growth: 12.3 percent" in got


def test_letters_glued_to_digits_are_still_no_figure() -> None:
    text = (
        " date 2020-05-10\nShanxi\n\nShanxi's trade in the first four months of 2020 rose "
        "by 5 percent, led by model AB12 and X5 shipments worth 3 billion yuan."
    )
    values = {repr(f.figure) for f in extract(text).facts}
    assert values == {"<Figure 5 percent>", "<Figure 3 billion CNY>"}  # not AB12 nor X5


# --- the flow written after the figure: "X for exports" -----------------------------------
def test_a_figure_for_exports_and_for_imports_takes_that_flow() -> None:
    text = (
        " date 2020-05-10\nShanxi trade grows\n\n"
        "In the first four months of 2020, Shanxi's imports and exports reached RMB40 billion, "
        "including RMB15 billion for exports, up 8% and RMB25 billion for imports, up 14%."
    )
    got = described(text)
    period = "2020-01/2020-04"
    assert f"Shanxi {period} total value: 40 billion CNY" in got
    assert f"Shanxi {period} exports value: 15 billion CNY" in got
    assert f"Shanxi {period} imports value: 25 billion CNY" in got
    assert f"Shanxi {period} exports yoy_growth: 8 percent" in got
    assert f"Shanxi {period} imports yoy_growth: 14 percent" in got


def test_billions_in_exports_names_the_flow_but_imports_and_exports_is_the_total() -> None:
    text = (
        " date 2020-05-10\nShanxi\n\n"
        "Shanxi recorded $3 billion in exports in the first four months of 2020. "
        "It recorded $7 billion in imports and exports in the same period."
    )
    got = described(text)
    assert "Shanxi 2020-01/2020-04 exports value: 3 billion USD" in got
    assert "Shanxi 2020-01/2020-04 total value: 7 billion USD" in got


# --- kinds of enterprise sharing one head noun --------------------------------------------
def test_kinds_of_enterprise_before_one_head_noun_pair_respectively() -> None:
    text = (
        " date 2020-05-10\nShanxi\n\n"
        "In the first four months of 2020, private and foreign-invested firms remained the "
        "main traders, accounting for over 70 percent of the total, with 9 billion yuan and "
        "6 billion yuan, up 3 percent and 5 percent, respectively."
    )
    got = described(text)
    period = "2020-01/2020-04"
    assert f"Shanxi (private enterprises) {period} total value: 9 billion CNY" in got
    assert f"Shanxi (foreign-invested enterprises) {period} total value: 6 billion CNY" in got
    assert f"Shanxi (private enterprises) {period} total yoy_growth: 3 percent" in got
    assert f"Shanxi (foreign-invested enterprises) {period} total yoy_growth: 5 percent" in got
    # one share for both kinds names both, never only the one written next to the noun
    both = "private enterprises and foreign-invested enterprises"
    assert f"Shanxi ({both}) {period} total share: more than 70 percent" in got


def test_three_kinds_before_one_noun_each_pair_with_their_figure() -> None:
    text = (
        " date 2020-05-10\nShanxi\n\n"
        "In the first four months of 2020, Shanxi's private, foreign-funded and state-owned "
        "companies exported 3, 4 and 5 billion yuan, respectively."
    )
    got = described(text)
    period = "2020-01/2020-04"
    assert f"Shanxi (private enterprises) {period} exports value: 3 billion CNY" in got
    assert f"Shanxi (foreign-invested enterprises) {period} exports value: 4 billion CNY" in got
    assert f"Shanxi (state-owned enterprises) {period} exports value: 5 billion CNY" in got


# --- periods: two months together, a month of last year as the base, "in 2013" -------------
def test_january_and_february_together_is_the_two_month_period() -> None:
    text = (
        " date 2021-03-20\nNingxia\n\n"
        "Ningxia's exports totaled 6 billion yuan in January and February, growing 12 percent."
    )
    got = described(text)
    assert "Ningxia 2021-01/2021-02 exports value: 6 billion CNY" in got
    assert "Ningxia 2021-01/2021-02 exports yoy_growth: 12 percent" in got


def test_two_months_apart_are_not_read_as_one_period() -> None:
    text = (
        " date 2021-08-20\nNingxia\n\nNingxia's exports totaled 6 billion yuan in March and July."
    )
    assert not any("2021-03/2021-07" in f.describe() for f in extract(text).facts)


def test_a_month_of_last_year_after_compared_with_is_the_base() -> None:
    text = (
        " date 2021-06-20\nNingxia\n\nIn the first five months of 2021, Ningxia's trade rose "
        "9 percent. In May alone, the region's trade amounted to 5 billion yuan, an increase "
        "of 20 percent compared with May of last year."
    )
    got = described(text)
    assert "Ningxia 2021-05 total value: 5 billion CNY" in got
    assert "Ningxia 2021-05 total yoy_growth: 20 percent" in got
    assert not any(" 2020 " in f for f in got)


def test_that_for_the_same_period_last_year_is_no_period() -> None:
    text = (
        " date 2008-08-17\nGansu\n\nGansu exported US$2 billion worth of goods from January "
        "to July, almost double that for the same period last year, and imported goods were "
        "valued at US$1 billion, an increase of more than 30 percent."
    )
    got = described(text)
    assert "Gansu 2008-01/2008-07 imports value: 1 billion USD" in got
    assert "Gansu 2008-01/2008-07 imports yoy_growth: more than 30 percent" in got
    assert not any(" 2007 " in f for f in got)


def test_the_first_six_months_in_a_year() -> None:
    text = (
        " date 2013-07-18\nGansu\n\nGansu exported 3 billion U.S. dollars worth of goods in "
        "the first six months in 2013, up 4 percent from a year earlier, while imports stood "
        "at 1 billion U.S. dollars."
    )
    got = described(text)
    assert "Gansu 2013-H1 exports yoy_growth: 4 percent" in got
    assert "Gansu 2013-H1 imports value: 1 billion USD" in got


# --- the nation's figures inside a regional article ---------------------------------------
def test_nationwide_opening_and_its_breakdown_are_the_nations() -> None:
    text = (
        " date 2009-08-17\nQinghai's trade rises\n\n"
        "Qinghai's foreign trade reached US$2 billion in the first seven months of 2009, "
        "up 10 percent year on year.\n"
        "Nationwide, foreign trade reached US$1.2 trillion in the first seven months, "
        "representing a year-on-year rise of 20 percent.\n"
        "In breakdown, exports totaled US$700 billion, up 15 percent, while imports were "
        "worth US$500 billion, up 25 percent.\n"
        "Qinghai's exports stood at US$1.5 billion, up 12 percent."
    )
    got = described(text)
    period = "2009-01/2009-07"
    assert f"Qinghai {period} total value: 2 billion USD" in got
    assert f"China {period} total value: 1.2 trillion USD" in got
    assert f"China {period} total yoy_growth: 20 percent" in got
    assert f"China {period} exports value: 700 billion USD" in got
    assert f"China {period} imports yoy_growth: 25 percent" in got
    # the region's own figures after the national paragraph are the region's again
    assert f"Qinghai {period} exports value: 1.5 billion USD" in got
    assert f"Qinghai {period} exports yoy_growth: 12 percent" in got


def test_a_breakdown_after_the_regions_own_figures_stays_the_regions() -> None:
    text = (
        " date 2009-08-17\nQinghai\n\n"
        "Qinghai's foreign trade reached US$2 billion in the first seven months of 2009. "
        "In breakdown, exports totaled US$1.5 billion, up 15 percent."
    )
    got = described(text)
    assert "Qinghai 2009-01/2009-07 exports value: 1.5 billion USD" in got


# --- "doubled": growth of about 100 percent -----------------------------------------------
def test_doubled_and_almost_double_are_growth_of_about_100_percent() -> None:
    text = (
        " date 2009-08-17\nQinghai\n\n"
        "Qinghai's trade value doubled in the first seven months of 2009 to US$2 billion. "
        "It exported US$1.2 billion worth of goods from January to July, almost double that "
        "for the same period last year, and its imports more than doubled to US$0.8 billion. "
        "Exports of textiles kept double-digit growth."
    )
    got = described(text)
    period = "2009-01/2009-07"
    assert f"Qinghai {period} total yoy_growth: about 100 percent" in got
    assert f"Qinghai {period} exports yoy_growth: about 100 percent" in got
    assert f"Qinghai {period} imports yoy_growth: more than 100 percent" in got
    assert f"Qinghai {period} imports value: 0.8 billion USD" in got
    assert sum("100 percent" in f for f in got) == 3  # "double-digit" is no figure


def test_times_and_fold_stay_unread() -> None:
    text = (
        " date 2009-08-17\nQinghai\n\nQinghai's imports of aircraft reached 3 billion yuan "
        "in the first seven months of 2009, up 2.6 times, and trade with Chile showed a "
        "seven-fold increase."
    )
    assert not any("percent" in f for f in described(text))


# --- a growth gap compared with "the national average growth rate" -----------------------
def test_percent_more_than_the_national_growth_rate_is_a_gap_in_points() -> None:
    text = (
        " date 2009-08-17\nQinghai\n\nQinghai's trade value rose to US$2 billion in the "
        "first seven months of 2009, 30 percent more than the national average growth rate."
    )
    got = described(text)
    assert "Qinghai 2009-01/2009-07 total growth_gap vs China: 30 percentage_point" in got


# --- a segment written after its figures: "were done via barter trade" ---------------------
def test_a_trade_mode_after_via_is_the_segment_of_the_figures_before_it() -> None:
    text = (
        " date 2009-08-17\nQinghai\n\nIn the first seven months of 2009, 60 percent of the "
        "province's foreign trade, or US$1.2 billion, was done via border trade."
    )
    got = described(text)
    period = "2009-01/2009-07"
    assert f"Qinghai (border trade) {period} total share: 60 percent" in got
    assert f"Qinghai (border trade) {period} total value: 1.2 billion USD" in got


# --- product names: spelling variants of the customs' groups ------------------------------
def test_product_groups_written_without_hyphens_or_as_advanced_technology() -> None:
    text = (
        " date 2022-03-22\nWuxi\n\nFrom January to February, Wuxi's exports reached 80 billion "
        "yuan. Mechanical and electrical products, labor intensive products, and advanced "
        "technology products were the three main exports, with values of 30, 20 and 10 "
        "billion yuan, respectively, up 14 percent, 18 percent and 4 percent."
    )
    got = described(text)
    period = "2022-01/2022-02"
    assert (
        f"Wuxi (mechanical and electrical products) {period} exports value: 30 billion CNY" in got
    )
    assert f"Wuxi (labour-intensive products) {period} exports value: 20 billion CNY" in got
    assert f"Wuxi (high-tech products) {period} exports value: 10 billion CNY" in got
    assert f"Wuxi (labour-intensive products) {period} exports yoy_growth: 18 percent" in got
    assert f"Wuxi (high-tech products) {period} exports yoy_growth: 4 percent" in got


# --- numbers of enterprises are not trade -----------------------------------------------
def test_growth_and_shares_of_numbers_of_enterprises_are_skipped() -> None:
    text = (
        " date 2022-03-22\nWuxi\n\nIn the first two months of 2022, Wuxi's trade rose 10 "
        "percent. Wuxi had 20 of the top 100 foreign trade enterprises in Jiangsu, with a "
        "year-on-year growth of 30 percent. The exports of 5,000 enterprises grew, accounting "
        "for 60 percent of the city's export enterprises."
    )
    result = extract(text)
    assert {f.describe() for f in result.facts} == {
        "Wuxi 2022-01/2022-02 total yoy_growth: 10 percent"
    }
    reasons = {s.text: s.reason for s in result.skipped}
    assert "quantity" in reasons["30 percent"]
    assert "60 percent" in reasons  # a share of enterprises (or growth of their number)


# --- one country referred back to ---------------------------------------------------------
def test_that_country_is_the_one_country_of_the_sentence_before() -> None:
    text = (
        " date 2019-07-19\nJilin\n\nJilin's trade with Japan grew fast in the first half of "
        "2019, thanks to closer cooperation. Jilin's imports and exports to that country came "
        "in at 6 billion yuan, up 9 percent."
    )
    got = described(text)
    assert "Jilin with Japan 2019-H1 total value: 6 billion CNY" in got
    assert "Jilin with Japan 2019-H1 total yoy_growth: 9 percent" in got


def test_the_region_country_after_two_countries_is_skipped_not_guessed() -> None:
    text = (
        " date 2012-07-04\nJilin\n\nJilin's trade reached $8 billion in the first five months "
        "of 2012. Qatar surpassed the United States to become the province's second-largest "
        "partner. Trade with the Middle East country stood at $900 million in the period."
    )
    result = extract(text)
    assert not any("900 million" in f.describe() for f in result.facts)
    assert any(s.text.startswith("900 million") for s in result.skipped)


# --- flow words of the total a figure is part of ------------------------------------------
def test_flow_words_of_the_total_are_not_the_figures_flow() -> None:
    text = (
        " date 2019-07-19\nJilin\n\nIn the first half of 2019, exports to Japan accounted for "
        "2 billion yuan of the total value of the province's imports and exports, a "
        "year-on-year increase of 8 percent."
    )
    got = described(text)
    assert "Jilin with Japan 2019-H1 exports value: 2 billion CNY" in got
    assert "Jilin with Japan 2019-H1 exports yoy_growth: 8 percent" in got


# --- lists of partners --------------------------------------------------------------------
def test_partner_lists_pair_with_their_growth_rates_respectively() -> None:
    text = (
        " date 2019-07-19\nJilin\n\nIn the first half of 2019, Jilin's trade rose 5 percent. "
        "The trade volume between Jilin and the European Union, Japan and South Korea "
        "increased 3 percent, 4 percent and 6 percent respectively. Meanwhile, the province's "
        "trade with countries along the Belt and Road and other members of the Regional "
        "Comprehensive Economic Partnership rose by 7 percent and 8 percent, respectively."
    )
    got = described(text)
    assert "Jilin with EU 2019-H1 total yoy_growth: 3 percent" in got
    assert "Jilin with Japan 2019-H1 total yoy_growth: 4 percent" in got
    assert "Jilin with South Korea 2019-H1 total yoy_growth: 6 percent" in got
    assert "Jilin with BRI countries 2019-H1 total yoy_growth: 7 percent" in got
    assert "Jilin with RCEP members 2019-H1 total yoy_growth: 8 percent" in got


def test_figures_before_respectively_pair_with_the_partners_named_after_it() -> None:
    text = (
        " date 2021-07-22\nLanzhou\n\nIn the first five months of 2021, Lanzhou's trade rose "
        "5 percent. The city reported increases of 11 percent and 22 percent, respectively, in "
        "trade with Japan and the European Union to 3 billion yuan and 2 billion yuan."
    )
    got = described(text)
    period = "2021-01/2021-05"
    assert f"Lanzhou with Japan {period} total yoy_growth: 11 percent" in got
    assert f"Lanzhou with EU {period} total yoy_growth: 22 percent" in got
    assert f"Lanzhou with Japan {period} total value: 3 billion CNY" in got
    assert f"Lanzhou with EU {period} total value: 2 billion CNY" in got


def test_a_partner_list_that_does_not_pair_is_skipped() -> None:
    text = (
        " date 2021-07-22\nLanzhou\n\nIn the first five months of 2021, Lanzhou's trade rose "
        "5 percent. The city reported increases of 11 percent and 22 percent, respectively, in "
        "trade with Japan, Chile and the European Union."
    )
    result = extract(text)
    assert not any(f.partner != "World" for f in result.facts)
    assert {s.text for s in result.skipped} >= {"11 percent", "22 percent"}


# --- bilateral trade ----------------------------------------------------------------------
_BILATERAL = (
    " date 2023-06-08\nChina-Brazil trade rises 20 percent in first five months\n\n"
    "BEIJING, June 7 (Xinhua) -- Trade between China and Brazil reached 60 billion U.S. "
    "dollars in the first five months of 2023, up 18 percent year on year, customs data "
    "showed.\nChina's exports to Brazil rose 5 percent to 25 billion dollars, while its "
    "imports from Brazil increased 30 percent to 35 billion dollars.\n"
    "Bilateral trade in May alone stood at 13 billion dollars.\n"
    "Brazil's imports from China rose 7 percent to 26 billion dollars, Brazilian data showed."
)


def test_bilateral_trade_is_the_reporters_with_the_other_side_as_partner() -> None:
    got = described(_BILATERAL)
    period = "2023-01/2023-05"
    assert f"China with Brazil {period} total yoy_growth: 20 percent" in got  # the headline
    assert f"China with Brazil {period} total value: 60 billion USD" in got
    assert f"China with Brazil {period} total yoy_growth: 18 percent" in got
    assert f"China with Brazil {period} exports value: 25 billion USD" in got
    assert f"China with Brazil {period} imports yoy_growth: 30 percent" in got
    assert "China with Brazil 2023-05 total value: 13 billion USD" in got


def test_the_partners_own_figures_stay_the_partners_not_mirrored() -> None:
    # Brazil's imports from China are Brazil's statistics, not China's exports
    got = described(_BILATERAL)
    assert "Brazil with China 2023-01/2023-05 imports value: 26 billion USD" in got
    assert "Brazil with China 2023-01/2023-05 imports yoy_growth: 7 percent" in got
    assert not any(f.startswith("China with Brazil") and "26 billion" in f for f in got)


def test_groups_as_the_other_side_of_bilateral_trade() -> None:
    text = (
        " date 2023-01-20\nChina-Africa trade hits record\n\nBEIJING, Jan. 19 (Xinhua) -- "
        "China-Africa trade totaled 280 billion U.S. dollars in 2022, up 11 percent. China's "
        "exports to Africa were 160 billion dollars, and its imports from African countries "
        "reached 120 billion dollars. China-ASEAN trade reached 970 billion dollars in 2022."
    )
    got = described(text)
    assert "China with Africa 2022 total value: 280 billion USD" in got
    assert "China with Africa 2022 exports value: 160 billion USD" in got
    assert "China with Africa 2022 imports value: 120 billion USD" in got
    assert "China with ASEAN 2022 total value: 970 billion USD" in got


def test_national_bilateral_trade_inside_a_regional_article_is_the_nations() -> None:
    text = (
        " date 2023-06-08\nHeilongjiang trade rises\n\nHARBIN, June 7 (Xinhua) -- "
        "Heilongjiang's trade reached 90 billion yuan in the first five months of 2023, up 10 "
        "percent year on year. China-Russia trade rose 40 percent to 90 billion dollars in the "
        "period. Heilongjiang-Russia trade rose 20 percent to 40 billion yuan."
    )
    got = described(text)
    period = "2023-01/2023-05"
    assert f"China with Russia {period} total value: 90 billion USD" in got
    assert f"China with Russia {period} total yoy_growth: 40 percent" in got
    assert f"Heilongjiang with Russia {period} total value: 40 billion CNY" in got
    assert not any(f.startswith("Heilongjiang") and "90 billion USD" in f for f in got)


# --- the region after "China's", amounts in words, "the ... mark" --------------------------
def test_the_region_after_chinas_owns_the_lead_figures() -> None:
    text = (
        " date 2024-10-17\nChina's Guizhou sees robust trade\n\nGUIYANG, Oct. 16 (Xinhua) -- "
        "China's Guizhou Province posted imports and exports of goods totalling 60 billion "
        "yuan (about 8.4 billion U.S. dollars) in the first three quarters of this year."
    )
    got = described(text)
    assert "Guizhou 2024-01/2024-09 total value: 60 billion CNY" in got
    assert "Guizhou 2024-01/2024-09 total value: about 8.4 billion USD" in got
    assert not any(f.startswith("China ") for f in got)


def test_an_amount_in_words_with_a_scale_and_currency_is_a_figure() -> None:
    text = (
        " date 2023-05-15\nGuizhou\n\nIn the first four months of 2023, Guizhou's trade rose "
        "8 percent. Of the total, exports exceeded two billion yuan, up 9 percent. It was one "
        "of the best months, and one million tonnes of coal were shipped."
    )
    got = described(text)
    assert "Guizhou 2023-01/2023-04 exports value: more than 2 billion CNY" in got
    assert not any("1 million" in f for f in got)


def test_exceeded_the_mark_is_more_than() -> None:
    text = (
        " date 2024-10-17\nGuizhou\n\nIn the first three quarters of 2024, Guizhou's trade "
        "in goods exceeded the 50 billion yuan mark for the first time."
    )
    assert "Guizhou 2024-01/2024-09 total value: more than 50 billion CNY" in described(text)


# --- one figure for a list of partners ----------------------------------------------------
def test_one_figure_for_a_list_of_partners_names_the_list_or_its_group() -> None:
    text = (
        " date 2013-07-18\nGansu\n\nIn the first half of 2013, Gansu's trade rose 5 percent. "
        "Exports to Kazakhstan, Uzbekistan, Kyrgyzstan, Turkmenistan and Tajikistan stood at "
        "2 billion U.S. dollars. Trade with Mongolia and Russia reached 1 billion dollars."
    )
    got = described(text)
    assert "Gansu with Central Asia 2013-H1 exports value: 2 billion USD" in got
    assert "Gansu with Mongolia and Russia 2013-H1 total value: 1 billion USD" in got
    assert not any("with Tajikistan" in f or "with Russia " in f for f in got)


def test_a_list_of_partners_with_an_unknown_item_is_skipped() -> None:
    text = (
        " date 2013-07-18\nGansu\n\nIn the first half of 2013, Gansu's trade rose 5 percent. "
        "Exports to Kazakhstan, Kyrgyzstan and Freedonia stood at 2 billion U.S. dollars."
    )
    result = extract(text)
    assert not any("2 billion" in f.describe() for f in result.facts)
    assert any("Freedonia" in s.reason for s in result.skipped)


# --- a clause whose verb is left out ------------------------------------------------------
def test_a_product_of_a_clause_without_its_verb_takes_its_figure() -> None:
    text = (
        " date 2018-06-26\nGuangxi\n\nIn the first five months of 2018, Guangxi's imports of "
        "crude oil reached 6 billion yuan, and frozen seafood products 2 billion yuan."
    )
    got = described(text)
    period = "2018-01/2018-05"
    assert f"Guangxi (crude oil) {period} imports value: 6 billion CNY" in got
    assert f"Guangxi (frozen seafood products) {period} imports value: 2 billion CNY" in got


def test_growth_words_after_and_are_no_product() -> None:
    text = (
        " date 2018-06-26\nGuangxi\n\nIn the first five months of 2018, Guangxi's imports of "
        "crude oil reached 6 billion yuan, and imports 2 billion yuan more than before."
    )
    assert not any("(imports" in f for f in described(text))


def test_an_older_spelling_of_a_member_still_makes_the_whole_group() -> None:
    text = (
        " date 2013-07-18\nGansu\n\nIn the first half of 2013, Gansu's trade rose 5 percent. "
        "Exports to Kazakhstan, the Kyrgyz Republic, Uzbekistan, Turkmenistan and "
        "Tadzhikistan stood at 2 billion U.S. dollars."
    )
    got = described(text)
    assert "Gansu with Central Asia 2013-H1 exports value: 2 billion USD" in got


# --- bilateral trade: the base "on the amount recorded", "the two countries" --------------
def test_a_base_after_the_amount_recorded_is_not_the_figures_period() -> None:
    text = (
        " date 2021-06-01\nChina's trade with Kenya grows\n\n"
        "China's trade with Kenya grew in the first four months of 2021, customs data showed. "
        "Trade reached 2.1 billion U.S. dollars in the period, a 4 percent rise on the amount "
        "registered in the same period of 2020. China's exports rose 5.5 percent during the "
        "period."
    )
    got = described(text)
    assert "China 2021-01/2021-04 total yoy_growth: 4 percent" in got
    assert "China 2021-01/2021-04 exports yoy_growth: 5.5 percent" in got
    assert not any(" 2020 " in line for line in got)


def test_bilateral_trade_and_the_two_countries_are_trade_with_the_partner_named_before() -> None:
    text = (
        " date 2021-06-01\nChina-Kenya trade\n\n"
        "China's exports to Kenya rose 5.5 percent to 1.8 billion U.S. dollars in the first "
        "four months of 2021. Bilateral trade reached 2.1 billion U.S. dollars in the period. "
        "Trade between the two countries rose 9 percent in April. China's overall foreign "
        "trade rose 2 percent in April."
    )
    got = described(text)
    assert "China with Kenya 2021-01/2021-04 total value: 2.1 billion USD" in got
    assert "China with Kenya 2021-04 total yoy_growth: 9 percent" in got
    # the reporter's overall trade is with the world, not the partner of the sentence before
    assert "China 2021-04 total yoy_growth: 2 percent" in got


def test_the_two_countries_with_no_partner_named_before_stays_unplaced() -> None:
    text = (
        " date 2021-06-01\nTrade news\n\n"
        "Trade between the two countries rose 9 percent in April 2021."
    )
    assert not any("with" in line for line in described(text))
