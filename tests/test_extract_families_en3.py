"""English phrasing families met on a fifth set of held-back articles (issue 9, round five).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from tradestat.extraction import extract


def described(text: str) -> set[str]:
    """The facts of a text, each as its one-line description."""
    return {f.describe() for f in extract(text).facts}


# --- the reporter: places that name no reporter ----------------------------------------------
def test_a_capital_standing_for_its_government_is_not_the_reporter() -> None:
    text = (
        "Trade between China and Chile grew in the first half of 2016, customs data showed.\n"
        "Chinese exports to Chile rose 8.2 percent to $6.1 billion.\n"
        "Beijing expects trade between the two countries to keep growing, an official said."
    )
    got = described(text)
    assert "China with Chile 2016-H1 exports value: 6.1 billion USD" in got
    assert not any(line.startswith("Beijing") for line in got)


def test_a_dateline_in_title_case_is_not_the_reporter() -> None:
    text = (
        " date 2016-05-09\nChile-China trade up 4 pc\n\n"
        "Beijing, May 9 : Trade between Chile and China rose 4 percent year-on-year to "
        "$9.2 billion in January-April 2016, the General Administration of Customs said."
    )
    got = described(text)
    assert "China with Chile 2016-01/2016-04 total value: 9.2 billion USD" in got
    assert not any(line.startswith("Beijing") for line in got)


def test_the_city_of_the_capital_still_reports_its_own_trade() -> None:
    text = (
        " date 2016-05-09\nBeijing trade\n\n"
        "Beijing's exports rose 3 percent to 40 billion yuan in the first four months of 2016."
    )
    assert "Beijing 2016-01/2016-04 exports value: 40 billion CNY" in described(text)


def test_a_currency_naming_a_country_is_not_the_reporter() -> None:
    text = (
        "Ningbo Customs reports higher trade\n"
        "In 2016, Ningbo Customs handled imports and exports worth 1.2 trillion yuan "
        "(US$180 billion), up 5 percent from the previous year."
    )
    got = described(text)
    assert "Zhejiang 2016 total value: 1.2 trillion CNY" in got
    assert not any(line.startswith("United States") for line in got)
