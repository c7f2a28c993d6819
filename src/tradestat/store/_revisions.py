"""Revisions: the same thing stated differently by a later source.

A :class:`Statement` is what one source says about one thing (subject, period, flow,
partner, segment, measure, benchmark, in one currency or unit): the facts it states, or the
range it implies through :func:`tradestat.derive` (a growth rate and this year's value imply
last year's). Each statement has its interval in base units. Consecutive statements of the
same thing by different sources, or by different releases (``Provenance.release``) of one
source, make a :class:`Revision` when the stated figures differ; an
implied range makes one with the stated figure before or after it when both cannot be true.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date
from itertools import pairwise
from typing import Any

import attrs

from tradestat.errors import TradestatError
from tradestat.figures import Estimate
from tradestat.frames import fact_from_row
from tradestat.intervals import Interval
from tradestat.models import Fact, FactSet
from tradestat.store._db import release_marks, vintage_key

__all__ = ["Statement", "Revision", "find_revisions"]


def _words(estimate: Estimate) -> str:
    """An implied range in words: "218.482-220.275 billion CNY", "more than 190.42 ..."."""
    lo, hi, unit = estimate.low, estimate.high, estimate.unit_string
    if math.isinf(lo) and math.isinf(hi):
        return f"any amount of {unit}"
    if math.isinf(hi):
        return f"{'at least' if estimate.interval.low_closed else 'more than'} {lo:.6g} {unit}"
    if math.isinf(lo):
        return f"{'at most' if estimate.interval.high_closed else 'less than'} {hi:.6g} {unit}"
    return f"{lo:.6g}-{hi:.6g} {unit}"


@attrs.frozen
class Statement:
    """What one source says (or implies) about one thing, with its interval in base units."""

    source: str
    published: date | None
    known: date
    facts: tuple[Fact, ...]
    interval: Interval
    unit: str
    figures: str
    implied_by: str | None = None
    release: str | None = None  # the release of the source the facts came from

    @property
    def implied(self) -> bool:
        """Whether the source implies this figure rather than states it."""
        return self.implied_by is not None

    def __str__(self) -> str:
        how = f" (implied by {self.implied_by})" if self.implied_by else ""
        which = f", {self.release}" if self.release else ""
        when = f", {self.published}" if self.published else ""
        return f"{self.figures}{how} [{self.source}{which}{when}]"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (infinite interval ends are null)."""
        return {
            "source": self.source,
            "release": self.release,
            "published": self.published.isoformat() if self.published else None,
            "known": self.known.isoformat(),
            "figures": self.figures,
            "implied_by": self.implied_by,
            "low": self.interval.low if math.isfinite(self.interval.low) else None,
            "high": self.interval.high if math.isfinite(self.interval.high) else None,
            "low_closed": self.interval.low_closed,
            "high_closed": self.interval.high_closed,
            "unit": self.unit,
            "facts": [f.to_record() for f in self.facts],
        }


@attrs.frozen
class Revision:
    """One thing stated by an earlier source and differently by a later one."""

    before: Statement
    after: Statement
    overlap: bool

    @property
    def fact(self) -> Fact:
        """A fact of the earlier statement: what the revision is about (its key fields)."""
        return self.before.facts[0]

    @property
    def about(self) -> str:
        """The thing revised in words: "Xinjiang 2024-H1 total value (CNY)"."""
        f = self.fact
        who = f.subject + (f" with {f.partner}" if f.partner != "World" else "")
        who += f" ({f.segment})" if f.segment else ""
        flow = f" {f.flow}" if f.flow else ""
        against = f" vs {f.benchmark}" if f.benchmark else ""
        return f"{who} {f.period}{flow} {f.measure}{against} ({self.before.unit})"

    def describe(self) -> str:
        """One line: the thing, both statements with their sources, and whether they overlap."""
        verdict = "intervals overlap" if self.overlap else "intervals do not overlap"
        return f"{self.about}: {self.before} -> {self.after}; {verdict}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the key fields, both statements and the overlap."""
        f = self.fact
        return {
            "subject": f.subject,
            "period": str(f.period),
            "flow": f.flow.value if f.flow else None,
            "partner": f.partner,
            "segment": f.segment,
            "measure": f.measure.name,
            "benchmark": f.benchmark,
            "unit": self.before.unit,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "overlap": self.overlap,
        }


