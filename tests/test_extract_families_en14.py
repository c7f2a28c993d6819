"""Whole-article families met on a fifteenth set of development articles (round 14).

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
