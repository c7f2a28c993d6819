"""Read trade facts out of news articles and customs releases, English or Chinese.

The pipeline, a module per stage: the text and its furniture (:mod:`text`, :mod:`zones`:
headline, lead and body are read; captions, credits, source lines, notes and link lists
are not) -> sentences and clauses (:mod:`text`) -> figure mentions (:mod:`numbers`) ->
period expressions (:mod:`dates`) -> names (:mod:`gazetteer`, :mod:`lexicon`,
:mod:`owners`) -> cue words (:mod:`cues`) -> the meaning of each figure (:mod:`measures`,
:mod:`attach`, :mod:`lists`, :mod:`meaning`) -> context carried between sentences
(:mod:`context`) -> facts (:mod:`facts`); a wire story's data tables are read cell by cell
(:mod:`tables`). This module only runs the stages over a
document: its publication date and subject first, then sentence by sentence. A figure
whose meaning is unclear is left out and reported as skipped, never guessed.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import attrs

from tradestat import places
from tradestat.extraction import cues, lexicon, meaning
from tradestat.extraction.analysis import UNKNOWN, Analysed, analyse
from tradestat.extraction.context import (
    Anchor,
    Carried,
    choose_subject,
    local_word,
    publication_anchor,
)
from tradestat.extraction.facts import (
    Skipped,
    headline_year_so_far,
    listed_partners,
    sentence_facts,
    unify_segments,
    unique,
    without_rounded_headlines,
)
from tradestat.extraction.gazetteer import Gazetteer, Match
from tradestat.extraction.lists import counted_groups, listed_cities
from tradestat.extraction.numbers import (
    DOLLAR_AMOUNT,
    Mention,
    declared_currency,
    find_mentions,
    reporter_sign,
)
from tradestat.extraction.owners import (
    bilateral_side,
    is_partner,
    named_pair,
    names_currency,
    region_names,
    written_partners,
)
from tradestat.extraction.tables import Table, find_tables
from tradestat.extraction.text import Document, Sentence, prepare, sentences
from tradestat.extraction.zones import ARTICLE, NOT_ARTICLE_REASON, Zones, find_zones
from tradestat.figures import Figure
from tradestat.models import Fact, FactSet, Flow, Provenance
from tradestat.periods import Period

__all__ = ["Extraction", "Extractor", "Skipped", "extract"]


@attrs.frozen
class Extraction:
    """The facts read from one text, the figures skipped, and the document's subject."""

    facts: FactSet
    skipped: tuple[Skipped, ...]
    subject: str | None
    year: int | None
    anchor: Anchor | None = None  # the publication date relative time was counted from


_DIGIT = re.compile(r"\d")

#: Period kinds that name part of a year (前7个月, 1-5月, 上半年, 前三季度): written
#: without a year after the text stated them with one, they are that same period.
_PARTIAL_YEAR = frozenset(
    {"zh_first_months", "zh_as_of_month", "zh_range", "zh_half", "zh_first_quarters"}
)


def _partial_key(period: Period) -> tuple[int, int]:
    return (period.start_month, period.end_month)


def _stated_year(info: Analysed, stated: dict[tuple[int, int], int]) -> int | None:
    """The year of the first year-less part of a year in ``info`` already stated with one."""
    for p in info.periods:
        if p.kind in _PARTIAL_YEAR and p.periods and "年" not in info.text[p.start : p.end]:
            return stated.get(_partial_key(p.periods[0]))
    return None


_WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d")


def _base_month_again(info: Analysed, base: Sequence[Period]) -> int | None:
    """The year of the article's month named again without a year after older background.

    "South Korea's exports to China fell ... in August (2016) ... The decline started in
    July 2015, when ... South Korea's exports to the US also dropped 4.7 percent in
    August": the lead's single month, written again with no year, is the lead's, not the
    background's year. None unless the sentence names that month so.
    """
    if len(base) != 1 or base[0].n_months != 1 or not info.text.isascii():
        return None
    for p in info.periods:
        if (
            p.kind == "month"
            and len(p.periods) == 1
            and p.periods[0].end_month == base[0].end_month
            and not _WRITTEN_YEAR.search(info.text, p.start, p.end)
        ):
            return base[0].end_year
    return None


def _port_of(text: str, zones: Zones, names: Sequence[Match], subject: str | None) -> str | None:
    """The reporter's customs port ("Tianjin Port"), when the head writes its place as one.

    天津口岸, "trade value via Erenhot Port": the goods cleared there, not the city's trade.
    """
    if subject is None:
        return None
    _, end = zones.head()
    port = False
    for i, n in enumerate(names):
        if n.start >= end:
            break
        if n.kind != "region" or n.name != subject:
            continue
        after = names[i + 1] if i + 1 < len(names) else None
        if (
            after is not None
            and after.kind == "region"
            and places.province_of(after.name) == subject
            and _PROVINCE_WORD.fullmatch(text, n.end, after.start) is not None
            and _PORT_TRADE_AFTER.match(text, after.end)
        ):
            # "2023年内蒙古二连浩特口岸进出口总值…": the province only as the address of
            # its city's port, whose trade the text reports
            return f"{after.name} Port"
        if _CITY_TRADE_AFTER.match(text, n.end):
            return None  # "Qingdao's foreign trade", 天津市外贸: the city's own trade
        port = port or bool(
            _PORT_TRADE_AFTER.match(text, n.end)
            or (
                _PORT_AFTER.match(text, n.end)
                and _VIA_BEFORE.search(text, max(0, n.start - 12), n.start)
            )
        )
    return f"{subject} Port" if port else None


