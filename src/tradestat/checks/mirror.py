"""Mirror statistics: A's exports to B against B's imports from A, for the same period.

The two describe the same goods, but imports are valued CIF (cost, insurance, freight to
the importer's border) and exports FOB (free on board at the exporter's border), so imports
normally exceed exports by a few percent. :func:`mirror_pairs` pairs every stated export
with the partner's stated import of the same period and segment, converts both into one
currency (at the period's rate from the rate table when they differ) and gives the ratio
imports / exports with its interval. :class:`MirrorGap` warns when that whole interval lies
outside the CIF/FOB band (:data:`BAND`, see docs/mirror.md): re-exports through a third
economy, misreporting, valuation or timing differences that an analyst must see before
quoting either figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import attrs

from tradestat import places
from tradestat.checks._groups import currency
from tradestat.checks.rule import Check, CheckContext, Finding, Severity
from tradestat.errors import TradestatError
from tradestat.figures import Estimate
from tradestat.intervals import Interval
from tradestat.models import Fact, FactSet, Flow, Measure
from tradestat.partners import canonical
from tradestat.periods import Period
from tradestat.rates import RateTable

__all__ = ["BAND", "MirrorGap", "MirrorPair", "canonical", "mirror_pairs"]

#: The documented band of imports (CIF) / exports (FOB) for one bilateral flow: the CIF/FOB
#: margin (IMF DOTS/IMTS assumed 6% where no data; OECD ITIC estimates mostly 2-10%) widened
#: by 5% either way for timing and valuation noise. See docs/mirror.md.
BAND = (0.95, 1.15)


@attrs.frozen
class MirrorPair:
    """One bilateral flow as both sides report it, in one currency."""

    exporter: str
    importer: str
    period: Period
    segment: str | None
    exports: Fact
    imports: Fact
    exports_value: Estimate
    imports_value: Estimate

    @property
    def ratio(self) -> Interval:
        """Imports (CIF) / exports (FOB), as an interval from the figures' rounding."""
        x = self.exports_value.interval
        m = self.imports_value.to(self.exports_value.unit).interval
        if x.low <= 0:
            return Interval(0.0, float("inf"))
        return Interval(m.low / x.high, m.high / x.low)

    @property
    def ratio_value(self) -> float:
        """The ratio of the stated values."""
        x = self.exports_value.value
        m = self.imports_value.to(self.exports_value.unit).value
        return m / x if x else float("inf")

    @property
    def gap(self) -> float:
        """(imports - exports) / exports of the stated values: 0.06 is a 6% CIF/FOB gap."""
        return self.ratio_value - 1.0

    def outside(self, band: tuple[float, float] = BAND) -> bool:
        """Whether the whole ratio interval lies outside ``band``."""
        ratio = self.ratio
        return ratio.high < band[0] or ratio.low > band[1]


def _key_facts(facts: Iterable[Fact]) -> Iterator[tuple[Fact, str, str]]:
    names: dict[str, tuple[str, bool]] = {}  # canonical name and whether a group, per name

    def named(name: str) -> tuple[str, bool]:
        known = names.get(name)
        if known is None:
            found = canonical(name)
            known = names[name] = (found, places.is_group(found))
        return known

    value = Measure.VALUE
    for f in facts:
        if f.flow not in (Flow.EXPORTS, Flow.IMPORTS) or (
            f.measure is not value and f.measure != value  # identity first: attrs compares fields
        ):
            continue
        if currency(f) is None:
            continue
        (subject, subject_group), (partner, partner_group) = named(f.subject), named(f.partner)
        if partner == places.WORLD or partner_group or subject_group:
            continue
        if subject == partner:
            continue
        yield f, subject, partner


def _in(f: Fact, to: str, rates: RateTable | None) -> Estimate | None:
    code = currency(f)
    value = f.estimate()
    if code == to:
        return value.to(to)
    if rates is None:
        return None
    try:
        return rates.convert(value, to, f.period)
    except TradestatError:
        return None


def mirror_pairs(
    facts: Iterable[Fact], rates: RateTable | None = None, to: str = "USD"
) -> tuple[list[MirrorPair], list[tuple[Fact, Fact, str]]]:
    """Every export paired with the partner's import of the same period and segment.

    Returns the pairs in currency ``to`` and the pairs that could not be converted (no rate
    for the period) with the reason.
    """
    exports: dict[tuple[str, str, Period, str | None], list[Fact]] = defaultdict(list)
    imports: dict[tuple[str, str, Period, str | None], list[Fact]] = defaultdict(list)
    for f, subject, partner in _key_facts(facts):
        if f.flow == Flow.EXPORTS:
            exports[(subject, partner, f.period, f.segment)].append(f)
        else:
            imports[(partner, subject, f.period, f.segment)].append(f)
    pairs: list[MirrorPair] = []
    unconverted: list[tuple[Fact, Fact, str]] = []
    for key in sorted(exports, key=lambda k: (str(k[2]), k[0], k[1], k[3] or "")):
        if key not in imports:
            continue
        x, m = exports[key][0], imports[key][0]
        xv, mv = _in(x, to, rates), _in(m, to, rates)
        if xv is None or mv is None:
            unconverted.append((x, m, f"no {to} rate for {key[2]} in the rate table"))
            continue
        pairs.append(MirrorPair(key[0], key[1], key[2], key[3], x, m, xv, mv))
    return pairs, unconverted


def describe(pair: MirrorPair, band: tuple[float, float] = BAND) -> str:
    """The pair in words, with the ratio, its interval and the band."""
    ratio = pair.ratio
    where = f" ({pair.segment})" if pair.segment else ""
    return (
        f"{pair.exporter}'s exports to {pair.importer}{where} {pair.period}: "
        f"{pair.exports_value.in_natural_scale()} (FOB, as {pair.exporter} reports) against "
        f"{pair.importer}'s imports from {pair.exporter} "
        f"{pair.imports_value.in_natural_scale()} (CIF, as {pair.importer} reports): "
        f"imports/exports {pair.ratio_value:.3f} [{ratio.low:.3f}, {ratio.high:.3f}], "
        f"gap {pair.gap:+.1%}; the CIF/FOB band is {band[0]:.2f}-{band[1]:.2f}"
    )


class MirrorGap(Check):
    """Warns when a partner's imports and a reporter's exports differ beyond CIF/FOB."""

    name = "mirror_gap"
    description = (
        "A's exports to B against B's imports from A: warns outside the CIF/FOB band "
        f"({BAND[0]:.2f}-{BAND[1]:.2f} imports/exports)"
    )

    def __call__(self, facts: FactSet, context: CheckContext) -> Iterator[Finding]:
        """A warning for each mirror pair whose ratio interval leaves the band."""
        pairs, _ = mirror_pairs(context.index(facts).of(Measure.VALUE), context.rates)
        for pair in pairs:
            if not pair.outside(BAND):
                continue
            reason = (
                "imports far above exports: re-exports through the exporter's neighbours, "
                "goods of another origin, or CIF costs beyond the usual"
                if pair.ratio.low > BAND[1]
                else "imports far below exports: transit to a third economy, under-declared "
                "imports, or timing"
            )
            yield Finding(
                self.name,
                Severity.WARNING,
                f"{describe(pair)}; {reason}. Check before quoting either figure.",
                (pair.exports, pair.imports),
            )
