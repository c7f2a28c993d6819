"""Time ``check`` (all rules) and ``derive`` on synthetic fact sets of growing size.

The facts look like a customs table for provinces by month and partner: values in billion
yuan for two years, growth on a year earlier, partners' shares of the province's trade,
growth gaps against the province's own growth, dollar conversions, quarter and half-year
totals, mirror statements between China and its partners, repeated statements, and about
one percent contradictions of each kind. Each size runs in its own process so its peak
memory is its own.

    python benchmarks/bench_checks.py                      # 10k, 100k and 1M facts
    python benchmarks/bench_checks.py --sizes 2000 20000

Prints time per size for ``check`` and ``derive`` (wall clock, and the process's CPU time,
which other work on a shared machine does not inflate), the growth exponent of each step
up in size (log(t_big / t_small) / log(big / small) of CPU time: 1.0 is linear, 2.0
quadratic), the ratio 100k -> 1M against the 10x of linear time, and memory per fact:
``B/fact`` the facts themselves, ``work B/f`` what check and derive add at their peak
(resident memory of the process). Target (issue 12): all checks on 1M facts under 60 s, and 100k ->
1M no more than about 12x.
"""

from __future__ import annotations

import argparse
import io
import math
import multiprocessing
import random
import resource
import sys
import time
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

import tradestat as ts
from tradestat import places
from tradestat.checks import check
from tradestat.derivation import derive

YEARS = (2024, 2025)
FLOWS = ("exports", "imports")
#: Facts per (province, partner) pair, roughly: used to pick how many pairs a size needs.
PER_PAIR = 116


def rate_table(years: Sequence[int] = YEARS) -> ts.RateTable:
    """Monthly USD/CNY rates for the years, deterministic and realistic (7.08-7.22)."""
    rows = "".join(
        f"{y}-{m:02d},USD,CNY,{7.08 + 0.01 * ((y * 12 + m) % 15):.4f}\n"
        for y in years
        for m in range(1, 13)
    )
    return ts.RateTable.from_csv(io.StringIO("period,base,quote,rate\n" + rows))


def _figure(value: float, unit: str, qualifier: str = "exact", places_: int = 1) -> ts.Figure:
    return ts.Figure(Decimal(f"{value:.{places_}f}"), unit, qualifier)


class _Maker:
    """Builds facts with shared provenance objects, like a loader of one table."""

    def __init__(self, seed: int, wrong: float) -> None:
        self.random = random.Random(seed)
        self.scale = wrong / 0.01
        self.sources = [ts.Provenance(source=f"release-{i}") for i in range(4)]
        self.facts: list[ts.Fact] = []

    def add(
        self,
        subject: str,
        period: str,
        flow: str,
        measure: str,
        figure: ts.Figure,
        partner: str = "World",
        benchmark: str | None = None,
        source: int = 0,
    ) -> None:
        self.facts.append(
            ts.Fact(
                subject=subject,
                period=period,
                flow=flow,
                measure=measure,
                figure=figure,
                partner=partner,
                benchmark=benchmark,
                provenance=self.sources[source],
            )
        )

    def wrong(self, rate: float = 0.01) -> bool:
        """Whether this statement is one of the contradictions (``rate`` at 1% wrong)."""
        return self.random.random() < rate * self.scale

    def omit(self) -> bool:
        """Whether a value goes unstated (its growth, share or month is then derived)."""
        return self.random.random() < 0.03


def _pairs(n: int) -> Iterator[tuple[str, str]]:
    provinces = [p.name for p in places.places(places.PlaceKind.PROVINCE)]
    countries = [c.name for c in places.places(places.PlaceKind.COUNTRY) if c.name != "China"]
    wanted = max(1, math.ceil(n / PER_PAIR))
    n_provinces = min(len(provinces), max(1, round(math.sqrt(wanted / 4))))
    n_partners = math.ceil(wanted / n_provinces)
    partners = ["World"] + [countries[i % len(countries)] for i in range(n_partners)]
    partners = list(dict.fromkeys(partners))  # beyond 245 partners: more provinces' worth
    for province in provinces[:n_provinces] if n_partners < len(countries) else provinces:
        for partner in partners:
            yield province, partner


