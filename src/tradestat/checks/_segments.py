"""Which segments of trade never overlap, so their shares may be added up.

Kinds of enterprise ownership are disjoint from each other, as are trade modes. Partners'
disjointness is reference geography and lives in :func:`tradestat.places.disjoint_partners`.
"""

from __future__ import annotations

__all__ = ["SEGMENT_FAMILIES", "disjoint_segments"]

#: Segment families whose members never overlap.
SEGMENT_FAMILIES = (
    frozenset({"private enterprises", "state-owned enterprises", "foreign-invested enterprises"}),
    frozenset({"non-state-owned enterprises", "state-owned enterprises"}),
    frozenset({"general trade", "processing trade"}),
)


def disjoint_segments(a: str, b: str) -> bool:
    """Whether two segments of trade never overlap."""
    return a != b and any(a in family and b in family for family in SEGMENT_FAMILIES)
