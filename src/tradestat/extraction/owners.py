"""Whose a figure is, and with whom: the owner of each figure and the partners a sentence names.

The owner is the reporter unless the clause names another economy's trade ("China's
exports", 全国进出口, a city before its trade word, a region of several provinces). The
partners are those the name tables know and those the wording names: 对俄出口, "exports
to X", "Guangdong-Hong Kong trade", "trade between A and B".
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterator

from tradestat import places
from tradestat.extraction import cues, lexicon
from tradestat.extraction.analysis import UNKNOWN, Analysed, clause_of, find_all
from tradestat.extraction.gazetteer import Gazetteer, Match
from tradestat.extraction.numbers import Mention
from tradestat.extraction.text import quick, quick_finditer

__all__ = [
    "AREA_NAMES",
    "OWN_CUSTOMS",
    "ZH_REGION_TRADE",
    "bilateral_side",
    "foreign_source",
    "zh_side_source",
    "is_partner",
    "mentions_subject",
    "owner_of",
    "region_names",
    "written_partners",
]

# Whose trade a clause is about, when it says so: "China's foreign trade", "the country's
# exports", "national imports", "全国进出口". "Northwest China's Xinjiang ..." does not match:
# a trade word must follow the possessive within three words.
_OWNER = re.compile(
    r"(?:\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})|\b((?i:the\s+country|the\s+nation)))['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:trade|exports?|imports?|GDP|economy)\b"
    r"|\b((?i:national|nationwide))\s+(?:foreign\s+|total\s+)*(?:trade|exports?|imports?)\b"
    # (全国整体进出口, 全国总体外贸: the whole nation's)
    r"|(全国|我国)(?:整体|总体)?(?:外贸|进出口|货物贸易|出口|进口|下降|增长"
    # "高于同期全国2.8%的整体进出口增幅": the nation's own growth written before 的
    r"|(?=\d{1,3}(?:\.\d{1,2})?%的))"
    # a sentence that opens "Nationwide, China gained ..." is about the nation
    r"|^\s*((?i:nationwide|nationally))\s*,"
    # "Overall, Chinese goods imports and exports grew 6.1%", "Chinese imports fell" in a
    # text on a region: the nation's (not "Chinese electric car imports": a product)
    r"|\b(Chinese)\s+(?:(?:goods|merchandise|overall|total)\s+)?"
    r"(?:imports\s+and\s+exports|exports\s+and\s+imports|foreign\s+trade|imports|exports)\b"
    # "the trade surplus of the world's second-largest economy" in a text on a region
    r"|\b(world['’]s\s+second[-\s]largest\s+economy)\b"
)
# After a possessive name, its part of a whole: "China's share of German imports".
_SHARE_OF_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+)?share\s+(?:of|in)\b")
# A clause with no owner of its own that goes on with the one before: a bare flow
# ("[while] imports were ..."), a bare change ("up 1.4 percent").
_GOES_ON = re.compile(
    r"[\s,;]*(?:(?:while|whereas|and)\s+)?(?:the\s+)?(?:imports?|exports?)\s+(?:were|was|stood|hit|reached|rose|fell|grew|totaled|totalled|amounted)\b"
    r"|[\s,;]*(?:up|down|rising|falling|increasing|decreasing)\s+(?:by\s+)?\d",
    re.I,
)
# The subject's own trade named again after another economy's in the same sentence.
_OWN_AGAIN = re.compile(
    r"\b(?:the\s+(?:province|city|region|municipality)|its)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trade|exports?|imports?|import\s+(?:&|and)\s+export)|我省|全省|我市|全市|我区|全区",
    re.I,
)
# Every match of _OWNER holds 's or ’s (a possessive), "nat" in lower case (national,
# nationwide), 全国, 我国 or "Chinese"; every match of _OWN_AGAIN a trade word ("trade",
# "export", "import": "mport" in lower case, as re.IGNORECASE also reads "ı" and "İ" as
# i) or a word of _OWN_ZH.
_OWN_AGAIN_NEEDS = ("trade", "xport", "mport")
# The English ones also hold the place word or "its" (in lower case; the extractor's text
# has the look-alike letters folded).
_OWN_AGAIN_PLACES = ("province", "city", "region", "municipality", "its")
_OWN_ZH = ("我省", "全省", "我市", "全市", "我区", "全区")
# A Chinese place name followed by a trade word owns the figure: "拉萨市外贸进出口13.77亿元".
ZH_REGION_TRADE = re.compile(
    # (四川实现对外贸易进出口总值…, 成都完成外贸进出口…: with the verb of a result)
    r"(?:市|省|自治区|地区|州)?(?:的|实现|完成|实现了|完成了)?"
    # (its year between: "台湾2025年对美国贸易总额…"; or its period: "成都一季度外贸进出口总值",
    # "宁波市前5个月进出口", "武汉今年上半年出口")
    r"(?:今年|去年)?(?:\d{4}年)?"
    r"(?:全年|上半年|下半年|前?[一二三四]季度|前\d{1,2}个?月|前[一二三四五六七八九十两]{1,2}个月"
    r"|1?\d月份?(?:当月)?|1[-－—~至]1?\d月份?)?"
    # (its partner between: "广西对东盟进出口", "新疆自中亚进口", "广西对共建国家的进出口")
    r"(?:(?:对|自)(?!外)[^，,。；;、\d]{1,16}?的?)?"
    r"(?:(?:外贸|货物贸易|对外贸易)?"
    r"(?:进出口|出口(?!加工区)|进口)"
    # (黑龙江对外贸易逆势而上，实现…: the trade word alone, before its verb)
    r"|(?:外贸|货物贸易|对外贸易)(?=逆势|实现|完成|总[值额]|规模|[达增下同])"
    # ("台湾对美国贸易总额…": the trade with the partner named before it)
    r"|(?<=[^外])贸易(?=总[值额]|额)"
    r")"
)
# A region of several provinces followed by its trade owns the figures after it:
# "中西部地区实现进出口9000亿元", "the western provincial regions saw their trade grow".
AREA_NAMES = frozenset(lexicon.AREAS.values())
_AREA_TRADE = re.compile(
    r"(?:['’]s?)?\s*(?:[a-z-]+\s+){0,3}?(?:trade|exports?|imports?)\b"
    r"|(?:实现|的)?(?:外贸|货物贸易|对外贸易|进出口|出口|进口)",
    re.I,
)
# ... but not as the larger total or a partner: "占长三角地区进出口的", "在粤东地区外贸总值中，
# 汕头占比…" (the whole a share is taken in), "of the Yangtze River Delta's trade", "trade
# with the western regions".
_NOT_AREA_OWNER = re.compile(
    r"(?:[占对与自向在]|\b(?:of|with|to|from|than|between)\s+(?:the\s+)?(?:country['’]s\s+)?)$",
    re.I,
)
# The mainland as the trader in the copy of Hong Kong, Macao or Taiwan: "内地对香港出口",
# "内地与香港进出口总值", "大陆进口" (not 往内地 / 自大陆 / 中国内地(…): a partner there)
_ZH_MAINLAND_TRADES = re.compile(
    r"(?<![对自与同向往从和及赴在洲输国])(?:内地|大陆)"
    r"(?=(?:的|整体)?(?:外贸|进出口|货物贸易|出口|进口|对外贸易"
    r"|[自对与同](?!大陆|内地)[^，,。；;\d]{1,8}?(?:进出口|出口|进口|贸易)))"
)
# A district (X区, two characters before 区) at a clause's start or after its city, as the
# trader: "；南海区进出口500亿元", "佛山市三水区实现进出口". Not a zone or a region of several
# places (综合保税区, 自贸区, 高新区, 西部地区): those are segments or areas.
_UNLISTED_DISTRICT = re.compile(
    r"(?:^|(?<=[，,；;、：:\s])|(?<=其中)|(?<=市))"
    # (not a word before a region: 占全区, 对该区, 我区, 各区)
    r"((?![占对与自向和及在比较为等各全我本该辖其此])(?!保税|自贸|综保|高新|开发|示范|试验|合作|工业|经济|物流|口岸|边境|港口|功能|集聚"
    r"|先行|核心|中心|重点|城市|主城|老城|新城|全市|各个|其他|多个|山区|景区)"
    r"[\u4e00-\u9fff]{2}区)"
    rf"(?={ZH_REGION_TRADE.pattern})"
)
# After 中国, its flow to or trade with a partner: "中国对新加坡出口", "中国同越南贸易额".
_ZH_CHINA_FLOW = re.compile(r"[对同][^，,。；;\d]{1,12}?(?:进出口|出口|进口|贸易)")
# A Chinese place before its trade word owns the figure unless it is the partner:
# "对香港出口", "自澳门进口", "与台湾贸易".
# (往 / 输往 too: "其中往内地增长12%，往广东增长8%" in a text on Macao)
_ZH_PARTNER_BEFORE = re.compile(r"[对自与向和同从经及、往]")
# After 在 and a place, the whole a share is taken in: "在粤东地区外贸总值中，汕头占比超过一半"
# (the share is the city's; 中 of a name is not it: 中国, 中亚, 中东欧).
_ZH_WHOLE_IN = re.compile(r"[^，,。；;\d]{0,12}?中(?![国亚东西非欧部])")
# Words right before a name that make "China" a partner, or a share's total the place.
_LINKED_BEFORE = re.compile(r"(?:with|to|from|and)\s+$")
# After "China": its possessive before one of its separate customs territories, which is the
# name of that partner ("China's Taiwan region", "China's Hong Kong SAR").
_SEPARATE_ECONOMY_AFTER = re.compile(r"['’]s\s+(?:Taiwan|Hong\s+Kong|Macao|Macau)\b")
# (和 as English "and": "马来西亚和中国的双边贸易" in a text on Malaysia's own figures)
_ZH_LINKED = frozenset("对自从向与同和")
# Right before the total a share is of, so a place there is that total, not a trader:
# "accounting for 27% of the Chinese total", "占全国进出口总值" (English "of", Chinese 占).
_SHARE_TOTAL_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$|占.{0,3}$")
# Right before 全省 / 全市, the verbs of a place's rank in it or contribution to it.
_RANKS_IN_BEFORE = re.compile(r"(?:领跑|领先|居|稳居|位居|位列|对)$")
_REGION_WORDS = re.compile("|".join(re.escape(w) for w in lexicon.REGION_WORDS))
# A country reporter named in English as the trader of its whole flow: its total or its
# balance ("Malaysia's total trade declined", "Peru's overall exports"), or the origin of
# exports and the destination of imports ("Exports from Japan fell", "goods imported to New
# Zealand"): the reporter's trade with the world, not the partner of the sentence before.
# (Not "China's exports in the month" alone: in a story on China's trade with Chile, Chile's.)
_COUNTRY_OWNS_AFTER = re.compile(
    r"['’]s\s+(?:(?:total|overall)\s+(?:(?:goods|merchandise|foreign|external)\s+)?"
    r"(?:exports|imports|trade|shipments)\b(?!\s+(?:with|to|from)\b)"
    # "Indonesia's trade balance from January to September" after its balances with partners
    r"|(?:overall\s+|goods\s+)?trade\s+balance\b(?!\s+with\b))"
)
_COUNTRY_OWNS_BEFORE = re.compile(
    r"\b(?:(?:exports|shipments|exported|shipped)\s+from|(?:imports|imported)\s+(?:to|into))\s+$",
    re.I,
)


# A figure that is the nation's total, written as its modifier: "the US$1.76 trillion
# Chinese total", "the 4.2 trillion yuan national figure"
# Right before a figure, the nation's own rate or level it is set against: "well above the
# national overall level of 3.9%", "compared with a national decline of 3.2 percent", "the
# national average growth of 5 percent".
_NATIONAL_FIGURE_BEFORE = re.compile(
    r"\b(?:the|a)\s+(?:national|nationwide|country['’]s)\s+(?:overall\s+|average\s+|total\s+)?"
    r"(?:level|average|figure|rate|growth(?:\s+rate)?|decline|decrease|drop|fall|rise|increase)"
    r"\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)
_NATIONAL_TOTAL_AFTER = re.compile(
    r"\s+(?:Chinese|national|nationwide)\s+(?:total|figure|trade\s+total)\b"
    # "contrasting with the 6.2 percent growth of China's foreign trade in 2012"
    r"|\s+(?:growth|increase|rise|decline|decrease|drop|fall)\s+(?:of|in)\s+"
    r"(?:China['’]s|the\s+(?:country|nation)['’]s|(?:the\s+)?national|(?:the\s+)?nationwide)\s",
    re.I,
)


# A country's name written as the owner right before its trade and a reporting verb, with no
# possessive: "US trade in goods amounted to $3.48 trillion", "Japan exports to China rose"
# (not "China-US trade", "Sino-US trade", "with US exports": pairs and partners).
_COUNTRY_FLOW_VERB = re.compile(
    r"\s+(?:goods\s+|merchandise\s+)?(?:trade|exports|imports)(?:\s+(?:in|of)\s+goods)?"
    r"(?:\s+(?:to|from|with)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s+(?:amounted|totaled|totalled|rose|fell|grew|increased|decreased|declined|dropped"
    r"|climbed|jumped|reached|hit|stood|were|was|came|slumped|surged|expanded|contracted)\b"
)
# (nor "Japan's China imports": the country's trade with China, a possessive before)
_NOT_OWNER_BEFORE = re.compile(r"(?:[-–/]|\b(?:and|with|to|from|between|Sino)\s*|\w['’]s\s+)$")


# A possessive right before a name, and a flow noun right after it: "Japan's China imports".
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")
_FLOW_NOUN_AFTER = re.compile(r"\s+(?:imports|exports|shipments|sales|purchases|trade)\b")


def country_flow_owner(n: Match, text: str) -> bool:
    """Whether a country's name owns the trade written right after it ("US trade ... amounted")."""
    return (
        n.kind == "country"
        and _COUNTRY_FLOW_VERB.match(text, n.end) is not None
        and _NOT_OWNER_BEFORE.search(text, max(0, n.start - 8), n.start) is None
    )


