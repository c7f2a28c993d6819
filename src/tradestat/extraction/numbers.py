"""Find the figures a sentence states: money, percent, percentage points, counts.

Each :class:`Mention` has its span, the digits as written, the unit of the annotation format
and the qualifier the words before (or after) it give. Numbers that are dates, times, years
or parts of names are not mentions.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal

import attrs

from tradestat.extraction.text import quick_finditer
from tradestat.figures import Qualifier
from tradestat.money import QUALIFIER_WORDS, SCALE_WORDS
from tradestat.periods import NUMBER_WORDS
from tradestat.units import CURRENCIES, currencies, currency_code

__all__ = ["Mention", "find_mentions", "FIGURE_HINT"]

# Thousands may be grouped with commas or with a thin / narrow no-break space ("1 234.5").
# Not after a letter, digit, dot or hyphen: tested looking back from the first digit, so
# that every match starts with a digit, which the regex engine finds fast.
# A currency code glued to the digits is no letter of a word: "RMB52.86 billion",
# "MOP2.97 billion" (Macao's pataca), "Rmb281 billion", "$US40 billion", "$A14 billion",
# "RM14.3 billion".
_NUMBER = re.compile(
    r"(\d(?:(?<![A-Za-z0-9_.\-]\d)|(?<=RMB\d)|(?<=CNY\d)|(?<=USD\d)|(?<=MOP\d)|(?<=HKD\d)"
    r"|(?<=Rmb\d)|(?<=\$US\d)|(?<=\$A\d)"
    # the signs partners' own figures are written with: "RM14.3 billion" (ringgit), "Rp5
    # trillion" (rupiah), "KSh12 billion" (Kenyan shillings)
    r"|(?<=\bRM\d)|(?<=\bRp\d)|(?<=KSh\d)"
    # and the bare letters a reporter's own press writes its currency with: "N113.06 billion"
    # (naira), "Sh425 billion" (shillings): their currency only from the reporter (see
    # reporter_currency below)
    r"|(?<=\bN\d)|(?<=\bSh\d)"
    # a minus sign after a Chinese word: "同比增长-36.5%" (see _MINUS); in a list after a
    # comma or a space: "compared with 13.2%, -4.5% and -10.4%"
    # ("2月(-7.6%)", "exportation 3.23 billion (-5.3%)": in a bracket too, see _signed)
    # (after a space only when a word or a comma stands before it: "3 -5 percent" is a range)
    r"|(?<=[\u4e00-\u9fff：:]-\d)|(?<=,-\d)|(?<=[,A-Za-z]\s-\d)|(?<=[(（]-\d))"
    r"\d*(?:[,\u2009\u202f]\d{3})*"
    # a space between thousands, as translated copy writes it: "US$1 557.82 billion" (one
    # group of three, after at most three digits, before decimals and a scale word)
    r"(?:(?<!\d{4})[ \u00a0]\d{3}(?=\.\d+\s*(?:trillion|billion|million)\b))?"
    r"(?:\.\d+"
    # a decimal comma, as translated copy writes it: "increased by 16,7 percent" (one or two
    # digits after the comma and a percent sign: no thousands group); "$190,27 billion"
    # (two decimals before a scale word, as amounts are given; one digit there, "280,8
    # billion", may as well be a thousands group cut short and is skipped)
    r"|,\d{1,2}(?=\s*(?:percent|per\s+cent|%|％))|,\d{2}(?=\s*(?:trillion|billion|million)\b))?)"
)
# A year's digits: never an amount when a currency word follows with no scale word between.
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
# (also hyphenated as an adjective: "the 12.5-trillion-yuan total")
# (Jiji Press headlines cut the word at a dot: "Trade Deficit of ¥9.29 Tril.", "¥3.2 Bil.")
_SCALE_EN = re.compile(
    r"(?:\s*|-)(trillion|billion|million|thousand|bn|mn|tn|bln|mln|tln|trln"
    r"|tril(?=\.)|bil(?=\.))(?![A-Za-z])",
    re.I,
)
# Headline shorthand glued to the digits: "50b yuan", "$3.2bn", "1.2tln yuan".
_SCALE_GLUED = re.compile(r"(b|bn|tn|tln|trn|mn)(?![A-Za-z])", re.I)
# After a currency symbol a single capital letter is a scale too: "¥2.37T", "$4.5B".
_SCALE_AFTER_SYMBOL = re.compile(r"([TBM])(?![A-Za-z])")
_SYMBOL_SCALES = {"T": "trillion", "B": "billion", "M": "million"}
# ... and a lower-case "m" glued to the digits: "rose $327m", "€12m" (millions)
_MILLION_AFTER_SYMBOL = re.compile(r"(m)(?![A-Za-z])")
#: Abbreviated scale words the money module does not know, and what they stand for.
_SCALE_ABBREVIATIONS = {
    "b": "billion",
    "bln": "billion",
    "tln": "trillion",
    "trln": "trillion",
    "trn": "trillion",
    "tril": "trillion",
    "bil": "billion",
    "兆": "trillion",
}
# (兆 is a trillion in Taiwan's and Hong Kong's money copy, "4.01兆元", "1兆美元"; only
# before a currency, as elsewhere it is a mega-: 兆瓦, 兆赫)
_SCALE_ZH = re.compile(r"\s*(万亿|亿|万|千|兆(?=美元|元|日元|日圆|欧元|港元|新台币|人民币))")
# "12 percent", "12%", and the hyphenated adjective "a 12-percent growth"
_PERCENT = re.compile(r"(?:\s*|-)(percent|per cent|pct|%|％)(?![A-Za-z])", re.I)
# "5.6 percentage points", "5.6 percentage-points", "5.6 pct points", "5.6 pp", "5.6 ppt",
# "5.6 points" (only a gap with a benchmark makes a fact of it), "5.6个百分点"
_POINTS = re.compile(
    r"\s*(percentage[- ]points?|pct\.?\s+points?|ppts?(?![A-Za-z])|pp(?![A-Za-z])|points?\b"
    r"|个百分点)",
    re.I,
)
# "200 countries and regions", "220个国家（地区）", "200多个国家和地区" (多: more than 200)
_COUNT = re.compile(
    r"\s*(多)?(?:个)?(countries and regions|countries and territories|countries or regions|"
    r"countries|economies|trading partners|国家和地区|国家（地区）|国家\(地区\)|个国家)",
    re.I,
)
_SUFFIX_MORE = re.compile(r"\s*(以上|多)")
# A qualifier written after a Chinese figure: "增长20%以上", "10%左右" / "3000亿元上下"
# (about), "5%以下" (less than); not 上下游 (up- and downstream).
_SUFFIX_QUALIFIERS = {
    "以上": Qualifier.MORE_THAN,
    "左右": Qualifier.ABOUT,
    "上下": Qualifier.ABOUT,
    "以下": Qualifier.LESS_THAN,
}


def _suffix_qualifier(after: str, at: int) -> Qualifier | None:
    """The qualifier a word right after a figure gives it (at ``at`` in ``after``), if any."""
    word = after[at : at + 2]
    if word not in _SUFFIX_QUALIFIERS or after[at + 2 : at + 3] == "游":
        return None
    return _SUFFIX_QUALIFIERS[word]


# A compound Chinese amount, trillions then hundreds of millions: "1兆995.4亿美元" (Taiwan's
# copy), "2万亿3000亿元"; read as one figure in 亿 (the first part a whole number).
_COMPOUND = re.compile(r"(?:兆|万亿)零?(\d{1,4}(?:\.\d+)?)(?=亿)")
# A compound amount in hundreds of millions then ten thousands: "1916亿5000万令吉",
# "2亿6800万元" (Malaysian and Singaporean copy writes amounts so); read as one figure in 亿.
_COMPOUND_WAN = re.compile(r"亿零?(\d{1,4})万")
# ... and its English rendering in translated copy: "2 trillion 930 billion yuan", "3 billion
# 250 million dollars"; read as one figure in the larger scale (the first part whole).
_COMPOUND_EN = re.compile(r"\s+(\d{1,3})\s+(billion|million)\b")
_NEXT_SCALE = {"trillion": "billion", "billion": "million"}
# A percent written with its minus sign right after a Chinese word or colon ("分别同比增长
# -36.5%、0.2%", "增速为－3.2%", "同比：-5%", "compared with 13.2%, -4.5%"): a negative
# figure, as statistics tables write a fall. (After a digit or % the dash is a range: "3%-5%",
# "2014-2021".)
_MINUS = ("-", "－", "−")  # hyphen-minus, fullwidth, the minus sign
_MINUS_AFTER = re.compile(r"[\u4e00-\u9fff：:,]")
_WORD_OR_COMMA = re.compile(r"[,A-Za-z]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_EXTRA_QUALIFIERS = {
    "exceeded": Qualifier.MORE_THAN,
    "has exceeded": Qualifier.MORE_THAN,
    "have exceeded": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "topped": Qualifier.MORE_THAN,
    "surpassed": Qualifier.MORE_THAN,
    "surpassing": Qualifier.MORE_THAN,  # "broke records, surpassing 1 trillion yuan"
    "by over": Qualifier.MORE_THAN,
    "by more than": Qualifier.MORE_THAN,
    "by nearly": Qualifier.ABOUT,
    "close to": Qualifier.ABOUT,  # "to stand at close to $47 billion"
    "by about": Qualifier.ABOUT,
    # an estimate: "probably reached 2.55 trillion U.S. dollars", "by an estimated 46 percent"
    "an estimated": Qualifier.ABOUT,
    "estimated at": Qualifier.ABOUT,
    "probably reached": Qualifier.ABOUT,
    "likely reached": Qualifier.ABOUT,
    "probably hit": Qualifier.ABOUT,
    "近": Qualifier.ABOUT,
    # (约为 / 约达 / 约合: "about" before the verb, "中俄双边贸易额约为497.76亿美元")
    "约为": Qualifier.ABOUT,
    "约达": Qualifier.ABOUT,
    "约合": Qualifier.ABOUT,
    # headline verbs: "tops 50b yuan", "突破3000亿元", "破千亿元"
    "tops": Qualifier.MORE_THAN,
    "top": Qualifier.MORE_THAN,
    "exceeds": Qualifier.MORE_THAN,
    "exceed": Qualifier.MORE_THAN,
    "passes": Qualifier.MORE_THAN,
    "突破": Qualifier.MORE_THAN,
    "破": Qualifier.MORE_THAN,
    # "首次跨越7000亿元", "迈过千亿元大关": a threshold crossed
    "跨越": Qualifier.MORE_THAN,
    "跨过": Qualifier.MORE_THAN,
    "迈过": Qualifier.MORE_THAN,
    # ... or a level stepped onto: "月度出口首次迈上900亿美元台阶", "站上万亿元关口",
    # "登上千亿元台阶", "跃上"
    "迈上": Qualifier.MORE_THAN,
    "站上": Qualifier.MORE_THAN,
    "登上": Qualifier.MORE_THAN,
    "跃上": Qualifier.MORE_THAN,
}
_QUALIFIERS = {**QUALIFIER_WORDS, **_EXTRA_QUALIFIERS}
# After an amount, the same amount a year before: "rose to $307 billion, surpassing $285
# billion a year earlier" sets the two side by side (the second is exact, last year's)
_A_YEAR_EARLIER_AFTER = re.compile(
    r"\s*(?:a\s+year\s+(?:earlier|ago|before)|in\s+the\s+same\s+period\s+(?:of\s+)?last\s+year)\b"
)
_ENGLISH_QUALIFIERS = [q for q in _QUALIFIERS if q.isascii()]
_CHINESE_QUALIFIERS = [q for q in _QUALIFIERS if not q.isascii()]
_ENGLISH_LOWER = tuple(dict.fromkeys(q.lower() for q in _ENGLISH_QUALIFIERS))
_QUALIFIER_BEFORE = re.compile(
    r"(?:(?:^|[\s(（,，])("
    + "|".join(re.escape(q) for q in sorted(_ENGLISH_QUALIFIERS, key=len, reverse=True))
    + r")|("
    + "|".join(re.escape(q) for q in sorted(_CHINESE_QUALIFIERS, key=len, reverse=True))
    # ("exceeded the 200 billion yuan mark")
    + r"))\s*(?:the\s+)?(?:US\$|\$|€|¥|RMB\s?)?$",
    re.I,
)


@attrs.frozen(cache_hash=True)  # a dict key many times per sentence
class Mention:
    """A figure stated in a sentence."""

    start: int
    end: int
    digits: str
    unit: str
    kind: str  # "money", "percent", "points", "count"
    qualifier: Qualifier
    currency_missing: bool = False
    #: Why the figure cannot be read without guessing, when it cannot ("1,5", "1<ZWSP>280").
    problem: str | None = None
    #: The currency is the reporter's own, read off a bare 元 in Hong Kong's or Macao's copy:
    #: the renminbi where the figure turns out to be the mainland's (see :func:`own_yuan_code`).
    own_yuan: bool = False


def _currency_words() -> re.Pattern[str]:
    return _currency_pattern(CURRENCIES.version)


@functools.lru_cache(maxsize=4)
def _currency_pattern(version: int) -> re.Pattern[str]:
    """Currency words of every registered currency (rebuilt when currencies change)."""
    words: list[str] = []
    for c in currencies().values():
        # (the name too: "66 billion euro", as written in the singular)
        words.extend([c.code, c.name, *c.aliases])
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*({alternation})(?![A-Za-z])", re.I)


@functools.lru_cache(maxsize=4)
def _symbols(version: int) -> tuple[tuple[str, str], ...]:
    """(symbol, code) of every registered currency, each currency's longest first."""
    # (the longest of all first: "HK$" is the Hong Kong dollar, not the "$" it ends with)
    pairs = [(symbol, c.code) for c in currencies().values() for symbol in c.symbols]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


