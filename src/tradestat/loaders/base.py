"""The loader contract: what a source is, what a loader returns, and how rows are accounted.

A :class:`Loader` has a ``name``, a one-line ``description``, the file ``kinds`` it reads,
``sniff`` (how confidently it can read a source, 0 to 1) and ``load``, which returns a
:class:`LoadResult`: the facts, every rejected record with its :class:`Location` and reason,
and warnings. Every record of the source is either accepted or rejected:
``result.accepted + len(result.rejected) == result.records``.

This module also holds what the built-in loaders share: bounded reading of files and streams
(:func:`read_input`, the ``TRADESTAT_MAX_INPUT_BYTES`` limit), decoding line by line when a
file mixes encodings, line and column of offsets (:class:`LineIndex`), a CSV walker that
re-synchronises at the next line after a syntax problem (:class:`CsvWalker`), delimiter
sniffing (:func:`header_delimiter`) and the checks of number cells (:func:`number_text`).
"""

from __future__ import annotations

import abc
import bisect
import csv
import io
import os
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import ClassVar

import attrs

from tradestat._inputs import (
    DEFAULT_MAX_BYTES,
    MAX_BYTES_ENV,
    SNIFF_BYTES,
    NumberTextError,
    max_input_bytes,
    number_text,
    read_bounded,
    read_input,
)
from tradestat.errors import InputTooLargeError, LoadError
from tradestat.models import Fact, FactSet

_LINE_BREAK = re.compile(r"\r\n?|\n")

__all__ = [
    "Source",
    "Location",
    "Rejected",
    "LoadResult",
    "Loader",
    "decode",
    "csv_rows",
    "CsvWalker",
    "LineIndex",
    "ChunkBuilder",
    "StreamingLoader",
    "text_lines",
    "NumberTextError",
    "header_delimiter",
    "max_input_bytes",
    "number_text",
    "read_input",
    "DEFAULT_MAX_BYTES",
    "MAX_BYTES_ENV",
]


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
    if b"\x00" in data[:SNIFF_BYTES]:
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
            content = read_bounded(source, limit, name)  # type: ignore[arg-type]
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


