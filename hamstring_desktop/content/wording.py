"""The sentences that tell a user what is wrong with a file they gave the app, as templates.

A problem's message is a :class:`Wording`: a :class:`Template` (English, with named
``{placeholders}``) and the values that fill it in. ``str()`` gives the English sentence, which
the command line prints and the tests read; the window translates the template first
(``hamstring_desktop/words/problems.py``, the one place that does), so a German user reads
German. Values are what the file holds (a key path, an id, a line of it, a parser's own words)
and stay as they are, or are wordings themselves (what kind of value was found), translated too.
A value quoted from the file is a wording of its own (:func:`quoted`), so that its quotation
marks are the language's: 'x' in English, „x“ in German.

Every template is here, and only here, so that none can be left untranslated: each is marked
for ``pyside6-lupdate`` (context ``FileProblems``), and a test insists that each has a German
translation. The domain stays free of Qt: the marker below is a plain function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (pyside6-lupdate reads the literal context);
    it is translated where it is shown."""
    return text


class Template(StrEnum):
    """Every sentence about a problem in a user's file, in English (the source language)."""

    # --- a value from the user's file, in the quotation marks of the language ---------------------
    # English keeps the straight single quotes the command line has always printed; a language
    # puts its own marks here (German „x“, as it quotes the spot and a routine's name).
    QUOTED = QT_TRANSLATE_NOOP("FileProblems", "'{text}'")

    # --- where a problem is: after the message, a short quote of the spot ------------------------
    AT_SPOT = QT_TRANSLATE_NOOP("FileProblems", '{problem}, at "{excerpt}"')

    # --- reading the text --------------------------------------------------------------------------
    NOT_TOML = QT_TRANSLATE_NOOP("FileProblems", "not valid TOML")
    NOT_TOML_BECAUSE = QT_TRANSLATE_NOOP("FileProblems", "not valid TOML: {detail}")
    NOT_TOML_AT_COLUMN = QT_TRANSLATE_NOOP("FileProblems", "not valid TOML: {detail} (column {column})")
    TOML_TOO_DEEP = QT_TRANSLATE_NOOP("FileProblems", "lists or tables are nested too deeply to read")
    NUMBER_TOO_LONG = QT_TRANSLATE_NOOP("FileProblems", "a number is too long (more than {digits} digits)")
    NOT_UTF8 = QT_TRANSLATE_NOOP(
        "FileProblems", "is not UTF-8 text: byte 0x{byte} cannot be read; save the file as UTF-8"
    )
    BAD_BYTE_ORDER_MARK = QT_TRANSLATE_NOOP(
        "FileProblems",
        "starts with a {encoding} byte-order mark but is not valid {encoding}; save it as UTF-8",
    )
    NOT_JSON = QT_TRANSLATE_NOOP("FileProblems", "not valid JSON: {detail} (column {column})")
    JSON_CONSTANT = QT_TRANSLATE_NOOP(
        "FileProblems", "not valid JSON: {constant} is not a number JSON allows"
    )
    JSON_TOO_DEEP = QT_TRANSLATE_NOOP("FileProblems", "lists or objects are nested too deeply to read")
    JSON_CUT_SHORT = QT_TRANSLATE_NOOP(
        "FileProblems",
        "ends too early: the file may have been cut short (saved, copied or downloaded only in part)",
    )
    JSON_EMPTY = QT_TRANSLATE_NOOP("FileProblems", "is empty: there is nothing in it to read")

    # --- the file itself ---------------------------------------------------------------------------
    NOT_A_FILE = QT_TRANSLATE_NOOP("FileProblems", "is {kind}, not a file: it was not opened")
    TOO_LARGE = QT_TRANSLATE_NOOP("FileProblems", "is too large ({size}; at most {limit} is read)")
    TOO_LARGE_AFTER_ALL = QT_TRANSLATE_NOOP("FileProblems", "is too large (more than {limit})")
    CANNOT_BE_READ = QT_TRANSLATE_NOOP("FileProblems", "cannot be read: {reason}")
    NAME_NOT_VALID = QT_TRANSLATE_NOOP("FileProblems", "cannot be read: the name is not valid")
    BYTES = QT_TRANSLATE_NOOP("FileProblems", "{count} bytes")
    FOLDER = QT_TRANSLATE_NOOP("FileProblems", "a folder")
    NAMED_PIPE = QT_TRANSLATE_NOOP("FileProblems", "a named pipe (FIFO)")
    DEVICE = QT_TRANSLATE_NOOP("FileProblems", "a device")
    SOCKET = QT_TRANSLATE_NOOP("FileProblems", "a socket")
    NOT_REGULAR = QT_TRANSLATE_NOOP("FileProblems", "not a regular file")
    NOT_A_FOLDER = QT_TRANSLATE_NOOP("FileProblems", "is not a folder: your own routines were not loaded")
    FOLDER_UNREADABLE = QT_TRANSLATE_NOOP(
        "FileProblems", "cannot be read ({reason}): your own routines were not loaded"
    )

    # --- a key's value -----------------------------------------------------------------------------
    MISSING = QT_TRANSLATE_NOOP("FileProblems", "is missing")
    UNKNOWN_KEY = QT_TRANSLATE_NOOP("FileProblems", "unknown key; expected one of: {known}")
    NOT_TEXT = QT_TRANSLATE_NOOP("FileProblems", "must be text, not {kind}")
    EMPTY = QT_TRANSLATE_NOOP("FileProblems", "must not be empty")
    ID_TOO_LONG = QT_TRANSLATE_NOOP("FileProblems", "must be at most {limit} characters long")
    NOT_AN_ID = QT_TRANSLATE_NOOP(
        "FileProblems", "{value} must use only lowercase letters, digits and dashes"
    )
    NOT_WHOLE = QT_TRANSLATE_NOOP("FileProblems", "must be a whole number, not {kind}")
    TOO_SMALL = QT_TRANSLATE_NOOP("FileProblems", "must be at least {minimum}, not {value}")
    TOO_BIG = QT_TRANSLATE_NOOP("FileProblems", "must be at most {maximum}, not {value}")
    NOT_A_FLAG = QT_TRANSLATE_NOOP("FileProblems", "must be true or false, not {kind}")
    NOT_A_CHOICE = QT_TRANSLATE_NOOP("FileProblems", "{value} is not one of: {allowed}")
    NOT_A_TEXT_LIST = QT_TRANSLATE_NOOP("FileProblems", "must be a list of text, not {kind}")
    EMPTY_LIST = QT_TRANSLATE_NOOP("FileProblems", "must list at least one entry")
    EMPTY_ENTRY = QT_TRANSLATE_NOOP("FileProblems", "entry {position} must be non-empty text")
    NOT_TABLES = QT_TRANSLATE_NOOP("FileProblems", "must be a list of [[{key}]] tables")
    NO_TABLES = QT_TRANSLATE_NOOP("FileProblems", "must have at least one entry")
    NOT_A_TABLE = QT_TRANSLATE_NOOP("FileProblems", "must be a [{key}] table")

    # --- what kind of value was found instead --------------------------------------------------------
    KIND_FLAG = QT_TRANSLATE_NOOP("FileProblems", "true/false")
    KIND_DATE_TIME = QT_TRANSLATE_NOOP("FileProblems", "a date and time")
    KIND_DATE = QT_TRANSLATE_NOOP("FileProblems", "a date")
    KIND_TIME = QT_TRANSLATE_NOOP("FileProblems", "a time of day")
    KIND_TEXT = QT_TRANSLATE_NOOP("FileProblems", "text")
    KIND_NUMBER = QT_TRANSLATE_NOOP("FileProblems", "a number")
    KIND_DECIMAL = QT_TRANSLATE_NOOP("FileProblems", "a decimal number")
    KIND_LIST = QT_TRANSLATE_NOOP("FileProblems", "a list")
    KIND_TABLE = QT_TRANSLATE_NOOP("FileProblems", "a table")
    VERY_LARGE = QT_TRANSLATE_NOOP("FileProblems", "a very large number")
    VERY_LARGE_NEGATIVE = QT_TRANSLATE_NOOP("FileProblems", "a very large negative number")

    # --- routines ----------------------------------------------------------------------------------
    NO_TECHNIQUE_STEP = QT_TRANSLATE_NOOP(
        "FileProblems", "needs at least one technique step: rests and waits alone do nothing"
    )
    WAIT_HAS_NO_TIME = QT_TRANSLATE_NOOP(
        "FileProblems", 'a wait step (kind = "wait") has no time: it lasts until you press Space or Next'
    )
    NOT_USED_BY_KIND = QT_TRANSLATE_NOOP(
        "FileProblems", 'is not used by a {kind} step (kind = "{kind}"): remove it'
    )
    UNKNOWN_TECHNIQUE = QT_TRANSLATE_NOOP("FileProblems", "unknown technique {value} (known: {known})")
    UNKNOWN_TECHNIQUE_CLOSE = QT_TRANSLATE_NOOP(
        "FileProblems", "unknown technique {value}; did you mean {suggestion}? (known: {known})"
    )
    ID_OF_BUILT_IN = QT_TRANSLATE_NOOP(
        "FileProblems", "'{id}' is already used by the built-in routine '{name}'"
    )
    ID_OF_FILE = QT_TRANSLATE_NOOP("FileProblems", "'{id}' is already used by {file}")
    ID_OF_BUILT_IN_NOT_REPLACED = QT_TRANSLATE_NOOP(
        "FileProblems",
        "'{id}' is the id of the built-in routine '{name}', which cannot be replaced: "
        "give your routine another id",
    )
    ID_OF_YOURS = QT_TRANSLATE_NOOP(
        "FileProblems",
        "'{id}' is already the id of your routine '{name}' ({file}): "
        "replace it (--replace in the command line), or give this one another id",
    )


# What fills in a placeholder: the file's own text or numbers, or another wording.
Value: TypeAlias = "str | int | float | Wording"


@dataclass(frozen=True)
class Wording:
    """A sentence for the user: a template and the values of its placeholders, by name."""

    template: Template
    values: tuple[tuple[str, Value], ...] = ()

    def __str__(self) -> str:
        """The sentence in English."""
        return self.render(str)

    def render(self, translate: Callable[[str], str]) -> str:
        """The sentence, its template (and those of the values that are wordings) passed
        through ``translate``. A translation that names a placeholder the template does not
        have is a mistake of the translation: the English template is used instead."""
        values = {
            name: value.render(translate) if isinstance(value, Wording) else value
            for name, value in self.values
        }
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return str(self.template).format(**values)


def say(template: Template, **values: Value) -> Wording:
    """``say(Template.TOO_SMALL, minimum=1, value=0)``: the wording of one problem."""
    return Wording(template, tuple(values.items()))


def quoted(text: str) -> Wording:
    """``text`` from the user's file in quotation marks: ``'text'`` in English (as the command
    line prints it), the language's own marks where the window translates (German ``„text“``)."""
    return say(Template.QUOTED, text=text)
