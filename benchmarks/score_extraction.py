"""Score tradestat's extractor on a folder of articles against hand-made annotations.

    python benchmarks/score_extraction.py DIR [--gold-dir G] [--show] [--json]
        [--exclude NAME ...] [--include-holdout] [--scorer PATH]

For each ``NAME.txt`` (or ``NAME.html``) in DIR that has a gold ``NAME.json`` (in DIR, or in
``--gold-dir``), the extractor reads the text in-process and its facts are scored with the
official scorer's own ``score``, ``matches`` and ``f1`` (imported from ``--scorer``; default
``../shared/score_extraction.py`` beside the repository if present, else the copy in
``tests/data``). Reported: precision, recall, F1 and strict F1 (qualifier too) per language
(told by the share of CJK characters in the text), overall, and per article, worst first;
then, for every missed gold fact, the nearest prediction of the same value in that article
and the fields on which they differ ("not read" when the extractor output no such value),
and the same for every extra prediction ("spurious" when no gold fact has its value).

Names listed in ``benchmarks/holdout.txt`` are never opened unless ``--include-holdout``;
``--exclude`` leaves out more.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "benchmarks" / "holdout.txt"
TEXT_SUFFIXES = (".txt", ".html")
# The fields a diagnosis names, each with the record keys the official matcher compares for
# it; qualifier and benchmark are not part of a (lenient) match and are compared as stated.
MATCH_FIELDS = {
    "subject": ("subject",),
    "period": ("period",),
    "flow": ("flow",),
    "partner": ("partner",),
    "segment": ("segment",),
    "measure": ("measure",),
    "value/unit": ("value", "unit"),
}
EXTRA_FIELDS = ("qualifier", "benchmark")
FIELDS = (*MATCH_FIELDS, *EXTRA_FIELDS)
NOT_READ = "not read"
SPURIOUS = "spurious"

Record = dict[str, Any]


def extract_records(path: Path) -> list[Record]:
    """The extractor's facts for one article, as records of the annotation schema.

    The one place that calls tradestat's extraction API.
    """
    import tradestat

    text = path.read_text(encoding="utf-8")
    return tradestat.extract(text, path.name).facts.to_records()


def default_scorer() -> Path:
    shared = ROOT.parent / "shared" / "score_extraction.py"
    return shared if shared.exists() else ROOT / "tests" / "data" / "score_extraction.py"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("official_score_extraction", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if hasattr(module, "words"):  # the same names are compared thousands of times
        words = module.words
        cached = functools.lru_cache(maxsize=None)(words)
        module.words = lambda x: cached(x) if isinstance(x, str | None) else words(x)
    return module


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_TAG = re.compile(r"<[^>]*>")


def language(text: str) -> str:
    """ "zh" when CJK characters are at least 30% of the letters (markup left out), else "en"."""
    text = _TAG.sub(" ", text)
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    return "zh" if cjk and cjk >= 0.3 * (cjk + latin) else "en"


def read_names(path: Path) -> list[str]:
    """Names one per line; blank lines and ``#`` comments are ignored."""
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def _stem(name: str) -> str:
    for suffix in (*TEXT_SUFFIXES, ".json"):
        name = name.removesuffix(suffix)
    return name


def articles(folder: Path, gold_dir: Path, excluded: set[str]) -> list[tuple[str, Path, Path]]:
    """(name, text path, gold path) for each text with gold, excluded names left unopened."""
    found: dict[str, Path] = {}
    for suffix in reversed(TEXT_SUFFIXES):  # NAME.txt wins over NAME.html
        for path in folder.glob(f"*{suffix}"):
            found[path.stem] = path
    return [
        (name, path, gold_dir / f"{name}.json")
        for name, path in sorted(found.items())
        if name not in excluded and (gold_dir / f"{name}.json").exists()
    ]


