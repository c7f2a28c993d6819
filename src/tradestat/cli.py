"""The ``tradestat`` command line: thin wrappers that parse arguments and call the library."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from typing import Any

from tradestat import __version__
from tradestat.errors import TradestatError
from tradestat.figures import Estimate
from tradestat.loading import dumps, load
from tradestat.models import Fact
from tradestat.money import parse_money
from tradestat.periods import Period
from tradestat.plugins import plugin_infos
from tradestat.rates import ExchangeRate, RateTable
from tradestat.units import Quantity, currency_of, format_unit

__all__ = ["main"]


class CommandError(TradestatError):
    """Bad command-line input that argparse itself cannot catch."""


def _json_bound(x: float) -> float | None:
    return x if math.isfinite(x) else None


def estimate_json(e: Estimate) -> dict[str, Any]:
    """An estimate in base units ("USD", not "billion USD") as a JSON-ready dict."""
    base = e.to_base_units()
    return {
        "value": base.value,
        "unit": format_unit(base.unit),
        "low": _json_bound(base.low),
        "high": _json_bound(base.high),
    }


def _rate_from_option(text: str, source: str, target: str) -> ExchangeRate:
    """``--rate``: a plain number is units of the source per one unit of the target."""
    cleaned = text.strip()
    for sep in ("/", " per "):
        if sep in cleaned:
            break
    else:
        return ExchangeRate.of(target, source, cleaned)
    try:
        q = Quantity(cleaned.replace(" per ", " / "))
    except Exception:  # pint raises many kinds of error on free text
        raise CommandError(f"--rate {text!r}: expected a number or e.g. '7.145 CNY/USD'") from None
    dims = dict(q.dimensionality)
    codes = {d[len("[currency_") : -1]: p for d, p in dims.items() if d.startswith("[currency_")}
    quote = next((c for c, p in codes.items() if p == 1), None)
    base = next((c for c, p in codes.items() if p == -1), None)
    if quote is None or base is None or len(codes) != 2:
        raise CommandError(
            f"--rate {text!r}: expected a rate between two currencies, e.g. '7.145 CNY/USD'"
        )
    return ExchangeRate.of(base, quote, str(q.magnitude))


def _convert(args: argparse.Namespace) -> int:
    amount = parse_money(args.amount)
    source = currency_of(amount.units)
    target = args.to.strip().upper()
    assert source is not None
    if args.rate is not None:
        rate = _rate_from_option(args.rate, source, target)
    elif args.implied is not None:
        if "=" not in args.implied:
            raise CommandError(f"--implied {args.implied!r}: expected 'AMOUNT = AMOUNT'")
        left, right = args.implied.split("=", 1)
        a, b = parse_money(left), parse_money(right)
        rate = (
            ExchangeRate.implied(a, b)
            if currency_of(b.units) == target
            else ExchangeRate.implied(b, a)
        )
    else:
        if args.period is None:
            raise CommandError("--rates needs --period, the period whose rate to use")
        rate = RateTable.from_csv(args.rates).lookup(target, source, Period.parse(args.period))
    result = rate.convert(amount, to=target)
    if args.json:
        payload = estimate_json(result)
        payload["rate"] = {
            "base": rate.base,
            "quote": rate.quote,
            "value": rate.value,
            "low": rate.rate.low,
            "high": rate.rate.high,
            "basis": rate.basis,
        }
        print(json.dumps(payload))
    else:
        print(f"{amount} = {result.in_natural_scale()}")
        print(f"  at {rate}")
    return 0


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain aligned text table."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
    return "\n".join(lines)


def facts_table(facts: Sequence[Fact], quotes: bool = False) -> str:
    """Facts as an aligned table (one row a fact)."""
    headers = ["subject", "period", "flow", "partner", "segment", "measure", "figure"]
    if quotes:
        headers.append("quote")
    rows = []
    for f in facts:
        row = [
            f.subject,
            str(f.period),
            str(f.flow or ""),
            f.partner,
            f.segment or "",
            f.measure.name + (f" vs {f.benchmark}" if f.benchmark else ""),
            str(f.figure),
        ]
        if quotes:
            row.append(f.provenance.quote or "")
        rows.append(row)
    return format_table(headers, rows)


def _load(args: argparse.Namespace) -> int:
    facts: list[Fact] = []
    rejected = 0
    for path in args.paths:
        result = load(path, loader=args.loader)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if args.strict and result.rejected:
            print(f"tradestat: error: --strict: rejected {result.rejected[0]}", file=sys.stderr)
            return 1
        for bad in result.rejected:
            print(f"rejected: {bad}", file=sys.stderr)
        rejected += len(result.rejected)
        print(
            f"{result.source}: {result.accepted} of {result.records} records loaded by "
            f"{result.loader} ({len(result.facts)} facts), {len(result.rejected)} rejected",
            file=sys.stderr,
        )
        facts.extend(result.facts)
    if args.format == "table":
        print(facts_table(facts))
    else:
        sys.stdout.write(dumps(facts, args.format))
    return 1 if rejected else 0


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal and for many inputs."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled

    def step(self, label: str) -> None:
        """Count one input done and redraw the bar."""
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = width * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} {label[:40]:<40}")
        if self.done == self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _extract(args: argparse.Namespace) -> int:
    from pathlib import Path

    out_dir = Path(args.out) if args.out else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    show = (
        args.progress if args.progress is not None else len(args.paths) >= 5 and sys.stderr.isatty()
    )
    progress = Progress(len(args.paths), bool(show))
    everything: list[Fact] = []
    for path in args.paths:
        result = load(path, loader="article")
        for warning in result.warnings:
            if args.verbose:
                print(f"warning: {warning}", file=sys.stderr)
        if out_dir is not None:
            target = out_dir / f"{Path(path).stem}.json"
            target.write_text(dumps(result.facts, "json"), encoding="utf-8")
        else:
            everything.extend(result.facts)
        progress.step(Path(path).name)
    if out_dir is None:
        if args.format == "table":
            print(facts_table(everything, quotes=True))
        else:
            sys.stdout.write(dumps(everything, args.format))
    return 0


def _check(args: argparse.Namespace) -> int:
    from tradestat.checking import check, derive

    facts: list[Fact] = []
    for path in args.paths:
        result = load(path, loader=args.loader)
        for bad in result.rejected:
            print(f"rejected: {bad}", file=sys.stderr)
        facts.extend(result.facts)
    rates = RateTable.from_csv(args.rates) if args.rates else None
    findings = check(facts, rates=rates, rate_tolerance=args.tolerance)
    derived = derive(facts, rates=rates) if args.derive else []
    if args.json:
        payload = {
            "findings": [f.to_dict() for f in findings],
            "derived": [d.to_record() for d in derived],
        }
        print(json.dumps(payload, indent=1, ensure_ascii=False))
    else:
        print(f"{len(facts)} facts checked")
        for severity in ("error", "warning", "info"):
            group = [f for f in findings if f.severity.value == severity]
            print(f"\n{severity}s ({len(group)})")
            for finding in group:
                print(f"  [{finding.rule}] {finding.message}")
                for fact in finding.facts:
                    quote = f' "{fact.provenance.quote}"' if fact.provenance.quote else ""
                    print(f"      - {fact.describe()}{quote}")
        if args.derive:
            print(f"\nderived ({len(derived)})")
            for d in derived:
                print(f"  {d.describe()}")
    return 1 if any(f.severity.value == "error" for f in findings) else 0


def _plugins(args: argparse.Namespace) -> int:
    infos = plugin_infos()
    if args.json:
        print(json.dumps([i.to_dict() for i in infos], indent=1, ensure_ascii=False))
        return 0
    rows = [
        [
            i.name,
            i.version or "",
            i.status,
            ", ".join(i.loaders),
            ", ".join(i.currencies),
            ", ".join(i.checks),
            i.error or "",
        ]
        for i in infos
    ]
    print(
        format_table(
            ["plugin", "version", "status", "loaders", "currencies", "checks", "error"], rows
        )
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``tradestat`` command."""
    parser = argparse.ArgumentParser(
        prog="tradestat", description="Foreign-trade statistics as typed, unit-safe data."
    )
    parser.add_argument("--version", action="version", version=f"tradestat {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    convert = commands.add_parser(
        "convert",
        help="convert an amount of money into another currency",
        description=(
            "Convert a stated amount at a given, implied or tabled exchange rate; the "
            "output carries the interval the rounding of every stated number allows."
        ),
    )
    convert.add_argument("amount", help="e.g. '280.8 billion yuan', '$39.3bn', '2808亿元'")
    convert.add_argument("--to", required=True, help="target currency code, e.g. USD")
    how = convert.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--rate",
        help="a plain number is units of the amount's currency per one unit of --to "
        "(7.145 for yuan to dollars); or explicit, e.g. '7.145 CNY/USD'",
    )
    how.add_argument(
        "--implied", help="two statements of one amount: '280.8 billion yuan = 39.3 billion USD'"
    )
    how.add_argument("--rates", help="CSV rate table with header period,base,quote,rate")
    convert.add_argument("--period", help="with --rates: the period whose rate to use")
    convert.add_argument(
        "--json", action="store_true", help="print value/unit/low/high in base units"
    )
    convert.set_defaults(handler=_convert)

    load_cmd = commands.add_parser(
        "load",
        help="load facts from files with the right loader",
        description=(
            "Load facts from each PATH (loader chosen by sniffing unless --loader) and print "
            "them. Rejected records go to stderr with file:line:column; the exit status is 0 "
            "when every record loaded, 1 when any was rejected, 2 on errors."
        ),
    )
    load_cmd.add_argument("paths", nargs="+", metavar="PATH")
    load_cmd.add_argument("--loader", help="loader name (see 'tradestat plugins')")
    load_cmd.add_argument(
        "--format",
        choices=["table", "json", "csv", "jsonl"],
        default="table",
        help="json and csv are the annotation format (default: table)",
    )
    load_cmd.add_argument("--strict", action="store_true", help="stop at the first rejected record")
    load_cmd.set_defaults(handler=_load)

    extract_cmd = commands.add_parser(
        "extract",
        help="read the facts news articles and customs releases state",
        description=(
            "Read facts out of articles (plain text or HTML, English or Chinese). With --out, "
            "write one NAME.json per input (annotation format); otherwise print them."
        ),
    )
    extract_cmd.add_argument("paths", nargs="+", metavar="PATH")
    extract_cmd.add_argument(
        "--format",
        choices=["json", "csv", "jsonl", "table"],
        default="json",
        help="output format when printing (default: json, the annotation format)",
    )
    extract_cmd.add_argument("--out", metavar="DIR", help="write DIR/NAME.json for each input")
    extract_cmd.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar (default: on a terminal with 5 or more inputs)",
    )
    extract_cmd.add_argument(
        "--verbose", "-v", action="store_true", help="report each figure that was skipped, and why"
    )
    extract_cmd.set_defaults(handler=_extract)

    check_cmd = commands.add_parser(
        "check",
        help="find contradictions between stated figures, and what they imply",
        description=(
            "Load facts from each PATH (any loadable source, articles included), run every "
            "registered check and print the findings by severity. Exit status 1 when any "
            "error is found (figures that cannot all be true), 0 otherwise."
        ),
    )
    check_cmd.add_argument("paths", nargs="+", metavar="PATH")
    check_cmd.add_argument("--loader", help="loader name for every PATH (default: sniffed)")
    check_cmd.add_argument(
        "--rates", metavar="FILE", help="rate table CSV (period,base,quote,rate)"
    )
    check_cmd.add_argument(
        "--tolerance",
        type=float,
        default=0.02,
        help="relative gap between implied and tabled rates before a warning (default 0.02)",
    )
    check_cmd.add_argument("--derive", action="store_true", help="also list the derived facts")
    check_cmd.add_argument(
        "--json", action="store_true", help='print {"findings": [...], "derived": [...]}'
    )
    check_cmd.set_defaults(handler=_check)

    plugins_cmd = commands.add_parser(
        "plugins",
        help="list plugins with their loaders, currencies and checks",
        description="List every plugin: name, version, what it provides, status, error if failed.",
    )
    plugins_cmd.add_argument("--json", action="store_true", help="print JSON")
    plugins_cmd.set_defaults(handler=_plugins)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args))
    except TradestatError as exc:
        print(f"tradestat: error: {exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"tradestat: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
