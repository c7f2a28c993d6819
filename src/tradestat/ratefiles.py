"""Exchange-rate files as central banks and statistics offices publish them.

:func:`read_rates` reads one file into a :class:`~tradestat.rates.DailyRates` table, the
format recognised from its header (or named with ``layout``). Rate formats are registered
by name through the plugin hooks (``register_rate_formats``), as loaders are: rates are not
facts, so they have a registry of their own, and a plugin adds a publisher's file the same
way. The built-in formats:

===========  ==============================================================================
format       what it reads
===========  ==============================================================================
fred         FRED ``fredgraph.csv``: ``observation_date`` (or ``DATE``) and one column per
             series, DEXCHUS (daily, yuan per dollar) or EXCHUS (monthly average, dated the
             1st); ``.`` or empty for days without a rate; vintage columns
             ``DEXCHUS_20200124``
ecb          ECB SDMX-CSV (``format=csvdata``, full or ``dataonly``): ``CURRENCY`` per one
             ``CURRENCY_DENOM`` (CNY per EUR); daily, monthly, quarterly or annual averages
eurofxref    the ECB's wide ``eurofxref-hist.csv``: ``Date`` then one column per currency
             per euro, ``N/A`` when not quoted, a trailing comma on every line
imf-er       IMF ``ER`` SDMX-CSV: ``XDC_USD`` (domestic currency per dollar) or ``USD_XDC``,
             period averages (``PA_RT``); ``2025-M01`` periods (alias ``imf``)
safe-parity  SAFE's central parity table (人民币汇率中间价) as CSV: ``日期`` then one column
             per currency by its Chinese name, per 100 units, direct for the first ten
             currencies and indirect (100 yuan = x foreign) for the rest (alias ``safe``)
daily        ``date,base,quote,rate[,source]``: one rate per day
period       ``period,base,quote,rate``: :meth:`RateTable.from_csv`
===========  ==============================================================================

Every rate keeps its source ("FRED DEXCHUS (dexchus.csv)"), so a conversion says which
rate it used. Bad cells raise :class:`~tradestat.errors.LoadError` naming file, line and
column. End-of-period rates (ECB ``E``, IMF ``EOP_RT``) are skipped: trade figures convert
at period averages.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from tradestat.loaders._grid import Grid

from tradestat._inputs import max_input_bytes, read_bounded, read_input
from tradestat.errors import FigureError, LoadError, ParseError, RateError, UnitError
from tradestat.figures import Figure
from tradestat.loaders._sources import BINARY
from tradestat.loaders.base import Source
from tradestat.periods import Period
from tradestat.rates import DailyRates, ExchangeRate, RateTable
from tradestat.units import CURRENCIES, currencies

__all__ = [
    "BUILTIN_FORMATS",
    "LAYOUTS",
    "RateFormat",
    "find_format",
    "formats",
    "fred_series",
    "read_rates",
    "sniff_layout",
]

#: FRED's exchange-rate series codes: two letters per currency, "US" the dollar.
_FRED_CODES = {
    "CH": "CNY",
    "JP": "JPY",
    "HK": "HKD",
    "KO": "KRW",
    "IN": "INR",
    "SZ": "CHF",
    "CA": "CAD",
    "MX": "MXN",
    "BZ": "BRL",
    "SI": "SGD",
    "TA": "TWD",
    "TH": "THB",
    "MA": "MYR",
    "SF": "ZAR",
    "SD": "SEK",
    "DN": "DKK",
    "NO": "NOK",
    "SL": "LKR",
    "VZ": "VES",
    "EU": "EUR",
    "UK": "GBP",
    "AL": "AUD",
    "NZ": "NZD",
}


def fred_series(series: str) -> tuple[str, str, bool] | None:
    """(base, quote, daily) of a FRED rate series: DEXCHUS is USD/CNY daily, EXCHUS monthly.

    ``DEX{XX}US`` / ``EX{XX}US`` quote currency XX per dollar; ``DEXUS{XX}`` / ``EXUS{XX}``
    dollars per unit of XX (DEXUSEU: dollars per euro). A vintage suffix is ignored.
    """
    m = re.fullmatch(r"(D?)EX([A-Z]{2})([A-Z]{2})(?:_\d{8})?", series.strip().upper())
    if m is None:
        return None
    daily, first, second = m.group(1) == "D", m.group(2), m.group(3)
    if second == "US" and first in _FRED_CODES:
        return "USD", _FRED_CODES[first], daily
    if first == "US" and second in _FRED_CODES:
        return _FRED_CODES[second], "USD", daily
    return None


#: SAFE's Chinese currency names; the first ten are quoted directly (100 foreign = x CNY).
_SAFE_DIRECT = {
    "美元": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "港元": "HKD",
    "英镑": "GBP",
    "澳元": "AUD",
    "新西兰元": "NZD",
    "新加坡元": "SGD",
    "瑞士法郎": "CHF",
    "加元": "CAD",
}
_SAFE_INDIRECT = {
    "澳门元": "MOP",
    "林吉特": "MYR",
    "卢布": "RUB",
    "兰特": "ZAR",
    "韩元": "KRW",
    "迪拉姆": "AED",
    "里亚尔": "SAR",
    "福林": "HUF",
    "兹罗提": "PLN",
    "丹麦克朗": "DKK",
    "瑞典克朗": "SEK",
    "挪威克朗": "NOK",
    "里拉": "TRY",
    "比索": "MXN",
    "泰铢": "THB",
}

#: ISO 3166 alpha-3 codes of the IMF ER file to the currency of the domestic side.
_IMF_CURRENCY = {
    "CHN": "CNY",
    "USA": "USD",
    "JPN": "JPY",
    "KOR": "KRW",
    "IND": "INR",
    "GBR": "GBP",
    "RUS": "RUB",
    "KAZ": "KZT",
    "HKG": "HKD",
    "SGP": "SGD",
    "CHE": "CHF",
    "CAN": "CAD",
    "AUS": "AUD",
    "NZL": "NZD",
    "BRA": "BRL",
    "MEX": "MXN",
    "ZAF": "ZAR",
    "TUR": "TRY",
    "THA": "THB",
    "MYS": "MYR",
    "IDN": "IDR",
    "VNM": "VND",
    "NPL": "NPR",
    "DZA": "DZD",
}


class _Rows:
    """A CSV file's rows with file:line:column locations for errors."""

    def __init__(self, text: str, name: str) -> None:
        self.name = name
        # newline="": a lone CR ends a line as csv expects, never "seen in unquoted field"
        self.reader = csv.reader(io.StringIO(text, newline=""))
        self.header = [h.strip().lstrip("\ufeff") for h in self._next() or []]

    def _next(self) -> list[str] | None:
        """The next row; a CSV syntax error as our error, at its line."""
        try:
            return next(self.reader, None)
        except csv.Error as exc:
            raise LoadError(
                f"not valid CSV: {exc}", f"{self.name}:{self.reader.line_num}"
            ) from None

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        while (row := self._next()) is not None:
            if not any(cell.strip() for cell in row):
                continue
            cells = [c.strip() for c in row] + [""] * (len(self.header) - len(row))
            yield self.reader.line_num, dict(zip(self.header, cells, strict=False))

    def column(self, name: str) -> int:
        return self.header.index(name) + 1 if name in self.header else 1

    def fail(self, line: int, column: str, message: str) -> LoadError:
        return LoadError(message, f"{self.name}:{line}:{self.column(column)}")


