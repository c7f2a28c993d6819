"""One sentence analysed: its figures, periods, names, flow words, clauses and parts.

The stages before meaning, run on one sentence: figure mentions (:mod:`numbers`), period
expressions (:mod:`dates`), names (the gazetteer's, and segments read as written by
:mod:`meaning`), flow words, clause and part bounds. What the extractor reads from each
figure is decided on this analysis.
"""

from __future__ import annotations

import bisect
import datetime
import re
from itertools import repeat

import attrs

from tradestat.extraction import cues, lexicon, meaning
from tradestat.extraction.dates import PeriodMention, find_periods
from tradestat.extraction.gazetteer import Match
from tradestat.extraction.numbers import FIGURE_HINT, Mention, find_mentions
from tradestat.extraction.text import Sentence, clause_bounds, quick, quick_finditer

__all__ = [
    "CONTINUES",
    "NAME_LIST_GAP",
    "UNKNOWN",
    "Analysed",
    "analyse",
    "clause_of",
    "containing",
    "find_all",
    "part_of",
]

UNKNOWN = "?"  # marks a partner written in a partner slot but not in the name tables
_TRADE_CONTEXT = re.compile(
    r"\b(?:trad\w*|export|import|turnover\b|surplus\b|deficit\b|shipments\b"
    # trade modes whose names hold no trade word: "the bonded logistics sector expanded"
    r"|bonded\s+logistics\b|cross-border\s+e-commerce\b|market\s+procurement\b)"
    # (输往: shipped to, Hong Kong copy's exports; 转口: re-exports; 出超 / 入超: Taiwan's
    # surplus and deficit; 入口: Malaysian and Singapore copy's imports, not an entrance)
    rf"|贸易|进出口|出口|进口|外贸|顺差|逆差|输往|转口|出超|入超|{cues.ZH_IMPORTS_WORD}",
    re.I,
)
_PARTS = re.compile(r",\s+(?:while|whereas)\s|;|；")
# A part that starts with a measure word has no subject of its own and continues the one
# before: "…增长13.1%；占全省的38%", "...; accounting for 38 percent"; so does the value of
# what the part before counted: "汽车出口95.4万辆，增长30.8%；价值961.4亿元" (see text._END).
CONTINUES = re.compile(
    r"\s*(?:占|增长|下降|同比|环比|比重|(?:价值|货值|金额)(?:为|达)?\s*\d|accounting\b|up\b|down\b)",
    re.I,
)


# Between two names of one list: "A, B and C", "A、B、C", "China's Hong Kong, ASEAN, the
# European Union, and the United States".
# 我国香港地区 / 中国台湾地区 / 香港特区: the prefix and the suffix are part of the item.
# A year named only relatively ("去年，全省机电产品…增势强劲。", "Last year, ..."): a
# sentence with no figure may still open the period of the ones after it (when the
# publication date says which year that is). So may a month named only relatively: "South
# Korea's exports last month grew at a slower pace than forecast." over figures that name
# no month of their own.
_RELATIVE_YEAR = re.compile(r"去年|今年|上年|\b(?:[Ll]ast|[Tt]his)\s+(?:year|month)\b")
# A month written in words: "exports declined at a slower rate in August" (a lead with no
# figure that dates the figures after it).
_MONTH_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)

# "BRI countries and other members of the RCEP": the next item is a group of its own.
NAME_LIST_GAP = re.compile(
    # (a product class's 类: "平板显示模组类、音视频设备类、锂电池类产品分别…")
    r"(?:\s*[(（][^()（）]{0,40}[)）])?(?:地区|特区|类)?"
    # a group's quotes and collective word: "对RCEP成员国和“一带一路”沿线国家和地区"
    r"[”\"’]?(?:沿线)?(?:成员国|国家|各国)?(?:和地区)?"
    r"\s*(?:[,，、]?\s*as\s+well\s+as\s|[,，、]\s*(?:and\s+|or\s+)?|\s(?:and|or)\s"
    r"(?:other\s+(?:members?|member\s+states|countries|economies)\s+of\s+)?|以及|[和及与])\s*"
    r"(?:the\s+)?(?:China['’]s\s+|我国|中国)?(?:共建)?[“\"‘]?"
)


