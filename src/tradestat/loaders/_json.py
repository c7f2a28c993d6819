"""Walk the elements of a JSON array one by one, keeping each element's position.

The standard ``json`` module reads a whole document or fails; a loader needs to load the
good records of a damaged file and point at the bad ones, so it decodes element by element
with :meth:`json.JSONDecoder.raw_decode`.

After an element that cannot be decoded (a syntax error, nesting deeper than the decoder
allows), the walk looks for where that element ends by matching brackets outside strings
(:func:`element_end`). JSON strings cannot hold a raw line break, so a line break also ends
a string that was left open. When the brackets match, kind for kind, and the element is
followed by ``,`` or ``]``, the element is rejected alone and the walk resumes with the next
one; otherwise the rest of the array is rejected as one record, saying that how many records
it held is unknown. Duplicate keys make an object a :class:`DuplicateKeys`, so the caller
rejects it instead of keeping the last value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from tradestat.loaders.base import LineIndex

__all__ = [
    "DuplicateKeys",
    "Element",
    "array_elements",
    "decoder",
    "element_end",
    "element_reason",
    "loads",
]

_WHITESPACE = " \t\r\n"
_STRUCTURE = re.compile(r'["\[\]{},]')
_CLOSING = {"[": "]", "{": "}"}


class DuplicateKeys(dict[str, Any]):
    """A JSON object that gave a key twice; ``duplicates`` names them."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    twice = []
    for key, _ in pairs:
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    marked = DuplicateKeys(result)
    marked.duplicates = tuple(twice)
    return marked


def _int(text: str) -> int | Decimal:
    try:
        return int(text)
    except ValueError:  # more digits than int() converts: keep them as a Decimal
        return Decimal(text)


def decoder() -> json.JSONDecoder:
    """A JSON decoder that marks duplicate keys and reads integers of any length."""
    return json.JSONDecoder(object_pairs_hook=_pairs, parse_int=_int)


_DECODER = decoder()


def loads(text: str) -> Any:
    """Decode one JSON document with :func:`decoder`."""
    return _DECODER.decode(text)


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WHITESPACE:
        i += 1
    return i


def _string_end(text: str, start: int) -> int:
    """Where the string whose content starts at ``start`` ends.

    That is after its closing quote, or at the line break that cuts it (a JSON string cannot
    span lines), or at the end of the text.
    """
    k = start
    n = len(text)
    while True:
        quote = text.find('"', k)
        stop = n if quote < 0 else quote
        breaks = [b for b in (text.find("\n", k, stop), text.find("\r", k, stop)) if b >= 0]
        if breaks:
            return min(breaks)
        if quote < 0:
            return n
        b = quote - 1
        while b >= start and text[b] == "\\":
            b -= 1
        if (quote - 1 - b) % 2 == 0:
            return quote + 1
        k = quote + 1


def element_end(text: str, start: int) -> int | None:
    """Where the JSON value starting at ``start`` ends, by brackets outside strings.

    Returns the offset just after a bracketed value, or the offset of the ``,`` or ``]``
    that ends a scalar; None when brackets do not match kind for kind or the text ends
    first. Linear in the length of the value.
    """
    stack: list[str] = []
    pos = start
    while True:
        found = _STRUCTURE.search(text, pos)
        if found is None:
            return None
        j = found.start()
        ch = text[j]
        if ch == '"':
            pos = _string_end(text, j + 1)
            continue
        if ch in _CLOSING:
            stack.append(_CLOSING[ch])
        elif ch == ",":
            if not stack:
                return j
        else:
            if not stack:
                return j if ch == "]" else None
            if stack.pop() != ch:
                return None
            if not stack:
                return j + 1
        pos = j + 1


@attrs.frozen
class Element:
    """One element of a JSON array, or one stretch of it that could not be read.

    ``value`` is the decoded element when ``error`` is None. Otherwise ``error`` says why
    not, ``error_offset`` is where the decoder stopped (when it says), ``end`` where the
    unreadable stretch ends and ``rest`` whether it runs to the end of the array (its number
    of records unknown). ``record`` is False for what is not a record: a missing ``]`` at
    the end, an empty slot between commas.
    """

    offset: int
    value: Any = None
    error: str | None = None
    end: int = 0
    error_offset: int | None = None
    rest: bool = False
    record: bool = True


def _failed(text: str, i: int, error: str, error_offset: int | None) -> tuple[Element, int | None]:
    """The element for an unreadable stretch at ``i`` and where the walk resumes (None: stop)."""
    end = element_end(text, i)
    if end is None:
        return Element(i, None, error, len(text), error_offset, rest=True), None
    if end == i:  # nothing before the next ',' or ']': an empty slot, not a record
        return Element(i, None, error, end, error_offset, record=False), end
    return Element(i, None, error, end, error_offset), end


def array_elements(text: str, start: int) -> Iterator[Element]:
    """The elements of the array opening at ``text[start] == "["``, in order.

    A missing closing bracket after complete elements is an :class:`Element` with
    ``record=False`` (callers report it as a warning).
    """
    decode = _DECODER.raw_decode
    i = _skip(text, start + 1)
    if i < len(text) and text[i] == "]":
        return
    while True:
        if i >= len(text):
            yield Element(i, None, "the array is not closed with ']'", i, record=False)
            return
        resume: int | None
        try:
            value, end = decode(text, i)
        except json.JSONDecodeError as exc:
            element, resume = _failed(text, i, f"invalid or truncated JSON: {exc.msg}", exc.pos)
            yield element
        except RecursionError:
            element, resume = _failed(text, i, "nested deeper than the JSON reader allows", None)
            yield element
        except ValueError as exc:  # a number the decoder cannot convert, and the like
            element, resume = _failed(text, i, f"invalid JSON: {exc}", None)
            yield element
        else:
            yield Element(i, value, None, end)
            resume = end
            j = _skip(text, end)
            if j < len(text) and text[j] not in ",]":
                element, resume = _failed(
                    text, j, f"expected ',' or ']' after an element, found {text[j]!r}", j
                )
                yield element
        if resume is None:
            return
        j = _skip(text, resume)
        if j >= len(text):
            yield Element(j, None, "the array is not closed with ']'", j, record=False)
            return
        if text[j] == "]":
            return
        if text[j] == ",":
            i = _skip(text, j + 1)
            if i < len(text) and text[i] == "]":
                yield Element(j, None, "a comma before ']' (trailing comma)", j, record=False)
                return
            continue
        # After an unreadable stretch, neither ',' nor ']': treat what follows the same way.
        i = j


def element_reason(element: Element, index: LineIndex) -> str:
    """Why an unreadable stretch of an array was rejected, and where reading went on."""
    reason = element.error or "unreadable"
    if element.error_offset is not None:
        line, column = index.locate(element.error_offset)
        reason += f"{'' if reason.endswith(' at') else ' at'} line {line}, column {column}"
    if element.rest:
        return (
            reason + "; the rest of the array cannot be split into records soundly, so it is "
            "rejected as this one record (how many records it held is unknown)"
        )
    line, column = index.locate(element.end)
    return (
        reason + f"; this element is rejected and reading resumes after it "
        f"(line {line}, column {column})"
    )
