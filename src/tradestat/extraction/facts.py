"""The facts of one sentence: each figure with its meaning and context, or skipped and why.

This is where the stages meet: the measure of each figure (:mod:`measures`), its owner and
partners (:mod:`owners`), its flow, period and list pairs (:mod:`attach`), and the context
carried from the sentences before (:class:`Carried`). A figure that any stage cannot
place becomes a :class:`Skipped` with the reason, never a guessed fact.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re

import attrs

from tradestat import places
from tradestat.errors import TradestatError
from tradestat.extraction import attach, cues, lexicon, meaning, measures, numbers, owners
from tradestat.extraction.analysis import (
    CONTINUES,
    NAME_LIST_GAP,
    UNKNOWN,
    Analysed,
    clause_of,
    find_all,
    part_of,
)
from tradestat.extraction.context import Carried
from tradestat.extraction.gazetteer import Gazetteer, Match
from tradestat.extraction.lists import (
    flow_lists,
    last_name_run,
    list_measures,
    listed_economies,
    name_run,
    period_parts,
    period_run,
    position,
    written_list,
)
from tradestat.extraction.numbers import Mention
from tradestat.extraction.text import Document, quick, quick_finditer
from tradestat.figures import Figure, Qualifier
from tradestat.models import MEASURES, Fact, Flow, Measure, Provenance
from tradestat.periods import MONTH_NAMES, Period

__all__ = [
    "Skipped",
    "listed_partners",
    "sentence_facts",
    "unify_segments",
    "unique",
]


@attrs.frozen
class Skipped:
    """A figure the extractor saw but did not turn into a fact, and why.

    ``place`` is the name the figure belongs to when the reason is that name (a district
    not in the name tables), so that a caller need not parse ``reason``.
    """

    start: int
    end: int
    text: str
    reason: str
    place: str | None = None


# "Both imports and exports of X account for more than half": a figure for each flow.
_BOTH_FLOWS = re.compile(r"\b[Bb]oth\s+(?:imports\s+and\s+exports|exports\s+and\s+imports)\b")
# "the monthly surplus of US$23.8 billion", "monthly exports of $9 billion": an amount right
# after "monthly" and its flow is one month's (English; "average monthly" is not this).
_MONTHLY_OF = re.compile(
    r"(?<!average )\bmonthly\s+(?:trade\s+)?(?:surplus|deficit|exports|imports|trade)\s+"
    r"(?:of|at|stood\s+at|was|were|hit|reached|exceeded|surpassed|topped|totall?ed"
    r"|amounted\s+to|came\s+to)\s+(?:about\s+|around\s+|some\s+)?"
    r"(?:US\$|\$|RMB\s?|¥)?$",
    re.I,
)

# The value a figure is compared with, written as the same period a year earlier.
# English "from <amount> to <amount>" with no period between (see sentence_facts).
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:about\s+|nearly\s+|around\s+|almost\s+)?(?:US\s?|U\.S\.\s?)?[$€£¥]?\s*$"
)
# Between the start amount of a change and its end amount: "from $9.6 billion to $19.9
# billion" (the end's unit words and "to")
_TO_AMOUNT_BEFORE = re.compile(
    r"\bfrom\s+(?:US\s?|U\.S\.\s?)?[$€£¥]?\s*\d[\d.,]*(?:\s+[a-z.]+){0,3}?\s+to\s+"
    r"(?:about\s+|nearly\s+|around\s+|almost\s+)?(?:US\s?|U\.S\.\s?)?[$€£¥]?\s*$",
    re.I,
)
_TO_AMOUNT_AFTER = re.compile(
    # (a fiscal year the text names but does not spell out may come between: "from $83.2
    # billion in the fiscal year 2023 to $85 billion" under a fiscal year in force)
    r"(?:\s+in\s+(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:of\s+)?\d{4}(?:[-–/]\d{2,4})?)?"
    r"\s+to\s+(?:about\s+|nearly\s+|around\s+|almost\s+)?(?:US\s?|U\.S\.\s?)?[$€£¥]?\s*\d"
)
# After a change, the start and end values that date it: ", from 92 bn in ... to 112 bn in ..."
_FROM_AFTER = re.compile(r",?\s+from\s+(?:about\s+|nearly\s+)?(?:US\s?|U\.S\.\s?)?[$€£¥]?\s*\d")
_TO_WORD = re.compile(r"\bto\b")
# The nation's customs administration, named as a sentence's source.
_NATIONAL_CUSTOMS = re.compile(
    r"\bGeneral\s+Administration\s+of\s+Customs\b(?!\s+(?:of\s+\w+\s+)?(?:District|Sub))"
    r"|\bGACC?\b(?!\s+(?:District|Sub))"
)
# An amount set against the same one a year before: "amounted to $6.59 billion against $5.59
# billion year-on-year", "compared with $4.1 billion a year earlier".
# (the words of attach's rates a year before, cues.COMPARED_WITH and cues.A_YEAR_AGO, with
# what only an amount has: "surpassing", "exceeding", "about", a currency; case as written)
_AGAINST_BEFORE = re.compile(
    rf"\b(?:{cues.COMPARED_WITH}|surpassing|exceeding)\s+"
    r"(?:about\s+|nearly\s+)?"
    r"(?:US\s?|U\.S\.\s?)?[$€£¥]?\s*$"
)
_A_YEAR_AGO_AFTER = re.compile(
    rf"\s*(?:year[-\s]on[-\s]year|{cues.A_YEAR_AGO}"
    r"|in\s+the\s+same\s+(?:period|month|quarter)\s+(?:of\s+)?last\s+year)\b"
)
# After a figure, the same figure of an earlier month: "rose to $99.05 billion from $82.62
# billion in May", "grew 8.6%, up from 7.6% in May", "fell 2.3 percent after rising 1.8
# percent in the previous month": the first figure is of the month after that one (group 1:
# "the previous month", group 2: a month's name).
_EARLIER_MONTH_AFTER = re.compile(
    r"(?:\s+(?:year[-\s]on[-\s]year|from\s+a\s+year\s+(?:earlier|ago)))?"
    r",?\s+(?:(?:up|down)\s+)?(?:from|after\s+(?:an?\s+)?[a-z]+(?:\s+by)?)\s+"
    r"(?:about\s+|nearly\s+|around\s+)?(?:US\s?|U\.S\.\s?)?[$€£¥]?\s*\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent|(?:billion|million|trillion|bn)(?:\s+(?!in\b)[A-Za-z.]+){0,2})?"
    r"\s+in\s+(?:(the\s+previous\s+month|the\s+month\s+before)|([A-Z][a-z]+\.?))"
    # (not a month of a written year, "in May 2023", nor one opening a range, "in
    # January-April", "in January to April")
    r"(?![\w\s]{0,8}\d{4}|\s*[-–—]|\s+(?:to|through|and)\b)"
)
# A figure of the month before the one in force: "after rising 1.8 percent in the previous
# month". (attach's _MONTH_EARLIER, after a change's noun, is built on the same words.)
_PREVIOUS_MONTH_AFTER = re.compile(
    rf"\s*(?:%|percent|per\s+cent)?\s+in\s+{cues.THE_PREVIOUS_MONTH}\b"
)
# (or the same months of a named year: "与2016年同期的368亿令吉相比" as the year before)
_BASE_VALUE = re.compile(
    r"(?:(?:比|较|从|由|与|同)(?:去年|上年|((?:19|20)\d{2})年)同期的"
    # ... or the balance the same period a year earlier had, after this period's: "贸易顺差
    # 6758.6亿元，去年同期为逆差433亿元", "而去年同期顺差为146亿元"
    r"|(?:去年|上年)同期(?:为|是)?(?:贸易)?[顺逆]差(?:为|是)?"
    # ... or any value of it so written: "出口3000亿元，上年同期为2800亿元"
    r"|(?<![比较与同])(?:去年|上年)同期(?:为|是))\s*(?:约|近)?\s*$"
)
# A share or a rate a year earlier, before the one it came to or is compared with: "占比由
# 上年同期的14.3%提升至15.9%", "比重从去年的21.2%降至19.8%", "增速比上年同期的3.2%提高"
# (of the same period, or the year, before).
_BASE_RATE = re.compile(r"(?:从|由|比|较)(?:去年|上年)(?:同期)?的\s*(?:约|近)?\s*$")
# ... or written as a named whole year: "同比2011年的228.2亿美元增长10.3%", "比2019年的…".
_BASE_YEAR_VALUE = re.compile(r"(?:比|较|从|由)((?:19|20)\d{2})年(?:全年)?的\s*(?:约|近)?\s*$")
# A span of years with values from its start to its end: "1975—2024年，…进出口额从24.0亿美元
# 上升至7858.2亿美元" (the first value is of 1975, the second of 2024).
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})年?\s*(?:—|–|-|－|~|～|至|到)\s*((?:19|20)\d{2})年")
_SPAN_FROM = re.compile(r"(?:从|由)\s*(?:不足|约|近|超过|逾)?\s*$")
_SPAN_TO = re.compile(
    r"(?:增长|上升|增加|提高|扩大|下降|减少)?(?:至|到)\s*(?:不足|约|近|超过|逾)?\s*$"
)


def _span_end(s: Analysed, m: Mention) -> tuple[Period, ...]:
    """The year of a value written from / to within a span of years before it, or ()."""
    spans = list(_YEAR_SPAN.finditer(s.text, 0, m.start))
    if not spans:
        return ()
    before = s.text[max(0, m.start - 8) : m.start]
    if _SPAN_FROM.search(before):
        return (Period.year(int(spans[-1].group(1))),)
    between = s.text[spans[-1].end() : m.start]
    if _SPAN_TO.search(before) and ("从" in between or "由" in between):
        return (Period.year(int(spans[-1].group(2))),)
    return ()


# A value "from" / "to" which a level moved over a run of whole years in force: "Shaanxi's
# annual trade with them surged from 41.66 billion yuan to 209.86 billion yuan" after "from
# 2013 to 2023" (the first value is of 2013, the second of 2023).
_EN_RUN_FROM = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|less\s+than\s+)?"
    r"(?:US\$|\$|RMB\s?|¥)?$",
    re.I,
)
_EN_RUN_TO = re.compile(
    r"\bto\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|less\s+than\s+)?"
    r"(?:US\$|\$|RMB\s?|¥)?$",
    re.I,
)


def _run_end(s: Analysed, m: Mention, clause: tuple[int, int], run: Period) -> tuple[Period, ...]:
    """The first or last year of a run of whole years a value moved from / to, or ()."""
    if run.start_month != 1 or run.end_month != 12 or not s.text.isascii():
        return ()
    before = s.text[max(clause[0], m.start - 24) : m.start]
    if _EN_RUN_FROM.search(before):
        return (Period.year(run.start_year),)
    if _EN_RUN_TO.search(before):
        # (the value before it is the run's start: "from 41.66 billion yuan to ...")
        start = s.text.rfind("from", clause[0], m.start)
        if start >= 0 and _DIGIT.search(s.text, start, m.start):
            return (Period.year(run.end_year),)
    return ()


# A growth said of the same period last year itself (not "比去年同期增长", growth over it;
# "上年同期为下降2.6%": with a copula before the word of growth too).
_LAST_YEARS_OWN = re.compile(
    r"(?<![比较与同])(?:去年|上年)同期(累计)?(?:为|是)?"
    r"(?:跌幅|降幅|增幅|增速|增长|下降)(?:为|达)?\s*$"
)
# A quantity of goods of one flow, then the bare 贸易额 of the next clause: the value of
# those goods ("出口整车8000余辆，贸易额26.3亿元", "进口煤炭55万吨，贸易额约9亿元").
_ONE_FLOW_QUANTITY_THEN_VALUE = re.compile(
    r"(?<!进)(出口|进口)[^，,。；;\d]{0,12}[\d.]+(?:万|千|百)?(?:余|多)?"
    r"(?:辆|吨|台|艘|架|只|头|件|套|标箱)[，,]\s*贸易额(?:为|达到|达|约|近|超过|超)?\s*"
    # (and the growth of that value, right after it: "…，贸易额26.3亿元，同比增长306%")
    r"(?:[\d.]+(?:万亿|亿|万)?(?:元|美元)[，,]\s*(?:同比|比上年)?(?:增长|下降|增加|减少)了?\s*)?$"
)
# A number of places taken together: "乌鲁木齐、伊犁等10地州", "苏南5市", "三地".
_PLACES_TOGETHER = re.compile(
    r"[\d一二两三四五六七八九十]+个?(?:地州|地市|州市|市州|城市|市|地)(?![区场])"
)
# A percentage of the goods of one flow: "76.4%的进口商品来自…", "45.1%的出口商品销往…"
_ZH_SHARE_OF_GOODS = re.compile(r"的(进口|出口)(?:商品|产品|货物)")
# Several regions counted and summed: "7个外贸大省市合计", "东部10个省份共", "五个城市累计"
_ZH_REGIONS_TOGETHER = re.compile(
    r"[\d一二两三四五六七八九十]+个[^，,。；\d]{0,6}?(?:省市|省份|省区市|省区|城市|地市)"
    r"(?:合计|共计|共|累计|总计)"
)
# A figure as it would be without some factor: 剔除这一因素, 扣除价格因素后, 如不考虑…影响
# (not 扣除汇率因素: the growth in dollars that releases report)
_WITHOUT_FACTOR = re.compile(
    r"(?:剔除|扣除|排除|除去|不考虑|不计)[^，,。；;\d]{0,16}?(?:因素|影响)(?:后|外)?[，,]?\s*(?:则)?"
)
# The whole of the province (or region) a city's share is of: "分别占全省进出口总值的28.3%、
# 17.3%…" after a list of cities (a share of a higher level's total: no fact of the schema).
_HIGHER_TOTAL = re.compile(r"占(?:全省|全区|全疆|本省|我省|我区|同期全省|同期全区)")
# ... in English, after the figure: "accounting for 63.8 percent of the province's total"
_HIGHER_TOTAL_AFTER = re.compile(
    r"\s+(?:of|to)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:province|region)(?:['’]s)?\b"
    # ("contributing to 61.9 percent of the total volume of the province")
    r"|\s+of\s+the\s+(?:total|overall)\s+(?:[\w-]+\s+){0,2}?of\s+the\s+(?:whole\s+)?"
    r"(?:province|region)\b",
    re.I,
)
# Growth on the level of a named year, whatever year the figure is of.
_LEVEL_BASE = re.compile(
    r"[^.;。；]{0,30}?\b(?:from|over|on|above)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}level"
    r"\s+(?:of|in)\s+(?:19|20)\d{2}\b"
)


_DIGIT = re.compile(r"\d")
_SHARE_OF_GROUP = re.compile(
    r"\b(?:account(?:ed|ing|s)?\s+for|represent(?:ed|ing|s)?|making\s+up)\s+[\d.]+\s*(?:%|percent|per\s+cent)"
    r"\s+of\s+(?:the\s+)?(?:(?:country|nation|city|province)['’]s\s+)?"
    r"((?:[\w-]+\s+){1,3}?)(?:foreign\s+)?(?:trade|exports|imports)\b",
    re.I,
)
_THEIR_SHARE = re.compile(
    r"\s*(Their)\s+(?:combined\s+|total\s+)?(?:proportion|share)\s+(?:in|of)\s"
)
_ITS_TRADE_WITH = re.compile(
    r"\s*(Its)\s+(?:(?:total|bilateral|two-way)\s+)?trade(?:\s+volume|\s+value)?\s+with\s+"
)
_ANAPHOR_COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", re.I)
_THEIR_TRADE = re.compile(
    r"\s*(Their)\s+(?:(?:total|combined|overall|bilateral|two-way)\s+)?(?:trade|exports|imports)\b"
)
# (also "in": "gaining 7.7 billion yuan in mobile phones, 1.73 billion yuan in tablets")
_OWN_SEGMENT_AFTER = re.compile(
    # ("of which, 2.73 billion yuan for the mobile phone, 710 million yuan for the ...")
    # (the conversion inside the bracket too: "23.95 billion yuan ($3.7 billion) of
    # cosmetics" is the bracket's product as well)
    r"\s*(?:\([^()]{0,30}\)\s*|\)\s*)?(?:worth\s+of|of|in|for)\s+(?:the\s+|its\s+)?",
    re.I,
)
_RESPECTIVELY_TO = re.compile(
    r"\brespectively\s*,?\s*(?:to|from|with)\s+(?:the\s+)?"
    # ("to countries involved in the BRI": the group's name is "the BRI")
    r"(?:(?:countries|economies|nations|markets)(?:\s+and\s+regions)?\s+"
    r"(?:involved\s+in|participating\s+in|along|in|of|under)\s+(?:the\s+)?)?$"
)
# Where examples of a product group named before them start: "such as", "including",
# "like", "e.g." (with no figure between the group and them).
_EXAMPLES_AFTER_HEAD = re.compile(
    r"(?<=[a-z])[\s,]+(?:such\s+as|including|like|e\.g\.,?)\s+(?=[a-z])", re.I
)


def _segment_said(s: Analysed, near: Match, m: Mention) -> bool:
    """Whether the statement about a segment ended before a partner named ahead of ``m``.

    "加工贸易出口大幅增长，对美国出口增长85.6%": closed by its growth word and manner.
    (Not when closed by a figure of its own: "机电产品出口…增长5%，对美国出口…" goes on
    about the product in the project's texts.)
    """
    return cues.SEGMENT_SAID.search(s.text, near.end, m.start) is not None and any(
        n.kind != "segment" and near.end <= n.start < m.start for n in s.names
    )


def _segment_a_cause(s: Analysed, near: Match, m: Mention) -> bool:
    """Whether a segment before ``m`` sits in a figureless Chinese cause clause before it.

    "因汽车出口大减，韩国的总出口额下降了2.1%": the clause opened by 因/由于/受 ends
    before the figure's clause; its product is why, not what, the figure counts; so is
    that of a cause closed inside the clause ("出口受汽车出口带动增长5%").
    """
    span = cues.ZH_CAUSE_SPAN.search(s.text, max(0, near.start - 12), m.start)
    if span is not None and span.start() < near.start and near.end <= span.end():
        return True  # (closed inside the clause: "出口受汽车出口带动增长5%")
    if cues.ZH_CAUSE_OPENS.search(s.text, max(0, near.start - 12), near.start) is None:
        return False
    comma = cues.ZH_CLAUSE_BREAK.search(s.text, near.end, m.start)
    return comma is not None and _DIGIT.search(s.text, near.end, comma.start()) is None


# The total a share is of, written before 占: "在中非贸易中分别占8.4%、7.3%"
_SHARE_IN = re.compile(r"在([^，,。；;]{1,16}?)中(?:分别|的)?$")
_CHINA_PAIR_AT = re.compile(rf"中{cues.ZH_CHINA_PAIR_TAIL}")


def _is_product(n: Match) -> bool:
    """Whether a segment name is a product (not a kind of enterprise or of trade)."""
    return not n.name.endswith(("enterprises", " trade"))


def _members_share(s: Analysed, m: Mention, part: tuple[int, int], partner: str) -> bool:
    """Whether a share is of the trade with one partner, by other partners named before it.

    "对越南增长1.3倍，占对东盟外贸总值的26.6%", "对缅甸、越南…进出口占全省与“一带一路”沿线
    国家贸易额的67.3%", "中南双边贸易…，占同期中国对非洲进出口总值的19.9%" (the figure's
    partner is another), "在中非贸易中分别占8.4%": the schema's shares are of the
    reporter's totals (or of a segment of them), not of a partner's.
    """
    if s.text.isascii():
        return _members_share_en(s, m, part)
    of = s.text.rfind("占", part[0], m.start)
    if of < 0:
        return False
    total = [n for n in s.names if of < n.start < m.start and n.kind in ("country", "partner")]
    inside = _SHARE_IN.search(s.text, max(0, of - 20), of)
    if not total and inside is not None:
        pair = _CHINA_PAIR_AT.match(s.text, inside.start(1))
        if pair is not None:  # 在中非贸易中: China's trade with Africa
            names = [cues.ZH_CHINA_PAIR_NAMES[c] for c in pair.group(1)]
            return partner not in ("World", names[0]) or len(set(names)) > 1
        total = [
            n
            for n in s.names
            if inside.start(1) <= n.start < inside.end(1) and n.kind in ("country", "partner")
        ]
    # (the partner after 对/与/自, not the reporter before it: "占同期中国对非洲进出口总值";
    # 与“一带一路”沿线国家: after its quote)
    total = [
        n
        for n in total
        if s.text[max(0, n.start - 2) : n.start].rstrip('“"「')[-1:] in ("对", "与", "自")
    ]
    if not total:
        return False
    if partner not in ("World", total[0].name):
        return True
    # (the partners named before it in the sentence: "中南双边贸易…，占同期中国对非洲…的19.9%")
    before = [
        n
        for n in s.names
        if n.start < of and n.kind in ("country", "partner") and n.name != "China"
    ]
    return any(n.name != total[0].name for n in before)


# After a share, the total it is of when that is the trade with a partner: "27.4 percent
# of Shanghai's total trade with ASEAN", "of the total import value from ASEAN".
_OF_TRADE_WITH = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:total\s+|overall\s+)?(?:foreign\s+)?"
    # ("of China's overall trade volume with the EU": the volume written too)
    r"(?:trade(?:\s+volume|\s+value)?|imports|exports|import\s+value|export\s+value)\s+"
    r"(?:with|from|to)\s+",
    re.I,
)


# Right after a share: "of the total" alone, the total just given (not "of the total
# foreign trade", "of total exports").
_OF_BARE_TOTAL = re.compile(
    r"\s+of\s+the\s+total\b(?!\s+(?:foreign|external|trade|exports|imports)\b)", re.I
)


def _members_share_en(s: Analysed, m: Mention, part: tuple[int, int]) -> bool:
    """Whether an English share is of the trade with a partner, by another partner named before.

    "Vietnam was Shanghai's largest trade partner in the ASEAN region, accounting for 27.4
    percent of Shanghai's total trade with ASEAN": a share of the trade with ASEAN, which
    the schema does not hold (its shares are of the reporter's totals), as in Chinese.
    """
    of = _OF_TRADE_WITH.match(s.text, m.end)
    if of is None:
        return False
    # (a name may hold its article: "the EU")
    total = next(
        (
            n
            for n in s.names
            if n.start == of.end()
            or (s.text.startswith("the ", of.end()) and n.start == of.end() + 4)
        ),
        None,
    )
    if total is None or total.kind not in ("country", "partner"):
        return False
    return any(
        part[0] <= n.start < m.start
        and n.kind in ("country", "partner")
        and n.name not in (total.name, "China")
        for n in s.names
    )


# "the value of China's foreign trade": the trade itself, not the total a share is of
_MEASURE_OF = re.compile(
    r"\b(?:value|volume|amount|scale|size)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?$", re.I
)


def _earlier_month_after(
    text: str, m: Mention, periods: tuple[Period, ...], month: tuple[Period, ...], written: int
) -> tuple[Period, ...] | None:
    """The month of a figure set against the same figure of the month before, if so.

    "The surplus rose to $99.05 billion from $82.62 billion in May" (under a first-half
    lead): June; "imports fell 2.3 percent after rising 1.8 percent in the previous month"
    (June named last): June, and the later figure May. None when nothing says so, or the
    month after is not inside the figure's period. written: where the sentence writes its
    first period (the figure's period must be the one in force, none of the sentence's own).
    """
    if len(periods) != 1:
        return None
    period = periods[0]
    if _PREVIOUS_MONTH_AFTER.match(text, m.end):
        # "... 1.8 percent in the previous month": before the sentence's own month, or the
        # month in force
        if period.n_months == 1:
            return (period.shift(-1),)
        if month and len(month) == 1 and period.contains(month[0]):
            return (month[0].shift(-1),)
        return None
    after = _EARLIER_MONTH_AFTER.match(text, m.end)
    if after is None or written < after.start():
        # (a period the sentence writes itself, "exports in 2024 rose 5.9% to $3.58
        # trillion, after growing 6.7% in November", is the figure's own)
        return None
    if (m.kind == "percent") != any(w in after.group(0) for w in ("%", "percent", "per cent")):
        return None  # (a value set beside a growth rate: no figure of an earlier month)
    if after.group(1):
        if month and len(month) == 1 and period.contains(month[0]):
            return month if period.n_months > 1 else None
        return None
    name = after.group(2).rstrip(".").lower()
    if name not in MONTH_NAMES:
        return None
    earlier = MONTH_NAMES[name]
    year = period.end_year - (earlier >= period.end_month and period.n_months > 1)
    later = Period.month(year, earlier).shift(1)
    if period.n_months == 1 or not period.contains(later):
        return None  # (a month of its own already, or the month after is not in force)
    return (later,)


# "This accounted for", "It made up" opening a sentence (cues.SEGMENT_ANAPHOR): the share
# of what the sentence before gave figures of
_SHARE_ANAPHOR = re.compile(
    r"\s*(?:This|That|It)\s+(?:accounted|accounts|made|makes|represented|represents|took|takes)\b"
)
# The cues.OVERALL_TRADE words that only say how far a figure reaches, naming no trade:
# "ranking first nationwide", "in all", "Overall, ..."
_REACH_WORDS = re.compile(r"(?:in\s+all|[\w-]*wide|\s*overall)", re.I)


def _with_the_world(
    text: str, start: int = 0, end: int | None = None, *, named: bool = False
) -> bool:
    """Whether text[start:end] names the reporter's overall trade (not as a share's total).

    named: only by words naming the whole trade ("total foreign trade", "total exports"),
    not "nationwide" or "in all".
    """
    return any(
        (
            cues.OF_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None
            or _MEASURE_OF.search(text, max(0, m.start() - 30), m.start()) is not None
        )
        and not (named and _REACH_WORDS.fullmatch(m.group()))
        for m in quick_finditer(cues.OVERALL_TRADE, text, start, end)
    )


class _World:
    """Whether a sentence names the reporter's overall trade, searched once when first asked."""

    __slots__ = ("_found", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: bool | None = None

    def words(self) -> bool:
        if self._found is None:
            self._found = _with_the_world(self._text)
        return self._found


_FLOWS: dict[str | None, Flow] = {f.value: f for f in Flow}


# Before a kind the text sets a segment against: "differentiated with / from", "as opposed
# to", "unlike", "rather than", "other than" (with the article before the kind).
_CONTRASTED_BEFORE = re.compile(
    r"\b(?:(?:differentiated|distinguished|different)\s+(?:with|from)|as\s+opposed\s+to"
    r"|unlike|rather\s+than|other\s+than)\s+(?:the\s+)?$",
    re.I,
)
# A sentence opening with the partners just listed taken together: "The three contributed",
# "Together, the two accounted for", "The four combined made up".
_SEVERAL_TOGETHER = re.compile(
    r"\s*(?:Together,\s+)?(?:The|These|Those)\s+(?:two|three|four|five|six)\s+"
    r"(?:(?:together|combined|jointly)\s+)?"
    r"(?:contributed|accounted|made\s+up|took\s+up|represented|together|combined)\b"
)


# A part that opens with "those of" / "that of": the flow of the part before, of another
# product ("those to Russia" names its own partner).
_THOSE_OF_PART = re.compile(r"\s*(?:those|that)\s+of\b", re.I)


def _partner_before(s: Analysed, at: int, subject: str | None) -> bool:
    """Whether the sentence names a partner (a country or a group) before ``at``."""
    return any(
        n.kind in ("country", "partner")
        and n.end <= at
        and n.name != subject
        and not owners.names_currency(n, s.text)
        for n in s.names
    )


def _pairs_respectively(s: Analysed) -> bool:
    """Whether the sentence pairs a list with "respectively" / 分别."""
    return "respectively" in s.text.lower() or "分别" in s.text


# A partner or segment that stands for a list of the sentence before whose names do not
# pair with the figures "respectively": its figures are skipped, with this reason.
_UNPAIRED_LIST = UNKNOWN + "unpaired list: "
_UNPAIRED_REASON = "a 'respectively' list before whose names do not pair with the figures"


# The flow words that make a sentence hold two flows ("Exports to and imports from these
# economies"): each group one flow (进出口 is the total, not both).
_FLOW_WORD = re.compile(r"(进出口)|(出口|\bexport\w*)|(进口|\bimport\w*)", re.I)


def _pairs_with_list(s: Analysed, names: set[str]) -> bool:
    """Whether a list of the sentence before (``names``) pairs one to one with the figures.

    So when it has several names, the sentence at most one flow (before "respectively" /
    分别), and as many figures of one kind as names: "Exports to and imports from these
    economies totaled x and y respectively" after a list of three pairs the flows, not the
    names, and the figures are then skipped (they are no figures of the reporter's whole
    trade either).
    """
    if len(names) < 2:
        return False
    # (the flow words up to "respectively": a later clause without figures, ", while imports
    # from them fell", is no second flow of the list's figures)
    ends = [e for e in (s.text.lower().find("respectively"), s.text.find("分别")) if e >= 0]
    end = min(ends, default=-1)
    flows = {
        next(k for k, w in enumerate(f.groups()) if w)
        for f in _FLOW_WORD.finditer(s.text, 0, len(s.text) if end < 0 else end)
    }
    if len(flows) > 1:
        return False
    kinds: dict[str, int] = {}
    for m in s.mentions:
        kinds[m.kind] = kinds.get(m.kind, 0) + 1
    return len(names) in kinds.values()


def sentence_facts(
    s: Analysed,
    subject: str,
    state: Carried,
    previous_names: list[Match],
    doc: Document,
    source: str | None,
    anchor: str | None,
    gazetteer: Gazetteer,
) -> tuple[list[Fact], list[Skipped]]:
    """The facts of one analysed sentence, and the figures skipped with their reasons.

    ``state`` is the context carried from the sentences before, ``previous_names`` the
    names of the sentence before (for "their", "those countries", a list "respectively"
    pairs with), ``anchor`` the publication date relative time was counted from.
    """
    facts: list[Fact] = []
    skipped: list[Skipped] = []
    # (a mainland customs office as the sentence's source: its bare 元 is the renminbi)
    mainland_source = any(m.own_yuan for m in s.mentions) and bool(
        quick(_MAINLAND_CUSTOMS).search(s.text)
    )
    partners = [n for n in s.names if owners.is_partner(n, s.text, subject)]
    written = owners.written_partners(s, subject, previous_names, gazetteer, state.countries)
    partners += written
    partners = owners.without_ranking_groups(partners, s.text)
    previous_names = _without_holding_group(previous_names, subject)
    earlier_list = {n.name for n in previous_names if owners.is_partner(n, "", subject)}
    for anaphor in find_all(cues.PARTNER_ANAPHOR, s):
        if anaphor.group(0)[:3].lower() == "for" and subject in owners.region_names():
            continue  # "for the region as a whole" in a text on a Chinese region: its own
        if anaphor.group(0)[:7].lower() == "between" and any(
            anaphor.start() <= n.start < anaphor.start() + anaphor.group(0).rfind(" and ")
            for n in partners
        ):
            # "trade between Poland and the country" in China's figures: the first side is the
            # partner, "the country" the reporter (not the group the sentence before named)
            continue
        if _the_reporter_itself(s, anaphor, subject):
            # "shipments from the Southeast Asian nation" in Vietnam's text: no partner
            partners = [n for n in partners if not anaphor.start() <= n.start < anaphor.end()]
            continue
        # "imports from the continent": the partner named last before it
        before = [n.name for n in partners if n.end <= anaphor.start()]
        if before and _THE_PLURAL.search(anaphor.group(0)):
            continue  # "A, B and C ..., with exports to the countries ...": the list itself
        name = before[-1] if before else state.partner
        if name is None and anaphor.group(0)[-5:].lower() == "trade":
            name = state.group  # "this trade": with the group the sentence before named
        if not before and cues.ONE_COUNTRY_ANAPHOR.search(anaphor.group(0)):
            # "to that country", "with the Middle East country": the one country the
            # sentence before named; with several named, which one is not guessed
            named = {n.name for n in previous_names if n.kind == "country" and n.name != subject}
            name = named.pop() if len(named) == 1 else UNKNOWN + anaphor.group(0)
        if (
            not before
            and _pairs_respectively(s)
            and cues.PLURAL_ANAPHOR.search(anaphor.group(0))
            and _pairs_with_list(s, earlier_list)
            and not any(n.kind == "partner" for n in s.names if n.end <= anaphor.start())
        ):
            # "the EU, the US and ASEAN were the city's top three export markets. Exports to
            # these economies amounted to x, y and z respectively": the list before pairs
            # with the figures (below), one each
            continue
        if cues.PLURAL_ANAPHOR.search(anaphor.group(0)):
            # "exports to those countries": the group named last (in this sentence or
            # before), never one of its members; with none named, no partner is guessed
            groups = [n.name for n in s.names if n.kind == "partner" and n.end <= anaphor.start()]
            name = groups[-1] if groups else state.group
            counted = _ANAPHOR_COUNT.search(anaphor.group(0))
            if (
                not groups
                and state.listed
                and not before
                # (the count says it is that list: "those countries" alone may be another
                # group, and is not guessed)
                and counted is not None
                and _english_count(counted.group(0)) == len(state.listed_members)
            ):
                # "Nantong's trade with ASEAN, the EU, the US and Japan rose ... Its trade
                # with these four countries and regions ...": the list written just before
                name = state.listed
            listed = {
                n.name
                for n in s.names
                if n.kind == "country" and n.name != subject and n.end <= anaphor.start()
            }
            if not groups and name and len(listed) > 1 and not listed <= places.members(name):
                name = None  # "Japan, Korea and Australia ... those countries": a list
            if not groups and not before and _pairs_respectively(s) and len(earlier_list) > 1:
                # a list before that does not pair with the figures (above): not the last
                # group of the list either; no partner is guessed
                name = _UNPAIRED_LIST + anaphor.group(0)
            if "共建" in anaphor.group(0) and name != "BRI countries":
                name = None  # 共建国家 is short for the Belt and Road countries only
            name = name or UNKNOWN + anaphor.group(0)
        if name:
            # 对这些国家: the partner slot read the words as an unknown name; "the Middle
            # East country": the group in the words is not the partner
            partners = [n for n in partners if not anaphor.start() <= n.start < anaphor.end()]
            partners.append(Match(anaphor.start(), anaphor.end(), name, "partner"))
    if state.listed and not partners and _THEIR_TRADE.match(s.text):
        # "The US, Japan and Germany were the city's major partners. Their trade volume
        # with Tianjin totaled ...": the list of the sentence before
        their = _THEIR_TRADE.match(s.text)
        assert their is not None
        partners.append(Match(their.start(1), their.end(1), state.listed, "partner"))
    if (
        state.partner
        and state.partner != "World"
        and not partners
        and (their_share := _THEIR_SHARE.match(s.text))
    ):
        # "Trade with BRI countries surged ... Their proportion in Shaanxi's foreign trade
        # increased from 33.4 percent to 51.9 percent": the partner of the sentence before
        partners.append(Match(their_share.start(1), their_share.end(1), state.partner, "partner"))
    its = _ITS_TRADE_WITH.match(s.text) if s.text.isascii() else None
    first_figure = s.mentions[0].start if s.mentions else len(s.text)
    if (
        its is not None
        and any(n.start == its.end() and n.name == subject for n in s.names)
        and not any(n.start < first_figure for n in partners)
    ):
        # "Germany remains China's largest partner in the EU. Its trade with China was
        # reported at 65 billion USD": the one country the sentence before named
        named = {n.name for n in previous_names if n.kind == "country" and n.name != subject}
        if len(named) == 1:
            partners.append(Match(its.start(1), its.end(1), named.pop(), "partner"))
    partners += listed_economies(s, partners, subject)
    partners.sort(key=lambda n: n.start)
    if "个" in s.text:
        partners = _counted_members(s.text, partners, state.subsets)
    partners = _not_ranked_against(s.text, partners)
    if "from " in s.text or "in " in s.text:
        # "Rising demand from neighboring Central Asian countries pushed up trade": where
        # the demand comes from, not the partner of the figures
        partners = [
            n for n in partners if not _DEMAND_BEFORE.search(s.text, max(0, n.start - 40), n.start)
        ]
    if " with " in s.text:
        # "amid a likely trade war with the US": the other side of a dispute, a cause, not
        # the partner of the figures
        partners = [
            n for n in partners if not _DISPUTE_WITH.search(s.text, max(0, n.start - 40), n.start)
        ]
    if "demand" in s.text:
        # "despite weakening US and European demand": whose demand, a cause, not a partner
        partners = [n for n in partners if not _DEMAND_AFTER.match(s.text, n.end)]
    if any(map(s.text.__contains__, _ROUTE_REACH_WORDS)):
        # "通过中欧班列通达欧洲，实现进出口330.3亿元", "航线直达东盟": where a route or a
        # service goes, not the partner of the trade carried on it
        partners = [
            n for n in partners if not _ROUTE_REACH.search(s.text, max(0, n.start - 4), n.start)
        ]
    if "等" in s.text:
        # "对拉美、非洲、中东等新兴市场出口": the markets listed, of which the category is
        # only the kind (as for 等传统市场); the category alone is the partner
        partners = [
            n
            for n in partners
            if not (
                n.name in cues.CATEGORY_GROUPS
                and cues.ZH_ETC_BEFORE.search(s.text, max(0, n.start - 6), n.start)
                and any(p.end <= n.start for p in partners if p is not n)
            )
        ]
    s.names.extend(n for n in written if not n.name.startswith(UNKNOWN))  # for the next
    segments = [n for n in s.names if n.kind == "segment"]
    if "for " in s.text:
        # "on stronger demand for coal, iron ore and other resources": what is in demand,
        # a cause, not the segment of the figures
        segments = [
            n
            for n in segments
            if not _DEMAND_FOR_BEFORE.search(s.text, max(0, n.start - 80), n.start)
        ]
    if len(segments) > 1 and s.text.isascii():
        # "products under the general trade category, which are differentiated from
        # processing trade, gained 12.2 percent": a kind the text sets the segment against
        # is not a segment of the figures
        segments = [
            n
            for n in segments
            if not _CONTRASTED_BEFORE.search(s.text, max(0, n.start - 40), n.start)
        ] or segments
    if "ly " in s.text or "by " in s.text:
        # ", mainly crude oil and natural gas,", ", mostly to Vietnam,": what the flow is made
        # of, or where most of it goes; not a part of it
        inside = [x.span() for x in cues.COMPOSITION.finditer(s.text)]
        segments = [n for n in segments if not any(a <= n.start < b for a, b in inside)]
        partners = [n for n in partners if not any(a <= n.start < b for a, b in inside)]
    if ("includ" in s.text or "such as" in s.text) and segments:
        # "imports from Africa, including minerals, farm produce and fruits, amounted to":
        # examples of a flow that names no segment before them are not its segment
        for x in cues.EXAMPLES_LIST.finditer(s.text):
            if not any(n.start < x.start() for n in segments):
                segments = [n for n in segments if not x.start() <= n.start < x.end()]
    if len(segments) > 1 and s.text.isascii() and quick(_EXAMPLES_AFTER_HEAD).search(s.text):
        # "exports of labor-intensive products such as textiles, furniture and toys to the
        # BRI countries stood at ...": examples of a product group named before them are
        # not a segment of their own (up to the verb, "to", a figure: the list's end)
        for x in quick_finditer(_EXAMPLES_AFTER_HEAD, s.text):
            if any(
                x.start() - 60 <= n.end <= x.start() and not _DIGIT.search(s.text, n.end, x.start())
                for n in segments
            ):
                stop = quick(meaning._LIST_STOP).search(s.text, x.end())
                end = stop.start() if stop else len(s.text)
                segments = [n for n in segments if not x.end() <= n.start < end]
    if "includ" in s.text and len(partners) > 1:
        # "the RCEP member economies, in which the ASEAN countries are included": members
        inside = [x.span() for x in cues.MEMBERS_CLAUSE.finditer(s.text)]
        kept = [n for n in partners if not any(a <= n.start < b for a, b in inside)]
        partners = kept or partners
    if (
        CONTINUES.match(s.text)
        or cues.OF_WHICH.match(s.text)
        or state.breakdown
        or ("The " in s.text[:8] and cues.DEFINITE_FLOW.match(s.text))
        or (state.cut and s.text.isascii() and _cut_splits_total(s, doc))
    ) and not owners.names_own_flow(s, subject):
        # a sentence cut at "；" that starts with 占/增长, or one that starts with 其中 /
        # "Of this", goes on about the last one's segment (not "Of the total, Shandong's
        # exports ...": the reporter's whole flow)
        earlier = [n for n in previous_names if n.kind == "segment"]
        if earlier:
            segments.append(Match(0, 0, earlier[-1].name, "segment"))
            if not any(n.kind == "segment" for n in s.names):
                # for the sentence after: "其中，出口…；进口…" goes on with the same segment
                s.names.insert(0, Match(0, 0, earlier[-1].name, "segment"))
    if (
        s.start > 0
        and doc.text[s.start - 1] == "；"
        and cues.ZH_PARTNER_ITEM.match(s.text)
        and not any(n.kind == "segment" for n in s.names)
    ):
        # "家纺对美国出口57亿美元；对欧盟出口26亿美元；…": the product goes on through the
        # items of its breakdown by market (when the item before was one too)
        earlier = [n for n in previous_names if n.kind == "segment"]
        if earlier and any(
            n.start >= earlier[-1].end and owners.is_partner(n, "", subject) for n in previous_names
        ):
            segments.append(Match(0, 0, earlier[-1].name, "segment"))
            s.names.insert(0, Match(0, 0, earlier[-1].name, "segment"))
    for their in find_all(cues.REFER_BACK, s):
        earlier = [n for n in previous_names if n.kind == "segment"]
        own = [n for n in s.names if n.kind == "segment" and n.end <= their.start()]
        if not own and _partner_before(s, their.start(), subject):
            # "ASEAN, the US and the EU were the top three markets of Qingdao, with their
            # trade volume hitting x, y and z, respectively": the partners just named, not
            # the enterprises of the sentence before
            continue
        if (
            earlier
            and not own
            and _pairs_respectively(s)
            and _pairs_with_list(s, {n.name for n in earlier})
        ):
            # "A and B were the main drivers ... Their export value was x and y
            # respectively": the list before pairs with the figures (below), one each
            continue
        if earlier and not own and len({n.name for n in earlier}) > 1 and _pairs_respectively(s):
            # (a list before that does not pair with the figures: none of its items)
            segments.append(Match(their.start(), their.end(), _UNPAIRED_LIST, "segment"))
        elif earlier and not own:  # "Foreign-invested enterprises saw their trade": own
            segments.append(Match(their.start(), their.end(), earlier[0].name, "segment"))
        elif own and part_of(s, own[-1].start) != part_of(s, their.start()):
            # "private firms' exports rose 13 per cent ..., while their imports expanded":
            # the group named in the part before
            segments.append(Match(their.start(), their.end(), own[-1].name, "segment"))
    anaphoric: list[Match] = []  # "Exports under this category ...": for every part
    if any(
        map(
            s.text.__contains__,
            (
                "his ",
                "hat ",
                "It ",
                "same ",
                "hese ",
                "hose ",
                "such ",
                "related ",
                "relevant ",
                "he sector",
                "he industry",
                "he number",
                "he volume",
                "he value",
                "he figure",
                "he amount",
                "he sum",
            ),
        )
    ):
        earlier = [n for n in previous_names if n.kind == "segment"]
        for this in quick_finditer(cues.SEGMENT_ANAPHOR, s.text):
            if (
                earlier
                and _SHARE_ANAPHOR.match(this.group())
                and earlier[-1].name not in state.made_segments
            ):
                continue  # (a segment the sentence before named, but gave no figure of)
            if earlier and not any(n.kind == "segment" for n in s.names):
                anaphoric.append(Match(this.start(), this.end(), earlier[-1].name, "segment"))
        segments.extend(anaphoric)
        if anaphoric and not any(n.kind == "segment" for n in s.names):
            # for the sentence after: "The imports of these products ..." goes on with it
            s.names.insert(0, Match(0, 0, anaphoric[0].name, "segment"))
    total = (
        next(quick_finditer(_SHARE_OF_GROUP, s.text), None)
        if s.text.isascii() and " of " in s.text
        else None
    )
    if total is not None and all(total.start(1) <= n.start < total.end(1) for n in segments):
        # "flows with BRI countries amounted to RMB 7.97 trillion, accounting for 54.3% of
        # private-sector trade": the figures are a part of the group the share is of
        of_group = [n for n in segments if total.start(1) <= n.start < total.end(1)]
        if of_group:
            segments = [Match(0, 0, of_group[0].name, "segment")]
    segments.sort(key=lambda n: n.start)
    names_subject = owners.mentions_subject(s, subject)
    # "In breakdown, exports ..." after a sentence about the nation's trade: the nation's
    # the partner of the sentence before goes on only into a sentence that names no
    # place, product or enterprise of its own ("Exports rose 5 percent.")
    # ("U.S. dollars" names a currency, no place)
    names_place = any(
        n.kind in ("region", "country")
        and n.name != subject
        and not owners.names_currency(n, s.text)
        for n in s.names
    )
    # ... or into one that breaks the last one down ("其中，出口汽车…", "；进口机电产品…")
    named_own = names_subject or bool(segments)
    # (a part that opens with its own enterprise or product, "；民营企业进出口…", is a
    # parallel item, not a breakdown)
    breaks_down = state.goes_on and bool(
        cues.OF_WHICH.match(s.text) or cues.OPENS_WITH_FLOW.match(s.text)
    )
    inherit = state.partner if not (names_place or (named_own and not breaks_down)) else None
    # a paragraph that opens by citing its data afresh ("海关总署8日数据显示，8月进出口总值…")
    # starts over: no partner from the paragraphs before (unless that partner is the one
    # the headline names: "前5月中俄贸易额增长" over "据海关统计，5月当月，出口…")
    restarts = (
        state.fresh
        and bool(_CITES_DATA.match(s.text))
        and (
            state.headline_partner_zh is None
            or state.headline_partner_zh not in (inherit, state.topic)
        )
    )
    if restarts:
        inherit = None
    # (searched only when a partner or topic would be carried over: a long pattern)
    world = _World(s.text)
    if inherit is not None and world.words():
        inherit = None  # "China's overall foreign trade fell 1.6 percent": with the world
    measured = list_measures(s, [(m, measures.measure_of(m, s, subject)) for m in s.mentions])
    # where the sentence writes its first period of its own (a figure before it has the
    # period in force): asked for each figure, found once
    first_written = min((p.start for p in s.periods if p.periods), default=len(s.text))
    paired_partner = attach.respectively(s, measured, partners)
    paired_segment = attach.respectively(s, measured, segments)
    # "A, B and C reported growth of x, y and z percent, respectively", 合肥、芜湖和铜陵三地
    # 进出口分别为…: a list of places that are not partners is a list of reporters
    partner_starts = {n.start for n in partners}
    reporters = [n for n in s.names if n.kind == "region" and n.start not in partner_starts]
    paired_owner = attach.respectively(s, measured, reporters) if len(reporters) > 1 else {}
    # a list of names takes the list of figures first: "A and B saw their imports and
    # exports grow 2 percent and 6 percent, respectively" pairs A and B, not the flows
    paired_flow = flow_lists(
        s, measured, paired_partner.keys() | paired_segment.keys(), state.flows
    )
    if not partners and not segments:
        rest = [(m, read) for m, read in measured if m not in paired_flow]
        earlier_partners = [
            n
            for n in previous_names
            if owners.is_partner(n, "", subject)
            or (n.name in cues.SEPARATE_ECONOMIES and n.name != subject)
        ]
        earlier_segments = [n for n in previous_names if n.kind == "segment"]
        if earlier_partners:
            paired_partner = attach.respectively(s, rest, [], earlier_partners)
        elif earlier_segments:
            paired_segment = attach.respectively(s, rest, [], earlier_segments)
    taken = paired_partner.keys() | paired_segment.keys() | paired_flow.keys()
    taken |= paired_owner.keys()
    paired_period = period_parts(s, measured, taken)
    unpaired = attach.unpaired(s, measured, taken | paired_period.keys())
    if s.low is None:
        s.low = s.text.lower()
    # the cues searched near each figure below, ruled out for the whole sentence at once
    has = s.low.__contains__
    # (by id: a pattern's own hash reads its whole compiled code, each time)
    may = {id(pattern): any(map(has, words)) for pattern, words in NEEDS.items()}
    quoted: dict[tuple[int, int], Provenance] = {}  # the figures of a clause share one quote
    side_source: list[str | None] = []  # owners.zh_side_source, looked up once per sentence
    # "剔除这一因素，则我省一季度进出口下降4.9%": what the figures would be without some
    # factor, not what was reported (from there to the end of the sentence)
    without = _WITHOUT_FACTOR.search(s.text) if "除" in s.text or "考虑" in s.text else None
    if without is not None and "汇率" in without.group(0):
        without = None  # "扣除汇率因素同比增长10.9%": growth in dollars, the one reported
    several_places = any(
        map(has, ("provinces", "cities", "regions", "municipalities", "prefectures", "counties"))
    )
    # "Of this, A accounted for x; others 0.9 billion yuan": an item of the breakdown that
    # names no goods of its own (neither the whole flow nor a product)
    unnamed = state.of_which_items and s.text.isascii() and meaning.unnamed_item(s.text, s.names)
    for m, (measure, sign, benchmark, reason) in measured:
        span = doc.span(s.start + m.start, s.start + m.end)
        if unnamed:
            reason = "an item of a breakdown that names no goods of its own ('others')"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if without is not None and m.start >= without.end():
            reason = "a figure without some factor (a hypothetical, not the one reported)"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if m.problem is not None:
            skipped.append(Skipped(*span, s.text[m.start : m.end], m.problem))
            continue
        if measure is None:
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if m in unpaired:
            reason = "a 'respectively' list whose names or flows do not pair with its figures"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if measure == "share" and _restates_share(s, m, measured):
            reason = "a share in words restating the exact share right before it"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        clause = clause_of(s, m.start)
        part = part_of(s, m.start)
        if several_places and m not in paired_owner:
            several = cues.SEVERAL_REGIONS.search(s.text, part[0], m.start)
            if several is not None and not any(
                n.kind == "region" and several.start() <= n.start < m.start for n in s.names
            ):
                reason = "a figure of several regions together, not of one"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
        if s.text.isascii() and _SEVERAL_TOGETHER.match(s.text) and m.start < 60:
            # "... the United States and the ASEAN countries came in at 5.2 percent and 11
            # percent, respectively. The three contributed 41 percent of China's total
            # foreign trade": a share of the partners together, no one partner's
            reason = "a figure of several partners together, not of one"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        each_place: tuple[str, ...] = ()
        if (
            measure == "yoy_growth"
            and m not in paired_owner
            and len(reporters) > 1
            and not s.text.isascii()
        ):
            # "湘西、怀化、永州增速也在30%以上": a rate said of each listed place
            each_place = _each_reporter(s, m, part, reporters, subject)
        if (
            m not in paired_owner
            and not each_place
            and "个" in s.text
            and _ZH_REGIONS_TOGETHER.search(s.text, part[0], m.start)
        ):
            # "广东、江苏…福建7个外贸大省市合计进出口5.07万亿元，增长12.3%"
            reason = "a figure of several regions together, not of one"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if (
            m not in paired_owner
            and not each_place
            and "均" in s.text[max(part[0], m.start - 8) : m.start]
        ):
            # "青岛、烟台、潍坊五市…，进出口均超千亿元": said of each listed place, so each
            # one's when the places are one written list and 均 governs the figure right
            # before it; else skipped (never the reporter's)
            places_before = {
                n.name
                for n in reporters
                if n.end <= m.start and n.name != subject and n.start >= part[0]
            }
            each_place = _each_listed_place(s, m, reporters, subject, places_before)
            if len(places_before) > 1 and not each_place:
                reason = "a figure said of each of several places, not of the reporter"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
        if (
            m not in paired_owner
            and not each_place
            and measure != "share"  # (a share of places together: skipped below, so said)
            and len(reporters) > 1
            and _place_list_before(s.text, reporters, subject, part[0], m.start)
        ):
            # "长沙、岳阳、郴州三市进出口3850.1亿元", "湘西、怀化、永州增速也在30%以上": the
            # listed places' (together or each), not the reporter's
            reason = "a figure of several listed places, not of the reporter"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        partner = paired_partner.get(m)
        if partner is None:
            near = attach.nearest_match(
                _not_among(s.text, partners), m, attach.across_conversion(s, m, clause), part
            )
            # one figure for a written list of partners names the list, never its last item;
            # a figure in brackets right after a name is that name's own: "grew with the
            # United States (6.9 percent) and the European Union (6.4 percent)"
            after = next((n for n in partners if n.start >= m.end), None)
            if after is not None and not _WITH_RIGHT_AFTER.fullmatch(s.text, m.end, after.start):
                after = None
            if after is not None and _ABSOLUTE_AFTER.match(s.text, after.end):
                # "grew 6.5 percent with the US remaining the top market": what goes with
                # the figure, not its partner
                if near is after:
                    near = None
                after = None
            if (
                near is not None
                and near.end <= clause[0]
                and s.text.isascii()
                and _with_the_world(s.text, clause[0], clause[1], named=True)
            ):
                # "Trade with Russia rose 374 percent, compared with a 0.4-percent rise in
                # total foreign trade": a clause on the reporter's whole trade after one on
                # a partner is with the world
                near = None
            if (
                near is not None
                and near.end <= clause[0]
                and (_zh_bare_topic(s, near, m, partners) or _zh_turned_from(s, near, m))
            ):
                near = None
            if near is None and after is None and "继" in s.text[part[0] : m.start]:
                # "继10月增长9%后，上个月来自俄罗斯的进口增长6%": the aside before the main
                # clause is of the same trade, with the partner that clause names
                after = _partner_after_aside(s, m, part, partners)
            if near is not None and _OPEN_BRACKET.fullmatch(s.text, near.end, m.start):
                partner = near.name
            elif after is not None:
                # "fell 7.1 percent to $275 million, was down 19.5 percent with Vietnam":
                # the partner right after a figure, joined by "with", is its own (and a
                # list there is the list: "a 12 percent increase in trade with the US and
                # Japan")
                partner = _listed_partners(s.text, after, partners)
            else:
                partner = _listed_partners(s.text, near, partners) if near else None
            if near is not None and "其" in s.text[near.end : m.start]:
                partner = _its_partner(s.text, near, m, partners) or partner
        if partner is None and "respectively" in s.text:
            # "exported A, B and C worth x, y and z, respectively, to countries involved in
            # the BRI": the partner after the list is every item's
            tail = [n for n in partners if m.end <= n.start < part[1]]
            if tail and _RESPECTIVELY_TO.search(s.text, m.end, tail[0].start):
                partner = tail[0].name
        if partner is None and s.text.isascii() and (label := _PARTNER_LABEL.match(s.text)):
            # "With China: exportation 3.23 billion (-5.3%), importation ...": a line
            # labelled with its partner
            partner = next(
                (
                    n.name
                    for n in s.names
                    if n.kind in ("country", "partner")
                    and n.start == label.end()
                    and s.text[n.end : n.end + 1] == ":"
                    and n.name != subject
                ),
                None,
            )
        if (
            partner is None
            and part[0] > 0
            and (
                cues.PART_OPENS_WITH_FLOW.match(s.text, part[0])
                or _THOSE_OF_PART.match(s.text, part[0])
            )
        ):
            # "exports to Peru ..., while imports stood at ...": the partner of the part before
            # (also "China-bound exports of steel slipped 24.9%, while those of foodstuffs
            # declined 21.1%": the same flow to the same partner, of another product)
            before_part = [p for p in s.parts if p[1] <= part[0]]
            near = attach.nearest_match(partners, m, before_part[-1], before_part[-1])
            partner = near.name if near else None
        if partner is None and s.text.isascii() and part[1] < len(s.text):
            # "China's exports rose 6.3 percent to $43.6 billion, while imports from Africa
            # declined 0.3 percent" in a story on trade with Africa: the other flow's
            # partner, of the part after, is this flow's too (the part opening with a flow
            # of its own and no other partner), when a sentence before named it already
            # (not "exports rose 7.6 percent, while imports from Japan fell" out of the blue)
            other = _partner_of_other_flow(s, m, part, partners)
            if other is not None and (other == state.group or other in state.countries):
                partner = other
        if partner is None:
            partner = inherit
            if (
                state.topic_partner
                and partner in (None, "World")
                and not s.text.isascii()
                and not any(n.end <= m.start for n in partners)
                and quick(cues.BILATERAL).search(s.text, part[0], m.start)
            ):
                # "欧盟是我国…第一大进口来源地…。…2024年双边贸易增长1.6%": the partner the
                # paragraph is about, not the lead's
                partner = state.topic_partner
            elif (
                # (bilateral trade is never with the world; nor with a whole group right after
                # one of its members was named: "巴西是中国最大贸易伙伴。上述期间，双边贸易…")
                (partner in (None, "World") or _member_after_group(partner, state.other_side))
                and state.other_side
                and quick(cues.BILATERAL).search(s.text, part[0], m.start)
            ):
                partner = state.other_side  # "bilateral trade", "between the two countries"
            if (
                partner is None
                and state.topic
                and not restarts
                and (state.goes_on or any(map(_is_product, segments)) or s.text.isascii())
                and not (names_place or world.words() or (names_subject and not segments))
            ):
                # the partner of a bilateral story's lead, in a part that goes on from
                # one with facts ("…对俄罗斯进出口29亿元；民营企业进出口1.9亿元"; not
                # "云南省…进出口总额": the reporter's own whole trade); or products named
                # later ("主要进口商品为铁矿砂，进口铁矿砂…"; not kinds of firm or trade);
                # in an English story on one partner, any such figure ("state-owned
                # enterprises imported and exported 44.61 billion yuan", "Exports rose")
                partner = state.topic
            partner = partner or "World"
        if partner.startswith(_UNPAIRED_LIST):
            reason = _UNPAIRED_REASON
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if partner.startswith(UNKNOWN):
            reason = f"a partner name not in the tables: {partner.removeprefix(UNKNOWN)}"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        segment = paired_segment.get(m)
        if segment is None and m.kind == "money" and s.text.isascii():
            # "exported US$5.6 billion worth of electronic products and US$3.2 billion worth
            # of machinery", "US$17.5 billion of processing trade", "7.7 billion yuan in
            # mobile phones": the group right after an amount is its own
            own = [n for n in segments if n.start >= m.end and n.start - m.end <= 40]
            if own and _OWN_SEGMENT_AFTER.fullmatch(s.text, m.end, own[0].start):
                segment = own[0].name
        if (
            segment is None
            and m.kind == "percent"
            and s.text.isascii()
            and meaning._ELLIPTIC_BY.search(s.text, max(0, m.start - 16), m.start)
        ):
            # "increased its imports of A by 45%, by 23.4% of B, and by 21.4% of C": each
            # change of the list is of the goods named right after it
            own = [n for n in segments if n.start >= m.end and n.start - m.end <= 12]
            if own and _OF_GOODS_GAP.fullmatch(s.text, m.end, own[0].start):
                joint = s.lists.get(own[0])
                segment = joint.joined if joint else own[0].name
        if segment is None and s.text.startswith("的", m.end):
            # "72%的箱包、51.7%的乘用车…来自欧盟": the product the percentage is of
            segment = next((n.name for n in segments if n.start == m.end + 1), None)
        if segment is None:
            near = attach.nearest_match(segments, m, clause, part)
            if (
                near is not None
                and near.start >= m.end
                and cues.SEGMENT_AS_CAUSE.search(s.text, m.end, near.start)
            ):
                near = None  # "trade rises 6.2 pct as market procurement booms": a cause
            if near is not None and near.end <= m.start and _segment_said(s, near, m):
                near = None  # "加工贸易出口大幅增长，对美国出口增长85.6%": said and done
            if near is not None and near.end <= m.start and _segment_a_cause(s, near, m):
                near = None  # "因汽车出口大减，总出口额下降2.1%": the cause, not the figure's
            # one figure for a whole list: "exports of A and B totalled ..."
            joint = s.lists.get(near) if near is not None else None
            segment = joint.joined if joint else near.name if near else None
        if (
            segment is None
            and part[0] > 0
            and s.text.isascii()
            and (opens := cues.PART_OPENS_WITH_FLOW.match(s.text, part[0])) is not None
            and "its " not in opens.group(0).lower()  # ("while its exports": the whole flow)
        ):
            # "mechanical and electrical exports totalled US$2.3 trillion, while imports
            # stood at $1.03 trillion": the other flow of the part before's segment
            prior = next((p for p in reversed(s.parts) if p[1] <= part[0]), (0, part[0]))
            other = "xport" if "mport" in opens.group(0).lower() else "mport"
            near = attach.nearest_match(segments, m, prior, prior)
            if near is not None and other in s.text[prior[0] : prior[1]]:
                segment = near.name
        if segment is None and anaphoric and anaphoric[0].start < m.start:
            # "Exports under this category surged 3.4 percent, while imports declined 2
            # percent": the category of the whole sentence
            segment = anaphoric[0].name
        if segment is None:
            # "77 percent of the trade, or $9 billion, was done via barter trade"
            via = [
                n
                for n in segments
                if m.end <= n.start < part[1]
                and cues.SEGMENT_VIA.search(s.text, max(m.end, n.start - 30), n.start)
            ]
            segment = via[0].name if via else None
        if (
            segment is None
            and state.segment_topic
            and s.text.isascii()
            and not (segments or names_subject or names_place or world.words())
        ):
            # "Foreign trade of China's pilot FTZs expanded ... Exports rose 16.1 percent":
            # a figure that names no owner, place or segment goes on with the story's
            segment = state.segment_topic
        if (
            measure == "share"
            and "占" in s.text
            and _share_of_a_segment(s, m, part, segments, partners)
        ):
            # "手机出口500亿元，占机电产品出口的62.5%", "综保区企业开展的加工贸易进出口额占全省
            # 加工贸易进出口额的92.2%": a share of a segment's total, not of the reporter's
            reason = "a share of a segment's total (not of the reporter's)"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if segment is not None and segment.startswith(_UNPAIRED_LIST):
            skipped.append(Skipped(*span, s.text[m.start : m.end], _UNPAIRED_REASON))
            continue
        if segment is not None and segment.startswith(UNKNOWN):
            reason = f"a product name not in the translation table: {segment[1:]}"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        unknown = (
            # ("汽车、家电、船舶等优势产品出口分别增长a、b、c": each item has its figure, the
            # category after 等 is none of theirs)
            None
            if m in paired_segment and "等" in s.text[part[0] : m.start]
            else attach.unknown_product(s, m, part) or attach.unknown_category(s, m, part)
        )
        if unknown:
            skipped.append(
                Skipped(
                    *span,
                    s.text[m.start : m.end],
                    f"a product name not in the translation table: {unknown}",
                )
            )
            continue
        owner = owners.owner_of(s, m, clause, subject)
        if owner == subject:
            # "..., according to the Russian Federal Customs Service": Russia's statistics
            # (never China's for a Chinese region: "according to Chinese customs data")
            theirs = owners.foreign_source(s, subject)
            if theirs is None and not s.text.isascii() and subject not in owners.region_names():
                # "按新方统计，…": the other side's own statistics (中方 too, in a text on
                # another economy)
                if not side_source:
                    side_source.append(owners.zh_side_source(s, subject, state.countries))
                theirs = side_source[0]
                their_side = theirs
            else:
                their_side = None
            if theirs is not None and (theirs != "China" or their_side == "China"):
                bilateral = partner != theirs and bool(
                    quick(cues.BILATERAL).search(s.text, part[0], m.start)
                )
                # ("Tajikistan's statistical agency reports bilateral trade at $1.96
                # billion": with the reporter, whatever partner the sentence before had)
                mine = partner in (theirs, "World") or bilateral
                owner, partner = theirs, subject if mine else partner
            elif not s.text.isascii() and (subject != "China" or measure == "share"):
                # (in a text on China, "俄罗斯对华出口增长…" is China's imports: below)
                theirs = owners.trading_with_china(s, m, subject)
                if theirs is not None:
                    owner, partner = theirs, "China"  # 马来西亚对华出口…: Malaysia's own
        if (
            owner == subject
            and state.bilateral_owner
            and cues.BILATERAL.search(s.text, part[0], m.start)
        ):
            owner = state.bilateral_owner  # "China has been Africa's top partner. Bilateral..."
        if owner == subject and state.goes_on and state.owner and not names_subject:
            owner = state.owner  # "In breakdown, exports ...": whose the sentence before was
            if (
                owner != subject
                and partner in (owner, "World")
                and state.partner not in (None, owner)
                and not s.text.isascii()
            ):
                # "按新方统计，…两国贸易额…。其中新加坡出口…；进口…": the other side's own
                # breakdown, with the partner the sentence before had (not itself)
                partner = state.partner or partner
        elif (
            owner == subject
            and state.owner == "China"
            and not names_subject
            and not any(n.kind == "region" or n.name not in ("China", "World") for n in s.names)
            and s.text.isascii()
            and _NATIONAL_CUSTOMS.search(s.text)
            and subject in owners.region_names()
        ):
            # "Overall, Chinese goods imports and exports grew 6.1%. ... The General
            # Administration of Customs reported that exports increased by 8.6% in June":
            # the nation's figures go on, from the nation's customs
            owner = "China"
        if owner.startswith(UNKNOWN):
            reason = f"{UNLISTED_DISTRICT_PROBLEM}: {owner[1:]}"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason, owner[1:]))
            continue
        if measure == "growth_gap" and owner not in owners.AREA_NAMES:
            owner = subject  # a gap on the national level is the reporter's own

        if measure == "share" and (
            (paired_owner and m not in paired_owner)
            or quick(_PLACES_TOGETHER).search(s.text, max(0, m.start - 80), m.start)
        ):
            # "A、B和C三地进出口分别为…，占全省的68.7%", "A、B等北疆10地州…占全疆总值的
            # 75.1%": a share of the places together
            reason = "a share of several places together, not of one reporter"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if (
            measure == "share"
            and s.text.isascii()
            and (product := _PRODUCT_TOTAL_AFTER.match(s.text, m.end)) is not None
            and not {*product.group(1).lower().split()} & cues.NOT_PRODUCT_WORDS
            and product.group(1).lower() not in cues.WHOLE_TRADE
        ):
            # "copper accounted for $4.3 billion (80% of total mining exports)": a share of
            # one product group's flow, not of the whole flow
            reason = "a share of one product group's flow, not of the whole flow"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if measure == "share" and (
            _members_share(s, m, part, partner)
            or (
                state.group
                and s.text.isascii()
                and _OF_BARE_TOTAL.match(s.text, m.end)
                and partner in places.members(state.group)
            )
        ):
            # ("China's trade with Central Asia reached $94.8 billion. Kazakhstan leads,
            # accounting for 46% of the total": of the group's total, by one member)
            reason = "a share of trade with a partner group by some of its members"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        owner = paired_owner.get(m, owner)
        if (
            measure == "share"
            and owner != subject
            and owner in lexicon.CITIES
            and (
                _HIGHER_TOTAL.search(s.text, max(part[0], m.start - 40), m.start)
                or _HIGHER_TOTAL_AFTER.match(s.text, m.end)
            )
        ):
            reason = "a city's share of its province's total (not a fact of the schema)"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if measure == "share" and "partner" in s.text and (ranked := _partner_of(s, m, subject)):
            # "China is Russia's largest trading partner, accounting for 15 percent of
            # Russian trade": Russia's trade with China
            owner, partner = ranked
        if owner != subject and partner == "World":
            # "Russia's imports from China" in an article about China: Russia's trade, with
            # the reporter as its partner
            partner = next(
                (
                    n.name
                    for n in s.names
                    if n.name == subject
                    # (or a clause before: "Russia's exports to China hit ..., while imports
                    # were ...": the same partner)
                    and n.start < m.start
                    and (
                        owners.is_partner(n, s.text, owner)
                        # ("内地对香港出口" in Hong Kong's copy: the reporter as the mainland's
                        # partner)
                        or (
                            subject in owners.OWN_CUSTOMS
                            and n.kind == "region"
                            and s.text[n.start - 1 : n.start] in _ZH_TO
                        )
                    )
                ),
                partner,
            )
        flow = (
            None
            if measure in ("gdp", "gdp_growth_target")
            else paired_flow.get(m) or attach.flow_of(s, m, measure, part)
        )
        if measure == "share" and (goods := _ZH_SHARE_OF_GOODS.match(s.text, m.end)):
            # "76.4%的进口商品来自亚洲": the flow named right after the percentage
            flow = "imports" if goods.group(1) == "进口" else "exports"
        if (
            m in paired_segment
            and flow in ("exports", "imports")
            # ("原油和机电产品分别占进口总值的a和b": a share's flow is its total's)
            and not (measure == "share" and attach.share_total_flow(s, m, part))
        ):
            flow = _flow_of_item(s, m, part, segments, paired_segment[m], flow)
        if (
            flow == "total"
            # (no flow word before the figure: "Of which, copper accounted for $4.3 billion
            # (..., 80% of total mining exports)" is still a part of the exports before)
            and not any(f[0] < m.start for f in s.flows)
            and state.goes_on
            and (
                (len(state.flows) == 1 and state.flows[0] in ("exports", "imports"))
                # (or the one flow of its product figures, when a clause without figures
                # named another: "未列出自台湾进口…，但…出口机电产品10.6兆元。其中，…")
                or (state.product_flow and not s.text.isascii())
            )
            and (cues.OF_WHICH.match(s.text) or state.of_which_items)
        ):
            # "出口机电产品531.4亿元。其中，集成电路、蓄电池等分别增长…": the parts of
            # the exports named before
            flow = (
                state.flows[0]
                if len(state.flows) == 1 and state.flows[0] in ("exports", "imports")
                else state.product_flow or flow
            )
        if (
            flow == "total"
            and not s.flows
            and state.goes_on
            and len(state.flows) == 1
            and state.flows[0] in ("exports", "imports")
            and s.text.isascii()
            and cues.IT_GOES_ON.search(s.text, part[0], m.start)
        ):
            # "exports in January rose 17.8%; in February it was up by nearly 30%"
            flow = state.flows[0]
        if (
            flow == "total"
            and len(state.flows) == 1
            and state.flows[0] in ("exports", "imports")
            and s.text.isascii()
            and cues.FIGURE_BEFORE.match(s.text)
            and not any(part[0] <= f[0] and f[1] <= m.start for f in s.flows)
        ):
            # "... registered a total import value of 85.64 billion CNY. The amount
            # represented a 20.5-percent growth": the growth of that figure, of its flow
            flow = state.flows[0]
        if (
            flow == "total"
            and not s.flows
            and len(state.flows) == 1
            and state.flows[0] in ("exports", "imports")
            and cues.THIS_RATE_ZH.match(s.text)
        ):
            # "5月出口…增长10.8%。“这个增速较全国快了3.1个百分点，且环比增长20.5%”": the
            # growth of the flow just given
            flow = state.flows[0]
        if flow == "total" and not s.flows and state.list_flow:
            # "Exports to its largest markets were:" then "- Japan: $143 billion"
            flow = state.list_flow
        if (
            flow == "total"
            and may[id(_ONE_FLOW_QUANTITY_THEN_VALUE)]
            and (
                one := _ONE_FLOW_QUANTITY_THEN_VALUE.search(
                    s.text, max(part[0], m.start - 60), m.start
                )
            )
        ):
            # "对俄出口整车8000余辆，贸易额26.3亿元": the value of the goods just counted
            # (and its growth), of their one flow (not the trade of both ways)
            flow = "imports" if one.group(1) == "进口" else "exports"
        item_flow = _zh_product_list_flow(s, state) if flow == "total" and segment else None
        if item_flow is not None:
            # "出口劳动密集型产品37.5亿元，下降13.7%；机电产品28亿元，下降2.6%": a product
            # after "；" with no flow word of its own is one more item of those exports
            flow = item_flow
        if flow == "total" and not s.flows and segment is not None and state.paragraph_flow:
            # "…商品出口都遇阻。1-7月，集成电路、船舶同比分别下降…": products of a
            # paragraph about one flow, in a sentence naming none
            flow = state.paragraph_flow
        if (
            flow == "total"
            and not s.flows
            and segment is not None
            and state.product_flow
            and _GOES_ON_ZH.match(s.text)
        ):
            # "…红霉素和泰乐菌素出口分别增长92%和36.3%。此外，机电产品、金属制品…则分别增长
            # …": more products of the flow the sentence before gave its products
            flow = state.product_flow
        if (
            owner == subject
            and flow in ("exports", "imports")
            and s.text.isascii()
            and not _mirrored(s, part, m, subject, flow)
            and _partners_whole_flow(s, part, m, subject, flow, state)
        ):
            reason = "the bilateral partner's own flow with the world, not with the reporter"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if owner == subject and flow in ("exports", "imports"):
            # "Russian exports to China grew to $9.66 billion": China's imports from Russia
            side = _partner_side(s, part, m, subject, flow, partner)
            flow, partner = (
                _mirrored(s, part, m, subject, flow)
                or _partner_doing(s, part, m, subject, flow)
                or _partners_own_flow(s, part, m, subject, flow, state)
                or side
                or (flow, partner)
            )
            if side is not None and segment is not None and segment.startswith("chinese "):
                segment = None  # "imports of Chinese products": all the goods, no segment
            if subject == "China" and not s.text.isascii():
                flow, partner = _zh_mirrored(s, part, m, flow) or (flow, partner)
        if (
            flow == "total"
            and (country := _own_trade_with_reporter(s, m, subject)) is not None
            and owner in (subject, country)
            and owners.foreign_source(s, subject) is None
        ):
            # "Kazakhstan's bilateral trade turnover with China stood at $41bn, marking a 32%
            # increase" in a text on China's trade: the same trade, as the reporter records it
            owner, partner = subject, country
        if (
            flow == "imports"
            and segment is not None
            and partner in (None, "World")
            and (goods := _GOODS_OF_ORIGIN.fullmatch(segment)) is not None
            and (origin := _ORIGINS.get(goods.group(1))) not in (None, subject)
        ):
            # "Imports of Chinese products fell 13.5 percent" in Brazil's copy: Brazil's
            # imports from China, all the goods (no product group)
            partner, segment = origin, None
        if (
            flow == "imports"
            and partner in (None, "World")
            and segment in (None, "services")
            and (origin := _imports_of_origin(s, part, m, subject)) is not None
        ):
            # "Imports of Russian goods and services to China grew by 31.2%": China's
            # imports from Russia, all of them
            partner, segment = origin, None
        if flow == "deficit":
            flow, sign = "balance", -1
        if flow == "total" and (
            (may[id(cues.IMBALANCE)] and quick(cues.IMBALANCE).search(s.text, part[0], m.start))
            or ("差额" in s.text and _ZH_IMBALANCE.search(s.text, clause[0], m.start))
        ):
            reason = "a trade imbalance whose side (surplus or deficit) the text does not give"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        periods = (
            paired_period.get(m)
            or (_each_period(s, m, part) if "均" in s.text else ())
            or attach.period_of(s, m, clause, state)
        )
        if (
            may[id(meaning._EACH_MONTH)]
            and m.kind == "money"
            and _MONTHLY_OF.search(s.text, max(clause[0], m.start - 40), m.start)
            # (not "for three consecutive months since April": each month the text names)
            and not any(len(p.periods) > 1 for p in s.periods)
        ):
            # "The monthly surplus of US$23.8 billion is the fifth monthly record this year":
            # one month's figure, of the month named last (not every month of the year);
            # "China's monthly surplus stood at US$23.4 billion in November": its own month
            if len(periods) == 1 and periods[0].n_months == 1:
                pass
            elif not state.month:
                skipped.append(
                    Skipped(*span, s.text[m.start : m.end], "a monthly figure of no month named")
                )
                continue
            else:
                periods = state.month
        elif may[id(meaning._EACH_MONTH)]:
            periods = meaning.each_month(s.text, clause[0], m.start, periods)
        if (
            m.kind == "money"
            and _AGAINST_BEFORE.search(s.text, max(0, m.start - 30), m.start)
            and _A_YEAR_AGO_AFTER.match(s.text, m.end)
        ):
            # "amounted to $6.59 billion against $5.59 billion year-on-year": the value of
            # the same period a year earlier
            periods = tuple(p.previous_year() for p in periods)
        elif (
            m.kind == "money"
            and may[id(_BASE_VALUE)]
            and (base_value := _BASE_VALUE.search(s.text, max(clause[0], m.start - 14), m.start))
        ):
            # "比去年同期的750.71亿美元增加了…": the value of the same period a year earlier
            # ("与2016年同期的…": of that year's same months)
            base_year_named = base_value.group(1)
            periods = tuple(
                p.shift(12 * (int(base_year_named) - p.end_year))
                if base_year_named
                else p.previous_year()
                for p in periods
            )
        elif (
            m.kind == "percent"
            and measure in ("share", "yoy_growth")
            and may[id(_BASE_RATE)]
            and (base_rate := _BASE_RATE.search(s.text, max(clause[0], m.start - 12), m.start))
        ):
            # "比重由上年同期的14.3%提升至15.9%": the share of the period a year earlier
            # (unless the word itself was read as that year: "占比由上年的61.4%提升至…" is
            # already last year's, not the year before it)
            if not any(
                base_rate.start() <= p.start and p.end <= base_rate.end() and p.periods == periods
                for p in s.periods
            ):
                periods = tuple(p.previous_year() for p in periods)
        elif (
            m.kind == "percent"
            and may[id(_LAST_YEARS_OWN)]
            and (
                last_years := _LAST_YEARS_OWN.search(s.text, max(clause[0], m.start - 14), m.start)
            )
        ):
            # "三是去年同期累计跌幅3.7%，基数较低": the growth of the same period last year
            # (累计: of the cumulative period, whatever month is in force)
            if last_years.group(1) and state.base:
                periods = state.base
            periods = tuple(p.previous_year() for p in periods)
        elif (
            m.kind == "money"
            and may[id(_BASE_YEAR_VALUE)]
            and (
                base_year := _BASE_YEAR_VALUE.search(s.text, max(clause[0], m.start - 16), m.start)
            )
        ):
            # "同比2011年的228.2亿美元增长10.3%": the value of the year compared with
            periods = (Period.year(int(base_year.group(1))),)
        elif (
            m.kind == "money"
            and state.span_years is not None
            and may[id(_FROM_BEFORE)]
            and not any(x.periods for x in s.periods)
            and (span_end := _span_years_end(s, m, clause)) is not None
        ):
            # "Trade rose from $23.3 billion in 2011 to $40.5 billion in 2014. Trade with
            # ASEAN rose from $9.6 billion to $19.9 billion": the same two years
            periods = (state.span_years[span_end],)
        elif (
            m.kind == "money"
            and periods
            and all(1 < p.n_months <= 12 for p in periods)
            # (not under a span of years: "From 2010 to 2020, trade grew from A to B" is
            # of its first and last year)
            and not any(p.n_months > 12 for x in s.periods for p in x.periods)
            and may[id(_FROM_BEFORE)]
            and _FROM_BEFORE.search(s.text, max(clause[0], m.start - 20), m.start)
            and _TO_AMOUNT_AFTER.match(s.text, m.end)
        ):
            # "imports rose by 5%, from 232 bn to 244 bn", "the deficit narrowed from $140
            # billion to $132 billion": the start of a change over the year, with no period
            # of its own, is the value of the same months a year earlier
            periods = tuple(p.previous_year() for p in periods)
        elif m.kind == "percent" and may[id(_FROM_AFTER)] and _FROM_AFTER.match(s.text, m.end):
            # "grew by 21%, from 92 bn in the first ten months of 2010 to 112 bn in the first
            # ten months of 2011": the change is of the period it ends in
            later = [
                p for p in s.periods if m.end < p.start < min(part[1], m.end + 200) and p.periods
            ]
            if len(later) >= 2 and _TO_WORD.search(s.text, later[0].end, later[-1].start):
                periods = later[-1].periods
        if (
            s.text.isascii()
            and m.kind in ("money", "percent")
            and periods
            and "in " in s.text
            and (
                month_after := _earlier_month_after(
                    s.text,
                    m,
                    periods,
                    state.month,
                    first_written,
                )
            )
            is not None
        ):
            # "to $99.05 billion from $82.62 billion in May": the month after May
            periods = month_after
        if m.kind == "money" and ("从" in s.text or "由" in s.text) and "年" in s.text:
            periods = _span_end(s, m) or periods
        run: tuple[Period, ...] = ()
        if len(periods) == 1 and periods[0].n_months > 12 and "from" in s.text:
            run = _run_end(s, m, clause, periods[0])
            periods = run or periods
        if (
            not run
            and measure == "share"
            and "from" in s.text
            and s.text.isascii()
            and _EN_RUN_FROM.search(s.text, max(clause[0], m.start - 24), m.start)
            # ("up from 17.5 percent in 2001": dated by its own year)
            and not _OWN_YEAR_AFTER.match(s.text, m.end)
        ):
            # "its share rose from 4.3 percent to 5.8 percent" with no run of years in force
            reason = "the share of an earlier period, which the text does not date"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if not periods:
            skipped.append(Skipped(*span, s.text[m.start : m.end], "no period for this figure"))
            continue
        if (
            may[id(cues.SINGLE_MONTH)]
            and any(p.n_months != 1 for p in periods)
            and cues.SINGLE_MONTH.search(s.text, clause[0], m.start)
        ):
            reason = "a figure of a single month the text does not name"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if measure == "mom_growth" and attach.other_month(s, periods):
            reason = "growth compared with a named month, not the month before"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if (
            measure.endswith("growth")
            and may[id(_LEVEL_BASE)]
            and _LEVEL_BASE.match(s.text, m.end, m.end + 80)
        ):
            # "a 15-percent increase from the pre-crisis level in 2008": two years
            reason = "growth compared with the level of a named year"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        if measure.endswith("growth") and attach.other_base(s, periods, m, clause):
            reason = "growth compared with a named year, not the year before"
            skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
            continue
        digits = m.digits if sign > 0 else f"-{m.digits}"
        if digits.startswith("--"):  # "下降-2%", "from a -7.9 percent fall": a fall
            digits = digits[1:]  # written with its minus too is still a fall
        unit = "percentage_point" if measure == "growth_gap" else m.unit
        provenance = quoted.get(clause)
        if provenance is None:
            qstart, qend = clause
            quote = s.text[qstart:qend].strip(" ,.;:()，。；")
            qspan = doc.span(s.start + qstart, s.start + qend)
            provenance = quoted[clause] = Provenance(source, quote, qspan, anchor=anchor)
        flows: tuple[str | None, ...] = (flow,)
        if flow == "total" and measure in ("share", "yoy_growth"):
            both = _BOTH_FLOWS.search(s.text, part[0], m.start) if may[id(_BOTH_FLOWS)] else None
            if both is not None:  # "Both imports and exports ... account for": each
                flows = ("exports", "imports")
        each: tuple[str, ...] = (partner,)
        if m not in paired_partner and partner != "World":
            each = _each_partner(s, m, part, partners) or each
        kinds: tuple[str | None, ...] = (segment,)
        if m.kind == "percent" and m not in paired_segment and segment is not None:
            kinds = _each_segment(s, m, part, segments) or kinds
        whose: tuple[str, ...] = (owner,)
        if each_place:
            whose = each_place
        elif measure == "yoy_growth" and m not in paired_owner and len(reporters) > 1:
            whose = _each_reporter(s, m, part, reporters, subject) or whose
        if (
            kinds == (segment,)
            and segment is not None
            and m not in paired_segment
            and _ZH_EACH_WORD in s.text
        ):
            # "家具零件、灯具零件等出口增速均超两成": the rate of each listed product
            kinds = _each_listed_segment(s, m, part, segments, segment) or kinds
        for owner, period, flow, partner, segment in [
            (o, p, f, e, k)
            for o in whose
            for p in periods
            for f in flows
            for e in each
            for k in kinds
        ]:
            try:
                facts.append(
                    new_fact(
                        owner,
                        period,
                        _FLOWS.get(flow, flow),  # (what Fact's converters would make)
                        MEASURES.get(measure) or measure,
                        _figure(
                            digits,
                            numbers.own_yuan_code(m, owner, mainland_source)
                            if m.own_yuan
                            else unit,
                            _list_qualifier(s, m),
                        ),
                        partner,
                        segment,
                        benchmark,
                        provenance,
                    )
                )
            except TradestatError as exc:
                skipped.append(Skipped(*span, s.text[m.start : m.end], str(exc)))
    for start, end in numbers.multiples(s.text):
        span = doc.span(s.start + start, s.start + end)
        skipped.append(Skipped(*span, s.text[start:end], numbers.MULTIPLE_PROBLEM))
    return facts, skipped