def _known(code: str) -> bool:
    """Whether tradestat knows the currency (plugins may add it on first ask)."""
    return code in CURRENCIES or (CURRENCIES.load_more() and code in CURRENCIES)


def _currency(text: str) -> str:
    code = text.strip().upper()
    if not _known(code):
        raise UnitError(
            f"unknown currency {text!r}: expected one of {', '.join(sorted(currencies()))} "
            "(a plugin adds more through register_currencies)"
        )
    return code


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ParseError(text, "a date YYYY-MM-DD") from None


def _number(text: str) -> Figure | None:
    """A published rate's digits; None for the publishers' missing markers."""
    cleaned = text.strip()
    if cleaned in ("", ".", "N/A", "NaN", "NA", "-", "--"):
        return None
    try:
        return Figure(cleaned, "CNY / USD")  # any pair will do for reading the digits
    except FigureError:
        raise ParseError(text, "a number, or '.', 'N/A' or empty for no rate") from None


def _rate(base: str, quote: str, digits: Figure, source: str) -> ExchangeRate:
    return ExchangeRate.of(base, quote, str(digits.magnitude), source=source)


def _per_hundred(base: str, quote: str, digits: Figure, source: str) -> ExchangeRate:
    """A SAFE cell: the rate for 100 units of ``base``, kept with its digits' rounding."""
    return ExchangeRate.of(base, quote, str(digits.magnitude.scaleb(-2)), source=source)


