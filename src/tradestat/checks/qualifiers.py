"""What a qualifier word allows, measured on real text (see docs/checks.md).

The annotation format files "about", "approximately" and "nearly" under one qualifier,
``about``, whose plain reading is the rounding interval of the last written digit. The
press uses the words differently: "nearly 70 percent" is written for 67.5 percent, "about
39.3 billion dollars" for a conversion rounded to the last digit. The checks read the word
from the fact's quote and give each word the interval that ``benchmarks/calibrate_qualifiers.py``
measured on the annotated corpus:

* ``about`` and its kin: the rounding interval when the figure has three or more significant
  digits (a converted customs figure); a round figure of one or two significant digits may
  be off by :data:`ROUND_ABOUT` of itself either way.
* ``nearly`` and its kin: short of the number (plus its rounding) by at most
  :data:`NEARLY_BELOW` of it ("fell nearly 5 percent": -5.05 to -4.5).
* ``more than`` / ``less than`` and their kin: open beyond the number, as
  :meth:`Figure.interval` has it.

A fact without a quote, or whose quote names no known word, keeps the plain reading of its
qualifier, so facts built in code behave exactly as :class:`~tradestat.figures.Figure`
says.
"""

from __future__ import annotations

import enum
import functools
import math
import re
from decimal import Decimal

from tradestat.figures import Estimate, Figure, Qualifier, _is_count, trusted_estimate
from tradestat.intervals import Interval, trusted_interval
from tradestat.models import Fact, Flow, Measure

__all__ = [
    "Sense",
    "WORDS",
    "ROUND_ABOUT",
    "NEARLY_BELOW",
    "sense_of",
    "word_of",
    "statement_interval",
    "statement_estimate",
    "significant_digits",
]

#: Relative room either side of a round "about" figure (one or two significant digits).
ROUND_ABOUT = 0.05
#: Relative room below a "nearly" figure.
NEARLY_BELOW = 0.10


class Sense(enum.StrEnum):
    """What a qualifier word means for the true value."""

    ABOUT = "about"
    NEARLY = "nearly"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"


#: Qualifier words by sense: (words before the number, words after it).
WORDS: dict[Sense, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Sense.ABOUT: (
        ("about", "approximately", "around", "roughly", "some", "an estimated", "约", "大约"),
        ("左右", "上下"),
    ),
    Sense.NEARLY: (
        ("nearly", "almost", "close to", "just under", "approaching", "近", "接近", "将近", "逼近"),
        (),
    ),
    Sense.MORE_THAN: (
        (
            "more than",
            "over",
            "above",
            "exceeded",
            "exceeding",
            "exceeds",
            "exceed",
            "topped",
            "surpassed",
            "passed",
            "超过",
            "超",
            "逾",
            "突破",
            "高于",
        ),
        ("以上", "多", "余"),
    ),
    Sense.LESS_THAN: (("less than", "under", "below", "不足", "不到", "低于"), ("以下",)),
}

#: The senses a qualifier of the annotation format may stand for.
_SENSES_OF = {
    Qualifier.ABOUT: (Sense.ABOUT, Sense.NEARLY),
    Qualifier.MORE_THAN: (Sense.MORE_THAN,),
    Qualifier.AT_LEAST: (Sense.MORE_THAN,),
    Qualifier.LESS_THAN: (Sense.LESS_THAN,),
    Qualifier.AT_MOST: (Sense.LESS_THAN,),
}


#: Words whose characters also begin other words: 近 in 近年 (recent years), 最近, 附近.
_GUARDED = {
    "近": r"(?<![最附接将逼])近(?![年期日来几况])",
    "超": r"超(?!过|级|大)",
    "多": r"多(?!元|边)",
}


def _pattern(words: tuple[str, ...]) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        escaped = re.escape(w).replace(r"\ ", r"\s+")
        parts.append(_GUARDED.get(w) or (rf"\b{escaped}\b" if w.isascii() else escaped))
    return "|".join(parts) if parts else r"(?!)"


_BEFORE = {s: re.compile(_pattern(before), re.IGNORECASE) for s, (before, _) in WORDS.items()}
_AFTER = {s: re.compile(_pattern(after)) for s, (_, after) in WORDS.items()}
_NEAR = 16  # characters between a word and the number it qualifies