#: Why a figure whose trader is a district the name tables do not know is skipped.
UNLISTED_DISTRICT_PROBLEM = "a district not in the name tables"
# Right before a partner's name in Chinese: 对香港, 与香港, 自澳门.
_ZH_TO = frozenset("对与同自向往")
# A mainland customs office quoted as the source: "据拱北海关统计", "海关总署数据显示",
# "内地海关数据显示" (not Hong Kong's or Macao's own customs: 香港海关, 澳门特区海关,
# 澳门特别行政区海关)
_MAINLAND_CUSTOMS = re.compile(
    r"(?<!香港)(?<!澳门)(?<!特区)(?<!行政区)海关(?:总署)?[^，,。；\n]{0,4}?(?:统计|数据|公布|发布)"
)


# A qualifier written once before a 分别 list of figures: "分别超1401亿元、688亿元".
_RESPECTIVELY_QUALIFIED = re.compile(r"分别(?:为|达)?\s*(?:超过|超|逾|近|约)\s*$")


def _list_qualifier(s: Analysed, m: Mention) -> Qualifier:
    """The qualifier of a figure; an exact one in a 分别 list takes the list's first one's."""
    if m.qualifier is not Qualifier.EXACT or "分别" not in s.text:
        return m.qualifier
    first = written_list(s, m)[0]
    if first is m or first.qualifier is Qualifier.EXACT:
        return m.qualifier
    qualified = _RESPECTIVELY_QUALIFIED.search(s.text, max(0, first.start - 8), first.start)
    return first.qualifier if qualified else m.qualifier


