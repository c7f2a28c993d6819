"""English phrasing families met on an eighth set of held-back articles (issue 9, round eight).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- a bloc that reports its own trade ------------------------------------------------------
def test_a_bloc_reporting_its_exports_is_the_reporter() -> None:
    text = (
        " date 2015-03-10\n"
        "LUXEMBOURG -- EU exports to Japan rose to 60 billion euro in 2014, the bloc's "
        "statistics office said on Monday."
    )
    ex = extract(text)
    assert ex.subject == "EU"
    assert "EU with Japan 2014 exports value: 60 billion EUR" in described(text)


def test_a_blocs_trade_deficit_is_its_own_and_never_with_itself() -> None:
    text = (
        " date 2014-02-02\n"
        "The EU's trade deficit with India narrowed to 5 billion euros in 2013, the report "
        "said.\nThe EU's imports reached 40 billion euros in 2013."
    )
    found = described(text)
    assert "EU with India 2013 balance value: -5 billion EUR" in found
    assert not any("EU with EU" in d for d in found), found


# --- "from A in one period to B in another": each figure has its own period -------------------
def test_from_a_figure_in_one_year_to_another_in_a_later_year() -> None:
    text = "Yunfu's exports rose from 3 billion yuan in 2015 to 5 billion yuan in 2020."
    found = described(text)
    assert "Yunfu 2015 exports value: 3 billion CNY" in found
    assert "Yunfu 2020 exports value: 5 billion CNY" in found


def test_from_one_half_year_to_another_with_bracketed_conversions() -> None:
    text = (
        "Shaoguan's imports grew from 7 billion yuan ($1.1 billion) in the first half of "
        "2016 to 9 billion yuan ($1.4 billion) in the first half of 2017."
    )
    found = described(text)
    assert "Shaoguan 2016-H1 imports value: 7 billion CNY" in found
    assert "Shaoguan 2016-H1 imports value: 1.1 billion USD" in found
    assert "Shaoguan 2017-H1 imports value: 9 billion CNY" in found
    assert "Shaoguan 2017-H1 imports value: 1.4 billion USD" in found


# --- where an event or a report took place is no reporter -----------------------------------
def test_the_city_a_report_was_released_in_is_not_the_reporter() -> None:
    text = (
        " date 2013-06-20\n"
        "Trade between China and Brazil hit a record in 2012, according to a report released "
        "in Shanghai on Tuesday.\n"
        "Two-way trade reached 85 billion dollars in 2012."
    )
    assert "China with Brazil 2012 total value: 85 billion USD" in described(text)


def test_the_city_and_province_of_a_fair_are_not_the_reporter() -> None:
    text = (
        " date 2018-07-02\n"
        "China and Laos are close partners. Deals worth 5 billion yuan were signed at the "
        "expo held in June in Kunming, capital of southwest China's Yunnan Province.\n"
        "Trade between China and Laos stood at 2 billion dollars in the first five months "
        "this year."
    )
    ex = extract(text)
    assert ex.subject == "China"
    assert "China with Laos 2018-01/2018-05 total value: 2 billion USD" in described(text)


def test_a_port_named_once_in_passing_is_not_the_reporter_of_a_bilateral_story() -> None:
    text = (
        " date 2019-09-15\n"
        "China and Mongolia have deepened their ties in trade.\n"
        "Bilateral trade stood at 4 billion dollars in the first half of this year.\n"
        "Coal trucks entered China via Erenhot land port in August."
    )
    ex = extract(text)
    assert ex.subject == "China"


# --- a bare flow or change after a foreign economy's figure is that economy's ----------------
def test_while_imports_after_a_foreign_countrys_exports_are_its_imports() -> None:
    text = (
        " date 2019-08-01\n"
        "China's trade with Japan grew this year.\n"
        "Japan's exports to China hit 70 billion dollars in the first half, while imports "
        "were 80 billion dollars, up 3 percent and 4 percent, respectively."
    )
    found = described(text)
    assert "Japan with China 2019-H1 exports value: 70 billion USD" in found
    assert "Japan with China 2019-H1 imports value: 80 billion USD" in found
    assert "Japan with China 2019-H1 imports yoy_growth: 4 percent" in found


def test_while_the_export_volume_keeps_the_partner_of_the_clause_before() -> None:
    text = (
        "Jilin's imports from Japan stood at 2 billion dollars in 2010, while the export "
        "volume amounted to 1 billion dollars, up 5 percent year on year."
    )
    found = described(text)
    assert "Jilin with Japan 2010 exports value: 1 billion USD" in found
    assert "Jilin with Japan 2010 exports yoy_growth: 5 percent" in found


# --- the year of a dateline --------------------------------------------------------------------
def test_a_dateline_year_is_not_a_targets_year_and_follows_a_year_reported_whole() -> None:
    text = (
        "Province reports rise in trade\n\n"
        "HARBIN, Aug. 18 (Xinhua) -- Heilongjiang's trade with Mongolia from January to July "
        "totaled 3 billion U.S. dollars, the provincial commerce bureau said.\n"
        "The province's trade with Mongolia reached 4 billion U.S. dollars in 2011.\n"
        "The two sides aim at a trade volume of 10 billion U.S. dollars in 2015."
    )
    found = described(text)
    assert "Heilongjiang with Mongolia 2012-01/2012-07 total value: 3 billion USD" in found


def test_a_dateline_year_ignores_a_planned_year() -> None:
    text = (
        "CHANGSHA, May 9 (Xinhua) -- Hunan's exports in the first four months reached 60 "
        "billion yuan, up 10 percent from a year earlier, the fastest pace since 2016.\n"
        "The province plans to double its exports by 2025."
    )
    assert "Hunan 2016-01/2016-04 exports value: 60 billion CNY" in described(text)


# --- an undated text that compares this year with an earlier one -----------------------------
def test_an_undated_text_is_after_a_year_whose_whole_and_same_months_it_compares() -> None:
    text = (
        "Trade between China and Chile kept growing in the first five months of this year.\n"
        "Bilateral trade totaled 15 billion USD from January to May, up 20 percent over the "
        "same period last year, compared with 18 percent growth for the whole of 2010 and "
        "15 percent in the first five months of 2010."
    )
    found = described(text)
    assert "China with Chile 2011-01/2011-05 total value: 15 billion USD" in found


def test_an_undated_text_with_a_year_listed_after_a_whole_year() -> None:
    text = (
        "Trade between China and the Baltic states grew in the first half of this year.\n"
        "Trade with Estonia, whose free ports opened in 2004 and 2011, totaled 1 "
        "billion USD in the first half, compared with 14 percent growth for the whole of "
        "2012 and 9 percent in the first half of 2012."
    )
    found = described(text)
    assert "China with Estonia 2013-H1 total value: 1 billion USD" in found


# --- a period after "after a ..." / "compared with ..." is the comparison's ------------------
def test_a_rise_after_a_fall_in_an_earlier_year_keeps_the_period_in_force() -> None:
    text = (
        " date 2009-08-30\n"
        "In the first seven months, China's trade with Cyprus reached 1 billion dollars.\n"
        "Bilateral trade with this country skyrocketed 120 percent after a 10 percent "
        "decrease in 2008."
    )
    found = described(text)
    assert "China with Cyprus 2009-01/2009-07 total yoy_growth: 120 percent" in found
    assert "China with Cyprus 2008 total yoy_growth: -10 percent" in found


def test_a_surge_compared_with_growth_in_an_earlier_year_keeps_the_period_in_force() -> None:
    text = (
        " date 2009-08-30\n"
        "Trade between China and Peru reached 5 billion dollars in the first seven months.\n"
        "This is a surge of 40 percent, compared with the 19 percent growth rate in the "
        "whole of 2008."
    )
    found = described(text)
    assert "China with Peru 2009-01/2009-07 total yoy_growth: 40 percent" in found
    assert "China with Peru 2008 total yoy_growth: 19 percent" in found


# --- more verbs of rising and falling ------------------------------------------------------
def test_more_verbs_of_rising_and_falling_give_growth_and_its_sign() -> None:
    text = (
        "In 2015, Huizhou's exports to Chile skyrocketed 90 percent, imports from Peru "
        "plummeted 30 percent, exports to Mexico ballooned 40 percent and imports from "
        "Cuba nosedived 20 percent."
    )
    found = described(text)
    assert "Huizhou with Chile 2015 exports yoy_growth: 90 percent" in found
    assert "Huizhou with Peru 2015 imports yoy_growth: -30 percent" in found
    assert "Huizhou with Mexico 2015 exports yoy_growth: 40 percent" in found
    assert "Huizhou with Cuba 2015 imports yoy_growth: -20 percent" in found


# --- a product group right after an amount is the amount's own --------------------------------
def test_an_amount_worth_of_a_product_group_is_that_groups() -> None:
    text = (
        " date 2006-10-20\n"
        "In the first nine months, Dalian exported US$2.1 billion worth of electronic products "
        "and US$1.4 billion worth of machinery, and imported US$900 million worth of iron ore "
        "and US$300 million worth of crude oil."
    )
    found = described(text)
    assert "Dalian (electronic products) 2006-01/2006-09 exports value: 2.1 billion USD" in found
    assert "Dalian (machinery) 2006-01/2006-09 exports value: 1.4 billion USD" in found
    assert "Dalian (iron ore) 2006-01/2006-09 imports value: 900 million USD" in found
    assert "Dalian (crude oil) 2006-01/2006-09 imports value: 300 million USD" in found


def test_an_amount_of_a_trade_mode_is_that_modes() -> None:
    text = (
        "From January to June 2007, Yantai posted US$8 billion of general trade and "
        "US$6 billion of processing trade."
    )
    found = described(text)
    assert "Yantai (general trade) 2007-H1 total value: 8 billion USD" in found
    assert "Yantai (processing trade) 2007-H1 total value: 6 billion USD" in found


# --- 机电产品 as English news translates it ---------------------------------------------------
def test_electric_and_mechanical_products_are_mechanical_and_electrical_products() -> None:
    text = (
        "In 2008, Weihai's exports of electric and mechanical products rose 12 percent, and "
        "its imports of mechanical and electronic products fell 3 percent."
    )
    found = described(text)
    assert (
        "Weihai (mechanical and electrical products) 2008 exports yoy_growth: 12 percent" in found
    )
    assert (
        "Weihai (mechanical and electrical products) 2008 imports yoy_growth: -3 percent" in found
    )


# --- examples of a product group are not segments of their own --------------------------------
def test_examples_after_a_named_group_are_not_its_segment() -> None:
    text = (
        " date 2018-03-20\n"
        "In the first two months, Putian's exports of labor-intensive products such as "
        "textiles, furniture and toys to the EU stood at 3 billion yuan."
    )
    found = described(text)
    assert (
        "Putian with EU (labour-intensive products) 2018-01/2018-02 exports value: 3 billion CNY"
        in found
    )


def test_examples_with_figures_of_their_own_stay_segments() -> None:
    text = (
        "In 2009, exports of Quanzhou's labor-intensive products, like garments and shoes, "
        "fell, with garments falling 8 percent and shoes down 5 percent."
    )
    found = described(text)
    assert "Quanzhou (shoes) 2009 exports yoy_growth: -5 percent" in found


# --- a partner written after a respectively list is every item's ------------------------------
def test_a_partner_after_respectively_is_each_items() -> None:
    text = (
        "In 2022, Shishi exported garments, shoes and toys worth 30 billion yuan, 20 billion "
        "yuan and 10 billion yuan, respectively, to countries involved in the BRI."
    )
    found = described(text)
    assert "Shishi with BRI countries (garments) 2022 exports value: 30 billion CNY" in found
    assert "Shishi with BRI countries (toys) 2022 exports value: 10 billion CNY" in found


def test_a_partner_after_respectively_with_a_named_country() -> None:
    text = (
        "In 2021, Jinjiang exported shoes and garments worth 8 billion yuan and 5 billion "
        "yuan respectively to the United States."
    )
    found = described(text)
    assert "Jinjiang with United States (shoes) 2021 exports value: 8 billion CNY" in found
    assert "Jinjiang with United States (garments) 2021 exports value: 5 billion CNY" in found


# --- the sector / the number: the segment of the sentence before -----------------------------
def test_the_sectors_trade_refers_back_to_the_product_group() -> None:
    text = (
        " date 2009-01-20\n"
        "Hefei's trade in high-tech products grew fast in 2008.\n"
        "The sector's exports were 3 billion U.S. dollars, up 20 percent."
    )
    found = described(text)
    assert "Hefei (high-tech products) 2008 exports value: 3 billion USD" in found


def test_the_number_accounted_for_refers_back_to_the_figure_before() -> None:
    text = (
        "In 2019, the imports and exports of Wuxi's private firms rose 10 per cent to 200 "
        "billion yuan. The number accounted for 40 per cent of the city's total."
    )
    found = described(text)
    assert "Wuxi (private enterprises) 2019 total share: 40 percent" in found


def test_their_imports_after_a_groups_exports_are_the_groups() -> None:
    text = (
        "In 2019, Jiangmen's private firms' exports rose by 9 per cent to 50 billion yuan, "
        "while their imports expanded by 4 per cent to 20 billion yuan."
    )
    found = described(text)
    assert "Jiangmen (private enterprises) 2019 imports value: 20 billion CNY" in found
    assert "Jiangmen (private enterprises) 2019 imports yoy_growth: 4 percent" in found


# --- kinds of enterprise in old statistics and abbreviations ----------------------------------
def test_private_and_collectively_owned_companies_are_one_kind() -> None:
    text = (
        "In 2011, foreign trade at Zhuhai's private and collectively-owned companies totaled "
        "9 billion U.S. dollars."
    )
    assert (
        "Zhuhai (private and collectively-owned enterprises) 2011 total value: 9 billion USD"
        in described(text)
    )


def test_soes_after_the_kind_spelt_out_are_state_owned_enterprises() -> None:
    text = (
        "State-owned enterprises (SOEs) lost ground in Lanzhou.\n"
        "In 2012, trade for SOEs dropped 2 percent, and FIEs saw trade rise 3 percent."
    )
    found = described(text)
    assert "Lanzhou (state-owned enterprises) 2012 total yoy_growth: -2 percent" in found
    assert "Lanzhou (foreign-invested enterprises) 2012 total yoy_growth: 3 percent" in found


def test_the_total_figure_included_breaks_the_figure_before_down() -> None:
    text = (
        "In 2010, trade at Nanning's private firms totaled 5 billion dollars. The total figure "
        "included 3 billion dollars in exports and 2 billion dollars in imports."
    )
    found = described(text)
    assert "Nanning (private enterprises) 2010 exports value: 3 billion USD" in found
    assert "Nanning (private enterprises) 2010 imports value: 2 billion USD" in found


# --- a running total up to the end of a month -----------------------------------------------
def test_as_of_the_end_of_a_month_is_the_year_to_date() -> None:
    text = (
        " date 2025-08-08\n"
        "Foshan's exports reached 300 billion yuan as of the end of July, customs data showed."
    )
    assert "Foshan 2025-01/2025-07 exports value: 300 billion CNY" in described(text)


def test_up_to_the_end_of_a_month_is_the_year_to_date() -> None:
    text = (
        " date 2018-09-03\n"
        "Trade between Ningbo and the EU up to the end of July reached 80 billion yuan."
    )
    assert "Ningbo with EU 2018-01/2018-07 total value: 80 billion CNY" in described(text)


# --- the nation's own figure set against the reporter's -----------------------------------------
def test_the_national_level_of_a_rate_is_chinas() -> None:
    text = (
        " date 2019-07-25\n"
        "Guizhou's trade grew 12 percent in the first half, well above the national overall "
        "level of 3.9 percent in the same period."
    )
    found = described(text)
    assert "China 2019-H1 total yoy_growth: 3.9 percent" in found
    assert "Guizhou 2019-H1 total yoy_growth: 12 percent" in found


def test_a_national_decline_compared_with_is_chinas() -> None:
    text = (
        " date 2020-07-20\n"
        "Hainan reports a 2 percent decline in trade in the first six months compared with "
        "a national decline of 3.2 percent."
    )
    assert "China 2020-H1 total yoy_growth: -3.2 percent" in described(text)


def test_a_percent_higher_than_the_national_average_is_a_gap() -> None:
    text = (
        " date 2017-11-21\n"
        "In October, Jiangxi's exports rose by 8 percent, 2 percent higher than the national "
        "average, and imports grew by 30 percent, 15 percent higher than the national average."
    )
    found = described(text)
    assert "Jiangxi 2017-10 exports growth_gap vs China: 2 percentage_point" in found
    assert "Jiangxi 2017-10 imports growth_gap vs China: 15 percentage_point" in found


# --- a paragraph on the whole year after a lead on its last quarter ----------------------------
def test_a_paragraph_opening_with_the_whole_years_figures_moves_on_to_that_year() -> None:
    text = (
        " date 2017-01-13\n"
        "China's trade returned to growth in the fourth quarter of last year, rising 3 "
        "percent.\n\n"
        "The country's exports dropped 2 percent to 13 trillion yuan in 2016.\n\n"
        "The total import and export value decreased 1 percent to 24 trillion yuan."
    )
    found = described(text)
    assert "China 2016 total value: 24 trillion CNY" in found
    assert "China 2016-Q4 total yoy_growth: 3 percent" in found


# --- the reporter's whole trade after a bilateral story --------------------------------------
def test_chinas_total_imports_and_exports_are_with_the_world() -> None:
    text = (
        " date 2021-07-13\n"
        "Bilateral trade between China and Brazil grew fast in the first half of this year.\n"
        "China-Brazil trade jumped 30 percent to 400 billion yuan in the first half.\n"
        "China's total imports and exports expanded 27 percent to 18 trillion yuan in the "
        "first half of 2021."
    )
    found = described(text)
    assert "China 2021-H1 total value: 18 trillion CNY" in found


def test_a_currency_after_exports_of_is_no_product() -> None:
    text = (
        " date 2025-08-08\n"
        "Private enterprises in Hubei registered combined imports and exports of RMB 300 "
        "billion in the first seven months of the year."
    )
    found = described(text)
    assert "Hubei (private enterprises) 2025-01/2025-07 total value: 300 billion CNY" in found
    assert not any("rmb" in d.lower() for d in found), found


# --- a list of partners referred back to ------------------------------------------------------
def test_their_trade_after_a_list_of_partners_is_with_the_list() -> None:
    text = (
        " date 2005-10-18\n"
        "Japan, Germany and Australia were the city's major trade partners in the first nine "
        "months of this year. Their trade volume with Qingdao totaled US$10 billion."
    )
    found = described(text)
    assert (
        "Qingdao with Japan, Germany and Australia 2005-01/2005-09 total value: 10 billion USD"
        in found
    )


def test_these_four_countries_and_regions_are_the_list_before() -> None:
    text = (
        " date 2022-08-20\n"
        "Yancheng saw its trade with ASEAN, the EU, the United States, and Japan increase 9 "
        "percent, 8 percent, 7 percent, and 6 percent respectively from January to July. Its "
        "trade with these four countries and regions accounted for 45 percent of the total."
    )
    found = described(text)
    assert (
        "Yancheng with ASEAN, EU, United States and Japan 2022-01/2022-07 total share: "
        "45 percent" in found
    )


# --- a list of shares, a volume's growth, the currency of a from/to pair ----------------------
def test_a_second_share_after_and_is_a_share_too() -> None:
    text = (
        "In 2012, Japan was Fuzhou's top partner, accounting for 9 percent of Fuzhou's exports "
        "and 16 percent of its imports."
    )
    found = described(text)
    assert "Fuzhou with Japan 2012 exports share: 9 percent" in found
    assert "Fuzhou with Japan 2012 imports share: 16 percent" in found


def test_growth_to_a_number_of_tonnes_is_of_a_volume() -> None:
    text = (
        "In 2016, Ningde's iron ore imports rose 13 percent to 38 million tonnes, while its "
        "exports rose 5 percent to 20 billion yuan."
    )
    ex = extract(text)
    found = {f.describe() for f in ex.facts}
    assert not any(": 13 percent" in d for d in found), found
    assert "Ningde 2016 exports yoy_growth: 5 percent" in found
    assert any(s.reason.startswith("growth of a quantity") for s in ex.skipped)


def test_the_end_of_a_from_to_pair_takes_the_currency_of_its_start() -> None:
    text = "Rizhao's exports rose from 26 billion euro in 2000 to 136 billion in 2011."
    found = described(text)
    assert "Rizhao 2011 exports value: 136 billion EUR" in found


def test_the_end_of_a_from_to_pair_after_a_bracketed_conversion() -> None:
    text = (
        "Weifang's imports grew from 20 billion yuan ($3 billion) in 2010 to 50 billion "
        "($7.5 billion) in 2015."
    )
    found = described(text)
    assert "Weifang 2015 imports value: 50 billion CNY" in found
    assert "Weifang 2015 imports value: 7.5 billion USD" in found


# --- a rate of its own before a gap; the group a share is of; "this trade activity" -----------
def test_a_year_on_year_increase_before_a_gap_is_growth() -> None:
    text = (
        " date 2012-07-05\n"
        "Trade between China and Chile reached 30 billion dollars in 2011, a year-on-year "
        "increase of 25 percent, and 3 percent higher than China's overall growth rate."
    )
    found = described(text)
    assert "China with Chile 2011 total yoy_growth: 25 percent" in found
    assert "China with Chile 2011 total growth_gap vs China: 3 percentage_point" in found


def test_figures_that_are_a_share_of_a_groups_trade_are_that_groups() -> None:
    text = (
        " date 2025-08-08\n"
        "Trade between Hunan and BRI countries amounted to 50 billion yuan in the first seven "
        "months, up 9% year-on-year and accounting for 60% of private-sector trade."
    )
    found = described(text)
    assert (
        "Hunan with BRI countries (private enterprises) 2025-01/2025-07 total value: "
        "50 billion CNY" in found
    )
    assert (
        "Hunan with BRI countries (private enterprises) 2025-01/2025-07 total share: "
        "60 percent" in found
    )


def test_this_trade_activity_refers_back_to_the_group() -> None:
    text = (
        " date 2025-08-08\n"
        "Private enterprises in Anhui registered imports and exports of 200 billion yuan in "
        "the first seven months.\nThis trade activity represents 60% of the province's total."
    )
    assert "Anhui (private enterprises) 2025-01/2025-07 total share: 60 percent" in described(text)


# --- "Its trade with [the reporter]": the country the sentence before named ------------------
def test_its_trade_with_the_reporter_is_the_country_named_before() -> None:
    text = (
        " date 2008-08-30\n"
        "China's trade with Europe grew in the first seven months.\n"
        "France remains China's third largest trading partner in Europe. Its trade with China "
        "was reported at 20 billion USD in the first seven months of the year, ahead of the "
        "fourth largest partner, Italy."
    )
    assert "China with France 2008-01/2008-07 total value: 20 billion USD" in described(text)


def test_its_trade_with_the_reporter_after_several_countries_is_not_guessed() -> None:
    text = (
        " date 2008-08-30\n"
        "France and Spain are big partners of Shenzhen. Its trade with Shenzhen reached "
        "9 billion USD in the first seven months."
    )
    found = described(text)
    assert not any(" with France " in d or " with Spain " in d for d in found), found
