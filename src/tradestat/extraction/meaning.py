"""The meaning of a figure: its flow, its sign and comparison, and the segment it is about.

Flow words ("imports and exports", 进出口, "surplus") and the growth words around a
percentage give its flow, sign and comparison (year on year or month on month).

Segments that are not in the word table: the noun phrase a flow word attaches to.

English news names products freely ("solar panel exports", "exports of steel, textiles and
furniture", "the top products are A, B and C, whose exports ..."), so an English segment
is read as written, in lower case, with the head noun in the plural. Chinese product words
need a translation: a word in :data:`lexicon.SEGMENTS` is translated, and an unknown word
in front of a flow word makes its figures skipped instead of guessed.

All scans here are single passes over one sentence with bounded look-behind.
"""

from __future__ import annotations

import re

import attrs

from tradestat.extraction import cues, lexicon
from tradestat.extraction.gazetteer import Match
from tradestat.extraction.text import quick, quick_finditer
from tradestat.periods import MONTH_PATTERN, Period

__all__ = [
    "SegmentList",
    "flow_cues",
    "growth_sign",
    "month_on_month",
    "each_part",
    "each_month",
    "listed_segments",
    "segment_before_flow",
    "unknown_chinese_product",
    "unknown_chinese_product_after",
    "modified_chinese_segments",
    "named_zones",
    "plural",
    "products_after_amounts",
    "top_item_segment",
]


# --- flow words -----------------------------------------------------------------------------
_FLOW_WORDS = re.compile(
    # "total exchanges between the two countries", "trade exchanges": all trade (translated
    # copy)
    r"\b(?:(?:total|trade|commercial)\s+exchanges\b"
    # "the balance of trade", "a favourable balance", "the trade balance": one balance cue
    r"|(?:(?:un)?favou?rable|adverse|positive|negative)\s+balance(?:\s+of\s+trade)?"
    r"|balance\s+of\s+trade|trade\s+balance"
    # "a $9 billion goods trade surplus": the balance, not all trade (one cue)
    r"|trade\s+surplus(?:es)?|trade\s+deficits?"
    # ("exportation", "importation": translated copy)
    r"|import(?:s|ed|ing|ations?)?|export(?:s|ed|ing|ations?)?|trade|turnover|surplus|deficit"
    # (plural: "booked trade surpluses with several countries, including $1.08 billion with
    # the US")
    r"|surpluses|deficits"
    # "shipments to the US" are exports; "inbound shipments" imports
    r"|(?:outbound|overseas)\s+shipments|inbound\s+shipments|shipments\s+(?:abroad|overseas)"
    # "shipments of goods to China", "supplies from Russia delivered to China" (goods sent
    # from one economy to another: exports, of whoever sends them)
    r"|shipments(?=\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?to\b)"
    r"|(?:supplies|deliveries)(?=\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:to|from)\s+(?:the\s+)?[A-Z])"
    # "China bought products worth $4 billion from Russia" (imports), "sold goods worth"
    r"|(?:bought|purchased|sold)(?=\s+(?:[\w-]+\s+){0,3}?(?:worth|valued)\b))\b"
    # "sold more than 1.12 trillion yuan worth of products abroad", "while purchasing
    # commodities valued at 2.7 trillion", "buying goods worth"
    r"|\b(?:buying|purchasing|selling|bought|purchased|sold"
    # "China sent $102bn worth of products to the continent", "shipped goods worth";
    # "China delivered goods worth $9 billion to Russia", "supplied goods worth"
    r"|sent|shipped|delivered|supplied)"
    # (not money given: "has sent aid worth $2 billion to the continent")
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:aid|assistance|donations?|remittances|relief|loans?|grants?"
    r"|funds|money|investment)\b)"
    r"(?=\s+(?:[\w.$,-]+\s+){0,6}?(?:worth|valued)\b"
    # "purchasing $8.7 billion of goods", "selling $3 billion in products": the amount
    # right after the verb, then what was bought
    r"|\s+(?:(?:about|nearly|almost|over|some|around)\s+)?(?:US)?\$\s?\d[\d.,]*\s*"
    r"(?:[a-z]+\s+)?(?:of|in)\s+(?:[\w-]+\s+)?(?:goods|products|merchandise|commodities)\b)"
    r"|进出口|外贸|贸易总额|贸易额|贸易总值|逆差|顺差|出口(?!加工区)|进口"
    r"|海外畅销|畅销海外|销往海外"  # (selling abroad: exports)
    # re-exports, as Singapore's and Hong Kong's copy writes them: "非石油转口贸易下降7.2%"
    # (goods shipped on abroad: exports; 转口贸易额 too, not a total)
    r"|转口(?:贸易(?:总?额|总值)?)?"
    # Taiwan's words for the balance: 出超 (a surplus), 入超 (a deficit); and the balance as
    # Hong Kong, Taiwan and Malaysian copy names it: 贸易盈余 / 贸易盈馀 (a surplus), 贸易赤字
    # (a deficit) (only with 贸易: 盈余 alone is also a firm's or a budget's)
    r"|出超|入超|贸易盈[余馀]|贸易赤字"
    # (shipped to a market, as Hong Kong copy writes exports: "输往美国的跌幅收窄至11%")
    r"|输往"
    # (imports as Malaysian and Singapore copy writes them: "来自中国的入口按年增长17.8%")
    rf"|{cues.ZH_IMPORTS_WORD}"
    # (the trade of a pair, with no 额 after it: "马中双边贸易按年上扬24.1%至…", "两国贸易增长
    # 12%"; not a partner or a deal: 双边贸易伙伴, 双边贸易协定; nor the whole a share is
    # of: 在双边贸易中占比, 占双边贸易的比重)
    r"|(?<![占在于])(?:双边|两国|双方)贸易(?![额总伙协规关合往中的])",
    re.I,
)
# "imports and exports", "import & export", "exports to and imports from": one total cue
_BOTH_WAYS = re.compile(
    # (also hyphenated: "export-import value", "import/export volume")
    r"(?:\s*(?:(?:from|to)\s+)?(?:\w+\s+){0,3}?(?:and\s+|&\s*)|\s*[-/–]\s*)(import|export)",
    re.I,
)
# "export trade reached 21.5 billion", "import trade": the flow, and "trade" is no cue of its own
_FLOW_TRADE = re.compile(r"\s+trade\b", re.I)
# ... and in Chinese: 出口贸易总值 / 进口贸易总额 / 出口贸易额 are the flow's (longest first)
_ZH_FLOW_TRADE = ("贸易总值", "贸易总额", "贸易额")
_FLOW_OF_WORD = {
    "trade": "total",
    "balance of trade": "balance",
    "trade balance": "balance",
    "favorable balance": "balance",
    "favourable balance": "balance",
    "positive balance": "balance",
    "unfavorable balance": "deficit",
    "unfavourable balance": "deficit",
    "adverse balance": "deficit",
    "negative balance": "deficit",
    "turnover": "total",
    "total exchanges": "total",
    "trade exchanges": "total",
    "commercial exchanges": "total",
    "shipments": "exports",
    "outbound shipments": "exports",
    "overseas shipments": "exports",
    "shipments abroad": "exports",
    "shipments overseas": "exports",
    "inbound shipments": "imports",
    "supplies": "exports",
    "deliveries": "exports",
    "bought": "imports",
    "purchased": "imports",
    "sold": "exports",
    "buying": "imports",
    "purchasing": "imports",
    "selling": "exports",
    "sent": "exports",
    "shipped": "exports",
    "delivered": "exports",
    "supplied": "exports",
    "surplus": "balance",
    "deficit": "deficit",
    "surpluses": "balance",
    "deficits": "deficit",
    "trade surplus": "balance",
    "trade surpluses": "balance",
    "trade deficit": "deficit",
    "trade deficits": "deficit",
    "进出口": "total",
    "外贸": "total",
    "贸易总额": "total",
    "贸易额": "total",
    "贸易总值": "total",
    "逆差": "deficit",
    "顺差": "balance",
    "出口": "exports",
    "进口": "imports",
    "入口": "imports",
    **dict.fromkeys(("双边贸易", "两国贸易", "双方贸易"), "total"),
    "海外畅销": "exports",
    "畅销海外": "exports",
    "销往海外": "exports",
    "输往": "exports",
    "出超": "balance",
    "入超": "deficit",
    "贸易盈余": "balance",
    "贸易盈馀": "balance",
    "贸易赤字": "deficit",
    **dict.fromkeys(("转口", "转口贸易", "转口贸易额", "转口贸易总额", "转口贸易总值"), "exports"),
}