#: "the countries" (not "these"): the group named in a sentence before only when this one
#: names no partner before it.
_THE_PLURAL = re.compile(r"\bthe\s+(?:countries|economies|nations)", re.I)

# Words right before "from the ... nation" that make that country the exporter: the
# reporter's own shipments ("Overall shipments from the Southeast Asian nation rose 15
# percent" in a text on Vietnam's trade).
_OUTBOUND_FROM = re.compile(
    r"\b(?:exports|shipments|sales|exported|shipped|outbound\s+\w+)\s+$", re.I
)


def _the_reporter_itself(s: Analysed, anaphor: re.Match[str], subject: str) -> bool:
    """Whether "the Asian nation" / "the X giant" after from/to/with is the reporter itself.

    So when its region's words name the reporter or a group holding it ("the Southeast
    Asian nation" in Vietnam's text), or it follows "shipments from" / "exports from" (the
    reporter is the exporter, and no partner is guessed).
    """
    if not cues.ONE_COUNTRY_ANAPHOR.search(anaphor.group(0)):
        return False
    start, end = anaphor.span()
    if anaphor.group(0)[:7].lower() == "between":
        # ("between Xinjiang and the country": the reporter is the first side, the words
        # after "and" the other)
        start += anaphor.group(0).rfind(" and ")
    inside = [n for n in s.names if start <= n.start < end]
    if any(n.name == subject or subject in places.members(n.name) for n in inside):
        return True
    if anaphor.group(0)[:4].lower() != "from":
        return False
    return _OUTBOUND_FROM.search(s.text, max(0, start - 30), start) is not None