def _common(intervals: list[Interval]) -> Interval:
    """The part all intervals share (the hull if a source contradicts itself)."""
    result: Interval | None = intervals[0]
    for other in intervals[1:]:
        result = result.intersect(other) if result is not None else None
    if result is not None:
        return result
    hull = intervals[0]
    for other in intervals[1:]:
        hull = hull.hull(other)
    return hull


def _close(a: float, b: float) -> bool:
    return a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _same(a: Interval, b: Interval) -> bool:
    return (
        _close(a.low, b.low)
        and _close(a.high, b.high)
        and (a.low_closed, a.high_closed) == (b.low_closed, b.high_closed)
    )


def _stated(source: Mapping[str, Any], facts: list[Fact]) -> Statement:
    bases = [f.estimate().to_base_units() for f in facts]
    return Statement(
        source=source["vintage"],
        published=source["published"],
        known=source["known"],
        facts=tuple(facts),
        interval=_common([b.interval for b in bases]),
        unit=bases[0].unit_string,
        figures="; ".join(str(f.figure) for f in facts),
        release=source.get("release"),
    )


def _implied(source: Mapping[str, Any], derived: list[Any]) -> Statement:
    bases = [d.estimate.to_base_units() for d in derived]
    return Statement(
        source=source["vintage"],
        published=source["published"],
        known=source["known"],
        facts=tuple(d.fact for d in derived),
        interval=_common([b.interval for b in bases]),
        unit=bases[0].unit_string,
        figures="; ".join(_words(d.estimate) for d in derived),
        implied_by=", ".join(sorted({d.rule for d in derived})),
        release=source.get("release"),
    )


def find_revisions(rows: Iterable[Mapping[str, Any]], implied: bool = True) -> list[Revision]:
    """The revisions among stored rows (every statement, as :meth:`Store.rows` gives them)."""
    from tradestat.derivation import derive

    listed = list(rows)
    by_source: dict[tuple[date, int, int], list[Mapping[str, Any]]] = {}
    for row, mark in zip(listed, release_marks(listed), strict=True):
        by_source.setdefault(mark, []).append(row)
    statements: dict[str, list[Statement]] = {}
    for mark in sorted(by_source):
        source_rows = by_source[mark]
        first = source_rows[0]
        groups: dict[str, list[Fact]] = {}
        for row in source_rows:
            fact = fact_from_row(row, f"stored fact {row['id']}")
            groups.setdefault(row["vintage_key"], []).append(fact)
        for key, facts in groups.items():
            statements.setdefault(key, []).append(_stated(first, facts))
        if not implied:
            continue
        try:
            derived = derive(FactSet(f for facts in groups.values() for f in facts))
        except TradestatError:
            continue
        implications: dict[str, list[Any]] = {}
        for d in derived:
            key = vintage_key(d.fact, d.estimate.to_base_units().unit_string)
            if key not in groups:
                implications.setdefault(key, []).append(d)
        for key, found in implications.items():
            statements.setdefault(key, []).append(_implied(first, found))
    revisions = []
    for key in sorted(statements):
        revisions.extend(_changes(statements[key]))
    return revisions


def _changes(statements: list[Statement]) -> list[Revision]:
    """The revisions among one thing's statements, in the order their sources became known.

    Consecutive stated figures that differ; and each implied range against the stated
    figures just before and just after it, when they cannot both be true.
    """
    found: list[tuple[int, int, Revision]] = []
    stated = [i for i, s in enumerate(statements) if not s.implied]
    for i, j in pairwise(stated):
        a, b = statements[i], statements[j]
        if not _same(a.interval, b.interval):
            found.append((i, j, Revision(a, b, a.interval.intersect(b.interval) is not None)))
    for k, s in enumerate(statements):
        if not s.implied:
            continue
        before = [i for i in stated if i < k][-1:]
        after = [j for j in stated if j > k][:1]
        for i, j in [(i, k) for i in before] + [(k, j) for j in after]:
            a, b = statements[i], statements[j]
            if a.interval.intersect(b.interval) is None:
                found.append((i, j, Revision(a, b, False)))
    return [revision for _, _, revision in sorted(found, key=lambda item: item[:2])]
