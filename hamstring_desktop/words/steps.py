"""How a step is named: a technique by its name, a rest and a wait by what they are."""

from __future__ import annotations

from hamstring_desktop.content import Library, RoutineStep, StepKind
from hamstring_desktop.session.plan import PlannedStep
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.durations import in_words
from hamstring_desktop.words.legs import leg_words, side_words

Steps = TranslationContext("Steps")


def kind_title(kind: StepKind) -> str:
    """A kind of step, as a choice in a list: Technique, Rest, Wait for me."""
    return {
        StepKind.TECHNIQUE: Steps.tr("Technique"),
        StepKind.REST: Steps.tr("Rest"),
        StepKind.WAIT: Steps.tr("Wait for me"),
    }[kind]


def step_title(step: PlannedStep) -> str:
    """The step's name on screen: the technique's, or "Rest", or "Wait for me"."""
    if step.kind is StepKind.TECHNIQUE:
        return step.technique_name
    return kind_title(step.kind)


def step_and_leg(step: PlannedStep) -> str:
    """What comes next, in a few words: "left leg · Foam rolling", "Rest · 30 s", "Wait for me"."""
    if step.kind is StepKind.REST:
        return f"{kind_title(step.kind)} · {in_words(step.seconds)}"
    if step.kind is StepKind.WAIT:
        return kind_title(step.kind)
    return f"{leg_words(step.leg)} · {step.technique_name}"


def routine_step_line(step: RoutineStep, library: Library) -> str:
    """One line of a routine's step list: "Foam rolling — each leg, 1 min 30 s", "Rest — 30 s",
    "Wait for me"."""
    if step.kind is StepKind.REST:
        return f"{kind_title(step.kind)} — {in_words(step.seconds)}"
    if step.kind is StepKind.WAIT:
        return kind_title(step.kind)
    name = library.technique(step.technique).name
    return f"{name} — {side_words(step.side)}, {in_words(step.seconds)}"
