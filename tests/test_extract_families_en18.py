"""English phrasing families met on development articles of round 18 (partners' own
statistics of trade with China).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described


# --- "Of which, X amounted to $A, and Y accounted for $B": the parts of the flow before ----
def test_subjects_of_a_breakdown_are_segments_of_the_flow_before() -> None:
    text = (
        " date 2021-03-10\n"
        "Peru trade report\n\n"
        "Peru's exports in February totalled $4.12 billion (-3.0% year-on-year).\n"
        "Of which, fishery products amounted to $1.25 billion (+6.1% year-on-year, 30.3% of "
        "the total), and zinc accounted for $310 million (12.4% year-on-year).\n"
    )
    found = described(text)
    assert "Peru 2021-02 exports value: 4.12 billion USD" in found, found
    assert "Peru (fishery products) 2021-02 exports value: 1.25 billion USD" in found, found
    assert "Peru (fishery products) 2021-02 exports share: 30.3 percent" in found, found
    assert "Peru (zinc) 2021-02 exports value: 310 million USD" in found, found
    assert "Peru (zinc) 2021-02 exports yoy_growth: 12.4 percent" in found, found
    # (no part of the exports read as the whole flow, nor as all trade)
    assert not any(d.startswith("Peru 2021-02 total") for d in found), found
    assert "Peru 2021-02 exports value: 310 million USD" not in found, found


def test_a_share_of_a_product_groups_flow_is_not_a_share_of_the_flow() -> None:
    text = (
        " date 2021-03-10\n"
        "Peru trade report\n\n"
        "Peru's exports in February totalled $4.12 billion (-3.0% year-on-year).\n"
        "Of this, fishery products amounted to $1.25 billion, and fish oil accounted for "
        "$310 million (12.4% year-on-year, 24.8% of total fishery exports).\n"
    )
    found = described(text)
    assert "Peru (fishery products) 2021-02 exports value: 1.25 billion USD" in found, found
    assert "Peru (fish oil) 2021-02 exports value: 310 million USD" in found, found
    # (24.8% is of the fishery exports, no share of Peru's exports: not guessed)
    assert not any("24.8 percent" in d for d in found), found


# --- "the first N months of the current fiscal year": no calendar January to N -----------
def test_first_months_of_a_fiscal_year_are_not_calendar_months() -> None:
    text = (
        " date 2024-06-12\n"
        "Bangladesh exports to Japan climb\n\n"
        "DHAKA: Bangladesh's exports to Japan rose 7.3 percent to $1.14 billion in the first "
        "ten months of the current fiscal year, the central bank said.\n"
    )
    found = described(text)
    # (the fiscal year's first month is not written: the months are not guessed)
    assert not any("2024-01/" in d or "2023-01/" in d for d in found), found
    assert not any("1.14 billion" in d for d in found), found


def test_first_months_of_a_calendar_year_stay_read() -> None:
    text = (
        " date 2024-06-12\n"
        "Bangladesh exports to Japan climb\n\n"
        "DHAKA: Bangladesh's exports to Japan rose 7.3 percent to $1.14 billion in the first "
        "five months of the year, the central bank said.\n"
    )
    found = described(text)
    assert "Bangladesh with Japan 2024-01/2024-05 exports value: 1.14 billion USD" in found, found


# --- "Imports of Chinese products": the reporter's imports from China, all the goods -------
def test_imports_of_a_countrys_goods_are_imports_from_that_country() -> None:
    text = (
        " date 2022-08-10\n"
        "Argentina trade with China\n\n"
        "Argentina exported US$4.1 billion in goods to China between January and June, up "
        "8.1 percent. Imports of Chinese products fell 9.2 percent to US$7.4 billion in the "
        "same period, accounting for 19.5 percent of goods imported by Argentina.\n"
    )
    found = described(text)
    assert "Argentina with China 2022-H1 imports value: 7.4 billion USD" in found, found
    assert "Argentina with China 2022-H1 imports yoy_growth: -9.2 percent" in found, found
    assert not any("chinese" in d.lower() for d in found), found


# --- "accounting for only 19.5 percent": a share, the adverb no sign of a fall -------------
def test_a_share_after_only_or_just_is_a_share() -> None:
    text = (
        " date 2023-12-10\n"
        "Uruguay trade with Japan\n\n"
        "Uruguay exported US$410 million in goods to Japan between January and November, up "
        "8.1 percent, accounting for just 4.2 percent of Uruguay's exports. Imports from "
        "Japan fell 9.2 percent to US$730 million in the same period, accounting for only "
        "6.5 percent of goods imported by Uruguay.\n"
    )
    found = described(text)
    assert "Uruguay with Japan 2023-01/2023-11 imports share: 6.5 percent" in found, found
    assert "Uruguay with Japan 2023-01/2023-11 exports share: 4.2 percent" in found, found
    assert not any("-6.5" in d for d in found), found
