"""Text preparation for extraction: HTML to text, sentences, clauses.

The document's date and zones are read by :mod:`context` and :mod:`zones`.

Offsets always refer to the original input, so a quote's span can be shown in the source
the user has, HTML included.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Iterator
from importlib import resources
from re import _compiler, _parser  # type: ignore[attr-defined]  # (to list a pattern's first characters)
from typing import Any

import attrs

from tradestat.money import LOOKALIKES

__all__ = [
    "Document",
    "Sentence",
    "prepare",
    "plain_quotes",
    "simplified",
    "sentences",
    "clause_bounds",
]

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<!--")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")
_BLOCK = {
    "p",
    "br",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "title",
    "td",
    "section",
    "figure",
    "figcaption",
}
#: Elements that are page furniture, not article text, by name ...
_FURNITURE_TAGS = {
    "figcaption": "caption",
    "nav": "related",
    "aside": "related",
    "footer": "related",
}
# ... or by a class or id that names what they hold (a CMS's "photo-caption", "related-news",
# "byline", "pub-time", "source"): zone kinds of zones.py.
_ATTRIBUTE = re.compile(r"""\b(?:class|id)\s*=\s*["']([^"'<>]{0,200})["']""", re.I)
_FURNITURE_CLASS = re.compile(
    r"(?P<caption>caption|photo[-_]?(?:desc|info|text|txt)|pic[-_]?(?:desc|info|text|txt)"
    r"|img[-_]?(?:desc|info|text|txt))"
    r"|(?P<related>related|recommend|more[-_]?news|read[-_]?more)"
    r"|(?P<meta>byline|author|editor|pub[-_]?time|publish|post[-_]?(?:time|date)|article[-_]?info"
    r"|source|dateline)",
    re.I,
)
_VOID = {"img", "br", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
_SKIP = {"script", "style"}
# the letters money.LOOKALIKES reads as ASCII ones (a cue word matched through them would
# miss its lowercase lookup)
_FOLDED = re.compile("[" + "".join(map(chr, LOOKALIKES)) + "]")


@attrs.frozen
class Document:
    """Plain text and, per character, its offset in the original input."""

    text: str
    offsets: tuple[int, ...]
    original_length: int
    #: text spans of page furniture marked up as such: (start, end, zone kind)
    furniture: tuple[tuple[int, int, str], ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original-input span of ``text[start:end]``."""
        if not self.offsets:
            return (0, 0)
        first = self.offsets[start] if start < len(self.offsets) else self.original_length
        last = self.offsets[end - 1] + 1 if 0 < end <= len(self.offsets) else first
        return (first, max(first, last))


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<p" in head or "<body" in head or "<div" in head or "<br" in head


# Characters of everyday trade news that only traditional writing uses (進出口, 億元, 貿易,
# 增長, 與, 對, 國際, 經濟, 產品 ...): a text holding a few of them is written in traditional.
_TRADITIONAL_CHARS = "進億貿長與對際經產國區華幣額較實現為"
_TRADITIONAL_LEAST = 3


@functools.cache
def _traditional() -> dict[int, str]:
    """Traditional character -> simplified (data/text/traditional_chinese.tsv, from OpenCC)."""
    path = resources.files("tradestat") / "data" / "text" / "traditional_chinese.tsv"
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return {ord(row[0]): row[2] for row in rows if len(row) == 3}


def simplified(text: str) -> str:
    """``text`` in simplified characters when it is written in traditional ones, else itself.

    The cue words are simplified; Hong Kong, Macao and Taiwan outlets write 進出口, 億元,
    增長. One character for one, so offsets into the input hold.
    """
    # (counted with str.count, one C scan per character: a text in a narrower string kind
    # than the characters, such as English, is not scanned at all)
    if sum(map(text.count, _TRADITIONAL_CHARS)) >= _TRADITIONAL_LEAST:
        return text.translate(_traditional())
    return text


# A pinyin reading in brackets after a character, left by some converters of traditional
# pages ("進(jìn)出口", "經(jīng)濟"): it splits the cue words, so it is dropped. The reading
# must carry a tone mark (not "(km)", "(de)"); a bracket of up to 7 letters, no backtracking.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_READING = re.compile(
    rf"(?<=[\u4e00-\u9fff])\((?=[a-z{_TONED}ü]{{0,6}}[{_TONED}])[a-z{_TONED}ü]{{1,7}}\)"
)


