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
import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import attrs

from tradestat.errors import TradestatError
from tradestat.extraction import cues, lexicon, meaning
from tradestat.extraction.context import Anchor, Carried, choose_subject, publication_anchor
from tradestat.extraction.dates import PeriodMention, find_periods
from tradestat.extraction.gazetteer import Gazetteer, Match
from tradestat.extraction.numbers import FIGURE_HINT, Mention, find_mentions
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


_TRADE_CONTEXT = re.compile(
    r"\b(?:trad\w*|export|import|turnover\b|surplus\b|deficit\b)|贸易|进出口|出口|进口|外贸|顺差|逆差",
    re.I,
)
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
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+'s\s+)?(?:total|overall|foreign|all|entire|whole|combined)",
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
# A Chinese place name followed by a trade word owns the figure: "拉萨市外贸进出口13.77亿元".
_ZH_REGION_TRADE = re.compile(
    r"(?:市|省|自治区|地区|州)?(?:的)?(?:外贸|货物贸易|对外贸易)?(?:进出口|出口|进口)"
)
# ... unless it is the partner: "对香港出口", "自澳门进口", "与台湾贸易".
_ZH_PARTNER_BEFORE = re.compile(r"[对自与向和同从经及、]")
_REGION_WORDS = re.compile("|".join(re.escape(w) for w in lexicon.REGION_WORDS))
_PARTS = re.compile(r",\s+(?:while|whereas)\s|;|；")
# A part that starts with a measure word has no subject of its own and continues the one
# before: "…增长13.1%；占全省的38%", "...; accounting for 38 percent".
_CONTINUES = re.compile(r"\s*(?:占|增长|下降|同比|环比|比重|accounting\b|up\b|down\b)", re.I)


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
    lists: dict[Match, meaning.SegmentList] = attrs.field(factory=dict)
    free_flows: list[tuple[int, int, str]] | None = None
    positions: dict[int, int] | None = None
    owners: list[re.Match[str]] | None = None  # _OWNER and _OWN_AGAIN, found once
    own_again: list[re.Match[str]] | None = None
    occurs: dict[re.Pattern[str], bool] = attrs.field(factory=dict)
    low: str | None = None  # the text in lower case, made when first needed


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
            info = self._analyse(sentence, context_year, names, published)
            # "The growth rates were 5% and 9%": about the trade of the sentence before
            info.about_trade |= previous_trade and (
                bool(cues.REFER_BACK_SUBJECT.match(info.text))
                or previous_text.endswith(("；", ";"))
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

    # --- one sentence ----------------------------------------------------------------------
    def _analyse(
        self,
        sentence: Sentence,
        year: int | None,
        names: list[Match],
        published: datetime.date | None = None,
    ) -> _Sentence:
        text = sentence.text
        if FIGURE_HINT.search(text) is None:
            # no figure and no dated period: only names matter ("their" in the next one)
            whole = [(0, len(text))]
            return _Sentence(text, sentence.start, [], [], names, [], whole, whole)
        mentions = find_mentions(text)
        periods = find_periods(text, year, published) if year is not None else []
        if not mentions:  # only the period in force and the names matter for what follows
            return _Sentence(text, sentence.start, [], periods, names, [], clause_bounds(text), [])
        lists = meaning.listed_segments(text, names)
        listed = [item for found in lists for item in found.items]
        names = [n for n in names if not any(n.start < i.end and i.start < n.end for i in listed)]
        names += listed
        names += meaning.segment_before_flow(text, names)
        names += meaning.top_item_segment(text, names)
        names = _drop_appositions(text, sorted(names, key=lambda m: m.start))
        if not text.isascii():
            names = meaning.modified_chinese_segments(text, names, _UNKNOWN)
        names.sort(key=lambda m: m.start)
        flows = meaning.flow_cues(text)
        parts = []
        start = 0
        for m in _PARTS.finditer(text):
            if _CONTINUES.match(text, m.end()):
                continue  # "…增长13.1%；占…的38%": the same subject goes on
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
            {item: found for found in lists for item in found.items if len(found.items) > 1},
        )

    def _sentence_facts(
        self,
        s: _Sentence,
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
        for anaphor in cues.PARTNER_ANAPHOR.finditer(s.text):
            # "imports from the continent": the partner named last before it
            before = [n.name for n in partners if n.end <= anaphor.start()]
            name = before[-1] if before else state.partner
            if name:
                partners.append(Match(anaphor.start(), anaphor.end(), name, "partner"))
        partners += _listed_economies(s, partners, subject)
        partners.sort(key=lambda n: n.start)
        s.names.extend(n for n in written if not n.name.startswith(_UNKNOWN))  # for the next
        segments = [n for n in s.names if n.kind == "segment"]
        if _CONTINUES.match(s.text) or cues.OF_WHICH.match(s.text):
            # a sentence cut at "；" that starts with 占/增长, or one that starts with 其中 /
            # "Of this", goes on about the last one's segment
            earlier = [n for n in previous_names if n.kind == "segment"]
            if earlier:
                segments.append(Match(0, 0, earlier[-1].name, "segment"))
        for their in cues.REFER_BACK.finditer(s.text):
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
        measured = _list_measures(s, [(m, self._measure(m, s, subject)) for m in s.mentions])
        paired_partner = self._respectively(s, measured, partners)
        paired_segment = self._respectively(s, measured, segments)
        # "A, B and C reported growth of x, y and z percent, respectively", 合肥、芜湖和铜陵三地
        # 进出口分别为…: a list of places that are not partners is a list of reporters
        partner_starts = {n.start for n in partners}
        owners = [n for n in s.names if n.kind == "region" and n.start not in partner_starts]
        paired_owner = self._respectively(s, measured, owners) if len(owners) > 1 else {}
        # a list of names takes the list of figures first: "A and B saw their imports and
        # exports grow 2 percent and 6 percent, respectively" pairs A and B, not the flows
        paired_flow = _flow_lists(
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
        paired_period = _period_parts(s, measured, taken)
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
            if partner.startswith(_UNKNOWN):
                reason = f"a partner name not in the tables: {partner.removeprefix(_UNKNOWN)}"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            segment = paired_segment.get(m)
            if segment is None:
                near = self._nearest_match(segments, m, clause, part)
                # one figure for a whole list: "exports of A and B totalled ..."
                joint = s.lists.get(near) if near is not None else None
                segment = joint.joined if joint else near.name if near else None
            if segment is not None and segment.startswith(_UNKNOWN):
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
            owner = subject if measure == "growth_gap" else self._owner(s, m, clause, subject)
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
            if measure.endswith("growth") and self._other_base(s, periods):
                reason = "growth compared with a named year, not the year before"
                skipped.append(Skipped(*span, s.text[m.start : m.end], reason))
                continue
            digits = m.digits if sign > 0 else f"-{m.digits}"
            unit = "percentage_point" if measure == "growth_gap" else m.unit
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
        self, m: Mention, s: _Sentence, subject: str
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
        i = _position(s, m)
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
        share_zh = cues.SHARE_ZH.search(wide_before[-40:]) if "占" in wide_before else None
        compared = cues.COMPARED_AFTER.match(after)  # "or 5.5 percent more than in 2021"
        if not compared and (_SHARE_BEFORE.search(before) or _SHARE_AFTER.match(after) or share_zh):
            tail = _written_list(s, m)[-1].end  # "10.6%, 12.8% and 4.4% of that of Zhejiang"
            after = re.split(r"[,，;；。]", s.text[tail : min(len(s.text), tail + 60)], maxsplit=1)[
                0
            ]
            total = after if re.match(r"\s*(?:of|to)\b", after) else ""
            if share_zh:
                total = share_zh.group(0)
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
    def _total_of_another(total: str, s: _Sentence, subject: str) -> bool:
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
        s: _Sentence, m: Mention, clause: tuple[int, int], subject: str
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
        listed = _written_list(s, m)
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
    def _owner(s: _Sentence, m: Mention, clause: tuple[int, int], subject: str) -> str:
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
            s.owners = list(_OWNER.finditer(s.text))
            s.own_again = list(_OWN_AGAIN.finditer(s.text))
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
            # the flow of the total it is a share of ("占出口总额的", "of total exports",
            # "of the province's total foreign trade")
            clause = Extractor._clause(s, m.start)
            after = s.text[m.end : min(clause[1], m.end + 60)]
            before = s.text[max(part[0], m.start - 30) : m.start]
            of_total = before[before.rfind("占") :] if "占" in before else ""
            if re.match(r"\s*(?:of|to)\b", after):
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
        s: _Sentence, m: Mention, clause: tuple[int, int], state: Carried
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

    def _written_partners(
        self, s: _Sentence, subject: str, previous_names: list[Match]
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
                found.append(Match(m.start(1), m.end(1), _UNKNOWN + slot, "partner"))
        for slot in cues.EN_PARTNER_SLOT.finditer(text):
            name = slot.group(1)
            if name.split()[0] in cues.NOT_PARTNER_NAMES or any(
                n.start < slot.end(1) and slot.start(1) < n.end for n in s.names
            ):
                continue  # a month, or a name a table knows
            found.append(Match(slot.start(1), slot.end(1), _UNKNOWN + name, "partner"))
        for pair in cues.HYPHEN_PAIR.finditer(text):
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
    def _unknown_product(s: _Sentence, m: Mention, part: tuple[int, int]) -> str | None:
        """An untranslated Chinese product word before the figure's flow word, if any."""
        earlier = [f for f in s.flows if f[1] <= m.start and f[0] >= part[0]]
        if not earlier or s.text[earlier[-1][0] : earlier[-1][1]] not in ("进出口", "出口", "进口"):
            return None
        return meaning.unknown_chinese_product(s.text, earlier[-1][0], s.names)

    def _respectively(
        self,
        s: _Sentence,
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
            for run in _figure_runs(s, measured, p0, p1):
                if previous:
                    ordered = sorted(previous, key=lambda n: n.start)
                    listed = list(dict.fromkeys(n.name for n in ordered))
                else:
                    listed = _last_name_run(s.text, names, p0, run[0].start)
                if len(listed) == len(run):
                    pairs.update(zip(run, listed, strict=True))
        return pairs

    @staticmethod
    def _unpaired(
        s: _Sentence, measured: list[tuple[Mention, _Meaning]], paired: AbstractSet[Mention]
    ) -> set[Mention]:
        """Figures of a respectively / 分别 list that nothing pairs with.

        "新能源车和农产品…分别增长76.7%、10.4%" with one name known: giving both figures the
        one name would state a wrong fact, so they are skipped.
        """
        unpaired: set[Mention] = set()
        for p0, p1 in s.parts:
            if "respectively" not in s.text[p0:p1].lower() and "分别" not in s.text[p0:p1]:
                continue
            for run in _figure_runs(s, measured, p0, p1):
                benchmarks = {read[2] for m, read in measured if m in run}
                if len(benchmarks) == len(run):
                    continue  # paired with a list of benchmarks
                if not any(m in paired for m in run):
                    unpaired.update(run)
        return unpaired


@functools.cache
def _region_names() -> frozenset[str]:
    """The canonical names of China's regions (a set: looked up once per figure)."""
    return frozenset(lexicon.REGIONS.values())


@functools.lru_cache(maxsize=4096)
def _figure(digits: str, unit: str, qualifier: str) -> Figure:
    """A figure, built once per distinct (digits, unit, qualifier): a unit is parsed by pint."""
    return Figure(digits, unit, qualifier)


def _containing(bounds: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    """The (start, end) among sorted, disjoint ``bounds`` that holds ``pos`` (binary search)."""
    i = bisect.bisect_right(bounds, (pos, length + 1)) - 1
    if i >= 0 and bounds[i][0] <= pos <= bounds[i][1]:
        return bounds[i]
    return (0, length)


# Between two figures of one list, or two flow words of one list: "5.3, 1.2 and 10.6",
# "进出口、出口和进口", "foreign trade, exports and imports"; nothing at all between 外贸 and
# 进出口.
_LIST_GAP = re.compile(r"\s*(?:[,，、]\s*(?:and\s+|or\s+)?|\s(?:and|or)\s|[和及与])?\s*")
# (a Chinese list may restate the direction of each item: "分别增长5.2%、下降2.3%"; an
# English one the currency of each: "RMB 6.8 billion, RMB 7.4 billion and RMB 8 billion")
_FIGURE_LIST_GAP = re.compile(
    r"\s*(?:[,，、]\s*(?:and\s+|or\s+)?|\s(?:and|or)\s|[和及与])\s*(?:增长|下降|增加|减少)?"
    r"(?:(?:RMB|US\$|USD|CNY|HK\$|\$|¥|€|£)\s*)?"
)
_Meaning = tuple[str | None, int, str | None, str]
_UNKNOWN = "?"  # marks a partner written in a partner slot but not in the name tables


def _flow_lists(
    s: _Sentence,
    measured: list[tuple[Mention, _Meaning]],
    taken: AbstractSet[Mention],
    previous: Sequence[str] = (),
) -> dict[Mention, str]:
    """Pair a list of flows with a list of figures of one measure.

    "exports and imports climbed 9.6 percent and 10.8 percent, respectively",
    "外贸进出口、出口和进口…分别完成a、b、c", "foreign trade, exports and imports were 5.3, 1.2
    and 10.6 percentage points higher". The figures must be one list (only list separators
    between them) or the part must say "respectively" / 分别; the flows are the run of flow
    words just before the figures, "exports and imports" counting as two. When the part has
    no such run but says "respectively", the distinct flows of the sentence before the
    figures are used ("exports rose ..., while imports ..., 35.9 and 13.8 points higher
    respectively"), and when it names no flow at all, those of the sentence before.
    """
    pairs: dict[Mention, str] = {}
    for p0, p1 in s.parts:
        chunk = s.text[p0:p1].lower()
        respectively = "respectively" in chunk or "分别" in chunk
        groups: dict[str, list[Mention]] = {}
        for m, read in measured:
            if (
                p0 <= m.start < p1
                and m not in taken
                and read[0]
                and read[0] not in ("gdp", "gdp_growth_target")
            ):
                groups.setdefault(read[0], []).append(m)
        for group in groups.values():
            if len(group) < 2:
                continue
            one_list = all(
                _FIGURE_LIST_GAP.fullmatch(s.text, a.end, b.start) is not None
                for a, b in itertools.pairwise(group)
            )
            if not (respectively or one_list):
                continue
            flows = _flow_run(s, p0, group[0].start)
            if len(flows) != len(group) and respectively:
                earlier = [f for _, end, f in s.flows if end <= group[0].start]
                flows = list(dict.fromkeys(f for f in earlier if f != "deficit"))
                if not flows:
                    # "Exports rose 5 percent, while imports fell 2 percent. The two growth
                    # rates were 3 and 4 points higher ..., respectively": the flows just named
                    flows = list(previous)
            if len(flows) == len(group) and len(set(flows)) == len(flows):
                pairs.update(zip(group, flows, strict=True))
    return pairs


def _period_parts(
    s: _Sentence, measured: list[tuple[Mention, _Meaning]], taken: AbstractSet[Mention]
) -> dict[Mention, tuple[Period, ...]]:
    """Pair "in the first three quarters ... x, y and z respectively" with each quarter.

    Only a list of figures that pairs with nothing else, after a period expression that
    names as many parts as the list has figures (see :func:`meaning.each_part`).
    """
    pairs: dict[Mention, tuple[Period, ...]] = {}
    for p0, p1 in s.parts:
        if "respectively" not in s.text[p0:p1].lower() and "分别" not in s.text[p0:p1]:
            continue
        for run in _figure_runs(s, measured, p0, p1):
            if any(m in taken for m in run):
                continue
            before = [p for p in s.periods if p0 <= p.start and p.end <= run[0].start]
            if not before or len(before[-1].periods) != 1:
                continue
            parts = meaning.each_part(before[-1].kind, before[-1].periods[0], len(run))
            if parts is not None:
                pairs.update((m, (part,)) for m, part in zip(run, parts, strict=True))
    return pairs


def _occurs(s: _Sentence, pattern: re.Pattern[str]) -> bool:
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


def _position(s: _Sentence, m: Mention) -> int:
    """The index of ``m`` among the sentence's figures (a table built once per sentence)."""
    if s.positions is None:
        s.positions = {id(n): i for i, n in enumerate(s.mentions)}
    return s.positions[id(m)]


def _written_list(s: _Sentence, m: Mention) -> list[Mention]:
    """The figures of the kind of ``m`` written in one list with it ("10.6%, 12.8% and 4.4%")."""
    i = _position(s, m)
    listed = [m]
    for n in reversed(s.mentions[max(0, i - 12) : i]):  # lists are short; bounded work
        if n.kind != m.kind or _FIGURE_LIST_GAP.fullmatch(s.text, n.end, listed[0].start) is None:
            break
        listed.insert(0, n)
    for n in s.mentions[i + 1 : i + 13]:
        if n.kind != m.kind or _FIGURE_LIST_GAP.fullmatch(s.text, listed[-1].end, n.start) is None:
            break
        listed.append(n)
    return listed


def _figure_runs(
    s: _Sentence, measured: list[tuple[Mention, _Meaning]], start: int, end: int
) -> list[list[Mention]]:
    """Runs of two or more figures of one measure written as one list ("x, y and z")."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    last: str | None = None
    for m, read in measured:
        if not (start <= m.start < end) or not read[0]:
            continue
        if (
            run
            and read[0] == last
            and _FIGURE_LIST_GAP.fullmatch(s.text, run[-1].end, m.start) is not None
        ):
            run.append(m)
            continue
        if len(run) > 1:
            runs.append(run)
        run, last = [m], read[0]
    if len(run) > 1:
        runs.append(run)
    return runs


# Between two names of one list: "A, B and C", "A、B、C", "China's Hong Kong, ASEAN, the
# European Union, and the United States".
# 我国香港地区 / 中国台湾地区 / 香港特区: the prefix and the suffix are part of the item.
_NAME_LIST_GAP = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:地区|特区)?\s*(?:[,，、]\s*(?:and\s+|or\s+)?|\s(?:and|or)\s|[和及与])\s*"
    r"(?:the\s+)?(?:China['’]s\s+|我国|中国)?"
)


def _listed_economies(s: _Sentence, partners: list[Match], subject: str) -> list[Match]:
    """Hong Kong, Macao or Taiwan written in one list with partners is a partner too.

    "对欧盟、美国、我国香港地区和日本分别进出口…": the region table knows Hong Kong as a
    region; as an item of a list of partners it is a partner.
    """
    taken = {n.start for n in partners}
    found: list[Match] = []
    for n in s.names:
        if (
            n.kind == "region"
            and n.name in cues.SEPARATE_ECONOMIES
            and n.name != subject
            and n.start not in taken
            and any(
                _NAME_LIST_GAP.fullmatch(s.text, p.end, n.start) is not None
                or _NAME_LIST_GAP.fullmatch(s.text, n.end, p.start) is not None
                for p in partners
                if abs(p.start - n.start) < 40
            )
        ):
            found.append(Match(n.start, n.end, n.name, "partner"))
    return found


def _last_name_run(text: str, names: list[Match], start: int, end: int) -> list[str]:
    """The distinct names of the list of names that ends last between start and end."""
    # "ASEAN (the Association ...)" / "the European Union (EU)": the bracketed repeat is
    # not another item
    inside = [
        n for n in names if start <= n.start and n.end <= end and text[n.start - 1 : n.start] != "("
    ]
    run: list[Match] = []
    for n in reversed(inside):
        if run and (
            n.end > run[0].start or _NAME_LIST_GAP.fullmatch(text, n.end, run[0].start) is None
        ):
            break
        run.insert(0, n)
    return list(dict.fromkeys(n.name for n in run))


# Between two Chinese list items, the unknown modifier of the next one may stand: "（电动汽车、"
_ZH_ITEM_GAP = re.compile(r"[、，,]?[\u4e00-\u9fff]{0,4}")


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
                _NAME_LIST_GAP.fullmatch(text, end, item.start) is None
                and _ZH_ITEM_GAP.fullmatch(text, end, item.start) is None
            ):
                break
            drop.add(j)
            end = item.end
    return [n for i, n in enumerate(names) if i not in drop]


def _list_measures(
    s: _Sentence, measured: list[tuple[Mention, _Meaning]]
) -> list[tuple[Mention, _Meaning]]:
    """Figures of one written list share the measure the list's first figure has.

    "占全省份额分别为11.5%、13.9%和5.1%": the share word stands before the first only.
    """
    out = list(measured)
    for i in range(1, len(out)):
        (a, first), (b, this) = out[i - 1], out[i]
        if (
            a.kind == b.kind
            and first[0] in ("share", "growth_gap")
            and this[0] != first[0]
            and _FIGURE_LIST_GAP.fullmatch(s.text, a.end, b.start) is not None
        ):
            out[i] = (b, first)
    return out


def _flow_run(s: _Sentence, start: int, end: int) -> list[str]:
    """The flows of the run of flow words that ends last before ``end`` (from ``start``)."""
    cues_in = [c for c in s.flows if start <= c[0] and c[1] <= end]
    run: list[tuple[int, int, str]] = []
    for cue in reversed(cues_in):
        if run and _LIST_GAP.fullmatch(s.text, cue[1], run[0][0]) is None:
            break
        run.insert(0, cue)
    flows: list[str] = []
    previous_end = -1
    for c0, c1, flow in run:
        written = s.text[c0 : c1 + 1].lower()
        if flow == "total" and written.startswith(("imports", "exports")) and written.endswith("s"):
            # "exports and imports climbed ..." are two flows; "import and export volumes"
            # (the attributive compound) is the total
            both = (
                ["imports", "exports"] if written.startswith("import") else ["exports", "imports"]
            )
            flows.extend(both)
        elif not (flows and flows[-1] == flow and c0 == previous_end):
            flows.append(flow)  # 外贸进出口 written together is one flow word
        previous_end = c1
    return flows


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


def extract(text: str, source: str | None = None, date: datetime.date | None = None) -> Extraction:
    """Read the facts of one text (plain text or HTML, English or Chinese).

    ``date`` is the publication date relative time is counted from; without it the date is
    read from the text (HTML metadata, a date or source line, the dateline).
    """
    return default_extractor().extract(text, source, date)
