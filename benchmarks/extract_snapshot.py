"""Everything the extractor reads from a set of texts, to compare before and after a change.

    python benchmarks/extract_snapshot.py ../shared/corpus tests/data --out before.json
    (change the code)
    python benchmarks/extract_snapshot.py ../shared/corpus tests/data --out after.json
    python benchmarks/extract_snapshot.py --compare before.json after.json

For every ``.txt`` / ``.html`` file under the folders: the facts (their full repr:
figure, provenance and all), the skipped figures with their reasons, the subject, the
year and the anchor; and the same for each of its lines that holds a digit, read alone
with the text's publication date and ``subject="Anhui"`` (more sentences in more
contexts). A change meant only to make extraction faster must leave it identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tradestat.extraction import extract


def snapshot(folders: list[Path]) -> dict[str, list[object]]:
    """What extraction gives for every text under ``folders`` (and each line of it)."""
    files = sorted(
        p for folder in folders for p in folder.rglob("*") if p.suffix in (".txt", ".html")
    )
    out: dict[str, list[object]] = {}
    for path in files:
        raw = path.read_text(encoding="utf-8")
        whole = extract(raw, path.stem)
        out[str(path)] = [
            [repr(f) for f in whole.facts],
            [repr(s) for s in whole.skipped],
            whole.subject,
            whole.year,
            repr(whole.anchor),
        ]
        date = whole.anchor.date if whole.anchor is not None else None
        for i, line in enumerate(raw.split("\n")):
            if any(c.isdigit() for c in line):
                alone = extract(line, "line", date=date, subject="Anhui")
                out[f"{path}#{i}"] = [
                    [repr(f) for f in alone.facts],
                    [repr(s) for s in alone.skipped],
                    alone.subject,
                    alone.year,
                ]
    return out


def compare(before: dict[str, list[object]], after: dict[str, list[object]]) -> list[str]:
    """The keys whose extraction differs (or that only one snapshot has)."""
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, help="write the snapshot here (JSON)")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args(argv)
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        differ = compare(before, after)
        facts = sum(len(v[0]) for v in after.values())
        print(f"{len(after)} texts and lines, {facts} facts: {len(differ)} differ")
        for key in differ[:20]:
            print(f"  {key}")
        return 1 if differ else 0
    if not args.folders or args.out is None:
        ap.error("give folders and --out, or --compare BEFORE AFTER")
    taken = snapshot(args.folders)
    args.out.write_text(json.dumps(taken, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(taken)} texts and lines -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
