"""What the loaders of downloaded statistics files share.

Raw bytes of a source (from its path, bounded, or recovered from a legacy decoding), Chinese
decoding (UTF-8, else GB18030), bounded decompression of gzip members, zip entries and 7z
archives, strict
number cells with thousands separators, scale words (亿元, 百万美元, "CNY 100 Million"), loader
options, and the provenance string that carries what the file does not say.
"""

from __future__ import annotations

import io
import os
import re
import zlib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from tradestat.errors import LoadError
from tradestat.loaders.base import Source

__all__ = [
    "BINARY",
    "MAX_BYTES_ENV",
    "decode_chinese",
    "gunzip",
    "max_bytes",
    "number",
    "options_of",
    "origin",
    "raw_bytes",
    "scale_unit",
    "un7z",
    "unknown_codes",
]

BINARY = "binary"  # the encoding of a Source whose file is binary (see loaders.load)
#: The environment variable with the input size limit (bytes, or with a K, M or G suffix);
#: it bounds both the file read and what a compressed file may expand to.
MAX_BYTES_ENV = "TRADESTAT_MAX_INPUT_BYTES"
_DEFAULT_MAX = 256 * 1024 * 1024
_LIMIT = re.compile(r"([0-9]{1,15})\s*([KMG]?)(?:I?B)?", re.IGNORECASE)
_SCALE = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def max_bytes() -> int:
    """The input limit: :data:`MAX_BYTES_ENV`, else 256 MiB."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return _DEFAULT_MAX
    match = _LIMIT.fullmatch(raw)
    if match is None:
        raise LoadError(f"{MAX_BYTES_ENV}={raw!r}: expected a number of bytes such as 256M")
    return int(match.group(1)) * _SCALE[match.group(2).upper()]


def _too_large(name: str, limit: int, what: str = "larger") -> LoadError:
    return LoadError(
        f"{what} than the input limit of {limit} bytes (a decompression bomb?); raise it "
        f"with {MAX_BYTES_ENV} if the file is genuine",
        name,
    )


def raw_bytes(source: Source) -> bytes:
    """The bytes of a source: read from its path (bounded) when it has one, else recovered.

    Text decoded as cp1252 or ISO-8859-1 (the fallback for bytes that are not UTF-8) gives
    its bytes back exactly; UTF-8 text is encoded as UTF-8.
    """
    limit = max_bytes()
    if source.path is not None:
        try:
            with source.path.open("rb") as handle:
                data = handle.read(limit + 1)
        except OSError as exc:
            raise LoadError(f"cannot read file: {exc.strerror or exc}", source.name) from None
        if len(data) > limit:
            raise _too_large(source.name, limit)
        return data
    if source.encoding in ("cp1252", "iso-8859-1"):
        try:
            return source.text.encode(source.encoding)
        except UnicodeEncodeError:
            pass
    guessed = frozenset(getattr(source, "guessed_lines", ()) or ())
    if guessed:
        return _recover(source.text, guessed)
    return source.text.encode("utf-8")


def _legacy_bytes(text: str) -> bytes:
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        return text.encode("iso-8859-1", errors="replace")


def _recover(text: str, guessed: frozenset[int]) -> bytes:
    """Bytes of a file decoded line by line: UTF-8 lines, and ``guessed`` lines as cp1252."""
    parts = _BREAKS.split(text)  # line, break, line, break, ..., last line
    out = bytearray()
    for i in range(0, len(parts), 2):
        chunk = parts[i] + (parts[i + 1] if i + 1 < len(parts) else "")
        out += _legacy_bytes(chunk) if (i // 2 + 1) in guessed else chunk.encode("utf-8")
    return bytes(out)


_BREAKS = re.compile(r"(\r\n|\r|\n)")


def decode_chinese(source: Source) -> tuple[str, list[str]]:
    """Text of a file that is UTF-8 or GB18030 (GBK), and warnings.

    China Customs files are GB18030 though the rest of the library's loaders read UTF-8 with
    a cp1252 fallback; the original bytes are decoded again. Bytes valid in neither are
    replaced (U+FFFD) with a warning naming the first bad line.
    """
    if (
        source.encoding in ("utf-8", "utf-8-sig")
        and source.path is None
        and not getattr(source, "guessed_lines", ())
    ):
        return source.text.lstrip("\ufeff"), []
    data = raw_bytes(source)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("gb18030", errors="replace")
        return text, [
            f"{source.name}: neither UTF-8 nor GB18030 (first bad byte on line {line}); "
            "bad bytes replaced by U+FFFD"
        ]


def gunzip(data: bytes, name: str) -> bytes:
    """Every gzip member of ``data`` decompressed, refusing to expand beyond the limit."""
    limit = max_bytes()
    out = bytearray()
    rest = data
    while rest:
        decompressor = zlib.decompressobj(wbits=31)
        try:
            chunk = decompressor.decompress(rest, limit + 1 - len(out))
            out += chunk
            while decompressor.unconsumed_tail and len(out) <= limit:
                out += decompressor.decompress(decompressor.unconsumed_tail, limit + 1 - len(out))
        except zlib.error as exc:
            raise LoadError(f"not a valid gzip file: {exc}", name) from None
        if len(out) > limit:
            raise _too_large(name, limit, "expands to more")
        if not decompressor.eof:
            raise LoadError("truncated gzip file (the compressed stream ends early)", name)
        rest = decompressor.unused_data.lstrip(b"\x00")
    return bytes(out)


#: At most this many entries in a 7z archive (a Comext extract holds one .dat).
MAX_7Z_ENTRIES = 64
_DATA_SUFFIXES = (".dat", ".csv", ".tsv", ".txt")


class _TooLargeError(Exception):
    """Raised inside py7zr's extraction when the output passes the input limit."""