# --- comparing facts with the official rules ---------------------------------------------
def pairing(scorer: ModuleType, gold: list[Record], pred: list[Record]) -> dict[int, int]:
    """Which prediction each gold fact took: the official ``score`` loop, kept to see pairs.

    Checked against ``scorer.score`` so that the diagnosis never disagrees with the score.
    """
    used: dict[int, int] = {}
    taken: set[int] = set()
    for gi, g in enumerate(gold):
        best = None
        for pi, p in enumerate(pred):
            if pi in taken or not scorer.matches(g, p):
                continue
            if best is None or p.get("qualifier") == g.get("qualifier"):
                best = pi
                if p.get("qualifier") == g.get("qualifier"):
                    break
        if best is not None:
            used[gi] = best
            taken.add(best)
    official = scorer.score(gold, pred)
    strict = sum(pred[p].get("qualifier") == gold[g].get("qualifier") for g, p in used.items())
    if (len(used), strict) != (official["hit"], official["strict"]):
        raise RuntimeError("pairing disagrees with the official scorer; update pairing()")
    return used


def differing(scorer: ModuleType, a: Record, b: Record) -> list[str]:
    """The fields on which ``b`` differs from ``a``, each judged by the official matcher.

    A field differs when ``a`` with that field taken from ``b`` no longer matches ``a``.
    """
    out = []
    for field, keys in MATCH_FIELDS.items():
        hybrid = {**a, **{k: b.get(k) for k in keys}}
        if not scorer.matches(a, hybrid):
            out.append(field)
    out.extend(f for f in EXTRA_FIELDS if (a.get(f) or None) != (b.get(f) or None))
    return out


def _number(fact: Record) -> float | None:
    try:
        return abs(float(fact["value"]))
    except (KeyError, TypeError, ValueError):
        return None


def _same_number(scorer: ModuleType, a: Record, b: Record) -> bool:
    """The same figure read with another sign, scale or unit (10.1 vs -10.1, 亿 vs billion)."""
    x, y = scorer.amount(a), scorer.amount(b)
    if x is not None and y is not None and x[1] == y[1] and abs(x[0]) == abs(y[0]):
        return True
    return _number(a) is not None and _number(a) == _number(b)


def diagnose(
    scorer: ModuleType, fact: Record, unpaired: list[Record], paired: list[Record], none: str
) -> Record:
    """``fact`` with the other side's nearest fact, the pool it came from and the differences.

    Same value and unit first (an unpaired one before one already paired with another fact),
    then the same number read differently; fewest differing fields, then closest quote. With
    no fact of that number on the other side the status is ``none``.
    """
    quote = str(fact.get("quote") or "")
    pools = {
        label: [(o, differing(scorer, fact, o)) for o in pool]
        for label, pool in (("unpaired", unpaired), ("paired", paired))
    }

    def nearest(found: list[tuple[Record, list[str]]], status: str) -> Record:
        fewest = min(len(d) for _, d in found)
        other, diffs = max(
            ((o, d) for o, d in found if len(d) == fewest),
            key=lambda od: difflib.SequenceMatcher(
                None, quote, str(od[0].get("quote") or "")
            ).ratio(),
        )
        return {"fact": fact, "status": status, "diffs": diffs, "counterpart": other}

    for label, found in pools.items():
        same = [(o, d) for o, d in found if "value/unit" not in d]
        if same:
            return nearest(same, label)
    close = [od for found in pools.values() for od in found if _same_number(scorer, fact, od[0])]
    if close:
        return nearest(close, "number")
    return {"fact": fact, "status": none, "diffs": [], "counterpart": None}


# --- one article, then the whole folder ----------------------------------------------------
def score_article(scorer: ModuleType, gold: list[Record], pred: list[Record]) -> Record:
    used = pairing(scorer, gold, pred)
    taken = set(used.values())
    misses = [g for i, g in enumerate(gold) if i not in used]
    extras = [p for i, p in enumerate(pred) if i not in taken]
    hit_gold = [g for i, g in enumerate(gold) if i in used]
    hit_pred = [p for i, p in enumerate(pred) if i in taken]
    strict_misses = [
        {
            "fact": gold[g],
            "status": "qualifier",
            "diffs": ["qualifier"],
            "counterpart": pred[p],
        }
        for g, p in used.items()
        if pred[p].get("qualifier") != gold[g].get("qualifier")
    ]
    return {
        "gold": len(gold),
        "pred": len(pred),
        "hit": len(used),
        "strict": len(used) - len(strict_misses),
        "misses": [diagnose(scorer, g, extras, hit_pred, NOT_READ) for g in misses],
        "extras": [diagnose(scorer, p, misses, hit_gold, SPURIOUS) for p in extras],
        "qualifier_misses": strict_misses,
    }