# Before a place: whose demand or custom it is, not a trade partner ("demand from", "orders
# from", "buyers in").
_DEMAND_BEFORE = re.compile(
    r"\b(?:demand|orders|buyers|consumers|tourists|visitors|investors)\s+(?:from|in)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}$",
    re.I,
)


# Before a place: a dispute with it ("a trade war with the US", "trade tensions with
# Washington", "frictions with Japan"), not a trade partner.
_DISPUTE_WITH = re.compile(
    r"\b(?:trade\s+)?(?:wars?|disputes?|tensions?|frictions?|spats?|rows?|conflicts?)\s+"
    r"with\s+(?:the\s+)?$",
    re.I,
)


# After a place: its demand, written with the place as an adjective ("weakening US and
# European demand", "softer U.S. consumer demand"): up to two more places joined by "and" or
# a comma, then "demand" (not "exports to the US and European markets").
_DEMAND_AFTER = re.compile(
    r"(?:\s*(?:,|and|or)\s+[A-Z][\w.]*){0,2}\s+(?:consumer\s+|import\s+)?demand\b"
)


# Before a product: what is in demand or priced, a cause ("demand for coal, iron ore and
# other resources", "prices for crude oil"), not the figure's segment.
_DEMAND_FOR_BEFORE = re.compile(
    r"\b(?:demand|appetite|orders|prices?)\s+for\s+(?:[\w-]+(?:\s+[\w-]+)?,\s+){0,4}$", re.I
)


