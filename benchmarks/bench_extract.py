"""Extraction throughput against quantulum3 on the same texts, in the same run.

    pip install ".[bench]"
    python benchmarks/bench_extract.py [--rounds N] [--scale-bytes N]

Reports articles per second and MB per second for tradestat's extractor and for
quantulum3's ``parser.parse`` on the corpus articles, the ratio between them (target: at
least 10x), the extractor's F1 on the same articles, and how extraction time grows from
100 KB to 1 MB of text (linear: about 10x). quantulum3 finds numbers and units, not facts,
so only its speed is compared.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import statistics
import sys
import time
import warnings
from pathlib import Path

from tradestat.extraction import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"


def _score(texts: dict[str, str]) -> float:
    spec = importlib.util.spec_from_file_location(
        "score", ROOT / "tests" / "data" / "score_extraction.py"
    )
    assert spec is not None
    assert spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    hit = gold_n = pred_n = 0
    for name, text in texts.items():
        gold = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        pred = extract(text, name).facts.to_records()
        result = scorer.score(gold, pred)
        hit, gold_n, pred_n = hit + result["hit"], gold_n + result["gold"], pred_n + result["pred"]
    return scorer.f1(hit, gold_n, pred_n)[2]


def _time(fn, texts: list[str], rounds: int) -> float:
    """Best-of-rounds CPU seconds for one pass over all texts.

    Both tools are single-threaded and CPU-bound, so process time measures their work;
    wall time would also count whatever else the machine is doing.
    """
    runs = []
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            fn(text)
        runs.append(time.process_time() - start)
    return min(runs)


def _race(tools: list, texts: list[str], rounds: int) -> list[float]:
    """Best-of-rounds CPU seconds of each tool for one pass over all texts.

    The tools take turns round by round, so a busy spell of the machine (it is shared)
    falls on both rather than on whichever happened to be timed then.
    """
    best = [math.inf] * len(tools)
    for _ in range(rounds):
        for i, fn in enumerate(tools):
            start = time.process_time()
            for text in texts:
                fn(text)
            best[i] = min(best[i], time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument(
        "--scale-bytes", type=int, default=1_000_000, help="largest text of the scaling check"
    )
    args = ap.parse_args(argv)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    corpus = list(texts.values())
    megabytes = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        print("quantulum3 is not installed: pip install '.[bench]' to compare", file=sys.stderr)
        return 2
    with warnings.catch_warnings():  # quantulum3 warns about its optional classifier
        warnings.simplefilter("ignore")
        for text in corpus:  # both warm up: unit tables, caches and compiled patterns
            extract(text)
            parser.parse(text)
        ours, theirs = _race([extract, parser.parse], corpus, args.rounds)
    print(f"corpus: {len(corpus)} articles, {megabytes * 1e3:.1f} KB")
    print(f"tradestat extract : {len(corpus) / ours:9.1f} articles/s {megabytes / ours:7.3f} MB/s")
    print(
        f"quantulum3 parse  : {len(corpus) / theirs:9.1f} articles/s {megabytes / theirs:7.3f} MB/s"
    )
    print(f"ratio (tradestat / quantulum3 throughput): {theirs / ours:.1f}x  (target >= 10x)")
    print(
        f"tradestat F1 on these articles: {_score(texts):.3f} (quantulum3 finds numbers, not facts)"
    )
    unit = "".join(corpus)
    size = args.scale_bytes
    small = (unit * (size // 10 // len(unit) + 1))[: size // 10]
    large = (unit * (size // len(unit) + 1))[:size]
    t_small = statistics.median(_time(extract, [small], 1) for _ in range(3))
    t_large = _time(extract, [large], 1)
    ratio = t_large / t_small
    print(
        f"scaling: {len(small) / 1e3:.0f} KB {t_small:.3f}s, {len(large) / 1e3:.0f} KB "
        f"{t_large:.3f}s, ratio {ratio:.1f} (linear: ~10)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
