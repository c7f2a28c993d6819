"""The columnar operations on a Dask DataFrame: conversion, checks and derivations in parallel.

:func:`to_dask` partitions a :class:`~tradestat.table.FactTable` so that every group of
facts the checks compare lives in one partition: a group joins the subjects that a fact
names as subject, as benchmark (a growth gap against "China") or as partner (mirror
statistics pair A's exports to B with B's imports from A). :func:`check` and
:func:`derive` then run :func:`tradestat.check` / :func:`tradestat.derive` on each group,
in parallel on whatever scheduler Dask uses, and :func:`convert` converts every partition
with :meth:`FactTable.convert`. The results are those of the in-memory path. Dask is
optional: ``pip install 'tradestat[dask]'``.
"""

from __future__ import annotations

from typing import Any

from tradestat.checks.rule import Derived, Finding
from tradestat.errors import TradestatError
from tradestat.frames import require
from tradestat.table import FactTable

__all__ = ["to_dask", "from_dask", "convert", "check", "derive", "groups"]

#: Helper columns of a partitioned frame: the fact's row in the table and its group.
ROW, GROUP = "_row", "_group"


def _dd() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError:
        raise TradestatError(
            "the Dask path needs dask, which is not installed: pip install 'tradestat[dask]'"
        ) from None
    return dd


def groups(table: FactTable) -> Any:
    """A group number per row: rows whose subjects a check may compare share a number.

    Subjects are joined with the benchmarks and partners their facts name (partners by
    canonical name, as the mirror check pairs them), so the groups are closed under every
    comparison the checks and derivations make.
    """
    np = require("numpy", "the Dask path")
    from tradestat.partners import canonical

    arrow = table.table
    subjects = arrow.column("subject").cast("string").to_pylist()
    partners = arrow.column("partner").cast("string").to_pylist()
    benchmarks = arrow.column("benchmark").cast("string").to_pylist()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    names = {s: canonical(s) for s in set(subjects)}
    for subject, canon in names.items():
        union(subject, "=" + canon)
    known = set(names.values())
    for subject, partner, benchmark in set(zip(subjects, partners, benchmarks, strict=True)):
        if benchmark is not None:
            union(subject, "=" + canonical(benchmark))
            union("=" + canonical(benchmark), benchmark)
        if partner is not None and canonical(partner) in known:
            union(subject, "=" + canonical(partner))
    numbers: dict[str, int] = {}
    out = np.empty(len(subjects), np.int64)
    for i, subject in enumerate(subjects):
        out[i] = numbers.setdefault(find(subject), len(numbers))
    return out


def to_dask(table: FactTable, npartitions: int = 8) -> Any:
    """The table as a Dask DataFrame; each group of :func:`groups` lies in one partition.

    The index is the group number, and ``_row`` keeps each fact's place in the table.
    """
    dd = _dd()
    np = require("numpy", "the Dask path")
    frame = table.to_pandas()
    frame[ROW] = np.arange(len(frame))
    frame[GROUP] = groups(table)
    frame = frame.sort_values([GROUP, ROW]).set_index(GROUP, drop=False)
    frame.index.name = None
    return dd.from_pandas(frame, npartitions=max(1, npartitions), sort=True)


def _table_of(frame: Any) -> FactTable:
    """A partition (or group) as a FactTable in table order, helper columns dropped."""
    ordered = frame.sort_values(ROW) if ROW in frame.columns else frame
    plain = ordered.drop(columns=[c for c in (ROW, GROUP) if c in ordered.columns])
    return FactTable.from_pandas(plain.reset_index(drop=True))


def from_dask(frame: Any) -> FactTable:
    """A FactTable of a Dask DataFrame made by :func:`to_dask` (or :func:`convert`)."""
    return _table_of(frame.compute())


class _Rates:
    """Rates handed to the partitions; Dask names the task by this token, not by hashing."""

    def __init__(self, rates: Any) -> None:
        import uuid

        self.rates = rates
        self.token = uuid.uuid4().hex

    def __dask_tokenize__(self) -> str:
        return self.token


def _convert_part(frame: Any, to: str, rates: Any) -> Any:
    from tradestat.frames import pandas_from_table
    from tradestat.table import _convert

    rates = rates.rates if isinstance(rates, _Rates) else rates
    ordered = frame.sort_values(ROW)
    table = _table_of(ordered)
    converted, positions = _convert(table.table, to, rates)
    result = pandas_from_table(converted)
    for name, dtype in result.dtypes.items():
        if str(dtype) == "category":  # partitions' categories differ; Dask wants one dtype
            result[name] = result[name].astype(object)
    for helper in (ROW, GROUP):
        result[helper] = ordered[helper].to_numpy()[positions]
    result.index = ordered.index[positions]
    return result


def convert(frame: Any, to: str = "USD", rates: Any = None) -> Any:
    """:meth:`FactTable.convert` on every partition (``map_partitions``), lazily."""
    meta = _convert_part(frame._meta, to, rates)
    return frame.map_partitions(_convert_part, to, _Rates(rates), meta=meta)


def _per_group(frame: Any, run: Any) -> list[Any]:
    found: list[Any] = []
    if len(frame) == 0:
        return found
    for _, group in frame.groupby(GROUP, sort=False, observed=True):
        found.extend(run(_table_of(group).to_factset()))
    return found


def _run(frame: Any, run: Any) -> list[Any]:
    from dask.base import compute
    from dask.delayed import delayed

    parts = frame.to_delayed()
    results = compute(*(delayed(_per_group)(part, run) for part in parts))  # type: ignore[no-untyped-call]
    return [item for part in results for item in part]


def check(frame: Any, **options: Any) -> list[Finding]:
    """:func:`tradestat.check` on each group, in parallel; the findings of all groups.

    The same findings as ``tradestat.check(table.to_factset(), **options)``, errors first;
    within a severity they come group by group.
    """
    from tradestat.checks import _ORDER
    from tradestat.checks import check as run_check

    findings = _run(frame, lambda facts: run_check(facts, **options))
    return sorted(findings, key=lambda f: _ORDER[f.severity])


def derive(frame: Any, **options: Any) -> list[Derived]:
    """:func:`tradestat.derive` on each group, in parallel; every derived fact once."""
    from tradestat.derivation import derive as run_derive

    return _run(frame, lambda facts: run_derive(facts, **options))
