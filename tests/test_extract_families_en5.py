"""English phrasing families met on a seventh set of held-back articles (issue 9, round seven).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- a run of years ending in a month of the year of publication --------------------------
def test_a_run_of_years_up_to_a_day_in_the_current_year() -> None:
    text = (
        " date 2023-09-22\n"
        "From 2013 to Aug 31 in the current year, Ningde's exports reached 900 billion yuan, "
        "according to the local customs."
    )
    assert "Ningde 2013-01/2023-08 exports value: 900 billion CNY" in described(text)


def test_a_run_of_years_through_the_end_of_a_month_this_year() -> None:
    text = (
        " date 2021-07-02\n"
        "From 2015 through the end of May this year, Jinhua's imports totaled "
        "120 billion yuan, the city's customs said."
    )
    assert "Jinhua 2015-01/2021-05 imports value: 120 billion CNY" in described(text)


def test_a_run_of_years_up_to_a_month_and_day_of_a_written_year() -> None:
    text = (
        "From 2016 to June 30, 2022, Liuzhou's trade totaled 300 billion yuan, "
        "according to customs data."
    )
    assert "Liuzhou 2016-01/2022-06 total value: 300 billion CNY" in described(text)


# --- a partner group referred back to ------------------------------------------------------
def test_the_countries_and_regions_refer_back_to_the_group_named_before() -> None:
    text = (
        " date 2023-11-09\n"
        "Many firms in Weifang trade with the countries involved in the Belt and Road "
        "Initiative.\n"
        "In the first half of this year, Weifang's trade with the countries and regions "
        "reached 20 billion yuan."
    )
    assert "Weifang with BRI countries 2023-H1 total value: 20 billion CNY" in described(text)


def test_trade_between_firms_and_these_countries_is_with_the_group() -> None:
    text = (
        " date 2022-03-01\n"
        "Quanzhou's trade with RCEP members grew fast last year.\n"
        "Trade between private firms and these countries hit 50 billion yuan in 2021."
    )
    found = described(text)
    assert any(
        d.startswith("Quanzhou with RCEP") and " 2021 total " in d and d.endswith("50 billion CNY")
        for d in found
    ), found


def test_this_trade_refers_back_to_the_group_of_the_sentence_before() -> None:
    text = (
        " date 2020-05-10\n"
        "Trade between Yantai and countries along the Belt and Road keeps growing.\n"
        "In 2019, the value of this trade reached 80 billion yuan, according to Yantai Customs."
    )
    assert "Yantai with BRI countries 2019 total value: 80 billion CNY" in described(text)


def test_the_countries_with_a_postmodifier_are_named_there_not_referred_back() -> None:
    text = (
        " date 2023-11-09\n"
        "Linyi has many partners in the European Union.\n"
        "In 2022, Linyi's exports to the countries along the Belt and Road reached "
        "30 billion yuan."
    )
    assert "Linyi with BRI countries 2022 exports value: 30 billion CNY" in described(text)


# --- the country a place lies in is no side of the trade -----------------------------------
def test_east_chinas_province_is_where_the_city_lies_not_a_trade_side() -> None:
    text = (
        " date 2023-09-22\n"
        "Trade between Putian city in East China's Fujian province and countries involved in "
        "the Belt and Road Initiative is growing.\n"
        "In 2022, the value of this trade reached 40 billion yuan, according to Putian Customs."
    )
    assert "Putian with BRI countries 2022 total value: 40 billion CNY" in described(text)


def test_southwest_chinas_region_is_where_the_city_lies_too() -> None:
    text = (
        " date 2021-04-01\n"
        "Trade between Qinzhou in southwest China's Guangxi and ASEAN has boomed.\n"
        "Last year, bilateral trade totaled 30 billion yuan."
    )
    assert "Qinzhou with ASEAN 2020 total value: 30 billion CNY" in described(text)


# --- "the same period last year" is a comparison, never a whole year's figure ---------------
def test_a_rise_compared_with_the_same_period_last_year_keeps_the_period_in_force() -> None:
    text = (
        " date 2012-12-10\n"
        "Zhuhai's trade reached 50 billion dollars in the first 11 months.\n"
        "Exports reached 30 billion dollars, up 8 percent, which was 2 percentage points "
        "lower than the rise in the same period last year."
    )
    found = described(text)
    assert "Zhuhai 2012-01/2012-11 exports value: 30 billion USD" in found
    assert not any(" 2011 " in d for d in found), found


def test_growth_slower_than_in_the_same_quarter_last_year_keeps_the_quarter() -> None:
    text = (
        " date 2016-04-12\n"
        "Dalian's trade in the first quarter totaled 12 billion dollars.\n"
        "Imports came to 4 billion dollars, up 6 percent, a slower pace than the growth "
        "registered in the same quarter last year."
    )
    found = described(text)
    assert "Dalian 2016-Q1 imports value: 4 billion USD" in found
    assert not any(" 2015 " in d for d in found), found


def test_the_countries_after_a_list_in_the_same_sentence_are_the_list() -> None:
    text = (
        " date 2022-03-20\n"
        "Japan, South Korea and ASEAN were Wenzhou's top partners, with exports to the "
        "countries totaling 5, 4 and 3 billion yuan in January and February, respectively."
    )
    found = described(text)
    assert "Wenzhou with Japan 2022-01/2022-02 exports value: 5 billion CNY" in found
    assert "Wenzhou with ASEAN 2022-01/2022-02 exports value: 3 billion CNY" in found


# --- "between January and May": a run of months ----------------------------------------------
def test_between_two_months_this_year_is_the_run_of_months() -> None:
    text = (
        " date 2023-07-21\n"
        "Between January and May this year, Nantong's exports surged 25 percent to "
        "60 billion yuan."
    )
    assert "Nantong 2023-01/2023-05 exports value: 60 billion CNY" in described(text)


def test_between_two_months_of_a_written_year_is_the_run_of_months() -> None:
    text = (
        "Jiaxing's imports reached 9 billion yuan between March and June 2019, "
        "according to the city's customs."
    )
    assert "Jiaxing 2019-03/2019-06 imports value: 9 billion CNY" in described(text)


# --- an amount of change is no value; the rate that restates it is growth -------------------
def test_an_increase_of_an_amount_or_a_percent_is_growth_not_a_value_or_share() -> None:
    text = (
        "Foshan's exports reached 80 billion dollars in 2010, an increase of 6 billion "
        "dollars, or 8.1 percent over the previous year."
    )
    ex = extract(text)
    found = {f.describe() for f in ex.facts}
    assert found == {
        "Foshan 2010 exports value: 80 billion USD",
        "Foshan 2010 exports yoy_growth: 8.1 percent",
    }
    assert any(s.reason.startswith("a change in value") for s in ex.skipped)


def test_a_drop_by_an_amount_is_skipped_and_its_rate_falls() -> None:
    text = (
        "Zhongshan's imports fell by US$2 billion to US$30 billion in 2013.\n"
        "Its exports totaled US$40 billion in 2013, a decline of US$1 billion, or 2.4 "
        "percent year on year."
    )
    found = described(text)
    assert "Zhongshan 2013 imports value: 30 billion USD" in found
    assert "Zhongshan 2013 exports yoy_growth: -2.4 percent" in found
    assert not any(": 2 billion USD" in d or ": 1 billion USD" in d for d in found), found


# --- the "with ..." tail of a forecast is forecast too --------------------------------------
def test_the_with_tail_of_a_forecast_is_no_reported_figure() -> None:
    text = (
        " date 2016-12-08\n"
        "Shantou's trade is expected to reach 70 billion yuan this year, with exports "
        "hitting 45 billion yuan, up 6 percent."
    )
    ex = extract(text)
    assert not ex.facts
    assert sum(s.reason.startswith("a forecast") for s in ex.skipped) == 3


def test_the_with_tail_of_a_projection_is_no_reported_figure_either() -> None:
    text = (
        " date 2019-01-05\n"
        "Officials forecast that Wuxi's trade would grow 5 percent in 2019, with imports "
        "rising 3 percent to 40 billion yuan."
    )
    assert not extract(text).facts


def test_the_with_tail_of_a_reported_figure_is_reported() -> None:
    text = (
        " date 2016-12-08\n"
        "Shantou's exports rose 5 percent to 60 billion yuan in November, with imports "
        "reaching 20 billion yuan."
    )
    assert "Shantou 2016-11 imports value: 20 billion CNY" in described(text)
