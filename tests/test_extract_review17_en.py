"""Misfires a reviewer found in round 17's English rules, each with the reading it must give.

Every text here is invented (places and figures made up); none is copied from an article.
"""

from __future__ import annotations

from extract_helpers import described


def _with(found: set[str], *parts: str) -> list[str]:
    """The descriptions holding every part (to assert what must not be given)."""
    return [f for f in found if all(p in f for p in parts)]


# --- 3. "up from 1.5% in January-April": a month opening a range is no earlier month --------
def test_a_month_opening_a_range_is_not_the_earlier_month_of_the_figure() -> None:
    text = (
        " date 2024-06-07\n"
        "China's exports grow in May\n\n"
        "China's exports in the first five months rose 2.7% year on year, up from 1.5% in "
        "January-April, customs data showed. The trade surplus in the first five months "
        "widened to $340 billion from $250 billion in January-April."
    )
    found = described(text)
    assert not _with(found, "2024-02"), found
    assert not _with(found, "2024-01 exports yoy_growth: 2.7"), found


def test_a_range_ending_a_sentence_after_from_is_not_the_earlier_month() -> None:
    text = (
        " date 2024-12-07\n"
        "China's trade in eleven months\n\n"
        "China's exports in the first eleven months of 2024 rose 5.4% to $3.2 trillion "
        "from $3.0 trillion in January-November 2023."
    )
    found = described(text)
    assert not _with(found, "2024-02"), found


def test_a_years_figure_before_a_months_growth_keeps_its_year() -> None:
    text = (
        " date 2025-01-13\n"
        "China's exports hit a record in 2024\n\n"
        "China's exports in 2024 rose 5.9% to $3.58 trillion, after growing 6.7% in "
        "November, customs data showed."
    )
    found = described(text)
    assert not _with(found, "2024-12", "3.58"), found
    assert "China 2024 exports value: 3.58 trillion USD" in found, found


# --- 4. "African swine fever": an adjective of the continent is no partner -----------------
def test_african_swine_fever_is_no_partner() -> None:
    text = (
        " date 2020-01-20\n"
        "China's meat imports soar\n\n"
        "Amid the spread of African swine fever, China's meat imports jumped 62% to "
        "$12 billion in 2019."
    )
    found = described(text)
    assert not _with(found, "Africa"), found
    assert any("12 billion USD" in f and "imports" in f for f in found), found


def test_the_african_development_bank_is_no_partner() -> None:
    text = (
        " date 2020-01-20\n"
        "China's trade grows\n\n"
        "China's economy grew 6 percent, the African Development Bank said, and imports "
        "grew 3% in 2019."
    )
    found = described(text)
    assert not _with(found, "Africa"), found


# --- 6. "defied expectations of a slowdown and grew 8.6%": not a forecast -------------------
def test_a_figure_after_defying_expectations_of_a_slowdown_is_read() -> None:
    text = (
        " date 2024-07-12\n"
        "China's exports beat forecasts\n\n"
        "China's exports defied expectations of a slowdown and grew 8.6% in June from a "
        "year earlier, customs data showed."
    )
    found = described(text)
    assert "China 2024-06 exports yoy_growth: 8.6 percent" in found, found


def test_a_figure_that_is_the_expectation_is_still_skipped() -> None:
    text = (
        " date 2024-07-12\n"
        "China's exports beat forecasts\n\n"
        "China's exports rose 8.6% in June from a year earlier, beating expectations of "
        "a 3% rise, customs data showed."
    )
    found = described(text)
    assert "China 2024-06 exports yoy_growth: 8.6 percent" in found, found
    assert not _with(found, ": 3 percent"), found


# --- 7. "ranking first nationwide": not the place's trade with the world --------------------
def test_ranking_first_nationwide_keeps_the_partner() -> None:
    text = (
        " date 2024-01-20\n"
        "Guangxi's trade with ASEAN grows\n\n"
        "Guangxi's trade with ASEAN reached 300 billion yuan in 2023, ranking first "
        "nationwide with growth of 10 percent."
    )
    found = described(text)
    assert not _with(found, "Guangxi 2023 total yoy_growth"), found


# --- 8. "It accounted for": the segment only when the sentence before was its figures -------
def test_it_accounted_after_a_partner_sentence_naming_a_product_is_the_partner() -> None:
    text = (
        " date 2024-01-20\n"
        "China's trade with ASEAN grows\n\n"
        "China's trade with ASEAN rose 5 percent to 6.4 trillion yuan in 2023, with "
        "mechanical and electrical products leading the growth. It accounted for 15.4 "
        "percent of China's total foreign trade."
    )
    found = described(text)
    assert not _with(found, "mechanical"), found
    assert "China with ASEAN 2023 total share: 15.4 percent" in found, found


# --- 9. "sent aid worth $2 billion": no exports --------------------------------------------
def test_aid_sent_worth_an_amount_is_no_export() -> None:
    text = (
        " date 2024-09-05\n"
        "China and Africa\n\n"
        "China's trade with Africa rose 5% in 2023. China has also sent aid worth $2 "
        "billion to the continent over the past decade."
    )
    found = described(text)
    assert not _with(found, "2 billion"), found


# --- 11. the lead's country outside any trade phrase is not the bilateral partner -----------
def test_a_lead_country_outside_a_trade_phrase_is_not_the_pair_of_the_headline() -> None:
    text = (
        " date 2024-07-20\n"
        "China-Brazil trade booms\n\n"
        "China's soybean buyers are turning away from the United States amid the tariff "
        "fight.\n\n"
        "Bilateral trade rose 10% to $80 billion in the first half."
    )
    found = described(text)
    assert not _with(found, "United States"), found


# --- minor: "surpassing $285 billion a year earlier" is the year before's ------------------
def test_surpassing_an_amount_a_year_earlier_is_no_qualifier() -> None:
    text = (
        " date 2024-07-12\n"
        "China's exports rise\n\n"
        "China's exports rose to $307 billion in June, surpassing $285 billion a year "
        "earlier, customs data showed."
    )
    found = described(text)
    assert not _with(found, "2024-06", "285"), found
    assert "China 2023-06 exports value: 285 billion USD" in found, found
    assert "China 2024-06 exports value: 307 billion USD" in found, found