def un7z(data: bytes, name: str) -> tuple[str, bytes]:
    """The data file in a 7z archive (Comext's ``full_v2_YYYYMM.7z``): its name and bytes.

    Read with py7zr (``pip install 'tradestat[sources]'``) as a stream into a bounded buffer:
    the sizes the archive declares are checked first, and extraction stops as soon as its
    output passes the input limit, so a decompression bomb is a :class:`LoadError` rather
    than exhausted memory. Encrypted archives, several data files and links are refused.
    """
    try:
        import py7zr
        from py7zr import exceptions as sevenzip
        from py7zr.io import Py7zIO, WriterFactory
    except ImportError:
        raise LoadError(
            "reading a .7z archive needs py7zr: pip install 'tradestat[sources]' "
            "(or extract it with 7z x and load the .dat inside)",
            name,
        ) from None
    limit = max_bytes()
    total = [0]  # bytes written so far, over every member

    class Bounded(Py7zIO):
        """Keeps what it is given and refuses to grow beyond the limit."""

        def __init__(self) -> None:
            self.data = bytearray()

        def write(self, s: bytes | bytearray) -> int:
            total[0] += len(s)
            if total[0] > limit:
                raise _TooLargeError
            self.data += s
            return len(s)

        def read(self, size: int | None = None) -> bytes:
            return bytes(self.data if size is None else self.data[:size])

        def seek(self, offset: int, whence: int = 0) -> int:
            return 0

        def flush(self) -> None:
            return None

        def size(self) -> int:
            return len(self.data)

    class Factory(WriterFactory):
        def __init__(self) -> None:
            self.members: dict[str, Bounded] = {}

        def create(self, filename: str) -> Py7zIO:
            writer = Bounded()
            self.members[filename] = writer
            return writer

    problems = (
        sevenzip.ArchiveError,
        sevenzip.Bad7zFile,
        sevenzip.CrcError,
        sevenzip.UnsupportedCompressionMethodError,
        sevenzip.InternalError,
        EOFError,
        OSError,
        ValueError,
        KeyError,
        IndexError,
        TypeError,
        AttributeError,
        MemoryError,
        NotImplementedError,
    )
    try:
        with py7zr.SevenZipFile(io.BytesIO(data), mode="r", max_extract_size=limit) as archive:
            if archive.needs_password():
                raise LoadError("an encrypted 7z archive: refused", name)
            entries = [e for e in archive.list() if not e.is_directory]
            if len(entries) > MAX_7Z_ENTRIES:
                raise LoadError(f"the 7z archive holds {len(entries)} entries; refused", name)
            declared = sum(int(e.uncompressed or 0) for e in entries)
            if declared > limit:
                raise _too_large(name, limit, "declares more")
            wanted = [e.filename for e in entries if e.filename.lower().endswith(_DATA_SUFFIXES)]
            if len(wanted) != 1:
                listing = ", ".join(e.filename for e in entries[:10]) or "nothing"
                raise LoadError(
                    f"expected one data file (.dat, .csv, .tsv or .txt) in the 7z archive, "
                    f"found {len(wanted)}: it holds {listing}",
                    name,
                )
            factory = Factory()
            archive.extract(targets=wanted, factory=factory)
    except sevenzip.DecompressionBombError:
        raise _too_large(name, limit, "expands to more") from None
    except _TooLargeError:
        raise _too_large(name, limit, "expands to more") from None
    except sevenzip.PasswordRequired:
        raise LoadError("an encrypted 7z archive: refused", name) from None
    except LoadError:
        raise
    except problems as exc:
        raise LoadError(f"not a valid 7z archive: {type(exc).__name__}: {exc}", name) from None
    member = factory.members.get(wanted[0])
    if member is None:
        raise LoadError(f"{wanted[0]} could not be read from the 7z archive", name)
    return wanted[0], bytes(member.data)


