"""Rest and "wait for me" steps in routine files: how they are written, and what is refused."""

from __future__ import annotations

import pytest

from hamstring_desktop.content import ContentError, Library, RoutineStep, StepKind, parse_routine
from hamstring_desktop.content.loader import check_routine_references

ROUTINE = """\
id = "partner-evening"
name = "Partner evening"
when = "rest-day"

[[steps]]
kind = "wait"
instruction = "Lie on your front; your partner kneels beside you."

[[steps]]
technique = "compression-massage"
seconds = 60
side = "each"
zone = "upper"

[[steps]]
kind = "rest"
seconds = 30
instruction = "Shake out your legs."

[[steps]]
kind = "technique"
technique = "stretch-and-massage"
seconds = 60
side = "each"
zone = "middle"
"""


def error_for(text: str) -> ContentError:
    with pytest.raises(ContentError) as caught:
        parse_routine(text, "mine.toml")
    return caught.value


def test_rest_and_wait_steps_read_as_their_kinds() -> None:
    routine = parse_routine(ROUTINE, "mine.toml")
    assert [step.kind for step in routine.steps] == [
        StepKind.WAIT,
        StepKind.TECHNIQUE,
        StepKind.REST,
        StepKind.TECHNIQUE,
    ]
    assert routine.steps[0] == RoutineStep.wait("Lie on your front; your partner kneels beside you.")
    assert routine.steps[2] == RoutineStep.rest(30, "Shake out your legs.")
    assert routine.total_seconds == 120 + 30 + 120 and routine.wait_count == 1
    assert not routine.builtin


def test_a_bare_wait_and_a_bare_rest_are_enough() -> None:
    text = ROUTINE.replace('instruction = "Lie on your front; your partner kneels beside you."\n', "")
    text = text.replace('instruction = "Shake out your legs."\n', "")
    routine = parse_routine(text, "mine.toml")
    assert routine.steps[0] == RoutineStep.wait() and routine.steps[2] == RoutineStep.rest(30)


@pytest.mark.parametrize(
    ("change", "line", "key", "words"),
    [
        (('kind = "wait"', 'kind = "pause"'), 6, "steps[1].kind", "not one of: technique, rest, wait"),
        (('kind = "wait"', 'kind = "wait"\nseconds = 20'), 7, "steps[1].seconds", "has no time"),
        (
            ('kind = "wait"', 'kind = "wait"\ntechnique = "foam-rolling"'),
            7,
            "steps[1].technique",
            'not used by a wait step (kind = "wait")',
        ),
        (('kind = "rest"', 'kind = "rest"\nside = "each"'), 17, "steps[3].side", "not used by a rest step"),
        (('kind = "rest"', 'kind = "rest"\nhold = true'), 17, "steps[3].hold", "not used by a rest step"),
        (("seconds = 30", "seconds = 0"), 17, "steps[3].seconds", "at least 1"),
        (("seconds = 30\n", ""), 15, "steps[3].seconds", "is missing"),
        (('kind = "rest"', 'kind = "rest"\nnote = "x"'), 17, "steps[3].note", "unknown key"),
    ],
)
def test_wrong_keys_on_a_rest_or_wait_are_named_with_their_step(
    change: tuple[str, str], line: int, key: str, words: str
) -> None:
    error = error_for(ROUTINE.replace(*change, 1))
    assert (error.line, error.key) == (line, key), str(error)
    assert words in error.message


def test_a_routine_of_only_rests_and_waits_is_refused() -> None:
    text = (
        'id = "idle"\nname = "Idle"\nwhen = "any"\n\n'
        '[[steps]]\nkind = "wait"\n\n[[steps]]\nkind = "rest"\nseconds = 30\n'
    )
    error = error_for(text)
    assert error.key == "steps" and "at least one technique step" in error.message


def test_an_unknown_technique_suggests_the_closest_known_id(library: Library) -> None:
    text = ROUTINE.replace('technique = "stretch-and-massage"', 'technique = "strech-and-massage"')
    routine = parse_routine(text, "mine.toml")
    with pytest.raises(ContentError) as caught:
        check_routine_references(routine, text, {t.id: t for t in library.techniques})
    error = caught.value
    assert (error.line, error.key) == (22, "steps[4].technique")
    assert "unknown technique 'strech-and-massage'; did you mean 'stretch-and-massage'?" in error.message


def test_an_unknown_technique_far_from_any_known_id_gets_the_list(library: Library) -> None:
    text = ROUTINE.replace('technique = "compression-massage"', 'technique = "elbow-drop"')
    routine = parse_routine(text, "mine.toml")
    with pytest.raises(ContentError) as caught:
        check_routine_references(routine, text, {t.id: t for t in library.techniques})
    assert "did you mean" not in caught.value.message
    assert "known: compression-massage, cross-fiber-friction" in caught.value.message
