"""Families met on round 14's development articles, English: a partner's own statistics.

Reports in which a foreign economy gives its own trade figures, China among its partners
(its statistics office, its customs, its currency). Every text here is invented for its
family (places and figures made up); none is copied from an article.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


# --- the reporter written as the trader in the lead, China named first as a place ----------
def test_a_country_whose_trade_balance_the_lead_names_is_the_reporter() -> None:
    text = (
        " date 2019-05-20\n"
        "Stronger demand for copper in China helped widen a Peruvian trade surplus in April, "
        "the statistics institute said on Monday.\n"
        "Exports rose 6.2 percent year on year in April to 4.1 billion U.S. dollars."
    )
    result = extract(text)
    assert result.subject == "Peru", result.subject
    found = {f.describe() for f in result.facts}
    assert "Peru 2019-04 exports yoy_growth: 6.2 percent" in found, found
    assert "Peru 2019-04 exports value: 4.1 billion USD" in found, found


def test_a_share_of_a_countrys_exports_makes_that_country_the_reporter() -> None:
    text = (
        " date 2023-03-08\n"
        "China's share of Argentine exports rose last year, while purchases from the Asian "
        "country weighed more on the trade balance.\n"
        "Argentina exported 9.2 billion U.S. dollars of goods to China in 2022, up 11 percent."
    )
    result = extract(text)
    assert result.subject == "Argentina", result.subject
    found = {f.describe() for f in result.facts}
    assert "Argentina with China 2022 exports value: 9.2 billion USD" in found, found


def test_a_headline_verb_after_the_country_makes_it_the_reporter() -> None:
    text = (
        " date 2021-02-15\n"
        "Peru Posts Rise in Exports to China in January\n\n"
        "Officials said in Lima on Monday that exports to China grew 14 percent in January "
        "from a year earlier."
    )
    result = extract(text)
    assert result.subject == "Peru", result.subject
    found = {f.describe() for f in result.facts}
    assert "Peru with China 2021-01 exports yoy_growth: 14 percent" in found, found


# --- the reporter's own statistics body as the source, just after the lead -----------------
def test_the_statistics_bureau_quoted_after_the_lead_names_the_reporter() -> None:
    text = (
        " date 2021-08-02\n"
        "Close the China gap\n\n"
        "The trade gap between Uganda and China kept widening in the first half of the year.\n\n"
        "Figures from the Uganda Bureau of Statistics show that imports from China grew by "
        "18 percent in the first half of 2021."
    )
    result = extract(text)
    assert result.subject == "Uganda", result.subject
    found = {f.describe() for f in result.facts}
    assert "Uganda with China 2021-H1 imports yoy_growth: 18 percent" in found, found


def test_statistics_before_the_country_names_the_reporter() -> None:
    text = (
        " date 2016-03-22\n"
        "Demand for timber in China lifted goods exports last month, figures from Statistics "
        "Canada showed on Tuesday.\n"
        "Exports rose 3.4 percent year on year in February."
    )
    assert extract(text).subject == "Canada"


# --- China stays the reporter where its own words or bodies are in the head ----------------
def test_chinas_customs_in_the_lead_keeps_china_the_reporter() -> None:
    text = (
        " date 2020-01-16\n"
        "Trade between China and Peru rose 8 percent in 2019, the General Administration of "
        "Customs said, as Peruvian exports of copper grew."
    )
    assert extract(text).subject == "China"


# --- the partner's currency in its plural ------------------------------------------------
def test_ringgits_in_the_plural_are_malaysian_ringgit() -> None:
    text = (
        " date 2021-06-20\n"
        "KUALA LUMPUR, June 20 -- Malaysia's exports rose 12 percent year on year in May to "
        "88.6 billion ringgits, official data showed."
    )
    found = described(text)
    assert "Malaysia 2021-05 exports value: 88.6 billion MYR" in found, found


# --- the reporter named again as the trader: its trade with the world ----------------------
def test_the_reporters_total_trade_after_a_partner_is_with_the_world() -> None:
    text = (
        " date 2022-08-15\n"
        "Chile's exports rose 4.1 percent in July from a year ago, official data showed.\n"
        "Chile's imports from China grew 7.5 percent to 2.2 billion U.S. dollars in July.\n"
        "In the first seven months, Chile's total trade increased by 9.3 percent to 105.4 "
        "billion U.S. dollars."
    )
    found = described(text)
    assert "Chile with China 2022-07 imports value: 2.2 billion USD" in found, found
    assert "Chile 2022-01/2022-07 total value: 105.4 billion USD" in found, found
    assert "Chile 2022-01/2022-07 total yoy_growth: 9.3 percent" in found, found


def test_exports_from_the_reporter_after_a_lead_on_one_partner_are_with_the_world() -> None:
    text = (
        " date 2018-06-19\n"
        "Peru's exports climbed in May as shipments to China jumped 15%, official figures "
        "showed.\n\n"
        "Exports from Peru, a leading copper producer, rose 6.8% from a year earlier to "
        "4.2 billion U.S. dollars."
    )
    found = described(text)
    assert "Peru 2018-05 exports yoy_growth: 6.8 percent" in found, found
    assert "Peru 2018-05 exports value: 4.2 billion USD" in found, found


def test_goods_imported_into_the_reporter_are_its_imports_from_the_world() -> None:
    text = (
        " date 2017-04-20\n"
        "Canada's exports to China rose 11 percent in March, Statistics Canada said.\n"
        "The value of goods imported into Canada was 46.3 billion Canadian dollars in March, "
        "up 3 percent year on year."
    )
    found = described(text)
    assert "Canada 2017-03 imports value: 46.3 billion CAD" in found, found
    assert "Canada 2017-03 imports yoy_growth: 3 percent" in found, found


def test_the_reporters_trade_balance_after_balances_with_partners_is_with_the_world() -> None:
    text = (
        " date 2019-07-16\n"
        "Thailand posted trade surpluses with several partners in June, including 1.2 billion "
        "U.S. dollars with Japan and 640 million U.S. dollars with Vietnam.\n"
        "Thailand's trade balance from January to June showed a surplus of 4.7 billion U.S. "
        "dollars, the commerce ministry said."
    )
    found = described(text)
    assert "Thailand 2019-H1 balance value: 4.7 billion USD" in found, found


# --- "last month" in a lead with no figure dates the figures after it ---------------------
def test_last_month_in_a_lead_without_figures_dates_the_figures_after_it() -> None:
    text = (
        " date 2019-03-02\n"
        "Taiwan's exports last month fell more than analysts expected as orders from China "
        "slowed.\n"
        "The value of shipments abroad dropped 8.8 percent from a year earlier.\n"
        "Imports rose 1.7 percent."
    )
    found = described(text)
    assert "Taiwan 2019-02 exports yoy_growth: -8.8 percent" in found, found
    assert "Taiwan 2019-02 imports yoy_growth: 1.7 percent" in found, found


# --- a bare "$" in a text on a reporter whose own currency is a dollar ---------------------
def test_a_bare_dollar_sign_in_an_australian_report_is_the_australian_dollar() -> None:
    text = (
        " date 2022-03-03\n"
        "Australia recorded exports of $48.2 billion in January, figures released by the "
        "Australian Bureau of Statistics show, with imports of US$30 billion."
    )
    found = described(text)
    assert "Australia 2022-01 exports value: 48.2 billion AUD" in found, found
    assert "Australia 2022-01 imports value: 30 billion USD" in found, found


def test_a_bare_dollar_sign_beside_an_explicit_australian_dollar_is_the_us_dollar() -> None:
    text = (
        " date 2022-03-03\n"
        "Australia recorded exports of A$48.2 billion in January, official data showed, as "
        "shipments to China rose to $11 billion."
    )
    found = described(text)
    assert "Australia 2022-01 exports value: 48.2 billion AUD" in found, found
    assert "Australia with China 2022-01 exports value: 11 billion USD" in found, found


# --- an amount right after a change verb is the change, and the rate after "or" its growth ---
def test_an_amount_right_after_rose_is_a_change_and_its_rate_is_growth() -> None:
    text = (
        " date 2016-08-25\n"
        "Canada's total goods exports rose 310 million Canadian dollars (238.5 million U.S. "
        "dollars), or 2.4 percent, year on year in July, Statistics Canada said."
    )
    result = extract(text)
    found = {f.describe() for f in result.facts}
    assert "Canada 2016-07 exports yoy_growth: 2.4 percent" in found, found
    assert not any("million" in line for line in found), found
    skipped = {s.text: s.reason for s in result.skipped}
    assert any("change in value" in r for r in skipped.values()), skipped


def test_was_up_an_amount_or_a_rate_is_a_change_and_growth() -> None:
    text = (
        " date 2023-05-04\n"
        "Australia recorded a surplus in March, figures from the Australian Bureau of "
        "Statistics show.\n"
        "Coal exports, which were up $1.3 billion or 14 per cent in March, led the rise, while "
        "total imports were down $900 million or 3 per cent."
    )
    found = described(text)
    assert "Australia (coal) 2023-03 exports yoy_growth: 14 percent" in found, found
    assert "Australia 2023-03 imports yoy_growth: -3 percent" in found, found
    assert not any("billion" in line or "million" in line for line in found), found


def test_an_amount_before_increase_is_the_change() -> None:
    text = (
        " date 2023-05-04\n"
        "Australia recorded a surplus in March, the statistics bureau said.\n"
        "The $3.1 billion increase in total exports for the month was driven by coal."
    )
    assert not any("3.1 billion" in line for line in described(text))


# --- the reporter's own bare currency letters: "N" for naira, "Sh" for Kenyan shillings ----
def test_a_bare_n_in_a_nigerian_report_is_the_naira() -> None:
    text = (
        " date 2021-09-14\n"
        "Nigeria's exports to India in the second quarter of 2021 were valued at N402.5 "
        "billion, the National Bureau of Statistics said."
    )
    found = described(text)
    assert "Nigeria with India 2021-Q2 exports value: 402.5 billion NGN" in found, found


def test_a_bare_sh_in_a_kenyan_report_is_the_kenyan_shilling() -> None:
    text = (
        " date 2023-02-10\n"
        "Kenya's imports from India rose to Sh318.4 billion in 2022, data from the Kenya "
        "National Bureau of Statistics show."
    )
    found = described(text)
    assert "Kenya with India 2022 imports value: 318.4 billion KES" in found, found


# --- a superlative before a flow word is no product: "its biggest export market" ----------
def test_a_superlative_before_export_is_no_segment() -> None:
    text = (
        " date 2016-02-20\n"
        "New Zealand's exports rose 2 percent in January, Statistics New Zealand said.\n"
        "Exports to Japan, New Zealand's third-largest export market, rose 9 percent, and "
        "India's largest export item was wool."
    )
    found = described(text)
    assert "New Zealand with Japan 2016-01 exports yoy_growth: 9 percent" in found, found


# --- "the year to March" with no year: the twelve months to the last such month -----------
def test_the_year_to_a_month_without_a_year_ends_before_publication() -> None:
    text = (
        " date 2023-08-09\n"
        "Uganda's trade deficit with India widened to 2.1 billion U.S. dollars in the year to "
        "June, data from the Uganda Bureau of Statistics show."
    )
    found = described(text)
    assert "Uganda with India 2022-07/2023-06 balance value: -2.1 billion USD" in found, found


# --- products named as the cause are not the figure's segment: "mainly due to ..." --------
def test_products_after_due_to_are_a_cause_not_the_segment() -> None:
    text = (
        " date 2021-03-19\n"
        "Thailand's exports to Japan increased by 6.1 percent in February mainly due to higher "
        "exports of rubber products and canned tuna, the commerce ministry said."
    )
    found = described(text)
    assert "Thailand with Japan 2021-02 exports yoy_growth: 6.1 percent" in found, found


# --- "the total balance of trade" after a partner's figures is with the world -------------
def test_the_total_balance_of_trade_after_a_partner_is_with_the_world() -> None:
    text = (
        " date 2021-12-16\n"
        "Chile's exports to Japan rose 8 percent to 6.4 billion U.S. dollars from January to "
        "November, the central bank said.\n"
        "The total balance of trade until November was 11.2 billion U.S. dollars."
    )
    found = described(text)
    assert "Chile 2021-01/2021-11 balance value: 11.2 billion USD" in found, found


# --- "surpluses" / "deficits" in the plural are balance words ------------------------------
def test_plural_surpluses_with_partners_are_balances() -> None:
    text = (
        " date 2022-06-15\n"
        "The Philippines posted trade surpluses with several partners in May, including "
        "$820 million with Japan and $410.5 million with Singapore, the statistics office said."
    )
    found = described(text)
    assert "Philippines with Japan 2022-05 balance value: 820 million USD" in found, found
    assert "Philippines with Singapore 2022-05 balance value: 410.5 million USD" in found, found


# --- an undated text: a year it compares with is not its year ------------------------------
def test_a_year_compared_with_is_not_the_year_of_an_undated_text() -> None:
    text = (
        "Peru's surplus with China this year is nearly double that of 2020, new data show.\n"
        "Peru exported 21.3 billion U.S. dollars in goods to China between January and "
        "October, up 31 percent. Copper shipments rose sharply in 2021."
    )
    result = extract(text)
    found = {f.describe() for f in result.facts}
    assert "Peru with China 2021-01/2021-10 exports value: 21.3 billion USD" in found, found


# --- "a $X trade surplus": the balance, not all trade ---------------------------------------
def test_an_amount_before_trade_surplus_is_the_balance() -> None:
    text = (
        " date 2022-03-03\n"
        "Canada recorded a $2.6 billion goods trade surplus in January, Statistics Canada said."
    )
    found = described(text)
    assert "Canada 2022-01 balance value: 2.6 billion CAD" in found, found


# --- "compared to July" for an August figure: month on month ------------------------------
def test_growth_compared_to_the_month_before_is_month_on_month() -> None:
    text = (
        " date 2024-10-12\n"
        "Thai customs data released on Friday showed exports to Japan fell in September.\n"
        "Imports from Japan decreased by 4% in September compared to August."
    )
    found = described(text)
    assert "Thailand with Japan 2024-09 imports mom_growth: -4 percent" in found, found


# --- a partner's share written as where the reporter's flow went ---------------------------
def test_a_percentage_of_the_reporters_exports_that_went_to_a_partner_is_its_share() -> None:
    text = (
        " date 2023-07-20\n"
        "Chile's exports grew in the first half, central bank data show.\n"
        "From January to June, 39.4% of Chilean exports went to China, while 14.2% of Chile's "
        "imports came from the United States."
    )
    found = described(text)
    assert "Chile with China 2023-H1 exports share: 39.4 percent" in found, found
    assert "Chile with United States 2023-H1 imports share: 14.2 percent" in found, found
