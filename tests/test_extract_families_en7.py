"""English phrasing families met on a ninth set of held-back articles (issue 9, round nine).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- a bilateral head with the partner named first; the capital as a venue or government ---
def test_partner_first_bilateral_head_is_chinas_trade_not_the_capitals() -> None:
    text = (
        " date 2022-12-08\n"
        "Brazil-China trade climbs 12% in a year\n"
        "Trade with Brazil grew by 12.4% in the first 11 months of 2022, customs data show.\n"
        "Ministers met in Beijing last week; trade disputes between Beijing and Washington "
        "linger."
    )
    assert extract(text).subject == "China"


def test_partner_and_china_head_is_not_a_city_named_twice_in_the_body() -> None:
    text = (
        " date 2019-07-15\n"
        "Chile and China see trade rise\n"
        "Trade between the two countries rose 8.1% in the first half of 2019.\n"
        "A trade fair in Shanghai drew Chilean firms; Shanghai hosts it every year."
    )
    assert extract(text).subject == "China"


# --- the local currency of a Hong Kong or Macao release ----------------------------------
def test_a_pataca_code_glued_to_the_digits_is_read_as_patacas() -> None:
    text = (
        " date 2016-08-02\n"
        "Macao's merchandise imports rose 4.1 percent year-on-year to MOP6.35 billion in "
        "the second quarter of 2016, the statistics bureau said."
    )
    assert "Macao 2016-Q2 imports value: 6.35 billion MOP" in described(text)


def test_a_hong_kong_dollar_sign_is_never_read_as_us_dollars() -> None:
    text = (
        " date 2014-05-27\n"
        "Hong Kong's total exports of goods were valued at HK$301.6 billion in April 2014, "
        "up 2.2 percent over a year earlier."
    )
    found = described(text)
    assert "Hong Kong 2014-04 exports value: 301.6 billion HKD" in found
    assert not any("USD" in d for d in found), found


def test_patacas_written_out_after_the_figure() -> None:
    text = " date 2011-02-10\nMacao's exports totalled 6.96 billion patacas in 2010."
    assert "Macao 2010 exports value: 6.96 billion MOP" in described(text)


# --- a currency sign in the Australian wire style, or a mixed-case code ----------------------
def test_dollar_sign_before_the_country_letters_is_the_currency() -> None:
    text = (
        " date 2015-09-08\n"
        "China's exports fell 5.5 percent in August 2015, leaving a trade surplus of "
        "$US60.2 billion ($A86 billion)."
    )
    found = described(text)
    assert "China 2015-08 balance value: 60.2 billion USD" in found
    assert "China 2015-08 balance value: 86 billion AUD" in found


def test_a_mixed_case_renminbi_code_glued_to_the_digits() -> None:
    text = " date 2013-01-10\nChina's exports totalled Rmb12.9 trillion in 2012."
    assert "China 2012 exports value: 12.9 trillion CNY" in described(text)


# --- a lead with no figure that names the month in words dates the figures after it ---------
def test_a_figureless_lead_naming_the_month_dates_the_next_sentence() -> None:
    text = (
        " date 2012-04-16\n"
        "Port slowdown eases\n"
        "Ningbo's foreign trade recovered in March, the customs office said.\n"
        "Exports rose 6.2 percent from a year earlier to US$5.4 billion."
    )
    found = described(text)
    assert "Ningbo 2012-03 exports yoy_growth: 6.2 percent" in found
    assert "Ningbo 2012-03 exports value: 5.4 billion USD" in found


def test_an_earlier_month_in_an_aside_is_not_the_articles_period() -> None:
    text = (
        " date 2013-11-12\n"
        "Exporters regain footing\n"
        "Dalian's exports picked up in October, the city's customs said.\n"
        "Exports grew 4 percent to US$2.2 billion, after a 3 percent decline in September.\n"
        "Imports rose 9 percent to US$1.9 billion, following a 2.5 percent dip the month "
        "before."
    )
    found = described(text)
    assert "Dalian 2013-10 exports yoy_growth: 4 percent" in found
    assert "Dalian 2013-10 imports value: 1.9 billion USD" in found
    assert "Dalian 2013-09 imports yoy_growth: -2.5 percent" in found
    assert "Dalian 2013-10 imports yoy_growth: -2.5 percent" not in found


# --- a source's reporting words or a hyphenated percent before a flow are no product -------
def test_source_and_reporting_verb_before_the_flow_are_not_a_segment() -> None:
    text = (
        " date 2007-03-20\n"
        "Zhejiang's trade grew in the first two months of 2007.\n"
        "Customs figures show exports there rose 25 percent to 12.3 billion US dollars.\n"
        "Data indicated imports climbed 11 percent."
    )
    found = described(text)
    assert "Zhejiang 2007-01/2007-02 exports yoy_growth: 25 percent" in found
    assert "Zhejiang 2007-01/2007-02 imports yoy_growth: 11 percent" in found


def test_a_hyphenated_percent_is_no_product_of_the_flow() -> None:
    text = (
        " date 2016-06-08\n"
        "China's trade slipped 3 percent in May 2016.\n"
        "The fall was led by a 4.1-percent export slump in May, following a 20.5-percent "
        "jump in April."
    )
    found = described(text)
    assert "China 2016-05 exports yoy_growth: -4.1 percent" in found
    assert "China 2016-04 exports yoy_growth: 20.5 percent" in found
    assert not any("percents" in d for d in found), found


# --- a growth target of trade is not a reported figure --------------------------------------
def test_a_trade_growth_target_is_skipped_not_read_as_growth() -> None:
    text = (
        " date 2016-03-08\n"
        "China's exports fell 25.4 percent in February 2016. The government has set its "
        "target for foreign trade growth at about 3 percent for 2016, down from the "
        "6-percent goal for 2015."
    )
    ex = extract(text)
    found = {f.describe() for f in ex.facts}
    assert "China 2016-02 exports yoy_growth: -25.4 percent" in found
    assert not any(" 3 percent" in d or " 6 percent" in d for d in found), found
    assert {s.text for s in ex.skipped if "target" in s.reason} >= {"3 percent", "6-percent"}


def test_a_figure_after_the_target_with_a_comma_between_is_still_read() -> None:
    text = (
        " date 2019-01-15\n"
        "Beating the annual target, Guangxi's foreign trade grew 14.5 percent in 2018."
    )
    assert "Guangxi 2018 total yoy_growth: 14.5 percent" in described(text)


# --- a news outlet's bracketed credit in the dateline names no partner ----------------------
def test_a_country_in_a_bracketed_news_credit_is_no_partner() -> None:
    text = (
        " date 2020-01-20\n"
        "XI'AN, (Lagos Nigeria Daily News - 20th Jan, 2020) : Shaanxi Province saw its "
        "foreign trade reach 351 billion yuan in 2019, up 0.5 percent from the previous year."
    )
    found = described(text)
    assert "Shaanxi 2019 total value: 351 billion CNY" in found
    assert not any("Nigeria" in d for d in found), found


def test_a_credit_of_an_agency_does_not_hide_the_partner_of_the_article() -> None:
    text = (
        " date 2018-07-02\n"
        "HEFEI, (Kenya News Agency) Anhui's trade with Kenya rose 12 percent to 1.1 billion "
        "yuan in the first half of 2018."
    )
    found = described(text)
    assert "Anhui with Kenya 2018-H1 total value: 1.1 billion CNY" in found


# --- a verb of policy before a flow word ("pledged to increase imports") is no product ------
def test_a_policy_verb_before_the_flow_is_not_a_segment() -> None:
    text = (
        " date 2014-01-20\n"
        "China ran a trade surplus of $6.1 billion with Chile in 2013 and pledged to boost "
        "imports from the country."
    )
    found = described(text)
    assert "China with Chile 2013 balance value: 6.1 billion USD" in found


def test_to_increase_imports_after_a_surplus_is_not_a_segment() -> None:
    text = (
        " date 2013-09-02\n"
        "Vietnam's deficit with China stood at $12 billion in the first half of 2013, and "
        "Beijing promised to increase imports from Vietnam."
    )
    assert not any("increases" in d for d in described(text))


# --- a month as a possessive dates its figure ("October's trade volume") --------------------
def test_a_possessive_month_dates_its_figure() -> None:
    text = (
        " date 2008-12-11\n"
        "China's trade rose 22 percent in the first 11 months of 2008.\n"
        "November's exports fell 2.2 percent from a year earlier."
    )
    assert "China 2008-11 exports yoy_growth: -2.2 percent" in described(text)


def test_a_possessive_month_with_a_trade_noun() -> None:
    text = (
        " date 2010-08-10\n"
        "Guangdong's trade grew 31 percent in the first seven months of 2010. "
        "July's trade volume reached US$74.1 billion."
    )
    assert "Guangdong 2010-07 total value: 74.1 billion USD" in described(text)


def test_a_possessive_month_compared_with_does_not_date_the_sentence() -> None:
    text = (
        " date 2009-12-08\n"
        "Jiangsu's trade surplus stood at US$3.1 billion in November 2009, up from October's "
        "US$2.7 billion."
    )
    found = described(text)
    assert "Jiangsu 2009-11 balance value: 3.1 billion USD" in found
    assert not any("2009-10 balance value: 3.1" in d for d in found), found


# --- "the monthly surplus of $X": one month's figure, not every month of the year ----------
def test_the_monthly_surplus_of_an_amount_is_the_month_named_last() -> None:
    text = (
        " date 2007-06-11\n"
        "China's exports rose 28 percent to US$97 billion in May 2007.\n"
        "The monthly trade surplus of US$22.5 billion was the second highest on record this "
        "year."
    )
    found = described(text)
    assert "China 2007-05 balance value: 22.5 billion USD" in found
    assert not any("2007-01 balance" in d or "2007 balance" in d for d in found), found


def test_a_monthly_amount_with_no_month_named_is_skipped() -> None:
    text = (
        " date 2012-01-05\n"
        "Guangxi's trade grew 20 percent in 2011, and its monthly exports of $1.2 billion set "
        "a record this year."
    )
    ex = extract(text)
    assert not any("1.2 billion" in f.describe() for f in ex.facts)
    assert any(s.text == "1.2 billion" and "monthly" in s.reason for s in ex.skipped)
