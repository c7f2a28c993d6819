"""English phrasing families met on a twentieth set of development articles (round 19).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each family has a test of what it must give and a near miss, an ordinary
sentence where the rule must not fire.
"""

from __future__ import annotations

from extract_helpers import described


# --- a run of whole years as background, then months with no year: the latest ones --------
def test_months_with_no_year_after_a_run_of_whole_years_are_the_latest() -> None:
    text = (
        " date 2024-10-05\n"
        "China has kept deepening trade ties with Latin America, customs data showed "
        "Saturday.\n"
        "From 2005 to 2023, trade between China and Brazil grew from 20 billion yuan to "
        "1.1 trillion yuan.\n"
        "From January to August, trade between China and Brazil rose 4.2 percent year on "
        "year to 720 billion yuan."
    )
    found = described(text)
    assert any("2024-01/2024-08 total value: 720 billion CNY" in d for d in found), found
    assert any("2024-01/2024-08 total yoy_growth: 4.2 percent" in d for d in found), found
    assert not any("2023-01/2023-08" in d for d in found), found


def test_near_miss_months_not_yet_over_when_published_stay_in_the_years_run() -> None:
    # (published in February: January to November of this year has not ended, so the
    # months are the last year of the run)
    text = (
        " date 2024-02-20\n"
        "China has kept deepening trade ties with Latin America, customs data showed "
        "Tuesday.\n"
        "From 2005 to 2023, trade between China and Brazil grew from 20 billion yuan to "
        "1.1 trillion yuan.\n"
        "From January to November, trade between China and Brazil rose 4.2 percent year "
        "on year to 720 billion yuan."
    )
    found = described(text)
    assert any("2023-01/2023-11 total value: 720 billion CNY" in d for d in found), found
    assert not any("2024-01/2024-11" in d for d in found), found


# --- a place as the adjective of demand: a cause, not the partner of the figures -----------
def test_a_places_demand_in_a_cause_is_not_the_partner() -> None:
    text = (
        " date 2023-01-13\n"
        "Japan's trade deficit narrowed to 9.2 trillion yen last year as exports rose "
        "4 percent despite softer US and Chinese demand.\n"
        "Exports reached 98.1 trillion yen, the finance ministry said."
    )
    found = described(text)
    assert "Japan 2022 exports yoy_growth: 4 percent" in found, found
    assert "Japan 2022 exports value: 98.1 trillion JPY" in found, found
    assert not any("United States" in d for d in found), found


def test_near_miss_exports_to_a_place_and_its_neighbours_markets_keep_the_partner() -> None:
    text = (
        " date 2023-01-13\n"
        "Korea's exports to the US and Canadian markets rose 6.2 percent last year to "
        "$131.5 billion on demand for batteries."
    )
    found = described(text)
    assert any("with United States 2022 exports" in d for d in found), found


# --- a month opening a sentence right before its flow word: "December exports fell" --------
def test_a_month_opening_the_sentence_before_its_flow_word_dates_the_figures() -> None:
    text = (
        " date 2023-01-13\n"
        "Korea's exports rose 6 percent last year to $683 billion.\n"
        "November exports fell for a second month, contracting 8.1 percent from a year "
        "earlier to $51.2 billion. Imports shrank 3.3 percent to $49.1 billion."
    )
    found = described(text)
    assert "South Korea 2022 exports value: 683 billion USD" in found, found
    assert "South Korea 2022-11 exports value: 51.2 billion USD" in found, found
    assert "South Korea 2022-11 exports yoy_growth: -8.1 percent" in found, found
    assert "South Korea 2022-11 imports value: 49.1 billion USD" in found, found


def test_near_miss_a_month_later_in_the_sentence_does_not_date_its_opening_figures() -> None:
    text = (
        " date 2023-12-08\n"
        "Taiwan's exports in November rose 3.8 percent from a year earlier to $39.9 "
        "billion, recovering after October exports had dropped 4.5 percent."
    )
    found = described(text)
    assert "Taiwan 2023-11 exports value: 39.9 billion USD" in found, found
    assert "Taiwan 2023-11 exports yoy_growth: 3.8 percent" in found, found
    assert not any("2023-10 exports value" in d for d in found), found


