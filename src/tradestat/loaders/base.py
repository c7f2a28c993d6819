"""The loader contract: what a source is, what a loader returns, and how rows are accounted.

A :class:`Loader` has a ``name``, a one-line ``description``, the file ``kinds`` it reads,
``sniff`` (how confidently it can read a source, 0 to 1) and ``load``, which returns a
:class:`LoadResult`: the facts, every rejected record with its :class:`Location` and reason,
and warnings. Every record of the source is either accepted or rejected:
``result.accepted + len(result.rejected) == result.records``.

This module also holds bounded reading of files and streams (:func:`read_input`, the
``TRADESTAT_MAX_INPUT_BYTES`` limit) and decoding line by line when a file mixes encodings.
"""

from __future__ import annotations

import abc
import bisect
import csv
import io
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, ClassVar

import attrs

from tradestat.errors import InputTooLargeError, LoadError, NoSuchFileError
from tradestat.models import Fact, FactSet

__all__ = [
    "Source",
    "Location",
    "Rejected",
    "LoadResult",
    "Loader",
    "decode",
    "csv_rows",
    "max_input_bytes",
    "read_input",
    "DEFAULT_MAX_BYTES",
    "MAX_BYTES_ENV",
]

#: The input size limit when neither ``max_bytes`` nor :data:`MAX_BYTES_ENV` sets one.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
#: Environment variable with the input size limit: bytes, or with a K, M or G suffix.
MAX_BYTES_ENV = "TRADESTAT_MAX_INPUT_BYTES"
_CHUNK = 1 << 20
_SNIFF_BYTES = 65536
_SCALES = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
_LIMIT_TEXT = re.compile(r"([0-9]{1,15})\s*([KMG]?)(?:I?B)?", re.IGNORECASE)


def max_input_bytes(override: int | None = None) -> int:
    """The input size limit: ``override`` if given, else the environment, else 256 MiB."""
    if override is not None:
        if isinstance(override, bool) or not isinstance(override, int) or override < 0:
            raise LoadError(f"max_bytes={override!r}: expected a number of bytes (an int >= 0)")
        return override
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    match = _LIMIT_TEXT.fullmatch(raw)
    if match is None:
        raise LoadError(
            f"{MAX_BYTES_ENV}={raw!r}: expected a number of bytes such as 268435456 or 256M"
        )
    return int(match.group(1)) * _SCALES[match.group(2).upper()]


def _too_large(limit: int, name: str) -> InputTooLargeError:
    return InputTooLargeError(
        f"larger than the input limit of {limit} bytes; raise it with {MAX_BYTES_ENV} "
        "(e.g. 1G) or max_bytes=",
        name,
    )


def _read_bounded(handle: IO[Any], limit: int, name: str, empty: bytes | str = "") -> bytes | str:
    """At most ``limit`` bytes (characters for a text stream) from a file object.

    NUL bytes among the first 64 KiB end the read at once (binary data, e.g. /dev/zero), so
    an endless device is never read to the limit.
    """
    parts: list[Any] = []
    total = 0
    while True:
        chunk = handle.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        if not isinstance(chunk, (bytes, str)):
            raise LoadError(
                f"the file object's read() gave {type(chunk).__name__}, not bytes or text", name
            )
        if isinstance(chunk, bytes) and total < _SNIFF_BYTES and b"\x00" in chunk[:_SNIFF_BYTES]:
            raise LoadError("binary data, not text (found NUL bytes)", name)
        if parts and type(chunk) is not type(parts[0]):
            raise LoadError("the file object's read() mixed bytes and text", name)
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise _too_large(limit, name)
    if not parts:
        return empty
    if isinstance(parts[0], bytes):
        return b"".join(parts)
    return "".join(parts)