def rates(scorer: ModuleType, counts: Record) -> Record:
    p, r, f = scorer.f1(counts["hit"], counts["gold"], counts["pred"])
    _, _, sf = scorer.f1(counts["strict"], counts["gold"], counts["pred"])
    return {
        **{k: counts[k] for k in ("gold", "pred", "hit", "strict")},
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "strict_f1": round(sf, 4),
    }


def field_table(docs: list[Record], side: str, none: str) -> Record:
    """Per field: how many facts differ on it, and on it alone (fixing it fixes the fact)."""
    table: Record = {"total": 0, none: 0, "unpaired": 0, "paired": 0, "number": 0}
    fields = {f: {"any": 0, "only": 0, "en": 0, "zh": 0} for f in FIELDS}
    for doc in docs:
        for item in doc[side]:
            table["total"] += 1
            table[item["status"]] += 1
            scored = [d for d in item["diffs"] if d in MATCH_FIELDS]
            for d in item["diffs"]:
                fields[d]["any"] += 1
                fields[d][doc["language"]] += 1
                fields[d]["only"] += scored == [d]
    table["fields"] = fields
    return table


def build_report(
    scorer: ModuleType, scorer_path: Path, items: list[tuple[str, Path, Path]], excluded: list[str]
) -> Record:
    docs = []
    for name, text_path, gold_path in items:
        gold = scorer.load(gold_path)
        pred = extract_records(text_path)
        lang = language(text_path.read_text(encoding="utf-8"))
        result = score_article(scorer, gold, pred)
        docs.append({"name": name, "language": lang, **result, **rates(scorer, result)})
    totals: dict[str, Counter[str]] = {"en": Counter(), "zh": Counter(), "overall": Counter()}
    for doc in docs:
        for key in ("gold", "pred", "hit", "strict"):
            totals[doc["language"]][key] += doc[key]
            totals["overall"][key] += doc[key]
    docs.sort(key=lambda d: (d["f1"], d["strict_f1"], d["name"]))
    return {
        "scorer": str(scorer_path),
        "excluded": excluded,
        "scores": {
            k: {"articles": sum(k in ("overall", d["language"]) for d in docs), **rates(scorer, c)}
            for k, c in totals.items()
            if k == "overall" or c["gold"] or c["pred"]
        },
        "misses": field_table(docs, "misses", NOT_READ),
        "extras": field_table(docs, "extras", SPURIOUS),
        "qualifier_only_misses": sum(len(d["qualifier_misses"]) for d in docs),
        "articles": docs,
    }


# --- text output ---------------------------------------------------------------------------
def describe(fact: Record) -> str:
    bits = [
        str(fact.get("subject")),
        str(fact.get("period")),
        str(fact.get("flow") or "-"),
    ]
    if (fact.get("partner") or "World") != "World":
        bits.append(f"partner={fact['partner']}")
    if fact.get("segment"):
        bits.append(f"segment={fact['segment']}")
    bits.append(str(fact.get("measure")))
    if fact.get("benchmark"):
        bits.append(f"vs {fact['benchmark']}")
    bits.append(f"{fact.get('value')} {fact.get('unit')} ({fact.get('qualifier')})")
    return " ".join(bits)


def explain(item: Record) -> str:
    fact, other = item["fact"], item["counterpart"]
    if other is None:
        return item["status"]
    parts = []
    for d in item["diffs"]:
        keys = MATCH_FIELDS.get(d, (d,))
        mine = " ".join(str(fact.get(k)) for k in keys)
        theirs = " ".join(str(other.get(k)) for k in keys)
        parts.append(f"{d}: {mine} / {theirs}")
    where = {"paired": " (other side already paired)", "number": ""}.get(item["status"], "")
    return "; ".join(parts) + where


