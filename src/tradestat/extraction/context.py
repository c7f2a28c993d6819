"""Document context: when the text was published, whose trade it reports, and what carries.

The publication date anchors relative time ("last year", 去年, "the first two months"); it
comes from the caller, else from HTML metadata, a date or source line, the dateline
("BEIJING, Jan. 14 (Xinhua) --", "新华社北京1月14日电") or a date opening the lead, and
never from a photo caption. The subject (the reporting economy) comes from the headline and
the lead: the first place or national phrase that owns the trade there. :class:`Carried` is
what one sentence hands to the next: the cumulative period, the period in force, the partner
of the last figures.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence

import attrs

from tradestat import places
from tradestat.extraction import cues, lexicon
from tradestat.extraction.dates import OPEN_YEAR_KINDS, PeriodMention
from tradestat.extraction.gazetteer import Match
from tradestat.extraction.owners import names_currency
from tradestat.extraction.text import quick, quick_finditer
from tradestat.extraction.zones import ARTICLE, Zone, Zones
from tradestat.periods import MONTH_NAMES, MONTH_PATTERN, Period

__all__ = [
    "Anchor",
    "Carried",
    "publication_anchor",
    "choose_subject",
    "local_word",
    "unnamed_local",
    "CUSTOMS_DISTRICTS",
]


@attrs.frozen
class Anchor:
    """The date relative time is counted from, and where it was read."""

    year: int
    date: datetime.date | None
    source: str  # "given", "html metadata", "date line", "dateline", "lead", "first year in text"

    def __str__(self) -> str:
        when = self.date.isoformat() if self.date is not None else str(self.year)
        return f"{when} ({self.source})"


# --- publication date -----------------------------------------------------------------------

# HTML metadata naming the publication time: <meta property="article:published_time"
# content="2024-01-14T10:00:00+08:00">, itemprop="datePublished", name="pubdate", and
# <time datetime="2024-01-14">. Attributes may come in any order, so each tag is read whole.
_META_TAG = re.compile(r"<meta\b[^<>]{0,500}>|<time\b[^<>]{0,300}>", re.I)
_PUBLISHED_NAME = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time"""
    r"""|datePublished|pubdate|publishdate|publish[-_]date|dc\.date(?:\.issued)?|date)["'\s>/]""",
    re.I,
)
_ATTRIBUTE_DATE = re.compile(
    r"""(?:content|datetime)\s*=\s*["']?\s*((?:19|20)\d{2})-(\d{2})-(\d{2})""", re.I
)

# Full dates as written in date and source lines.
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_ZH = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
# (day first with dots, as European and some Chinese archive pages print it: "18.06.2015")
_DOTTED_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")
_WRITTEN = re.compile(rf"\b{MONTH_PATTERN}\s+(\d{{1,2}}),\s+((?:19|20)\d{{2}})\b", re.I)
# ("Friday, 24 September, 2021", "24 Sept 2021": the day first, as British copy writes it)
_WRITTEN_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+{MONTH_PATTERN},?\s+((?:19|20)\d{{2}})\b", re.I)

# Datelines: "BEIJING, Jan. 14 (Xinhua) --", "HOHHOT, Nov. 25 (Xinhua) --",
# "新华社北京1月14日电", "本报济南12月11日讯", "中新网1月14日电". Month and day only.
_DATELINE_EN = re.compile(
    rf"[ \t]*[A-Z][A-Z .'-]{{1,40}},\s+(?i:{MONTH_PATTERN})\s+(\d{{1,2}})\s*(?:\(|--|—|–)"
)
# The same dateline opening a later paragraph (a story whose highlights come first); not
# "On May 18," there, which may date an event.
_LATER_DATELINE = re.compile(r"^(?:" + _DATELINE_EN.pattern + ")", re.M)
# A lead that opens with the day of the release works the same way: "On May 18, according
# to Yiwu Customs, ...", "海关总署1月12日发布数据", "南京海关6月13日公布".
_DATELINE_EN = re.compile(
    _DATELINE_EN.pattern + rf"|[ \t]*On\s+(?i:{MONTH_PATTERN})\s+(\d{{1,2}}),"
)
_DATELINE_ZH = re.compile(
    r"[ \t]*[^\n，,。]{0,12}?(\d{1,2})月(\d{1,2})日(?:电|讯|发布|公布|消息|举行)"
    # a lead that opens with the day of the news: "7月16日，记者从成都海关获悉"
    r"|[ \t]*(\d{1,2})月(\d{1,2})日[，,]"
)

# A four-digit year in running text, not an amount ("2028.9亿元", "2023 billion", "1,2013");
# a comma after a word is no thousands separator ("其中,2012年": Chinese with ASCII commas).
_YEAR = re.compile(
    r"(?<![\d.])(?<!\d,)((?:19|20)\d{2})(?!\d)(?![.,]\d)(?!\s*(?:billion|million|trillion|亿|万|%|percent|yuan|元))"
)

#: How far into the lead a date may stand to be the publication date ("2024年1月14日，...").
LEAD_IN = 60


def _date(y: str, m: str, d: str) -> datetime.date | None:
    try:
        return datetime.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _full_date(text: str) -> datetime.date | None:
    """The first full date in ``text``.

    2024-01-14, 2024年1月14日, 14.01.2024, January 14, 2024, or 14 January 2024.
    """
    found: list[tuple[int, datetime.date]] = []
    for pattern, order in ((_ISO, (1, 2, 3)), (_ZH, (1, 2, 3)), (_DOTTED_DAY_FIRST, (3, 2, 1))):
        m = pattern.search(text)
        if m:
            d = _date(*(m.group(i) for i in order))
            if d is not None:
                found.append((m.start(), d))
    for pattern, (m_at, d_at) in ((_WRITTEN, (1, 2)), (_WRITTEN_DAY_FIRST, (2, 1))):
        m = pattern.search(text)
        if m:
            month = MONTH_NAMES.get(m.group(m_at).lower().rstrip("."))
            if month is not None:
                d = _date(m.group(3), str(month), m.group(d_at))
                if d is not None:
                    found.append((m.start(), d))
    return min(found, key=lambda f: f[0])[1] if found else None


def _html_date(raw: str) -> datetime.date | None:
    head = raw[:50000]
    if "<" not in head:
        return None
    for tag in _META_TAG.finditer(head):
        text = tag.group(0)
        if text[:5].lower() == "<meta" and not _PUBLISHED_NAME.search(text):
            continue
        m = _ATTRIBUTE_DATE.search(text)
        if m:
            d = _date(*m.groups())
            if d is not None:
                return d
    return None


def publication_anchor(
    raw: str, text: str, zones: Zones, given: datetime.date | None = None
) -> Anchor | None:
    """The publication date of a document, and where it was read; None if nothing says."""
    if given is not None:
        return Anchor(given.year, given, "given")
    found = _html_date(raw)
    if found is not None:
        return Anchor(found.year, found, "html metadata")
    # a date line anywhere before the lead ("HAIKOU" / "2019-07-03 09:32" under the
    # headline), then the lead's dateline or opening date
    for zone in zones.zones:
        if zone.kind in ("lead", "body"):
            break
        if zone.kind == "meta":
            found = _full_date(text[zone.start : zone.end])
            if found is not None:
                return Anchor(found.year, found, "date line")
    for zone in zones.zones:
        if zone.kind == "lead":
            lead = text[zone.start : zone.end]
            anchor = _from_dateline(lead, text, zones)
            if anchor is not None:
                return anchor
            found = _full_date(lead[:LEAD_IN])
            if found is not None:
                return Anchor(found.year, found, "lead")
            break
    seen: dict[str, list[int]] = {}  # (the article's years, read once for every dateline)
    for start, end in _article_spans(text, zones):
        later = _LATER_DATELINE.search(text, start, end)
        if later is not None:
            anchor = _from_dateline(text[later.start() : end], text, zones, seen)
            if anchor is not None:
                return anchor
    year = first_year(text, zones)
    if year is None:
        # "... on March 14, 2020. [Photo/Xinhua]": with no year in the article, a photo's
        # date says when it was written (not a file photo's)
        return _caption_anchor(text, zones)
    restated = _opening_part_restated(text, zones)
    if restated is not None:
        return Anchor(restated, None, "year of the opening period restated with its year")
    gap_year = _gap_year_after_last_year(text, zones, year)
    if gap_year is not None:
        return Anchor(gap_year + 1, None, "year after the year of a gap the text calls last year")
    headline_year = _headline_year_is_last_year(text, zones, year)
    if headline_year is not None:
        return Anchor(
            headline_year + 1, None, "year after the headline's year the lead calls last year"
        )
    after = _after_whole_years(text, zones)
    if after is not None:
        return Anchor(after, None, "year after the whole years reported")
    if _event_year_is_last_year(text, zones):
        return Anchor(year + 1, None, "year after the event year its paragraph calls 去年")
    if _whole_year_then_last_year(text, zones, year):
        return Anchor(year + 1, None, "year after the whole year the text then calls 去年")
    return Anchor(year, None, "first year in text")


# "last year" before any year is written ("Trade ... totalled 1.3 trillion U.S. dollars last
# year"), then the year of the growth a figure beat: "3.7 percentage points higher than
# China's trade growth in 2018", a benchmark of the same year as the figure.
_LAST_YEAR_EN = re.compile(r"\blast\s+year\b", re.I)
_GAP_IN_YEAR = re.compile(
    r"\bpercentage\s+points?\s+(?:higher|lower|faster|slower|above|below)\s+than\s+"
    r"[^.;]{0,60}?\bin\s+((?:19|20)\d\d)\b",
    re.I,
)


def _gap_year_after_last_year(text: str, zones: Zones, year: int) -> int | None:
    """The year "last year" is in an undated text that opens with it, if a gap says so.

    "... totalled 1.3 trillion U.S. dollars last year ... This marked a year-on-year
    growth of 16.3 percent, 3.7 percentage points higher than China's trade growth in
    2018": the gap's benchmark is of the figure's own year, so last year is 2018. Only
    when "last year" comes before any written year and the first year written is the
    gap's (``year``, the first year in the text); else None.
    """
    if not text.isascii():
        return None
    for start, end in _article_spans(text, zones):
        last = _LAST_YEAR_EN.search(text, start, end)
        written = quick(_YEAR).search(text, start, end)
        if written is not None and (last is None or written.start() < last.start()):
            return None  # a year written first
        if last is None:
            continue
        gap = _GAP_IN_YEAR.search(text, last.end())
        if gap is None or int(gap.group(1)) != year:
            return None
        first = quick(_YEAR).search(text, last.end())
        return year if first is not None and first.start() == gap.start(1) else None
    return None


# A whole year the headline reports its figure in: "China Africa trade grows to record $254b
# in 2021" (not "for 2024": a target's or a forecast's year).
_HEADLINE_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b(?![\d,.]*\s*(?:billion|million))")
# A headline that reports a result: a verb of a change or a record.
_HEADLINE_RESULT = re.compile(
    r"\b(?:grow|grows|grew|rise|rises|rose|hit|hits|reach|reaches|reached|surge|surges|surged"
    r"|climb|climbs|climbed|jump|jumps|jumped|fall|falls|fell|drop|drops|dropped|decline"
    r"|declines|declined|record|top|tops|topped|expand|expands|expanded|increase|increases"
    r"|increased|soar|soars|soared|up|down)\b",
    re.I,
)
# A headline about the future: a target, forecast or plan ("Vietnam sets export target for
# 2024", "exports expected to hit $400b in 2024"): its year is no year of a result.
_HEADLINE_FUTURE = re.compile(
    r"\b(?:targets?|forecasts?|goals?|aims?|plans?|expects?|expected|projects?|projected"
    r"|outlook|will|sets?|eyes|seeks?|predicts?|likely|could)\b|\bto\s+(?:hit|reach|top|grow"
    r"|rise|exceed|surpass)\b",
    re.I,
)


def _headline_year_is_last_year(text: str, zones: Zones, year: int) -> int | None:
    """The headline's year, when the lead under it reports the same story as "last year".

    "China Africa trade grows to record $254b in 2021" over "Two-way China Africa trade
    surged last year to a new record high of $254.5 billion": the year the headline writes
    is the lead's last year. Only in English, when the headline's year is the text's first
    year, written after "in" in a headline that reports a result (no target, forecast or
    future words), and the lead writes "last year" before any year; else None.
    """
    if not text.isascii():
        return None
    headline = zones.first("headline")
    lead = zones.first("lead")
    if headline is None or lead is None:
        return None
    found = _HEADLINE_IN_YEAR.search(text, headline.start, headline.end)
    if found is None or int(found.group(1)) != year:
        return None
    # the headline's clause that writes the year ("Vietnam's exports rise 14% in 2023, set to
    # grow further": the outlook after the comma is another clause)
    start = max(text.rfind(c, headline.start, found.start()) for c in ",;:") + 1
    start = max(start, headline.start)
    ends = [e for c in ",;:" if (e := text.find(c, found.end(), headline.end)) >= 0]
    end = min(ends, default=headline.end)
    if _HEADLINE_FUTURE.search(text, start, end) or not _HEADLINE_RESULT.search(text, start, end):
        return None  # a target's or forecast's year, or no result reported
    last = _LAST_YEAR_EN.search(text, lead.start, lead.end)
    if last is None:
        return None
    written = quick(_YEAR).search(text, lead.start, last.start())
    return year if written is None else None