# Between two Chinese list items, the unknown modifier of the next one may stand: "（电动汽车、"
_ZH_ITEM_GAP = re.compile(r"[、，,]?[\u4e00-\u9fff]{0,4}")


@attrs.define
class Analysed:
    """One sentence, with everything found in it."""

    text: str
    start: int
    mentions: list[Mention]
    periods: list[PeriodMention]
    names: list[Match]
    flows: list[tuple[int, int, str]]
    clauses: list[tuple[int, int]]
    parts: list[tuple[int, int]]
    about_trade: bool = False
    lists: dict[Match, meaning.SegmentList] = attrs.field(factory=dict)
    free_flows: list[tuple[int, int, str]] | None = None
    positions: dict[int, int] | None = None
    owners: list[re.Match[str]] | None = None  # _OWNER and _OWN_AGAIN, found once
    own_again: list[re.Match[str]] | None = None
    region_owners: list[Match] | None = None  # regions right before a trade word, found once
    occurs: dict[int, bool] = attrs.field(factory=dict)  # id of a pattern -> found
    low: str | None = None  # the text in lower case, made when first needed
    found: dict[int, list[re.Match[str]]] = attrs.field(factory=dict)  # find_all's, by id


def analyse(
    sentence: Sentence,
    year: int | None,
    names: list[Match],
    published: datetime.date | None = None,
    current: int | None = None,
    carried: str | None = None,
    last: str | None = None,
    sign: tuple[str, str] | None = None,
) -> Analysed:
    """Everything found in one sentence: figures, periods, names, flow words, clauses, parts.

    ``names`` are the gazetteer's names in the sentence; segments written as noun phrases
    or lists are added here; ``carried`` is the article's one currency so far (for "75
    bn") and ``last`` the one it wrote last (for 出口6.2万亿 with none of its own);
    ``sign`` the reporter's own currency sign ("$" in an Australian text, "N" for naira). A
    sentence with no figure hint is not searched further.
    """
    text = sentence.text
    if (
        FIGURE_HINT.search(text) is None
        and (published is None or quick(_RELATIVE_YEAR).search(text) is None)
        and (year is None or not text.isascii() or quick(_MONTH_WORD).search(text) is None)
    ):
        # no figure and no dated period: only names matter ("their" in the next one), and
        # whether it is about trade ("…12个市州进出口额均实现增长；郴州…分别下降了…")
        whole = [(0, len(text))]
        trade = quick(_TRADE_CONTEXT).search(text) is not None
        return Analysed(text, sentence.start, [], [], names, [], whole, whole, trade)
    mentions = find_mentions(text, carried, last, sign)
    periods = find_periods(text, year, published, current) if year is not None else []
    if not mentions:  # only the period in force and the names matter for what follows
        trade = quick(_TRADE_CONTEXT).search(text) is not None
        bounds = clause_bounds(text)
        return Analysed(text, sentence.start, [], periods, names, [], bounds, [], trade)
    low = text.lower()
    # (each stage only in a sentence that holds the words its pattern needs: see STAGE_NEEDS)
    lists = (
        meaning.listed_segments(text, names)
        if _may(meaning._LIST_OF, low) or "which" in text or "whose" in text
        else []
    )
    if ("," in text or " and " in text) and _may(meaning._FLOW_NOUN, low):
        lists += meaning.listed_before_flow(text, names)
    if " and " in text and text.isascii():
        lists += meaning.subject_segment_list(text, names)  # "A and B became highlights"
        if "respectively" in low:
            lists += meaning.part_segment_list(text, names)  # ", while A, B and C rose x, y, z"
    listed = [item for found in lists for item in found.items]
    names = [n for n in names if not any(n.start < i.end and i.start < n.end for i in listed)]
    names += listed
    shared = meaning.shared_head_segments(text, names)
    names += [item for found in shared for item in found.items[:-1]]
    lists += shared
    if _may(meaning._FLOW_NOUN, low):
        names += meaning.segment_before_flow(text, names)
    if _may(meaning._TOP_ITEM, low):
        names += meaning.top_item_segment(text, names)
    if "imported " in text or "exported " in text:
        names += meaning.participle_segments(text, names)  # "imported electric cars came from"
    if ("industry" in text or "sector" in text) and text.isascii():
        names += meaning.industry_segments(text, names)  # "the aquatic industry saw ..."
    if _may(meaning._FLOW_VERB, low):
        names += meaning.objects_of_flow_verbs(text, names)
    names += meaning.gapped_segments(text, names)
    names += meaning.breakdown_subjects(text, names)  # "Of which, copper accounted for $4 bn"
    if text.isascii() and ("worth of" in low or " in " in low):
        amounts = [(m.start, m.end) for m in mentions if m.kind == "money"]
        names += meaning.products_after_amounts(text, amounts, names)
    label = cues.SEGMENT_LABEL.match(text)
    if label is not None and label.group(1).lower() not in cues.NOT_A_LABEL:
        # "Textile: Imports were ...": the label is the line's segment (unless it is a name)
        start, end = label.span(1)
        if not any(n.start < end and start < n.end for n in names):
            names.append(Match(start, end, meaning.plural(label.group(1).lower()), "segment"))
    names = _drop_appositions(text, sorted(names, key=lambda m: m.start))
    if "logs" in low:
        names = [n for n in names if not _LOGS_VERB.match(text, n.start)]
    if "(" in text:
        names = _bracketed_zone_names(text, names)
    if "三样" in text:
        names = _nickname_members(text, names)
    if ("含" in text or "包括" in text or "除" in text) and ("(" in text or "（" in text):
        names = _drop_bracket_notes(text, names)
    if "部" in text and "、" in text:
        names = _shared_head_areas(text, names)
    if "部" in text and not text.isascii():
        names = _drop_foreign_areas(names)
    if not text.isascii():
        names = meaning.named_zones(text, meaning.modified_chinese_segments(text, names, UNKNOWN))
    names.sort(key=lambda m: m.start)
    if ("合计" in text or "共计" in text) and not text.isascii():
        lists += meaning.summed_chinese_segments(text, names)  # "A、B、C合计进口…"
    flows = meaning.flow_cues(text)
    parts = []
    start = 0
    for m in _PARTS.finditer(text):
        if CONTINUES.match(text, m.end()):
            continue  # "…增长13.1%；占…的38%": the same subject goes on
        parts.append((start, m.start()))
        start = m.end()
    parts.append((start, len(text)))
    return Analysed(
        text,
        sentence.start,
        mentions,
        periods,
        names,
        flows,
        clause_bounds(text),
        parts,
        quick(_TRADE_CONTEXT).search(text) is not None or _buys_abroad(text, flows, names),
        {item: found for found in lists for item in found.items if len(found.items) > 1},
        low=low,
    )


