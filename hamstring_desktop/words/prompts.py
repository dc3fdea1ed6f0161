"""The spoken prompts: one short sentence each, the step's name first."""

from __future__ import annotations

from hamstring_desktop.session.cues import PromptKind
from hamstring_desktop.session.plan import PlannedStep
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.legs import leg_words

Prompts = TranslationContext("Prompts")


def prompt_text(kind: PromptKind, step: PlannedStep | None, first: PlannedStep | None = None) -> str:
    """One short sentence per prompt, the step name first."""
    if kind is PromptKind.GET_READY and step is not None:
        return Prompts.tr("Get ready. First: {name}, {leg}.").format(
            name=step.technique_name, leg=leg_words(step.leg)
        )
    if kind is PromptKind.STEP and step is not None:
        return Prompts.tr("{name}, {leg}. {instruction}").format(
            name=step.technique_name, leg=leg_words(step.leg), instruction=step.instruction
        )
    if kind is PromptKind.SWITCH_LEGS and step is not None:
        return Prompts.tr("Switch to your {leg}.").format(leg=leg_words(step.leg))
    if kind is PromptKind.TEN_SECONDS:
        return Prompts.tr("Ten seconds left.")
    if kind is PromptKind.NEXT and step is not None:
        return Prompts.tr("Next: {name}, {leg}.").format(name=step.technique_name, leg=leg_words(step.leg))
    if kind is PromptKind.COMPLETE:
        return Prompts.tr("Session complete. Well done.")
    return ""