# 去年 (last year) before figures: "去年累计实现进出口总额416亿元"
_LAST_YEAR_FIGURES = re.compile(r"去年[^。；;\n]{0,20}?\d")


def _event_year_is_last_year(text: str, zones: Zones) -> bool:
    """Whether the first year of an undated text dates an event its paragraph then calls 去年.

    "据了解，2016年南宁市印发实施了《…行动计划》。…去年累计实现进出口总额416亿元": the
    year is written for an event (a sentence with no figure), and the same paragraph goes
    on to 去年's figures: that year is last year, and the text's own 今年 the one after.
    """
    from tradestat.extraction.numbers import find_mentions
    from tradestat.extraction.text import sentences

    for start, end in _article_spans(text, zones):
        found = None
        for m in quick_finditer(_YEAR, text, start, end):
            if not _BASE_YEAR_BEFORE.search(text, max(start, m.start() - 2), m.start()):
                found = m
                break
        if found is None:
            continue
        if "去年" not in text[found.end() : end]:
            return False
        paragraph = text[start:end]
        for sentence in sentences(paragraph):
            if sentence.start + len(sentence.text) > found.start() - start:
                event = [x for x in find_mentions(sentence.text) if x.kind != "count"]
                break
        else:
            return False
        later = text[found.end() : end]
        return not event and _LAST_YEAR_FIGURES.search(later) is not None
    return False


# The mark of a whole year's figure compared with the year before it: "比上年增长5.6%".
_ON_PREVIOUS_YEAR = "比上年"


def _whole_year_then_last_year(text: str, zones: Zones, year: int) -> bool:
    """Whether an undated Chinese text reports the whole of its first year, then as 去年.

    "2020年欧盟从中国进口商品3835亿欧元，比上年增长5.6%。…去年欧盟从美国进口商品2020亿
    欧元": a whole year's total is only published once the year is over, so the 去年 of
    the later figures is that year. Only when the first paragraph writing a year (the
    headline aside) opens with that whole year and compares it with 比上年, a later 去年
    is followed by a figure, and the text writes no 今年 and no later year.
    """
    from tradestat.extraction.dates import find_periods

    if text.isascii() or "今年" in text or "去年" not in text:
        return False
    first: tuple[int, int] | None = None
    for start, end in _article_spans(text, zones):
        for m in quick_finditer(_YEAR, text, start, end):
            if int(m.group(1)) > year:
                return False  # a later year written: not only one year reported
        # (the lead under a headline that writes the year too: "2020年中国成欧盟最大贸易伙伴")
        headline = zones.kind_at(start) == "headline"
        if first is None and not headline and quick(_YEAR).search(text, start, end) is not None:
            first = (start, end)
    if first is None or _ON_PREVIOUS_YEAR not in text[first[0] : first[1]]:
        return False
    opening = [p for p in find_periods(text[first[0] : first[1]], year) if p.periods]
    if not opening:
        return False
    period = opening[0]
    if period.kind not in _WHOLE_YEAR_KINDS or period.periods != (Period.year(year),):
        return False
    return _LAST_YEAR_FIGURES.search(text, first[0] + period.end) is not None


_FILE_PHOTO = re.compile(r"\b(?:file|archive)\b|资料", re.I)


def _caption_anchor(text: str, zones: Zones) -> Anchor | None:
    """The date of the first dated photo caption, unless it is a file photo; else None."""
    for zone in zones.zones:
        if zone.kind == "caption":
            caption = text[zone.start : zone.end]
            found = _full_date(caption)
            if found is not None and _FILE_PHOTO.search(caption) is None:
                return Anchor(found.year, found, "photo caption")
    return None


# A year named as what a figure is compared with ("与2019年同期相比", "比2019年",
# "较2019年同期"): not the year the article reports.
_BASE_YEAR_BEFORE = re.compile(r"(?:与|比|较|相比)$")
# ... and in English: "nearly double that of 2022", "higher than in 2021", "compared with
# 2019", "versus 2020" (the year a figure is compared with, not the article's)
_BASE_YEAR_BEFORE_EN = re.compile(
    r"(?:\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\b(?:that|those)\s+of)"
    r"\s+(?:(?:in|of)\s+)?(?:the\s+same\s+period\s+(?:of|in)\s+)?$",
    re.I,
)


def first_year(text: str, zones: Zones) -> int | None:
    """The first year written in article text (headline, lead, body), not as a base."""
    from tradestat.extraction.dates import after_since

    for start, end in _article_spans(text, zones):
        for m in quick_finditer(_YEAR, text, start, end):
            if _BASE_YEAR_BEFORE.search(text, max(start, m.start() - 2), m.start()):
                continue
            if _BASE_YEAR_BEFORE_EN.search(text, max(start, m.start() - 40), m.start()):
                continue
            if "since" in text[max(start, m.start() - 80) : m.start()].lower() and after_since(
                text, m.start()
            ):
                continue  # "the most since August of 2010": a record's start, an event's date
            return int(m.group(1))
    return None


# What a period compared with stands after: "than in", "compared with the", "from", "over".
_COMPARED_BEFORE = re.compile(
    r"(?:\bthan|\bcompared\s+(?:with|to)|\bfrom|\bover|\bagainst|\bversus|\bvs\.?|"
    r"\bwith|与|比|较)\s*(?:(?:that|those)\s+(?:of|in)\s+)?(?:(?:in|of)\s+)?(?:the\s+)?"
    r"(?:same\s+period\s+(?:of|in)\s+)?$",
    re.I,
)


def _opening_part_restated(text: str, zones: Zones) -> int | None:
    """The year of an undated text whose opening part of a year is restated with its year.

    "In January-March of this year, trade with Russia grew 3.4% ... In general, China's
    trade in the I quarter of 2020 fell 8.4%": the text opens with a part of a year and no
    year, and later names the same months with a year, the latest year it writes, not as
    what a figure is compared with: that is the year "this year" is. Else None.
    """
    from tradestat.extraction.dates import find_periods

    opening: Period | None = None
    found: int | None = None
    latest = 0
    whole: set[int] = set()  # (a year whose whole is reported: a past one compared with)
    for start, end in _article_spans(text, zones):
        span = text[start:end]
        written = [(m.start(), int(m.group(1))) for m in quick_finditer(_YEAR, span)]
        latest = max([latest, *(year for _, year in written)])
        if opening is None and written and not span.isascii():
            return None  # (Chinese: left to the rules below)
        for p in find_periods(span, 2000):
            if not _dates_figures(p) or len(p.periods) != 1:
                continue
            own = [year for at, year in written if p.start <= at < p.end]
            if own and p.periods[0].n_months == 12:
                whole.add(own[0])
            if opening is None:
                if own or p.kind not in OPEN_YEAR_KINDS:
                    return None  # the text opens with a year, or with no part of one
                opening = p.periods[0]
                continue
            q = p.periods[0]
            if (
                found is None
                and own
                and (q.start_month, q.end_month) == (opening.start_month, opening.end_month)
                and q.n_months < 12
                and _COMPARED_BEFORE.search(span, max(0, p.start - 40), p.start) is None
            ):
                found = own[0]
    return found if found is not None and found == latest and found not in whole else None


def _after_whole_years(text: str, zones: Zones) -> int | None:
    """The year after the whole years an undated text reports as background, if so.

    "Trade ... in the first three quarters topped 28 billion dollars ... Trade topped 56.8
    billion dollars in 2008, up 18 percent from the previous year": a year whose total is
    reported is over, so the periods the text opens with (no year written, ending before
    December) are of a later year: the one after the last such year. Only when every year
    the text writes is such a whole year ("in 2008"), and a paragraph with a period and no
    year comes first; otherwise None (the first year in the text is in force).
    """
    from tradestat.extraction.dates import find_periods

    years: list[int] = []
    first_period: PeriodMention | None = None
    for start, end in _article_spans(text, zones):
        span = text[start:end]
        written = [(m.start(), int(m.group(1))) for m in quick_finditer(_YEAR, span)]
        if not written:
            if first_period is None:
                found = [p for p in find_periods(span, 2000) if _dates_figures(p)]
                if found:
                    first_period = found[0]
            continue
        if first_period is None and not span.isascii():
            # (the opening period may stand in the paragraph before its first year: "今年前三
            # 季度，…增长47.3%，超过了2022年全年的总额")
            found = [p for p in find_periods(span[: written[0][0]], 2000) if _dates_figures(p)]
            if found:
                first_period = found[0]
        mentions = find_periods(span, written[0][1])
        # (a year another period follows at once is that period's year, not a whole year:
        # "2019年今年1-5月", the year restated by 今年)
        starts = {p.start for p in mentions if p.periods}
        whole = {
            (p.start, p.end)
            for p in mentions
            if p.kind in _WHOLE_YEAR_KINDS
            and len(p.periods) == 1
            and p.periods[0].n_months == 12
            and p.end not in starts
        }
        around: Callable[[int], str] | None = None  # (the span cut into sentences once)
        for at, year in written:
            if _listed_after_whole(span, at, whole) or _same_part_compared(
                mentions, at, year, first_period, whole
            ):
                years.append(year)
                continue
            if not any(s <= at < e for s, e in whole):
                return None  # a year written otherwise: a date, a base, a year of a period
            if around is None:
                around = _sentence_around(span)
            if quick(cues.FUTURE).search(around(at)):
                return None  # "a target of 200 billion dollars for 2024": not over
            years.append(year)
        if first_period is None:
            return None  # no paragraph without a year came first
    if not years or first_period is None or first_period.kind not in OPEN_YEAR_KINDS:
        return None
    if any(p.end_month >= 12 for p in first_period.periods):
        return None  # "In December" beside the year's total: of that very year
    return max(years) + 1


# A year listed after a whole year: "the new members, which joined the EU in 2004 and 2007".
_YEAR_AND = re.compile(r"((?:19|20)\d\d)\s*(?:,|and|or)\s*$")


def _listed_after_whole(span: str, at: int, whole: set[tuple[int, int]]) -> bool:
    """Whether the year at ``at`` is listed right after a whole year ("in 2004 and 2007")."""
    found = _YEAR_AND.search(span, max(0, at - 10), at)
    return found is not None and any(s <= found.start(1) < e for s, e in whole)


def _same_part_compared(
    mentions: Sequence[PeriodMention],
    at: int,
    year: int,
    first: PeriodMention | None,
    whole: set[tuple[int, int]],
) -> bool:
    """Whether the year at ``at`` dates the opening year-less part of a year, as a past one.

    "Trade rose 27.9 percent in the first seven months of this year ... compared with 19.5
    percent in the whole of 2007 and 24.3 percent in the first seven months of 2007": the
    same months of a year whose whole is reported beside them are a comparison, not this
    year's (with no whole year of it beside them, "the first seven months of 2007" may be
    the opening period restated with its year, and nothing is decided).
    """
    if first is None or len(first.periods) != 1:
        return False
    opening = first.periods[0]
    for p in mentions:
        if p.start <= at < p.end and len(p.periods) == 1:
            q = p.periods[0]
            same = (q.start_month, q.end_month) == (opening.start_month, opening.end_month)
            return same and q.end_year == year and _whole_of(mentions, whole, year)
    return False


def _whole_of(mentions: Sequence[PeriodMention], whole: set[tuple[int, int]], year: int) -> bool:
    return any((p.start, p.end) in whole and p.periods[0].end_year == year for p in mentions)


def _sentence_around(text: str) -> Callable[[int], str]:
    """Of ``text``, the sentence that holds a position (the text itself between sentences).

    The text is cut into sentences once, however many positions are asked (a text of many
    written years is not cut again for each: linear time).
    """
    from tradestat.extraction.text import sentences

    cut = list(sentences(text))
    starts = [sentence.start for sentence in cut]

    def around(at: int) -> str:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at < cut[i].start + len(cut[i].text):
            return cut[i].text
        return text

    return around


def _dates_figures(p: PeriodMention) -> bool:
    """Whether a period mention dates figures (not a comparison base, not "the period")."""
    return bool(p.periods) and not p.kind.startswith("base_")


#: Period kinds that name a whole year written out ("in 2008", "2008年").
_WHOLE_YEAR_KINDS = frozenset({"year", "zh_year"})


def _article_spans(text: str, zones: Zones) -> list[tuple[int, int]]:
    spans = zones.spans(*ARTICLE)
    if not zones.zones:
        spans = [(0, len(text))]
    return spans


def _article_years(text: str, zones: Zones) -> list[int]:
    """The years the article's text names (a plan's years only when it names no other)."""
    years: list[int] = []
    future: list[int] = []
    for start, end in _article_spans(text, zones):
        ahead_spans: list[tuple[int, int]] | None = None  # sentences that plan, found once
        for y in quick_finditer(_YEAR, text, start, end):
            if ahead_spans is None:
                ahead_spans = _future_sentences(text, start, end)
            # (not a target's year: "their target of a 100-billion-dollar trade in 2015")
            ahead = any(a <= y.start() < b for a, b in ahead_spans)
            (future if ahead else years).append(int(y.group(1)))
    return years or future


