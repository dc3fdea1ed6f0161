"""Broken content and routine files give errors that name the file, the line and the key."""

from __future__ import annotations

import pytest

from hamstring_desktop.content import ContentError, ContentErrors, Library, load_library, parse_routine
from hamstring_desktop.content.errors import each_error
from hamstring_desktop.content.loader import check_routine_references, parse_technique

GOOD_ROUTINE = """\
id = "my-routine"
name = "Mine"
when = "any"

[[steps]]
technique = "foam-rolling"
seconds = 30
side = "each"

[[steps]]
technique = "knuckle-massage"
seconds = 40
side = "left"
zone = "upper"
instruction = "Slowly."
"""


def routine_error(text: str) -> ContentError:
    with pytest.raises(ContentError) as caught:
        parse_routine(text, "mine.toml")
    return caught.value


def test_good_routine_parses() -> None:
    routine = parse_routine(GOOD_ROUTINE, "mine.toml")
    assert routine.id == "my-routine"
    assert routine.total_seconds == 2 * 30 + 40
    assert routine.steps[1].zone.value == "upper"
    assert routine.steps[0].zone.value == "full"


def test_toml_syntax_error_has_the_line() -> None:
    error = routine_error(GOOD_ROUTINE.replace("seconds = 40", "seconds = = 40"))
    assert error.file == "mine.toml"
    assert error.line == 12
    assert "not valid TOML" in str(error)
    assert str(error).startswith("mine.toml:12: ")


@pytest.mark.parametrize(
    ("change", "line", "key", "words"),
    [
        (("seconds = 40", "seconds = 0"), 12, "steps[2].seconds", "at least 1"),
        (("seconds = 40", "seconds = 2.5"), 12, "steps[2].seconds", "whole number"),
        (("seconds = 40", 'seconds = "40"'), 12, "steps[2].seconds", "whole number"),
        (('side = "left"', 'side = "middle"'), 13, "steps[2].side", "left, right, both, each"),
        (('zone = "upper"', 'zone = "top"'), 14, "steps[2].zone", "upper, middle, lower, full"),
        (('id = "my-routine"', 'id = "My Routine"'), 1, "id", "lowercase"),
        (('when = "any"', 'when = "sometimes"'), 3, "when", "pre-workout"),
        (('name = "Mine"\n', ""), 0, "name", "missing"),
        (
            ('instruction = "Slowly."', 'instructions = "Slowly."'),
            15,
            "steps[2].instructions",
            "unknown key",
        ),
    ],
)
def test_field_errors_point_at_the_line_and_key(
    change: tuple[str, str], line: int, key: str, words: str
) -> None:
    error = routine_error(GOOD_ROUTINE.replace(*change))
    assert (error.line, error.key) == (line, key)
    assert words in error.message


def test_routine_without_steps_is_rejected() -> None:
    error = routine_error('id = "x"\nname = "X"\nwhen = "any"\n')
    assert error.key == "steps" and "missing" in error.message


def test_unknown_technique_is_located(asset_texts: dict[str, str]) -> None:
    library = load_library(asset_texts)
    text = GOOD_ROUTINE.replace('technique = "knuckle-massage"', 'technique = "elbow-drop"')
    routine = parse_routine(text, "mine.toml")
    with pytest.raises(ContentError) as caught:
        check_routine_references(routine, text, {t.id: t for t in library.techniques})
    assert caught.value.line == 11
    assert "unknown technique 'elbow-drop'" in caught.value.message


def test_technique_with_missing_cautions(asset_texts: dict[str, str]) -> None:
    text = asset_texts["content/techniques/foam-rolling.toml"]
    start = text.index("cautions = [")
    with pytest.raises(ContentError) as caught:
        parse_technique(text[:start], "content/techniques/foam-rolling.toml")
    assert caught.value.key == "cautions"