# --- the owner's "global" exports or surplus after a bilateral lead: with the world ---------
def test_the_owners_global_exports_after_a_bilateral_lead_are_with_the_world() -> None:
    text = (
        " date 2019-01-14\n"
        "Japan's trade surplus with China hit $45.2 billion in 2018.\n"
        "Exports to China rose 6.1 percent to $144.1 billion.\n"
        "Japan's global exports rose 4.1 percent to $738 billion. Imports rose 9.7 "
        "percent to $748 billion.\n"
        "The country's global trade deficit was $10.3 billion."
    )
    found = described(text)
    assert "Japan with China 2018 exports value: 144.1 billion USD" in found, found
    assert "Japan 2018 exports value: 738 billion USD" in found, found
    assert "Japan 2018 imports value: 748 billion USD" in found, found
    assert "Japan 2018 balance value: -10.3 billion USD" in found, found


def test_near_miss_another_countrys_global_exports_stay_skipped() -> None:
    text = (
        " date 2019-01-14\n"
        "Japan's exports to China rose 6.1 percent to $144.1 billion in 2018, the finance "
        "ministry said.\n"
        "By contrast, Germany's global exports fell 2.3 percent, and the nation's global "
        "trade surplus with France shrank to $8.2 billion."
    )
    found = described(text)
    assert "Japan with China 2018 exports value: 144.1 billion USD" in found, found
    assert not any("2.3 percent" in d or "8.2 billion" in d for d in found), found


# --- the other side of a dispute: "trade tensions with the US" is a cause, not a partner ----
def test_the_other_side_of_a_trade_dispute_is_not_the_partner() -> None:
    text = (
        " date 2020-01-14\n"
        "Vietnam's exports grew 8.4 per cent in 2019 despite weak global demand and trade "
        "tensions with the US.\n"
        "Imports rose 7 per cent to $253.5 billion."
    )
    found = described(text)
    assert "Vietnam 2019 exports yoy_growth: 8.4 percent" in found, found
    assert "Vietnam 2019 imports value: 253.5 billion USD" in found, found
    assert not any("United States" in d for d in found), found


def test_near_miss_trade_with_a_place_that_fought_a_trade_war_keeps_it() -> None:
    text = (
        " date 2020-01-14\n"
        "Vietnam's trade with the US, which fought a trade war with China last year, rose "
        "28 per cent to $75.7 billion in 2019."
    )
    found = described(text)
    assert "Vietnam with United States 2019 total value: 75.7 billion USD" in found, found


# --- a city's own province after a comma locates it: "Nantong, Jiangsu province reported" ---
def test_a_citys_province_after_a_comma_only_locates_the_reporting_city() -> None:
    text = (
        " date 2021-04-20\n"
        "The city of Wenzhou, Zhejiang province reported year-on-year growth of 12.5 "
        "percent in foreign trade for the first quarter of this year, with its import and "
        "export volume totaling 55.3 billion yuan."
    )
    found = described(text)
    assert "Wenzhou 2021-Q1 total yoy_growth: 12.5 percent" in found, found
    assert "Wenzhou 2021-Q1 total value: 55.3 billion CNY" in found, found
    assert not any(d.startswith("Zhejiang") for d in found), found


def test_near_miss_a_province_opening_its_own_clause_reports_its_own_trade() -> None:
    text = (
        " date 2021-04-20\n"
        "Hangzhou's foreign trade grew 4.0 percent in the first quarter of this year.\n"
        "For comparison, Zhejiang province reported foreign trade growth of 9.1 percent, "
        "with its exports totaling 520.4 billion yuan."
    )
    found = described(text)
    assert "Hangzhou 2021-Q1 total yoy_growth: 4.0 percent" in found, found
    assert "Zhejiang 2021-Q1 total yoy_growth: 9.1 percent" in found, found
    assert "Zhejiang 2021-Q1 exports value: 520.4 billion CNY" in found, found


# --- "from the end of 2014": the close of the year before is the base, not the period ------
def test_growth_from_the_end_of_the_year_before_is_of_the_latest_year() -> None:
    text = (
        " date 2016-01-14\n"
        "Indonesia's exports fell 4.2 percent in 2015.\n"
        "The trade surplus expanded by 12.3 percent from the end of 2014 to 7.5 billion "
        "dollars."
    )
    found = described(text)
    assert "Indonesia 2015 balance yoy_growth: 12.3 percent" in found, found
    assert "Indonesia 2015 balance value: 7.5 billion USD" in found, found
    assert not any(" 2014 " in d for d in found), found


def test_near_miss_by_the_end_of_a_year_dates_the_figure() -> None:
    text = (
        " date 2016-01-14\n"
        "Indonesia's exports fell 4.2 percent in 2015.\n"
        "By the end of 2014, exports to China had reached 17.6 billion dollars."
    )
    found = described(text)
    assert "Indonesia with China 2014 exports value: 17.6 billion USD" in found, found