@functools.lru_cache(maxsize=4)
def _symbol_ends(version: int) -> tuple[str, ...]:
    """Every currency symbol, alone and followed by a space (one suffix test for all)."""
    return tuple(end for symbol, _ in _symbols(version) for end in (symbol, symbol + " "))


def _symbol_before(prefix: str) -> str | None:
    if prefix.endswith(_symbol_ends(CURRENCIES.version)):
        for symbol, code in _symbols(CURRENCIES.version):
            if prefix.endswith(symbol) or prefix.endswith(symbol + " "):
                return code
    for word in ("RMB", "Rmb", "CNY", "USD", "EUR", "MOP", "HKD"):
        if prefix.endswith(word + " ") or prefix.endswith(word):
            return word if word not in ("RMB", "Rmb") else "CNY"
    return None


# A share "about" what it is of: 约占全省进出口总值的, 约占俄外贸总额的 (no clause between)
_ABOUT_SHARE = re.compile(r"约占[^，,。；;\d%]{0,20}$")


def _qualifier(prefix: str) -> Qualifier:
    """The qualifier the words just before a number give it ("about", 超过), or exact.

    One anchored search of the 30 characters before each number: cheaper than finding
    every qualifier word of the sentence first (an alternation of them all, tried at
    every character, cost more than all the numbers of a sentence together).
    """
    tail = prefix[-30:]
    if tail.endswith(("人民币", "新台币")):
        tail = tail[:-3]  # "约合人民币709亿元": the qualifier before the currency's name
    if tail.endswith(("出超", "入超")):
        return Qualifier.EXACT  # "出超1379亿美元": Taiwan's surplus, not 超 (more than)
    if "约占" in tail and _ABOUT_SHARE.search(tail):
        return Qualifier.ABOUT  # "约占俄外贸总额的49%": about that share
    if not _may_end_with_qualifier(tail):
        return Qualifier.EXACT
    m = next(quick_finditer(_QUALIFIER_BEFORE, tail), None)
    if m is None:
        return Qualifier.EXACT
    word = (m.group(1) or m.group(2)).lower()
    before = tail[: m.start(1)].lower().split()
    if word == "up to" and before and before[-1] in _UP_TO_MOVES:
        return Qualifier.EXACT  # "imports went up to $8.97 billion": the level reached
    if word == "close to" and "the" in tail[m.end(1) :].lower():
        return Qualifier.EXACT  # "close to the 12.5-trillion-yuan total": another level
    return _QUALIFIERS[word]