def _buys_abroad(text: str, flows: list[tuple[int, int, str]], names: list[Match]) -> bool:
    """Whether goods bought or sold "worth" a sum are trade: a country or "abroad" is named.

    A country named with them, or words that say the goods cross the border ("sold
    products abroad", "from around the world").

    "China bought products worth $4 billion from Russia" is trade; "the firm sold goods
    worth 5 billion yuan" (no country, no "abroad") is not said to be.
    """
    return any(text[f[0] : f[1]].lower() in _BUY_SELL for f in flows) and (
        any(n.kind in ("country", "partner") for n in names)
        or quick(_CROSS_BORDER).search(text) is not None
    )


_BUY_SELL = (
    *("bought", "purchased", "sold", "buying", "purchasing", "selling", "sent", "shipped"),
    *("delivered", "supplied"),
)
# Where goods bought or sold go or come from when no country is named: "sold products
# abroad", "from around the world", "to overseas buyers", "from foreign countries"
_CROSS_BORDER = re.compile(
    r"\b(?:abroad|overseas|(?:foreign|overseas|international|global)\s+(?:countries|markets?"
    r"|buyers|customers|suppliers)|(?:around|across|all\s+over)\s+the\s+world"
    r"|(?:to|from)\s+the\s+world"
    # (the partner named before: "sent $102bn worth of products to the continent")
    r"|(?:to|from)\s+the\s+(?:continent|bloc|region))\b",
    re.I,
)