# After a capitalised flow word, the name of a trade fair it is part of: "China International
# Import Expo", "China Import and Export Fair" (the Canton Fair).
_TRADE_EVENT_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+(?:Import|Export))?\s+(?:Expo|Fair|Commodities\s+Fair)\b"
)


def flow_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, flow) for each flow word; "imports and exports" is one total cue."""
    found: list[tuple[int, int, str]] = []
    skip_until = -1
    for m in quick_finditer(_FLOW_WORDS, text):
        if m.start() < skip_until:
            continue
        word = m.group(0).lower()
        if word.startswith(("import", "export")) and m.group(0)[0].isupper():
            event = _TRADE_EVENT_AFTER.match(text, m.end())
            if event is not None:  # "China International Import Expo": a fair, no flow
                skip_until = event.end()
                continue
        if word.startswith(("import", "export")):
            both = _BOTH_WAYS.match(text, m.end())
            if both is not None and both.group(1).lower() != word[:6]:
                found.append((m.start(), both.end(), "total"))
                skip_until = both.end()
                continue
            flow = "imports" if word.startswith("import") else "exports"
            trade = _FLOW_TRADE.match(text, m.end())
            if trade is not None and word in ("import", "export"):
                found.append((m.start(), trade.end(), flow))
                skip_until = trade.end()
                continue
        elif word in ("出口", "进口") and text.startswith(_ZH_FLOW_TRADE, m.end()):
            # "出口贸易总值62.7亿美元", "进口贸易额": the flow's trade, not all trade
            tail = next(t for t in _ZH_FLOW_TRADE if text.startswith(t, m.end()))
            flow = "exports" if word == "出口" else "imports"
            found.append((m.start(), m.end() + len(tail), flow))
            skip_until = m.end() + len(tail)
            continue
        else:
            if text.startswith(("数据", "统计"), m.end()):
                continue  # "综合进口数据，对俄贸易…": the data of a flow, no flow of a figure
            word = " ".join(word.split())
            if word not in _FLOW_OF_WORD:  # "a favourable balance of trade"
                word = word.removesuffix(" of trade")
            flow = _FLOW_OF_WORD[word]
        found.append((m.start(), m.end(), flow))
    return found


# --- growth: sign and comparison -------------------------------------------------------------
# (a month named after "from that in" is checked to be the month before: see
# ``extractor``; any other is a base the schema has no measure for)
_MOM = re.compile(
    # (Taiwan's copy: 出口月增8% / 月减8%, month on month, as 年增 / 年减 is year on year)
    # (not a month's name written with a space: "继 10 月增长 9% 后")
    r"month[\s-](?:on|to|over)[\s-]month|环比|(?<![\d一二三四五六七八九十个份上本当每单同该次前底末初\s])月[增减]"
    # "较前月减少2.0%", "比上月增长5%", "与上个月相比下降3%": a change on the month before (not
    # "增速比上月提高2个百分点" / "比重比上月上升": a rate's or share's own change)
    r"|(?<!增速)(?<!增幅)(?<!降幅)(?<!比重)(?<!占比)(?<!速度)(?:较|比|与)(?:上个?月|前一?个?月)(?:份)?"
    r"(?:相比)?[，,]?(?:分别)?(?:增长|增加|减少|下降|上升|下滑|回落|上涨|下跌|增|减|降|升)"
    # "from / over / compared with the previous month", "than the month before", "gained 14.2%
    # over a month ago", "on a monthly basis", "sequentially", "with a monthly rise of 2.6%":
    # one comparison with the month before (not "the monthly growth stayed above 30%", a
    # statement about each month)
    r"|\b(?:from|over|than|on|against|with|compared\s+(?:to|with))\s+(?:in\s+)?(?:the\s+|a\s+)?"
    r"(?:previous|preceding|prior)\s+month"
    r"|\b(?:from|over|than|on|against|with)\s+(?:a|one|the)\s+month\s+(?:ago|earlier|before)"
    r"|\bon\s+(?:a\s+)?monthly\s+basis|\bsequential(?:ly)?\b"
    r"|\ba\s+monthly\s+(?:rise|increase|growth|gain|decline|drop|fall|decrease)\s+of\b"
    rf"|\bfrom\s+(?:that|the\s+(?:figure|level|value))\s+(?:in|of)\s+(?:{MONTH_PATTERN})"
    # "up 2.3% from 140.7 billion yuan in May" (not "in May 2023": a year-ago month)
    r"|\bfrom\s+(?:US\$|\$|RMB\s?)?\d[\d,.]*\s*(?:(?:billion|million|trillion|bn)\s*)?"
    rf"(?:(?:yuan|dollars|U\.?S\.?\s+dollars|euros?)\s+)?in\s+(?:{MONTH_PATTERN})\b"
    # (not "in June last year", "in June 2023", "in June a year earlier": a year-ago month)
    r"(?!\s*,?\s*\d|\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year|\s+a\s+year\s+(?:earlier|ago|before))"
    # "up 19.9 percent from August" (not "from January to May", "from May 2023")
    rf"|\bfrom\s+(?:{MONTH_PATTERN})\b(?!\s*(?:-|–|to\b(?!\s*(?:US\$|\$|€|£|¥|RMB\s?)?\d)|through\b|till\b|until\b|and\b|\d))"
    # "decreased by 2% in August compared to July" (not "compared with July 2024", "July
    # last year": a year on year base)
    rf"|\bcompared\s+(?:to|with)\s+(?:{MONTH_PATTERN})\b"
    r"(?!,?\s*\d|\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year)",
    re.I,
)
_GROWTH = re.compile(f"(?P<down>{cues.GROWTH_DOWN})|(?P<up>{cues.GROWTH_UP})", re.I)
_YOY = re.compile(
    r"year[\s-]on[\s-]year|\byoy\b|\bannual(?:ly)?\b|from\s+a\s+year\s+(?:earlier|ago)|同比|(?<![\d〇一二三四五六七八九十])年[增减]",
    re.I,
)


# ("reversing the 1.8 per cent drop": the definite article too; "reversing December's 6.2
# percent fall": a possessive)
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:a|an|the)|\w['’]s)\s+$", re.I)
_NOUN_GAP = re.compile(r"[\s-]*(?:(?:year[\s-]on[\s-]year|annual|yoy)[\s-]+)?", re.I)


# A figure after a bare "by" (no verb of its own): an item of an elliptic list whose verb
# is the list's first ("rose 5 percent, with A by 3 percent, and with B by 7 percent")
_ELLIPTIC_BY = re.compile(r"\bby\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
#: Characters before such a figure searched for the list's verb.
_ELLIPTIC_REACH = 240
# "higher" / "lower" right after a percentage ("2.46% higher")
_ADJACENT_COMPARATIVE = re.compile(r"\s+(higher|lower)\b", re.I)


def growth_sign(text: str, start: int, end: int, lo: int, hi: int) -> int:
    """The sign of the growth figure at text[start:end]: +1, -1, or 0 when none is written.

    The nearest growth word before the figure (else after it) within text[lo:hi] decides;
    a bare "year on year" means a rise.
    """
    if quick(cues.RATE_LEVEL).search(text, max(lo, start - 60), start):
        return 1  # "the growth rate dropped below 20 percent": the rate's level
    if _ARTICLE_BEFORE.search(text, max(lo, start - 4), start):
        # "a 35.7-percent shrinking of the surplus", "a 5 percent year-on-year decline": the
        # noun the figure modifies is its change, whatever word came before
        head = _GROWTH.match(text, _NOUN_GAP.match(text, end).end())  # type: ignore[union-attr]
        if head is not None and head.end() <= hi:
            return -1 if head.lastgroup == "down" else 1
    adjacent = _ADJACENT_COMPARATIVE.match(text, end, hi)
    if adjacent is not None:
        # "with exports 10.3% lower ..., and imports from Portugal 2.46% higher": the
        # comparative right after the figure is its own, whatever came before
        return -1 if adjacent.group(1).lower() == "lower" else 1
    before = list(quick_finditer(_GROWTH, text, max(lo, start - 100), start))
    if not before and _ELLIPTIC_BY.search(text, max(lo, start - 12), start):
        # "grew 9.6 percent, with Japan by 3.9 percent, ..., and with Chile by 6.7 percent":
        # the verb of a long elliptic list stands further back
        before = list(quick_finditer(_GROWTH, text, max(lo, start - _ELLIPTIC_REACH), start))
    if before:
        return -1 if before[-1].lastgroup == "down" else 1
    following = _GROWTH.search(text, end, min(hi, end + 40))
    if following:
        return -1 if following.lastgroup == "down" else 1
    if quick(_YOY).search(text, max(lo, start - 100), min(hi, end + 100)):
        return 1
    return 0


def month_on_month(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the comparison nearest the figure at text[start:end] is with the month before.

    "up 24.7 percent year on year and 3.9 percent month on month": each figure takes
    the nearer of the two cues, so one sentence can state both.
    """
    lo, hi = max(lo, start - 100), min(hi, end + 100)  # cues stand near
    moms = list(quick_finditer(_MOM, text, lo, hi))
    if not moms:
        return False
    # "a year-on-year increase of 19.2% and a month-on-month decrease of 5.9%": a cue
    # written as "<cue> <growth noun> of" right before the figure is its own
    bound = cues.CUE_OF.search(text, max(lo, start - 60), start)
    if bound is not None:
        return _MOM.search(bound.group(0)) is not None
    yoys = list(quick_finditer(_YOY, text, lo, hi))

    def distance(found: re.Match[str]) -> int:
        return found.start() - end if found.start() >= end else start - found.end()

    nearest_mom = min(distance(x) for x in moms)
    return not yoys or nearest_mom < min(distance(x) for x in yoys)


