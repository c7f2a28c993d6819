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
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import attrs

from tradestat import places
from tradestat.errors import TradestatError
from tradestat.extraction import cues, lexicon, meaning
from tradestat.extraction.analysis import (
    CONTINUES,
    UNKNOWN,
    Analysed,
    analyse,
    containing,
)
from tradestat.extraction.context import (
    Anchor,
    Carried,
    choose_subject,
    publication_anchor,
    unnamed_local,
)
from tradestat.extraction.gazetteer import Gazetteer, Match
from tradestat.extraction.lists import (
    Meaning,
    figure_runs,
    flow_lists,
    last_name_run,
    list_measures,
    listed_economies,
    period_parts,
    position,
    written_list,
)
from tradestat.extraction.numbers import Mention, find_mentions
from tradestat.extraction.text import (
    Document,
    Sentence,
    prepare,
    sentences,
)
from tradestat.extraction.zones import ARTICLE, NOT_ARTICLE_REASON, Zones, find_zones
from tradestat.figures import Figure
from tradestat.models import MEASURES, Fact, FactSet, Flow, Provenance
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


_GDP = re.compile(r"\bGDP\b|gross domestic product|地区生产总值|国内生产总值|生产总值", re.I)
_TARGET = re.compile(r"\btargets?\b|\bgoals?\b|目标", re.I)
# (a word of each of these is in every match: see cues.NEEDS)
_NEEDS = {
    **cues.NEEDS,
    _GDP: ("gdp", "gross", "生产总值"),
    _TARGET: ("target", "goal", "目标"),
}
_SHARE_BEFORE = re.compile(
    r"(?:account(?:ed|ing|s)?\s+for|made\s+up|mak(?:e|es|ing)\s+up|t(?:ook|aking|akes?)\s+up|"
    r"represent(?:ed|ing|s)?|share\s+(?:of|was|stood\s+at|reached|rose\s+to)|proportion\s+(?:of|was)|"
    r"\bor|占比|比重为?|占[^，,。；]{0,20}?的|占)\s*(?:about|approximately|nearly|around|more\s+than|over|less\s+than|约|近|超过)?\s*$",
    re.I,
)
_SHARE_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+'s\s+)?(?:total|overall|foreign|all|entire|whole|combined)"
    # "of which 78.2 percent came from private firms" (a part of the total named after it)
    r"|^\s*(?:came|come|comes|coming)\s+from\b|^\s*(?:was|were)\s+(?:made|contributed)\s+by\b",
    re.I,
)
_GAP = re.compile(
    r"outpac\w*|faster\s+than|higher\s+than|above|ahead\s+of|exceed\w*|outperform\w*|高于|快于|超过|领先",
    re.I,
)
_NATIONAL = re.compile(
    r"\bnational\b|\bnationwide\b|the\s+country'?s?|China's|\bChina\b|全国|全国平均", re.I
)
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
# Every match of _OWNER holds 's or ’s (a possessive), "nat" in lower case (national,
# nationwide) or 全国; every match of _OWN_AGAIN a trade word ("trade", "export", "import":
# "mport" in lower case, as re.IGNORECASE also reads "ı" and "İ" as i) or a word of _OWN_ZH.
_OWN_AGAIN_NEEDS = ("trade", "xport", "mport")
_OWN_ZH = ("我省", "全省", "我市", "全市", "我区", "全区")
# A Chinese place name followed by a trade word owns the figure: "拉萨市外贸进出口13.77亿元".
_ZH_REGION_TRADE = re.compile(
    r"(?:市|省|自治区|地区|州)?(?:的)?(?:外贸|货物贸易|对外贸易)?(?:进出口|出口|进口)"
)
# A region of several provinces followed by its trade owns the figures after it:
# "中西部地区实现进出口9000亿元", "the western provincial regions saw their trade grow".
_AREA_NAMES = frozenset(lexicon.AREAS.values())
_AREA_TRADE = re.compile(
    r"(?:['’]s?)?\s*(?:[a-z-]+\s+){0,3}?(?:trade|exports?|imports?)\b"
    r"|(?:实现|的)?(?:外贸|货物贸易|对外贸易|进出口|出口|进口)",
    re.I,
)
# ... but not as the larger total or a partner: "占长三角地区进出口的", "of the Yangtze River
# Delta's trade", "trade with the western regions".
_NOT_AREA_OWNER = re.compile(
    r"(?:[占对与自向]|\b(?:of|with|to|from|than|between)\s+(?:the\s+)?(?:country['’]s\s+)?)$", re.I
)
# "Both imports and exports of X account for more than half": a figure for each flow.
_BOTH_FLOWS = re.compile(r"\b[Bb]oth\s+(?:imports\s+and\s+exports|exports\s+and\s+imports)\b")
# Growth on the level of a named year, whatever year the figure is of.
_LEVEL_BASE = re.compile(
    r"[^.;。；]{0,30}?\b(?:from|over|on|above)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}level"
    r"\s+(?:of|in)\s+(?:19|20)\d{2}\b"
)
# A part that opens with a bare flow word: "；进口2225.9亿元", "; imports rose ...".
_BARE_FLOW = re.compile(
    r"[\s;；,，]*(?:进口|出口|(?:and\s+)?(?:its\s+)?(?:imports|exports)\b)", re.I
)
# A Chinese place before its trade word owns the figure unless it is the partner:
# "对香港出口", "自澳门进口", "与台湾贸易".
_ZH_PARTNER_BEFORE = re.compile(r"[对自与向和同从经及、]")
_FLOWS: dict[str | None, Flow] = {f.value: f for f in Flow}
# Small patterns of the methods below, compiled once.
_CLAUSE_END = re.compile(r"[,，;；。]")
_OF_OR_TO = re.compile(r"\s*(?:of|to)\b")
_LINKED_BEFORE = re.compile(r"(?:with|to|from|and)\s+$")
_SHARE_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$|占.{0,3}$")
_REGION_WORDS = re.compile("|".join(re.escape(w) for w in lexicon.REGION_WORDS))


