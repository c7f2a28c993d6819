"""Loading speed, streaming memory and start-up, each as a ratio against a peer in one run.

Prints a table of:

- tidy CSV through ``tradestat.load`` vs ``pandas.read_csv`` of the same file;
- a Comtrade API JSON file vs the same rows as a Comtrade CSV file, both through
  ``tradestat.load`` (the target: JSON within 2x of CSV);
- peak memory of a subprocess streaming a tidy CSV with ``tradestat.loaders.iter_load``
  (the target: under 300 MB for 1M rows), beside a subprocess that only imports tradestat;
- start-up: ``python -c "import tradestat; tradestat.__version__"`` and
  ``python -m tradestat --version`` vs ``python -c "import pint"`` (best of 5 each; the
  target: at most half as long); a one-value ``tradestat convert`` vs ``import pint``, fresh
  processes taken in turn (best of 7 each; the target: at most 1.5x).

Usage: ``python benchmarks/bench_loading.py [--rows 100000] [--stream-rows 1000000]``.
The files are generated in a temporary directory; nothing is timed in the tests, which run
this at a tiny size only to see that it works.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_SUBJECTS = ("Xinjiang", "Guangdong", "Zhejiang", "Jiangsu", "Shanghai", "Beijing", "Fujian")
_PARTNERS = ("World", "Kazakhstan", "Russia", "United States", "Germany", "Japan", "Viet Nam")
_UNITS = ("billion CNY", "100 million CNY", "million USD", "10 thousand USD", "billion USD")
_TIDY_HEADER = "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote\n"


def _period(i: int) -> str:
    year = 2000 + (i // 12) % 25
    return f"{year}-{i % 12 + 1:02d}"


def write_tidy_csv(path: Path, rows: int) -> None:
    """A tidy CSV of ``rows`` value facts (subjects, partners, periods and units varied)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(_TIDY_HEADER)
        for i in range(rows):
            handle.write(
                f"{_SUBJECTS[i % 7]},{_period(i // 7)},{('exports', 'imports')[i % 2]},"
                f"{_PARTNERS[(i // 3) % 7]},,value,{(i % 9973) / 10 + 1:.1f},"
                f"{_UNITS[(i // 5) % 5]},exact,,\n"
            )


