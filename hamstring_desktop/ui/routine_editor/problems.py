"""What is wrong with the routine being edited, field by field: errors keep it from being saved;
warnings (the references' dose and the hollow behind the knee, content/advice.py) do not."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from hamstring_desktop.content import Library, Routine, StepKind
from hamstring_desktop.content.advice import routine_advice
from hamstring_desktop.content.fields import IDENTIFIER_LIMIT
from hamstring_desktop.words.advice import advice_text
from hamstring_desktop.words.context import TranslationContext

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


RoutineEditor = TranslationContext("RoutineEditor")


@dataclass(frozen=True)
class Problem:
    """One problem at one field: ``step`` is the step's index (None: the routine's own field),
    ``key`` the field (as in the file: ``name``, ``seconds``...)."""

    step: int | None
    key: str
    message: str
    error: bool  # False: a warning, which does not keep the routine from being saved


def routine_problems(routine: Routine, library: Library, taken: Mapping[str, str]) -> list[Problem]:
    """Every problem of ``routine`` (text already stripped). ``taken`` maps the ids of the other
    routines to their names: the id must not be one of them."""
    problems: list[Problem] = []
    if not routine.name:
        problems.append(Problem(None, "name", RoutineEditor.tr("A routine needs a name."), True))
    if not routine.id:
        problems.append(
            Problem(None, "id", RoutineEditor.tr("A routine needs an id, such as my-evening."), True)
        )
    elif len(routine.id) > IDENTIFIER_LIMIT:
        message = RoutineEditor.tr("An id has at most %d characters.") % IDENTIFIER_LIMIT
        problems.append(Problem(None, "id", message, True))
    elif not _ID.fullmatch(routine.id):
        message = RoutineEditor.tr(
            "Use only lowercase letters, digits and single dashes between them, such as my-evening."
        )
        problems.append(Problem(None, "id", message, True))
    elif routine.id in taken:
        message = RoutineEditor.tr("'%s' is already the id of the routine '%s'.") % (
            routine.id,
            taken[routine.id],
        )
        problems.append(Problem(None, "id", message, True))
    if not routine.steps:
        problems.append(
            Problem(None, "steps", RoutineEditor.tr("Add a step: a routine needs at least one."), True)
        )
    elif not any(step.kind is StepKind.TECHNIQUE for step in routine.steps):
        message = RoutineEditor.tr("Add a technique step: rests and waits alone do nothing.")
        problems.append(Problem(None, "steps", message, True))
    techniques = {t.id: t for t in library.techniques}
    for index, step in enumerate(routine.steps):
        if step.kind is StepKind.TECHNIQUE and step.technique not in techniques:
            message = RoutineEditor.tr("Choose a technique from the library.")
            problems.append(Problem(index, "technique", message, True))
    for advice in routine_advice(routine, techniques):
        problems.append(Problem(advice.step, advice.key, advice_text(advice, library), False))
    return problems