def _without_readings(doc: Document) -> Document:
    """``doc`` without the pinyin readings of :data:`_READING` (offsets kept)."""
    if quick(_READING).search(doc.text) is None:
        return doc
    keep = [True] * len(doc.text)
    for m in _READING.finditer(doc.text):
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    new_index = [0] * (len(doc.text) + 1)
    count = 0
    for i, kept in enumerate(keep):
        new_index[i] = count
        count += kept
    new_index[len(doc.text)] = count
    text = "".join(c for c, kept in zip(doc.text, keep, strict=True) if kept)
    offsets = tuple(o for o, kept in zip(doc.offsets, keep, strict=True) if kept)
    furniture = tuple((new_index[a], new_index[b], k) for a, b, k in doc.furniture)
    return Document(text, offsets, doc.original_length, furniture)


def prepare(raw: str, ascii_quotes: bool = True) -> Document:
    """Plain text from plain text or simple HTML, keeping offsets into ``raw``.

    ``ascii_quotes=False`` keeps typographic quotes as written (for showing the text: the
    rules read them as ASCII, see :func:`plain_quotes`, which gives the default from it;
    either way the offsets agree).
    """
    doc = _unglued(_unwrapped(_numerals_as_digits(_without_readings(_prepare(raw)))))
    return plain_quotes(doc) if ascii_quotes else doc


# Typographic quotes and apostrophes of English copy ("the province’s exports", “Belt and
# Road”) as their ASCII forms, one character for one (offsets kept), so that the rules for
# English text, which test for ASCII, read such copy as English too. A text with Chinese
# characters keeps its quotes (共建“一带一路”国家 is a name as written).
_QUOTE_PAIRS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'))
_HAS_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def plain_quotes(doc: Document) -> Document:
    """``doc`` with the quotes of :data:`_QUOTE_PAIRS` in ASCII, when it has no Chinese text."""
    text = doc.text
    if text.isascii() or _HAS_CJK.search(text) is not None:
        return doc
    # (four replaces, each one C scan, in place of a table lookup per character; the
    # same text: what they write is ASCII, which none of them replaces)
    for typographic, plain in _QUOTE_PAIRS:
        text = text.replace(typographic, plain)
    return Document(text, doc.offsets, doc.original_length, doc.furniture)


# Figures written wholly in Chinese numerals, as older wire copy writes them: a year
# ("二00六年", "二〇〇六年", "一九九八年"), a percentage ("百分之二十三点八") and an amount
# with 万 or a decimal before its scale word ("一万七千六百零六点九亿美元"). They are
# rewritten in digits ("2006年", "23.8%", "17606.9亿美元") so that the one figure reader
# reads them; plain amounts such as 三百亿元 are read where they stand (numbers.py).
_ZH_INT = "[零一二两三四五六七八九十百千万]"
_NUMERALS = re.compile(
    r"(?P<year>(?<![\d零一二两三四五六七八九十百千万〇○])"
    r"(?:一九|二[〇○零0])[〇○零0一二三四五六七八九]{2}(?=年))"
    rf"|百分之(?P<percent>{_ZH_INT}{{1,8}}(?:点[零一二三四五六七八九]{{1,4}})?)"
    # Taiwan's press writes every figure in numerals: an amount digit by digit with 〇 and a
    # full-width point ("出口六四〇．五亿美元", "出超一三七九亿美元"; two digits at least, or
    # a decimal), a percentage with 十 / 百 ("年增五十六％", "年增三十四．一％")
    r"|(?<![零〇○一二两三四五六七八九十百千万．])(?P<positional>[〇○零一二三四五六七八九]{2,5}"
    r"(?:[．.][〇○零一二三四五六七八九]{1,3})?|[一二三四五六七八九][．.][〇○零一二三四五六七八九]{1,3})"
    r"(?=(?:万亿|亿|万)[美港澳]?元|[％%])"
    r"|(?<![零〇○一二两三四五六七八九十百千万．])(?P<unit_percent>"
    r"[一二三四五六七八九十百]{1,5}(?:[．.][〇○零一二三四五六七八九]{1,3})?)(?=[％%])"
    rf"|(?<![\d零一二两三四五六七八九十百千万])(?P<amount>{_ZH_INT}{{1,12}}"
    r"(?:点[零一二三四五六七八九]{1,4})?)(?=多?(?:万亿|亿|万)[美港澳]?元)"
)
# Two numerals with no 〇 and no point: Chinese writes a rough range so ("五六亿美元", five or
# six hundred million; "七八亿元"), not Taiwan's positional figure, which has a 〇, a point
# or three numerals at least ("六七八亿美元", "三〇五．二亿美元").
_ROUGH_PAIR = re.compile(r"[一二三四五六七八九]{2}")
_YEAR_DIGITS = str.maketrans("〇○零0一二三四五六七八九", "0000123456789")
_POSITIONAL = str.maketrans("〇○零一二三四五六七八九．", "000123456789.")