def default_gazetteer() -> Gazetteer:
    """Places, partner groups and segments from :mod:`tradestat.extraction.lexicon`."""
    return Gazetteer(
        [
            ("region", lexicon.REGIONS),
            ("region", lexicon.NEW_AREAS),
            ("region", lexicon.AREAS),
            ("partner", lexicon.PARTNER_GROUPS),
            ("country", lexicon.COUNTRIES),
            ("demonym", lexicon.DEMONYMS),
            ("segment", lexicon.SEGMENTS),
        ]
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
        all_names = self.gazetteer.find(text)
        subject = self.subject_of(text, all_names, zones)
        if subject is None and given is not None and unnamed_local(text, zones):
            subject = given  # "我省…" with no place named: the caller says which
        facts: list[Fact] = []
        skipped: list[Skipped] = []
        state = Carried()
        previous_names: list[Match] = []
        previous_trade = False
        previous_text = ""
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
            info = analyse(sentence, context_year, names, published)
            # "The growth rates were 5% and 9%": about the trade of the sentence before
            info.about_trade |= previous_trade and (
                bool(cues.REFER_BACK_SUBJECT.match(info.text))
                or bool(cues.OF_WHICH.match(info.text))  # "Of the total, 78 percent ..."
                or previous_text.endswith(("；", ";"))
            )
            # "民营企业进出口…，其中，出口…；进口…": a sentence cut at the semicolon of a
            # breakdown into flows that opens with a bare flow word is about the same trade
            cut = previous_text.endswith(("；", ";"))
            state.breakdown = cut and bool(
                _BARE_FLOW.match(info.text)
                and (state.breakdown or cues.BREAKDOWN.search(previous_text))
            )
            previous_text = info.text.rstrip()
            previous_trade = info.about_trade
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
            state.after(info.periods, [m.start for m in info.mentions], info.text)
            previous_names = info.names
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
            state.flows = tuple(dict.fromkeys(f for _, _, f in info.flows if f != "deficit"))
        headline = text.find("\n", len(text) - len(text.lstrip()))
        facts = _unify_segments(facts, doc.span(0, headline)[1] if headline > 0 else 0)
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

    def subject_of(
        self, text: str, names: list[Match] | None = None, zones: Zones | None = None
    ) -> str | None:
        """The reporting economy, from the headline and lead (see :func:`choose_subject`)."""
        if names is None:
            names = self.gazetteer.find(text)
        if zones is None:
            zones = find_zones(text)
        return choose_subject(text, names, zones)

    def _sentence_facts(
        self,
        s: Analysed,
        subject: str,
        state: Carried,
        previous_names: list[Match],
        doc: Document,
        source: str | None,
        anchor: str | None = None,
    ) -> tuple[list[Fact], list[Skipped]]:
        facts: list[Fact] = []
        skipped: list[Skipped] = []
        partners = [n for n in s.names if self._is_partner(n, s.text, subject)]
        written = self._written_partners(s, subject, previous_names)
        partners += written
        for anaphor in _found(cues.PARTNER_ANAPHOR, s):
            # "imports from the continent": the partner named last before it
            before = [n.name for n in partners if n.end <= anaphor.start()]
            name = before[-1] if before else state.partner
            if cues.PLURAL_ANAPHOR.search(anaphor.group(0)):
                # "exports to those countries": the group named last (in this sentence or
                # before), never one of its members; with none named, no partner is guessed
                groups = [
                    n.name for n in s.names if n.kind == "partner" and n.end <= anaphor.start()
                ]
                name = groups[-1] if groups else state.group
                listed = {
                    n.name
                    for n in s.names
                    if n.kind == "country" and n.name != subject and n.end <= anaphor.start()
                }
                if not groups and name and len(listed) > 1 and not listed <= places.members(name):
                    name = None  # "Japan, Korea and Australia ... those countries": a list
                name = name or UNKNOWN + anaphor.group(0)
            if name:
                # 对这些国家: the partner slot read the words as an unknown name
                partners = [
                    n
                    for n in partners
                    if not (
                        n.name.startswith(UNKNOWN) and anaphor.start() <= n.start < anaphor.end()
                    )
                ]
                partners.append(Match(anaphor.start(), anaphor.end(), name, "partner"))
        partners += listed_economies(s, partners, subject)
        partners.sort(key=lambda n: n.start)
        s.names.extend(n for n in written if not n.name.startswith(UNKNOWN))  # for the next
        segments = [n for n in s.names if n.kind == "segment"]
        if CONTINUES.match(s.text) or cues.OF_WHICH.match(s.text) or state.breakdown:
            # a sentence cut at "；" that starts with 占/增长, or one that starts with 其中 /
            # "Of this", goes on about the last one's segment
            earlier = [n for n in previous_names if n.kind == "segment"]
            if earlier:
                segments.append(Match(0, 0, earlier[-1].name, "segment"))
        for their in _found(cues.REFER_BACK, s):
            earlier = [n for n in previous_names if n.kind == "segment"]
            own = [n for n in s.names if n.kind == "segment" and n.end <= their.start()]
            if earlier and not own:  # "Foreign-invested enterprises saw their trade": own
                segments.append(Match(their.start(), their.end(), earlier[0].name, "segment"))
        segments.sort(key=lambda n: n.start)
        names_subject = self._mentions_subject(s, subject)
        # the partner of the sentence before goes on only into a sentence that names no
        # place, product or enterprise of its own ("Exports rose 5 percent.")
        names_place = any(n.kind in ("region", "country") and n.name != subject for n in s.names)
        inherit = state.partner if not (names_subject or segments or names_place) else None
        measured = list_measures(s, [(m, self._measure(m, s, subject)) for m in s.mentions])
        paired_partner = self._respectively(s, measured, partners)
        paired_segment = self._respectively(s, measured, segments)
        # "A, B and C reported growth of x, y and z percent, respectively", 合肥、芜湖和铜陵三地
        # 进出口分别为…: a list of places that are not partners is a list of reporters
        partner_starts = {n.start for n in partners}
        owners = [n for n in s.names if n.kind == "region" and n.start not in partner_starts]
        paired_owner = self._respectively(s, measured, owners) if len(owners) > 1 else {}
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
                if self._is_partner(n, "", subject)
                or (n.name in cues.SEPARATE_ECONOMIES and n.name != subject)
            ]
            earlier_segments = [n for n in previous_names if n.kind == "segment"]
            if earlier_partners:
                paired_partner = self._respectively(s, rest, [], earlier_partners)
            elif earlier_segments:
                paired_segment = self._respectively(s, rest, [], earlier_segments)
        taken = paired_partner.keys() | paired_segment.keys() | paired_flow.keys()
        taken |= paired_owner.keys()
        paired_period = period_parts(s, measured, taken)
        unpaired = self._unpaired(s, measured, taken | paired_period.keys())
        for m, (measure, sign, benchmark, reason) in measured:
            span = doc.span(s.start + m.start, s.start + m.end)
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
            clause = self._clause(s, m.start)
            part = self._part(s, m.start)
            partner = paired_partner.get(m) or self._nearest(partners, m, clause, part)
            if partner is None:
                partner = inherit or "World"
            if partner.startswith(UNKNOWN):
                reason = f"a partner name not in the tables: {partner.removeprefix(UNKNOWN)}"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            segment = paired_segment.get(m)
            if segment is None:
                near = self._nearest_match(segments, m, clause, part)
                # one figure for a whole list: "exports of A and B totalled ..."
                joint = s.lists.get(near) if near is not None else None
                segment = joint.joined if joint else near.name if near else None
            if segment is not None and segment.startswith(UNKNOWN):
                reason = f"a product name not in the translation table: {segment[1:]}"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            unknown = self._unknown_product(s, m, part)
            if unknown:
                skipped.append(
                    Skipped(
                        *span,
                        s.text[m.start : m.end],
                        f"a product name not in the translation table: {unknown}",
                    )
                )
                continue
            owner = self._owner(s, m, clause, subject)
            if measure == "growth_gap" and owner not in _AREA_NAMES:
                owner = subject  # a gap on the national level is the reporter's own

            if paired_owner and m not in paired_owner and measure == "share":
                # "A、B和C三地进出口分别为…，占全省的68.7%": a share of the places together
                reason = "a share of several places together, not of one reporter"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            owner = paired_owner.get(m, owner)
            flow = (
                None
                if measure in ("gdp", "gdp_growth_target")
                else paired_flow.get(m) or self._flow(s, m, measure, part)
            )
            if flow == "deficit":
                flow, sign = "balance", -1
            periods = paired_period.get(m) or self._period(s, m, clause, state)
            periods = meaning.each_month(s.text, clause[0], m.start, periods)
            if not periods:
                skipped.append(Skipped(*span, s.text[m.start : m.end], "no period for this figure"))
                continue
            if any(p.n_months != 1 for p in periods) and cues.SINGLE_MONTH.search(
                s.text, clause[0], m.start
            ):
                reason = "a figure of a single month the text does not name"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            if measure == "mom_growth" and self._other_month(s, periods):
                reason = "growth compared with a named month, not the month before"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            if measure.endswith("growth") and _LEVEL_BASE.match(s.text, m.end, m.end + 80):
                # "a 15-percent increase from the pre-crisis level in 2008": two years
                reason = "growth compared with the level of a named year"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            if measure.endswith("growth") and self._other_base(s, periods):
                reason = "growth compared with a named year, not the year before"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            digits = m.digits if sign > 0 else f"-{m.digits}"
            unit = "percentage_point" if measure == "growth_gap" else m.unit
            qstart, qend = clause
            quote = s.text[qstart:qend].strip(" ,.;:()，。；")
            qspan = doc.span(s.start + qstart, s.start + qend)
            flows: tuple[str | None, ...] = (flow,)
            if flow == "total" and measure in ("share", "yoy_growth"):
                both = _BOTH_FLOWS.search(s.text, part[0], m.start)
                if both is not None:  # "Both imports and exports ... account for": each
                    flows = ("exports", "imports")
            for period, flow in [(p, f) for p in periods for f in flows]:
                try:
                    facts.append(
                        Fact(
                            subject=owner,
                            period=period,
                            flow=_FLOWS.get(flow, flow),  # (what Fact's converters would make)
                            measure=MEASURES.get(measure) or measure,
                            figure=_figure(digits, unit, m.qualifier),
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
    def _measure(
        self, m: Mention, s: Analysed, subject: str
    ) -> tuple[str | None, int, str | None, str]:
        """(measure, sign, benchmark, reason-if-none) for one figure."""
        c0, c1 = self._clause(s, m.start)
        p0, _ = self._part(s, m.start)
        before = s.text[max(c0, m.start - 80) : m.start]
        wide_before = s.text[max(p0, m.start - 120) : m.start]
        after = s.text[m.end : c1]
        other = _occurs(s, cues.NOT_THE_REPORTERS) and cues.NOT_THE_REPORTERS.search(
            s.text, max(p0, m.start - 120), m.start
        )
        if other:  # global trade, services, one company, a number of things
            return None, 1, None, cues.NOT_THE_REPORTERS_REASONS[other.lastgroup or ""]
        # from the clause of the last amount before (a price and its change go together)
        i = position(s, m)
        earlier_money = [n for n in s.mentions[max(0, i - 12) : i] if n.kind == "money"]
        last_value = earlier_money[-1].start if earlier_money else p0
        price_from = max(p0, self._clause(s, last_value)[0], m.start - 160)
        if _occurs(s, cues.PRICE) and cues.PRICE.search(s.text, price_from, m.start):
            return None, 1, None, "a price, not a trade value or its growth"
        if m.kind == "percent" and _occurs(s, cues.QUANTITY):
            quantities = list(cues.QUANTITY.finditer(s.text, max(p0, m.start - 60), m.start))
            last_money = earlier_money[-1].end if earlier_money else -1
            if quantities and quantities[-1].start() > last_money:
                return None, 1, None, "growth of a physical quantity, not of a trade value"
        if m.kind == "money":
            if _occurs(s, _GDP) and (_GDP.search(wide_before[-40:]) or _GDP.search(before)):
                return "gdp", 1, None, ""
            if _occurs(s, _TARGET) and (
                _TARGET.search(s.text, m.end, c1) or _TARGET.search(before[-30:])
            ):
                # "set a target of bilateral trade reaching 200 billion dollars", 达到…的目标
                return None, 1, None, "a target, not a reported figure"
            if not s.about_trade:
                return None, 1, None, "an amount of money not said to be trade"
            if cues.VALUE_CHANGE.search(before[-8:]):
                return None, 1, None, "a change in value, not a value (not a fact of the schema)"
            return "value", 1, None, ""
        if m.kind == "count":
            near = s.text[max(0, m.start - 8) : m.start]
            if cues.GROUP_SIZE.search(near) or any(
                n.kind == "partner" and m.start - 8 <= n.end <= m.start for n in s.names
            ):
                return None, 1, None, "the size of a partner group, not a count of partners"
            if s.about_trade or "partner" in s.text.lower():
                return "partner_count", 1, None, ""
            return None, 1, None, "a count not said to be of trading partners"
        if m.kind == "points":
            return self._gap(s, m, (c0, c1), subject)
        # percent
        if _occurs(s, _TARGET) and _TARGET.search(wide_before) and _GDP.search(wide_before):
            return "gdp_growth_target", 1, None, ""
        if _occurs(s, cues.CONTRIBUTION) and cues.CONTRIBUTION.search(wide_before[-30:]):
            return None, 1, None, "a contribution to growth (not a fact of the schema)"
        if cues.SHARE_CHANGE.search(before[-30:]):
            return None, 1, None, "a change in a share (not a fact of the schema)"
        if cues.SHARE_RUNNING.search(wide_before[-60:]):
            return "share", 1, None, ""  # "占外贸总值比重已连续10年超50%、连续5年超60%"
        if cues.SHARE_REACHED.search(wide_before[-60:]):
            return "share", 1, None, ""  # "比重较上年提高1.5个百分点，达到62.3%"
        share_zh = cues.SHARE_ZH.search(wide_before[-40:]) if "占" in wide_before else None
        compared = cues.COMPARED_AFTER.match(after)  # "or 5.5 percent more than in 2021"
        if not compared and (_SHARE_BEFORE.search(before) or _SHARE_AFTER.match(after) or share_zh):
            tail = written_list(s, m)[-1].end  # "10.6%, 12.8% and 4.4% of that of Zhejiang"
            after = _CLAUSE_END.split(s.text[tail : min(len(s.text), tail + 60)], maxsplit=1)[0]
            total = after if _OF_OR_TO.match(after) else ""
            if share_zh:
                total = share_zh.group(0)
                if cues.SHARE_OF_CHANGE.search(total):
                    return None, 1, None, "a share of a change in value (not a fact of the schema)"
            if self._total_of_another(total, s, subject):
                return None, 1, None, "a share of another economy's total (not of the reporter's)"
            return "share", 1, None, ""
        if not s.about_trade:
            return None, 1, None, "a percentage not said to be about trade"
        gap = self._gap(s, m, (c0, c1), subject)
        if gap[0] == "growth_gap" and cues.GROWTH_RATE.search(wide_before):
            # "growth ... was 19.5 percent higher than the national average": points
            return gap
        sign = meaning.growth_sign(s.text, m.start, m.end, p0, c1)
        if sign == 0:
            return None, 1, None, "a percentage with no growth, share or gap wording"
        if meaning.month_on_month(s.text, m.start, m.end, p0, c1):
            return "mom_growth", sign, None, ""
        return "yoy_growth", sign, None, ""

    @staticmethod
    def _total_of_another(total: str, s: Analysed, subject: str) -> bool:
        """Whether the total a share is of belongs to another economy than the reporter.

        "12.7 percent of the country's total", 占全国进出口总值的 (for a province), "of
        Zhejiang's total" (for Yiwu): the schema has no place for shares of a larger whole.
        """
        if not total:
            return False
        if subject != "China" and (
            cues.NATIONAL_BENCHMARK.search(total) or cues.LARGER_AREA.search(total)
        ):
            return True
        start = s.text.find(total)
        if cues.WHOLE_OF.search(total):
            if subject in lexicon.CITIES and "全市" not in total:
                return True  # Yiwu's share "of the province's total"
            # "拉萨市外贸进出口13.77亿元，占全区外贸总值的59.6%": a city's share of the region
            p0 = Extractor._part(s, start)[0] if start >= 0 else 0
            return any(
                n.kind == "region"
                and n.name != subject
                and p0 <= n.start < start
                and _ZH_REGION_TRADE.match(s.text, n.end)
                for n in s.names
            )
        return any(
            n.kind == "region" and n.name != subject and start <= n.start < start + len(total)
            for n in s.names
        )

    @staticmethod
    def _gap(
        s: Analysed, m: Mention, clause: tuple[int, int], subject: str
    ) -> tuple[str | None, int, str | None, str]:
        """A growth gap: percentage points compared with a named benchmark, with its sign.

        The comparison is read after the figure ("5.6 percentage points higher than the
        national level") or before it ("outpaced the national average by", 高于全国增速,
        比全国出口增速高出, 低于全国进口增速); the benchmark words are in the same stretch.
        Points with no comparison or no benchmark (a share that "rose 1.8 percentage
        points") are skipped.
        """
        c0 = clause[0]
        before = s.text[max(c0, m.start - 80) : m.start]
        # in a list ("5.3, 1.2 and 10.6 percentage points higher") the comparison follows
        # the last figure of the list
        listed = written_list(s, m)
        tail = listed[-1].end
        after = s.text[tail : min(Extractor._clause(s, tail - 1)[1], tail + 80)]
        sign = 0
        stretch = ""
        found = cues.GAP_AFTER.match(after)
        if found:
            sign = cues.GAP_AFTER_WORDS[found.group(1).lower()]
            stretch = after[found.end() : found.end() + 50]
        elif (found := cues.GAP_BEFORE.search(before)) is not None:
            sign = cues.GAP_BEFORE_WORDS[found.group(1).lower()]
            stretch = before[found.start() :]
        elif (found := cues.ZH_GAP.search(before)) is not None:
            sign = cues.ZH_GAP_SIGN[found.group(1) or found.group(2)]
            stretch = before[found.start() :]
        if sign == 0:
            return None, 1, None, "a change in percentage points (not a fact of the schema)"
        offset = s.text.find(stretch, max(0, m.start - 80)) if stretch else -1
        named = [
            n.name
            for n in s.names
            if n.kind == "region" and offset <= n.start < offset + len(stretch) and offset >= 0
        ]
        # "4.9 and 3.9 points higher than the country's average and the provincial average
        # respectively": one benchmark per figure of the list, in order
        each = [
            "China" if b.group(1) else subject
            for b in cues.BENCHMARK_WORD.finditer(stretch.split("respectively")[0])
        ]
        if len(listed) > 1 and len(each) == len(listed):
            return "growth_gap", sign, each[listed.index(m)], ""
        if cues.NATIONAL_BENCHMARK.search(stretch):
            benchmark = "China"
        elif named:  # "higher than Zhejiang's averages"
            benchmark = named[0]
        elif cues.OWN_BENCHMARK.search(stretch):
            benchmark = subject
        else:
            return None, 1, None, "percentage points compared with something not a benchmark"
        return "growth_gap", sign, benchmark, ""

    @staticmethod
    def _owner(s: Analysed, m: Mention, clause: tuple[int, int], subject: str) -> str:
        """The economy a figure is about: the subject, unless its clause names another's trade.

        A bracketed conversion has the owner of the clause before it. A national owner
        ("the national import value ... increased 1.1%, while the import
        value fell 0.5%") holds for the rest of the sentence until the subject's own trade
        is named again ("the province's", "its", 全省). A region written right before a
        trade word ("日喀则市进出口9.07亿元，增长22.2%") owns the figures after it in the
        sentence (Chinese sentences end at 。 and ；).
        """
        national = "China" if subject in _region_names() else subject
        owner = subject
        if clause[0] > 0 and s.text[clause[0] - 1] in "(（":
            # a conversion in brackets belongs to the clause it follows
            clause = (Extractor._clause(s, max(0, clause[0] - 2))[0], clause[1])
        marks: list[tuple[int, str]] = []
        if s.owners is None or s.own_again is None:  # once per sentence, not per figure
            text = s.text
            if s.low is None:
                s.low = text.lower()
            low = s.low
            # (a substring test first: the words every match holds, see _OWN_AGAIN_NEEDS)
            maybe = "'s" in text or "’s" in text or "全国" in text or "nat" in low
            s.owners = list(_OWNER.finditer(text)) if maybe else []
            maybe = any(w in low for w in _OWN_AGAIN_NEEDS) or any(w in text for w in _OWN_ZH)
            s.own_again = list(_OWN_AGAIN.finditer(text)) if maybe else []
        for found in s.owners:
            if found.end() > m.start:
                break
            if found.group(2) or found.group(3) or found.group(4):
                marks.append((found.start(), national))
            elif found.start() >= clause[0]:
                named = [n for n in s.names if n.start >= found.start(1) and n.end <= found.end(1)]
                if named and named[-1].kind in ("country", "region"):
                    marks.append((found.start(), named[-1].name))
        marks.extend((found.start(), subject) for found in s.own_again if found.end() <= m.start)
        if s.region_owners is None:  # once per sentence: regions written before a trade word
            s.region_owners = [
                n
                for n in s.names
                if n.kind == "region"
                and _ZH_REGION_TRADE.match(s.text, n.end)
                and not _ZH_PARTNER_BEFORE.match(s.text, max(0, n.start - 1), n.start)
            ]
        marks.extend((n.start, n.name) for n in s.region_owners if n.end <= m.start)
        marks.extend(
            (n.start, n.name)
            for n in s.names
            if n.name in _AREA_NAMES
            and n.end <= m.start
            and _AREA_TRADE.match(s.text, n.end)
            and not _NOT_AREA_OWNER.search(s.text[max(0, n.start - 24) : n.start])
        )
        if marks:
            owner = max(marks)[1]
        return owner

    @staticmethod
    def _flow(s: Analysed, m: Mention, measure: str, part: tuple[int, int]) -> str:
        if measure == "share":
            # the flow of the total it is a share of ("占出口总额的", "of total exports",
            # "of the province's total foreign trade")
            clause = Extractor._clause(s, m.start)
            after = s.text[m.end : min(clause[1], m.end + 60)]
            before = s.text[max(part[0], m.start - 30) : m.start]
            of_total = before[before.rfind("占") :] if "占" in before else ""
            if _OF_OR_TO.match(after):
                of_total = after
            found = [flow for _, _, flow in meaning.flow_cues(of_total)]
            if found:  # 外贸出口总值 is a total of exports
                specific = [f for f in found if f in ("exports", "imports")]
                return (specific or found)[0]
        if s.free_flows is None:  # once per sentence: flow words not inside a name
            s.free_flows = [f for f in s.flows if not any(n.start <= f[0] < n.end for n in s.names)]
        flows = s.free_flows
        earlier = [f for f in flows if f[1] <= m.start and f[0] >= part[0]]
        if earlier:
            return earlier[-1][2]
        # "Processing trade grew 3.5 percent": the trade of a trade-mode name is all of it;
        # 对外承包工程出口货物: the flow word inside the name is the flow
        inside = [f for f in s.flows if f[1] <= m.start and f[0] >= part[0]]
        if inside:
            return inside[-1][2] if inside[-1][2] in ("exports", "imports") else "total"
        later = [f for f in flows if f[0] >= m.end and f[1] <= part[1]]
        if later:
            return later[0][2]
        return "total"

    @staticmethod
    def _period(
        s: Analysed, m: Mention, clause: tuple[int, int], state: Carried
    ) -> tuple[Period, ...]:
        """The period of a figure.

        The nearest period in its clause, else the last one before it in the sentence, else
        the first after it, else the period in force. "During the same period" / 同期 is
        the cumulative base.
        """
        periods = [p for p in s.periods if not p.kind.startswith("base_")]
        inside = [p for p in periods if clause[0] <= p.start and p.end <= clause[1]]
        if inside:
            best = min(inside, key=lambda p: abs((p.start + p.end) / 2 - (m.start + m.end) / 2))
            # "连续10年超50%、连续5年超60%": a run of years right before a figure is its own
            runs = [
                p
                for p in inside
                if p.kind in ("zh_years_running", "running_unplaced") and 0 <= m.start - p.end <= 2
            ]
            best = runs[-1] if runs else best
            if best.kind == "running_unplaced":
                return ()  # 连续10年 with no end year: no period, not the one in force
            return best.periods or state.base or state.period
        earlier = [p for p in periods if p.end <= m.start]
        if earlier:
            if earlier[-1].kind == "running_unplaced":
                return ()
            return earlier[-1].periods or state.base or state.period
        later = [p for p in periods if p.start >= m.end]
        if later:
            return later[0].periods or state.base or state.period
        return state.period

    @staticmethod
    def _other_month(s: Analysed, periods: tuple[Period, ...]) -> bool:
        """Whether month-on-month growth names a base month that is not the month before.

        "In June, ... up 6.2 percent from that in May" is month on month; the same
        words with "from that in February" compare with another month (no schema measure).
        """
        named = [p.periods[0] for p in s.periods if p.kind == "base_month"]
        return any(
            not (base.n_months == 1 and base.shift(1) == period)
            for base in named
            for period in periods
        )

    @staticmethod
    def _other_base(s: Analysed, periods: tuple[Period, ...]) -> bool:
        """Whether the sentence compares with a named year other than the year before.

        "与2019年同期相比" in a 2021 article is a two-year comparison, not a year-on-year
        growth; "from the same period of 2022" for a 2023 figure is one.
        """
        named = {p.periods[0].start_year for p in s.periods if p.kind == "base_year"}
        return any(year != period.start_year - 1 for year in named for period in periods)

    def _written_partners(
        self, s: Analysed, subject: str, previous_names: list[Match]
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
                name = cues.ZH_PARTNER_ABBREVIATIONS[m.group(1)]
                found.append(Match(m.start(1), m.end(1), name, "partner"))
            if subject == "China":
                for m in cues.ZH_CHINA_PAIR.finditer(text):
                    name = cues.ZH_PARTNER_ABBREVIATIONS[m.group(1)]
                    found.append(Match(m.start(1), m.end(1), name, "partner"))
            for m in cues.ZH_PARTNER_SLOT.finditer(text):
                slot = m.group(1)
                if slot.startswith(cues.ZH_THE_ABOVE):
                    above = [n for n in previous_names if self._is_partner(n, "", subject)]
                    if above:
                        listed = list(dict.fromkeys(n.name for n in above))
                        joined = ", ".join(listed)
                        found.append(Match(m.start(1), m.end(1), joined, "partner"))
                    continue
                if slot.startswith(cues.ZH_NOT_PARTNER) or slot[0] in cues.ZH_PARTNER_ABBREVIATIONS:
                    continue
                if any(n.start < m.end(1) and m.start(1) < n.end for n in s.names):
                    continue  # a known name fills the slot
                found.append(Match(m.start(1), m.end(1), UNKNOWN + slot, "partner"))
        for slot in cues.EN_PARTNER_SLOT.finditer(text):
            name = slot.group(1)
            if name.split()[0] in cues.NOT_PARTNER_NAMES or any(
                n.start < slot.end(1) and slot.start(1) < n.end for n in s.names
            ):
                continue  # a month, or a name a table knows
            found.append(Match(slot.start(1), slot.end(1), UNKNOWN + name, "partner"))
        for pair in _found(cues.HYPHEN_PAIR, s):
            sides = [self.gazetteer.find(pair.group(i)) for i in (1, 2)]
            if not (sides[0] and sides[1]):
                continue
            first, second = sides[0][0].name, sides[1][0].name
            if subject in (first, second) and first != second:
                other = 2 if first == subject else 1
                name = second if other == 2 else first
                found.append(Match(pair.start(other), pair.end(other), name, "partner"))
        for n in s.names:
            if n.kind != "region" or n.name == subject or n.name not in cues.SEPARATE_ECONOMIES:
                continue
            before = text[max(0, n.start - 20) : n.start]
            between = cues.BETWEEN.search(text, max(0, n.start - 90), n.start) and re.search(
                r"\band\s+(?:the\s+)?$", before
            )
            if between or cues.PARTNER_BEFORE.search(before):
                found.append(Match(n.start, n.end, n.name, "partner"))
        return found

    def _is_partner(self, n: Match, text: str, subject: str) -> bool:
        if n.kind in ("partner", "demonym"):
            return n.kind == "partner" or text[n.end : n.end + 9].lower().startswith(" partner")
        if n.kind != "country" or n.name == subject:
            return False
        if n.name == "China":
            return bool(_LINKED_BEFORE.search(text[max(0, n.start - 6) : n.start]))
        following = text[n.end : n.end + 8].lower()
        return not following.startswith(("'s", "’s", " dollar", "-dollar", "$"))

    @staticmethod
    def _mentions_subject(s: Analysed, subject: str) -> bool:
        """Whether the sentence names the reporting region itself (not as a share's total)."""
        places = [(n.start, n.end) for n in s.names if n.kind == "region" and n.name == subject]
        low = s.text.lower()
        places.extend(m.span() for m in _REGION_WORDS.finditer(low))
        for start, _ in places:
            before = low[max(0, start - 8) : start]
            if not _SHARE_OF_BEFORE.search(before):
                return True
        return False

    @staticmethod
    def _clause(s: Analysed, pos: int) -> tuple[int, int]:
        return containing(s.clauses, pos, len(s.text))

    @staticmethod
    def _part(s: Analysed, pos: int) -> tuple[int, int]:
        return containing(s.parts, pos, len(s.text))

    @staticmethod
    def _nearest(
        names: Sequence[Match], m: Mention, clause: tuple[int, int], part: tuple[int, int]
    ) -> str | None:
        near = Extractor._nearest_match(names, m, clause, part)
        return near.name if near else None

    @staticmethod
    def _nearest_match(
        names: Sequence[Match], m: Mention, clause: tuple[int, int], part: tuple[int, int]
    ) -> Match | None:
        before = [n for n in names if part[0] <= n.start and n.end <= m.start]
        if before:
            return before[-1]
        after = [n for n in names if m.end <= n.start and n.end <= clause[1]]
        return after[0] if after else None

    @staticmethod
    def _unknown_product(s: Analysed, m: Mention, part: tuple[int, int]) -> str | None:
        """An untranslated Chinese product word before the figure's flow word, if any."""
        earlier = [f for f in s.flows if f[1] <= m.start and f[0] >= part[0]]
        if not earlier or s.text[earlier[-1][0] : earlier[-1][1]] not in ("进出口", "出口", "进口"):
            return None
        return meaning.unknown_chinese_product(s.text, earlier[-1][0], s.names)

    def _respectively(
        self,
        s: Analysed,
        measured: list[tuple[Mention, tuple[str | None, int, str | None, str]]],
        names: list[Match],
        previous: Sequence[Match] = (),
    ) -> dict[Mention, str]:
        """Pair "A, B and C ... x, y and z, respectively" in each part of the sentence.

        Each run of figures written as one list ("x, y and z") pairs with the run of names
        written as one list that ends last before it, when both are as long: "grew 1
        percent, and that with A and B went up 7.5 percent and 3.9 percent respectively"
        pairs A and B only. With ``previous`` (the names of the sentence before, used when
        this sentence names nothing), the distinct names of that sentence are the list:
        "The top partners were A, B and C. Trade reached x, y and z, respectively."
        """
        pairs: dict[Mention, str] = {}
        for p0, p1 in s.parts:
            if "respectively" not in s.text[p0:p1].lower() and "分别" not in s.text[p0:p1]:
                continue
            for run in figure_runs(s, measured, p0, p1):
                if previous:
                    ordered = sorted(previous, key=lambda n: n.start)
                    listed = list(dict.fromkeys(n.name for n in ordered))
                else:
                    listed = last_name_run(s.text, names, p0, run[0].start)
                if len(listed) == len(run):
                    pairs.update(zip(run, listed, strict=True))
        return pairs

    @staticmethod
    def _unpaired(
        s: Analysed, measured: list[tuple[Mention, Meaning]], paired: AbstractSet[Mention]
    ) -> set[Mention]:
        """Figures of a respectively / 分别 list that nothing pairs with.

        "新能源车和农产品…分别增长76.7%、10.4%" with one name known: giving both figures the
        one name would state a wrong fact, so they are skipped.
        """
        unpaired: set[Mention] = set()
        for p0, p1 in s.parts:
            if "respectively" not in s.text[p0:p1].lower() and "分别" not in s.text[p0:p1]:
                continue
            for run in figure_runs(s, measured, p0, p1):
                benchmarks = {read[2] for m, read in measured if m in run}
                if len(benchmarks) == len(run):
                    continue  # paired with a list of benchmarks
                if not any(m in paired for m in run):
                    unpaired.update(run)
        return unpaired


@functools.cache
def _region_names() -> frozenset[str]:
    """The canonical names of China's regions (a set: looked up once per figure)."""
    return (
        frozenset(lexicon.REGIONS.values())
        | frozenset(lexicon.NEW_AREAS.values())
        | frozenset(lexicon.AREAS.values())
    )


@functools.lru_cache(maxsize=4096)
def _figure(digits: str, unit: str, qualifier: str) -> Figure:
    """A figure, built once per distinct (digits, unit, qualifier): a unit is parsed by pint."""
    return Figure(digits, unit, qualifier)


def _occurs(s: Analysed, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` occurs anywhere in the sentence (searched once per sentence).

    A cue looked for near each figure is first looked for in the whole sentence: most
    sentences have no price, target or quantity word, and then no window is searched.
    """
    found = s.occurs.get(pattern)
    if found is None:
        needs = _NEEDS.get(pattern)
        if needs is not None:
            if s.low is None:
                s.low = s.text.lower()
            low = s.low
            found = any(word in low for word in needs) and pattern.search(s.text) is not None
        else:
            found = pattern.search(s.text) is not None
        s.occurs[pattern] = found
    return found


#: Patterns searched in every sentence, with the substrings one of which each match holds
#: (in the lower-cased text for an IGNORECASE pattern, which also reads "ı"/"İ" as i and "ſ"
#: as s: the words here avoid those letters) and the Chinese words that match on their own.
_FOUND_NEEDS: dict[re.Pattern[str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    cues.PARTNER_ANAPHOR: (
        ("cont", "bloc", "group", "countr", "econom", "nation", "market"),
        ("该国", "这些", "沿线"),
    ),
    cues.REFER_BACK: ((), ("heir", "They", "These")),  # case-sensitive: tested as written
    cues.HYPHEN_PAIR: ((), ("-",)),
}


def _found(pattern: re.Pattern[str], s: Analysed) -> list[re.Match[str]]:
    """Every match of ``pattern`` in the sentence, after a substring test that rules most out."""
    lower_words, words = _FOUND_NEEDS[pattern]
    text = s.text
    if not any(w in text for w in words):
        if not lower_words:
            return []
        if s.low is None:
            s.low = text.lower()
        if not any(w in s.low for w in lower_words):
            return []
    return list(pattern.finditer(text))


def _unify_segments(facts: list[Fact], headline_end: int) -> list[Fact]:
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
