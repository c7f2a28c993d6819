"""English phrasing families met on an eleventh set of held-back articles about provinces and
cities (issue 9, round eleven: generalization).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described, reasons


# --- "by April", "through September": the year to date up to that month -------------------
def test_by_a_month_is_the_year_to_date() -> None:
    text = (
        " date 2011-06-20\n"
        "Customs figures show that by April Guilin's exports had risen 12.4 percent to "
        "$310 million."
    )
    found = described(text)
    assert "Guilin 2011-01/2011-04 exports yoy_growth: 12.4 percent" in found, found
    assert "Guilin 2011-01/2011-04 exports value: 310 million USD" in found, found


def test_through_a_month_is_the_year_to_date() -> None:
    text = (
        " date 2016-10-25\n"
        "Imports of Hefei through September fell 3.2 percent, the city's customs said."
    )
    found = described(text)
    assert "Hefei 2016-01/2016-09 imports yoy_growth: -3.2 percent" in found, found


# --- a partner joined to the figure right before it by "with" ------------------------------
def test_a_partner_right_after_a_figure_with_with_is_that_figures() -> None:
    text = (
        " date 2014-07-15\n"
        "In the first half of 2014, Nanning's trade with Thailand rose 8.2 percent to "
        "$120 million, was up 4.4 percent with Malaysia to $96 million and fell 2.1 "
        "percent with Singapore to $51 million."
    )
    found = described(text)
    assert "Nanning with Thailand 2014-H1 total yoy_growth: 8.2 percent" in found, found
    assert "Nanning with Malaysia 2014-H1 total yoy_growth: 4.4 percent" in found, found
    assert "Nanning with Malaysia 2014-H1 total value: 96 million USD" in found, found
    assert "Nanning with Singapore 2014-H1 total yoy_growth: -2.1 percent" in found, found
    assert "Nanning with Singapore 2014-H1 total value: 51 million USD" in found, found


def test_an_absolute_phrase_with_a_partner_is_not_the_figures_partner() -> None:
    text = (
        " date 2014-07-15\n"
        "In the first half of 2014, Nanning's exports grew 6.5 percent with the United "
        "States remaining the largest market."
    )
    found = described(text)
    assert "Nanning 2014-H1 exports yoy_growth: 6.5 percent" in found, found


# --- growth of a physical quantity: "to reach N cubic meters", "N batches ..., up x%" -----
def test_growth_to_reach_a_physical_quantity_is_not_a_trade_value() -> None:
    text = (
        " date 2022-01-20\n"
        "Harbin's crude oil imports climbed by 14.2 percent to reach 3.4 million tonnes in "
        "2021, and its natural gas imports surged 54.2 percent to hit 1.1 billion cubic "
        "meters."
    )
    assert described(text) == set()
    skipped = reasons(text)
    assert {"14.2 percent", "54.2 percent"} <= skipped.keys(), skipped
    assert all("quantity" in why for why in skipped.values()), skipped


def test_growth_of_a_count_of_consignments_is_not_a_trade_value() -> None:
    text = (
        " date 2022-07-20\n"
        "In the first half of 2022, Ningde's exports of lithium batteries rose 5 percent. "
        "During the same period, Ningde customs handled 2,310 batches of lithium "
        "batteries for export, up 17.8 percent year on year, and 412 shipments of solar "
        "panels, up 9.1 percent."
    )
    assert described(text) == {"Ningde (lithium batteries) 2022-H1 exports yoy_growth: 5 percent"}
    assert "quantity" in reasons(text)["17.8 percent"]


def test_shipments_after_a_year_and_a_comma_are_no_count() -> None:
    text = (
        " date 2022-07-20\n"
        "In the first half of 2022, shipments to Chile from Ningbo rose 7.5 percent."
    )
    found = described(text)
    assert "Ningbo with Chile 2022-H1 exports yoy_growth: 7.5 percent" in found, found


# --- a city of the reporting province that trades on its own ------------------------------
def test_a_city_that_opens_its_clause_as_the_trader_owns_its_figures() -> None:
    text = (
        " date 2015-09-21\n"
        "Zhejiang's exports rose 4.1 percent in the first eight months of 2015. Nine of the "
        "11 cities in the province saw export growth. Wenzhou ranked first with $8.1 billion "
        "of exports, up 6.3 percent. Jinhua exported $3.2 billion, while Lishui posted "
        "exports of $0.9 billion."
    )
    found = described(text)
    assert "Zhejiang 2015-01/2015-08 exports yoy_growth: 4.1 percent" in found, found
    assert "Wenzhou 2015-01/2015-08 exports value: 8.1 billion USD" in found, found
    assert "Wenzhou 2015-01/2015-08 exports yoy_growth: 6.3 percent" in found, found
    assert "Jinhua 2015-01/2015-08 exports value: 3.2 billion USD" in found, found
    assert "Lishui 2015-01/2015-08 exports value: 0.9 billion USD" in found, found


def test_the_flow_of_a_product_in_a_city_or_in_the_province_is_theirs() -> None:
    text = (
        " date 2023-06-20\n"
        "China's exports of wind turbines rose 22 percent in the first five months of "
        "2023. Exports of wind turbines and solar cells in Baoding city, north China's "
        "Hebei Province, grew 14.1 percent in the period. According to Shijiazhuang "
        "customs in Shijiazhuang, capital of Hebei, imports of iron ore in the province "
        "fell 3.5 percent."
    )
    found = described(text)
    assert "China (wind turbines) 2023-01/2023-05 exports yoy_growth: 22 percent" in found
    assert any(d.startswith("Baoding (") and "14.1 percent" in d for d in found), found
    assert "Hebei (iron ore) 2023-01/2023-05 imports yoy_growth: -3.5 percent" in found, found


def test_in_the_province_with_two_provinces_named_is_not_guessed() -> None:
    text = (
        " date 2023-06-20\n"
        "China's imports of iron ore rose 2 percent in the first five months of 2023. "
        "Officials from Hebei and Shanxi said imports of iron ore in the province fell 3.5 "
        "percent."
    )
    assert not any(d.startswith(("Hebei", "Shanxi")) for d in described(text))


def test_a_city_inside_an_apposition_after_the_flow_is_not_its_owner() -> None:
    text = (
        " date 2024-04-22\n"
        "In the first quarter of 2024, Zhejiang's exports under cross-border e-commerce, a "
        "channel widely used by small sellers in Jinhua, rose 12.4 percent."
    )
    found = described(text)
    assert not any(d.startswith("Jinhua") for d in found), found


# --- "a monthly rise of", "month-over-month": growth on the month before -------------------
def test_a_monthly_rise_of_is_growth_on_the_month_before() -> None:
    text = (
        " date 2010-01-12\n"
        "In December 2009, Tianjin's exports rose 8 percent year on year, with a monthly "
        "rise of 3.1 percent, while its imports grew 2.2 percent month-over-month."
    )
    found = described(text)
    assert "Tianjin 2009-12 exports yoy_growth: 8 percent" in found, found
    assert "Tianjin 2009-12 exports mom_growth: 3.1 percent" in found, found
    assert "Tianjin 2009-12 imports mom_growth: 2.2 percent" in found, found


def test_the_monthly_growth_of_a_span_is_still_each_month() -> None:
    text = (
        " date 2017-08-10\n"
        "From January to June 2017, the monthly growth of Ningbo's imports stayed above "
        "20 percent."
    )
    found = described(text)
    assert any(d.startswith("Ningbo 2017-03 imports") for d in found), found


# --- the ways translations name a trade mode's flow, a kind of firm and 机电产品 -------------
def test_general_exports_and_private_owned_firms_are_segments() -> None:
    text = (
        " date 2019-02-01\n"
        "In 2018, General export values of Yingkou came in at 25.3 billion yuan, up 6 "
        "percent. Private-owned enterprises reported export value of 17.1 billion yuan, "
        "and processing imports fell 3 percent."
    )
    found = described(text)
    assert "Yingkou (general trade) 2018 exports value: 25.3 billion CNY" in found, found
    assert "Yingkou (private enterprises) 2018 exports value: 17.1 billion CNY" in found, found
    assert "Yingkou (processing trade) 2018 imports yoy_growth: -3 percent" in found, found


def test_mechanical_and_electric_products_and_an_adverb_after_the_list() -> None:
    text = (
        " date 2016-01-14\n"
        "In 2015, exports of electrical and mechanical products from Xiamen sharply "
        "declined 6.7 percent, and the exports of textiles significantly rose 2 percent."
    )
    found = described(text)
    assert (
        "Xiamen (mechanical and electrical products) 2015 exports yoy_growth: -6.7 percent" in found
    ), found
    assert "Xiamen (textiles) 2015 exports yoy_growth: 2 percent" in found, found


# --- a wire lead on one month, then the year to date up to it -----------------------------
def test_a_month_lead_then_the_running_total_carries_the_running_total() -> None:
    text = (
        " date 2005-12-09\n"
        "China's monthly trade surplus stood at US$12.4 billion in November, according to "
        "customs figures on Thursday.\n"
        "The country's foreign trade volume reached US$1.28 trillion in the first 11 "
        "months, up 23.1 percent over the same period last year.\n"
        "Exports reached US$686 billion, up 29.4 percent.\n"
    )
    found = described(text)
    assert "China 2005-11 balance value: 12.4 billion USD" in found, found
    assert "China 2005-01/2005-11 total value: 1.28 trillion USD" in found, found
    assert "China 2005-01/2005-11 exports value: 686 billion USD" in found, found
    assert "China 2005-01/2005-11 exports yoy_growth: 29.4 percent" in found, found


def test_a_hard_wrapped_line_ending_in_in_goes_on_with_its_month() -> None:
    text = (
        " date 2008-12-10\n"
        "China's total foreign trade was 2.36 trillion U.S. dollars\n"
        "during the first 11 months of this year, up 22.8 percent from a\n"
        "year earlier, the customs said.\n"
        "The trade surplus stood at 40.09 billion U.S. dollars in\n"
        "November, up 51.6 percent.\n"
    )
    found = described(text)
    assert "China 2008-01/2008-11 total value: 2.36 trillion USD" in found, found
    assert "China 2008-11 balance value: 40.09 billion USD" in found, found
    assert "China 2008-11 balance yoy_growth: 51.6 percent" in found, found


def test_monthly_exports_that_exceeded_a_level_are_the_months_not_every_months() -> None:
    text = (
        " date 2007-12-11\n"
        "In the first 11 months of 2007, Jiangsu's exports rose 21 percent.\n"
        "In November alone, Jiangsu's exports went up 19.2 percent.\n"
        "Monthly exports exceeded 20 billion U.S. dollars for the first time, and monthly "
        "imports topped US$15 billion.\n"
    )
    found = described(text)
    assert "Jiangsu 2007-11 exports value: more than 20 billion USD" in found, found
    assert "Jiangsu 2007-11 imports value: more than 15 billion USD" in found, found
    assert not any("2007-03" in d for d in found), found


def test_monthly_exports_above_a_level_for_consecutive_months_are_each_month() -> None:
    text = (
        " date 2024-07-20\n"
        "In the first half of 2024, Jinhua's exports rose 12 percent. Monthly exports "
        "exceeded 15 billion yuan for three consecutive months since April.\n"
    )
    found = described(text)
    assert "Jinhua 2024-05 exports value: more than 15 billion CNY" in found, found


# --- "constituting", "comprised": share verbs --------------------------------------------
def test_constituting_and_comprising_a_percentage_of_the_total_are_shares() -> None:
    text = (
        " date 2019-08-20\n"
        "In the first seven months of 2019, Zhuzhou exported 12.1 billion yuan of "
        "high-tech products, up 20.3%, constituting 21.5% of the city's total. Exports of "
        "textiles comprised 9.2 percent of its total exports."
    )
    found = described(text)
    assert "Zhuzhou (high-tech products) 2019-01/2019-07 exports share: 21.5 percent" in found
    assert "Zhuzhou (textiles) 2019-01/2019-07 exports share: 9.2 percent" in found, found


# --- the regions Belt and Road statistics break partners into -----------------------------
def test_the_belt_and_road_regions_are_partners() -> None:
    text = (
        " date 2019-03-01\n"
        "In 2018, Xi'an's trade with the Asia-Oceania region reached 31.2 billion yuan, "
        "while its trade with West Asia and North Africa rose 10.5 percent."
    )
    found = described(text)
    assert "Xi'an with Asia-Oceania 2018 total value: 31.2 billion CNY" in found, found
    assert "Xi'an with West Asia and North Africa 2018 total yoy_growth: 10.5 percent" in found


def test_a_place_that_only_locates_the_one_before_it_does_not_take_its_flow() -> None:
    # "X in Y province": Y says where X lies; the trade is X's (not the province's)
    text = (
        " date 2031-05-13\nCity trade up\n\n"
        "The import and export volume of Xiamen in Fujian province increased 5.9 percent year "
        "on year to 275.53 billion yuan in the first four months of this year.\n"
    )
    got = described(text)
    assert "Xiamen 2031-01/2031-04 total value: 275.53 billion CNY" in got
    assert not any(line.startswith("Fujian") for line in got)
    text = (
        " date 2031-05-13\nNational trade\n\n"
        "China's trade rose 3 percent in the first four months of this year. Exports of "
        "batteries from Changzhou city in Jiangsu surged 25.3 percent.\n"
    )
    assert not any(line.startswith("Jiangsu") for line in described(text))