class LineIndex:
    """Line and column of character offsets in a text, counted incrementally.

    Each lookup counts the line breaks between the nearest offset looked up before and this
    one (``str.count``, at C speed), so looking up the elements of a file in order reads the
    text once in all, never from the start for every element. Lines end at CRLF, CR or LF,
    as for the csv module.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._cr = "\r" in text  # without CR, counting LF is enough
        # Offsets looked up, in order, with the line breaks that end at or before each and
        # where the line holding it starts.
        self._offsets: list[int] = [0]
        self._breaks: list[int] = [0]
        self._starts: list[int] = [0]

    def _straddles(self, offset: int) -> bool:
        """Whether ``offset`` falls between the CR and the LF of a CRLF."""
        text = self._text
        return 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n"

    def _find(self, offset: int) -> tuple[int, int]:
        text = self._text
        offset = min(max(offset, 0), len(text))
        i = bisect.bisect_right(self._offsets, offset) - 1
        base = self._offsets[i]
        if base == offset:
            return self._breaks[i], self._starts[i]
        breaks = self._breaks[i] + text.count("\n", base, offset)
        crlf = False
        if self._cr:
            crlf = self._straddles(offset)
            breaks += text.count("\r", base, offset) - text.count("\r\n", base, offset) - crlf
        if breaks == self._breaks[i]:
            start = self._starts[i]
        else:
            last_cr = text.rfind("\r", base, offset - 1 if crlf else offset) if self._cr else -1
            start = max(text.rfind("\n", base, offset), last_cr) + 1
        self._offsets.insert(i + 1, offset)
        self._breaks.insert(i + 1, breaks)
        self._starts.insert(i + 1, start)
        return breaks, start

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        breaks, start = self._find(offset)
        return breaks + 1, offset - start + 1

    def line(self, offset: int) -> int:
        """1-based line of ``offset``."""
        return self._find(offset)[0] + 1


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
        self._warned: set[str] = set()

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

    def warn_once(self, key: str, message: str) -> None:
        """A warning given only the first time for ``key`` (e.g. an unknown field)."""
        if key not in self._warned:
            self._warned.add(key)
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


class ChunkBuilder(ResultBuilder):
    """A :class:`ResultBuilder` handing out what it collected one chunk at a time."""

    def take(self) -> LoadResult:
        """What was collected since the last take, as a result of its own; then start over."""
        done = self.result()
        self.facts, self.rejected, self.warnings = [], [], []
        self.records = self.accepted = 0
        return done


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


class StreamingLoader(Loader):
    """A loader that can also read a source as a stream of lines, a chunk of records at a time.

    :func:`tradestat.loaders.iter_load` uses it: ``source`` then holds only the head of
    the text (for :meth:`streams`) and the lines come one at a time, so memory stays bounded
    by the chunk, whatever the size of the file.
    """

    def streams(self, source: Source) -> bool:
        """Whether this source (its head) can be read as a stream of lines."""
        return True

    #: How the stream splits lines: "" at CRLF, CR or LF (as csv does), "\n" at LF only.
    newline: ClassVar[str] = ""

    @abc.abstractmethod
    def walk(self, source: Source, lines: Iterable[str], out: ResultBuilder) -> Iterator[None]:
        """Read the records of ``lines`` into ``out``, yielding after each record."""

    def load(self, source: Source) -> LoadResult:
        """Every record of the whole text, through :meth:`walk`."""
        out = ResultBuilder(self.name, source)
        for _ in self.walk(source, text_lines(source.text, self.newline), out):
            pass
        return out.result()

    def load_chunks(
        self, source: Source, lines: Iterable[str], chunk_size: int
    ) -> Iterator[LoadResult]:
        """Results of ``chunk_size`` records each (the last may hold fewer).

        A source without records still gives one result, with its warnings.
        """
        out = ChunkBuilder(self.name, source)
        given = False
        for _ in self.walk(source, lines, out):
            if out.records >= chunk_size:
                yield out.take()
                given = True
        if out.records or out.warnings or not given:
            yield out.take()


def csv_rows(
    reader: Iterator[list[str]], out: ResultBuilder, width: int, line_offset: int = 0
) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows of a ``csv.reader`` with their line numbers.

    A row with the wrong number of cells is rejected ("expected 11 columns, got 4"), and
    text the csv module cannot read is rejected as one record naming the lines it spans,
    after which the walk goes on with the reader's next line, so every row is accounted
    for. ``line_offset`` counts lines before the reader's first one. (The built-in loaders
    use :class:`CsvWalker`, which also re-reads the lines a broken quote swallowed.)
    """
    while True:
        before = getattr(reader, "line_num", 0)
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            after = getattr(reader, "line_num", 0)
            span = (
                f" (lines {line_offset + before + 1}-{line_offset + after})"
                if after > before + 1
                else ""
            )
            out.reject(f"unreadable CSV{span}: {exc}", line_offset + before + 1)
            if after <= before:
                return
            continue
        line = line_offset + getattr(reader, "line_num", 0)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            out.reject(f"expected {width} columns, got {len(row)}", line, raw=",".join(row))
            continue
        yield line, row


def text_lines(text: str, newline: str = "") -> Iterator[str]:
    r"""The lines of a text with their line breaks.

    Lines end at CRLF, CR or LF, as for the csv module; with ``newline="\n"`` at LF only.
    """
    pos, n = 0, len(text)
    if newline == "\n":
        while pos < n:
            end = text.find("\n", pos)
            end = n if end < 0 else end + 1
            yield text[pos:end]
            pos = end
        return
    search = _LINE_BREAK.search
    while pos < n:
        found = search(text, pos)
        end = found.end() if found else n
        yield text[pos:end]
        pos = end


def without_bom(lines: Iterable[str]) -> Iterator[str]:
    """The lines with byte-order marks removed from the start of the first."""
    iterator = iter(lines)
    for first in iterator:
        first = first.lstrip("\ufeff")
        if first:
            yield first
        yield from iterator
        return


