"""Exchange rates: stated, implied by two statements of one amount, or looked up by period.

An :class:`ExchangeRate` says one ``base`` is worth ``rate`` of ``quote`` (USD/CNY 7.1776:
one dollar is 7.1776 yuan). The rate is an :class:`~tradestat.figures.Estimate`, so the
rounding of a stated or implied rate is carried into every converted amount. A
:class:`RateTable` holds rates by period and picks the right one for a fact's period.
"""

from __future__ import annotations

import csv
import datetime
import enum
import functools
import io
import math
import os
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import IO

import attrs

from tradestat._inputs import NumberTextError, number_text, read_input
from tradestat.errors import FigureError, LoadError, ParseError, RateError, UnitError
from tradestat.figures import Amount, Estimate, Figure
from tradestat.periods import Period
from tradestat.units import CURRENCIES, currencies, currency_of, parse_quantity, parse_unit

__all__ = [
    "QUOTE_ORDER",
    "DailyRates",
    "ExchangeRate",
    "RateBasis",
    "RateTable",
    "cited",
    "market_pair",
]


def _code(value: str) -> str:
    code = str(value).strip().upper()
    # (membership on the registry itself: ``currencies()`` copies it)
    if code not in CURRENCIES and not (CURRENCIES.load_more() and code in CURRENCIES):
        known = ", ".join(sorted(currencies()))
        raise UnitError(f"unknown currency {value!r}: expected one of {known}")
    return code


def _optional_period(value: Period | str | None) -> Period | None:
    return None if value is None or value == "" else Period.parse(value)


#: Rates outside these bounds are no exchange rate of any currency (a slip of the decimal).
_LOWEST_RATE, _HIGHEST_RATE = 1e-9, 1e9


class RateBasis(enum.StrEnum):
    """How a rate was obtained."""

    STATED = "stated"
    IMPLIED = "implied"
    INVERSE = "inverse"
    MEAN = "mean"