# A bracket right before a figure, with at most a word naming its measure: "(28.3亿美元",
# "(增速32.4%", "（同比增长5%".
_BRACKET_LABEL = re.compile(r"[(（](?:同比)?(?:增速|增长|增幅|下降|降幅)?(?:为|达)?$")


# Between two bracketed items of one list: "输往中国内地(5.9亿元)、中国香港(61.8亿元)".
_BRACKETED_ITEM_GAP = re.compile(r"\s*[(（][^()（）]{0,20}[)）]\s*[、，,和与及]\s*")


def _in_partner_list(s: Analysed, region: Match) -> bool:
    """Whether a region with its figure in brackets follows a partner's item of one list.

    "输往中国内地(5.9亿元)、中国香港(61.8亿元)、美国(3.1亿元)" in Macao's figures: Hong Kong is a
    market there, as the mainland before it, not the owner of its bracketed figure.
    """
    before = [n for n in s.names if n.end <= region.start]
    return (
        bool(before)
        and before[-1].kind in ("country", "partner")
        and _BRACKETED_ITEM_GAP.fullmatch(s.text, before[-1].end, region.start) is not None
    )


# A Chinese region the sentence goes on about with no trade word right after it: "以洛阳为例，
# 出口额为…", "其次是昆明，出口额为…" (the words that introduce it, and the comma after it) ...
_ZH_TOPIC_BEFORE = re.compile(r"(?:以|其次是|其次为|其后是|紧随其后的是|排名第[二三四五]的是)$")
_ZH_TOPIC_AFTER = re.compile(r"(?:市|省|自治区|地区|州)?(?:为例)?[，,]")
# ... one that opens its clause and keeps its place: "郑州市依然保持龙头地位，一季度进出口额为…",
# "洛阳市继续领跑全省，…" ...
_ZH_KEEPS_AFTER = re.compile(r"(?:市|省|自治区|州)?(?:依然|依旧|继续|仍然|仍|始终)")
_CLAUSE_OPENERS = frozenset("，,。；;：:")
# ... or one whose change is written right after it: "同期广东省增长1.3%".
_ZH_CHANGE_AFTER = re.compile(r"(?:市|省|自治区|州)?(?:同比)?(?:增长|下降|增速|增幅|降幅)")


# The separate customs territories, partners of the nation as often as reporters
_TERRITORIES = frozenset({"Hong Kong", "Macao", "Taiwan"})