_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+")


def number(text: str) -> Decimal:
    """A number cell: digits with optional thousands separators and decimals ("5,848,714").

    Raises ``ValueError`` for anything else (``?``, ``-``, ``1,23``, ``NaN``).
    """
    cell = text.strip()
    if not _NUMBER.fullmatch(cell):
        raise ValueError(f"{text!r} is not a number")
    try:
        return Decimal(cell.replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None


#: Scale words as the sources write them -> the annotation-format unit.
_UNITS = {
    "亿元人民币": "100 million CNY",
    "亿元": "100 million CNY",
    "万元人民币": "10 thousand CNY",
    "万元": "10 thousand CNY",
    "千元人民币": "thousand CNY",
    "千元": "thousand CNY",
    "元": "CNY",
    "人民币": "CNY",
    "人民币元": "CNY",
    "百万美元": "million USD",
    "万美元": "10 thousand USD",
    "千美元": "thousand USD",
    "亿美元": "100 million USD",
    "美元": "USD",
    "cny 100 million": "100 million CNY",
    "100 million cny": "100 million CNY",
    "usd 1 million": "million USD",
    "usd million": "million USD",
    "million usd": "million USD",
    "us dollar": "USD",
    "renminbi yuan": "CNY",
}


def scale_unit(text: str) -> str | None:
    """The unit a scale statement names ("单位：亿元人民币", "Unit: CNY 100 Million"), or None."""
    cell = " ".join(text.replace("：", ":").split())
    cell = re.sub(r"^(?:单位|unit)\s*:?\s*", "", cell, flags=re.IGNORECASE).strip()
    cell = cell.strip("()（）")
    return _UNITS.get(cell) or _UNITS.get(cell.lower())


def options_of(
    loader: str, options: Mapping[str, str], known: Mapping[str, str], where: str
) -> dict[str, str]:
    """The options, refusing any ``known`` does not list (``known`` maps name -> help)."""
    unknown = sorted(k for k in options if k not in known)
    if unknown:
        listing = "; ".join(f"{k}: {v}" for k, v in known.items()) or "none"
        raise LoadError(
            f"loader {loader!r} takes no option(s) {', '.join(unknown)}; it takes {listing}",
            where,
        )
    return {k: str(v).strip() for k, v in options.items()}


def unknown_codes(system: str, codes: Mapping[str, str]) -> str:
    """The warning for partner codes the code table lacks, each with what it was kept as."""
    listing = "; ".join(f"{code} kept as {kept!r}" for code, kept in sorted(codes.items()))
    return (
        f"{len(codes)} partner code(s) of {system} not in the code table "
        f"(tradestat/data/codes): {listing}; the original code is in each fact's provenance"
    )


def origin(name: str, line: int | None, *notes: str) -> str:
    """Provenance ``source`` text: file and line, then what the file did not say itself.

    ``downloadData.csv:3 [partner GACC 502; flow exports (option flow)]``
    """
    where = f"{name}:{line}" if line is not None else name
    said = [n for n in notes if n]
    return f"{where} [{'; '.join(said)}]" if said else where
