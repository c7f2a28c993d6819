"""English phrasing families met on an eleventh set of held-back articles (issue 9, round 11).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- a headline that makes a foreign economy the owner of its trade with China ----------
def test_a_bloc_that_owns_the_headlines_trade_is_the_reporter() -> None:
    text = (
        " date 2015-03-02\n"
        "EU exports to China down by 4% in 2014\n\n"
        "EU28 exports to China fell by 4% in 2014 to 160 billion euro, Eurostat said. "
        "Next week a trade delegation travels to Shanghai and to Beijing for talks."
    )
    found = described(text)
    assert "EU with China 2014 exports yoy_growth: -4 percent" in found, found
    assert "EU with China 2014 exports value: 160 billion EUR" in found, found
    assert not any(d.startswith(("China", "Beijing", "Shanghai")) for d in found), found


def test_a_countrys_own_imports_from_china_in_the_headline() -> None:
    text = (
        " date 2019-04-10\n"
        "Kazakhstan's imports from China rise 12% in first quarter\n\n"
        "Kazakhstan's imports from China, most of them trucked in through Xinjiang, rose "
        "by 12% to $1.9 billion in the first quarter of 2019, the statistics committee said."
    )
    found = described(text)
    assert "Kazakhstan with China 2019-Q1 imports value: 1.9 billion USD" in found, found


def test_a_headline_on_chinas_trade_with_a_bloc_keeps_china() -> None:
    text = (
        " date 2015-03-02\n"
        "China's exports to the EU up 6% in 2014\n\n"
        "China's exports to the EU rose 6% in 2014 to 2.3 trillion yuan, customs said."
    )
    found = described(text)
    assert "China with EU 2014 exports yoy_growth: 6 percent" in found, found


# --- an amount written with a scale word only, in an article of one currency -------------
def test_a_bare_billion_takes_the_articles_one_currency() -> None:
    text = (
        " date 2013-02-20\n"
        "Germany's exports to China rose from 18 billion euros in 2010 to 25 billion in "
        "2012.\n\n"
        "Its imports from China grew from 30 bn in 2010 to 41 bn in 2012."
    )
    found = described(text)
    assert "Germany with China 2010 imports value: 30 billion EUR" in found, found
    assert "Germany with China 2012 imports value: 41 billion EUR" in found, found


def test_a_bare_million_in_a_later_paragraph_of_a_dollar_article() -> None:
    text = (
        " date 2019-03-01\n"
        "Chile's exports to China reached $21.6 billion in 2018, up 13%.\n\n"
        "Its imports from China totalled 15,300 million in 2018, the central bank said."
    )
    found = described(text)
    assert "Chile with China 2018 imports value: 15300 million USD" in found, found


def test_a_bare_billion_that_counts_something_else_is_no_amount() -> None:
    text = (
        " date 2013-02-20\n"
        "China's exports rose to 2.2 trillion dollars in 2012. The country's 1.3 billion "
        "people bought more goods abroad, and 2 billion tonnes of ore were imported."
    )
    found = described(text)
    assert not any("1.3 billion" in d or "2 billion" in d for d in found), found


def test_a_bare_billion_after_two_currencies_is_not_guessed() -> None:
    text = (
        " date 2024-08-15\n"
        "China's trade rose 5 percent to 1.2 trillion yuan (about 166 billion U.S. "
        "dollars) in 2023.\n\nExports rose to 700 billion in 2023."
    )
    found = described(text)
    assert not any("700 billion" in d for d in found), found


# --- the partner's side of a bilateral flow: "exports from Russia", "imports of Chinese goods"
def test_exports_from_the_partner_are_the_reporters_imports() -> None:
    text = (
        " date 2020-01-20\n"
        "In 2019, trade between China and Kazakhstan grew 10% to $22 billion, China's "
        "customs said. Exports from Kazakhstan rose by 15% to $9 billion, and imports of "
        "Chinese goods by 6% to $13 billion."
    )
    found = described(text)
    assert "China with Kazakhstan 2019 imports value: 9 billion USD" in found, found
    assert "China with Kazakhstan 2019 exports value: 13 billion USD" in found, found
    assert not any("chinese" in d for d in found), found


def test_deliveries_from_the_partner_and_its_imports_from_china() -> None:
    text = (
        " date 2021-02-08\n"
        "Trade between China and Mongolia reached $6.1 billion in 2020. Deliveries from "
        "Mongolia came to $4.2 billion, while imports from China added up to $1.9 billion."
    )
    found = described(text)
    assert "China with Mongolia 2020 imports value: 4.2 billion USD" in found, found
    assert "China with Mongolia 2020 exports value: 1.9 billion USD" in found, found


def test_the_reporters_own_exports_from_it_and_imports_from_the_partner_stay() -> None:
    text = (
        " date 2020-01-20\n"
        "China's trade with Kazakhstan grows\n\n"
        "In 2019, exports from China to Kazakhstan rose by 6% to $13 billion, and imports "
        "from Kazakhstan grew by 15% to $9 billion."
    )
    found = described(text)
    assert "China with Kazakhstan 2019 exports value: 13 billion USD" in found, found
    assert "China with Kazakhstan 2019 imports value: 9 billion USD" in found, found


def test_a_sum_that_adds_up_to_a_figure_is_exact() -> None:
    text = (
        " date 2023-11-10\n"
        "China's trade with Russia in October added up to $19.8 billion, the customs said."
    )
    found = described(text)
    assert "China with Russia 2023-10 total value: 19.8 billion USD" in found, found
