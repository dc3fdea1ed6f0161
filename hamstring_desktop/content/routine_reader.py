"""Read one routine file: its steps, each of one kind (a technique, a rest or a wait), and the
techniques they name.

A routine file is checked as a whole, so that every problem in it is reported at once (the
README's "Routine files" section describes the format). The loader reads the built-in routines
with it, the services read the user's own routine files with it, and the routine writer
(routine_toml.py) reads back what it wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from hamstring_desktop.content.errors import ContentError, each_error, problem, raise_all
from hamstring_desktop.content.fields import Fields, Locator, parse_toml
from hamstring_desktop.content.models import (
    Routine,
    RoutineStep,
    RoutineWhen,
    Side,
    StepKind,
    Technique,
    Zone,
)
from hamstring_desktop.content.user_text import value_words
from hamstring_desktop.content.wording import Template, Wording, quoted, say

T = TypeVar("T")


# The keys each kind of step may have (besides ``kind``); the first ones are required.
TECHNIQUE_STEP_KEYS = ("technique", "seconds", "side", "zone", "instruction", "pace_seconds", "hold")
REST_STEP_KEYS = ("seconds", "instruction")
WAIT_STEP_KEYS = ("instruction",)
STEP_SECONDS_MAX = 3600
PACE_SECONDS_MAX = 30


def parse_routine(text: str, file: str, techniques: Mapping[str, Technique] | None = None) -> Routine:
    """Parse one routine file (see the README's "Routine files" section for the format).

    The whole file is read: every problem is reported at once, in line order (one alone as a
    :class:`ContentError`, several as a :class:`FileErrors`), except a syntax error, after which
    nothing can be read. With ``techniques``, a step naming a technique not among them is one of
    the problems."""
    root = Fields(parse_toml(text, file), file, Locator(text))
    found = _Problems()
    routine_id = found.read(lambda: root.identifier("id"), "")
    name = found.read(lambda: root.text("name"), "")
    when = found.read(lambda: root.choice("when", RoutineWhen), RoutineWhen.ANY)
    description = found.read(lambda: root.text("description", required=False), "")
    steps: list[RoutineStep] = []
    kinds: list[StepKind | None] = []
    entries: list[Fields] = found.read(lambda: list(root.tables("steps")), [])
    for entry in entries:
        step = _read_step(entry, found, techniques)
        kind = _step_kind(entry)
        kinds.append(kind)
        if kind is not None:  # (with a kind it does not know, it cannot tell which keys are wrong)
            found.errors.extend(entry.unknown_keys())
        if step is not None:
            steps.append(step)
    found.errors.extend(root.unknown_keys())
    if kinds and StepKind.TECHNIQUE not in kinds and None not in kinds:
        found.errors.append(root.error("steps", say(Template.NO_TECHNIQUE_STEP)))
    raise_all(found.errors)
    return Routine(routine_id, name, when, description, tuple(steps), source=file)


class _Problems:
    """The problems found so far in one file: each field is read on its own, so that one bad
    value does not hide the next."""

    def __init__(self) -> None:
        self.errors: list[ContentError] = []

    def read(self, value: Callable[[], T], fallback: T) -> T:
        """``value()``, or ``fallback`` after noting why it could not be read."""
        try:
            return value()
        except ContentError as error:
            self.errors.extend(each_error(error))
            return fallback


def _step_kind(entry: Fields, found: _Problems | None = None) -> StepKind | None:
    """A step's kind (None: not one of the kinds, noted in ``found``)."""
    try:
        return entry.choice("kind", StepKind, required=False, default=StepKind.TECHNIQUE)
    except ContentError as error:
        if found is not None:
            found.errors.append(error)
        return None


def parse_step(entry: Fields) -> RoutineStep:
    """One ``[[steps]]`` table; raises its first problem. The caller calls ``entry.finish()`` to
    refuse unknown keys."""
    found = _Problems()
    step = _read_step(entry, found)
    if found.errors or step is None:
        raise found.errors[0]
    return step


def _read_step(
    entry: Fields, found: _Problems, techniques: Mapping[str, Technique] | None = None
) -> RoutineStep | None:
    """One ``[[steps]]`` table, every problem of it noted in ``found`` (None when it has any);
    with ``techniques``, a technique not among them is one."""
    before = len(found.errors)
    kind = _step_kind(entry, found)
    if kind is None:
        return None
    if kind is StepKind.TECHNIQUE:
        technique = found.read(lambda: entry.identifier("technique"), "")
        if technique and techniques is not None and technique not in techniques:
            found.errors.append(entry.error("technique", unknown_technique_words(technique, techniques)))
        step = RoutineStep(
            technique=technique,
            seconds=found.read(lambda: entry.whole_number("seconds", 1, STEP_SECONDS_MAX), None) or 0,
            side=found.read(lambda: entry.choice("side", Side), Side.EACH),
            zone=found.read(lambda: entry.choice("zone", Zone, required=False, default=Zone.FULL), Zone.FULL),
            instruction=found.read(lambda: entry.text("instruction", required=False), ""),
            pace_seconds=found.read(
                lambda: entry.whole_number("pace_seconds", 1, PACE_SECONDS_MAX, required=False), None
            ),
            hold=found.read(lambda: entry.flag("hold"), False),
        )
        return step if len(found.errors) == before else None
    allowed = REST_STEP_KEYS if kind is StepKind.REST else WAIT_STEP_KEYS
    for key in TECHNIQUE_STEP_KEYS:
        if key in allowed or not entry.has(key):
            continue
        entry.reported(key)
        if key == "seconds":
            wording = say(Template.WAIT_HAS_NO_TIME)
        else:
            wording = say(Template.NOT_USED_BY_KIND, kind=kind.value)
        found.errors.append(entry.error(key, wording))
    seconds = 0
    if kind is StepKind.REST:
        seconds = found.read(lambda: entry.whole_number("seconds", 1, STEP_SECONDS_MAX), None) or 0
    instruction = found.read(lambda: entry.text("instruction", required=False), "")
    if len(found.errors) != before:
        return None
    return RoutineStep.rest(seconds, instruction) if kind is StepKind.REST else RoutineStep.wait(instruction)


def check_routine_references(routine: Routine, text: str, techniques: Mapping[str, Technique]) -> None:
    """Raise a located error for each step that names a technique the library does not have;
    each message suggests the closest known id. (:func:`parse_routine` does this itself when
    given the techniques, together with every other problem.)"""
    raise_all(
        [
            _unknown_technique(routine.source, text, index, step.technique, techniques)
            for index, step in enumerate(routine.steps)
            if step.kind is StepKind.TECHNIQUE and step.technique not in techniques
        ]
    )


def _unknown_technique(
    file: str, text: str, index: int, technique_id: str, techniques: Mapping[str, Technique]
) -> ContentError:
    return problem(
        file,
        Locator(text).line("steps", index, "technique"),
        f"steps[{index + 1}].technique",
        unknown_technique_words(technique_id, techniques),
    )


def unknown_technique_message(technique_id: str, techniques: Mapping[str, Technique] | list[str]) -> str:
    """ "unknown technique 'foam-roling'; did you mean 'foam-rolling'? (known: ...)"."""
    return str(unknown_technique_words(technique_id, techniques))


def unknown_technique_words(technique_id: str, techniques: Mapping[str, Technique] | list[str]) -> Wording:
    """:func:`unknown_technique_message` as a wording the window translates."""
    known = sorted(techniques)
    import difflib  # only for a misspelt id: not on the way to the first paint

    close = difflib.get_close_matches(technique_id, known, n=1, cutoff=0.6)
    value, listed = value_words(technique_id), ", ".join(known)
    if close:
        return say(Template.UNKNOWN_TECHNIQUE_CLOSE, value=value, suggestion=quoted(close[0]), known=listed)
    return say(Template.UNKNOWN_TECHNIQUE, value=value, known=listed)
