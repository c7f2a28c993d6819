"""English phrasing families met on a development set (round 24).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- a foreign statistics office on its trade with China: China is the partner -----------
def test_china_as_trading_partner_of_a_country_in_the_headline_is_that_countrys_release() -> None:
    text = (
        "China slips to third most important trading partner of Austria in 2023\n\n"
        "Release No. 41 of 3 March 2024\n\n"
        "  • Imports from China were down 8.4% on 2022\n\n"
        "VIENNA – The value of goods exported from Austria to China fell by 3.2% to 5.6 "
        "billion euros, whereas imports from China decreased by 8.4% to 11.9 billion euros, "
        "the statistics office reports."
    )
    found = described(text)
    assert "Austria with China 2023 imports yoy_growth: -8.4 percent" in found, found
    assert "Austria with China 2023 exports value: 5.6 billion EUR" in found, found
    assert not any(d.startswith("China ") for d in found), found


def test_china_as_a_countrys_largest_trading_partner_in_the_headline() -> None:
    text = (
        "China remains Sweden's largest trading partner outside Europe\n\n"
        "STOCKHOLM, Feb 12 -- Swedish imports from China rose 4.1 percent in 2022 to 98.2 "
        "billion crowns, while exports to China fell 2.5 percent, Statistics Sweden said."
    )
    found = described(text)
    assert any(d.startswith("Sweden with China 2022 imports yoy_growth: 4.1") for d in found), found
    assert not any(d.startswith("China ") for d in found), found


def test_a_countrys_possessive_trade_with_china_keeps_that_country() -> None:
    text = (
        " date 2023-11-20\n"
        "Japan's imports from China fell 5.7% in October\n\n"
        "TOKYO -- Japan's imports from China dropped 5.7 percent in October from a year "
        "earlier to 2.1 trillion yen, Ministry of Finance data showed."
    )
    found = described(text)
    assert "Japan with China 2023-10 imports yoy_growth: -5.7 percent" in found, found
    assert not any(d.startswith("China ") for d in found), found


def test_the_full_state_name_with_a_possessive_inside_is_the_partner() -> None:
    # ("the People's Republic of China": the table's name read with the apostrophe the
    # text's words are keyed without)
    text = (
        " date 2023-08-09\n"
        "Imports from the People's Republic of China fell 6.3% in July, Hungary's central "
        "statistics office said, while Hungary's exports to the Lao People's Democratic "
        "Republic rose 2.2%."
    )
    found = described(text)
    assert "Hungary with China 2023-07 imports yoy_growth: -6.3 percent" in found, found
    assert "Hungary with Laos 2023-07 exports yoy_growth: 2.2 percent" in found, found


# --- "whereas" opens a clause; it is no product before a flow ------------------------------
def test_whereas_before_a_flow_is_no_segment() -> None:
    text = (
        " date 2022-04-20\n"
        "Finland's exports to China rose by 4.4% to 1.9 billion euros in the first quarter, "
        "whereas imports from China fell by 2.0% to 2.6 billion euros, Finnish Customs said."
    )
    found = described(text)
    assert "Finland with China 2022-Q1 imports value: 2.6 billion EUR" in found, found
    assert not any("whereas" in d for d in found), found


# --- "the first month of 2018": January --------------------------------------------------
def test_the_first_month_of_a_year_is_january_and_is_carried() -> None:
    text = (
        "Jiangxi's foreign trade up 9.4% in January\n\n"
        " date 2019-02-21\n"
        "Jiangxi's imports and exports grew 9.4 percent in the first month of 2019 to 28.6 "
        "billion yuan, Nanchang Customs said.\n\n"
        "The province's exports rose 11.2 percent to 19.1 billion yuan."
    )
    found = described(text)
    assert "Jiangxi 2019-01 total value: 28.6 billion CNY" in found, found
    assert "Jiangxi 2019-01 exports value: 19.1 billion CNY" in found, found
    assert not any(" 2019 " in d for d in found), found


def test_the_first_month_after_an_event_is_no_calendar_month() -> None:
    text = (
        " date 2020-03-10\n"
        "In the first month after the new port opened, Guangxi's exports rose 4.4 percent "
        "in 2019 to 9.5 billion yuan."
    )
    found = described(text)
    assert not any("2019-01" in d for d in found), found


# --- a foreign body whose name holds no country: Destatis, Eurostat, Rosstat ... ---------
def test_a_foreign_body_quoted_in_a_text_naming_no_reporter_gives_its_country() -> None:
    text = (
        "Trade with China shrinks in spring\n\n"
        "Imports from China fell by 9.3% in the second quarter of 2023 to 31.8 billion "
        "euros, the Federal Statistical Office (Destatis) said on Thursday."
    )
    found = described(text)
    assert "Germany with China 2023-Q2 imports yoy_growth: -9.3 percent" in found, found
    assert not any(d.startswith("China ") for d in found), found


def test_a_bloc_statistics_office_with_no_reporter_named() -> None:
    text = (
        "Exports to China lose pace\n\n"
        "Exports to China rose 1.8% in 2022 to 230.3 billion euros, while imports from "
        "China climbed 31.1% to 626.0 billion euros, according to Eurostat."
    )
    found = described(text)
    assert "EU with China 2022 exports value: 230.3 billion EUR" in found, found
    assert "EU with China 2022 imports yoy_growth: 31.1 percent" in found, found


def test_a_flow_from_china_with_no_reporter_is_not_chinas() -> None:
    # (nothing says whose imports: skipped, not read as China's own)
    text = (
        "Trade with China slows\n\n"
        "Imports from China dropped by 7.2% in the first half of 2023 to 58.1 billion "
        "euros, the statistics office said."
    )
    found = described(text)
    assert not any(d.startswith("China ") for d in found), found


# --- "with each increasing x and y": a list paired as "respectively" ---------------------
def test_each_before_a_verb_of_change_pairs_the_flows_with_the_figures() -> None:
    text = (
        " date 2022-07-25\n"
        "In the first half of 2022, Shanxi's exports and imports set records, with each "
        "rising 22.4 percent year-on-year to 61.3 billion yuan and 8.8 percent "
        "year-on-year to 40.2 billion yuan."
    )
    found = described(text)
    assert "Shanxi 2022-H1 exports yoy_growth: 22.4 percent" in found, found
    assert "Shanxi 2022-H1 imports value: 40.2 billion CNY" in found, found
    assert not any(" total " in d for d in found), found


def test_each_with_one_figure_is_said_of_both_flows_unpaired() -> None:
    text = (
        " date 2022-07-25\n"
        "In the first half of 2022, Shanxi's foreign trade rose 12.1 percent to 101.5 "
        "billion yuan, with exports and imports each up by more than a tenth."
    )
    found = described(text)
    assert "Shanxi 2022-H1 total value: 101.5 billion CNY" in found, found


# --- "China (Fujian) Pilot Free Trade Zone": the bracketed province is part of the name ---
def test_the_province_in_a_zones_official_name_is_no_owner_of_its_trade() -> None:
    text = (
        "Xiamen's foreign trade grows in first half\n"
        " date 2019-07-20\n"
        "Xiamen's foreign trade rose 8.1 percent in the first half of 2019 to 310.2 billion "
        "yuan.\n"
        "China (Fujian) Pilot Free Trade Zone saw its foreign trade rise 21.5 percent to "
        "31.2 billion yuan, with imports up 30.1 percent."
    )
    found = described(text)
    assert "Xiamen (pilot free trade zone) 2019-H1 total value: 31.2 billion CNY" in found, found
    assert not any(d.startswith("Fujian") for d in found), found


# --- the base of a change "a month ago" / "last month": the month before ------------------
def test_a_base_figure_from_a_month_ago_is_the_month_before() -> None:
    text = (
        " date 2019-04-12\n"
        "China's exports rose 14.2 percent in March from a year earlier. The trade surplus "
        "widened to $32.7 billion from $4.1 billion a month ago."
    )
    found = described(text)
    assert "China 2019-03 balance value: 32.7 billion USD" in found, found
    assert "China 2019-02 balance value: 4.1 billion USD" in found, found


def test_a_base_figure_from_a_record_last_month_is_the_month_before_the_figures() -> None:
    text = (
        " date 2018-09-08\n"
        "Vietnam's exports fell 2.1 percent in August. The trade surplus shrank to $1.2 "
        "billion from the record high of $2.9 billion last month, the statistics office said."
    )
    found = described(text)
    assert "Vietnam 2018-07 balance value: 2.9 billion USD" in found, found


def test_a_rate_that_sped_up_from_its_last_reading_is_the_month_befores() -> None:
    text = (
        " date 2018-06-08\n"
        "China's exports rose 12.6 percent in May. Import growth quickened to 26.0 percent "
        "from 21.5 percent, customs data showed."
    )
    found = described(text)
    assert "China 2018-05 imports yoy_growth: 26.0 percent" in found, found
    assert "China 2018-04 imports yoy_growth: 21.5 percent" in found, found


def test_a_rate_from_a_year_earlier_is_not_moved_to_the_month_before() -> None:
    text = (
        " date 2018-06-08\n"
        "China's import growth slowed to 12.1 percent in May from 18.4 percent in April."
    )
    found = described(text)
    assert "China 2018-04 imports yoy_growth: 18.4 percent" in found, found
    assert not any("2018-03" in d for d in found), found


# --- "reversing December's 6.2 percent fall": the noun after the figure gives its sign ----
def test_a_possessive_period_before_a_change_noun_keeps_its_sign() -> None:
    text = (
        " date 2016-08-08\n"
        "China's imports grew 3.4 percent year-on-year in July, reversing June's 8.4 "
        "percent drop."
    )
    found = described(text)
    assert "China 2016-06 imports yoy_growth: -8.4 percent" in found, found


# --- a poll of analysts is what was looked for, no reported figure ------------------------
def test_an_analysts_poll_gives_no_facts() -> None:
    text = (
        " date 2016-03-08\n"
        "China's exports fell 25.4 percent in February. The figures compare with a "
        "Reuters' analyst poll of a decline of 14.5 percent for exports."
    )
    found = described(text)
    assert "China 2016-02 exports yoy_growth: -25.4 percent" in found, found
    assert not any("14.5" in d for d in found), found


# --- "of which exports amounted to 958.3 billion": the sentence's currency ----------------
def test_a_bare_amount_takes_the_currency_its_sentence_wrote_before() -> None:
    text = (
        " date 2020-08-07\n"
        "China's exports rose 3.1 percent to 1.2 trillion yuan in July. In US dollar "
        "terms, trade in the first seven months was USD 287.4 billion, of which exports "
        "amounted to 147.6 billion, up 1.9 percent."
    )
    found = described(text)
    assert "China 2020-01/2020-07 exports value: 147.6 billion USD" in found, found


def test_a_bare_amount_with_no_currency_in_its_sentence_is_not_given_one() -> None:
    text = (
        " date 2020-08-07\n"
        "China's exports rose 3.1 percent to 1.2 trillion yuan in July, and trade was "
        "USD 40.1 billion.\n"
        "Exports of phones reached 4.2 billion in July."
    )
    found = described(text)
    assert not any("4.2 billion" in d for d in found), found


# --- "their" after a list of partners in its own sentence: those partners -----------------
def test_their_after_partners_named_in_the_sentence_is_not_the_segment_before() -> None:
    text = (
        " date 2022-05-18\n"
        "In the first four months of 2022, Weihai's foreign trade rose 6.2 percent.\n"
        "Foreign-invested enterprises saw their trade fall 3.3 percent.\n"
        "South Korea, Japan and ASEAN were the top three partners of Weihai, with their "
        "trade reaching 12.1 billion yuan, 5.3 billion yuan and 4.9 billion yuan, "
        "respectively, up 4.4 percent, down 2.7 percent, and up 8.8 percent."
    )
    found = described(text)
    assert "Weihai with South Korea 2022-01/2022-04 total value: 12.1 billion CNY" in found, found
    assert "Weihai with Japan 2022-01/2022-04 total yoy_growth: -2.7 percent" in found, found
    assert "Weihai with ASEAN 2022-01/2022-04 total yoy_growth: 8.8 percent" in found, found
    assert not any("enterprises) 2022-01/2022-04 total value" in d for d in found), found


# --- "China-bound exports": the destination is the partner --------------------------------
def test_a_bound_destination_is_the_partner_and_those_of_goes_on_with_it() -> None:
    text = (
        " date 2023-02-15\n"
        "South Korea's exports fell 7.5% to ₩683 trillion in 2022. China-bound exports of "
        "chips slumped 18.2%, while those of cosmetics dropped 23.4%. U.S.-bound exports "
        "rose 14.5%."
    )
    found = described(text)
    assert "South Korea with China (chips) 2022 exports yoy_growth: -18.2 percent" in found, found
    assert "South Korea with China (cosmetics) 2022 exports yoy_growth: -23.4 percent" in found, (
        found
    )
    assert "South Korea with United States 2022 exports yoy_growth: 14.5 percent" in found, found


# --- a headline's "Logs" and "Tril.": a verb and a scale word -----------------------------
def test_a_headline_that_logs_a_balance_in_abbreviated_trillions() -> None:
    text = (
        "South Korea Logs Trade Surplus of ₩1.3 Tril. in 2019\n\n"
        "SEOUL — South Korea's trade surplus narrowed to ₩1.3 trillion in 2019, the trade "
        "ministry said. Exports of logs fell 2.2% to ₩35 Bil."
    )
    found = described(text)
    assert "South Korea 2019 balance value: 1.3 trillion KRW" in found, found
    assert "South Korea (logs) 2019 exports value: 35 billion KRW" in found, found
    assert not any("(logs) 2019 balance" in d for d in found), found


# --- "related products": the goods the sentence before named ------------------------------
def test_related_products_refer_to_the_goods_named_before() -> None:
    text = (
        " date 2022-07-11\n"
        "Hainan's foreign trade rose 5.1% in the first half of 2022. Growth in imports came "
        "mostly from duty-free goods. Last year, the province imported 31.2 billion yuan of "
        "related products, up 44.5% year on year."
    )
    found = described(text)
    assert "Hainan (duty-free goods) 2021 imports value: 31.2 billion CNY" in found, found
    assert "Hainan (duty-free goods) 2021 imports yoy_growth: 44.5 percent" in found, found


def test_related_products_after_a_named_product_are_no_anaphor() -> None:
    text = (
        " date 2022-07-11\n"
        "Hainan's exports rose 5.1% in the first half of 2022. Growth came mostly from "
        "duty-free goods. Exports of seafood and related products rose 8.2% to 1.1 billion "
        "yuan."
    )
    found = described(text)
    assert not any("duty-free" in d for d in found), found


def test_china_as_a_countrys_top_buyer_makes_that_country_the_reporter() -> None:
    text = (
        "China remains top buyer\n\n"
        "China remained the top buyer of Peruvian goods in 2021, taking 31.4 percent of "
        "total exports, the central bank said. Shipments to China rose 9.2 percent to "
        "$19.6 billion."
    )
    found = described(text)
    assert "Peru with China 2021 exports share: 31.4 percent" in found, found
    assert "Peru with China 2021 exports value: 19.6 billion USD" in found, found


def test_a_foreign_national_bureau_of_statistics_is_not_chinas() -> None:
    text = (
        "China is Uganda's largest source of imports\n\n"
        "KAMPALA - Imports from China rose 6.1 percent in 2021, the Uganda National Bureau "
        "of Statistics said."
    )
    found = described(text)
    assert "Uganda with China 2021 imports yoy_growth: 6.1 percent" in found, found


# --- China's part of a foreign reporter's trade: a partner, not an owner -------------------
def test_chinas_share_of_a_foreign_reporters_imports_is_its_partner_share() -> None:
    text = (
        "Dutch imports from China ease\n"
        " date 2024-03-01\n"
        "The Netherlands' imports from China fell 9% in 2023, Statistics Netherlands said. "
        "China's share of Dutch imports fell to 14.2% in 2023. China accounted for 3.1% of "
        "Dutch exports."
    )
    found = described(text)
    assert "Netherlands with China 2023 imports share: 14.2 percent" in found, found
    assert "Netherlands with China 2023 exports share: 3.1 percent" in found, found
    assert not any(d.startswith("China ") for d in found), found


# --- a fiscal year written with its two years: months unknown, skipped -------------------
def test_a_two_year_fiscal_span_without_months_is_not_its_first_calendar_year() -> None:
    text = (
        " date 2023-05-20\n"
        "ISLAMABAD: Pakistan's imports from China fell 11.4% to $12.1 billion in 2022-23, "
        "the State Bank said."
    )
    found = described(text)
    assert not any(" 2022 " in d for d in found), found


def test_a_fiscal_span_with_its_months_is_read() -> None:
    text = (
        " date 2023-08-20\n"
        "ISLAMABAD: Pakistan's imports from China fell 11.4% during July-June (2022-23), "
        "the State Bank said."
    )
    found = described(text)
    assert "Pakistan with China 2022-07/2023-06 imports yoy_growth: -11.4 percent" in found, found


# --- what the market looked for: a consensus, a predicted change ---------------------------
def test_a_consensus_and_a_predicted_change_are_forecasts_but_the_month_before_is_read() -> None:
    text = (
        " date 2021-06-08\n"
        "China's exports rose 27.9% y/y in May, below the 32.1% market consensus. The trade "
        "surplus was $45.5 billion, larger than the consensus of USD50.5 billion. Imports "
        "grew 51.1%, more than a predicted rise of 50.5% and compared with a 43.1% gain in "
        "April."
    )
    found = described(text)
    assert "China 2021-05 exports yoy_growth: 27.9 percent" in found, found
    assert "China 2021-04 imports yoy_growth: 43.1 percent" in found, found
    assert not any(x in d for d in found for x in ("32.1", "50.5")), found


# --- "between Gansu and the country": the one country the sentence before named ------------
def test_the_country_as_the_second_side_of_a_pair_is_the_country_named_before() -> None:
    text = (
        " date 2019-06-20\n"
        "Gansu's trade rose 10.8 percent in the first five months of 2019.\n"
        "Neighboring Mongolia remains the largest trading partner of the province. Trade "
        "between Gansu and the country made up 35 percent of the total trade volume."
    )
    found = described(text)
    assert "Gansu with Mongolia 2019-01/2019-05 total share: 35 percent" in found, found


# --- "61.2 percent of the city's imported goods came from Asia": a partner's share ---------
def test_a_share_of_imported_goods_that_came_from_a_partner() -> None:
    text = (
        " date 2022-08-20\n"
        "Wuxi's trade rose 5 percent in the first seven months of 2022, as 61.2 percent of "
        "the city's imported goods came from Asian countries. Some 40.5 percent of its "
        "exported products went to the EU."
    )
    found = described(text)
    assert "Wuxi with Asia 2022-01/2022-07 imports share: 61.2 percent" in found, found
    assert "Wuxi with EU 2022-01/2022-07 exports share: about 40.5 percent" in found, found


# --- "Changsha, Hunan's capital city, maintained ...": the city owns its clause -----------
def test_a_capital_city_that_maintained_its_trade_owns_the_figures() -> None:
    text = (
        " date 2022-06-20\n"
        "Jiangxi's foreign trade rose 12.1 percent to 210.2 billion yuan in the first five "
        "months of 2022.\n"
        "Nanchang, Jiangxi's capital city, maintained strong performance with total imports "
        "and exports standing at 81.3 billion yuan, a proportion of 38.7 percent of the "
        "province's total. Ganzhou saw its trade reach 40.2 billion yuan, contributing to "
        "19.1 percent of the total volume of the province."
    )
    found = described(text)
    assert "Nanchang 2022-01/2022-05 total value: 81.3 billion CNY" in found, found
    assert "Ganzhou 2022-01/2022-05 total value: 40.2 billion CNY" in found, found
    assert not any("share" in d for d in found), found


# --- ", while the others like A, B and C rose x, y and z, respectively" --------------------
def test_a_later_part_listing_other_products_pairs_them_respectively() -> None:
    text = (
        " date 2019-03-20\n"
        "Shanxi's exports rose 6 percent in the first two months of 2019.\n"
        "The exports of steel rose by 8.2 percent to 3.1 billion yuan, accounting for 20.1 "
        "percent of the province's overall foreign trade volume, while the others like "
        "textiles, glassware and medicines increased by 12.4 percent, 7.7 percent and 21 "
        "percent, respectively."
    )
    found = described(text)
    assert "Shanxi (textiles) 2019-01/2019-02 exports yoy_growth: 12.4 percent" in found, found
    assert "Shanxi (glassware) 2019-01/2019-02 exports yoy_growth: 7.7 percent" in found, found
    assert "Shanxi (medicines) 2019-01/2019-02 exports yoy_growth: 21 percent" in found, found


# --- an average per month, a threshold per item, a difference "by": no period's value -----
def test_rates_per_month_per_item_and_differences_are_no_values() -> None:
    text = (
        " date 2024-09-10\n"
        "Laos's trade with Thailand reached 5.2 billion USD in the first eight months of "
        "2024, exceeding the figure of 2023 by nearly 0.4 billion USD. Trade between the two "
        "countries averagely reaches about 0.65 billion USD per month. Laos had 3 items with "
        "export turnover of more than 0.2 billion USD each. Exports were 2.1 billion USD, up "
        "from 1.9 billion USD a year earlier."
    )
    found = described(text)
    assert "Laos with Thailand 2024-01/2024-08 total value: 5.2 billion USD" in found, found
    assert "Laos with Thailand 2024-01/2024-08 exports value: 2.1 billion USD" in found, found
    assert not any(x in d for d in found for x in ("0.4 b", "0.65", "0.2 b")), found


def test_a_xinhua_story_on_chinas_customs_figures_stays_chinas() -> None:
    # (China as the partner's largest trading partner, in China's own customs figures)
    text = (
        "China, Italy trade hits record\n\n"
        "BEIJING, Jan 15 (Xinhua) -- Trade between China and Italy rose 6.2 percent in 2022 "
        "to 77.9 billion U.S. dollars. China has been Italy's largest trading partner in Asia "
        "for a decade, according to the Chinese customs."
    )
    found = described(text)
    assert "China with Italy 2022 total value: 77.9 billion USD" in found, found


def test_chinas_customs_in_the_head_outrank_a_foreign_body_quoted_after_it() -> None:
    text = (
        "Trade with Europe slows\n\n"
        "Trade between China and the EU fell 3.1 percent in 2023 to 783 billion U.S. "
        "dollars, Chinese customs data showed. Eurostat figures gave a lower total."
    )
    found = described(text)
    assert "China with EU 2023 total value: 783 billion USD" in found, found


# --- more ways to write a part of a year ------------------------------------------------------
def test_more_written_forms_of_a_part_of_a_year() -> None:
    text = (
        " date 2023-11-15\n"
        "Hebei's exports rose 4.1 percent in the January-to-May period.\n"
        "Its imports rose 2.2 percent in 1H 2023.\n"
        "Its trade rose 3.3 percent in Q1-Q3.\n"
        "Its exports to ASEAN rose 6.6 percent in 2022's fourth quarter.\n"
        "Its imports from Japan rose 7.7 percent in the period from January to April.\n"
        "Its exports to the EU rose 8.8 percent year-to-date through October."
    )
    found = described(text)
    assert "Hebei 2023-01/2023-05 exports yoy_growth: 4.1 percent" in found, found
    assert "Hebei 2023-H1 imports yoy_growth: 2.2 percent" in found, found
    assert "Hebei 2023-01/2023-09 total yoy_growth: 3.3 percent" in found, found
    assert "Hebei with ASEAN 2022-Q4 exports yoy_growth: 6.6 percent" in found, found
    assert "Hebei with Japan 2023-01/2023-04 imports yoy_growth: 7.7 percent" in found, found
    assert "Hebei with EU 2023-01/2023-10 exports yoy_growth: 8.8 percent" in found, found


# --- "the mainland" in Hong Kong's, Macao's or Taiwan's own figures: China ------------------
def test_the_mainland_is_china_in_a_separate_customs_territorys_figures() -> None:
    text = (
        "Macao exports to mainland rise\n"
        " date 2023-08-20\n"
        "Macao's exports to the mainland rose 12.4 percent in July, while imports from the "
        "mainland fell 3.3 percent, the Statistics and Census Service said."
    )
    found = described(text)
    assert "Macao with China 2023-07 exports yoy_growth: 12.4 percent" in found, found
    assert "Macao with China 2023-07 imports yoy_growth: -3.3 percent" in found, found


# --- "The textile industry ... saw": an industry whose products are known is that segment --
def test_an_industry_of_known_products_is_the_segment_and_its_examples_no_list() -> None:
    text = (
        " date 2019-09-30\n"
        "Nantong's trade rose 9 percent in the first eight months of the year.\n"
        "The textile industry, represented by products such as bedding, is another driver, "
        "which saw a growth of 12.3 percent in foreign trade, at nearly 8.5 billion yuan."
    )
    found = described(text)
    assert "Nantong (textiles) 2019-01/2019-08 total yoy_growth: 12.3 percent" in found, found
    assert "Nantong (textiles) 2019-01/2019-08 total value: about 8.5 billion CNY" in found, found
    assert not any("driver" in d or "bedding" in d for d in found), found


# --- "in the previous month" as a figure's own period ---------------------------------------
def test_the_previous_month_with_none_in_force_is_the_month_before_publication() -> None:
    text = (
        " date 2019-07-12\n"
        "The customs said that exports in the previous month increased by 2.4% year-on-year, "
        "while China's imports fell 7.3% year-on-year."
    )
    found = described(text)
    assert "China 2019-06 exports yoy_growth: 2.4 percent" in found, found


def test_the_previous_month_after_a_named_month_is_the_month_before_it() -> None:
    text = (
        " date 2019-07-12\n"
        "China's exports rose 5% in April. In the previous month, exports fell 2%. The "
        "surplus rose to $30 billion in April from $20 billion in the previous month."
    )
    found = described(text)
    assert "China 2019-03 exports yoy_growth: -2 percent" in found, found
    assert "China 2019-03 balance value: 20 billion USD" in found, found


# --- a conversion in brackets takes the product written after the bracket -----------------
def test_a_bracketed_conversion_takes_the_product_after_the_bracket() -> None:
    text = (
        " date 2022-05-07\n"
        "Last year, the province of Yunnan imported 12.1 billion yuan ($1.9 billion) of "
        "coffee beans, up 40.5% year on year."
    )
    found = described(text)
    assert "Yunnan (coffee beans) 2021 imports value: 12.1 billion CNY" in found, found
    assert "Yunnan (coffee beans) 2021 imports value: 1.9 billion USD" in found, found


# --- "More than one fourth of all imported X came from China": a share in words ------------
def test_a_fraction_in_words_opening_a_clause_of_where_goods_came_from() -> None:
    text = (
        "Danish imports from China ease\n"
        " date 2024-05-17\n"
        "Denmark's imports from China fell 6% in the 1st quarter of 2024, Statistics Denmark "
        "said.\n  • More than one fourth of all imported bicycles came from China\n  • Half of "
        "all imported toys came from China"
    )
    found = described(text)
    assert "Denmark with China (bicycles) 2024-Q1 imports share: more than 25 percent" in found, (
        found
    )
    assert "Denmark with China (toys) 2024-Q1 imports share: 50 percent" in found, found


def test_the_goods_after_imported_that_came_from_a_partner_are_the_segment() -> None:
    text = (
        "Danish imports from China ease\n"
        " date 2024-05-17\n"
        "Denmark's imports from China fell 6% in the 1st quarter of 2024, as 8.1% of all "
        "imported goods came from China.\n"
        "  • More than one fourth of all imported heat pumps came from China"
    )
    found = described(text)
    assert "Denmark with China 2024-Q1 imports share: 8.1 percent" in found, found
    assert "Denmark with China (heat pumps) 2024-Q1 imports share: more than 25 percent" in found, (
        found
    )


# --- the growth of a number of firms, written a clause after the count ----------------------
def test_the_growth_of_a_count_of_enterprises_is_no_trade_growth() -> None:
    text = (
        " date 2022-05-20\n"
        "In the first four months, there were 61,000 enterprises engaging in foreign trade "
        "business in Fujian, an increase of 5.5 percent from the same period in the previous "
        "year. Fujian's trade rose 7 percent."
    )
    found = described(text)
    assert "Fujian 2022-01/2022-04 total yoy_growth: 7 percent" in found, found
    assert not any("5.5" in d for d in found), found


# --- "China's share of imports into Germany": the importer reports, China is its partner ---
def test_chinas_share_of_imports_into_a_country_is_that_countrys_figure() -> None:
    text = (
        "China's share of imports into Norway falls\n"
        " date 2024-02-20\n"
        "China's share of imports into Norway fell to 11.2% in 2023, the statistics office "
        "said. Imports from China dropped 9.1% to 84.2 billion crowns."
    )
    found = described(text)
    assert "Norway with China 2023 imports share: 11.2 percent" in found, found
    assert "Norway with China 2023 imports yoy_growth: -9.1 percent" in found, found
    assert not any(d.startswith("China ") for d in found), found


# --- "Japan's China imports": the possessive's trade with China ---------------------------
def test_a_possessive_before_china_and_a_flow_noun_makes_china_the_partner() -> None:
    text = (
        "Korea's China exports slide\n"
        " date 2024-02-20\n"
        "South Korea's China exports fell 12.1% in January from a year earlier, trade "
        "ministry data showed."
    )
    found = described(text)
    assert "South Korea with China 2024-01 exports yoy_growth: -12.1 percent" in found, found


# --- "contributed 61.1 percent to the foreign trade volume": a share -----------------------
def test_a_contribution_to_the_trade_volume_is_a_share() -> None:
    text = (
        " date 2021-07-21\n"
        "In the first half of 2021, Jilin's trade rose 30 percent.\n"
        "Trading with the province's top 3 trade partners, namely Japan, South Korea and the "
        "EU, contributed 48.3 percent to the foreign trade volume."
    )
    found = described(text)
    assert "Jilin with Japan, South Korea and EU 2021-H1 total share: 48.3 percent" in found, found


def test_a_citys_contribution_to_its_provinces_total_is_skipped() -> None:
    text = (
        " date 2021-06-20\n"
        "Jilin's trade rose 20 percent in the first five months of 2021.\n"
        "Changchun registered trade of 80.2 billion yuan, contributing 66.1 percent to the "
        "province's total."
    )
    found = described(text)
    assert not any("66.1" in d for d in found), found


# --- a city's change and amount after sentences on its province's trade --------------------
def test_a_city_named_after_trade_sentences_with_its_change_and_amount_is_trade() -> None:
    text = (
        "Shaanxi's foreign trade grows in first five months\n"
        " date 2021-06-20\n"
        "Shaanxi saw its foreign trade grow by 30.2 percent to 190.1 billion yuan in the first "
        "five months of 2021.\n\n"
        "Xi'an, capital city of Shaanxi Province, registered a year-on-year increase of 31.6 "
        "percent to hit 175.3 billion yuan.\n\n"
        "Baoji registered a year-on-year increase of 9.9 percent in industrial output, "
        "reaching 20.1 billion yuan."
    )
    found = described(text)
    assert "Xi'an 2021-01/2021-05 total value: 175.3 billion CNY" in found, found
    assert "Xi'an 2021-01/2021-05 total yoy_growth: 31.6 percent" in found, found
    assert not any("Baoji" in d for d in found), found


# --- a headline's bare "Turnover" over a lead on one pair: that pair's trade ----------------
def test_a_bare_turnover_headline_takes_the_pair_of_the_lead() -> None:
    text = (
        " date 2023-12-07\n"
        "Turnover from January through November has reached over $98 billion\n"
        "Trade turnover between China and Brazil continues to grow, Chinese customs data "
        "showed.\n"
        "Trade volumes with Brazil increased by 16.7% in the first 11 months of 2023, "
        "amounting to a record $98.2 billion."
    )
    found = described(text)
    assert "China with Brazil 2023-01/2023-11 total value: more than 98 billion USD" in found, found


# --- a dateline written with a single hyphen: "BERLIN - " -----------------------------------
def test_a_dateline_with_a_single_hyphen_names_the_reporter() -> None:
    text = (
        "Exports to China drop\n\n"
        "BERLIN - Exports to China fell 9.5% in 2023 to 97.3 billion euros, the statistics "
        "office said."
    )
    assert "Germany with China 2023 exports value: 97.3 billion EUR" in described(text)


def test_china_as_the_eus_largest_partner_in_the_head_is_the_eus_release() -> None:
    text = (
        "China was the EU's largest partner for imports of goods in 2022\n\n"
        "In 2022, EU imports from China rose 31.1% to 626.0 billion euros, while exports to "
        "China fell 0.3%."
    )
    found = described(text)
    assert "EU with China 2022 imports value: 626.0 billion EUR" in found, found
    assert "EU with China 2022 exports yoy_growth: -0.3 percent" in found, found


# --- review: misfires of the round's own rules ------------------------------------------
def test_exports_from_china_in_the_head_are_chinas_own_flow() -> None:
    # (a flow out of China is China's: only imports from / exports to China are another's)
    text = (
        " date 2023-06-07\n"
        "Exports from China to Kenya soar\n\n"
        "China-Kenya trade rose 18 percent in the first five months to 3.2 billion dollars, "
        "while exports from China to Kenya jumped 21 percent."
    )
    found = described(text)
    assert "China with Kenya 2023-01/2023-05 total value: 3.2 billion USD" in found, found
    assert "China with Kenya 2023-01/2023-05 exports yoy_growth: 21 percent" in found, found


def test_a_ranking_after_a_china_first_pair_in_the_lead_keeps_the_pair_chinas() -> None:
    # (a pair written China first is China's, however the lead ranks China after it)
    text = (
        " date 2023-06-07\n"
        "China-EU trade eases\n\n"
        "Trade between China and the EU fell 4 percent in the first five months to 310 "
        "billion dollars, and China remained the EU's second-largest trading partner."
    )
    found = described(text)
    assert "China with EU 2023-01/2023-05 total value: 310 billion USD" in found, found
    assert not any(d.startswith("EU ") for d in found), found
    text = (
        " date 2023-06-07\n"
        "China, Argentina trade\n\n"
        "Trade between China and Argentina rose 9 percent in the first five months to 7.4 "
        "billion dollars. China was the top buyer of Argentine beef."
    )
    found = described(text)
    assert "China with Argentina 2023-01/2023-05 total value: 7.4 billion USD" in found, found


def test_a_partner_before_and_the_country_leaves_the_partner() -> None:
    # ("between Poland and the country" in China's figures: Poland is the partner, the
    # country China itself; not the group the sentence before named)
    text = (
        " date 2023-06-07\n"
        "China's trade with Poland\n\n"
        "Trade between China and Poland rose 6 percent in May to 3 billion dollars, China's "
        "customs said. Poland is China's largest trading partner in Central and Eastern "
        "Europe, with trade between Poland and the country rising 6 percent."
    )
    found = described(text)
    assert not any("Europe" in d for d in found), found


def test_a_third_countrys_share_of_the_reporters_flow_makes_it_the_partner() -> None:
    text = (
        " date 2023-06-07\n"
        "Dutch exports to China fall\n\n"
        "AMSTERDAM -- Dutch exports to China fell 9 percent in May to 1.4 billion euros, "
        "Statistics Netherlands said. Belgium's share of Dutch exports rose to 10.2 percent."
    )
    found = described(text)
    assert "Netherlands with Belgium 2023-05 exports share: 10.2 percent" in found, found
    assert "Netherlands 2023-05 exports share: 10.2 percent" not in found, found


def test_a_place_with_a_yearly_change_in_retail_sales_is_no_trade() -> None:
    text = (
        " date 2023-06-07\n"
        "Hunan foreign trade grows\n\n"
        "CHANGSHA -- Hunan's foreign trade rose 6 percent in May to 60 billion yuan. "
        "Changsha, the provincial capital, registered a year-on-year increase of 7 percent "
        "in retail sales to 45 billion yuan."
    )
    found = described(text)
    assert not any("Changsha" in d for d in found), found