# Verbs before "up to" that make it the level a figure rose to or the sum it makes, not a
# ceiling ("went up to $9 billion", "shot up to", "added up to"); "up to 30 percent" alone
# is at most.
_UP_TO_MOVES = frozenset({
    "went", "go", "goes", "gone", "going", "shot", "jumped", "climbed", "moved",
    "crept", "edged", "inched", "ramped", "picked", "rose", "rising", "grown", "grew",
    # a sum: "trade added up to $21.1 billion", "adding up to", "summed up to"
    "add", "adds", "added", "adding", "summed", "sums", "totted",
})  # fmt: skip


#: The last characters of the Chinese qualifiers (Chinese characters have no case).
_CHINESE_LAST = frozenset(q[-1] for q in _CHINESE_QUALIFIERS)


def _ends_english(low: str) -> bool:
    """Whether lower-case ``low`` (stripped) ends with an English qualifier, or one and "the"."""
    if low.endswith(_ENGLISH_LOWER):
        return True
    return low.endswith("the") and low[:-3].rstrip().endswith(_ENGLISH_LOWER)


def _may_end_with_qualifier(tail: str) -> bool:
    r"""Whether ``tail`` may end as _QUALIFIER_BEFORE needs; when not, it has no match.

    A match is a qualifier, white space, a currency sign or none ("US$", "$", "€", "¥",
    "RMB", "RMB "), and at most a newline ($ also matches before one). A few suffix tests
    rule most tails out, instead of the alternation of every qualifier tried at every place:
    in ASCII (where re.I compares as lower case, and rstrip strips what \s is) no English
    qualifier ends the text before those; elsewhere, a Chinese character that ends no Chinese
    qualifier does, wherever the sign is cut (an English qualifier ends in no such character,
    in any case).
    """
    stripped = tail.rstrip()  # (no sign: the test for both ends, with or without newline)
    if tail.isascii():
        if _ends_english(stripped.lower()):
            return True
    elif not "\u4e00" <= stripped[-1:] <= "\u9fff" or stripped[-1:] in _CHINESE_LAST:
        return True
    signs = tail[-6:].lower()  # where a sign would be
    if "$" not in signs and "€" not in signs and "¥" not in signs and "rmb" not in signs:
        return False
    ends = (tail, tail[:-1]) if tail.endswith("\n") else (tail,)
    if tail.isascii():
        for end in ends:
            low = end.lower()
            rests = [low]
            for sign in ("us$", "$", "rmb"):
                if low.endswith(sign):
                    rests.append(low[: -len(sign)])
            if low[-4:-1] == "rmb" and low[-1:].isspace():
                rests.append(low[:-4])
            if any(_ends_english(rest.rstrip()) for rest in rests):
                return True
        return False
    for end in ends:
        for cut in (0, 1, 3, 4):  # the lengths of the currency signs
            last = end[: len(end) - cut].rstrip()[-1:]
            if not "\u4e00" <= last <= "\u9fff" or last in _CHINESE_LAST:
                return True
    return False


# "The number of countries and regions with trade relations to Shenzhen has increased
# from 192 in 2001 to 234 in 2020": after "the number of" partners, a bare number that a
# verb of change or level leads to is that count
_COUNT_RUN = re.compile(
    r"\bnumber\s+of\s+(?:its\s+|[\w-]+['’]s\s+)?(?:trad(?:e|ing)\s+partners|countries(?:\s+(?:and|or)\s+"
    r"(?:regions|territories))?|economies)\b[^.;,]{0,120}?\b(?:from|to|reached|hit|at|was|is"
    r"|stood\s+at)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?$",
    re.I,
)


