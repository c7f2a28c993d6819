"""The Dask path gives the in-memory path's conversions, findings and derived facts."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")
pytest.importorskip("dask.dataframe")

import dask
from dask.multiprocessing import CPU_COUNT, get_context, initialize_worker_process

from tradestat import FactSet, load
from tradestat.checks import check
from tradestat.derivation import derive
from tradestat.distributed import GROUP, from_dask, groups, to_dask
from tradestat.distributed import check as dask_check
from tradestat.distributed import convert as dask_convert
from tradestat.distributed import derive as dask_derive
from tradestat.figures import Figure
from tradestat.models import Fact, Provenance
from tradestat.rates import ExchangeRate, RateTable
from tradestat.table import FactTable

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def worker_pool() -> Iterator[ProcessPoolExecutor]:
    """The pool Dask's "processes" scheduler makes (its context, initializer and size), made
    once for the module: Dask's own is made for each compute, its workers importing
    tradestat, pandas and pyarrow afresh, most of these tests' time."""
    if os.environ.get("PYTHONHASHSEED") in (None, "0"):
        os.environ["PYTHONHASHSEED"] = "6640"  # as Dask sets it before making its pool
    pool = ProcessPoolExecutor(
        CPU_COUNT, mp_context=get_context(), initializer=initialize_worker_process
    )
    yield pool
    pool.shutdown()


@pytest.fixture(autouse=True, params=["synchronous", "threads", "processes"])
def scheduler(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test on Dask's local schedulers; on "processes" every partition's work and
    result crosses a process boundary (pickled), as on a cluster's workers."""
    pool = request.getfixturevalue("worker_pool") if request.param == "processes" else None
    with dask.config.set(scheduler=request.param, pool=pool):
        yield


def repo_facts() -> FactSet:
    files = [*sorted((DATA / "checks").glob("*.json")), *sorted((DATA / "corpus").glob("*.json"))]
    facts = []
    for path in files:
        facts.extend(load(path).facts)
    return FactSet(facts)


def synthetic_facts() -> FactSet:
    """Provinces by year: values and growth, a mirror pair and a gap against China."""
    facts = []
    provinces = ["Xinjiang", "Fujian", "Sichuan", "Yunnan", "Gansu", "Hainan", "Jilin", "Tibet"]
    for i, province in enumerate(provinces):
        for year in range(2019, 2025):
            value = 100 + 10 * i + 7 * (year - 2019)
            facts.append(
                Fact(
                    province,
                    str(year),
                    "total",
                    "value",
                    Figure(str(value), "billion CNY"),
                    provenance=Provenance(source=f"{province}-{year}"),
                )
            )
            growth = "12.5" if year % 2 else "3"  # deliberately off for some years
            facts.append(
                Fact(province, str(year), "total", "yoy_growth", Figure(growth, "percent"))
            )
        if i < 3:
            facts.append(
                Fact(
                    province,
                    "2024",
                    "total",
                    "growth_gap",
                    Figure("2.1", "percentage_point"),
                    benchmark="China",
                )
            )
    for year in range(2019, 2025):
        facts.append(Fact("China", str(year), "total", "yoy_growth", Figure("5", "percent")))
    facts.append(
        Fact("China", "2024", "exports", "value", Figure("80", "billion USD"), partner="Kazakhstan")
    )
    facts.append(
        Fact("Kazakhstan", "2024", "imports", "value", Figure("60", "billion USD"), partner="China")
    )
    return FactSet(facts)


def same(a: list, b: list) -> None:
    assert Counter(map(repr, a)) == Counter(map(repr, b))
    assert len(a) == len(b)


@pytest.mark.parametrize("facts", [repo_facts(), synthetic_facts()], ids=["repo", "synthetic"])
def test_checks_and_derivations_match_in_memory(facts: FactSet) -> None:
    table = FactTable.from_factset(facts)
    frame = to_dask(table, npartitions=12)
    assert frame.npartitions > 1
    assert from_dask(frame) == table
    # every group lies in one partition
    parts = [p.compute() for p in frame.to_delayed()]
    owners: dict[int, int] = {}
    for number, part in enumerate(parts):
        for group in set(part[GROUP]):
            assert owners.setdefault(group, number) == number
    same(dask_check(frame), check(facts))
    same(dask_derive(frame), derive(facts))
    rates = RateTable.from_rates([ExchangeRate.of("USD", "CNY", "7.1", period="2024")])
    same(dask_derive(frame, rates=rates), derive(facts, rates=rates))


def test_groups_join_benchmarks_and_mirror_partners() -> None:
    table = FactTable.from_factset(synthetic_facts())
    numbers = groups(table)
    subjects = table.table.column("subject").cast("string").to_pylist()
    by_subject = dict(zip(subjects, numbers, strict=True))
    assert by_subject["Xinjiang"] == by_subject["China"] == by_subject["Kazakhstan"]


def test_convert_matches_in_memory() -> None:
    facts = synthetic_facts()
    table = FactTable.from_factset(facts)
    rate = ExchangeRate.of("USD", "CNY", "7.1776")
    frame = dask_convert(to_dask(table, npartitions=5), "USD", rate)
    assert from_dask(frame) == table.convert("USD", rate)
