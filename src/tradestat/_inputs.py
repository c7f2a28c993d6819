"""Reading input safely, shared by the loaders and the rate tables.

Bounded reads of files and streams (the ``TRADESTAT_MAX_INPUT_BYTES`` limit), UTF-8 files
read as a stream of lines (:class:`TextFile`) and number text that reads without guessing.
It imports nothing but the errors, so the value layer (rate tables) may use it too.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tradestat.errors import InputTooLargeError, LoadError, NoSuchFileError

#: The input size limit when neither ``max_bytes`` nor :data:`MAX_BYTES_ENV` sets one.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
#: Environment variable with the input size limit: bytes, or with a K, M or G suffix.
MAX_BYTES_ENV = "TRADESTAT_MAX_INPUT_BYTES"
_CHUNK = 1 << 20
SNIFF_BYTES = 65536
_SCALES = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
_LIMIT_TEXT = re.compile(r"([0-9]{1,15})\s*([KMG]?)(?:I?B)?", re.IGNORECASE)
#: A line ends at CRLF, CR or LF, as for the csv module (other Unicode breaks do not count).


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


def read_bounded(handle: IO[Any], limit: int, name: str, empty: bytes | str = "") -> bytes | str:
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
        if isinstance(chunk, bytes) and total < SNIFF_BYTES and b"\x00" in chunk[:SNIFF_BYTES]:
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
            data = read_bounded(handle, limit, name, b"")
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


def _cannot_read(exc: BaseException, where: str) -> LoadError:
    """The error for a file that cannot be opened or read (as :func:`read_input` says it)."""
    if isinstance(exc, FileNotFoundError):
        return NoSuchFileError("cannot read file: no such file", where)
    if isinstance(exc, ValueError):
        return LoadError("cannot read file: the name is not a valid path", where)
    if isinstance(exc, IsADirectoryError):
        return LoadError("cannot read file: it is a directory", where)
    if isinstance(exc, OSError):
        return LoadError(f"cannot read file: {exc.strerror or exc}", where)
    return LoadError(f"cannot read file: {exc}", where)


class TextFile:
    r"""A UTF-8 file read as a stream of lines: the whole text is never held in memory.

    :meth:`open` checks, in one pass that keeps nothing, that the file is a regular file
    within the input limit, has no NUL bytes near the start and is valid UTF-8 (with or
    without a BOM). :meth:`lines` then reads it line by line, lines ending at CRLF, CR or LF
    as for the csv module (``newline=""``) or at LF only (``newline="\n"``).
    """

    def __init__(self, path: Path, name: str, limit: int) -> None:
        self.path = path
        self.name = name
        self.limit = limit

    @classmethod
    def open(cls, path: str | os.PathLike[str], max_bytes: int | None = None) -> TextFile | None:
        """The file ready to stream, or None when it is not a regular UTF-8 file.

        None means: read it whole (:func:`read_input`), to decode it line by line or read
        a pipe. A missing, unreadable, over-large or binary file raises as :func:`read_input`.
        """
        limit = max_input_bytes(max_bytes)
        where = str(path)
        name = Path(where).name or where
        decoder = codecs.getincrementaldecoder("utf-8")()
        total = 0
        try:
            with open(path, "rb") as handle:
                info = os.fstat(handle.fileno())
                if not stat.S_ISREG(info.st_mode):
                    return None
                if info.st_size > limit:
                    raise _too_large(limit, name)
                while chunk := handle.read(_CHUNK):
                    if total < SNIFF_BYTES and b"\x00" in chunk[: SNIFF_BYTES - total]:
                        raise LoadError("binary data, not text (found NUL bytes)", name)
                    total += len(chunk)
                    if total > limit:
                        raise _too_large(limit, name)
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None
        except LoadError:
            raise
        except (OSError, ValueError, MemoryError) as exc:
            raise _cannot_read(exc, where) from None
        return cls(Path(where), name, limit)

    def head(self, size: int = SNIFF_BYTES) -> str:
        """The first ``size`` characters (a BOM removed), for sniffing."""
        try:
            with open(self.path, encoding="utf-8-sig", newline="") as handle:
                return handle.read(size)
        except (OSError, ValueError, MemoryError) as exc:
            raise _cannot_read(exc, str(self.path)) from None

    def lines(self, newline: str = "") -> Iterator[str]:
        """The lines with their line breaks, one at a time (a BOM removed)."""
        total = 0
        try:
            with open(self.path, encoding="utf-8-sig", newline=newline) as handle:
                for line in handle:
                    total += len(line)
                    if total > self.limit:  # the file grew since it was checked
                        raise _too_large(self.limit, self.name)
                    yield line
        except UnicodeDecodeError:
            raise LoadError(
                "the file changed while it was read: no longer UTF-8", self.name
            ) from None
        except (OSError, ValueError, MemoryError) as exc:
            raise _cannot_read(exc, str(self.path)) from None


class NumberTextError(ValueError):
    """Number text that cannot be read without guessing (see :func:`number_text`)."""


_THOUSANDS = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")
#: Longest number text read; a figure with more characters is not a stated trade figure.
MAX_NUMBER_CHARS = 100


def number_text(text: str) -> tuple[str, str | None]:
    """Number text made safe to read, and a note when something was removed.

    Invisible format characters (zero-width space, soft hyphen, BOM, direction marks) are
    removed, with a note. :class:`NumberTextError` refuses what would otherwise be read
    wrongly or by a guess: digits grouped by spaces of any kind ("1 280.8") or by ``_``, a
    decimal comma ("1,5"), a lone thousands group that could be either ("1,280": 1280, or
    1.28 with a decimal comma), commas that are not thousands groups. Commas grouping
    thousands before a decimal point, or in several groups ("1,280.8", "1,280,000") are
    unambiguous and kept.
    """
    value = text.strip()
    if len(value) > MAX_NUMBER_CHARS:
        raise NumberTextError(f"a number of more than {MAX_NUMBER_CHARS} characters")
    note = None
    if not value.isascii():
        invisible = [c for c in value if unicodedata.category(c) == "Cf"]
        if invisible:
            value = "".join(c for c in value if unicodedata.category(c) != "Cf").strip()
            names = ", ".join(sorted({f"U+{ord(c):04X}" for c in invisible}))
            note = f"removed invisible character(s) {names} from the number {text!r}"
    if any(c.isspace() for c in value):
        raise NumberTextError(
            f"{text!r} has digits separated by a space: expected a plain number such as "
            "1280.8, without thousands separators"
        )
    if "_" in value:
        raise NumberTextError(f"{text!r} has digits grouped by '_': expected a plain number")
    if "," in value:
        if _THOUSANDS.fullmatch(value) is None:
            if value.count(",") == 1 and "." not in value:
                raise NumberTextError(
                    f"{text!r} looks like a decimal comma: expected a point as the decimal "
                    f"mark, as in {value.replace(',', '.')}"
                )
            raise NumberTextError(
                f"{text!r}: commas that are not thousands separators: expected a plain number "
                "with a decimal point"
            )
        if value.count(",") == 1 and "." not in value:
            raise NumberTextError(
                f"{text!r} is ambiguous: {value.replace(',', '')} with a thousands comma, or "
                f"{value.replace(',', '.')} with a decimal comma; write it without the comma"
            )
    return value, note