def _not_ranked_against(text: str, partners: list[Match]) -> list[Match]:
    """The partners without the names a figure is ranked against ("仅次于大洋洲和拉丁美洲").

    The names after such words, and the rest of their list, are compared with, not traded
    with: the figures keep the partner named before them.
    """
    kept: list[Match] = []
    dropped: Match | None = None
    for n in partners:  # (in order of position)
        if cues.RANKED_AGAINST.search(text, max(0, n.start - 24), n.start) or (
            dropped is not None and NAME_LIST_GAP.fullmatch(text, dropped.end, n.start)
        ):
            dropped = n
        else:
            kept.append(n)
    return kept


def _mirrored(
    s: Analysed, part: tuple[int, int], m: Mention, subject: str, flow: str
) -> tuple[str, str] | None:
    """The reporter's flow and partner when its part names a partner's flow toward the reporter.

    "Russian exports to China grew 36 percent to $9.66 billion", "the United States exported
    $17.2 billion worth of goods to China": as the reporter records them, China's imports
    from Russia / the United States ("exports to" the reporter are its imports, "imports
    from" it its exports). The partner is the country or demonym written before that flow
    word; "Brazil's imports from China" (a possessive) stays Brazil's own (see owner_of).
    """
    toward = [
        n
        for n in s.names
        if n.name == subject
        and part[0] <= n.start < part[1]
        and cues.TOWARD_BEFORE.search(s.text, max(part[0], n.start - 10), n.start)
    ]
    if not toward:
        return None
    word = [f for f in s.flows if part[0] <= f[0] and f[1] <= toward[0].start]
    if not word or word[-1][2] not in ("exports", "imports") or word[-1][2] != flow:
        return None
    own = [f for f in s.flows if part[0] <= f[0] and f[1] <= m.start]
    if own and own[-1] != word[-1]:
        # "China delivered goods worth $2 billion to Mongolia, and deliveries from
        # Mongolia to China rose": the later flow toward the reporter is not this figure's
        return None
    actors = [
        n
        for n in s.names
        if part[0] <= n.start
        and n.end <= word[-1][0]
        and n.kind in ("country", "demonym", "partner")
        and n.name != subject
    ]
    if not actors:
        return None
    going = s.text[toward[0].start - 10 : toward[0].start].lower()
    if flow == "imports" and _INTO_END.search(going) and actors[-1].kind == "demonym":
        # "Russian crude oil imports to China": China's own imports, of Russian goods
        return "imports", actors[-1].name
    if (flow == "exports") != (" to " in f" {going}"):
        return None  # "exports from China", "imports to China": not a flow toward it
    return ("imports" if flow == "exports" else "exports"), actors[-1].name


_INTO_END = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$")


# Between a partner's possessive and the reporter's name: its whole trade with the reporter
# ("Kazakhstan's bilateral trade turnover with China").
_OWN_TRADE_WITH = re.compile(
    r"['’]s\s+(?:(?:bilateral|two-way|total|annual|overall)\s+){0,2}"
    r"(?:trade|turnover)(?:\s+(?:turnover|volume|value))?\s+with\s+(?:the\s+)?"
)


def _own_trade_with_reporter(s: Analysed, m: Mention, subject: str) -> str | None:
    """The country whose "<country>'s trade with <reporter>" the sentence writes before m."""
    if not s.text.isascii() or "with" not in s.text:
        return None
    for n in s.names:
        if n.start >= m.start:
            break
        if n.kind != "country" or n.name == subject:
            continue
        between = _OWN_TRADE_WITH.match(s.text, n.end)
        if between is None:
            continue
        after = next((x for x in s.names if x.start == between.end()), None)
        return n.name if after is not None and after.name == subject else None
    return None


def _partner_adjective(
    s: Analysed, part: tuple[int, int], m: Mention, subject: str, flow: str, state: Carried
) -> tuple[str, int] | None:
    """The bilateral partner named by its adjective right before the figure's flow word.

    "Uzbek exports" in a story on China's trade with Uzbekistan: the partner, and where its
    flow word ends (None when another partner follows it: "Uzbek exports to Russia").
    """
    words = [f for f in s.flows if part[0] <= f[0] and f[1] <= m.start]
    if not words or words[-1][2] != flow:
        return None
    start, end, _ = words[-1]
    adjective = next(
        (n for n in s.names if n.end <= start and not s.text[n.end : start].strip()), None
    )
    if (
        adjective is None
        or adjective.kind != "demonym"
        or adjective.name == subject
        or adjective.name not in (state.partner, state.other_side, state.topic)
        or any(
            n.kind in ("country", "partner") and n.name != subject and end <= n.start < m.start
            for n in s.names
        )
    ):
        return None
    return adjective.name, end


def _partners_whole_flow(
    s: Analysed, part: tuple[int, int], m: Mention, subject: str, flow: str, state: Carried
) -> bool:
    """Whether the figure is the bilateral partner's flow with the whole world.

    "American exports overall rose 1 percent", "Uzbek exports to all countries rose 24
    percent", or a change of the partner's flow with no destination ("Russian exports fell
    28 percent as sanctions bit"): not its trade with the reporter.
    """
    found = _partner_adjective(s, part, m, subject, flow, state)
    if found is None:
        return False
    end = found[1]
    if _WHOLE_FLOW.search(s.text, end, m.start):
        return True
    return m.kind != "money" and not any(
        n.name == subject and end <= n.start < m.start for n in s.names
    )


def _partners_own_flow(
    s: Analysed, part: tuple[int, int], m: Mention, subject: str, flow: str, state: Carried
) -> tuple[str, str] | None:
    """The reporter's flow and partner when the flow word is the bilateral partner's own.

    "China's trade turnover with Uzbekistan rose 45% to $14bn. Uzbek exports were just
    $1.6bn": the partner the story is on, named by its adjective right before the flow word
    (and no other partner after it), exports to the reporter: the reporter's imports.
    """
    found = _partner_adjective(s, part, m, subject, flow, state)
    if found is None or _partners_whole_flow(s, part, m, subject, flow, state):
        return None
    return ("imports" if flow == "exports" else "exports"), found[0]