def _zh_territory_in_run(s: Analysed, n: Match) -> bool:
    """Whether Hong Kong, Macao or Taiwan with its change after it is one of a run of partners.

    "我国对主要市场出口有升有降，其中东盟增长2%，香港下降8%": a country or bloc (or the
    territory itself) named before it in the sentence makes it a partner, not the reporter.
    """
    return n.name in _TERRITORIES and any(
        o.end <= n.start and (o.kind != "region" or o.name in _TERRITORIES) for o in s.names
    )


def _zh_topic(text: str, n: Match) -> bool:
    """Whether the region ``n`` owns the figures after it with no trade word between."""
    if _ZH_CHANGE_AFTER.match(text, n.end):
        return True
    if _ZH_KEEPS_AFTER.match(text, n.end):
        return n.start == 0 or text[n.start - 1] in _CLAUSE_OPENERS
    return (
        _ZH_TOPIC_AFTER.match(text, n.end) is not None
        and _ZH_TOPIC_BEFORE.search(text, max(0, n.start - 6), n.start) is not None
    )


def _before_country(text: str, start: int) -> int:
    """Where a name starts with the country's name before it (对我国香港地区: at 我国)."""
    return start - 2 if text[max(0, start - 2) : start] in ("我国", "中国") else start


def owner_of(s: Analysed, m: Mention, clause: tuple[int, int], subject: str) -> str:
    """The economy a figure is about: the subject, unless its clause names another's trade.

    A bracketed conversion has the owner of the clause before it. A national owner
    ("the national import value ... increased 1.1%, while the import
    value fell 0.5%") holds for the rest of the sentence until the subject's own trade
    is named again ("the province's", "its", 全省). A region written right before a
    trade word ("日喀则市进出口9.07亿元，增长22.2%") owns the figures after it in the
    sentence (Chinese sentences end at 。 and ；).
    """
    national = "China" if subject in region_names() else subject
    owner = subject
    if national != subject and _NATIONAL_TOTAL_AFTER.match(s.text, m.end):
        return national  # "30 percent of the US$1.76 trillion Chinese total"
    if (
        national != subject
        and "ational" in s.text
        and _NATIONAL_FIGURE_BEFORE.search(s.text, max(0, m.start - 50), m.start)
    ):
        return national  # "well above the national overall level of 3.9%"
    label = _BRACKET_LABEL.search(s.text, max(0, m.start - 8), m.start)
    if label is not None:
        # "排在其后的广东(28.3亿美元)、山东(21.7亿美元)", "仅次于青岛(增速32.4%)": a region's
        # own figure in brackets
        bracketed = [n for n in s.names if n.kind == "region" and n.end == label.start()]
        before = s.text[max(0, bracketed[0].start - 1) : bracketed[0].start] if bracketed else ""
        if (
            bracketed
            and before not in ("对", "自", "与", "向", "从", "同", "经")
            and not _in_partner_list(s, bracketed[0])
        ):
            return bracketed[0].name
    if clause[0] > 0 and s.text[clause[0] - 1] in "(（":
        # a conversion in brackets belongs to the clause it follows
        clause = (clause_of(s, max(0, clause[0] - 2))[0], clause[1])
    marks: list[tuple[int, str]] = []
    if s.owners is None or s.own_again is None:  # once per sentence, not per figure
        text = s.text
        if s.low is None:
            s.low = text.lower()
        low = s.low
        # (a substring test first: the words every match holds, see _OWN_AGAIN_NEEDS)
        maybe = (
            "'s" in text
            or "’s" in text
            or "全国" in text
            or "我国" in text
            or "nat" in low
            or "Chinese" in text
        )
        s.owners = list(quick_finditer(_OWNER, text)) if maybe else []
        maybe = (
            any(map(low.__contains__, _OWN_AGAIN_NEEDS))
            and any(map(low.__contains__, _OWN_AGAIN_PLACES))
        ) or any(map(text.__contains__, _OWN_ZH))
        s.own_again = list(quick_finditer(_OWN_AGAIN, text)) if maybe else []
    for found in s.owners:
        if found.end() > m.start:
            break
        if any(found.group(g) for g in (2, 3, 4, 5, 6, 7)):
            if found.group(4) and _SHARE_TOTAL_BEFORE.search(
                s.text, max(0, found.start() - 8), found.start()
            ):
                continue  # "占全国进出口总值的27.5%，其中出口…": a share's total, no owner
            # ("the country's exports" in a story on Laos are Laos's: the nation is the
            # reporter's own when the reporter is a country)
            own = found.group(2) and subject not in region_names()
            marks.append((found.start(), subject if own else national))
        elif found.start() >= clause[0] or _GOES_ON.match(s.text, clause[0]):
            # ("Russia's exports to China hit $21.5 billion, while imports were $20.1
            # billion, up 1.4 percent and 2.5 percent": a bare flow in the contrast clause,
            # a bare change after it, are the same economy's)
            named = [n for n in s.names if n.start >= found.start(1) and n.end <= found.end(1)]
            # "China's Hainan Province posted imports ...": the region after the
            # possessive is the owner
            region = [
                n for n in s.names if n.kind == "region" and found.end(1) < n.start < found.end()
            ]
            if region:
                marks.append((found.start(), region[-1].name))
            elif (
                named
                and named[-1].kind == "country"
                and subject not in region_names()
                and _SHARE_OF_AFTER.match(s.text, found.end(1))
            ):
                # "China's share of German imports fell to 11.5%" in Germany's figures: the
                # partner's part of the reporter's trade, no owner of its own
                continue
            elif named and named[-1].kind in ("country", "region"):
                marks.append((found.start(), named[-1].name))
    if "中" in s.text and national != subject:
        # "同期，中俄双边贸易额达到930亿美元" in a text on Heilongjiang: the nation's trade
        # (not past a later clause's own flow: "中俄经贸合作持续深化，对俄进出口2000亿元"
        # is the region's, which the pair only heads)
        marks.extend(
            (c.start(), national)
            for c in find_all(cues.ZH_CHINA_PAIR, s)
            if c.end() <= m.start
            and not any(clause_of(s, c.end())[1] <= f[0] < m.start for f in s.flows)
        )
    if "两岸" in s.text:
        # "明显好于全年两岸进出口贸易17.8%的降幅": the mainland's trade with Taiwan
        marks.extend(
            (c.start(), national) for c in _CROSS_STRAIT.finditer(s.text) if c.end() <= m.start
        )
    marks.extend(
        (
            found.start(),
            _its(s, found.start(), subject) if found.group(0)[:3].lower() == "its" else subject,
        )
        for found in s.own_again
        # (not the total of a share: "长沙进出口占全省进出口总额的48.9%，进出口2181.2亿元";
        # nor the whole a place ranks in or adds to: "洛阳市继续领跑全省，", "对全省出口贡献率")
        if found.end() <= m.start
        and not _SHARE_TOTAL_BEFORE.search(s.text, max(0, found.start() - 8), found.start())
        and not _RANKS_IN_BEFORE.search(s.text, max(0, found.start() - 2), found.start())
    )
    if s.region_owners is None:  # once per sentence: regions written before a trade word
        s.region_owners = (
            _english_region_owners(s, subject)
            if s.text.isascii()
            else [
                n
                for n in s.names
                if n.kind == "region"
                and (
                    ZH_REGION_TRADE.match(s.text, n.end)
                    or (_zh_topic(s.text, n) and not _zh_territory_in_run(s, n))
                )
                and not _ZH_PARTNER_BEFORE.match(
                    s.text, max(0, _before_country(s.text, n.start) - 1)
                )
                and not (
                    s.text[n.start - 1 : n.start] == "在" and _ZH_WHOLE_IN.match(s.text, n.end)
                )
            ]
        )
    marks.extend((n.start, n.name) for n in s.region_owners if n.end <= m.start)
    if "区" in s.text and not s.text.isascii():
        # "…顺德区进出口600亿元；南海区进出口500亿元": a district the name tables do not know,
        # as the trader, owns its figures (skipped), not the district named before it
        districts = s.found.get(id(_UNLISTED_DISTRICT))
        if districts is None:  # (once per sentence, those inside no known name)
            districts = s.found[id(_UNLISTED_DISTRICT)] = [
                d
                for d in _UNLISTED_DISTRICT.finditer(s.text)
                if not any(n.start <= d.start(1) < n.end for n in s.names)
            ]
        marks.extend((d.start(1), UNKNOWN + d.group(1)) for d in districts if d.end(1) <= m.start)
    marks.extend(
        (n.start, n.name)
        for n in s.names
        if n.name in AREA_NAMES
        and n.end <= m.start
        and _AREA_TRADE.match(s.text, n.end)
        and not _NOT_AREA_OWNER.search(s.text[max(0, n.start - 24) : n.start])
    )
    if s.text.isascii():
        # "US trade in goods amounted to $3.48 trillion": the named country's own
        marks.extend(
            (n.start, n.name) for n in s.names if n.end <= m.start and country_flow_owner(n, s.text)
        )
    elif subject in OWN_CUSTOMS and ("内地" in s.text or "大陆" in s.text):
        # "同月内地对香港出口为2100亿元，增长5%" in Hong Kong's copy: the mainland's own
        # trade, from a clause that gives its figure on ("内地进口放缓，出口跌3%": Hong
        # Kong's), until the reporter is named again ("内地进口放缓拖累 香港5月出口升5%")
        mainland = s.found.get(id(_ZH_MAINLAND_TRADES))
        if mainland is None:  # (once per sentence)
            mainland = s.found[id(_ZH_MAINLAND_TRADES)] = list(_ZH_MAINLAND_TRADES.finditer(s.text))
        for found in mainland:
            if found.end() > m.start:
                break
            own = clause_of(s, found.start())
            # (the first figure after it, by bisection: in its clause or not)
            at = bisect.bisect_left(s.mentions, found.end(), key=lambda n: n.start)
            if own[0] <= m.start < own[1] or (
                at < len(s.mentions) and s.mentions[at].start < own[1]
            ):
                marks.append((found.start(), "China"))
        marks.extend(
            (n.start, subject) for n in _zh_trader_named(s, subject, m) if clause[0] <= n.start
        )
    elif subject != "China" and subject not in region_names() and "中国" in s.text:
        # "中国对新加坡出口同比增长8%" in the Chinese copy of Singapore's release: China's
        # own flow to the partner, not the reporter's
        marks.extend(
            (n.start, "China")
            for n in _zh_trader_named(s, "China", m)
            if s.text[n.start : n.end] == "中国" and _ZH_CHINA_FLOW.match(s.text, n.end)
        )
        # (until the reporter's own trade is named again: "…，而马来西亚出口增长3%")
        marks.extend(
            (n.start, subject)
            for n in _zh_trader_named(s, subject, m)
            if ZH_REGION_TRADE.match(s.text, n.end)
        )
    if subject in region_names():
        # "China-Russia trade rose ..." in a regional article is the nation's trade
        marks.extend(
            (pair.start(), "China")
            for pair in find_all(cues.HYPHEN_PAIR, s)
            if pair.end() <= m.start and pair.group(1) == "China" and pair.group(2) != subject
        )
    if marks:
        owner = max(marks)[1]
    return owner