def _national_areas_as_segments(facts: list[Fact]) -> list[Fact]:
    """In a Chinese text on China, a national region's own figures as China's segment.

    "我国东部地区进出口16.05万亿元", "中西部地区出口增长13.8%": a national release breaks the
    country's trade down by the National Bureau of Statistics' regions, as it does by
    trade mode, so the figures are China's with the region as the segment (areas such as
    长三角 or 粤港澳大湾区, which report their own trade, stay reporters).
    """
    return [
        attrs.evolve(f, subject="China", segment=f.subject)
        if f.subject in lexicon.NATIONAL_AREAS and f.segment is None
        else f
        for f in facts
    ]


def _zone_of(text: str, zones: Zones, names: Sequence[Match], subject: str | None) -> str | None:
    """The named customs zone a Chinese headline (or lead) opens with ("成都高新综合保税区…").

    Its first place is the subject's, written as one named zone (see
    :func:`meaning.named_zones`): a story about the zone, which reports its own trade.
    """
    if subject is None or text.isascii():
        return None
    heads = zones.spans("headline", "lead")
    if not heads:
        return None
    start, end = heads[0]
    inside = [n for n in names if start <= n.start and n.end <= end]
    if len(inside) < 2 or inside[0].kind != "region" or inside[0].name != subject:
        return None
    named = meaning.named_zones(text, inside[:2])
    first = named[0]
    if first.kind == "segment" and first.name.startswith(subject + " "):
        return first.name
    return None


# The zone words' segments (综合保税区, "该保税区"): in a story on one named zone, the zone's.
_ZONE_SEGMENTS = frozenset(
    {"comprehensive bonded zones", "bonded zones", "export processing zones", "bonded port areas"}
)


# After a partner opening a sentence, what it is to the reporter: 欧盟是我国…, 东盟已成为….
_ZH_PARTNER_IS = re.compile(r"(?:已|仍|继续)?(?:是|为|成为|作为)")
# A customs port's own trade: 天津口岸外贸进出口, 宁波口岸进出口; "trade value via Erenhot
# Port" (its goods cleared there; not "Qingdao Port handles record cargo", a port's cargo).
_PORT_TRADE_AFTER = re.compile(r"口岸(?:外贸|货物贸易)?(?:进出口|出口|进口)")
_PORT_AFTER = re.compile(r"\s+Port\b(?!\s+(?:City|Authority))")
# Between a province and its city written as the city's address: 内蒙古二连浩特, 广西凭祥,
# 黑龙江省绥芬河.
_PROVINCE_WORD = re.compile(r"(?:省|自治区|壮族自治区|维吾尔自治区|回族自治区)?")
_VIA_BEFORE = re.compile(r"\b(?:via|through)\s+(?:the\s+)?$")
# The city's own trade named in the head: "Qingdao's foreign trade", 天津市外贸进出口.
_CITY_TRADE_AFTER = re.compile(
    r"['’]s\s+(?:foreign\s+|total\s+)?(?:trade|exports|imports)\b|市?(?:外贸|进出口)"
)


def _latest_year_to_date(info: Analysed, year: int, published: datetime.date) -> bool:
    """Whether ``info`` opens with a year-less year-to-date period dated ``year``.

    Only one whose months had all ended in the publication year before publication.
    """
    for p in info.periods:
        if p.kind.startswith("base_") or not p.periods:
            continue
        said = info.text[p.start : p.end]
        return (
            not p.relative
            and _YEAR_DIGITS.search(said) is None
            and "年" not in said
            and all(
                q.start_year == q.end_year == year
                and q.start_month == 1
                and 1 < q.n_months < 12
                and q.end_month < published.month
                for q in p.periods
            )
        )
    return False


_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}|\b\d{2}\b")


# A sentence that opens a section of a Chinese release on one dimension of its trade:
# 从贸易方式看, 从贸易企业看, 从主要市场来看, 按地区划分, 分商品看
_SECTION = re.compile(r"\s*(?:从|按|分)[\u4e00-\u9fff]{1,8}?(?:来看|上看|看|划分|分)[，,：:]")


# Before a name, a trade phrase it is the other side of: "exports to Kazakhstan", "trade
# with Brazil", "between China and Brazil" (searched in a short window before the name)
_TRADE_PHRASE_BEFORE = re.compile(
    r"(?:\b(?:trade|exports?|imports?|shipments|sales|purchases|exported|imported)\s+"
    # ("trade turnover between Russia and China": either side of the pair)
    r"(?:with|to|from)|\bbetween\s+(?:[\w.'’-]+\s+){1,3}and|\bbetween|\w-)\s*(?:the\s+)?$",
    re.I,
)


# A line of a list under a colon: "- Kyrgyzstan: $22.7 billion (24%)", "Kazakhstan: $41bn"
# (a capitalised label of up to four words, a colon, then a figure).
_LABEL_LINE = re.compile(
    r"\s*(?:[-•*–]\s*)?[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}:\s*"
    r"(?:about\s+|nearly\s+|over\s+)?(?:US\$|\$|€|¥|RMB\s?|USD\s?|CNY\s?)?\d"
)
# A lead on trade that a list under a colon breaks down: "The remaining trade volume is
# distributed among:", "Exports by destination:".
_LEAD_TRADE = re.compile(r"\b(?:trade|turnover|exports?|imports?)\b", re.I)


