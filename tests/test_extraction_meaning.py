"""The meaning side of extraction: which figures are read and what each one means.

Every sentence here is invented for the rule it tests; none is taken from a corpus text.
"""

from __future__ import annotations

import pytest

from tradestat.extraction.numbers import chinese_numeral, find_mentions


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.digits, m.unit, m.qualifier.value) for m in find_mentions(text)]


# --- figures that were never read --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Widget trade tops 80b yuan", [("80", "billion CNY", "more_than")]),
        ("toy exports at $4.7bn", [("4.7", "billion USD", "exact")]),
        ("trade tops 2.3tln yuan", [("2.3", "trillion CNY", "more_than")]),
        ("exports exceeds 300 bln yuan", [("300", "billion CNY", "more_than")]),
        ("a 7b model", []),
    ],
)
def test_headline_abbreviations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


def test_thin_space_thousands() -> None:
    assert mentions("exports of 2\u2009345.6 billion yuan") == [("2345.6", "billion CNY", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对某国出口近三成", [("30", "percent", "about")]),
        ("占比超七成", [("70", "percent", "more_than")]),
        ("占四成多", [("40", "percent", "more_than")]),
        ("增长两成", [("20", "percent", "exact")]),
        ("这一成为新动能", []),
        ("进出口超五百亿元", [("500", "100 million CNY", "more_than")]),
        ("出口破千亿元", [("1000", "100 million CNY", "more_than")]),
        ("进口约两千亿美元", [("2000", "100 million USD", "about")]),
    ],
)
def test_chinese_numerals_and_tenths(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("三百", 300), ("千", 1000), ("一千二百", 1200), ("十五", 15), ("三五", None)],
)
def test_chinese_numeral_values(numeral: str, value: int | None) -> None:
    assert chinese_numeral(numeral) == value


def test_a_list_of_numbers_shares_the_last_unit() -> None:
    assert mentions("sales of pens, ink and paper were 3.1, 2.4 and 0.8 billion yuan") == [
        ("3.1", "billion CNY", "exact"),
        ("2.4", "billion CNY", "exact"),
        ("0.8", "billion CNY", "exact"),
    ]
    assert [m.unit for m in find_mentions("rose 4.1, 2.2 and 7.9 percentage points")] == [
        "percentage_point"
    ] * 3
    assert mentions("in 2021 and 6 percent") == [("6", "percent", "exact")]