# A Chinese region that opens its clause as the one who trades: "Shenyang exported $4.14
# billion", "Dalian ranked first with $23.7 billion of exports", "Wuxi posted exports of".
# (an apposition between commas may come first: "Wuhan, capital of Hubei province,
# recorded an import-export volume of ...", "Zunyi, a city in northern Guizhou, posted")
_EN_REGION_ACTS = re.compile(
    r"(?:\s+(?:city|province|municipality|prefecture))?"
    r"(?:,\s+(?:[A-Za-z][\w'’-]*\s+){0,6}?[A-Za-z][\w'’-]*,)?"
    r"\s+(?:also\s+|alone\s+|itself\s+)?"
    r"(?:exported|imported|ranked|posted|reported|recorded|registered|logged|achieved|traded"
    r"|shipped|sold|bought|purchased|delivered|supplied"
    # ("Wuhan, Hubei's capital city, maintained strong performance with total imports and
    # exports standing at ...", "Xi'an saw its exports grow", "Hefei realized trade of")
    r"|maintained|saw|sees|realized|realised|handled|generated|witnessed|registered)\b"
)
# ... at the start of its clause (not "from Dalian", "and Dalian" of a list)
_EN_CLAUSE_START = re.compile(r"(?:^\s*|[,;:]\s*|\b(?:while|whereas|but)\s+)(?:the\s+)?$", re.I)
# ... or where the flow named before it is done: "exports of electric vehicles in Changzhou
# city surged 25.3 percent", "the foreign trade in Dalian was", "in the province" (the
# province named last before it)
_EN_FLOW_IN = re.compile(r"\b(?:trade|exports?|imports?)\b", re.I)
_EN_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")
# ... or right after its flow and "of": "the total import-export value of Jiangsu province
# was", "the foreign trade of Dalian" (not a list: "zones of Guiyang, Gui'an and Zunyi")
_EN_FLOW_OF_BEFORE = re.compile(
    r"\b(?:trade|exports?|imports?|value|volume|turnover)\s+of\s+$", re.I
)
_EN_LIST_AFTER = re.compile(r"(?:\s+(?:city|province))?(?:,|\s+and\b)")
_EN_IN_THE_PLACE = re.compile(r"\bin\s+the\s+(province|city)\b")
# ... but not a place that only locates the one named right before it: "the trade of Xiamen
# in Fujian province", "Changzhou city in Jiangsu" (the flow is the first place's)
_EN_LOCATED_IN = re.compile(r"\s+(?:(?:city|county|district|port)\s+)?in\s+(?:the\s+)?")
#: Regions with customs territories of their own: more often the partner than the reporter
#: in an English region's text, and their own statistics count the mainland as a partner.
OWN_CUSTOMS = frozenset({"Hong Kong", "Macao", "Taiwan"})


def _zh_trader_named(s: Analysed, name: str, m: Mention) -> Iterator[Match]:
    """The places named ``name`` before figure ``m`` that no partner word opens (Chinese).

    "…香港5月出口升5%", "中国对新加坡出口", "而马来西亚出口": a name that may own the figure
    (the reporter named again, or China in a partner's copy); "对香港", "自中国" (a partner
    word right before it) is a partner there. The caller says what else must hold.
    """
    return (
        n
        for n in s.names
        if n.name == name
        and n.end <= m.start
        and not _ZH_PARTNER_BEFORE.match(s.text, max(0, n.start - 1))
    )


def _english_region_owners(s: Analysed, subject: str) -> list[Match]:
    """English regions that own the figures after them in the sentence (see _EN_REGION_ACTS).

    A region that acts as the trader at the start of a clause, or where a flow named
    just before it is done ("exports of batteries in Changzhou grew"). "in the province"
    stands for the one province named before it in the sentence (when the reporter is the
    nation: a province's own article means itself).
    """
    text = s.text
    found = []
    for n in s.names:
        if n.kind != "region" or n.name in OWN_CUSTOMS:
            continue
        acts = bool(
            _EN_REGION_ACTS.match(text, n.end)
            and _EN_CLAUSE_START.search(text, max(0, n.start - 12), n.start)
            and not _locates_city_before(s, n)
        ) or bool(
            _EN_FLOW_OF_BEFORE.search(text, max(0, n.start - 12), n.start)
            and not _EN_LIST_AFTER.match(text, n.end)
        )
        if acts or (
            _EN_IN_BEFORE.search(text, max(0, n.start - 8), n.start)
            and _flow_just_before(text, n.start)
            and not any(
                o.kind == "region"
                and o.end < n.start
                and _EN_LOCATED_IN.fullmatch(text, o.end, n.start)
                for o in s.names
            )
        ):
            found.append(n)
    if "in the " in text and subject not in region_names():
        for m in _EN_IN_THE_PLACE.finditer(text):
            if not _flow_just_before(text, m.start()):
                continue
            province = m.group(1) == "province"
            named = [
                n
                for n in s.names
                if n.kind == "region" and n.end <= m.start() and _is_province(n.name) is province
            ]
            if len({n.name for n in named}) == 1:
                found.append(Match(m.start(), m.end(), named[-1].name, "region"))
    found.sort(key=lambda n: n.start)
    return found


# Between a city and its province written after it: "Nantong, Jiangsu province reported"
# (the comma, maybe after "city").
_CITY_COMMA = re.compile(r"(?:\s+city)?,\s+")