@attrs.frozen
class SegmentList:
    """The segments of one written list, and the list as one name ("a, b and c")."""

    items: tuple[Match, ...]

    @property
    def joined(self) -> str:
        """The list as one segment name."""
        names = [m.name for m in self.items]
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + " and " + names[-1]


# A list of products summed by one figure in Chinese: "鲜榴莲、鲜甘薯、燕窝合计进口146.5亿元"
# (合计 / 共计 right after the last item; the items joined by 、 / 和 / 及 / 与).
_ZH_SUMMED_AFTER = re.compile(
    r"(?:等(?:产品|商品)?)?(?:进出口|出口|进口)?(?:额|值|总额|总值)?(?:合计|共计)"
)
_ZH_ITEM_GAP = re.compile(r"\s*[、和及与]\s*")


def summed_chinese_segments(text: str, names: list[Match]) -> list[SegmentList]:
    """The lists of products whose one figure is their sum (合计 after the last item)."""
    segments = [n for n in names if n.kind == "segment"]
    lists: list[SegmentList] = []
    for i, n in enumerate(segments):
        # (合计 right after the last item, or after its flow word: "A和B出口合计…",
        # "A、B等出口额合计…")
        if _ZH_SUMMED_AFTER.match(text, n.end) is None:
            continue
        run = [segments[i]]
        while i > 0 and _ZH_ITEM_GAP.fullmatch(text, segments[i - 1].end, run[0].start):
            i -= 1
            run.insert(0, segments[i])
        if len(run) > 1:
            lists.append(SegmentList(tuple(run)))
    return lists


# "exports of A, B and C", "export volumes of A and B", "shipments of A".
_LIST_OF = re.compile(
    r"\b(?:exports?|imports?|sales|shipments)(?:\s+(?:volumes?|values?))?\s+of\s+", re.I
)
# Where such a list ends: a verb, a preposition, a figure or a bracket; "including" /
# "such as" (the list is its head: "exports of labor-intensive products including textiles
# and toys" are labor-intensive products).
_LIST_STOP = re.compile(
    r"\b(?:including|such\s+as|increas\w*|rose|grew|grow\w*|rise|up|down|fell|declin\w*|decreas\w*|surg\w*|jump\w*|"
    r"climb\w*|expand\w*|reach\w*|total\w*|amount\w*|was|were|are|is|hit|stood|accounted|"
    r"account\w*|saw|posted|registered|recorded|remained|to|from|with|in|by|while|which|whose"
    # more verbs of the figure, so that no item takes them in ("exports of tea showed a
    # four-fold increase" is tea)
    r"|show\w*|see[ns]?|made|makes|kept|keeps|maintain\w*|continu\w*|topp\w*|exceed\w*"
    r"|surpass\w*|soar\w*|doubl\w*|tripl\w*|gain\w*|dropp\w*|slid\w*|plung\w*|achiev\w*"
    r"|generat\w*|contribut\w*|ha[ds]|have|did|does|became|become|stand|stands|hover\w*"
    r"|edged|experienc\w*|enjoy\w*|witness\w*|logged|also|compris\w*|constitut\w*|represent\w*"
    # ("exports of steel slipped 24.9%")
    r"|slipp\w*|slips?|sank|sinks?|sinking|tumbl\w*|slump\w*|dipp\w*|dips?|eased|shrank"
    r"|shrunk|shrink\w*|plummet\w*|skyrocket\w*|rebound\w*|retreat\w*|leapt|leap\w*"
    r"|swell\w*|outpac\w*"
    # a qualifier of the verb: "exports of electric vehicles more than tripled"
    r"|more\s+than|less\s+than|nearly|almost|roughly"
    # an apposition on what the flow is made of: "exports of steel, mostly to Vietnam"
    r"|mainly|mostly|chiefly|largely|primarily"
    # an adverb of the verb: "exports of mechanical and electric products sharply declined"
    r"|sharply|significantly|slightly|steadily|rapidly|strongly|substantially|markedly"
    r"|considerably|notably|dramatically|greatly|quickly|swiftly|modestly|moderately|steeply)\b"
    r"|\d|[;(:]",
    re.I,
)
# ("A as well as B": one more item)
_SEPARATOR = re.compile(r",?\s+as\s+well\s+as\s+|,\s*(?:and\s+)?|\s+and\s+")
_COMMA_SEPARATOR = re.compile(r",?\s+as\s+well\s+as\s+|,\s*(?:and\s+)?")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-'’]*")


# Words that open a noun phrase referring back: "exports of these products", "imports of
# such goods" name the group the text named before (cues.SEGMENT_ANAPHOR), not a product.
_DETERMINERS = frozenset({"these", "those", "this", "that", "such", "its", "their"})
# A currency word that opens an amount after "of": no product.
_CURRENCY_WORDS = frozenset(
    {"rmb", "cny", "usd", "eur", "yuan", "renminbi", "us$", "hk$"}
    # the signs partners write their own currencies with: "exports of A$48.2 billion",
    # "RM14.3 billion", "R$5 billion", "NZ$", "C$", "S$", "Rp", "KSh"
    | {"a$", "au$", "rm", "r$", "nz$", "c$", "s$", "rp", "ksh"}
)


# After a known segment, the places it lies in: "the three comprehensive bonded zones of
# Guiyang, Gui'an and Zunyi", "the pilot free trade zones in A and B"
_OF_PLACE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")


# Head nouns of a list of sectors, written once after its last item.
_SECTOR_HEADS = frozenset({"sectors", "industries", "sector", "industry"})