def _lead_side(text: str, names: Sequence[Match], zones: Zones, subject: str) -> str | None:
    """The one country or partner group (not the subject) an English lead trades with, if one.

    Only a name in a trade phrase counts ("Chinese exports to Kazakhstan", not "turning away
    from the United States"); a headline that names one side ("China-Brazil trade booms")
    gives it.
    """
    lead = zones.first("lead")
    if lead is None or _CJK.search(text, lead.start, lead.end) is not None:
        return None
    head = zones.first("headline")

    def sides(start: int, end: int, phrase: bool) -> set[str]:
        return {
            n.name
            for n in names
            if start <= n.start < end
            and n.kind in ("country", "partner")
            and n.name not in (subject, "China")
            and not names_currency(n, text)
            and (not phrase or _TRADE_PHRASE_BEFORE.search(text, max(start, n.start - 40), n.start))
        }

    said = sides(head.start, head.end, False) if head is not None else set()
    if len(said) == 1:
        return said.pop()
    said = sides(lead.start, lead.end, True)
    return said.pop() if len(said) == 1 else None


# In English, a year-on-year change written with an amount: "Wuhan, capital city of Hubei
# Province, registered a year-on-year increase of 52.6 percent to hit 125.99 billion yuan".
_YEAR_ON_YEAR = re.compile(r"\byear[\s-]on[\s-]year\b", re.I)


def _english_place_goes_on(info: Analysed) -> bool:
    """Whether an English sentence after one on trade gives a place's change and amount.

    "Hubei's foreign trade grew ... Wuhan, capital city of Hubei Province, registered a
    year-on-year increase of 52.6 percent to hit 125.99 billion yuan": the city's trade
    (a sentence on another topic is ruled out by cues.OTHER_TOPIC).
    """
    return (
        info.text.isascii()
        and any(m.kind == "money" for m in info.mentions)
        and _YEAR_ON_YEAR.search(info.text) is not None
        and _EN_OTHER_MEASURE.search(info.text) is None
    )


def _last_figure(info: Analysed) -> int:
    """Where the last figure of a sentence starts (its end when it has none)."""
    return info.mentions[-1].start if info.mentions else len(info.text)


# Measures of a place's economy that cues.OTHER_TOPIC does not hold in English: "registered a
# year-on-year increase of 7 percent in retail sales to 45 billion yuan" is no trade.
_EN_OTHER_MEASURE = re.compile(
    # (not "economic": "Wuhan, the province's economic hub, registered ...")
    r"\b(?:retail|consumption|spending|incomes?|tourism|tourists?|wages?|deposits?|loans?"
    r"|fiscal)\b"
    # ("duty-free sales", "car sales": shops' and makers' sales, not "export sales")
    r"|(?<!export\s)(?<!overseas\s)(?<!foreign\s)\bsales\b",
    re.I,
)


def _one_partner_zh(info: Analysed, subject: str, gazetteer: Gazetteer) -> str | None:
    """The one partner a Chinese headline names ("前5月中俄贸易额增长", "对俄出口"), or None."""
    named = {n.name for n in info.names if is_partner(n, info.text, subject)}
    named.update(n.name for n in written_partners(info, subject, [], gazetteer))
    named = {name for name in named if not name.startswith(UNKNOWN)} - {subject, "China"}
    return named.pop() if len(named) == 1 else None


def _english_topic(info: Analysed, headline: frozenset[str], partners: set[str]) -> bool:
    """Whether an English lead's first figures open a story on the headline's one partner.

    The headline names one partner (China aside, the reporter's country), the lead's first
    sentence with figures names it too, and its figures are with it or with no one named
    (not said of the reporter's whole trade: "compared with a 0.4-percent rise in total
    foreign trade").
    """
    if not info.text.isascii() or len(headline) != 1:
        return False
    topic = next(iter(headline))
    if "World" in partners and cues.OVERALL_TRADE.search(info.text):
        return False
    return partners <= {topic, "World"} and any(n.name == topic for n in info.names)


# Where an English sentence's subject starts: after an opening phrase ("Meanwhile, ...",
# "During the period, ...") or at once.
_SUBJECT_START = re.compile(r"\s*(?:[A-Z][^,.;]{0,40},\s*)?")


def _next_kind_of_firm(info: Analysed, previous: list[Match]) -> bool:
    """Whether an English sentence goes on from one on a kind of firm's trade with another.

    "Private firms recorded 4.51 trillion yuan in trade, up 22.8%. Foreign-invested
    enterprises reported 2.2 trillion yuan, up 15.3%": the next kind of firm, as its
    sentence's subject, says no trade word of its own.
    """
    if not info.text.isascii() or not any(
        n.kind == "segment" and n.name.endswith("enterprises") for n in previous
    ):
        return False
    start = _SUBJECT_START.match(info.text).end()  # type: ignore[union-attr]
    return any(
        n.kind == "segment" and n.name.endswith("enterprises") and n.start == start
        for n in info.names
    )


def _another_side(topic: str | None, partners: set[str]) -> bool:
    """Whether figures with ``partners`` leave a bilateral story with ``topic``.

    A partner that is neither a listed member of the topic nor a group it is a member of
    ("对美国出口…；对欧盟出口…"); a group with no listed members (RCEP, the Belt and Road
    countries) is left by none. Hong Kong, Macao and Taiwan are left as a country is
    ("江西对香港出口…；对欧盟、美国分别出口…").
    """
    if topic is None:
        return False
    own = places.members(topic)
    if not own and not (places.is_country(topic) or places.is_region(topic)):
        return False
    return any(p not in own and topic not in places.members(p) for p in partners - {topic, "World"})


def _attributive(info: Analysed) -> bool:
    """Whether the last figure of a sentence is one of a period written before it with 的.

    "出口…，已超2020年全年的1503.6亿元；进口…": that period dates the one figure it
    qualifies (a comparison), not the part after the "；".
    """
    if not info.mentions:
        return False
    last = info.mentions[-1]
    before = [p for p in info.periods if p.end <= last.start and p.periods]
    return bool(before) and info.text[before[-1].end : last.start].strip() == "的"


