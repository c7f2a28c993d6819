"""The ``tradestat`` command line: argument parsing and wiring only.

Each subcommand is a :class:`~tradestat.plugins.Command` registered through the
``register_commands`` hook (the built-in ones below by :mod:`tradestat._builtin`, others by
plugins); rendering lives in :mod:`tradestat._render`. Everything a command needs beyond
argument parsing (loaders, checks, units, the store, plotting) is imported inside the
command, so ``tradestat --version`` and ``--help`` start without them.

Exit status: 0 clean, 1 findings or rejected input, 2 usage or an input that cannot be read,
130 interrupted (the table in ``docs/cli.md``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import warnings
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tradestat._command import Command
from tradestat._version import __version__
from tradestat.errors import CommandError, TradestatError

if TYPE_CHECKING:
    import datetime

    from tradestat.loaders import LoadResult
    from tradestat.models import Fact
    from tradestat.rates import ExchangeRate
    from tradestat.store import Store

__all__ = ["BUILTIN_COMMANDS", "EXIT_CODES", "FORMATS", "build_parser", "main"]

#: What each exit status of ``tradestat`` means (``docs/cli.md`` shows this table).
EXIT_CODES = {
    0: "clean: everything read, nothing found",
    1: "findings or rejected input: a check error, a rejected record, a mirror pair outside "
    "the band",
    2: "usage: a bad option or argument, a file that does not exist or cannot be read",
    130: "interrupted (Ctrl-C)",
}
#: The ``--format`` choices of every command that prints data; ``parquet`` is added where
#: the command writes files.
FORMATS = ("table", "json", "jsonl", "csv")
#: The built-in layouts of published rate files, named here for ``--help`` so that building
#: the parser does not import the rate readers (a test keeps them equal to the built-in
#: formats). Plugins add layouts through ``register_rate_formats``, so the name is checked
#: when the file is read, against every registered format.
RATE_LAYOUTS = (
    "daily", "ecb", "eurofxref", "fred", "imf", "imf-er", "period", "safe", "safe-parity",
)  # fmt: skip


def _format_option(
    parser: argparse.ArgumentParser, *, files: bool = False, what: str = "the output"
) -> None:
    """``--format`` (table by default), and ``--json`` kept as a hidden, deprecated alias."""
    choices = [*FORMATS, "parquet"] if files else list(FORMATS)
    parser.add_argument(
        "--format",
        choices=choices,
        default="table",
        help=f"how to print {what}: {', '.join(choices)} (default: table)",
    )
    parser.add_argument(
        "--json",
        dest="format",
        action="store_const",
        const="json",
        default=argparse.SUPPRESS,
        help=argparse.SUPPRESS,  # deprecated: --format json
    )


def _print_records(
    rows: Sequence[Mapping[str, Any]] | Mapping[str, Any], fmt: str, columns: Sequence[str] = ()
) -> None:
    """Rows (or one object) as JSON, JSON Lines or CSV on stdout (CSV: ``columns`` first)."""
    from tradestat._render import records_text

    sys.stdout.write(records_text(rows, fmt, columns))


def _rate_from_option(text: str, source: str, target: str) -> ExchangeRate:
    """``--rate``: a plain number as markets quote the pair (7.145 CNY per USD either way)."""
    from tradestat.errors import RateError, UnitError
    from tradestat.rates import ExchangeRate

    try:
        return ExchangeRate.from_quote(text, source, target)
    except (UnitError, RateError) as exc:
        raise CommandError(
            f"--rate {text!r}: expected a number or e.g. '7.145 CNY/USD' ({exc})"
        ) from None


def _convert(args: argparse.Namespace) -> int:
    from tradestat._render import estimate_json
    from tradestat.money import parse_money
    from tradestat.periods import Period
    from tradestat.rates import ExchangeRate, RateTable
    from tradestat.units import currency_of

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
    if args.format == "table":
        print(f"{amount} = {result.in_natural_scale()}")
        print(f"  at {rate}")
        return 0
    payload = estimate_json(result)
    payload["rate"] = {
        "base": rate.base,
        "quote": rate.quote,
        "value": rate.value,
        "low": rate.rate.low,
        "high": rate.rate.high,
        "basis": rate.how,
    }
    if args.format == "csv":
        flat = {k: v for k, v in payload.items() if k != "rate"}
        flat.update({f"rate_{k}": v for k, v in payload["rate"].items()})
        _print_records([flat], "csv")
    else:
        _print_records(payload, args.format)  # json: one object; jsonl: one line
    return 0


def _results(
    paths: Sequence[str], loader: str | None, options: dict[str, str] | None = None
) -> Iterator[tuple[str, LoadResult]]:
    """Load each path in turn; the one loop every command that reads files uses."""
    from tradestat.loaders import Source, load

    for path in paths:
        if path == "-":  # standard input, as Unix tools read it
            data = sys.stdin.buffer.read()
            yield (
                "<stdin>",
                load(Source.from_bytes(data, "<stdin>"), loader, False, **(options or {})),
            )
        else:
            yield path, load(path, loader, False, **(options or {}))


def _print_facts(facts: list[Fact], fmt: str, quotes: bool = False) -> None:
    from tradestat._render import facts_table
    from tradestat.loaders import dumps

    if fmt == "table":
        print(facts_table(facts, quotes=quotes))
    else:
        sys.stdout.write(dumps(facts, fmt))


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
    _print_facts(facts, args.format)
    return 1 if rejected else 0


def _extract(args: argparse.Namespace) -> int:
    from tradestat._outputs import write_atomic
    from tradestat._render import Progress
    from tradestat.loaders import dumps

    out_dir = Path(args.out) if args.out else None
    if args.format == "parquet" and out_dir is None:
        raise CommandError("--format parquet writes files: give --out DIR")
    suffix = "json" if args.format == "table" else args.format  # the file format with --out
    targets: dict[str, Path] = {}
    if out_dir is not None:
        # every input gets its own output: refuse before reading anything rather than let one
        # file overwrite another (s1/report.txt and s2/report.txt both make report.json)
        owners: dict[Path, str] = {}
        for path in dict.fromkeys(args.paths):
            name = "stdin" if path == "-" else Path(path).stem
            target = out_dir / f"{name}.{suffix}"
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
    dated = {"published": args.published.isoformat()} if args.published is not None else {}
    if args.subject:
        dated["subject"] = args.subject
    for path, result in _results(args.paths, "article", dated or None):
        for warning in result.warnings:
            if args.verbose:
                print(f"warning: {warning}", file=sys.stderr)
        if out_dir is not None:
            target = targets["-" if path == "<stdin>" else path]
            if suffix == "parquet":
                from tradestat.loaders.columnar import dump_binary

                dump_binary(result.facts, target, "parquet")
            else:
                write_atomic(target, dumps(result.facts, suffix))
        else:
            everything.extend(result.facts)
        if args.html:
            from tradestat.review import write_review

            write_review(path, args.html, into_folder=len(args.paths) > 1)
        progress.step(Path(path).name)
    if out_dir is None:
        _print_facts(everything, args.format, quotes=True)
    return 0


def _check(args: argparse.Namespace) -> int:
    """Check the facts of every PATH; 1 when a finding is an error or any record was rejected.

    A rejected record means the check saw less than the file states, so a clean report
    would overstate what was checked: that is a failure, as it is for ``load``.
    """
    import attrs

    from tradestat._render import findings_text
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
    if args.format == "json":
        payload = {
            "findings": [f.to_dict() for f in findings],
            "derived": [d.to_record() for d in derived],
            "rejected": rejected,
        }
        _print_records(payload, "json")
    elif args.format in ("jsonl", "csv"):
        rows = [{"kind": "finding", **f.to_dict()} for f in findings]
        rows += [{"kind": "derived", **d.to_record()} for d in derived]
        _print_records(rows, args.format, ("kind", "rule", "severity", "message", "facts"))
    else:
        print(findings_text(len(facts), findings, derived if args.derive else None))
    errors = any(f.severity.value == "error" for f in findings)
    return 1 if errors or rejected else 0


_WHERE_FIELDS = ("subject", "period", "flow", "partner", "segment", "benchmark", "qualifier")


def _plot(args: argparse.Namespace) -> int:
    from tradestat._outputs import atomic_path
    from tradestat.plot import plot
    from tradestat.rates import RateTable

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
    from tradestat._render import plugins_table
    from tradestat.plugins import plugin_infos

    infos = plugin_infos()
    if args.format == "table":
        print(plugins_table(infos))
    else:
        _print_records([i.to_dict() for i in infos], args.format)
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
    from tradestat._render import format_table
    from tradestat.checks.mirror import BAND, mirror_pairs
    from tradestat.loaders import load
    from tradestat.ratefiles import read_rates

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
    if args.format != "table":
        _print_records(rows, args.format)
        return 1 if flagged else 0
    head = [
        "period",
        "exporter -> importer",
        f"exports FOB ({to})",
        f"imports CIF ({to})",
        "M/X [interval]",
        "gap",
        "",
    ]
    table = [
        [
            str(r["period"]),
            f"{r['exporter']} -> {r['importer']}" + (f" ({r['segment']})" if r["segment"] else ""),
            f"{r['exports_fob']:,.0f}",
            f"{r['imports_cif']:,.0f}",
            f"{r['ratio']:.3f} [{r['ratio_low']:.3f}, {r['ratio_high']:.3f}]",
            f"{r['gap']:+.1%}",
            "OUTSIDE BAND" if r["outside_band"] else "",
        ]
        for r in rows
    ]
    print(format_table(head, table))
    print(
        f"{len(pairs)} mirror pair(s), {flagged} outside the CIF/FOB band "
        f"{band[0]:.2f}-{band[1]:.2f} (imports/exports; see docs/mirror.md)"
    )
    return 1 if flagged else 0


def _option_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--option",
        action="append",
        metavar="KEY=VALUE",
        help="loader option, e.g. -o flow=exports -o period=2023 (repeatable)",
    )


def _rates_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rates",
        metavar="FILE",
        help="exchange rates as published: FRED (DEXCHUS, EXCHUS), ECB SDMX-CSV, IMF ER "
        "SDMX-CSV, SAFE central parity, date,base,quote,rate or period,base,quote,rate CSV; "
        "daily rates are averaged over each period",
    )
    parser.add_argument(
        "--rates-layout",
        metavar="LAYOUT",
        help="layout of the --rates file: "
        + ", ".join(RATE_LAYOUTS)
        + " or one a plugin adds (default: recognised from its header)",
    )


def _configure_mirror(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="FILE", help="files holding both sides")
    parser.add_argument("--loader", help="loader name for every FILE (default: sniffed)")
    _option_option(parser)
    _rates_options(parser)
    parser.add_argument("--to", default="USD", help="currency to compare in (default USD)")
    parser.add_argument(
        "--band", metavar="LOW,HIGH", help="imports/exports band (default 0.95,1.15)"
    )
    _format_option(parser, what="the pairs")


def _configure_convert(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("amount", help="e.g. '280.8 billion yuan', '$39.3bn', '2808亿元'")
    parser.add_argument("--to", required=True, help="target currency code, e.g. USD")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--rate",
        help="a plain number is the rate as markets quote the pair, whichever way the "
        "conversion runs (7.145 means CNY per USD); or explicit, e.g. '7.145 CNY/USD'",
    )
    how.add_argument(
        "--implied", help="two statements of one amount: '280.8 billion yuan = 39.3 billion USD'"
    )
    how.add_argument("--rates", help="CSV rate table with header period,base,quote,rate")
    parser.add_argument("--period", help="with --rates: the period whose rate to use")
    _format_option(parser, what="the result (json: value/unit/low/high in base units)")


def _configure_load(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files to read; - is standard input"
    )
    parser.add_argument("--loader", help="loader name (see 'tradestat plugins')")
    _format_option(parser, what="the facts (json, jsonl and csv are the annotation format)")
    parser.add_argument("--strict", action="store_true", help="stop at the first rejected record")
    _option_option(parser)


def _iso_date(text: str) -> datetime.date:
    import datetime

    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _configure_extract(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files to read; - is standard input"
    )
    _format_option(
        parser,
        files=True,
        what="the facts; with --out, the format of each file (table: json; parquet needs --out)",
    )
    parser.add_argument(
        "--out", metavar="DIR", help="write DIR/NAME.json (or .jsonl, .csv, .parquet) per input"
    )
    parser.add_argument("--html", metavar="FILE", help="write a review page (a folder if several)")
    parser.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date of the texts, which 'last year' and 今年 are counted from "
        "(default: read from each text's date line, dateline or HTML metadata)",
    )
    parser.add_argument(
        "--subject",
        metavar="NAME",
        help="the reporter of texts that name their place only as 我省 / 全市 / 'our province' "
        "(used only when a text names none itself; default: such texts give no facts)",
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
    _rates_options(parser)
    parser.add_argument(
        "--tolerance",
        type=float,
        default=0.02,
        help="relative gap between implied and tabled rates before a warning (default 0.02)",
    )
    parser.add_argument("--derive", action="store_true", help="also list the derived facts")
    _format_option(
        parser,
        what='the findings (json: {"findings": [...], "derived": [...], "rejected": N}; '
        "jsonl and csv: one finding or derived fact a line, its kind first)",
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
    _format_option(parser, what="the plugins")


def _configure_completion(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=["bash", "zsh", "fish"], help="the shell to complete in")


def _completion(args: argparse.Namespace) -> int:
    from tradestat._completion import script

    sys.stdout.write(script(build_parser(), args.shell))
    return 0


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
        for path, result in _results(args.paths, args.loader, _options(args.option)):
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
    from tradestat._outputs import write_atomic
    from tradestat._render import facts_table
    from tradestat.loaders import dumps

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
    from tradestat._render import format_table

    with _open_store(args) as store:
        revisions = store.revisions(implied=args.implied)
    if args.format != "table":
        _print_records([r.to_dict() for r in revisions], args.format)
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
    from tradestat._render import format_table

    with _open_store(args) as store:
        sources = store.sources()
    if args.format != "table":
        _print_records([s.to_dict() for s in sources], args.format)
        return 0
    rows = [[s.name, str(s.facts), str(s.published or ""), str(s.known)] for s in sources]
    print(format_table(["source", "facts", "published", "known from"], rows))
    return 0


def _store(args: argparse.Namespace) -> int:
    return int(args.store_run(args))


def _examples(*lines: str) -> str:
    """An ``Examples:`` block for a command's ``--help``."""
    return "Examples:\n" + "\n".join(f"  {line}" for line in lines)