def _dot(tenths: str) -> str:
    """A numeral's decimals as digits after a point ("一" ".1"), or nothing."""
    return "." + tenths.translate(_POSITIONAL) if tenths else ""


def _numerals_as_digits(doc: Document) -> Document:
    """``doc`` with the Chinese-numeral figures of :data:`_NUMERALS` in digits (offsets kept).

    Each digit stands at the offset of a character of the numeral it replaces.
    """
    from tradestat.extraction.numbers import ZH_THRESHOLD_WORDS, chinese_decimal

    text = doc.text
    if text.isascii():
        return doc
    places: list[tuple[int, int, str]] = []
    for m in quick_finditer(_NUMERALS, text):
        if m.group("year"):
            places.append((m.start(), m.end(), m.group("year").translate(_YEAR_DIGITS)))
            continue
        if m.group("positional"):  # (a digit for each numeral: "六四〇．五" 640.5)
            if _ROUGH_PAIR.fullmatch(m.group("positional")):
                continue  # "五六亿美元", "七八亿元": five or six, a rough range (no figure)
            places.append((m.start(), m.end(), m.group("positional").translate(_POSITIONAL)))
            continue
        if m.group("unit_percent"):
            whole, _, tenths = m.group("unit_percent").replace(".", "．").partition("．")
            value = chinese_decimal(whole)
            if value is not None:
                places.append((m.start(), m.end(), value + _dot(tenths)))
            continue
        numeral = m.group("percent") or m.group("amount")
        if m.group("amount") and "万" not in numeral and "点" not in numeral:
            continue  # read as it stands (numbers._ZH_MONEY)
        if numeral == "万" and not text.endswith(ZH_THRESHOLD_WORDS, 0, m.start()):
            continue  # "迈进万亿美元时代": a milestone, unless passed ("突破万亿美元")
        value = chinese_decimal(numeral)
        if value is None:
            continue
        places.append((m.start(), m.end(), value + "%" if m.group("percent") else value))
    if not places:
        return doc
    pieces: list[str] = []
    offsets: list[int] = []
    new_index = list(range(len(text) + 1))
    last, shift = 0, 0
    for start, end, digits in places:
        pieces += (text[last:start], digits)
        offsets += doc.offsets[last:start]
        offsets += (doc.offsets[min(start + i, end - 1)] for i in range(len(digits)))
        for i in range(last, start):
            new_index[i] = i + shift
        for i in range(start, end):
            new_index[i] = start + shift + min(i - start, len(digits) - 1)
        shift += len(digits) - (end - start)
        last = end
    pieces.append(text[last:])
    offsets += doc.offsets[last:]
    for i in range(last, len(text) + 1):
        new_index[i] = i + shift
    furniture = tuple((new_index[a], new_index[b], k) for a, b, k in doc.furniture)
    return Document("".join(pieces), tuple(offsets), doc.original_length, furniture)


# A line break inside a sentence, as in hard-wrapped wire copy ("China's foreign trade
# probably\nreached 2.55 trillion"): the next line opens in lowercase. In a text with a few
# of them (hard-wrapped), also a line ending in a word or comma that goes on with a figure
# ("external trade was\n2.38 trillion", "since October\n2001").
# (each pattern starts with the newline, which the engine looks for quickly; the end of the
# line before is checked on the few matches)
_SOFT_BREAK = re.compile(r"\n(?=[ \t]*[a-z])")
_WRAPPED_BREAK = re.compile(r"\n(?=[ \t]*[0-9$])")
_WRAPPED_LEAST = 2
# ... and, in such a text, a line ending in a word that never ends a sentence or a headline
# before a capital ("second largest trading partner and\nJapan", "remains\nChina's fourth")
_NAME_BREAK = re.compile(r"\n(?=[ \t]*[A-Z])")
# (not a preposition of time, "in\nNovember": a wrapped lead's month read with its
# sentence would become the period the article carries, which such leads do not mean)
_NEVER_LAST = re.compile(
    r"\b(?:and|or|but|the|a|an|of|to|from|with|than|between|as|its|their"
    r"|is|are|was|were|remains|remained|said|that|which|while|including|like|in|for|during)[ \t]*$"
)


def _line_end(text: str, at: int) -> str:
    """The last character before the line break at ``at`` other than a space or tab."""
    before = text[max(0, at - 40) : at].rstrip(" \t")
    return before[-1:] or "\n"


# A Chinese line cut between a verb that wants its figure and the figure ("同比增长\n28.3%",
# "分别增长\n30.5%、25.3%"): a page's stray break inside the sentence.
_ZH_WANTS_FIGURE = ("增长", "下降", "增加", "减少", "达到", "为", "达", "、", "，")