def _locates_city_before(s: Analysed, n: Match) -> bool:
    """Whether province ``n`` only says where the city right before it lies.

    "The city of Nantong, Jiangsu province reported growth of 2.2 percent": the city is the
    trader, its own province written after a comma locates it (only the city's parent).
    """
    found = places.place(n.name)
    if found is None or found.kind is not places.PlaceKind.PROVINCE:
        return False
    for o in s.names:
        if o.kind == "region" and o.end < n.start and _CITY_COMMA.fullmatch(s.text, o.end, n.start):
            city = places.place(o.name)
            return city is not None and city.parent == n.name
    return False


def _is_province(name: str) -> bool:
    found = places.place(name)
    return found is not None and found.kind is places.PlaceKind.PROVINCE


def _flow_just_before(text: str, at: int) -> bool:
    """Whether a flow word is written shortly before ``at``, in the same noun phrase.

    (No figure, clause mark or verb of a result between: a list's commas may be.)
    """
    window = text[max(0, at - 120) : at]
    flows = list(_EN_FLOW_IN.finditer(window))
    if not flows:
        return False
    between = window[flows[-1].end() :]
    return not _NOT_ONE_PHRASE.search(between)


# Between a flow word and "in <place>", what shows they are not one noun phrase.
_NOT_ONE_PHRASE = re.compile(
    # (nor an apposition or relative clause: "exports under market procurement, a mode
    # widely used by sellers in Yiwu": where the sellers are)
    r"[\d;:.]|,\s+(?:a|an|which|that|who|whose|where)\b"
    r"|\b(?:used|based|located|made|produced|owned|run|operated|known|popular|favou?red)\b"
    r"|\b(?:was|were|is|are|rose|fell|grew|reached|totaled|totalled|hit"
    r"|increased|decreased|surged|dropped|stood|amounted|with)\b",
    re.I,
)


# Before a place that is where something lies, not who acts: "a port city in Zhejiang".
_LOCATION_BEFORE = re.compile(
    r"\b(?i:in|of|from|to|with|near|and)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){0,2}China['’]s\s+)?$"  # "in East China's Zhejiang Province"
)


#: After a place, words that make it the name of a body ("Lanzhou Customs").
_ORGANISATION_AFTER = (" customs", " daily", " government", " bureau", " news", " university")


def _its(s: Analysed, at: int, subject: str) -> str:
    """Whose "its trade" at ``at`` is: the last region before it that acts in the sentence.

    "Ningbo, a port city in Zhejiang, saw its trade rise" is Ningbo's (Zhejiang follows
    "in", as "Nantong, Jiangsu province" follows a comma); "China's Xinjiang ... saw its
    foreign trade" Xinjiang's; a dateline in capitals ("HOHHOT --") names no actor. With
    none, the subject.
    """
    for n in reversed(s.names):
        if n.end > at or n.kind != "region":
            continue
        written = s.text[n.start : n.end]
        if written.isupper() or s.text.startswith(("'s", "’s"), n.end):
            continue
        if s.text[n.end : n.end + 12].lower().startswith(_ORGANISATION_AFTER):
            continue  # "Lanzhou Customs said": a body, not the place that trades
        if _LOCATION_BEFORE.search(s.text, max(0, n.start - 40), n.start):
            continue
        if _locates_city_before(s, n):
            continue  # ("Nantong, Jiangsu province reported ..., with its trade ...")
        return n.name
    return subject


#: The economies a one-character pair with China can name (德中, 中俄): the reporter of a
#: text on its own statistics.
_PAIR_SIDES = frozenset(cues.ZH_CHINA_PAIR_NAMES.values())

_CROSS_STRAIT = re.compile(r"两岸(?=间?(?:双边)?(?:进出口|贸易|货物贸易))")
# The mainland as the partner of Taiwan, Hong Kong or Macao, in their own press: "对大陆出口",
# "自内地进口", "对大陆(含香港)出口" (group 1: Hong Kong counted with it). Only after a partner
# word: "欧亚大陆" is a continent.
_MAINLAND_PARTNER = re.compile(
    r"(?<=[对自从向与同往])(?:中国)?(?:大陆|内地)地?区?([(（](?:含|包括)香港[)）])?"
)


def _opens_with(name: str, short: str) -> bool:
    place = places.place(name)
    return place is not None and any(w.startswith(short) for w in place.chinese)


def _pair_of_named(
    s: Analysed, previous_names: list[Match], earlier: Collection[str] = ()
) -> list[Match]:
    """中哥贸易 after 哥伦比亚 was named: the country just named that the abbreviation opens.

    Only a character no table fixes (cues.ZH_CHINA_PAIR_NAMES), and only a country named
    before it in the sentence or in the sentence before; else the one country of those the
    article named before (``earlier``) whose name it opens (中巴 in a text on 巴西 alone);
    else no partner is read from it.
    """
    found: list[Match] = []
    for m in cues.ZH_CHINA_PAIR_ANY.finditer(s.text):
        short = m.group(1)
        if short in cues.ZH_CHINA_PAIR_NAMES:
            continue
        named = [n for n in s.names if n.end <= m.start()]
        near = [
            n.name
            for n in reversed([*previous_names, *named])
            if n.kind == "country" and _opens_with(n.name, short)
        ]
        if not near:
            near = [name for name in earlier if _opens_with(name, short)]
            near = near if len(near) == 1 else []
        if near:
            found.append(Match(m.start(1), m.end(1), near[0], "partner"))
    return found


def _pair_of_reporter(s: Analysed, subject: str, earlier: Collection[str]) -> list[Match]:
    """马泰双边贸易 in a text on Malaysia's own figures: the side after the reporter's.

    A pair of one-character names before 双边贸易 / 两国贸易 whose first opens the reporter's
    name; the second is the partner: China for 中 / 华, else the pair table's, else the one
    country named in the sentence or before (``earlier``) whose name it opens.
    """
    found: list[Match] = []
    for m in cues.ZH_ANY_PAIR.finditer(s.text):
        own, other = m.group(1), m.group(2)
        if own == other or not _opens_with(subject, own):
            continue
        if other in ("中", "华"):
            if subject in _PAIR_SIDES:
                continue  # (德中贸易: read with the pair table, above)
            name: str | None = "China"
        else:
            named = [n.name for n in s.names if n.kind == "country"] + list(earlier)
            near = list(dict.fromkeys(n for n in named if n != subject and _opens_with(n, other)))
            name = near[0] if len(near) == 1 else cues.ZH_CHINA_PAIR_NAMES.get(other)
        if name is not None and name != subject:
            kind = "country" if name == "China" else "partner"
            found.append(Match(m.start(2), m.end(2), name, kind))
    return found


