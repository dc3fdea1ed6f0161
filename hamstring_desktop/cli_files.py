"""The routine file a file manager (or a person) gives last on the command line:
``hamstring-desktop [OPTIONS] FILE.hamstring.toml``, told apart from commands, options' values
and files that are not routine files."""

from __future__ import annotations

from pathlib import Path

COMMANDS = ("techniques", "routines", "history")


def routine_file_argument(arguments: list[str]) -> Path | None:
    """A routine file to import, given last as the file manager (or a person) opens one:
    ``hamstring-desktop [OPTIONS] FILE.toml``; taken out of ``arguments``."""
    if not arguments or any(word in COMMANDS for word in arguments):
        return None
    last = arguments[-1]
    if last.startswith("-") or not last.lower().endswith(".toml") or is_option_value(arguments):
        return None
    arguments.pop()
    return Path(last).expanduser().absolute()


# The options that take a value as the next word.
VALUE_OPTIONS = (
    "--data-dir",
    "--screenshot",
    "--screen-size",
    "--show",
    "--routine",
    "--select-muscle",
    "--time-scale",
)


def is_option_value(arguments: list[str]) -> bool:
    """Whether the last word is the value of the option before it (argparse also takes a
    prefix, "--data" for "--data-dir")."""
    before = arguments[-2] if len(arguments) > 1 else ""
    return before.startswith("--") and any(option.startswith(before) for option in VALUE_OPTIONS)


def stray_file(arguments: list[str]) -> str | None:
    """The last word, if it names a file that is not a routine file (``notes.txt``,
    ``~/Downloads/routine.toml.part``): neither a command nor an option's value."""
    if not arguments or any(word in COMMANDS for word in arguments):
        return None
    last = arguments[-1]
    if last.startswith("-") or is_option_value(arguments):
        return None
    return last if "." in Path(last).name or "/" in last else None
