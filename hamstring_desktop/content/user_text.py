"""Turning the bytes of a user's file into text and data, failing only with :class:`ContentError`.

This is the pure half of the safe reader (the file-system half, which refuses special files
and over-long files, is ``hamstring_desktop/services/safe_io.py``). Whatever the input, a
caller gets text, parsed data, or a :class:`ContentError` that names the file and, where it
is known, the line, with a short excerpt. A message never embeds a huge value: everything
shown from the file goes through :func:`excerpt` or :func:`show_value`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from hamstring_desktop.content.errors import ContentError, problem
from hamstring_desktop.content.wording import Template, Value, Wording, quoted, say

if TYPE_CHECKING:
    import json

EXCERPT_LIMIT = 60
# Python refuses to turn longer decimal digit strings into an int (sys.get_int_max_str_digits);
# the limit is process-wide, so we report such numbers instead of raising it.
NUMBER_DIGITS_LIMIT = 4300
# Values this large are named rather than shown (and never converted to decimal text).
_SHOWN_NUMBER_LIMIT = 10**15
# Nesting deeper than this is reported as the place where a "nested too deeply" error begins.
DEPTH_SHOWN = 100

# Longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
_BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
# Anchored at the start of a run of digits, so the search stays linear.
_LONG_DECIMAL = re.compile(rf"(?<![0-9_])[0-9](?:_?[0-9]){{{NUMBER_DIGITS_LIMIT},}}")
_JSON_CONSTANT = re.compile(r"-?\b(?:NaN|Infinity)\b")


def excerpt(text: str, limit: int = EXCERPT_LIMIT) -> str:
    """``text`` made safe for a one-line message: control and invisible characters escaped
    (``\\t``, ``\\ufeff``), at most ``limit`` characters, and an ellipsis when it was cut."""
    shown: list[str] = []
    length = 0
    for character in text:
        piece = character if character.isprintable() else character.encode("unicode_escape").decode()
        if length + len(piece) > limit:
            return "".join(shown) + "…"
        shown.append(piece)
        length += len(piece)
    return "".join(shown)


def kind(value: object) -> str:
    """What a parsed value is, in a user's words ("a list", "text")."""
    return str(kind_words(value))


def kind_words(value: object) -> Value:
    """What a parsed value is, as a wording the window translates (see :func:`kind`)."""
    import datetime  # only when a value is reported: not before the window's first paint

    if isinstance(value, bool):
        return say(Template.KIND_FLAG)
    if isinstance(value, datetime.datetime):
        return say(Template.KIND_DATE_TIME)
    if isinstance(value, datetime.date):
        return say(Template.KIND_DATE)
    if isinstance(value, datetime.time):
        return say(Template.KIND_TIME)
    names = {
        str: Template.KIND_TEXT,
        int: Template.KIND_NUMBER,
        float: Template.KIND_DECIMAL,
        list: Template.KIND_LIST,
        dict: Template.KIND_TABLE,
    }
    name = names.get(type(value))
    return say(name) if name is not None else type(value).__name__


def show_value(value: object) -> str:
    """A parsed value as a message may quote it: short text in quotes, small numbers as they
    are, anything else by its kind. Never longer than about :data:`EXCERPT_LIMIT` characters."""
    return str(value_words(value))


def value_words(value: object) -> Value:
    """A parsed value as :func:`show_value` quotes it, where words are needed (a very large
    number, a list) as a wording the window translates."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if -_SHOWN_NUMBER_LIMIT < value < _SHOWN_NUMBER_LIMIT:
            return str(value)
        return say(Template.VERY_LARGE if value > 0 else Template.VERY_LARGE_NEGATIVE)
    if isinstance(value, float):
        return excerpt(repr(value))
    if isinstance(value, str):
        return quoted(excerpt(value))
    return kind_words(value)


def decode_text(data: bytes, file: str) -> str:
    """The text of a user's file: UTF-8, with or without a byte-order mark; UTF-16 and UTF-32
    only with one (as some Windows editors save them)."""
    encoding, name = "utf-8", "UTF-8"
    for mark, codec, codec_name in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            data, encoding, name = data[len(mark) :], codec, codec_name
            break
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-8":
            line = data.count(b"\n", 0, error.start) + 1
            bad = data[error.start]
            raise problem(file, line, "", say(Template.NOT_UTF8, byte=f"{bad:02x}")) from None
        raise problem(file, 0, "", say(Template.BAD_BYTE_ORDER_MARK, encoding=name)) from None


def number_too_long() -> Wording:
    """ "a number is too long (more than 4300 digits)"."""
    return say(Template.NUMBER_TOO_LONG, digits=NUMBER_DIGITS_LIMIT)


def line_excerpt(text: str, line: int, column: int = 1) -> str:
    """A short excerpt of ``text`` from 1-based ``line`` and ``column`` to the end of that line
    (empty when the position is past it)."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    if end < 0:
        end = len(text)
    begin = start + max(column - 1, 0)
    return excerpt(text[begin : min(end, begin + EXCERPT_LIMIT + 1)].rstrip("\r"))