def written_partners(
    s: Analysed,
    subject: str,
    previous_names: list[Match],
    gazetteer: Gazetteer,
    earlier: Collection[str] = (),
) -> list[Match]:
    """Partners named by the wording around them, not only by a table.

    - 对俄出口, 自俄进口, 与港贸易: one-character names between 对/自/与 and a flow word;
    - 对X进出口 / "exports to X" with X not a known name: a marker that makes the
      figures skipped;
    - 对上述市场进出口 ("with the markets above"): the partners of the sentence before,
      as one list;
    - "Guangdong-Hong Kong trade", "China-Africa trade": the side that is not the
      reporter;
    - "trade between Guangdong and Hong Kong", "exports to Hong Kong", "imports from
      Macao": a place that is not the reporter, after with/to/from/between ... and.
    """
    found: list[Match] = []
    text = s.text
    if not text.isascii():
        for m in cues.ZH_PARTNER_ABBREVIATION.finditer(text):
            named = list(dict.fromkeys(cues.ZH_PARTNER_ABBREVIATIONS[c] for c in m.group(1)))
            if named == [subject]:
                continue  # 欧盟与俄贸易 in a text on Russia's own figures: the reporter
            name = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
            found.append(Match(m.start(1), m.end(1), name, "partner"))
        # "其中东盟增长2%，香港下降8%": a separate customs territory in a run of partners
        found.extend(
            Match(n.start, n.end, n.name, "partner")
            for n in s.names
            if n.name != subject
            and _zh_territory_in_run(s, n)
            and _ZH_CHANGE_AFTER.match(text, n.end)
        )
        if "往" in text:
            # "澳门货物出口…，其中往内地增长12%，往广东增长8%": a place shipped to (往 / 输往)
            found.extend(
                Match(n.start, n.end, n.name, "partner")
                for n in s.names
                if n.kind == "region" and n.name != subject and text[n.start - 1 : n.start] == "往"
            )
        if "中东" in text:
            for m in cues.ZH_MIDDLE_EAST.finditer(text):
                if not any(n.start <= m.start() < n.end for n in s.names):
                    found.append(Match(m.start(), m.end(), "Middle East", "partner"))
        if subject == "China":
            for m in find_all(cues.ZH_CHINA_PAIR, s):
                named = list(dict.fromkeys(cues.ZH_CHINA_PAIR_NAMES[c] for c in m.group(1)))
                name = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
                found.append(Match(m.start(1), m.end(1), name, "partner"))
            if "两岸" in text:
                # 两岸贸易, 两岸进出口: across the Taiwan Strait (the mainland's with Taiwan)
                found.extend(
                    Match(m.start(), m.end(), "Taiwan", "partner")
                    for m in _CROSS_STRAIT.finditer(text)
                )
            if "中" in text:
                found.extend(_pair_of_named(s, previous_names, earlier))
                for m in cues.ZH_CHINA_PAIR_REVERSED.finditer(text):
                    name = cues.ZH_PARTNER_ABBREVIATIONS[m.group(1)]
                    found.append(Match(m.start(1), m.end(1), name, "partner"))
        elif "中" in text and subject in region_names():
            # 中俄双边贸易 in a text on a region: the nation's trade, with the other side
            for m in quick_finditer(cues.ZH_CHINA_PAIR, text):
                named = list(dict.fromkeys(cues.ZH_CHINA_PAIR_NAMES[c] for c in m.group(1)))
                name = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
                found.append(Match(m.start(1), m.end(1), name, "partner"))
        elif "中" in text and subject in _PAIR_SIDES:
            # 德中双边贸易, 中俄贸易额 in a text on Germany's or Russia's own figures: the
            # other side, China, is the partner
            for m in cues.ZH_CHINA_PAIR.finditer(text):
                if {cues.ZH_CHINA_PAIR_NAMES[c] for c in m.group(1)} == {subject}:
                    found.append(Match(m.start(), m.start() + 1, "China", "country"))
            for m in cues.ZH_CHINA_PAIR_REVERSED.finditer(text):
                if cues.ZH_PARTNER_ABBREVIATIONS[m.group(1)] == subject:
                    found.append(Match(m.end(1), m.end(1) + 1, "China", "country"))
        if subject != "China" and subject not in region_names() and "贸易" in text:
            found.extend(_pair_of_reporter(s, subject, earlier))
        for m in cues.ZH_PROVINCE_PAIR.finditer(text):
            # 闽台贸易 in a text on Fujian: Fujian's trade with Taiwan
            if cues.ZH_PROVINCE_ABBREVIATIONS[m.group(1)] == subject:
                named = list(dict.fromkeys(cues.ZH_PARTNER_ABBREVIATIONS[c] for c in m.group(2)))
                name = named[0] if len(named) == 1 else " and ".join(named)
                found.append(Match(m.start(2), m.end(2), name, "partner"))
        mainland: set[int] = set()  # where 大陆 / 内地 start as a partner
        if subject in OWN_CUSTOMS and ("大陆" in text or "内地" in text):
            for m in _MAINLAND_PARTNER.finditer(text):
                # 对大陆(含香港)出口: the mainland with Hong Kong, as Taiwan's figures group them
                name = "China and Hong Kong" if m.group(1) else "China"
                found.append(Match(m.start(), m.end(), name, "partner"))
                mainland.add(m.start())
        for m in cues.ZH_PARTNER_SLOT.finditer(text):
            slot = m.group(1)
            if m.start(1) in mainland:
                continue  # (大陆, read above)
            if slot.startswith(cues.ZH_THE_ABOVE):
                above = [n for n in previous_names if is_partner(n, "", subject)]
                if above:
                    listed = list(dict.fromkeys(n.name for n in above))
                    joined = ", ".join(listed)
                    found.append(Match(m.start(1), m.end(1), joined, "partner"))
                continue
            if slot.startswith(cues.ZH_NOT_PARTNER):
                continue
            if slot[0] in cues.ZH_PARTNER_ABBREVIATIONS:
                # (对欧美出口: read as abbreviations; but 对欧美等传统市场, 对日韩等国家: a
                # wider group the abbreviations only begin, unknown, so its figure is skipped)
                rest = slot.lstrip("".join(cues.ZH_PARTNER_ABBREVIATIONS))
                if rest.startswith("等"):
                    found.append(Match(m.start(1), m.end(1), UNKNOWN + slot, "partner"))
                continue
            if any(n.start < m.end(1) and m.start(1) < n.end for n in s.names):
                continue  # a known name fills the slot
            found.append(Match(m.start(1), m.end(1), UNKNOWN + slot, "partner"))
    if subject in OWN_CUSTOMS and "mainland" in text:
        # "Hong Kong's exports to the mainland fell 15.1 percent", "imports from the
        # mainland" in Hong Kong's, Macao's or Taiwan's own figures: China
        found.extend(
            Match(m.start(1), m.end(1), "China", "country")
            for m in _EN_MAINLAND_PARTNER.finditer(text)
            if not any(n.start < m.end(1) and m.start(1) < n.end for n in s.names)
        )
    for slot in quick_finditer(cues.EN_PARTNER_SLOT, text):
        name = slot.group(1)
        if name.split()[0] in cues.NOT_PARTNER_NAMES or any(
            n.start < slot.end(1) and slot.start(1) < n.end for n in s.names
        ):
            continue  # a month, or a name a table knows
        found.append(Match(slot.start(1), slot.end(1), UNKNOWN + name, "partner"))
    for pair in find_all(cues.HYPHEN_PAIR, s):
        sides = [gazetteer.find(pair.group(i)) for i in (1, 2)]
        for i in (1, 2):
            prefix = cues.PAIR_PREFIXES.get(pair.group(i))
            if prefix is not None:  # "Sino-U.S. bilateral trade", "Uzbek-Chinese trade"
                sides[i - 1] = [Match(pair.start(i), pair.end(i), prefix, "country")]
        if not (sides[0] and sides[1]):
            continue
        first, second = sides[0][0].name, sides[1][0].name
        # "China-Russia trade" in a regional article: the nation's trade (see owner_of)
        national = subject not in (first, second) and subject in region_names()
        reporter = "China" if national else subject
        if reporter in (first, second) and first != second:
            other = 2 if first == reporter else 1
            name = second if other == 2 else first
            found.append(Match(pair.start(other), pair.end(other), name, "partner"))
    for n in s.names:
        if n.kind != "region" or n.name == subject or n.name not in cues.SEPARATE_ECONOMIES:
            continue
        before = text[max(0, n.start - 20) : n.start]
        between = quick(cues.BETWEEN).search(text, max(0, n.start - 90), n.start) and re.search(
            r"\band\s+(?:the\s+)?$", before
        )
        if between or cues.PARTNER_BEFORE.search(before) or cues.PARTNER_ROLE.match(text, n.end):
            found.append(Match(n.start, n.end, n.name, "partner"))
    return found


# The mainland as a partner in English: "to the mainland", "from the Chinese mainland" is
# a known name already; "with the mainland" (not "mainland China", a table name either).
_EN_MAINLAND_PARTNER = re.compile(r"\b(?:to|from|with)\s+(the\s+mainland)\b(?!\s+China)", re.I)


# (and in Chinese: "中国同巴西经贸合作不断深化。2021年，两国贸易额…": the pair of a later
# 两国 / 双边)
_TRADE_WORD = re.compile(
    r"\btrad|\bturnover\b|\bexports?\b|\bimports?\b|贸易|经贸|进出口|出口|进口", re.I
)


# "Xiamen city in East China's Fujian province", "Changzhou, east China's Jiangsu": the
# country a place lies in, written as its possessive; no side of the trade.
_LOCATOR_BEFORE = re.compile(
    r"(?:\bin|,)\s+(?:the\s+)?(?:(?i:north|south|east|west|central|northeast|northwest|"
    r"southeast|southwest)(?:ern)?\s+)?$"
)


