"""Measure what qualifier words mean in real releases, from annotated articles.

    python benchmarks/calibrate_qualifiers.py PATH... [--include-holdout] [--json] [--list]

PATH is an annotation file (a JSON list of fact records, ``../corpus/SCHEMA.md``) or a
folder of them. For every statement whose true value can be computed from *exact*
statements of the same article, the script computes that value's interval and records how
far the stated figure is from it, per qualifier word read from the quote ("about",
"nearly", 近, 超过 ..., or "exact" when there is none). The relations used:

* share = component / whole (the share, the component or the whole computed from the others)
* growth = value / value a year earlier - 1 (any of the three)
* gap = growth - benchmark's overall growth (any of the three)
* a period's total = the sum of parts that cover it exactly (the total or any part)

The deviation of one statement is (stated - true) / true in percent, with "true" the point
of the computed interval nearest the stated figure (0 when the interval holds it). The table
gives, per word, how many statements, how many the rounding interval of the stated digits
already allows, how many the interval the checks now give the word allows,
and the smallest and largest deviation. docs/checks.md shows the table this printed and the
intervals chosen from it (``tradestat.checks.qualifiers``).

Names listed in ``benchmarks/holdout.txt`` are left out unless ``--include-holdout``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tradestat import FactSet
from tradestat.checks._groups import by_trade, trade_key, whole_key
from tradestat.checks.growth_rules import gap_sides
from tradestat.checks.parts import tilings
from tradestat.checks.qualifiers import significant_digits, statement_interval, word_of
from tradestat.errors import TradestatError
from tradestat.figures import Estimate, Qualifier
from tradestat.models import Fact, Measure
from tradestat.units import currency_of

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "benchmarks" / "holdout.txt"

Observation = dict[str, Any]


def holdout_names() -> set[str]:
    """The article names held back for the extractor's blind test."""
    if not HOLDOUT.exists():
        return set()
    lines = HOLDOUT.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def annotation_files(paths: Sequence[Path], include_holdout: bool) -> list[Path]:
    """The annotation files named or inside the folders named, holdout left out."""
    skip = set() if include_holdout else holdout_names()
    found: list[Path] = []
    for p in paths:
        files = sorted(p.glob("*.json")) if p.is_dir() else [p]
        found.extend(f for f in files if f.stem not in skip)
    return found


def _exact(group: Sequence[Fact]) -> Estimate | None:
    """What the exact statements of one quantity allow; None if any is qualified."""
    if not group or any(f.figure.qualifier is not Qualifier.EXACT for f in group):
        return None
    result = group[0].estimate()
    for f in group[1:]:
        try:
            result = result.narrow(f.estimate())
        except TradestatError:
            return None
    return result


