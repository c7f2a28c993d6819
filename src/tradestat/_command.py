"""What a ``tradestat`` subcommand is, apart from the plugin machinery that registers it.

Kept on its own so that the command line can name its commands (and answer ``--version``)
without importing the plugin host and the unit registry behind it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

import attrs

__all__ = ["Command"]


def _no_options(parser: argparse.ArgumentParser) -> None:
    """A command without options of its own."""


@attrs.frozen
class Command:
    """A ``tradestat`` subcommand: ``configure`` adds its arguments, ``run`` returns the exit."""

    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    configure: Callable[[argparse.ArgumentParser], None] = _no_options
    description: str | None = None
    #: Shown after the options in ``--help``: examples of use, one command a line.
    epilog: str | None = None
