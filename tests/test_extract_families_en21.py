"""English phrasing families met on articles about China's trade with one partner (round 21).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract

_MONGOLIA_LEAD = (
    " date 2022-09-04\n"
    "Trade turnover between Mongolia and China in January-August 2022 rose by 21.4% to "
    "$8.1 billion, according to the General Administration of Customs of China.\n"
)


# --- "trade turnover between the two countries / between the partners" -------------------
def test_turnover_between_the_two_countries_is_with_the_partner_named_before() -> None:
    text = _MONGOLIA_LEAD + (
        "In August alone, trade turnover between the two countries reached $1.2 billion.\n"
        "In 2021, trade turnover between the partners grew by 17.2% to $6.9 billion."
    )
    found = described(text)
    assert "China with Mongolia 2022-08 total value: 1.2 billion USD" in found, found
    assert "China with Mongolia 2021 total yoy_growth: 17.2 percent" in found, found
    assert "China with Mongolia 2021 total value: 6.9 billion USD" in found, found


# --- the partner as the one doing: "with Mongolia exporting $X ... and purchasing $Y" -----
def test_the_partners_sales_and_purchases_are_the_reporters_imports_and_exports() -> None:
    text = _MONGOLIA_LEAD + (
        "In August, trade turnover between the two countries reached $1.2 billion, with "
        "Mongolia exporting $0.9 billion of goods to China and purchasing $0.3 billion of goods."
    )
    found = described(text)
    assert "China with Mongolia 2022-08 imports value: 0.9 billion USD" in found, found
    assert "China with Mongolia 2022-08 exports value: 0.3 billion USD" in found, found


# --- "China delivered/supplied goods worth $X to P"; "deliveries from P to China" ----------
def test_goods_delivered_to_the_partner_and_deliveries_from_it() -> None:
    text = _MONGOLIA_LEAD + (
        "China delivered goods worth $2.4 billion to Mongolia in the period, 8.2% more than "
        "a year earlier, and deliveries from Mongolia to China rose 30.1% to $5.7 billion.\n"
        "China supplied goods worth $1.1 billion to Mongolia in August."
    )
    found = described(text)
    assert "China with Mongolia 2022-01/2022-08 exports value: 2.4 billion USD" in found, found
    assert "China with Mongolia 2022-01/2022-08 exports yoy_growth: 8.2 percent" in found, found
    assert "China with Mongolia 2022-01/2022-08 imports yoy_growth: 30.1 percent" in found, found
    assert "China with Mongolia 2022-01/2022-08 imports value: 5.7 billion USD" in found, found
    assert "China with Mongolia 2022-08 exports value: 1.1 billion USD" in found, found


# --- a goal of raising trade: "set a goal of tripling trade, lifting it from $X to $Y" ------
def test_the_amounts_of_a_goal_to_raise_trade_are_skipped() -> None:
    text = _MONGOLIA_LEAD + (
        "The two governments had set a goal of tripling trade, lifting it from $4 billion "
        "in 2019 to $12 billion by 2027."
    )
    result = extract(text)
    assert not any(" 2019 " in f.describe() for f in result.facts), result.facts
    skipped = {s.text: s.reason for s in result.skipped}
    assert "goal" in skipped.get("12 billion", ""), skipped
    assert "goal" in skipped.get("4 billion", ""), skipped


# --- a pair written as adjectives: "Russo-Chinese trade", "Kazakh-Chinese", "China-EU Trade" -
def test_a_pair_of_adjectives_before_trade_names_the_partner() -> None:
    text = (
        " date 2019-12-09\n"
        "Russo-Chinese trade turnover in January-November rose 3.1% to $100.8 billion, "
        "China's customs administration said.\n"
        "Kazakh-Chinese trade turnover in 2018 was $19.9 billion."
    )
    found = described(text)
    assert "China with Russia 2019-01/2019-11 total value: 100.8 billion USD" in found, found
    assert "China with Russia 2019-01/2019-11 total yoy_growth: 3.1 percent" in found, found
    assert "China with Kazakhstan 2018 total value: 19.9 billion USD" in found, found


def test_a_headline_pair_in_capitals_names_the_partner() -> None:
    text = (
        " date 2018-10-20\n"
        "China-ASEAN Trade Up 11.2% in September\n"
        "In January-September 2018, China-ASEAN trade reached 2.1 trillion yuan, "
        "accounting for 12.4% of China's foreign trade."
    )
    found = described(text)
    assert "China with ASEAN 2018-09 total yoy_growth: 11.2 percent" in found, found


# --- a list under a colon: "The remaining trade is split among:" / "- Laos: $3.1 billion" --
def test_the_lines_of_a_list_under_a_lead_on_trade_name_their_partner() -> None:
    text = (
        " date 2024-02-10\n"
        "China's trade with Southeast Asian nations reached $911 billion in 2023, customs "
        "data showed.\n"
        "The rest of the trade volume is split among:\n"
        "- Laos: $7.2 billion (0.8%)\n"
        "- Cambodia: $14.6 billion (1.6%)\n"
        "Imports rose 2%."
    )
    found = described(text)
    assert "China with Laos 2023 total value: 7.2 billion USD" in found, found
    assert "China with Cambodia 2023 total value: 14.6 billion USD" in found, found
    assert "China 2023 imports yoy_growth: 2 percent" in found, found  # (the list is over)


def test_a_list_under_a_lead_on_one_flow_keeps_that_flow() -> None:
    text = (
        " date 2021-01-25\n"
        "Vietnam's exports grew 6.5% in 2020, its customs office said.\n"
        "Exports to its largest buyers in 2020 were as follows:\n"
        "- United States: $77.1 billion\n"
        "- Japan: $19.3 billion\n"
    )
    found = described(text)
    assert "Vietnam with United States 2020 exports value: 77.1 billion USD" in found, found
    assert "Vietnam with Japan 2020 exports value: 19.3 billion USD" in found, found


# --- the partner's own statistics: "Mongolia's statistical agency reports ..." -------------
def test_figures_a_partners_statistics_office_reports_are_the_partners_own() -> None:
    text = (
        " date 2024-02-10\n"
        "China's trade with Mongolia reached $18.2 billion in 2023, according to China's "
        "customs.\n"
        "Mongolia's statistical agency reports bilateral trade at approximately $16.1 billion.\n"
        "Mongolia's National Statistics Committee previously reported 2023 Mongolian-Chinese "
        "trade turnover at $16.4bn, with Mongolian exports given as $12.5bn and imports from "
        "China registered at $3.9bn."
    )
    found = described(text)
    assert "China with Mongolia 2023 total value: 18.2 billion USD" in found, found
    assert "Mongolia with China 2023 total value: about 16.1 billion USD" in found, found
    assert "Mongolia with China 2023 total value: 16.4 billion USD" in found, found
    assert "Mongolia with China 2023 exports value: 12.5 billion USD" in found, found
    assert "Mongolia with China 2023 imports value: 3.9 billion USD" in found, found


# --- "The indicator ..." / "The number was ..." referring back to the trade before ---------
def test_the_indicator_and_the_number_refer_back_to_the_trade_before() -> None:
    text = (
        " date 2022-03-01\n"
        "China's trade with Laos reached $4.3 billion in 2021, customs data showed.\n"
        "The indicator dropped in 2020 due to border closures, decreasing by 3.6% to $3.6 "
        "billion.\n"
        "The number of border crossings was 12."
    )
    found = described(text)
    assert "China with Laos 2020 total yoy_growth: -3.6 percent" in found, found
    assert "China with Laos 2020 total value: 3.6 billion USD" in found, found
    assert not any(" 12 " in d for d in found), found


# --- "a 22% expansion over 2022's $15.5bn": the growth, and the year's own amount ----------
def test_an_expansion_over_a_years_own_amount() -> None:
    text = (
        " date 2024-02-04\n"
        "China's trade turnover with Mongolia was $18.9bn in 2023, according to China's "
        "customs.\n"
        "The figure represented a 22% expansion over 2022's $15.5bn.\n"
        "Exports rose 12% from 2022's $3.4bn to $3.8bn."
    )
    found = described(text)
    assert "China with Mongolia 2023 total yoy_growth: 22 percent" in found, found
    assert "China with Mongolia 2022 total value: 15.5 billion USD" in found, found
    assert "China with Mongolia 2022 exports value: 3.4 billion USD" in found, found
    assert "China with Mongolia 2023 exports value: 3.8 billion USD" in found, found


# --- "these countries" after a group and its listed members: the members, respectively ----
def test_these_countries_after_a_group_and_its_listed_members_are_the_members() -> None:
    text = (
        " date 2018-08-07\n"
        "China's trade with Latin America rose 12 per cent to $150 billion in the first half "
        "of 2018, customs data showed.\n"
        "Chinese trade with Latin America is mainly driven by three partners on the "
        "continent – Brazil, Chile and Peru. Trade with these countries went up 18 per cent, "
        "17 per cent and 12 per cent, respectively in the period."
    )
    found = described(text)
    assert "China with Brazil 2018-H1 total yoy_growth: 18 percent" in found, found
    assert "China with Chile 2018-H1 total yoy_growth: 17 percent" in found, found
    assert "China with Peru 2018-H1 total yoy_growth: 12 percent" in found, found


# --- "X% above the same period last year"; "2.46% higher" after an earlier "lower" --------
def test_above_the_same_period_and_a_comparative_right_after_the_figure() -> None:
    text = (
        " date 2020-08-01\n"
        "Chinese merchandise trade with Chile held steady in the first half of 2020.\n"
        "Between January and June, China imported from Chile goods worth a total of USD 13.6 "
        "billion, 4.1% above the same period last year.\n"
        "Trade with Peru was 5% lower, at USD 3.3 billion, with Chinese exports 11.2% lower "
        "than in the first semester of 2019, and imports from Peru 1.6% higher."
    )
    found = described(text)
    assert "China with Chile 2020-H1 imports yoy_growth: 4.1 percent" in found, found
    assert "China with Peru 2020-H1 exports yoy_growth: -11.2 percent" in found, found
    assert "China with Peru 2020-H1 imports yoy_growth: 1.6 percent" in found, found


# --- "the first semester"; "total exchanges between the two countries" ---------------------
def test_the_first_semester_and_total_exchanges() -> None:
    text = (
        " date 2020-08-01\n"
        "Chinese merchandise trade with Chile held steady in the first semester.\n"
        "Chinese exports to Chile decreased nearly 9%, to USD 4.2 billion, leading total "
        "exchanges between the two countries to a slight drop of 0.35% compared with 2019."
    )
    found = described(text)
    assert "China with Chile 2020-H1 exports value: 4.2 billion USD" in found, found
    assert "China with Chile 2020-H1 total yoy_growth: -0.35 percent" in found, found


# --- an outlet named after a region as the source: "According to Asia Plus, ..." ----------
def test_an_outlet_after_according_to_is_no_partner() -> None:
    text = (
        " date 2025-02-01\n"
        "China's trade with Mongolia reached $18.2 billion in 2024, according to China's "
        "customs.\n"
        "According to Asia Plus, Mongolia's statistical agency reports bilateral trade at "
        "approximately $16.1 billion - less than Chinese statistics show."
    )
    found = described(text)
    assert "Mongolia with China 2024 total value: about 16.1 billion USD" in found, found


# --- "Imports of Kazakh goods and services to China": imports from that country -----------
def test_imports_of_a_countrys_goods_are_imports_from_it() -> None:
    text = (
        " date 2021-11-07\n"
        "Kazakh-Chinese trade turnover from January to October grew by 30.9% year on year, "
        "amounting to $15.66 billion, China customs reported.\n"
        "Imports of Kazakh goods and services to China grew by 31.2%, to $6.76 billion."
    )
    found = described(text)
    assert "China with Kazakhstan 2021-01/2021-10 imports yoy_growth: 31.2 percent" in found
    assert "China with Kazakhstan 2021-01/2021-10 imports value: 6.76 billion USD" in found


# --- "for the whole of 2019, when it was around $X": the year the clause is about ----------
def test_a_when_clause_after_a_year_states_that_years_figure() -> None:
    text = (
        " date 2021-11-07\n"
        "Kazakh-Chinese trade turnover from January to October grew by 30.9% year on year, "
        "amounting to $15.66 billion, China customs reported.\n"
        "Trade between Kazakhstan and China in the period already surpassed the figure for "
        "the whole of 2019, when it was around $14.75 billion."
    )
    found = described(text)
    assert "China with Kazakhstan 2019 total value: about 14.75 billion USD" in found, found


# --- the partner's statistics on "bilateral trade": with the reporter ----------------------
def test_bilateral_trade_in_a_partners_statistics_is_with_the_reporter() -> None:
    text = (
        " date 2025-02-01\n"
        "China's trade with Mongolia reached $18.2 billion in 2024, according to China's "
        "customs.\n"
        "Exports to Laos and Vietnam rose 4% in 2024.\n"
        "Mongolia's statistical agency reports bilateral trade at approximately $16.1 billion."
    )
    found = described(text)
    assert "Mongolia with China 2024 total value: about 16.1 billion USD" in found, found


# --- "trade increased with Laos ($65 million)": the change, no level -----------------------
def test_an_amount_in_brackets_after_a_partner_trade_changed_with_is_skipped() -> None:
    text = (
        " date 2025-02-01\n"
        "China's trade with Mongolia reached $18.2 billion in 2024, according to China's "
        "customs.\n"
        "Year-over-year trade decreased with Laos ($65 million) and Vietnam ($260 million)."
    )
    result = extract(text)
    assert not any("million" in f.describe() for f in result.facts), result.facts
    skipped = {s.text: s.reason for s in result.skipped}
    assert "change" in skipped.get("65 million", ""), skipped


# --- "From 2012 to 2020, ... from $X to $Y, an increase of 49 percent": over the span ------
def test_growth_over_a_span_of_years_is_no_years_growth() -> None:
    text = (
        " date 2022-05-20\n"
        "From 2012 to 2020, the annual trade volume between China and countries along the Belt "
        "and Road expanded from 0.94 trillion U.S. dollars to 1.4 trillion dollars, marking an "
        "increase of 49 percent, the official said."
    )
    result = extract(text)
    found = {f.describe() for f in result.facts}
    assert "China with BRI countries 2012 total value: 0.94 trillion USD" in found, found
    assert "China with BRI countries 2020 total value: 1.4 trillion USD" in found, found
    assert not any("49 percent" in d for d in found), found


# --- "P was the only nation to record a contraction in its trade with China. Trade fell" ---
def test_a_country_and_its_trade_with_the_reporter_is_the_partner_of_what_follows() -> None:
    text = (
        " date 2024-02-04\n"
        "China's trade with Southeast Asia rose 5% to $900bn in 2023, according to China's "
        "customs.\n"
        "Laos was the only nation in the region to record a contraction in its 2023 trade "
        "volume with China. Trade fell 5.2% y/y to $1.6bn."
    )
    found = described(text)
    assert "China with Laos 2023 total yoy_growth: -5.2 percent" in found, found
    assert "China with Laos 2023 total value: 1.6 billion USD" in found, found


# --- "Uzbek exports were $1.6bn" in a story on China's trade with Uzbekistan --------------
def test_the_bilateral_partners_adjective_before_a_flow_is_the_partners_own_flow() -> None:
    text = (
        " date 2024-02-04\n"
        "China's trade with Central Asia rose 27% to $89.4bn in 2023, according to China's "
        "customs.\n"
        "China's annual trade turnover with Laos moved up by 45% in 2023 to $14bn. Laotian "
        "exports were clocked at just $1.6bn, though."
    )
    found = described(text)
    assert "China with Laos 2023 imports value: 1.6 billion USD" in found, found


# --- "Kazakhstan's bilateral trade turnover with China" in a text on China's trade --------
def test_a_partners_whole_trade_with_the_reporter_is_the_reporters_with_it() -> None:
    text = (
        " date 2024-02-04\n"
        "China's trade with South Asia rose 17% to $190bn in 2023, according to China's "
        "customs.\n"
        "Nepal's bilateral trade turnover with China stood at $2.1bn, marking a 12% y/y "
        "increase. Of that figure, Nepalese exports were worth $0.1bn."
    )
    found = described(text)
    assert "China with Nepal 2023 total value: 2.1 billion USD" in found, found
    assert "China with Nepal 2023 total yoy_growth: 12 percent" in found, found
    assert "China with Nepal 2023 imports value: 0.1 billion USD" in found, found


# --- "trade turnover for the region as a whole": the group named before -------------------
def test_trade_for_the_region_as_a_whole_is_with_the_group_named_before() -> None:
    text = (
        " date 2024-02-04\n"
        "Trade between China and the countries of Southeast Asia expanded at a rapid rate in "
        "2023, according to data published by China's customs agency.\n"
        "However, the trade flows are increasingly in favour of Beijing.\n"
        "Annual trade turnover for the region as a whole, as reported by customs, was $911bn "
        "in 2023."
    )
    found = described(text)
    assert "China with Southeast Asia 2023 total value: 911 billion USD" in found, found


def test_for_the_region_as_a_whole_in_a_text_on_a_chinese_region_is_its_own() -> None:
    text = (
        " date 2024-02-04\n"
        "Xinjiang's trade with Central Asia rose in 2023.\n"
        "Annual trade turnover for the region as a whole was $50bn in 2023."
    )
    found = described(text)
    assert "Xinjiang 2023 total value: 50 billion USD" in found, found


# --- "P leads, accounting for 46% of the total" after a group's total ----------------------
def test_a_members_share_of_the_groups_total_just_given_is_skipped() -> None:
    text = (
        " date 2025-02-01\n"
        "China's trade with Southeast Asian nations reached $980 billion in 2024, according "
        "to China's customs.\n"
        "Vietnam leads regional trade with China, accounting for 26% of the total at $260 "
        "billion."
    )
    result = extract(text)
    found = {f.describe() for f in result.facts}
    assert "China with Vietnam 2024 total value: 260 billion USD" in found, found
    assert not any("share" in d for d in found), found


# --- "driven mainly by the A, B and C sectors, which rose by x, y and z per cent" ---------
def test_the_sectors_a_rise_was_driven_by_pair_with_their_growth() -> None:
    text = (
        " date 2018-08-07\n"
        "China's trade with Latin America rose 12 per cent to $150 billion in the first half "
        "of 2018.\n"
        "The rise in exports from China to Latin America was driven mainly by the furniture, "
        "glassware and optics sectors, which rose sharply by 40, 31 and 57 per cent "
        "respectively."
    )
    found = described(text)
    assert "China with Latin America (furniture) 2018-H1 exports yoy_growth: 40 percent" in found
    assert "China with Latin America (glassware) 2018-H1 exports yoy_growth: 31 percent" in found
    assert "China with Latin America (optics) 2018-H1 exports yoy_growth: 57 percent" in found


# --- a pair's trade with China's customs as the only source: China's figures --------------
def test_a_pairs_trade_quoting_chinese_customs_is_chinas() -> None:
    text = (
        " date 2023-06-07\n"
        "Sino-Pakistani trade in January-May 2023 fell 12.7% to $9.8 billion, Chinese customs "
        "data showed.\n"
        "China shipped goods worth $8.1 billion to Pakistan in the period."
    )
    found = described(text)
    assert "China with Pakistan 2023-01/2023-05 total value: 9.8 billion USD" in found, found
    assert "China with Pakistan 2023-01/2023-05 exports value: 8.1 billion USD" in found, found
