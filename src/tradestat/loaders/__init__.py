"""Loading facts from files, streams and text, and writing them as tidy files.

``load``/``loads`` choose a registered loader by name or by sniffing and account for every
record; ``iter_load`` does the same one chunk of records at a time, reading a CSV file as a
stream; ``dump``/``dumps`` write tidy CSV, JSON or JSON Lines. The loader contract that
plugins implement (:class:`Loader`, :class:`Source`, :class:`LoadResult`) lives in
:mod:`tradestat.loaders.base`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from tradestat._inputs import SNIFF_BYTES, TextFile
from tradestat.errors import LoadError
from tradestat.loaders._sources import BINARY
from tradestat.loaders.base import (
    Loader,
    LoadResult,
    Location,
    Rejected,
    ResultBuilder,
    Source,
    StreamingLoader,
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
    "iter_load",
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
        if name in host().rate_formats:
            raise LoadError(
                f"{name!r} is a rate file format, not a loader of facts: read it with "
                f"tradestat.ratefiles.read_rates(path, layout={name!r}) or --rates FILE "
                f"--rates-layout {name}"
            ) from None
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


def _streamable(
    source: object, loader: str | None, options: dict[str, str]
) -> tuple[StreamingLoader, Source, TextFile] | None:
    """The loader, the text's head and the file when a built-in loader streams this file.

    That is a UTF-8 file read by a built-in :class:`StreamingLoader`; else None (read the
    source whole). Sniffing sees the first 64 KiB, as the built-in loaders' sniffs do anyway.
    """
    from tradestat.plugins import host

    if options or not isinstance(source, (str, os.PathLike)) or isinstance(source, Source):
        return None
    if isinstance(source, str) and ("\n" in source or "\r" in source or not source.strip()):
        return None
    path = Path(os.fsdecode(source))
    try:
        if not path.is_file():
            return None
        with path.open("rb") as handle:
            if handle.read(8).startswith(_MAGIC):
                return None
        text_file = TextFile.open(path)
    except (OSError, ValueError, LoadError):
        return None  # reading it whole says what is wrong, as it always has
    if text_file is None:
        return None
    head = Source(path.name, text_file.head(SNIFF_BYTES), "utf-8", path)
    try:
        chosen = get_loader(loader) if loader is not None else _choose(head)
    except LoadError:
        return None
    if isinstance(chosen, StreamingLoader) and host().is_builtin(chosen) and chosen.streams(head):
        return chosen, head, text_file
    return None


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
    A UTF-8 CSV file (tidy, Comtrade) is read as a stream of lines, never whole.
    """
    from tradestat.plugins import host

    if not isinstance(source, (str, os.PathLike, Source)) and not hasattr(source, "read"):
        raise LoadError(
            f"cannot load {type(source).__name__} {source!r}: expected a path, a file object "
            "or text"
        )
    from tradestat.loaders.columnar import binary_source

    src = binary_source(source)
    stream = _streamable(source, loader, options) if src is None else None
    if stream is not None:
        streaming, head, text_file = stream
        lines = text_file.lines(streaming.newline)
        (result,) = streaming.load_chunks(head, lines, sys.maxsize)
    else:
        src = src or _open(source)
        chosen = get_loader(loader) if loader is not None else _choose(src)
        result = host().run_loader(chosen, src, **options)
    if strict and result.rejected:
        first = result.rejected[0]
        raise LoadError(first.reason, str(first.location))
    return result


def iter_load(
    source: str | os.PathLike[str] | IO[str] | IO[bytes] | Source,
    loader: str | None = None,
    chunk_size: int = 10_000,
    **options: str,
) -> Iterator[LoadResult]:
    """Load facts a chunk at a time: results of about ``chunk_size`` records each.

    A UTF-8 file read by the tidy CSV or Comtrade CSV loader is read as a stream of lines,
    so memory holds one chunk, whatever the size of the file (up to the input limit,
    ``TRADESTAT_MAX_INPUT_BYTES``). Each chunk is a :class:`LoadResult` of its own: its
    facts, its rejected records (with the line and column in the whole file) and the
    warnings given while reading it; together the chunks hold what :func:`load` returns.
    Other sources and loaders are loaded whole, then handed out in chunks of facts.
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise LoadError(f"chunk_size={chunk_size!r}: expected a number of records (an int >= 1)")
    stream = _streamable(source, loader, options)
    if stream is not None:
        streaming, head, text_file = stream
        yield from streaming.load_chunks(head, text_file.lines(streaming.newline), chunk_size)
        return
    yield from _chunks(load(source, loader, False, **options), chunk_size)


def _chunks(result: LoadResult, size: int) -> Iterator[LoadResult]:
    """A whole result in chunks of ``size`` facts, the rejections and warnings in the first.

    A loader that gives several facts for one record is handed out as one chunk.
    """
    facts = result.facts
    if result.accepted != len(facts) or len(facts) <= size:
        yield result
        return
    for start in range(0, len(facts), size):
        part = facts[start : start + size]
        first = start == 0
        yield LoadResult(
            result.loader,
            result.source,
            part,
            len(part) + (len(result.rejected) if first else 0),
            len(part),
            result.rejected if first else (),
            result.warnings if first else (),
        )


def loads(text: str, loader: str | None = None, strict: bool = False, **options: str) -> LoadResult:
    """Load facts from text held in memory (never read as a path); see :func:`load`."""
    return load(Source("<text>", text), loader=loader, strict=strict, **options)
