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
from tradestat.money import parse_money
from tradestat.periods import Period
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
