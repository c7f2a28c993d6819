"""The ``article`` loader: news articles and customs releases (plain text or simple HTML).

Every fact the extractor reads is a record; figures it saw but could not interpret are
reported as warnings with their line and column, so the user can see what was left out.
"""

from __future__ import annotations

import datetime
import re

from tradestat.extraction import Extractor
from tradestat.loaders.base import Loader, LoadResult, ResultBuilder, Source

__all__ = ["ArticleLoader"]

_STRUCTURED = re.compile(r"^\s*[\[{]|^[^\n]*,[^\n]*,[^\n]*,[^\n]*\n")
_FIGURES = re.compile(r"\d\s*(?:percent|per cent|%|％|billion|million|trillion|亿|万)", re.I)
_TRADE = re.compile(r"\btrade\b|\bexports?\b|\bimports?\b|进出口|出口|进口|外贸|贸易", re.I)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


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
        """Prose that states figures about trade; tables and JSON are not articles."""
        head = source.text[:20000]
        if _STRUCTURED.search(head[:2000]):
            return 0.0
        if _FIGURES.search(head) and _TRADE.search(head):
            return 0.6 if source.suffix in self.kinds else 0.5
        return 0.1 if source.suffix in self.kinds else 0.0

    def load(self, source: Source) -> LoadResult:
        """One record per fact; skipped figures become warnings naming line and column."""
        out = ResultBuilder(self.name, source)
        extraction = self.extractor.extract(source.text, source.name, self.published)
        for fact in extraction.facts:
            out.accept([fact])
        for skipped in extraction.skipped:
            line, column = _line_column(source.text, skipped.start)
            out.warn(f"{source.name}:{line}:{column}: skipped {skipped.text!r}: {skipped.reason}")
        if extraction.subject is None and source.text.strip():
            out.warn(f"{source.name}: no reporting economy found; no facts read")
        return out.result()
