"""Problems in a user's file are worded as a template and its values (content/wording.py): the
English sentence is the template filled in, the window translates only the template, and what
came from the file (ids, values, a parser's words, the quoted spot) stays as it is; only the
quotation marks around a value are the language's."""

from __future__ import annotations

import os
import string
from pathlib import Path

import pytest

from hamstring_desktop.content import ContentError, Library
from hamstring_desktop.content.errors import each_error
from hamstring_desktop.content.fields import parse_toml
from hamstring_desktop.content.routine_reader import parse_routine
from hamstring_desktop.content.user_text import decode_text, parse_json
from hamstring_desktop.content.wording import Template, Wording, say
from hamstring_desktop.services.content_source import check_user_routines, user_routine_files
from hamstring_desktop.services.routine_files import import_routine
from hamstring_desktop.services.safe_io import read_user_bytes

BROKEN = """\
id = "Desk Break"
name = ""
when = "lunchtime"
extra = 1

[[steps]]
technique = "foam-roling"
seconds = 0
side = "each"
hold = "yes"

[[steps]]
technique = "knuckle-massage"
seconds = 99999999999999999999
side = "left"
zone = ["upper"]

[[steps]]
kind = "rest"
seconds = "thirty"
side = "left"

[[steps]]
kind = "wait"
seconds = 10

[[steps]]
kind = "nap"
"""


def bracketed(template: str) -> str:
    """A stand-in translation: the template between brackets, its placeholders kept."""
    return f"[{template}]"


def caught(action: object) -> ContentError:
    with pytest.raises(ContentError) as error:
        action()  # type: ignore[operator]
    return error.value


def user_file_problems(tmp_path: Path, library: Library) -> list[ContentError]:
    """A problem of every kind a user's file can have, from the readers the app uses."""
    techniques = {t.id: t for t in library.techniques}
    found = list(each_error(caught(lambda: parse_routine(BROKEN, "broken.toml", techniques))))
    found.append(caught(lambda: parse_routine('[[steps]]\nkind = "rest"\nseconds = 5\n', "rests.toml")))
    found.append(caught(lambda: parse_toml('id = "a"\nseconds = thirty\n', "syntax.toml")))
    found.append(caught(lambda: parse_toml("a = " + "[" * 2000, "deep.toml")))
    found.append(caught(lambda: parse_toml("a = " + "1" * 5000, "long.toml")))
    found.append(caught(lambda: decode_text(b"id = \xe9", "latin.toml")))
    found.append(caught(lambda: decode_text(b"\xff\xfe\x00\xd8", "utf16.toml")))
    found.append(caught(lambda: parse_json('{"a": NaN}', "nan.json")))
    found.append(caught(lambda: parse_json('{"a": }', "bad.json")))
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 2048)
    found.append(caught(lambda: read_user_bytes(big, 1024)))
    found.append(caught(lambda: read_user_bytes(big, 100)))
    found.append(caught(lambda: read_user_bytes(tmp_path, 1024)))
    found.append(caught(lambda: read_user_bytes(tmp_path / "absent.toml", 1024)))
    os.mkfifo(tmp_path / "pipe.toml")
    found.append(caught(lambda: read_user_bytes(tmp_path / "pipe.toml", 1024)))
    mine = tmp_path / "mine.toml"
    routine = 'id = "post-workout"\nname = "Mine"\nwhen = "any"\n[[steps]]\ntechnique = "foam-rolling"\n'
    mine.write_text(f'{routine}seconds = 60\nside = "each"\n', encoding="utf-8")
    twins = [tmp_path / "twin.toml", tmp_path / "twin-2.toml"]  # one id in two files
    for twin in twins:
        twin.write_text(mine.read_text(encoding="utf-8").replace("post-workout", "evening"), encoding="utf-8")
    found += [
        error for error in check_user_routines([mine, *twins], library) if isinstance(error, ContentError)
    ]
    found.append(caught(lambda: import_routine(mine, library, tmp_path / "routines")))
    found += user_routine_files(big)[1]
    return found


def test_every_problem_of_a_users_file_is_worded_and_its_english_is_the_message(
    tmp_path: Path, library: Library
) -> None:
    problems = user_file_problems(tmp_path, library)
    assert len(problems) >= 30, [str(error) for error in problems]
    unworded = [str(error) for error in problems if error.wording is None]
    assert not unworded
    for error in problems:
        assert error.wording is not None
        assert str(error.wording) == error.message
        assert error.shown() == str(error)