def _from_dateline(
    lead: str, text: str, zones: Zones, seen: dict[str, list[int]] | None = None
) -> Anchor | None:
    """The date of a dateline ("BEIJING, Jan. 14 (Xinhua) --", "新华社北京1月14日电").

    A dateline gives month and day; the year is the latest year the article names, or the
    one after when the article reports that year up to or past the dateline's month.
    ``seen`` keeps the article's years between calls (read once per text, however many
    datelines are tried).
    """
    m = _DATELINE_EN.match(lead)
    if m:
        name, day_text = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        month = MONTH_NAMES.get(name.lower().rstrip("."))
        day = int(day_text)
    else:
        m = _DATELINE_ZH.match(lead)
        if m is None:
            return None
        first = 1 if m.group(1) else 3
        month, day = int(m.group(first)), int(m.group(first + 1))
    if month is None or not 1 <= month <= 12:
        return None
    if seen is not None and "years" in seen:
        years = seen["years"]
    else:
        years = _article_years(text, zones)
        if seen is not None:
            seen["years"] = years
    if not years:
        return None
    year = max(years)
    if _reports_through(text, zones, year, month) or (
        month < 12 and _whole_year_reported(text, zones, year)
    ):
        year += 1
    found = _date(str(year), str(month), str(day))
    return Anchor(year, found, "dateline") if found is not None else None


def _future_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sentences of text[start:end] that speak of a plan or a forecast."""
    from tradestat.extraction.text import sentences

    if quick(cues.FUTURE).search(text, start, end) is None:
        return []
    return [
        (start + x.start, start + x.start + len(x.text))
        for x in sentences(text[start:end])
        if quick(cues.FUTURE).search(x.text)
    ]


def _whole_year_reported(text: str, zones: Zones, year: int) -> bool:
    """Whether the article states a figure for the whole of ``year`` as past, not a plan.

    "Heilongjiang saw bilateral trade with Russia reach 18.99 billion U.S. dollars in 2011"
    under a dateline "HARBIN, Aug. 18": that year is over, so the dateline is of a later one.
    (December datelines are left alone: "in 2011" may be the year so far.)
    """
    from tradestat.extraction.dates import find_periods
    from tradestat.extraction.numbers import find_mentions

    for start, end in _article_spans(text, zones):
        span = text[start:end]
        if str(year) not in span:
            continue
        around: Callable[[int], str] | None = None  # (the span cut into sentences once)
        for p in find_periods(span, year):
            if (
                p.kind in _WHOLE_YEAR_KINDS
                and len(p.periods) == 1
                and p.periods[0].n_months == 12
                and p.periods[0].end_year == year
            ):
                if around is None:
                    around = _sentence_around(span)
                sentence = around(p.start)
                if (
                    not quick(cues.FUTURE).search(sentence)
                    and not _SO_FAR.search(sentence)
                    and any(m.kind == "money" for m in find_mentions(sentence))
                ):
                    return True
    return False


_SO_FAR = re.compile(r"\b(?:so\s+far|this\s+year|to\s+date|year-to-date)\b|以来|截至", re.I)


def _reports_through(text: str, zones: Zones, year: int, month: int) -> bool:
    """Whether the headline or lead states a period of ``year`` ending in ``month`` or later.

    Then the article cannot have been published in that month of that year.
    """
    from tradestat.extraction.dates import find_periods

    start, end = zones.head()
    head = text[start:end]
    for p in find_periods(head, year):
        if p.kind.startswith("base_") or str(year) not in head[p.start : p.end]:
            continue
        if any(
            q.end_year == year
            and q.end_month >= month
            # "2023年临近收官" under a December dateline: the year now closing, not past
            and not (month == 12 and q.n_months == 12)
            for q in p.periods
        ):
            return True
    return False


# --- subject --------------------------------------------------------------------------------

# Phrases that make the whole country the owner of the trade in a headline or lead:
# "China's foreign trade", "the country's exports", "the nation's", "nationwide",
# "Chinese regions" / "China's 31 provincial-level regions" (a round-up of many regions),
# 我国, 全国外贸, 中国货物贸易. "China's Gansu sees foreign trade" is not one: only lower-case
# words may stand between the possessive and the trade word.
_NATIONAL = re.compile(
    # ("CHINA'S trade surplus surged ...": a story that opens in capitals)
    # (not "China's share of imports into Germany": a partner's part of another's trade)
    r"\b(?:China|CHINA|[Tt]he\s+(?:country|nation))['’][sS]\s+(?!share\b)(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:trade|exports?|imports?|economy|GDP|turnover|foreign)\b"
    r"|\b(?:China['’]s|Chinese)\s+(?:[\w-]+\s+){0,2}?(?:regions|provinces|cities)\b"
    # "Figures about Chinese foreign trade", "Chinas foreign trade" (the apostrophe lost)
    r"|\bChinese\s+(?:(?:foreign|external|overall|total)\s+)?(?:trade|exports)\b"
    # "Chinese importers bought more Australian coal": China's own buyers and sellers
    r"|\bChinese\s+(?:importers|exporters|buyers)\b"
    r"|\bChinas\s+(?:[a-z][\w-]*\s+){0,3}?(?:trade|exports?|imports?|economy)\b"
    r"|\b[Nn]ationwide\b|\b[Nn]ational\s+(?:foreign\s+|total\s+)*(?:trade|exports?|imports?)\b"
    r"|^[ \t]*China\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:trade|exports?|imports?|saw|sees|posts?|reports?)\b"
    r"|我国|全国(?=外贸|进出口|货物贸易|出口|进口|贸易)"
    # (not 自中国进口 / 对中国出口: China as a partner there)
    r"|(?<![自从对向])中国(?=外贸|进出口|货物贸易|出口|进口|对外贸易)"
    # (not "中国外贸强市深圳市", "中国外贸第一大省广东": a place China's trade word describes)
    r"(?![^，,。；\n]{0,6}?(?:[强大][省市区]|第一[省市]|重镇|名城))"
    # "中国与葡语国家进出口商品总值": China's trade with a partner (not 对中国 / 自中国: a
    # partner there)
    r"|(?<![自从对向与])中国(?=与[^，,。；]{1,12}?(?:进出口|贸易))"
    # "中国对中亚五国进出口", "中国对东盟出口", "中国同越南贸易额": China's flow to a partner.
    # Group "to": counted only in a headline or a lead's first sentence (_national_phrase):
    # the Chinese copy of a partner's release adds China's own trade with it further on
    # ("越南统计总局公布…越南出口额… 同期，中国同越南贸易额增长15%")
    r"|(?<![自从对向与])(?P<to>中国)(?=[对同][^，,。；]{1,12}?(?:进出口|出口|进口|贸易))"
    # Hong Kong, Macao and Taiwan press name China as the mainland: "内地首两个月外贸表现强劲",
    # "大陆自台湾进口", "陆对台进出口总额" (not 对大陆 / 往内地 / 自大陆: a partner there)
    # (not 非洲大陆, 自由贸易; nor the mainland in a line whose trader is Hong Kong, Macao or
    # Taiwan: "内地进口放缓拖累 香港5月出口升5%")
    r"|(?<![对自与同向往从和及赴在洲])(?:内地|大陆)"
    r"(?=(?:首?[一二两三四五六七八九十\d]{1,2}个?月|全年|今年|去年|上半年)?"
    r"(?:的|整体)?(?:外贸|进出口|货物贸易|出口|进口|对外贸易"
    r"|[自对与](?!大陆|内地|由)[^，,。；]{1,8}?(?:进出口|出口|进口|贸易)))"
    r"(?![^\n。]{0,30}?(?:香港|台湾|澳门)[^\n，,。；]{0,8}?(?:出口|进口|外贸|进出口))"
    r"|(?<![\u4e00-\u9fff])陆(?=[对自与]台[^，,。；]{0,4}?(?:进出口|出口|进口|贸易))"
    # 中俄贸易额, 中美双边贸易: China and a partner abbreviated after 中 (cues.ZH_CHINA_PAIR)
    rf"|(?:(?<![\u4e00-\u9fff])|(?<=[年月度]))中(?={cues.ZH_CHINA_PAIR_TAIL})"
    # 俄中贸易, 美中双边贸易: the same pair written from the other side
    rf"|{cues.ZH_CHINA_PAIR_REVERSED.pattern}"
    # MOFCOM and customs releases write 我 alone for China: "我与非洲进出口总额",
    # "我对非出口", "我对美贸易" (我省 / 我市 / 我国 / 我们 are other words: a partner word
    # must follow); not 自我
    r"|(?<!自)我(?=[与对同](?!中国|大陆)[^，,。；\d]{1,10}?(?:进出口|出口|进口|贸易))",
    re.M,
)

# National institutions as the source: with no place named, the figures are the nation's.
_NATIONAL_SOURCE = re.compile(
    r"国务院|国家统计局|海关总署|国新办|General\s+Administration\s+of\s+Customs|\bGAC\b"
    r"|National\s+Bureau\s+of\s+Statistics|\bNBS\b|State\s+Council\s+Information\s+Office"
)

_AREAS = frozenset(lexicon.AREAS.values())

# Phrases that say the subject is a province, region or city without naming it.
_LOCAL = re.compile(r"我省|全省|本省|我区|全区|我市|全市|本市|我县|全县|本县")
# (a county's own words: the cities the text names are its city or its neighbours)
_COUNTY_LEVEL = frozenset({"我县", "全县", "本县"})
_LOCAL_EN = re.compile(
    r"\b(?:[Oo]ur|[Tt]his|[Tt]he)\s+(?:province|city|municipality|autonomous\s+region)\b"
)
# "our province" in English (a translated provincial release): as 我省.
_OUR_PROVINCE = re.compile(r"\b[Oo]ur\s+(?:province|autonomous\s+region)\b")
_PROVINCE_LEVEL = frozenset({"我省", "全省", "本省", "我区", "全区"})

#: The directly affiliated customs districts of the General Administration of Customs and
#: the provincial-level region each serves (GACC, list of directly affiliated customs). A
#: release that says "我省" (our province) and quotes one of these names its province.
CUSTOMS_DISTRICTS: dict[str, str] = {
    "北京": "Beijing", "天津": "Tianjin", "石家庄": "Hebei", "太原": "Shanxi",
    "满洲里": "Inner Mongolia", "呼和浩特": "Inner Mongolia", "沈阳": "Liaoning",
    "大连": "Liaoning", "长春": "Jilin", "哈尔滨": "Heilongjiang", "上海": "Shanghai",
    "南京": "Jiangsu", "杭州": "Zhejiang", "宁波": "Zhejiang", "合肥": "Anhui",
    "福州": "Fujian", "厦门": "Fujian", "南昌": "Jiangxi", "青岛": "Shandong",
    "济南": "Shandong", "郑州": "Henan", "武汉": "Hubei", "长沙": "Hunan",
    "广州": "Guangdong", "黄埔": "Guangdong", "深圳": "Guangdong", "拱北": "Guangdong",
    "汕头": "Guangdong", "江门": "Guangdong", "湛江": "Guangdong", "南宁": "Guangxi",
    "海口": "Hainan", "重庆": "Chongqing", "成都": "Sichuan", "贵阳": "Guizhou",
    "昆明": "Yunnan", "拉萨": "Tibet", "西安": "Shaanxi", "兰州": "Gansu",
    "西宁": "Qinghai", "银川": "Ningxia", "乌鲁木齐": "Xinjiang",
}  # fmt: skip
#: The same districts as English news names them ("Hefei Customs"): their seats in pinyin.
CUSTOMS_DISTRICTS_EN: dict[str, str] = {
    english: CUSTOMS_DISTRICTS[chinese]
    for chinese, english in {
        "北京": "Beijing", "天津": "Tianjin", "石家庄": "Shijiazhuang", "太原": "Taiyuan",
        "满洲里": "Manzhouli", "呼和浩特": "Hohhot", "沈阳": "Shenyang", "大连": "Dalian",
        "长春": "Changchun", "哈尔滨": "Harbin", "上海": "Shanghai", "南京": "Nanjing",
        "杭州": "Hangzhou", "宁波": "Ningbo", "合肥": "Hefei", "福州": "Fuzhou",
        "厦门": "Xiamen", "南昌": "Nanchang", "青岛": "Qingdao", "济南": "Jinan",
        "郑州": "Zhengzhou", "武汉": "Wuhan", "长沙": "Changsha", "广州": "Guangzhou",
        "黄埔": "Huangpu", "深圳": "Shenzhen", "拱北": "Gongbei", "汕头": "Shantou",
        "江门": "Jiangmen", "湛江": "Zhanjiang", "南宁": "Nanning", "海口": "Haikou",
        "重庆": "Chongqing", "成都": "Chengdu", "贵阳": "Guiyang", "昆明": "Kunming",
        "拉萨": "Lhasa", "西安": "Xi'an", "兰州": "Lanzhou", "西宁": "Xining",
        "银川": "Yinchuan", "乌鲁木齐": "Urumqi",
    }.items()
}  # fmt: skip
_CUSTOMS = re.compile(
    "(" + "|".join(CUSTOMS_DISTRICTS) + r")海关"
    r"|\b(" + "|".join(re.escape(e) for e in CUSTOMS_DISTRICTS_EN) + r")\s+[Cc]ustoms\b"
)


def _customs_province(text: str) -> str | None:
    """The province of the first customs district the text names (合肥海关, Hefei Customs)."""
    found = _CUSTOMS.search(text)
    if found is None:
        return None
    if found.group(1):
        return CUSTOMS_DISTRICTS[found.group(1)]
    return CUSTOMS_DISTRICTS_EN[found.group(2)]


# A place followed by one of these is an organisation, not the subject: "Chengdu Customs",
# "Tibet Daily", "北京青年报".
_ORGANISATION = (
    " customs",
    "'s customs",
    " daily",
    " news",
    " times",
    " university",
    " evening",
    "海关",
    "日报",
    "青年报",
    "晚报",
    "商报",
    "电视台",
    "大学",
    # a translation note: "东盟（台湾译东协）" says how Taiwan writes a name
    "译",
)
# A place after one of these is an office's seat, not the subject: "The customs office of
# Changsha, Hunan province announced ...", "the customs in Dalian".
_ORGANISATION_OF = re.compile(
    r"\b(?:customs(?:\s+office|\s+house|\s+district)?|(?:customs|commerce|statistics)\s+bureau"
    r"|bureau\s+of\s+(?:commerce|statistics))\s+(?:of|in|at)\s+$",
    re.I,
)
# A country right after one of these is a partner, not the subject.
_PARTNER_BEFORE = re.compile(r"(?:with|to|from|and|对|与|自|同|和)\s*$", re.I)


# What follows the place of a Chinese dateline: "11月12日电", "12日电", "1月14日讯",
# "4月14日消息" (央广网), "12日专电", "3日报道"
_DATELINE_PLACE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:专?电|讯|消息|报道)")
# An event's venue is not the reporter: "博览会将于9月24日至28日在广西南宁举行", "在厦门召开",
# "于北京开幕" (the place after 在/于, at most a city name before the event verb)
_VENUE_BEFORE = re.compile(r"[在于][\u4e00-\u9fff]{0,4}$")
_VENUE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:市|省)?(?:隆重|盛大|顺利)?"
    r"(?:举行|举办|召开|开幕|闭幕|落幕|启幕|揭幕)"
)


# An event's or a publication's venue in English is not the reporter: "the yellow book
# released in Beijing on July 4", "the Expo held in June in Harbin, capital of northeast
# China's Heilongjiang Province" (and the province of such a venue city).
_VENUE_EN_BEFORE = re.compile(
    r"\b(?:released|held|issued|published|opened|launched|hosted|staged|convened|"
    r"took\s+place|unveiled|kicked\s+off|inaugurated|organi[sz]ed|announced)"
    r"(?:\s+(?:in|on)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?)?\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,\s+(?:the\s+)?(?:provincial\s+)?"
    r"(?:capital(?:\s+city)?|city)\s+of\s+(?:[a-z]+\s+){0,2}(?:China['’]s\s+)?)?$"
)


# An event's seat named after the event's noun: "the China+Central Asia Summit in the
# Chinese city of Xi'an", "a trade fair at Harbin", "talks held in Beijing".
_EVENT_SEAT_BEFORE = re.compile(
    # where a speaker spoke: "Wang Jun ... told reporters in Beijing", "said in Beijing"
    r"\b(?:told\s+(?:reporters|journalists|the\s+press|a\s+(?:press|news)\s+(?:conference|briefing))"
    r"|said|speaking|spoke)\s+(?:on\s+\w+\s+)?(?:in|at)\s+$|"
    r"\b(?:summit|expo|exposition|fair|forum|conference|meeting|exhibition|festival|games|"
    r"talks|ceremony|symposium|congress|dialogue|convention|session)\)?(?:\s+\(\w+\))?"
    r"(?:\s+(?:will\s+be\s+|to\s+be\s+|was\s+|being\s+)?held)?\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+){0,2}(?:city|capital)\s+of\s+)?$",
    re.I,
)


# A place in a list of those a reporter is ranked against: "我市位居第8位，仅次于上海、深圳、
# 北京", "仅次于青岛(增速32.4%)和北京": a comparison, not the reporter.
_RANKED_AGAINST_ZH = re.compile(
    # (a name's characters exclude the joining words: one way to split the list)
    r"(?:仅次于|次于|落后于|领先于)"
    r"(?:(?:(?![和及与])[\u4e00-\u9fff]){1,8}(?:[(（][^()（）\n]{0,16}[)）])?[、，,和及与])*$"
)


# A place the reporter is measured against or ranked within is not the reporter: "高于苏州
# 平均水平5.2个百分点", "增速快于全国整体" (the benchmark), "进出口额总量排苏州第三", "居
# 江苏第二位" (the whole it ranks in); a city's release that calls itself only 我市 has no
# subject of its own then.
_BENCHMARK_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|超出|持平于)$")
_BENCHMARK_AFTER = re.compile(r"[市省]?的?(?:平均|整体|总体)")
_RANKED_WITHIN_BEFORE = re.compile(r"(?:排|居|列|排名|排在)$")
_RANKED_WITHIN_AFTER = re.compile(r"[市省]?第[一二三四五六七八九十\d]")


def _benchmark(m: Match, text: str) -> bool:
    """Whether a place is named as a benchmark or as the whole a ranking is within."""
    return (
        _BENCHMARK_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
        and _BENCHMARK_AFTER.match(text, m.end) is not None
    ) or (
        _RANKED_WITHIN_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
        and _RANKED_WITHIN_AFTER.match(text, m.end) is not None
    )


def _usable(m: Match, text: str) -> bool:
    following = text[m.end : m.end + 12].lower()
    written = text[m.start : m.end]
    # "Urumqi Customs", "北京青年报", a dateline in capitals ("CHENGDU, Jan. 18"); a place
    # alone in brackets after a name is that body's seat ("中葡论坛（澳门）常设秘书处")
    seat = text[m.start - 1 : m.start] in ("(", "（") and text[m.end : m.end + 1] in (")", "）")
    # (but "我省（陕西省）" glosses the reporter's own word with its name)
    seat = seat and _LOCAL.fullmatch(text, max(0, m.start - 3), m.start - 1) is None
    # "新华社北京11月12日电": the agency's dateline names where it was filed
    dateline = _DATELINE_PLACE.match(text, m.end) is not None
    # (在广西南宁举行: the province before its city is the venue too)
    venue = (
        _VENUE_AFTER.match(text, m.end) is not None
        and _VENUE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
    )
    # (searched from the characters a match can start with: see text.quick)
    venue = venue or bool(quick(_VENUE_EN_BEFORE).search(text, max(0, m.start - 100), m.start))
    venue = venue or bool(quick(_EVENT_SEAT_BEFORE).search(text, max(0, m.start - 60), m.start))
    ranked = (
        "次于" in text[max(0, m.start - 80) : m.start]
        or "领先于" in text[max(0, m.start - 80) : m.start]
    )
    return not (
        venue
        or (ranked and _RANKED_AGAINST_ZH.search(text, max(0, m.start - 80), m.start) is not None)
        or following.startswith(_ORGANISATION)
        or bool(quick(_ORGANISATION_OF).search(text, max(0, m.start - 30), m.start))
        or (written.isupper() and len(written) > 3)
        or seat
        or dateline
        or _dateline(m, text)
        or (m.name in cues.CAPITALS and cues.CAPITAL_AS_STATE_AFTER.match(text, m.end))
        or _currency(m, text)
        or _benchmark(m, text)
    )


def _dateline(m: Match, text: str) -> bool:
    """Whether a place opens a line as a dateline in title case: "Beijing, Mar 8 :"."""
    if not cues.DATELINE_AFTER.match(text, m.end):
        return False
    # (only blanks between the line's start and the place; looked for near it only, never
    # back to the start of a long line: one search per name)
    reach = max(0, m.start - 40)
    before = text[reach : m.start].rstrip(" \t\r\u3000")
    return before.endswith("\n") or (not before and reach == 0)


def _currency(m: Match, text: str) -> bool:
    """Whether a country's name is part of a currency's: "US$932 billion", "U.S. dollars"."""
    return m.kind == "country" and names_currency(m, text)


# After a bloc's name, what makes it the owner of trade figures: "EU exports", "the EU's
# trade deficit", "EU27 imports" (an economy that reports its own trade), also in a
# statistics office's words: "EU trade in goods with China", "the EU trade in goods
# deficit", "EU merchandise trade with".
_BLOC_OWNS = re.compile(
    r"(?:27|28)?(?:['’]s)?\s+(?:total\s+|overall\s+|goods\s+|merchandise\s+)?"
    r"(?:exports?|imports?|trade\s+(?:in\s+goods\s+)?(?:deficit|surplus|balance)"
    r"|trade\s+in\s+goods\s+with)\b",
    re.I,
)


# The end of a Chinese lead's source: "…新闻发布会上获悉，", "…数据显示，", "…了解到，"
_SOURCE_END = re.compile(r"(?:获悉|了解到|数据显示|统计显示|显示|介绍)[，,：:]")


# China as a side of the trade a text's head is about: "China and Russia", "between China
# and", "China-EU trade", "Sino-US".
_CHINA_SIDE = re.compile(
    r"\bChina\s+and\s+(?:the\s+)?[A-Z]|\bbetween\s+China\b|\bChina-[A-Z]|\bSino-"
    # the partner named first: "Russia-China trade", "Brazil and China", "trade with China",
    # "US-China trade", "U.S.-China", "EU-China"
    r"|\b[A-Z][\w.]*(?:-|\s+and\s+)China\b|\bwith\s+China\b"
)


# A foreign body's own statistics as the source of a Chinese lead: "据德国联邦统计局最新统计",
# "俄罗斯联邦海关局20日公布的统计数据显示", "日本贸易振兴机构21日发表的…统计数据显示",
# "据美国商务部数据", "韩国关税厅发布的数据" (the country's name, a few words of the body's
# name, then a statistics, customs or trade body)
_FOREIGN_AGENCY = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:统计局|统计总局|统计署|统计厅|统计办公室|统计处|海关局|海关总局|海关署"
    r"|海关|关税厅|财务省|经济产业省|商务部|经济部|贸易部|外贸秘书处|贸易振兴机构|贸易振兴会"
    # (美国普查局, the US Census Bureau; 韩国产业通商资源部, 韩国贸易协会)
    # (越南统计总局, Vietnam's General Statistics Office; 新加坡企业发展局, Enterprise Singapore)
    r"|普查局|通商资源部|贸易协会|企业发展局)"
)
# ... and that it is quoted as the source: 据 before, or what it published after it
_SOURCE_BEFORE = re.compile(r"(?:据|根据|援引)$")
_SOURCE_AFTER = re.compile(r"[^，,。；;！？\n]{0,24}?(?:公布|发布|发表|统计|数据)")


# How far a text with no headline or lead marked counts as its head.
_OPENING = 600


def _head_or_opening(text: str, zones: Zones) -> tuple[int, int]:
    """The headline and lead, or the text's first 600 characters when no zone is marked."""
    start, end = zones.head()
    return (start, end) if zones.zones else (start, min(len(text), _OPENING))


