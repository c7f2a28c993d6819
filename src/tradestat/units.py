"""The one pint registry of tradestat: currencies as dimensions, scale words, percent.

Every currency is its own pint dimension (``[currency_CNY]``, ``[currency_USD]`` ...), so
adding yuan to dollars raises instead of silently mixing them; converting between them
takes an explicit :class:`~tradestat.rates.ExchangeRate`. ``percent`` is a dimensionless
ratio while ``percentage_point`` is a dimension of its own, so the gap between two growth
rates can never be mistaken for a percent change.

Unit strings follow the annotation format: a scale word and an ISO code ("billion CNY",
"100 million CNY" for 亿元, "10 thousand USD" for 万美元), "percent",
"percentage_point" or "count".
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import tokenize
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pint

from tradestat._callbacks import load_plugins
from tradestat.errors import UnitError

__all__ = [
    "ureg",
    "Quantity",
    "Unit",
    "Currency",
    "SCALES",
    "register_currency",
    "currencies",
    "currency_code",
    "CURRENCIES",
    "CurrencyTable",
    "currency_of",
    "parse_unit",
    "parse_quantity",
    "format_unit",
    "is_money",
    "is_rate",
    "is_percent",
    "is_percentage_point",
    "is_count",
]


def _cache_folder() -> str | None:
    """A writable user cache directory for pint's parsed definitions, or None (no cache).

    Building pint's default registry from its definition files takes ~100 ms; from the
    on-disk cache it takes a fraction of that. ``TRADESTAT_PINT_CACHE=0`` turns it off.
    Each pint installation gets its own folder (named by its version and location): pint's
    cache records the paths of the definition files it read, so a cache written by another
    environment, since removed, would fail to load and leave every start-up uncached.
    """
    if os.environ.get("TRADESTAT_PINT_CACHE", "").strip() in ("0", "no", "false"):
        return None
    try:
        import platformdirs

        install = f"{pint.__version__} {Path(pint.__file__).resolve().parent}"
        key = hashlib.sha256(install.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        folder = Path(platformdirs.user_cache_dir("tradestat")) / "pint" / key
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        probe.touch()
        probe.unlink()
    except (ImportError, OSError):
        return None
    return str(folder)


def _registry() -> pint.UnitRegistry[Any]:
    folder = _cache_folder()
    if folder is not None:
        try:
            return pint.UnitRegistry(cache_folder=folder)
        except Exception:
            pass
    return pint.UnitRegistry()


ureg: pint.UnitRegistry[Any] = _registry()
"""The package-wide registry; quantities from any other registry do not mix with ours."""

Quantity = ureg.Quantity
PintQuantity = pint.Quantity[Any]
"""The type of a tradestat quantity (for annotations)."""
Unit = ureg.Unit


def _defined(units: Any) -> Any:
    """``units`` (a pickled unit container), once every name in it is defined here.

    A currency a plugin registers is asked for through the plugins; one still unknown is
    an error naming it, not a quantity that fails at its first use.
    """
    unknown = [name for name in units if name not in ureg]
    if unknown and CURRENCIES.load_more():
        unknown = [name for name in units if name not in ureg]
    if unknown:
        raise UnitError(
            f"cannot rebuild a pickled quantity in {', '.join(unknown)}: "
            "expected a unit or currency registered in this process"
        )
    return units


def _quantity_from_pickle(magnitude: Any, units: Any) -> PintQuantity:
    """A pickled tradestat quantity, rebuilt in this process's tradestat registry."""
    return Quantity(magnitude, _defined(units))


def _unit_from_pickle(units: Any) -> Any:
    """A pickled tradestat unit, rebuilt in this process's tradestat registry."""
    return Unit(_defined(units))


# pint unpickles every quantity into its application registry, which knows no currency
# and no scale word ("billion CNY"): a figure sent to another process (a Dask worker,
# multiprocessing, a cache) would fail there. Ours come back into this registry instead.
def _reduce_quantity(self: Any) -> tuple[Any, ...]:
    return _quantity_from_pickle, (self.magnitude, self._units)


def _reduce_unit(self: Any) -> tuple[Any, ...]:
    return _unit_from_pickle, (self._units,)


Quantity.__reduce__ = _reduce_quantity  # type: ignore[method-assign]
Unit.__reduce__ = _reduce_unit  # type: ignore[method-assign]

