"""Reading typed fields out of parsed TOML tables, with errors that point at a line.

``tomllib`` does not report where a key sits, so :class:`Locator` scans the text for the
table header and key to give each error a useful line number.

While the app starts, texts it has parsed on an earlier start are not parsed again: the
start-up hands :func:`parse_toml` a memo (see :func:`parsed_texts_kept`), which recalls the
data parsed from exactly the same text. ``tomllib`` itself is then not even imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from hamstring_desktop.content.errors import ContentError, problem
from hamstring_desktop.content.user_text import (
    deep_nesting_line,
    excerpt,
    kind_words,
    line_excerpt,
    long_number_line,
    number_too_long,
    value_words,
)
from hamstring_desktop.content.wording import Template, Wording, say

# A table header, [name] or [[name]]; a dotted name ([steps.extra]) is split on dots later.
_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?")
# A key, bare or quoted, and the first part of a dotted key (a.b = 1).
_KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_-]+)["']?\s*[.=]""")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_TOML_END = re.compile(r"\(at end of document\)")

IDENTIFIER_LIMIT = 64

E = TypeVar("E", bound=StrEnum)


class Locator:
    """Finds the line of a key inside a top-level table or an array-of-tables entry."""

    def __init__(self, text: str) -> None:
        # (table name or "", index within its array, key) -> 1-based line
        self._lines: dict[tuple[str, int, str], int] = {}
        counts: dict[str, int] = {}
        table, index = "", 0
        for number, line in enumerate(text.splitlines(), start=1):
            header = _HEADER.match(line)
            if header:
                table = header.group(2)
                is_array = header.group(1) == "[["
                index = counts.get(table, -1) + 1 if is_array else 0
                counts[table] = index
                self._lines.setdefault((table, index, ""), number)
                # The header also defines its first name in the root, and a dotted header
                # ([steps.extra]) a key in the latest entry of its parent: errors about those
                # keys point here.
                top, _, rest = table.partition(".")
                self._lines.setdefault(("", 0, top), number)
                if rest:
                    self._lines.setdefault((top, counts.get(top, 0), rest.partition(".")[0]), number)
                continue
            key = _KEY.match(line)
            if key:
                self._lines.setdefault((table, index, key.group(1)), number)

    def line(self, table: str = "", index: int = 0, key: str = "") -> int:
        """The line of ``key`` in ``table[index]``, else of the table header, else 0."""
        found = self._lines.get((table, index, key))
        if found is None:
            found = self._lines.get((table, index, ""), 0)
        return found


class ParsedTexts(Protocol):
    """What was parsed from a text before: the same data again, or None; and what to keep."""

    def recall(self, text: str) -> dict[str, Any] | None: ...

    def keep(self, text: str, data: dict[str, Any]) -> None: ...


_memos: list[ParsedTexts] = []


@contextmanager
def parsed_texts_kept(memo: ParsedTexts) -> Iterator[None]:
    """While inside, :func:`parse_toml` asks ``memo`` before parsing a text, and hands it
    what it parses (texts with mistakes are never kept: they raise as usual)."""
    _memos.append(memo)
    try:
        yield
    finally:
        _memos.remove(memo)


def parse_toml(text: str, file: str) -> dict[str, Any]:
    """Parse TOML. Whatever the text, the only error is a :class:`ContentError`: syntax errors
    carry their line, column and an excerpt; so do numbers too long to read and nesting too
    deep for the parser."""
    memo = _memos[-1] if _memos else None
    if memo is not None:
        recalled = memo.recall(text)
        if recalled is not None:
            return recalled
    data = _parse_toml(text, file)
    if memo is not None:
        memo.keep(text, data)
    return data


def _parse_toml(text: str, file: str) -> dict[str, Any]:
    import tomllib  # about 2.5 ms with datetime, which it imports: not at all on a start that recalls

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        line, column = (int(position.group(1)), int(position.group(2))) if position else (0, 0)
        # Some messages quote whole keys ("Cannot declare ('a', 'a', ...) twice"): keep it short.
        message = excerpt(_TOML_END.sub("", _TOML_POSITION.sub("", message)).strip(), 100)
        if not position and _TOML_END.search(str(error)):
            line = text.count("\n") + 1
        shown = line_excerpt(text, line, column) if line else ""
        if column:
            wording = say(Template.NOT_TOML_AT_COLUMN, detail=message, column=column)
        else:
            wording = say(Template.NOT_TOML_BECAUSE, detail=message)
        raise problem(file, line, "", wording, column=column, excerpt=shown) from None
    except RecursionError:
        raise problem(file, deep_nesting_line(text), "", say(Template.TOML_TOO_DEEP)) from None
    except ValueError:
        # int() refused a decimal number longer than Python's limit.
        line = long_number_line(text)
        raise problem(file, line, "", number_too_long() if line else say(Template.NOT_TOML)) from None


