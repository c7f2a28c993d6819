"""The loader contract: what a source is, what a loader returns, and how rows are accounted.

A :class:`Loader` has a ``name``, a one-line ``description``, the file ``kinds`` it reads,
``sniff`` (how confidently it can read a source, 0 to 1) and ``load``, which returns a
:class:`LoadResult`: the facts, every rejected record with its :class:`Location` and reason,
and warnings. Every record of the source is either accepted or rejected:
``result.accepted + len(result.rejected) == result.records``.
"""

from __future__ import annotations

import abc
import csv
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, ClassVar

import attrs

from tradestat.errors import LoadError
from tradestat.models import Fact, FactSet

__all__ = ["Source", "Location", "Rejected", "LoadResult", "Loader", "decode", "csv_rows"]


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Text from bytes: UTF-8 with or without BOM, else cp1252/ISO-8859-1 with a warning.

    Returns the text, the encoding used and warnings. Bytes with NUL characters are not
    text: :class:`LoadError`.
    """
    if b"\x00" in data[:65536]:
        raise LoadError("binary data, not text (found NUL bytes)", name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("iso-8859-1"), "iso-8859-1"
    line = data.count(b"\n", 0, bad) + 1
    warning = f"{name}: not valid UTF-8 (first bad byte on line {line}); read as {encoding}"
    return text, encoding, [warning]


@attrs.frozen
class Source:
    """A source to load: its name (file name or ``<text>``), its text, and how it was read."""

    name: str
    text: str
    encoding: str = "utf-8"
    path: Path | None = None
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_bytes(cls, data: bytes, name: str, path: Path | None = None) -> Source:
        """Decode bytes (see :func:`decode`)."""
        text, encoding, warnings = decode(data, name)
        return cls(name, text, encoding, path, tuple(warnings))

    @classmethod
    def open(cls, source: str | os.PathLike[str] | IO[str] | IO[bytes] | Source) -> Source:
        """A path, a text or binary file object, or the text itself.

        A ``str`` naming an existing file is read as that file; a one-line ``str`` that
        looks like a file name but does not exist is an error; any other ``str`` is text.
        """
        if isinstance(source, Source):
            return source
        if isinstance(source, os.PathLike) or (
            isinstance(source, str) and _looks_like_path(source)
        ):
            path = Path(source)
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise LoadError(f"cannot read file: {exc.strerror or exc}", str(path)) from None
            return cls.from_bytes(data, path.name, path)
        if isinstance(source, str):
            return cls("<text>", source)
        name = str(getattr(source, "name", "<stream>"))
        content = source.read()
        if isinstance(content, bytes):
            return cls.from_bytes(content, Path(name).name)
        return cls(Path(name).name, content)

    @property
    def suffix(self) -> str:
        """The file extension, lower case, without the dot ("csv"); "" for text."""
        return Path(self.name).suffix.lower().lstrip(".") if self.name != "<text>" else ""

    def stream(self) -> io.StringIO:
        """The text as a file object (newlines as they are, for the csv module)."""
        return io.StringIO(self.text, newline="")


def _looks_like_path(text: str) -> bool:
    if "\n" in text or "\r" in text or not text.strip():
        return False
    if os.path.exists(text):
        return True
    stripped = text.strip()
    return len(stripped) < 4096 and Path(stripped).suffix.lower() in {
        ".csv",
        ".json",
        ".jsonl",
        ".ndjson",
        ".txt",
        ".tsv",
        ".html",
        ".htm",
    }


@attrs.frozen
class Location:
    """Where a record sits: file, line, and column (number or field name) when known."""

    file: str
    line: int | None = None
    column: int | str | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
        if self.column is not None:
            parts.append(str(self.column))
        return ":".join(parts)


@attrs.frozen
class Rejected:
    """A record that was not loaded: where it is, why, and its raw text."""

    location: Location
    reason: str
    raw: str = ""

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


@attrs.frozen
class LoadResult:
    """What a loader made of a source.

    ``records`` is how many records the source holds, ``accepted`` how many became facts
    (a record may give several facts), ``rejected`` the others with their reasons.
    """

    loader: str
    source: str
    facts: FactSet
    records: int
    accepted: int
    rejected: tuple[Rejected, ...] = ()
    warnings: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.accepted + len(self.rejected) != self.records:
            raise LoadError(
                f"loader {self.loader!r} lost records: {self.records} in the source, "
                f"{self.accepted} accepted and {len(self.rejected)} rejected",
                self.source,
            )

    @property
    def ok(self) -> bool:
        """Whether every record was loaded."""
        return not self.rejected


class ResultBuilder:
    """Collects facts, rejections and warnings while a loader walks a source."""

    def __init__(self, loader: str, source: Source) -> None:
        self.loader = loader
        self.source = source
        self.facts: list[Fact] = []
        self.records = 0
        self.accepted = 0
        self.rejected: list[Rejected] = []
        self.warnings: list[str] = list(source.warnings)

    def accept(self, facts: Iterable[Fact]) -> None:
        """One record loaded, giving these facts."""
        self.records += 1
        self.accepted += 1
        self.facts.extend(facts)

    def reject(
        self, reason: str, line: int | None = None, column: int | str | None = None, raw: str = ""
    ) -> None:
        """One record not loaded, and why."""
        self.records += 1
        self.rejected.append(Rejected(Location(self.source.name, line, column), reason, raw))

    def warn(self, message: str) -> None:
        """Something the user should know that did not cost a record."""
        self.warnings.append(message)

    def result(self) -> LoadResult:
        """The finished result."""
        return LoadResult(
            self.loader,
            self.source.name,
            FactSet(self.facts),
            self.records,
            self.accepted,
            tuple(self.rejected),
            tuple(self.warnings),
        )


class Loader(abc.ABC):
    """Base class of every loader, built-in or from a plugin."""

    #: Short unique name used with ``load(..., loader=NAME)`` and ``--loader``.
    name: ClassVar[str]
    #: One line saying what the loader reads.
    description: ClassVar[str]
    #: File kinds (extensions) it reads, e.g. ("csv",).
    kinds: ClassVar[tuple[str, ...]] = ()

    @abc.abstractmethod
    def sniff(self, source: Source) -> float:
        """How confidently this loader can read ``source``: 0 (cannot) to 1 (certainly)."""

    @abc.abstractmethod
    def load(self, source: Source) -> LoadResult:
        """Read every record of ``source`` into facts or rejections."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


def csv_rows(
    reader: Iterator[list[str]], out: ResultBuilder, width: int, line_offset: int = 0
) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows of a ``csv.reader`` with their line numbers.

    A row with the wrong number of cells is rejected ("expected 11 columns, got 4"), and
    text the csv module cannot read ends the walk as one rejected record, so every row is
    accounted for. ``line_offset`` counts lines before the reader's first one.
    """
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            out.reject(f"unreadable CSV: {exc}", line_offset + getattr(reader, "line_num", 0))
            return
        line = line_offset + getattr(reader, "line_num", 0)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            out.reject(f"expected {width} columns, got {len(row)}", line, raw=",".join(row))
            continue
        yield line, row
