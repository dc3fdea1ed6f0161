"""Routines written as TOML: read back unchanged, and a hand-written file keeps its comments."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from hamstring_desktop.content import (
    Library,
    Routine,
    RoutineStep,
    StepKind,
    Zone,
    parse_routine,
)
from hamstring_desktop.content.routine_toml import routine_to_toml, toml_string, update_routine_text
from tests.helpers.routine_strategies import editor_routines

HAND_WRITTEN = """\
# My evening routine, from my physio (March).
# Keep the holds short.

id = "evening"   # the file's id
name = "Evening"
when = "rest-day"

# Warm up first.
[[steps]]
technique = "foam-rolling"
seconds = 60     # one minute
side = "each"
zone = "full"
instruction = "Roll slowly to two thirds of the way down."  # not lower
pace_seconds = 3

# The tender spot she found.
[[steps]]
technique = "foam-rolling"
seconds = 30
side = "left"
zone = "middle"
hold = true

[[steps]]
kind = "rest"
seconds = 30

# Last: hands on.
[[steps]]
technique = "knuckle-massage"
seconds = 60  # a minute
side = "each"
"""


def read(text: str) -> Routine:
    return parse_routine(text, "mine.toml")


def test_every_built_in_routine_reads_back_from_the_fixed_layout(library: Library) -> None:
    for routine in library.routines:
        again = read(routine_to_toml(routine))
        assert again == replace(routine, source="mine.toml", builtin=False)


def test_an_unchanged_routine_keeps_its_text_exactly() -> None:
    assert update_routine_text(HAND_WRITTEN, read(HAND_WRITTEN)) == HAND_WRITTEN


ATTACHED = """\
# From my physio, March.
id = "evening"
name = "Evening"
when = "rest-day"


[[steps]]
technique = "compression-massage"
seconds = 60
side = "each"
zone = "upper"
[[steps]]
kind = "rest"
seconds = 30"""


def test_a_file_saved_with_no_change_is_written_back_byte_for_byte() -> None:
    """Its own layout, whatever it is: a comment right above ``id``, two blank lines, none, no
    line end at the end of the file, CRLF line ends."""
    assert update_routine_text(ATTACHED, read(ATTACHED)) == ATTACHED
    crlf = HAND_WRITTEN.replace("\n", "\r\n")
    assert update_routine_text(crlf, read(crlf)) == crlf


def test_a_comment_right_above_the_id_stays_right_above_it() -> None:
    original = read(ATTACHED)
    edited = replace(original, steps=(replace(original.steps[0], seconds=90), original.steps[1]))
    text = update_routine_text(ATTACHED, edited)
    assert text.startswith('# From my physio, March.\nid = "evening"\nname = "Evening"\n')
    assert read(text) == edited
    crlf = ATTACHED.replace("\n", "\r\n") + "\r\n"
    text = update_routine_text(crlf, edited)
    assert text.startswith('# From my physio, March.\r\nid = "evening"\r\n')
    assert "\n" not in text.replace("\r\n", "") and read(text) == edited


def test_a_changed_value_gets_a_new_line_and_everything_else_stays_as_written() -> None:
    original = read(HAND_WRITTEN)
    steps = list(original.steps)
    steps[0] = replace(steps[0], seconds=90)
    steps[3] = replace(steps[3], zone=Zone.UPPER)
    edited = replace(original, name="Evening, longer", steps=tuple(steps))
    text = update_routine_text(HAND_WRITTEN, edited)
    assert read(text) == edited
    assert text.startswith("# My evening routine, from my physio (March).\n# Keep the holds short.\n")
    assert 'id = "evening"   # the file\'s id' in text  # unchanged line, comment and all
    assert 'name = "Evening, longer"\n' in text
    assert "seconds = 90\n" in text and "one minute" not in text  # the stale comment went
    assert "# Warm up first.\n[[steps]]" in text
    assert 'instruction = "Roll slowly to two thirds of the way down."  # not lower' in text
    # A value that was left out is written in its place in the fixed order.
    assert 'side = "each"\nzone = "upper"\n' in text
    assert "seconds = 60  # a minute" in text


def test_moved_steps_take_their_comments_and_deleted_ones_leave_theirs() -> None:
    original = read(HAND_WRITTEN)
    first, _hold, rest, knuckles = original.steps
    added = RoutineStep.wait("Swap the roller for the ball.")
    edited = replace(original, steps=(knuckles, first, added, rest))
    text = update_routine_text(HAND_WRITTEN, edited, origins=[3, 0, None, 2])
    assert read(text) == edited
    assert "tender spot" not in text  # the deleted hold's comment went with it
    assert text.index("# Last: hands on.") < text.index("# Warm up first.")
    assert '[[steps]]\nkind = "wait"\ninstruction = "Swap the roller for the ball."\n' in text
    assert text.count("[[steps]]") == 4


def test_a_step_that_changes_kind_loses_the_keys_it_no_longer_has() -> None:
    original = read(HAND_WRITTEN)
    steps = list(original.steps)
    steps[1] = RoutineStep.rest(45, "Breathe.")
    edited = replace(original, steps=tuple(steps))
    text = update_routine_text(HAND_WRITTEN, edited)
    assert read(text) == edited
    assert (
        '# The tender spot she found.\n[[steps]]\nkind = "rest"\nseconds = 45\ninstruction = "Breathe."\n'
        in text
    )


def test_what_cannot_be_edited_line_by_line_is_written_anew_with_the_top_comments() -> None:
    multi_line = HAND_WRITTEN.replace(
        'instruction = "Roll slowly to two thirds of the way down."  # not lower',
        'instruction = """Roll slowly\nto two thirds of the way down."""',
    )
    original = read(multi_line)
    steps = list(original.steps)
    steps[0] = replace(steps[0], instruction="Roll slowly.")
    edited = replace(original, steps=tuple(steps))
    text = update_routine_text(multi_line, edited)
    assert read(text) == edited
    assert text.startswith("# My evening routine") and 'instruction = "Roll slowly."' in text


def test_strings_are_escaped_for_toml() -> None:
    assert toml_string('say "hi"\\ \t\n\x00\x7f é') == '"say \\"hi\\"\\\\ \\t\\n\\u0000\\u007F é"'


# --- any routine the editor can build ---------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(routine=editor_routines())
def test_any_routine_the_editor_can_build_survives_saving_and_loading(routine: Routine) -> None:
    assert read(routine_to_toml(routine)) == routine


@settings(max_examples=200, deadline=None)
@given(routine=editor_routines(), data=st.data())
def test_any_edit_of_a_hand_written_file_reads_back_as_the_edit(
    routine: Routine, data: st.DataObject
) -> None:
    original = read(HAND_WRITTEN)
    count = len(routine.steps)
    origins = data.draw(
        st.lists(st.none() | st.integers(0, len(original.steps) - 1), min_size=count, max_size=count)
    )
    assert read(update_routine_text(HAND_WRITTEN, routine, origins)) == routine
    assert StepKind.TECHNIQUE in {step.kind for step in routine.steps}