@attrs.frozen
class ExchangeRate:
    """One ``base`` is worth ``rate`` of ``quote``, for a period, from a source.

    ``basis`` says how the rate was obtained (:class:`RateBasis`) and ``derived_from``
    what from, when that matters: "implied" for the inverse of an implied rate, "6 monthly
    rates" for a mean. :attr:`how` says both in words.
    """

    base: str = attrs.field(converter=_code)
    quote: str = attrs.field(converter=_code)
    rate: Estimate
    period: Period | None = attrs.field(default=None, converter=_optional_period)
    source: str | None = None
    basis: RateBasis = attrs.field(default=RateBasis.STATED, converter=RateBasis)
    derived_from: str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.rate, Estimate):
            raise RateError(
                f"{self.base}/{self.quote}: the rate must be an Estimate (see ExchangeRate.of), "
                f"got {type(self.rate).__name__} {self.rate!r}"
            )
        if not (math.isfinite(self.rate.low) and math.isfinite(self.rate.high)):
            raise RateError(f"{self.base}/{self.quote} rate must be finite, got {self.rate}")
        if self.base == self.quote:
            raise RateError(f"an exchange rate needs two currencies, got {self.base} twice")
        expected = parse_unit(f"{self.quote} / {self.base}")
        if self.rate.unit != expected:
            raise RateError(
                f"rate unit {self.rate.unit_string} does not fit {self.base}/{self.quote}: "
                f"expected {self.quote} / {self.base}"
            )
        if self.rate.low <= 0 or self.rate.value <= 0:
            raise RateError(f"{self.base}/{self.quote} rate must be positive, got {self.rate}")
        if not _LOWEST_RATE <= self.rate.value <= _HIGHEST_RATE:
            raise RateError(
                f"{self.base}/{self.quote} rate {self.rate.value:g} is outside {_LOWEST_RATE:g} "
                f"to {_HIGHEST_RATE:g}: no currency trades there (a misplaced decimal point?)"
            )

    @classmethod
    def of(
        cls,
        base: str,
        quote: str,
        rate: str | float | Figure,
        period: Period | str | None = None,
        source: str | None = None,
    ) -> ExchangeRate:
        """A stated rate; its digits set its rounding interval (7.1776 -> ±0.00005)."""
        base, quote = _code(base), _code(quote)
        unit = f"{quote} / {base}"
        try:
            figure = rate if isinstance(rate, Figure) else Figure(rate, unit)
            estimate = Figure(figure.magnitude, unit, figure.qualifier).estimate()
        except (FigureError, UnitError) as exc:
            raise RateError(f"{base}/{quote} rate {rate!r}: {exc}") from None
        return cls(base, quote, estimate, period, source)

    @classmethod
    def from_quote(cls, text: str, a: str, b: str) -> ExchangeRate:
        """A rate between ``a`` and ``b`` as traders quote it, checked for plausibility.

        A plain number follows the market convention for the pair, whichever way the
        conversion runs: "7.145" for USD and CNY is 7.145 CNY per USD (see
        :func:`market_pair`); an explicit pair ("7.145 CNY/USD", "0.14 USD/CNY") always
        wins. A rate far outside the pair's historical range (``data/rate_ranges.csv``,
        with its sources) is refused with the rate it would have used, since a rate typed
        the wrong way round is off by a factor of about 50.
        """
        if not isinstance(text, str):
            raise RateError(f"rate {text!r}: expected text such as '7.145' or '7.145 CNY/USD'")
        explicit = "/" in text or " per " in text
        if explicit:
            rate = cls.parse(text, a, b)
        else:
            pair = market_pair(a, b)
            if pair is None:
                raise RateError(
                    f"rate {text!r}: no market convention says which way {a} and {b} are "
                    f"quoted; write the pair, e.g. '{text.strip()} {b}/{a}'"
                )
            rate = cls.parse(text, *pair)
        _check_plausible(rate, text)
        return rate

    @classmethod
    def parse(cls, text: str, base: str, quote: str) -> ExchangeRate:
        """A rate as a user writes it ("7.145", "7.145 CNY/USD", "7.145 CNY per USD").

        A plain number is ``quote`` per one ``base`` (7.145 for USD/CNY); a written unit
        names the pair itself.
        """
        if not isinstance(text, str):
            raise RateError(f"rate {text!r}: expected text such as '7.145' or '7.145 CNY/USD'")
        cleaned = text.strip()
        if "/" not in cleaned and " per " not in cleaned:
            return cls.of(base, quote, cleaned)
        q = parse_quantity(cleaned.replace(" per ", " / "))
        powers = {
            dim[len("[currency_") : -1]: power
            for dim, power in q.dimensionality.items()
            if dim.startswith("[currency_")
        }
        top = next((code for code, p in powers.items() if p == 1), None)
        bottom = next((code for code, p in powers.items() if p == -1), None)
        if top is None or bottom is None or len(powers) != 2 or len(q.dimensionality) != 2:
            raise RateError(
                f"rate {text!r}: expected a rate between two currencies, e.g. '7.145 CNY/USD'"
            )
        return cls.of(bottom, top, str(q.magnitude))

    @classmethod
    def implied(
        cls,
        a: Amount,
        b: Amount,
        period: Period | str | None = None,
        source: str | None = None,
    ) -> ExchangeRate:
        """The rate implied by two statements of one amount in two currencies.

        ``implied(280.8 billion yuan, about 39.3 billion dollars)`` is about 7.145 CNY per
        USD (``b``'s currency is the base), with the interval the rounding of both allows.
        """
        ea, eb = Estimate.of(a), Estimate.of(b)
        ca, cb = currency_of(ea.unit), currency_of(eb.unit)
        if ca is None or cb is None:
            raise RateError(f"an implied rate needs two money amounts, got {ea} and {eb}")
        if ca == cb:
            raise RateError(f"{ea} and {eb} are both in {ca}: no rate is implied")
        if eb.low <= 0 or ea.low <= 0:
            raise RateError(f"an implied rate needs positive amounts, got {ea} and {eb}")
        ratio = (ea.to(ca) / eb.to(cb)).to(f"{ca} / {cb}")
        return cls(cb, ca, ratio, period, source, basis=RateBasis.IMPLIED)

    @property
    def value(self) -> float:
        """The nominal rate."""
        return self.rate.value

    @property
    def how(self) -> str:
        """How the rate was obtained, in words: "stated", "inverse of implied" ..."""
        return (
            f"{self.basis.value} of {self.derived_from}" if self.derived_from else self.basis.value
        )

    def inverse(self) -> ExchangeRate:
        """The same rate seen from the other currency (USD/CNY 7.145 -> CNY/USD 0.14)."""
        one = Estimate.exact(1.0, "dimensionless")
        flipped = (one / self.rate).to(f"{self.base} / {self.quote}")
        source_basis = None if self.basis is RateBasis.STATED else self.how
        return ExchangeRate(
            self.quote,
            self.base,
            flipped,
            self.period,
            self.source,
            RateBasis.INVERSE,
            source_basis,
        )

    def convert(self, amount: Amount, to: str | None = None) -> Estimate:
        """Convert money either way across this rate, keeping the scale word.

        280.8 billion CNY at USD/CNY 7.145 -> 39.3 billion USD, with its interval.
        """
        money = Estimate.of(amount)
        code = currency_of(money.unit)
        if code == self.base:
            result = money * self.rate
        elif code == self.quote:
            result = money / self.rate
        else:
            raise RateError(
                f"cannot convert {money} with a {self.base}/{self.quote} rate: "
                f"it is in {code or 'no currency'}"
            )
        if to is not None and currency_of(result.unit) != _code(to):
            raise RateError(f"a {self.base}/{self.quote} rate cannot give {to} from {code}")
        return result

    def __str__(self) -> str:
        when = f" {self.period}" if self.period else ""
        rate = f"{self.rate.value:.6g} {self.rate.interval}"
        return f"{self.base}/{self.quote}{when} {rate} ({self.how})"


