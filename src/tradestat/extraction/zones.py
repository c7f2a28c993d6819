"""Document zones: which lines of a text are the article and which are furniture around it.

A news page is more than its story: a headline, a date or source line, a byline, photo
captions and credits, an editor's note, a list of related links. Only the headline, the
lead (the first paragraph of the story) and the body are article text. The subject and the
publication date are read from article text and meta lines, never from a caption; figures in
captions, notes and link lists are not read as facts.

Every line is classified on its own (the patterns below are anchored at the line start and
tried once per line), so finding the zones is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import attrs

from tradestat.periods import MONTH_NAMES

__all__ = ["Zone", "Zones", "find_zones", "ARTICLE", "NOT_ARTICLE_REASON"]

#: Zones that are the story itself; facts and the subject come from these.
ARTICLE = frozenset({"headline", "lead", "body"})

#: Why a figure in a zone that is not the story is skipped.
NOT_ARTICLE_REASON = {
    "meta": "in a date, source or byline line, not the article",
    "caption": "in a photo caption, not the article",
    "credit": "in a credit line, not the article",
    "note": "in an editor's note, not the article",
    "related": "in a list of related links, not the article",
}

# ` date 2024-01-18` opening the text: a date line some archives put first. The rest of the
# line (when there is any) is the headline.
_DATE_PREFIX = re.compile(
    r"[ \t]*date[ \t]+(?:19|20)\d{2}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"
)

# An outlet's name and address opening a line: "Southeast Asia Information Port
# (www.example.com) – Chen Hai, spokesperson ..."; the rest of the line is the story.
_SOURCE_PREFIX = re.compile(
    # (no digit before the bracket: "BEIJING, Jan. 14 (chinadaily.com.cn) --" is a dateline)
    r"[ \t]*[A-Z][^\n()\d]{0,60}?\((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)"
    r"[ \t]*[–—-]+[ \t]*"
)

# A month's name as a date line writes it: "September", "Sept", "Sep".
_MONTH = "(?:" + "|".join(sorted(map(str.capitalize, MONTH_NAMES), key=len, reverse=True)) + ")"

# Meta lines: source, date, update time, editor and author lines of a news page.
_META = re.compile(
    r"[ \t]*(?:"
    # "Source: Xinhua | Editor: ...", "Updated: 2024-01-18", "From: Shenzhen Daily"
    r"(?:(?i:source|from|updated|published|posted|release\s+date|editor|author|writer|reporter"
    r"|date)\s*[:：|]|(?i:added\s+on)\s)(?=[^\n]{0,120}(?:\n|$))"
    # "来源：海关总署", "发布日期:2023-05-26", "责任编辑：", "作者：", "时间："
    r"|(?:(?:文章|信息|稿件|新闻|图片)?来源|发布日期|发布时间|日期|时间|责任编辑|编辑|作者|记者"
    r"|通讯员)\s*[:：]"
    # "16:38, August 04, 2023 By ...", "11:29, July 19, 2024"
    r"|\d{1,2}:\d{2}(?::\d{2})?,\s"
    # a line that is only a date (and a time): "2021-09-06", "2024年1月14日 10:21"
    # (and a source): "2025-06-18 10:20 来源：新疆日报"
    # (or day first, as European and some Chinese archive pages print it: "18.06.2015 11:21")
    r"|(?:(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"[ \t]*(?:\n|$|(?:来源|(?i:source|from))\s*[:：])"
    # a line that is only a written date: "Friday, 24 September, 2021", "March 5, 2024",
    # "5 March 2024 10:21"
    rf"|(?:[A-Z][a-z]{{2,5}}day,?\s+)?(?:\d{{1,2}}\s+{_MONTH}\.?,?|{_MONTH}\.?\s+\d{{1,2}},?)"
    r"\s+(?:19|20)\d{2}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$"
    # a byline with a site name: "By Deng Rui in Chongqing | chinadaily.com.cn | Updated: ..."
    r"|By\s+[A-Z][^\n|]{0,60}\|"
    # "Xinhua) 11:29, July 19, 2024", "(chinadaily.com.cn) | 2023-12-20",
    # "chinadaily.com.cn | Updated: 2019-02-25", "趣头条 ( ) • 2021-06-16 23:11":
    # a short line of a few words and a site name that ends in a date
    r"|[^\n。]{0,40}?(?:\)|\||•)[ \t]*(?:[A-Za-z]+:\s*)?(?:\d{1,2}:\d{2},\s+)?"
    r"(?:(?:19|20)\d{2}-\d{2}-\d{2}|[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d{2})"
    r")"
)

# Photo captions and photo credits, anywhere in a line (they often end the caption).
_CAPTION = re.compile(
    r"\((?:[^()\n]{0,40}/)?(?:File\s+)?[Pp]hoto\b"  # "(Photo by ...)", "(File photo/Xinhua)"
    r"|\[[Pp]hoto\b|\b[Pp]hoto/|\([^()\n]{0,30}/Photo\)"  # "[Photo/Xinhua]", "(Xinhua/Photo)"
    r"|\(Xinhua/[A-Z]|/FOR\s+CHINA\s+DAILY|/CHINA\s+DAILY\b"  # "(Xinhua/Li Ming)"
    r"|\b(?:[Pp]hoto|[Ff]ile\s+photo)\s+taken\s+on\b|\((?:IC|VCG|CFP)\)"
    # a credit closing the line: "... approaches the dock. Photo: cnsphoto", "Photo: Xinhua"
    r"|\b(?:[Pp]hoto|PHOTO)(?:\s+credit)?\s*:\s*[^\s.:]+(?:\s+[^\s.:]+){0,5}[ \t]*$"
    r"|图片说明|图片来源|资料图|摄\s*[）)]|（图/|^[ \t]*图为"
    # "…第一大贸易伙伴。图为今年10月10日…的员工…": a caption after the photo's headline
    r"|。[ \t]*图为"
    # "(无人机照片)", "（新华社发）", "…码头。新华社": a Chinese photo's kind or its agency
    # credit closing the caption
    r"|[（(][^()（）\n]{0,12}(?:照片|供图|新华社发)[)）]|。[ \t]*(?:新华社|中新社)[ \t]*$"
)

# Every match of _CAPTION contains one of these (a substring test before the search: the
# search tries every alternative at every character of a paragraph).
_CAPTION_WORDS: tuple[str, ...] = ("hoto", "HOTO", "Xinhua/", "CHINA", "(IC)", "(VCG)", "(CFP)")
_CAPTION_WORDS += ("图片", "资料图", "摄", "（图/", "图为")
_CAPTION_WORDS += ("照片", "供图", "新华社", "中新社")

# Editor's notes.
_NOTE = re.compile(
    r"[ \t]*(?:(?i:editor['’]?s\s+note|note\s+to\s+editors)\s*[:：]|编者按|【编者按】)"
)

# A heading that opens a list of related links; the short lines after it belong to it.
_RELATED = re.compile(
    r"[ \t]*(?:(?i:related(?:\s+(?:stories|news|articles|reading|content|links|coverage))?"
    r"|read\s+more|see\s+also|also\s+read|recommended(?:\s+reading)?|more\s+stories)"
    r"|相关(?:阅读|新闻|链接|报道|文章|稿件)|延伸阅读|推荐阅读)\s*[:：]?[ \t]*$"
)

# Credit lines: "By Daqiong and Palden Nyima in Lhasa", "(常州日报)", "（记者 王文 通讯员 李明）".
_CREDIT = re.compile(
    r"[ \t]*(?:"
    r"By\s+[A-Z][\w.'-]*(?:\s+(?:and\s+)?[A-Z][\w.'-]*){0,6}(?:\s+in\s+[A-Z][\w-]*)?"
    r"|[（(][^()（）\n\d]{1,24}[)）]"
    r"|[□■]?[（(]?(?:记\s*者|通讯员|编辑|作者)[^。\n\d]{0,40}[)）]?"
    r")[ \t]*$"
)

# A page's place label between the headline and the story: "HAIKOU", "URUMQI, XINJIANG".
# Capitals only, no figure: a headline in capitals comes first, and a lead has words.
_PLACE_LABEL = re.compile(r"[ \t]*[A-Z][A-Z'’.-]+(?:[ ,]+[A-Z][A-Z'’.-]+){0,2}[ \t]*$")

# An outlet's name alone on a line between the headline and the story: "新华社", "中新网",
# "南方日报", "澎湃新闻" (a source line without its "来源：" label).
_OUTLET_LINE = re.compile(
    r"[ \t]*(?:新华社|中新社|中通社|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|商报|时报|新闻网|新闻"
    r"|通讯社|客户端|网))[ \t]*$"
)

# The end of a sentence: a headline does not end with one, a link-list item neither.
_SENTENCE_END = re.compile(r"[.。!?！？][\"'”’)）]?[ \t]*$")

# A deck line under a headline: a short summary opened by a bullet mark ("▷ 贸易顺差…创同期
# 新高", "► 输往东盟出口增速29%"), as Hong Kong and Taiwan pages print them; part of the
# headline, not the lead.
_DECK = re.compile(r"[ \t]*[▷▶►▸◆◇■●○•★☆▲△][ \t]*\S")

#: Longest line taken as a headline or a related-link item.
MAX_HEADLINE = 160


@attrs.frozen
class Zone:
    """A span of the document text and what it is (``headline``, ``lead``, ``caption`` ...)."""

    start: int
    end: int
    kind: str


@attrs.frozen
class Zones:
    """The zones of one document, in text order, with lookups by position."""

    zones: tuple[Zone, ...]
    _starts: tuple[int, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(z.start for z in self.zones))

    def kind_at(self, pos: int) -> str:
        """The zone kind at document position ``pos`` (``body`` between zones)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.zones[i].end:
            return self.zones[i].kind
        return "body"

    def starts_within(self, start: int, end: int) -> list[int]:
        """The zone starts strictly inside ``start``..``end`` (where a sentence changes zone)."""
        i = bisect.bisect_right(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return list(self._starts[i:j])

    def spans(self, *kinds: str) -> list[tuple[int, int]]:
        """(start, end) of every zone of the given kinds."""
        return [(z.start, z.end) for z in self.zones if z.kind in kinds]

    def first(self, kind: str) -> Zone | None:
        """The first zone of a kind (the headline, the lead), or None."""
        return next((z for z in self.zones if z.kind == kind), None)

    def head(self) -> tuple[int, int]:
        """From the start of the text to the end of the lead: where the subject is named."""
        lead = self.first("lead")
        return (0, lead.end if lead is not None else 0)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, end
        start = end + 1


def find_zones(text: str, marked: Sequence[tuple[int, int, str]] = ()) -> Zones:
    """Classify every line: headline, meta, caption, credit, note, related, lead or body.

    ``marked`` are (start, end, kind) spans the markup already says are furniture (an HTML
    page's ``<figcaption>``, ``<div class="related-news">``); lines starting there take
    that kind.
    """
    marked_starts = [start for start, _, _ in marked]
    zones: list[Zone] = []
    seen_content = False  # a headline or lead has been found
    lead_done = False
    in_related = False
    first_line = _first_line_start(text)
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        if not seen_content and start == first_line:
            prefix = _DATE_PREFIX.match(line)
            if prefix is not None:
                zones.append(Zone(start, start + prefix.end(), "meta"))
                start += prefix.end()
                line = text[start:end]
                if not line.strip():
                    continue
        if "(" in line:
            prefix = _SOURCE_PREFIX.match(line)
            if prefix is not None and line[prefix.end() :].strip():
                zones.append(Zone(start, start + prefix.end(), "meta"))
                start += prefix.end()
                line = text[start:end]
        if in_related:
            if len(line) <= MAX_HEADLINE and not _SENTENCE_END.search(line):
                zones.append(Zone(start, end, "related"))
                continue
            in_related = False
        i = bisect.bisect_right(marked_starts, start) - 1
        kind = marked[i][2] if i >= 0 and start < marked[i][1] else _kind(line)
        if kind == "related":
            in_related = True
        elif (
            kind is None
            and seen_content
            and not lead_done
            and (_PLACE_LABEL.match(line) or _OUTLET_LINE.match(line))
        ):
            kind = "meta"
        elif kind is None:
            if not seen_content:
                seen_content = True
                short = len(line.strip()) <= MAX_HEADLINE and not _SENTENCE_END.search(line)
                kind = "headline" if short else "lead"
                lead_done = kind == "lead"
            elif not lead_done and zones and zones[-1].kind == "headline" and _deck(line):
                kind = "headline"
            elif not lead_done:
                kind, lead_done = "lead", True
            else:
                kind = "body"
        zones.append(Zone(start, end, kind))
    return Zones(tuple(zones))


def _deck(line: str) -> bool:
    """Whether a line after a headline is one of its deck lines (bulleted, short, no period)."""
    return (
        len(line.strip()) <= MAX_HEADLINE
        and _DECK.match(line) is not None
        and not _SENTENCE_END.search(line)
    )


def _first_line_start(text: str) -> int:
    return len(text) - len(text.lstrip("\n\r"))


def _kind(line: str) -> str | None:
    """The furniture kind of one line, or None for article text."""
    if _RELATED.match(line):
        return "related"
    if _NOTE.match(line):
        return "note"
    if any(map(line.__contains__, _CAPTION_WORDS)) and _CAPTION.search(line):
        return "caption"
    if _CREDIT.match(line):
        return "credit"
    if _META.match(line):
        return "meta"
    return None