#: Canonical scale words (as written in unit strings) with their factor and pint name.
SCALES: dict[str, tuple[Decimal, str]] = {
    "thousand": (Decimal(10) ** 3, "thousand"),
    "10 thousand": (Decimal(10) ** 4, "ten_thousand"),
    "million": (Decimal(10) ** 6, "million"),
    "100 million": (Decimal(10) ** 8, "hundred_million"),
    "billion": (Decimal(10) ** 9, "billion"),
    "trillion": (Decimal(10) ** 12, "trillion"),
}
_SCALE_BY_PINT = {pint_name: word for word, (_, pint_name) in SCALES.items()}

_SCALE_ALIASES = {"ten_thousand": "万", "hundred_million": "亿", "trillion": "万亿"}
for _word, (_factor, _pint_name) in SCALES.items():
    _alias = _SCALE_ALIASES.get(_pint_name)
    ureg.define(f"{_pint_name} = {_factor:E}" + (f" = _ = {_alias}" if _alias else ""))
ureg.define("percentage_point = [percentage_point] = pp")


@attrs.frozen
class Currency:
    """A currency known to tradestat: ISO code, English name and the words that name it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()


class CurrencyTable:
    """The currencies the parsers know, with every word that names one.

    One instance, :data:`CURRENCIES`, owns this state. Each currency is also a pint
    dimension of :data:`ureg`; pint cannot forget a definition, so :meth:`remove` makes a
    currency unknown to the parsers (and to :func:`parse_unit`) instead. ``fallback`` is
    called once per unknown word before giving up: by default it loads plugins (through
    :mod:`tradestat._callbacks`, set by the plugin layer, so this module imports nothing
    above it), which may register more currencies.
    """

    def __init__(self) -> None:
        self._currencies: dict[str, Currency] = {}
        self._aliases: dict[str, str] = {}
        self._defined: set[str] = set()
        self.version = 0
        self.fallback: Callable[[], object] | None = load_plugins

    def add(
        self, code: str, name: str, aliases: Iterable[str] = (), symbols: Iterable[str] = ()
    ) -> Currency:
        """Add a currency (see :func:`register_currency`)."""
        if not isinstance(code, str) or not _CODE_RE.fullmatch(code):
            raise UnitError(f"currency code {code!r}: expected three capital letters (ISO 4217)")
        if not isinstance(name, str) or not name.strip():
            raise UnitError(f"currency {code}: expected a name, got {name!r}")
        words = [str(w) for w in (*aliases, *symbols)]
        currency = Currency(code, name, tuple(str(a) for a in aliases), tuple(map(str, symbols)))
        for word in (code, name, *words):
            owner = self._aliases.get(word.casefold())
            if owner is not None and owner != code:
                raise UnitError(f"currency alias {word!r} already names {owner}, not {code}")
        if code not in self._defined:
            ureg.define(f"{code} = [currency_{code}]")
            self._defined.add(code)
        for word in (code, name, *words):
            self._aliases[word.casefold()] = code
        previous = self._currencies.get(code)
        if previous is not None:
            currency = Currency(
                code,
                name,
                tuple(dict.fromkeys(previous.aliases + currency.aliases)),
                tuple(dict.fromkeys(previous.symbols + currency.symbols)),
            )
        self._currencies[code] = currency
        self.version += 1
        return currency

    def remove(self, code: str) -> None:
        """Forget a currency and every word naming it (a failed plugin's, say)."""
        self._currencies.pop(code, None)
        self._aliases = {word: c for word, c in self._aliases.items() if c != code}
        self.version += 1

    def remove_words(self, words: Iterable[str]) -> None:
        """Forget words that name a currency, keeping the currency itself."""
        for word in words:
            self._aliases.pop(word.casefold(), None)
        self.version += 1

    def knows(self, word: str) -> bool:
        """Whether a word names a currency now (no fallback is asked)."""
        return word.strip().casefold() in self._aliases

    def __contains__(self, code: object) -> bool:
        return code in self._currencies

    def all(self) -> dict[str, Currency]:
        """Every registered currency by ISO code."""
        return dict(self._currencies)

    def code_of(self, word: str) -> str | None:
        """The ISO code a word or symbol names, asking the fallback once when unknown."""
        key = word.strip().casefold()
        code = self._aliases.get(key)
        if code is None and self.load_more():
            code = self._aliases.get(key)
        return code

    def load_more(self) -> bool:
        """Run the fallback (plugins); True when that registered new currencies or words."""
        before = self.version
        if self.fallback is not None:
            self.fallback()
        return self.version != before


_CODE_RE = re.compile(r"[A-Z]{3}")

#: The currencies tradestat knows; plugins add theirs through ``register_currencies``.
CURRENCIES = CurrencyTable()


def register_currency(
    code: str, name: str, aliases: Iterable[str] = (), symbols: Iterable[str] = ()
) -> Currency:
    """Add a currency as a new pint dimension and teach the text parsers its names.

    ``aliases`` are words (case-insensitive: "yuan", "U.S. dollars", "元"); ``symbols``
    are signs written before the number ("$", "US$", "¥"). Registering the same currency
    again is harmless; re-using an alias of another currency is an error.
    """
    return CURRENCIES.add(code, name, aliases, symbols)


def currencies() -> dict[str, Currency]:
    """Every registered currency by ISO code."""
    return CURRENCIES.all()


def currency_code(word: str) -> str | None:
    """The ISO code a currency word or symbol names ("yuan" -> "CNY"), or None."""
    return CURRENCIES.code_of(word)


register_currency(
    "CNY",
    "Chinese yuan",
    aliases=("yuan", "renminbi", "RMB", "元", "人民币", "yuan renminbi"),
    symbols=("¥", "CN¥", "￥"),
)
register_currency(
    "USD",
    "US dollar",
    aliases=(
        "dollar",
        "dollars",
        "U.S. dollar",
        "U.S. dollars",
        "U.S.dollar",  # (the space lost in copy: "2.61 trillion U.S.dollars")
        "U.S.dollars",
        "US dollar",
        "US dollars",
        "USD",
        "美元",
    ),
    symbols=("$", "US$", "U.S.$", "$US"),
)
register_currency("EUR", "euro", aliases=("euros", "欧元"), symbols=("€",))
# (the local currencies of Hong Kong and Macao releases: "HK$3.9 billion", "MOP2.97 billion")
# (and as Chinese copy names them: 港元 / 港币, 澳门元 / 澳门币; bare 元 in their own copy
# is read as theirs by the extractor, see extraction.numbers)
register_currency(
    "HKD",
    "Hong Kong dollar",
    aliases=("Hong Kong dollars", "HK dollars", "港元", "港币"),
    symbols=("HK$",),
)
register_currency(
    "MOP", "Macao pataca", aliases=("pataca", "patacas", "澳门元", "澳门币"), symbols=("MOP$",)
)
register_currency(
    "AUD", "Australian dollar", aliases=("Australian dollars",), symbols=("A$", "$A", "AU$")
)
# The pound British papers convert into ("$1.2 trillion (£900 billion)"), and the currencies
# partners report their own trade with China in ("7.99 trillion yen", "RM5.2 billion"), by
# the names and signs English and Chinese news use. Not a word that is also an ordinary
# English word after a number ("pounds", a weight as often; "38 won by Chinese athletes",
# "In 2023 Dong Nai", "3 sterling performances", "5 rand"): those need the country's
# adjective ("Korean won"); nor naira's bare "N" or the rupee's "Rs", which other words
# start with.
for _code, _name, _aliases, _symbols in (
    ("GBP", "pound sterling", ("pounds sterling", "英镑"), ("£",)),
    (
        "NZD",
        "New Zealand dollar",
        ("New Zealand dollars", "NZ dollar", "NZ dollars", "新西兰元"),
        ("NZ$",),
    ),
    ("JPY", "Japanese yen", ("yen", "日元"), ("JP¥",)),
    ("KRW", "South Korean won", ("Korean won", "韩元"), ("₩",)),
    ("MYR", "Malaysian ringgit", ("ringgit", "ringgits", "林吉特", "令吉"), ("RM",)),
    ("IDR", "Indonesian rupiah", ("rupiah", "印尼盾"), ("Rp",)),
    ("INR", "Indian rupee", ("rupees", "rupee", "卢比"), ("₹",)),
    ("RUB", "Russian ruble", ("rubles", "roubles", "ruble", "rouble", "卢布"), ("₽",)),
    ("BRL", "Brazilian real", ("reais", "Brazilian reais", "雷亚尔"), ("R$",)),
    ("CLP", "Chilean peso", ("Chilean pesos",), ("CLP$",)),
    ("NGN", "Nigerian naira", ("naira", "奈拉"), ("₦",)),
    ("KES", "Kenyan shilling", ("Kenyan shillings", "Kenya shillings", "Kenya shilling"), ("KSh",)),
    ("VND", "Vietnamese dong", ("Vietnamese dong", "越南盾"), ("₫",)),
    ("THB", "Thai baht", ("baht", "泰铢"), ("฿",)),
    ("SGD", "Singapore dollar", ("Singapore dollars", "新加坡元", "新元"), ("S$",)),
    ("CAD", "Canadian dollar", ("Canadian dollars", "加元"), ("C$", "CA$")),
    ("CHF", "Swiss franc", ("Swiss francs", "瑞士法郎"), ()),
    ("KZT", "Kazakh tenge", ("tenge", "坚戈"), ("₸",)),
    ("ZAR", "South African rand", ("South African rand", "兰特"), ()),
    # (Taiwan's copy converts mainland figures into its dollar: "人民币4.9兆元（约新台币
    # 21兆元）"; the sign before the figure, with 元 after it)
    ("TWD", "New Taiwan dollar", ("New Taiwan dollars", "新台币"), ("NT$", "新台币")),
):
    register_currency(_code, _name, aliases=_aliases, symbols=_symbols)


_UNIT_WORDS = {
    "%": "percent",
    "per cent": "percent",
    "percentage point": "percentage_point",
    "percentage points": "percentage_point",
    "": "count",
}


def _as_unit(value: Any) -> pint.Unit:
    if isinstance(value, pint.Unit):
        return value
    return parse_unit(str(value))


#: What pint's parser raises on text it cannot read.
_PINT_FAILURES = (
    pint.errors.PintError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,
    tokenize.TokenError,
    ZeroDivisionError,
    AssertionError,
)


def parse_quantity(text: str) -> PintQuantity:
    """A quantity in pint's notation ("7.145 CNY / USD"); UnitError when it cannot be read."""
    try:
        quantity: PintQuantity = Quantity(_parseable(text))
    except _PINT_FAILURES as exc:
        raise UnitError(f"cannot read {text!r} as a quantity: {exc}") from None
    if not isinstance(quantity, pint.Quantity):
        raise UnitError(f"cannot read {text!r} as a quantity")
    return quantity


def parse_unit(text: str) -> pint.Unit:
    """Read a unit string of the annotation format ("100 million CNY", "percent").

    Currency words are accepted for the code ("billion yuan"). Raises
    :class:`UnitError` naming the text when it is not a unit tradestat knows.
    """
    return _parse_unit_cached(text, CURRENCIES.version)


#: Longest unit text handed to pint; its parser is slow on long text and hangs on towers of
#: powers ("10**10**10"), neither of which a stated trade unit needs.
MAX_UNIT_CHARS = 100


def _parseable(text: str) -> str:
    """Unit or quantity text safe to give pint's parser, or UnitError."""
    if not isinstance(text, str):
        raise UnitError(f"expected unit text, got {type(text).__name__} {text!r}")
    if len(text) > MAX_UNIT_CHARS:
        raise UnitError(f"{len(text)} characters of unit text: expected at most {MAX_UNIT_CHARS}")
    if "**" in text or "^" in text:
        raise UnitError(f"unknown unit {text!r}: powers are not units of trade figures")
    return text


_OPERATORS = re.compile(r"[/*()0-9]")


def _currency_now(word: str) -> str | None:
    """The ISO code a word names among the currencies registered now (plugins not asked)."""
    return CURRENCIES.code_of(word) if CURRENCIES.knows(word) else None


@functools.lru_cache(maxsize=1024)
def _parse_unit_cached(text: str, version: int) -> pint.Unit:
    """Units are immutable, so a parse is cached per registry version."""
    cleaned = " ".join(_parseable(text).split())
    if not cleaned:
        raise UnitError("empty unit: expected e.g. 'billion CNY', 'percent' or 'count'")
    scale_name = None
    rest = cleaned
    for word in sorted(SCALES, key=len, reverse=True):
        if cleaned.lower().startswith(word + " "):
            scale_name = SCALES[word][1]
            rest = cleaned[len(word) + 1 :]
            break
    # Only a word that could name a currency asks the plugins (an operator, or a unit pint
    # already knows such as "percent" or "CNY / USD", never does: plugins load on demand).
    maybe_currency = rest.lower() not in _UNIT_WORDS and not _OPERATORS.search(rest)
    if maybe_currency and not CURRENCIES.knows(rest):
        with contextlib.suppress(*_PINT_FAILURES):
            ureg.parse_units(rest)
            maybe_currency = False  # a unit pint knows, e.g. "percent"
    code = currency_code(rest) if maybe_currency else _currency_now(rest)
    expression = code if code is not None else _UNIT_WORDS.get(rest.lower(), rest)
    try:
        try:
            unit = ureg.Unit(f"{scale_name} * {expression}" if scale_name else expression)
        except pint.errors.UndefinedUnitError:
            if not CURRENCIES.load_more():
                raise
            unit = ureg.Unit(f"{scale_name} * {expression}" if scale_name else expression)
    except _PINT_FAILURES as exc:
        raise UnitError(
            f"unknown unit {text!r}: expected a scale word and currency ('billion CNY'), "
            "'percent', 'percentage_point' or 'count'"
        ) from exc
    withdrawn = [
        dim[len("[currency_") : -1]
        for dim in unit.dimensionality
        if dim.startswith("[currency_") and dim[len("[currency_") : -1] not in CURRENCIES
    ]
    if withdrawn:
        raise UnitError(f"unknown unit {text!r}: currency {withdrawn[0]} is not registered")
    return unit


def format_unit(unit: pint.Unit | str) -> str:
    """The canonical unit string of the annotation format ("billion CNY", "CNY / USD")."""
    return _format_unit_cached(_as_unit(unit))


@functools.lru_cache(maxsize=1024)
def _format_unit_cached(unit: pint.Unit) -> str:
    text = str(unit)
    if text == "dimensionless":
        return "count"
    parts = text.split(" * ")
    if "/" in text or len(parts) > 2:
        return text
    scales = [p for p in parts if p in _SCALE_BY_PINT]
    others = [p for p in parts if p not in _SCALE_BY_PINT]
    return " ".join([_SCALE_BY_PINT[s] for s in scales] + others)


def currency_of(unit: pint.Unit | str) -> str | None:
    """The ISO code of a money unit ("billion CNY" -> "CNY"), or None if not money."""
    return _kind(_as_unit(unit))[0]


def is_rate(unit: pint.Unit | str) -> bool:
    """Whether the unit is one currency per another ("CNY / USD"), as exchange rates are."""
    return _kind(_as_unit(unit))[1]


def is_money(unit: pint.Unit | str) -> bool:
    """Whether the unit is an amount of exactly one currency."""
    return _kind(_as_unit(unit))[0] is not None


_PERCENT_UNIT = ureg.Unit("percent")
_POINT_UNIT = ureg.Unit("percentage_point")
_COUNT_UNIT = ureg.Unit("count")


@functools.lru_cache(maxsize=1024)
def _kind(unit: pint.Unit) -> tuple[str | None, bool, bool, bool, bool]:
    """Currency code, rate, percent, point, count: worked out once per distinct unit.

    A unit's dimensionality never changes once defined, so the answers can be kept; a
    figure asks them for every fact loaded.
    """
    dims = dict(unit.dimensionality)
    code = None
    if len(dims) == 1:
        ((dim, power),) = dims.items()
        if power == 1 and dim.startswith("[currency_"):
            code = dim[len("[currency_") : -1]
    rate = (
        len(dims) == 2
        and all(d.startswith("[currency_") for d in dims)
        and sorted(dims.values(), key=str) == [-1, 1]
    )
    percent = unit == _PERCENT_UNIT
    count = unit == _COUNT_UNIT or (unit.dimensionless and not percent)
    return code, rate, percent, unit == _POINT_UNIT, count


def is_percent(unit: pint.Unit | str) -> bool:
    """Whether the unit is ``percent`` (a ratio, as growth rates and shares are stated)."""
    return _kind(_as_unit(unit))[2]


def is_percentage_point(unit: pint.Unit | str) -> bool:
    """Whether the unit is ``percentage_point`` (a difference between two percentages)."""
    return _kind(_as_unit(unit))[3]


def is_count(unit: pint.Unit | str) -> bool:
    """Whether the unit is a plain count (partner countries and regions)."""
    return _kind(_as_unit(unit))[4]