def _configure_store(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    raw = argparse.RawDescriptionHelpFormatter
    add = actions.add_parser(
        "add",
        help="store the facts of files (any loadable file, articles included)",
        description="Store each FILE as one source, named by the file (or --source), in one "
        "transaction: all its facts or none. A file stored before adds nothing again.",
        epilog=_examples(
            "tradestat store add --published 2025-07-25 xinjiang-2025-h1.csv",
            "tradestat store add --db facts.sqlite --source customs-2025-06 table.csv",
            "tradestat store add --loader gacc-query -o flow=exports -o release=2025-07 q.csv",
        ),
        formatter_class=raw,
    )
    add.add_argument("paths", nargs="+", metavar="FILE")
    _option_option(add)
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
        epilog=_examples(
            "tradestat store query --subject Xinjiang --period 2025-H1",
            "tradestat store query --as-of 2025-08-01 --format csv > known.csv",
            "tradestat store query --format parquet --out facts.parquet",
        ),
        formatter_class=raw,
    )
    for name in ("subject", "period", "flow", "partner", "segment", "measure", "source"):
        query.add_argument(f"--{name}", action="append", metavar=name.upper())
    query.add_argument("--as-of", metavar="DATE", help="what was known on DATE")
    query.add_argument("--history", action="store_true", help="every source's statements")
    _format_option(query, files=True, what="the facts (json, jsonl, csv: the annotation format)")
    query.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    query.set_defaults(store_run=_store_query)
    revisions = actions.add_parser(
        "revisions",
        help="list figures that later sources changed, with both statements",
        description="List each thing a later source stated (or implied) differently, with "
        "both figures, their sources and whether their intervals overlap.",
        epilog=_examples(
            "tradestat store revisions",
            "tradestat store revisions --no-implied --format json",
        ),
        formatter_class=raw,
    )
    _format_option(revisions, what="the revisions")
    revisions.add_argument(
        "--no-implied",
        dest="implied",
        action="store_false",
        help="compare stated figures only, not what sources imply (a 2024 base from 2025 growth)",
    )
    revisions.set_defaults(store_run=_store_revisions)
    sources = actions.add_parser(
        "sources",
        help="list the stored sources with their dates",
        description="List the stored sources: name, number of facts, publication date and "
        "when the store first knew them.",
        epilog=_examples("tradestat store sources", "tradestat store sources --format csv"),
        formatter_class=raw,
    )
    _format_option(sources, what="the sources")
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
        epilog=_examples(
            'tradestat convert "39.3 billion USD" --to CNY --rate 7.145',
            'tradestat convert 2808亿元 --to USD --rate "7.145 CNY/USD" --format json',
            'tradestat convert "280.8 billion yuan" --to USD '
            '--implied "280.8 billion yuan = 39.3 billion USD"',
            'tradestat convert "53.17 billion yuan" --to USD --rates rates.csv --period 2025-06',
        ),
    ),
    Command(
        "load",
        help="load facts from files with the right loader",
        description=(
            "Load facts from each PATH (loader chosen by sniffing unless --loader) and print "
            "them. Rejected records go to stderr with file:line:column; the exit status is 0 "
            "when every record loaded, 1 when any was rejected, 2 when a file cannot be read."
        ),
        configure=_configure_load,
        run=_load,
        epilog=_examples(
            "tradestat load xinjiang-2025-h1.csv",
            "tradestat load --format jsonl downloadData.csv > facts.jsonl",
            "tradestat load -o flow=exports -o period=2023 downloadData.csv",
            "cat facts.json | tradestat load - --format csv",
        ),
    ),
    Command(
        "extract",
        help="read the facts news articles and customs releases state",
        description=(
            "Read facts out of articles (plain text or HTML, English or Chinese). With --out, "
            "write one NAME.json per input (or the --format given); otherwise print them."
        ),
        configure=_configure_extract,
        run=_extract,
        epilog=_examples(
            "tradestat extract article.txt",
            "tradestat extract articles/*.txt --out facts/",
            "cat article.txt | tradestat extract - --format jsonl | tradestat check -",
            "tradestat extract article.html --html review.html",
        ),
    ),
    Command(
        "check",
        help="find contradictions between stated figures, and what they imply",
        description=(
            "Load facts from each PATH (any loadable source, articles included), run every "
            "registered check and print the findings by severity. Exit status 1 when any "
            "error is found (figures that cannot all be true) or any input record was "
            "rejected (as for load), 0 otherwise."
        ),
        configure=_configure_check,
        run=_check,
        epilog=_examples(
            "tradestat check article.txt",
            "tradestat check --derive --rates DEXCHUS.csv facts.csv",
            "tradestat extract article.txt --format jsonl | tradestat check - --format json",
            "tradestat check --store --as-of 2025-08-01",
        ),
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
        epilog=_examples(
            "tradestat mirror china-exports.csv us-imports.csv",
            "tradestat mirror --rates DEXCHUS.csv --to USD --band 0.9,1.2 a.csv b.csv",
            "tradestat mirror --format csv a.csv b.csv > pairs.csv",
        ),
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
        epilog=_examples(
            "tradestat plot facts.csv --out chart.png",
            "tradestat plot article.txt --measure yoy_growth --where partner=World --out g.svg",
            "tradestat plot facts.csv --view bars --measure share --lang zh --out shares.pdf",
        ),
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
        epilog=_examples(
            "tradestat store add --published 2025-07-25 xinjiang-2025-h1.csv",
            "tradestat store query --subject Xinjiang --format csv",
            "tradestat store revisions",
            "tradestat store sources --db facts.sqlite",
        ),
    ),
    Command(
        "plugins",
        help="list plugins with their loaders, currencies and checks",
        description="List every plugin: name, version, what it provides, status, error if failed.",
        configure=_configure_plugins,
        run=_plugins,
        epilog=_examples("tradestat plugins", "tradestat plugins --format json"),
    ),
    Command(
        "completion",
        help="print a shell completion script (bash, zsh or fish)",
        description=(
            "Print a completion script for the shell, made from the commands and options of "
            "this installation (plugins' commands included). Install it once; see docs/cli.md."
        ),
        configure=_configure_completion,
        run=_completion,
        epilog=_examples(
            "tradestat completion bash > ~/.local/share/bash-completion/completions/tradestat",
            'tradestat completion zsh > "${fpath[1]}/_tradestat"',
            "tradestat completion fish > ~/.config/fish/completions/tradestat.fish",
        ),
    ),
)


