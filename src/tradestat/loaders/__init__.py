"""Loading facts from files, streams and text, and writing them as tidy files.

``load``/``loads`` choose a registered loader by name or by sniffing and account for every
record; ``dump``/``dumps`` write tidy CSV, JSON or JSON Lines. The loader contract that
plugins implement (:class:`Loader`, :class:`Source`, :class:`LoadResult`) lives in
:mod:`tradestat.loaders.base`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from tradestat.errors import LoadError
from tradestat.loaders._sources import BINARY
from tradestat.loaders.base import (
    Loader,
    LoadResult,
    Location,
    Rejected,
    ResultBuilder,
    Source,
    csv_rows,
)
from tradestat.loaders.tidy import dump, dumps

__all__ = [
    "BINARY",
    "Loader",
    "LoadResult",
    "Location",
    "Rejected",
    "ResultBuilder",
    "Source",
    "csv_rows",
    "dump",
    "dumps",
    "get_loader",
    "load",
    "loads",
    "sniff",
]


def get_loader(name: str) -> Loader:
    """The loader registered under ``name``; the error lists the ones there are."""
    from tradestat.plugins import host

    available = host().loaders
    try:
        return available[name]
    except KeyError:
        raise LoadError(
            f"no loader named {name!r}: available are {', '.join(sorted(available))}"
        ) from None


def sniff(source: Source) -> list[tuple[float, Loader]]:
    """Every loader's confidence for ``source``, most confident first.

    A loader whose file kinds include the source's extension wins a tie. A plugin's sniff
    that fails scores 0 (and is reported as a warning naming the plugin).
    """
    from tradestat.plugins import host

    scored: list[tuple[float, bool, str, Loader]] = []
    for name, loader in host().loaders.items():
        confidence = host().sniff(loader, source)
        scored.append((confidence, source.suffix in loader.kinds, name, loader))
    scored.sort(key=lambda item: (-item[0], not item[1], item[2]))
    return [(confidence, loader) for confidence, _, _, loader in scored]


def _choose(source: Source) -> Loader:
    ranked = sniff(source)
    listing = ", ".join(f"{loader.name} ({confidence:.2f})" for confidence, loader in ranked)
    if not source.text.strip() and source.encoding != BINARY:
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


_MAGIC = (b"\x1f\x8b", b"PK\x03\x04", b"7z\xbc\xaf\x27\x1c", b"\xd0\xcf\x11\xe0")


def _open(source: str | os.PathLike[str] | IO[str] | IO[bytes] | Source) -> Source:
    """:meth:`Source.open`, except that a compressed or spreadsheet file is left unread."""
    if isinstance(source, (str, os.PathLike)) and not isinstance(source, Source):
        path = Path(source)
        try:
            if "\n" not in str(source) and path.is_file():
                with path.open("rb") as handle:
                    head = handle.read(8)
                if head.startswith(_MAGIC):
                    return Source(path.name, "", BINARY, path)
        except (OSError, ValueError):
            pass
    return Source.open(source)


def load(
    source: str | os.PathLike[str] | IO[str] | IO[bytes] | Source,
    loader: str | None = None,
    strict: bool = False,
    **options: str,
) -> LoadResult:
    """Load facts from a path, a file object or text.

    The loader is chosen by name or by sniffing. Every record is accounted for: the result
    holds the facts, the rejected records with their locations and reasons, and warnings.
    With ``strict=True`` the first rejected record raises :class:`LoadError` instead.
    ``options`` say what a file does not (``flow="exports"`` for a China Customs query
    download); a loader that takes none refuses them with :class:`LoadError`. A gzip, zip
    (xlsx), 7z or Excel 97 file reaches the loaders unread (:data:`BINARY`), by its path.
    """
    from tradestat.plugins import host

    if not isinstance(source, (str, os.PathLike, Source)) and not hasattr(source, "read"):
        raise LoadError(
            f"cannot load {type(source).__name__} {source!r}: expected a path, a file object "
            "or text"
        )
    from tradestat.loaders.columnar import binary_source

    src = binary_source(source) or _open(source)
    chosen = get_loader(loader) if loader is not None else _choose(src)
    result = host().run_loader(chosen, src, **options)
    if strict and result.rejected:
        first = result.rejected[0]
        raise LoadError(first.reason, str(first.location))
    return result


def loads(text: str, loader: str | None = None, strict: bool = False, **options: str) -> LoadResult:
    """Load facts from text held in memory (never read as a path); see :func:`load`."""
    return load(Source("<text>", text), loader=loader, strict=strict, **options)
