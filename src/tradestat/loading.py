"""``load`` and ``dump``: read any source with the right loader, write tidy files."""

from __future__ import annotations

import os
from typing import IO

from tradestat.errors import LoadError, TradestatError
from tradestat.loaders.base import Loader, LoadResult, Source
from tradestat.loaders.tidy import dump, dumps
from tradestat.plugins import loaders

__all__ = ["load", "get_loader", "sniff", "dump", "dumps"]


def get_loader(name: str) -> Loader:
    """The loader registered under ``name``; the error lists the ones there are."""
    available = loaders()
    try:
        return available[name]
    except KeyError:
        raise LoadError(
            f"no loader named {name!r}: available are {', '.join(sorted(available))}"
        ) from None


def sniff(source: Source) -> list[tuple[float, Loader]]:
    """Every loader's confidence for ``source``, most confident first.

    A loader whose file kinds include the source's extension wins a tie.
    """
    scored: list[tuple[float, bool, str, Loader]] = []
    for name, loader in loaders().items():
        try:
            confidence = float(loader.sniff(source))
        except Exception:  # a plugin's sniff may raise anything; it then cannot read this
            confidence = 0.0
        scored.append((confidence, source.suffix in loader.kinds, name, loader))
    scored.sort(key=lambda item: (-item[0], not item[1], item[2]))
    return [(confidence, loader) for confidence, _, _, loader in scored]


def _choose(source: Source) -> Loader:
    ranked = sniff(source)
    listing = ", ".join(f"{loader.name} ({confidence:.2f})" for confidence, loader in ranked)
    if not source.text.strip():
        raise LoadError(
            f"empty source: no loader can tell what it is; candidates: {listing}", source.name
        )
    if not ranked or ranked[0][0] <= 0:
        raise LoadError(f"no loader can read this source; candidates: {listing}", source.name)
    confidence, best = ranked[0]
    fits = source.suffix in best.kinds
    rivals = [
        other.name
        for c, other in ranked[1:]
        if c == confidence and (source.suffix in other.kinds) == fits
    ]
    if rivals:
        raise LoadError(
            f"ambiguous source: {best.name} and {', '.join(rivals)} are equally sure; "
            f"pass loader=NAME. Candidates: {listing}",
            source.name,
        )
    return best


def load(
    source: str | os.PathLike[str] | IO[str] | IO[bytes] | Source,
    loader: str | None = None,
    strict: bool = False,
) -> LoadResult:
    """Load facts from a path, a file object or text.

    The loader is chosen by name or by sniffing. Every record is accounted for: the result
    holds the facts, the rejected records with their locations and reasons, and warnings.
    With ``strict=True`` the first rejected record raises :class:`LoadError` instead.
    """
    src = Source.open(source)
    chosen = get_loader(loader) if loader is not None else _choose(src)
    try:
        result = chosen.load(src)
    except TradestatError:
        raise
    except Exception as exc:  # a plugin's loader may raise anything; say whose it was
        raise LoadError(
            f"loader {chosen.name!r} failed: {type(exc).__name__}: {exc}", src.name
        ) from exc
    if not isinstance(result, LoadResult):
        raise LoadError(
            f"loader {chosen.name!r} returned {type(result).__name__}, not a LoadResult", src.name
        )
    if strict and result.rejected:
        first = result.rejected[0]
        raise LoadError(first.reason, str(first.location))
    return result