def find_mentions(
    text: str,
    carried: str | None = None,
    last: str | None = None,
    sign: tuple[str, str] | None = None,
) -> list[Mention]:
    """Every figure in ``text`` (one sentence), in order.

    ``carried`` is the one currency of the article's amounts so far: an English amount
    with a scale word and no currency of its own or its sentence's ("rose from 75 bn in
    2000") is in it (see :func:`_fill_currencies`). ``last`` is the code the text wrote
    last before this sentence: a Chinese amount with a scale word and no currency
    ("出口6.2万亿，下降4.7%", after "11.5万亿人民币") takes it; without one, such an amount
    is no figure. ``sign`` is the reporter's own currency sign and its currency (see
    :func:`reporter_sign`).
    """
    currency_words = _currency_words()
    found: list[Mention] = []
    bare: list[Mention] = []  # numbers with no unit of their own: "21.4, 78.6 and 45.9 billion"
    problems: dict[int, str] = {}  # start of a number -> why it cannot be read safely
    joined_until = -1  # the end of a compound amount read whole ("1兆995.4亿美元")
    partners_counted = "number of" in text  # (see _COUNT_RUN: once per text)
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        if start < joined_until:
            continue  # the second part of a compound amount, already read with the first
        written = m.group(1)
        if written[-3:-2] == "," or written[-2:-1] == ",":  # a decimal comma: "16,7 percent"
            whole, _, decimals = written.rpartition(",")
            written = f"{whole}.{decimals}"
        digits = written.replace(",", "").replace("\u2009", "").replace("\u202f", "")
        digits = digits.replace(" ", "").replace("\u00a0", "")
        prefix = text[max(0, start - 40) : start]
        after = text[end : end + 60]
        if "." not in digits and (after.startswith("兆") or after.startswith("万亿")):
            compound = _COMPOUND.match(after)
            if compound is not None:  # "1兆995.4亿美元": 10995.4亿美元
                rest = compound.group(1).replace(",", "")
                digits = str(Decimal(digits) * 10000 + Decimal(rest))
                end += compound.end(1)
                joined_until = end
                after = text[end : end + 60]
        wan = None  # "1916亿5000万令吉": the ten thousands after the 亿
        if "." not in digits and after.startswith("亿"):
            wan = _COMPOUND_WAN.match(after)
            if wan is not None and currency_words.match(after, wan.end()) is not None:
                digits = str(Decimal(digits) + Decimal(wan.group(1)) / 10000)
                joined_until = end + wan.end()
            else:
                wan = None
        problem = _glued(prefix, after)
        if problem is not None:
            problems[start] = problem
        if after[:1] in (":", "/") or (after[:1] == "-" and after[1:2].isdigit()):
            continue  # a time, a date or a range such as 2014-2021
        if after[:1] in ("月", "日", "年") or after.startswith(("个月", "季度")):
            continue
        scale = None
        pos = 0
        sm = _SCALE_EN.match(after) or _SCALE_ZH.match(after) or _SCALE_GLUED.match(after)
        symbol_scale = _SCALE_AFTER_SYMBOL.match(after) if sm is None else None
        if symbol_scale is None and sm is None and after[:1] == "m":
            symbol_scale = _MILLION_AFTER_SYMBOL.match(after)
        if symbol_scale and _symbol_before(prefix):
            scale, pos = _SYMBOL_SCALES[symbol_scale.group(1).upper()], symbol_scale.end()
        elif sm:
            word = sm.group(1)
            scale = SCALE_WORDS.get(
                word.lower(), SCALE_WORDS.get(word, _SCALE_ABBREVIATIONS.get(word.lower()))
            )
            pos = sm.end() if wan is None else wan.end()
            smaller = _COMPOUND_EN.match(after, pos) if "." not in digits else None
            if smaller is not None and _NEXT_SCALE.get(scale or "") == smaller.group(2):
                # "2 trillion 930 billion yuan": 2.93 trillion
                digits = str(Decimal(digits) + Decimal(smaller.group(1)) / 1000)
                pos = smaller.end()
                joined_until = end + pos
        qualifier = _qualifier(prefix)
        if scale is None:
            pm = _POINTS.match(after)
            if pm:
                found.append(
                    Mention(start, end + pm.end(), digits, "percentage_point", "points", qualifier)
                )
                continue
            pm = _PERCENT.match(after)
            if pm:
                close = pm.end()
                said = _suffix_qualifier(after, close)
                if said is not None:  # "增长20%以上": more than 20; "10%左右": about 10
                    qualifier, close = said, close + 2
                if prefix.endswith(_MINUS) and (
                    _MINUS_AFTER.fullmatch(prefix[-2:-1])
                    or (prefix[-2:-1] in ("(", "（") and _CJK_CHAR.fullmatch(prefix[-3:-2]))
                    or (prefix[-2:-1].isspace() and _WORD_OR_COMMA.fullmatch(prefix[-3:-2]))
                ):
                    start, digits = start - 1, f"-{digits}"
                found.append(Mention(start, end + close, digits, "percent", "percent", qualifier))
                continue
            if prefix.endswith("百分之"):
                found.append(Mention(start - 3, end, digits, "percent", "percent", qualifier))
                continue
            cm = _COUNT.match(after)
            if cm and "." not in digits:
                if cm.group(1):
                    qualifier = Qualifier.MORE_THAN
                found.append(Mention(start, end + cm.end(), digits, "count", "count", qualifier))
                continue
            if (
                partners_counted
                and "." not in digits
                and not _YEAR_DIGITS.fullmatch(digits)
                and _COUNT_RUN.search(text, max(0, start - 160), start)
            ):
                # "the number of countries and regions trading with it increased from 192 in
                # 2001 to 234 in 2020": bare numbers of that count
                found.append(Mention(start, end, digits, "count", "count", qualifier))
                continue
        more = _SUFFIX_MORE.match(after, pos)
        if more and more.group(1) == "多" and more.end() < len(after):
            pos = more.end()  # "500多亿元": more than 500
            qualifier = Qualifier.MORE_THAN
            sm = _SCALE_ZH.match(after, pos)
            if sm and scale is None:
                scale = SCALE_WORDS[sm.group(1)]
                pos = sm.end()
        cm = currency_words.match(after, pos)
        if cm is not None and scale is None and _YEAR_DIGITS.fullmatch(digits):
            cm = None  # "in 2022 Yen depreciated", "2023 Dong Nai": a year, not an amount
        if cm is None and scale is not None and after[pos : pos + 1] == "-":
            cm = currency_words.match(after, pos + 1)  # "12.5-trillion-yuan"
        own = (
            _own_sign(prefix, sign)
            if cm is None
            else _own_yuan(cm.group(1), sign, prefix, after[cm.end() :])
        )
        if (
            own is not None
            and cm is None
            and sign is not None
            and sign[0][-1:].isalpha()
            and scale is None
        ):
            own = None  # "Sh350 per kilo", "N95 masks": a letter sign needs a scale word
        code = own or (currency_code(cm.group(1)) if cm else _symbol_before(prefix))
        if cm is not None and cm.group(1) == _YUAN and prefix.endswith(_NT_DOLLAR):
            code = "TWD"  # "约新台币20.85兆元": Taiwan's dollar, written with 元 after it
        # (the reporter's own 元, not one the paragraph declared: "以美元计，…亿元")
        own_yuan = own is not None and cm is not None and own in _YUAN_CODES
        if cm:
            pos = cm.end()
        suffix = _SUFFIX_MORE.match(after, pos)
        if suffix and suffix.group(1) == "以上":
            qualifier = Qualifier.MORE_THAN
            pos = suffix.end()
        elif (said := _suffix_qualifier(after, pos)) is not None and (scale or code):
            qualifier, pos = said, pos + 2  # "3000亿元左右": about; "不到…以下" less than
        if code is None and scale is None:
            bare.append(Mention(start, end, digits, "", "bare", qualifier))
            continue
        if qualifier is Qualifier.MORE_THAN and _A_YEAR_EARLIER_AFTER.match(after, pos):
            qualifier = Qualifier.EXACT  # "surpassing $285 billion a year earlier": last year's
        unit = " ".join(w for w in (scale, code) if w)
        found.append(
            Mention(
                start,
                end + pos,
                digits,
                unit.strip(),
                "money",
                qualifier,
                currency_missing=code is None,
                own_yuan=own_yuan,
            )
        )
    found.extend(_chinese_figures(text))
    found.extend(_fractions(text))
    if "illion" in text:
        found.extend(_word_amounts(text, currency_words))
    if "ercent" in text or "per cent" in text:
        found.extend(_word_percents(text))
    if "-point-" in text:
        spoken = _spoken_figures(text, currency_words)
        # (the digits before "-point-" are no figure of their own)
        found = [f for f in found if not any(x.start <= f.start < x.end for x in spoken)]
        found.extend(spoken)
    found.sort(key=lambda m: m.start)
    found = _fill_currencies(found, text, carried, last)
    read = _share_list_units(found, bare, text)
    if problems:
        read = [
            attrs.evolve(m, problem=problems[m.start]) if m.start in problems else m for m in read
        ]
    return read


def _glued(prefix: str, after: str) -> str | None:
    """Why digits next to this number make it unreadable without a guess, or None.

    "1<zero-width space>280.8" would read as 280.8; "280,8" (a decimal comma, or a broken
    thousands group) as 280 and 8. Both are skipped with this reason instead.
    """
    if not (after[1:2].isdigit() or prefix[-2:-1].isdigit()):
        return None  # (no digit beyond the neighbouring character: the common case)
    for side, neighbour in ((after[:1], after[1:2]), (prefix[-1:], prefix[-2:-1])):
        if side and neighbour.isdigit():
            if unicodedata.category(side) == "Cf":
                return f"an invisible character (U+{ord(side):04X}) inside a number"
            if side == ",":
                return "a comma inside a number that is not a thousands separator"
    return None