class _Lines:
    """Lines one at a time for ``csv.reader``, counted as they go, able to step back.

    ``mark()`` notes where a record starts; ``rewind()`` goes back to the line after that
    record's first line, so the lines a broken quote swallowed are read again on their own.
    Only the current record's lines are kept, so a stream is never held whole.
    """

    def __init__(self, lines: Iterator[str]) -> None:
        self._source = lines
        self._again: list[str] = []  # lines to read again, the next one last
        self._record: list[str] = []  # the lines of the current record
        self.line = 0
        self.mark_line = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        text = self._again.pop() if self._again else next(self._source)
        self.line += 1
        self._record.append(text)
        return text

    def mark(self) -> None:
        self.mark_line = self.line
        self._record.clear()

    def first_line(self) -> str:
        """The text of the current record's first line, without its line break."""
        return self._record[0].rstrip("\r\n") if self._record else ""

    def rewind(self) -> None:
        self._again.extend(reversed(self._record[1:]))
        del self._record[1:]
        self.line = self.mark_line + 1


#: The inside of a quoted CSV field: anything but a quote, or a doubled quote. Possessive,
#: so it never backtracks.
_QUOTED_BODY = re.compile(r'(?:[^"]|"")*+')


def _syntax_column(line: str, delimiter: str, limit: int) -> int | None:
    """1-based column of the CSV trouble on one line, or None.

    The trouble is a quote not closed on the line, text after a closing quote, or the start
    of a field longer than ``limit``.
    """
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            body = _QUOTED_BODY.match(line, i + 1)
            q = body.end() if body else i + 1
            if q >= n:
                return i + 1  # opened here, not closed on this line
            if q - i - 1 > limit:
                return i + 1
            after = q + 1
            if after < n and line[after] != delimiter:
                return after + 1
            i = after + 1
            continue
        end = line.find(delimiter, i)
        end = n if end < 0 else end
        if end - i > limit:
            return i + 1
        i = end + 1
    return None


def _csv_problem(message: str, delimiter: str) -> str:
    if "field larger than field limit" in message:
        return (
            f"a field longer than {csv.field_size_limit()} characters, the csv module's limit "
            "(a quote that is never closed?)"
        )
    if "unexpected end of data" in message:
        return "a quoted field is not closed before the end of the file"
    if "expected after" in message:
        return f"text after a closing quote: expected {delimiter!r} or the end of the line"
    return f"unreadable CSV: {message}"


def _swallowed(cells: Sequence[str], delimiter: str, width: int) -> bool:
    """Whether a field of a record spanning lines holds a line that looks like a whole row.

    That is the mark of a quote opened by mistake that a later stray quote closed.
    """
    for cell in cells:
        if "\n" not in cell and "\r" not in cell:
            continue
        for part in _LINE_BREAK.split(cell)[1:]:
            if width > 2 and part.count(delimiter) >= width - 1:
                return True
    return False