def _items(text: str, start: int, end: int, known: list[Match]) -> list[Match]:
    """Split ``text[start:end]`` at list separators that are not inside a known name.

    A known segment followed by "of" / "in" and a place ends the list: the names after it
    are where the segment lies, not more items.
    """
    found: list[Match] = []
    places = {n.start for n in known if n.kind == "region"}
    for n in known:
        if n.kind == "segment" and start <= n.start and n.end < end:
            of = _OF_PLACE.match(text, n.end, end)
            if of is not None and of.end() in places:
                end = n.end
                break
    inside = [(n.start, n.end) for n in known if start <= n.start and n.end <= end]
    pos = start
    cuts: list[tuple[int, int]] = []
    # with a serial comma ("A, B and C, and D") a bare "and" is inside an item
    separator = _COMMA_SEPARATOR if ", and " in text[start:end] else _SEPARATOR
    for sep in separator.finditer(text, start, end):
        if any(a <= sep.start() < b for a, b in inside):
            continue
        cuts.append((pos, sep.start()))
        pos = sep.end()
    cuts.append((pos, end))
    for a, b in cuts:
        raw = text[a:b]
        # (the stop that ends the sentence is no part of the last item: "of the nation.")
        stripped = raw.strip().rstrip(".!?").rstrip()
        if not stripped:
            continue
        a += raw.index(stripped)
        name = stripped.lower().removeprefix("the ")
        words = name.split()
        if len(words) > 1 and words[-1] in _SECTOR_HEADS and b == end:
            # "the shipbuilding, railway and aeronautics sectors": the head noun written
            # once after the last item is no part of its name
            words = words[:-1]
            name = " ".join(words)
            stripped = stripped[: stripped.lower().rindex(" ")]
        if not 1 <= len(words) <= 5 or not name[:1].isalpha() or words[-1] in cues.PLACE_NOUNS:
            continue
        if words[0] in _CURRENCY_WORDS:
            continue  # "imports and exports of RMB 14.68 trillion": the amount's currency
        if words[0] in _DETERMINERS:
            continue  # "imports of these products": the group named before (an anaphor)
        if name in cues.WHOLE_TRADE or any(
            n.kind != "segment" and a < n.end and n.start < a + len(stripped) for n in known
        ):
            continue  # the whole trade, or a place ("exports of Shandong province")
        canonical = lexicon.SEGMENTS.get(name, name)
        # "traditional labor-intensive products": a known name that ends the item is its
        # head noun phrase, whatever adjective stands before it
        heads = [
            n for n in known if n.kind == "segment" and a < n.start and n.end == a + len(stripped)
        ]
        if heads and name not in lexicon.SEGMENTS:
            canonical = heads[-1].name
        found.append(Match(a, a + len(stripped), canonical, "segment"))
    return found


_TRADE_NOUN = re.compile(r"\bexport|\bimport", re.I)


# "exports of automobiles soared 35.8 percent, while those of steel products dropped 5
# percent": "those" stands for the flow noun, after a conjunction (not "those of last year").
_THOSE_OF = re.compile(
    r"\b(?:while|whereas|but|and)\s+those\s+of\s+"
    # "..., with that of ships, trains and aircraft up 200, 161 and 252 percent respectively"
    r"|\bwith\s+(?:that|those)\s+of\s+(?=[^.;]*\brespectively\b)",
    re.I,
)


# A list item that opens with a verb: the list ended before it ("such as tuna, is another
# driver").
_VERB_ITEM = re.compile(
    r",\s+(?:is|are|was|were|has|have|had|remains|remained|becomes|became)\s", re.I
)


def listed_segments(text: str, known: list[Match]) -> list[SegmentList]:
    """Lists of products: "exports of A, B and C", "... are A, B and C, which rose ..."."""
    lists: list[SegmentList] = []
    openers = list(quick_finditer(_LIST_OF, text))
    low = text.lower()
    if (openers and "those of" in low) or ("that of" in low and "respectively" in low):
        openers += _THOSE_OF.finditer(text)
    for m in openers:
        stop = quick(_LIST_STOP).search(text, m.end())  # (where it starts: see text.quick)
        end = stop.start() if stop else len(text)
        items = _items(text, m.end(), end, known)
        if m.group(0).lower().endswith(("those of ", "that of ")):
            items = [i for i in items if not cues.TIME_WORD.search(text[i.start : i.end])]
        if items:
            lists.append(SegmentList(tuple(items)))
    if "which" in text or "whose" in text:
        for end_mark in cues.LIST_END.finditer(text):
            window_start = max(0, end_mark.start() - 160)
            intros = list(cues.LIST_INTRO.finditer(text, window_start, end_mark.start()))
            if not intros or ";" in text[intros[-1].end() : end_mark.start()]:
                continue
            if _VERB_ITEM.search(text, intros[-1].end(), end_mark.start()):
                # "The aquatic industry, represented by products such as tuna, is another
                # driver, which saw ...": the clause's own verb, so "which" is the subject's,
                # and the examples no list of segments
                continue
            items = _items(text, intros[-1].end(), end_mark.start(), known)
            if any(_TRADE_NOUN.search(text, i.start, i.end) for i in items):
                # "driven by mechanical and electrical exports, which accounted for": a
                # flow named by its products, no list of sectors
                continue
            if items and quick(_TRADE_NOUN).search(text):
                lists.append(SegmentList(tuple(items)))
    return lists


# After a list of products that opens a sentence, a verb that makes it the subject:
# "Lithium batteries and solar cells became highlights, with exports up 41.3%".
_SUBJECT_VERB = re.compile(
    r",?\s+(?:became|become|were|are|remained|led|saw|posted|recorded|registered|made"
    r"|stood\s+out|were\s+among)\b",
    re.I,
)
_SENTENCE_OPENING = re.compile(r"\s*(?:the\s+)?", re.I)


def subject_segment_list(text: str, known: list[Match]) -> list[SegmentList]:
    """A list of known products that opens the sentence as the subject of its verb.

    Their figure in the clause after ("..., with exports increasing by 41.3%") is the
    list's together, as "exports of A and B rose 41.3%" is.
    """
    pos = _SENTENCE_OPENING.match(text).end()  # type: ignore[union-attr]
    items: list[Match] = []
    for n in sorted((n for n in known if n.kind == "segment"), key=lambda n: n.start):
        if n.start < pos:
            continue
        if items and _SEPARATOR.fullmatch(text, pos, n.start) is None:
            break
        if not items and n.start != pos:
            break
        items.append(n)
        pos = n.end
    if len(items) < 2 or _SUBJECT_VERB.match(text, pos) is None:
        return []
    return [SegmentList(tuple(items))]


# A part of a sentence whose subject is a list of products paired "respectively" with the
# changes after it: ", while the others like textiles, footwear and medicines increased by
# a, b and c, respectively", "; toys, shoes and furniture rose x, y and z respectively".
_PART_LIST_OPENING = re.compile(
    r"(?:,\s+(?:while|whereas)\s+|;\s*)(?:the\s+)?"
    r"(?:others?\s+(?:like|such\s+as|including)\s+|other\s+(?:products|goods)\s+"
    r"(?:like|such\s+as|including)\s+)?",
    re.I,
)
_PART_LIST_VERB = re.compile(
    r"\s+(?:increased|rose|grew|climbed|jumped|surged|decreased|declined|fell|dropped)\b", re.I
)


def part_segment_list(text: str, known: list[Match]) -> list[SegmentList]:
    """A list of products as the subject of a later part, its figures "respectively".

    The list's first item must be a known product; the others are read as written ("the
    others like textiles, footwear and medicines increased by 43.4 percent, 63.7 percent
    and 33 percent, respectively").
    """
    lists: list[SegmentList] = []
    for opening in _PART_LIST_OPENING.finditer(text):
        start = opening.end()
        first = next((n for n in known if n.start == start and n.kind == "segment"), None)
        if first is None:
            continue
        verb = _PART_LIST_VERB.search(text, start, min(len(text), start + 120))
        if verb is None or "respectively" not in text[verb.end() :].lower():
            continue
        items = _items(text, start, verb.start(), known)
        if len(items) >= 2 and items[0].start == start:
            lists.append(SegmentList(tuple(items)))
    return lists


# Where a list of products written before their flow noun starts: after the sentence
# start, a possessive, or punctuation that is no list separator
_LIST_BEFORE_START = re.compile(r".*(?:['’]s\s|[;:(]\s*)", re.S)