# --- Chinese numerals -------------------------------------------------------------------
#: Digits and multipliers of Chinese numerals as written in figures (两 is "two").
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_ZH_DIGITS |= {"八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
#: Words before a Chinese-numeral figure and the qualifier they make (longest first).
_ZH_QUALIFIERS = {
    "近": Qualifier.ABOUT,  # 近一成: nearly ten percent
    "约": Qualifier.ABOUT,
    "将近": Qualifier.ABOUT,
    "超过": Qualifier.MORE_THAN,
    "超": Qualifier.MORE_THAN,  # 超八成: more than 80 percent
    "逾": Qualifier.MORE_THAN,
    "突破": Qualifier.MORE_THAN,  # 突破千亿元
    "破": Qualifier.MORE_THAN,  # 破千亿元
    "不足": Qualifier.LESS_THAN,
}
_ZH_QUALIFIER = "|".join(sorted(_ZH_QUALIFIERS, key=len, reverse=True))
#: The words before a bare 万亿 that make it a figure passed or neared ("突破万亿元").
ZH_THRESHOLD_WORDS = tuple(_ZH_QUALIFIERS)
_ZH_NUMERAL = "[零一二两三四五六七八九十百千]"
# Tenths: 六成 = 60 percent, 近六成 about 60, 超八成 / 八成多 / 五成以上 more than.
# The characters after 成 that make it part of a word (成为 "become", 成交 "deal",
# 成本 "cost" ...) are not fractions.
_ZH_TENTHS = re.compile(
    rf"({_ZH_QUALIFIER})?([一二两三四五六七八九])成(多|以上)?(?![为交本功立果效员都长品型熟就套])"
)
# ... and in a digit after a growth word: 同比增长超8成, 下降近3成 (not 占比近7成 of a list
# of places together, which a share after 占 may be: only growth); a headline's one-character
# verb too: "进出口同比增逾2成", "出口跌近3成"
_ZH_DIGIT_TENTHS = re.compile(
    rf"(?:增长|增加|上升|增幅|增速|下降|减少|降幅|增|降|涨|跌)(?:了|达|为)?({_ZH_QUALIFIER})?"
    r"([1-9])成(多|以上)?"
    r"(?![为交本功立果效员都长品型熟就套])"
)
# ... and after 占 (not 占比: see above): "出口机电产品占6成", "占全省进出口的7成以上" (a
# share, as 占六成 is)
_ZH_SHARE_DIGIT_TENTHS = re.compile(
    rf"占(?!比)[^，,。；;\d比]{{0,16}}?({_ZH_QUALIFIER})?([1-9])成(多|以上)?"
    r"(?![为交本功立果效员都长品型熟就套])"
)
# Money in Chinese numerals with a scale word: 三百亿元, 超三百亿元, 破千亿元, 两千多亿美元.
_ZH_MONEY = re.compile(rf"({_ZH_QUALIFIER})?({_ZH_NUMERAL}{{1,8}})(多)?(万亿|亿|万)(美元|元)")


def chinese_numeral(text: str) -> int | None:
    """The value of a Chinese numeral below ten thousand (三百 300, 千 1000, 一千二百 1200)."""
    total = 0
    digit: int | None = None
    for char in text:
        if char in _ZH_DIGITS:
            if digit is not None:
                return None  # two digits in a row: "三五" is not a number
            digit = _ZH_DIGITS[char]
        elif char in _ZH_UNITS:
            total += (1 if digit is None else digit) * _ZH_UNITS[char]
            digit = None
        else:
            return None
    if digit is not None:
        total += digit
    return total or None


def chinese_decimal(text: str) -> str | None:
    """Digits of a Chinese numeral below a hundred million, with 零 and a 点 decimal.

    "一万七千六百零六点九" is "17606.9", "二十三点八" "23.8"; None if it is no numeral.
    """
    whole, _, tenths = text.partition("点")
    high, wan, low = whole.rpartition("万")
    total = 0
    for part, factor in ((high, 10000), (low, 1)):
        part = part.replace("零", "")
        if part:
            value = chinese_numeral(part)
            if value is None:
                return None
            total += value * factor
        elif factor == 10000 and wan:
            total += 10000  # "万" alone
    if not whole.replace("零", ""):
        return None
    decimals = "".join(str(_ZH_DIGITS[c]) for c in tenths if c in _ZH_DIGITS)
    if len(decimals) != len(tenths):
        return None
    return f"{total}.{decimals}" if decimals else str(total)


#: A quick test whether a sentence may state a figure at all: a digit, or a Chinese numeral
#: before 成 or before a scale word and currency.
#: (Written first character first, its condition after it, so that the regex engine finds
#: the few characters a hint starts with fast; the same matches as
#: "\d|{_ZH_NUMERAL}(?:成|多?(?:万亿|亿|万)美?元)|一半|\bhalf\b|\bquarters?\b|\bsemesters?\b
#: |\bfourths?\b".)
FIGURE_HINT = re.compile(
    rf"[\d零一二两三四五六七八九十百千hHqsf](?:(?<=\d)|(?<={_ZH_NUMERAL})(?:成|多?(?:万亿|亿|万)美?元)"
    r"|(?<=一)半|(?<!\w[hH])(?<=[hH])alf\b|(?<!\wq)(?<=q)uarters?\b|(?<!\ws)(?<=s)emesters?\b"
    r"|(?<!\wf)(?<=f)ourths?\b)"
)


def _chinese_figures(text: str) -> list[Mention]:
    """Figures written with Chinese numerals: tenths (六成) and amounts (三百亿元)."""
    if text.isascii():
        return []
    found: list[Mention] = []
    # (every match holds 成, or 元: the other characters are not searched for without it)
    for m in _ZH_TENTHS.finditer(text) if "成" in text else ():
        if m.start(2) > 0 and text[m.start(2) - 1] in "十百千零":
            continue  # part of a longer numeral
        qualifier = _ZH_QUALIFIERS[m.group(1)] if m.group(1) else Qualifier.EXACT
        if m.group(3):
            qualifier = Qualifier.MORE_THAN
        tenths = _ZH_DIGITS[m.group(2)] * 10
        found.append(Mention(m.start(2), m.end(), str(tenths), "percent", "percent", qualifier))
    digit_tenths = (
        [*_ZH_DIGIT_TENTHS.finditer(text), *_ZH_SHARE_DIGIT_TENTHS.finditer(text)]
        if "成" in text
        else []
    )  # (both patterns need 成: no scan without it)
    for m in digit_tenths:
        qualifier = _ZH_QUALIFIERS[m.group(1)] if m.group(1) else Qualifier.EXACT
        if m.group(3):
            qualifier = Qualifier.MORE_THAN
        tenths = int(m.group(2)) * 10
        found.append(Mention(m.start(2), m.end(), str(tenths), "percent", "percent", qualifier))
    for m in _ZH_MONEY.finditer(text) if "元" in text else ():
        amount = chinese_numeral(m.group(2))
        if amount is None:
            continue
        qualifier = _ZH_QUALIFIERS[m.group(1)] if m.group(1) else Qualifier.EXACT
        if m.group(3):
            qualifier = Qualifier.MORE_THAN
        unit = f"{SCALE_WORDS[m.group(4)]} {currency_code(m.group(5))}"
        found.append(Mention(m.start(2), m.end(), str(amount), unit, "money", qualifier))
    return found


# --- fractions in words ----------------------------------------------------------------
# "accounted for more than half of the total", "占一半以上": shares stated as a fraction.
# Only halves and quarters: a third is not a number the annotations can state exactly.
_FRACTION_VALUES = {
    **{"half": 50, "a quarter": 25, "one quarter": 25, "three quarters": 75},
    **{"a fourth": 25, "one fourth": 25, "three fourths": 75},
}
# (after a share verb: "the first half of 2023" is a period, not a fraction)
_FRACTION = re.compile(
    r"\b(?:account(?:ed|ing|s)?\s+for|made\s+up|mak(?:e|es|ing)\s+up|represent(?:ed|ing|s)?"
    r"|constitut(?:ed|ing|es?))\s+"
    r"(?:(more than|over|nearly|about|almost|around|less than)\s+)?"
    r"(half|a quarter|one quarter|three quarters|a fourth|one fourth|three fourths)\s+of\b"
    # ... or opening a clause whose subject came from / went to a partner: "More than one
    # fourth of all imported electric cars came from China"
    # (a list's bullet before it: "• More than one fourth of ...")
    r"|(?:^|[,;:]\s)[\s•·*-]*(?:(more than|over|nearly|about|almost|around|less than)\s+)?"
    r"(half|a quarter|one quarter|three quarters|a fourth|one fourth|three fourths)\s+of\s+"
    r"(?=(?:all|the|its|their)\b[^.;]{0,60}?\b(?:came|come|comes|went|go|goes)\s+(?:from|to)\b)",
    re.I,
)
_ZH_HALF = re.compile(r"占[^，,。；;]{0,12}?(超过|超|近|约)?一半(以上)?")
# ... or in digits after 占: "占全省进出口总值的1/5以上", "进出口占比为1/4左右"
_ZH_DIGIT_FRACTION = re.compile(
    r"占[^，,。；;\d]{0,20}?(超过|超|近|约|将近)?([1-9])/([2-9]|10)(?!\d)(以上|多|左右)?"
)
# "doubled", "almost double that of", "more than doubled": growth of about 100 percent
# (a verb or the adjective after almost/nearly; "double-digit" and "double the" as a noun
# phrase with no qualifier are not growth). "2.6 times" / "seven-fold" are left unread:
# news writes them both for "as much as" and for "more than".
_DOUBLED = re.compile(
    # ("almost doubled by an estimated 46 percent": the percent is the growth, see GROWTH_UP)
    r"\b(?:(more\s+than|over|almost|nearly|about|roughly)\s+)?(doubled|doubling)\b(?!\s+by\b)"
    r"|\b(almost|nearly|about|roughly)\s+(double)\b(?!-)",
    re.I,
)


# "up by 2.6 times", "a more than seven-fold increase", "grew threefold": growth as a
# multiple, reported as skipped with this reason, never turned into a percent.
_MULTIPLE_EN = re.compile(
    r"\b(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times\b|[\s-]?fold\b)",
    re.I,
)
MULTIPLE_PROBLEM = (
    "growth as a multiple ('2.6 times', 'seven-fold'): news writes it both for 'as much as' "
    "and for 'more than', so no percent is read"
)


def multiples(text: str) -> list[tuple[int, int]]:
    """Spans of growth written as a multiple ("2.6 times", "seven-fold") in one sentence.

    They are no figure (a figure would take part in "respectively" lists, whose pairing
    they upset when a list mixes them with percents); the caller reports them skipped.
    """
    if "times" not in text and "fold" not in text:
        return []
    return [m.span() for m in _MULTIPLE_EN.finditer(text)]


def _fractions(text: str) -> list[Mention]:
    found: list[Mention] = []
    if "alf" in text or "quarter" in text or "fourth" in text:
        for m in quick_finditer(_FRACTION, text):
            g = 2 if m.group(2) else 4  # (the share verb's form, or the clause opening's)
            word = (m.group(g - 1) or "").lower()
            qualifier = _QUALIFIERS.get(word, Qualifier.EXACT) if word else Qualifier.EXACT
            value = _FRACTION_VALUES[m.group(g).lower()]
            found.append(Mention(m.start(g), m.end(g), str(value), "percent", "percent", qualifier))
    if "oubl" in text:
        for m in quick_finditer(_DOUBLED, text):
            word = (m.group(1) or m.group(3) or "").lower()
            more = word in ("more than", "over")
            qualifier = Qualifier.MORE_THAN if more else Qualifier.ABOUT
            start, end = m.span(2) if m.group(2) else m.span(4)
            found.append(Mention(start, end, "100", "percent", "percent", qualifier))
    if "一半" in text:
        for m in _ZH_HALF.finditer(text):
            qualifier = _ZH_QUALIFIERS[m.group(1)] if m.group(1) else Qualifier.EXACT
            if m.group(2):
                qualifier = Qualifier.MORE_THAN
            start = m.end() - len("一半") - len(m.group(2) or "")
            found.append(Mention(start, m.end(), "50", "percent", "percent", qualifier))
    if "/" in text and "占" in text and not text.isascii():
        for m in _ZH_DIGIT_FRACTION.finditer(text):
            share = 100 * int(m.group(2)) / int(m.group(3))
            if share >= 100 or share * 10 != int(share * 10):
                continue  # a third is no number a fact can state exactly (as in English)
            qualifier = _ZH_QUALIFIERS[m.group(1)] if m.group(1) else Qualifier.EXACT
            if m.group(4):  # 以上 / 多 more than, 左右 about
                more = m.group(4) != "左右"
                qualifier = Qualifier.MORE_THAN if more else Qualifier.ABOUT
            digits = f"{share:g}"
            found.append(Mention(m.start(2), m.end(), digits, "percent", "percent", qualifier))
    return found


# --- amounts in words ---------------------------------------------------------------------
# "exports exceeded one trillion yuan", "two billion U.S. dollars": a number word before a
# scale word and a currency (a number word alone is no figure: "one of the highlights").
_WORD_AMOUNT = re.compile(
    r"\b(?<!point-)(one|two|three|four|five|six|seven|eight|nine|ten)\s+(trillion|billion|million)\b",
    re.I,
)
# A decimal spoken as broadcast scripts write it: "27-point-three percent", "nine-point-two
# billion dollars", "49-point-seven billion" (the digits after "point" one word each).
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPOKEN = (
    r"\b(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)-point-"
    rf"((?:{'|'.join(_DIGIT_WORDS)})(?:-(?:{'|'.join(_DIGIT_WORDS)}))*)\b"
)
_SPOKEN_PERCENT = re.compile(_SPOKEN + r"(?:\s+|-)(?:percent|per\s+cent)\b", re.I)
_SPOKEN_AMOUNT = re.compile(_SPOKEN + r"\s+(trillion|billion|million)\b", re.I)


def _spoken(whole: str, decimals: str) -> str:
    """The digits of a spoken decimal: ("27", "three") -> "27.3"."""
    head = whole if whole.isdigit() else str(NUMBER_WORDS[whole.lower()])
    tail = "".join(str(_DIGIT_WORDS.index(w.lower())) for w in decimals.split("-"))
    return f"{head}.{tail}"


def _spoken_figures(text: str, currency_words: re.Pattern[str]) -> list[Mention]:
    found: list[Mention] = []
    for m in _SPOKEN_PERCENT.finditer(text):
        qualifier = _qualifier(text[max(0, m.start() - 40) : m.start()])
        digits = _spoken(m.group(1), m.group(2))
        found.append(Mention(m.start(), m.end(), digits, "percent", "percent", qualifier))
    for m in _SPOKEN_AMOUNT.finditer(text):
        cm = currency_words.match(text, m.end())
        if cm is None:
            continue
        code = currency_code(cm.group(1))
        scale = SCALE_WORDS[m.group(3).lower()]
        qualifier = _qualifier(text[max(0, m.start() - 40) : m.start()])
        digits = _spoken(m.group(1), m.group(2))
        found.append(Mention(m.start(), cm.end(), digits, f"{scale} {code}", "money", qualifier))
    return found


def _word_amounts(text: str, currency_words: re.Pattern[str]) -> list[Mention]:
    found: list[Mention] = []
    for m in quick_finditer(_WORD_AMOUNT, text):
        cm = currency_words.match(text, m.end())
        if cm is None:
            continue
        code = currency_code(cm.group(1))
        scale = SCALE_WORDS[m.group(2).lower()]
        qualifier = _qualifier(text[max(0, m.start() - 40) : m.start()])
        digits = str(NUMBER_WORDS[m.group(1).lower()])
        found.append(Mention(m.start(), cm.end(), digits, f"{scale} {code}", "money", qualifier))
    return found


# "dipped by six percent", "two percentage points higher": wire style spells out numbers
# below ten, percentages too (a number word alone is no figure: "one of the highlights").
_WORD_PERCENT = re.compile(
    r"\b(?<!point-)(one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+|-)"
    r"(?:(percent|per\s+cent)|(percentage[- ]points?))\b",
    re.I,
)


def _word_percents(text: str) -> list[Mention]:
    found: list[Mention] = []
    for m in quick_finditer(_WORD_PERCENT, text):
        qualifier = _qualifier(text[max(0, m.start() - 40) : m.start()])
        digits = str(NUMBER_WORDS[m.group(1).lower()])
        if m.group(2):
            found.append(Mention(m.start(), m.end(), digits, "percent", "percent", qualifier))
        else:
            found.append(
                Mention(m.start(), m.end(), digits, "percentage_point", "points", qualifier)
            )
    return found


# --- numbers that share the unit of the last one in a list ------------------------------
# "were 21.4, 78.6 and 45.9 billion yuan", "5.3, 1.2 and 10.6 percentage points higher",
# "65.2, 43.2 and 32.9 percent": the separators a list of figures uses between items;
# "15个、26个、5个百分点" repeats the measure word 个 after each item.
_LIST_GAP = re.compile(r"\s*个?(?:[,，、]\s*(?:and\s+|or\s+)?|\s(?:and|or)\s|[和及与])\s*")


def _share_list_units(found: list[Mention], bare: list[Mention], text: str) -> list[Mention]:
    """Give a bare number the unit of the next figure when only a list separator is between.

    Years (1900-2100 without decimals) never take a unit: "in 2022 and 5 percent" is not a
    list.
    """
    if not bare:
        return found
    items = sorted(found + bare, key=lambda m: m.start)
    for i in range(len(items) - 2, -1, -1):
        m = items[i]
        if m.kind != "bare":
            continue
        following = items[i + 1]
        if following.kind == "bare" or ("." not in m.digits and 1900 <= int(m.digits) <= 2100):
            continue
        if _LIST_GAP.fullmatch(text, m.end, following.start) is None:
            continue
        items[i] = attrs.evolve(m, unit=following.unit, kind=following.kind)
    return [m for m in items if m.kind != "bare"]


#: The scales of an amount that may take the article's currency ("113 bn", "75 billion").
_CARRIED_SCALES = frozenset({"billion", "million", "trillion"})

# Between two amounts of which the first takes the currency of the second.
_CURRENCY_GAP = re.compile(r"[\s,]*(?:and|or|to|和|与|至|、)?[\s,]*")


_TO_END = re.compile(r"\bto\s+(?:about\s+|nearly\s+|over\s+)?$")
_FROM_END = re.compile(r"\bfrom\s+(?:about\s+|nearly\s+|over\s+)?(?:US\$|\$|€)?$")


def _from_currency(found: list[Mention], i: int, text: str) -> str | None:
    """The currency of "from 26 billion euro (...) in 2000 to 136 billion": the start's."""
    m = found[i]
    if not _TO_END.search(text, max(0, m.start - 14), m.start):
        return None
    for j in range(i - 1, -1, -1):
        n = found[j]
        if n.start < m.start - 160 or ". " in text[n.end : m.start]:
            return None
        if (
            n.kind == "money"
            and not n.currency_missing
            and _FROM_END.search(text, max(0, n.start - 16), n.start)
        ):
            return n.unit.split()[-1]
    return None


# A Chinese scale word that ends an amount whose currency the writer left out: 6.2万亿 or
# 1.29万亿 before a comma, a semicolon or the end (not 1.2亿人次, 3亿吨: other units)
_ZH_SCALE_ALONE = re.compile(r"[\d.,]+\s*(?:万亿|亿)(?=[，,；;。、）)]|\s*$)")


def _carried_currency(m: Mention, text: str, before: str | None) -> str | None:
    """The currency of a Chinese amount written without one (the last written before it)."""
    if text.isascii() or not _ZH_SCALE_ALONE.match(text, m.start):
        return None
    return before


def _list_currency(found: list[Mention], i: int, text: str) -> str | None:
    """The currency of an English list's first amount, for a later one written without it.

    "reached RMB 1.34 trillion, RMB 1.11 trillion and 528.46 billion, respectively": the
    last item's currency is the list's (a scale word is needed: "and 528" is no amount).
    """
    m = found[i]
    if m.unit not in _CARRIED_SCALES or not text[m.start : m.end].isascii():
        return None
    end = m.start
    for j in range(i - 1, -1, -1):
        n = found[j]
        if n.kind != "money" or _LIST_GAP.fullmatch(text, n.end, end) is None:
            return None
        if not n.currency_missing:
            return n.unit.split()[-1]
        end = n.start
    return None


# After an amount with a scale word and no currency, what lets it take the article's one
# currency: the end of a clause or a word that goes on to a period or another amount ("75 bn
# in 2000", "to 244 bn.", "140 bn, ..."), not a noun it counts ("1.4 billion people"), nor
# the end of a line broken inside the sentence ("91.34 billion\nU.S. dollars in imports").
_CARRY_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)]|(?:in|to|from|and|or|by|at|on|for|during|with|over|compared|against"
    r"|while|as|before|after|then|last|this|year|a\s+year|respectively)\b)"
)