def _number_spans(quote: str, magnitude: Decimal) -> list[tuple[int, int]]:
    """Where the figure's digits are written in the quote (commas allowed)."""
    digits = format(magnitude.copy_abs(), "f")
    whole, _, frac = digits.partition(".")
    body = r",?".join(re.escape(c) for c in whole) + (rf"\.{re.escape(frac)}" if frac else "")
    return [m.span() for m in re.finditer(rf"(?<![\d.]){body}(?![\d])", quote)]


def _unit_gap(quote: str, end: int) -> int:
    """Characters between a number and a word after it: a unit (亿元, %, 成) and spaces."""
    m = re.match(r"\s*(?:%|percent|成|亿元|万元|亿美元|万美元|元|美元|亿)?\s*", quote[end:])
    return m.end() if m else 0


def word_of(fact: Fact) -> tuple[Sense, str] | None:
    """The qualifier word of a fact's quote and its sense, or None when there is none.

    Only senses the fact's qualifier can stand for count ("nearly" for ``about``). When the
    digits are found in the quote, the word nearest before them (or right after: 左右,
    以上) is taken; otherwise a word is taken only when one sense alone appears. Cached by
    quote, qualifier and digits: rules ask for the same fact many times.
    """
    quote = fact.provenance.quote
    if not quote or fact.figure.qualifier not in _SENSES_OF:
        return None
    return _word(quote, fact.figure.qualifier, fact.figure.magnitude)


@functools.lru_cache(maxsize=65536)
def _word(quote: str, qualifier: Qualifier, magnitude: Decimal) -> tuple[Sense, str] | None:
    senses = _SENSES_OF[qualifier]
    spans = _number_spans(quote, magnitude)
    if spans:
        best: tuple[int, Sense, str] | None = None
        for start, end in spans:
            for sense in senses:
                for m in _BEFORE[sense].finditer(quote, max(0, start - _NEAR), start):
                    if quote[m.end() : start].strip(" \t$¥￥") in ("", "the", "a", "to"):
                        distance = start - m.end()
                        if best is None or distance < best[0]:
                            best = (distance, sense, m.group(0))
                after = _AFTER[sense].match(quote, end + _unit_gap(quote, end))
                if after is not None and (best is None or best[0] > 0):
                    best = (0, sense, after.group(0))
        if best is not None:
            return best[1], best[2]
    found = {
        sense: m.group(0)
        for sense in senses
        for m in [_BEFORE[sense].search(quote) or _AFTER[sense].search(quote)]
        if m is not None
    }
    if len(found) == 1:
        ((sense, word),) = found.items()
        return sense, word
    return None


def sense_of(fact: Fact) -> Sense | None:
    """The sense of the fact's qualifier word (None: read the qualifier plainly)."""
    found = word_of(fact)
    return None if found is None else found[0]


def significant_digits(figure: Figure) -> int:
    """How many significant digits the figure was written with (280.8 -> 4, 70 -> 1).

    Written decimals count ("2.60" has 3); trailing zeros of a whole number do not.
    """
    magnitude = figure.magnitude.copy_abs()
    exponent = magnitude.as_tuple().exponent
    assert isinstance(exponent, int)  # finite by construction
    written = magnitude if exponent < 0 else magnitude.normalize()
    digits = written.as_tuple().digits
    return max(1, len(digits) - next((i for i, d in enumerate(digits) if d), len(digits)))


def statement_interval(fact: Fact, about_slack: float = 0.0) -> Interval:
    """The true values a fact's statement allows, its qualifier word taken as measured."""
    figure = fact.figure
    fast = _plain_rounding(fact, figure, about_slack)
    if fast is not None:
        return fast
    base = figure.interval(None, about_slack)
    sense = sense_of(fact)
    if sense is Sense.ABOUT and significant_digits(figure) <= 2:
        room = abs(figure.value) * ROUND_ABOUT
        base = Interval(base.low - room, base.high + room)
    elif sense is Sense.NEARLY:  # short of the number: "fell nearly 5 percent" is -4.5..-5
        rounding = figure.rounding_interval()
        short = abs(figure.value) * NEARLY_BELOW
        slack = abs(figure.value) * about_slack
        if figure.value >= 0:
            base = Interval(min(rounding.low, figure.value - short) - slack, rounding.high)
        else:
            base = Interval(rounding.low, max(rounding.high, figure.value + short) + slack)
    clipped = base.intersect(fact.domain)
    return clipped if clipped is not None else fact.interval