def _locates(text: str, n: Match) -> bool:
    """Whether the name ``n`` only says where the place after it lies ("East China's")."""
    return text.startswith(("'s ", "’s "), n.end) and bool(
        _LOCATOR_BEFORE.search(text, max(0, n.start - 24), n.start)
    )


# A sentence that opens with the reporter's trade with one partner: "Trade with Russia saw a
# big jump.", "China's trade with the EU held up.", "Its trade with Japan ..." ("the " before
# the name is part of the match: the name starts right after).
_TRADE_WITH_OPENS = re.compile(
    r"\s*(?:(?:[A-Z][\w.]*['’]s|Its|Their)\s+)?(?:bilateral\s+|foreign\s+)?trade\s+with\s+"
    r"(?:the\s+)?",
    re.I,
)


# Right before the reporter's name: the trade of the country the sentence opens with ("Laos
# was the only nation to record a contraction in its 2023 trade volume with China").
_ITS_TRADE_WITH = re.compile(
    r"\bits\s+(?:[\w-]+\s+){0,3}?(?:trade|turnover)(?:\s+(?:volume|value|turnover))?"
    r"\s+with\s+$"
)


def _its_trade_with(s: Analysed, subject: str) -> str | None:
    """The country a sentence opens with, when it later names "its trade with" the reporter."""
    if not s.names or not s.text.isascii():
        return None
    first = s.names[0]
    if (
        first.kind != "country"
        or first.name == subject
        or s.text[: first.start].strip() not in ("", "The", "the")
    ):
        return None
    for n in s.names[1:]:
        if n.name == subject and _ITS_TRADE_WITH.search(s.text, max(0, n.start - 60), n.start):
            return first.name
    return None


def bilateral_side(s: Analysed, subject: str) -> str | None:
    """The other side of the reporter's trade "between" it and one partner, or None.

    "Trade between China and Russia grew by nearly a third" (a sentence with no figure the
    extractor reads): Russia is the side "bilateral trade" refers back to later.
    """
    opens = _TRADE_WITH_OPENS.match(s.text)
    if opens is not None and s.text.isascii():
        # "Trade with Russia saw a big jump. It was up nearly 30 percent ...": the one
        # partner a figureless sentence opens with is what "It" goes on with
        first = next((n for n in s.names if n.start >= opens.end()), None)
        if (
            first is not None
            and first.start == opens.end()
            and first.kind in ("country", "partner")
            and first.name != subject
            and not names_currency(first, s.text)
            and not any(n.kind in ("country", "partner") and n is not first for n in s.names)
        ):
            return first.name
    own = _its_trade_with(s, subject)
    if own is not None:
        return own
    between = next(quick_finditer(cues.BETWEEN, s.text), None)
    if between is None or not quick(_TRADE_WORD).search(s.text):
        return None
    near = [n for n in s.names if between.end() <= n.start < between.end() + 60]
    # ("in southwest China's Guangxi": the province after the possessive locates too)
    located = {n.end + 3 for n in near if _locates(s.text, n)}
    pair = [n for n in near if n.start not in located and n.end + 3 not in located][:2]
    names = {n.name for n in pair}
    if len(pair) < 2 or subject not in names or len(names) != 2:
        return None
    other = next(n for n in pair if n.name != subject)
    if other.kind not in ("country", "partner") or names_currency(other, s.text):
        return None
    return other.name


# After a country, words that make it the reporter's partner: "China was Vietnam's biggest
# import market", "China remains its largest trading partner", "China is the top buyer".
_PARTNER_ROLE_AFTER = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|remained|remains|became|becomes)\s+"
    r"(?:(?:[A-Z][\w.]*['’]s|its|their|the)\s+)?(?:(?:[\w-]+)\s+){0,2}?"
    r"(?:trading\s+partner|trade\s+partner|market|source|supplier|buyer|destination)\b"
    # ... or its part of the reporter's trade: "China's share of German imports fell to
    # 11.5%", "China accounted for 11.5% of German imports", "China made up a tenth of"
    r"|['’]s\s+share\s+(?:of|in)\b"
    r"|\s+(?:accounted|accounts|accounting)\s+for\b|\s+(?:made|makes|making)\s+up\b"
)


#: After a country, words that make it the name of an event, no side of trade.
_EVENT_AFTER = (" war", " crisis", " conflict", " invasion")


def named_pair(s: Analysed, subject: str) -> tuple[str, str] | None:
    """The owner and partner of trade named in a sentence without figures, if one pair.

    "China has been Africa's top trading partner for 15 years. Bilateral trade increased by
    5.5 per cent to 1.19 trillion yuan" (in a text on Shanghai): the bilateral trade after
    it is China's with Africa; "Brazil is Shenzhen's largest trading partner. Bilateral
    trade ..." is Shenzhen's with Brazil.
    """
    # (a partner's role in Chinese copy counts too: "巴西是中国最大贸易伙伴")
    if not quick(_TRADE_WORD).search(s.text) and "贸易伙伴" not in s.text:
        return None
    regions_at = {n.start for n in s.names if n.kind == "region"}
    named = {
        n.name
        for n in s.names
        if n.kind in ("country", "partner", "region")
        # (not "China's" locating the region after it, nor a body: "Urumqi customs data")
        and not _locates(s.text, n)
        and not (n.kind == "country" and n.end + 3 in regions_at)
        # (nor an event named after a country: "since the Ukraine war started")
        and not s.text[n.end : n.end + 10].lower().startswith(_EVENT_AFTER)
        and not s.text[n.end : n.end + 12].lower().startswith(_ORGANISATION_AFTER)
    }
    if subject in named:
        owner = subject
    elif "China" in named and subject in region_names():
        owner = "China"
    else:
        return None
    # (the reporter's own cities are no side: "URUMQI, ... Central Asia is Xinjiang's ...")
    others = {name for name in named - {owner} if name not in region_names()}
    # ("八个葡语国家中，巴西是中国最大贸易伙伴": a member ranked within its group is the side)
    others -= {g for g in others if any(o in places.members(g) for o in others)}
    if len(others) != 1:
        return None
    return owner, next(iter(others))


# Right after a foreign country: its own flow with China ("马来西亚对华出口", "越南自中国进口")
_WITH_CHINA_AFTER = re.compile(r"(?:对|自|从|向|与)(?:华|中国)的?(?:进出口|出口|进口|贸易)")


def trading_with_china(s: Analysed, m: Mention, subject: str) -> str | None:
    """The foreign country whose own trade with China the figure is, if the text says so.

    "2022年马来西亚对华出口占马来西亚出口总额13.6%，自中国进口占其进口总额21.3%":
    Malaysia's figures, with China as partner (in a Chinese text; not for a figure after a
    Chinese region or another country named later in the sentence).
    """
    if "华" not in s.text and "中国" not in s.text:
        return None
    found = None
    for n in s.names:
        if n.end > m.start:
            break
        if n.kind == "region" or (
            found is not None and n.kind == "country" and n.name not in (found, "China")
        ):
            found = None  # a Chinese region or another country after it: not its figure
        if (
            n.kind == "country"
            and n.name not in (subject, "China")
            and _WITH_CHINA_AFTER.match(s.text, n.end)
        ):
            found = n.name
    return found


def foreign_source(s: Analysed, subject: str) -> str | None:
    """The country whose own statistics the sentence quotes, when not the reporter's.

    "..., according to the Russian Federal Customs Service": Russia's figures for its
    trade (with the reporter as partner), not the reporter's. Only a country or its
    demonym inside the source counts ("according to the General Administration of
    Customs" names none).
    """
    if (
        "ccording" not in s.text
        and " data" not in s.text
        and "figures" not in s.text
        and "tatistic" not in s.text
        and "ustoms" not in s.text
    ):
        return None
    for found in quick_finditer(cues.FOREIGN_SOURCE, s.text):
        inside = [
            n
            for n in s.names
            if found.start() <= n.start < found.end()
            and n.kind in ("country", "demonym")
            and n.name != subject
        ]
        if inside:
            return inside[0].name
    return None