class CsvWalker:
    """CSV records read by the csv module (strict quoting), re-synchronising after trouble.

    A syntax problem (a quote never closed, text after a closing quote, a field over the
    csv module's limit) or a record that spans several lines but has the wrong width (a
    stray quote swallowed the lines after it) rejects only the record's first line, and
    reading resumes on the line after it. Each line is read at most twice, so the walk is
    linear in the text. ``text`` is the whole text or its lines (with their line breaks),
    e.g. a file read as a stream.
    """

    def __init__(self, text: str | Iterable[str], delimiter: str = ",") -> None:
        self.delimiter = delimiter
        self._lines = _Lines(text_lines(text) if isinstance(text, str) else iter(text))
        self._reader = csv.reader(self._lines, delimiter=delimiter, strict=True)

    def _next(self) -> tuple[int, int, list[str] | None, str | None, int | None] | None:
        lines = self._lines
        lines.mark()
        try:
            cells = next(self._reader)
        except StopIteration:
            return None
        except csv.Error as exc:
            first = lines.mark_line + 1
            column = _syntax_column(lines.first_line(), self.delimiter, csv.field_size_limit())
            problem = _csv_problem(str(exc), self.delimiter)
            if lines.line > first:
                problem += f" (it ran over lines {first}-{lines.line})"
            lines.rewind()
            return first, first, None, problem + "; reading resumes on the next line", column
        return lines.mark_line + 1, lines.line, cells, None, None

    def header(self, name: str) -> tuple[int, list[str]] | None:
        """The first record (the header) and its line; None for an empty text.

        A header the csv module cannot read is :class:`LoadError` naming line and column.
        """
        record = self._next()
        if record is None:
            return None
        first, _, cells, problem, column = record
        if cells is None:
            where = f"{name}:{first}" + (f":{column}" if column else "")
            raise LoadError(f"unreadable CSV header: {problem}", where)
        if record[1] > first:
            raise LoadError(
                f"unreadable CSV header: a quoted field runs over lines {first}-{record[1]}",
                f"{name}:{first}",
            )
        return first, cells

    def rows(self, out: ResultBuilder, width: int) -> Iterator[tuple[int, list[str]]]:
        """The non-blank records of ``width`` cells with their first line.

        Every other record is rejected with its line (and column, for syntax problems).
        """
        for first, cells in self.records(out, width):
            if cells is not None:
                yield first, cells

    def records(self, out: ResultBuilder, width: int) -> Iterator[tuple[int, list[str] | None]]:
        """As :meth:`rows`, but also ``(line, None)`` after each record it rejected.

        So a caller reading a stream in chunks regains control after every record.
        """
        while (record := self._next()) is not None:
            first, last, cells, problem, column = record
            if cells is None:
                out.reject(
                    problem or "unreadable CSV", first, column, self._lines.first_line()[:500]
                )
                yield first, None
                continue
            if not any(cell.strip() for cell in cells):
                continue
            if last > first and (len(cells) != width or _swallowed(cells, self.delimiter, width)):
                line_text = self._lines.first_line()
                quote = _syntax_column(line_text, self.delimiter, csv.field_size_limit())
                effect = (
                    f"leaves {len(cells)} columns where {width} are expected"
                    if len(cells) != width
                    else "taking in lines that look like rows of their own"
                )
                out.reject(
                    f"a quote opened on this line runs over lines {first}-{last}, {effect}: "
                    "a quote is probably not closed; reading resumes on the next line",
                    first,
                    quote,
                    line_text[:500],
                )
                self._lines.rewind()
                yield first, None
                continue
            if len(cells) != width:
                raw = self.delimiter.join(cells)[:500]
                out.reject(f"expected {width} columns, got {len(cells)}", first, raw=raw)
                yield first, None
                continue
            encoding = out.guessed(first, last)
            if encoding is not None:
                out.reject(encoding, first, raw=self.delimiter.join(cells)[:500])
                yield first, None
                continue
            yield first, cells


#: Delimiters a table may use, tried in this order when counts tie.
DELIMITERS = (",", ";", "\t", "|")


def first_line(text: str, bound: int = SNIFF_BYTES) -> str | None:
    """The first line of ``text`` (BOM removed) if it ends within ``bound`` characters."""
    head = text[: bound + 2].lstrip("\ufeff")
    found = _LINE_BREAK.search(head)
    if found is not None:
        return head[: found.start()]
    return head if len(text) <= bound else None


def header_delimiter(line: str, required: Collection[str]) -> tuple[str, list[str]] | None:
    """The delimiter that splits a header line into the ``required`` names, and the cells.

    Names are compared stripped and lower case; None when no delimiter gives them all.

    Linear: each candidate delimiter is one pass of the csv module over the one line.
    """
    wanted = {r.lower() for r in required}
    for delimiter in sorted(DELIMITERS, key=lambda d: -line.count(d)):
        if not line.count(delimiter):
            continue
        try:
            cells = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:
            continue
        if wanted <= {c.strip().lower() for c in cells}:
            return delimiter, cells
    return None


def duplicate_column(names: Sequence[str]) -> tuple[str, int, int] | None:
    """The first non-empty name given twice, with both 1-based column numbers."""
    seen: dict[str, int] = {}
    for i, name in enumerate(names, start=1):
        if not name:
            continue
        if name in seen:
            return name, seen[name], i
        seen[name] = i
    return None