#: Half a unit of the last written digit, by the digits' exponent (see Figure.resolution).
_HALVES: dict[int, Decimal] = {}
#: The rounding interval's bounds by the digits as written: tables repeat their figures
#: (growth rates and shares to one decimal), and Decimal arithmetic is slow.
_ROUNDINGS: dict[str, tuple[float, float]] = {}


def _plain_rounding(fact: Fact, figure: Figure, about_slack: float) -> Interval | None:
    """:func:`statement_interval` of an exact figure, or of an "about" without a quote.

    Those read as the figure's rounding interval (widened by ``about_slack``) within the
    fact's domain: the same interval :meth:`Figure.interval` and :meth:`Interval.intersect`
    give, worked out here without the intermediate objects, since every fact of a check
    run is read once. None for any other statement (and for counts), which take the
    general way.
    """
    q = figure.qualifier
    if q is Qualifier.EXACT:
        slack = 0.0
    elif q is Qualifier.ABOUT and not fact.provenance.quote:
        slack = abs(figure.value) * about_slack
    else:
        return None
    if _is_count(figure.unit):
        return None
    magnitude = figure.magnitude
    written = str(magnitude)  # the digits as written, exponent included: "1.0" is not "1.00"
    rounding = _ROUNDINGS.get(written)
    if rounding is None:
        exponent = magnitude.as_tuple().exponent
        if not isinstance(exponent, int):
            return None
        half = _HALVES.get(exponent)
        if half is None:
            half = _HALVES[exponent] = Decimal(5).scaleb(exponent - 1)
        if len(_ROUNDINGS) >= 1 << 16:  # keep it bounded
            _ROUNDINGS.clear()
        rounding = _ROUNDINGS[written] = (float(magnitude - half), float(magnitude + half))
    low, high = rounding[0] - slack, rounding[1] + slack
    if not low <= high:  # NaN or infinite slack: the checked constructors say so
        return None
    domain = fact.domain
    if low > domain.low:
        low_closed = True
    else:
        low, low_closed = domain.low, domain.low_closed
    if high < domain.high:
        high_closed = True
    else:
        high, high_closed = domain.high, domain.high_closed
    if low > high or (low == high and not (low_closed and high_closed)):
        return None  # outside the domain: the general way says what then
    return trusted_interval(low, high, low_closed, high_closed)


#: Estimates of exact statements by the digits as written, the unit and the measure (both
#: by identity, and kept, so the ids stay unique), whether the flow is a balance (which
#: with the measure gives the fact's domain) and the slack: an exact statement's estimate
#: depends on nothing else, and tables repeat their figures, so a check run works each
#: distinct statement out once. Estimates are immutable and may be shared.
_EXACT: dict[tuple[str, int, int, bool, float], tuple[object, Measure, Estimate]] = {}


def statement_estimate(fact: Fact, about_slack: float = 0.0) -> Estimate:
    """The fact as an :class:`Estimate` with :func:`statement_interval`."""
    figure = fact.figure
    if figure.qualifier is not Qualifier.EXACT:
        return _statement_estimate(fact, about_slack)
    unit = figure.unit
    measure = fact.measure
    key = (str(figure.magnitude), id(unit), id(measure), fact.flow is Flow.BALANCE, about_slack)
    known = _EXACT.get(key)
    if known is not None and known[0] is unit and known[1] is measure:
        return known[2]
    estimate = _statement_estimate(fact, about_slack)
    if len(_EXACT) >= 1 << 16:  # keep it bounded
        _EXACT.clear()
    _EXACT[key] = (unit, measure, estimate)
    return estimate


def _statement_estimate(fact: Fact, about_slack: float) -> Estimate:
    interval = statement_interval(fact, about_slack)
    value = fact.figure.value
    if value not in interval:
        value = interval.low if math.isfinite(interval.low) else interval.high
    return trusted_estimate(value, interval, fact.figure.unit)