def generate(n: int, seed: int = 0, wrong: float = 0.01) -> ts.FactSet:
    """``n`` realistic facts, ``wrong`` of each kind contradictions.

    Cut at ``n``; the 34 provinces by 245 partners give at most 998,935 facts, which the
    largest default size (1M) measures.
    """
    make = _Maker(seed, wrong)
    rnd = make.random
    world: dict[tuple[str, str, int, int], float] = {}
    for province, partner in _pairs(n):
        if len(make.facts) >= n:
            break
        for flow in FLOWS:
            level = rnd.uniform(20, 80) if partner == "World" else rnd.uniform(0.05, 2.0)
            values: dict[tuple[int, int], float] = {}
            for year in YEARS:
                for month in range(1, 13):
                    v = level * (1 + 0.08 * (year - YEARS[0])) * rnd.uniform(0.9, 1.1)
                    values[(year, month)] = round(v, 3)
                    if partner == "World":
                        world[(province, flow, year, month)] = values[(year, month)]
            for (year, month), v in values.items():
                period = f"{year}-{month:02d}"
                shown = v * 1.3 if make.wrong(0.002) else v
                fig = _figure(shown, "billion CNY", places_=3)
                if not make.omit():
                    make.add(province, period, flow, "value", fig, partner)
                if make.wrong(0.005):  # the same statement again, from another release
                    again = v * 1.2 if make.wrong(0.3) else v
                    fig = _figure(again, "billion CNY", places_=3)
                    make.add(province, period, flow, "value", fig, partner, source=1)
                if year == YEARS[0]:
                    continue
                growth = (v / values[(year - 1, month)] - 1) * 100
                if make.wrong():
                    growth += 6
                make.add(province, period, flow, "yoy_growth", _figure(growth, "percent"), partner)
                if partner == "World":
                    rate = 7.08 + 0.01 * ((year * 12 + month) % 15)
                    if make.wrong():
                        rate *= 1.1
                    usd = _figure(v / rate, "billion USD", "about", places_=2)
                    make.add(province, period, flow, "value", usd, source=2)
                    continue
                total = world[(province, flow, year, month)]
                share = v / total * 100
                share = 97 - share if make.wrong(0.002) else share
                make.add(province, period, flow, "share", _figure(share, "percent"), partner)
                before = world[(province, flow, year - 1, month)]
                gap = growth - (total / before - 1) * 100 + (5 if make.wrong() else 0)
                fig = _figure(gap, "percentage_point")
                make.add(province, period, flow, "growth_gap", fig, partner, benchmark=province)
            if partner == "World":  # quarters and the half year, some months left unstated
                year = YEARS[-1]
                for q in range(1, 5):
                    months = [values[(year, m)] for m in range(3 * q - 2, 3 * q + 1)]
                    fig = _figure(sum(months) * (1.2 if make.wrong() else 1), "billion CNY")
                    make.add(province, f"{year}-Q{q}", flow, "value", fig, source=3)
                half = sum(values[(year, m)] for m in range(1, 7))
                make.add(province, f"{year}-H1", flow, "value", _figure(half, "billion CNY"))
            elif flow == "exports" and province == "Beijing":  # mirror: China vs partner
                for month in range(1, 13):
                    period = f"{YEARS[-1]}-{month:02d}"
                    x = rnd.uniform(1, 50)
                    m = x * (1.06 if not make.wrong(0.05) else 1.6)
                    make.add(
                        "China", period, "exports", "value", _figure(x, "billion USD"), partner
                    )
                    fig = _figure(m, "billion USD")
                    make.add(partner, period, "imports", "value", fig, "China", source=1)
    return ts.FactSet(make.facts[:n])


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def measure(n: int) -> dict[str, Any]:
    """Generate ``n`` facts and time ``check`` and ``derive`` on them (in this process)."""
    start = _rss_mb()
    facts = generate(n)
    built = _rss_mb()
    rates = rate_table()
    t0, c0 = time.perf_counter(), time.process_time()
    findings = check(facts, rates=rates)
    t1, c1 = time.perf_counter(), time.process_time()
    derived = derive(facts, rates=rates)
    t2, c2 = time.perf_counter(), time.process_time()
    peak = _rss_mb()
    return {
        "n": len(facts),
        "check": t1 - t0,
        "derive": t2 - t1,
        "check_cpu": c1 - c0,
        "derive_cpu": c2 - c1,
        "findings": len(findings),
        "errors": sum(f.severity is ts.Severity.ERROR for f in findings),
        "derived": len(derived),
        "fact_bytes": (built - start) * 2**20 / len(facts),
        "work_bytes": (peak - built) * 2**20 / len(facts),
    }