def test_library_reports_every_broken_file(asset_texts: dict[str, str]) -> None:
    texts = dict(asset_texts)
    texts["content/techniques/knuckle-massage.toml"] = texts[
        "content/techniques/knuckle-massage.toml"
    ].replace('"hands"', '"elbow"')
    texts["routines/partner.toml"] = texts["routines/partner.toml"].replace("seconds = 60", "seconds = -5", 1)
    del texts["content/tools.toml"]
    with pytest.raises(ContentErrors) as caught:
        load_library(texts)
    messages = [str(e) for e in caught.value.errors]
    assert any(m.startswith("content/tools.toml: file is missing") for m in messages)
    assert any("routines/partner.toml:" in m and "seconds" in m for m in messages)
    assert any("knuckle-massage.toml" in m and "tools" in m for m in messages)


def test_duplicate_ids_are_rejected(asset_texts: dict[str, str]) -> None:
    texts = dict(asset_texts)
    texts["content/techniques/copy.toml"] = texts["content/techniques/foam-rolling.toml"]
    with pytest.raises(ContentErrors) as caught:
        load_library(texts)
    assert any("'foam-rolling' is used twice" in str(e) for e in caught.value.errors)


def test_guide_without_a_timing_entry(asset_texts: dict[str, str]) -> None:
    texts = dict(asset_texts)
    guide = texts["content/guide.toml"]
    start = guide.index('[[timing]]\nid = "rest-day"')
    end = guide.index("[[benefits]]")
    texts["content/guide.toml"] = guide[:start] + guide[end:]
    with pytest.raises(ContentErrors) as caught:
        load_library(texts)
    assert any("rest-day" in str(e) for e in caught.value.errors)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (('pressure = "deep"\n', ""), "missing"),
        (('pressure = "deep"', 'pressure = "firm"'), "'firm' is not one of: light, deep"),
    ],
)
def test_technique_must_say_how_deep_it_presses(
    asset_texts: dict[str, str], change: tuple[str, str], words: str
) -> None:
    text = asset_texts["content/techniques/knuckle-massage.toml"]
    assert change[0] in text
    with pytest.raises(ContentError) as caught:
        parse_technique(text.replace(*change), "content/techniques/knuckle-massage.toml")
    assert caught.value.key == "pressure" and words in caught.value.message
    if words != "missing":
        assert caught.value.line == text.splitlines().index('pressure = "deep"') + 1


HEAD = 'id = "x"\nname = "X"\nwhen = "any"\n'


@pytest.mark.parametrize(
    "value",
    [
        "[" * 500 + "]" * 500,  # arrays
        "{a = " * 500 + "1" + "}" * 500,  # inline tables
        "[{a = [" * 200 + "]}]" * 200,  # both
    ],
    ids=["arrays", "inline-tables", "mixed"],
)
def test_deep_nesting_is_a_located_error_not_a_crash(value: str) -> None:
    error = routine_error(HEAD + "\nv = " + value + "\n")
    assert error.line == 5 and "nested too deeply" in error.message


def test_a_decimal_number_too_long_for_python_is_a_located_error() -> None:
    error = routine_error(HEAD + "\n\nv = " + "1" * 4400 + "\n")
    assert error.line == 6 and "too long" in error.message
    assert len(str(error)) < 120


def test_a_huge_hex_number_is_not_printed() -> None:
    text = GOOD_ROUTINE.replace("seconds = 40", "seconds = 0x" + "f" * 4000)
    error = routine_error(text)
    assert (error.line, error.key) == (12, "steps[2].seconds")
    assert error.message == "must be at most 3600, not a very large number"


def test_huge_values_and_keys_are_cut_short_in_messages() -> None:
    messages = [
        str(routine_error(GOOD_ROUTINE.replace('"any"', '"' + "a" * 100_000 + '"'))),
        str(routine_error(GOOD_ROUTINE.replace('id = "my-routine"', 'id = "' + "A" * 100_000 + '"'))),
        str(routine_error(GOOD_ROUTINE + "k" * 100_000 + " = 1\n")),
        str(routine_error(GOOD_ROUTINE.replace('side = "left"', "side = [[[[1]]]]"))),
    ]
    assert all(len(message) < 250 for message in messages), [len(m) for m in messages]


def test_an_identifier_has_a_length_limit() -> None:
    error = routine_error(GOOD_ROUTINE.replace("my-routine", "a" * 65))
    assert (error.key, error.message) == ("id", "must be at most 64 characters long")


