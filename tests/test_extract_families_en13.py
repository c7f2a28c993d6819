"""English phrasing families met on a fourteenth set of development articles (round 13).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction.extractor import default_gazetteer


# --- names with accented letters are whole words: "land port" is no Åland -----------------
def test_a_land_port_is_not_the_aland_islands() -> None:
    text = (
        " date 2022-06-15\n"
        "Trade via Manzhouli, the largest land port on the Russian border, rose 31.5 percent "
        "year on year to 26.2 billion yuan in the first five months. Imports of the land port "
        "totaled 18.4 billion yuan."
    )
    found = described(text)
    assert "Manzhouli 2022-01/2022-05 imports value: 18.4 billion CNY" in found, found
    assert not any("Åland" in d for d in found), found


def test_names_written_with_accented_letters_are_found_whole() -> None:
    found = {(m.name, m.kind) for m in default_gazetteer().find("shipments to Türkiye and Réunion")}
    assert ("Turkey", "country") in found, found
    assert ("Réunion", "country") in found, found
    # (and a word that is only the tail of such a name finds nothing)
    assert default_gazetteer().find("a new inland port at the union border") == []


# --- a percentage written in words: "dipped by six percent" ---------------------------------
def test_a_percentage_spelled_out_in_words_is_a_figure() -> None:
    text = (
        " date 2020-04-20\n"
        "Shaanxi's foreign trade slipped by seven percent year on year in the first quarter "
        "to 71.4 billion yuan, and its exports grew two percentage points faster than the "
        "national average."
    )
    found = described(text)
    assert "Shaanxi 2020-Q1 total yoy_growth: -7 percent" in found, found
    assert "Shaanxi 2020-Q1 total value: 71.4 billion CNY" in found, found


def test_a_number_word_without_percent_is_no_figure() -> None:
    text = (
        " date 2020-04-20\n"
        "One of the five largest partners, Chile, bought seven percent more fruit. "
        "Shaanxi's exports rose 4.4 percent in the first quarter."
    )
    found = described(text)
    assert "Shaanxi 2020-Q1 exports yoy_growth: 4.4 percent" in found, found
    assert not any(": 5 " in d or ": 1 " in d for d in found), found


# --- "X fell a%, with exports and imports down b% and c%, respectively" --------------------
def test_a_respectively_pair_after_the_whole_s_figure_pairs_only_the_list() -> None:
    text = (
        " date 2019-08-10\n"
        "In July, Jiangsu's foreign trade rose by 7.2 percent over a year earlier, with "
        "exports and imports climbing by 9.8 percent and 3.1 percent, respectively."
    )
    found = described(text)
    assert "Jiangsu 2019-07 total yoy_growth: 7.2 percent" in found, found
    assert "Jiangsu 2019-07 exports yoy_growth: 9.8 percent" in found, found
    assert "Jiangsu 2019-07 imports yoy_growth: 3.1 percent" in found, found


def test_a_list_after_respectively_is_not_paired_with_the_flows_before_it() -> None:
    # guard: the figures after "respectively" are another list (changes of shares)
    text = (
        " date 2023-05-20\n"
        "Wenzhou's trade, exports and imports grew 5.1%, 3.3% and 9.9%. Their values made "
        "up 8.2%, 9.1% and 4.4% of Zhejiang's, respectively, with an increase of 0.3%, 0.2% "
        "and 0.9% year-on-year."
    )
    found = described(text)
    assert not any(": 0.3 percent" in d or ": 0.9 percent" in d for d in found), found


# --- a superlative's span is not the figure's period ---------------------------------------
def test_the_highest_so_far_this_year_does_not_date_the_month_s_figure() -> None:
    text = (
        " date 2024-07-12\n"
        "Zhejiang's exports rose 6.1 percent in the first half of 2024.\n"
        "In June alone, Zhejiang's imports and exports grew 11.3 percent year on year to "
        "480 billion yuan -- the strongest monthly expansion so far this year."
    )
    found = described(text)
    assert "Zhejiang 2024-06 total yoy_growth: 11.3 percent" in found, found
    assert "Zhejiang 2024-06 total value: 480 billion CNY" in found, found
    assert not any("Zhejiang 2024 " in d for d in found), found


def test_a_year_after_a_superlative_without_so_far_is_still_a_period() -> None:
    # guard: "the largest partner in 2021, with ..." names the figure's year
    text = (
        " date 2022-02-10\n"
        "ASEAN was Guangxi's largest trading partner in 2021, with trade of 280 billion yuan."
    )
    found = described(text)
    assert "Guangxi with ASEAN 2021 total value: 280 billion CNY" in found, found


# --- an owner's month before the flow word: "China's March exports" -------------------------
def test_a_month_between_the_owner_and_the_flow_word_dates_the_figure() -> None:
    text = (
        " date 2019-05-09\n"
        "Exports from Vietnam rose 5.2 percent in the first four months of 2019. Vietnam's "
        "April exports fell 1.8 percent from a year earlier."
    )
    found = described(text)
    assert "Vietnam 2019-04 exports yoy_growth: -1.8 percent" in found, found


# --- "for the month" after a month named in the same sentence --------------------------------
def test_for_the_month_takes_the_month_named_earlier_in_the_sentence() -> None:
    text = (
        " date 2016-03-10\n"
        "South Korea's exports fell 4.1 percent in the first two months of 2016.\n"
        "Its imports rose 9.3 percent in February, which left a trade deficit of 1.2 billion "
        "US dollars for the month."
    )
    found = described(text)
    assert "South Korea 2016-02 balance value: -1.2 billion USD" in found, found


# --- "U.S.dollars" with the space lost --------------------------------------------------------
def test_us_dollars_without_the_space_is_a_currency() -> None:
    text = (
        " date 2017-10-20\n"
        "Anhui's foreign trade reached 264.5 billion yuan (38.9 billion U.S.dollars) in the "
        "first three quarters."
    )
    found = described(text)
    assert "Anhui 2017-01/2017-09 total value: 38.9 billion USD" in found, found


# --- a city with an apposition acts as the trader: "Wuhan, capital of Hubei, recorded" -------
def test_a_city_with_an_apposition_before_its_verb_owns_the_figures() -> None:
    text = (
        " date 2021-08-02\n"
        "Guangxi's foreign trade rose 25.6 percent in the first half of 2021.\n"
        "Nanning, capital of the region, posted an import-export volume of 52.4 billion "
        "yuan, up 31.2 percent, accounting for 16.3 percent of the region's total."
    )
    found = described(text)
    assert "Nanning 2021-H1 total value: 52.4 billion CNY" in found, found
    assert "Nanning 2021-H1 total yoy_growth: 31.2 percent" in found, found
    # (the city's share of its province is no fact of the schema, and not the region's)
    assert not any("16.3" in d for d in found), found


def test_a_list_of_cities_with_commas_is_no_apposition() -> None:
    # guard: "A, B and C recorded ..." is a list, not a city and its apposition
    text = (
        " date 2021-08-02\n"
        "Guangxi's exports rose 20.1 percent in the first half of 2021. Nanning, Liuzhou "
        "and Beihai recorded a combined 80 billion yuan."
    )
    found = described(text)
    assert not any(d.startswith("Nanning") for d in found), found


# --- the product written right after an amount: "X yuan worth of A", "X yuan in A" ----------
def test_products_worth_of_after_each_amount_and_their_growth_respectively() -> None:
    text = (
        " date 2020-11-02\n"
        "In the first three quarters, Qinghai imported 1.36 billion yuan worth of lithium ore "
        "and 0.82 billion yuan worth of potash, up 42.7% and 18.3% year on year, respectively."
    )
    found = described(text)
    assert "Qinghai (lithium ore) 2020-01/2020-09 imports value: 1.36 billion CNY" in found, found
    assert "Qinghai (potash) 2020-01/2020-09 imports value: 0.82 billion CNY" in found, found
    assert "Qinghai (lithium ore) 2020-01/2020-09 imports yoy_growth: 42.7 percent" in found, found
    assert "Qinghai (potash) 2020-01/2020-09 imports yoy_growth: 18.3 percent" in found, found


def test_a_list_of_amounts_each_in_a_product() -> None:
    text = (
        " date 2018-07-15\n"
        "Shaanxi's exports of electronics grew fast in the first half of 2018, adding 5.2 "
        "billion yuan in laptops, 2.4 billion yuan in solar cell and 0.9 billion yuan in "
        "drones."
    )
    found = described(text)
    assert "Shaanxi (laptops) 2018-H1 exports value: 5.2 billion CNY" in found, found
    assert "Shaanxi (solar cells) 2018-H1 exports value: 2.4 billion CNY" in found, found
    assert "Shaanxi (drones) 2018-H1 exports value: 0.9 billion CNY" in found, found


def test_one_amount_in_an_unknown_word_is_no_product() -> None:
    # guard: "in" after a single amount is a product only when the tables know it
    text = (
        " date 2018-07-15\n"
        "Shaanxi's exports reached 5.2 billion yuan in aggregate in the first half of 2018."
    )
    found = described(text)
    assert "Shaanxi 2018-H1 exports value: 5.2 billion CNY" in found, found


# --- one growth rate said of each city of a list: "Exports from A, B and C rose by over 30%" --
def test_one_growth_rate_for_a_list_of_cities_is_each_city_s() -> None:
    text = (
        " date 2019-07-18\n"
        "Hunan's exports grew 35.2 percent in the first half of 2019. Exports from Yueyang, "
        "Chenzhou and Hengyang rose by more than 40 percent, while those of Loudi fell."
    )
    found = described(text)
    for city in ("Yueyang", "Chenzhou", "Hengyang"):
        assert f"{city} 2019-H1 exports yoy_growth: more than 40 percent" in found, found
    assert "Hunan 2019-H1 exports yoy_growth: more than 40 percent" not in found, found


def test_imports_from_a_list_of_places_are_partners_not_reporters() -> None:
    # guard: "imports from A and B" names where the goods came from
    text = (
        " date 2019-07-18\n"
        "Guangdong's imports from Hong Kong and Macao rose 12 percent in the first half of 2019."
    )
    found = described(text)
    assert not any(d.startswith(("Hong Kong ", "Macao ")) for d in found), found


# --- a segment "of" / "in" a list of places: the places are where it lies -------------------
def test_the_zones_of_a_list_of_places_are_one_segment() -> None:
    # (Feixi and Lujiang, counties the tables do not know, are no products)
    text = (
        " date 2022-07-25\n"
        "Anhui's foreign trade grew 10.2 percent in the first half of 2022. The imports and "
        "exports of the three comprehensive bonded zones of Hefei, Feixi and Lujiang totaled "
        "41.7 billion yuan."
    )
    found = described(text)
    assert "Anhui (comprehensive bonded zones) 2022-H1 total value: 41.7 billion CNY" in found, (
        found
    )
    assert not any("feixi" in d.lower() or "lujiang" in d.lower() for d in found), found


# --- a list of quarters after a list of figures: "x and y in the first and second quarters,
# respectively" ---------------------------------------------------------------------------
def test_figures_then_the_quarters_they_are_of_respectively() -> None:
    text = (
        " date 2023-10-20\n"
        "Hebei's foreign trade rose 7.7 percent in the third quarter of this year, up from "
        "2.9 percent and 5.4 percent in the first and second quarters, respectively."
    )
    found = described(text)
    assert "Hebei 2023-Q3 total yoy_growth: 7.7 percent" in found, found
    assert "Hebei 2023-Q1 total yoy_growth: 2.9 percent" in found, found
    assert "Hebei 2023-Q2 total yoy_growth: 5.4 percent" in found, found


def test_the_first_and_second_quarters_without_respectively_are_not_split() -> None:
    # guard: one figure "in the first and second quarters" is not given to the first alone
    text = (
        " date 2023-10-20\n"
        "Hebei's foreign trade rose 7.7 percent in the first three quarters of this year. "
        "Exports grew fast in the first and second quarters."
    )
    found = described(text)
    assert not any("Q1" in d for d in found), found


# --- the flow word as the modifier of the change: "a 12.2-percent import slump" -------------
def test_a_flow_word_between_the_figure_and_its_change_noun_is_its_flow() -> None:
    text = (
        " date 2016-06-08\n"
        "Guangdong's foreign trade shrank by 7.4 percent in May, mainly dragged down by a "
        "12.2-percent import slump."
    )
    found = described(text)
    assert "Guangdong 2016-05 total yoy_growth: -7.4 percent" in found, found
    assert "Guangdong 2016-05 imports yoy_growth: -12.2 percent" in found, found