def _fill_currencies(
    found: list[Mention], text: str, carried: str | None = None, last: str | None = None
) -> list[Mention]:
    """'56.12 billion and 20.62 billion yuan': the first takes the currency of the next.

    An English amount left without one takes ``carried`` (the article's one currency); a
    Chinese amount left without one (出口6.2万亿) the sentence's last currency before it,
    else ``last``, the text's last.
    """
    result = list(found)
    # the last currency written before each figure (one pass: no rescan per figure)
    before: list[str | None] = []
    own: list[str | None] = []  # (the same, of this sentence's figures only)
    code_so_far = last
    own_so_far: str | None = None
    for m in found:
        before.append(code_so_far)
        own.append(own_so_far)
        if m.kind == "money" and not m.currency_missing:
            code_so_far = own_so_far = m.unit.split()[-1]
    following: Mention | None = None  # the next money figure still in ``result``
    for i in range(len(result) - 1, -1, -1):
        m = result[i]
        if m.kind != "money":
            continue
        if not m.currency_missing:
            following = m
            continue
        if (
            following is None
            or following.currency_missing
            or following.start - m.end > 12
            or not _CURRENCY_GAP.fullmatch(text, m.end, following.start)
        ):
            start = (
                _from_currency(result, i, text)
                or _carried_currency(m, text, before[i])
                or _list_currency(found, i, text)
            )
            if (
                start is None
                and (carried is not None or own[i] is not None)
                and m.unit in _CARRIED_SCALES
                and text[m.start : m.end].isascii()
                and _CARRY_AFTER.match(text, m.end)
            ):
                # the article's one currency; in an article of several, the one this
                # sentence wrote before ("in USD ... was USD1.75 trillion, of which exports
                # amounted to 958.3 billion")
                start = own[i] or carried
            if start is None:
                result.pop(i)
            else:
                result[i] = following = attrs.evolve(
                    m, unit=f"{m.unit} {start}", currency_missing=False
                )
            continue
        code = following.unit.split()[-1]
        result[i] = following = attrs.evolve(
            m, unit=f"{m.unit} {code}", currency_missing=False, own_yuan=following.own_yuan
        )
    return result


