"""Whole-article families met on round 13's development articles, English.

These are the faults that cost a whole article at once: the wrong publication date, the
wrong reporter, a lead read as page furniture. Every text here is invented for its family
(places and figures made up); none is copied from an article.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- a place label and a date line between the headline and the story ----------------------
def test_a_date_line_under_a_place_label_dates_the_article() -> None:
    text = (
        "Guizhou posts brisk trade growth\n\n"
        "GUIYANG\n"
        "2021-06-08 10:15\n\n"
        "GUIYANG, June 8 (Xinhua) -- Guizhou's foreign trade rose 38.2 percent year on year in "
        "the first five months of this year.\n\n"
        "The province was named a pilot zone in March 2020."
    )
    result = extract(text)
    found = {f.describe() for f in result.facts}
    assert "Guizhou 2021-01/2021-05 total yoy_growth: 38.2 percent" in found, found
    assert all("date line" in str(f.provenance.anchor) for f in result.facts)


def test_a_capitalised_place_label_is_not_the_lead() -> None:
    text = (
        "Trade picks up in Gansu\n"
        "LANZHOU\n"
        " Gansu's exports rose 12.1 percent in the first quarter of 2019, the provincial "
        "customs said."
    )
    assert "Gansu 2019-Q1 exports yoy_growth: 12.1 percent" in described(text)


# --- a written date line: "Friday, 24 September, 2021" --------------------------------------
def test_a_date_line_with_the_day_before_the_month_dates_the_article() -> None:
    text = (
        "Sichuan trade climbs\n"
        "Tuesday, 12 October, 2021\n\n"
        "CHENGDU: Sichuan's exports reached 281.6 billion yuan in the first nine months, "
        "up 19.4 percent year on year.\n\n"
        "The province opened its first rail link to Europe in 2013."
    )
    result = extract(text)
    found = {f.describe() for f in result.facts}
    assert "Sichuan 2021-01/2021-09 exports value: 281.6 billion CNY" in found, found
    assert all("2021-10-12" in str(f.provenance.anchor) for f in result.facts)


# --- a date line and the lead on one line -------------------------------------------------
def test_a_lead_after_a_date_prefix_on_its_line_is_read() -> None:
    text = (
        " date 2020-01-21 NANNING – South China's Guangxi saw its foreign trade rise 14.4 "
        "percent to 470.7 billion yuan in 2019, the local customs said Tuesday.\n\n"
        "Guangxi's exports reached 259.7 billion yuan."
    )
    found = described(text)
    assert "Guangxi 2019 total yoy_growth: 14.4 percent" in found, found
    assert "Guangxi 2019 total value: 470.7 billion CNY" in found, found
    assert "Guangxi 2019 exports value: 259.7 billion CNY" in found, found


# --- a headline in capitals: "CHINA'S trade surplus ..." ----------------------------------
def test_a_national_story_opening_in_capitals_is_chinas() -> None:
    text = (
        " date 2024-01-12\n"
        "CHINA'S exports fell 4.6 percent last year to $3.38 trillion, the customs "
        "administration said, as demand in Europe cooled.\n"
        "The figures were released to reporters in Beijing on Friday. Imports dropped "
        "5.5 percent to $2.56 trillion.\n"
        "The head of the customs told reporters in Beijing that the outlook was stable."
    )
    found = described(text)
    assert "China 2023 exports yoy_growth: -4.6 percent" in found, found
    assert "China 2023 imports value: 2.56 trillion USD" in found, found
    assert not any(d.startswith("Beijing") for d in found), found


def test_where_a_speaker_spoke_is_not_the_reporter() -> None:
    text = (
        " date 2023-04-14\n"
        "Exports rose 14.8 percent in March, vice minister Li Wei told reporters in Beijing, "
        "while the country's imports fell 1.4 percent."
    )
    found = described(text)
    assert "China 2023-03 exports yoy_growth: 14.8 percent" in found, found


# --- a conversion into pounds is in pounds --------------------------------------------------
def test_a_conversion_into_pounds_keeps_its_currency() -> None:
    text = (
        " date 2024-01-12\n"
        "China's exports fell 4.6 percent last year to $3.38trn (£2.65trn), while its trade "
        "surplus was $823bn (£645bn)."
    )
    found = described(text)
    assert "China 2023 exports value: 2.65 trillion GBP" in found, found
    assert "China 2023 balance value: 645 billion GBP" in found, found
    assert not any("2.65 trillion USD" in d or "645 billion USD" in d for d in found), found


# --- "The 2024 trade surplus": a year before the flow word it dates -------------------------
def test_a_year_before_its_flow_word_dates_the_figure() -> None:
    text = (
        " date 2025-01-14\n"
        "China's trade surplus hit $992 billion last year. The 2023 trade surplus was "
        "$823 billion, and its 2022 exports were $3.59 trillion."
    )
    found = described(text)
    assert "China 2024 balance value: 992 billion USD" in found, found
    assert "China 2023 balance value: 823 billion USD" in found, found
    assert "China 2022 exports value: 3.59 trillion USD" in found, found


# --- "an increase of 44.6% over the same period as last year" -----------------------------
def test_the_same_period_as_last_year_is_a_base() -> None:
    text = (
        " date 2018-03-20\n"
        "Jiangxi's trade was 41.2 billion yuan in the first two months of this year. This is "
        "an increase of 28.3% over the same period as last year."
    )
    found = described(text)
    assert "Jiangxi 2018-01/2018-02 total yoy_growth: 28.3 percent" in found, found
    assert not any(d.startswith("Jiangxi 2017") for d in found), found


# --- "fell 35.3 percent from December to $2.75 billion": January on the month before ------
def test_growth_from_december_in_january_is_month_on_month() -> None:
    text = (
        " date 2021-02-08\n"
        "Laos's trade with China fell 9.2 percent year on year in January. The country's "
        "exports to China fell by 31.4 percent from December to $0.42 billion, and its "
        "imports by 12.6 percent."
    )
    found = described(text)
    assert "Laos with China 2021-01 exports mom_growth: -31.4 percent" in found, found
    assert "Laos with China 2021-01 exports value: 0.42 billion USD" in found, found
    assert "Laos with China 2021-01 imports mom_growth: -12.6 percent" in found, found


def test_growth_from_another_named_month_is_still_skipped() -> None:
    text = (
        " date 2021-05-08\n"
        "Laos's exports to China rose 8.1 percent in April from February to $0.51 billion."
    )
    found = described(text)
    assert not any("mom_growth" in d for d in found), found


# --- an outlet's name and address opening the lead -----------------------------------------
def test_an_outlet_named_before_the_lead_is_not_its_partner() -> None:
    text = (
        "Ningxia's trade grows\n"
        "Central Asia Trade Window (www.example-window.com) – Ningxia's foreign trade reached "
        "21.4 billion yuan in the first half of 2023, up 8.6 percent year on year, the "
        "regional customs said on the 18th."
    )
    found = described(text)
    assert "Ningxia 2023-H1 total value: 21.4 billion CNY" in found, found
    assert "Ningxia 2023-H1 total yoy_growth: 8.6 percent" in found, found
    assert not any("Central Asia" in d for d in found), found


# --- a fiscal year written with its months: "July-June (2023-24)" ---------------------------
def test_a_fiscal_year_with_its_months_runs_across_the_new_year() -> None:
    text = (
        " date 2022-08-03\n"
        "Nepal's exports to China were $0.91 billion during July-June (2021-22) against "
        "exports of $0.74 billion during July-June (2020-21), the central bank said."
    )
    found = described(text)
    assert "Nepal with China 2021-07/2022-06 exports value: 0.91 billion USD" in found, found
    assert "Nepal with China 2020-07/2021-06 exports value: 0.74 billion USD" in found, found
    # ("against exports of": no product named "against")
    assert not any("(against" in d for d in found), found


def test_months_of_one_calendar_year_in_a_fiscal_year_are_dated_by_its_start() -> None:
    from tradestat.extraction.dates import find_periods

    def periods(text: str) -> list[str]:
        return [str(q) for p in find_periods(text, 2022) for q in p.periods]

    assert periods("during July-August (2021-22)") == ["2021-07/2021-08"]
    assert periods("during January-March (2021-22)") == ["2022-Q1"]
    # (April to June: the fiscal year's start decides, and the text does not give it)
    assert periods("during April-May (2021-22)") == []
    # (two years and no bracket: a calendar range and a figure, not a fiscal year)
    assert periods("in January-May 2024-25 percent of the goods") == ["2024-01/2024-05"]
    assert periods("the March 2018 year-on-year growth") == []


# --- "US $31.09 billion": a currency, not the United States --------------------------------
def test_us_and_a_spaced_dollar_sign_is_a_currency_not_a_partner() -> None:
    text = (
        " date 2022-08-03\n"
        "Nepal's overall exports rose 11.5 percent in 2021, from US $1.27 billion to "
        "US $1.42 billion, the central bank said."
    )
    found = described(text)
    assert "Nepal 2021 exports value: 1.42 billion USD" in found, found
    assert not any("United States" in d for d in found), found


# --- a loosely worded national headline over a region's story -----------------------------
def test_a_lead_that_opens_with_a_region_outranks_a_national_headline() -> None:
    text = (
        " date 2023-07-20\n"
        "China sees foreign trade rise\n\n"
        "East China's Anhui Province saw its foreign trade grow 9.4 percent year on year to "
        "384.6 billion yuan in the first half of 2023, local customs said on Thursday.\n\n"
        "The province's exports climbed 14.2 percent to 243.1 billion yuan. In June alone, "
        "Anhui's foreign trade rose 5.3 percent."
    )
    found = described(text)
    assert "Anhui 2023-H1 total value: 384.6 billion CNY" in found, found
    assert "Anhui 2023-H1 exports value: 243.1 billion CNY" in found, found
    assert not any(d.startswith("China ") for d in found), found


def test_a_national_headline_over_a_national_lead_stays_national() -> None:
    text = (
        " date 2023-07-13\n"
        "China sees foreign trade rise\n\n"
        "China's foreign trade rose 2.1 percent in the first half of 2023. Guangdong, the "
        "largest trading province, saw its trade grow 3.9 percent."
    )
    assert "China 2023-H1 total yoy_growth: 2.1 percent" in described(text)


# --- "Exported goods, mainly machinery, textiles and shoes, were ...": the whole flow -------
def test_a_mainly_list_set_off_by_commas_is_no_segment() -> None:
    text = (
        " date 2018-07-30\n"
        "Qinghai's exports, mainly chemicals, carpets and wool, were 0.31 billion dollars in "
        "the first half of 2018, up 12.4 percent year on year."
    )
    found = described(text)
    assert "Qinghai 2018-H1 exports value: 0.31 billion USD" in found, found
    assert "Qinghai 2018-H1 exports yoy_growth: 12.4 percent" in found, found


# --- "demand from Central Asian countries": where demand comes from, not a partner ----------
def test_where_demand_comes_from_is_not_a_partner() -> None:
    text = (
        " date 2018-07-30\n"
        "Rising demand from neighboring Central Asian countries helped push Xinjiang's trade "
        "up 21.5 percent to 8.2 billion dollars in the first half of 2018. The region's trade "
        "with Kazakhstan grew 30.1 percent."
    )
    found = described(text)
    assert "Xinjiang 2018-H1 total value: 8.2 billion USD" in found, found
    assert "Xinjiang with Kazakhstan 2018-H1 total yoy_growth: 30.1 percent" in found, found


# --- a partner's own statistics: "German imports from China up ..." -------------------------
def test_a_demonym_owning_its_flow_in_the_headline_is_the_reporter() -> None:
    text = (
        " date 2022-03-09\n"
        "French imports from China up 14.2 pct y-o-y in January\n\n"
        "PARIS, March 8 (Xinhua) -- The value of French goods imports from China reached "
        "5.1 billion euros in January, the French customs said."
    )
    found = described(text)
    assert "France with China 2022-01 imports yoy_growth: 14.2 percent" in found, found
    assert "France with China 2022-01 imports value: 5.1 billion EUR" in found, found


def test_a_lead_without_headline_names_the_reporter_by_its_own_flow() -> None:
    text = (
        " date 2024-04-10\n"
        "Thailand-China trade reached over US$31 billion in the first quarter, of which "
        "Thailand's exports to China were $9.8 billion, up 3.1 percent. Imports from China "
        "reached $21.2 billion."
    )
    found = described(text)
    assert "Thailand with China 2024-Q1 exports value: 9.8 billion USD" in found, found
    assert "Thailand with China 2024-Q1 imports value: 21.2 billion USD" in found, found
    assert not any(d.startswith("China ") for d in found), found


def test_china_first_in_a_headless_lead_stays_the_reporter() -> None:
    text = (
        " date 2024-04-10\n"
        "China-Thailand trade reached $31 billion in the first quarter, and China's exports "
        "to Thailand were $21.2 billion."
    )
    found = described(text)
    assert "China with Thailand 2024-Q1 exports value: 21.2 billion USD" in found, found


# --- twelve months to a month: "the March 2018 year", "the year ended June 2023" ------------
def test_a_year_ended_in_a_month_is_the_twelve_months_to_it() -> None:
    text = (
        " date 2023-08-15\n"
        "Fiji's exports to China totaled 320 million US dollars in the year ended June 2023, "
        "the statistics bureau said. In the December 2022 year, its exports to China were "
        "290 million US dollars."
    )
    found = described(text)
    assert "Fiji with China 2022-07/2023-06 exports value: 320 million USD" in found, found
    assert "Fiji with China 2022 exports value: 290 million USD" in found, found


def test_new_zealand_dollars_are_their_own_currency() -> None:
    text = (
        " date 2019-06-05\n"
        "New Zealand exports to China totaled 16.9 billion NZ dollars (11.1 billion US "
        "dollars) in the March 2019 year, Stats NZ said."
    )
    found = described(text)
    assert "New Zealand with China 2018-04/2019-03 exports value: 16.9 billion NZD" in found
    assert "New Zealand with China 2018-04/2019-03 exports value: 11.1 billion USD" in found


def test_total_exports_after_a_story_on_one_partner_are_with_the_world() -> None:
    text = (
        " date 2022-03-05\n"
        "German exports to China rose 9.1 percent in January, the statistics office said. "
        "Germany's total exports declined by 2.8 percent."
    )
    found = described(text)
    assert "Germany with China 2022-01 exports yoy_growth: 9.1 percent" in found, found
    assert "Germany 2022-01 exports yoy_growth: -2.8 percent" in found, found


# --- the English names of the Chinese product table are English names too ------------------
def test_a_product_the_chinese_table_translates_is_read_in_english() -> None:
    text = (
        " date 2026-01-27\n"
        "In 2025, Jiangmen's exports reached 158.7 billion yuan. Bicycles, motorcycles, and "
        "household appliances exported 12.1 billion yuan, 9.4 billion yuan, and 20.3 billion "
        "yuan, respectively."
    )
    found = described(text)
    assert "Jiangmen (motorcycles) 2025 exports value: 9.4 billion CNY" in found, found
    assert "Jiangmen (bicycles) 2025 exports value: 12.1 billion CNY" in found, found


def test_what_is_in_demand_is_no_segment() -> None:
    text = (
        " date 2016-10-13\n"
        "China's imports rose 1.5 percent in August on stronger demand for coal, iron ore "
        "and other resources."
    )
    found = described(text)
    assert "China 2016-08 imports yoy_growth: 1.5 percent" in found, found


# --- "an upward trend of 8.9%"; a headline's year over the lead's months -------------------
def test_an_upward_trend_is_growth_and_the_headline_year_gives_way_to_the_lead() -> None:
    text = (
        " date 2024-05-20\n"
        "Trade Between China and Brazil Grows by 6.1% in 2024, Customs Says\n\n"
        "Trade between China and Brazil in the first four months of 2024 totaled $55.2 "
        "billion, an upward trend of 6.1% over the same period a year earlier. Imports from "
        "Brazil showed a downward trend of 2.3%."
    )
    found = described(text)
    assert "China with Brazil 2024-01/2024-04 total yoy_growth: 6.1 percent" in found, found
    assert "China with Brazil 2024-01/2024-04 imports yoy_growth: -2.3 percent" in found, found
    assert "China with Brazil 2024 total yoy_growth: 6.1 percent" not in found, found


def test_a_goal_is_no_reported_figure() -> None:
    text = (
        " date 2023-05-23\n"
        "China's imports from Africa fell 11.8% in the first four months. The goal is to "
        "increase imports from Africa to $300 billion a year by 2035."
    )
    found = described(text)
    assert not any("300 billion" in d for d in found), found


# --- "November's 5.9 per cent", "last year's $70.59 billion figure" ------------------------
def test_a_figure_right_after_a_possessive_period_is_that_periods() -> None:
    text = (
        " date 2026-01-14\n"
        "In December, China's exports climbed 6.6 per cent from the year before, higher than "
        "November's 5.9 per cent year-on-year increase. Trade with India reached $118.4 "
        "billion in 2025, up from last year's $ 117.9 billion figure."
    )
    found = described(text)
    assert "China 2025-12 exports yoy_growth: 6.6 percent" in found, found
    assert "China 2025-11 exports yoy_growth: 5.9 percent" in found, found
    assert "China with India 2024 total value: 117.9 billion USD" in found, found


# --- a partner's own statistics in the lead: "Japan's exports declined in March ..." --------
def test_a_foreign_country_trading_first_in_the_lead_is_the_reporter() -> None:
    text = (
        " date 2019-04-17\n"
        "Japan's exports declined in March, pulling the nation's trade surplus lower.\n\n"
        "Exports from Japan fell 2.4% from a year earlier to 7.2 trillion yen, while imports "
        "rose 1% to 6.7 trillion yen. Shipments to China dropped more than 9%."
    )
    found = described(text)
    assert "Japan 2019-03 exports yoy_growth: -2.4 percent" in found, found
    assert "Japan 2019-03 exports value: 7.2 trillion JPY" in found, found
    assert "Japan 2019-03 imports value: 6.7 trillion JPY" in found, found
    assert not any(d.startswith("China") for d in found), found


def test_a_chinese_story_quoting_a_partner_second_stays_chinas() -> None:
    text = (
        " date 2019-04-12\n"
        "China's exports rose 14.2 percent in March, while Japan's exports to China fell, the "
        "customs said."
    )
    assert "China 2019-03 exports yoy_growth: 14.2 percent" in described(text)


# --- the currencies partners report in -----------------------------------------------------
def test_partner_currencies_are_read_in_their_own_units() -> None:
    text = (
        " date 2020-11-20\n"
        "Malaysia's exports to China rose 12.4 percent in October to RM14.3 billion, the "
        "statistics department said, while imports from China were 13.1 billion ringgit."
    )
    found = described(text)
    assert "Malaysia with China 2020-10 exports value: 14.3 billion MYR" in found, found
    assert "Malaysia with China 2020-10 imports value: 13.1 billion MYR" in found, found


# --- "hits record US$6.5 trillion"; "mechanical and electrical exports" ---------------------
def test_a_dollar_sign_after_us_in_a_headline_names_no_partner() -> None:
    text = (
        " date 2026-01-26\n"
        "China foreign trade hits record US$6.5 trillion\n"
        "China's foreign trade rose 3.8 per cent last year. In dollar terms, mechanical and "
        "electrical exports totalled US$2.3 trillion in 2025."
    )
    found = described(text)
    assert "China 2025 total yoy_growth: 3.8 percent" in found, found
    assert (
        "China (mechanical and electrical products) 2025 exports value: 2.3 trillion USD" in found
    ), found
    assert not any("United States" in d for d in found), found


def test_a_country_opening_the_lead_with_a_recording_verb_is_the_reporter() -> None:
    text = (
        " date 2021-01-25\n"
        "Surplus buoyed by iron ore\n\n"
        "CANBERRA: Australia recorded a $9.1 billion goods trade surplus in December, and "
        "its exports to China rose 16 per cent in the month."
    )
    found = described(text)
    assert any(d.startswith("Australia ") for d in found), found
    assert not any(d.startswith("China ") for d in found), found


def test_a_country_named_in_a_contrast_or_in_passing_is_no_reporter() -> None:
    russia = (
        "Russian exports to China up 10 pct in 2023\n"
        "BEIJING, Jan. 12 (Xinhua) -- Imports from Russia rose 10 percent to 129 billion U.S. "
        "dollars in 2023, the General Administration of Customs said."
    )
    assert "China with Russia 2023 imports value: 129 billion USD" in described(russia)
    lockdown = (
        "China's export growth slows in April\n"
        "BEIJING, May 9, 2022 -- The Shanghai lockdown weighed on exports in April 2022, which "
        "rose 3.9 percent to 273.6 billion U.S. dollars. Factories in Shanghai resumed work."
    )
    assert "China 2022-04 exports value: 273.6 billion USD" in described(lockdown)


def test_a_dateline_naming_an_outlet_site_is_still_a_dateline() -> None:
    text = (
        "BEIJING, Jan. 14 (chinadaily.com.cn) -- China's exports rose 5 percent year on year "
        "last month, the customs said. Exports for the whole of 2023 fell 4.6 percent."
    )
    assert "China 2023-12 exports yoy_growth: 5 percent" in described(text)


def test_years_and_verbs_are_no_currency_words() -> None:
    text = (
        " date 2024-01-12\n"
        "In 2023 Dong Nai province's exports to China rose 8 percent. South Korea's exports "
        "to China were 45.6 trillion Korean won, while 38 won by its athletes stayed home."
    )
    found = described(text)
    assert not any("VND" in d or ": 38 " in d or "2023 VND" in d for d in found), found


def test_its_year_before_its_flow_word_and_a_year_ago_share() -> None:
    text = (
        " date 2025-01-14\n"
        "Brazil's exports to China rose 6 percent in 2024, and its 2023 exports to China were "
        "104.3 billion dollars. Exports in the first half of 2024 reached 49.1 billion "
        "dollars, up from last year's 45.2 billion."
    )
    found = described(text)
    assert "Brazil with China 2023 exports value: 104.3 billion USD" in found, found
    assert "Brazil with China 2023-H1 exports value: 45.2 billion USD" in found, found