def listed_before_flow(text: str, known: list[Match]) -> list[SegmentList]:
    """A list of products before a flow noun: "A, B and C exports".

    "China's ships, automobiles and wind turbine units exports to Africa increased by
    44.8, 35.8 and 253.1 percent respectively": each item (up to three lower-case words) is
    a segment; one figure for the list is the list's (as "exports of A, B and C").
    """
    lists: list[SegmentList] = []
    for flow in quick_finditer(_FLOW_NOUN, text):
        look_start = max(0, flow.start() - 120)
        opened = _LIST_BEFORE_START.match(text, look_start, flow.start())
        start = opened.end() if opened else look_start
        if look_start and opened is None:
            continue  # (the list would run past the window)
        words = text[start : flow.start()].split()
        if len(words) < 3 or not all(
            (w.rstrip(",").islower() and w.rstrip(",") not in cues.NOT_PRODUCT_WORDS) or w == "and"
            for w in words
        ):
            continue
        items = _items(text, start, flow.start(), known)
        if len(items) < 2:
            continue
        if any(len(i.name.split()) > 3 for i in items):
            continue
        lists.append(SegmentList(tuple(items)))
    return lists


# "Foreign-funded and state-owned enterprises", "private, foreign-invested and state-owned
# firms": kinds written before one shared head noun; each is a segment when the kind with
# the head is one (a modifier of one or two words, right before a list separator).
_HEAD_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$")
_MODIFIERS = re.compile(r"(?:([A-Za-z][A-Za-z\-]*)\s+)?([A-Za-z][A-Za-z\-]*)$")


def shared_head_segments(text: str, names: list[Match]) -> list[SegmentList]:
    """The lists of segments whose head noun is written once, after the last of them."""
    lists: list[SegmentList] = []
    for n in names:
        written = text[n.start : n.end]
        if n.kind != "segment" or " " not in written or not written.isascii():
            continue
        head = written.rsplit(" ", 1)[1].lower()
        pos = n.start
        found = [n]
        for _ in range(4):  # lists are short
            look = text[max(0, pos - 50) : pos]
            gap = _HEAD_LIST_GAP.search(look)
            words = _MODIFIERS.search(look, 0, gap.start()) if gap else None
            if gap is None or words is None:
                break
            offset = pos - len(look)
            candidates = [(words.group(2), words.start(2))]
            if words.group(1):
                candidates.insert(0, (f"{words.group(1)} {words.group(2)}", words.start(1)))
            known = [(lexicon.SEGMENTS.get(f"{w} {head}".lower()), at) for w, at in candidates]
            name, start = next(((k, at) for k, at in known if k), (None, 0))
            if name is None or any(
                m.start < offset + words.end() and offset + start < m.end for m in names
            ):
                break
            found.insert(0, Match(offset + start, offset + words.end(), name, "segment"))
            pos = offset + start
        if len(found) > 1:
            lists.append(SegmentList(tuple(found)))
    return lists


# "imports of aircraft reached 6.1 billion yuan, and duty-free goods 2.65 billion yuan": the
# verb left out after "and", the product written right before its figure.
_GAPPED = re.compile(
    r",\s+and\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?=(?:US\$|\$|RMB\s?|¥)?\d)"
)
_NOT_GAPPED_WORDS = re.compile(rf"{cues.GROWTH_UP}|{cues.GROWTH_DOWN}|\b(?:ex|im)ports?\b", re.I)


# "...accounted for RMB5 billion; microwaves RMB3.1 billion, up 6%; and jewelry RMB2.9
# billion": the items of a list cut at its semicolons, each a text of its own that opens
# in lower case (no sentence does) with the product right before its figure, no verb.
_GAPPED_CUT = re.compile(
    r"\s*(?:and\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+"
    # (an amount: "; prices 3 percent higher" names no product)
    r"(?=(?:US\$|\$|RMB\s?|¥)\d|\d[\d.,]*\s+(?:billion|million|trillion|thousand)\b)"
)


#: Last words of a lower-case opening after a semicolon that name no goods: the rest of
#: a breakdown, or places, markets and traders ("; others 0.9 billion yuan").
_NOT_ITEM_WORDS = frozenset(
    str.split(
        """
    others rest remainder provinces cities countries regions markets economies members
    partners companies firms ports counties districts nations states areas zones
    """
    )
)


def unnamed_item(text: str, names: list[Match]) -> bool:
    """Whether a text cut at a semicolon opens with an item that names no goods ("others").

    Not when a name the tables know is written there: "; private firms 6.1 billion yuan"
    is an enterprise type, "; emerging markets 2 billion yuan" a partner.
    """
    if not (text[:1].isspace() or text[:1].islower()):
        return False
    cut = _GAPPED_CUT.match(text)
    if cut is None or cut.group(1).lower().split()[-1] not in _NOT_ITEM_WORDS:
        return False
    start, end = cut.span(1)
    return not any(start <= n.end and n.start < end for n in names)


def gapped_segments(text: str, names: list[Match]) -> list[Match]:
    """Products of a clause whose verb is left out, after one that names a product."""
    found: list[Match] = []
    cut = _GAPPED_CUT.match(text) if text[:1].isspace() or text[:1].islower() else None
    if ", and " not in text and cut is None:
        return found
    for m in [cut] if cut is not None else _GAPPED.finditer(text):
        start, end = m.span(1)
        phrase = m.group(1).lower()
        words = phrase.split()
        if cut is None and not any(n.kind == "segment" and n.end <= m.start() for n in names):
            continue  # no product before it: the words are something else
        if cut is not None and words[-1] in _NOT_ITEM_WORDS:
            continue  # ("; others 0.9 billion yuan": no product)
        if (
            words[0] in cues.NOT_PRODUCT_WORDS
            or not (words[-1].endswith("s") or words[-1] in cues.MASS_NOUNS)
            or _NOT_GAPPED_WORDS.search(phrase)
            or any(n.start < end and start < n.end for n in names)
        ):
            continue
        found.append(Match(start, end, lexicon.SEGMENTS.get(phrase, phrase), "segment"))
    return found


# "Of which, mining products amounted to $5.4 billion ..., and copper accounted for $4.3
# billion": after a breakdown opener (cues.OF_WHICH), the subject of each clause whose verb
# gives an amount names a part of the flow before. The first clause starts right after the
# opener; the next ones after ", and" / "," / ";".
_BREAKDOWN_VERB = (
    r"\s+(?:amounted\s+to|accounted\s+for|totall?ed|came\s+to|stood\s+at|reached"
    r"|(?:was|were)\s+worth)\s+(?=(?:US\$|\$|RMB\s?|¥|€|£)?\d)"
)
_BREAKDOWN_FIRST = re.compile(r",?\s*((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)" + _BREAKDOWN_VERB)
_BREAKDOWN_NEXT = re.compile(
    r"(?:,\s+(?:and\s+|while\s+)?|;\s+)((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)" + _BREAKDOWN_VERB
)
_NOT_BREAKDOWN_WORDS = re.compile(r"\b(?:ex|im)ports?\b|\btrade\b|\bsurplus|\bdeficit", re.I)


def breakdown_subjects(text: str, names: list[Match]) -> list[Match]:
    """Products that are the subjects of the amounts in a sentence opened by "Of which".

    Each subject is at most three lower-case words ending in a plural or a mass noun
    ("mining products", "copper"); flow, trade and balance words, words of
    NOT_PRODUCT_WORDS or WHOLE_TRADE, and known names are left alone.
    """
    opener = cues.OF_WHICH.match(text)
    if opener is None or not text.isascii():
        return []
    found: list[Match] = []
    first = _BREAKDOWN_FIRST.match(text, opener.end())
    clauses = [first] if first else []
    clauses += _BREAKDOWN_NEXT.finditer(text, opener.end())
    for m in clauses:
        start, end = m.span(1)
        phrase = m.group(1).lower()
        words = phrase.split()
        if (
            any(w in cues.NOT_PRODUCT_WORDS for w in words)
            or phrase in cues.WHOLE_TRADE
            or not (words[-1].endswith("s") or words[-1] in cues.MASS_NOUNS)
            or _NOT_BREAKDOWN_WORDS.search(phrase)
            or cues.TIME_WORD.search(phrase)
            or any(n.start < end and start < n.end for n in names + found)
        ):
            continue
        found.append(Match(start, end, lexicon.SEGMENTS.get(phrase, phrase), "segment"))
    return found