# --- the reporter's own currency sign ----------------------------------------------------
# Signs a reporter's own press and statistics office write its currency with, that mean
# something else (or nothing) elsewhere: a bare "$" for the dollar of Australia, New Zealand
# or Canada ("Australia recorded a $9 billion goods trade surplus"; the US dollar is "US$"
# there), "¥" for the yen, "N113.06 billion" for naira, "Sh425 billion" for Kenyan
# shillings. Each with the explicit forms of that currency: a text that writes them
# anywhere ("A$9 billion", "Australian dollars": wire copy) keeps a bare "$" for the US
# dollar (for the yen: the forms of the yuan, which "¥" also writes).
_REPORTER_SIGNS: dict[str, tuple[str, str, re.Pattern[str] | None]] = {
    "Australia": (
        "$",
        "AUD",
        re.compile(r"(?<![A-Za-z])(?:AU?\$|\$A\b)|\bAustralian\s+dollars?\b|\bAUD\b"),
    ),
    "New Zealand": (
        "$",
        "NZD",
        re.compile(r"\bNZ\$|\bNZ\s+dollars?\b|\bNew\s+Zealand\s+dollars?\b|\bNZD\b"),
    ),
    "Canada": ("$", "CAD", re.compile(r"(?<![A-Za-z])(?:CA?\$)|\bCanadian\s+dollars?\b|\bCAD\b")),
    # ("¥" is the yuan in Chinese copy; in Japan's own figures, "The trade deficit stood at
    # ¥1.31 trillion", the yen, unless the text writes yuan somewhere)
    "Japan": ("¥", "JPY", re.compile(r"\byuan\b|\bRMB|\bCNY\b|\brenminbi\b", re.I)),
    "Nigeria": ("N", "NGN", None),
    "Kenya": ("Sh", "KES", None),
    # Bare 元 in the copy of an economy whose own money is not the renminbi: Hong Kong's
    # and Macao's statistics offices and press write their dollar and pataca so
    # ("出口货值为3866亿元", "贸易逆差为103.3亿元"); 人民币 next to the figure keeps it the
    # renminbi ("约合人民币709亿元"), and so does a figure that turns out to be the
    # mainland's (own_yuan_code)
    "Hong Kong": ("元", "HKD", None),
    "Macao": ("元", "MOP", None),
}
_YUAN = "元"
_NT_DOLLAR = ("新台币", "新台币 ")