def _foreign_statistics(text: str, names: Sequence[Match], zones: Zones) -> str | None:
    """The foreign country whose own statistics body the lead quotes as its source, or None.

    A Chinese article on "德中双边贸易" quoting 德国联邦统计局 reports Germany's trade with
    China (by Germany's figures), not China's with Germany. Only the first source in the
    headline and lead counts; a country after 对 / 与 / 自 is a partner, not a source.
    """
    start, end = _head_or_opening(text, zones)
    for m in names:
        if m.start >= end:
            break
        if (
            m.name == "China"
            and m.start >= start
            and _SOURCE_BEFORE.search(text, max(0, m.start - 2), m.start)
            and _FOREIGN_AGENCY.match(text, m.end)
        ):
            # "据中国海关统计，2021年中俄贸易额…。据俄罗斯海关统计，…": China's own
            # statistics come first, the other side's are the aside
            return None
        if (
            m.start < start
            # (a bloc that publishes its own statistics: 欧盟统计局, Eurostat)
            or not (m.kind == "country" or (m.kind == "partner" and m.name == "EU"))
            or m.name == "China"
            or zones.kind_at(m.start) not in ARTICLE
            or _PARTNER_BEFORE.search(text[max(0, m.start - 6) : m.start])
        ):
            continue
        agency = _FOREIGN_AGENCY.match(text, m.end)
        if agency is None:
            continue
        if _SOURCE_BEFORE.search(text, max(0, m.start - 2), m.start) or _SOURCE_AFTER.match(
            text, agency.end()
        ):
            return m.name
    return None


def choose_subject(text: str, names: Sequence[Match], zones: Zones) -> str | None:
    """The reporting economy of a document, from its headline and lead.

    China, unless the lead quotes a foreign country's own statistics body as its source
    (据德国联邦统计局最新统计，2009年德中双边贸易…): then that country, whose figures they are.
    """
    chosen = _choose_subject(text, names, zones)
    if chosen == "China" and not text.isascii():
        return _foreign_statistics(text, names, zones) or chosen
    if chosen == "China" and text.isascii():
        return _home_statistics(text, names, zones) or chosen
    if chosen is None and text.isascii():
        # a text that names no reporter in its head ("Exports to China in the first five
        # months dropped ..."): the country whose own statistics, customs or trade body it
        # quotes anywhere, else the country of a foreign dateline ("SEOUL, June 2 -- "),
        # else China when its head quotes China's customs ("Sino-Russian trade rose 40.7%
        # to $93.8 billion, Chinese customs data showed")
        return (
            _body_anywhere(text, names, zones)
            or _foreign_dateline(text, zones)
            or _chinese_customs_in_head(text, zones)
            or _foreign_agency(text, zones)
            or _china_side_in_head(text, zones)
        )
    return chosen