def plural(phrase: str) -> str:
    """The segment name of a noun used as a modifier: "solar panel" -> "solar panels"."""
    words = phrase.split()
    last = words[-1]
    if last in cues.MASS_NOUNS or last.endswith("s"):
        return phrase
    if last.endswith(("al", "ic", "-intensive", "-tech")):
        # an adjective: "agricultural exports", "organic", "labor-intensive", "high-tech"
        return phrase + " products"
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join([*words[:-1], last])


# A boundary before a product phrase in front of "exports": the sentence start, a comma or
# semicolon, or a word of NOT_PRODUCT_WORDS ("the", "its", "total", "China's").
_FLOW_NOUN = re.compile(r"\b(?:exports?|imports?)\b", re.I)


def segment_before_flow(text: str, names: list[Match]) -> list[Match]:
    """Products written in front of a flow noun: "Solar panel exports", "its steel exports".

    At most three lower-case words (a capital only on the sentence's first word) directly
    before "export(s)"/"import(s)", preceded by a boundary; names of places, partners and
    known segments are left to the name tables.
    """
    found: list[Match] = []
    first = len(text) - len(text.lstrip())  # where the sentence's first word starts
    for flow in quick_finditer(_FLOW_NOUN, text):
        look = text[max(0, flow.start() - 60) : flow.start()]
        offset = flow.start() - len(look)
        words = list(_WORD.finditer(look))
        taken: list[re.Match[str]] = []
        boundary = False
        for w in reversed(words):
            gap = look[w.end() : taken[0].start() if taken else len(look)]
            if gap.strip():  # punctuation between: the phrase started after it
                boundary = True
                break
            low = w.group(0).lower()
            if (
                low in cues.NOT_PRODUCT_WORDS
                # possessives ("the city's", "the metropolis'"), verbs, participles
                or low.endswith(("'s", "’s", "'", "’", "ed", "ing"))
                or cues.TIME_WORD.search(low)  # "first-quarter exports"
                # ("export-import value": the other flow of a hyphenated pair, no product)
                or low.rstrip("-–/").startswith(("export", "import"))
                # ("extra-EU imports": the bloc's imports from outside it, the whole flow)
                or low.startswith(("extra-", "intra-"))
                or len(taken) == 3
            ):
                boundary = True
                break
            if w.group(0)[:1].isupper() and (
                offset + w.start() > first or low in cues.REPORTER_ADJECTIVES
            ):
                break  # a proper name ("Guangdong exports", "Chinese exports to Russia")
            taken.insert(0, w)
        else:
            boundary = bool(taken) and not look[: taken[0].start()].strip()
        if not taken or not boundary:
            continue
        start, end = offset + taken[0].start(), offset + taken[-1].end()
        if any(n.start < end and start < n.end for n in names):
            continue
        phrase = text[start:end].lower()
        if phrase in cues.WHOLE_TRADE:
            continue
        # ("labor-intensive exports": the table's name of the plural, "labour-intensive
        # products")
        named = lexicon.SEGMENTS.get(phrase) or lexicon.SEGMENTS.get(plural(phrase))
        found.append(Match(start, end, named or plural(phrase), "segment"))
    return found


# "The aquatic industry ... saw a growth of 22.3 percent in foreign trade", "the textile
# sector's exports": an industry whose products the name tables know is that segment.
_INDUSTRY = re.compile(r"\b([a-z][a-z-]{2,30})\s+(?:industry|sector)\b")


def industry_segments(text: str, names: list[Match]) -> list[Match]:
    """Known products written as an industry: "the aquatic industry" is aquatic products."""
    found: list[Match] = []
    for m in quick_finditer(_INDUSTRY, text):
        word = m.group(1)
        named = lexicon.SEGMENTS.get(word) or lexicon.SEGMENTS.get(word + " products")
        if named is None or any(n.start < m.end() and m.start() < n.end for n in names):
            continue
        found.append(Match(m.start(), m.end(), named, "segment"))
    return found


# "More than one fourth of all imported electric cars came from China": the goods after
# "imported" / "exported", as the subject of where they came from or went to.
_PARTICIPLE_GOODS = re.compile(
    r"\b(?:imported|exported)\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
    r"(?=\s+(?:still\s+|mainly\s+|mostly\s+)?(?:came|come|comes|went|go|goes)\s+(?:from|to)\b)"
)


def participle_segments(text: str, names: list[Match]) -> list[Match]:
    """The goods after "imported" / "exported" that came from or went to a partner."""
    found: list[Match] = []
    for m in quick_finditer(_PARTICIPLE_GOODS, text):
        start, end = m.span(1)
        phrase = m.group(1)
        if phrase in cues.WHOLE_TRADE or phrase.split()[-1] in _GENERIC_GOODS:
            continue  # "all imported goods": the whole flow
        if any(n.start < end and start < n.end for n in names):
            continue  # (a known name: the tables give it)
        found.append(Match(start, end, lexicon.SEGMENTS.get(phrase, phrase), "segment"))
    return found


#: Head nouns that name a whole flow's goods, no product: "imported goods".
_GENERIC_GOODS = frozenset({"goods", "products", "commodities", "items", "merchandise"})


# "Laptop computers remained the municipality's top export item, with shipments worth ...":
# the subject of a sentence that calls it the top export (import) item is the segment.
_TOP_ITEM = re.compile(
    r"^\s*([A-Za-z][A-Za-z\- ]{2,40}?)\s+(?:remained|remains|was|were|is|are|became)\s+"
    r"(?:the\s+|its\s+)?(?:[\w'’]+\s+){0,2}(?:top|largest|biggest|main|leading|major)\s+"
    r"(?:export|import)(?:ed)?\s+(?:items?|products?|commodit(?:y|ies)|goods)\b"
)


def top_item_segment(text: str, names: list[Match]) -> list[Match]:
    """The product a sentence calls the top export or import item, as written."""
    found = _TOP_ITEM.match(text)
    if found is None:
        return []
    start, end = found.span(1)
    if any(n.start < end and start < n.end for n in names):
        return []  # a known name (segment, place) is there already
    phrase = found.group(1).lower().removeprefix("the ")
    if phrase in cues.WHOLE_TRADE or phrase.split()[0] in cues.NOT_PRODUCT_WORDS:
        return []
    return [Match(start, end, lexicon.SEGMENTS.get(phrase, phrase), "segment")]


# "Hunan exported power tools with a total value of 2.1 billion yuan and drones worth
# 0.9 billion yuan": the objects of an export / import verb, each
# written right before the words that give its value.
_FLOW_VERB = re.compile(r"\b(?:exported|imported|shipped)\s", re.I)
_WORTH = re.compile(
    r"\s(?:worth|valued\s+at|with\s+a\s+(?:total\s+)?value\s+of|totall?ing)\s", re.I
)
_OBJECT = re.compile(r"(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*$")


def objects_of_flow_verbs(text: str, names: list[Match]) -> list[Match]:
    """Products named as what was exported or imported, before "worth" / "with a value of".

    At most three lower-case words right after the verb or after "and" / a comma that
    follows an earlier value ("... 2.1 billion yuan and drones worth ..."); a known
    name or a word of NOT_PRODUCT_WORDS there is left alone.
    """
    verbs = list(quick_finditer(_FLOW_VERB, text))
    if not verbs:
        return []
    found: list[Match] = []
    for worth in _WORTH.finditer(text, verbs[0].end()):
        verb = [v for v in verbs if v.end() <= worth.start()][-1]
        head = text[max(verb.end(), worth.start() - 40) : worth.start()]
        object_ = _OBJECT.search(head)
        if object_ is None:
            continue
        words = object_.group(0).split()
        while words and any(w in cues.NOT_PRODUCT_WORDS for w in words):
            words = words[1:]  # "yuan and mobile phones": the words after the last stop word
        if not words or any(w.startswith(("export", "import")) for w in words):
            continue
        phrase = " ".join(words)
        end = worth.start()
        start = end - len(phrase)
        if text[start:end] != phrase:
            continue
        before = text[max(verb.end() - 1, start - 12) : start]
        if start != verb.end() and not re.search(r"(?:\band|,)\s+$", before):
            continue  # not the verb's object, nor the next item of a list of them
        if any(n.start < end and start < n.end for n in names):
            continue
        phrase = phrase.lower()
        found.append(Match(start, end, lexicon.SEGMENTS.get(phrase, phrase), "segment"))
    return found


