"""English phrasing families met on a fifth set of held-back articles (issue 9, round five).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- the reporter: places that name no reporter ----------------------------------------------
def test_a_capital_standing_for_its_government_is_not_the_reporter() -> None:
    text = (
        "Trade between China and Chile grew in the first half of 2016, customs data showed.\n"
        "Chinese exports to Chile rose 8.2 percent to $6.1 billion.\n"
        "Beijing expects trade between the two countries to keep growing, an official said."
    )
    got = described(text)
    assert "China with Chile 2016-H1 exports value: 6.1 billion USD" in got
    assert not any(line.startswith("Beijing") for line in got)


def test_a_dateline_in_title_case_is_not_the_reporter() -> None:
    text = (
        " date 2016-05-09\nChile-China trade up 4 pc\n\n"
        "Beijing, May 9 : Trade between Chile and China rose 4 percent year-on-year to "
        "$9.2 billion in January-April 2016, the General Administration of Customs said."
    )
    got = described(text)
    assert "China with Chile 2016-01/2016-04 total value: 9.2 billion USD" in got
    assert not any(line.startswith("Beijing") for line in got)


def test_the_city_of_the_capital_still_reports_its_own_trade() -> None:
    text = (
        " date 2016-05-09\nBeijing trade\n\n"
        "Beijing's exports rose 3 percent to 40 billion yuan in the first four months of 2016."
    )
    assert "Beijing 2016-01/2016-04 exports value: 40 billion CNY" in described(text)


def test_a_currency_naming_a_country_is_not_the_reporter() -> None:
    text = (
        "Ningbo Customs reports higher trade\n"
        "In 2016, Ningbo Customs handled imports and exports worth 1.2 trillion yuan "
        "(US$180 billion), up 5 percent from the previous year."
    )
    got = described(text)
    assert "Zhejiang 2016 total value: 1.2 trillion CNY" in got
    assert not any(line.startswith("United States") for line in got)


# --- a partner's flow toward the reporter --------------------------------------------------
def test_a_partners_exports_to_the_reporter_are_the_reporters_imports() -> None:
    text = (
        " date 2016-05-09\nChina-Chile trade\n\n"
        "Trade between China and Chile reached $9 billion in January-April 2016, customs "
        "data showed. Chinese exports to Chile rose 5 percent to $4 billion. Chilean exports "
        "to China grew by 12 percent to $5 billion.\n"
        "Peru exported $2 billion worth of goods to China, a 3 percent decrease."
    )
    got = described(text)
    period = "2016-01/2016-04"
    assert f"China with Chile {period} exports value: 4 billion USD" in got
    assert f"China with Chile {period} imports value: 5 billion USD" in got
    assert f"China with Chile {period} imports yoy_growth: 12 percent" in got
    assert f"China with Peru {period} imports value: 2 billion USD" in got
    assert not any("with China" in line for line in got)


def test_a_partners_own_statistics_with_a_possessive_stay_the_partners() -> None:
    text = (
        " date 2016-05-09\nChina-Chile trade\n\n"
        "Trade between China and Chile reached $9 billion in January-April 2016. "
        "Chile's imports from China rose 4 percent to $3.9 billion, Chilean data showed."
    )
    got = described(text)
    assert "Chile with China 2016-01/2016-04 imports value: 3.9 billion USD" in got


# --- an earlier whole year as background ---------------------------------------------------
def test_an_earlier_whole_year_opening_a_paragraph_holds_for_that_paragraph_only() -> None:
    text = (
        " date 2016-05-09\nChina-Chile trade\n\n"
        "Trade between China and Chile rose 4 percent to $9.2 billion in January-April 2016.\n"
        "In 2015, bilateral trade reached $30 billion, up 2 percent.\n"
        "Trade between China and Peru rose 6 percent in January-April.\n"
        "Chinese exports to Peru fell by 3 percent, amounting to $2.1 billion."
    )
    got = described(text)
    assert "China with Chile 2015 total value: 30 billion USD" in got
    assert "China with Peru 2016-01/2016-04 total yoy_growth: 6 percent" in got
    assert "China with Peru 2016-01/2016-04 exports value: 2.1 billion USD" in got


# --- bilateral trade named before any figure -----------------------------------------------
def test_bilateral_trade_refers_to_the_pair_named_in_a_sentence_without_figures() -> None:
    text = (
        " date 2016-05-09\nTrade news\n\n"
        "Trade between China and Chile grew by almost a quarter this spring, data showed.\n"
        "In the first four months of 2016, bilateral trade amounted to $9.2 billion."
    )
    got = described(text)
    assert "China with Chile 2016-01/2016-04 total value: 9.2 billion USD" in got


# --- verbs of buying and selling -------------------------------------------------------------
def test_bought_and_sold_goods_worth_are_imports_and_exports() -> None:
    text = (
        " date 2016-05-09\nChina-Chile trade\n\n"
        "In April alone, China bought goods worth $2.4 billion from Chile and sold products "
        "worth $1.1 billion to it."
    )
    got = described(text)
    assert "China with Chile 2016-04 imports value: 2.4 billion USD" in got
    assert "China with Chile 2016-04 exports value: 1.1 billion USD" in got


# --- "went up to" is the level reached -----------------------------------------------------
def test_went_up_to_a_value_is_that_value_and_up_to_alone_a_ceiling() -> None:
    text = (
        " date 2016-05-09\nChina-Chile trade\n\n"
        "Trade between China and Chile rose 4 percent in January-April 2016.\n"
        "Chinese imports from Chile went up to $5.2 billion in January-April 2016. "
        "Exports to Chile may reach up to $6 billion in the first half of 2016."
    )
    got = described(text)
    assert "China with Chile 2016-01/2016-04 imports value: 5.2 billion USD" in got
    assert not any("at most 5.2" in line for line in got)


# --- an imbalance with no side ---------------------------------------------------------------
def test_a_trade_imbalance_is_skipped_not_read_as_total_trade() -> None:
    text = (
        " date 2016-05-09\nChina-Chile trade\n\n"
        "Trade between China and Chile rose 4 percent to $9.2 billion in January-April 2016. "
        "The trade imbalance between the two countries totaled $1.3 billion in the period."
    )
    result = extract(text)
    got = {f.describe() for f in result.facts}
    assert not any("1.3 billion" in line for line in got)
    assert any(s.text == "1.3 billion" and "imbalance" in s.reason for s in result.skipped)


# --- a headline after a metadata line ------------------------------------------------------
def test_a_rounded_headline_after_a_date_line_is_not_a_second_fact() -> None:
    text = (
        " date 2016-05-09\nChile-China trade up 4 pc in Jan-Apr to $9 Bln\n\n"
        "Trade between China and Chile rose 4 percent year-on-year to $9.23 billion in "
        "January-April 2016, customs data showed."
    )
    got = described(text)
    assert "China with Chile 2016-01/2016-04 total value: 9.23 billion USD" in got
    assert "China with Chile 2016-01/2016-04 total value: 9 billion USD" not in got


# --- the seat of a customs office ------------------------------------------------------------
def test_the_seat_of_a_customs_office_is_not_the_reporter() -> None:
    text = (
        " date 2016-01-20\n"
        "The customs office of Hefei, Anhui province said on Monday that it will speed up "
        "clearance for imports.\n"
        "Anhui's total value of imports and exports in 2015 reached 310 billion yuan, up "
        "6 percent year on year."
    )
    got = described(text)
    assert "Anhui 2015 total value: 310 billion CNY" in got
    assert not any(line.startswith("Hefei") for line in got)


# --- a flow that is a part of the whole ------------------------------------------------------
def test_a_flow_contributing_a_share_to_the_whole_keeps_its_own_flow() -> None:
    text = (
        " date 2016-01-20\nAnhui trade\n\n"
        "Anhui's foreign trade reached 310 billion yuan in 2015. "
        "Exports made up the bulk of the foreign trade value with an annual increase of "
        "8.1 percent to 200 billion yuan."
    )
    got = described(text)
    assert "Anhui 2015 exports yoy_growth: 8.1 percent" in got
    assert "Anhui 2015 exports value: 200 billion CNY" in got


# --- a foreign outlet's bilateral story ----------------------------------------------------
_CONTINENT = (
    " date 2016-08-04\nChina\n"
    "Trade between Latin America and China is growing fast, according to official figures.\n"
    "In the first half of 2016, they totaled more than $70.2 billion in value. Chinese "
    "imports from the African continent grew by an estimated 31 percent to close to $20 "
    "billion. Officials did not comment on the 31 percent increase in imports."
)


def test_they_after_an_opening_period_refers_to_the_bilateral_trade_named_before() -> None:
    got = described(_CONTINENT)
    assert "China with Latin America 2016-H1 total value: more than 70.2 billion USD" in got


def test_the_african_continent_is_africa_and_close_to_is_about() -> None:
    got = described(_CONTINENT)
    assert "China with Africa 2016-H1 imports yoy_growth: about 31 percent" in got
    assert "China with Africa 2016-H1 imports value: about 20 billion USD" in got
    # "close to the 2.1-trillion-yuan total of 2010": the other level is exact
    level = (
        " date 2016-08-04\nChina trade\n\nChina's trade reached 3 trillion yuan in the first "
        "half of 2016. The figure is close to the 2.1-trillion-yuan total for all of 2010."
    )
    assert "China 2010 total value: 2.1 trillion CNY" in described(level)


def test_a_restated_figure_with_its_flow_after_the_change_noun_is_one_fact() -> None:
    got = described(_CONTINENT)
    assert "China with Africa 2016-H1 imports yoy_growth: 31 percent" not in got  # restated
    assert not any("exports" in line for line in got)


def test_doubled_by_a_percent_is_that_percents_growth() -> None:
    text = (
        " date 2016-08-04\nTrade news\n\n"
        "China's imports from Africa almost doubled by an estimated 46 percent in the first "
        "half of 2016."
    )
    got = described(text)
    assert "China with Africa 2016-H1 imports yoy_growth: about 46 percent" in got
    assert not any("100 percent" in line for line in got)


# --- "this category", "this sector": the segment of the sentence before ---------------------
def test_a_segment_anaphor_carries_the_segment_before_for_the_whole_sentence() -> None:
    text = (
        " date 2024-09-02\nTianjin trade\n\n"
        "Tianjin's foreign trade reached 500 billion yuan in the first seven months of 2024.\n"
        "Processing trade accounted for 30 percent of the total. Exports under this category "
        "rose 4.1 percent to 90 billion yuan, while imports fell 1.5 percent.\n"
        "Cross-border e-commerce expanded 12 percent to 20 billion yuan."
    )
    got = described(text)
    period = "2024-01/2024-07"
    assert f"Tianjin (processing trade) {period} exports yoy_growth: 4.1 percent" in got
    assert f"Tianjin (processing trade) {period} exports value: 90 billion CNY" in got
    assert f"Tianjin (processing trade) {period} imports yoy_growth: -1.5 percent" in got
    assert f"Tianjin (cross-border e-commerce) {period} total value: 20 billion CNY" in got


# --- conjunctions and determiners before a flow noun are no product ------------------------
def test_but_and_relevant_before_a_flow_noun_are_not_products() -> None:
    text = (
        " date 2020-08-20\nNingbo trade\n\n"
        "Ningbo's exports fell to 300 billion yuan in the first seven months of 2020, but "
        "imports rose to 150.2 billion yuan, growing by 8.1 percent year-on-year. Japan was "
        "the biggest partner, with the relevant import and export value accounting for 11.5 "
        "percent of the total."
    )
    got = described(text)
    period = "2020-01/2020-07"
    assert f"Ningbo {period} imports value: 150.2 billion CNY" in got
    assert f"Ningbo {period} imports yoy_growth: 8.1 percent" in got
    assert f"Ningbo with Japan {period} total share: 11.5 percent" in got


def test_a_product_group_with_a_possessive_flow_names_the_product() -> None:
    text = (
        " date 2018-01-20\nNingbo trade\n\n"
        "In 2017, Ningbo's exports reached 600 billion yuan. High-tech products accounted for "
        "20 percent of the total exports with integrated circuit products' export valued at "
        "40.5 billion yuan, up 12.5 percent year-on-year."
    )
    got = described(text)
    assert "Ningbo (integrated circuits) 2017 exports value: 40.5 billion CNY" in got
    assert "Ningbo (high-tech products) 2017 exports share: 20 percent" in got


# --- a clause listing members of the partner group -----------------------------------------
def test_members_named_in_a_relative_clause_are_not_the_partner() -> None:
    text = (
        " date 2023-06-07\nChina trade\n\n"
        "In the first five months of 2023, China's trade with the RCEP member economies, in "
        "which the ASEAN countries are included, reached 4.8 trillion yuan, up 3.1 percent "
        "year-on-year."
    )
    got = described(text)
    assert "China with RCEP members 2023-01/2023-05 total value: 4.8 trillion CNY" in got
    assert not any("ASEAN" in line for line in got)


# --- "Sino-" as the reporter's side of a pair ------------------------------------------------
def test_sino_pair_trade_is_chinas_trade_with_the_other_side() -> None:
    text = (
        " date 2009-02-06\nChina trade\n\n"
        "China's foreign trade reached 2.5 trillion U.S. dollars in 2008.\n"
        "Sino-Japanese trade rose 13 percent. Sino-U.S. bilateral trade totaled 330.5 billion "
        "U.S. dollars in 2008."
    )
    got = described(text)
    assert "China with United States 2008 total value: 330.5 billion USD" in got


# --- a growth rate moving to a level -------------------------------------------------------
def test_a_growth_rate_that_fell_to_a_level_is_that_positive_growth() -> None:
    text = (
        " date 2009-02-06\nJiangsu trade\n\n"
        "Jiangsu's foreign trade reached 390 billion U.S. dollars in 2008, but the growth "
        "rate of its exports slowed to 12.4 percent, and the year-on-year growth rate of "
        "imports dropped below 10 percent."
    )
    got = described(text)
    assert "Jiangsu 2008 exports yoy_growth: 12.4 percent" in got
    assert "Jiangsu 2008 imports yoy_growth: less than 10 percent" in got
    assert not any("-12.4" in line or "-10" in line for line in got)


# --- another country's own statistics ------------------------------------------------------
def test_figures_from_a_partners_statistics_office_are_the_partners() -> None:
    text = (
        " date 2019-03-08\nChile-China trade\n\n"
        "Trade between Chile and China rose 4 percent to $9.2 billion in January-February "
        "2019, the General Administration of Customs said.\n"
        "In 2018, bilateral trade amounted to $40.3 billion, a 12.5 percent growth in "
        "comparison to the volume reached in 2017, according to the Chilean National "
        "Customs Service."
    )
    got = described(text)
    assert "China with Chile 2019-01/2019-02 total value: 9.2 billion USD" in got
    assert "Chile with China 2018 total value: 40.3 billion USD" in got
    assert "Chile with China 2018 total yoy_growth: 12.5 percent" in got


def test_chinese_customs_as_the_source_keeps_a_regions_figures_its_own() -> None:
    text = (
        " date 2019-03-08\nGuangxi trade\n\n"
        "Guangxi's trade with Vietnam rose 4 percent to $9.2 billion in January-February "
        "2019, according to Chinese customs data."
    )
    assert "Guangxi with Vietnam 2019-01/2019-02 total value: 9.2 billion USD" in described(text)
