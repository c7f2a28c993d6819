"""English phrasing families met on a tenth set of held-back articles (issue 9, round ten).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from tradestat.extraction import extract


def described(text: str) -> set[str]:
    """The facts of a text, each as its one-line description."""
    return {f.describe() for f in extract(text).facts}


# --- a flow word compounded with "trade": "export trade", "the balance of trade" ----------
def test_export_trade_and_import_trade_are_the_flows_not_total_trade() -> None:
    text = (
        " date 2019-08-02\n"
        "In the first half of 2019, Wenzhou's export trade reached 61.2 billion yuan, up "
        "8.5%, while its import trade came to 17.4 billion yuan, down 2.3%."
    )
    found = described(text)
    assert "Wenzhou 2019-H1 exports value: 61.2 billion CNY" in found
    assert "Wenzhou 2019-H1 imports yoy_growth: -2.3 percent" in found
    assert not any(" total " in d for d in found), found


def test_the_balance_of_trade_is_the_balance() -> None:
    text = (
        " date 2016-02-01\n"
        "Qingdao posted a favourable balance of trade of 9.8 billion yuan in 2015, and "
        "Yantai's trade balance stood at 4.1 billion yuan."
    )
    found = described(text)
    assert "Qingdao 2015 balance value: 9.8 billion CNY" in found
    assert not any(" total " in d for d in found), found
