"""The one exception hierarchy of tradestat.

Every error the library raises on bad input is a :class:`TradestatError`, so callers can
catch one type; each subclass says which job failed and carries the offending input.
"""

from __future__ import annotations

__all__ = [
    "TradestatError",
    "ParseError",
    "UnitError",
    "FigureError",
    "ValidationError",
    "RateError",
    "LoadError",
    "NoSuchFileError",
    "InputTooLargeError",
    "PluginError",
    "MissingFactError",
    "CommandError",
]


class TradestatError(Exception):
    """Base class of every error tradestat raises on bad input or impossible requests."""


class ParseError(TradestatError, ValueError):
    """Text that could not be read as what was expected.

    ``text`` is the input, ``expected`` says what it should have looked like and
    ``position`` (when known) is the character offset where reading stopped.
    """

    def __init__(self, text: str, expected: str, position: int | None = None) -> None:
        self.text = text
        self.expected = expected
        self.position = position
        where = f" at character {position}" if position is not None else ""
        super().__init__(f"cannot read {text!r}{where}: expected {expected}")


class UnitError(TradestatError, ValueError):
    """Units that do not fit: unknown currency, yuan added to dollars, percent for points."""


class FigureError(TradestatError, ValueError):
    """A stated figure that cannot exist (bad digits, qualifier or interval)."""


class ValidationError(TradestatError, ValueError):
    """A model built from an invalid combination of fields (e.g. a share of 120 percent).

    ``field`` names the record field at fault when one does ("value", "unit" ...), so
    loaders can point at the column.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


class RateError(TradestatError, LookupError):
    """No exchange rate for the requested currency pair and period, or an unusable rate."""


class LoadError(TradestatError):
    """A source that could not be loaded; ``location`` names file, line and column."""

    def __init__(self, message: str, location: str | None = None) -> None:
        self.location = location
        self.reason = message
        super().__init__(f"{location}: {message}" if location else message)


class NoSuchFileError(LoadError):
    """A path to load or read rates from names no file."""


class InputTooLargeError(LoadError):
    """An input larger than the configured limit (``TRADESTAT_MAX_INPUT_BYTES``)."""


class PluginError(TradestatError):
    """A plugin that failed to import, raised in a hook or registered something invalid."""


class MissingFactError(TradestatError, LookupError):
    """A lookup that expected exactly one fact found none or several."""


class CommandError(TradestatError):
    """Bad command-line input that argparse itself cannot catch."""
