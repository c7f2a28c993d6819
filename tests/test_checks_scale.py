"""Checks and derivations at scale: the same findings as before the linear rewrite.

``tests/data/checks/scale-snapshot.json`` holds, for every loadable test data file, every
annotated and extracted corpus article (``tests/data`` and ``../shared/corpus``), all of
them together, and a synthetic table from ``benchmarks/bench_checks.py``: the facts (as
records, so loader or extractor changes do not move it) and the findings of ``check`` and
``derive`` recorded with the quadratic implementation. The rules must give exactly those
findings. Regenerate only on purpose (a rule's meaning changed):
``TRADESTAT_UPDATE_SNAPSHOT=1 pytest tests/test_checks_scale.py``.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import math
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradestat as ts
from tradestat.checks import check
from tradestat.derivation import derive
from tradestat.errors import ValidationError

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
SNAPSHOT = DATA / "checks" / "scale-snapshot.json.gz"
TOGETHER = "all together"

_spec = importlib.util.spec_from_file_location(
    "bench_checks", ROOT / "benchmarks" / "bench_checks.py"
)
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

RATES = (
    "period,base,quote,rate\n"
    + "".join(
        f"{y}-{m:02d},USD,CNY,{6.2 + 0.07 * ((y * 12 + m) % 15):.4f}\n"
        for y in range(2012, 2027)
        for m in range(1, 13)
    )
    + "".join(f"{y},EUR,CNY,{7.4 + 0.1 * (y % 5):.2f}\n" for y in range(2012, 2027))
)


def _kept(facts: ts.FactSet) -> ts.FactSet:
    """The facts whose records give them back (the snapshot stores records)."""
    kept = []
    for f in facts:
        try:
            if ts.FactSet.from_records([f.to_record()])[0] == f:
                kept.append(f)
        except ts.TradestatError:
            continue
    return ts.FactSet(kept)


def _inputs() -> dict[str, tuple[ts.FactSet, bool]]:
    """Every fact set the snapshot covers: (facts, read by the extractor)."""
    found: dict[str, tuple[ts.FactSet, bool]] = {}
    files = [(p, p.relative_to(ROOT).as_posix()) for p in sorted(DATA.rglob("*"))]
    files += [(p, f"../shared/corpus/{p.name}") for p in sorted(SHARED_CORPUS.glob("*"))]
    for path, name in files:
        if not path.is_file() or path.suffix in (".md", ".py"):
            continue
        if path.suffix == ".txt" and path.with_suffix(".json").is_file():
            text = path.read_text(encoding="utf-8")
            found[f"{name} (extracted)"] = (_kept(ts.extract(text, source=path.name).facts), True)
        try:
            facts = _kept(ts.load(path).facts)
        except ts.TradestatError:
            continue
        if facts:
            found[name] = (facts, False)
    found["synthetic"] = (bench.generate(1500, seed=1, wrong=0.1), False)
    return found


def _together(cases: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of every case but the synthetic one, in one list."""
    names = sorted(n for n in cases if n not in (TOGETHER, "synthetic"))
    return [r for n in names for r in cases[n]["records"]]


def _index(facts: ts.FactSet) -> dict[int, int]:
    return {id(f): i for i, f in enumerate(facts)}


def _ref(fact: ts.Fact, index: dict[int, int]) -> Any:
    """A fact involved: its position among the inputs, else its record."""
    return index.get(id(fact), fact.to_record())


def _number(x: float) -> Any:
    return x if math.isfinite(x) else str(x)


def outcome(facts: ts.FactSet, extracted: bool) -> dict[str, Any]:
    """The findings of check and derive (with and without a rate table), sorted."""
    index = _index(facts)
    table = ts.RateTable.from_csv(io.StringIO(RATES))
    result: dict[str, Any] = {}
    for label, rates in (("tabled", table), ("untabled", None)):
        findings = check(facts, rates=rates, extracted=extracted)
        result[f"check {label}"] = sorted(
            [f.rule, f.severity.value, f.message, [_ref(x, index) for x in f.facts]]
            for f in findings
        )
        result[f"derive {label}"] = sorted(
            [
                d.rule,
                json.dumps(d.fact.to_record(), sort_keys=True, ensure_ascii=False),
                _number(d.estimate.low),
                _number(d.estimate.high),
                _number(d.estimate.value),
                [_ref(x, index) for x in d.inputs],
            ]
            for d in derive(facts, rates=rates)
        )
    return result