def _fred(rows: _Rows, table: DailyRates) -> None:
    series = []
    for index, name in enumerate(rows.header[1:], start=1):
        found = fred_series(name)
        if found is None:
            raise LoadError(
                f"column {name!r} is not a FRED exchange-rate series "
                "(DEXCHUS, EXCHUS, DEXUSEU ...)",
                f"{rows.name}:1:{index + 1}",
            )
        series.append((name, found))
    for line, row in rows:
        column = rows.header[0]
        try:
            day = _day(row[column])
            for name, (base, quote, daily) in series:
                column = name
                digits = _number(row[name])
                if digits is None:
                    continue
                rate = _rate(base, quote, digits, f"FRED {name.split('_')[0]} ({rows.name})")
                if daily:
                    table.add_daily(day, rate)
                else:  # monthly averages are dated the first of their month
                    table.add(_with_period(rate, Period.month(day.year, day.month)))
        except (ParseError, UnitError, RateError, FigureError) as exc:
            raise rows.fail(line, column, f"column {column!r}: {exc}") from None


def _with_period(rate: ExchangeRate, period: Period) -> ExchangeRate:
    return ExchangeRate(rate.base, rate.quote, rate.rate, period, rate.source)


def _sdmx_period(text: str) -> Period:
    """An SDMX period: 2025, 2025-Q4, 2025-M01, 2025-01."""
    cleaned = text.strip()
    m = re.fullmatch(r"(\d{4})-M(\d{2})", cleaned)
    if m:
        return Period.month(int(m.group(1)), int(m.group(2)))
    return Period.parse(cleaned)


def _ecb(rows: _Rows, table: DailyRates) -> None:
    for line, row in rows:
        column = "CURRENCY"
        try:
            if row.get("EXR_SUFFIX", "A") not in ("", "A") or row.get("EXR_TYPE", "SP00") not in (
                "",
                "SP00",
            ):
                continue  # end-of-period or other rate types: not what trade converts at
            quote = _currency(row["CURRENCY"])
            column = "CURRENCY_DENOM"
            base = _currency(row["CURRENCY_DENOM"])
            column = "OBS_VALUE"
            digits = _number(row["OBS_VALUE"])
            if digits is None:
                continue
            key = row.get("KEY") or f"EXR.{row.get('FREQ', '')}.{quote}.{base}.SP00.A"
            rate = _rate(base, quote, digits, f"ECB {key} ({rows.name})")
            column = "TIME_PERIOD"
            when = row["TIME_PERIOD"]
            if row.get("FREQ", "D") == "D" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
                table.add_daily(_day(when), rate)
            else:
                table.add(_with_period(rate, _sdmx_period(when)))
        except (ParseError, UnitError, RateError, FigureError) as exc:
            raise rows.fail(line, column, f"column {column!r}: {exc}") from None


def _eurofxref(rows: _Rows, table: DailyRates) -> None:
    codes = [h for h in rows.header[1:] if h and _known(h)]  # the rest cannot be used
    for line, row in rows:
        column = rows.header[0]
        try:
            day = _day(row[column])
            for code in codes:
                column = code
                digits = _number(row.get(code, ""))
                if digits is not None:
                    table.add_daily(day, _rate("EUR", code, digits, f"ECB eurofxref ({rows.name})"))
        except (ParseError, UnitError, RateError, FigureError) as exc:
            raise rows.fail(line, column, f"column {column!r}: {exc}") from None


def _imf(rows: _Rows, table: DailyRates) -> None:
    for line, row in rows:
        column = "TYPE_OF_TRANSFORMATION"
        try:
            if row.get("TYPE_OF_TRANSFORMATION", "PA_RT") != "PA_RT":
                continue  # end-of-period rates: trade figures convert at period averages
            column = "COUNTRY"
            country = row["COUNTRY"]
            domestic = _IMF_CURRENCY.get(country)
            if domestic is None:
                raise UnitError(
                    f"no currency known for country {country!r}; "
                    f"known: {', '.join(sorted(_IMF_CURRENCY))}"
                )
            column = "INDICATOR"
            indicator = row["INDICATOR"]
            pairs = {"XDC_USD": ("USD", domestic), "USD_XDC": (domestic, "USD")}
            if indicator not in pairs:
                continue  # other crosses (XDC_EUR ...) are read only when asked for
            base, quote = pairs[indicator]
            column = "OBS_VALUE"
            digits = _number(row["OBS_VALUE"])
            if digits is None:
                continue
            key = f"{country}.{indicator}.PA_RT.{row.get('FREQUENCY', '')}"
            rate = _rate(base, quote, digits, f"IMF ER {key} ({rows.name})")
            column = "TIME_PERIOD"
            table.add(_with_period(rate, _sdmx_period(row["TIME_PERIOD"])))
        except (ParseError, UnitError, RateError, FigureError) as exc:
            raise rows.fail(line, column, f"column {column!r}: {exc}") from None


