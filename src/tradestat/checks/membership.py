"""Which partners and segments never overlap, so their shares may be added up.

Single countries are disjoint from each other; a country is disjoint from a group it is
known not to belong to; the regional groups listed in DISJOINT_GROUPS are disjoint from each
other. BRI countries, RCEP members and other open groups overlap with everything else.
Segments: kinds of enterprise ownership are disjoint from each other, as are trade modes.
"""

from __future__ import annotations

from tradestat.extraction.lexicon import COUNTRIES

__all__ = [
    "MEMBERS",
    "DISJOINT_GROUPS",
    "SEGMENT_FAMILIES",
    "disjoint_partners",
    "disjoint_segments",
]

#: Known members of partner groups.
MEMBERS: dict[str, frozenset[str]] = {
    "Central Asia": frozenset(
        {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan"}
    ),
    "ASEAN": frozenset(
        {
            "Brunei",
            "Cambodia",
            "Indonesia",
            "Laos",
            "Malaysia",
            "Myanmar",
            "Philippines",
            "Singapore",
            "Thailand",
            "Vietnam",
        }
    ),
    "EU": frozenset(
        {
            "Austria",
            "Belgium",
            "Bulgaria",
            "Croatia",
            "Cyprus",
            "Czech Republic",
            "Denmark",
            "Estonia",
            "Finland",
            "France",
            "Germany",
            "Greece",
            "Hungary",
            "Ireland",
            "Italy",
            "Latvia",
            "Lithuania",
            "Luxembourg",
            "Malta",
            "Netherlands",
            "Poland",
            "Portugal",
            "Romania",
            "Slovakia",
            "Slovenia",
            "Spain",
            "Sweden",
        }
    ),
}
#: Groups that share no member.
DISJOINT_GROUPS = frozenset({"Central Asia", "ASEAN", "EU", "Latin America", "Africa"})
#: Segment families whose members never overlap.
SEGMENT_FAMILIES = (
    frozenset({"private enterprises", "state-owned enterprises", "foreign-invested enterprises"}),
    frozenset({"non-state-owned enterprises", "state-owned enterprises"}),
    frozenset({"general trade", "processing trade"}),
)
_COUNTRIES = frozenset(COUNTRIES.values())


def disjoint_partners(a: str, b: str) -> bool:
    """Whether trade with ``a`` and trade with ``b`` can never be the same trade."""
    if a == b or "World" in (a, b):
        return False
    if a in _COUNTRIES and b in _COUNTRIES:
        return True
    for country, group in ((a, b), (b, a)):
        if country in _COUNTRIES and group in MEMBERS:
            return country not in MEMBERS[group]
    return a in DISJOINT_GROUPS and b in DISJOINT_GROUPS


def disjoint_segments(a: str, b: str) -> bool:
    """Whether two segments of trade never overlap."""
    return a != b and any(a in family and b in family for family in SEGMENT_FAMILIES)