def line_of(text: str, offset: int) -> int:
    """The 1-based line holding character ``offset`` of ``text``."""
    return text.count("\n", 0, max(offset, 0)) + 1


def long_number_line(text: str) -> int:
    """The line of the first decimal number too long for Python to read, or 0."""
    found = _LONG_DECIMAL.search(text)
    return line_of(text, found.start()) if found else 0


def deep_nesting_line(text: str, depth: int = DEPTH_SHOWN) -> int:
    """The line where brackets and braces first nest ``depth`` deep, or 0. Only an estimate
    (brackets inside strings count too), used to place a "nested too deeply" error."""
    level = 0
    for offset, character in enumerate(text):
        if character in "[{":
            level += 1
            if level >= depth:
                return line_of(text, offset)
        elif character in "]}":
            level = max(level - 1, 0)
    return 0


class _JsonConstant(Exception):
    """NaN or Infinity: accepted by Python's json module, but not JSON."""


def _reject_constant(name: str) -> Any:
    raise _JsonConstant(name)


def json_decoder() -> Any:
    """A ``json.JSONDecoder`` that refuses what is not JSON (NaN, Infinity); a number too long
    for Python to read raises ``ValueError``. Its errors become a :class:`ContentError` through
    :func:`json_error`."""
    import json  # only imports read JSON: start-up does without it

    return json.JSONDecoder(parse_constant=_reject_constant)


def json_error(text: str, file: str, error: BaseException) -> ContentError:
    """The :class:`ContentError` for an error raised while decoding JSON ``text`` with
    :func:`json_decoder` (a syntax error, a value JSON does not allow, deep nesting)."""
    import json

    if isinstance(error, json.JSONDecodeError) and _ends_too_early(text, error):
        end = len(text.rstrip(JSON_BLANKS))
        template = Template.JSON_CUT_SHORT if end else Template.JSON_EMPTY
        return problem(file, line_of(text, end), "", say(template))
    if isinstance(error, json.JSONDecodeError):
        return problem(
            file,
            error.lineno,
            "",
            say(Template.NOT_JSON, detail=error.msg, column=error.colno),
            column=error.colno,
            excerpt=line_excerpt(text, error.lineno, error.colno),
        )
    if isinstance(error, _JsonConstant):
        found = _JSON_CONSTANT.search(text)
        wording = say(Template.JSON_CONSTANT, constant=str(error))
        return problem(file, line_of(text, found.start()) if found else 0, "", wording)
    if isinstance(error, ValueError):  # Python's limit on the digits of a number it reads
        found = _LONG_DECIMAL.search(text)
        wording = number_too_long()
        return problem(file, line_of(text, found.start()) if found else 0, "", wording)
    if isinstance(error, RecursionError):
        return problem(file, deep_nesting_line(text), "", say(Template.JSON_TOO_DEEP))
    raise TypeError(f"not a JSON decoding error: {error!r}")


JSON_BLANKS = " \t\r\n"  # the only white space JSON allows between its parts


def _ends_too_early(text: str, error: json.JSONDecodeError) -> bool:
    """Whether the text ran out before the JSON did (a file cut short, or empty): an error at
    its very end, or a string running to the end, unless it holds an escaped quote (most likely
    meant to close it: ``"C:\\"``, a bad escape, not a cut)."""
    if error.msg.startswith("Unterminated string"):
        return '\\"' not in text[error.pos :]
    # at the end, the parser still expecting something (not a stray character there)
    return error.msg.startswith("Expecting") and error.pos >= len(text.rstrip(JSON_BLANKS))


def parse_json(text: str, file: str) -> Any:
    """Parse a JSON document; every failure is a :class:`ContentError` with the file and, where
    known, the line, the column and an excerpt."""
    try:
        return json_decoder().decode(text)
    except (ValueError, _JsonConstant, RecursionError) as error:
        raise json_error(text, file, error) from None