def _unwrapped(doc: Document) -> Document:
    """``doc`` with the line breaks inside sentences made spaces (one for one: offsets hold)."""
    text = doc.text
    breaks = [
        m.start() for m in _SOFT_BREAK.finditer(text) if not _line_end(text, m.start()).isspace()
    ]
    if "\n" in text and not text.isascii():
        breaks.extend(
            m.start()
            for m in _WRAPPED_BREAK.finditer(text)
            if text[max(0, m.start() - 4) : m.start()].rstrip(" \t").endswith(_ZH_WANTS_FIGURE)
        )
    if not breaks:
        return doc
    if len(breaks) >= _WRAPPED_LEAST:
        breaks.extend(
            m.start()
            for m in _WRAPPED_BREAK.finditer(text)
            if _line_end(text, m.start()) in "abcdefghijklmnopqrstuvwxyz,"
        )
        breaks.extend(
            m.start()
            for m in _NAME_BREAK.finditer(text)
            if _NEVER_LAST.search(text, max(0, m.start() - 12), m.start())
        )
    chars = list(doc.text)
    for i in breaks:
        chars[i] = " "
    return attrs.evolve(doc, text="".join(chars))


# The small form variants of Chinese punctuation (U+FE50..U+FE57), which some Hong Kong and
# Taiwan pages and converters write: "连续12个月保持两位数增长﹔以公路运输…" (﹔ is a
# semicolon, a clause's end). Read as the usual marks, one character for one.
_SMALL_FORMS = str.maketrans("﹐﹑﹒﹔﹕﹖﹗", "，、．；：？！")
_SMALL_FORM = re.compile("[﹐﹑﹒﹔﹕﹖﹗]")


# A middle dot between digits as a decimal point, as some Chinese headlines write it: "21·3%".
_DOT_DECIMAL = re.compile(r"(?<=\d)·(?=\d)")


def _prepare(raw: str) -> Document:
    # (lookalike letters, small forms, traditional characters and the middle dot are all
    # outside ASCII: an ASCII text, told in constant time, is not scanned for them)
    if not raw.isascii():
        if _FOLDED.search(raw) is not None:
            raw = raw.translate(LOOKALIKES)
        if _SMALL_FORM.search(raw) is not None:
            raw = raw.translate(_SMALL_FORMS)
        raw = simplified(raw)
        if "·" in raw:
            raw = _DOT_DECIMAL.sub(".", raw)  # "同比增长21·3%": a decimal point (one for one)
    if not _looks_like_html(raw):
        return Document(raw, _identity(len(raw)), len(raw))
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    skipping: str | None = None
    furniture: list[tuple[int, int, str]] = []
    open_furniture: tuple[str, str, int] | None = None  # element name, kind, text start
    depth = 0
    for start, end, closing, name, tag in _tags(raw):
        if skipping is None:
            _append_text(raw, pos, start, chars, offsets)
        if skipping is not None:
            if closing and name == skipping:
                skipping = None
        elif name in _SKIP and not closing:
            skipping = name
        elif name in _BLOCK:
            chars.append("\n")
            offsets.append(start)
        else:
            chars.append(" ")
            offsets.append(start)
        if skipping is None and name and name not in _VOID and not tag.endswith("/>"):
            if open_furniture is None:
                kind = None if closing else _furniture_kind(name, tag)
                if kind is not None:
                    open_furniture, depth = (name, kind, len(chars)), 1
            elif name == open_furniture[0]:
                depth += -1 if closing else 1
                if depth == 0:
                    furniture.append((open_furniture[2], len(chars), open_furniture[1]))
                    open_furniture = None
        pos = end
    if skipping is None:
        _append_text(raw, pos, len(raw), chars, offsets)
    return Document("".join(chars), tuple(offsets), len(raw), tuple(furniture))


#: ``tuple(range(n))`` for the longest text so far, up to :data:`_IDENTITY_MOST`: a plain
#: text's offsets are sliced from it (copied pointers) instead of made int by int.
_IDENTITY: list[tuple[int, ...]] = [()]
_IDENTITY_MOST = 1 << 16


def _identity(n: int) -> tuple[int, ...]:
    """``tuple(range(n))``: the offsets of a text that is its own input."""
    if n > _IDENTITY_MOST:
        return tuple(range(n))
    kept = _IDENTITY[0]
    if len(kept) < n:
        kept = _IDENTITY[0] = tuple(range(min(max(n, 2 * len(kept)), _IDENTITY_MOST)))
    return kept[:n]