#: The patterns the stages of :func:`analyse` start from (a stage finds nothing without a
#: match), each with groups of words: every match holds a word of each group (in lower
#: case). A sentence without them is not searched (a substring test is far cheaper than
#: the pattern tried at every place; tests check each group against generated matches).
STAGE_NEEDS: dict[re.Pattern[str], tuple[tuple[str, ...], ...]] = {
    meaning._LIST_OF: (("export", "import", "sales", "shipments"), ("of",)),
    meaning._FLOW_NOUN: (("export", "import"),),
    meaning._TOP_ITEM: (
        ("top", "largest", "biggest", "main", "leading", "major"),
        ("export", "import"),
        ("item", "product", "commodit", "goods"),
    ),
    meaning._FLOW_VERB: (("exported", "imported", "shipped"),),
}


def _may(pattern: re.Pattern[str], low: str) -> bool:
    """Whether the sentence (in lower case) holds a word of each group ``pattern`` needs."""
    # (maps: no Python frame per word, nor per group; all and any stop at the first answer)
    groups = _STAGE_NEEDS_BY_ID[id(pattern)]
    return all(map(any, map(map, repeat(low.__contains__), groups)))


# (by id: a pattern's own hash reads its whole compiled code, each time it is looked up)
_STAGE_NEEDS_BY_ID = {id(pattern): needs for pattern, needs in STAGE_NEEDS.items()}