def render(report: Record, show: bool) -> str:
    out = [f"scorer: {report['scorer']}"]
    if report["excluded"]:
        out.append(f"excluded ({len(report['excluded'])}): {' '.join(report['excluded'])}")
    out.append("")
    out.append(
        f"{'':10s} {'docs':>4s} {'gold':>5s} {'pred':>5s} {'hit':>5s} "
        f"{'P':>6s} {'R':>6s} {'F1':>6s} {'strict':>6s}"
    )
    for key, s in report["scores"].items():
        out.append(
            f"{key:10s} {s['articles']:4d} {s['gold']:5d} {s['pred']:5d} {s['hit']:5d} "
            f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['strict_f1']:6.3f}"
        )
    out.append("")
    out.append("per article, worst first")
    for d in report["articles"]:
        out.append(
            f"  {d['name']:36s} {d['language']} gold {d['gold']:3d} pred {d['pred']:3d} "
            f"hit {d['hit']:3d} P {d['precision']:.2f} R {d['recall']:.2f} "
            f"F1 {d['f1']:.2f} strict {d['strict_f1']:.2f}"
        )
    out.append("")
    m, e = report["misses"], report["extras"]
    out.append(
        f"missed gold facts {m['total']}: with a prediction of the same value {m['unpaired']}, "
        f"only with one paired elsewhere {m['paired']}, same number read with another "
        f"sign/scale/unit {m['number']}, {NOT_READ} {m[NOT_READ]}"
    )
    out.append(
        f"extra predictions {e['total']}: with a missed gold of the same value {e['unpaired']}, "
        f"only with a gold fact already matched {e['paired']}, same number read with another "
        f"sign/scale/unit {e['number']}, {SPURIOUS} {e[SPURIOUS]}"
    )
    out.append(
        f"matched but with another qualifier (strict misses): {report['qualifier_only_misses']}"
    )
    out.append("")
    out.append("field differing (only: the sole scored difference, so fixing it fixes the fact)")
    out.append(
        f"  {'field':11s} {'misses':>6s} {'only':>5s} {'en':>4s} {'zh':>4s}   "
        f"{'extras':>6s} {'only':>5s}"
    )
    for field in FIELDS:
        a, b = m["fields"][field], e["fields"][field]
        out.append(
            f"  {field:11s} {a['any']:6d} {a['only']:5d} {a['en']:4d} {a['zh']:4d}   "
            f"{b['any']:6d} {b['only']:5d}"
        )
    out.append(f"  {NOT_READ:11s} {m[NOT_READ]:6d}")
    out.append(f"  {SPURIOUS:11s} {'':6s} {'':5s} {'':4s} {'':4s}   {e[SPURIOUS]:6d}")
    if show:
        for d in report["articles"]:
            lines = []
            for label, side in (("MISS ", "misses"), ("EXTRA", "extras")):
                for item in d[side]:
                    lines.append(f"  {label} {describe(item['fact'])}")
                    lines.append(f"        -> {explain(item)}")
                    if item["counterpart"] is not None:
                        lines.append(f"        ~  {describe(item['counterpart'])}")
                    lines.append(f'        "{item["fact"].get("quote") or ""}"')
            for item in d["qualifier_misses"]:
                lines.append(f"  QUAL  {describe(item['fact'])} -> {explain(item)}")
            if lines:
                out.append("")
                out.append(f"{d['name']} ({d['language']})")
                out.extend(lines)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="folder of NAME.txt / NAME.html articles")
    ap.add_argument("--gold-dir", type=Path, help="folder of NAME.json gold (default: DIR)")
    ap.add_argument("--scorer", type=Path, default=None, help="the official scorer file")
    ap.add_argument("--exclude", nargs="+", default=[], metavar="NAME", help="names to skip")
    ap.add_argument(
        "--include-holdout", action="store_true", help=f"also score the names in {HOLDOUT.name}"
    )
    ap.add_argument("--show", action="store_true", help="list every miss and extra")
    ap.add_argument("--json", action="store_true", help="print the whole report as JSON")
    args = ap.parse_args(argv)
    if not args.dir.is_dir():
        ap.error(f"not a folder: {args.dir}")
    excluded = [_stem(n) for n in args.exclude]
    if not args.include_holdout:
        excluded += [_stem(n) for n in read_names(HOLDOUT)]
    excluded = sorted(set(excluded))
    scorer_path = args.scorer or default_scorer()
    scorer = load_scorer(scorer_path)
    items = articles(args.dir, args.gold_dir or args.dir, set(excluded))
    if not items:
        ap.error(f"no article with gold in {args.dir}")
    report = build_report(scorer, scorer_path, items, excluded)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(render(report, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
