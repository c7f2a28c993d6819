"""English phrasing families met on a twelfth set of held-back articles (issue 9, round 11).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- a span of months across the turn of a year: "From June 2018 to May 2019" -------------
def test_a_span_from_a_month_of_one_year_to_a_month_of_the_next_is_one_period() -> None:
    text = (
        " date 2019-06-20\n"
        "From July 2018 to May 2019, Henan's trade with ASEAN members rose 12.4 percent "
        "year on year to 41.2 billion yuan, the provincial customs said."
    )
    found = described(text)
    assert "Henan with ASEAN 2018-07/2019-05 total value: 41.2 billion CNY" in found, found
    assert "Henan with ASEAN 2018-07/2019-05 total yoy_growth: 12.4 percent" in found, found


def test_between_a_month_of_one_year_and_a_month_of_the_next() -> None:
    text = (
        " date 2022-08-10\n"
        "Between July 2021 and June 2022, exports from Yunnan climbed 9.1% to 88.3 billion yuan."
    )
    found = described(text)
    assert "Yunnan 2021-07/2022-06 exports value: 88.3 billion CNY" in found, found


# --- a date in a "since" clause: a record's start or an event's date, no figure's period ----
def test_the_year_a_record_runs_since_is_not_the_period_or_the_articles_year() -> None:
    # (no date line: the article's year is the one its own period gives, not 2012)
    text = (
        "China's imports fell 6.4% in April from a year earlier. Shipments to Japan took "
        "12.2% of total exports, the highest since March of 2012. Exports in the first "
        "four months of 2016 dropped 2.1%."
    )
    found = described(text)
    assert "China 2016-04 imports yoy_growth: -6.4 percent" in found, found
    assert "China with Japan 2016-04 exports share: 12.2 percent" in found, found
    assert not any(" 2012" in d for d in found), found


def test_the_date_of_an_event_something_has_held_since_is_not_carried() -> None:
    text = (
        " date 2019-11-05\n"
        "Vietnam has been Guangxi's largest market since the border trade pact was signed "
        "in October 2016, taking 35 percent of its exports, the commerce department said.\n"
        "Guangxi's exports to Vietnam grew 11.3 percent to 92.5 billion yuan between "
        "January and September this year.\n"
        "Imports from Vietnam rose 4.2 percent to 31.6 billion yuan."
    )
    found = described(text)
    assert "Guangxi with Vietnam 2019-01/2019-09 imports value: 31.6 billion CNY" in found, found
    assert not any("2016" in d for d in found), found


def test_a_year_after_since_with_a_new_clause_between_still_dates_its_figure() -> None:
    # guard: "since" starts another clause; the later year is the figure's own
    text = (
        " date 2021-02-01\n"
        "Exports have grown every year since 2016, and Ningxia's exports reached 12.3 "
        "billion yuan in 2020."
    )
    assert "Ningxia 2020 exports value: 12.3 billion CNY" in described(text)


# --- an event's seat named after the event's noun is not the reporter ----------------------
def test_the_city_an_event_is_held_in_is_not_the_reporter() -> None:
    text = (
        " date 2023-04-20\n"
        "Trade between China and Central Asia grew 22 percent to 70 billion US dollars in "
        "2022, ministers said ahead of the China-Central Asia Summit in the Chinese city "
        "of Xi'an next month.\n"
        "The summit will be the first of its kind."
    )
    found = described(text)
    assert not any(d.startswith("Xi'an") for d in found), found


def test_a_forum_in_a_city_is_not_the_reporter() -> None:
    text = (
        " date 2019-06-02\n"
        "Trade between Kazakhstan and China rose 3.7 percent to 9.1 billion US dollars in the "
        "first four months of 2019, officials told a business forum in Urumqi.\n"
    )
    found = described(text)
    assert "Kazakhstan with China 2019-01/2019-04 total value: 9.1 billion USD" in found, found
    assert not any(d.startswith("Urumqi") for d in found), found


# --- a wire story's monthly data table: caption, month row, labelled rows -----------------
def test_a_data_table_in_one_run_gives_a_fact_per_cell() -> None:
    text = (
        " date 2010-03-10\n"
        "SHANGHAI, March 10 (Reuters) - China's exports rose 45.7 percent in February from "
        "a year earlier, customs said.\n"
        "Trade, in billions of dollars:\n"
        "Feb Jan Dec Exp 94.5 109.5 130.7 Imp 92.9 95.4 112.3\n"
        "Export and import growth (yr/yr % change):\n"
        "Feb Jan Dec Exp 45.7 21.0 17.7 Imp 44.7 85.5 55.9\n"
    )
    found = described(text)
    assert "China 2010-02 exports value: 94.5 billion USD" in found, found
    assert "China 2009-12 imports value: 112.3 billion USD" in found, found
    assert "China 2010-01 imports yoy_growth: 85.5 percent" in found, found
    # (the prose's own February growth is the same fact as the table's: stated once)
    assert sum(" 45.7 percent" in d for d in found) == 1, found


def test_a_data_table_with_a_row_per_line_and_a_rolling_balance() -> None:
    text = (
        " date 2012-07-10\n"
        "China's trade surplus widened in June, data showed.\n"
        "Rolling 12-month surplus, in billions of dollars:\n"
        "        Jun     May     Apr\n"
        "Bal   185.3   172.1   160.6\n"
    )
    found = described(text)
    assert "China 2011-07/2012-06 balance value: 185.3 billion USD" in found, found
    assert "China 2011-05/2012-04 balance value: 160.6 billion USD" in found, found


def test_a_table_whose_caption_or_months_are_not_clear_is_not_read() -> None:
    # guards: no date to place the months; a caption that says no unit; rows that are short
    undated = (
        "China's exports grew in 2010.\nTrade, in billions of dollars:\nFeb Jan Exp 94.5 109.5\n"
    )
    assert not any("94.5" in d for d in described(undated))
    unclear = " date 2010-03-10\nChina's trade data:\nKey figures:\nFeb Jan Exp 94.5 109.5\n"
    assert not any("94.5" in d for d in described(unclear))
    short = " date 2010-03-10\nTrade, in billions of dollars:\nFeb Jan Dec Exp 94.5 109.5\n"
    assert not any("94.5" in d for d in described(short))


# --- what economists expected before the data is no reported figure -----------------------
def test_what_economists_had_expected_is_not_a_fact() -> None:
    text = (
        " date 2011-04-10\n"
        "China's exports rose 35.8 percent in March from a year earlier. Economists had "
        "expected a $4.5 billion surplus based on a 30.9 percent rise in exports."
    )
    found = described(text)
    assert "China 2011-03 exports yoy_growth: 35.8 percent" in found, found
    assert not any("4.5 billion" in d or "30.9" in d for d in found), found


def test_a_poll_median_is_not_a_fact() -> None:
    text = (
        " date 2014-06-09\n"
        "China's imports fell 1.6 percent in May, against a median forecast of a 6 percent rise in "
        "a Reuters poll, while analysts polled by the agency predicted a $22 billion surplus."
    )
    found = described(text)
    assert "China 2014-05 imports yoy_growth: -1.6 percent" in found, found
    assert not any(" 6 percent" in d or "22 billion" in d for d in found), found


# --- "it" after a semicolon goes on with the flow of the part before ----------------------
def test_it_after_a_semicolon_is_the_flow_named_before() -> None:
    text = (
        " date 2021-07-20\n"
        "Nepal's imports from India in March rose 12.5% to $610 million; in April it fell "
        "4.1% to $585 million; in May it was up 2.2% at $598 million."
    )
    found = described(text)
    assert "Nepal with India 2021-04 imports yoy_growth: -4.1 percent" in found, found
    assert "Nepal with India 2021-05 imports value: 598 million USD" in found, found
    assert not any(" total " in d for d in found), found


def test_they_after_a_semicolon_and_a_new_flow_word_is_not_carried() -> None:
    # guard: a part that names its own flow keeps it
    text = (
        " date 2021-07-20\n"
        "Laos' exports to Thailand in March rose 8.5% to $210 million; in April imports fell "
        "3.1% to $180 million."
    )
    found = described(text)
    assert "Laos with Thailand 2021-04 imports yoy_growth: -3.1 percent" in found, found


# --- "Compared with data of <period>": the period is the base, not the one in force --------
def test_compared_with_data_of_a_period_is_a_base() -> None:
    text = (
        " date 2022-08-03\n"
        "Compared with data of the first half of 2021, this year Nepal's exports to China in "
        "January rose 11.2% to $3.5 million; in February it rose 9.4% to $3.1 million."
    )
    found = described(text)
    assert "Nepal with China 2022-02 exports yoy_growth: 9.4 percent" in found, found
    assert not any("2021" in d for d in found), found


# --- a level that moved "from A to B" over a run of whole years in force -------------------
def test_values_from_and_to_over_a_run_of_years_are_of_its_first_and_last_year() -> None:
    text = (
        " date 2024-05-02\n"
        "Gansu's trade with Central Asia totalled 160 billion yuan from 2014 to 2023.\n"
        "Its annual trade with Central Asia grew from 6.2 billion yuan to 31.5 billion yuan, "
        "and exports of trucks rose from 120 million yuan to 2.4 billion yuan."
    )
    found = described(text)
    assert "Gansu with Central Asia 2014 total value: 6.2 billion CNY" in found, found
    assert "Gansu with Central Asia 2023 total value: 31.5 billion CNY" in found, found
    assert any(d.endswith("2023 exports value: 2.4 billion CNY") for d in found), found


def test_a_share_that_moved_from_one_level_to_another_is_two_shares() -> None:
    text = (
        " date 2024-05-02\n"
        "Over the decade from 2014 to 2023, Ningxia's trade with Arab states reached 95 "
        "billion yuan. Their proportion in Ningxia's foreign trade increased from 18.5 "
        "percent to 27.1 percent."
    )
    found = described(text)
    assert "Ningxia with Arab states 2014 total share: 18.5 percent" in found, found
    assert "Ningxia with Arab states 2023 total share: 27.1 percent" in found, found
    assert not any("growth" in d for d in found), found


def test_the_share_a_level_moved_from_with_no_run_of_years_is_not_dated() -> None:
    # guard: with one period in force, the level moved from is an earlier, undated share
    text = (
        " date 2019-07-20\n"
        "In the first half of 2019, Africa's share in Hunan's exports rose from 3.1 percent "
        "to 4.6 percent."
    )
    found = described(text)
    assert not any("3.1 percent" in d for d in found), found


# --- "from the beginning of this year": a running total, not the whole year ----------------
def test_from_the_beginning_of_this_year_is_not_the_whole_year() -> None:
    text = (
        " date 2023-07-20\n"
        "Hubei's trade with Africa up 12% in H1\n"
        "From the beginning of this year, Hubei's trade with Africa totaled 31.2 billion "
        "yuan, up 12.1 percent year on year, Wuhan Customs said."
    )
    found = described(text)
    assert "Hubei with Africa 2023-H1 total value: 31.2 billion CNY" in found, found
    assert not any(" 2023 total" in d for d in found), found


def test_from_the_start_of_this_year_inside_a_sentence_is_not_the_whole_year() -> None:
    text = (
        " date 2021-10-15\n"
        "In the first three quarters of 2021, Hainan's imports rose 57.8 percent. Exports "
        "of seafood from the start of this year reached 1.2 billion yuan."
    )
    found = described(text)
    assert not any(" 2021 exports" in d for d in found), found


# --- the Belt and Road by its full name ----------------------------------------------------
def test_the_belt_and_roads_full_name_is_the_bri_countries() -> None:
    text = (
        " date 2023-07-26\n"
        "In the first half of 2023, Jiangxi's trade with countries along the Silk Road "
        "Economic Belt and the 21st Century Maritime Silk Road rose 9.3% to 88.1 billion yuan."
    )
    found = described(text)
    assert "Jiangxi with BRI countries 2023-H1 total value: 88.1 billion CNY" in found, found


# --- "export-import value": a hyphenated pair of flows is total trade ----------------------
def test_a_hyphenated_export_import_pair_is_total_trade() -> None:
    text = (
        " date 2018-07-30\n"
        "In the first half of 2018, Hainan achieved export-import value of 41.5 billion "
        "yuan, up 12.2%, and Guangxi's import/export volume rose 8.1 percent."
    )
    found = described(text)
    assert "Hainan 2018-H1 total value: 41.5 billion CNY" in found, found
    assert not any("export-" in d or " imports " in d for d in found), found


# --- a country after "according to" is the data's source, not a partner --------------------
def test_a_country_named_as_the_source_of_the_data_is_no_partner() -> None:
    text = (
        " date 2018-07-30\n"
        "According to China Customs statistics, Jilin's imports in the first half of 2018 "
        "rose 9.9% to 52.1 billion yuan. Its exports grew 3.2%, according to China Customs."
    )
    found = described(text)
    assert "Jilin 2018-H1 imports value: 52.1 billion CNY" in found, found
    assert "Jilin 2018-H1 exports yoy_growth: 3.2 percent" in found, found


# --- "A as well as B ... respectively": "as well as" joins two items of a list -------------
def test_as_well_as_joins_two_products_of_a_respectively_list() -> None:
    text = (
        " date 2022-05-20\n"
        "In the first four months of 2022, steel products as well as rare earths were "
        "Baotou's major exports, reaching 3.1 billion yuan and 1.4 billion yuan, up 8.8 "
        "percent and 21.5 percent, respectively."
    )
    found = described(text)
    assert "Baotou (steel products) 2022-01/2022-04 exports value: 3.1 billion CNY" in found, found
    assert "Baotou (rare earths) 2022-01/2022-04 exports yoy_growth: 21.5 percent" in found, found


def test_as_well_as_after_a_flow_of_products_with_respectively() -> None:
    text = (
        " date 2022-05-20\n"
        "Quanzhou's exports of textiles as well as footwear grew 9.2 percent and 14.6 percent "
        "respectively in the first quarter of 2022."
    )
    found = described(text)
    assert "Quanzhou (textiles) 2022-Q1 exports yoy_growth: 9.2 percent" in found, found
    assert "Quanzhou (footwear) 2022-Q1 exports yoy_growth: 14.6 percent" in found, found


# --- "for the same period" in a lead: the period the sentence named before it ---------------
def test_the_same_period_in_a_lead_is_the_period_named_before_it() -> None:
    text = (
        "Vietnam's exports rose 7.1% in October from a year earlier, while imports grew 3.3% "
        "in the same period, leaving a trade surplus of $1.9 billion. The data cover 2019."
    )
    found = described(text)
    assert "Vietnam 2019-10 balance value: 1.9 billion USD" in found, found


def test_for_the_same_period_then_a_resulting_balance() -> None:
    text = (
        " date 2016-04-13\n"
        "India's exports fell 5.5% in March, as imports dropped 21.6% for the same period, "
        "resulting in a trade deficit of $5.07 billion."
    )
    found = described(text)
    assert "India 2016-03 balance value: -5.07 billion USD" in found, found
