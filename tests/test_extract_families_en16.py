"""Families met on round 14's development articles, English (texts of other economies and
of comparisons inside a story on China's trade).

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described


# --- another country's own trade, named without a possessive ------------------------------
def test_a_country_before_its_trade_and_a_verb_owns_the_figure() -> None:
    text = (
        "China trade slips in 2016\n"
        "BEIJING, Jan. 12 (Xinhua) -- China's exports fell 2.0 percent to 13.84 trillion yuan "
        "in 2016, customs said.\n"
        "Japanese figures come out later, but for the first ten months Japan trade in goods "
        "amounted to $1.1 trillion, according to data from the Japan customs bureau.\n"
        "China's imports rose 0.6 percent to 10.49 trillion yuan."
    )
    found = described(text)
    assert "Japan 2016-01/2016-10 total value: 1.1 trillion USD" in found, found
    # the next sentence on China's own imports is with the world, not with Japan
    assert "China 2016 imports yoy_growth: 0.6 percent" in found, found
    assert not any("with Japan" in f for f in found), found


def test_a_pair_or_a_partner_before_trade_is_no_owner() -> None:
    text = (
        "China's trade with Brazil grows\n"
        "BEIJING, March 8 (Xinhua) -- China-Brazil trade rose 9.1 percent to $28.4 billion in "
        "the first two months of 2024, while Sino-US trade rose 3.0 percent."
    )
    found = described(text)
    assert "China with Brazil 2024-01/2024-02 total value: 28.4 billion USD" in found, found
    assert not any(f.startswith(("Brazil ", "United States ")) for f in found), found


def test_a_country_naming_a_statistics_body_is_no_partner() -> None:
    text = (
        " date 2023-02-07\n"
        "China's exports rise\n"
        "BEIJING, Feb. 7 (Xinhua) -- China's exports rose 5.2 percent to 2.3 trillion yuan in "
        "January, while US trade figures will come out next week, customs said."
    )
    found = described(text)
    assert "China 2023-01 exports value: 2.3 trillion CNY" in found, found


# --- the largest trading partner, named before the figures ----------------------------------
def test_a_top_partner_named_without_figures_is_the_partner_of_the_next_trade() -> None:
    text = (
        "Yunnan trade with ASEAN\n"
        "KUNMING, Feb. 2 (Xinhua) -- Kunming customs data shows ASEAN as the largest trading "
        "partner of southwest China's Yunnan Province. In 2022, trade grew by 37 percent, "
        "accounting for 61.3 percent of Yunnan's total foreign trade."
    )
    found = described(text)
    assert "Yunnan with ASEAN 2022 total yoy_growth: 37 percent" in found, found
    assert "Yunnan with ASEAN 2022 total share: 61.3 percent" in found, found


def test_a_war_named_after_a_country_leaves_one_side_for_bilateral_trade() -> None:
    text = (
        " date 2023-09-08\n"
        "BEIJING: China's trade with Iran grew in August to its highest level since the Iraq "
        "war began, customs data showed.\n\n"
        "Bilateral trade reached $1.62 billion in August."
    )
    assert "China with Iran 2023-08 total value: 1.62 billion USD" in described(text)


# --- a contribution to growth is no growth ----------------------------------------------------
def test_a_contribution_to_growth_is_skipped() -> None:
    text = (
        "Hubei imports climb\n"
        "WUHAN, July 21 (Xinhua) -- Hubei's imports rose 18.4 percent in the first half of "
        "2019, with chips contributing 41% to import growth. One carmaker contributed about "
        "5.5 percent to the province's export growth, and exports of cars made up 12% of the "
        "total."
    )
    found = described(text)
    assert "Hubei 2019-H1 imports yoy_growth: 18.4 percent" in found, found
    assert not any(" 41 " in f or "5.5" in f for f in found), found


# --- a comparison aside after the figure: "faster than a 10% increase in May" ---------------
def test_a_month_in_a_than_aside_dates_only_the_figure_compared_with() -> None:
    text = (
        " date 2022-07-14\n"
        "BEIJING: China's trade with Chile rose in June, customs data showed.\n\n"
        "China's imports from Chile rose 12.4% to $3.1 billion in June.\n\n"
        "China's exports to Chile rose 8.3% to $1.7 billion, slower than a 14% increase in May."
    )
    found = described(text)
    assert "China with Chile 2022-06 exports yoy_growth: 8.3 percent" in found, found
    assert "China with Chile 2022-06 exports value: 1.7 billion USD" in found, found


# --- background on past years, then a year-to-date period with no year --------------------
def test_a_yearless_year_to_date_after_background_years_is_the_latest() -> None:
    text = (
        "China, Mercosur deepen ties\n"
        "Thursday, 14 October, 2021\n\n"
        "BEIJING: Trade between China and Mercosur grew from $2.1 billion in 1995 to $98.6 "
        "billion in 2020, customs statistics show.\n\n"
        "Last year, Mercosur became one of China's main sources of soybeans. Between January "
        "and September, China's trade with Mercosur reached $96.4 billion, an increase of "
        "28.1 percent."
    )
    found = described(text)
    assert "China with Mercosur 2021-01/2021-09 total value: 96.4 billion USD" in found, found
    assert "China with Mercosur 2021-01/2021-09 total yoy_growth: 28.1 percent" in found, found


def test_a_yearless_period_not_yet_ended_at_publication_keeps_the_year_in_force() -> None:
    text = (
        " date 2021-03-02\n"
        "Zhejiang looks back on 2020\n"
        "HANGZHOU: Zhejiang's exports rose 9.1 percent to 2.5 trillion yuan in 2020.\n\n"
        "In the first half, exports fell 3.2 percent."
    )
    assert "Zhejiang 2020-H1 exports yoy_growth: -3.2 percent" in described(text)


def test_a_gap_between_average_annual_rates_is_skipped() -> None:
    text = (
        " date 2021-05-10\n"
        "Trade between China and Chile increased from $1.2 billion in 2002 to $50.2 billion in "
        "2020, an average annual growth rate of 23 percent. The growth rate was 6.1 "
        "percentage points higher than the average annual growth rate of China's foreign "
        "trade in the same period."
    )
    assert not any("growth_gap" in f for f in described(text))


# --- a partner after a bracketed conversion ---------------------------------------------------
def test_a_partner_after_a_bracketed_conversion_with_a_dollar_sign() -> None:
    text = (
        " date 2023-08-20\n"
        "NANNING, Aug. 20 (Xinhua) -- Guangxi's exports grew 4 percent in the first seven months "
        "of 2023. The region imported durian worth 3.35 billion yuan (about $465 million) from "
        "ASEAN countries."
    )
    found = described(text)
    assert "Guangxi with ASEAN (durians) 2023-01/2023-07 imports value: 3.35 billion CNY" in found
    assert "Guangxi with ASEAN (durians) 2023-01/2023-07 imports value: about 465 million USD" in (
        found
    )


# --- a list of partners and a list of changes, "respectively" unsaid ------------------------
def test_partners_and_changes_pair_without_respectively() -> None:
    text = (
        " date 2019-04-16\n"
        "NANCHANG, April 16 -- Jiangxi's trade rose 12.1% in the first quarter of this year. "
        "The fastest growth in trade was with Brazil and Chile, up 64.2% and 38.5%."
    )
    found = described(text)
    assert "Jiangxi with Brazil 2019-Q1 total yoy_growth: 64.2 percent" in found, found
    assert "Jiangxi with Chile 2019-Q1 total yoy_growth: 38.5 percent" in found, found


def test_a_list_of_another_length_pairs_with_nothing() -> None:
    text = (
        " date 2019-04-16\n"
        "NANCHANG, April 16 -- Jiangxi's trade with Brazil and Chile rose 64.2% in the first "
        "quarter of this year, exports up 12.3% and imports 8.1%, customs said."
    )
    found = described(text)
    assert not any(f.startswith(("Jiangxi with Brazil 2019", "Jiangxi with Chile")) for f in found)


# --- an amount in brackets right after the period it is of ---------------------------------
def test_a_bracketed_amount_after_a_compared_period_is_that_periods() -> None:
    text = (
        " date 2024-06-20\n"
        "Trade between China and Egypt in the first five months of 2024 totaled $7.2 billion.\n"
        "China's exports to Egypt climbed 12.5% compared to the same period of 2023 ($5.6 "
        "billion) to reach $6.3 billion."
    )
    found = described(text)
    assert "China with Egypt 2023-01/2023-05 exports value: 5.6 billion USD" in found, found
    assert "China with Egypt 2024-01/2024-05 exports value: 6.3 billion USD" in found, found


# --- "X exports ..., while imports ...": the other flow of the same product ----------------
def test_a_bare_other_flow_after_while_keeps_the_product() -> None:
    text = (
        " date 2025-01-14\n"
        "China's trade reached 43.8 trillion yuan in 2024. Textile exports totalled $302 "
        "billion in 2024, while imports stood at $26 billion. Exports of steel rose 5%, while "
        "imports of iron ore fell 3%."
    )
    found = described(text)
    assert "China (textiles) 2024 imports value: 26 billion USD" in found, found
    assert "China (iron ore) 2024 imports yoy_growth: -3 percent" in found, found


# --- one name for both spellings of a product group ------------------------------------------
def test_labor_and_labour_intensive_products_are_one_segment() -> None:
    text = (
        " date 2019-03-12\n"
        "FUZHOU -- In the first two months of 2019, Putian's exports of labor-intensive products "
        "rose 8.2 percent, and Zhangzhou's exports of labour-intensive products rose 6.1 percent."
    )
    found = described(text)
    assert "Putian (labour-intensive products) 2019-01/2019-02 exports yoy_growth: 8.2 percent" in (
        found
    )
    assert not any("labor-intensive" in f for f in found), found


# --- a gap written in percent: "beat the national average by 1.1 percent" -------------------
def test_beating_the_national_average_by_percent_is_a_gap_in_points() -> None:
    text = (
        " date 2024-07-22\n"
        "HANGZHOU -- Zhejiang's foreign trade rose 6.8 percent in the first half of 2024, "
        "customs said. The increase beat the national average by 0.7 percent."
    )
    assert "Zhejiang 2024-H1 total growth_gap vs China: 0.7 percentage_point" in described(text)


# --- "with its biggest trade partner, X" ------------------------------------------------------
def test_a_partner_in_apposition_after_its_biggest_trade_partner() -> None:
    text = (
        " date 2024-07-22\n"
        "HANGZHOU -- Zhejiang's foreign trade rose 6.8 percent in the first half of 2024. "
        "Zhejiang recorded growth of 9.2 percent with its largest trading partner, the European "
        "Union."
    )
    assert "Zhejiang with EU 2024-H1 total yoy_growth: 9.2 percent" in described(text)


# --- "up 2.3% from 140.7 billion yuan in May": month on month, and May's amount -------------
def test_growth_from_an_amount_in_the_month_before_is_month_on_month() -> None:
    text = (
        " date 2023-08-12\n"
        "BEIJING -- China's trade with Brazil rose in July. Two-way trade reached 98.2 billion "
        "yuan last month, up 4.1% from 94.3 billion yuan in June."
    )
    found = described(text)
    assert "China with Brazil 2023-07 total mom_growth: 4.1 percent" in found, found
    assert "China with Brazil 2023-06 total value: 94.3 billion CNY" in found, found
    assert "China with Brazil 2023-07 total value: 98.2 billion CNY" in found, found


def test_an_amount_of_a_base_month_written_later_in_the_year_is_last_years() -> None:
    text = (
        " date 2021-02-08\n"
        "CANBERRA -- Canada recorded a C$3.1 billion goods trade surplus in January, up from "
        "C$2.2 billion in December."
    )
    found = described(text)
    assert "Canada 2020-12 balance value: 2.2 billion CAD" in found, found


# --- "the trade of <province>" in a text on one of its cities ---------------------------------
def test_a_province_after_its_flow_and_of_owns_the_figures() -> None:
    text = (
        " date 2019-01-25\n"
        "NINGBO -- Ningbo's foreign trade reached 859 billion yuan in 2018, up 11.4 percent. "
        "The total import-export value of Zhejiang province was 2.85 trillion yuan, an "
        "increase of 11.4% year-on-year."
    )
    found = described(text)
    assert "Zhejiang 2018 total value: 2.85 trillion CNY" in found, found


def test_a_list_of_places_after_of_is_no_owner() -> None:
    text = (
        " date 2021-07-20\n"
        "GUIYANG -- Guizhou's foreign trade rose 30 percent in the first half of 2021. The "
        "total trade of the two bonded zones of Guiyang and Zunyi totaled 2.1 billion yuan."
    )
    found = described(text)
    assert not any(f.startswith(("Guiyang", "Zunyi")) for f in found), found


# --- a breakdown into flows after a kind of firm's total ---------------------------------------
def test_flows_with_their_values_after_the_total_pair_with_respectively() -> None:
    text = (
        " date 2019-01-22\n"
        "QINGDAO -- Qingdao's trade rose 7% in 2018. The trade of Qingdao's private enterprises "
        "was 280.1 billion yuan, up 9.4% on 2017, including exports of 180.2 billion yuan and "
        "imports of 99.9 billion yuan, up by 8.8% and 10.5% respectively."
    )
    found = described(text)
    assert "Qingdao (private enterprises) 2018 exports yoy_growth: 8.8 percent" in found, found
    assert "Qingdao (private enterprises) 2018 imports yoy_growth: 10.5 percent" in found, found


def test_that_of_imports_after_a_semicolon_keeps_the_trade_mode() -> None:
    text = (
        " date 2019-01-22\n"
        "QINGDAO -- Qingdao's trade rose 7% in 2018. Trade in processing trade was 90.4 billion "
        "yuan, among which the value of exports was 60.1 billion yuan, up 3.2 percent; and that "
        "of imports was 30.3 billion yuan, up 5.5 percent."
    )
    found = described(text)
    assert "Qingdao (processing trade) 2018 imports value: 30.3 billion CNY" in found, found


# --- last year's rates compared with -----------------------------------------------------------
def test_rates_compared_with_the_same_period_last_year_are_last_years() -> None:
    text = (
        " date 2018-07-19\n"
        "NANCHANG -- Jiangxi's trade rose 12% in the first half of 2018. Private enterprises, "
        "foreign-funded enterprises and state-owned enterprises up 15.2%, 8.4% and 3.3% "
        "respectively, compared with 10.1%, -2.6% and -7.9% in the same period last year."
    )
    found = described(text)
    assert "Jiangxi (private enterprises) 2018-H1 total yoy_growth: 15.2 percent" in found, found
    assert "Jiangxi (private enterprises) 2017-H1 total yoy_growth: 10.1 percent" in found, found
    assert "Jiangxi (foreign-invested enterprises) 2017-H1 total yoy_growth: -2.6 percent" in (
        found
    )
    assert "Jiangxi (state-owned enterprises) 2017-H1 total yoy_growth: -7.9 percent" in found


def test_a_dash_after_a_digit_is_still_a_range_not_a_minus() -> None:
    text = " date 2018-07-19\nJiangxi's exports are expected to grow 3%-5% in 2018."
    assert not any("-5 percent" in f for f in described(text))


def test_compared_to_the_previous_month_is_month_on_month() -> None:
    text = (
        " date 2022-03-04\n"
        "BERLIN -- Germany's exports to the US rose in January. Exports to the US reached 12.1 "
        "billion euros, an increase of 3 percent compared to the previous month. Exports to "
        "France were 9.6 percent more than in the previous month."
    )
    found = described(text)
    assert "Germany with United States 2022-01 exports mom_growth: 3 percent" in found, found
    assert "Germany with France 2022-01 exports mom_growth: 9.6 percent" in found, found


# --- China as the partner of a foreign reporter ------------------------------------------------
def test_china_between_and_as_the_reporters_market_is_the_partner() -> None:
    text = (
        " date 2020-01-10\n"
        "ISLAMABAD -- Pakistan's trade rose in 2019. The total volume of trade between China and "
        "Pakistan increased 12 percent to $15.6 billion in 2019. Last year, China was Pakistan's "
        "biggest import market, accounting for 24.5 percent of its imports."
    )
    found = described(text)
    assert "Pakistan with China 2019 total yoy_growth: 12 percent" in found, found
    assert "Pakistan with China 2019 imports share: 24.5 percent" in found, found


# --- a text that never names its reporter in the head -------------------------------------------
def test_the_country_of_a_quoted_trade_body_is_the_reporter_of_a_headless_text() -> None:
    text = (
        " date 2023-07-03\n"
        "Exports to Vietnam in the first half of the year fell 12.4 percent on-year.\n"
        "According to trade ministry data, shipments to Vietnam totaled 25.1 billion dollars.\n"
        "Data by the Japan External Trade Organization showed the share of Vietnam shrank."
    )
    found = described(text)
    assert "Japan with Vietnam 2023-H1 exports yoy_growth: -12.4 percent" in found, found


def test_a_foreign_dateline_names_the_reporter_of_a_headless_text() -> None:
    text = (
        " date 2023-07-03\n"
        "JAKARTA, July 3 -- Exports to China in the first half of the year rose 6.1 percent "
        "to 30.2 billion dollars, data showed."
    )
    found = described(text)
    assert "Indonesia with China 2023-H1 exports yoy_growth: 6.1 percent" in found, found


# --- decimals spoken as broadcast scripts write them --------------------------------------------
def test_spoken_decimals_are_read_whole() -> None:
    text = (
        " date 2023-07-03\n"
        "SEOUL, July 3 -- Exports to China in the first half of the year dropped "
        "24-point-nine percent on-year to 60-point-two billion dollars, and shipments to "
        "Japan reached nine-point-one billion dollars."
    )
    found = described(text)
    assert "South Korea with China 2023-H1 exports yoy_growth: -24.9 percent" in found, found
    assert "South Korea with China 2023-H1 exports value: 60.2 billion USD" in found, found
    assert "South Korea with Japan 2023-H1 exports value: 9.1 billion USD" in found, found
    assert not any(": -9 percent" in f or ": 1 billion" in f for f in found), found


# --- a minus written in a bracket is the figure's sign ----------------------------------------
def test_a_hyphen_minus_in_brackets_makes_the_change_negative() -> None:
    text = (
        " date 2023-01-10\n"
        "SANTIAGO -- Peru's exports in December totaled $5.12 billion (-2.4% year-on-year). "
        "With China: exportation 2.1 billion (-6.1%), importation 1.2 billion (4.4%)."
    )
    found = described(text)
    assert "Peru 2022-12 exports yoy_growth: -2.4 percent" in found, found
    assert not any("yoy_growth: 2.4 percent" in f for f in found), found


def test_trade_via_a_named_land_port_is_the_ports() -> None:
    text = (
        "Northern land port reports record trade\n\n"
        "HOHHOT, May 15 (Xinhua) -- Import and export trade value via Manzhouli Port in north "
        "China's Inner Mongolia Autonomous Region rose 21.3 percent to 9.1 billion yuan in the "
        "first four months of 2023."
    )
    found = described(text)
    assert "Manzhouli Port 2023-01/2023-04 total value: 9.1 billion CNY" in found, found


def test_a_line_labelled_with_its_partner() -> None:
    text = (
        " date 2023-01-10\n"
        "LIMA -- Peru's exports in December totaled $5.12 billion (-2.4% year-on-year).\n"
        "With China: exportation 2.1 billion (-6.1%), importation 1.2 billion (-4.4%)\n"
    )
    found = described(text)
    assert "Peru with China 2022-12 exports yoy_growth: -6.1 percent" in found, found
    assert "Peru with China 2022-12 imports yoy_growth: -4.4 percent" in found, found


# --- guards from the round's review --------------------------------------------------------------
def test_a_top_partner_sentence_leaves_the_nations_own_figures_with_the_world() -> None:
    text = (
        "China trade\n"
        "BEIJING, June 8 -- ASEAN remained China's largest trading partner. In the first five "
        "months of 2024, China's exports rose 7.6 percent to 9.7 trillion yuan."
    )
    found = described(text)
    assert "China 2024-01/2024-05 exports value: 9.7 trillion CNY" in found, found


def test_a_port_handling_cargo_over_the_citys_own_trade_is_the_city() -> None:
    text = (
        "Qingdao Port handles record cargo as city's trade grows\n"
        "QINGDAO, June 8 -- Qingdao's foreign trade reached 400 billion yuan in the first five "
        "months of 2024, up 5 percent."
    )
    found = described(text)
    assert "Qingdao 2024-01/2024-05 total value: 400 billion CNY" in found, found


def test_chinese_importers_make_china_the_reporter() -> None:
    text = (
        " date 2024-06-10\n"
        "Chinese buyers snap up Australian exports\n"
        "Chinese importers bought more Australian coal in May, with imports from Australia "
        "rising 30 percent to 2 billion dollars, customs data showed."
    )
    found = described(text)
    assert "China with Australia (coal) 2024-05 imports value: 2 billion USD" in found, found


def test_a_range_with_a_space_before_the_dash_is_no_negative_rate() -> None:
    text = (
        " date 2024-06-08\n"
        "NANJING -- Jiangsu's exports rose 5 percent in the first five months of 2024; "
        "analysts see growth of 3 -5 percent in the second half."
    )
    assert not any("-5 percent" in f for f in described(text))


def test_a_letter_currency_sign_needs_a_scale_word() -> None:
    text = (
        " date 2024-04-20\n"
        "NAIROBI -- Kenya's tea exports rose 5 percent to Sh425 billion in the first quarter of "
        "2024, with prices averaging Sh350 per kilo."
    )
    found = described(text)
    assert "Kenya (tea) 2024-Q1 exports value: 425 billion KES" in found, found
    assert not any("350" in f for f in found), found


def test_growth_from_an_amount_in_the_same_month_last_year_is_year_on_year() -> None:
    text = (
        " date 2024-07-10\n"
        "GUANGZHOU -- In June, Guangdong's exports rose 5 percent to 310 billion yuan from 295 "
        "billion yuan in June last year."
    )
    found = described(text)
    assert "Guangdong 2024-06 exports yoy_growth: 5 percent" in found, found
    assert "Guangdong 2023-06 exports value: 295 billion CNY" in found, found
