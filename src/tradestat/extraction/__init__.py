"""Text to facts: read trade figures out of news articles and customs releases."""

from tradestat.extraction.extractor import Extraction, Extractor, Skipped, extract

__all__ = ["Extraction", "Extractor", "Skipped", "extract"]