def _by_code(facts: Sequence[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        code = currency_of(f.figure.unit)
        if code is not None:
            out[code].append(f)
    return out


def relations(facts: FactSet) -> Iterator[tuple[Fact, Estimate, str]]:
    """(statement, its value computed from exact others, relation), for every relation."""
    values = by_trade(facts, Measure.VALUE)
    growths = by_trade(facts, Measure.YOY_GROWTH)
    hundred = Estimate.exact(100.0, "percent")
    one = Estimate.exact(1.0, "dimensionless")

    def pct(e: Estimate) -> Estimate:
        return Estimate(e.value * 100, e.interval.scale(100.0), "percent")

    for share in facts.filter(measure="share"):
        parts, wholes = (
            _by_code(values.get(trade_key(share), [])),
            _by_code(values.get(whole_key(share), [])),
        )
        for code in sorted(set(parts) & set(wholes)):
            c, t, s = _exact(parts[code]), _exact(wholes[code]), _exact([share])
            if c is not None and t is not None:
                yield share, pct((c / t.to(c.unit)).to("dimensionless")), "share"
            if s is not None and t is not None:
                for f in parts[code]:
                    yield f, (t * (s / hundred).to("dimensionless")).to(f.figure.unit), "share"
            if s is not None and c is not None:
                for f in wholes[code]:
                    yield f, (c / (s / hundred).to("dimensionless")).to(f.figure.unit), "share"
    for g in facts.filter(measure="yoy_growth"):
        subject, period, flow, partner, segment = trade_key(g)
        now = _by_code(values.get(trade_key(g), []))
        before = _by_code(values.get((subject, period.previous_year(), flow, partner, segment), []))
        for code in sorted(set(now) & set(before)):
            n, p, gg = _exact(now[code]), _exact(before[code]), _exact([g])
            if n is not None and p is not None:
                yield g, pct((n / p.to(n.unit)).to("dimensionless") - one), "growth"
            factor = None if gg is None else one + (gg / hundred).to("dimensionless")
            if factor is not None and p is not None:
                for f in now[code]:
                    yield f, (p * factor).to(f.figure.unit), "growth"
            if factor is not None and n is not None and factor.low > 0:
                for f in before[code]:
                    yield f, (n / factor).to(f.figure.unit), "growth"
    for gap in facts.filter(measure="growth_gap"):
        sides = gap_sides(gap)
        if sides is None:
            continue
        if len(sides[1]) != 1:
            continue  # the benchmark's trade is ambiguous: no computable value
        own_facts, bench_facts = growths.get(sides[0], []), growths.get(sides[1][0], [])
        own, bench, d = _exact(own_facts), _exact(bench_facts), _exact([gap])
        if own is not None and bench is not None:
            yield gap, Estimate(own.value - bench.value, (own - bench).interval, "pp"), "gap"
        if d is not None and bench is not None:
            for f in own_facts:
                yield f, Estimate(0, (bench.interval + d.interval), "percent"), "gap"
        if d is not None and own is not None:
            for f in bench_facts:
                yield f, Estimate(0, (own.interval - d.interval), "percent"), "gap"
    yield from _parts(facts)


def _parts(facts: FactSet) -> Iterator[tuple[Fact, Estimate, str]]:
    """A period's total against parts that cover it exactly."""
    groups: dict[tuple[object, ...], dict[Any, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts.filter(measure="value"):
        key = (f.subject, f.flow, f.partner, f.segment, currency_of(f.figure.unit))
        groups[key][f.period].append(f)
    for by_period in groups.values():
        for whole, stated in by_period.items():
            parts = [p for p in by_period if p != whole and whole.contains(p)]
            for tiling in tilings(whole, parts)[:8]:
                pieces = {p: _exact(by_period[p]) for p in tiling}
                w = _exact(stated)
                unit = stated[0].figure.unit
                if all(v is not None for v in pieces.values()):
                    total = Estimate.exact(0.0, unit)
                    for v in pieces.values():
                        assert v is not None
                        total = total + v.to(unit)
                    for f in stated:
                        yield f, total, "parts"
                if w is None:
                    continue
                for p in tiling:
                    others = [v for q, v in pieces.items() if q != p]
                    if any(v is None for v in others):
                        continue
                    rest = w
                    for v in others:
                        assert v is not None
                        rest = rest - v.to(unit)
                    for f in by_period[p]:
                        yield f, rest.to(f.figure.unit), "parts"


def deviation(stated: float, computed: Estimate) -> float | None:
    """(stated - true) / true in percent, true the computed value nearest the statement."""
    low, high = computed.low, computed.high
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    if low <= stated <= high:
        return 0.0
    nearest = high if stated > high else low
    return None if nearest == 0 else 100.0 * (stated - nearest) / abs(nearest)


def observe(path: Path) -> list[Observation]:
    """Every computable statement of one annotation file with its deviation."""
    records = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(records, list):
        return []
    good = []
    for r in records:
        try:
            good.append(FactSet.from_records([r], path.name)[0])
        except TradestatError:
            continue
    facts = FactSet(good)
    seen: set[tuple[int, str]] = set()
    out: list[Observation] = []
    for fact, computed, relation in relations(facts):
        try:
            dev = deviation(fact.figure.value, computed.to(fact.figure.unit))
        except TradestatError:
            continue
        if dev is None or (id(fact), relation) in seen:
            continue
        seen.add((id(fact), relation))
        plain = computed.to(fact.figure.unit).interval.meets(fact.figure.rounding_interval())
        chosen = computed.to(fact.figure.unit).interval.meets(statement_interval(fact))
        found = word_of(fact)
        word = found[1].lower() if found else fact.figure.qualifier.value
        out.append(
            {
                "article": path.stem,
                "word": word,
                "sense": found[0].value if found else fact.figure.qualifier.value,
                "qualifier": fact.figure.qualifier.value,
                "digits": significant_digits(fact.figure),
                "stated": str(fact.figure),
                "computed": f"{computed.low:.6g}..{computed.high:.6g}",
                "relation": relation,
                "deviation": round(dev, 3),
                "within_rounding": plain,
                "allowed": chosen,
                "quote": fact.provenance.quote or "",
            }
        )
    return out


def table(observations: list[Observation]) -> str:
    """Per word: statements, within plain rounding, smallest and largest deviation."""
    by_word: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for o in observations:
        by_word[(o["sense"], o["word"])].append(o)
    lines = [
        "| sense | word | statements | 1-2 sig. digits | within rounding | allowed | "
        "min dev % | max dev % | example |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for (sense, word), group in sorted(by_word.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        devs = [o["deviation"] for o in group]
        worst = max(group, key=lambda o: abs(o["deviation"]))
        example = f"{worst['stated']} vs {worst['computed']} ({worst['article']})"
        lines.append(
            f"| {sense} | {word} | {len(group)} | {sum(o['digits'] <= 2 for o in group)} | "
            f"{sum(o['within_rounding'] for o in group)} | {sum(o['allowed'] for o in group)} | "
            f"{min(devs):+.2f} | "
            f"{max(devs):+.2f} | {example} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the calibration table (or the observations as JSON)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("paths", nargs="+", type=Path, help="annotation files or folders")
    ap.add_argument("--include-holdout", action="store_true", help="also the held-back names")
    ap.add_argument("--json", action="store_true", help="print every observation as JSON")
    ap.add_argument("--list", action="store_true", help="also list qualified observations")
    args = ap.parse_args(argv)
    files = annotation_files(args.paths, args.include_holdout)
    observations = [o for f in files for o in observe(f)]
    if args.json:
        print(json.dumps(observations, indent=1, ensure_ascii=False))
        return 0
    print(f"{len(files)} annotation files, {len(observations)} computable statements\n")
    print(table(observations))
    if args.list:
        print()
        for o in observations:
            if o["word"] != "exact":
                print(
                    f"{o['article']}: {o['stated']} ({o['word']}) vs {o['computed']} "
                    f"[{o['relation']}] {o['deviation']:+.2f}%  {o['quote'][:60]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