def containing(bounds: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    """The (start, end) among sorted, disjoint ``bounds`` that holds ``pos`` (binary search)."""
    i = bisect.bisect_right(bounds, (pos, length + 1)) - 1
    if i >= 0 and bounds[i][0] <= pos <= bounds[i][1]:
        return bounds[i]
    return (0, length)


def clause_of(s: Analysed, pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds ``pos``."""
    return containing(s.clauses, pos, len(s.text))


def part_of(s: Analysed, pos: int) -> tuple[int, int]:
    """The part of the sentence (cut at "; " and ", while") that holds ``pos``."""
    return containing(s.parts, pos, len(s.text))


#: Patterns searched in every sentence, with the substrings one of which each match holds
#: (in the lower-cased text for an IGNORECASE pattern, which also reads "ı"/"İ" as i and "ſ"
#: as s: the words here avoid those letters) and the Chinese words that match on their own.
_FOUND_NEEDS: dict[re.Pattern[str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    cues.PARTNER_ANAPHOR: (
        (
            *("cont", "bloc", "group", "countr", "econom", "nation", "market", "this", "such"),
            *("giant", "powerhouse", "region"),
        ),
        ("该国", "这些", "沿线", "共建"),
    ),
    cues.REFER_BACK: ((), ("heir", "They", "hese")),  # case-sensitive: tested as written
    cues.HYPHEN_PAIR: ((), ("-",)),
    cues.ZH_CHINA_PAIR: ((), ("中",)),
    cues.LATER_FIGURE_OWN: (
        (
            *("revers", "seen", "recorded", "vs", "versus", "compared", "against", "after"),
            *("following", "than", "from", "which", "that", "accounting", "making"),
        ),
        (),
    ),
}
_FOUND_NEEDS_BY_ID = {id(pattern): needs for pattern, needs in _FOUND_NEEDS.items()}


def find_all(pattern: re.Pattern[str], s: Analysed) -> list[re.Match[str]]:
    """Every match of ``pattern`` in the sentence, after a substring test that rules most out.

    (Searched once per sentence: the list is kept for the next figure that asks.)
    """
    known = s.found.get(id(pattern))
    if known is not None:
        return known
    lower_words, words = _FOUND_NEEDS_BY_ID[id(pattern)]
    text = s.text
    found: list[re.Match[str]] = []
    if any(map(text.__contains__, words)):
        found = list(quick_finditer(pattern, text))
    elif lower_words:
        if s.low is None:
            s.low = text.lower()
        if any(map(s.low.__contains__, lower_words)):
            found = list(quick_finditer(pattern, text))
    s.found[id(pattern)] = found
    return found


# "中、西部地区", "东、中、西部": areas of the country written with one shared 部(地区)
_SHARED_HEAD_AREAS = re.compile(r"(?<![\u4e00-\u9fff])([东中西](?:、[东中西])+)部(?:地区)?")
_AREA_OF_WORD = {"东": "eastern regions", "中": "central regions", "西": "western regions"}


def _shared_head_areas(text: str, names: list[Match]) -> list[Match]:
    """Each area of "中、西部地区" as a region name (a list of two), in place of the whole."""
    found: list[Match] = []
    for m in _SHARED_HEAD_AREAS.finditer(text):
        words = m.group(1)
        for i in range(0, len(words), 2):
            start = m.start(1) + i
            end = m.end() if i == len(words) - 1 else start + 1
            found.append(Match(start, end, _AREA_OF_WORD[words[i]], "region"))
    if not found:
        return names
    kept = [n for n in names if not any(n.start < f.end and f.start < n.end for f in found)]
    return sorted(kept + found, key=lambda n: n.start)


def _drop_foreign_areas(names: list[Match]) -> list[Match]:
    """Drop a national area written right after a foreign place: it is that place's part.

    "我国对非洲东部地区出口": the east of Africa (the partner is Africa), not China's eastern
    regions, which a national release gives as China's segment.
    """
    return [
        n
        for i, n in enumerate(names)
        if not (
            i
            and n.name in lexicon.NATIONAL_AREAS
            and names[i - 1].kind in ("partner", "country")
            and names[i - 1].end == n.start
        )
    ]


# A note in brackets right after a partner on what it covers: "欧盟(27国,不含英国)",
# "东盟（不包括新加坡）", "欧洲（含俄罗斯）" (read up to the first name inside).
_BRACKET_NOTE = re.compile(r"[(（][^()（）]{0,12}?(?:不含|含|不包括|包括|除)")


def _drop_bracket_notes(text: str, names: list[Match]) -> list[Match]:
    """Drop the names of a note on what a partner covers: they are no items of a list."""
    drop: set[int] = set()
    for i, n in enumerate(names):
        if n.kind not in ("partner", "country") or _BRACKET_NOTE.match(text, n.end) is None:
            continue
        close = min(
            (c for c in (text.find(")", n.end), text.find("）", n.end)) if c > 0), default=-1
        )
        drop.update(j for j in range(i + 1, len(names)) if names[j].end <= close)
    return [n for i, n in enumerate(names) if i not in drop]


# A nickname of a fixed set of products (新三样: electric vehicles, lithium batteries and
# solar cells), which the items written right before it spell out.
_NICKNAMES = frozenset({"new three items"})
# Between the last item and the nickname: "…电动载人汽车等“新三样”", "…光伏产品“新三样”".
_BEFORE_NICKNAME = re.compile(r"\s*等?\s*[“\"‘]?")
# ... and after it, its closing quote and class word: "“新三样”产品".
_AFTER_NICKNAME = re.compile(r"[”\"’]?(?:产品|商品)")


def _nickname_members(text: str, names: list[Match]) -> list[Match]:
    """Name a nickname by the items written before it: "A、B、C等“新三样”" is A, B and C.

    The list says which products the writer counts in the nickname (outlets differ), so
    the figures are of those items together, named as the text names them.
    """
    out: list[Match] = []
    for n in names:  # (sorted by start)
        if n.kind != "segment" or n.name not in _NICKNAMES:
            out.append(n)
            continue
        run: list[Match] = []
        gap = _BEFORE_NICKNAME
        for item in reversed(out):
            if item.kind != "segment" or (
                item.end > (run[0].start if run else n.start)
                or gap.fullmatch(text, item.end, run[0].start if run else n.start) is None
            ):
                break
            run.insert(0, item)
            gap = NAME_LIST_GAP
        if len(run) < 2 or "分别" in text[n.end :]:
            # (a 分别 list after it pairs its figures with the items one by one)
            out.append(n)
            continue
        items = list(dict.fromkeys(item.name for item in run))
        joined = ", ".join(items[:-1]) + " and " + items[-1]
        del out[len(out) - len(run) :]
        after = _AFTER_NICKNAME.match(text, n.end)
        out.append(Match(run[0].start, n.end if after is None else after.end(), joined, "segment"))
    return out


# "logs" (timber) is a verb before what is logged: "Japan Logs Trade Deficit of ¥9.29
# Tril.", "the city logs a surplus", "Vietnam logs record exports".
_LOGS_VERB = re.compile(
    r"[Ll]ogs\s+(?:an?|the|its|their|[Rr]ecord|[Tt]rade|[Ss]urplus|[Dd]eficit|[Gg]rowth"
    r"|[Dd]ouble-digit|[Ss]lower|[Ff]aster|[Hh]igher|[Ll]ower|US\$|\$|¥|€|\d)"
)


# Before a zone's name, the country and the bracketed province its official English name
# holds: "China (Zhejiang) Pilot Free Trade Zone", "China (Shanghai) Pilot FTZ".
_ZONE_NAME_HEAD = re.compile(r"\bChina\s*\(\s*[A-Z][A-Za-z ]{1,30}\)\s*$")


def _bracketed_zone_names(text: str, names: list[Match]) -> list[Match]:
    """A zone's name with a province in brackets is one segment, the province no owner.

    "China (Zhejiang) Pilot Free Trade Zone saw its trade grow ..." in a Zhoushan report is
    the zone's trade within the reporter, not Zhejiang's: China and the bracketed place are
    part of the zone's name.
    """
    out: list[Match] = []
    for n in names:
        head = (
            _ZONE_NAME_HEAD.search(text, max(0, n.start - 40), n.start)
            if n.kind == "segment" and n.name.endswith(("zone", "zones"))
            else None
        )
        if head is None:
            out.append(n)
            continue
        out = [m for m in out if m.end <= head.start()]
        out.append(Match(head.start(), n.end, n.name, "segment"))
    return out


def _drop_appositions(text: str, names: list[Match]) -> list[Match]:
    """Drop the items that spell out a segment: "the new three items, namely A, B and C".

    After a segment name and "namely"/"i.e."/"that is"/"including"/（, the list of names
    that follows elaborates it; the figures belong to the head name.
    """
    drop: set[int] = set()
    for i, n in enumerate(names):
        if n.kind != "segment":
            continue
        cue = cues.APPOSITION.match(text, n.end)
        if cue is None:
            continue
        end = cue.end()
        for j in range(i + 1, len(names)):
            item = names[j]
            if item.kind != "segment" or (
                NAME_LIST_GAP.fullmatch(text, end, item.start) is None
                and _ZH_ITEM_GAP.fullmatch(text, end, item.start) is None
            ):
                break
            drop.add(j)
            end = item.end
    return [n for i, n in enumerate(names) if i not in drop]
