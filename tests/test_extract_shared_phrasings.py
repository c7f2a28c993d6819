"""Phrasings that amounts and rates share, read through the one fragment each is built on.

cues.COMPARED_WITH and cues.A_YEAR_AGO (an amount or a rate of a year before) and
cues.THE_PREVIOUS_MONTH (a figure of the month before) are written once and used by facts
and attach. Every text here is invented (places real, figures made up).
"""

from __future__ import annotations

from extract_helpers import described


def test_an_amount_and_a_rate_compared_with_a_year_earlier_are_of_the_year_before() -> None:
    text = (
        " date 2024-07-12\n"
        "Thailand's exports rise in first half\n\n"
        "Thailand's exports in the first half of 2024 amounted to $14.2 billion against "
        "$13.1 billion a year earlier.\n\n"
        "Imports in the first half of 2024 rose 6.3%, compared with 2.4% in the same period "
        "a year earlier."
    )
    found = described(text)
    assert "Thailand 2024-H1 exports value: 14.2 billion USD" in found, found
    assert "Thailand 2023-H1 exports value: 13.1 billion USD" in found, found
    assert "Thailand 2024-H1 imports yoy_growth: 6.3 percent" in found, found
    assert "Thailand 2023-H1 imports yoy_growth: 2.4 percent" in found, found


def test_a_rate_set_against_the_preceding_month_is_that_months() -> None:
    text = (
        " date 2024-06-10\n"
        "Thailand's exports slide in May\n\n"
        "Thailand's exports slid 17.9 percent year on year in May, vs. a rise of 15.5 "
        "percent the preceding month."
    )
    found = described(text)
    assert "Thailand 2024-05 exports yoy_growth: -17.9 percent" in found, found
    assert "Thailand 2024-04 exports yoy_growth: 15.5 percent" in found, found