# China's customs as the source: "Chinese customs data showed", "according to China's
# customs", "China's General Administration of Customs said".
_CHINESE_CUSTOMS = re.compile(
    r"\b(?:China['’]s|Chinese)\s+(?:[Gg]eneral\s+[Aa]dministration\s+of\s+)?[Cc]ustoms\b"
)


# China's state news agency as the story's source: "BEIJING, Jan 13 (Xinhua) --".
_XINHUA = re.compile(r"\bXinhua\b")


def _chinese_customs_in_head(text: str, zones: Zones) -> str | None:
    """China, when the headline or lead of a text naming no reporter quotes China's customs."""
    if "ustoms" not in text:
        return None
    start, end = _head_or_opening(text, zones)
    return "China" if _CHINESE_CUSTOMS.search(text, start, end) else None


def _china_side_in_head(text: str, zones: Zones) -> str | None:
    """China, when the head of a text naming no reporter makes it a side of the trade.

    "China-Russia trade rose 5 percent in 2023", "Sino-African trade", "Brazil-China trade"
    (a hyphen pair names neither side alone): with no other reporter's statistics office
    or dateline (looked for first), the pair's figures are read as China's, as the
    customs data such stories quote are.
    """
    start, end = _head_or_opening(text, zones)
    if _FLOW_WITH_CHINA.search(text, start, end):
        # "Trade with China slumps" over "Imports from China dropped 11.7%": a flow from or
        # to China is another economy's, whose name the text does not give
        return None
    return "China" if _CHINA_SIDE.search(text, start, end) else None


# A flow whose partner is China: "Imports from China", "exports to the People's Republic of
# China", "shipments to China" (the trader is another economy; not "exports from China",
# "imports to China": China's own flows).
_FLOW_WITH_CHINA = re.compile(
    r"\b(?:(?:[Ii]mports?|[Pp]urchases)\s+from|(?:[Ee]xports?|[Ss]hipments|[Ss]ales)\s+to)\s+"
    r"(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+)?China\b"
)


# A statistics office quoted without its country's name: "the Federal Statistical Office
# (Destatis) said", "the Census Bureau"; not China's own "National Bureau of Statistics".
_UNNAMED_STATISTICS = re.compile(
    r"\b(?:Federal\s+)?Statistical\s+Office\b|\bCensus\s+Bureau\b"
    r"|\bStatistics\s+(?:Office|Bureau|Agency)\b|(?<!National\s)\bBureau\s+of\s+Statistics\b"
)
_CHINESE_BEFORE = re.compile(r"\b(?:China['’]s|Chinese)\s+(?:[A-Z]\w*\s+){0,2}$")


def _home_statistics(text: str, names: Sequence[Match], zones: Zones) -> str | None:
    """The country of a foreign dateline whose own statistics office the lead quotes.

    "China And Germany Trade Uplift To Record High" over "BERLIN: China is expected to
    remain Germany's most important trading partner ..., the Federal Statistical Office
    (Destatis) said": Germany's figures of its trade with China. Only when that country is
    named in the head too.
    """
    start, end = zones.head()
    if not any(word in text for word in ("Statisti", "Census")):
        return None  # (a substring every match holds: "Statistical", "Statistics", "Census")
    found = _UNNAMED_STATISTICS.search(text, start, end)
    if found is None or _CHINESE_BEFORE.search(text, max(0, found.start() - 30), found.start()):
        return None
    home = _foreign_dateline(text, zones)
    if home is None or home == "China":
        return None
    named = any(m.name == home and start <= m.start < end for m in names)
    return home if named else None


def _body_anywhere(text: str, names: Sequence[Match], zones: Zones) -> str | None:
    """The first country (not China) named as the owner of a statistics or trade body."""
    for m in names:
        if (
            m.kind in ("country", "demonym")
            and m.name != "China"
            and zones.kind_at(m.start) in ARTICLE
            and not _currency(m, text)
            and (_OWN_BODY_AFTER.match(text, m.end) or _TRADE_BODY_AFTER.match(text, m.end))
            # (quoted as the figures' source, not for an opinion: "Analysts at the Japan
            # External Trade Organization said")
            and _DATA_FROM_BEFORE.search(text, max(0, m.start - 40), m.start)
        ):
            return m.name
    return None


# Before a body quoted as the source of figures: "Data by the", "figures from", "according to".
_DATA_FROM_BEFORE = re.compile(
    r"(?:\b(?:data|figures|statistics|numbers)\s+(?:from|by|of|released\s+by|published\s+by)"
    r"|\baccording\s+to)\s+(?:the\s+)?$",
    re.I,
)


# A country's trade body: "Korea International Trade Association", "Japan External Trade
# Organization", "the Vietnam Customs Service".
_TRADE_BODY_AFTER = re.compile(
    r"\s+(?:International\s+Trade\s+Association|Trade\s+Association"
    r"|External\s+Trade\s+Organization|Customs\s+Service)\b"
)


# A pair of trading sides written China first: "between China and the EU", "China-Argentina
# trade", "China and Brazil", "Sino-European".
_CHINA_PAIR_FIRST = re.compile(
    r"\bbetween\s+China\b|\bChina\s+and\s+(?:the\s+)?[A-Z]|\bChina-[A-Z]|\bSino-"
)


# A foreign body whose name does not hold its country's (lexicon.FOREIGN_AGENCIES), as a
# word of its own: "the Federal Statistical Office (Destatis)", "Eurostat said".
_FOREIGN_AGENCY_EN = re.compile(
    r"\b(?:"
    + "|".join(re.escape(b) for b in sorted(lexicon.FOREIGN_AGENCIES, key=len, reverse=True))
    + r")\b"
)


def _foreign_agency(text: str, zones: Zones) -> str | None:
    """The economy of the first foreign body (Destatis, Eurostat ...) quoted near the head.

    Asked only of a text whose head names no reporter ("Imports from China dropped by
    11.7%, the Federal Statistical Office (Destatis) reported"): the figures are that
    body's economy's, China only their partner.
    """
    reach = _head_or_opening(text, zones)[1] + _AGENCY_REACH
    for start, end in _article_spans(text, zones):
        if start >= reach:
            break
        found = _FOREIGN_AGENCY_EN.search(text, start, min(end, reach))
        if found is not None:
            return lexicon.FOREIGN_AGENCIES[found.group(0)]
    return None


#: How far past the head a foreign body quoted as the source still names the reporter (the
#: paragraph or two after it; not an aside at the end of a story on China's own figures).
_AGENCY_REACH = 800


def _foreign_dateline(text: str, zones: Zones) -> str | None:
    """The country of a foreign city that opens the lead as its dateline, if any."""
    start, end = zones.head()
    found = _DATELINE_CITY.search(text, start, min(len(text), end + 200))
    if found is None:
        return None
    return lexicon.FOREIGN_DATELINES.get(found.group(1).strip().lower())


# A dateline: a city in capitals (or as a name) at a line's start, then a comma, a bracket or a
# dash ("SEOUL, June 2 (Yonhap) --", "KUALA LUMPUR: ", "Hanoi (VNA) –").
_DATELINE_CITY = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Za-z]+(?:[ .'-][A-Za-z]+){0,2})[ \t]*(?:,|\(|:|–|—|--|-(?=[ \t]))"
)


# "我对中国与香港出口1704.8亿美元", "我对大陆出口": the economy that writes 我 and trades
# with China as 中国 / 大陆 is Taiwan, in its own press (its finance ministry's releases).
_TAIWAN_WE = re.compile(
    # (its trade: a flow word follows; not a quote, "“我对中国市场充满信心”")
    r"(?<![自本“\"「])我(?:国|方)?[对自与](?:中国|大陆)[^，,。；;“”\"]{0,6}?(?:进出口|出口|进口|贸易)"
)


def _lead_city_of(zones: Zones, regions: Sequence[Match], district: str) -> str | None:
    """The district's city, when the lead names it and not the district; else None."""
    lead = zones.first("lead")
    if lead is None:
        return None
    in_lead = {m.name for m in regions if lead.start <= m.start < lead.end}
    city = lexicon.DISTRICT_CITIES[district]
    return city if city in in_lead and district not in in_lead else None


def _choose_subject(text: str, names: Sequence[Match], zones: Zones) -> str | None:
    """The reporting economy of a document, from its headline and lead.

    The first owner named there wins: a region, or a national phrase (China). Of the
    regions named there the first wins, unless the article names another of them more
    than twice as often. "我省" (our province) there, with a customs district's name in
    the text ("据南昌海关统计"), is that district's province: cities the release compares
    itself with are not the subject. Otherwise the region the article names most often;
    a national phrase anywhere gives China. Places in captions, credits, source lines and
    link lists do not count.
    """
    # (regions first: the other names are looked at only when no region decides)
    regions = [
        m
        for m in names
        if m.kind == "region" and zones.kind_at(m.start) in ARTICLE and _usable(m, text)
    ]
    regions = _without_share_totals(text, regions)
    counts = Counter(m.name for m in regions)
    head_start, head_end = _head_or_opening(text, zones)
    country_names = [m for m in names if m.kind == "country"]
    if "我" in text and _TAIWAN_WE.search(text, *zones.head()) is not None:
        return "Taiwan"
    abroad = _headline_owner_abroad(text, names, regions, zones) or _lead_owner_abroad(
        text, names, regions, zones
    )
    if abroad is not None:
        return abroad
    for zone in zones.zones:
        if zone.kind not in ("headline", "lead"):
            continue
        cue = _first_owner(text, zone.start, zone.end, regions, country_names)
        if cue is None:
            continue
        kind, _ = cue
        if kind == "region":
            # the first named ("Shenzhen, in south China's Guangdong Province"), unless the
            # article names another one there far more often ("Hong Kong-Guangdong trade")
            in_zone = list(
                dict.fromkeys(m.name for m in regions if zone.start <= m.start < zone.end)
            )
            most = max(in_zone, key=lambda n: counts[n])
            if counts[most] > 2 * counts[in_zone[0]]:
                return most
            chosen = _trader_of(text, regions, in_zone) or in_zone[0]
            if not text.isascii():
                # "汕头综合保税区…。…粤东地区(包括汕头市、梅州市…)外贸进出口总值…": an area the
                # head writes as the trader, of which the first place is a member
                chosen = _area_over(text, regions, counts, chosen, zones) or chosen
            if zone.kind == "headline" and chosen in lexicon.DISTRICT_CITIES and text.isascii():
                # "Beilun posts trade gains" over "Ningbo's foreign trade reached ...": a
                # district the lead does not name is no reporter over its city the lead names
                return _lead_city_of(zones, regions, chosen) or chosen
            return chosen
        if kind == "national":
            if zone.kind == "headline":
                # "China sees foreign trade up" over "South China's Guangdong Province saw
                # its foreign trade grow ...": a lead that opens with a region the article
                # names again is that region's story under a loosely worded headline
                lead = _lead_region(text, zones, regions, country_names, counts)
                if lead is not None:
                    return lead
            return "China"
        if cue[1] in _COUNTY_LEVEL:
            return None  # "全县外贸进出口…" with no county named: not guessed
        if cue[1] in _PROVINCE_LEVEL:
            customs = _customs_province(text)
            if customs is not None:
                return customs
            # "全省商务系统…会上获悉，今年上半年湖南实现进出口…": the province the lead
            # names after its 全省 is the one it calls 全省 (not the cities of the body)
            named = _province_in(text, regions, zone.start, zone.end)
            if named is not None:
                return named
        break  # "我省": a region not named here; look further below
    abroad = _reporter_abroad(text, names, zones)
    if abroad is not None:
        return abroad
    if (
        counts
        and max(counts.values()) <= 2
        and not any(head_start <= m.start < head_end for m in regions)
        and _CHINA_SIDE.search(text, head_start, head_end)
    ):
        # "China and Russia have upgraded their relations ... LPG entered China via Manzhouli
        # land port": a place the body names once in passing is not the reporter of a text
        # whose head makes China a side of the trade; nor is the capital where a meeting
        # was held and that stands for the government ("talks in Beijing", "between
        # Beijing and Washington") in a "Russia-China trade" report
        return "China"
    if counts:
        first = {m.name: -m.start for m in reversed(regions)}
        return max(counts, key=lambda n: (counts[n], first[n]))
    spans = _article_spans(text, zones)
    local = [m.group(0) for s, e in spans for m in _LOCAL.finditer(text, s, e)]
    our = [m.group(0) for s, e in spans for m in _OUR_PROVINCE.finditer(text, s, e)]
    if local or our:
        if _PROVINCE_LEVEL.intersection(local) or our:
            customs = _customs_province(text)
            if customs is not None:
                return customs
        return None  # some province or city whose name the text does not give
    if any(
        _national_phrase(text, s, e, country_names, zones.kind_at(s) in ("headline", "lead"))
        or _NATIONAL_SOURCE.search(text, s, e)
        for s, e in spans
    ):
        return "China"
    # "Shanghai Customs handled imports and exports worth ...": with no place named but a
    # customs district, the district's figures are its province's
    customs = _customs_province(text)
    if customs is not None:
        return customs
    countries = [
        m
        for m in names
        # (a bloc as the owner of its trade: "EU exports to China rose ...", a Eurostat
        # report; not "countries along the Belt and Road", which never report)
        if (m.kind == "country" or (m.kind == "partner" and _BLOC_OWNS.match(text, m.end)))
        and zones.kind_at(m.start) in ARTICLE
        and _usable(m, text)
        and head_start <= m.start < head_end
        and not _PARTNER_BEFORE.search(text[max(0, m.start - 6) : m.start])
    ]
    return countries[0].name if countries else None


# --- a partner's own statistics with no Chinese owner in the head ---------------------------
# A report of a foreign economy's own trade ("a rising New Zealand goods trade deficit",
# "China's share of Brazilian exports", "the Kenya National Bureau of Statistics shows")
# whose headline and lead name no Chinese region and no phrase of China's own trade: that
# economy is the reporter, China at most its partner, however often the body names Chinese
# places ("mainland China, Hong Kong and Macao" as the partner).

# After a country's name or demonym, words that make it the trader: its flow or balance
# written next to it ("New Zealand goods trade deficit", "Brazilian exports", "Vietnam's
# shipments"), a verb of recording ("Vietnam Records Drop", "Brazil exported"), or the
# balance it is given ("earn Brazil a record-breaking trade surplus").
_TRADER_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:total|overall|goods|merchandise|foreign|monthly)\s+){0,2}"
    r"(?:exports?|imports?|shipments|trade\s+(?:deficit|surplus|balance|gap)"
    # ("New Zealand's international sales", "Chile's overseas sales": its exports)
    r"|(?:international|overseas|export)\s+sales)\b"
    r"|\s+(?:[Rr]ecord(?:s|ed)|[Pp]ost(?:s|ed)|[Ll]ogs|logged|[Rr]egister(?:s|ed)|exported|imported)\b"
    r"|\s+an?\s+(?:[\w-]+\s+){0,2}?(?:trade\s+)?(?:surplus|deficit)\b"
)
# A statistics, customs or trade body of the country (its name or demonym before):
# "Kenya National Bureau of Statistics", "Vietnamese customs data", "the Brazilian Economy
# Ministry", "South Korean Ministry of Trade", "Kazakh Deputy Prime Minister and Minister of
# Trade" (up to five capitalised words, or "and", between).
_OWN_BODY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:[A-Z][\w-]*|and)\s+){0,5}?"
    r"(?:Statistical\s+Office|Statistics\s+(?:Office|Bureau|Agency|Department|Authority)"
    r"|Bureau\s+of\s+Statistics|(?i:customs)|(?:Trade|Finance|Economy|Commerce)\s+Ministry"
    r"|Ministry\s+of\s+[A-Z]\w+|Minister\s+of\s+(?:Trade|Commerce|Economy|Finance))\b"
)
# ... or the body's name before the country's: "Statistics New Zealand", "Statistics Korea".
_OWN_BODY_BEFORE = re.compile(r"\bStatistics\s+$")
# Before a country, words that make it the importer: "China's share of imports into
# Germany", "goods imported into Japan".
_IMPORTS_INTO_BEFORE = re.compile(r"\b(?:imports|imported|shipments)\s+into\s+(?:the\s+)?$")


