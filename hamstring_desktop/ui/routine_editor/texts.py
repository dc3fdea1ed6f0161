"""The editor's words for steps and totals, and ids made from names."""

from __future__ import annotations

import re
from collections.abc import Collection

from hamstring_desktop.content import Library, Routine, RoutineStep, Side, StepKind, Zone
from hamstring_desktop.content.fields import IDENTIFIER_LIMIT
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.durations import clock
from hamstring_desktop.words.legs import side_words
from hamstring_desktop.words.steps import kind_title

RoutineEditor = TranslationContext("RoutineEditor")


def slug(name: str) -> str:
    """An id from a name: "Evening, long!" → "evening-long"."""
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return text[:IDENTIFIER_LIMIT].strip("-") or "my-routine"


def free_id(name: str, taken: Collection[str]) -> str:
    """An id from ``name`` that no routine has: "evening", else "evening-2" and so on."""
    base = slug(name)
    candidate, number = base, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = base[: IDENTIFIER_LIMIT - len(suffix)].rstrip("-") + suffix
        number += 1
    return candidate


def step_row(step: RoutineStep, library: Library) -> str:
    """One row of the step list: "Foam rolling — each leg, 1:30 per leg (3:00) · middle third"."""
    if step.kind is StepKind.REST:
        return f"{kind_title(step.kind)} — {clock(step.seconds)}"
    if step.kind is StepKind.WAIT:
        return kind_title(step.kind)
    try:
        name = library.technique(step.technique).name
    except KeyError:
        name = step.technique
    if step.side is Side.EACH:
        length = RoutineEditor.tr("%s per leg (%s)") % (clock(step.seconds), clock(step.seconds * 2))
    else:
        length = clock(step.seconds)
    extras = [] if step.zone is Zone.FULL else [zone_words(step.zone)]
    if step.hold:
        extras.append(RoutineEditor.tr("still hold"))
    return f"{name} — {side_words(step.side)}, {length}" + "".join(f" · {extra}" for extra in extras)


def zone_words(zone: Zone) -> str:
    """A third of the thigh, for a list: "upper third"."""
    return {
        Zone.UPPER: RoutineEditor.tr("upper third"),
        Zone.MIDDLE: RoutineEditor.tr("middle third"),
        Zone.LOWER: RoutineEditor.tr("lower third"),
        Zone.FULL: RoutineEditor.tr("full length"),
    }[zone]


def total_text(routine: Routine) -> str:
    """ "Total 12:30 · left leg 5:00 · right leg 5:00 · both legs 1:00 · rests 1:30 · 2 waits for
    you": an "each" step counts once on each leg."""
    left = right = both = rests = 0
    for step in routine.steps:
        if step.kind is StepKind.REST:
            rests += step.seconds
        elif step.kind is StepKind.TECHNIQUE:
            left += step.seconds if step.side in (Side.LEFT, Side.EACH) else 0
            right += step.seconds if step.side in (Side.RIGHT, Side.EACH) else 0
            both += step.seconds if step.side is Side.BOTH else 0
    parts = [RoutineEditor.tr("Total %s") % clock(routine.total_seconds)]
    for seconds, words in (
        (left, RoutineEditor.tr("left leg %s")),
        (right, RoutineEditor.tr("right leg %s")),
        (both, RoutineEditor.tr("both legs %s")),
        (rests, RoutineEditor.tr("rests %s")),
    ):
        if seconds:
            parts.append(words % clock(seconds))
    waits = routine.wait_count
    if waits:
        parts.append(
            RoutineEditor.tr("1 wait for you")
            if waits == 1
            else RoutineEditor.tr("%n waits for you", None, waits)
        )
    return " · ".join(parts)