def _safe(rows: _Rows, table: DailyRates) -> None:
    names = rows.header[1:]
    unknown = [n for n in names if n and n not in _SAFE_DIRECT and n not in _SAFE_INDIRECT]
    if unknown:
        raise LoadError(
            f"unknown currency column {unknown[0]!r} in a SAFE central parity table",
            f"{rows.name}:1:{rows.column(unknown[0])}",
        )
    source = f"SAFE central parity ({rows.name})"
    usable = {**_SAFE_DIRECT, **_SAFE_INDIRECT}
    names = [n for n in names if n and _known(usable[n])]  # the rest cannot be used
    for line, row in rows:
        column = rows.header[0]
        try:
            day = _day(row[column])
            for name in names:
                column = name
                digits = _number(row.get(name, ""))
                if digits is None:
                    continue
                if name in _SAFE_DIRECT:  # 100 foreign = x yuan
                    table.add_daily(day, _per_hundred(_SAFE_DIRECT[name], "CNY", digits, source))
                else:  # 100 yuan = x foreign
                    table.add_daily(day, _per_hundred("CNY", _SAFE_INDIRECT[name], digits, source))
        except (ParseError, UnitError, RateError, FigureError) as exc:
            raise rows.fail(line, column, f"column {column!r}: {exc}") from None


def _daily(rows: _Rows, table: DailyRates) -> None:
    for line, row in rows:
        column = "date"
        try:
            day = _day(row["date"])
            column = "base"
            base = _currency(row["base"])
            column = "quote"
            quote = _currency(row["quote"])
            column = "rate"
            digits = _number(row["rate"])
            if digits is None:
                continue
            source = row.get("source") or rows.name
            table.add_daily(day, _rate(base, quote, digits, source))
        except (ParseError, UnitError, RateError, FigureError) as exc:
            raise rows.fail(line, column, f"column {column!r}: {exc}") from None


def _period(text: str, name: str) -> DailyRates:
    plain = RateTable.from_csv(io.StringIO(text))
    table = DailyRates()
    for rate in plain:
        table.add(ExchangeRate(rate.base, rate.quote, rate.rate, rate.period, name))
    return table


_Reader = Callable[[_Rows, DailyRates], None]

#: The columns each layout needs (beyond the first, the date, for fred, eurofxref and safe).
REQUIRED = {
    "ecb": ("CURRENCY", "CURRENCY_DENOM", "TIME_PERIOD", "OBS_VALUE"),
    "imf-er": ("COUNTRY", "INDICATOR", "TIME_PERIOD", "OBS_VALUE"),
    "daily": ("date", "base", "quote", "rate"),
}


def _never(header: Sequence[str]) -> bool:
    return False


@attrs.frozen
class RateFormat:
    """An exchange-rate file format, registered by name like a loader.

    ``read(text, label)`` turns the file's text into rates (raising :class:`LoadError`
    naming ``label``, line and column); ``sniff(header)`` says whether a header row is this
    format's. ``aliases`` are older names it answers to. Plugins register theirs through
    the ``register_rate_formats`` hook; :func:`read_rates` and ``--rates-layout`` find them.
    """

    name: str
    description: str
    read: Callable[[str, str], DailyRates | RateTable]
    sniff: Callable[[Sequence[str]], bool] = _never
    aliases: tuple[str, ...] = ()


def _csv_format(name: str, reader: _Reader) -> Callable[[str, str], DailyRates]:
    def read(text: str, label: str) -> DailyRates:
        rows = _Rows(text, label)
        missing = [c for c in REQUIRED.get(name, ()) if c not in rows.header]
        if missing:
            needed = ", ".join(missing)
            raise LoadError(f"a {name} rate file needs the column(s) {needed}", f"{label}:1")
        table = DailyRates()
        reader(rows, table)
        return table

    return read