# "gaining 7.7 billion yuan in mobile phones, 1.73 billion yuan in integrated circuit and
# 1.71 billion yuan in tablets", "imported 2.48 billion yuan worth of manganese ore and 2.27
# billion yuan worth of gold": the product written right after an amount is its segment
# (at most three lower-case words, ending the clause or the list item).
_PRODUCT_AFTER = re.compile(
    r"\s+(worth\s+of|in)\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
    r"(?=\s*(?:[,;.)]|$)|\s+and\s|\s+respectively\b)"
)
#: Words after "in" that say what an amount is counted in, not a product ("in value").
_NOT_PRODUCT_AFTER = frozenset(
    str.split("trade value terms total sum all exports imports export import growth volume both")
)


def products_after_amounts(
    text: str, amounts: list[tuple[int, int]], names: list[Match]
) -> list[Match]:
    """Products written right after amounts, as "worth of X" or "in X" (see _PRODUCT_AFTER).

    "worth of X" names a product always; "in X" only when X is a known segment, or when
    at least two amounts of the sentence are each followed by their own "in X" (a list of
    products, not "in the province", "in June"). A known name there is left alone.
    """
    found: list[tuple[int, int, str, str]] = []  # start, end, phrase, how it is introduced
    named_in = 0  # amounts followed by "in" and a name the tables know ("in solar cell")
    for _, end in amounts:
        after = _PRODUCT_AFTER.match(text, end)
        if after is None:
            continue
        words = after.group(2).split()
        if any(w in cues.NOT_PRODUCT_WORDS or w in _NOT_PRODUCT_AFTER for w in words):
            continue
        if cues.TIME_WORD.search(after.group(2)):
            continue
        start, stop = after.span(2)
        if any(n.start < stop and start < n.end for n in names):
            named_in += after.group(1) == "in"
            continue
        found.append((start, stop, after.group(2), after.group(1)))
    listed = named_in + sum(1 for *_, how in found if how == "in") >= 2
    made = []
    for start, stop, phrase, how in found:
        known = lexicon.SEGMENTS.get(phrase) or lexicon.SEGMENTS.get(plural(phrase))
        if how == "in" and not listed and known is None:
            continue
        made.append(Match(start, stop, known or phrase, "segment"))
    return made


# --- Chinese ----------------------------------------------------------------------------
# The stretch of Chinese characters right before a flow word, after the last punctuation.
_ZH_FLOW = re.compile(r"进出口|出口|进口")
_ZH_RUN = re.compile(r"[\u4e00-\u9fff“”]+$")
#: Words in front of a flow word that say whose trade or which whole it is, not a product:
#: 全省出口, 其中出口, 外贸进出口, 货物贸易进出口, 同期出口, 以一般贸易方式出口 ...
ZH_NOT_PRODUCT = (
    "进出口",
    "出口",
    "进口",
    "贸易",
    "指标",
    "三项",
    "全省",
    "全区",
    "全市",
    "全国",
    "我省",
    "我区",
    "我市",
    "我国",
    "其中",
    "同期",
    "当月",
    "全年",
    # time words and connectives that open a clause before its product: 今年机电产品的出口值,
    # 而高技术产品出口…, 此外汽车出口…
    "今年",
    "去年",
    "上年",
    # (占我国同类产品进口总值的: the products of the clause, no product of its own)
    "同类",
    # (Taiwan's copy: 占中国整体农产品进出口总值20.1%, the whole of the nation's)
    "整体",
    # (a period opening the clause: 第三季度手机产品出口, 上半年汽车出口)
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "前三季度",
    "上半年",
    "下半年",
    "本年",
    "当年",
    "同年",
    "此外",
    # (a cause opening the clause: 因汽车出口大减，…, 由于原油进口下降，…, 主要受集成电路、…
    # 出口下降的拖累)
    "因",
    "由于",
    "受",
    "而",
    "也",
    "还",
    "外贸",
    "对外贸易",
    "货物贸易",
    "货物",
    "合计",
    "累计",
    "实现",
    "完成",
    "分别",
    "方式",
    "企业",
    "总值",
    "总额",
    "规模",
    "同比",
    "环比",
    "主要",
    # (limiting and ranking modifiers before a product: "仅手机就占全省出口的58.3%",
    # "增长较大的电工器材", "主力商品如机电产品": the product itself is named)
    "仅",
    "就",
    "主力",
    "如",
    "较大",
    "较快",
    "较多",
    "最大",
    "优势",  # evaluative modifiers: 优势农产品 / 传统劳动密集型产品 are the table's groups
    "传统",
    "特色",
    "通过",
    "仍",
    "继续",
    "带动",
    "其他",
    "等",  # 机电产品、纺织服装等劳动密集型产品: the category the list belongs to
    "大类",  # 纺织服装等7大类劳动密集型产品 ("7 major categories of")
    "类",
    "沿线国家",
    "共建国家",
    "共建伙伴",
    "成员国",
    "国家",
    "地区",
    "经济体",
    "沿线",
    "市场",
    "产品",
    "商品",
    "以",
    "对",
    "与",
    "自",
    "向",
    "从",
    "和",
    "及",
    "的",
    "共",
    "省",
    "区",
    "市",
    "月",
    "年",
    "度",
    "季",
    "前",
    "后",
    "看",
    "中",
    "值",
    "额",
    "其",
    "了",
    "在",
    "为",
    "达",
    "增",
    "长",
    "下",
    "降",
    "占",
    "比",
    "重",
    "由",
    "是",
    "将",
    "均",
    "及",
    "值",
    "上",
    "半",
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "个",
    "单",
    "份",  # (10月份我省高新技术产品出口: the month's tail)
    "各",  # (出口各类农产品: every kind of the group, the group itself)
    # the verb of a source that publishes the figures, ending in 布 as cloth (布) does:
    # "财政部公布十一月出口…", "海关总署发布5月进口…"
    "公布",
    "发布",
    "宣布",
)
_ZH_NOT_PRODUCT = re.compile(cues.words(ZH_NOT_PRODUCT))
#: Last characters of Chinese product names: 产品/制品/用品 (品), 家具/灯具 (具), 钢材, 塑料,
#: 原油, 天然气, 铁矿砂, 汽车, 船, 电池, 服装, 鞋, 箱包, 零部件, 芯片, 设备, 仪表, 集成电路,
#: 化肥 ... Words ending otherwise (places, verbs, 伙伴) are not taken for products.
ZH_PRODUCT_ENDINGS = frozenset(
    "品器机具材料油气矿砂车船池装鞋靴包件板片纸布茶果菜肉粮棉丝瓷表备路剂肥酒糖木石钢铁铜铝"
)


# Generic nouns for goods that a modifier before them turns into a product group.
_ZH_GOODS_NOUNS = ("商品", "产品", "制品", "用品")


def unknown_chinese_product(text: str, flow_start: int, names: list[Match]) -> str | None:
    """An untranslated product word right before the flow word at ``flow_start``, if any.

    The characters between the last punctuation (or name) and the flow word, once the
    words of :data:`ZH_NOT_PRODUCT` and known names are removed, are a product word the
    table does not know ("灯具出口" when 灯具 is missing), as is an unknown kind of
    enterprise (港澳台资企业进出口): the caller skips the figure.
    """
    run = _ZH_RUN.search(text, max(0, flow_start - 12), flow_start)
    if run is None:
        return None
    start = run.start()
    for n in names:
        if n.end <= flow_start and n.end > start:
            start = n.end  # a name (place, partner, known segment) ends the stretch
    stretch = text[start:flow_start]
    if stretch.endswith("企业") and len(stretch) > 3:
        return stretch  # an enterprise type the table does not know (港澳台资企业)
    if stretch.endswith(_ZH_GOODS_NOUNS):  # 大宗商品: the modifier names the goods
        kept = _ZH_NOT_PRODUCT.sub("", stretch[:-2]).strip("“”")
        if kept:
            return kept + stretch[-2:]
    rest = _ZH_NOT_PRODUCT.sub("", stretch).strip("“”")
    if len(rest) < 2 or rest[-1] not in ZH_PRODUCT_ENDINGS:
        return None
    return rest


