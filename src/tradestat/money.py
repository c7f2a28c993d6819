"""Read statements of money as written in English and Chinese trade reports.

``parse_money("about 39.3 billion U.S. dollars")`` gives the :class:`Figure` 39.3
"billion USD", qualifier ``about``. Understood: currency words and symbols of every
registered currency ("yuan", "RMB", "U.S. dollars", "$", "US$", "¥", "元", "美元"), scale
words (thousand, million, billion, trillion, k, mn, bn, tn, 万, 亿, 万亿), thousands
separators, and qualifiers before the number ("about", "more than", "约", "超过") or
after it ("以上", "多").
"""

from __future__ import annotations

import functools
import re

from tradestat.errors import ParseError
from tradestat.figures import Figure, Qualifier
from tradestat.units import CURRENCIES, currencies, currency_code

__all__ = ["parse_money", "QUALIFIER_WORDS", "SCALE_WORDS"]

#: Words before a number and the qualifier they make (lower case).
QUALIFIER_WORDS: dict[str, Qualifier] = {
    "about": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "nearly": Qualifier.ABOUT,
    "almost": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "up to": Qualifier.AT_MOST,
    "约": Qualifier.ABOUT,
    "近": Qualifier.ABOUT,
    "将近": Qualifier.ABOUT,
    "超过": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    "超": Qualifier.MORE_THAN,
    "不足": Qualifier.LESS_THAN,
    "不到": Qualifier.LESS_THAN,
    "至少": Qualifier.AT_LEAST,
}
_SUFFIX_QUALIFIERS = {
    "以上": Qualifier.MORE_THAN,
    "多": Qualifier.MORE_THAN,
    "左右": Qualifier.ABOUT,
}

#: Scale words and the canonical scale they stand for.
SCALE_WORDS: dict[str, str] = {
    "thousand": "thousand",
    "k": "thousand",
    "million": "million",
    "mn": "million",
    "mln": "million",
    "m": "million",
    "billion": "billion",
    "bn": "billion",
    "b": "billion",
    "trillion": "trillion",
    "tn": "trillion",
    "千": "thousand",
    "万": "10 thousand",
    "百万": "million",
    "亿": "100 million",
    "万亿": "trillion",
}

_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _money_pattern() -> re.Pattern[str]:
    """The money pattern for the currencies registered now (rebuilt when they change)."""
    return _compiled_pattern(CURRENCIES.version)


@functools.lru_cache(maxsize=4)
def _compiled_pattern(version: int) -> re.Pattern[str]:
    names: list[str] = []
    symbols: list[str] = []
    for c in currencies().values():
        names.extend([c.code, c.name, *c.aliases])
        symbols.extend(c.symbols)
    currency_names = _alternation(names + symbols)
    qualifiers = _alternation(list(QUALIFIER_WORDS))
    scales = _alternation(list(SCALE_WORDS))
    suffixes = _alternation(list(_SUFFIX_QUALIFIERS))
    return re.compile(
        rf"(?:(?P<qual>{qualifiers})\s*)?"
        rf"(?:(?P<prefix>{currency_names})\s*)?"
        rf"(?P<num>{_NUMBER.pattern})"
        rf"\s*(?:(?P<scale>{scales})(?![a-z]))?"
        rf"\s*(?:(?P<currency>{currency_names})(?![a-z]))?"
        rf"\s*(?P<suffix>{suffixes})?",
        re.IGNORECASE,
    )


#: Letters that case-insensitive matching equates with ASCII ones (dotless and dotted i, long
#: s, Kelvin sign) as those ASCII letters: a word matched through them then finds its
#: lowercase lookup. One character for one, so offsets are unchanged.
LOOKALIKES = str.maketrans({"\u0131": "i", "\u0130": "I", "\u017f": "s", "\u212a": "K"})


def parse_money(text: str) -> Figure:
    """Read one statement of money ("280.8 billion yuan", "$39.3bn", "2808亿元").

    Raises :class:`~tradestat.errors.ParseError` naming the text when it is not an amount
    of money in a known currency.
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), "a statement of money as text, e.g. '280.8 billion yuan'")
    cleaned = " ".join(text.replace("\u00a0", " ").split()).translate(LOOKALIKES)
    pattern = _money_pattern()
    m = pattern.fullmatch(cleaned)
    if m is None and CURRENCIES.load_more():
        pattern = _money_pattern()
        m = pattern.fullmatch(cleaned)
    if m is None:
        partial = pattern.match(cleaned)
        at = partial.end() if partial else 0
        raise ParseError(text, "an amount of money such as '280.8 billion yuan' or '2808亿元'", at)
    prefix, suffix_currency = m.group("prefix"), m.group("currency")
    if prefix and suffix_currency and currency_code(prefix) != currency_code(suffix_currency):
        raise ParseError(text, "one currency, not two")
    word = prefix or suffix_currency
    code = currency_code(word) if word else None
    if code is None:
        raise ParseError(text, "a currency (yuan, U.S. dollars, $, 元 ...) with the number")
    qualifier = Qualifier.EXACT
    if m.group("qual"):
        qualifier = QUALIFIER_WORDS[m.group("qual").lower()]
    if m.group("suffix"):
        qualifier = _SUFFIX_QUALIFIERS[m.group("suffix")]
    scale_word = m.group("scale")
    scale = SCALE_WORDS[scale_word.lower()] if scale_word else None
    digits = m.group("num").replace(",", "")
    unit = f"{scale} {code}" if scale else code
    return Figure(digits, unit, qualifier)