def _normal(value: Any) -> Any:
    """JSON's view of a value (tuples as lists), for comparison with the stored one."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def _write_snapshot() -> None:
    cases: dict[str, Any] = {}
    for name, (facts, extracted) in _inputs().items():
        cases[name] = {
            "extracted": extracted,
            "records": facts.to_records(),
            **outcome(facts, extracted),
        }
    together = ts.FactSet.from_records(_together(cases))
    cases[TOGETHER] = {"extracted": False, "records": None, **outcome(together, False)}
    text = json.dumps(cases, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    SNAPSHOT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


if os.environ.get("TRADESTAT_UPDATE_SNAPSHOT"):
    _write_snapshot()

_CASES: dict[str, Any] = json.loads(gzip.decompress(SNAPSHOT.read_bytes()))


@pytest.mark.parametrize("name", sorted(_CASES))
def test_the_findings_are_those_of_the_quadratic_rules(name: str) -> None:
    case = _CASES[name]
    records = _together(_CASES) if case["records"] is None else case["records"]
    facts = ts.FactSet.from_records(records, source=name)
    assert facts.to_records() == records
    got = _normal(outcome(facts, case["extracted"]))
    for key, value in got.items():
        assert value == case[key], f"{name}: {key} differs"


def test_the_snapshot_covers_every_rule_and_derivation() -> None:
    rules = {f[0] for case in _CASES.values() for f in case["check tabled"]}
    assert {r.name for r in ts.checks.BUILTIN_CHECKS} <= rules | {"parts_within_whole"}
    derived = {d[0].split(" ")[0] for case in _CASES.values() for d in case["derive tabled"]}
    assert {"part_from_share", "base_value", "converted", "unstated_months"} <= derived


def test_the_benchmark_runs_at_a_tiny_size(capsys: pytest.CaptureFixture[str]) -> None:
    results = bench.main(["--sizes", "300", "600", "--inline"])
    assert [r["n"] for r in results] == [300, 600]
    assert all(r["findings"] > 0 and r["derived"] > 0 for r in results)
    out = capsys.readouterr().out
    assert "check s" in out and "exp chk" in out


def test_generated_facts_hold_the_contradictions_they_are_made_with() -> None:
    facts = bench.generate(4000, seed=3)
    assert len(facts) == 4000
    rules = {f.rule for f in check(facts, rates=bench.rate_table()) if f.severity.value == "error"}
    assert {"growth_vs_previous", "gap_vs_benchmark", "share_vs_component"} <= rules


class _Table:
    """A stand-in for a columnar table: anything with ``to_factset()`` is accepted."""

    def __init__(self, facts: ts.FactSet) -> None:
        self.rows = facts.to_records()

    def to_factset(self) -> ts.FactSet:
        return ts.FactSet.from_records(self.rows)


def test_check_and_derive_take_anything_with_to_factset() -> None:
    facts = bench.generate(800, seed=5, wrong=0.05)
    table = _Table(facts)
    rates = bench.rate_table()
    assert [str(f) for f in check(table, rates=rates)] == [
        str(f) for f in check(facts, rates=rates)
    ]
    assert [d.describe() for d in derive(table, rates=rates)] == [
        d.describe() for d in derive(facts, rates=rates)
    ]


def test_a_to_factset_that_gives_no_factset_is_refused() -> None:
    class Odd:
        def to_factset(self) -> list[int]:
            return [1, 2]

    with pytest.raises(ValidationError, match=r"Odd.to_factset\(\) returned list"):
        check(Odd())  # type: ignore[arg-type]


def test_the_garbage_collector_is_back_as_it_was_after_a_run() -> None:
    import gc

    facts = bench.generate(200, seed=2)
    assert gc.isenabled()
    check(facts)
    derive(facts)
    assert gc.isenabled()
    gc.disable()
    try:
        check(facts)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _partner_names() -> list[str]:
    from tradestat.places import _data

    data = _data()
    territories = sorted(data.sovereigns)[:12]
    sovereigns = sorted(set(data.sovereigns.values()))
    groups = sorted(data.complete)[:8]
    return [*territories, *sovereigns, *sorted(data.economies)[:20], *groups, "Guangdong", "X"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_partner_names()), st.floats(0, 60, allow_nan=False)),
        min_size=15,
        max_size=60,
    )
)
def test_the_greedy_pass_over_partners_chooses_as_pairwise_tests_would(
    items: list[tuple[str, float]],
) -> None:
    """Set lookups for single economies give exactly the pairwise greedy choice."""
    from tradestat.checks.shares import _heaviest_disjoint
    from tradestat.places import disjoint_partners

    shares: list[Any] = [(name, i, low) for i, (name, low) in enumerate(items)]  # i for a fact
    fast = _heaviest_disjoint(shares, disjoint_partners, economies=True)
    slow = _heaviest_disjoint(shares, disjoint_partners, economies=False)
    assert fast == slow