#: Built-in commands parsed and run without loading plugins: nothing they do needs one
#: unless a currency word is unknown, and then the unit registry loads them (once).
WITHOUT_PLUGINS = ("convert",)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of the ``tradestat`` command, with every registered subcommand.

    ``only``, one of :data:`WITHOUT_PLUGINS`: just that built-in subcommand, with no plugin
    host (a one-value conversion starts as fast as pint allows).
    """
    if only in WITHOUT_PLUGINS:
        listed = {c.name: c for c in BUILTIN_COMMANDS if c.name == only}
    else:
        from tradestat.plugins import commands

        listed = commands()
    parser = argparse.ArgumentParser(
        prog="tradestat",
        description="Foreign-trade statistics as typed, unit-safe data.",
        epilog=_examples(
            'tradestat convert "39.3 billion USD" --to CNY --rate 7.145',
            "tradestat extract article.txt --format jsonl | tradestat check -",
            "tradestat COMMAND --help",
        )
        + "\n\nExit status: 0 clean, 1 findings or rejected input, 2 usage or unreadable input.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tradestat {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in listed.values():
        sub = subparsers.add_parser(
            command.name,
            help=command.help,
            description=command.description or command.help,
            epilog=command.epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.configure(sub)
        sub.set_defaults(handler=command.run)
    return parser


@contextlib.contextmanager
def _plugin_problems_as_lines() -> Iterator[None]:
    """Each plugin problem once, as one ``tradestat: warning:`` line on stderr.

    Python would print the warning with a source line of this library, once per place it
    was raised; a user wants to know which plugin failed and why, once.
    """
    from tradestat._callbacks import PluginWarning  # not the host: it may never load

    seen: set[str] = set()
    with warnings.catch_warnings():
        previous = warnings.showwarning
        warnings.simplefilter("always", PluginWarning)

        def show(
            message: Warning | str,
            category: type[Warning],
            filename: str,
            lineno: int,
            file: Any = None,
            line: str | None = None,
        ) -> None:
            if not issubclass(category, PluginWarning):
                previous(message, category, filename, lineno, file, line)
                return
            text = " ".join(str(message).split()).removeprefix("tradestat ")
            if text not in seen:
                seen.add(text)
                print(f"tradestat: warning: {text}", file=sys.stderr)

        warnings.showwarning = show
        yield


def _no_loader_note(message: str) -> str:
    """Name the failed plugins when no loader could read a source: one of them may have."""
    from tradestat.plugins import failed_plugins

    failed = failed_plugins()
    if "no loader can read" not in message or not failed:
        return message
    names = ", ".join(repr(i.name) for i in failed)
    return f"{message} (plugin(s) {names} failed to load, see above; one may be its reader)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (:data:`EXIT_CODES`)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments == ["--version"]:  # answered before any plugin or library module loads
        print(f"tradestat {__version__}")
        return 0
    with _plugin_problems_as_lines():
        return _run(arguments)


def _run(arguments: list[str]) -> int:
    parser = build_parser(arguments[0] if arguments else None)
    args = parser.parse_args(arguments)
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
        print(f"tradestat: error: {_no_loader_note(str(exc))}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"tradestat: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tradestat: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
