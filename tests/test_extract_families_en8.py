"""English phrasing families met on a tenth set of held-back articles (issue 9, round ten).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- a flow word compounded with "trade": "export trade", "the balance of trade" ----------
def test_export_trade_and_import_trade_are_the_flows_not_total_trade() -> None:
    text = (
        " date 2019-08-02\n"
        "In the first half of 2019, Wenzhou's export trade reached 61.2 billion yuan, up "
        "8.5%, while its import trade came to 17.4 billion yuan, down 2.3%."
    )
    found = described(text)
    assert "Wenzhou 2019-H1 exports value: 61.2 billion CNY" in found
    assert "Wenzhou 2019-H1 imports yoy_growth: -2.3 percent" in found
    assert not any(" total " in d for d in found), found


def test_the_balance_of_trade_is_the_balance() -> None:
    text = (
        " date 2016-02-01\n"
        "Qingdao posted a favourable balance of trade of 9.8 billion yuan in 2015, and "
        "Yantai's trade balance stood at 4.1 billion yuan."
    )
    found = described(text)
    assert "Qingdao 2015 balance value: 9.8 billion CNY" in found
    assert not any(" total " in d for d in found), found


# --- a quarter written with a digit ordinal or a Roman numeral ------------------------------
def test_a_roman_numeral_quarter_is_that_quarter_not_the_whole_year() -> None:
    text = (
        " date 2021-05-11\n"
        "Kazakhstan's trade with China in the II quarter of 2020 decreased by 6.2%, "
        "to $ 3.15 billion, the customs service said."
    )
    found = described(text)
    assert "Kazakhstan with China 2020-Q2 total yoy_growth: -6.2 percent" in found, found
    assert not any(" 2020 " in d for d in found), found


def test_a_digit_ordinal_quarter_and_half() -> None:
    text = (
        " date 2018-11-02\n"
        "Xiamen's exports rose 7.7 percent in the 3rd quarter of 2018. Its imports fell "
        "2.5 percent in the 1st half of 2018."
    )
    found = described(text)
    assert "Xiamen 2018-Q3 exports yoy_growth: 7.7 percent" in found, found
    assert "Xiamen 2018-H1 imports yoy_growth: -2.5 percent" in found, found


# --- an undated text restates its opening part of a year with the year -------------------
def test_the_opening_part_restated_with_its_year_dates_this_year() -> None:
    text = (
        "Trade figures\n"
        "In the first half of this year, trade between Vietnam and China rose by 11.2%, "
        "to $ 61.5 billion.\n"
        "In 2016 it grew by 5.3%, and in 2017 by 18.4%.\n"
        "China's exports to Vietnam in the first half of 2018 grew by 7.9%."
    )
    found = described(text)
    assert "China with Vietnam 2018-H1 total value: 61.5 billion USD" in found, found
    assert "China with Vietnam 2018-H1 exports yoy_growth: 7.9 percent" in found, found


def test_this_year_after_a_background_year_is_the_articles_year() -> None:
    text = (
        "Exports climb\n"
        "Fuzhou's exports rose 9.1% in January-April of this year. "
        "In 2019 they had fallen 2.4%. Imports rose 3.3% in the first four months of this "
        "year. Overall, Fuzhou's trade in January-April 2021 grew by 6.6%."
    )
    found = described(text)
    assert "Fuzhou 2021-01/2021-04 imports yoy_growth: 3.3 percent" in found, found
    assert not any("2019-01/2019-04" in d for d in found), found


def test_the_same_months_of_a_year_whose_whole_is_reported_are_a_comparison() -> None:
    # (the year restated is one the text also reports whole: a past year compared with)
    text = (
        "Trade climbs\n"
        "Trade between Chile and China rose 21.4 percent in the first five months of this "
        "year.\nThis follows 17 percent growth for the whole of 2011 and 19.9 percent in the "
        "first five months of 2011."
    )
    found = described(text)
    assert "Chile with China 2012-01/2012-05 total yoy_growth: 21.4 percent" in found, found


# --- the reporter's own "foreign trade" after a passage on one partner --------------------
def test_the_countrys_foreign_trade_after_a_partner_paragraph_is_with_the_world() -> None:
    text = (
        " date 2019-05-10\n"
        "Trade between China and Brazil rose 9.1% in the first four months of 2019.\n"
        "Overall, the value of China's foreign trade in the period grew by 4.3%."
    )
    found = described(text)
    assert "China 2019-01/2019-04 total yoy_growth: 4.3 percent" in found, found


def test_foreign_trade_as_a_whole_is_with_the_world() -> None:
    text = (
        " date 2017-08-09\n"
        "Shandong's trade with South Korea rose 6.6% in the first seven months of 2017. "
        "Foreign trade as a whole expanded by 12.5% in the period."
    )
    found = described(text)
    assert "Shandong 2017-01/2017-07 total yoy_growth: 12.5 percent" in found, found


def test_the_countrys_foreign_trade_as_a_benchmark_keeps_the_partner() -> None:
    # (guard: after "than", the reporter's foreign trade is what the growth is compared with)
    text = (
        " date 2012-03-02\n"
        "Trade between China and Chile grew 19% in 2011, higher than China's foreign "
        "trade's growth rate."
    )
    assert "China with Chile 2011 total yoy_growth: 19 percent" in described(text)


# --- goods sold abroad or bought from the world "worth" / "valued at" a sum ---------------
def test_goods_sold_abroad_valued_at_a_sum_are_exports() -> None:
    text = (
        " date 2020-07-14\n"
        "In the first half of 2020, Jiangxi sold goods abroad valued at 98.2 billion yuan, "
        "up 4.4 percent, while buying products worth 31.7 billion yuan from around the "
        "world."
    )
    found = described(text)
    assert "Jiangxi 2020-H1 exports value: 98.2 billion CNY" in found, found
    assert "Jiangxi 2020-H1 imports value: 31.7 billion CNY" in found, found


def test_an_amount_sold_worth_of_products_to_overseas_buyers() -> None:
    text = (
        " date 2015-04-20\n"
        "Firms in Ningbo sold more than 21.3 billion yuan worth of products to overseas "
        "buyers in the first quarter of 2015."
    )
    assert "Ningbo 2015-Q1 exports value: more than 21.3 billion CNY" in described(text)


def test_goods_sold_with_no_border_crossed_are_not_trade() -> None:
    # (guard: no country, no "abroad": a sale at home is not said to be trade)
    text = (
        " date 2015-04-20\n"
        "Retailers in Ningbo sold goods worth 8.8 billion yuan in the first quarter of 2015."
    )
    assert described(text) == set()


# --- a fall said as a "reduction" or as "N% less" ------------------------------------------
def test_a_reduction_and_a_percentage_less_are_falls() -> None:
    text = (
        " date 2016-09-08\n"
        "Dalian's imports in the first eight months of 2016 saw a year-on-year reduction "
        "of 5.6 percent. Its exports came to 41.2 billion yuan, which is 3.3% less compared "
        "to the same period last year."
    )
    found = described(text)
    assert "Dalian 2016-01/2016-08 imports yoy_growth: -5.6 percent" in found, found
    assert "Dalian 2016-01/2016-08 exports yoy_growth: -3.3 percent" in found, found


# --- "this figure" / bare "Volume" refer back to the trade of the sentence before ----------
def test_this_figure_after_an_opening_year_refers_back_to_the_trade() -> None:
    text = (
        " date 2020-02-11\n"
        "In 2018, trade between China and Chile rose 12.1%, to $ 42.6 billion. In 2019, "
        "this figure increased by 3.2%, to $ 43.9 billion."
    )
    found = described(text)
    assert "China with Chile 2019 total yoy_growth: 3.2 percent" in found, found
    assert "China with Chile 2019 total value: 43.9 billion USD" in found, found


def test_bare_volume_grew_with_partners_refers_back_to_the_trade() -> None:
    text = (
        " date 2021-06-22\n"
        "Zhejiang's trade with ASEAN rose 19.2 percent in the first five months of 2021. "
        "Volume also rose with Japan, by 8.8 percent in the period."
    )
    found = described(text)
    assert "Zhejiang with Japan 2021-01/2021-05 total yoy_growth: 8.8 percent" in found, found


# --- "the 11 months ending in November", "this July" ---------------------------------------
def test_the_months_ending_in_a_month_are_the_year_to_that_month() -> None:
    text = (
        " date 2019-12-16\n"
        "Hebei's exports rose 3.9 percent in the 11 months ending in November 2019. Its "
        "imports grew 2.1 percent in the 11 months to November."
    )
    found = described(text)
    assert "Hebei 2019-01/2019-11 exports yoy_growth: 3.9 percent" in found, found
    assert "Hebei 2019-01/2019-11 imports yoy_growth: 2.1 percent" in found, found


def test_this_month_name_is_that_month() -> None:
    text = (
        " date 2018-08-20\n"
        "Qingdao's cross-border e-commerce exports reached 410 million yuan this July."
    )
    found = described(text)
    assert "Qingdao (cross-border e-commerce) 2018-07 exports value: 410 million CNY" in found


# --- a figure in brackets right after each name of a list ----------------------------------
def test_a_bracketed_figure_after_each_partner_is_that_partners() -> None:
    text = (
        " date 2023-05-18\n"
        "Fujian's trade grew in the first four months of 2023 with Brazil (12.1 percent) and "
        "India (up 7.4 percent)."
    )
    found = described(text)
    assert "Fujian with Brazil 2023-01/2023-04 total yoy_growth: 12.1 percent" in found, found
    assert "Fujian with India 2023-01/2023-04 total yoy_growth: 7.4 percent" in found, found


# --- sentences glued at a full stop; an amount "more than that in <year>" -----------------
def test_a_full_stop_glued_to_the_next_sentence_breaks_it() -> None:
    text = (
        " date 2022-07-14\n"
        "In the first half of 2022, trade between China and Peru rose 8.2%, while trade "
        "with Chile had fallen 1.2% in 2021.Exports to Peru grew by 11.6%."
    )
    found = described(text)
    assert "China with Peru 2022-H1 exports yoy_growth: 11.6 percent" in found, found


def test_an_amount_more_than_that_of_an_earlier_year_is_a_change_not_a_value() -> None:
    text = (
        " date 2011-01-10\n"
        "Tianjin's imports and exports in 2010 reached 82.1 billion US dollars, 17.6 billion "
        "US dollars more than that in 2009, a year-on-year growth of 27.3 percent."
    )
    found = described(text)
    assert "Tianjin 2010 total value: 82.1 billion USD" in found, found
    assert "Tianjin 2010 total yoy_growth: 27.3 percent" in found, found
    assert not any("17.6" in d for d in found), found


# --- a month written before its flow noun: "The December surplus" -------------------------
def test_a_month_before_the_flow_noun_dates_the_figure() -> None:
    text = (
        " date 2013-01-10\n"
        "Hong Kong's exports grew 2.9% in 2012. The December exports stood at "
        "HK$312.5 billion, up from the November figure."
    )
    found = described(text)
    assert "Hong Kong 2012-12 exports value: 312.5 billion HKD" in found, found


# --- a share that "rises to" a level, in a headline's present tense -----------------------
def test_a_share_that_rises_to_a_level_is_a_share_not_growth() -> None:
    text = (
        " date 2024-07-15\n"
        "EU's share of Jiangsu's foreign trade climbs to 14.2% in H1 2024\n"
        "Jiangsu's trade with the EU rose 4.4 percent in the first half of 2024."
    )
    found = described(text)
    assert not any("yoy_growth: 14.2" in d for d in found), found
    text = (
        " date 2021-10-12\n"
        "In the first three quarters of 2021, Africa's share of Hunan's exports hits 9.8%, "
        "and the share of Hunan's imports rises to 4.1%."
    )
    found = described(text)
    assert not any("yoy_growth" in d for d in found), found


# --- hard-wrapped copy: a line ending in a word that never ends a sentence ----------------
def test_a_wrapped_line_ending_in_and_goes_on_with_the_capitalised_name() -> None:
    text = (
        " date 2007-04-12\n"
        "China's exports in the first quarter of 2007 grew by 27.8 percent\n"
        "year on year to US$252.1 billion, while imports were up 18.2\n"
        "percent. Germany is China's largest European partner and\n"
        "France, the second, with the trade volume reaching US$21.5 billion\n"
        "and US$7.3 billion respectively.\n"
        "India remains\n"
        "China's tenth largest trading partner with bilateral trade growing\n"
        "by 41.2 percent year on year.\n"
    )
    found = described(text)
    assert "China with Germany 2007-Q1 total value: 21.5 billion USD" in found, found
    assert "China with France 2007-Q1 total value: 7.3 billion USD" in found, found
    assert "China with India 2007-Q1 total yoy_growth: 41.2 percent" in found, found


def test_a_headline_line_is_not_joined_to_the_dateline() -> None:
    # (guard: a headline that ends in a plain word stays its own line)
    text = (
        "Chongqing exports jump in March\n"
        "CHONGQING, April 15 (Xinhua) -- Chongqing's exports rose 12.4 percent in March 2016,\n"
        "customs data showed, while imports\n"
        "fell 3.1 percent.\n"
    )
    found = described(text)
    assert "Chongqing 2016-03 exports yoy_growth: 12.4 percent" in found, found
    assert "Chongqing 2016-03 imports yoy_growth: -3.1 percent" in found, found


# --- "bilateral goods trade"; a unit glued to the word after it ----------------------------
def test_bilateral_goods_trade_refers_back_to_the_pair() -> None:
    text = (
        " date 2018-05-09\n"
        "Facts on China's trade with South Korea\n"
        "China is South Korea's largest trade partner. In 2017, bilateral goods trade rose "
        "10.9 percent to $280.3 billion."
    )
    found = described(text)
    assert "China with South Korea 2017 total yoy_growth: 10.9 percent" in found, found


def test_a_currency_glued_to_the_next_word_is_read() -> None:
    text = (
        " date 2017-07-14\n"
        "Anhui's foreign trade rose 12.4 percent to reach 243.5 billion yuanin the first "
        "half of 2017, and exports came to 151.2 billion yuanfor the period."
    )
    found = described(text)
    assert "Anhui 2017-H1 total value: 243.5 billion CNY" in found, found
    assert "Anhui 2017-H1 exports value: 151.2 billion CNY" in found, found


# --- a decimal comma in translated copy -----------------------------------------------------
def test_a_decimal_comma_before_percent_is_one_figure() -> None:
    text = (
        " date 2021-04-20\n"
        "In the first quarter of 2021, Turkey's exports to China increased by 24,6 percent, "
        "while its imports from China grew by 31,05%."
    )
    found = described(text)
    assert "Turkey with China 2021-Q1 exports yoy_growth: 24.6 percent" in found, found
    assert "Turkey with China 2021-Q1 imports yoy_growth: 31.05 percent" in found, found
    assert not any("yoy_growth: 6 percent" in d for d in found), found


def test_a_list_of_figures_with_commas_is_not_a_decimal() -> None:
    # (guard: "3,5 and 12 percent" is three figures; no decimal comma before "and")
    from tradestat.extraction.numbers import find_mentions

    text = "grew 1,234 percent, and 3,5 and 12 percent"
    assert [m.digits for m in find_mentions(text)] == ["1234", "3", "5", "12"]


# --- "export and import" / "import value and export value" with two figures respectively --
def test_singular_export_and_import_with_two_figures_respectively_are_two_flows() -> None:
    text = (
        " date 2008-11-12\n"
        "In the first ten months of 2008, China saw the value of export and import increase 21.7 "
        "percent and 26.4 percent to US$1,184.2 and US$957.6 billion respectively."
    )
    found = described(text)
    assert "China 2008-01/2008-10 exports yoy_growth: 21.7 percent" in found, found
    assert "China 2008-01/2008-10 imports yoy_growth: 26.4 percent" in found, found


def test_import_value_and_export_value_reached_two_amounts_respectively() -> None:
    text = (
        " date 2019-11-20\n"
        "From January to October 2019, Xiamen's total import value and export value with "
        "Africa reached 18.3 billion yuan and 9.6 billion yuan respectively."
    )
    found = described(text)
    assert "Xiamen with Africa 2019-01/2019-10 imports value: 18.3 billion CNY" in found, found
    assert "Xiamen with Africa 2019-01/2019-10 exports value: 9.6 billion CNY" in found, found


# --- "waned"; "That was down N percent" after a figure --------------------------------------
def test_waned_is_a_fall_and_that_was_refers_back() -> None:
    text = (
        " date 2015-04-14\n"
        "Tianjin's trade with Japan waned by 3.4 percent in the first quarter of 2015.\n"
        "Tianjin's foreign trade stood at 51.5 billion yuan in March 2015. That was down 6.2 "
        "percent on an annual basis."
    )
    found = described(text)
    assert "Tianjin with Japan 2015-Q1 total yoy_growth: -3.4 percent" in found, found
    assert "Tianjin 2015-03 total yoy_growth: -6.2 percent" in found, found


# --- "The volume accounted for N percent" after a sentence on a kind of firm --------------
def test_the_volume_accounted_for_refers_back_to_the_segment() -> None:
    text = (
        " date 2020-10-22\n"
        "In the first three quarters of 2020, Xi'an's foreign-invested enterprises traded "
        "goods worth 188.3 billion yuan abroad, up 9.2 percent. The volume accounted for "
        "71.4 percent of Xi'an's total foreign trade in the same period."
    )
    found = described(text)
    assert any(
        d.startswith("Xi'an (foreign-invested enterprises) 2020-01/2020-09 total share: 71.4")
        for d in found
    ), found


# --- a threshold passed on the way to the value written after it --------------------------
def test_a_threshold_surpassed_to_a_value_is_not_a_value() -> None:
    text = (
        " date 2007-01-11\n"
        "In 2006, Fujian's trade with Taiwan surpassed 10 billion US dollars to 12.4 billion "
        "US dollars, and its exports topped $8 billion to $8.6 billion."
    )
    found = described(text)
    assert "Fujian with Taiwan 2006 total value: 12.4 billion USD" in found, found
    assert not any(" 10 billion" in d or " 8 billion" in d for d in found), found


def test_a_threshold_passed_with_no_value_after_it_is_kept() -> None:
    # (guard: "passed the 30 billion dollar mark" alone is what the text says)
    text = (
        " date 2016-12-20\n"
        "Xiamen's exports surpassed 30 billion US dollars in the first 11 months of 2016."
    )
    assert "Xiamen 2016-01/2016-11 exports value: more than 30 billion USD" in described(text)


# --- the amount right after a possessive month is that month's ----------------------------
def test_the_amount_after_from_a_possessive_month_is_that_months() -> None:
    text = (
        " date 2010-01-11\n"
        "Dalian's trade surplus stood at 2.1 billion US dollars in December 2009, up from "
        "November's 1.8 billion dollars. Its exports hit 6.2 billion dollars in December "
        "2009, down from October's US$6.9 billion."
    )
    found = described(text)
    assert "Dalian 2009-12 balance value: 2.1 billion USD" in found, found
    assert "Dalian 2009-11 balance value: 1.8 billion USD" in found, found
    assert "Dalian 2009-10 exports value: 6.9 billion USD" in found, found
