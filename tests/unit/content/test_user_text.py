"""Reading a user's text: encodings, excerpts, and JSON that fails only with ContentError."""

from __future__ import annotations

import pytest

from hamstring_desktop.content import ContentError
from hamstring_desktop.content.user_text import decode_text, excerpt, parse_json, show_value


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert decode_text(b'\xef\xbb\xbfid = "x"\n', "a.toml") == 'id = "x"\n'


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_a_mark_are_read(codec: str) -> None:
    assert decode_text('id = "café"\n'.encode(codec), "a.toml") == 'id = "café"\n'


def test_bytes_that_are_not_utf8_name_the_line_and_the_byte() -> None:
    with pytest.raises(ContentError) as caught:
        decode_text(b'id = "x"\nname = "caf\xe9"\n', "a.toml")
    assert str(caught.value) == (
        "a.toml:2: is not UTF-8 text: byte 0xe9 cannot be read; save the file as UTF-8"
    )


def test_a_utf16_mark_on_broken_utf16_is_named() -> None:
    with pytest.raises(ContentError) as caught:
        decode_text(b"\xff\xfe\x00\xd8", "a.toml")
    assert "UTF-16 byte-order mark" in caught.value.message


def test_excerpts_are_short_and_escape_what_cannot_be_seen() -> None:
    assert excerpt("x" * 1000) == "x" * 60 + "…"
    assert excerpt("tab\there\u202e\ufeff") == "tab\\there\\u202e\\ufeff"
    assert excerpt("short") == "short"


def test_values_are_shown_briefly() -> None:
    assert show_value(16**4000) == "a very large number"
    assert show_value(-(10**20)) == "a very large negative number"
    assert show_value(3000) == "3000"
    assert show_value("y" * 500) == "'" + "y" * 60 + "…'"
    assert show_value([[1]]) == "a list"
    assert show_value(True) == "true"


def json_error(text: str) -> ContentError:
    with pytest.raises(ContentError) as caught:
        parse_json(text, "import.json")
    return caught.value


def test_json_syntax_errors_have_line_column_and_excerpt() -> None:
    error = json_error('{\n  "sessions": [1, 2,, 3]\n}\n')
    assert (error.line, error.column) == (2, 21)
    assert error.excerpt == ", 3]"
    assert str(error) == 'import.json:2: not valid JSON: Expecting value (column 21), at ", 3]"'


def test_json_cut_short_says_so_at_its_last_line() -> None:
    """A file that ends in the middle (a string never closed, a list never ended) is told as cut
    short, not as Python's parser sees it ("Unterminated string starting at ...")."""
    cut = "ends too early: the file may have been cut short (saved, copied or downloaded only in part)"
    for text in ('{\n  "sessions": [\n    {"ended_at": "2026-11-2', '{\n  "sessions": [\n    1,\n'):
        error = json_error(text)
        assert str(error) == f"import.json:3: {cut}"
        assert (error.column, error.excerpt) == (0, "")
    assert str(json_error("  \n")) == "import.json:1: is empty: there is nothing in it to read"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"sessions": []}\x0c', "not valid JSON: Extra data (column 17)"),  # not JSON's white space
        ('{"a": 1}\u00a0\n', "not valid JSON: Extra data (column 9)"),
        ('{"path": "C:\\"}', "not valid JSON: Unterminated string starting at (column 10)"),  # \" escaped
        ('{"path": "C:\\"}\n', "not valid JSON: Invalid control character at (column 16)"),
    ],
)
def test_a_whole_file_with_a_mistake_at_its_end_is_not_told_as_cut_short(text: str, said: str) -> None:
    assert json_error(text).message.startswith(said)


def test_deep_json_nesting_is_an_error_not_a_crash() -> None:
    error = json_error('{"a":\n' + "[" * 100_000 + "]" * 100_000 + "}")
    assert error.line == 2 and "nested too deeply" in error.message


def test_a_json_number_too_long_for_python_is_reported() -> None:
    error = json_error('{"n": 1,\n "m": ' + "9" * 5000 + "}")
    assert error.line == 2 and "too long" in error.message
    assert len(str(error)) < 200


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_rejects_what_is_not_json(constant: str) -> None:
    error = json_error(f'{{"a": 1,\n"b": {constant}}}')
    assert error.line == 2 and constant.lstrip("-") in error.message


def test_good_json_parses() -> None:
    assert parse_json('{"sessions": [{"id": 1, "notes": "ok"}]}', "i.json") == {
        "sessions": [{"id": 1, "notes": "ok"}]
    }
