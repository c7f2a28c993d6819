"""Bundled real articles with every fact they state, ready as models.

Each dataset ships its source text and hand-made annotation inside the package, so the
examples, docs and tests run offline. Provenance spans point into the bundled text.
"""

from __future__ import annotations

import json
from importlib import resources

import attrs

from tradestat.models import FactSet, Provenance

__all__ = ["xinjiang_2025_h1", "article_text", "DATASETS"]

#: Bundled dataset names.
DATASETS = ("xinjiang-2025-h1",)


def article_text(name: str) -> str:
    """The source text of a bundled dataset."""
    return (resources.files("tradestat") / "data" / f"{name}.txt").read_text(encoding="utf-8")


def _load(name: str) -> FactSet:
    text = article_text(name)
    raw = (resources.files("tradestat") / "data" / f"{name}.json").read_text(encoding="utf-8")
    facts = []
    for fact in FactSet.from_records(json.loads(raw), source=name):
        quote = fact.provenance.quote
        start = text.find(quote) if quote else -1
        span = (start, start + len(quote)) if quote and start >= 0 else None
        facts.append(attrs.evolve(fact, provenance=Provenance(name, quote, span)))
    return FactSet(facts)


def xinjiang_2025_h1() -> FactSet:
    """The 16 facts of Xinhua's "Xinjiang's foreign trade hits record high in H1" (2025-07-25)."""
    return _load("xinjiang-2025-h1")
