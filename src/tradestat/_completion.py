"""Shell completion scripts for ``tradestat``, made from its argument parser.

The script knows the commands (plugins' included), their actions and options, and the
choices of options such as ``--format``; paths complete as files. Bash gets a completion
function, zsh the same through ``bashcompinit``, fish one ``complete`` line per word.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import attrs

__all__ = ["SHELLS", "script"]

#: The shells a script can be made for.
SHELLS = ("bash", "zsh", "fish")

_WORD = re.compile(r"[\w.,:+/=@-]+")  # what can stand unquoted in a word list


@attrs.frozen
class _Option:
    names: tuple[str, ...]
    help: str
    takes_value: bool
    choices: tuple[str, ...]


@attrs.frozen
class _Level:
    """One parser: the words before it (``("store", "add")``), its options and subcommands."""

    path: tuple[str, ...]
    options: tuple[_Option, ...]
    commands: tuple[tuple[str, str], ...]  # (name, help)


def _levels(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[_Level]:
    options: list[_Option] = []
    commands: list[tuple[str, str]] = []
    children: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                commands.append((name, helps.get(name, "")))
                children.append((name, sub))
        elif action.option_strings and action.help is not argparse.SUPPRESS:
            choices = tuple(str(c) for c in action.choices or ())
            options.append(
                _Option(
                    tuple(action.option_strings),
                    _plain(action.help or ""),
                    action.nargs != 0,
                    tuple(c for c in choices if _WORD.fullmatch(c)),
                )
            )
    yield _Level(path, tuple(options), tuple(commands))
    for name, sub in children:
        yield from _levels(sub, (*path, name))


def _plain(text: str) -> str:
    """Help text on one line, argparse's %(default)s markers left out."""
    return " ".join(re.sub(r"%\([a-z_]+\)s", "", text).replace("%%", "%").split())


def _words(items: list[str]) -> str:
    return " ".join(w for w in items if _WORD.fullmatch(w))


def _bash(levels: list[_Level], prog: str) -> str:
    function = "_" + re.sub(r"\W", "_", prog) + "_complete"
    steps = [
        f'            "{" ".join(level.path)}|{name}") key="${{key:+$key }}{name}" ;;'
        for level in levels
        for name, _ in level.commands
        if _WORD.fullmatch(name)
    ]
    values = [
        f'        "{" ".join(level.path)}|{name}") '
        f'COMPREPLY=($(compgen -W "{" ".join(option.choices)}" -- "$cur")); return 0 ;;'
        for level in levels
        for option in level.options
        if option.choices
        for name in option.names
    ]
    words = [
        f'        "{" ".join(level.path)}") '
        f'options="{_words([n for o in level.options for n in o.names])}"; '
        f'commands="{_words([name for name, _ in level.commands])}" ;;'
        for level in levels
    ]
    return "\n".join(
        [
            f"# bash completion for {prog}, made by `{prog} completion bash`",
            f"{function}() {{",
            "    local cur prev key word i options commands",
            '    cur="${COMP_WORDS[COMP_CWORD]}"',
            '    prev="${COMP_WORDS[COMP_CWORD-1]}"',
            '    key=""',
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            '        word="${COMP_WORDS[i]}"',
            '        case "$key|$word" in',
            *steps,
            "        esac",
            "    done",
            '    case "$key|$prev" in',
            *values,
            "    esac",
            '    options=""',
            '    commands=""',
            '    case "$key" in',
            *words,
            "    esac",
            '    if [[ "$cur" == -* ]]; then',
            '        COMPREPLY=($(compgen -W "$options" -- "$cur"))',
            '    elif [[ -n "$commands" ]]; then',
            '        COMPREPLY=($(compgen -W "$commands" -- "$cur"))',
            "    fi",
            "}",
            f"complete -o default -F {function} {prog}",
            "",
        ]
    )


def _fish_text(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish(levels: list[_Level], prog: str) -> str:
    lines = [f"# fish completion for {prog}, made by `{prog} completion fish`"]
    for level in levels:
        if not level.path:
            here = "__fish_use_subcommand"
        else:
            seen = "; and ".join(f"__fish_seen_subcommand_from {word}" for word in level.path)
            here = seen
        names = _words([name for name, _ in level.commands])
        below = f"{here}; and not __fish_seen_subcommand_from {names}" if level.path else here
        for name, help_text in level.commands:
            if _WORD.fullmatch(name):
                lines.append(
                    f"complete -c {prog} -f -n {_fish_text(below)} -a {name} "
                    f"-d {_fish_text(_plain(help_text))}"
                )
        for option in level.options:
            flags = []
            for name in option.names:
                if name.startswith("--"):
                    flags.append(f"-l {name[2:]}")
                elif len(name) == 2:
                    flags.append(f"-s {name[1]}")
            if not flags:
                continue
            value = ""
            if option.choices:
                value = f" -x -a {_fish_text(' '.join(option.choices))}"
            elif option.takes_value:
                value = " -r"
            lines.append(
                f"complete -c {prog} -n {_fish_text(here)} {' '.join(flags)}{value} "
                f"-d {_fish_text(option.help)}"
            )
    return "\n".join(lines) + "\n"


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``parser``'s program for ``shell`` (bash, zsh or fish)."""
    levels = list(_levels(parser))
    prog = parser.prog
    if shell == "bash":
        return _bash(levels, prog)
    if shell == "zsh":
        return (
            f"#compdef {prog}\n# zsh completion for {prog}, made by `{prog} completion zsh`\n"
            "autoload -U +X bashcompinit && bashcompinit\n" + _bash(levels, prog)
        )
    if shell == "fish":
        return _fish(levels, prog)
    raise ValueError(f"shell {shell!r}: expected one of {', '.join(SHELLS)}")