_CJK = re.compile(r"[\u4e00-\u9fff]")
# A partner named as the reporter's first trading partner in an English sentence without
# figures (not a headline's): the trade of the next sentence that names no partner is with it.
_TOP_PARTNER = re.compile(
    r"\b(?:largest|biggest|top|first|leading)\s+trad(?:ing|e)\s+partner\b", re.I
)
#: The kinds of segment a Chinese breakdown runs through sentence by sentence.
_SEGMENT_KINDS = ("enterprises", "trade")


def _main_period(made: Sequence[Fact]) -> Period:
    """The period most of a sentence's facts are of (of equals, the last one's)."""
    counts = Counter(f.period for f in made)
    return max(reversed([f.period for f in made]), key=lambda p: counts[p])


def _parallel(info: Analysed, previous: list[Match]) -> bool:
    """Whether a Chinese sentence opens with a segment of the kind the one before named.

    "中国民营企业对俄进出口208.4亿元…。国有企业进出口192亿元，增长20.7%": the next item
    of the same breakdown (enterprise types, trade modes), which goes on with its partner.
    """
    if not info.names or info.names[0].kind != "segment" or _CJK.search(info.text) is None:
        return False
    first = info.names[0]
    if first.start > 3:
        return False
    kind = first.name.rsplit(" ", 1)[-1]
    return kind in _SEGMENT_KINDS and any(
        n.kind == "segment" and n.name != first.name and n.name.endswith(" " + kind)
        for n in previous
    )


# A news agency's bracketed credit in a dateline: "CHONGQING, (UrduPoint / Pakistan Point
# News - 17th Jan, 2022) :" names the outlet's country, which is no side of the trade.
_CREDIT = re.compile(
    r"\((?=[^()\n]{0,80}\b(?:News|Agency|Press|Daily|Times|Xinhua|Reuters)\b)[^()\n]{0,120}\)"
)


def _outside_credits(text: str, names: list[Match]) -> list[Match]:
    """The names not inside a bracketed news credit (one scan of the text, when it has any)."""
    if "(" not in text:
        return names
    spans = [c.span() for c in _CREDIT.finditer(text)]
    if not spans:
        return names
    # (the credits are in order and apart: only the last one starting at or before a name
    # can hold it, found by a binary search)
    starts = [a for a, _ in spans]
    kept = []
    for n in names:
        i = bisect.bisect_right(starts, n.start) - 1
        if i < 0 or n.start >= spans[i][1]:
            kept.append(n)
    return kept


def table_facts(
    tables: list[Table],
    stated: list[Fact],
    subject: str,
    doc: Document,
    source: str | None,
    anchor: str | None,
) -> list[Fact]:
    """The facts of a text's data tables, the subject's trade with the world.

    A cell whose fact the prose already states (the same key: "exports fell 17.5 percent
    in January" and the January cell of the growth table, "a surplus of $39.11 billion"
    and its rounded 39.1) is left to the prose.
    """
    keys = {f.key for f in stated}
    made = []
    for table in tables:
        for cell in table.cells:
            span = doc.span(cell.start, cell.end)
            provenance = Provenance(source, cell.quote, span, anchor=anchor)
            figure = Figure(cell.digits, cell.unit, "exact")
            period, flow, measure = cell.period, cell.flow, cell.measure
            fact = Fact(subject, period, flow, measure, figure, "World", None, None, provenance)
            if fact.key not in keys:
                keys.add(fact.key)
                made.append(fact)
    return made


def default_gazetteer() -> Gazetteer:
    """Places, partner groups and segments from :mod:`tradestat.extraction.lexicon`."""
    return Gazetteer(
        [
            ("region", lexicon.REGIONS),
            ("region", lexicon.NEW_AREAS),
            ("facility", lexicon.FACILITIES),
            ("region", lexicon.DISTRICTS),
            ("region", lexicon.AREAS),
            ("partner", lexicon.PARTNER_GROUPS),
            ("country", lexicon.COUNTRIES),
            ("demonym", lexicon.DEMONYMS),
            ("segment", lexicon.SEGMENTS),
        ],
        lexicon.SINGULAR_WORDS,
        lexicon.SINGULAR_FOLLOWERS,
    )


