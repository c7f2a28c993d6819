"""English phrasing families met on a sixth set of held-back articles (issue 9, round six).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- when the text was written --------------------------------------------------------------
def test_a_photo_captions_date_dates_a_text_that_names_no_year() -> None:
    text = (
        "Via China Daily\n\n"
        "Cranes load containers at a port in Tianjin, on April 9, 2021. [Photo/Xinhua]\n\n"
        "TIANJIN - Tianjin's imports and exports in the first quarter of this year totaled "
        "190 billion yuan, up 12 percent from the same period last year."
    )
    assert "Tianjin 2021-Q1 total value: 190 billion CNY" in described(text)


def test_a_photo_caption_dates_a_text_in_other_words_too() -> None:
    text = (
        "Workers check goods at a bonded zone in Xiamen on Feb 2, 2019. (Photo: Xinhua)\n\n"
        "Xiamen's exports rose 5 percent to 40 billion yuan last year, the city's customs said."
    )
    assert "Xiamen 2018 exports value: 40 billion CNY" in described(text)


def test_a_file_photos_date_does_not_date_the_text() -> None:
    text = (
        "A file photo shows containers at a port in Tianjin, on April 9, 2015. [Photo/Xinhua]\n\n"
        "Tianjin's imports and exports in the first quarter of this year totaled "
        "190 billion yuan, up 12 percent."
    )
    ex = extract(text)
    assert not ex.facts
    assert any(s.reason == "no year in the text" for s in ex.skipped)


# --- the reporter named by an adjective ------------------------------------------------------
def test_the_adjective_chinese_before_trade_names_china_as_reporter() -> None:
    text = (
        "Facts on Chinese foreign trade\n"
        "These are the figures of the first half of 2009.\n"
        "Total trade reached $1 trillion, up 5 percent. Exports were $550 billion.\n"
        "Four regions saw trade above $80 billion, among them the eastern Zhejiang province."
    )
    got = described(text)
    assert "China 2009-H1 total value: 1 trillion USD" in got
    assert "China 2009-H1 exports value: 550 billion USD" in got


def test_a_possessive_without_its_apostrophe_still_names_china() -> None:
    text = (
        "Review of the half year\n"
        "Chinas exports in the first half of 2009 rose 4 percent to $550 billion. "
        "Zhejiang province contributed much of the growth."
    )
    assert "China 2009-H1 exports value: 550 billion USD" in described(text)


# --- hard-wrapped text ------------------------------------------------------------------------
def test_lines_broken_inside_a_sentence_are_read_as_one_sentence() -> None:
    text = (
        " date 2010-01-05\n"
        "BEIJING, Jan. 5 (Xinhua) -- China's foreign trade\n"
        "reached 2.2 trillion U.S. dollars last year, down 14 percent from 2008,\n"
        "customs said.\n"
        "In the first 11 months of 2009, exports were\n"
        "1.1 trillion U.S. dollars, down 18 percent year-on-year.\n"
    )
    got = described(text)
    assert "China 2009 total value: 2.2 trillion USD" in got
    assert "China 2009 total yoy_growth: -14 percent" in got
    assert "China 2009-01/2009-11 exports value: 1.1 trillion USD" in got


def test_a_headline_above_a_line_with_a_figure_is_not_joined_to_it() -> None:
    text = (
        "Jiangsu trade grows\n"
        "2019 figures: Jiangsu's exports rose 3 percent to 2.5 trillion yuan in 2019."
    )
    assert "Jiangsu 2019 exports value: 2.5 trillion CNY" in described(text)


# --- periods ----------------------------------------------------------------------------------
def test_a_bracketed_abbreviation_between_a_period_and_its_year() -> None:
    got = described(
        "In the first half (H1) of 2018, Anhui's exports rose 9% to RMB150 billion. "
        "In the third quarter (Q3) of 2018, its imports rose 4% to RMB60 billion."
    )
    assert "Anhui 2018-H1 exports value: 150 billion CNY" in got
    assert "Anhui 2018-Q3 imports value: 60 billion CNY" in got


def test_an_abbreviated_quarter_with_this_year() -> None:
    got = described(
        " date 2018-10-20\nAnhui trade\n\n"
        "In Q3 this year, Anhui's exports rose 9% to RMB80 billion. "
        "In H1 last year, they had risen 2%."
    )
    assert "Anhui 2018-Q3 exports value: 80 billion CNY" in got


def test_a_month_after_the_figures_of_a_paragraphs_first_sentence_holds_for_it() -> None:
    got = described(
        " date 2019-04-16\nGansu trade\n\n"
        "In the first quarter of 2019, Gansu's trade rose 5% to RMB9 billion.\n\n"
        "In dollar terms, Gansu's trade came to USD500 million in March, up 3%. Its exports "
        "reached USD300 million, up 6%.\n\n"
        "Imports in the first quarter fell 2%. Exports rose 8%."
    )
    assert "Gansu 2019-03 exports value: 300 million USD" in got
    assert "Gansu 2019-03 exports yoy_growth: 6 percent" in got
    assert "Gansu 2019-Q1 exports yoy_growth: 8 percent" in got


def test_a_month_after_a_later_sentences_figure_stays_with_that_figure() -> None:
    got = described(
        " date 2019-04-16\nGansu trade\n\n"
        "In the first quarter of 2019, Gansu's trade rose 5% to RMB9 billion.\n\n"
        "Its exports reached USD300 million, up 6%. Imports were USD200 million in March. "
        "Processing trade rose 4%."
    )
    assert "Gansu 2019-Q1 exports value: 300 million USD" in got
    assert "Gansu 2019-03 imports value: 200 million USD" in got
    assert "Gansu (processing trade) 2019-Q1 total yoy_growth: 4 percent" in got


# --- scraped text that lost its spaces ----------------------------------------------------
def test_figures_and_flow_words_glued_to_their_neighbours() -> None:
    got = described(
        "In the first half of 2018, Shanxi registered total imports andexports of88.2 "
        "billionyuan, up 6.1 percent, and exports of 50.3 billion yuan, up 4.4percent."
    )
    assert "Shanxi 2018-H1 total value: 88.2 billion CNY" in got
    assert "Shanxi 2018-H1 total yoy_growth: 6.1 percent" in got
    assert "Shanxi 2018-H1 exports yoy_growth: 4.4 percent" in got


def test_a_glued_figure_keeps_its_place_in_the_original_text() -> None:
    text = "In 2018, Shanxi's exports reached13.5 billionUS dollars, up 4 percent."
    records = extract(text).facts.to_records()
    (fact,) = [r for r in records if r["measure"] == "value"]
    assert (fact["value"], fact["unit"]) == (13.5, "billion USD")
    start, end = fact["span"]
    assert "13.5 billionUS dollars" in text[start:end]


def test_a_product_group_in_the_singular_before_its_flow_word() -> None:
    got = described(
        "In 2018, Shanxi's mechanical and electrical product imports reached 9 billion yuan, "
        "and its labour-intensive product exports rose 7 percent."
    )
    assert "Shanxi (mechanical and electrical products) 2018 imports value: 9 billion CNY" in got
    assert "Shanxi (labour-intensive products) 2018 exports yoy_growth: 7 percent" in got


# --- a line's label ---------------------------------------------------------------------------
def test_a_label_before_a_colon_is_the_segment_of_its_line() -> None:
    got = described(
        "Figures on Chinese foreign trade in the first half of 2009\n"
        "Total trade reached $1 trillion, up 5 percent.\n"
        "Furniture: Imports were $2.1 billion, up 3 percent; exports were $20.5 billion, "
        "down 1.5 percent.\n"
        "Crude oil: Exports rose 12 percent to $1.2 billion.\n"
        "Note: Exports are counted free on board."
    )
    assert "China (furnitures) 2009-H1 imports value: 2.1 billion USD" not in got
    assert "China (furniture) 2009-H1 imports value: 2.1 billion USD" in got
    assert "China (furniture) 2009-H1 exports value: 20.5 billion USD" in got
    assert "China (furniture) 2009-H1 exports yoy_growth: -1.5 percent" in got
    assert "China (crude oil) 2009-H1 exports value: 1.2 billion USD" in got
    assert "China 2009-H1 total value: 1 trillion USD" in got


def test_a_singular_label_names_the_plural_segment() -> None:
    got = described(
        "Review of Chinese exports in 2009\n"
        "Automobile: Exports were $5 billion, up 85 percent; imports were $7.8 billion."
    )
    assert "China (automobiles) 2009 exports value: 5 billion USD" in got
    assert "China (automobiles) 2009 imports value: 7.8 billion USD" in got


# --- several regions as the owner -----------------------------------------------------------
def test_several_regions_together_own_no_figure_of_the_reporter() -> None:
    text = (
        "Facts on Chinese foreign trade\n"
        "In the first half of 2009, China's trade fell 20 percent to $1 trillion.\n"
        "The European Union was the biggest trading partner, with bilateral trade of $200 "
        "billion.\n"
        "Five provinces and municipalities saw foreign trade exceed $50 billion. A dozen "
        "cities reported export growth above 10 percent."
    )
    ex = extract(text)
    got = {f.describe() for f in ex.facts}
    assert "China 2009-H1 total value: 1 trillion USD" in got
    assert "China with EU 2009-H1 total value: 200 billion USD" in got
    assert not any("50 billion" in line or "10 percent" in line for line in got)
    assert sum("several regions" in s.reason for s in ex.skipped) == 2


# --- the change noun a figure modifies ----------------------------------------------------
def test_a_figure_before_a_change_noun_takes_its_sign_and_flow() -> None:
    got = described(
        "In the first quarter of 2017, Hebei's exports rose 8 percent while imports surged "
        "24 percent, resulting in a 30.5-percent shrinking of trade surplus."
    )
    assert "Hebei 2017-Q1 balance yoy_growth: -30.5 percent" in got
    got = described(
        "In 2017, Hebei's exports grew, with a 5 percent year-on-year decline in imports."
    )
    assert "Hebei 2017 imports yoy_growth: -5 percent" in got


def test_a_flow_named_after_the_figure_as_a_value() -> None:
    got = described(
        "In the first quarter of 2010, Hebei posted 80.9 billion dollars in export value "
        "and 67.3 billion dollars in import value."
    )
    assert "Hebei 2010-Q1 exports value: 80.9 billion USD" in got
    assert "Hebei 2010-Q1 imports value: 67.3 billion USD" in got


# --- periods in comparisons ---------------------------------------------------------------
def test_last_with_a_month_name_is_the_latest_such_month() -> None:
    got = described(
        " date 2010-01-06\nTianjin trade\n\n"
        "In the first 11 months of 2009, Tianjin's trade fell 12 percent. Its foreign trade "
        "rose 4 percent last November year-on-year. Exports rose 3 percent last May."
    )
    assert "Tianjin 2009-11 total yoy_growth: 4 percent" in got
    assert "Tianjin 2009-05 exports yoy_growth: 3 percent" in got


def test_a_period_in_a_comparison_aside_dates_only_its_own_figure() -> None:
    got = described(
        " date 2010-01-06\nTianjin trade\n\n"
        "In December 2009, Tianjin's exports rose 6.5 percent, versus 3.1 percent in "
        "November, while imports rose 9.2 percent, compared with a drop of 1.4 percent the "
        "previous month."
    )
    assert "Tianjin 2009-12 exports yoy_growth: 6.5 percent" in got
    assert "Tianjin 2009-11 exports yoy_growth: 3.1 percent" in got
    assert "Tianjin 2009-12 imports yoy_growth: 9.2 percent" in got
    assert "Tianjin 2009-11 imports yoy_growth: -1.4 percent" in got


# --- the flows of the segment named before --------------------------------------------------
def test_the_exports_after_a_segment_sentence_are_the_segments() -> None:
    got = described(
        "In Q1 2019, Hebei's processing trade rose by 4% to RMB41 billion. The exports "
        "increased by 2.5% to RMB25 billion, and the imports fell by 1% to RMB16 billion.\n\n"
        "Exports rose 7% in all."
    )
    assert "Hebei (processing trade) 2019-Q1 exports value: 25 billion CNY" in got
    assert "Hebei (processing trade) 2019-Q1 imports value: 16 billion CNY" in got
    assert "Hebei 2019-Q1 exports yoy_growth: 7 percent" in got


def test_the_imports_after_a_sentence_with_no_segment_stay_the_reporters() -> None:
    got = described(
        "In Q1 2019, Hebei's trade reached RMB90 billion. The imports registered RMB40 billion."
    )
    assert "Hebei 2019-Q1 imports value: 40 billion CNY" in got


def test_from_and_to_under_a_span_of_years_are_its_first_and_last_year() -> None:
    got = described(
        " date 2024-09-03\nHebei trade\n\n"
        "From 2010 to 2020, Hebei's trade with Africa grew from 5 billion yuan to "
        "45 billion yuan. Between 2015 and 2020, Hebei's overall exports rose from $2 billion "
        "to $6 billion."
    )
    assert "Hebei with Africa 2010 total value: 5 billion CNY" in got
    assert "Hebei with Africa 2020 total value: 45 billion CNY" in got
    assert "Hebei 2015 exports value: 2 billion USD" in got
    assert "Hebei 2020 exports value: 6 billion USD" in got


# --- lists of products that are in no table -------------------------------------------------
def test_a_list_of_products_before_the_flow_noun_pairs_respectively() -> None:
    got = described(
        "In the first half of 2023, Hunan's excavators, bicycles and solar water heaters "
        "exports to Africa rose by 12 percent, 8 percent and 40 percent, respectively."
    )
    assert "Hunan with Africa (excavators) 2023-H1 exports yoy_growth: 12 percent" in got
    assert "Hunan with Africa (bicycles) 2023-H1 exports yoy_growth: 8 percent" in got
    assert "Hunan with Africa (solar water heaters) 2023-H1 exports yoy_growth: 40 percent" in got


def test_that_of_a_list_of_products_pairs_respectively() -> None:
    got = described(
        "In the first half of 2023, machinery led Hunan's exports, with that of cranes, "
        "pumps and tractors up 20 percent, 16 percent and 25 percent respectively."
    )
    assert "Hunan (cranes) 2023-H1 exports yoy_growth: 20 percent" in got
    assert "Hunan (pumps) 2023-H1 exports yoy_growth: 16 percent" in got
    assert "Hunan (tractors) 2023-H1 exports yoy_growth: 25 percent" in got


def test_one_figure_for_a_list_before_the_flow_noun_is_the_lists() -> None:
    got = described(
        "In the first half of 2023, Hunan's cranes, pumps and tractors exports rose 12 percent."
    )
    assert "Hunan (cranes, pumps and tractors) 2023-H1 exports yoy_growth: 12 percent" in got


# --- the nation's total written around a region's figure -------------------------------------
def test_a_figure_written_as_the_national_total_is_chinas() -> None:
    ex = extract(
        "In 2006, Fujian's foreign trade rose to US$63 billion. The province's foreign trade "
        "accounted for 3.6 percent of the US$1.76 trillion Chinese total."
    )
    got = {f.describe() for f in ex.facts}
    assert "Fujian 2006 total value: 63 billion USD" in got
    assert "China 2006 total value: 1.76 trillion USD" in got
    assert not any("3.6 percent" in line for line in got)  # a share of a higher level
    assert any("another economy" in s.reason for s in ex.skipped)


def test_more_or_less_than_an_earlier_time_is_growth() -> None:
    got = described(
        "The foreign trade of Fujian totaled US$63 billion in 2006, or 19 percent more than in "
        "2005. Its imports were US$20 billion, 4 percent less than a year earlier."
    )
    assert "Fujian 2006 total yoy_growth: 19 percent" in got
    assert "Fujian 2006 imports yoy_growth: -4 percent" in got
    got = described("In 2006, Fujian's exports grew more than 30 percent to US$43 billion.")
    assert "Fujian 2006 exports yoy_growth: more than 30 percent" in got


def test_the_growth_of_chinas_trade_after_a_figure_is_chinas() -> None:
    got = described(
        "In 2012, Fujian's trade rose 9.1 percent to $156 billion, compared with the 6.2 "
        "percent growth of China's foreign trade in 2012. Its imports fell 2 percent, against "
        "a 3 percent decline in the national imports."
    )
    assert "Fujian 2012 total yoy_growth: 9.1 percent" in got
    assert "China 2012 total yoy_growth: 6.2 percent" in got
    assert "Fujian 2012 imports yoy_growth: -2 percent" in got
    assert "China 2012 imports yoy_growth: -3 percent" in got


def test_the_last_months_of_a_year() -> None:
    got = described(
        "In 2012, Fujian's trade rose 9.1 percent. Exports in the last two months of 2012 "
        "reached $30 billion, and trade in the final three months of 2012 grew 12 percent."
    )
    assert "Fujian 2012-11/2012-12 exports value: 30 billion USD" in got
    assert "Fujian 2012-Q4 total yoy_growth: 12 percent" in got


# --- the nation's bilateral trade in a text on a region ---------------------------------------
def test_bilateral_trade_after_a_sentence_on_chinas_partner_is_chinas() -> None:
    ex = extract(
        "Shenzhen's trade with Latin America rose 7 percent to 80 billion yuan in the first "
        "half of 2024, accounting for 9.5 percent of the total China-Latin America trade.\n"
        "China has long been Brazil's largest trading partner. Bilateral trade rose 4 percent "
        "to 800 billion yuan in the same period."
    )
    got = {f.describe() for f in ex.facts}
    assert "Shenzhen with Latin America 2024-H1 total value: 80 billion CNY" in got
    assert "China with Brazil 2024-H1 total value: 800 billion CNY" in got
    assert "China with Brazil 2024-H1 total yoy_growth: 4 percent" in got
    assert not any("9.5 percent" in line for line in got)


def test_bilateral_trade_after_a_sentence_on_the_regions_partner_stays_the_regions() -> None:
    got = described(
        "In the first half of 2024, Shenzhen's exports rose 7 percent.\n"
        "Brazil is now Shenzhen's largest trading partner. Bilateral trade "
        "rose 4 percent to 80 billion yuan."
    )
    assert "Shenzhen with Brazil 2024-H1 total value: 80 billion CNY" in got


def test_a_period_named_before_the_first_figures_is_the_base() -> None:
    got = described(
        "Figures about Chinese foreign trade\n"
        "Here are the figures of the first half of 2009.\n"
        "Total trade came to $946 billion.\n"
        "In June, exports fell 21 percent.\n"
        "Furniture: Exports were $11 billion."
    )
    assert "China 2009-06 exports yoy_growth: -21 percent" in got
    assert "China (furniture) 2009-H1 exports value: 11 billion USD" in got


def test_an_estimate_is_about() -> None:
    got = described(
        "China's foreign trade probably reached 2.6 trillion U.S. dollars in 2008. Its "
        "imports from Africa rose by an estimated 40 percent."
    )
    assert "China 2008 total value: about 2.6 trillion USD" in got
    assert "China with Africa 2008 imports yoy_growth: about 40 percent" in got


# --- examples set off by commas -------------------------------------------------------------
def test_examples_of_a_flow_set_off_by_commas_are_not_its_segment() -> None:
    got = described(
        "In the first half of 2017, China's imports from Africa, including crude oil, "
        "agricultural products and copper, amounted to $38 billion. Its exports to Africa, "
        "such as steel, textiles and machinery, rose 6 percent."
    )
    assert "China with Africa 2017-H1 imports value: 38 billion USD" in got
    assert "China with Africa 2017-H1 exports yoy_growth: 6 percent" in got


def test_examples_after_a_segment_keep_the_segment() -> None:
    got = described(
        "In 2017, Hebei's exports of machinery, such as cranes, pumps and tractors, rose 5 percent."
    )
    assert "Hebei (machinery) 2017 exports yoy_growth: 5 percent" in got
