"""English phrasing families met on a development set (round 25).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- "Of this, A accounted for X; B Y; and C Z": the items after the semicolons ----------
def test_items_of_a_breakdown_cut_at_semicolons_keep_their_product_and_flow() -> None:
    text = (
        " date 2021-05-20\n"
        "Lanzhou's exports grow\n\n"
        "In the first four months, Lanzhou's foreign trade reached 20.1 billion yuan, up "
        "8.2% year on year.\n\n"
        "Textiles accounted for 30.2% of exports, to 3.78 billion yuan, up 5% YoY. Of this, "
        "garments accounted for 1.2 billion yuan, down 2.1%; microwaves RMB0.9 billion, up "
        "4.4%; jewelry 0.8 billion yuan, down 3.3%; and bags 0.5 billion yuan, up 12.1%."
    )
    found = described(text)
    assert "Lanzhou (microwave ovens) 2021-01/2021-04 exports value: 0.9 billion CNY" in found, (
        found
    )
    assert "Lanzhou (jewelry) 2021-01/2021-04 exports yoy_growth: -3.3 percent" in found, found
    assert "Lanzhou (bags) 2021-01/2021-04 exports value: 0.5 billion CNY" in found, found
    assert not any(" total " in d and "(" in d for d in found), found


def test_a_semicolon_clause_with_a_percentage_names_no_product() -> None:
    # (near miss: words before a percentage, not an amount, are no product)
    text = (
        " date 2021-05-20\n"
        "In the first four months, Lanzhou's exports reached 12.5 billion yuan, up 10.3% "
        "year on year; prices 3 percent higher than a year before."
    )
    found = described(text)
    assert not any("(prices)" in d for d in found), found
    assert "Lanzhou 2021-01/2021-04 exports value: 12.5 billion CNY" in found, found
