"""A text whose head makes China a side of a hyphen pair, and that names no other reporter.

Every text here is invented (places and figures made up); none is copied from an article.
"""

from __future__ import annotations

from extract_helpers import described


def test_a_china_hyphen_pair_with_no_other_reporter_is_chinas_trade() -> None:
    text = (
        " date 2031-01-20\nTrade news\n\nChina-Chile trade rose 7.5 percent in 2030 to $71 billion."
    )
    found = described(text)
    assert "China with Chile 2030 total yoy_growth: 7.5 percent" in found, found
    assert "China with Chile 2030 total value: 71 billion USD" in found, found


def test_the_partner_named_first_in_the_pair_is_still_the_partner() -> None:
    text = " date 2031-01-20\nPeru-China trade grows\n\nPeru-China trade grew 4.2 percent in 2030."
    assert "China with Peru 2030 total yoy_growth: 4.2 percent" in described(text)


def test_a_foreign_dateline_keeps_its_country_as_reporter() -> None:
    # near miss: the partner's own capital and ministry report the pair's trade
    text = (
        " date 2031-06-02\n"
        "Trade news\n\n"
        "SEOUL, June 2 -- Korea-China trade fell 5 percent in May, the trade ministry said."
    )
    found = described(text)
    assert "South Korea with China 2031-05 total yoy_growth: -5 percent" in found, found
    assert not [f for f in found if f.startswith("China ")], found


def test_a_pair_in_the_body_only_names_no_reporter() -> None:
    # near miss: the head says nothing of China; a pair deep in the body is no reporter
    text = (
        " date 2031-06-02\n"
        "Markets close higher\n\n"
        "Stocks rose on Tuesday as investors weighed company results. Analysts said shares "
        "of exporters gained most. " * 12 + "Separately, China-Chile trade rose 3 percent in May."
    )
    assert not [f for f in described(text) if "Chile" in f]


def test_a_partner_written_in_capitals_before_china_in_the_pair() -> None:
    text = " date 2031-01-20\nTrade news\n\nUS-China trade fell 6.5 percent in 2030."
    assert "China with United States 2030 total yoy_growth: -6.5 percent" in described(text)
    text = " date 2031-01-20\nTrade news\n\nEU-China trade reached 701 billion euros in 2030."
    assert "China with EU 2030 total value: 701 billion EUR" in described(text)