def _read_period(text: str, label: str) -> DailyRates:
    try:
        return _period(text, label)
    except LoadError as exc:
        raise LoadError(exc.reason, (exc.location or "").replace("<rates>", label)) from None


def _names(header: Sequence[str]) -> list[str]:
    return [h.strip().lstrip("\ufeff") for h in header]


def _is_ecb(header: Sequence[str]) -> bool:
    return {"CURRENCY", "CURRENCY_DENOM", "TIME_PERIOD", "OBS_VALUE"} <= set(_names(header))


def _is_imf(header: Sequence[str]) -> bool:
    names = set(_names(header))
    return {"INDICATOR", "TIME_PERIOD", "OBS_VALUE", "COUNTRY"} <= names


def _is_period(header: Sequence[str]) -> bool:
    return [n.lower() for n in _names(header)[:4]] == ["period", "base", "quote", "rate"]


def _is_daily(header: Sequence[str]) -> bool:
    return [n.lower() for n in _names(header)[:4]] == ["date", "base", "quote", "rate"]


def _is_safe(header: Sequence[str]) -> bool:
    names = _names(header)
    return bool(names) and names[0] == "日期"


def _dated(header: Sequence[str]) -> bool:
    names = _names(header)
    return len(names) > 1 and names[0].lower() in ("observation_date", "date")


def _is_fred(header: Sequence[str]) -> bool:
    names = _names(header)
    return _dated(names) and all(fred_series(n) for n in names[1:])


def _is_eurofxref(header: Sequence[str]) -> bool:
    names = _names(header)
    return _dated(names) and names[0] == "Date" and not _is_fred(names)


#: The built-in rate formats, in the order their sniffs are tried.
BUILTIN_FORMATS = (
    RateFormat(
        "ecb", "ECB SDMX-CSV: CURRENCY per CURRENCY_DENOM", _csv_format("ecb", _ecb), _is_ecb
    ),
    RateFormat(
        "imf-er",
        "IMF ER SDMX-CSV: XDC_USD / USD_XDC period averages (PA_RT)",
        _csv_format("imf-er", _imf),
        _is_imf,
        aliases=("imf",),
    ),
    RateFormat("period", "period,base,quote,rate (RateTable.from_csv)", _read_period, _is_period),
    RateFormat(
        "daily",
        "date,base,quote,rate[,source]: one rate a day",
        _csv_format("daily", _daily),
        _is_daily,
    ),
    RateFormat(
        "safe-parity",
        "SAFE/PBoC central parity: per 100 units, direct and indirect quotes in one row",
        _csv_format("safe-parity", _safe),
        _is_safe,
        aliases=("safe",),
    ),
    RateFormat(
        "fred", "FRED fredgraph.csv: DEXCHUS, EXCHUS ...", _csv_format("fred", _fred), _is_fred
    ),
    RateFormat(
        "eurofxref",
        "ECB eurofxref-hist.csv: currencies per euro, one column each",
        _csv_format("eurofxref", _eurofxref),
        _is_eurofxref,
    ),
)


def formats() -> dict[str, RateFormat]:
    """Every registered rate format by name, built-in and from plugins."""
    from tradestat.plugins import host

    return dict(host().rate_formats)


def find_format(name: str) -> RateFormat | None:
    """The rate format registered under ``name`` or answering to it as an alias."""
    known = formats()
    found = known.get(name)
    if found is None:
        found = next((f for f in known.values() if name in f.aliases), None)
    return found


class _Layouts(Mapping[str, RateFormat]):
    """Every rate format's name and alias, as the registry has them now."""

    def _all(self) -> dict[str, RateFormat]:
        known = formats()
        out = dict(known)
        for fmt in known.values():
            for alias in fmt.aliases:
                out.setdefault(alias, fmt)
        return out

    def __getitem__(self, name: str) -> RateFormat:
        return self._all()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


#: The layouts :func:`read_rates` knows, by name and alias (the plugin registry's view).
LAYOUTS: Mapping[str, RateFormat] = _Layouts()


def sniff_layout(header: list[str]) -> str | None:
    """The name of the rate format a header row belongs to, or None."""
    from tradestat.plugins import host

    for fmt in formats().values():
        if host().is_builtin(fmt):
            if fmt.sniff(header):
                return fmt.name
            continue
        try:
            if fmt.sniff(header):
                return fmt.name
        except Exception:  # a plugin's sniff may raise anything; it does not fit then
            continue
    return None


