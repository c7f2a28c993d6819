"""Walk the elements of a JSON array one by one, keeping each element's position.

The standard ``json`` module reads a whole document or fails; a loader needs to load the
good records of a truncated file and point at the bad one, so it decodes element by element.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

__all__ = ["array_elements", "line_and_column"]

_WHITESPACE = " \t\r\n"


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WHITESPACE:
        i += 1
    return i


def array_elements(text: str, start: int) -> Iterator[tuple[int, object, str | None]]:
    """Yield (offset, element, error) for the array opening at ``text[start] == "["``.

    An element that cannot be decoded ends the walk with (offset, None, reason): the rest of
    the text is one unreadable record. A missing closing bracket after complete elements
    yields (offset, None, reason) with no element, which callers report as a warning.
    """
    decoder = json.JSONDecoder()
    i = _skip(text, start + 1)
    if i < len(text) and text[i] == "]":
        return
    while True:
        if i >= len(text):
            yield i, None, "the array is not closed with ']'"
            return
        try:
            element, end = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            yield i, None, f"invalid or truncated JSON: {exc.msg}"
            return
        yield i, element, None
        i = _skip(text, end)
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
            continue
        if i < len(text) and text[i] == "]":
            return
        if i >= len(text):
            yield i, None, "the array is not closed with ']'"
            return
        yield i, None, f"expected ',' or ']' but found {text[i]!r}"
        return