# A country whose trading partners a head ranks is the one whose statistics rank them:
# "trading partner of Austria", "the main trade partners of Sweden" (before its name) ...
# (or the role China has in that country's trade: "the top buyer of Chilean goods", "the
# largest supplier of Kenya")
_PARTNER_ROLE = (
    r"(?:(?:trading|trade)\s+partner|partner|buyer|customer|(?:export\s+)?market"
    r"|(?:export\s+)?destination"
    r"|supplier|source\s+of\s+imports)"
)
_PARTNER_OF_BEFORE = re.compile(rf"\b{_PARTNER_ROLE}s?\s+of\s+(?:the\s+)?$")
# ... "Sweden's largest trading partner", "Austria's top three trade partners" (after it).
_PARTNER_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{_PARTNER_ROLE}s?\b")
#: How far after the lead a body quoted as the source still names the reporter (the
#: paragraph after a lead that gives no source).
_SOURCE_REACH = 400


# Before the total a share is of: "accounting for 86.1% of", "or 40 percent of the".
_PERCENT_OF_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+)?$", re.I)


def _without_share_totals(text: str, regions: list[Match]) -> list[Match]:
    """The regions less a province named only as the total of a city's share.

    "Chengdu Customs show the city realized ... accounting for 86.1% of Sichuan Province's
    total": a province written only after "N% of", in a text that names one of its cities,
    is the larger total the city's figures are a share of, not the reporter.
    """
    parents = {
        place.parent
        for m in regions
        if (place := places.place(m.name)) is not None and place.kind is places.PlaceKind.CITY
    }
    if not parents:
        return regions
    only_totals = {m.name for m in regions if m.name in parents}
    for m in regions:
        if m.name in only_totals and not _PERCENT_OF_BEFORE.search(
            text, max(0, m.start - 16), m.start
        ):
            only_totals.discard(m.name)
    return [m for m in regions if m.name not in only_totals] if only_totals else regions


def _reporter_abroad(text: str, names: Sequence[Match], zones: Zones) -> str | None:
    """The foreign economy that the head writes as the trader or quotes the body of.

    Only when the headline and lead name no Chinese region, no phrase of China's own trade
    and no Chinese national body (those decide before this is asked): the first country
    (not China) written as the trader in the head, or whose own statistics, customs or
    trade body the head or the paragraph after it quotes. A name after "to", "from",
    "with" or "and" is a partner.
    """
    start, end = zones.head()
    if not zones.zones or _CJK.search(text, start, end):
        return None  # (Chinese text: _foreign_statistics)
    if quick(_NATIONAL).search(text, start, end) or _chinese_source(text, names, start, end):
        return None
    reach = end + _SOURCE_REACH
    chinese_figures = bool(
        _CHINESE_CUSTOMS.search(text, start, min(len(text), reach))
        or _XINHUA.search(text, start, end)
    )
    # (a head that names only partners, "Annual exports to China jumped 22 per cent", leaves
    # its trader to the paragraph after it: "... a quarter of New Zealand's international
    # sales")
    only_partners = None  # (None until the head names a country)
    pair_first = False  # (whether a pair written China first opens the head: see below)
    for m in names:
        # (and the EU, the bloc with its own statistics office: "China was the EU's third
        # largest partner for exports of goods", Eurostat)
        if m.start < start or not (
            m.kind in ("country", "demonym") or (m.kind == "partner" and m.name == "EU")
        ):
            continue
        if m.start >= reach:
            break
        into = _IMPORTS_INTO_BEFORE.search(text, max(0, m.start - 24), m.start) is not None
        partner = (
            not into and _PARTNER_BEFORE.search(text[max(0, m.start - 6) : m.start]) is not None
        )
        if m.start < end and not _currency(m, text):
            only_partners = partner and only_partners is not False
        if (
            m.name == "China"
            or zones.kind_at(m.start) not in ARTICLE
            or _currency(m, text)
            or partner
        ):
            continue
        if (m.start < end or only_partners is True) and (into or _TRADER_AFTER.match(text, m.end)):
            return m.name
        if (
            m.start < end
            and (
                _PARTNER_OF_BEFORE.search(text, max(0, m.start - 32), m.start)
                or _PARTNER_AFTER.match(text, m.end)
            )
            and not chinese_figures
        ):
            if not pair_first:  # (once found, found for every later name: no rescan)
                pair_first = _CHINA_PAIR_FIRST.search(text, start, m.start) is not None
            # "China only third trading partner of Austria", "China remains Sweden's
            # largest trading partner": the country whose partners are ranked reports
            # (not in a Xinhua story on China's customs figures, "China has been Germany's
            # largest trading partner for seven years, according to the Chinese customs"; nor
            # after a pair written China first, "Trade between China and the EU fell ..., and
            # China remained the EU's second-largest trading partner": China's, as such pairs
            # are read in _china_side_in_head)
            if not pair_first:
                return m.name
        if _OWN_BODY_AFTER.match(text, m.end) or _OWN_BODY_BEFORE.search(
            text, max(0, m.start - 12), m.start
        ):
            return m.name
    return None


def _chinese_source(text: str, names: Sequence[Match], start: int, end: int) -> bool:
    """Whether text[start:end] quotes a Chinese national body (_NATIONAL_SOURCE) as such.

    Not "the Kenya National Bureau of Statistics": a body whose name a foreign country's
    opens is that country's.
    """
    foreign_ends: set[int] | None = None  # (built once, at the first body found)
    for found in _NATIONAL_SOURCE.finditer(text, start, end):
        if foreign_ends is None:
            foreign_ends = {
                m.end for m in names if m.kind in ("country", "demonym") and m.name != "China"
            }
        if found.start() not in foreign_ends and found.start() - 1 not in foreign_ends:
            return True
    return False


def _lead_region(
    text: str,
    zones: Zones,
    regions: Sequence[Match],
    countries: Sequence[Match],
    counts: Counter[str],
) -> str | None:
    """The region whose trade the lead opens with, when the article names it again.

    Only a region written as the trader ("Guangdong Province saw its foreign trade grow",
    "Anhui's exports"), not one named in passing ("The Shanghai lockdown weighed on exports").
    """
    lead = zones.first("lead")
    if lead is None:
        return None
    cue = _first_owner(text, lead.start, lead.end, regions, countries)
    if cue is None or cue[0] != "region" or counts[cue[1]] < 2:
        return None
    first = next(m for m in regions if lead.start <= m.start < lead.end and m.name == cue[1])
    return cue[1] if _REGION_TRADES.match(text, first.end) else None


# After a region's name, words that make it the trader: "Guangdong Province saw its foreign
# trade", "Anhui's exports", "Hubei posted".
_REGION_TRADES = re.compile(
    r"(?:\s+(?:[Pp]rovince|[Cc]ity|[Mm]unicipality|[Aa]utonomous\s+[Rr]egion|[Rr]egion))?"
    r"(?:['’]s\s+(?:[a-z-]+\s+){0,3}?(?:trade|exports?|imports?)\b"
    r"|\s+(?:saw|sees|posted|posts|reported|reports|recorded|records|registered)\b)"
)


# After a country's name, words that make it the trader of the figures that follow: its
# possessive flow ("Japan's exports", "Australia's trade surplus") or a verb of recording
# ("Australia recorded a $9 billion goods trade surplus", "Brazil exported goods worth").
_COUNTRY_TRADES = re.compile(
    r"(?:['’]s\s+(?:[a-z-]+\s+){0,2}?(?:exports?|imports?|trade|shipments)\b"
    r"|\s+(?:recorded|posted|reported|registered|logged|ran|exported|imported|shipped)\b)"
)


def _lead_owner_abroad(
    text: str, names: Sequence[Match], regions: Sequence[Match], zones: Zones
) -> str | None:
    """A foreign country that opens the lead as the trader, China at most a partner.

    "Japan's exports declined in March as shipments to China dropped", "ISLAMABAD: Pakistan
    recorded ...": a report of that country's own statistics. Only the lead's first words
    (after its dateline) count, and only in an article whose headline names no Chinese
    region and no phrase of China's own trade ("While Japan's exports declined, the
    country's exports rose ..." opens with a contrast, not with the trader).
    """
    lead = zones.first("lead")
    if lead is None:
        return None
    if any(z.kind == "headline" and _names_china_side(text, z, regions) for z in zones.zones):
        return None
    opening = _LEAD_OPENING.match(text, lead.start)
    at = opening.end() if opening else lead.start
    for m in names:
        if m.start < at:
            continue
        if m.start > at or m.kind != "country" or m.name == "China" or _currency(m, text):
            return None
        return m.name if _COUNTRY_TRADES.match(text, m.end) else None
    return None


# Before a lead's first words: white space, a dateline ("ISLAMABAD:", "ASTANA –", "TOKYO,
# April 17 (Kyodo) --") and "The".
_LEAD_OPENING = re.compile(
    r"\s*(?:[A-Z][A-Z .'’-]{1,40}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,30}\)\s*)?"
    r"(?:--|—|–|-|:)\s*)?(?:The\s+)?"
)


# A statistics or customs body after a country's name or demonym: "the German Federal
# Statistical Office (Destatis)", "the Australian Bureau of Statistics", "Korea Customs
# Service", "Japan's Finance Ministry".
_AGENCY_EN = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Statistical\s+Office|Statistics\s+(?:Office|Bureau|"
    r"Agency|Department|Authority)|Bureau\s+of\s+Statistics|(?i:customs(?:\s+service)?)"
    r"|(?:Trade|Finance|Economy|Commerce)\s+Ministry|Ministry\s+of\s+[A-Z]\w+)\b"
)


def _agency_of(text: str, names: Sequence[Match], zones: Zones) -> str | None:
    """The country whose statistics or customs body the headline or lead names, if any."""
    start, end = zones.head()
    for m in names:
        if (
            start <= m.start < end
            and m.kind in ("country", "demonym")
            and m.name != "China"
            and _AGENCY_EN.match(text, m.end)
        ):
            return m.name
    return None


def _names_china_side(text: str, zone: Zone, regions: Sequence[Match]) -> bool:
    """Whether a zone names China's own trade or a Chinese region: China is a trader there."""
    return quick(_NATIONAL).search(text, zone.start, zone.end) is not None or any(
        zone.start <= m.start < zone.end for m in regions
    )


# China as the other side of a pair written with a hyphen: "Vietnam-China trade".
_CHINA_AFTER = re.compile(r"[-–](?=China\b)")
# ... and in Chinese: "美国对华进口同比减少13.5%", "韩国对中国出口下降", "日本自中国进口": the
# country's own trade with China (its own release), China only the partner.
_OWNS_CHINA_ZH = re.compile(
    r"的?(?:对华|对中国|自华|自中国|从中国|来自中国)的?(?:货物|商品)?"
    r"(?:进出口|出口|进口|贸易逆差|贸易顺差|逆差|顺差)"
    # (not a policy on that trade: "美国对华出口管制收紧" heads China's own figures)
    r"(?!管制|限制|管控|禁令|许可)"
)