def comtrade_rows(rows: int) -> Iterator[dict[str, Any]]:
    """Comtrade API rows (every export column) for monthly totals."""
    from tradestat.loaders.comtrade import COMTRADE_COLUMNS

    template: dict[str, Any] = dict.fromkeys(COMTRADE_COLUMNS)
    template.update(
        typeCode="C",
        freqCode="M",
        reporterCode=156,
        reporterISO="CHN",
        reporterDesc="China",
        partner2Code=0,
        partner2ISO="W00",
        partner2Desc="World",
        classificationCode="H6",
        classificationSearchCode="HS",
        isOriginalClassification=True,
        cmdCode="TOTAL",
        cmdDesc="All Commodities",
        aggrLevel=0,
        isLeaf=False,
        customsCode="C00",
        customsDesc="TOTAL CPC",
        mosCode=0,
        motCode=0,
        motDesc="TOTAL MOT",
        qtyUnitCode=-1,
        qtyUnitAbbr="N/A",
        qty=0,
        isQtyEstimated=False,
        altQtyUnitCode=-1,
        altQtyUnitAbbr="N/A",
        altQty=0,
        isAltQtyEstimated=False,
        netWgt=0,
        isNetWgtEstimated=False,
        grossWgt=0,
        isGrossWgtEstimated=False,
        legacyEstimationFlag=0,
        isReported=False,
        isAggregate=True,
    )
    for i in range(rows):
        year, month = 2000 + (i // 12) % 25, i % 12 + 1
        partner = 1 + (i // 300) % 800
        row = dict(template)
        row.update(
            refPeriodId=f"{year}{month:02d}01",
            refYear=year,
            refMonth=month,
            period=f"{year}{month:02d}",
            flowCode="MX"[i % 2],
            flowDesc=("Import", "Export")[i % 2],
            partnerCode=partner,
            partnerISO=f"P{partner:02d}",
            partnerDesc=f"Partner {partner}",
            cifvalue=None,
            fobvalue=1000.5 + i,
            primaryValue=1000.5 + i,
        )
        yield row


def write_comtrade(json_path: Path, csv_path: Path, rows: int) -> None:
    """The same Comtrade rows as API JSON (indented, as saved from a browser) and as CSV."""
    from tradestat.loaders.comtrade import COMTRADE_COLUMNS

    with json_path.open("w", encoding="utf-8") as handle:
        handle.write(f'{{\n  "elapsedTime": "0.31 secs",\n  "count": {rows},\n  "data": [')
        for i, row in enumerate(comtrade_rows(rows)):
            handle.write(("," if i else "") + "\n    " + json.dumps(row, indent=6)[:-1] + "    }")
        handle.write('\n  ],\n  "error": ""\n}\n')
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COMTRADE_COLUMNS)
        for row in comtrade_rows(rows):
            writer.writerow(["" if row[c] is None else row[c] for c in COMTRADE_COLUMNS])


def best(run: Callable[[], object], repeat: int = 1) -> float:
    """The best wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


#: Fresh processes may cache bytecode, as an installed package (and pint, here) has it: with
#: PYTHONDONTWRITEBYTECODE set, every start would compile tradestat's sources but not pint's.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=_ENV)
    return time.perf_counter() - start


def _python(code: str) -> float:
    return _run([sys.executable, "-c", code])


_PEAK = """
import resource, sys
{body}
try:  # this process's own peak (ru_maxrss on Linux keeps the parent's across exec)
    with open("/proc/self/status") as status:
        print([int(l.split()[1]) for l in status if l.startswith("VmHWM:")][0])
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
_STREAM = """
from tradestat.loaders import iter_load
facts = rejected = 0
for chunk in iter_load(sys.argv[1], chunk_size=10_000):
    facts += len(chunk.facts)
    rejected += len(chunk.rejected)
assert facts + rejected == int(sys.argv[2]), (facts, rejected)
"""


def peak_mb(body: str, *args: str) -> float:
    """Peak resident memory, in MB, of a fresh Python running ``body`` (``sys.argv`` = args)."""
    done = subprocess.run(
        [sys.executable, "-c", _PEAK.format(body=body), *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout.split()[-1]) / 1024  # KiB


def measure(
    rows: int, stream_rows: int, repeat: int, workdir: Path, starts: int = 5
) -> list[tuple[str, ...]]:
    """The table rows: what, tradestat, the peer, and the ratio.

    Start-ups are the best of ``starts`` fresh processes, the one-value convert of
    ``starts + 2`` taken in turn with the peer.
    """
    import pandas as pd

    import tradestat

    table: list[tuple[str, ...]] = []
    tidy = workdir / "tidy.csv"
    write_tidy_csv(tidy, rows)
    ours = best(lambda: tradestat.load(tidy), repeat)
    theirs = best(lambda: pd.read_csv(tidy), repeat)
    table.append(
        (
            f"tidy CSV, {rows} rows",
            f"{ours:.3f} s",
            f"pandas {theirs:.3f} s",
            f"{ours / theirs:.1f}x",
        )
    )

    api, flat = workdir / "comtrade.json", workdir / "comtrade.csv"
    write_comtrade(api, flat, rows)
    as_json = as_csv = float("inf")
    for _ in range(max(repeat, 2)):  # interleaved, so both see the same machine load
        as_json = min(as_json, best(lambda: tradestat.load(api, loader="comtrade")))
        as_csv = min(as_csv, best(lambda: tradestat.load(flat, loader="comtrade")))
    table.append(
        (
            f"Comtrade API JSON, {rows} rows",
            f"{as_json:.3f} s",
            f"same rows as CSV {as_csv:.3f} s",
            f"{as_json / as_csv:.2f}x",
        )
    )

    big = workdir / "stream.csv"
    write_tidy_csv(big, stream_rows)
    streamed = peak_mb(_STREAM, str(big), str(stream_rows))
    baseline = peak_mb("import tradestat.loaders")
    table.append(
        (
            f"iter_load peak memory, {stream_rows} rows",
            f"{streamed:.0f} MB",
            f"import alone {baseline:.0f} MB",
            f"{streamed / baseline:.1f}x",
        )
    )

    _python("import tradestat; tradestat.__version__")  # warm, as below
    theirs = min(_python("import pint") for _ in range(starts))
    ours = min(_python("import tradestat; tradestat.__version__") for _ in range(starts))
    table.append(
        (
            "start-up (import, __version__)",
            f"{ours:.3f} s",
            f"import pint {theirs:.3f} s",
            f"{ours / theirs:.2f}x",
        )
    )
    cli = min(_run([sys.executable, "-m", "tradestat", "--version"]) for _ in range(starts))
    table.append(
        (
            "tradestat --version",
            f"{cli:.3f} s",
            f"import pint {theirs:.3f} s",
            f"{cli / theirs:.2f}x",
        )
    )
    pint_again, convert = _interleaved(
        [sys.executable, "-c", "import pint"],
        [sys.executable, "-m", "tradestat", *CONVERT],
        starts + 2,
    )
    table.append(
        (
            "tradestat convert, one value",
            f"{convert:.3f} s",
            f"import pint {pint_again:.3f} s",
            f"{convert / pint_again:.2f}x",
        )
    )
    return table


#: A one-value conversion as a user types it (the target: within 1.5x of ``import pint``).
CONVERT = ("convert", "280.8 billion CNY", "--to", "USD", "--rate", "7.14")


def _interleaved(peer: list[str], ours: list[str], times: int) -> tuple[float, float]:
    """Best wall times of fresh processes, the peer's and ours taken in turn (same load)."""
    _run(peer), _run(ours)  # warm: bytecode written, files in the page cache
    best_peer = best_ours = float("inf")
    for _ in range(times):
        best_peer = min(best_peer, _run(peer))
        best_ours = min(best_ours, _run(ours))
    return best_peer, best_ours


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the timed files")
    parser.add_argument(
        "--stream-rows", type=int, default=1_000_000, help="rows of the streamed file"
    )
    parser.add_argument("--repeat", type=int, default=1, help="timed runs (best is kept)")
    parser.add_argument(
        "--starts", type=int, default=5, help="fresh processes per start-up timing (best is kept)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        table = measure(args.rows, args.stream_rows, args.repeat, Path(tmp), max(args.starts, 1))
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    header = ("work", "tradestat", "peer", "ratio")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    for row in (header, *table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