#: The market's quoting order: of two currencies, the earlier is the base (1 EUR = x USD,
#: 1 USD = x CNY); any currency in the list is the base against one that is not.
QUOTE_ORDER = ("EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF")


def market_pair(a: str, b: str) -> tuple[str, str] | None:
    """(base, quote) of the pair as markets quote it, or None when no convention decides."""
    a, b = _code(a), _code(b)
    rank = {code: i for i, code in enumerate(QUOTE_ORDER)}
    ra, rb = rank.get(a), rank.get(b)
    if ra is None and rb is None:
        return None
    if rb is None or (ra is not None and ra < rb):
        return (a, b)
    return (b, a)


@functools.cache
def _plausible_ranges() -> dict[tuple[str, str], tuple[float, float]]:
    text = (resources.files("tradestat") / "data" / "rate_ranges.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    ranges = {}
    for row in csv.DictReader(lines):
        ranges[(row["base"], row["quote"])] = (float(row["low"]), float(row["high"]))
    return ranges


def _check_plausible(rate: ExchangeRate, text: str) -> None:
    """Refuse a rate far outside its pair's historical range (typed the wrong way round)."""
    ranges = _plausible_ranges()
    for r in (rate, rate.inverse()):
        span = ranges.get((r.base, r.quote))
        if span is not None and not span[0] <= r.value <= span[1]:
            raise RateError(
                f"rate {text!r} would be {r.value:.6g} {r.quote} per {r.base}, outside "
                f"{r.base}/{r.quote}'s historical range {span[0]:g}-{span[1]:g}; typed the "
                f"wrong way round? 1/{r.value:.6g} = {1 / r.value:.6g} {r.quote} per {r.base}"
            )


def _mean(
    base: str,
    quote: str,
    period: Period,
    rates: list[ExchangeRate],
    derived_from: str | None = None,
) -> ExchangeRate:
    """The mean of several rates for a period, citing their sources (monthly by default)."""
    total = rates[0].rate
    for r in rates[1:]:
        total = total + r.rate
    mean = total / float(len(rates))
    sources = sorted({r.source for r in rates if r.source})
    return ExchangeRate(
        base,
        quote,
        mean.to(f"{quote} / {base}"),
        period,
        ", ".join(sources) or None,
        basis=RateBasis.MEAN,
        derived_from=derived_from or f"{len(rates)} monthly rates",
    )


@attrs.define
class RateTable:
    """Exchange rates by currency pair and period (monthly, quarterly, annual averages)."""

    _rates: dict[tuple[str, str, Period], ExchangeRate] = attrs.field(factory=dict)

    def add(self, rate: ExchangeRate) -> None:
        """Add or replace the rate for its pair and period (a rate needs a period)."""
        if rate.period is None:
            raise RateError(f"a rate table needs rates for periods; {rate} has none")
        self._rates[(rate.base, rate.quote, rate.period)] = rate

    def __len__(self) -> int:
        return len(self._rates)

    def __iter__(self) -> Iterator[ExchangeRate]:
        return iter(self._rates.values())

    def _direct(self, base: str, quote: str, period: Period) -> ExchangeRate | None:
        rate = self._rates.get((base, quote, period))
        if rate is not None:
            return rate
        inverse = self._rates.get((quote, base, period))
        return inverse.inverse() if inverse is not None else None

    def lookup(self, base: str, quote: str, period: Period | str) -> ExchangeRate:
        """The rate for a period: stated for it, else the mean of its monthly rates.

        The returned rate's ``basis`` says which. Raises :class:`RateError` naming the
        periods the table does have when neither is there.
        """
        base, quote, p = _code(base), _code(quote), Period.parse(period)
        found = self._direct(base, quote, p)
        if found is not None:
            return found
        if p.n_months > 1:
            # Average in the direction the table states, then invert: the mean of
            # inverses is not the inverse of the mean.
            for b, q in ((base, quote), (quote, base)):
                monthly = [self._rates.get((b, q, m)) for m in p.months()]
                if all(r is not None for r in monthly):
                    mean = _mean(b, q, p, [r for r in monthly if r is not None])
                    return mean if b == base else mean.inverse()
        have = sorted({k[2] for k in self._rates if {k[0], k[1]} == {base, quote}})
        listing = ", ".join(str(h) for h in have) if have else "none"
        raise RateError(
            f"no {base}/{quote} rate for {p}: the table has {base}/{quote} rates for {listing}"
        )

    def convert(self, amount: Amount, to: str, period: Period | str) -> Estimate:
        """Convert money into currency ``to`` at the rate for ``period``."""
        money = Estimate.of(amount)
        code = currency_of(money.unit)
        if code is None:
            raise RateError(f"{money} is not an amount of money")
        return self.lookup(code, to, period).convert(money)

    @classmethod
    def from_rates(cls, rates: Iterable[ExchangeRate]) -> RateTable:
        """A table holding the given rates."""
        table = cls()
        for r in rates:
            table.add(r)
        return table

    @classmethod
    def from_csv(
        cls, source: str | os.PathLike[str] | IO[str], max_bytes: int | None = None
    ) -> RateTable:
        """Read ``period,base,quote,rate`` rows (``2025-06,USD,CNY,7.1776``).

        A path is read up to ``max_bytes`` (default ``TRADESTAT_MAX_INPUT_BYTES`` or 256
        MiB), as UTF-8; a missing file is :class:`~tradestat.errors.NoSuchFileError`. The
        table is refused (:class:`LoadError` naming file, line and column) for any bad row:
        a cell that does not read, a field longer than the csv module's limit, a currency
        pair given twice for one period (either way round), a rate that is not a finite
        number between 1e-9 and 1e9.
        """
        if isinstance(source, (str, os.PathLike)):
            name = Path(source).name
            data = read_input(source, max_bytes)
            if b"\x00" in data:
                raise LoadError("binary data, not a rate table (found NUL bytes)", name)
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = data.count(b"\n", 0, exc.start) + 1
                raise LoadError(
                    f"not valid UTF-8: expected a UTF-8 rate table ({exc.reason})",
                    f"{name}:{line}",
                ) from None
            stream: IO[str] = io.StringIO(text, newline="")
        else:
            name = Path(str(getattr(source, "name", "<rates>"))).name
            stream = source
        return cls._read_csv(stream, name)

    @classmethod
    def _read_csv(cls, stream: IO[str], name: str) -> RateTable:
        reader = csv.reader(stream, strict=True)
        expected = ["period", "base", "quote", "rate"]
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise LoadError(f"unreadable CSV header: {exc}", f"{name}:1") from None
        except UnicodeDecodeError as exc:
            raise LoadError(f"cannot decode the rate table: {exc.reason}", name) from None
        if header is None or [h.strip().lower().lstrip("\ufeff") for h in header] != expected:
            shown = header if header is None or len(str(header)) < 200 else "(a long line)"
            raise LoadError(f"expected the header {','.join(expected)}, got {shown}", f"{name}:1")
        table = cls()
        seen: dict[tuple[str, str, Period], int] = {}
        while True:
            first = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    reason = (
                        f"a field longer than {csv.field_size_limit()} characters "
                        "(the csv module's limit): expected period,base,quote,rate"
                    )
                else:
                    reason = f"unreadable CSV: {exc}"
                raise LoadError(reason, f"{name}:{first}") from None
            except UnicodeDecodeError as exc:
                raise LoadError(f"cannot decode the rate table: {exc.reason}", name) from None
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != 4:
                raise LoadError(f"expected 4 columns, got {len(row)}", f"{name}:{first}")
            period, base, quote, rate = (cell.strip() for cell in row)
            column = "period"
            try:
                p = Period.parse(period)
                column = "base"
                _code(base)
                column = "quote"
                _code(quote)
                column = "rate"
                try:
                    rate, _ = number_text(rate)
                except NumberTextError as exc:
                    raise FigureError(str(exc)) from None
                exchange = ExchangeRate.of(base, quote, rate, p, source=name)
            except (ParseError, UnitError, RateError, FigureError) as exc:
                col = expected.index(column) + 1
                raise LoadError(f"column {column!r}: {exc}", f"{name}:{first}:{col}") from None
            key = (exchange.base, exchange.quote, p)
            other = seen.get(key) or seen.get((exchange.quote, exchange.base, p))
            if other is not None:
                raise LoadError(
                    f"a second rate for {exchange.base}/{exchange.quote} in {p} (line {other} "
                    "gives one already; a pair counts either way round): expected one rate per "
                    "currency pair and period",
                    f"{name}:{first}",
                )
            seen[key] = first
            table.add(exchange)
        return table


def _daily_mean(
    base: str, quote: str, period: Period, days: list[tuple[datetime.date, ExchangeRate]]
) -> ExchangeRate:
    """The mean of daily rates over a period, with its source and the days it used."""
    ordered = sorted(days, key=lambda d: d[0])
    used = f"{len(ordered)} daily rates {ordered[0][0]}..{ordered[-1][0]}"
    return _mean(base, quote, period, [r for _, r in ordered], derived_from=used)


@attrs.define
class DailyRates(RateTable):
    """A rate table that also holds daily rates, averaged over whatever period is asked.

    Publishers give daily rates (FRED DEXCHUS, the ECB's daily reference rates, the
    central parity); a fact covers a month, a quarter or "the first five months". The
    rate for such a period is the mean of the daily rates published in it, taken in the
    direction they were published and inverted after (the mean of inverses is not the
    inverse of the mean). Every month of the period needs at least one daily rate, so a
    file covering January to March never stands in for the half-year; rates stated for a
    period (monthly averages) are used as :class:`RateTable` uses them.
    """

    _daily: dict[tuple[str, str], dict[Period, list[tuple[datetime.date, ExchangeRate]]]] = (
        attrs.field(factory=dict)
    )
    #: Means already computed, by (base, quote, period); cleared when a rate is added.
    _means: dict[tuple[str, str, Period], ExchangeRate] = attrs.field(factory=dict)

    def add_daily(self, day: datetime.date, rate: ExchangeRate) -> None:
        """Add the rate published for one day (indexed by its month, for linear lookups)."""
        month = Period.month(day.year, day.month)
        self._means.clear()
        by_month = self._daily.setdefault((rate.base, rate.quote), {})
        by_month.setdefault(month, []).append((day, attrs.evolve(rate, period=month)))

    def daily_count(self) -> int:
        """How many daily rates the table holds."""
        return sum(len(days) for months in self._daily.values() for days in months.values())

    def __len__(self) -> int:
        return super().__len__() + self.daily_count()

    def __iter__(self) -> Iterator[ExchangeRate]:
        yield from super().__iter__()
        for months in self._daily.values():
            for days in months.values():
                for _, rate in days:
                    yield rate

    def lookup(self, base: str, quote: str, period: Period | str) -> ExchangeRate:
        """The mean of the period's daily rates when every month has some, else as tabled."""
        base, quote, p = _code(base), _code(quote), Period.parse(period)
        known = self._means.get((base, quote, p))
        if known is not None:
            return known
        for b, q in ((base, quote), (quote, base)):
            by_month = self._daily.get((b, q))
            if not by_month:
                continue
            if all(m in by_month for m in p.months()):
                days = [d for m in p.months() for d in by_month[m]]
                mean = _daily_mean(b, q, p, days)
                found = mean if b == base else mean.inverse()
                self._means[(base, quote, p)] = found
                return found
        try:
            return super().lookup(base, quote, p)
        except RateError as exc:
            covered = sorted(
                m
                for (b, q), months in self._daily.items()
                if {b, q} == {base, quote}
                for m in months
            )
            if not covered:
                raise
            raise RateError(
                f"{exc}; daily {base}/{quote} rates cover {covered[0]} to {covered[-1]}, "
                f"not every month of {p}"
            ) from None


def cited(rate: ExchangeRate) -> str:
    """A rate with how it was obtained and where from, for provenance and messages.

    "USD/CNY 7.1843 (mean of 120 daily rates 2025-01-02..2025-06-30; FRED DEXCHUS)".
    """
    where = f"; {rate.source}" if rate.source else ""
    return f"{rate.base}/{rate.quote} {rate.value:.5g} ({rate.how}{where})"