def _headline_owner_abroad(
    text: str, names: Sequence[Match], regions: Sequence[Match], zones: Zones
) -> str | None:
    """A foreign economy that a headline makes the owner of its trade, China only its partner.

    "EU exports to China up by 21%", "Russia's imports from China hit record": the headline
    reports the other side's own trade (a Eurostat or a partner's release), so that side is
    the reporter, however often the body names Chinese places. A headline with a national
    phrase ("China's trade with the EU") or a partner word before the name keeps China.
    """
    # (a text with no headline: its lead, "Vietnam-China trade reached $42 billion, of which
    # Vietnam's exports to China ...")
    kind = "headline" if any(z.kind == "headline" for z in zones.zones) else "lead"
    for zone in zones.zones:
        if zone.kind != kind:
            continue
        if _names_china_side(text, zone, regions):
            return None
        paired = False  # the name before was one side of "Vietnam-China"
        for m in names:
            if not zone.start <= m.start < zone.end:
                continue
            if m.kind not in ("country", "partner", "demonym") or _currency(m, text):
                continue  # (not "US$42 billion")
            if m.name == "China" and paired:
                paired = False
                continue
            if m.name == "China" or _PARTNER_BEFORE.search(text[max(0, m.start - 6) : m.start]):
                return None
            if (
                kind == "headline"
                and m.kind == "country"
                and _OWNS_CHINA_ZH.match(text, m.end)
                and not _lead_cites(text, zones, "海关总署")
            ):
                # "美国对华进口同比减少13.5%" (a headline's: a lead may quote China's customs
                # on the partner's side of the trade, "据海关总署统计，…美国自华进口…"; a
                # lead on China's customs' figures keeps China the reporter)
                return m.name
            if _BLOC_OWNS.match(text, m.end) and (
                m.kind != "demonym" or _agency_of(text, names, zones) == m.name
            ):
                # "EU exports to China"; "German imports from China up ...: Destatis" with
                # the German statistics office as the source ("Russian exports to China"
                # over China's customs figures stays China's imports)
                return m.name
            if m.kind == "demonym" or _CHINA_AFTER.match(text, m.end) is None:
                return None
            paired = True  # "Vietnam-China trade": whose, the text goes on to say
        return None
    return None


def _lead_cites(text: str, zones: Zones, agency: str) -> bool:
    """Whether the text's lead names ``agency`` (its figures' source)."""
    return any(z.kind == "lead" and text.find(agency, z.start, z.end) >= 0 for z in zones.zones)


# How Chinese copy writes a place as a side of trade: as the partner after 对 / 自 / 与 / 同 /
# 向 ("江西对香港出口"), as the trader before them or before its flow ("江西对…",
# "厦门自台湾进口", "江西出口").
_AS_PARTNER_ZH = re.compile(r"[对自与同向]$")
_AS_TRADER_ZH = re.compile(r"[对自与同向]|(?:的)?(?:进出口|出口|进口|外贸)")


def _trader_of(text: str, regions: Sequence[Match], in_zone: Sequence[str]) -> str | None:
    """Another headline place when the first one is the partner of the article's trade.

    "香港超过欧盟成为江西第二大出口市场", "台湾成为厦门最大进口来源地": the first place
    is the one ranked; the body writes it as the partner (江西对香港出口) and the other as
    the trader. Only when the body settles it: the first place written as a partner more
    often than as a trader, another as a trader more often than as a partner.
    """
    uses: dict[str, list[int]] = {name: [0, 0] for name in in_zone}
    for m in regions:
        if m.name in uses:
            # (对香港出口: the flow after a partner is the trader's)
            if _AS_PARTNER_ZH.search(text, max(0, m.start - 1), m.start) is not None:
                uses[m.name][0] += 1
            elif _AS_TRADER_ZH.match(text, m.end) is not None:
                uses[m.name][1] += 1
    first = uses[in_zone[0]]
    if first[0] <= first[1]:
        return None
    traders = [n for n in in_zone[1:] if uses[n][1] > uses[n][0]]
    return traders[0] if len(traders) == 1 else None


# After an area's name, its own trade: "粤东地区外贸进出口", "长株潭3市进出口", with an aside
# in brackets between ("粤东地区(包括汕头市、梅州市…)外贸进出口总值").
_AREA_TRADES_ZH = re.compile(
    r"(?:[(（][^()（）\n]{0,60}[)）])?(?:[\d一二三四五六七八九十]{1,2}[市城])?"
    r"(?:实现|的)?(?:外贸|货物贸易|对外贸易|进出口|出口|进口)"
)


def _area_over(
    text: str, regions: Sequence[Match], counts: Counter[str], chosen: str, zones: Zones
) -> str | None:
    """The area the head reports whose member is ``chosen``, when the text is the area's.

    A story that opens on one city's firms, then gives the trade of the area the city
    belongs to ("粤东地区外贸进出口总值…", the area named more often than the city), is the
    area's: its figures are the area's, not the city's. None unless the headline or lead
    writes such an area (``china_areas.csv``) before its own trade.
    """
    heads = zones.spans("headline", "lead")
    if not heads:
        return None
    start, end = heads[0][0], heads[-1][1]
    for i, m in enumerate(regions):
        if m.start >= end:
            break
        trades = _AREA_TRADES_ZH.match(text, m.end)
        if (
            m.start < start
            or trades is None
            or chosen not in lexicon.AREA_MEMBERS.get(m.name, ())
            or text[m.start - 1 : m.start] in _NOT_AREA_TRADER
        ):
            continue
        # (the members listed in its brackets are no mentions of the city as such)
        # (names come in text order: only those after this one, up to the end of its trade
        # words, at most some 65 characters, are counted: no walk over every name)
        listed = 0
        for n in itertools.islice(regions, i + 1, None):
            if n.start >= trades.end():
                break
            listed += n.name == chosen and m.end <= n.start
        if counts[m.name] > counts[chosen] - listed:
            return m.name
    return None


# Before an area, words that make it a larger total or a partner: 占粤东地区…的, 对长三角出口.
_NOT_AREA_TRADER = frozenset("占对与自向比较于居")


def _is_province(name: str) -> bool:
    found = places.place(name)
    return found is not None and found.kind is places.PlaceKind.PROVINCE


def _province_in(text: str, regions: Sequence[Match], start: int, end: int) -> str | None:
    """The one province named in text[start:end], not as a partner (对/与/自 before it)."""
    found = {
        m.name
        for m in regions
        if start <= m.start < end
        and _is_province(m.name)
        and not _PARTNER_BEFORE.search(text[max(0, m.start - 6) : m.start])
    }
    return found.pop() if len(found) == 1 else None


def unnamed_local(text: str, zones: Zones) -> bool:
    """Whether the article calls its reporter 我省 / 全市 / "our province" (any such word)."""
    return local_word(text, zones) is not None


def local_word(text: str, zones: Zones) -> str | None:
    """The first word by which the article calls its reporter (我省, 全市, "our province")."""
    for s, e in _article_spans(text, zones):
        found = _LOCAL.search(text, s, e) or _LOCAL_EN.search(text, s, e)
        if found is not None:
            return found.group(0)
    return None


# The end of a Chinese sentence (a lead's first sentence ends at the first).
_SENTENCE_STOP = re.compile(r"[。！？；;\n]")


def _national_phrase(
    text: str, start: int, end: int, countries: Sequence[Match], head: bool = True
) -> re.Match[str] | None:
    """The first national phrase in text[start:end] (see _NATIONAL).

    Not "the country's" / "the nation's" after a foreign country's possessive in the same
    span: "Laos's trade with China fell ... The country's exports ..." are Laos's. Not
    中国对X / 中国同X past the span's first sentence, nor at all where ``head`` is False
    (a span that is no headline or lead): there it is China's trade with the partner whose
    own release the text reports.
    """
    first_end = None  # (where the span's first sentence ends; looked up once)
    for found in quick_finditer(_NATIONAL, text, start, end):
        if found.group("to") is not None:
            if not head:
                continue
            if first_end is None:
                stop = _SENTENCE_STOP.search(text, start, end)
                first_end = stop.start() if stop is not None else end
            if found.start() > first_end:
                continue
        if found.group(0)[:4].lower() == "the " and any(
            start <= c.start < found.start()
            and c.name != "China"
            and text[c.end : c.end + 2] in ("'s", "’s")  # (an owner, not a partner)
            for c in countries
        ):
            continue
        return found
    return None


def _first_owner(
    text: str, start: int, end: int, regions: Sequence[Match], countries: Sequence[Match] = ()
) -> tuple[str, str] | None:
    """The first of: a region, a national phrase, a "我省"-like phrase in text[start:end].

    "the country's" / "the nation's" after a foreign country named there is that country's
    ("Laos's trade with China fell ... The country's exports ..."), no national phrase.
    """
    candidates: list[tuple[int, str, str]] = []
    for m in regions:
        if start <= m.start < end:
            candidates.append((m.start, "region", m.name))
            break
    national = _national_phrase(text, start, end, countries)
    if national is not None:
        inside = [c for c in candidates if national.start() <= c[0] <= national.end() + 1]
        if inside and inside[0][2] in _AREAS:
            # "我国西部地区进出口", "China's western regions saw ...": the region of several
            # provinces the national words introduce
            return "region", inside[0][2]
        candidates.append((national.start(), "national", "China"))
    local = _LOCAL.search(text, start, end)
    if local is not None:
        candidates.append((local.start(), "local", local.group(0)))
    if not candidates:
        return None
    _, kind, value = min(candidates)
    return kind, value


# --- context carried between sentences ------------------------------------------------------
_CJK = re.compile("[\u4e00-\u9fff]")
# After a period that opens a sentence without figures, what makes it the topic of what
# follows: a comma ("In May, ...", "同期，"), maybe after "alone" / 当月 / 份.
_TOPIC_END = re.compile(r"\s*(?:alone|当月|份)?\s*[,，:：]")
#: How far into a sentence a period may start and still open it.
_OPENING = 40
# Before a period that opens a sentence without figures, words that make it the period of
# the data that follow: "The data for the first ten months of 2011 show ...", "Figures for
# January-October showed ...", "Customs statistics covering the first half indicate ...".
_DATA_FOR = re.compile(
    r"^\s*(?:the\s+)?(?:latest\s+|new\s+|official\s+|customs\s+|preliminary\s+)?"
    r"(?:data|figures|statistics|numbers)\s+(?:for|of|on|covering)\s+(?:the\s+)?$",
    re.I,
)
# A period that belongs to one figure, not to what follows: "由2013年的753.3亿元增长到…"
# (the year of that value), "在2022年28.1%的高基数上" (last year's growth as a base),
# "从2004年首次突破百亿美元后" (the start of a history).
_ONE_FIGURES_PERIOD = re.compile(r"的?\s*\d")
# ("继去年边贸额首次突破1亿美元后，上半年…": following a past mark, the sentence moves on)
_FROM_PERIOD = re.compile(r"(?:由|从|自|继)$")


def _running_total_of(base: Sequence[Period], found: Sequence[PeriodMention]) -> bool:
    """Whether a sentence names only the year to date up to the one month of ``base``."""
    if len(base) != 1 or base[0].n_months != 1:
        return False
    month = base[0]
    return all(
        len(p.periods) == 1
        and p.periods[0].is_year_to_date
        and p.periods[0].n_months > 1
        and p.periods[0].end_year == month.end_year
        and p.periods[0].end_month == month.end_month
        for p in found
    )


def _earlier_part(periods: Sequence[Period], base: Sequence[Period]) -> bool:
    """Whether ``periods`` is one shorter year-to-date period of the year of ``base``."""
    return (
        len(periods) == 1
        and len(base) == 1
        and periods[0].is_year_to_date
        and base[0].is_year_to_date
        and periods[0].end_year == base[0].end_year
        and periods[0].last < base[0].last
    )


# Before a span of months, words that spell out a fiscal year as that span: "in the fiscal
# year 2024, which runs from", "FY2023 (covering".
_FISCAL_SPAN_BEFORE = re.compile(
    r"\b(?:fiscal|financial)\s+year\b[^.;]{0,16}?[,(]?\s*(?:which\s+)?"
    r"(?:runs|ran|running|spans|spanned|spanning|covers|covered|covering|lasts|lasting)"
    r"\s+(?:from\s+)?$",
    re.I,
)
# Before a month, an earlier figure it dates, set against the one before it: "up from 7.6%
# in May", "from $82.62 billion in May".
_EARLIER_FIGURE_IN = re.compile(
    r"\b(?:up|down)?\s*from\s+[^\s,;]{1,12}(?:\s+(?:percent|per\s+cent|billion|million|"
    r"trillion)(?:\s+[A-Za-z.]+)?)?\s+(?:in\s+)?$",
    re.I,
)


# A change between two amounts of two years: "rising from $23.33 billion in 2011 to $40.55
# billion in 2014" (an amount, a few words of unit, "in" and the year, twice)
_AMOUNT_IN_YEAR = (
    r"(?:US\s?|U\.S\.\s?)?[$€£¥]?\s*\d[\d.,]*(?:\s+[a-z.]+){0,3}?\s+in\s+((?:19|20)\d\d)\b"
)
_YEARS_SPAN = re.compile(rf"\bfrom\s+{_AMOUNT_IN_YEAR}\s+to\s+{_AMOUNT_IN_YEAR}", re.I)