def read_input(path: str | os.PathLike[str], max_bytes: int | None = None) -> bytes:
    """The bytes of a file, refusing more than :func:`max_input_bytes`.

    A missing file is :class:`~tradestat.errors.NoSuchFileError`, a file over the limit
    :class:`~tradestat.errors.InputTooLargeError`, NUL bytes near the start (a binary file,
    /dev/zero) and any other failure to read :class:`~tradestat.errors.LoadError`.
    """
    limit = max_input_bytes(max_bytes)
    where = str(path)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            name = Path(where).name or where  # problems of the content name the file
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise _too_large(limit, name)
            data = _read_bounded(handle, limit, name, b"")
    except FileNotFoundError:
        raise NoSuchFileError("cannot read file: no such file", where) from None
    except ValueError:  # a NUL character in the name
        raise LoadError("cannot read file: the name is not a valid path", where) from None
    except IsADirectoryError:
        raise LoadError("cannot read file: it is a directory", where) from None
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}", where) from None
    except MemoryError:
        raise LoadError("cannot read file: out of memory", where) from None
    assert isinstance(data, bytes)
    return data


def _legacy(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("iso-8859-1"), "iso-8859-1"


def _listing(numbers: Sequence[int], most: int = 10) -> str:
    shown = ", ".join(str(n) for n in numbers[:most])
    return shown + (f" and {len(numbers) - most} more" if len(numbers) > most else "")


def _decode(data: bytes, name: str) -> tuple[str, str, list[str], tuple[int, ...]]:
    """Text, encoding, warnings and the lines whose decoding is a guess (see :func:`decode`)."""
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise LoadError("binary data, not text (found NUL bytes)", name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", [], ()
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)  # CRLF, CR and LF, as the csv module counts them
    parts: list[str] = []
    bad: list[int] = []
    utf8_elsewhere = False
    for number, raw in enumerate(lines, start=1):
        try:
            parts.append(raw.decode("utf-8"))
            utf8_elsewhere = utf8_elsewhere or not raw.isascii()
        except UnicodeDecodeError:
            bad.append(number)
            parts.append(_legacy(raw)[0])
    if not utf8_elsewhere:
        # Nothing but ASCII is valid UTF-8: the whole file is in a legacy encoding.
        text, encoding = _legacy(data)
        warning = f"{name}: not valid UTF-8 (first bad byte on line {bad[0]}); read as {encoding}"
        return text, encoding, [warning], ()
    warning = (
        f"{name}: mixed encodings: line(s) {_listing(bad)} are not valid UTF-8 though the rest "
        "of the file is; they were read as cp1252, which is a guess"
    )
    return "".join(parts), "utf-8", [warning], tuple(bad)


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Text from bytes: UTF-8 with or without BOM, else cp1252/ISO-8859-1 with a warning.

    A file in which lines with other characters than ASCII are all invalid UTF-8 is read in
    the legacy encoding (UN Comtrade downloads are ISO-8859-1). A file that mixes valid
    UTF-8 lines with invalid ones is decoded line by line: the UTF-8 lines as UTF-8, the
    others as cp1252, named in a warning (:attr:`Source.guessed_lines`; the tidy and Comtrade
    loaders reject the records on those lines). Bytes with NUL characters are not text:
    :class:`LoadError`.
    """
    text, encoding, warnings, _ = _decode(data, name)
    return text, encoding, warnings


def _name_hint(text: str) -> str:
    odd = len(text) > 255 or any(c in text for c in '{}[],;"\t')
    return (
        " (a str without a line break is read as a file name; to load text, pass it "
        "with its line breaks or as io.StringIO(text))"
        if odd
        else ""
    )


@attrs.frozen
class Source:
    """A source to load: its name (file name or ``<text>``), its text, and how it was read.

    ``guessed_lines`` are the lines (1-based) whose bytes were not valid UTF-8 in an
    otherwise UTF-8 file; their text is a cp1252 guess.
    """

    name: str
    text: str
    encoding: str = "utf-8"
    path: Path | None = None
    warnings: tuple[str, ...] = ()
    guessed_lines: tuple[int, ...] = ()

    @classmethod
    def from_bytes(cls, data: bytes, name: str, path: Path | None = None) -> Source:
        """Decode bytes (see :func:`decode`)."""
        text, encoding, warnings, guessed = _decode(data, name)
        return cls(name, text, encoding, path, tuple(warnings), guessed)

    @classmethod
    def open(cls, source: object, max_bytes: int | None = None) -> Source:
        r"""A path, a text or binary file object, or the text itself.

        The rule: a :class:`~pathlib.Path` (any ``os.PathLike``) is a file. A ``str`` is

        1. the text itself when it contains a line break (``\n`` or ``\r``) or nothing but
           white space;
        2. else the file it names, when that file exists;
        3. else the text itself when it starts with ``[`` or ``{`` (one line of JSON, as
           ``json.dumps`` writes it);
        4. else the name of a file that does not exist:
           :class:`~tradestat.errors.NoSuchFileError`, never text.

        So ``"in/nope"`` is "no such file"; one line of other text is loaded as
        ``io.StringIO(line)`` or with its line break.

        Files and streams are read up to ``max_bytes`` (default: :func:`max_input_bytes`,
        256 MiB or ``TRADESTAT_MAX_INPUT_BYTES``); more is
        :class:`~tradestat.errors.InputTooLargeError`.
        """
        if isinstance(source, Source):
            return source
        if isinstance(source, str):
            if "\n" in source or "\r" in source or not source.strip():
                return cls("<text>", source)
            if source.lstrip().startswith(("[", "{")) and not os.path.isfile(source):
                return cls("<text>", source)
            try:
                data = read_input(source, max_bytes)
            except LoadError as exc:
                hint = _name_hint(source)
                if not hint or isinstance(exc, InputTooLargeError):
                    raise
                raise type(exc)(exc.reason + hint, exc.location) from None
            path = Path(source)
            return cls.from_bytes(data, path.name, path)
        if isinstance(source, os.PathLike):
            path = Path(os.fsdecode(source))
            return cls.from_bytes(read_input(path, max_bytes), path.name, path)
        read = getattr(source, "read", None)
        if not callable(read):
            raise LoadError(
                f"cannot load a {type(source).__name__}: expected a path, a file object or text"
            )
        name = Path(str(getattr(source, "name", "<stream>"))).name
        limit = max_input_bytes(max_bytes)
        try:
            content = _read_bounded(source, limit, name)  # type: ignore[arg-type]
        except UnicodeDecodeError as exc:
            raise LoadError(
                f"the text stream cannot be decoded ({exc.reason}); open the file in binary "
                "mode ('rb') so tradestat decodes it",
                name,
            ) from None
        except OSError as exc:
            raise LoadError(f"cannot read: {exc.strerror or exc}", name) from None
        if isinstance(content, bytes):
            return cls.from_bytes(content, name)
        return cls(name, content)

    @property
    def suffix(self) -> str:
        """The file extension, lower case, without the dot ("csv"); "" for text."""
        return Path(self.name).suffix.lower().lstrip(".") if self.name != "<text>" else ""

    def stream(self) -> io.StringIO:
        """The text as a file object (newlines as they are, for the csv module)."""
        return io.StringIO(self.text, newline="")


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

    def guessed(self, first: int, last: int) -> str | None:
        """Why a record on lines ``first`` to ``last`` cannot be trusted, or None.

        It cannot when one of its lines was decoded by a guess (a cp1252 line in a UTF-8 file).
        """
        lines = self.source.guessed_lines
        i = bisect.bisect_left(lines, first)
        if i == len(lines) or lines[i] > last:
            return None
        return (
            f"line {lines[i]} is not valid UTF-8 though the rest of the file is (mixed "
            "encodings); read as cp1252 it is only a guess, so the record is not loaded: "
            "re-save the file as UTF-8"
        )

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
