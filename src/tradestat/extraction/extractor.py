"""Read trade facts out of news articles and customs releases, English or Chinese.

First the document: its zones (:mod:`zones`: headline, lead and body are read; captions,
credits, source lines, notes and link lists are not), its publication date and subject
(:mod:`context`). Then the extractor works sentence by sentence. In each sentence it finds
the figures (money, percent, percentage points, counts), the period expressions, the names
of partners and segments, and the words that say which flow and which measure a figure is.
Each figure is then given the nearest fitting context; "respectively" pairs lists of names
with lists of figures. Context carries between sentences the way news writing does: the
cumulative period, a single month for the rest of its paragraph, the partner of the lead
figure while the region is not named again, and "their" for the enterprises the last
sentence was about. A figure whose meaning is unclear is left out and reported as skipped,
never guessed.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from tradestat.errors import TradestatError
from tradestat.extraction import lexicon
from tradestat.extraction.context import Anchor, choose_subject, publication_anchor
from tradestat.extraction.dates import PeriodMention, find_periods
from tradestat.extraction.gazetteer import Gazetteer, Match
from tradestat.extraction.numbers import Mention, find_mentions
from tradestat.extraction.text import (
    Document,
    Sentence,
    clause_bounds,
    prepare,
    sentences,
)
from tradestat.extraction.zones import ARTICLE, NOT_ARTICLE_REASON, Zones, find_zones
from tradestat.figures import Figure
from tradestat.models import Fact, FactSet, Provenance
from tradestat.periods import Period

__all__ = ["Extractor", "Extraction", "Skipped", "extract"]


@attrs.frozen
class Skipped:
    """A figure the extractor saw but did not turn into a fact, and why."""

    start: int
    end: int
    text: str
    reason: str


@attrs.frozen
class Extraction:
    """The facts read from one text, the figures skipped, and the document's subject."""

    facts: FactSet
    skipped: tuple[Skipped, ...]
    subject: str | None
    year: int | None
    anchor: Anchor | None = None  # the publication date relative time was counted from


def _cues(pairs: Iterable[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in pairs), re.I)


_FLOW_WORDS = re.compile(
    r"\bimport(?:s|ed|ing)?\b|\bexport(?:s|ed|ing)?\b|\btrade\b|\bturnover\b|\bsurplus\b"
    r"|\bdeficit\b|进出口|外贸|贸易总额|贸易额|贸易总值|逆差|顺差|出口|进口",
    re.I,
)
_BOTH_WAYS = re.compile(r"\s+(?:(?:from|to)\s+)?(?:\w+\s+){0,3}?and\s+(import|export)", re.I)
_FLOW_OF_WORD = {
    "trade": "total",
    "turnover": "total",
    "surplus": "balance",
    "deficit": "deficit",
    "进出口": "total",
    "外贸": "total",
    "贸易总额": "total",
    "贸易额": "total",
    "贸易总值": "total",
    "逆差": "deficit",
    "顺差": "balance",
    "出口": "exports",
    "进口": "imports",
}


