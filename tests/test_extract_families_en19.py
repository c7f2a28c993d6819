"""English phrasing families met on a nineteenth set of development articles (round 17).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- a partner story that sets the reporter's whole trade beside it ------------------------
def test_a_clause_on_total_foreign_trade_after_one_on_a_partner_is_with_the_world() -> None:
    text = (
        " date 2015-02-15\n"
        "Gansu's trade with Kazakhstan surges despite overall slowdown\n\n"
        "Gansu's trade with Kazakhstan rose 120 percent year on year in 2014 to 1.2 billion "
        "U.S. dollars, compared with a 2.1-percent rise in total foreign trade to 8.5 "
        "billion dollars during the same period.\n\n"
        "The slowdown is mostly a result of shrinking imports, which saw a 10.2-percent "
        "drop to 2.3 billion dollars last year. Exports rose 3.5 percent year on year to "
        "6.2 billion dollars."
    )
    found = described(text)
    assert "Gansu with Kazakhstan 2014 total value: 1.2 billion USD" in found, found
    assert "Gansu 2014 total yoy_growth: 2.1 percent" in found, found
    assert "Gansu 2014 total value: 8.5 billion USD" in found, found
    assert "Gansu 2014 imports value: 2.3 billion USD" in found, found
    assert "Gansu 2014 exports yoy_growth: 3.5 percent" in found, found


# --- "Trade with X saw a big jump. It was up ...": the partner a figureless sentence opens --
def test_it_after_a_sentence_opening_with_trade_with_one_partner_is_that_trade() -> None:
    text = (
        " date 2023-01-13\n"
        "Japan's total trade logs record high in 2022\n\n"
        "Japan's total trade rose to a record high in 2022, customs data showed.\n\n"
        "The figure combining exports and imports increased 6.4 percent from the previous "
        "year to 1.9 trillion dollars.\n\n"
        "Trade with Australia saw a sharp rise. It was up nearly 40 percent to an all-time "
        "high of 95 billion dollars. The two have been expanding their trade in coal.\n\n"
        "Total exports were up 5 percent. Imports grew, but by just over 2 percent."
    )
    found = described(text)
    assert "Japan with Australia 2022 total value: 95 billion USD" in found, found
    assert "Japan with Australia 2022 total yoy_growth: about 40 percent" in found, found
    # (a sentence opening with the total flow is the reporter's trade with the world again)
    assert "Japan 2022 exports yoy_growth: 5 percent" in found, found
    assert "Japan 2022 total value: 1.9 trillion USD" in found, found


# --- "in December of 2020", "during the last month of 2020": a month of a written year ------
def test_a_month_of_a_written_year_and_the_last_month_of_a_year() -> None:
    text = (
        " date 2019-01-15\n"
        "Vietnam's trade hits a record in 2018\n\n"
        "Vietnam's foreign trade grew 12.2 percent in 2018, the customs office said.\n\n"
        "The country's trade in December of 2018 rose 4.4 percent from a year earlier to "
        "41.5 billion dollars. Imports climbed 7.7 percent during the final month of 2018 "
        "while exports edged down 0.6 percent."
    )
    found = described(text)
    assert "Vietnam 2018-12 total yoy_growth: 4.4 percent" in found, found
    assert "Vietnam 2018-12 total value: 41.5 billion USD" in found, found
    assert "Vietnam 2018-12 imports yoy_growth: 7.7 percent" in found, found
    assert "Vietnam 2018-12 exports yoy_growth: -0.6 percent" in found, found
    assert "Vietnam 2018 total yoy_growth: 12.2 percent" in found, found


# --- "African exports to China": a continent's adjective as the partner's own flow ---------
def test_a_continents_adjective_before_its_exports_to_the_reporter_is_the_partner() -> None:
    text = (
        " date 2017-03-02\n"
        "China-Africa trade recovers in 2016\n\n"
        "BEIJING -- China's trade with Africa rose 4 percent in 2016, customs data showed. "
        "African exports to China climbed by 11 percent in 2016 to $58bn, an official said."
    )
    found = described(text)
    assert "China with Africa 2016 imports yoy_growth: 11 percent" in found, found
    assert "China with Africa 2016 imports value: 58 billion USD" in found, found
    assert not any("exports" in d for d in found), found


# --- what the market expected, set beside the reported figure --------------------------
def test_expectations_beside_a_reported_figure_are_no_figures() -> None:
    text = (
        " date 2025-04-14\n"
        "Korea's exports beat expectations in March\n\n"
        "Korea's trade surplus widened to $4.9 billion in March, compared with expectations "
        "of $3.7 billion. Imports rose 2.6% from a year earlier, against expectations of a "
        "1.2% decline. Exports grew 3.1%, topping the expected 2.5% gain."
    )
    found = described(text)
    assert "South Korea 2025-03 balance value: 4.9 billion USD" in found, found
    assert "South Korea 2025-03 imports yoy_growth: 2.6 percent" in found, found
    assert "South Korea 2025-03 exports yoy_growth: 3.1 percent" in found, found
    assert not any("3.7 billion" in d or "-1.2" in d or "2.5 percent" in d for d in found), found


# --- national figures tacked onto a regional story, and figures set against a month before -
def test_chinese_flows_and_the_worlds_second_largest_economy_are_the_nations() -> None:
    text = (
        " date 2023-10-16\n"
        "Zhejiang's trade climbs in first three quarters\n\n"
        "Zhejiang's foreign trade rose 4.8 percent year on year to 3.7 trillion yuan in the "
        "first three quarters of 2023, the provincial customs said.\n\n"
        "Nationally, Chinese imports and exports dipped 0.2 percent in the period.\n\n"
        "Chinese exports fell 6.2 percent year on year in September, after dropping 8.8 "
        "percent in the previous month.\n\n"
        "The trade surplus of the world's second-largest economy narrowed to $77.7 billion "
        "from $68.4 billion in August."
    )
    found = described(text)
    assert "Zhejiang 2023-01/2023-09 total value: 3.7 trillion CNY" in found, found
    assert "China 2023-01/2023-09 total yoy_growth: -0.2 percent" in found, found
    assert "China 2023-09 exports yoy_growth: -6.2 percent" in found, found
    assert "China 2023-08 exports yoy_growth: -8.8 percent" in found, found
    assert "China 2023-09 balance value: 77.7 billion USD" in found, found
    assert "China 2023-08 balance value: 68.4 billion USD" in found, found


def test_a_rate_up_from_a_named_month_leaves_its_own_month_in_force() -> None:
    text = (
        " date 2024-08-08\n"
        "Vietnam's exports rise in July\n\n"
        "Vietnam's exports grew 19.1 percent year on year in July, up from 10.5 percent in "
        "June. Imports rose 16.2 percent after climbing 18.3 percent in the previous month."
    )
    found = described(text)
    assert "Vietnam 2024-07 exports yoy_growth: 19.1 percent" in found, found
    assert "Vietnam 2024-06 exports yoy_growth: 10.5 percent" in found, found
    assert "Vietnam 2024-07 imports yoy_growth: 16.2 percent" in found, found
    assert "Vietnam 2024-06 imports yoy_growth: 18.3 percent" in found, found


# --- a fiscal year spelt out as its months in a sentence without figures ------------------
def test_a_fiscal_year_spelt_out_as_its_months_dates_the_figures_after_it() -> None:
    text = (
        " date 2024-08-20\n"
        "Pakistan's exports to China slip in July\n\n"
        "Pakistan's exports to China fell 6.1 percent to $210 million in July, the State "
        "Bank of Pakistan said.\n\n"
        "China remained Pakistan's top import source in the fiscal year 2024, which runs "
        "from July 2023 to June 2024. Imports from China rose 4.2 percent to $13.6 billion. "
        "The deficit narrowed from $12.1 billion in the fiscal year 2023 to $10.9 billion."
    )
    found = described(text)
    assert "Pakistan with China 2023-07/2024-06 imports value: 13.6 billion USD" in found, found
    assert "Pakistan with China 2023-07/2024-06 imports yoy_growth: 4.2 percent" in found, found
    assert "Pakistan with China 2023-07/2024-06 balance value: -10.9 billion USD" in found, found
    assert "Pakistan with China 2022-07/2023-06 balance value: -12.1 billion USD" in found, found
    assert "Pakistan with China 2024-07 exports yoy_growth: -6.1 percent" in found, found


# --- a foreign dateline and that country's statistics office, under a pair headline -------
def test_a_foreign_dateline_and_its_statistics_office_make_that_country_the_reporter() -> None:
    text = (
        " date 2023-03-01\n"
        "China And France Trade Climbs In 2022\n\n"
        "PARIS: China remained France's largest trading partner in Asia in 2022, the "
        "national Statistical Office said on Tuesday.\n\n"
        "Imports from China rose 11.5 percent to 78.2 billion euros in 2022. Goods exported "
        "from France to China grew 5.1 percent to 24.9 billion euros."
    )
    found = described(text)
    assert "France with China 2022 imports value: 78.2 billion EUR" in found, found
    assert "France with China 2022 exports yoy_growth: 5.1 percent" in found, found
    assert not any(d.startswith("China ") for d in found), found


def test_a_foreign_dateline_quoting_chinas_statistics_bureau_stays_chinas() -> None:
    text = (
        " date 2023-03-01\n"
        "China And France Trade Climbs In 2022\n\n"
        "PARIS: China's trade with France rose 3.2 percent to 81.2 billion dollars in 2022, "
        "China's National Bureau of Statistics said."
    )
    found = described(text)
    assert "China with France 2022 total value: 81.2 billion USD" in found, found


# --- "exports to the region": the partner group named just before ------------------------
def test_exports_to_the_region_after_a_group_is_with_that_group() -> None:
    text = (
        " date 2024-02-05\n"
        "China's trade with Africa hits a record in 2023\n\n"
        "China's imports from Africa amounted to $110 billion in 2023, down 6.7%, while "
        "Chinese exports to the region were $173 billion, up 7.5%, customs data showed."
    )
    found = described(text)
    assert "China with Africa 2023 imports value: 110 billion USD" in found, found
    assert "China with Africa 2023 exports value: 173 billion USD" in found, found
    assert "China with Africa 2023 exports yoy_growth: 7.5 percent" in found, found


def test_exports_from_the_region_in_a_regional_text_are_the_reporters_own() -> None:
    text = (
        " date 2024-01-20\n"
        "Guangxi's trade with ASEAN grows in 2023\n\n"
        "Guangxi's trade with ASEAN rose 5.2 percent to 430 billion yuan in 2023.\n\n"
        "Exports from the region rose 8.1 percent to 390 billion yuan."
    )
    found = described(text)
    assert "Guangxi 2023 exports value: 390 billion CNY" in found, found


# --- 一般贸易 and 其中 as translations write them: "ordinary trade", "therein" --------------
def test_ordinary_trade_is_general_trade_and_therein_breaks_its_total_down() -> None:
    text = (
        " date 2017-07-20\n"
        "Chaozhou's trade up in H1\n\n"
        "Chaozhou's foreign trade reached 21.5 billion yuan in the first half of 2017, up "
        "3.4%.\n\n"
        "In the first half year, ordinary trade in the city reached 17.2 billion yuan, up "
        "2.2%, accounting for 80.0% of the total trade.\n\n"
        "In the same period, private enterprises trade reached 15.1 billion yuan; therein, "
        "export value 12.6 billion yuan and import value 2.5 billion yuan."
    )
    found = described(text)
    assert "Chaozhou (general trade) 2017-H1 total value: 17.2 billion CNY" in found, found
    assert "Chaozhou (general trade) 2017-H1 total share: 80.0 percent" in found, found
    assert "Chaozhou (private enterprises) 2017-H1 exports value: 12.6 billion CNY" in found, found
    assert "Chaozhou (private enterprises) 2017-H1 imports value: 2.5 billion CNY" in found, found


# --- "whose prices fell x and y percent": a change of prices, no trade figure -------------
def test_a_change_of_the_prices_of_goods_just_named_is_skipped() -> None:
    text = (
        " date 2016-01-25\n"
        "Inner Mongolia's imports shrink in 2015\n\n"
        "Inner Mongolia's imports fell 12.4 percent to 5.6 billion dollars in 2015. Coal and "
        "copper concentrate, whose prices dropped 22.5 and 17 percent respectively, made up "
        "48.2 percent of the region's total imports."
    )
    found = described(text)
    assert "Inner Mongolia 2015 imports value: 5.6 billion USD" in found, found
    assert not any("22.5" in d or "-17 percent" in d for d in found), found
    assert any("imports share: 48.2 percent" in d for d in found), found


# --- "the bilateral trade" before the lead names its partner; a value "against" last year's --
def test_bilateral_trade_opening_a_lead_takes_the_one_partner_the_lead_names() -> None:
    text = (
        " date 2019-06-10\n"
        "ASTANA (Kazinform) — The total volume of the bilateral trade in May amounted to "
        "$1.9 billion against $1.6 billion year-on-year, an increase of 18.8 percent. "
        "Chinese exports to Kazakhstan in May amounted to $1.1 billion."
    )
    found = described(text)
    assert "China with Kazakhstan 2019-05 total value: 1.9 billion USD" in found, found
    assert "China with Kazakhstan 2018-05 total value: 1.6 billion USD" in found, found
    assert "China with Kazakhstan 2019-05 total yoy_growth: 18.8 percent" in found, found
    assert "China with Kazakhstan 2019-05 exports value: 1.1 billion USD" in found, found


# --- the nation's figures going on from the nation's customs, in a text on a region ---------
def test_the_national_customs_after_national_figures_goes_on_with_the_nation() -> None:
    text = (
        " date 2023-07-15\n"
        "Fujian's trade edges up in H1\n\n"
        "Fujian's foreign trade rose 1.2 percent to 970 billion yuan in the first half of "
        "2023, Fuzhou Customs said.\n\n"
        "Overall, Chinese imports and exports rose 2.1% in the first half of the year.\n\n"
        "The General Administration of Customs said exports fell 12.4% year-on-year in "
        "June, down from a 7.5% drop in May."
    )
    found = described(text)
    assert "Fujian 2023-H1 total value: 970 billion CNY" in found, found
    assert "China 2023-H1 total yoy_growth: 2.1 percent" in found, found
    assert "China 2023-06 exports yoy_growth: -12.4 percent" in found, found
    assert not any(d.startswith("Fujian 2023-06") for d in found), found


def test_the_national_customs_as_a_regions_source_stays_the_regions() -> None:
    text = (
        " date 2023-07-15\n"
        "Fujian's trade edges up in H1\n\n"
        "Fujian's foreign trade rose 1.2 percent to 970 billion yuan in the first half of "
        "2023.\n\n"
        "The General Administration of Customs said exports rose 3.4% in the period."
    )
    found = described(text)
    assert "Fujian 2023-H1 exports yoy_growth: 3.4 percent" in found, found


# --- "This accounted for x% of the total": the share of the group just named ---------------
def test_this_accounted_for_after_a_groups_trade_is_that_groups_share() -> None:
    text = (
        " date 2023-11-20\n"
        "Foshan's trade grows in October\n\n"
        "Foshan's foreign trade rose 6.1% to 52.3 billion yuan in October.\n\n"
        "In October, the import and export volume of Foshan's private enterprises reached "
        "36.8 billion yuan, up 9.4%. This accounted for 70.4% of Foshan's total import and "
        "export value."
    )
    found = described(text)
    assert "Foshan (private enterprises) 2023-10 total value: 36.8 billion CNY" in found, found
    assert "Foshan (private enterprises) 2023-10 total share: 70.4 percent" in found, found


# --- "in 2006 and 2011, ... x and y, respectively": a pair of years with its figures -------
def test_a_pair_of_years_pairs_with_its_figures_respectively() -> None:
    text = (
        " date 2021-12-10\n"
        "Dongguan's trade over 20 years\n\n"
        "Dongguan's foreign trade rose 8.1 percent to 1.3 trillion yuan in 2020.\n\n"
        "Dongguan's imports and exports broke new records in 2006 and 2011, surpassing 500 "
        "billion yuan and 1 trillion yuan, respectively.\n\n"
        "Its exports reached 600 billion yuan and 700 billion yuan in 2018 and 2019, "
        "respectively."
    )
    found = described(text)
    assert "Dongguan 2006 total value: more than 500 billion CNY" in found, found
    assert any(d.startswith("Dongguan 2011 total value:") and "1 trillion" in d for d in found)
    assert "Dongguan 2018 exports value: 600 billion CNY" in found, found
    assert "Dongguan 2019 exports value: 700 billion CNY" in found, found
    assert not any(" imports value" in d for d in found), found


# --- "sent / shipped $x worth of goods to": exports ---------------------------------------
def test_goods_sent_or_shipped_worth_an_amount_to_a_partner_are_exports() -> None:
    text = (
        " date 2017-02-12\n"
        "China-Africa trade recovers in 2016\n\n"
        "BEIJING -- China's trade with Africa rose 4 percent in 2016, customs data showed.\n\n"
        "In 2016 China sent $94bn worth of products to the continent. China shipped $12bn "
        "worth of goods to Kenya in 2016."
    )
    found = described(text)
    assert "China with Africa 2016 exports value: 94 billion USD" in found, found
    assert "China with Kenya 2016 exports value: 12 billion USD" in found, found
