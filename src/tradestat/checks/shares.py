"""Shares against the values they stand for, and shares of disjoint groups summing past 100%."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from tradestat.checks._groups import span_words, trade_key, whole_key
from tradestat.checks._segments import disjoint_segments
from tradestat.checks.rule import Check, CheckContext, Finding, Severity
from tradestat.errors import TradestatError
from tradestat.growth import part_from_share
from tradestat.models import Fact, FactSet, Measure
from tradestat.places import disjoint_partners, economy

__all__ = ["ShareVsComponent", "SharesAddUp"]


class ShareVsComponent(Check):
    """A share times the total must meet the stated value of that component."""

    name = "share_vs_component"
    description = "share x total against the stated value of the component"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        index = context.index(facts)
        value = Measure.VALUE
        for share in index.of(Measure.SHARE):
            key = trade_key(share)
            group = index.group(value, key)
            if not group:
                continue
            whole = index.group(value, whole_key(share))
            for code in sorted(c for c in group.currencies() if c is not None):
                same = group.in_currency(code)
                wholes = whole.in_currency(code)
                total = whole.combined(code)
                stated = group.combined(code)
                if total is None or stated is None:
                    continue
                try:
                    part = part_from_share(context.estimate(share), total)
                except TradestatError:
                    continue
                stated = stated.to(part.unit)
                if not part.interval.meets(stated.interval):
                    yield Finding(
                        self.name,
                        Severity.ERROR,
                        f"{share.figure} of {wholes[0].figure} = {span_words(part)}, but "
                        f"{', '.join(str(c.figure) for c in same)} is stated for "
                        f"{share.partner if share.segment is None else share.segment}",
                        (share, *wholes, *same),
                    )


class _Chosen:
    """Names chosen so far, with a conflict test that needs no pairwise scan for economies.

    Economies overlap only when equal or when one is the other's sovereign, so for them sets
    answer what asking ``disjoint`` of every chosen name would; other names (groups, unknown
    names) are still asked pairwise. The answers are those of ``disjoint`` exactly.
    """

    def __init__(self, disjoint: Callable[[str, str], bool], economies: bool) -> None:
        self.disjoint = disjoint
        self.economies = economies
        self.names: list[str] = []
        self.economy_names: set[str] = set()
        self.sovereigns: set[str] = set()  # sovereigns of the chosen dependent territories
        self.others: list[str] = []  # chosen names that are not single economies

    def conflicts(self, name: str) -> bool:
        """Whether ``name`` overlaps a chosen name."""
        single, sovereign = economy(name) if self.economies else (False, None)
        if not single:
            return not all(self.disjoint(name, c) for c in self.names)
        if name in self.economy_names or name in self.sovereigns:
            return True
        if sovereign is not None and sovereign in self.economy_names:
            return True
        return not all(self.disjoint(name, c) for c in self.others)

    def add(self, name: str) -> None:
        """Choose ``name``."""
        self.names.append(name)
        single, sovereign = economy(name) if self.economies else (False, None)
        if single:
            self.economy_names.add(name)
            if sovereign is not None:
                self.sovereigns.add(sovereign)
        else:
            self.others.append(name)


def _heaviest_disjoint(
    shares: Sequence[tuple[str, Fact, float]],
    disjoint: Callable[[str, str], bool],
    economies: bool = False,
) -> tuple[float, list[Fact]]:
    """The pairwise-disjoint shares with the largest sum of lower bounds.

    ``economies`` says ``disjoint`` is :func:`~tradestat.places.disjoint_partners`, so the
    greedy pass over many partners tests single economies with set lookups (linear time).
    """
    best: tuple[float, list[Fact]] = (0.0, [])
    if len(shares) > 14:  # keep it bounded: the largest ones, greedily
        ordered = sorted(shares, key=lambda s: -s[2])
        chosen: list[tuple[str, Fact, float]] = []
        picked = _Chosen(disjoint, economies)
        for item in ordered:
            if not picked.conflicts(item[0]):
                chosen.append(item)
                picked.add(item[0])
        return sum(c[2] for c in chosen), [c[1] for c in chosen]
    for size in range(2, len(shares) + 1):
        for combo in itertools.combinations(shares, size):
            if all(disjoint(a[0], b[0]) for a, b in itertools.combinations(combo, 2)):
                total = sum(c[2] for c in combo)
                if total > best[0]:
                    best = (total, [c[1] for c in combo])
    return best


def _remembered(
    disjoint: Callable[[str, str], bool], known: dict[tuple[str, str], bool]
) -> Callable[[str, str], bool]:
    """``disjoint`` with its answers kept in ``known``."""

    def ask(a: str, b: str) -> bool:
        try:
            return known[(a, b)]
        except KeyError:
            answer = known[(a, b)] = disjoint(a, b)
            return answer

    return ask


class SharesAddUp(Check):
    """Shares of partners (or segments) that never overlap cannot add up to more than 100%."""

    name = "shares_add_up"
    description = "shares of disjoint partners or segments summing past 100 percent"

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """The findings of this rule over ``facts``."""
        groups: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
        for f in context.index(facts).of(Measure.SHARE):
            groups[(f.subject, f.period, f.flow)].append(f)
        # a table has the same partners in every group: ask once per pair of names
        known: dict[tuple[str, str], bool] = {}
        for group in groups.values():
            by_partner = [f for f in group if f.segment is None and f.partner != "World"]
            by_segment = [f for f in group if f.partner == "World" and f.segment is not None]
            dimensions: tuple[tuple[list[Fact], str, Callable[[str, str], bool], bool], ...] = (
                (by_partner, "partner", _remembered(disjoint_partners, known), True),
                (by_segment, "segment", disjoint_segments, False),
            )
            for members, field, disjoint, economies in dimensions:
                items = [(str(getattr(f, field)), f, context.interval(f).low) for f in members]
                total, chosen = _heaviest_disjoint(items, disjoint, economies)
                if len(chosen) > 1 and total > 100:
                    listing = ", ".join(f"{getattr(f, field)} {f.figure}" for f in chosen)
                    yield Finding(
                        self.name,
                        Severity.ERROR,
                        f"{chosen[0].subject} {chosen[0].period}: shares of {listing} never "
                        f"overlap yet add up to at least {total:.4g} percent",
                        tuple(chosen),
                    )
