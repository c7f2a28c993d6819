"""English phrasing families met on an eleventh set of held-back articles (issue 9, round 11).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described, reasons


# --- a headline that makes a foreign economy the owner of its trade with China ----------
def test_a_bloc_that_owns_the_headlines_trade_is_the_reporter() -> None:
    text = (
        " date 2015-03-02\n"
        "EU exports to China down by 4% in 2014\n\n"
        "EU28 exports to China fell by 4% in 2014 to 160 billion euro, Eurostat said. "
        "Next week a trade delegation travels to Shanghai and to Beijing for talks."
    )
    found = described(text)
    assert "EU with China 2014 exports yoy_growth: -4 percent" in found, found
    assert "EU with China 2014 exports value: 160 billion EUR" in found, found
    assert not any(d.startswith(("China", "Beijing", "Shanghai")) for d in found), found


def test_a_countrys_own_imports_from_china_in_the_headline() -> None:
    text = (
        " date 2019-04-10\n"
        "Kazakhstan's imports from China rise 12% in first quarter\n\n"
        "Kazakhstan's imports from China, most of them trucked in through Xinjiang, rose "
        "by 12% to $1.9 billion in the first quarter of 2019, the statistics committee said."
    )
    found = described(text)
    assert "Kazakhstan with China 2019-Q1 imports value: 1.9 billion USD" in found, found


def test_a_headline_on_chinas_trade_with_a_bloc_keeps_china() -> None:
    text = (
        " date 2015-03-02\n"
        "China's exports to the EU up 6% in 2014\n\n"
        "China's exports to the EU rose 6% in 2014 to 2.3 trillion yuan, customs said."
    )
    found = described(text)
    assert "China with EU 2014 exports yoy_growth: 6 percent" in found, found


# --- an amount written with a scale word only, in an article of one currency -------------
def test_a_bare_billion_takes_the_articles_one_currency() -> None:
    text = (
        " date 2013-02-20\n"
        "Germany's exports to China rose from 18 billion euros in 2010 to 25 billion in "
        "2012.\n\n"
        "Its imports from China grew from 30 bn in 2010 to 41 bn in 2012."
    )
    found = described(text)
    assert "Germany with China 2010 imports value: 30 billion EUR" in found, found
    assert "Germany with China 2012 imports value: 41 billion EUR" in found, found


def test_a_bare_million_in_a_later_paragraph_of_a_dollar_article() -> None:
    text = (
        " date 2019-03-01\n"
        "Chile's exports to China reached $21.6 billion in 2018, up 13%.\n\n"
        "Its imports from China totalled 15,300 million in 2018, the central bank said."
    )
    found = described(text)
    assert "Chile with China 2018 imports value: 15300 million USD" in found, found


def test_a_bare_billion_that_counts_something_else_is_no_amount() -> None:
    text = (
        " date 2013-02-20\n"
        "China's exports rose to 2.2 trillion dollars in 2012. The country's 1.3 billion "
        "people bought more goods abroad, and 2 billion tonnes of ore were imported."
    )
    found = described(text)
    assert not any("1.3 billion" in d or "2 billion" in d for d in found), found


def test_a_bare_billion_after_two_currencies_is_not_guessed() -> None:
    text = (
        " date 2024-08-15\n"
        "China's trade rose 5 percent to 1.2 trillion yuan (about 166 billion U.S. "
        "dollars) in 2023.\n\nExports rose to 700 billion in 2023."
    )
    found = described(text)
    assert not any("700 billion" in d for d in found), found


# --- the partner's side of a bilateral flow: "exports from Russia", "imports of Chinese goods"
def test_exports_from_the_partner_are_the_reporters_imports() -> None:
    text = (
        " date 2020-01-20\n"
        "In 2019, trade between China and Kazakhstan grew 10% to $22 billion, China's "
        "customs said. Exports from Kazakhstan rose by 15% to $9 billion, and imports of "
        "Chinese goods by 6% to $13 billion."
    )
    found = described(text)
    assert "China with Kazakhstan 2019 imports value: 9 billion USD" in found, found
    assert "China with Kazakhstan 2019 exports value: 13 billion USD" in found, found
    assert not any("chinese" in d for d in found), found


def test_deliveries_from_the_partner_and_its_imports_from_china() -> None:
    text = (
        " date 2021-02-08\n"
        "Trade between China and Mongolia reached $6.1 billion in 2020. Deliveries from "
        "Mongolia came to $4.2 billion, while imports from China added up to $1.9 billion."
    )
    found = described(text)
    assert "China with Mongolia 2020 imports value: 4.2 billion USD" in found, found
    assert "China with Mongolia 2020 exports value: 1.9 billion USD" in found, found


def test_the_reporters_own_exports_from_it_and_imports_from_the_partner_stay() -> None:
    text = (
        " date 2020-01-20\n"
        "China's trade with Kazakhstan grows\n\n"
        "In 2019, exports from China to Kazakhstan rose by 6% to $13 billion, and imports "
        "from Kazakhstan grew by 15% to $9 billion."
    )
    found = described(text)
    assert "China with Kazakhstan 2019 exports value: 13 billion USD" in found, found
    assert "China with Kazakhstan 2019 imports value: 9 billion USD" in found, found


def test_a_sum_that_adds_up_to_a_figure_is_exact() -> None:
    text = (
        " date 2023-11-10\n"
        "China's trade with Russia in October added up to $19.8 billion, the customs said."
    )
    found = described(text)
    assert "China with Russia 2023-10 total value: 19.8 billion USD" in found, found


# --- numbers as translated copy writes them: a decimal comma before a scale word, a space
# between thousands -------------------------------------------------------------------------
def test_a_decimal_comma_before_a_scale_word_is_a_decimal() -> None:
    text = (
        " date 2023-01-13\n"
        "In 2022, China's trade with Kazakhstan grew by 23,6% to $31,17 billion; exports "
        "amounted to 16,35 billion dollars."
    )
    found = described(text)
    assert "China with Kazakhstan 2022 total value: 31.17 billion USD" in found, found
    assert "China with Kazakhstan 2022 exports value: 16.35 billion USD" in found, found


def test_a_space_between_thousands_before_decimals_and_a_scale_word() -> None:
    text = (
        " date 2009-11-06\n"
        "China's foreign trade in the first three quarters of 2009 fell 20.9% to "
        "US$1 557.82 billion; in 2008 it had grown 17.8%."
    )
    found = described(text)
    assert "China 2009-01/2009-09 total value: 1557.82 billion USD" in found, found
    assert not any(" 1 USD" in d or ": 557.82" in d for d in found), found


def test_a_year_before_an_amount_is_not_its_thousands() -> None:
    text = " date 2010-02-01\nChina's exports in 2009 reached US$ 1 201.66 billion."
    found = described(text)
    assert not any("2009557" in d or "20091" in d for d in found), found


# --- a change on the month before, said without "month-on-month" ---------------------------
def test_a_monthly_rise_and_a_gain_over_a_month_ago_are_month_on_month() -> None:
    text = (
        " date 2009-11-06\n"
        "China's exports and imports in September saw a monthly rise of 11.8% and 17% "
        "respectively. Its trade fell 10.1% year-on-year in September, but gained 14.2% "
        "over a month ago."
    )
    found = described(text)
    assert "China 2009-09 exports mom_growth: 11.8 percent" in found, found
    assert "China 2009-09 imports mom_growth: 17 percent" in found, found
    assert "China 2009-09 total mom_growth: 14.2 percent" in found, found
    assert "China 2009-09 total yoy_growth: -10.1 percent" in found, found


def test_month_to_month_and_the_previous_month() -> None:
    text = (
        " date 2010-01-11\n"
        "China's imports in December rose 55.9 per cent year-on-year and 16.7 per cent "
        "month to month; exports were up 4 per cent over the preceding month."
    )
    found = described(text)
    assert "China 2009-12 imports mom_growth: 16.7 percent" in found, found
    assert "China 2009-12 exports mom_growth: 4 percent" in found, found
    assert "China 2009-12 imports yoy_growth: 55.9 percent" in found, found


def test_monthly_exports_compared_with_a_year_earlier_are_year_on_year() -> None:
    text = (
        " date 2010-01-11\n"
        "China's monthly exports in December were up 17.7 per cent from a year earlier."
    )
    found = described(text)
    assert "China 2009-12 exports yoy_growth: 17.7 percent" in found, found


# --- a change written only as a signed percentage after its amount: "(+10.3%)" ------------
def test_a_signed_percentage_in_brackets_after_an_amount_is_its_growth() -> None:
    text = (
        " date 2022-07-15\n"
        "China's foreign trade in the first half of 2022 totaled $3.07 trillion (+10.3%), "
        "including $1.34 trillion of imports (\u22125.7%)."
    )
    found = described(text)
    assert "China 2022-H1 total yoy_growth: 10.3 percent" in found, found
    assert "China 2022-H1 imports yoy_growth: -5.7 percent" in found, found


def test_a_plus_signed_percentage_after_a_comma() -> None:
    text = " date 2019-02-14\nZhejiang's exports in January: 210.5 billion yuan, +9.8%."
    found = described(text)
    assert "Zhejiang 2019-01 exports yoy_growth: 9.8 percent" in found, found


def test_a_range_with_a_hyphen_is_no_sign() -> None:
    text = " date 2019-02-14\nZhejiang's exports may grow 5-8% this year, analysts said."
    found = described(text)
    assert not any("-8 percent" in d for d in found), found


# --- a partner's rank with its share: "A is B's largest trading partner, accounting for" ---
def test_the_share_of_a_partner_ranked_in_anothers_trade_is_that_economys() -> None:
    text = (
        " date 2019-03-01\n"
        "China's trade with Kazakhstan rose 11% in 2018. China is Kazakhstan's second "
        "largest trading partner, accounting for 17 percent of Kazakh foreign trade in 2018."
    )
    found = described(text)
    assert "Kazakhstan with China 2018 total share: 17 percent" in found, found
    assert not any(d.startswith("China 2018 total share") for d in found), found


def test_the_reporters_own_partner_rank_with_shares_of_its_flows() -> None:
    text = (
        " date 2012-02-13\n"
        "EU exports to China up by 12% in 2011\n\n"
        "In the ten months of 2011, China was the EU27's second biggest trading partner "
        "after the USA, accounting for 9% of EU27 exports and 17% of EU27 imports."
    )
    found = described(text)
    assert "EU with China 2011-01/2011-10 exports share: 9 percent" in found, found
    assert "EU with China 2011-01/2011-10 imports share: 17 percent" in found, found


# --- a level hoped for, planned or in reach: no reported figure ----------------------------
def test_an_expected_and_a_planned_level_are_not_reported_figures() -> None:
    text = (
        " date 2018-10-12\n"
        "China's trade with Brazil rose 20 percent to $80 billion in the first nine months "
        "of 2018. The two countries expect bilateral trade to top $110 billion this year "
        "and aim to lift it to $150 billion by 2025."
    )
    found = described(text)
    assert "China with Brazil 2018-01/2018-09 total value: 80 billion USD" in found, found
    assert not any("110 billion" in d or "150 billion" in d for d in found), found
    assert reasons(text)["110 billion"] == "a forecast, not a reported figure"


def test_a_level_that_could_be_passed_is_not_reported() -> None:
    text = (
        " date 2023-11-10\n"
        "China's trade with India reached $113 billion in the first ten months of 2023 and "
        "could surpass the $130 billion mark this year; it is on track to hit a record."
    )
    found = described(text)
    assert not any("130 billion" in d for d in found), found


def test_more_than_expected_and_a_month_called_may_are_no_forecast() -> None:
    text = (
        " date 2019-06-10\n"
        "China's exports in May hit $213.8 billion, up 1.1 percent, more than expected."
    )
    found = described(text)
    assert "China 2019-05 exports value: 213.8 billion USD" in found, found
    assert "China 2019-05 exports yoy_growth: 1.1 percent" in found, found


# --- a yearly rate over several years: no fact of the schema ------------------------------
def test_a_rate_annually_from_one_year_to_another_is_no_growth_fact() -> None:
    text = (
        " date 2013-05-31\n"
        "China's trade with Chile increased 25 percent annually from 2002 to 2012, and "
        "its trade with Peru grew 18 percent a year between 2005 and 2012."
    )
    found = described(text)
    assert not any("25 percent" in d or "18 percent" in d for d in found), found


# --- an amount of another kind of deal in a trade sentence ---------------------------------
def test_a_fund_worth_and_loans_of_an_amount_are_not_trade() -> None:
    text = (
        " date 2018-10-12\n"
        "China's trade with Laos rose 9 percent to $3.4 billion in 2017. To develop trade, "
        "the two set up an investment fund worth 6 billion yuan (about $0.9 billion) and "
        "agreed on loans of $1.2 billion."
    )
    found = described(text)
    assert "China with Laos 2017 total value: 3.4 billion USD" in found, found
    assert not any("6 billion" in d or "0.9 billion" in d or "1.2 billion" in d for d in found)


# --- a change from one value to another: the start is a year earlier, the change is of the
# period it ends in ---------------------------------------------------------------------------
def test_the_start_of_a_change_from_one_amount_to_another_is_a_year_earlier() -> None:
    text = (
        " date 2019-08-08\n"
        "In the first seven months of 2019, Vietnam's imports from China rose by 12%, from "
        "$38 billion to $42.6 billion. The deficit widened from $17 billion to $21 billion."
    )
    found = described(text)
    assert "Vietnam with China 2018-01/2018-07 imports value: 38 billion USD" in found, found
    assert "Vietnam with China 2019-01/2019-07 imports value: 42.6 billion USD" in found, found
    assert "Vietnam with China 2018-01/2018-07 balance value: -17 billion USD" in found, found
    assert "Vietnam with China 2019-01/2019-07 balance value: -21 billion USD" in found, found


def test_a_change_dated_by_its_start_and_end_is_of_the_end() -> None:
    text = (
        " date 2012-02-13\n"
        "Chile's exports to China grew by 14%, from $15.1 billion in the first half of 2011 "
        "to $17.2 billion in the first half of 2012."
    )
    found = described(text)
    assert "Chile with China 2012-H1 exports yoy_growth: 14 percent" in found, found
    assert "Chile with China 2011-H1 exports value: 15.1 billion USD" in found, found


def test_a_history_from_one_year_to_another_keeps_its_years() -> None:
    text = (
        " date 2012-02-13\n"
        "Chile's exports to China rose from $2 billion in 2001 to $18 billion in 2011."
    )
    found = described(text)
    assert "Chile with China 2001 exports value: 2 billion USD" in found, found
    assert "Chile with China 2011 exports value: 18 billion USD" in found, found


# --- "The data for <period> show ...": the period of what follows ------------------------
def test_data_for_a_period_in_a_sentence_without_figures_dates_what_follows() -> None:
    text = (
        " date 2012-02-13\n"
        "Chile's exports to China rose from $2 billion in 2001 to $18 billion in 2011.\n\n"
        "The figures for the first nine months of 2012 show a slowdown. Exports to China "
        "grew by 3%, and imports from China by 9%."
    )
    found = described(text)
    assert "Chile with China 2012-01/2012-09 exports yoy_growth: 3 percent" in found, found
    assert "Chile with China 2012-01/2012-09 imports yoy_growth: 9 percent" in found, found


def test_a_partner_ranked_no_1_with_its_share_of_the_reporters_flows() -> None:
    text = (
        " date 2012-08-20\n"
        "EU exports to China up by 3% in the first half of 2012\n\n"
        "China was the EU27's No.2 trading partner next to the United States, accounting "
        "for 8 percent of EU27 exports and 15 percent of EU27 imports in the first half of "
        "2012."
    )
    found = described(text)
    assert "EU with China 2012-H1 exports share: 8 percent" in found, found
    assert "EU with China 2012-H1 imports share: 15 percent" in found, found


def test_a_line_broken_after_a_scale_word_does_not_take_the_articles_currency() -> None:
    text = (
        " date 2007-12-11\n"
        "China's exports in November rose to 117.6 billion U.S. dollars, and imports to "
        "91.3 billion\n"
        "U.S. dollars, the customs said."
    )
    found = described(text)
    assert not any("91.3 billion" in d and "exports" in d for d in found), found