#: Words between a product written after its flow word and the figure: 进口猪肉增加919.4%,
#: 出口鲜花同比增长12%, 进口大豆达… (stripped from the end, longest first).
ZH_AFTER_PRODUCT = (
    "同比增长",
    "同比下降",
    "同比增加",
    "同比减少",
    "增长",
    "增加",
    "下降",
    "减少",
    "上升",
    "回落",
    "下滑",
    "达到",
    "同比",
    "环比",
    "分别",
    "约",
    "近",
    "达",
    "为",
    "增",
    "降",
    "了",
)
_ZH_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def unknown_chinese_product_after(text: str, flow_end: int, figure: int) -> str | None:
    """An untranslated product word between a flow word and its figure ("进口猪肉增加9%").

    Only a stretch of Chinese characters that, without the growth words of
    :data:`ZH_AFTER_PRODUCT` at its end, ends like a product name; the caller has already
    checked that no known name stands there.
    """
    stretch = text[flow_end:figure]
    if not stretch or _ZH_ONLY.fullmatch(stretch) is None:
        return None
    trimmed = True
    while trimmed and stretch:
        trimmed = False
        for word in ZH_AFTER_PRODUCT:
            if stretch.endswith(word):
                stretch = stretch[: -len(word)]
                trimmed = True
                break
    if len(stretch) < 2 or stretch[-1] not in ZH_PRODUCT_ENDINGS or stretch in _ZH_GOODS:
        return None
    return stretch


# Goods as a whole after a flow word ("进口商品2460亿欧元", "出口货物"): no product.
_ZH_GOODS = frozenset({"商品", "货物", "产品", "商品总额", "货物总额", "商品总值", "货物总值"})


#: Customs zones that a city's name makes one named zone ("西安出口加工区" is Xi'an Export
#: Processing Zone, a part of the province's trade; the city is not the reporter there).
ZH_NAMED_ZONES = {
    "出口加工区": "Export Processing Zone",
    "综合保税区": "Comprehensive Bonded Zone",
    "综保区": "Comprehensive Bonded Zone",
    "保税港区": "Bonded Port Area",
    "保税区": "Bonded Zone",
}


#: Words some zones' names put between the city and the zone word ("成都高新综合保税区" is
#: Chengdu Hi-tech Comprehensive Bonded Zone); only these, so that a name is never guessed.
ZH_ZONE_MODIFIERS = {
    "高新": "Hi-tech",
    "空港": "Airport",
    "国际铁路港": "International Railway Port",
    "经开": "Economic and Technological Development",
}


def named_zones(text: str, names: list[Match]) -> list[Match]:
    """A city written right before a customs zone word is one named zone, a segment.

    A known modifier may stand between them (:data:`ZH_ZONE_MODIFIERS`).
    """
    out: list[Match] = []
    for n in names:
        before = out[-1] if out else None
        zone = ZH_NAMED_ZONES.get(text[n.start : n.end]) if n.kind == "segment" else None
        between = text[before.end : n.start] if before is not None else ""
        modifier = ZH_ZONE_MODIFIERS.get(between) if between else None
        if modifier is not None:
            zone = f"{modifier} {zone}" if zone else None
        elif between:
            zone = None
        if zone and before is not None and before.kind == "region":
            out[-1] = Match(before.start, n.end, f"{before.name} {zone}", "segment")
        else:
            out.append(n)
    return out


#: What a product is to the economy, written before 的 ("主导产业的机电产品", "传统优势的
#: 劳动密集型产品"), or what it takes in ("含汽车、汽配在内的汽车产业"): a description, no
#: part of the product's name.
_ZH_PRODUCT_ROLES = ("产业", "行业", "优势", "主力", "龙头", "支柱", "特色", "重点", "主导", "在内")


def modified_chinese_segments(text: str, names: list[Match], marker: str) -> list[Match]:
    """Mark a known Chinese segment word that an unknown word modifies: 电动汽车 is not 汽车.

    Chinese names are matched as substrings, so a table word can sit at the end of a
    longer, unknown product name. When characters other than the words of
    :data:`ZH_NOT_PRODUCT` stand between the last delimiter (punctuation, a list mark or
    another name) and the word, the whole is an unknown product: its name becomes
    ``marker`` + the written stretch and the caller skips its figures.
    """
    out: list[Match] = []
    previous_end = 0
    for n in names:
        if (
            n.kind == "segment"
            and not n.name.startswith(marker)
            and text[n.end - 1] in ZH_PRODUCT_ENDINGS  # products, not trade modes or firms
        ):
            run = _ZH_RUN.search(text, max(previous_end, n.start - 8), n.start)
            if run is not None:
                stretch = _ZH_FLOW.split(run.group(0))[-1]  # 自俄进口原油: after the flow word
                # "…、生物医药等高技术产品": the items before 等 do not modify the category
                stretch = stretch.rsplit("等", 1)[-1]
                # "进口商品中最主要的是原油", "主要为服装": what the item is, not a modifier
                stretch = stretch.rsplit("是", 1)[-1].rsplit("为", 1)[-1]
                # "作为江苏主导产业的机电产品": the product's role before 的 describes it, it
                # does not name another one (not "管道输送的天然气": a way of delivery)
                role, de, named = stretch.rpartition("的")
                if de and role.endswith(_ZH_PRODUCT_ROLES):
                    stretch = named
                rest = _ZH_NOT_PRODUCT.sub("", stretch).strip("“”")
                if rest:
                    written = stretch[stretch.find(rest[0]) :] + text[n.start : n.end]
                    n = Match(n.start, n.end, marker + written, "segment")
        out.append(n)
        previous_end = max(previous_end, n.end)
    return out


# --- figures for each part of a period ------------------------------------------------------
#: Period expressions that name their parts: "the first three quarters", 前三季度, "the
#: first five months", 前5个月.
_PARTS_NAMED = {
    "first_quarters": 3,
    "quarter_pair": 3,
    "zh_first_quarters": 3,
    "zh_each_quarter": 3,
    "first_months": 1,
    "zh_first_months": 1,
    "zh_quarter_months": 1,  # (四季度3个月: the quarter's months)
}


def each_part(kind: str, period: Period, count: int) -> tuple[Period, ...] | None:
    """The parts a list of ``count`` figures gives one each, or None.

    "Trade in the first three quarters was x, y and z respectively" is one figure per
    quarter: the period expression names its parts, and the list is as long as it names.
    """
    size = _PARTS_NAMED.get(kind)
    if size is None or count < 2 or period.n_months != size * count:
        return None
    months = period.months()
    if size == 1:
        return tuple(months)
    return tuple(Period.quarter(m.start_year, (m.start_month - 1) // 3 + 1) for m in months[::size])


# "the monthly growth remained above 30%", "每月进出口均超过…", "month after month": one
# statement about every month of the period, not about the period as a whole. A monthly
# average (月均, "average monthly") is one figure of the whole period and does not match.
_EACH_MONTH = re.compile(
    r"(?<!average\s)(?<!\ba\s)\bmonthly\b(?!\s+average)|\bevery\s+month\b|\beach\s+month\b"
    r"|每个?月(?!平均)|逐月",
    re.I,
)


def each_month(text: str, start: int, end: int, periods: tuple[Period, ...]) -> tuple[Period, ...]:
    """The months of ``periods`` when text[start:end] says the figure holds for each month."""
    if not any(p.n_months > 1 for p in periods) or _EACH_MONTH.search(text, start, end) is None:
        return periods
    return tuple(month for p in periods for month in p.months())