def _own_yuan(word: str, sign: tuple[str, str] | None, prefix: str, after: str) -> str | None:
    """The reporter's currency for a bare 元 after a figure (``after``: what follows 元)."""
    if sign is None or sign[0] != _YUAN or word != _YUAN:
        return None
    if prefix.endswith("人民币") or after.startswith("人民币"):  # (人民币3.2亿元, 3.2亿元人民币)
        return None
    return sign[1]


# A currency a paragraph declares for its figures: "以美元计价，中国5月进出口5220.7亿元" (Hong
# Kong's copy of a mainland release writes its dollar figures with a bare 元); a later
# "以人民币计" in the paragraph goes back to the renminbi.
_DECLARED = re.compile(r"[以按](美元|人民币)计(?:价|算)?")
_DECLARED_CODES = {"美元": "USD", "人民币": "CNY"}
# (a dollar declaration opens its clause and is one of its own, a comma after it: not
# "同比增长6.3%（按美元计算增长2.6%）", "（以美元计价为5000亿美元）", a restatement in brackets)
_CLAUSE_OPENERS = frozenset("，,：:；;。 \u3000\t")
_DECLARATION_ENDS = ("，", ",")
# An amount in 元 written before the declaration in its sentence: the declaration holds
# from the next sentence only ("…3.6万亿元，以美元计，…": not the amount before it).
_YUAN_AMOUNT = re.compile(r"\d\s*(?:[万亿千百]\s*)*元")
# A paragraph that writes dollar amounts itself ("5000亿美元") writes its bare 元 as yuan.
DOLLAR_AMOUNT = re.compile(r"\d\s*(?:[万亿千百]\s*)*美元")


def declared_currency(text: str) -> tuple[str, bool] | None:
    """The last currency ``text`` declares its figures in (以美元计), or None.

    With its code, whether the declaration holds for this sentence's figures too (no
    amount in 元 before it).
    """
    found = None
    for m in _DECLARED.finditer(text):
        if m.group(1) == "人民币":  # (going back to the renminbi: wherever it is written)
            found = ("CNY", True)
        elif (m.start() == 0 or text[m.start() - 1] in _CLAUSE_OPENERS) and text[
            m.end() : m.end() + 1
        ] in _DECLARATION_ENDS:
            found = ("USD", _YUAN_AMOUNT.search(text, 0, m.start()) is None)
    return found


def reporter_sign(text: str, subject: str | None) -> tuple[str, str] | None:
    """(sign, currency) of the reporter's own sign in this text, or None. Asked once per text."""
    own = _REPORTER_SIGNS.get(subject or "")
    if own is None or (own[2] is not None and own[2].search(text) is not None):
        return None
    return own[0], own[1]


def _own_sign(prefix: str, sign: tuple[str, str] | None) -> str | None:
    """The reporter's currency when its bare sign stands right before the digits."""
    if sign is None or sign[0] == _YUAN or not prefix.endswith(sign[0]):
        return None
    # (not "US$", "A$", "KSh": another sign that ends the same way)
    return None if prefix[-len(sign[0]) - 1 : -len(sign[0])].isalpha() else sign[1]


#: Whose own money a bare 元 in their copy is (see _REPORTER_SIGNS).
_YUAN_OWNERS = frozenset(k for k, v in _REPORTER_SIGNS.items() if v[0] == _YUAN)
#: ... and the codes of that money.
_YUAN_CODES = frozenset(v[1] for v in _REPORTER_SIGNS.values() if v[0] == _YUAN)


def own_yuan_code(m: Mention, owner: str, mainland_source: bool) -> str:
    """The unit of a figure read with the reporter's bare 元, once its owner is known.

    The reporter's dollar or pataca only for Hong Kong's or Macao's own figures: the
    mainland's (内地对香港出口, a mainland city's, one a mainland customs office counts:
    "据拱北海关统计，珠海对澳门进出口总值为60亿元") are in renminbi.
    """
    if not m.own_yuan or (owner in _YUAN_OWNERS and not mainland_source):
        return m.unit
    scale, _, _ = m.unit.rpartition(" ")
    return f"{scale} CNY".strip()
