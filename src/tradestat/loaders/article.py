"""The ``article`` loader: news articles and customs releases (plain text or simple HTML).

Every fact the extractor reads is a record; figures it saw but could not interpret are
reported as warnings with their line and column, so the user can see what was left out.
"""

from __future__ import annotations

import datetime
import re

from tradestat.errors import LoadError
from tradestat.extraction import Extractor
from tradestat.loaders.base import LineIndex, Loader, LoadResult, ResultBuilder, Source

__all__ = ["ArticleLoader"]

#: Characters that count as one word each: CJK ideographs, kana, hangul, full-width forms.
_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?。！？]")
_CELL_DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_LINES = 50
_FIGURES = re.compile(r"\d\s*(?:percent|per cent|%|％|billion|million|trillion|亿|万)", re.I)
_TRADE = re.compile(r"\btrade\b|\bexports?\b|\bimports?\b|进出口|出口|进口|外贸|贸易", re.I)


def _words(line: str) -> int:
    return len(line.split()) + len(_CJK.findall(line))


def _cellular(line: str, delimiter: str) -> bool:
    """Whether a line reads as cells: fewer than three words a cell on average."""
    cells = line.count(delimiter) + 1
    return cells > 1 and _words(line) < 3 * cells


def _looks_like_prose(head: str) -> bool:
    """Sentences of words, not a table (of any delimiter), JSON or a column of numbers.

    A table: half or more of the first 50 non-blank lines read as cells of one delimiter
    (',', ';', tab or '|'). Prose: letters are most of the characters, some line has eight
    words or more (an ideograph counts as a word), and a sentence ends somewhere.
    """
    if head.lstrip().startswith(("[", "{")):
        return False
    lines = [line for line in head.splitlines() if line.strip()][:_SAMPLE_LINES]
    if not lines:
        return False
    for delimiter in _CELL_DELIMITERS:
        if 2 * sum(_cellular(line, delimiter) for line in lines) >= len(lines):
            return False
    visible = len(head) - sum(c.isspace() for c in head)
    if 2 * len(_LETTER.findall(head)) < visible:
        return False
    return any(_words(line) >= 8 for line in lines) and _SENTENCE_END.search(head) is not None


class ArticleLoader(Loader):
    """Reads the facts a news article or customs release states, English or Chinese."""

    name = "article"
    description = "news articles and customs releases (text or HTML, English or Chinese)"
    kinds = ("txt", "html", "htm", "md")

    def __init__(
        self, extractor: Extractor | None = None, published: datetime.date | None = None
    ) -> None:
        self.extractor = extractor or Extractor()
        #: the publication date of every text read (None: read from each text)
        self.published = published

    def sniff(self, source: Source) -> float:
        """Prose that states figures about trade; tables, JSON and other text are not articles.

        Only the first 20000 characters are looked at, each a bounded number of times, so
        the sniff takes the same time on any larger input.
        """
        head = source.text[:20000]
        if not _looks_like_prose(head):
            return 0.0
        if _FIGURES.search(head) and _TRADE.search(head):
            return 0.6 if source.suffix in self.kinds else 0.5
        return 0.1 if source.suffix in self.kinds else 0.0

    def load(
        self,
        source: Source,
        published: str | datetime.date | None = None,
        subject: str | None = None,
    ) -> LoadResult:
        """One record per fact; skipped figures become warnings naming line and column.

        ``published`` (a date, or YYYY-MM-DD as the ``-o published=...`` option gives it)
        anchors "last year" for this text, over the loader's own date. ``subject`` (``-o
        subject=Anhui``) is the reporter of a text that says only 我省 / "our province".
        """
        if isinstance(published, str):
            try:
                published = datetime.date.fromisoformat(published.strip())
            except ValueError:
                raise LoadError(
                    f"option published={published!r}: expected a date YYYY-MM-DD", source.name
                ) from None
        out = ResultBuilder(self.name, source)
        date = published if published is not None else self.published
        extraction = self.extractor.extract(source.text, source.name, date, subject or None)
        for fact in extraction.facts:
            out.accept([fact])
        lines = LineIndex(source.text)  # built once: no rescan per skipped figure
        for skipped in extraction.skipped:
            line, column = lines.locate(skipped.start)
            out.warn(f"{source.name}:{line}:{column}: skipped {skipped.text!r}: {skipped.reason}")
        if extraction.subject is None and source.text.strip():
            out.warn(f"{source.name}: no reporting economy found; no facts read")
        return out.result()