def test_a_syntax_error_shows_where_on_the_line() -> None:
    error = routine_error(GOOD_ROUTINE.replace("seconds = 40", "seconds = thirty"))
    assert str(error) == 'mine.toml:12: not valid TOML: Invalid value (column 11), at "thirty"'


def test_a_deeply_nested_table_header_gives_a_line() -> None:
    header = "[" + ".".join(["steps"] + ["a"] * 300) + "]"
    error = routine_error(HEAD + "\n" + header + "\nb = 1\n")
    assert (error.line, error.key) == (5, "steps")


def test_a_dotted_table_inside_a_step_points_at_its_header() -> None:
    error = routine_error(GOOD_ROUTINE + "\n[steps.extra]\nb = 1\n")
    assert (error.line, error.key) == (17, "steps[2].extra")


def test_a_dotted_key_points_at_its_line() -> None:
    error = routine_error(GOOD_ROUTINE.replace('name = "Mine"', 'name.first = "Mine"'))
    assert (error.line, error.key) == (2, "name")


def test_a_file_that_ends_too_soon_points_at_the_last_line() -> None:
    error = routine_error(HEAD + "v = [1,\n  2,\n")
    assert error.line == 6 and "not valid TOML" in error.message


# Every problem of a routine file in one go, in line order ----------------------------------------

THREE_PROBLEMS = """\
id = "desk"
name = "Desk"
when = "lunchtime"

[[steps]]
technique = "elbow-drop"
seconds = 0
side = "each"
"""


def test_every_problem_of_a_routine_file_is_reported_in_line_order(library: Library) -> None:
    """A bad ``when`` (line 3), an unknown technique (6) and a zero time (7): all three at once,
    in the order of the file, not one a run in the order they happened to be checked."""
    techniques = {t.id: t for t in library.techniques}
    with pytest.raises(ContentError) as caught:
        parse_routine(THREE_PROBLEMS, "desk.toml", techniques)
    known = ", ".join(sorted(techniques))
    assert [str(error) for error in each_error(caught.value)] == [
        "desk.toml:3: when: 'lunchtime' is not one of: pre-workout, post-workout, rest-day, any",
        f"desk.toml:6: steps[1].technique: unknown technique 'elbow-drop' (known: {known})",
        "desk.toml:7: steps[1].seconds: must be at least 1, not 0",
    ]
    # Caught as one error, it reads as all of them, and it is about the first.
    assert str(caught.value) == "\n".join(str(error) for error in each_error(caught.value))
    assert (caught.value.line, caught.value.key) == (3, "when")


def test_problems_of_several_steps_and_of_the_whole_file(library: Library) -> None:
    text = (
        'name = "Desk"\nwhen = "any"\ncolour = "red"\n\n'
        '[[steps]]\ntechnique = "foam-rolling"\nseconds = 30\nside = "every"\nsides = "each"\n\n'
        '[[steps]]\nkind = "rest"\nseconds = 20\nside = "left"\n\n'
        '[[steps]]\nkind = "nap"\nseconds = 20\n'
    )
    with pytest.raises(ContentError) as caught:
        parse_routine(text, "desk.toml", {t.id: t for t in library.techniques})
    assert [f"{e.line}: {e.key}: {e.message}" for e in each_error(caught.value)] == [
        "0: id: is missing",  # not at a line: first
        "3: colour: unknown key; expected one of: description, id, name, steps, when",
        "8: steps[1].side: 'every' is not one of: left, right, both, each",
        "9: steps[1].sides: unknown key; expected one of: hold, instruction, kind, pace_seconds, "
        "seconds, side, technique, zone",
        # said once: not also an unknown key
        '14: steps[2].side: is not used by a rest step (kind = "rest"): remove it',
        # a kind it does not know: its keys are not called unknown
        "17: steps[3].kind: 'nap' is not one of: technique, rest, wait",
    ]


def test_one_problem_alone_is_a_plain_error() -> None:
    error = routine_error(GOOD_ROUTINE.replace("seconds = 40", "seconds = 0"))
    assert type(error) is ContentError and each_error(error) == (error,)