def _child(n: int, out: Any) -> None:
    out.send(measure(n))
    out.close()


def measure_apart(n: int) -> dict[str, Any]:
    """:func:`measure` in a fresh process, so the peak memory is this size's alone."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(n, send))
    process.start()
    result: dict[str, Any] = receive.recv()
    process.join()
    return result


def exponent(small: dict[str, Any], big: dict[str, Any], step: str) -> float:
    """log(t_big / t_small) / log(n_big / n_small): 1.0 is linear time."""
    if small[step] <= 0 or big["n"] == small["n"]:
        return float("nan")
    return math.log(big[step] / small[step]) / math.log(big["n"] / small["n"])


def report(results: list[dict[str, Any]]) -> str:
    """The table of times, exponents and memory per fact."""
    lines = [
        f"{'facts':>9} {'check s':>8} {'cpu s':>7} {'derive s':>8} {'cpu s':>7} "
        f"{'findings':>8} {'errors':>6} {'derived':>8} {'exp chk':>7} {'exp drv':>7} "
        f"{'B/fact':>6} {'work B/f':>8}"
    ]
    for i, r in enumerate(results):
        exps = ("", "")
        if i:
            prev = results[i - 1]
            exps = (
                f"{exponent(prev, r, 'check_cpu'):.2f}",
                f"{exponent(prev, r, 'derive_cpu'):.2f}",
            )
        lines.append(
            f"{r['n']:>9} {r['check']:>8.2f} {r['check_cpu']:>7.2f} {r['derive']:>8.2f} "
            f"{r['derive_cpu']:>7.2f} {r['findings']:>8} {r['errors']:>6} {r['derived']:>8} "
            f"{exps[0]:>7} {exps[1]:>7} {r['fact_bytes']:>6.0f} {r['work_bytes']:>8.0f}"
        )
    if len(results) > 1:  # the largest step up in size
        small, big = results[-2], results[-1]
        both = (big["check_cpu"] + big["derive_cpu"]) / (small["check_cpu"] + small["derive_cpu"])
        lines.append(
            f"{small['n']} -> {big['n']} facts (cpu): check "
            f"{big['check_cpu'] / small['check_cpu']:.1f}x, derive "
            f"{big['derive_cpu'] / small['derive_cpu']:.1f}x, both {both:.1f}x (linear: "
            f"{big['n'] / small['n']:.1f}x; target 100k -> 1M <= ~12x); check on "
            f"{big['n']}: {big['check']:.1f} s wall, {big['check_cpu']:.1f} s cpu "
            "(target on 1M < 60 s)"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Run the sizes asked for (each in its own process unless ``--inline``) and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--inline", action="store_true", help="measure in this process (memory less exact)"
    )
    parser.add_argument(
        "--profile", type=int, metavar="N", help="cProfile check and derive on N facts instead"
    )
    args = parser.parse_args(argv)
    if args.profile:
        import cProfile
        import pstats

        facts, rates = generate(args.profile), rate_table()
        profiler = cProfile.Profile()
        profiler.runcall(lambda: (check(facts, rates=rates), derive(facts, rates=rates)))
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        return []
    results = []
    for n in sorted(args.sizes):
        results.append(measure(n) if args.inline else measure_apart(n))
        lines = report(results).splitlines()
        print(
            lines[0] if len(results) == 1 else "",
            lines[len(results)],
            sep="\n" if len(results) == 1 else "",
        )
        sys.stdout.flush()
    print()
    print(report(results))
    return results


if __name__ == "__main__":
    main()
