"""What the phrasing-family tests read off an extraction: its facts and its skipped figures."""

from __future__ import annotations

from typing import Any

from tradestat.extraction import extract


def described(text: str, **options: Any) -> set[str]:
    """The facts of a text, each as its one-line description."""
    return {f.describe() for f in extract(text, **options).facts}


def reasons(text: str) -> dict[str, str]:
    """The figures skipped, each with its reason."""
    return {s.text: s.reason for s in extract(text).skipped}