def test_a_translation_changes_only_the_sentence(tmp_path: Path, library: Library) -> None:
    """The file, the line, the key path and what came from the file stay; every word of the
    app's goes through the translation, the kind of a value too."""
    problems = {str(error): error for error in user_file_problems(tmp_path, library)}
    shown = {english: error.shown(bracketed) for english, error in problems.items()}
    assert shown["broken.toml:8: steps[1].seconds: must be at least 1, not 0"] == (
        "broken.toml:8: steps[1].seconds: [must be at least 1, not 0]"
    )
    assert shown["broken.toml:14: steps[2].seconds: must be at most 3600, not a very large number"] == (
        "broken.toml:14: steps[2].seconds: [must be at most 3600, not [a very large number]]"
    )
    assert shown["broken.toml:20: steps[3].seconds: must be a whole number, not text"] == (
        "broken.toml:20: steps[3].seconds: [must be a whole number, not [text]]"
    )
    assert shown['syntax.toml:2: not valid TOML: Invalid value (column 11), at "thirty"'] == (
        'syntax.toml:2: [[not valid TOML: Invalid value (column 11)], at "thirty"]'
    )
    technique = next(text for text in shown.values() if "steps[1].technique" in text)
    # the quotation marks around a value are the language's; the value itself is the file's
    assert technique.startswith(
        "broken.toml:7: steps[1].technique: "
        "[unknown technique ['foam-roling']; did you mean ['foam-rolling']?"
    )
    for english, text in shown.items():
        assert text.count("[") > english.count("["), f"not translated: {english}"


def test_a_translation_that_breaks_a_placeholder_gives_the_english() -> None:
    wording = say(Template.TOO_SMALL, minimum=1, value=0)
    assert wording.render(lambda template: "muss mindestens {minimal} sein") == "must be at least 1, not 0"
    assert wording.render(lambda template: "muss mindestens {minimum} sein, nicht {value}") == (
        "muss mindestens 1 sein, nicht 0"
    )


def test_every_template_fills_in_by_name_and_says_something_of_its_own() -> None:
    """Placeholders are names (a translation can move them), and no two templates are one."""
    for template in Template:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
        assert all(name.isidentifier() for name in fields), template.name
        assert template.strip("{}") and template == template.strip(), template.name
    assert len({str(template) for template in Template}) == len(Template.__members__)


def test_a_wording_is_a_value() -> None:
    """Equal problems are equal (the app compares snapshots of errors, and hashes them)."""
    one = say(Template.NOT_TEXT, kind=say(Template.KIND_LIST))
    assert one == Wording(Template.NOT_TEXT, (("kind", Wording(Template.KIND_LIST)),))
    assert hash(one) == hash(say(Template.NOT_TEXT, kind=say(Template.KIND_LIST)))
    assert str(one) == "must be text, not a list"


def german_quotes(template: str) -> str:
    """A stand-in for the German catalogue: only the quotation marks of a value translated."""
    return "„{text}“" if template == Template.QUOTED else template


def test_a_value_from_the_file_is_quoted_as_the_language_quotes(tmp_path: Path, library: Library) -> None:
    """German quotes „so“, as it quotes the spot and a routine's name; English keeps 'so', the
    command line's words unchanged."""
    problems = {str(error): error for error in user_file_problems(tmp_path, library)}
    choice = "broken.toml:3: when: 'lunchtime' is not one of: pre-workout, post-workout, rest-day, any"
    assert problems[choice].shown(german_quotes) == (
        "broken.toml:3: when: „lunchtime“ is not one of: pre-workout, post-workout, rest-day, any"
    )
    technique = next(error for english, error in problems.items() if "steps[1].technique" in english)
    assert str(technique).startswith(
        "broken.toml:7: steps[1].technique: unknown technique 'foam-roling'; did you mean 'foam-rolling'?"
    )
    assert technique.shown(german_quotes).startswith(
        "broken.toml:7: steps[1].technique: unknown technique „foam-roling“; did you mean „foam-rolling“?"
    )
    not_an_id = "broken.toml:1: id: 'Desk Break' must use only lowercase letters, digits and dashes"
    assert problems[not_an_id].shown(german_quotes).startswith("broken.toml:1: id: „Desk Break“ must")
    # no value keeps the straight quotes (the templates that quote in their own words, such as
    # "'{id}' is already used by ...", have their German translation with „“ instead)
    straight = [
        shown
        for error in problems.values()
        if error.wording is not None and "'" not in error.wording.template
        for shown in [error.shown(german_quotes)]
        if "'" in shown
    ]
    assert not straight, straight