def _flow_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, flow) for each flow word; "imports and exports" is one total cue."""
    cues: list[tuple[int, int, str]] = []
    skip_until = -1
    for m in _FLOW_WORDS.finditer(text):
        if m.start() < skip_until:
            continue
        word = m.group(0).lower()
        if word.startswith(("import", "export")):
            both = _BOTH_WAYS.match(text, m.end())
            if both is not None and both.group(1).lower() != word[:6]:
                cues.append((m.start(), both.end(), "total"))
                skip_until = both.end()
                continue
            flow = "imports" if word.startswith("import") else "exports"
        else:
            flow = _FLOW_OF_WORD[word]
        cues.append((m.start(), m.end(), flow))
    return cues


_TRADE_CONTEXT = re.compile(
    r"\btrad\w*|\bexport|\bimport|\bturnover\b|\bsurplus\b|\bdeficit\b|贸易|进出口|出口|进口|外贸|顺差|逆差",
    re.I,
)
_GDP = re.compile(r"\bGDP\b|gross domestic product|地区生产总值|国内生产总值|生产总值", re.I)
_TARGET = re.compile(r"\btarget\b|目标", re.I)
_SHARE_BEFORE = re.compile(
    r"(?:account(?:ed|ing|s)?\s+for|made\s+up|mak(?:e|es|ing)\s+up|t(?:ook|aking|akes?)\s+up|"
    r"represent(?:ed|ing|s)?|share\s+(?:of|was|stood\s+at|reached|rose\s+to)|proportion\s+(?:of|was)|"
    r"\bor|占比|比重为?|占[^，,。；]{0,20}?的|占)\s*(?:about|approximately|nearly|around|more\s+than|over|less\s+than|约|近|超过)?\s*$",
    re.I,
)
_SHARE_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+'s\s+)?(?:total|overall|foreign|all|entire|whole|combined)",
    re.I,
)
_MOM = re.compile(r"month[\s-]on[\s-]month|from\s+(?:the\s+)?previous\s+month|环比", re.I)
_UP = (
    r"\bup\b|\brose\b|\brise\b|\brising\b|\bgrew\b|\bgrow(?:s|ing|th)?\b|\bincreas\w*|\bexpand\w*"
    r"|\bsurg\w*|\bjump\w*|\bclimb\w*|\bgain\w*|\bhigher\b|\bboost\w*|增长|增加|上升|提高|增"
)
_DOWN = (
    r"\bdown\b|\bfell\b|\bfall(?:s|ing)?\b|\bdeclin\w*|\bdecreas\w*|\bdrop\w*|\bslid\w*|\bslump\w*"
    r"|\bcontract\w*|\bshr[aiu]nk\w*|\blower\b|下降|减少|回落|下滑|下跌"
)
_GROWTH = _cues([("down", _DOWN), ("up", _UP)])
_YOY = re.compile(
    r"year[\s-]on[\s-]year|\byoy\b|\bannual(?:ly)?\b|from\s+a\s+year\s+(?:earlier|ago)|同比", re.I
)
_GAP = re.compile(
    r"outpac\w*|faster\s+than|higher\s+than|above|ahead\s+of|exceed\w*|outperform\w*|高于|快于|超过|领先",
    re.I,
)
_NATIONAL = re.compile(
    r"\bnational\b|\bnationwide\b|the\s+country'?s?|China's|\bChina\b|全国|全国平均", re.I
)
_LIST_OF = re.compile(r"\b(?:exports?|imports?|sales|shipments)\s+of\s+", re.I)
_LIST_STOP = re.compile(
    r"\b(?:increas\w*|rose|grew|grow\w*|rise|up|down|fell|declin\w*|decreas\w*|surg\w*|jump\w*|climb\w*|"
    r"expand\w*|reach\w*|total\w*|amount\w*|was|were|are|is|hit|stood|accounted|account\w*|saw|posted|"
    r"registered|recorded|to|from|with|in|by)\b|\d|[;(]",
    re.I,
)
# After a period that opens a sentence without figures, what makes it the topic of what
# follows: a comma ("In May, ...", "同期，"), maybe after "alone" / 当月 / 份.
_TOPIC_END = re.compile(r"\s*(?:alone|当月|份)?\s*[,，:：]")
#: How far into a sentence a period may start and still open it.
_OPENING = 40
_THEIR = re.compile(r"\b[Tt]heir\b")
_DIGIT = re.compile(r"\d")
# Whose trade a clause is about, when it says so: "China's foreign trade", "the country's
# exports", "national imports", "全国进出口". "Northwest China's Xinjiang ..." does not match:
# a trade word must follow the possessive within three words.
_OWNER = re.compile(
    r"(?:\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})|\b((?i:the\s+country|the\s+nation)))['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:trade|exports?|imports?|GDP|economy)\b"
    r"|\b((?i:national|nationwide))\s+(?:foreign\s+|total\s+)*(?:trade|exports?|imports?)\b"
    r"|(全国)(?:外贸|进出口|货物贸易|出口|进口)"
)
# The subject's own trade named again after another economy's in the same sentence.
_OWN_AGAIN = re.compile(
    r"\b(?:the\s+(?:province|city|region|municipality)|its)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trade|exports?|imports?|import\s+(?:&|and)\s+export)|我省|全省|我市|全市|我区|全区",
    re.I,
)
# A Chinese place name followed by a trade word owns the figure: "拉萨市外贸进出口13.77亿元".
_ZH_REGION_TRADE = re.compile(
    r"(?:市|省|自治区|地区|州)?(?:的)?(?:外贸|货物贸易|对外贸易)?(?:进出口|出口|进口)"
)
# ... unless it is the partner: "对香港出口", "自澳门进口", "与台湾贸易".
_ZH_PARTNER_BEFORE = re.compile(r"[对自与向和同从经及、]")
_REGION_WORDS = re.compile("|".join(re.escape(w) for w in lexicon.REGION_WORDS))
_PARTS = re.compile(r",\s+(?:while|whereas)\s|;|；")


def default_gazetteer() -> Gazetteer:
    """Places, partner groups and segments from :mod:`tradestat.extraction.lexicon`."""
    return Gazetteer(
        [
            ("region", lexicon.REGIONS),
            ("partner", lexicon.PARTNER_GROUPS),
            ("country", lexicon.COUNTRIES),
            ("demonym", lexicon.DEMONYMS),
            ("segment", lexicon.SEGMENTS),
        ]
    )


@attrs.define
class _State:
    """What carries over from one sentence to the next.

    ``base`` is the cumulative period of the article (the lead's, or a later "In the first
    five months ..."); it holds until another cumulative period opens a sentence.
    ``period`` is the period in force: a single month that opens a sentence ("In May, ...",
    "5月当月") holds for the rest of its paragraph only, then the base is in force again.
    """

    base: tuple[Period, ...] = ()
    period: tuple[Period, ...] = ()
    paragraph: int = 0
    partner: str | None = None
    segment: str | None = None

    def new_paragraph(self, paragraph: int) -> None:
        if paragraph != self.paragraph:
            self.paragraph = paragraph
            self.period = self.base


@attrs.define
class _Sentence:
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


class Extractor:
    """Turns text into facts; one instance can read many texts."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()

    # --- whole document ------------------------------------------------------------------
    def extract(
        self, raw: str, source: str | None = None, date: datetime.date | None = None
    ) -> Extraction:
        """Read every fact the text states; what cannot be placed is in ``skipped``.

        ``date`` is the publication date, which relative time ("last year", 今年) is
        counted from; without it the date is read from the text (HTML metadata, a date or
        source line, the dateline).

        No error is swallowed here: a figure that cannot become a fact is skipped with its
        reason where it is read, and anything else is a bug that should be seen.
        """
        return self._extract(raw, source, date)

    def _extract(self, raw: str, source: str | None, date: datetime.date | None) -> Extraction:
        doc = prepare(raw)
        text = doc.text
        zones = find_zones(text, doc.furniture)
        anchor = publication_anchor(raw, text, zones, date)
        year = anchor.year if anchor is not None else None
        published = anchor.date if anchor is not None else None
        anchor_text = str(anchor) if anchor is not None else None
        all_names = self.gazetteer.find(text)
        subject = self.subject_of(text, all_names, zones)
        facts: list[Fact] = []
        skipped: list[Skipped] = []
        state = _State()
        previous_names: list[Match] = []
        starts = [n.start for n in all_names]
        breaks = [m.start() for m in re.finditer("\n", text)]
        for sentence in sentences(text):
            zone = zones.kind_at(sentence.start)
            if zone not in ARTICLE:
                skipped.extend(self._skip_all(sentence, doc, NOT_ARTICLE_REASON[zone]))
                continue
            state.new_paragraph(bisect.bisect_left(breaks, sentence.start))
            context_year = state.period[-1].end_year if state.period else year
            end = sentence.start + len(sentence.text)
            first = bisect.bisect_left(starts, sentence.start)
            last = bisect.bisect_left(starts, end)
            names = [
                Match(n.start - sentence.start, n.end - sentence.start, n.name, n.kind)
                for n in all_names[first:last]
                if n.end <= end
            ]
            info = self._analyse(sentence, context_year, names, published)
            if info.mentions and subject is not None and context_year is not None:
                made, missed = self._sentence_facts(
                    info, subject, state, previous_names, doc, source, anchor_text
                )
                facts.extend(made)
                skipped.extend(missed)
                partners = {f.partner for f in made if f.measure.trade}
                if made:
                    state.partner = partners.pop() if len(partners) == 1 else None
            else:
                reason = "no subject in the text" if subject is None else "no year in the text"
                skipped.extend(self._skip_all(sentence, doc, reason, info.mentions))
            self._update_period(info, state)
            previous_names = info.names
        return Extraction(FactSet(_unique(facts)), tuple(skipped), subject, year, anchor)

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

    @staticmethod
    def _update_period(info: _Sentence, state: _State) -> None:
        """The period in force after this sentence.

        The first period of the first sentence with figures is the article's base. Later, a
        period that opens a sentence ("In May, ...", "前5个月，...") is in force from there:
        a cumulative period (January to some month, or a year) until another one opens a
        sentence; any other (a month, "the second quarter") for the rest of its paragraph.
        同期 / "during the period" opening a sentence returns to the base.
        """
        dated = [p for p in info.periods if p.periods and p.kind != "base_year"]
        if not state.base:
            if dated and info.mentions:
                state.base = state.period = dated[0].periods
            return
        found = [p for p in info.periods if p.kind != "base_year"]
        if not found:
            return
        first = found[0]
        # it opens the sentence: near its start and before every figure ("In May, ...",
        # "据海关统计，5月份，...", "According to customs data, in the first half, ...")
        if first.start > _OPENING or any(m.start < first.start for m in info.mentions):
            return
        if not info.mentions and not _TOPIC_END.match(info.text, first.end):
            return  # "今年是…周年": a period named in passing, not set for what follows
        if not first.periods:  # "During the period", 同期
            state.period = state.base
        elif not all(p.is_year_to_date and p.n_months > 1 for p in first.periods) and any(
            b.n_months > 1 for b in state.base
        ):
            state.period = first.periods  # a month, "the second quarter": this paragraph
        else:
            state.base = state.period = first.periods

    def subject_of(
        self, text: str, names: list[Match] | None = None, zones: Zones | None = None
    ) -> str | None:
        """The reporting economy, from the headline and lead (see :func:`choose_subject`)."""
        if names is None:
            names = self.gazetteer.find(text)
        if zones is None:
            zones = find_zones(text)
        return choose_subject(text, names, zones)

    # --- one sentence ----------------------------------------------------------------------
    def _analyse(
        self,
        sentence: Sentence,
        year: int | None,
        names: list[Match],
        published: datetime.date | None = None,
    ) -> _Sentence:
        text = sentence.text
        if _DIGIT.search(text) is None:
            # no figure and no dated period: only names matter ("their" in the next one)
            whole = [(0, len(text))]
            return _Sentence(text, sentence.start, [], [], names, [], whole, whole)
        mentions = find_mentions(text)
        periods = find_periods(text, year, published) if year is not None else []
        if not mentions:  # only the period in force and the names matter for what follows
            return _Sentence(text, sentence.start, [], periods, names, [], clause_bounds(text), [])
        names = sorted(names + _listed_segments(text), key=lambda m: m.start)
        flows = _flow_cues(text)
        parts = []
        start = 0
        for m in _PARTS.finditer(text):
            parts.append((start, m.start()))
            start = m.end()
        parts.append((start, len(text)))
        return _Sentence(
            text,
            sentence.start,
            mentions,
            periods,
            names,
            flows,
            clause_bounds(text),
            parts,
            _TRADE_CONTEXT.search(text) is not None,
        )

    def _sentence_facts(
        self,
        s: _Sentence,
        subject: str,
        state: _State,
        previous_names: list[Match],
        doc: Document,
        source: str | None,
        anchor: str | None = None,
    ) -> tuple[list[Fact], list[Skipped]]:
        facts: list[Fact] = []
        skipped: list[Skipped] = []
        partners = [n for n in s.names if self._is_partner(n, s.text, subject)]
        segments = [n for n in s.names if n.kind == "segment"]
        for their in _THEIR.finditer(s.text):
            earlier = [n for n in previous_names if n.kind == "segment"]
            if earlier:
                segments.append(Match(their.start(), their.end(), earlier[0].name, "segment"))
        segments.sort(key=lambda n: n.start)
        names_subject = self._mentions_subject(s, subject)
        inherit = state.partner if not names_subject and not segments else None
        measured = [(m, self._measure(m, s)) for m in s.mentions]
        paired_partner = self._respectively(s, measured, partners)
        paired_segment = self._respectively(s, measured, segments)
        for m, (measure, sign, benchmark, reason) in measured:
            span = doc.span(s.start + m.start, s.start + m.end)
            if measure is None:
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            clause = self._clause(s, m.start)
            part = self._part(s, m.start)
            partner = paired_partner.get(m) or self._nearest(partners, m, clause, part)
            if partner is None:
                partner = inherit or "World"
            segment = paired_segment.get(m) or self._nearest(segments, m, clause, part)
            owner = subject if measure == "growth_gap" else self._owner(s, m, clause, subject)
            flow = (
                None if measure in ("gdp", "gdp_growth_target") else self._flow(s, m, measure, part)
            )
            if flow == "deficit":
                flow, sign = "balance", -1
            periods = self._period(s, m, clause, state)
            if not periods:
                skipped.append(Skipped(*span, s.text[m.start : m.end], "no period for this figure"))
                continue
            if measure.endswith("growth") and self._other_base(s, periods):
                reason = "growth compared with a named year, not the year before"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            digits = m.digits if sign > 0 else f"-{m.digits}"
            qstart, qend = clause
            quote = s.text[qstart:qend].strip(" ,.;:()，。；")
            qspan = doc.span(s.start + qstart, s.start + qend)
            for period in periods:
                try:
                    facts.append(
                        Fact(
                            subject=owner,
                            period=period,
                            flow=flow,
                            measure=measure,
                            figure=Figure(digits, m.unit, m.qualifier),
                            partner=partner,
                            segment=segment,
                            benchmark=benchmark,
                            provenance=Provenance(source, quote, qspan, anchor=anchor),
                        )
                    )
                except TradestatError as exc:
                    skipped.append(Skipped(*span, s.text[m.start : m.end], str(exc)))
        return facts, skipped

    # --- pieces of meaning -----------------------------------------------------------------
    def _measure(self, m: Mention, s: _Sentence) -> tuple[str | None, int, str | None, str]:
        """(measure, sign, benchmark, reason-if-none) for one figure."""
        c0, c1 = self._clause(s, m.start)
        p0, _ = self._part(s, m.start)
        before = s.text[max(c0, m.start - 80) : m.start]
        wide_before = s.text[max(p0, m.start - 120) : m.start]
        after = s.text[m.end : c1]
        if m.kind == "money":
            if _GDP.search(wide_before[-40:]) or _GDP.search(before):
                return "gdp", 1, None, ""
            if not s.about_trade:
                return None, 1, None, "an amount of money not said to be trade"
            return "value", 1, None, ""
        if m.kind == "count":
            if s.about_trade or "partner" in s.text.lower():
                return "partner_count", 1, None, ""
            return None, 1, None, "a count not said to be of trading partners"
        if m.kind == "points":
            if _GAP.search(wide_before) and _NATIONAL.search(s.text):
                return "growth_gap", 1, "China", ""
            return None, 1, None, "a change in percentage points (not a fact of the schema)"
        # percent
        if _TARGET.search(wide_before) and _GDP.search(wide_before):
            return "gdp_growth_target", 1, None, ""
        if _SHARE_BEFORE.search(before) or _SHARE_AFTER.match(after):
            return "share", 1, None, ""
        if not s.about_trade:
            return None, 1, None, "a percentage not said to be about trade"
        sign = self._sign(s.text, m, p0, c1)
        if sign == 0:
            return None, 1, None, "a percentage with no growth, share or gap wording"
        if _MOM.search(s.text[p0:c1]):
            return "mom_growth", sign, None, ""
        return "yoy_growth", sign, None, ""

    @staticmethod
    def _sign(text: str, m: Mention, start: int, end: int) -> int:
        """+1 or -1 from the nearest growth word before (else after) the figure; 0 if none."""
        before = list(_GROWTH.finditer(text, start, m.start))
        if before:
            return -1 if before[-1].lastgroup == "down" else 1
        following = _GROWTH.search(text, m.end, min(end, m.end + 40))
        if following:
            return -1 if following.lastgroup == "down" else 1
        if _YOY.search(text, start, end):
            return 1
        return 0

    @staticmethod
    def _owner(s: _Sentence, m: Mention, clause: tuple[int, int], subject: str) -> str:
        """The economy a figure is about: the subject, unless its clause names another's trade.

        A bracketed conversion has the owner of the clause before it. A national owner
        ("the national import value ... increased 1.1%, while the import
        value fell 0.5%") holds for the rest of the sentence until the subject's own trade
        is named again ("the province's", "its", 全省). A region written right before a
        trade word ("日喀则市进出口9.07亿元，增长22.2%") owns the figures after it in the
        sentence (Chinese sentences end at 。 and ；).
        """
        national = "China" if subject in lexicon.REGIONS.values() else subject
        owner = subject
        if clause[0] > 0 and s.text[clause[0] - 1] in "(（":
            # a conversion in brackets belongs to the clause it follows
            clause = (Extractor._clause(s, max(0, clause[0] - 2))[0], clause[1])
        marks: list[tuple[int, str]] = []
        for found in _OWNER.finditer(s.text, 0, m.start):
            if found.group(2) or found.group(3) or found.group(4):
                marks.append((found.start(), national))
            elif found.start() >= clause[0]:
                named = [n for n in s.names if n.start >= found.start(1) and n.end <= found.end(1)]
                if named and named[-1].kind in ("country", "region"):
                    marks.append((found.start(), named[-1].name))
        for found in _OWN_AGAIN.finditer(s.text, 0, m.start):
            marks.append((found.start(), subject))
        marks.extend(
            (n.start, n.name)
            for n in s.names
            if n.kind == "region"
            and n.end <= m.start
            and _ZH_REGION_TRADE.match(s.text, n.end)
            and not _ZH_PARTNER_BEFORE.match(s.text, max(0, n.start - 1), n.start)
        )
        if marks:
            owner = max(marks)[1]
        return owner

    @staticmethod
    def _flow(s: _Sentence, m: Mention, measure: str, part: tuple[int, int]) -> str:
        if measure == "share":
            # the flow of the total it is a share of ("占出口总额的", "of total exports")
            after = s.text[m.end : m.end + 60]
            before = s.text[max(part[0], m.start - 20) : m.start]
            for text in (before if "占" in before else "", after if "of" in after[:6] else ""):
                found = [flow for _, _, flow in _flow_cues(text) if flow in ("exports", "imports")]
                if found:
                    return found[0]
        earlier = [f for f in s.flows if f[1] <= m.start and f[0] >= part[0]]
        if earlier:
            return earlier[-1][2]
        later = [f for f in s.flows if f[0] >= m.end and f[1] <= part[1]]
        if later:
            return later[0][2]
        return "total"

    @staticmethod
    def _period(
        s: _Sentence, m: Mention, clause: tuple[int, int], state: _State
    ) -> tuple[Period, ...]:
        """The period of a figure.

        The nearest period in its clause, else the last one before it in the sentence, else
        the first after it, else the period in force. "During the same period" / 同期 is
        the cumulative base.
        """
        periods = [p for p in s.periods if p.kind != "base_year"]
        inside = [p for p in periods if clause[0] <= p.start and p.end <= clause[1]]
        if inside:
            best = min(inside, key=lambda p: abs((p.start + p.end) / 2 - (m.start + m.end) / 2))
            return best.periods or state.base or state.period
        earlier = [p for p in periods if p.end <= m.start]
        if earlier:
            return earlier[-1].periods or state.base or state.period
        later = [p for p in periods if p.start >= m.end]
        if later:
            return later[0].periods or state.base or state.period
        return state.period

    @staticmethod
    def _other_base(s: _Sentence, periods: tuple[Period, ...]) -> bool:
        """Whether the sentence compares with a named year other than the year before.

        "与2019年同期相比" in a 2021 article is a two-year comparison, not a year-on-year
        growth; "from the same period of 2022" for a 2023 figure is one.
        """
        named = {p.periods[0].start_year for p in s.periods if p.kind == "base_year"}
        return any(year != period.start_year - 1 for year in named for period in periods)

    def _is_partner(self, n: Match, text: str, subject: str) -> bool:
        if n.kind in ("partner", "demonym"):
            return n.kind == "partner" or text[n.end : n.end + 9].lower().startswith(" partner")
        if n.kind != "country" or n.name == subject:
            return False
        if n.name == "China":
            return bool(re.search(r"(?:with|to|from|and)\s+$", text[max(0, n.start - 6) : n.start]))
        following = text[n.end : n.end + 8].lower()
        return not following.startswith(("'s", "’s", " dollar", "-dollar", "$"))

    @staticmethod
    def _mentions_subject(s: _Sentence, subject: str) -> bool:
        """Whether the sentence names the reporting region itself (not as a share's total)."""
        places = [(n.start, n.end) for n in s.names if n.kind == "region" and n.name == subject]
        low = s.text.lower()
        places.extend(m.span() for m in _REGION_WORDS.finditer(low))
        for start, _ in places:
            before = low[max(0, start - 8) : start]
            if not re.search(r"\bof\s+(?:the\s+)?$|占.{0,3}$", before):
                return True
        return False

    @staticmethod
    def _clause(s: _Sentence, pos: int) -> tuple[int, int]:
        return _containing(s.clauses, pos, len(s.text))

    @staticmethod
    def _part(s: _Sentence, pos: int) -> tuple[int, int]:
        return _containing(s.parts, pos, len(s.text))

    @staticmethod
    def _nearest(
        names: Sequence[Match], m: Mention, clause: tuple[int, int], part: tuple[int, int]
    ) -> str | None:
        before = [n for n in names if part[0] <= n.start and n.end <= m.start]
        if before:
            return before[-1].name
        after = [n for n in names if m.end <= n.start and n.end <= clause[1]]
        return after[0].name if after else None

    def _respectively(
        self,
        s: _Sentence,
        measured: list[tuple[Mention, tuple[str | None, int, str | None, str]]],
        names: list[Match],
    ) -> dict[Mention, str]:
        """Pair "A, B and C ... x, y and z, respectively" in each part of the sentence."""
        pairs: dict[Mention, str] = {}
        for p0, p1 in s.parts:
            if "respectively" not in s.text[p0:p1].lower() and "分别" not in s.text[p0:p1]:
                continue
            figures = [
                (m, meaning[0]) for m, meaning in measured if p0 <= m.start < p1 and meaning[0]
            ]
            by_measure: dict[str, list[Mention]] = {}
            for m, measure in figures:
                by_measure.setdefault(measure or "", []).append(m)
            for group in by_measure.values():
                listed = [n for n in names if p0 <= n.start and n.end <= group[0].start]
                distinct = list(dict.fromkeys(n.name for n in listed))
                if len(group) > 1 and len(distinct) == len(group):
                    pairs.update(zip(group, distinct, strict=True))
        return pairs


def _containing(bounds: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    """The (start, end) among sorted, disjoint ``bounds`` that holds ``pos`` (binary search)."""
    i = bisect.bisect_right(bounds, (pos, length + 1)) - 1
    if i >= 0 and bounds[i][0] <= pos <= bounds[i][1]:
        return bounds[i]
    return (0, length)


def _listed_segments(text: str) -> list[Match]:
    """Segments named in a list: "exports of agricultural products, steel and coal"."""
    found = []
    for m in _LIST_OF.finditer(text):
        stop = _LIST_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        chunk = text[m.end() : end]
        pos = m.end()
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", chunk):
            start = text.find(item, pos)
            pos = start + len(item)
            name = item.strip().lower().removeprefix("the ")
            words = name.split()
            if not 1 <= len(words) <= 5 or not name[:1].isalpha():
                continue
            canonical = lexicon.SEGMENTS.get(name, name)
            if canonical.lower() in lexicon.COUNTRIES or canonical.lower() in lexicon.REGIONS:
                continue
            found.append(Match(start, start + len(item.rstrip()), canonical, "segment"))
    return found


def _unique(facts: list[Fact]) -> list[Fact]:
    """Drop repeats of the same statement (headlines repeat the lead)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for f in facts:
        key = (*f.key, f.figure)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


@functools.cache
def default_extractor() -> Extractor:
    """The extractor :func:`extract` uses, built once (its name tables take a moment)."""
    return Extractor()


def extract(text: str, source: str | None = None, date: datetime.date | None = None) -> Extraction:
    """Read the facts of one text (plain text or HTML, English or Chinese).

    ``date`` is the publication date relative time is counted from; without it the date is
    read from the text (HTML metadata, a date or source line, the dateline).
    """
    return default_extractor().extract(text, source, date)