# Between a partner's flow word and its figure, words making it the partner's whole flow:
# "American exports overall rose 1 percent", "Uzbek exports to all countries"
_WHOLE_FLOW = re.compile(
    r"\b(?:overall|total|in\s+all|all\s+(?:countries|destinations|markets)|globally|"
    r"worldwide|the\s+world|(?:the\s+)?rest\s+of)\b",
    re.I,
)


# "with Russia exporting $11 billion of goods to China and purchasing $8 billion": the
# partner right after "with" is the actor of the gerunds that follow it, joined by "and".
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_AND_BEFORE = re.compile(r"\band\s+$", re.I)


def _partner_doing(
    s: Analysed, part: tuple[int, int], m: Mention, subject: str, flow: str
) -> tuple[str, str] | None:
    """The reporter's flow and partner when the flow is a gerund the partner does.

    "..., with Mongolia exporting $0.9 billion of goods to China and purchasing $0.3
    billion of goods": the partner's purchases are the reporter's exports to it, its sales
    the reporter's imports (the flow as the reporter records it).
    """
    words = [f for f in s.flows if part[0] <= f[0] and f[1] <= m.start]
    if not words or words[-1][2] != flow:
        return None
    first = len(words) - 1
    while first > 0 and _AND_BEFORE.search(s.text, max(0, words[first][0] - 6), words[first][0]):
        first -= 1  # (back along "exporting ... and purchasing")
    gerunds = words[first:]
    if not all(s.text[a:b].lower().endswith("ing") for a, b, _ in gerunds):
        return None
    start = gerunds[0][0]
    actor = next(
        (
            n
            for n in s.names
            if n.end < start
            and not s.text[n.end : start].strip()
            and n.kind in ("country", "partner")
            and n.name != subject
        ),
        None,
    )
    if actor is None or not _WITH_BEFORE.search(s.text, max(0, actor.start - 10), actor.start):
        return None
    return ("imports" if flow == "exports" else "exports"), actor.name


# "A is B's largest trading partner", "A was the EU27's second most important trading
# partner": after A, the verb; after B, the ranking (see _partner_of).
_IS_THE = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|remains|remained|became|becomes)\s+(?:the\s+)?"
)
_PARTNER_RANK = re.compile(
    r"(?:\d{1,2})?['’]s?\s+(?:[\w.-]+\s+){0,4}?(?:trading|trade)\s+partner\b"  # "No.2 trading"
)


def _partner_of(s: Analysed, m: Mention, subject: str) -> tuple[str, str] | None:
    """(owner, partner) of a share said of a partner's rank: "A is B's top trading partner".

    "China is Russia's largest trading partner, accounting for 15 percent of Russian
    international trade": the share is of B's trade, taken by A (B's trade with A).
    """
    for n in s.names:
        if n.end >= m.start:
            break
        if n.kind not in ("country", "partner"):
            continue
        verb = _IS_THE.match(s.text, n.end)
        if verb is None:
            continue
        b = next((x for x in s.names if x.start == verb.end()), None)
        if (
            b is not None
            and b.kind in ("country", "partner")
            and b.name != n.name
            and _PARTNER_RANK.match(s.text, b.end)
        ):
            return b.name, n.name
        if (
            b is None
            and n.name != subject
            and s.text.startswith(subject, verb.end())
            and _PARTNER_RANK.match(s.text, verb.end() + len(subject))
        ):
            return subject, n.name  # "the EU27's": the reporter's name with its members
        rank_for = _RANK_FOR.match(s.text, verb.end())
        if rank_for is not None and n.name != subject:
            # "China was the largest partner for EU imports of goods (20.5% of total
            # extra-EU imports)": the share of the reporter's flow that A took
            b = next((x for x in s.names if x.start == rank_for.end()), None)
            if b is not None and b.name == subject:
                return subject, n.name
    return None


# "the largest partner for EU imports", "the third largest partner for": A's rank in B's flow.
_RANK_FOR = re.compile(r"(?:[\w-]+\s+){0,3}?(?:trading\s+|trade\s+)?partner\s+for\s+(?:the\s+)?")


# Right after a flow word, what makes it the other side's flow: "exports from Russia" (the
# partner's exports: the reporter's imports), "imports from China" or "imports of Chinese
# goods" in an article on China (the partner's imports: China's exports).
_SIDE_AFTER = re.compile(
    r"\s+(?:of\s+(?:[a-z-]+\s+){0,2}?)?(?:(from)\s+(?:the\s+)?(?=[A-Z])"
    r"|of\s+(?:Chinese|China['’]s)\s+(?:[a-z-]+\s+)?(?:goods|products|commodities|merchandise))"
)


def _partner_side(
    s: Analysed, part: tuple[int, int], m: Mention, subject: str, flow: str, partner: str
) -> tuple[str, str] | None:
    """The reporter's flow and partner when the flow word is said of the partner's side.

    "Exports from Russia rose 48%" in an article on China-Russia trade are Russia's exports
    to China: China's imports from Russia. "Imports from China" and "imports of Chinese
    products" there are the partner's purchases: China's exports to the partner (the one
    the clause or the story names; with none, the words are left as written).
    """
    word = [f for f in s.flows if part[0] <= f[0] and f[1] <= m.start]
    if not word or word[-1][2] != flow:
        return None
    side = _SIDE_AFTER.match(s.text, word[-1][1])
    if side is None:
        return None
    if side.group(1) is None:  # "imports of Chinese goods"
        if subject != "China" or flow != "imports" or partner in ("World", subject):
            return None
        return "exports", partner
    named = next((n for n in s.names if n.start == side.end()), None)
    if named is None or named.kind not in ("country", "partner"):
        return None
    if named.name == subject:  # "imports from China": the partner's own imports
        mine = flow == "imports" and partner not in ("World", subject)
        return ("exports", partner) if mine else None
    # "exports from Russia": Russia's own exports (toward the reporter)
    return ("imports", named.name) if flow == "exports" else None


# 对华出口 / 向中国出口 / 自华进口 / 从中国进口: a flow toward or from China, said of the
# country written before it
_ZH_WITH_CHINA = re.compile(r"(?:对|向)(?:华|中国)的?(?=出口)|(?:自|从)(?:华|中国)的?(?=进口)")


def _zh_mirrored(
    s: Analysed, part: tuple[int, int], m: Mention, flow: str
) -> tuple[str, str] | None:
    """China's flow and partner when a country's flow toward China is written instead.

    "俄罗斯对华出口增长38.5%", "俄对华出口额为48.6亿美元" in a text on China: as China
    records them, its imports from Russia ("自华进口", its exports). Only when that flow
    word is the last one before the figure in its part, and a country (or its
    one-character name) stands right before 对华 / 自华.
    """
    if "华" not in s.text and "中国" not in s.text:
        return None
    # (all of the sentence's, found once: asked again for each figure)
    withs = s.found.get(id(_ZH_WITH_CHINA))
    if withs is None:
        withs = s.found[id(_ZH_WITH_CHINA)] = list(_ZH_WITH_CHINA.finditer(s.text))
    found = None
    for w in withs:
        if w.end() >= m.start:
            break
        if w.start() >= part[0]:
            found = w
    if found is None:
        return None
    words = [f for f in s.flows if part[0] <= f[0] < m.start]
    if not words or words[-1][0] != found.end() or words[-1][2] != flow:
        return None
    actor = next(
        (
            n.name
            for n in s.names
            if n.end <= found.start()
            and n.kind in ("country", "partner")
            and _ACTOR_TAIL.fullmatch(s.text, n.end, found.start()) is not None
        ),
        cues.ZH_PARTNER_ABBREVIATIONS.get(s.text[found.start() - 1 : found.start()]),
    )
    opening = clause_of(s, found.start())[0]
    if actor is None and _OPENS_PART.fullmatch(s.text, opening, found.start()):
        # "俄罗斯从中国的进口增加13%，…，对中国的出口则增加43%": a clause that opens with the
        # flow toward China goes on with the country whose such flow came before
        before = [w for w in withs if w.end() <= opening]
        actor = next(
            (
                n.name
                for n in s.names
                if before and n.end == before[-1].start() and n.kind in ("country", "partner")
            ),
            None,
        )
    if actor is None or actor == "China":
        return None
    return ("imports" if flow == "exports" else "exports"), actor


# Between the country or group and its flow toward China: nothing, or a word for its
# area ("非洲地区对华出口", "东盟国家对华出口").
_ACTOR_TAIL = re.compile(r"(?:地区|国家|各国)?")
# Nothing but a conjunction between a part's start and its flow toward China ("而", "同时").
_OPENS_PART = re.compile(r"[\s，,；;]*(?:而|同时|但|且)?")


# After a list of partners, one more capitalized item no table knows ("..., Turkmenistan
# and Tadzhikistan"): the list is not read whole.
_UNKNOWN_ITEM = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?([A-Z][a-z][\w-]*)")


def _without_holding_group(names: list[Match], subject: str) -> list[Match]:
    """The names of the sentence before, without a group that holds all its countries.

    "Chinese trade with Africa is driven by three partners – South Africa, Angola and
    Nigeria": "these countries" with three figures "respectively" are the three countries,
    not Africa besides them.
    """
    listed = {n.name for n in names if n.kind == "country" and n.name != subject}
    if len(listed) < 2 or not any(n.kind == "partner" for n in names):
        return names
    holding = {n.name for n in names if n.kind == "partner" and listed <= places.members(n.name)}
    return [n for n in names if n.name not in holding] if holding else names


def listed_partners(s: Analysed, subject: str) -> tuple[str, frozenset[str]] | None:
    """The partners an English sentence writes as one list of two or more, as one name.

    "The United States, Japan, the Republic of Korea, Germany and Australia were the city's
    major trade partners": what "Their trade with Tianjin" and "these five countries" in
    the next sentence refer to, with the names listed. None when it writes no such list.
    """
    if not s.text.isascii() or len(s.names) < 2:
        return None
    named = [
        n
        for n in s.names
        if n.kind in ("country", "partner") and n.name != subject and n.start >= 0
    ]
    for i in range(len(named) - 1):
        if NAME_LIST_GAP.fullmatch(s.text, named[i].end, named[i + 1].start):
            name = _listed_partners(s.text, named[i], named)
            if name.startswith(UNKNOWN):
                return None
            last = i + 1
            while last + 1 < len(named) and NAME_LIST_GAP.fullmatch(
                s.text, named[last].end, named[last + 1].start
            ):
                last += 1
            return name, frozenset(n.name for n in named[i : last + 1])
    return None


# (and in Hong Kong's and Macao's copy, with its growth word: "荷兰(跌21.8%)和德国(跌20.0%)",
# "泰国(升47.3%)")
_OPEN_BRACKET = re.compile(
    r"\s*[(（]\s*(?:(?:up|down)\s+(?:by\s+)?|(?:上升|下跌|增长|下降|升|跌|增|减)(?:了)?)?"
)
# "... 19.5 percent with Vietnam", "115.7 billion yuan with countries along the Belt and
# Road": the figure and the partner joined by "with" alone
# A line labelled with its partner: "With China: exportation 3.23 billion (-5.3%), ..."
_PARTNER_LABEL = re.compile(r"\s*With\s+(?:the\s+)?(?=[A-Z])")
_WITH_RIGHT_AFTER = re.compile(
    r"\s+(?:was\s+|were\s+)?with\s+(?:the\s+)?"
    # "growth of 5.9 percent with its biggest trade partner, the ASEAN": the apposition
    r"(?:its\s+(?:[\w-]+\s+){0,2}?trad(?:e|ing)\s+partner,\s+(?:the\s+)?)?"
    # "a 19.5% increase in import and export to other BRICS countries", "a 3 percent drop
    # in exports to the EU": the change's own trade, named with its partner
    r"|\s+(?:increase|rise|growth|gain|jump|decline|decrease|drop|fall)\s+in\s+"
    r"(?:(?:foreign\s+)?trade|import\s+and\s+export|export\s+and\s+import"
    r"|imports?\s+and\s+exports?|exports?\s+and\s+imports?|exports?|imports?)\s+"
    r"(?:with|to|from)\s+(?:the\s+)?(?:other\s+)?"
)
# "with the US remaining / as / being the largest market": an absolute phrase, not the
# figure's partner
_ABSOLUTE_AFTER = re.compile(r"\s+(?:(?!during\b)\w+ing|as|the|its|a|an|still|again|now)\b", re.I)


def _listed_partners(text: str, near: Match, partners: list[Match]) -> str:
    """The partner of one figure whose nearest partner name ``near`` is an item of a list.

    "Exports to A, B and C stood at ...": the list as one name ("A, B and C"), or the group
    whose listed members are exactly the list ("Kazakhstan, Kyrgyzstan, Tajikistan,
    Turkmenistan and Uzbekistan" is Central Asia); a list with an item no table knows is
    unknown, so that the figure is skipped.
    """
    ordered = sorted(partners, key=lambda n: n.start)
    i = next(k for k, n in enumerate(ordered) if n is near)
    first = last = i
    while first > 0 and NAME_LIST_GAP.fullmatch(text, ordered[first - 1].end, ordered[first].start):
        first -= 1
    while last + 1 < len(ordered) and NAME_LIST_GAP.fullmatch(
        text, ordered[last].end, ordered[last + 1].start
    ):
        last += 1
    if first == last:
        return near.name
    run = ordered[first : last + 1]
    if any(n.kind not in ("country", "partner") or n.name.startswith(UNKNOWN) for n in run):
        return near.name
    names = list(dict.fromkeys(n.name for n in run))
    unknown = _UNKNOWN_ITEM.match(text, run[-1].end)
    if unknown is not None:
        return UNKNOWN + unknown.group(1)
    group = _groups_by_members().get(frozenset(names))
    if group is not None:
        return group
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


# A count between a list of members and their group: "南非、巴西、印度、俄罗斯四个金砖国家"
# (the list is all the text means: not the whole group), and the count alone later,
# "对四个金砖国家出口" (the same few members).
_MEMBER_COUNT = re.compile(r"([2-9]|[两二三四五六七八九]|十[一二三四五六七八九]?)个$")


def _counted_members(
    text: str, partners: list[Match], subsets: dict[str, tuple[int, str]]
) -> list[Match]:
    """Partner groups written as "N个<group>" after a list of N members: the list itself.

    A group the text counted that way before, written again with the same count and no
    list, is the same list (``subsets`` remembers them for the sentences after).
    """
    out = list(partners)
    for i, group in enumerate(partners):
        if group.kind != "partner" or group.name.startswith(UNKNOWN):
            continue
        count = _MEMBER_COUNT.search(text, max(0, group.start - 3), group.start)
        if count is None:
            continue
        n = _number(count.group(1))
        members = places.members(group.name)
        run = [
            m for m in partners[:i] if m.end <= count.start() and m.kind in ("country", "partner")
        ]
        listed: list[Match] = []
        for m in reversed(run):
            gap_end = listed[0].start if listed else count.start()
            if m.end != gap_end and NAME_LIST_GAP.fullmatch(text, m.end, gap_end) is None:
                break
            listed.insert(0, m)
        names = list(dict.fromkeys(m.name for m in listed))
        if len(names) == n and n < len(members) and set(names) <= members:
            joined = ", ".join(names[:-1]) + " and " + names[-1]
            subsets[group.name] = (n, joined)
            out = [m for m in out if m not in listed]
            out[out.index(group)] = Match(group.start, group.end, joined, "partner")
        elif not listed and subsets.get(group.name, (0, ""))[0] == n:
            out[out.index(group)] = Match(group.start, group.end, subsets[group.name][1], "partner")
    return out


_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _english_count(written: str) -> int:
    """A small count written in digits or as an English word ("four")."""
    word = written.lower()
    return int(word) if word.isdigit() else _COUNT_WORDS.index(word) + 2


def _number(written: str) -> int:
    """A small count written in digits or Chinese numerals (两, 十二)."""
    if written.isdigit():
        return int(written)
    digits = "一二三四五六七八九"
    if written.startswith("十"):
        return 10 + (digits.index(written[1]) + 1 if len(written) > 1 else 0)
    return 2 if written == "两" else digits.index(written) + 1


@functools.cache
def _groups_by_members() -> dict[frozenset[str], str]:
    """Partner groups by their listed members (a list of all of them names the group)."""
    found: dict[frozenset[str], str] = {}
    for group in places.places(places.PlaceKind.GROUP):
        listed = places.members(group.name)
        if len(listed) > 1:
            found.setdefault(listed, group.name)
    return found


# A segment that is only the goods of a country: "Chinese products", "German goods".
_GOODS_OF_ORIGIN = re.compile(r"([a-z]+)\s+(?:products|goods|merchandise|commodities)")
#: Country adjectives (lower case) and the country each names.
_ORIGINS = {**lexicon.DEMONYMS, "chinese": "China"}
# Right after "imports": the goods of one origin ("imports of Russian goods and services")
_OF_ORIGIN_GOODS = re.compile(
    r"\s+of\s+([A-Z][a-z]+)\s+(?:products|goods|merchandise|commodities)(?:\s+and\s+services)?\b"
)


def _imports_of_origin(s: Analysed, part: tuple[int, int], m: Mention, subject: str) -> str | None:
    """The country whose goods the figure's imports are, written right after the flow word."""
    words = [f for f in s.flows if part[0] <= f[0] and f[1] <= m.start and f[2] == "imports"]
    if not words:
        return None
    goods = _OF_ORIGIN_GOODS.match(s.text, words[-1][1])
    if goods is None:
        return None
    origin = _ORIGINS.get(goods.group(1).lower())
    return origin if origin not in (None, subject) else None


# After a share: "of total mining exports", "of the total fishery imports": the total of a
# product group's flow (lower-case words between "total" and the flow noun).
_PRODUCT_TOTAL_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?total\s+((?:[a-z][a-z-]*\s+){0,1}[a-z][a-z-]*)\s+(?:exports|imports)\b"
)


#: Patterns searched near each figure, with words one of which each match holds (in lower
#: case): a sentence with none of them is not searched (tests check each list against
#: matches generated from its pattern).
NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    meaning._EACH_MONTH: ("month", "每", "逐月"),
    cues.SINGLE_MONTH: ("单月", "single"),
    _LEVEL_BASE: ("level",),
    _BOTH_FLOWS: ("both",),
    # (the cues that date a figure by a base or a change written right around it)
    cues.IMBALANCE: ("imbalance", "gap"),
    _BASE_VALUE: ("同期的", "同期为", "同期是", "同期顺差", "同期逆差", "同期贸易"),
    _LAST_YEARS_OWN: ("同期",),
    _BASE_RATE: ("年的", "同期的"),
    _ONE_FLOW_QUANTITY_THEN_VALUE: ("贸易额",),
    _BASE_YEAR_VALUE: ("年的",),
    _FROM_BEFORE: ("from",),
    _FROM_AFTER: ("from",),
}
#: Texts known to be as Fact's converters leave them (one space between words, not empty).
_CANONICAL: dict[str, bool] = {}
_SET = object.__setattr__
#: (figure id, measure id, flow, no benchmark) -> (figure, measure) whose Fact checks passed.
_CHECKED: dict[tuple[int, int, Flow | None, bool], tuple[Figure, Measure]] = {}