# The end of a clause: what a goal in it covers ends there
_ZH_CLAUSE_END = re.compile(r"[，。；;！？]|,(?!\d)")


@attrs.define
class Carried:
    """What carries over from one sentence to the next.

    ``base`` is the cumulative period of the article (the lead's, or a later "In the first
    five months ..."); it holds until another cumulative period opens a sentence.
    ``period`` is the period in force: a single month that opens a sentence ("In May, ...",
    "5月当月") holds for the rest of its paragraph only, then the base is in force again.
    ``partner`` is the partner of the last sentence's trade figures; ``flows`` are the flows
    it named, in order ("The two growth rates were x and y, respectively" pairs with them).
    ``group`` is the partner group named last ("countries along the Belt and Road"), which
    "those countries" / 这些国家 refer back to. ``breakdown``: the sentence goes on with the
    breakdown into flows of the one before ("其中，出口…；进口…"). ``goes_on``: the sentence
    breaks down the one before (其中, "Of this", or cut at its "；"), so that its partner
    holds for the products it names ("对东盟出口机电产品…。其中，出口汽车…"), and so does
    ``owner``, whose the figures of that sentence were ("Nationwide, China's trade ... In
    breakdown, exports ..."). ``other_side`` is the last partner other than the world that
    a sentence's figures had alone, which "bilateral trade" / "between the two countries"
    refers back to however many sentences later.
    """

    base: tuple[Period, ...] = ()
    period: tuple[Period, ...] = ()
    paragraph: int = 0
    partner: str | None = None
    flows: tuple[str, ...] = ()
    # the partner a Chinese sentence without figures of this paragraph opened with, as what
    # it is to the reporter ("欧盟是我国第一大进口来源地"): what 双边贸易 then refers to
    topic_partner: str | None = None
    group: str | None = None
    breakdown: bool = False
    goes_on: bool = False  # opens with 其中 / "Of this", or the one before ended at "；"
    owner: str | None = None  # the one owner of the last sentence's trade figures
    other_side: str | None = None  # the one partner (not World) a sentence before named
    month: tuple[Period, ...] = ()  # the single month named last ("in the month" is it)
    # a group's members the text listed as a few of them: "南非、巴西、印度、俄罗斯四个金砖国家"
    # makes a later "四个金砖国家" that list (count, list) by the group's name
    subsets: dict[str, tuple[int, str]] = attrs.field(factory=dict)
    # the one partner of the first sentence with facts, in a Chinese text: a bilateral
    # story ("湛江关区对俄罗斯进出口…") whose later items with no partner of their own are
    # with it ("；民营企业进出口1.9亿元"); None when that sentence has several or the world
    topic: str | None = None
    opened: bool = False  # a sentence gave facts already (the topic is set once)
    # the partners an English headline names ("Anhui boosts trade with 'Belt and Road'
    # countries ..."): one of them that the lead's first figures are with too is the topic
    headline_partners: frozenset[str] = frozenset()
    # the one partner a Chinese headline names ("前5月中俄贸易额增长"): a story on that
    # trade, whose paragraphs citing their data afresh go on with it
    headline_partner_zh: str | None = None
    # the one segment of all the figures of an English lead's first sentence with facts
    # ("Foreign trade of China's pilot free-trade zones expanded 12 percent"): the story's,
    # which later figures naming no owner, place or segment of their own are of
    segment_topic: str | None = None
    fresh: bool = True  # no sentence of this paragraph has had figures yet
    # the one flow a Chinese paragraph's opening sentence without figures is about
    # ("…商品出口都遇阻。"), for its later product figures that name no flow
    paragraph_flow: str | None = None
    # the one flow (exports or imports) of a lead ending with a colon, which the lines of
    # its list keep ("Exports to its largest markets were:" then "- Japan: $143 billion")
    list_flow: str | None = None
    # the one flow (exports or imports) of the last sentence's product figures, which a
    # sentence going on with more products and no flow word of its own keeps ("…红霉素出口
    # 增长92%。此外，机电产品、高新技术产品则分别增长…")
    product_flow: str | None = None
    # the segments of the last sentence's facts: what "This accounted for x%" opening the
    # next sentence can be the share of (not a segment it merely named: "..., with
    # machinery leading the growth. It accounted for 15% of ...")
    made_segments: frozenset[str] = frozenset()
    # China, when a sentence without figures named China's trade with one partner: the
    # owner of "bilateral trade" right after it in a text on a region
    bilateral_owner: str | None = None
    # the list of partners the sentence before wrote as one ("The US, Japan and Germany
    # were its top partners"), which "their trade" / "these three countries" refer to
    listed: str | None = None
    listed_members: frozenset[str] = frozenset()  # (the names in that list)
    cut: bool = False  # the sentence before ended at "；" (this one goes on with it)
    # this sentence goes on, after "；", with the items of a breakdown a sentence opened by
    # 其中 began ("其中，集成电路…增长20.1%；汽车…增长10.4%": both parts of the flow before)
    of_which_items: bool = False
    # the countries the article named so far, in order (中巴 after 巴西 was named once)
    countries: dict[str, None] = attrs.field(factory=dict)
    # the two years of the last change written "from $A in 2011 to $B in 2014", which a
    # later sentence's "from $C to $D" with no period of its own goes on with
    span_years: tuple[Period, Period] | None = None

    def new_paragraph(self, paragraph: int, breaks_down: bool = False) -> None:
        """A new paragraph: a single month that opened the last one no longer holds.

        ``breaks_down``: the paragraph opens with 其中 / "Of this" right after a sentence
        with facts, so it goes on with that paragraph's figures and keeps its period ("2023
        年，中非贸易额…。" then a line "其中，自非进口坚果增长…": 2023's).
        """
        if paragraph != self.paragraph:
            self.paragraph = paragraph
            self.fresh = True
            self.paragraph_flow = None
            self.topic_partner = None
            if not breaks_down:
                self.period = self.base or self.period  # (before any figure: what was named)

    def after(self, periods: Sequence[PeriodMention], figures: Sequence[int], text: str) -> None:
        """The period in force after a sentence with these periods and figures (their starts).

        The first period of the first sentence with figures is the article's base (a period
        named before any figure is in force until then). Later, a period that opens a
        sentence ("In May, ...", "前5个月，...") is in force from there: a cumulative period
        (January to some month, or a year) until another one opens a sentence; any other (a
        month, "the second quarter") for the rest of its paragraph. 同期 / "during the
        period" opening a sentence returns to the base, and so does a figure given for the
        base period later in a sentence.
        """
        dated = [p for p in periods if p.periods and not p.kind.startswith("base_")]
        if text.isascii() and "from" in text and (span := _YEARS_SPAN.search(text)):
            self.span_years = (Period.year(int(span.group(1))), Period.year(int(span.group(2))))
        elif dated:
            self.span_years = None  # (a sentence with periods of its own ends the change)
        # the periods not in a comparison aside ("after a 24 percent slump in July")
        plain = [
            p
            for p in dated
            if not cues.COMPARISON_ASIDE.search(text, max(0, p.start - 60), p.start)
        ]
        # (not a month in an aside: "imports shrank 1.9 percent after an encouraging bump
        # up in August" leaves the month of its figures the month named last, which a
        # later "for the month" is)
        # (nor the month of an earlier figure set against one: "grew 8.6% in June, up from
        # 7.6% in May" leaves June the month in force)
        months = [
            p.periods
            for p in plain
            if len(p.periods) == 1
            and p.periods[0].n_months == 1
            and not _EARLIER_FIGURE_IN.search(text, max(0, p.start - 40), p.start)
        ]
        self.month = months[-1] if months else self.month
        if not self.base:
            own = plain
            source = _SOURCE_END.search(text, 0, figures[0]) if figures and own else None
            if source is not None and any(p.start >= source.end() for p in own):
                # "从…2020年一季度…新闻发布会上获悉，3月当月，…": a period in the source's
                # name is not the figures'; the one after 获悉 opens them
                own = [p for p in own if p.start >= source.end()]
            if dated and figures and not own and self.period:
                # "Exports fell 23 percent to $12 billion, after a 24 percent slump in July"
                # below a lead on August: the earlier month of the aside is not the base
                self.base = self.period
            elif dated and figures:
                self.base = self.period = (own or dated)[0].periods
            elif dated:
                # "19 regions posted growth in the first half." before any figure: the period
                # of what follows, until a sentence with figures names its own
                self.period = dated[0].periods
            elif figures and self.period:
                # "Here are figures about trade in the first half of 2009. Total trade came
                # to ...": the period the first figures took is the article's base
                self.base = self.period
            return
        found = [p for p in periods if not p.kind.startswith("base_")]
        opening, self.fresh = self.fresh and bool(figures), self.fresh and not figures
        if not found:
            return
        if (
            any(map(text.__contains__, cues.ZH_GOAL_WORDS))
            and (goal := quick(cues.ZH_AGREED_GOAL).search(text)) is not None
        ):
            # "2019年，中俄同意在2024年将贸易额…增加到2000亿美元。": the year that opens a
            # sentence on an agreed goal dates the agreement, not the figures after it; a
            # sentence with figures of its own outside the goal ("2023年，…贸易额增长至2401
            # 亿美元，提前完成了…提升至2000亿美元的目标") sets its period, less the goal's
            stop = _ZH_CLAUSE_END.search(text, goal.end())
            goal_end = stop.start() if stop else len(text)
            if all(goal.start() <= f < goal_end for f in figures):
                return
            found = [p for p in found if not goal.start() <= p.start < goal_end]
            if not found:
                return
        first = found[0]
        if figures and _running_total_of(self.base, found):
            # a wire lead on one month ("The monthly surplus stood at $23.4 billion in
            # November") and then the year to date up to it ("trade reached $1.6 trillion
            # in the first 11 months"): the running total is what the bare figures after
            # it are of ("Exports reached $875 billion, up 27.5 percent")
            self.base = self.period = first.periods
            return
        if (
            opening
            and first.periods
            and first.periods != self.base
            and all(p.periods == first.periods for p in found)
            and not all(p.is_year_to_date and p.n_months > 1 for p in first.periods)
            and any(b.n_months > 1 for b in self.base)
        ):
            # "In USD terms, trade reached $364.7 billion in March, up 3.1%. Exports hit
            # ...": the one month (or quarter) that dates the figures of a paragraph's first
            # sentence, written after them, holds for the rest of the paragraph too
            self.period = first.periods
            return
        if (
            opening
            and len(first.periods) == 1
            and first.periods[0].n_months == 12
            and all(p.periods == first.periods for p in found)
            and len(self.base) == 1
            and self.base[0].n_months < 12
            and self.base[0].end_year == first.periods[0].end_year
            and any(start < first.start for start in figures)
            and _CJK.search(text) is None  # (English: a Chinese text says 全年 for it)
        ):
            # "... returned to growth in the fourth quarter. The country's exports dropped 2
            # percent to 13.84 trillion yuan in 2016": a paragraph that opens with figures of
            # the whole year the base is part of moves on to that year
            self.base = self.period = first.periods
            return
        if not figures and _FISCAL_SPAN_BEFORE.search(text, max(0, first.start - 50), first.start):
            # "China became India's top partner in the fiscal year 2024, which runs from
            # April 2023 to March 2024. Bilateral trade reached $118.4 billion": the span
            # a fiscal year is spelt out as dates the figures after it in this paragraph
            self.period = first.periods
            return
        # it opens the sentence: near its start and before every figure ("In May, ...",
        # "据海关统计，5月份，...", "According to customs data, in the first half, ...")
        if (
            first.start > _OPENING
            or any(start < first.start for start in figures)
            or _ONE_FIGURES_PERIOD.match(text, first.end)
            or _FROM_PERIOD.search(text, max(0, first.start - 2), first.start)
        ):
            if figures and any(p.periods == self.base for p in found):
                # "... accounting for 93.4 percent of its total from January to July": a
                # figure of the cumulative period ends the month that opened the paragraph
                self.period = self.base
            return
        if (
            not figures
            and not _TOPIC_END.match(text, first.end)
            and not _DATA_FOR.search(text, 0, first.start)
        ):
            return  # "今年是…周年": a period named in passing, not set for what follows
        if first.kind == "the_month":  # "In the month, ...": the month named last
            self.period = self.month or self.period
        elif not first.periods:  # "During the period", 同期
            self.period = self.base
        elif not all(p.is_year_to_date and p.n_months > 1 for p in first.periods) and any(
            b.n_months > 1 for b in self.base
        ):
            self.period = first.periods  # a month, "the second quarter": this paragraph
        elif (not figures and _earlier_part(first.periods, self.base)) or (
            all(p.n_months == 12 for p in first.periods)
            and all(p.end_year < b.end_year for p in first.periods for b in self.base)
        ):
            # "1至10月…。从国际比较看，根据WTO数据，前8个月，我国增速高于…": older data named
            # without figures of its own holds for this paragraph only, not as the base;
            # "In 2018, bilateral trade exceeded ..." after a lead on January-February 2019:
            # an earlier whole year as background, for this paragraph only
            self.period = first.periods
        else:
            self.base = self.period = first.periods
