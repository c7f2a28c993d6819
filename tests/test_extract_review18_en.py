"""Misfires found in round 18's English rules, each with the reading it must give.

Every text here is invented (places and figures made up); none is copied from an article.
"""

from __future__ import annotations

from extract_helpers import described


def _with(found: set[str], *parts: str) -> list[str]:
    """The descriptions holding every part (to assert what must not be given)."""
    return [f for f in found if all(p in f for p in parts)]


# --- "driven by A exports, which ...": a flow named by its products, no list of sectors ----
def test_a_rise_driven_by_a_products_exports_is_no_list_of_sectors() -> None:
    text = (
        " date 2031-01-15\n"
        "Country's trade sets a record\n\n"
        "China's foreign trade reached a record 50.1 trillion yuan in 2030, customs data "
        "showed. Growth was driven by high-tech exports, which for the first time accounted "
        "for more than 40 per cent of outbound shipments."
    )
    found = described(text)
    assert not _with(found, "high-tech exports"), found
    assert "China (high-tech products) 2030 exports share: more than 40 percent" in found, found
