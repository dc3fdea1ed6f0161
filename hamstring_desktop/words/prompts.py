"""The spoken prompts: one short sentence each, the step's name first."""

from __future__ import annotations

from hamstring_desktop.content import StepKind
from hamstring_desktop.session.cues import PromptKind
from hamstring_desktop.session.plan import PlannedStep
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.durations import spoken
from hamstring_desktop.words.legs import leg_words

DEFAULT_READY_KEY = "Space"


Prompts = TranslationContext("Prompts")


def _what(step: PlannedStep) -> str:
    """The step in a few spoken words: "Foam rolling, left leg", "a rest of 30 seconds"."""
    if step.kind is StepKind.REST:
        return Prompts.tr("a rest of {length}").format(length=spoken(step.seconds))
    if step.kind is StepKind.WAIT:
        return Prompts.tr("wait for me")
    return Prompts.tr("{name}, {leg}").format(name=step.technique_name, leg=leg_words(step.leg))


def prompt_text(
    kind: PromptKind,
    step: PlannedStep | None,
    first: PlannedStep | None = None,
    ready_key: str = DEFAULT_READY_KEY,
) -> str:
    """One short sentence per prompt, the step name first. ``ready_key`` names the key that
    carries on from a wait (the user may have changed it)."""
    if kind is PromptKind.GET_READY and step is not None:
        if step.index == 0:
            return Prompts.tr("Get ready. First: {what}.").format(what=_what(step))
        return Prompts.tr("Get ready. Next: {what}.").format(what=_what(step))
    if kind is PromptKind.STEP and step is not None:
        return _step_text(step, ready_key)
    if kind is PromptKind.SWITCH_LEGS and step is not None:
        return Prompts.tr("Switch to your {leg}.").format(leg=leg_words(step.leg))
    if kind is PromptKind.TEN_SECONDS:
        return Prompts.tr("Ten seconds left.")
    if kind is PromptKind.NEXT and step is not None:
        return Prompts.tr("Next: {what}.").format(what=_what(step))
    if kind is PromptKind.COMPLETE:
        return Prompts.tr("Session complete. Well done.")
    return ""


def _step_text(step: PlannedStep, ready_key: str) -> str:
    if step.kind is StepKind.REST:
        text = Prompts.tr("Rest for {length}.").format(length=spoken(step.seconds))
    elif step.kind is StepKind.WAIT:
        text = Prompts.tr("Waiting for you.")
    else:
        return Prompts.tr("{name}, {leg}. {instruction}").format(
            name=step.technique_name, leg=leg_words(step.leg), instruction=step.instruction
        )
    if step.instruction:
        text += " " + step.instruction
    if step.kind is StepKind.WAIT:
        text += " " + Prompts.tr("Press {key} when you are ready.").format(key=ready_key)
    return text