def _canonical(text: str | None) -> bool:
    if text is None:
        return True
    known = _CANONICAL.get(text)
    if known is None:
        if len(_CANONICAL) > 4096:
            _CANONICAL.clear()
        known = _CANONICAL[text] = isinstance(text, str) and " ".join(text.split()) == text != ""
    return known


def new_fact(
    subject: str,
    period: Period,
    flow: Flow | str | None,
    measure: Measure | str,
    figure: Figure,
    partner: str,
    segment: str | None,
    benchmark: str | None,
    provenance: Provenance,
) -> Fact:
    """The same Fact as ``Fact(...)``, made faster when its values are already canonical.

    Fact's converters would leave such values as they are, so they are set directly and
    only the checks of ``__attrs_post_init__`` run (they raise as Fact() would). Anything
    else (a flow or measure by name, text to normalise) goes through ``Fact(...)``.
    """
    if not (
        isinstance(period, Period)
        and (flow is None or isinstance(flow, Flow))
        and isinstance(measure, Measure)
        and isinstance(figure, Figure)
        and isinstance(provenance, Provenance)
        and subject is not None
        and partner is not None
        and _canonical(subject)
        and _canonical(partner)
        and _canonical(segment)
        and _canonical(benchmark)
    ):
        return Fact(subject, period, flow, measure, figure, partner, segment, benchmark, provenance)
    fact = object.__new__(Fact)
    _SET(fact, "subject", subject)
    _SET(fact, "period", period)
    _SET(fact, "flow", flow)
    _SET(fact, "measure", measure)
    _SET(fact, "figure", figure)
    _SET(fact, "partner", partner)
    _SET(fact, "segment", segment)
    _SET(fact, "benchmark", benchmark)
    _SET(fact, "provenance", provenance)
    # Fact's checks read only the figure, the measure, the flow and whether there is a
    # benchmark: a combination that passed once passes again (figures and measures are
    # kept in the table, so their ids stay theirs)
    key = (id(figure), id(measure), flow, benchmark is None)
    known = _CHECKED.get(key)
    if known is None or known[0] is not figure or known[1] is not measure:
        fact.__attrs_post_init__()
        if len(_CHECKED) > 4096:
            _CHECKED.clear()
        _CHECKED[key] = (figure, measure)
    return fact


@functools.lru_cache(maxsize=4096)
def _figure(digits: str, unit: str, qualifier: str) -> Figure:
    """A figure, built once per distinct (digits, unit, qualifier): a unit is parsed by pint."""
    return Figure(digits, unit, qualifier)


def unify_segments(facts: list[Fact], headline_end: int) -> list[Fact]:
    """One name per product between headline and body.

    The headline's "laptop exports" ("laptops") is the body's "laptop computers" when the
    body names exactly one segment that starts with "laptop" and the short name occurs in
    the headline only (in the body, "car exports" and "car parts" are two segments).
    """

    def in_headline(f: Fact) -> bool:
        span = f.provenance.span if f.provenance else None
        return span is not None and span[0] < headline_end

    body = {f.segment for f in facts if f.segment and not in_headline(f)}
    longer: dict[str, str] = {}
    for name in {f.segment for f in facts if f.segment and in_headline(f)} - body:
        if " " in name or not name.endswith("s"):
            continue
        candidates = [n for n in body if n.startswith(name[:-1] + " ")]
        if len(candidates) == 1:
            longer[name] = candidates[0]
    if not longer:
        return facts
    return [attrs.evolve(f, segment=longer[f.segment]) if f.segment in longer else f for f in facts]


def without_rounded_headlines(facts: list[Fact], headline_end: int) -> list[Fact]:
    """Drop a headline figure that rounds a body figure of the same fact.

    "Hubei's foreign trade climbs 10 pct in H1" over a body's "an increase of 10.1
    percent" states the body's fact once more, rounded (the annotations record it once);
    so does a headline's whole year over the same figure for part of that year.
    """

    def in_headline(f: Fact) -> bool:
        span = f.provenance.span if f.provenance else None
        return span is not None and span[0] < headline_end

    body: dict[tuple[object, ...], list[Figure]] = {}
    # (the same fact but its period: "Trade ... Grows by 8.9% in 2023" over a lead's "in the
    # first four months of 2023 ... an upward trend of 8.9%": the headline's year is loose)
    undated: dict[tuple[object, ...], list[Fact]] = {}
    for f in facts:
        if not in_headline(f):
            body.setdefault(f.key, []).append(f.figure)
            undated.setdefault(_without_period(f), []).append(f)
    return [
        f
        for f in facts
        if not (
            in_headline(f)
            and f.figure.qualifier is Qualifier.EXACT
            and (
                any(
                    b.unit == f.figure.unit
                    and b.magnitude != f.figure.magnitude
                    and b.value in f.figure.rounding_interval()
                    for b in body.get(f.key, ())
                )
                or (
                    f.period.n_months == 12
                    and any(
                        # (the year to date: a lone month's equal figure may be chance)
                        1 < b.period.n_months < 12
                        and b.period.is_year_to_date
                        and b.period.end_year == f.period.end_year
                        and b.figure.unit == f.figure.unit
                        and b.figure.value == f.figure.value
                        for b in undated.get(_without_period(f), ())
                    )
                )
            )
        )
    ]


def headline_year_so_far(
    facts: list[Fact], headline_end: int, published: datetime.date | None
) -> list[Fact]:
    """A headline's year not yet over is the year so far the body reports of the same fact.

    "2023年中俄贸易额超过2000亿美元" over a story of December 2023 whose body gives "1-11月
    中俄贸易额达到2182亿美元": the headline passes the mark with the first eleven months (the
    year is not over when it is written), so its figure is of those months.
    """
    if published is None or not headline_end:
        return facts
    so_far: dict[tuple[object, ...], Period] = {}
    for f in facts:
        span = f.provenance.span if f.provenance else None
        p = f.period
        if (
            span is not None
            and span[0] >= headline_end
            and p.is_year_to_date
            and p.end_year == published.year
            and 1 < p.n_months < 12
        ):
            key = _without_period(f)
            if key not in so_far or so_far[key].n_months < p.n_months:
                so_far[key] = p
    if not so_far:
        return facts
    whole = Period.year(published.year)
    return [
        attrs.evolve(f, period=so_far[_without_period(f)])
        if f.period == whole
        and f.provenance.span is not None
        and f.provenance.span[0] < headline_end
        and _without_period(f) in so_far
        else f
        for f in facts
    ]


def _without_period(f: Fact) -> tuple[object, ...]:
    return (f.subject, f.flow, f.partner, f.segment, f.measure.name, f.benchmark)


def unique(facts: list[Fact]) -> list[Fact]:
    """Drop repeats of the same statement (headlines repeat the lead).

    A later exact figure equal to an earlier qualified one of the same key restates it:
    "imports almost doubled by an estimated 46 percent ... the 46 percent increase in
    imports" is one fact.
    """
    # the figures stated for each key: compared, not hashed (a figure's hash reads its unit)
    seen: dict[tuple[object, ...], list[Figure]] = {}
    out = []
    for f in facts:
        figures = seen.setdefault(f.key, [])
        restated = f.figure.qualifier is Qualifier.EXACT and any(
            b.unit == f.figure.unit and b.magnitude == f.figure.magnitude for b in figures
        )
        if f.figure not in figures and not restated:
            figures.append(f.figure)
            out.append(f)
    return out


# A group a partner is ranked within: "菲律宾为我省在“海丝国家”中的第一大贸易伙伴".
_AMONG_BEFORE = re.compile(r"在[“\"]?$")
_AMONG_AFTER = re.compile(r"[”\"]?中的")


# Right before a place, the verbs of a route's reach (a train, a line, a corridor).
_ROUTE_REACH_WORDS = ("通达", "直达", "辐射", "连通", "联通", "通往", "开往")
_ROUTE_REACH = re.compile(r"(?:通达|直达|辐射|连通|联通|通往|开往)(?:至|到)?$")


def _not_among(text: str, partners: list[Match]) -> list[Match]:
    """The partners but a group written as what another partner ranks within (在G中的).

    "菲律宾为我省在“海丝国家”中的第一大贸易伙伴，1-4月共计进出口134.6亿元": the figures
    are the Philippines'; the group only places its rank. All of them when none is left.
    """
    if "中的" not in text:
        return partners
    kept = [
        n
        for n in partners
        if not (
            _AMONG_BEFORE.search(text, max(0, n.start - 2), n.start)
            and _AMONG_AFTER.match(text, n.end)
        )
    ]
    return kept or partners


# "对其进出口", "与其贸易": the trade with "it", a partner named before.
def _member_after_group(group: str | None, side: str | None) -> bool:
    """Whether ``side`` is a member of the partner group ``group``."""
    return group is not None and side is not None and side in places.members(group)


# A Chinese sentence that opens by citing its data: "海关总署8日公布的数据显示，",
# "据海关统计，", "根据南京海关数据，" (the source, then the figures).
_CITES_DATA = re.compile(
    r"[ \t]*(?:(?:据|根据)[^，,。；;]{0,24}?(?:统计|数据)|[^，,。；;]{0,30}?(?:数据|统计)显示)"
    r"[，,：:]"
)
_WITH_IT = re.compile(r"[对与自向]其(?=进出口|出口|进口|贸易|双边)")


# A sentence that goes on listing what the one before listed: 此外 / 另外 / 同时 / 还有
_GOES_ON_ZH = re.compile(r"\s*(?:此外|另外|同时|还有|再如)")
# Between the names of a written list of places: 、 / 和 / 及 / 与 (Chinese copy)
_ZH_PLACE_GAP = re.compile(r"(?:市|州|县|区)?[、和及与]")


def _place_list_before(
    text: str, reporters: list[Match], subject: str, start: int, at: int
) -> bool:
    """Whether the last place before ``at`` (from ``start``) ends a written list of places.

    A Chinese list of two or more places that are not the reporter, joined by 、 / 和
    ("湘西、怀化、永州"; the figures after it in the part are the list's).
    """
    before = [n for n in reporters if start <= n.start and n.end <= at]
    if len(before) < 2:
        return False
    run = [before[-1]]
    for n in reversed(before[:-1]):
        if _ZH_PLACE_GAP.fullmatch(text, n.end, run[0].start) is None:
            break
        run.insert(0, n)
    if text[run[-1].end : run[-1].end + 1] in (")", "）"):
        return False  # "粤东地区(包括汕头市、梅州市…)外贸进出口": the members of the area before
    if _ZONES_OF_PLACES.match(text, run[-1].end):
        # "甲、乙和丙3个综合保税区合计进出口…": where the reporter's zones are, the figure
        # the zones' (a segment of the reporter's trade)
        return False
    return len(run) > 1 and all(n.name != subject for n in run)


# Right after a list of places, the reporter's zones they hold (a count, then the kind).
_ZONES_OF_PLACES = re.compile(
    r"(?:等)?(?:[\d一二两三四五六七八九十]+个)?(?:综合保税区|综保区|保税港区|保税区|"
    r"自由贸易试验区|自贸试验区|自贸区|出口加工区|海关特殊监管区域|保税物流中心)"
)


# Before a written list of places whose own flow it is: "Exports from Xiangyang, Jingmen
# and Enshi", "trade of A and B", "imports in A and B" (not "imports from": partners)
_FLOW_OF_PLACES = re.compile(
    r"\b(?:exports\s+(?:from|of|in)|imports\s+(?:of|in)|trade\s+(?:of|in))\s+(?:the\s+)?$",
    re.I,
)
# Between such a list and its growth: a verb and a few words, no clause mark or figure.
_LIST_TO_GROWTH = re.compile(r"[^,;:\d]{1,60}")


def _zh_product_list_flow(s: Analysed, state: Carried) -> str | None:
    """The flow of a Chinese list of products that goes on after "；" without its flow word.

    "出口家具37.5亿元，下降13.7%；机电产品28亿元；水海产品…": a sentence that opens with a
    product and names no flow, right after one whose product figures were all of one flow
    (exports or imports), is one more item of that flow. None otherwise.
    """
    if (
        state.cut
        and state.goes_on
        and not s.flows
        and not s.text.isascii()
        and any(n.kind == "segment" and n.start <= 2 for n in s.names)
    ):
        return state.product_flow
    return None


def _each_reporter(
    s: Analysed, m: Mention, part: tuple[int, int], reporters: list[Match], subject: str
) -> tuple[str, ...]:
    """The places of a written list that one growth rate is said of each, if any.

    "Exports from Xiangyang, Jingmen, Huanggang and Enshi increased by more than 30
    percent": a rate of growth of each city's exports (a value would be their sum, and
    is not read so). English only; the places are reporters, not partners.
    """
    before = [
        n
        for n in reporters
        if part[0] <= n.start
        and n.end <= m.start
        and n.name != subject
        and n.name not in cues.SEPARATE_ECONOMIES
    ]
    if len(before) < 2:
        return ()
    run = name_run(s.text, before)
    if not s.text.isascii():
        # "四川、河南、陕西等中西部省份对…进出口增幅均在20%以上", "湘西、怀化、永州增速也在
        # 30%以上": the list, then its growth words with no figure or clause mark between
        # (not "三市进出口…增长": the growth of the cities together)
        # (the list may end before a name inside the words after it: "…等中西部省份")
        for last in range(len(before), max(1, len(before) - 3), -1):
            run = name_run(s.text, before[:last])
            gap = _ZH_LIST_TO_GROWTH.fullmatch(s.text, run[-1].end, m.start)
            if (
                len(run) > 1
                and gap is not None
                and all(s.text[a.end : b.start] in _ZH_AND for a, b in itertools.pairwise(run))
            ):
                words = gap.group(0)
                if (
                    _ZH_TOGETHER.search(words)
                    or not (
                        _ZH_EACH.search(words)
                        or words.startswith("等")
                        or _ZH_RATE_BOUND.search(words)
                        or s.text.startswith(_ZH_AND_ABOVE, m.end)
                    )
                    or _ZH_LEFT_OUT_AFTER.match(words)
                    or _ZH_OTHERS.search(words)
                    or s.text[max(0, run[0].start - 2) : run[0].start].endswith(_ZH_LEFT_OUT)
                ):
                    return ()
                return tuple(dict.fromkeys(n.name for n in run))
        return ()
    if (
        len(run) < 2
        or _FLOW_OF_PLACES.search(s.text, max(part[0], run[0].start - 24), run[0].start) is None
        or _LIST_TO_GROWTH.fullmatch(s.text, run[-1].end, m.start) is None
    ):
        return ()
    return tuple(dict.fromkeys(n.name for n in run))


def _each_listed_place(
    s: Analysed, m: Mention, reporters: list[Match], subject: str, names: set[str]
) -> tuple[str, ...]:
    """The places of one written list a figure after 均 is said of each, if any.

    "甲、乙、丙三市进出口占比近七成，进出口均超千亿元": a bound (or a value) each of the
    listed places has. Only when every place named before the figure in its part is in
    the list, the list is joined by 、/和/及 alone, no word of a sum or a split (合计,
    分别, 其中) comes between, and 均 stands right before the figure with at most a word of
    bound or copula (超, 超过, 逾, 达, 为, 在, 突破).
    """
    if len(names) < 2 or s.text.isascii():
        return ()
    before = [n for n in reporters if n.end <= m.start and n.name in names]
    run = name_run(s.text, before)
    if (
        len(run) < 2
        or {n.name for n in run} != names
        or not all(s.text[a.end : b.start] in _ZH_AND for a, b in itertools.pairwise(run))
        or m.start - run[-1].end > 40
    ):
        return ()
    gap = s.text[run[-1].end : m.start]
    if (
        _ZH_EACH_GAP_STOPS.search(gap)
        or _ZH_EACH_BOUND.search(gap) is None
        # ("除甲、乙外其他地市…均超…", "甲、乙以外的地市…": the others', not the list's)
        or _ZH_LEFT_OUT_AFTER.match(gap)
        or _ZH_OTHERS.search(gap)
        or s.text[max(0, run[0].start - 2) : run[0].start].endswith(_ZH_LEFT_OUT)
    ):
        return ()
    return tuple(dict.fromkeys(n.name for n in run))


# What may stand between 均 and the figure it says of each listed place ("均超千亿元",
# "均在百亿元以上", "均为两位数增长" has no figure), at the end of the gap.
_ZH_EACH_BOUND = re.compile(r"均(?:已经?)?(?:超过|超出|超|逾|达到|达|为|在|突破|过)?$")
# ... and what may not stand anywhere between the list and the figure: a sum, a split, a
# new sentence or clause of its own.
_ZH_EACH_GAP_STOPS = re.compile(r"合计|共计|总计|累计|共同|总体|整体|分别|其中|[。；;：:]")


def _share_of_a_segment(
    s: Analysed,
    m: Mention,
    part: tuple[int, int],
    segments: list[Match],
    partners: list[Match],
) -> bool:
    """Whether a Chinese share is of a segment's total by a part of it that is no partner.

    "手机出口…占机电产品出口的62.5%", "综保区企业开展的加工贸易进出口额占全省加工贸易
    进出口额的92.2%": the total after 占 names a segment, and the part names another one
    (or no partner): the share is of that segment's trade, not of the reporter's (the
    schema's share). A partner's share of the segment's trade ("对欧盟进出口机电产品…，
    占中国整体机电产品进出口总值15.2%") is kept.
    """
    if s.text.isascii():
        return False
    # (looked for only in the 30 characters a total may take: not the whole part per share)
    of = s.text.rfind("占", max(part[0], m.start - 30), m.start)
    if of < 0 or _ZH_SHARE_TOTAL_BREAK.search(s.text, of, m.start):
        return False
    in_total = {n.name for n in segments if of < n.start and n.end <= m.start}
    if not in_total:
        return False
    clause = clause_of(s, of)[0]
    start = max(part[0], clause - 60)
    own = {n.name for n in segments if start <= n.start and n.end <= of}
    if own - in_total:
        return True  # (a part named by another segment)
    return not any(start <= n.start and n.end <= of for n in partners)


# What ends the total of a share before its figure (a figure, a clause mark).
_ZH_SHARE_TOTAL_BREAK = re.compile(r"[\d，,。；;：:]")


def _each_listed_segment(
    s: Analysed, m: Mention, part: tuple[int, int], segments: list[Match], segment: str
) -> tuple[str, ...]:
    """The products of one written list a figure after 均 is said of each, if any.

    "家具零件、灯具零件等出口增速均超两成", "家具和灯具出口均增长20%": each product's
    figure. The list (joined by 、/和/及, 等 may close it) must end with the figure's
    segment, and between it and the figure only a flow word, a rate word and 均 with its
    bound or verb (no figure, clause mark, sum or split).
    """
    before = [n for n in segments if part[0] <= n.start and n.end <= m.start]
    run = name_run(s.text, before)
    if (
        len(run) < 2
        or run[-1].name != segment
        or not all(s.text[a.end : b.start] in _ZH_AND for a, b in itertools.pairwise(run))
        or _ZH_EACH_PRODUCT_GAP.fullmatch(s.text, run[-1].end, m.start) is None
    ):
        return ()
    return tuple(dict.fromkeys(n.name for n in run))


