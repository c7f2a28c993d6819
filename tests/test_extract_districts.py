"""City districts that publish their own trade (``china_districts.csv``) as reporters.

Every text here is invented (places real, figures made up). A listed district owns its
figures; a bare name that is also a port, a mountain or another place is no reporter.
"""

from __future__ import annotations

from extract_helpers import described
from tradestat.extraction import extract


def test_a_municipality_s_district_reports_its_own_trade() -> None:
    text = (
        " date 2023-07-20\n"
        "Songjiang's trade grows\n\n"
        "In the first half of 2023, Shanghai's Songjiang District recorded imports and "
        "exports of 98.1 billion yuan, up 6.2 percent year on year. Exports stood at 61.4 "
        "billion yuan."
    )
    found = described(text)
    assert "Songjiang 2023-H1 total value: 98.1 billion CNY" in found, found
    assert "Songjiang 2023-H1 exports value: 61.4 billion CNY" in found, found
    assert not any(d.startswith("Shanghai") for d in found), found


def test_a_district_named_after_its_city_in_chinese() -> None:
    text = (
        " date 2022-02-10\n"
        "2021年，绍兴市柯桥区实现进出口总额1520亿元，同比增长18.3%，其中出口1390亿元，增长19.5%。"
    )
    found = described(text)
    assert "Keqiao 2021 total value: 152.0 billion CNY" in found, found
    assert "Keqiao 2021 exports yoy_growth: 19.5 percent" in found, found
    assert not any(d.startswith("Shaoxing") for d in found), found


def test_a_district_of_a_city_written_after_it_in_english() -> None:
    text = (
        " date 2023-01-20\n"
        "In 2022, Zhenhai District of Ningbo posted foreign trade of 150.3 billion yuan, up "
        "9.1 percent."
    )
    found = described(text)
    assert "Zhenhai 2022 total value: 150.3 billion CNY" in found, found


def test_bare_names_that_are_ports_or_other_places_are_no_reporters() -> None:
    text = (
        " date 2024-04-18\n"
        "Shenzhen's trade up\n\n"
        "In the first quarter, Shenzhen's foreign trade reached 1.02 trillion yuan, up 20 "
        "percent. Cargo through Yantian port rose 9 percent, and Nanshan's tech firms led "
        "the growth."
    )
    found = described(text)
    assert "Shenzhen 2024-Q1 total value: 1.02 trillion CNY" in found, found
    assert not any(d.startswith(("Yantian", "Nanshan")) for d in found), found


def test_a_district_not_in_the_tables_is_skipped_with_its_name() -> None:
    text = " date 2024-05-20\n前4个月，佛山市高明区进出口120亿元，增长2%。其中，出口70亿元。"
    result = extract(text)
    assert not result.facts, result.facts
    places = {s.text: s.place for s in result.skipped}
    assert places["120亿元"] == places["70亿元"] == "高明区", result.skipped
