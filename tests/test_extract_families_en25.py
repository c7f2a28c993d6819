"""English phrasing families met on a development set (round 25).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described, reasons


# --- "Of this, A accounted for X; B Y; and C Z": the items after the semicolons ----------
def test_items_of_a_breakdown_cut_at_semicolons_keep_their_product_and_flow() -> None:
    text = (
        " date 2021-05-20\n"
        "Lanzhou's exports grow\n\n"
        "In the first four months, Lanzhou's foreign trade reached 20.1 billion yuan, up "
        "8.2% year on year.\n\n"
        "Textiles accounted for 30.2% of exports, to 3.78 billion yuan, up 5% YoY. Of this, "
        "garments accounted for 1.2 billion yuan, down 2.1%; microwaves RMB0.9 billion, up "
        "4.4%; jewelry 0.8 billion yuan, down 3.3%; and bags 0.5 billion yuan, up 12.1%."
    )
    found = described(text)
    assert "Lanzhou (microwave ovens) 2021-01/2021-04 exports value: 0.9 billion CNY" in found, (
        found
    )
    assert "Lanzhou (jewelry) 2021-01/2021-04 exports yoy_growth: -3.3 percent" in found, found
    assert "Lanzhou (bags) 2021-01/2021-04 exports value: 0.5 billion CNY" in found, found
    assert not any(" total " in d and "(" in d for d in found), found


def test_a_semicolon_clause_with_a_percentage_names_no_product() -> None:
    # (near miss: words before a percentage, not an amount, are no product)
    text = (
        " date 2021-05-20\n"
        "In the first four months, Lanzhou's exports reached 12.5 billion yuan, up 10.3% "
        "year on year; prices 3 percent higher than a year before."
    )
    found = described(text)
    assert not any("(prices)" in d for d in found), found
    assert "Lanzhou 2021-01/2021-04 exports value: 12.5 billion CNY" in found, found


def test_a_semicolon_item_naming_no_goods_is_skipped() -> None:
    # (near miss: "others" is the rest of the breakdown, no product and not the whole flow)
    text = (
        " date 2021-05-20\n"
        "In the first four months, Lanzhou's exports reached 12.5 billion yuan. Of this, "
        "garments accounted for 1.2 billion yuan, down 2.1%; others 0.9 billion yuan."
    )
    found = described(text)
    assert "Lanzhou (garments) 2021-01/2021-04 exports value: 1.2 billion CNY" in found, found
    assert not any("0.9 billion" in d for d in found), found
    assert "0.9 billion yuan" in reasons(text), reasons(text)


# --- "The growth was slower than the 30% gain in 2023": last period's change, referred to -
def test_a_sentence_comparing_the_growth_just_given_with_an_earlier_period() -> None:
    text = (
        " date 2025-01-14\n"
        "Kazakhstan-China trade value grew 3.4% in 2024 from 2023, customs data showed. The "
        "growth was markedly slower than the 21.5% gain in 2023."
    )
    found = described(text)
    assert "China with Kazakhstan 2024 total yoy_growth: 3.4 percent" in found, found
    assert "China with Kazakhstan 2023 total yoy_growth: 21.5 percent" in found, found


def test_a_months_contraction_compared_with_the_month_before() -> None:
    text = (
        " date 2016-03-08\n"
        "China's exports fell 6.2 percent year-on-year in February to 1.1 trillion yuan, "
        "customs data showed. But February's contraction was an improvement on the 11 percent "
        "year-on-year decrease registered in January, analysts said."
    )
    found = described(text)
    assert "China 2016-02 exports yoy_growth: -6.2 percent" in found, found
    assert "China 2016-01 exports yoy_growth: -11 percent" in found, found


def test_the_growth_of_another_topic_is_not_the_trade_before() -> None:
    # (near miss: "The growth in retail sales" names its own topic)
    text = (
        " date 2025-01-14\n"
        "Kazakhstan-China trade value grew 3.4% in 2024 from 2023, customs data showed. The "
        "growth in retail sales was slower than the 6.5% gain in 2023."
    )
    found = described(text)
    assert not any("6.5" in d for d in found), found


# --- "..., while imports in that period were X": the period the sentence named ---------
def test_that_period_after_a_period_of_its_own_sentence_is_that_period() -> None:
    text = (
        " date 2016-03-08\n"
        "Chile's exports fell 6.2 percent year-on-year in February, data showed.\n"
        "In the first two months of this year, the value of Chilean exports dropped 2.2 "
        "percent from the previous year, to 11.9 billion dollars, while the value of imports "
        "in that period was 10.3 billion dollars, down by 9.4 percent."
    )
    found = described(text)
    assert "Chile 2016-01/2016-02 imports value: 10.3 billion USD" in found, found
    assert "Chile 2016-01/2016-02 imports yoy_growth: -9.4 percent" in found, found


def test_the_same_period_after_a_compared_month_is_not_that_month() -> None:
    # (near miss: the month a comparison names is no period of the sentence's own)
    text = (
        " date 2016-04-08\n"
        "In the first quarter, Chile's exports reached 17.1 billion dollars.\n"
        "Exports rose 5.1 percent, faster than the 2 percent in February, while imports in "
        "the same period fell 1.3 percent."
    )
    found = described(text)
    assert "Chile 2016-Q1 imports yoy_growth: -1.3 percent" in found, found
    assert not any(d.startswith("Chile 2016-02 imports") for d in found), found


# --- "X of exports and Y of imports, up a and b": each change with its amount's flow -----
def test_a_list_of_changes_after_amounts_each_with_its_flow_word() -> None:
    text = (
        " date 2016-08-08\n"
        "In the first half, Dalian's trade included US$3 billion worth of exports and US$2.9 "
        "billion of imports, up 5.1 percent and 3.2 percent year-on-year.\n"
        "In the same period, Qingdao's trade stood at US$5.9 billion, with exports of US$3.3 "
        "billion and imports of US$2.6 billion, up 7.5 percent and 1.4 percent."
    )
    found = described(text)
    assert "Dalian 2016-H1 exports yoy_growth: 5.1 percent" in found, found
    assert "Dalian 2016-H1 imports yoy_growth: 3.2 percent" in found, found
    assert "Qingdao 2016-H1 exports yoy_growth: 7.5 percent" in found, found
    assert "Qingdao 2016-H1 imports yoy_growth: 1.4 percent" in found, found


def test_changes_after_amounts_of_one_flow_pair_with_no_flows() -> None:
    # (near miss: two amounts of exports are no list of the two flows)
    text = (
        " date 2016-08-08\n"
        "In the first half, Dalian's trade included US$3 billion of exports by sea and US$2.9 "
        "billion of exports by road, up 5.1 percent and 3.2 percent year-on-year."
    )
    found = described(text)
    assert not any(" imports " in d for d in found), found


# --- "A soared to x and B climbed to y, respectively increasing a and b" -----------------
def test_respectively_changes_pair_with_the_enterprise_before_each_amount() -> None:
    text = (
        " date 2016-08-08\n"
        "In the first half, the exports of private firms in Chile soared to 22.04 billion "
        "dollars and the exports of state-owned firms climbed to 6.21 billion dollars, "
        "respectively increasing 64.5 percent and 48.4 percent year-on-year."
    )
    found = described(text)
    assert "Chile (private enterprises) 2016-H1 exports yoy_growth: 64.5 percent" in found, found
    assert "Chile (state-owned enterprises) 2016-H1 exports yoy_growth: 48.4 percent" in found, (
        found
    )


def test_respectively_after_an_amount_with_no_name_of_its_own_is_skipped() -> None:
    # (near miss: a converted amount in brackets has no enterprise: three amounts, two
    # changes, so nothing pairs and nothing is guessed)
    text = (
        " date 2016-08-08\n"
        "In the first half, the exports of private firms in Chile soared to 22.04 billion "
        "yuan (3.4 billion dollars) and the exports of state-owned firms climbed to 6.21 "
        "billion yuan, respectively increasing 64.5 percent and 48.4 percent year-on-year."
    )
    found = described(text)
    assert not any("64.5" in d or "48.4" in d for d in found), found


# --- "trade with A, B and C also exceeded X": a threshold each of them passed ------------
def test_a_threshold_each_partner_of_a_list_also_passed() -> None:
    text = (
        " date 2022-04-20\n"
        "In the first quarter, China's trade with Spain reached 75 billion yuan. The "
        "country's trade with Belgium, Poland and Sweden also exceeded 30 billion yuan."
    )
    found = described(text)
    for partner in ("Belgium", "Poland", "Sweden"):
        assert f"China with {partner} 2022-Q1 total value: more than 30 billion CNY" in found, found


def test_an_amount_a_list_of_partners_reached_is_their_sum() -> None:
    # (near miss: no threshold passed "each", "all" or "also": the list's one figure)
    text = (
        " date 2022-04-20\n"
        "In the first quarter, China's trade with Belgium, Poland and Sweden exceeded 90 "
        "billion yuan."
    )
    found = described(text)
    assert not any(d.startswith("China with Belgium ") for d in found), found


# --- "X of general trade and Y of processing trade, both up z": z for each ---------------
def test_one_change_said_of_both_amounts_products() -> None:
    text = (
        " date 2016-08-08\n"
        "In the first half, Chile posted US$5.1 billion of general trade and US$1.7 billion "
        "of processing trade, both up 13 percent year-on-year."
    )
    found = described(text)
    assert "Chile (general trade) 2016-H1 total yoy_growth: 13 percent" in found, found
    assert "Chile (processing trade) 2016-H1 total yoy_growth: 13 percent" in found, found


def test_a_change_after_two_amounts_without_both_is_not_each() -> None:
    # (near miss: with no "both" the change is not said of the first amount's trade mode)
    text = (
        " date 2016-08-08\n"
        "In the first half, Chile posted US$5.1 billion of general trade and US$1.7 billion "
        "of processing trade, up 13 percent year-on-year."
    )
    found = described(text)
    assert not any(d.startswith("Chile (general trade) 2016-H1 total yoy_growth") for d in found), (
        found
    )


# --- "This can explain why duty-free sales reached X": another measure, not the trade ----
def test_a_sentence_referring_back_to_name_shop_sales_is_not_trade() -> None:
    text = (
        " date 2021-02-01\n"
        "Sanya's imports rose 16.8 percent to 6.6 billion yuan in 2020. This can explain why "
        "duty-free sales reached 2.7 billion yuan in Sanya last year, up 103.7 percent."
    )
    found = described(text)
    assert "Sanya 2020 imports value: 6.6 billion CNY" in found, found
    assert not any("2.7 billion" in d or "103.7" in d for d in found), found


def test_a_sentence_referring_back_to_export_sales_is_still_trade() -> None:
    # (near miss: "export sales" are the trade)
    text = (
        " date 2021-02-01\n"
        "Sanya's exports rose 16.8 percent to 6.6 billion yuan in 2020. This lifted export "
        "sales to 2.1 billion yuan in the fourth quarter."
    )
    found = described(text)
    assert any("2.1 billion CNY" in d for d in found), found


# --- "with a 19.5% increase in import and export to other X countries": its partner ----
def test_a_change_named_with_its_trade_and_partner_after_it() -> None:
    text = (
        " date 2023-11-20\n"
        "In October, Foshan's trade with emerging markets was strong, with a 12.4% increase "
        "in import and export to other BRICS countries and a 3.1 percent drop in exports to "
        "the EU."
    )
    found = described(text)
    assert "Foshan with BRICS 2023-10 total yoy_growth: 12.4 percent" in found, found
    assert "Foshan with EU 2023-10 exports yoy_growth: -3.1 percent" in found, found


def test_a_partner_after_a_comma_is_not_the_changes_own() -> None:
    # (near miss: the partner of a later clause, not written with the change)
    text = (
        " date 2023-11-20\n"
        "In October, Foshan's trade with ASEAN rose 12.4%, with growth in exports to the EU "
        "slowing."
    )
    found = described(text)
    assert "Foshan with ASEAN 2023-10 total yoy_growth: 12.4 percent" in found, found


# --- "exports rose x, while imports from P declined y": P is the exports' partner too ---
def test_the_partner_of_the_other_flow_in_the_while_part_is_this_flows_too() -> None:
    text = (
        " date 2019-07-07\n"
        "China's trade with Bolivia grew in the first five months of 2019, official data "
        "showed. China's overall foreign trade fell 1.6 percent in the period.\n"
        "China's exports rose 6.3 percent year on year to 4.3 billion U.S. dollars from "
        "January to May, while imports from Bolivia declined 0.3 percent to 4.1 billion U.S. "
        "dollars."
    )
    found = described(text)
    assert "China with Bolivia 2019-01/2019-05 exports yoy_growth: 6.3 percent" in found, found
    assert "China with Bolivia 2019-01/2019-05 exports value: 4.3 billion USD" in found, found


def test_overall_exports_before_a_partners_imports_stay_with_the_world() -> None:
    # (near miss: "overall" names the whole trade; and the same flow after "while" is a
    # part of it, not a partner of it)
    text = (
        " date 2019-07-07\n"
        "China's overall exports rose 6.3 percent from January to May, while imports from "
        "Bolivia declined 0.3 percent. Chile's exports rose 2.1 percent in May, while exports "
        "to Bolivia declined 1.5 percent."
    )
    found = described(text)
    assert "China 2019-01/2019-05 exports yoy_growth: 6.3 percent" in found, found
    assert "Chile 2019-05 exports yoy_growth: 2.1 percent" in found, found


def test_a_partner_named_first_with_the_other_flow_is_not_carried_back() -> None:
    # (near miss: no sentence before named the partner, so the exports are the overall ones)
    text = (
        " date 2019-06-10\n"
        "China's trade rose 4 percent in May. China's exports rose 7.6 percent in May, while "
        "imports from Japan fell 3 percent."
    )
    found = described(text)
    assert "China 2019-05 exports yoy_growth: 7.6 percent" in found, found


def test_the_growth_compared_with_gdp_or_output_is_not_trade() -> None:
    # (near miss of the referring-back family: the sentence names another measure)
    text = (
        " date 2024-05-09\n"
        "In April, Vietnam's exports to China rose 8.2 percent to 5.1 billion dollars. The "
        "growth was faster than the country's GDP growth of 5.2 percent. The increase was "
        "driven by strong demand, with industrial output up 6.1 percent."
    )
    found = described(text)
    assert "Vietnam with China 2024-04 exports yoy_growth: 8.2 percent" in found, found
    assert not any("5.2 percent" in d or "6.1 percent" in d for d in found), found


# --- "accounting for x of China's overall trade volume with the EU": the group's trade ---
def test_a_members_share_of_the_overall_trade_volume_with_its_group_is_skipped() -> None:
    text = (
        " date 2022-04-20\n"
        "In the first quarter, China's trade with Spain reached 75 billion yuan, accounting "
        "for 11.2 per cent of China's overall trade volume with the EU."
    )
    found = described(text)
    assert "China with Spain 2022-Q1 total value: 75 billion CNY" in found, found
    assert not any("share" in d for d in found), found


def test_a_partners_share_of_the_overall_trade_volume_is_kept() -> None:
    # (near miss: of the reporter's overall trade, the schema's share)
    text = (
        " date 2022-04-20\n"
        "In the first quarter, China's trade with Spain reached 75 billion yuan, accounting "
        "for 1.2 per cent of China's overall trade volume."
    )
    found = described(text)
    assert "China with Spain 2022-Q1 total share: 1.2 percent" in found, found


def test_a_cause_named_after_the_referred_back_figure_keeps_it_trade() -> None:
    # (near miss of the other-measure family: "as higher prices ..." after the figure is
    # why the trade changed, not the measure of the figure)
    text = (
        " date 2024-03-10\n"
        "Peru's imports of fertiliser reached 3.1 billion dollars in 2023. It was up 12 "
        "percent from 2022, as higher prices offset lower volumes."
    )
    found = described(text)
    assert any("12 percent" in d for d in found), found


def test_the_growth_driven_by_a_product_is_not_the_flows_own_change() -> None:
    # (near miss: "The growth was driven by X, whose ... rose y" compares nothing: y is
    # no second change of the exports just given)
    text = (
        " date 2024-06-10\n"
        "Chile's exports rose 9 percent in May. The growth was driven by copper, whose "
        "shipments rose 20 percent."
    )
    found = described(text)
    assert "Chile 2024-05 exports yoy_growth: 9 percent" in found, found
    assert "Chile 2024-05 exports yoy_growth: 20 percent" not in found, found


def test_a_semicolon_item_naming_an_enterprise_type_or_a_market_is_kept() -> None:
    # (near miss of the "others" family: "private firms", "emerging markets" are names the
    # tables know, an enterprise type and a partner, not the rest of the breakdown)
    text = (
        " date 2021-05-20\n"
        "In the first four months, Lanzhou's exports reached 12.5 billion yuan. Of this, "
        "state-owned enterprises accounted for 4.2 billion yuan, down 2.1%; private firms 6.1 "
        "billion yuan, up 5%. Of the total, exports to the EU accounted for 4.2 billion yuan; "
        "emerging markets 2.6 billion yuan."
    )
    found = described(text)
    assert any(
        d.startswith("Lanzhou (private enterprises) ") and "6.1 billion" in d for d in found
    ), found
    assert any(
        d.startswith("Lanzhou with emerging markets ") and "2.6 billion" in d for d in found
    ), found


def test_a_threshold_a_list_of_partners_passed_in_total_is_their_sum() -> None:
    # (near miss of the "also exceeded" family: "in total" after the amount joins them)
    text = (
        " date 2022-04-20\n"
        "In the first quarter, China's trade with Spain reached 75 billion yuan. Its trade "
        "with Belgium and Poland also exceeded 30 billion yuan in total."
    )
    found = described(text)
    assert not any(d.startswith(("China with Belgium 2", "China with Poland 2")) for d in found), (
        found
    )


def test_a_change_named_with_its_trade_and_a_list_of_partners_is_the_lists() -> None:
    # (near miss: the first name of a list after "trade with" is not the change's partner)
    text = (
        " date 2023-11-20\n"
        "In October, Foshan's trade rose 5 percent, with a 12 percent increase in trade with "
        "the US and Japan."
    )
    found = described(text)
    assert "Foshan with United States 2023-10 total yoy_growth: 12 percent" not in found, found
    assert "Foshan with United States and Japan 2023-10 total yoy_growth: 12 percent" in found, (
        found
    )