def _tags(raw: str) -> Iterator[tuple[int, int, bool, str, str]]:
    """Each tag or comment of ``raw``: start, end, closing?, element name, and its text.

    A comment (element name "") runs to the next "-->", or to the end when unclosed (as
    browsers read it), found by one forward search, so unclosed comments stay linear.
    """
    pos = 0
    while (m := _TAG.search(raw, pos)) is not None:
        if m.group(0) == "<!--":
            close = raw.find("-->", m.end())
            end = len(raw) if close < 0 else close + 3
            yield m.start(), end, False, "", raw[m.start() : end]
        else:
            end = m.end()
            yield m.start(), end, m.group(1) == "/", m.group(2).lower(), m.group(0)
        pos = end


def _furniture_kind(name: str, tag: str) -> str | None:
    """The zone kind of an element that is page furniture, else None."""
    if name in _FURNITURE_TAGS:
        return _FURNITURE_TAGS[name]
    attribute = _ATTRIBUTE.search(tag)
    if attribute is None:
        return None
    found = _FURNITURE_CLASS.search(attribute.group(1))
    return found.lastgroup if found is not None else None


def _append_text(raw: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    pos = start
    for m in _ENTITY.finditer(raw, start, end):
        chars.extend(raw[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        decoded = html.unescape(m.group(0))
        chars.extend(decoded)
        offsets.extend([m.start()] * len(decoded))
        pos = m.end()
    chars.extend(raw[pos:end])
    offsets.extend(range(pos, end))


@attrs.frozen
class Sentence:
    """A sentence: its text and where it starts in the document text."""

    text: str
    start: int


# A sentence ends at . ! ? (followed by space and a capital, quote or digit), at 。！？；;
# and at line breaks. Abbreviations such as "U.S." and "Nov." do not end one. Text copied
# from web pages often loses the space after a full stop ("up 0.7 percent.The city ..."):
# a stop between a lower-case letter (or a figure's end) and a capitalised word ends a
# sentence too ("U.S.", "3.5" and "e.g.The" do not: upper case, digits, abbreviations).
_ABBREVIATIONS = (
    "U.S",
    "U.K",
    "Nov",
    "Dec",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Mr",
    "Ms",
    "Dr",
    "No",
    "St",
    "Co",
    "Ltd",
    "Inc",
    "approx",
    "e.g",
    "i.e",
    "vs",
)
# The ending character first, its condition after it (looking back at it): every match then
# starts with one of a few characters, which the regex engine finds without trying the
# alternatives at every character. The same matches as "[。！？；;]|[.!?](?=\s+[...])|
# (?<=[a-z%)])\.(?=[A-Z][a-z])|\n\s*\n|\n"; and an ASCII full stop in Chinese text
# ("占全国进出口总值的27.9%.其中出口下降10%").
_END = re.compile(
    # (not a semicolon before the value of what the part before counted: "汽车出口95.4万辆，
    # 增长30.8%；价值961.4亿元，增长34.5%" goes on about the cars exported)
    r"[。！？；;.!?\n](?:(?<=[。！？])|(?<=[；;])(?!\s*(?:价值|货值|金额)(?:为|达)?\s*\d)"
    r"|(?<=[.!?])(?=\s+[\"'“A-Z0-9(\u4e00-\u9fff])"
    r"|(?<=[a-z%)]\.)(?=[A-Z][a-z])|(?<=[%)）\u4e00-\u9fff]\.)(?=[\u4e00-\u9fff])"
    r"|(?<=\n)\s*\n|(?<=\n))"
)


#: Longer runs without a sentence end are cut (at a comma or space), which keeps the work
#: per sentence bounded and the whole extraction linear in the length of the text.
MAX_SENTENCE = 2000


def sentences(text: str) -> Iterator[Sentence]:
    """Split text into sentences (linear time)."""
    start = 0
    for m in _END.finditer(text):
        at, end = m.span()
        if m.group(0) == "." and text[max(start, at - 6) : at].endswith(_ABBREVIATIONS):
            continue
        if end - start <= MAX_SENTENCE:  # (what _bounded does with a short piece)
            piece = text[start:end]
            if piece.strip():
                yield Sentence(piece, start)
        else:
            yield from _bounded(text, start, end)
        start = end
    yield from _bounded(text, start, len(text))


def _bounded(text: str, start: int, end: int) -> Iterator[Sentence]:
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(",", start, limit), text.rfind(" ", start, limit))
        cut = cut + 1 if cut > start else limit
        if text[start:cut].strip():
            yield Sentence(text[start:cut], start)
        start = cut
    if text[start:end].strip():
        yield Sentence(text[start:end], start)


_CLAUSE = re.compile(
    r",\s+while\s|,\s+whereas\s|,|，|:|：|\(|\)|（|）"
    # a space between Chinese words parts two clauses, as headlines and datelines write it
    # ("深圳上半年进出口1.34万亿元 二季度反弹势头明显")
    r"|(?<=[\u4e00-\u9fff%])[ \u3000]+(?=[\u4e00-\u9fff])"
)


def clause_bounds(text: str) -> list[tuple[int, int]]:
    """Clause boundaries within a sentence: commas, brackets, "while"."""
    bounds = []
    start = 0
    for m in _CLAUSE.finditer(text):
        # keep thousands separators ("1,234") inside numbers
        if (
            m.group(0) == ","
            and 0 < m.start() < len(text) - 1
            and text[m.start() - 1].isdigit()
            and text[m.start() + 1].isdigit()
        ):
            continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


# --- faster whole-sentence search --------------------------------------------------------
# A pattern with no literal prefix is tried by the regex engine at every place of the text;
# one whose matches all start with a character of a small set can instead be found at the
# places holding such a character only: ``[set](?<=(?=pattern)[set])`` matches that
# character where the pattern matches (the lookahead inside the one-character lookbehind
# runs the pattern from there, seeing the whole text), and the engine jumps from one such
# character to the next (a case-sensitive set is what it scans for).
_CASE_FOLDS = {"i": "\u0131\u0130", "s": "\u017f", "k": "\u212a"}  # re.I's other ASCII matches
_MAX_FIRST = 100  # more first characters than this: no faster than trying every place
_CATEGORIES = {"CATEGORY_DIGIT": "\\d", "CATEGORY_SPACE": "\\s"}  # first characters as classes
# What must come before a first character, the least its paths through the pattern ask:
# nothing; no word character (a ``\b`` before a word character); nothing at all (``^``,
# ``\A``: the start of the text). Tested before the pattern runs, they spare it most of
# the places holding a common letter ("t" inside a word for ``\btrade``).
_FREE, _WORD_START, _TEXT_START = 0, 1, 2
_STARTS = {"AT_BOUNDARY": _WORD_START, "AT_BEGINNING": _TEXT_START}
_STARTS["AT_BEGINNING_STRING"] = _TEXT_START
First = dict[str, int]  # first character (or class) -> what must come before it
# (a pattern shorter than this is tried about as fast as the test for a word's start)
_LONG = 250


def _add(first: First, chars: Any, start: int) -> None:
    """Add ``chars`` (single characters or classes) to ``first``, each with ``start``."""
    for char in chars:
        first[char] = min(first.get(char, start), start)


def _merge(first: First, more: First) -> None:
    """Add the characters of ``more`` to ``first``: the less a path asks, the less is asked."""
    for char, start in more.items():
        first[char] = min(first.get(char, start), start)


def _first(items: Any, ignorecase: bool, start: int = _FREE) -> tuple[First | None, bool]:
    """The characters a match of parsed ``items`` can start with, and whether it can be empty.

    Each character maps to what must come before it (``start``: what the items before
    these asked for). None when the characters cannot be listed (any character, a
    range ...).
    """
    first: First = {}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            char = chr(av)
            if ignorecase and char.lower() != char.upper():
                if not char.isascii():
                    return None, False
                _add(first, char.lower() + char.upper() + _CASE_FOLDS.get(char.lower(), ""), start)
            else:
                _add(first, char, start)
            return first, False
        if name == "IN":
            for o, a in av:
                if str(o) == "CATEGORY" and str(a) in _CATEGORIES:
                    _add(first, (_CATEGORIES[str(a)],), start)
                elif str(o) == "RANGE" and (not ignorecase or a[1] < 0x41 or 0x7A < a[0] < 0x80):
                    _add(first, map(chr, range(a[0], a[1] + 1)), start)  # (no letters in it)
                elif str(o) == "RANGE" and ignorecase and a[1] < 0x80:
                    for c in range(a[0], a[1] + 1):
                        part, _ = _first([(_parser.LITERAL, c)], ignorecase, start)
                        assert part is not None
                        _merge(first, part)
                elif str(o) == "LITERAL":
                    part, _ = _first([(o, a)], ignorecase, start)
                    if part is None:
                        return None, False
                    _merge(first, part)
                else:
                    return None, False
            return first, False
        if name == "AT":
            start = max(start, _STARTS.get(str(av), _FREE))
            continue  # zero width: the match starts with what follows
        if name in ("ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN":
            _, add, remove, sub = av
            if (add | remove) & ~re.I:
                return None, False
            found, empty = _first(
                sub, (ignorecase or bool(add & re.I)) and not remove & re.I, start
            )
        elif name == "BRANCH":
            found, empty = {}, False
            for branch in av[1]:
                part, may_be_empty = _first(branch, ignorecase, start)
                if part is None:
                    return None, False
                _merge(found, part)
                empty = empty or may_be_empty
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = av
            found, empty = _first(sub, ignorecase, start)
            empty = empty or low == 0
        else:
            return None, False
        if found is None:
            return None, False
        _merge(first, found)
        if not empty:
            return first, False
    return first, True


#: A second character that cannot be listed (the pattern may end, or anything may follow).
_ANY = ""
_MAX_SECOND = 40  # more second characters than this: not worth the test
# (items, index of the next item, ignorecase) of each pattern entered, the innermost last
_Frames = tuple[tuple[Any, int, bool], ...]


def _seconds(parsed: Any, ignorecase: bool) -> dict[str, set[str]] | None:
    r"""For each first character of a match, the characters the match can go on with.

    :data:`_ANY` in a set: any character, or none (the pattern may end there). Zero-width
    items (``\b``, look-arounds) are passed over, so the sets are never too small: each
    is a test every match passes. None when the first characters cannot be listed.
    """
    found: dict[str, set[str]] = {}
    if not _walk(((parsed, 0, ignorecase),), (), found):
        return None
    return found


def _walk(frames: _Frames, first: tuple[str, ...], found: dict[str, set[str]]) -> bool:
    """Add the second characters of the paths from ``frames`` to ``found``.

    ``first``: the characters one of which was read so far (none: the path starts here).
    False when a path's first character cannot be listed.
    """
    while frames:
        items, i, ignorecase = frames[-1]
        if i == len(items):
            frames = frames[:-1]
            continue
        rest = (*frames[:-1], (items, i + 1, ignorecase))
        op, av = items[i]
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            frames = rest  # zero width: passed over (the sets only grow)
            continue
        if name in ("LITERAL", "IN"):
            chars, _ = _first([(op, av)], ignorecase)
            if chars is None:
                break
            if first:
                for char in first:
                    found[char].update(chars)
                return True
            for char in chars:
                found.setdefault(char, set())
            return _walk(rest, tuple(chars), found)
        if name == "SUBPATTERN":
            _, add, remove, sub = av
            if (add | remove) & ~re.I:
                break
            inner = (ignorecase or bool(add & re.I)) and not remove & re.I
            frames = (*rest, (sub, 0, inner))
            continue
        if name == "BRANCH":
            return all(_walk((*rest, (b, 0, ignorecase)), first, found) for b in av[1])
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and not first:
            # (once into the repeat, what follows it is not followed: any second character)
            if not _walk(((av[2], 0, ignorecase),), (), found):
                return False
            if av[0] == 0:
                frames = rest
                continue
            return True
        break
    # the end of the pattern, or an item not followed: any second character
    if not first:
        return False
    for char in first:
        found[char].add(_ANY)
    return True


def _second_test(first: Any, seconds_of: dict[str, set[str]]) -> str:
    """A zero-width test after a character of ``first``: the next can go on a match.

    One class for all first characters (a test per first character costs more than it
    saves); "" when it would rule nothing out.
    """
    seconds: set[str] = set()
    for char in first:
        more = seconds_of.get(char, {_ANY})
        if _ANY in more:
            return ""
        seconds |= more
    if len(seconds) > _MAX_SECOND:
        return ""
    return f"(?=(?-i:[{_chars(seconds)}]))"


def _native_prefix(parsed: Any, flags: int) -> bool:
    """Whether the regex engine finds where a match can start by itself.

    (A literal prefix, or a set of first characters it scans for: :func:`quick` would
    only add work.)
    """
    literal = getattr(_compiler, "_get_literal_prefix", None)
    charset = getattr(_compiler, "_get_charset_prefix", None)
    if literal is None or charset is None:
        return False
    return bool(literal(parsed, flags)[0]) or bool(charset(parsed, flags))


#: id of a pattern -> its quick form: a pattern's own hash reads its whole compiled code,
#: too slow for a lookup per sentence. The pattern is kept in :data:`_KEPT` while its
#: entry is here, so no other object can have its id.
_QUICK: dict[int, re.Pattern[str]] = {}
_KEPT: list[re.Pattern[str]] = []


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that matches one character where ``pattern`` matches, found faster.

    Use it for ``quick(p).search(text, pos) is not None`` ("does ``p`` occur in the text
    from ``pos``?") and ``.start()`` (where the first match starts); ``pattern`` itself when
    its first characters cannot be listed (or are too many to save anything).
    """
    fast = _QUICK.get(id(pattern))
    if fast is not None:
        return fast
    fast = _quick(pattern)
    if len(_QUICK) > 4096:
        _QUICK.clear()
        _KEPT.clear()
    _KEPT.append(pattern)
    _QUICK[id(pattern)] = fast
    return fast


def _quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if _native_prefix(parsed, pattern.flags):
        return pattern  # the engine already jumps to the places a match can start
    first, empty = _first(parsed, bool(pattern.flags & re.I))
    if first is None or empty or not first or len(first) > _MAX_FIRST:
        return pattern
    if pattern.flags & re.M:
        first = dict.fromkeys(first, _FREE)  # (``^`` starts every line)
    for char, start in first.items():
        if start == _WORD_START and not _is_word(char, pattern.flags & re.A):
            first[char] = _FREE  # (a \b before a space or a stop is a word's end)
    one = f"(?-i:[{_chars(first)}])"
    found = f"(?<=(?=(?:{pattern.pattern})){one})"
    # (and the character after it one a match can go on with: "the" is no "trade")
    seconds = _seconds(parsed, bool(pattern.flags & re.I))
    if seconds is not None:
        one += _second_test(first, seconds)
    at_start = [c for c, needs in first.items() if needs == _TEXT_START]
    bound = [c for c, needs in first.items() if needs == _WORD_START]
    if not at_start and (not bound or len(pattern.pattern) < _LONG):
        return re.compile(one + found, pattern.flags)
    # what must come before the character, tested before the pattern runs (each a single
    # look behind: a branch of them costs more than it saves)
    if at_start:
        one += rf"(?<![\s\S](?-i:[{_chars(at_start)}]))"
    if bound and len(pattern.pattern) >= _LONG:
        one += rf"(?<!\w(?-i:[{_chars(bound)}]))"
    return re.compile(one + found, pattern.flags)


def _chars(first: Any) -> str:
    """The characters (or classes) ``first`` lists, for a character set."""
    return "".join(c if c in _CATEGORIES.values() else re.escape(c) for c in sorted(first))


def _is_word(char: str, ascii_only: int) -> bool:
    """Whether ``char`` (or every character of a class) is a word character."""
    if ascii_only and not char.isascii():
        return False
    return char == "\\d" or (len(char) == 1 and (char.isalnum() or char == "_"))


def quick_finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, pos, endpos)`` gives, found by :func:`quick`.

    (:func:`quick` falls back to the pattern itself for one that can match the empty
    string, so every match here ends after it starts and the next is searched from there.)
    """
    fast = _QUICK.get(id(pattern)) or quick(pattern)
    end = len(text) if endpos is None else endpos
    if fast is pattern:
        yield from pattern.finditer(text, pos, end)
        return
    while (at := fast.search(text, pos, end)) is not None:
        m = pattern.match(text, at.start(), end)
        assert m is not None  # (the lookahead in ``fast`` matched there)
        yield m
        pos = m.end()


# Spaces lost where a scraped page broke its lines ("imports of15.62 billionyuan", "total
# imports andexports"): between a short word and a figure, a scale word and a currency, and
# around flow words glued to "and" / "growth", and after a full stop glued to the next
# sentence ("in the first half of 2023.China's exports"; not "U.S.A", "St.Petersburg").
# Only these places: a space is put back.
_GLUED = re.compile(
    r"\b(?:of|for|to|at|by|from|and|with|was|were|reached|hit|totaled|totalled)(?=\d)"
    r"|(?<=[a-z\d][a-z\d])\.(?=[A-Z][a-z])"
    r"|illion(?=yuan\b|dollars\b|US)"
    # "13.14 trillion yuanin the first half" (a unit glued to the word after it)
    r"|\b(?:yuan|dollars)(?=(?:in|for|and|to|from|with|during|or)\b)"
    r"|\band(?=(?:ex|im)ports?\b)|\b(?:ex|im)ports?(?=and\b|growth\b)"
)


def _unglued(doc: Document) -> Document:
    """``doc`` with a space put back at each place of :data:`_GLUED` (offsets kept)."""
    # (found by their first characters: the pattern has no prefix the engine jumps to)
    places = [m.end() for m in quick_finditer(_GLUED, doc.text)]
    if not places:
        return doc
    text, offsets = doc.text, doc.offsets
    pieces: list[str] = []
    new_offsets: list[int] = []
    last = 0
    for at in places:  # (the space stands where the character after it was)
        pieces += (text[last:at], " ")
        new_offsets += offsets[last:at]
        new_offsets.append(offsets[at] if at < len(offsets) else doc.original_length)
        last = at
    pieces.append(text[last:])
    new_offsets += offsets[last:]
    furniture = tuple(
        (a + bisect.bisect_right(places, a), b + bisect.bisect_right(places, b), k)
        for a, b, k in doc.furniture
    )
    return Document("".join(pieces), tuple(new_offsets), doc.original_length, furniture)