_ZH_EACH_WORD = "均"
# Between such a list and its figure: 等 (and a class word), a flow word, a rate word, then
# 均 and its bound or verb right before the figure.
_ZH_EACH_PRODUCT_GAP = re.compile(
    r"(?:等(?:产品|商品)?)?(?:进出口|出口|进口)?(?:额|值)?(?:增速|增幅|增长)?"
    r"均(?:已经?)?(?:超过|超出|超|逾|在|达到|达|为|实现|保持)?(?:增长|下降|增|降)?了?\s*"
)


# Between a Chinese list of places and a rate said of each: a few words with a word of
# growth or of each (均为…增长: the growth after the figure), and no figure, clause mark or
# 分别 (respectively: paired one by one elsewhere).
_ZH_LIST_TO_GROWTH = re.compile(
    r"[^，,。；;：:\d%分()（）]{0,30}?(?:增速|增幅|增长|涨幅|升幅|均|都)[^，,。；;：:\d%分()（）]{0,8}"
)
# ... and with a word that says it of each: 均 / 都 / 也 / 各 (a list ending in 等 may go
# without: "广西、云南等省份增幅在15%以上"); a rate alone ("苏州和无锡外贸增速为8.2%") may be
# of the places together.
_ZH_EACH = re.compile(r"[均都也各]")
# ... or with a bound, which a list's growth is given as for each place, not for the
# places together ("甲、乙和丙进口增速超3成", "甲和乙出口增幅在两成以上"); an exact rate
# alone is still not read so.
_ZH_RATE_BOUND = re.compile(r"(?:超过|超出|超|逾|高于|大于|突破)$")
_ZH_AND_ABOVE = ("以上", "之上")
# What joins the places of such a list.
_ZH_AND = frozenset({"、", "和", "及", "与", "以及"})
# ... but not the places together: "三市进出口增长", "合计增长", "共同", "总体" (not the 共
# of 共建 or the 总 of 总值).
_ZH_TOGETHER = re.compile(
    r"[两三四五六七八九十\d]+[个座]?[市地州省区县]|合计|共计|总计|共同|总体|整体|累计"
)
# ... nor the places a 除…外 list leaves out: "除广州、深圳外其他地市增速均在10%以上",
# "广州、深圳以外的地市…": the rate is of the others
_ZH_LEFT_OUT = ("除", "除了", "不含", "不包括")
_ZH_LEFT_OUT_AFTER = re.compile(r"[以之]?外")
_ZH_OTHERS = re.compile(r"其他|其余|其它")
_ZH_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
_ZH_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# Words of a clause that says what a partner is to the reporter: its rank or role
_ZH_PARTNER_ROLE = re.compile(
    r"贸易|伙伴|是|为|成为|来源|目的地|之一|最大|第[一二三四五六七八九十\d]"
)


# Words of a clause on the reporter's whole trade, not one partner's
_ZH_WHOLE_TRADE = re.compile(r"全国|全省|全市|全区|我国外贸|整体|总体")


def _zh_bare_topic(s: Analysed, near: Match, m: Mention, partners: list[Match]) -> bool:
    """Whether a Chinese partner name is only the topic of a clause with no trade figure.

    "浙江对传统市场进出口稳定增长，新兴市场开拓有力，…，高新技术产品出口1209.0亿元": 新兴
    市场 opens a clause of its own with no 对 / 与 / 自 before it, no flow word and no
    figure: a heading among the topics, not the partner of figures in later clauses. A
    partner opening the sentence ("拉美市场表现亮眼，进出口3.4万亿元") owns the figures
    after it, unless a later clause names another partner or the reporter's whole trade.
    """
    if near.kind != "partner" or not _ZH_CHARACTER.match(s.text, near.start):
        return False
    c0, c1 = clause_of(s, near.start)
    if s.text[c0 : near.start].strip():
        return False  # (something before it in its clause: 对新兴市场, 全省对…)
    if any(c0 <= f[0] < c1 for f in s.flows) or any(c0 <= n.start < c1 for n in s.mentions):
        return False
    # (not a clause that says what the partner is to the reporter, which the next clause's
    # 双边贸易 / 对其 refers back to: "东盟为我第一大贸易伙伴，双边贸易总值为…")
    rest = s.text[near.end : c1]
    # (words only: not "东盟(10国)贸易额…", whose bracket the clause ends at)
    if _ZH_WORDS_ONLY.fullmatch(rest) is None or _ZH_PARTNER_ROLE.search(rest) is not None:
        return False
    if any(f[1] <= c0 for f in s.flows) or any(n.end <= c0 for n in partners):
        return True  # (one topic in a run of them: "江西对传统市场进出口平稳增长，东盟市场…")
    # (opening the sentence: its partner, unless a later clause turns to another partner or
    # to the whole: "东盟市场拓展加快，全省进出口…")
    return any(c1 <= n.start < m.start for n in partners) or (
        _ZH_WHOLE_TRADE.search(s.text, c1, m.start) is not None
    )


# An aside on an earlier figure opening a sentence: "继10月增长9%后，", "继上月下降3%之后，"
_ZH_AFTER_ASIDE = re.compile(r"继[^，,。；;]{1,30}?之?后[，,]")


def _partner_after_aside(
    s: Analysed, m: Mention, part: tuple[int, int], partners: list[Match]
) -> Match | None:
    """The partner of the main clause after a 继…后 aside the figure stands in, if any."""
    aside = _ZH_AFTER_ASIDE.search(s.text, part[0], part[1])
    if aside is None or not aside.start() <= m.start < aside.end():
        return None
    if s.text[part[0] : aside.start()].strip(" ，,"):
        return None  # (the aside must open its part)
    main = clause_of(s, aside.end())
    return next((n for n in partners if main[0] <= n.start < main[1]), None)


# A turn to another matter: "虽然…，但…", "…；然而，…" (not 而且, "also")
_ZH_TURN = re.compile(r"[，,；;]\s*(?:但是?|然而|不过|而(?!且))[，,]?")


def _zh_turned_from(s: Analysed, near: Match, m: Mention) -> bool:
    """Whether a Chinese sentence turns (但, 然而) from a partner to a flow of its own.

    "尽管…未单独列出自台湾进口来自哪些产品，但海关数据指出，…大陆出口机电产品10.6兆元":
    the figure after the turn names its own flow and another place or the whole (大陆,
    全国, 整体), and the partner of the clause before the turn is not its partner. A bare
    flow after the turn keeps it ("对美国出口增长3%，但进口下降5%", "对美出口虽下降，但仍
    达100亿元").
    """
    turns = s.found.get(id(_ZH_TURN))
    if turns is None:
        turns = []
        if "但" in s.text or "然而" in s.text or "不过" in s.text or "而" in s.text:
            turns = list(_ZH_TURN.finditer(s.text))
        s.found[id(_ZH_TURN)] = turns  # (found once per sentence)
    turn = next((t.end() for t in reversed(turns) if near.end <= t.start() < m.start), None)
    if turn is None or not any(turn <= f[0] and f[1] <= m.start for f in s.flows):
        return False
    return _ZH_WHOLE_TRADE.search(s.text, turn, m.start) is not None or any(
        turn <= n.start < m.start and n.name != near.name for n in s.names
    )


def _its_partner(text: str, near: Match, m: Mention, partners: list[Match]) -> str | None:
    """The partner 其 stands for in "对其进出口…", when the sentence says which.

    "印度尼西亚是福建对东盟贸易的最大市场，…福建对其进出口393.5亿元": 其 is the partner
    the clause is about (named before 是 / 为), not the nearest name (东盟, inside what is
    said of it). None when no partner is so named before it.
    """
    it = _WITH_IT.search(text, near.end, m.start)
    if it is None:
        return None
    topics = [n for n in partners if n.end <= it.start() and text.startswith(("是", "为"), n.end)]
    return topics[-1].name if topics else None


def _flow_of_item(
    s: Analysed, m: Mention, part: tuple[int, int], segments: list[Match], item: str, flow: str
) -> str:
    """The flow of a figure paired with one item of a list of segments.

    "保税物流、加工贸易、对外承包出口分别达…": the flow word inside one item's name is that
    item's flow; the other items, with no flow word of their own, are the total.
    """
    free = s.free_flows or []
    if any(f[1] <= m.start and f[0] >= part[0] for f in free):
        return flow  # a flow word of the sentence's own: "出口A、B分别…"
    if part[0] > 0 and cues.THOSE_OF_FLOW.match(s.text, part[0]):
        return flow  # ", while the others like A, B and C rose ...": the flow before
    own = [n for n in segments if n.name == item and part[0] <= n.start < m.start]
    if own and not any(own[-1].start <= f[0] and f[1] <= own[-1].end for f in s.flows):
        return "total"
    return flow


# 贸易差额 / 进出口差额: the difference of exports and imports, 顺差 or 逆差 unsaid (its
# clause only: "贸易差额为50亿元，进出口1000亿元").
_ZH_IMBALANCE = re.compile(r"贸易差额|进出口差额|外贸差额")


def _restates_share(
    s: Analysed, m: Mention, measured: list[tuple[Mention, tuple[str | None, int, str | None, str]]]
) -> bool:
    """Whether a share in words (一半, 八成) only rounds the percent share just before it.

    "占与RCEP贸易伙伴外贸规模的47.2%，占比接近一半", "占全省的78.2%，近八成": one share
    said twice; the second is no fact of its own (and must not take another partner).
    """
    if m.kind != "percent" or s.text[m.end - 1 : m.end] in ("%", "％") or s.text.isascii():
        return False
    i = position(s, m)  # (measured is in the order of s.mentions: one lookup, no scan)
    if i == 0 or i >= len(measured) or measured[i][0] is not m:
        return False
    before, read = measured[i - 1]
    if read[0] != "share" and "占" not in s.text[max(0, before.start - 30) : before.start]:
        return False
    if s.text[before.end - 1 : before.end] not in ("%", "％"):
        return False
    if _RESTATED_GAP.fullmatch(s.text, before.end, m.start) is None:
        return False
    try:
        return abs(float(before.digits) - float(m.digits)) <= 10
    except ValueError:
        return False


# Between an exact share and its restatement in words: "47.2%，占比接近一半", "78.2%，近八成"
# (a comma, 占比 / 比重, a qualifier).
_RESTATED_GAP = re.compile(
    r"[，,]\s*(?:占比|比重|即|约|也就是)?(?:为|达)?(?:接近|将近|近|超过|超|逾|约)?"
)


# Between "by 21.4%" and the goods it is of: "by 21.4% of machinery and equipment"
_OF_GOODS_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


# An English sentence cut at ";" that opens with a bare flow goes on with the segment of
# the part before, as a part after ", while" does (cues.PART_OPENS_WITH_FLOW): "the total
# import and export volume of cross-border e-commerce was 1.2 trillion yuan; the export
# volume was 1 trillion yuan" (not "; its exports", the whole flow)
_CUT_OPENS_WITH_FLOW = re.compile(
    r"\s*(?:the\s+)?(?P<flow>import|export)(?:s|\s+(?:volume|value))\b", re.I
)

# In the part before the ";", the flow word alone (not in "import and export"): "China's
# crude oil imports fell 8 percent; imports rose 1.8 percent" is the segment's flow, and
# the part after the whole one's; only the segment's total goes on split into flows
_LONE_FLOW = {
    flow: re.compile(rf"(?<!and )\b{flow}(?:s|ed|ing)?\b(?!\s+and\s+(?:im|ex)port)", re.I)
    for flow in ("import", "export")
}


def _cut_splits_total(s: Analysed, doc: Document) -> bool:
    """Whether a sentence cut at ";" opens with a flow splitting the total before it.

    "the total import and export volume of cross-border e-commerce was 1.2 trillion yuan;
    the export volume was 1 trillion yuan" goes on with the segment; "exports of rare
    earths fell 9 percent; exports overall rose 7.6 percent" does not (the same flow again).
    """
    m = _CUT_OPENS_WITH_FLOW.match(s.text)
    if not m:
        return False
    before = doc.text[max(0, s.start - 300) : s.start]
    before = before[before.rfind(". ") + 1 :]  # (the part before the ";" alone)
    return not _LONE_FLOW[m.group("flow").lower()].search(before)


_OWN_YEAR_AFTER = re.compile(r"\s+(?:in|during|for)\s+(?:19|20)\d\d\b")


def _span_years_end(s: Analysed, m: Mention, clause: tuple[int, int]) -> int | None:
    """0 for the start amount of "from $A to $B" (a clause with no period), 1 for the end."""
    if _FROM_BEFORE.search(s.text, max(clause[0], m.start - 20), m.start) and (
        _TO_AMOUNT_AFTER.match(s.text, m.end)
    ):
        return 0
    if _TO_AMOUNT_BEFORE.search(s.text, max(clause[0], m.start - 60), m.start):
        return 1
    return None


def _each_period(s: Analysed, m: Mention, part: tuple[int, int]) -> tuple[Period, ...]:
    """The periods of a written list that one figure is said of each (均), if any.

    "5月份、6月份均环比增长1.2%", "一季度和二季度均增长5%": each period grew that much, as
    one figure said of a list of partners is said of each partner.
    """
    before = [p for p in s.periods if part[0] <= p.start and p.end <= m.start]
    if len(before) < 2 or "均" not in s.text[before[-1].end : m.start]:
        return ()
    # ("5月、6月出口分别为a和b，均增长15%": each month's figure grew 15 percent, too)
    listed = period_run(s.text, before)
    return tuple(p.periods[0] for p in listed)


# Right after the last name of a list, English words saying a figure is each one's: "trade
# with ASEAN, Australia and the EU all posted growth of over 30 percent", "... both rose"
# (a verb right after the each-word: not "A, B and C, all traditional markets, reached",
# an appositive that leaves the figure the list's sum)
_EACH_AFTER_NAMES = re.compile(
    r"\s*,?\s*(?:all|each|both)\s+(?:\w+ly\s+)?"
    r"(?:(?!listed\b|developed\b|advanced\b|related\b)\w+ed|rose|grew|fell|saw|posted|"
    r"kept|held|made|had|have|has|were|are|was|is|shrank|sank|hit|took)\b",
    re.I,
)


# "US$35.1 billion of general trade and US$17.5 billion of processing trade, both up 23
# percent": the amount a product or trade mode is written after, and one change said of
# both (each, all) right after the last of them.
_EACH_WORD = re.compile(r"\b(?:both|each|all)\b")
_AMOUNT_OF_KIND = re.compile(r"\s+(?:worth\s+)?(?:of|in)\s+(?:the\s+)?")
_EACH_CHANGED = re.compile(
    r"\s*,\s*(?:both|each|all)\s+(?:(?:up|down|rising|rose|increasing|increased|growing|grew"
    r"|falling|fell|declining|declined|dropping|dropped)\s+)?(?:by\s+)?$"
)


def _each_segment(
    s: Analysed, m: Mention, part: tuple[int, int], segments: list[Match]
) -> tuple[str, ...]:
    """The segments of the amounts before one change said of each of them ("both up x").

    Every amount of the part before the change must have its own segment written right
    after it ("US$5 billion of general trade"), two at least and each another, with the
    change right after the last segment.
    """
    window = s.text[max(part[0], m.start - 40) : m.start]
    if not s.text.isascii() or _EACH_WORD.search(window) is None:
        return ()  # (a cheap test first, on whole words: not the "all" of "fall", "overall")
    amounts = [x for x in s.mentions if x.kind == "money" and part[0] <= x.start < m.start]
    if len(amounts) < 2:
        return ()
    kinds: list[Match] = []
    for a in amounts:
        own = next(
            (
                n
                for n in segments
                if n.start > a.end and _AMOUNT_OF_KIND.fullmatch(s.text, a.end, n.start)
            ),
            None,
        )
        if own is None or own.name in (k.name for k in kinds):
            return ()
        kinds.append(own)
    if _EACH_CHANGED.match(s.text, kinds[-1].end, m.start) is None:
        return ()
    return tuple(k.name for k in kinds)


# The part after one on a flow: "..., while imports from Africa declined ...".
_WHILE_OTHER_FLOW = re.compile(
    r"\s*(?:while|whereas)\s+(?:its\s+|the\s+)?(exports|imports)\s+(?:to|from)\s+(?:the\s+)?",
    re.I,
)


def _partner_of_other_flow(
    s: Analysed, m: Mention, part: tuple[int, int], partners: list[Match]
) -> str | None:
    """The partner named with the other flow in the part right after this figure's part.

    Only when this part names one flow (the other one), no partner and not the whole
    world's trade, and the part after opens with that flow and its partner.
    """
    after = _WHILE_OTHER_FLOW.match(s.text, part[1] + 1)
    if after is None:
        return None
    name = next((n for n in partners if n.start == after.end()), None)
    own = {f for c0, c1, f in s.flows if part[0] <= c0 and c1 <= m.start}
    other = "exports" if after.group(1).lower() == "imports" else "imports"
    if (
        name is None
        or own != {other}
        or any(part[0] <= n.start < part[1] for n in partners)
        or _with_the_world(s.text, part[0], part[1])
    ):
        return None
    return name.name


# Between a list of names and the amount each of them passed: "..., France and Italy also
# exceeded", "... each topped", "... all surpassed".
_EACH_PASSED = re.compile(
    r"\s*,?\s*(?:also|all|each|both)\s+(?:exceeded|surpassed|topped|passed|crossed)\s+"
    r"(?:(?:US\$|\$|RMB|¥|€|£)\s*)?$"
)


def _each_partner(
    s: Analysed, m: Mention, part: tuple[int, int], partners: list[Match]
) -> tuple[str, ...]:
    """The partners of a written list that one figure is said of each (均, all), if any.

    "与香港、美国、欧盟和日本的进出口均保持20%以上的增长": each of them grew more than
    20 percent, as one figure said of a list of flows is said of each flow; so does
    "trade with Japan, Korea and ASEAN all grew over 20 percent".
    """
    before = [n for n in partners if part[0] <= n.start and n.end <= m.start]
    if len(before) < 2:
        return ()

    def alone() -> bool:
        """Whether the figure is the only one after the names (counted only when asked)."""
        return sum(before[-1].end <= x.start < part[1] for x in s.mentions) == 1

    said_of_each = (
        # (one change said of them all: not a value, which would be their sum, nor
        # "both fell, by 5 percent and 3 percent", one each)
        s.text.isascii()
        and _EACH_AFTER_NAMES.match(s.text, before[-1].end) is not None
        and m.kind != "money"
        and alone()
    )
    passed_by_each = (
        # "trade with A, B and C also exceeded 100 billion yuan": a threshold each passed
        # (not "reached 100 billion yuan", their sum)
        s.text.isascii()
        and m.kind == "money"
        and m.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
        and _EACH_PASSED.match(s.text, before[-1].end, m.start) is not None
        and alone()
        # (not "... also exceeded 30 billion yuan in total": their sum)
        and cues.JOINT.search(s.text, m.end, part[1]) is None
    )
    if "均" not in s.text[before[-1].end : m.start] and not (said_of_each or passed_by_each):
        return ()
    listed = last_name_run(s.text, before, part[0], m.start)
    return tuple(listed) if len(listed) > 1 else ()
