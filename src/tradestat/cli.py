"""The ``tradestat`` command line: argument parsing and wiring only.

Each subcommand is a :class:`~tradestat.plugins.Command` registered through the
``register_commands`` hook (the built-in ones below by :mod:`tradestat._builtin`, others by
plugins); rendering lives in :mod:`tradestat._render`.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tradestat import __version__
from tradestat._outputs import atomic_path, write_atomic
from tradestat._render import (
    Progress,
    estimate_json,
    facts_table,
    findings_text,
    format_table,
    plugins_table,
)
from tradestat.errors import CommandError, RateError, TradestatError, UnitError
from tradestat.loaders import LoadResult, Source, dumps, load
from tradestat.models import Fact
from tradestat.money import parse_money
from tradestat.periods import Period
from tradestat.plugins import Command, commands, plugin_infos
from tradestat.rates import ExchangeRate, RateTable
from tradestat.units import currency_of

if TYPE_CHECKING:
    from tradestat.store import Store

__all__ = ["BUILTIN_COMMANDS", "build_parser", "main"]


def _rate_from_option(text: str, source: str, target: str) -> ExchangeRate:
    """``--rate``: a plain number as markets quote the pair (7.145 CNY per USD either way)."""
    try:
        return ExchangeRate.from_quote(text, source, target)
    except (UnitError, RateError) as exc:
        raise CommandError(
            f"--rate {text!r}: expected a number or e.g. '7.145 CNY/USD' ({exc})"
        ) from None


def _convert(args: argparse.Namespace) -> int:
    amount = parse_money(args.amount)
    source = currency_of(amount.unit)
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
            if currency_of(b.unit) == target
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
            "basis": rate.how,
        }
        print(json.dumps(payload))
    else:
        print(f"{amount} = {result.in_natural_scale()}")
        print(f"  at {rate}")
    return 0


def _results(
    paths: Sequence[str], loader: str | None, options: dict[str, str] | None = None
) -> Iterator[tuple[str, LoadResult]]:
    """Load each path in turn; the one loop every command that reads files uses."""
    for path in paths:
        if path == "-":  # standard input, as Unix tools read it
            data = sys.stdin.buffer.read()
            yield (
                "<stdin>",
                load(Source.from_bytes(data, "<stdin>"), loader, False, **(options or {})),
            )
        else:
            yield path, load(path, loader, False, **(options or {}))


def _load(args: argparse.Namespace) -> int:
    facts: list[Fact] = []
    rejected = 0
    for _, result in _results(args.paths, args.loader, _options(args.option)):
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


def _extract(args: argparse.Namespace) -> int:
    from pathlib import Path

    out_dir = Path(args.out) if args.out else None
    targets: dict[str, Path] = {}
    if out_dir is not None:
        # every input gets its own output: refuse before reading anything rather than let one
        # file overwrite another (s1/report.txt and s2/report.txt both make report.json)
        owners: dict[Path, str] = {}
        for path in dict.fromkeys(args.paths):
            name = "stdin" if path == "-" else Path(path).stem
            target = out_dir / f"{name}.json"
            if target in owners:
                raise CommandError(
                    f"{owners[target]} and {path} would both be written to {target}; "
                    "extract them into different --out folders"
                )
            owners[target] = path
            targets[path] = target
        out_dir.mkdir(parents=True, exist_ok=True)
    show = (
        args.progress if args.progress is not None else len(args.paths) >= 5 and sys.stderr.isatty()
    )
    progress = Progress(len(args.paths), bool(show))
    everything: list[Fact] = []
    dated = {"published": args.published.isoformat()} if args.published is not None else None
    for path, result in _results(args.paths, "article", dated):
        for warning in result.warnings:
            if args.verbose:
                print(f"warning: {warning}", file=sys.stderr)
        if out_dir is not None:
            write_atomic(targets["-" if path == "<stdin>" else path], dumps(result.facts, "json"))
        else:
            everything.extend(result.facts)
        if args.html:
            from tradestat.review import write_review

            write_review(path, args.html, into_folder=len(args.paths) > 1)
        progress.step(Path(path).name)
    if out_dir is None:
        if args.format == "table":
            print(facts_table(everything, quotes=True))
        else:
            sys.stdout.write(dumps(everything, args.format))
    return 0


def _check(args: argparse.Namespace) -> int:
    """Check the facts of every PATH; 1 when a finding is an error or any record was rejected.

    A rejected record means the check saw less than the file states, so a clean report
    would overstate what was checked: that is a failure, as it is for ``load``.
    """
    from pathlib import Path

    import attrs

    from tradestat.checks import check
    from tradestat.derivation import derive
    from tradestat.ratefiles import read_rates

    facts: list[Fact] = []
    extracted: set[int] = set()  # facts the article loader read out of text
    rejected = 0
    if not args.paths and not args.store:
        raise CommandError("give PATH... to check, or --store to check what is stored")
    for path, result in _results(args.paths, args.loader):
        for bad in result.rejected:
            print(f"rejected: {bad}", file=sys.stderr)
        rejected += len(result.rejected)
        # every fact says which file stated it, so rules can tell one release from another
        name = Path(path).name
        loaded = [
            f
            if f.provenance.source is not None
            else attrs.evolve(f, provenance=attrs.evolve(f.provenance, source=name))
            for f in result.facts
        ]
        facts.extend(loaded)
        if result.loader == "article":
            extracted.update(id(f) for f in loaded)
    if args.store:
        with _open_store(args) as store:
            facts.extend(store.facts(as_of=args.as_of))
    if rejected:
        print(f"tradestat: {rejected} record(s) rejected and not checked", file=sys.stderr)
    rates = read_rates(args.rates, layout=args.rates_layout) if args.rates else None
    findings = check(
        facts,
        rates=rates,
        rate_tolerance=args.tolerance,
        extracted=lambda f: id(f) in extracted,
    )
    derived = derive(facts, rates=rates) if args.derive else []
    if args.json:
        payload = {
            "findings": [f.to_dict() for f in findings],
            "derived": [d.to_record() for d in derived],
            "rejected": rejected,
        }
        print(json.dumps(payload, indent=1, ensure_ascii=False))
    else:
        print(findings_text(len(facts), findings, derived if args.derive else None))
    errors = any(f.severity.value == "error" for f in findings)
    return 1 if errors or rejected else 0


_WHERE_FIELDS = ("subject", "period", "flow", "partner", "segment", "benchmark", "qualifier")


def _plot(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tradestat.plot import plot

    facts: list[Fact] = []
    for _, result in _results(args.paths, args.loader):
        for bad in result.rejected:
            print(f"rejected: {bad}", file=sys.stderr)
        facts.extend(result.facts)
    criteria: dict[str, object] = {}
    for item in args.where:
        name, sep, value = item.partition("=")
        if not sep or name.strip() not in _WHERE_FIELDS:
            raise CommandError(
                f"--where {item!r}: expected FIELD=VALUE with FIELD one of "
                f"{', '.join(_WHERE_FIELDS)}, e.g. partner=World"
            )
        criteria[name.strip()] = value.strip() or None
    rates = RateTable.from_csv(args.rates) if args.rates else None
    figure = plot(
        facts,
        measure=args.measure,
        view=args.view,
        derived=args.derived,
        rates=rates,
        lang=args.lang,
        title=args.title,
        **criteria,
    )
    out = Path(args.out)
    with atomic_path(out) as temporary:
        figure.savefig(temporary, dpi=args.dpi, format=out.suffix.lstrip(".") or None)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def _plugins(args: argparse.Namespace) -> int:
    infos = plugin_infos()
    if args.json:
        print(json.dumps([i.to_dict() for i in infos], indent=1, ensure_ascii=False))
        return 0
    print(plugins_table(infos))
    return 0


def _options(pairs: Sequence[str] | None) -> dict[str, str]:
    """``-o key=value`` arguments as loader options."""
    options: dict[str, str] = {}
    for item in pairs or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CommandError(f"-o {item!r}: expected KEY=VALUE, e.g. -o flow=exports")
        options[key.strip()] = value.strip()
    return options


def _mirror(args: argparse.Namespace) -> int:
    from tradestat.checks.mirror import BAND, mirror_pairs

    options = _options(args.option)
    facts: list[Fact] = []
    for path in args.paths:
        try:
            result = load(path, args.loader, False, **options)
        except TradestatError as exc:
            if not options or "takes no option" not in str(exc):
                raise
            result = load(path, loader=args.loader)  # the options are for the other files
        for bad in result.rejected:
            print(f"rejected: {bad}", file=sys.stderr)
        facts.extend(result.facts)
    from tradestat.ratefiles import read_rates

    rates = read_rates(args.rates, layout=args.rates_layout) if args.rates else None
    band = BAND
    if args.band:
        try:
            low, high = (float(x) for x in args.band.split(","))
        except ValueError:
            raise CommandError(
                f"--band {args.band!r}: expected LOW,HIGH such as 0.95,1.15"
            ) from None
        band = (low, high)
    to = args.to.strip().upper()
    pairs, unconverted = mirror_pairs(facts, rates, to)
    for x, m, reason in unconverted:
        print(f"not compared: {x.describe()} / {m.describe()}: {reason}", file=sys.stderr)
    flagged = 0
    rows = []
    for pair in pairs:
        ratio = pair.ratio
        out = pair.outside(band)
        flagged += out
        rows.append(
            {
                "period": str(pair.period),
                "exporter": pair.exporter,
                "importer": pair.importer,
                "segment": pair.segment,
                "exports_fob": pair.exports_value.to(to).value,
                "imports_cif": pair.imports_value.to(to).value,
                "currency": to,
                "ratio": pair.ratio_value,
                "ratio_low": ratio.low,
                "ratio_high": ratio.high,
                "gap": pair.gap,
                "band": list(band),
                "outside_band": out,
            }
        )
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
    else:
        head = (
            "period",
            "exporter -> importer",
            f"exports FOB ({to})",
            f"imports CIF ({to})",
            "M/X [interval]",
            "gap",
            "",
        )
        table = [head]
        for r in rows:
            table.append(
                (
                    str(r["period"]),
                    f"{r['exporter']} -> {r['importer']}"
                    + (f" ({r['segment']})" if r["segment"] else ""),
                    f"{r['exports_fob']:,.0f}",
                    f"{r['imports_cif']:,.0f}",
                    f"{r['ratio']:.3f} [{r['ratio_low']:.3f}, {r['ratio_high']:.3f}]",
                    f"{r['gap']:+.1%}",
                    "OUTSIDE BAND" if r["outside_band"] else "",
                )
            )
        widths = [max(len(row[i]) for row in table) for i in range(len(head))]
        for row in table:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        print(
            f"{len(pairs)} mirror pair(s), {flagged} outside the CIF/FOB band "
            f"{band[0]:.2f}-{band[1]:.2f} (imports/exports; see docs/mirror.md)"
        )
    return 1 if flagged else 0


def _configure_mirror(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="FILE", help="files holding both sides")
    parser.add_argument("--loader", help="loader name for every FILE (default: sniffed)")
    parser.add_argument(
        "-o",
        "--option",
        action="append",
        metavar="KEY=VALUE",
        help="loader option, e.g. -o flow=exports -o period=2023 (repeatable)",
    )
    parser.add_argument(
        "--rates",
        metavar="FILE",
        help="exchange rates as published (FRED, ECB, IMF ER, SAFE central parity, or "
        "period,base,quote,rate CSV); daily rates are averaged over each period",
    )
    parser.add_argument(
        "--rates-layout", help="layout of the --rates file (default: recognised from its header)"
    )
    parser.add_argument("--to", default="USD", help="currency to compare in (default USD)")
    parser.add_argument(
        "--band", metavar="LOW,HIGH", help="imports/exports band (default 0.95,1.15)"
    )
    parser.add_argument("--json", action="store_true", help="print the pairs as JSON")


def _configure_convert(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("amount", help="e.g. '280.8 billion yuan', '$39.3bn', '2808亿元'")
    parser.add_argument("--to", required=True, help="target currency code, e.g. USD")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--rate",
        help="a plain number is units of the amount's currency per one unit of --to "
        "(7.145 for yuan to dollars); or explicit, e.g. '7.145 CNY/USD'",
    )
    how.add_argument(
        "--implied", help="two statements of one amount: '280.8 billion yuan = 39.3 billion USD'"
    )
    how.add_argument("--rates", help="CSV rate table with header period,base,quote,rate")
    parser.add_argument("--period", help="with --rates: the period whose rate to use")
    parser.add_argument(
        "--json", action="store_true", help="print value/unit/low/high in base units"
    )


def _configure_load(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files to read; - is standard input"
    )
    parser.add_argument("--loader", help="loader name (see 'tradestat plugins')")
    parser.add_argument(
        "--format",
        choices=["table", "json", "csv", "jsonl"],
        default="table",
        help="json and csv are the annotation format (default: table)",
    )
    parser.add_argument("--strict", action="store_true", help="stop at the first rejected record")
    parser.add_argument(
        "-o",
        "--option",
        action="append",
        metavar="KEY=VALUE",
        help="loader option, e.g. -o flow=exports -o period=2023 (repeatable)",
    )


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _configure_extract(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files to read; - is standard input"
    )
    parser.add_argument(
        "--format",
        choices=["json", "csv", "jsonl", "table"],
        default="json",
        help="output format when printing (default: json, the annotation format)",
    )
    parser.add_argument("--out", metavar="DIR", help="write DIR/NAME.json for each input")
    parser.add_argument("--html", metavar="FILE", help="write a review page (a folder if several)")
    parser.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date of the texts, which 'last year' and 今年 are counted from "
        "(default: read from each text's date line, dateline or HTML metadata)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar (default: on a terminal with 5 or more inputs)",
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="report each figure that was skipped, and why"
    )


def _configure_check(parser: argparse.ArgumentParser) -> None:
    from tradestat.ratefiles import LAYOUTS

    parser.epilog = "Exit status 1 also when any input record was rejected, as for load."
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files to read; - is standard input"
    )
    parser.add_argument(
        "--store",
        action="store_true",
        help="also check the facts in the store (the latest statement of each; see --db)",
    )
    _db_option(parser)
    parser.add_argument("--as-of", metavar="DATE", help="with --store: what was known then")
    parser.add_argument("--loader", help="loader name for every PATH (default: sniffed)")
    parser.add_argument(
        "--rates",
        metavar="FILE",
        help="exchange rates as published: FRED (DEXCHUS, EXCHUS), ECB SDMX-CSV, IMF ER "
        "SDMX-CSV, date,base,quote,rate or period,base,quote,rate CSV; daily rates are "
        "averaged to each fact's period",
    )
    parser.add_argument(
        "--rates-layout",
        choices=sorted(LAYOUTS),
        help="layout of the --rates file (default: recognised from its header)",
    )
    parser.add_argument(
        "--tolerance",
        type=float,
        default=0.02,
        help="relative gap between implied and tabled rates before a warning (default 0.02)",
    )
    parser.add_argument("--derive", action="store_true", help="also list the derived facts")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"findings": [...], "derived": [...], "rejected": N}',
    )


def _configure_plot(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--out", required=True, help="chart file: .png, .svg or .pdf")
    parser.add_argument("--loader", help="loader name for every PATH (default: sniffed)")
    parser.add_argument("--measure", default="value", help="value, yoy_growth, share ...")
    parser.add_argument(
        "--view",
        choices=["series", "bars"],
        default="series",
        help="series over periods (default) or bars (shares)",
    )
    parser.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="keep facts with this field (repeatable; 'segment=' means none)",
    )
    parser.add_argument(
        "--derived",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also draw what the facts imply and none states (default: on)",
    )
    parser.add_argument("--rates", metavar="FILE", help="rate table CSV for derived conversions")
    parser.add_argument("--lang", choices=["en", "zh"], default="en", help="label language")
    parser.add_argument("--title", help="chart title")
    parser.add_argument("--dpi", type=int, default=150, help="resolution of PNG output")


def _configure_plugins(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def _db_option(parser: argparse.ArgumentParser) -> None:
    # The default is never printed: $TRADESTAT_DB may hold a URL with a password.
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the store: a SQLite file or a SQLAlchemy URL (default: $TRADESTAT_DB, else "
        "facts.sqlite in the user data folder)",
    )


def _open_store(args: argparse.Namespace) -> Store:
    from tradestat import store

    return store.open(args.db)


def _store_add(args: argparse.Namespace) -> int:
    if args.source is not None and len(args.paths) > 1:
        raise CommandError("--source names one source: give one FILE with it")
    refused = 0
    with _open_store(args) as store:
        for path, result in _results(args.paths, args.loader):
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            for bad in result.rejected:
                print(f"rejected: {bad}", file=sys.stderr)
            if result.rejected and not args.skip_rejected:
                print(
                    f"{path}: {len(result.rejected)} of {result.records} records rejected; "
                    "nothing stored from it (fix it, or pass --skip-rejected)",
                    file=sys.stderr,
                )
                refused += 1
                continue
            name = args.source or Path(path).name
            added = store.add(
                result.facts, source=name, published=args.published, retrieved=args.retrieved
            )
            print(str(added))
    return 1 if refused else 0


def _criteria(args: argparse.Namespace) -> dict[str, object]:
    criteria: dict[str, object] = {}
    for name in ("subject", "period", "flow", "partner", "segment", "measure", "source"):
        values = getattr(args, name)
        if values:
            criteria[name] = values[0] if len(values) == 1 else values
    return criteria


def _store_query(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        facts = store.facts(as_of=args.as_of, history=args.history, **_criteria(args))
    if args.format == "parquet":
        if args.out is None and sys.stdout.isatty():
            raise CommandError("--format parquet writes binary: give --out FILE or redirect")
        from tradestat.loaders.columnar import dump_binary

        dump_binary(facts, args.out or sys.stdout.buffer, "parquet")
        return 0
    text = facts_table(facts) + "\n" if args.format == "table" else dumps(facts, args.format)
    if args.out is not None:
        write_atomic(args.out, text)
    else:
        sys.stdout.write(text)
    return 0


def _store_revisions(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        revisions = store.revisions(implied=args.implied)
    if args.format == "json":
        print(json.dumps([r.to_dict() for r in revisions], indent=1, ensure_ascii=False))
        return 0
    rows = [
        [
            r.about,
            r.before.figures,
            f"{r.before.source} {r.before.published or ''}".strip(),
            r.after.figures + (f" (implied: {r.after.implied_by})" if r.after.implied else ""),
            f"{r.after.source} {r.after.published or ''}".strip(),
            "yes" if r.overlap else "no",
        ]
        for r in revisions
    ]
    headers = ["what", "before", "source", "after", "source", "overlap"]
    print(format_table(headers, rows))
    print(f"{len(revisions)} revision(s)")
    return 0


def _store_sources(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        sources = store.sources()
    if args.format == "json":
        print(json.dumps([s.to_dict() for s in sources], indent=1, ensure_ascii=False))
        return 0
    rows = [[s.name, str(s.facts), str(s.published or ""), str(s.known)] for s in sources]
    print(format_table(["source", "facts", "published", "known from"], rows))
    return 0


def _store(args: argparse.Namespace) -> int:
    return int(args.store_run(args))


def _configure_store(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="store the facts of files (any loadable file, articles included)",
        description="Store each FILE as one source, named by the file (or --source), in one "
        "transaction: all its facts or none. A file stored before adds nothing again.",
    )
    add.add_argument("paths", nargs="+", metavar="FILE")
    add.add_argument("--published", metavar="DATE", help="publication date, e.g. 2025-07-25")
    add.add_argument("--retrieved", metavar="DATE", help="when the source was fetched")
    add.add_argument("--source", metavar="NAME", help="the source's name (one FILE only)")
    add.add_argument("--loader", help="loader name for every FILE (default: sniffed)")
    add.add_argument(
        "--skip-rejected",
        action="store_true",
        help="store a file's good records even when some were rejected",
    )
    add.set_defaults(store_run=_store_add)
    query = actions.add_parser(
        "query",
        help="print stored facts: the latest statement of each, or what was known at a date",
        description="Print the stored facts that match every option given (an option given "
        "twice matches either value).",
    )
    for name in ("subject", "period", "flow", "partner", "segment", "measure", "source"):
        query.add_argument(f"--{name}", action="append", metavar=name.upper())
    query.add_argument("--as-of", metavar="DATE", help="what was known on DATE")
    query.add_argument("--history", action="store_true", help="every source's statements")
    query.add_argument(
        "--format",
        choices=["table", "csv", "json", "jsonl", "parquet"],
        default="table",
        help="csv and json are the annotation format (default: table)",
    )
    query.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    query.set_defaults(store_run=_store_query)
    revisions = actions.add_parser(
        "revisions",
        help="list figures that later sources changed, with both statements",
        description="List each thing a later source stated (or implied) differently, with "
        "both figures, their sources and whether their intervals overlap.",
    )
    revisions.add_argument("--format", choices=["table", "json"], default="table")
    revisions.add_argument(
        "--no-implied",
        dest="implied",
        action="store_false",
        help="compare stated figures only, not what sources imply (a 2024 base from 2025 growth)",
    )
    revisions.set_defaults(store_run=_store_revisions)
    sources = actions.add_parser("sources", help="list the stored sources with their dates")
    sources.add_argument("--format", choices=["table", "json"], default="table")
    sources.set_defaults(store_run=_store_sources)
    for action in (add, query, revisions, sources):
        _db_option(action)


#: The subcommands tradestat registers through its own ``register_commands`` hook.
BUILTIN_COMMANDS = (
    Command(
        "convert",
        help="convert an amount of money into another currency",
        description=(
            "Convert a stated amount at a given, implied or tabled exchange rate; the "
            "output carries the interval the rounding of every stated number allows."
        ),
        configure=_configure_convert,
        run=_convert,
    ),
    Command(
        "load",
        help="load facts from files with the right loader",
        description=(
            "Load facts from each PATH (loader chosen by sniffing unless --loader) and print "
            "them. Rejected records go to stderr with file:line:column; the exit status is 0 "
            "when every record loaded, 1 when any was rejected, 2 on errors."
        ),
        configure=_configure_load,
        run=_load,
    ),
    Command(
        "extract",
        help="read the facts news articles and customs releases state",
        description=(
            "Read facts out of articles (plain text or HTML, English or Chinese). With --out, "
            "write one NAME.json per input (annotation format); otherwise print them."
        ),
        configure=_configure_extract,
        run=_extract,
    ),
    Command(
        "check",
        help="find contradictions between stated figures, and what they imply",
        description=(
            "Load facts from each PATH (any loadable source, articles included), run every "
            "registered check and print the findings by severity. Exit status 1 when any "
            "error is found (figures that cannot all be true), 0 otherwise."
        ),
        configure=_configure_check,
        run=_check,
    ),
    Command(
        "mirror",
        help="compare A's exports to B with B's imports from A (mirror statistics)",
        description=(
            "Pair each reported export with the partner's reported import of the same period, "
            "in one currency, with the ratio imports/exports, its interval and a flag when it "
            "leaves the CIF/FOB band. Exit status 1 when any pair is outside the band."
        ),
        configure=_configure_mirror,
        run=_mirror,
    ),
    Command(
        "plot",
        help="draw facts with their intervals (needs the plot extra)",
        description=(
            "Load facts from each PATH and draw one measure over periods (or as bars): error "
            "bars for rounding, open markers with arrows for 'more than', hollow dashed marks "
            "for derived figures. The file type follows --out (.png, .svg, .pdf)."
        ),
        configure=_configure_plot,
        run=_plot,
    ),
    Command(
        "store",
        help="keep facts from many sources with their dates; query them and their revisions",
        description=(
            "A store of facts that remembers every source and when it was published: add "
            "files, query what is known (or was known at a date), list revisions. --db names "
            "the store (a SQLite file or a SQLAlchemy URL)."
        ),
        configure=_configure_store,
        run=_store,
    ),
    Command(
        "plugins",
        help="list plugins with their loaders, currencies and checks",
        description="List every plugin: name, version, what it provides, status, error if failed.",
        configure=_configure_plugins,
        run=_plugins,
    ),
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``tradestat`` command, with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="tradestat", description="Foreign-trade statistics as typed, unit-safe data."
    )
    parser.add_argument("--version", action="version", version=f"tradestat {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands().values():
        sub = subparsers.add_parser(
            command.name, help=command.help, description=command.description or command.help
        )
        command.configure(sub)
        sub.set_defaults(handler=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 findings or rejects, 2 errors)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        status = int(handler(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the try
        return status
    except BrokenPipeError:
        # the reader (e.g. `| head -1`) has all it wanted: end quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except TradestatError as exc:
        print(f"tradestat: error: {exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"tradestat: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tradestat: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
