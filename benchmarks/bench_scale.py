"""Bulk-data ratios against peers measured in the same run: load, dump, Parquet, convert.

    python benchmarks/bench_scale.py --rows 1000000

Writes realistic synthetic files (provinces x months x partners x flows, digits in
"100 million CNY" (亿元), "billion USD" ...; a Comtrade export of reporters x partners x
commodities), then times each operation and its peer in a fresh subprocess (time after
the imports: pandas for the peer, pyarrow's modules and the reader's for tradestat; and
peak memory as ru_maxrss) and prints a table of ratios. The loads and the conversion are
timed ``--repeat`` times each (3 by default), taking turns with their peer, and the best of
each counts. Nothing here is
asserted: the issue's targets are printed beside the ratios.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

PROVINCES = (
    "Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia", "Liaoning", "Jilin",
    "Heilongjiang", "Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi",
    "Shandong", "Henan", "Hubei", "Hunan", "Guangdong", "Guangxi", "Hainan", "Chongqing",
    "Sichuan", "Guizhou", "Yunnan", "Tibet", "Shaanxi", "Gansu", "Qinghai", "Ningxia",
    "Xinjiang",
)  # fmt: skip
PARTNERS = (
    "World", "Kazakhstan", "Russia", "United States", "Japan", "Korea", "Germany",
    "Viet Nam", "ASEAN", "European Union", "Brazil", "India", "Australia", "Chile",
)  # fmt: skip
UNITS = ("100 million CNY", "billion USD", "10 thousand CNY", "million USD")
FLOWS = ("total", "exports", "imports")


def write_tidy(path: Path, rows: int) -> None:
    """A tidy CSV of value and growth facts, provinces x months x partners x flows."""
    import numpy as np

    rng = np.random.default_rng(7)
    with path.open("w", encoding="utf-8") as out:
        out.write("subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,")
        out.write("quote,source,span,derived_by\n")
        i = 0
        for year in range(2000, 3000):
            for month in range(1, 13):
                for province in PROVINCES:
                    for partner in PARTNERS:
                        for flow in FLOWS:
                            if i >= rows:
                                return
                            unit = UNITS[i % len(UNITS)]
                            value = f"{rng.integers(1, 10**6) / 100:.2f}"
                            measure = "value"
                            if i % 5 == 4:
                                measure, unit = "yoy_growth", "percent"
                                value = f"{rng.integers(-500, 900) / 10:.1f}"
                            out.write(
                                f"{province},{year}-{month:02d},{flow},{partner},,{measure},"
                                f"{value},{unit},exact,,,customs-{year},,\n"
                            )
                            i += 1


def write_comtrade(path: Path, rows: int) -> None:
    """A Comtrade+ CSV export: reporters x partners x commodities x flows, annual."""
    import numpy as np

    from tradestat.loaders.comtrade import COMTRADE_COLUMNS

    rng = np.random.default_rng(11)
    with path.open("w", encoding="utf-8") as out:
        out.write(",".join(COMTRADE_COLUMNS) + "\n")
        i = 0
        for year in range(1900, 3000):
            for reporter in range(1, 60):
                for partner in range(0, 60):
                    for cmd in ("TOTAL", "01", "27", "84", "85", "87"):
                        for flow in ("X", "M"):
                            if i >= rows:
                                return
                            value = f"{rng.integers(1000, 10**12)}.0"
                            desc = "All Commodities" if cmd == "TOTAL" else f"Chapter {cmd}"
                            cells = {
                                "typeCode": "C", "freqCode": "A",
                                "refPeriodId": f"{year}0101", "refYear": str(year),
                                "refMonth": "52", "period": str(year),
                                "reporterCode": str(reporter), "reporterISO": f"R{reporter:02d}",
                                "reporterDesc": f"Reporter {reporter}", "flowCode": flow,
                                "flowDesc": "Export" if flow == "X" else "Import",
                                "partnerCode": str(partner), "partnerISO": f"P{partner:02d}",
                                "partnerDesc": "World" if partner == 0 else f"Partner {partner}",
                                "partner2Code": "0", "partner2ISO": "W00",
                                "partner2Desc": "World", "classificationCode": "H6",
                                "classificationSearchCode": "HS",
                                "isOriginalClassification": "True", "cmdCode": cmd,
                                "cmdDesc": desc, "aggrLevel": "0", "isLeaf": "False",
                                "customsCode": "C00", "customsDesc": "TOTAL CPC",
                                "mosCode": "0", "motCode": "0", "motDesc": "TOTAL MOT",
                                "primaryValue": value, "fobvalue": value,
                            }  # fmt: skip
                            out.write(",".join(cells.get(c, "0") for c in COMTRADE_COLUMNS))
                            out.write("\n")
                            i += 1


_SNIPPETS = {
    "pandas_read": "import pandas as pd\nSTART\nresult = pd.read_csv(PATH)\nn = len(result)",
    "load_table": (
        "from tradestat.table import load_table\nimport tradestat.plugins\n"
        # its libraries and its reader's module imported first, as pandas is for pandas
        "import pyarrow.compute, pyarrow.csv, tradestat.loaders.bulk\n"
        "tradestat.plugins.host()\nSTART\nresult = load_table(PATH)\nn = len(result)"
    ),
    "pandas_to_csv": (
        "import pandas as pd\nframe = pd.read_csv(PATH)\nSTART\nframe.to_csv(OUT, index=False)"
    ),
    "dump_csv": (
        "from tradestat.table import load_table\nt = load_table(PATH)\nSTART\nt.dump(OUT)"
    ),
    "pandas_parquet": (
        "import pandas as pd\nframe = pd.read_csv(PATH)\nSTART\nframe.to_parquet(OUT)\n"
        "back = pd.read_parquet(OUT)"
    ),
    "parquet_round_trip": (
        "from tradestat.table import load_table, FactTable\nt = load_table(PATH)\nSTART\n"
        "t.dump(OUT)\nback = load_table(OUT)\nassert len(back) == len(t)"
    ),
    # pyarrow's to_numpy imports pandas on first use: imported before the timing on both
    # sides, as it is no conversion work
    "convert": (
        "import pandas\nfrom tradestat.table import load_table\n"
        "from tradestat.rates import RateTable, "
        "ExchangeRate\nt = load_table(PATH)\nrates = RateTable.from_rates(ExchangeRate.of("
        "'USD', 'CNY', '7.1%d' % (m % 10), period='%d-%02d' % (y, m + 1)) for y in range("
        "2000, 2100) for m in range(12))\nSTART\nresult = t.convert('USD', rates)"
    ),
    "numpy_convert": (
        # The same lookups as convert: per distinct unit its currency and scale (target
        # keeps the scale word), per (currency, period) the rate; then value, low and high
        # of the money rows times the factor of their (unit, period). Percent rows drop out,
        # rows already in USD keep a factor of 1.
        "import numpy as np\nimport pandas\nfrom tradestat.table import load_table\n"
        "from tradestat.rates import RateTable, ExchangeRate\n"
        "from tradestat.units import Quantity, currency_of, "
        "parse_unit\nt = load_table(PATH)\nrates = RateTable.from_rates("
        "ExchangeRate.of('USD', 'CNY', '7.1%d' % (m % 10), period='%d-%02d' % (y, m + 1)) "
        "for y in range(2000, 2100) for m in range(12))\nSTART\n"
        "def codes(name):\n"
        "    column = t.table.column(name).combine_chunks()\n"
        "    return column.indices.to_numpy(), column.dictionary.to_pylist()\n"
        "u_idx, units = codes('unit')\n"
        "p_idx, periods = codes('period')\n"
        "factor = np.full((len(units), len(periods)), np.nan)\n"
        "rate = {}\n"
        "for i, unit in enumerate(units):\n"
        "    code = currency_of(parse_unit(unit))\n"
        "    if code is None:\n"
        "        continue\n"
        "    target = parse_unit(unit.removesuffix(code).strip() + ' USD')\n"
        "    scale = Quantity(1.0, parse_unit(unit)).to(code).magnitude / "
        "Quantity(1.0, target).to('USD').magnitude\n"
        "    for j, period in enumerate(periods):\n"
        "        if code != 'USD' and (code, period) not in rate:\n"
        "            rate[code, period] = rates.lookup('USD', code, period).value\n"
        "        factor[i, j] = scale / (1.0 if code == 'USD' else rate[code, period])\n"
        "f = factor[u_idx, p_idx]\n"
        "rows = np.flatnonzero(~np.isnan(f))\n"
        "f = f[rows]\n"
        "result = tuple(t.table.column(n).to_numpy()[rows] * f for n in ('value', 'low', "
        "'high'))"
    ),
    "iter_table": (
        "from tradestat.table import iter_table\nn = sum(len(b) for b in iter_table(PATH))"
    ),
    "baseline": "import pandas, pyarrow, tradestat.table",
}


def measure(name: str, path: Path, out: Path) -> dict[str, float]:
    """Time (after START, else the whole snippet) and peak RSS of one snippet, in a subprocess."""
    body = _SNIPPETS[name]
    setup, _, timed = body.partition("START\n") if "START\n" in body else ("", "", body)
    code = (
        "import resource, time, json\n"
        f"PATH = {str(path)!r}\nOUT = {str(out)!r}\n"
        f"{setup}\nstart = time.perf_counter()\n{timed}\n"
        "elapsed = time.perf_counter() - start\n"
        "print(json.dumps({'s': elapsed, 'rss': resource.getrusage(resource.RUSAGE_SELF)"
        ".ru_maxrss / 1024}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{name} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def best_of(names: tuple[str, str], path: Path, out: Path, times: int) -> list[dict[str, float]]:
    """The snippets measured ``times`` times each, taking turns: the least time and memory.

    On a shared machine a run can be slowed by whatever else runs meanwhile; the best of a
    few, each side in turn, compares the two under like conditions.
    """
    runs: list[list[dict[str, float]]] = [[], []]
    for _ in range(max(times, 1)):
        for i, name in enumerate(names):
            runs[i].append(measure(name, path, out))
    return [{key: min(r[key] for r in side) for key in side[0]} for side in runs]


def main(argv: list[str] | None = None) -> list[tuple[str, float, float]]:
    """Run every comparison at ``--rows`` and print the table; returns (work, ratio, target)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--only", choices=("load",), help="only the loads against pandas.read_csv (quicker)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="loads and convert timed this often, taking turns with the peer; the best counts",
    )
    args = parser.parse_args(argv)
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        here = Path(tmp)
        tidy, comtrade = here / "tidy.csv", here / "comtrade.csv"
        write_tidy(tidy, args.rows)
        write_comtrade(comtrade, args.rows)
        base = measure("baseline", tidy, here / "x")["rss"]
        print(f"{args.rows} rows; tidy CSV {tidy.stat().st_size / 1e6:.1f} MB, "
              f"Comtrade CSV {comtrade.stat().st_size / 1e6:.1f} MB; "
              f"imports alone {base:.0f} MB")  # fmt: skip
        print(f"{'work':42} {'tradestat':>12} {'peer':>12} {'ratio':>7} {'target':>7}")

        def line(work: str, ours: float, peer: float, target: float, unit: str) -> None:
            ratio = ours / peer if peer else float("inf")
            rows.append((work, ratio, target))
            goal = f"{target:.1f}" if target else "-"
            print(f"{work:42} {ours:>10.3f}{unit:2} {peer:>10.3f}{unit:2} {ratio:>7.2f} "
                  f"{goal:>7}")  # fmt: skip

        for label, path in (("tidy CSV", tidy), ("Comtrade CSV", comtrade)):
            ours, peer = best_of(("load_table", "pandas_read"), path, here / "x", args.repeat)
            line(f"load {label} (time) vs pandas.read_csv", ours["s"], peer["s"], 2.0, "s")
            line(f"load {label} (peak RSS) vs pandas", ours["rss"], peer["rss"], 2.0, "MB")
            line(
                f"load {label} (RSS above imports)",
                ours["rss"] - base,
                max(peer["rss"] - base, 1.0),
                2.0,
                "MB",
            )
        if args.only == "load":
            return rows
        ours = measure("dump_csv", tidy, here / "out.csv")
        peer = measure("pandas_to_csv", tidy, here / "peer.csv")
        line("dump CSV vs pandas.to_csv", ours["s"], peer["s"], 1.5, "s")
        parquet = measure("parquet_round_trip", tidy, here / "out.parquet")
        peer = measure("pandas_parquet", tidy, here / "peer.parquet")
        line("Parquet round trip (lossless) vs pandas", parquet["s"], peer["s"], 0.0, "s")
        ours_s = peer_s = float("inf")
        for _ in range(max(args.repeat, 1)):  # best of --repeat, taking turns
            ours_s = min(ours_s, measure("convert", tidy, here / "x")["s"])
            peer_s = min(peer_s, measure("numpy_convert", tidy, here / "x")["s"])
        line("convert vs numpy, same lookups", ours_s, peer_s, 3.0, "s")
        streamed = measure("iter_table", tidy, here / "x")
        print(f"iter_table over the tidy file: peak RSS {streamed['rss']:.0f} MB (target < 300)")
        loaded = measure("load_table", tidy, here / "x")
        per_fact = (loaded["rss"] - base) * 1e6 / max(args.rows, 1)
        print(f"memory per fact (tidy, RSS above imports): {per_fact:.0f} bytes")
    return rows


if __name__ == "__main__":
    main()