def read_rates(
    source: str | os.PathLike[str] | IO[str], layout: str | None = None, name: str | None = None
) -> DailyRates:
    """Read a published rate file; the layout is recognised from its header unless given.

    Daily rates stay daily (the table averages them over each period asked for); period
    averages are tabled for their period. Raises :class:`LoadError` naming the file (and
    line and column) when the file cannot be read or its layout is unknown. Besides CSV, a
    rate table saved as an HTML page (SAFE's ``RMBQuery.do`` answer) or a spreadsheet (.xlsx,
    .xls: SAFE's history) is read from its header row on; locations then count rows from
    that header.
    """
    if isinstance(source, (str, os.PathLike)):
        label = name or Path(source).name
        if _spreadsheet(source):
            text = _table_text(_grid(Source(label, "", BINARY, Path(source))), label)
        else:
            data = read_input(source)  # bounded, refuses binary data such as /dev/zero
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise LoadError(f"cannot read rate file: not UTF-8 text ({exc})", label) from None
    else:
        label = name or str(getattr(source, "name", None) or "<rates>")
        read = read_bounded(source, max_input_bytes(), label)
        try:
            text = read if isinstance(read, str) else read.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise LoadError(f"cannot read rate file: not UTF-8 text ({exc})", label) from None
    if text.lstrip()[:1] == "<":
        text = _table_text(_grid(Source(label, text)), label)
    try:
        header = next(csv.reader(io.StringIO(text, newline="")), [])
    except csv.Error:
        header = []  # not CSV at all: no layout to recognise
    if not any(h.strip() for h in header):
        raise LoadError("empty rate file", label)
    chosen = layout or sniff_layout(header)
    if chosen is None:
        raise LoadError(
            f"unknown rate file layout (header {','.join(header[:6])}...); expected one "
            f"of {', '.join(sorted(LAYOUTS))} (see tradestat.ratefiles)",
            f"{label}:1",
        )
    fmt = find_format(chosen)
    if fmt is None:
        raise LoadError(
            f"unknown layout {chosen!r}: expected one of {', '.join(sorted(LAYOUTS))}", label
        )
    table = _run(fmt, text, label)
    if len(table) == 0:
        raise LoadError(f"no rates in the file (read as {fmt.name})", label)
    return table


def _run(fmt: RateFormat, text: str, label: str) -> DailyRates:
    """Read with one format; a plugin's failure is a LoadError naming the plugin."""
    from tradestat.plugins import host

    if host().is_builtin(fmt):
        read = fmt.read(text, label)
    else:
        try:
            read = fmt.read(text, label)
        except LoadError:
            raise
        except Exception as exc:  # a plugin's reader may raise anything; say whose
            raise LoadError(
                f"rate format {fmt.name!r} of plugin {host().owner(fmt)!r} failed: "
                f"{type(exc).__name__}: {exc}",
                label,
            ) from None
    if isinstance(read, DailyRates):
        return read
    if isinstance(read, RateTable):
        table = DailyRates()
        for rate in read:
            table.add(rate)
        return table
    raise LoadError(f"rate format {fmt.name!r} returned {type(read).__name__}, not rates", label)


_SHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_SERIAL = re.compile(r"[2-7][0-9]{4}(?:\.0+)?")


def _spreadsheet(path: str | os.PathLike[str]) -> bool:
    """Whether the file is an .xlsx (zip) or Excel 97 workbook, by its first bytes."""
    try:
        with open(path, "rb") as handle:
            return handle.read(8).startswith(_SHEET_MAGIC)
    except OSError:
        return False  # read_input says why


def _grid(source: Source) -> Grid:
    from tradestat.loaders._grid import read_grid

    return read_grid(source)


def _table_text(grid: Grid, label: str) -> str:
    """A spreadsheet's or HTML page's rate table as CSV text, from its header row on.

    The header is the first row a rate format recognises; an Excel date serial in the first
    column (45657) becomes its ISO date (2024-12-31).
    """
    start = next(
        (i for i, row in enumerate(grid.rows) if sniff_layout([c.strip() for c in row])), None
    )
    if start is None:
        raise LoadError(
            "no rate table in the file: no row is a known rate header (日期, DATE, ...)", label
        )
    out = io.StringIO()
    writer = csv.writer(out)
    for r, row in enumerate(grid.rows[start:]):
        cells = [c.strip() for c in row]
        if r and cells and _SERIAL.fullmatch(cells[0]):
            day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(cells[0])))
            cells[0] = day.isoformat()
        writer.writerow(cells)
    return out.getvalue()