class Extractor:
    """Turns text into facts; one instance can read many texts."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()

    # --- whole document ------------------------------------------------------------------
    def extract(
        self,
        raw: str,
        source: str | None = None,
        date: datetime.date | None = None,
        subject: str | None = None,
    ) -> Extraction:
        """Read every fact the text states; what cannot be placed is in ``skipped``.

        ``date`` is the publication date, which relative time ("last year", 今年) is
        counted from; without it the date is read from the text (HTML metadata, a date or
        source line, the dateline).

        ``subject`` is the reporter for a text that names its place only as 我省 / 全省 /
        我市 / 本市 / "our province" (a release on a provincial site): such a text gives no
        facts by itself, since the place is not guessed. It is used only then: a text that
        names its reporter (or a customs district, 合肥海关) keeps its own.

        No error is swallowed here: a figure that cannot become a fact is skipped with its
        reason where it is read, and anything else is a bug that should be seen.
        """
        return self._extract(raw, source, date, subject)

    def _extract(
        self,
        raw: str,
        source: str | None,
        date: datetime.date | None,
        given: str | None = None,
    ) -> Extraction:
        doc = prepare(raw)
        text = doc.text
        zones = find_zones(text, doc.furniture)
        anchor = publication_anchor(raw, text, zones, date)
        year = anchor.year if anchor is not None else None
        published = anchor.date if anchor is not None else None
        anchor_text = str(anchor) if anchor is not None else None
        all_names = _outside_credits(text, self.gazetteer.find(text))
        if not text.isascii():
            # (德州 in "东营和德州": a short city name inside a list of its province's cities)
            extra = listed_cities(text, all_names)
            # ("中国与17国贸易额" in a text on 中东欧17国: the group)
            extra += counted_groups(text, all_names)
            if extra:
                all_names = sorted([*all_names, *extra], key=lambda n: n.start)
        subject = self.subject_of(text, all_names, zones)
        no_subject = "no subject in the text"
        if subject is None:
            local = local_word(text, zones)
            if local is not None and given is not None:
                subject = given  # "我省…" with no place named: the caller says which
            elif local is not None:
                # a release on a provincial or city site: the place is not guessed
                no_subject += f": it names its place only as {local} (give it as the subject)"
        facts: list[Fact] = []
        skipped: list[Skipped] = []
        state = Carried()
        if subject is not None:
            # "The total volume of the bilateral trade in April amounted to $6.59 billion.
            # Chinese exports to Russia ...": the one partner the lead names is what
            # "bilateral trade" before it refers to
            state.other_side = _lead_side(text, all_names, zones, subject)
        previous_names: list[Match] = []
        previous_trade = False
        previous_made = False  # the sentence before gave facts
        cut_period: tuple[Period, ...] = ()  # the period of its last figure
        previous_one_period = False  # all its figures were of one period
        previous_text = ""
        colon_lead = False  # "The trade volume is distributed among:", then its lines
        currency: str | None = None  # the last money figure's (出口6.2万亿 takes it)
        stated: dict[tuple[int, int], int] = {}  # partial years stated with their year
        first_base: tuple[Period, ...] = ()  # the article's first cumulative period
        currencies: set[str] = set()
        starts = [n.start for n in all_names]
        breaks = [m.start() for m in re.finditer("\n", text)]
        tables = find_tables(text, published) if subject is not None else []
        own_sign = reporter_sign(text, subject)  # a bare "$" in an Australian text, "N" for naira
        sign = own_sign
        paragraph = -1
        of_which_before = False  # the sentence before opened with 其中 or went on with its items
        declared: tuple[str, str] | None = None  # "以美元计价，…5220.7亿元": the paragraph's 元
        dollars: bool | None = None  # whether the paragraph writes dollar amounts (once asked)
        for sentence in _zoned(sentences(text), zones):
            zone = zones.kind_at(sentence.start)
            if tables and any(t.start <= sentence.start < t.end for t in tables):
                continue  # a data table's lines: read below, cell by cell
            if zone not in ARTICLE:
                skipped.extend(self._skip_all(sentence, doc, NOT_ARTICLE_REASON[zone]))
                continue
            state.new_paragraph(
                bisect.bisect_left(breaks, sentence.start),
                previous_made
                and (
                    cues.OF_WHICH.match(sentence.text) is not None
                    or cues.THE_OTHERS.match(sentence.text) is not None
                ),
            )
            if state.base and _SECTION.match(sentence.text):
                # "3月份，我省进出口…。从贸易方式看，一般贸易进出口…": a release's section on
                # one dimension is of its cumulative period, as a new paragraph would be
                state.period = state.base
            context_year = state.period[-1].end_year if state.period else year
            end = sentence.start + len(sentence.text)
            first = bisect.bisect_left(starts, sentence.start)
            last = bisect.bisect_left(starts, end)
            names = [
                Match(n.start - sentence.start, n.end - sentence.start, n.name, n.kind)
                for n in all_names[first:last]
                if n.end <= end
            ]
            carried = next(iter(currencies)) if len(currencies) == 1 else None
            at = bisect.bisect_left(breaks, sentence.start)
            if at != paragraph:
                paragraph, declared, dollars = at, None, None
            later = declared
            if "计" in sentence.text and (declares := declared_currency(sentence.text)) is not None:
                code, here = declares
                if code != "CNY" and dollars is None:
                    # (never in a paragraph that writes its own dollar amounts: looked up
                    # once per paragraph)
                    begin = breaks[at - 1] + 1 if at > 0 else 0
                    until = breaks[at] if at < len(breaks) else len(text)
                    dollars = DOLLAR_AMOUNT.search(text, begin, until) is not None
                # (以人民币计 ends it; one after a figure in 元 holds from the next sentence)
                later = ("元", code) if code != "CNY" and not dollars else None
                declared = later if here else declared
            sign = declared or own_sign
            declared = later
            info = analyse(sentence, context_year, names, published, year, carried, currency, sign)
            again = _stated_year(info, stated)
            first_base = first_base or state.base
            if again is None and first_base and context_year != first_base[-1].end_year:
                again = _base_month_again(info, first_base)
            if again is not None and again != context_year:
                # "今年前7个月…" in the lead, a paragraph on 2023, then "前7个月，…": the
                # year-less period is the one the text stated with its year
                info = analyse(sentence, again, names, published, year, carried, currency, sign)
            if (
                published is not None
                and context_year is not None
                and context_year < published.year
                and state.period
                and all(p.start_month == 1 and p.end_month == 12 for p in state.period)
                and _latest_year_to_date(info, context_year, published)
            ):
                # "Last year, ASEAN became China's largest trading partner. Between January
                # and August, China's trade with ASEAN reached ...": after background on
                # whole past years, a year-to-date period written with no year is the
                # latest one, which ended before the article was published; so too after
                # a run of whole years ("From 2000 to 2023, trade grew ... From January to
                # July, trade rose ...")
                info = analyse(
                    sentence, published.year, names, published, year, carried, currency, sign
                )
            # (the currencies of the amounts so far: one alone carries to "rose to 75 bn")
            currencies.update(m.unit.split()[-1] for m in info.mentions if m.kind == "money")
            for p in info.periods:
                if p.kind in _PARTIAL_YEAR and p.periods and "年" in info.text[p.start : p.end]:
                    stated.setdefault(_partial_key(p.periods[0]), p.periods[0].end_year)
            # "The growth rates were 5% and 9%": about the trade of the sentence before
            info.about_trade |= previous_trade and (
                (
                    bool(cues.REFER_BACK_SUBJECT.match(info.text))
                    # (not "This can explain why duty-free sales reached ...", "The growth
                    # was faster than GDP growth of 5.2 percent": another measure the
                    # sentence names itself, before its last figure: not "It was up 12
                    # percent, as higher prices offset lower volumes", a cause)
                    and not (
                        info.text.isascii()
                        and (
                            _EN_OTHER_MEASURE.search(info.text, 0, _last_figure(info))
                            or cues.OTHER_TOPIC.search(info.text, 0, _last_figure(info))
                        )
                    )
                )
                or bool(cues.OF_WHICH.match(info.text))  # "Of the total, 78 percent ..."
                or previous_text.endswith(("；", ";"))
            )
            # "- Kyrgyzstan: $22.7 billion" under a lead on trade that ends with a colon
            labelled = _LABEL_LINE.match(info.text) is not None
            opens = previous_text.endswith(":") and _LEAD_TRADE.search(previous_text) is not None
            if labelled and opens:
                lead_flows = {f for _, _, f in meaning.flow_cues(previous_text)}
                single = lead_flows in ({"exports"}, {"imports"})
                state.list_flow = lead_flows.pop() if single else None
            colon_lead = labelled and (colon_lead or opens)
            info.about_trade |= colon_lead
            if not colon_lead:
                state.list_flow = None
            if previous_trade and not info.about_trade and info.mentions:
                # "怀化、永州、张家界3市增速较快，分别增长…" after a sentence about trade
                named = any(
                    (n.kind == "region" and n.name != subject) or n.kind == "segment"
                    for n in info.names
                )
                partner_first = (
                    bool(info.names)
                    and info.names[0].kind in ("country", "partner")
                    and cues.ZH_PARTNER_OPENING.fullmatch(info.text, 0, info.names[0].start)
                    is not None
                    and cues.ZH_PARTNER_CHANGE_AFTER.match(info.text, info.names[0].end) is not None
                )
                info.about_trade = (
                    (
                        named
                        and (
                            cues.GOES_ON_WITH_GROWTH.search(info.text) is not None
                            or _next_kind_of_firm(info, previous_names)
                            or _english_place_goes_on(info)
                        )
                    )
                    or partner_first
                ) and cues.OTHER_TOPIC.search(info.text) is None
            # "民营企业进出口…，其中，出口…；进口…": a sentence cut at the semicolon of a
            # breakdown into flows that opens with a bare flow word is about the same trade
            cut = state.cut = previous_text.endswith(("；", ";"))
            state.of_which_items = cut and of_which_before
            state.breakdown = cut and bool(
                cues.OPENS_WITH_FLOW.match(info.text)
                and (
                    state.breakdown
                    or cues.BREAKDOWN.search(previous_text)
                    # "Textile: Imports were ...; exports were ...": the label goes on
                    or cues.SEGMENT_LABEL.match(previous_text)
                )
            )
            # (only right after the sentence whose partner it would keep)
            state.goes_on = previous_made and (
                cut or bool(cues.OF_WHICH.match(info.text)) or _parallel(info, previous_names)
            )
            previous_text = info.text.rstrip()
            previous_trade = info.about_trade
            if info.mentions and subject is not None and context_year is not None:
                in_force = state.period
                goes_on = (
                    previous_one_period
                    and not info.text.isascii()
                    and cues.OF_WHICH.match(info.text) is not None
                    and bool(cut_period and in_force)
                    # (not a sentence on last year's figure: the same year's other period)
                    and cut_period[0].end_year == in_force[-1].end_year
                )
                if (cut or goes_on) and cut_period and cut_period != in_force:
                    # ("…7月当月…进出口482.5亿元，同比增长17%，环比增长14.8%。其中，出口321亿元":
                    # a breakdown after a sentence whose figures are all of one period)
                    first = info.mentions[0].start
                    if not any(p.start < first and p.periods for p in info.periods):
                        # "尤其是6月份进出口783.8亿元；进口343.4亿元": the part after "；"
                        # goes on in the period of the last figure before it
                        state.period = cut_period
                made, missed = sentence_facts(
                    info, subject, state, previous_names, doc, source, anchor_text, self.gazetteer
                )
                state.period = in_force
                facts.extend(made)
                skipped.extend(missed)
                partners = {f.partner for f in made if f.measure.trade}
                if made:
                    product_flows = {f.flow for f in made if f.segment}
                    state.product_flow = (
                        product_flows.pop() if product_flows in ({"exports"}, {"imports"}) else None
                    )
                previous_made = bool(made)
                state.made_segments = frozenset(f.segment for f in made if f.segment)
                # (the period most of its figures are of, the last of equals: "8月出口…增长4.4%，
                # 低于7月的升7.2%；进口…" goes on in August, not in the month compared with)
                cut_period = (_main_period(made),) if made and not _attributive(info) else ()
                previous_one_period = len({f.period for f in made}) == 1
                trade_segments = {f.segment for f in made if f.measure.trade}
                if made and not state.opened and zone != "headline":
                    # (the lead's, not a headline's: a headline may pick out one partner)
                    state.opened = True
                    if (
                        len(trade_segments) == 1
                        and info.text.isascii()
                        and all(f.flow is Flow.TOTAL for f in made if f.measure.trade)
                    ):
                        # (the segment's whole trade: "solar panel exports of Anhui rose
                        # ..." leaves a bare "Imports rose ..." after it the reporter's)
                        state.segment_topic = next(iter(trade_segments))
                    if len(partners) == 1 and not info.text.isascii():
                        state.topic = next(iter(partners - {"World"}), None)
                    elif _english_topic(info, state.headline_partners, partners):
                        # "Xiamen's trade value with BRICS up 26.3%" over a lead on that
                        # trade: a story on the trade with that partner
                        state.topic = next(iter(state.headline_partners))
                elif "World" in partners or _another_side(state.topic, partners):
                    # the reporter's trade with the world, or with another partner: no
                    # bilateral story
                    state.topic = None
                if None in trade_segments:
                    state.segment_topic = None  # (figures of the whole trade: the story moved on)
                if made:
                    sides = partners - {"World"}
                    if len(sides) == 1:  # "Trade between the two countries" refers back to it
                        state.other_side = next(iter(sides))
                    state.partner = partners.pop() if len(partners) == 1 else None
                    if colon_lead:
                        state.partner = None  # (one line of a list: not what follows is on)
                    owners = {f.subject for f in made if f.measure.trade}
                    state.owner = owners.pop() if len(owners) == 1 else None
                unnamed = [x for x in missed if x.place is not None]
                final = info.mentions[-1]
                if unnamed and unnamed[-1].text == info.text[final.start : final.end]:
                    # "…；南海区进出口500亿元。其中，出口…": the trader a breakdown goes on
                    # with is the district with no name in the tables (its figures skipped)
                    state.owner = UNKNOWN + (unnamed[-1].place or "")
                    previous_made = True  # (so that the breakdown goes on with it)
            else:
                previous_made = previous_one_period = False
                state.made_segments = frozenset()
                cut_period = ()
            if not previous_made and subject is not None:
                # "Trade between China and Russia grew by nearly a third.": the side that
                # "bilateral trade" in a later sentence refers back to
                side = bilateral_side(info, subject)
                if side is not None:
                    # (and the partner of what follows: "In the first half, they totaled")
                    state.other_side = state.partner = side
                    previous_trade = True  # (a sentence without figures is not analysed)
                elif not info.mentions:
                    # "China has been Africa's top trading partner." in a text on a region
                    pair = named_pair(info, subject)
                    if pair is not None:
                        # (what "bilateral trade" refers back to; China's own pair in a text
                        # on a region is the partner of what follows too)
                        state.other_side = pair[1]
                        if pair[0] != subject:
                            state.partner, state.bilateral_owner = pair[1], pair[0]
                        elif (
                            zone != "headline"
                            and info.text.isascii()
                            # (a region's: "ASEAN remained China's largest trading partner.
                            # China's exports rose ..." are the nation's with the world)
                            and subject in region_names()
                            and _TOP_PARTNER.search(info.text)
                        ):
                            # "Data shows Central Asia as the largest trading partner of
                            # Xinjiang. In 2023, trade turnover surged by 50%": with it
                            state.partner = pair[1]
            elif info.mentions:
                state.bilateral_owner = None
            if not (info.mentions and subject is not None and context_year is not None):
                reason = no_subject if subject is None else "no year in the text"
                skipped.extend(self._skip_all(sentence, doc, reason, info.mentions))
            if state.fresh and not info.mentions and "口" in info.text:
                # "从商品种类看，…商品出口都遇阻。": the flow the paragraph is about (the
                # last named: "与出口低迷形成对比的是，…消费品进口保持较快增长")
                said = [f for _, _, f in meaning.flow_cues(info.text)]
                said = [f for f in said if f in ("exports", "imports")]
                state.paragraph_flow = said[-1] if said else state.paragraph_flow
            if zone == "headline" and subject is not None and not info.text.isascii():
                # (a headline of several lines: one partner in all of them)
                one = _one_partner_zh(info, subject, self.gazetteer)
                known = state.headline_partner_zh
                state.headline_partner_zh = (
                    one if known is None else known if one in (None, known) else None
                )
            if zone == "headline" and info.text.isascii():
                state.headline_partners = frozenset(
                    n.name
                    for n in info.names
                    if n.kind in ("partner", "country")
                    and n.name not in (subject, "China")
                    and not names_currency(n, info.text)  # ("hits record US$6.5 trillion")
                )
            state.after(info.periods, [m.start for m in info.mentions], info.text)
            previous_names = info.names
            money = [m for m in info.mentions if m.kind == "money"]
            currency = money[-1].unit.split()[-1] if money else currency
            state.countries.update((n.name, None) for n in info.names if n.kind == "country")
            if not info.mentions and not info.text.isascii():
                # "欧盟是我国消费品第一大进口来源地…。…双边贸易增长1.6%": the partner a
                # sentence without figures opens with, as what it is to the reporter
                state.topic_partner = next(
                    (
                        n.name
                        for n in info.names
                        if n.kind in ("partner", "country")
                        and n.start <= 1
                        and _ZH_PARTNER_IS.match(info.text, n.end)
                    ),
                    state.topic_partner,
                )
            listed = listed_partners(info, subject) if subject is not None else None
            state.listed, state.listed_members = listed or (None, frozenset())
            # the group "those countries" refer to; a later list of countries that are not
            # all its members is a newer referent, which no single partner name stands for
            countries = {n.name for n in info.names if n.kind == "country" and n.name != subject}
            if state.group and len(countries) > 1:
                members = places.members(state.group)
                if not countries <= members:
                    state.group = None
            state.group = next(
                (n.name for n in reversed(info.names) if n.kind == "partner"), state.group
            )
            flows = tuple(dict.fromkeys(f for _, _, f in info.flows if f != "deficit"))
            if not flows and state.goes_on and cues.IT_GOES_ON.search(info.text):
                flows = state.flows  # ("...; in March it increased 7.2%": the same flow)
            of_which = bool(cues.OF_WHICH.match(info.text)) or state.of_which_items
            if not flows and state.goes_on and of_which:
                # ("出口机电产品…。其中，集成电路…；汽车…": the parts keep the flow of the whole,
                # and so do English ones: "Of this, garments accounted for ...; shoes ...")
                flows = state.flows
            of_which_before = of_which
            state.flows = flows
        headline = text.find("\n", len(text) - len(text.lstrip()))
        # (the headline zone when the text opens with metadata: " date 2019-03-08\n...")
        heads = [z.end for z in zones.zones if z.kind == "headline"]
        headline = heads[0] if heads else headline
        headline_end = doc.span(0, headline)[1] if headline > 0 else 0
        facts = without_rounded_headlines(unify_segments(facts, headline_end), headline_end)
        facts = headline_year_so_far(facts, headline_end, published)
        if tables and subject is not None:
            facts.extend(table_facts(tables, facts, subject, doc, source, anchor_text))
        if subject == "China" and not text.isascii():
            facts = _national_areas_as_segments(facts)
        zone_name = _zone_of(text, zones, all_names, subject)
        if zone_name is not None:
            # "成都高新综合保税区蝉联…" heading the story: the zone is its reporter, and the
            # figures the text gives for the zone (named, or "该保税区") are the zone's own
            facts = [
                attrs.evolve(f, subject=zone_name, segment=None)
                if f.subject == subject and f.segment in (zone_name, *_ZONE_SEGMENTS)
                else f
                for f in facts
            ]
            subject = zone_name
        port = _port_of(text, zones, all_names, subject)
        if port is not None:
            # "今年前5个月天津口岸外贸进出口…", "trade value via Erenhot Port": the customs
            # port's own trade (goods cleared there), not the city's
            facts = [attrs.evolve(f, subject=port) if f.subject == subject else f for f in facts]
            subject = port
        return Extraction(FactSet(unique(facts)), tuple(skipped), subject, year, anchor)

    @staticmethod
    def _skip_all(
        sentence: Sentence, doc: Document, reason: str, mentions: list[Mention] | None = None
    ) -> list[Skipped]:
        """Every figure of a sentence, skipped for one reason."""
        if mentions is None:
            if _DIGIT.search(sentence.text) is None:
                return []
            mentions = find_mentions(sentence.text)
        return [
            Skipped(
                *doc.span(sentence.start + m.start, sentence.start + m.end),
                sentence.text[m.start : m.end],
                reason,
            )
            for m in mentions
        ]

    def subject_of(
        self, text: str, names: list[Match] | None = None, zones: Zones | None = None
    ) -> str | None:
        """The reporting economy, from the headline and lead (see :func:`choose_subject`)."""
        if names is None:
            names = self.gazetteer.find(text)
        if zones is None:
            zones = find_zones(text)
        return choose_subject(text, names, zones)


@functools.cache
def default_extractor() -> Extractor:
    """The extractor :func:`extract` uses, built once (its name tables take a moment)."""
    return Extractor()


def extract(
    text: str,
    source: str | None = None,
    date: datetime.date | None = None,
    subject: str | None = None,
) -> Extraction:
    """Read the facts of one text (plain text or HTML, English or Chinese).

    ``date`` is the publication date relative time is counted from; without it the date is
    read from the text (HTML metadata, a date or source line, the dateline). ``subject`` is
    the reporter of a text that says only 我省 / 全市 / "our province" (see
    :meth:`Extractor.extract`).
    """
    return default_extractor().extract(text, source, date, subject)


def _zoned(found: Iterable[Sentence], zones: Zones) -> Iterator[Sentence]:
    """Sentences cut where a zone starts inside one.

    " date 2021-01-27 XI'AN – Shaanxi's foreign trade grew ...": a date line and the lead on
    one line are one sentence to the splitter, but only the date is furniture.
    """
    for sentence in found:
        end = sentence.start + len(sentence.text)
        at = sentence.start
        cuts = list(zones.starts_within(sentence.start, end))
        if zones.kind_at(sentence.start) == "headline" and not sentence.text.isascii():
            cuts = sorted({*cuts, *_headline_phrases(sentence)})
        for cut in cuts:
            piece = sentence.text[at - sentence.start : cut - sentence.start]
            if piece.strip():
                yield Sentence(piece, at)
            at = cut
        if at == sentence.start:
            yield sentence
        elif sentence.text[at - sentence.start :].strip():
            yield Sentence(sentence.text[at - sentence.start :], at)


# A space between two phrases of a Chinese headline: "义乌上半年进出口同比增逾2成 6月市场采购
# 出口创历史新高" is two headlines in one line, and the second's month is not the first's.
_HEADLINE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff%])[ \u3000]+(?=[\u4e00-\u9fff\d])")


def _headline_phrases(sentence: Sentence) -> Iterator[int]:
    """Where a Chinese headline line starts a new phrase after one that states a figure.

    Only after a phrase holding a digit: "山东 前11月进出口增长5%" keeps its place name.
    """
    figure = False  # the phrase so far holds a digit (each character looked at once)
    at = 0
    for m in _HEADLINE_SPACE.finditer(sentence.text):
        figure = figure or any(c.isdigit() for c in sentence.text[at : m.start()])
        at = m.end()
        if figure:
            yield sentence.start + m.end()
            figure = False