class Fields:
    """Typed access to one TOML table; every failure raises a located :class:`ContentError`."""

    def __init__(
        self,
        data: Mapping[str, Any],
        file: str,
        locator: Locator,
        table: str = "",
        index: int = 0,
        prefix: str = "",
    ) -> None:
        self._data = data
        self._file = file
        self._locator = locator
        self._table = table
        self._index = index
        self._prefix = prefix
        self._read: set[str] = set()
        self._reported: set[str] = set()  # keys already named in an error of their own

    def error(self, key: str, wording: Wording) -> ContentError:
        """A located error about ``key`` in this table."""
        line = self._locator.line(self._table, self._index, key)
        return problem(self._file, line, f"{self._prefix}{excerpt(key)}", wording)

    def content_error(self, key: str, message: str) -> ContentError:
        """A located error about ``key`` in a file that ships with the app (its content and the
        content's translations), never a user's: its message is for the app's makers, in
        English only."""
        line = self._locator.line(self._table, self._index, key)
        return ContentError(self._file, line, f"{self._prefix}{excerpt(key)}", message)

    def has(self, key: str) -> bool:
        """Whether the table sets ``key`` at all."""
        return key in self._data

    def reported(self, key: str) -> None:
        """``key`` has had an error of its own: it is not also an unknown key."""
        self._reported.add(key)

    def _get(self, key: str, required: bool) -> Any:
        self._read.add(key)
        if key not in self._data:
            if required:
                raise self.error(key, say(Template.MISSING))
            return None
        return self._data[key]

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        """A non-empty string."""
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.error(key, say(Template.NOT_TEXT, kind=kind_words(value)))
        if not value.strip():
            raise self.error(key, say(Template.EMPTY))
        return value.strip()

    def identifier(self, key: str) -> str:
        """A stable id: lowercase letters, digits and dashes."""
        value = self.text(key)
        if len(value) > IDENTIFIER_LIMIT:
            raise self.error(key, say(Template.ID_TOO_LONG, limit=IDENTIFIER_LIMIT))
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
            raise self.error(key, say(Template.NOT_AN_ID, value=value_words(value)))
        return value

    def whole_number(
        self, key: str, minimum: int = 1, maximum: int | None = None, required: bool = True
    ) -> int | None:
        """A whole number within bounds (``None`` when optional and absent)."""
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, say(Template.NOT_WHOLE, kind=kind_words(value)))
        if value < minimum:
            raise self.error(key, say(Template.TOO_SMALL, minimum=minimum, value=value_words(value)))
        if maximum is not None and value > maximum:
            raise self.error(key, say(Template.TOO_BIG, maximum=maximum, value=value_words(value)))
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        """An optional true/false value."""
        value = self._get(key, required=False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(key, say(Template.NOT_A_FLAG, kind=kind_words(value)))
        return value

    def choice(self, key: str, enum: type[E], required: bool = True, default: E | None = None) -> E:
        """One of an enum's values."""
        value = self._get(key, required)
        if value is None:
            if default is None:
                raise self.error(key, say(Template.MISSING))
            return default
        allowed = [member.value for member in enum]
        if not isinstance(value, str) or value not in allowed:
            raise self.error(
                key, say(Template.NOT_A_CHOICE, value=value_words(value), allowed=", ".join(allowed))
            )
        return enum(value)

    def texts(self, key: str, required: bool = True, allow_empty: bool = False) -> tuple[str, ...]:
        """A list of non-empty strings."""
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.error(key, say(Template.NOT_A_TEXT_LIST, kind=kind_words(value)))
        if not value and not allow_empty:
            raise self.error(key, say(Template.EMPTY_LIST))
        items: list[str] = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                raise self.error(key, say(Template.EMPTY_ENTRY, position=position))
            items.append(item.strip())
        return tuple(items)

    def choices(self, key: str, enum: type[E]) -> tuple[E, ...]:
        """A non-empty list of enum values."""
        allowed = [member.value for member in enum]
        items = self.texts(key)
        for item in items:
            if item not in allowed:
                raise self.error(
                    key, say(Template.NOT_A_CHOICE, value=value_words(item), allowed=", ".join(allowed))
                )
        return tuple(enum(item) for item in items)

    def tables(self, key: str, required: bool = True) -> Iterator[Fields]:
        """Each entry of an array of tables (``[[key]]``), as its own :class:`Fields`."""
        value = self._get(key, required)
        if value is None:
            return
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.error(key, say(Template.NOT_TABLES, key=key))
        if not value and required:
            raise self.error(key, say(Template.NO_TABLES))
        for index, item in enumerate(value):
            yield Fields(item, self._file, self._locator, key, index, f"{self._prefix}{key}[{index + 1}].")

    def table(self, key: str) -> Fields:
        """A required sub-table (``[key]``)."""
        value = self._get(key, required=True)
        if not isinstance(value, dict):
            raise self.error(key, say(Template.NOT_A_TABLE, key=key))
        return Fields(value, self._file, self._locator, key, 0, f"{self._prefix}{key}.")

    def finish(self) -> None:
        """Reject keys nobody asked for: they are almost always typos."""
        unknown = self.unknown_keys()
        if unknown:
            raise unknown[0]

    def unknown_keys(self) -> list[ContentError]:
        """An error for each key nobody asked for (sorted by name), for a reader that reports
        every problem of a file instead of the first."""
        known = ", ".join(sorted(self._read))
        return [
            self.error(key, say(Template.UNKNOWN_KEY, known=known))
            for key in sorted(set(self._data) - self._read - self._reported)
        ]