def zh_side_source(s: Analysed, subject: str, earlier: Collection[str]) -> str | None:
    """The side of a pair whose own statistics a Chinese sentence quotes, when not the reporter.

    "按新方统计，去年两国双边货物贸易额为1350.2亿新元": 新方 is the side whose name opens
    with 新 (a country named in the sentence or before it, ``earlier``; else the pair
    table's: 俄方, 美方), and the figures are its own; so are those after a country named
    with its statistics body ("据俄罗斯海关统计"). 中方 is China; 我方 or a character no
    named country opens gives nothing.
    """
    if "据" in s.text or "按" in s.text:
        # "据俄罗斯海关统计，…": the country named with its statistics body
        for n in s.names:
            if (
                n.kind == "country"
                and cues.ZH_SOURCE_BEFORE.search(s.text, max(0, n.start - 2), n.start)
                and cues.ZH_NAMED_SOURCE_AFTER.match(s.text, n.end)
            ):
                return n.name if n.name != subject else None
    if "方" not in s.text:
        return None
    found = cues.ZH_SIDE_SOURCE.search(s.text)
    if found is None:
        return None
    short = found.group(1) or found.group(2)
    if short == "中":
        side: str | None = "China"
    else:
        named = [n.name for n in s.names if n.kind == "country"] + list(earlier)
        near = list(dict.fromkeys(name for name in named if _opens_with(name, short)))
        side = near[0] if len(near) == 1 else cues.ZH_CHINA_PAIR_NAMES.get(short)
    return side if side != subject else None


# Before a country that names a source of data: "according to China Customs", "according to
# the US Census Bureau".
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
# ... right before a group's name, no "the": an outlet named after it ("According to Asia
# Plus"), not "according to the EU's statistics office"
_SOURCE_NAME_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+$")


def is_partner(n: Match, text: str, subject: str) -> bool:
    """Whether a name is a partner of the reporter.

    A partner group, a country other than the reporter (not "Japan's", nor a currency),
    a demonym before "partner"; China only after with / to / from / and.
    """
    if n.kind == "partner" and _SOURCE_NAME_BEFORE.search(text, max(0, n.start - 20), n.start):
        return False  # "According to Asia Plus, ...": a news outlet's name, no side
    if n.kind in ("partner", "demonym"):
        # (a bloc that is itself the reporter, "EU's exports", is no partner of its own)
        return (n.kind == "partner" and n.name != subject) or text[
            n.end : n.end + 9
        ].lower().startswith(" partner")
    if n.kind != "country" or n.name == subject:
        return False
    if _SOURCE_BEFORE.search(text, max(0, n.start - 20), n.start):
        return False  # "According to China Customs statistics": whose data, no side
    if quick(cues.GEOGRAPHY_BEFORE).search(text, max(0, n.start - 80), n.start):
        return False  # "Guangxi, bordering Vietnam, ...": where the reporter lies
    if n.name == "China":
        if _SEPARATE_ECONOMY_AFTER.match(text, n.end):
            return False  # "Japan and China's Taiwan region": the name of the partner after
        if text.startswith("-bound", n.end):
            return True  # "China-bound exports of steel": the destination
        if _POSSESSIVE_BEFORE.search(text, max(0, n.start - 4), n.start) and _FLOW_NOUN_AFTER.match(
            text, n.end
        ):
            return True  # "Japan's China imports fell": its imports from China
        if bool(_LINKED_BEFORE.search(text[max(0, n.start - 6) : n.start])):
            return True
        if subject in OWN_CUSTOMS and text.endswith(("内地", "大陆"), n.start, n.end):
            return True  # "泰国(升47.3%)、中国内地(升15.5%)": the mainland in Hong Kong's figures
        if text[max(0, n.start - 8) : n.start].lower() == "between " and (
            subject not in region_names()
        ):
            return True  # "trade between China and Pakistan" in Pakistan's figures
        if subject not in region_names() and _PARTNER_ROLE_AFTER.match(text, n.end):
            return True  # "China was Vietnam's biggest import market, accounting for ..."
        # 越南自中国进口 in a text on Vietnam (never a Chinese region's partner, but for the
        # separate customs territories: 我对中国与香港出口 in Taiwan's own figures)
        return text[n.start - 1 : n.start] in _ZH_LINKED and (
            subject not in region_names() or subject in OWN_CUSTOMS
        )
    following = text[n.end : n.end + 24].lower()
    return (
        (
            not following.startswith(("'s", "’s"))
            # ("Belgium's share of Dutch exports rose to 10.2%": its part of the reporter's
            # flow, as with China's share; owner_of gives it no owner)
            or (subject not in region_names() and _SHARE_OF_AFTER.match(text, n.end) is not None)
        )
        and not following.startswith(_BODY_AFTER)
        and not names_currency(n, text)
        and not (text.isascii() and country_flow_owner(n, text))
    )


#: After a country, words that make it the name of a body whose figures these are, no side of
#: the trade: "figures from the US census bureau", "US trade figures will not be released".
_BODY_AFTER = (
    " census",
    " customs",
    " bureau",
    " statistics",
    " department of commerce",
    " commerce department",
    " commerce ministry",
    " ministry",
    " government",
    " embassy",
    " figures",
    " data",
    " trade figures",
    " trade data",
    " trade statistics",
)


def names_currency(n: Match, text: str) -> bool:
    """Whether a country's name is part of a currency's: "U.S. dollars", "HK$", "US $31 billion"."""
    return text[n.end : n.end + 8].lower().startswith((" dollar", "-dollar", "$", " $"))


def mentions_subject(s: Analysed, subject: str) -> bool:
    """Whether the sentence names the reporting region itself (not as a share's total)."""
    # (a nation reporter is a country name: 中国进出口… after a sentence about 中美贸易)
    kinds = ("region",) if s.text.isascii() else ("region", "country")
    places = [(n.start, n.end) for n in s.names if n.kind in kinds and n.name == subject]
    low = s.text.lower()
    if any(map(low.__contains__, lexicon.REGION_WORDS)):  # (words, not patterns: exact)
        places.extend(m.span() for m in _REGION_WORDS.finditer(low))
    for start, _ in places:
        before = low[max(0, start - 8) : start]
        if not _SHARE_TOTAL_BEFORE.search(before):
            return True
    if s.text.isascii():
        for n in s.names:
            if (
                n.kind == "country"
                and n.name == subject
                and not _SHARE_TOTAL_BEFORE.search(low[max(0, n.start - 8) : n.start])
                and (
                    _COUNTRY_OWNS_AFTER.match(s.text, n.end)
                    or _COUNTRY_OWNS_BEFORE.search(s.text, max(0, n.start - 20), n.start)
                )
            ):
                return True
    return False


def without_ranking_groups(partners: list[Match], text: str) -> list[Match]:
    """The partners, less a group that a partner named before it is ranked within.

    "Indonesia placed top among the 122 BRI countries trading with Shanxi, boasting trade
    of 3 billion yuan": Indonesia's figure, not the group's. "Among BRI countries, ..."
    with no partner before keeps the group.
    """
    ranked_zh = not text.isascii() and _RANK_ZH.search(text) is not None
    named = frozenset(p.name for p in partners) if ranked_zh else frozenset()
    return [
        n
        for n in partners
        if not (
            cues.AMONG_BEFORE.search(text, max(0, n.start - 30), n.start)
            and any(p.end <= n.start and p.name != n.name for p in partners)
        )
        and not (ranked_zh and n.kind == "partner" and places.members(n.name) & named)
    ]


# A partner's rank in Chinese copy: "八个葡语国家中，巴西是中国最大贸易伙伴", "安哥拉是葡语国家
# 中，中国第二大贸易伙伴", "在…排行榜上占第三位": a member ranked within its group, whose
# figures follow (not the group's)
_RANK_ZH = re.compile(r"最大|第[一二三四五六七八九十\d]{1,2}[大位]|排行|排名")


def names_own_flow(s: Analysed, subject: str) -> bool:
    """Whether the sentence names a flow as the reporter's own: "Shandong's exports"."""
    places = [n.end for n in s.names if n.name == subject]
    low = s.text.lower()
    if any(map(low.__contains__, lexicon.REGION_WORDS)):
        places.extend(m.end() for m in _REGION_WORDS.finditer(low))
    return any(cues.OWN_FLOW_AFTER.match(s.text, end) for end in places)


@functools.cache
def region_names() -> frozenset[str]:
    """The canonical names of China's regions (a set: looked up once per figure)."""
    return (
        frozenset(lexicon.REGIONS.values())
        | frozenset(lexicon.NEW_AREAS.values())
        | frozenset(lexicon.DISTRICTS.values())
        | frozenset(lexicon.AREAS.values())
    )
