"""Advice on a user's routine (content/advice.py), in words: which rule, and why, in one sentence
that names only what the references say."""

from __future__ import annotations

from hamstring_desktop.content import Library
from hamstring_desktop.content.advice import (
    HOLD_SECONDS_MAX,
    HOLD_SECONDS_MIN,
    PASS_SECONDS_MAX,
    PASS_SECONDS_MIN,
    SET_SECONDS_MAX,
    SET_SECONDS_MIN,
    SETS_PER_LEG_MAX,
    AdviceKind,
    StepAdvice,
)
from hamstring_desktop.words.context import TranslationContext

Advice = TranslationContext("Advice")


def advice_text(advice: StepAdvice, library: Library) -> str:
    """One sentence: what the step does, and what the references say."""
    kind, values = advice.kind, advice.values
    if kind is AdviceKind.SET_SECONDS:
        return Advice.tr(
            "{seconds} s is not one set of {low}–{high} s, the dose with the largest range-of-motion "
            "gain in the studies."
        ).format(seconds=values[0], low=SET_SECONDS_MIN, high=SET_SECONDS_MAX)
    if kind is AdviceKind.HOLD_SECONDS:
        return Advice.tr(
            "A still hold of {seconds} s: the source article holds a tender spot for {low}–{high} s."
        ).format(seconds=values[0], low=HOLD_SECONDS_MIN, high=HOLD_SECONDS_MAX)
    if kind is AdviceKind.PASS_SECONDS:
        return Advice.tr(
            "{seconds} s per pass: in the studies each roll in one direction took {low}–{high} s."
        ).format(seconds=values[0], low=PASS_SECONDS_MIN, high=PASS_SECONDS_MAX)
    if kind is AdviceKind.SETS_PER_LEG:
        legs = {
            "left": Advice.tr("the left leg"),
            "right": Advice.tr("the right leg"),
            "each": Advice.tr("each leg"),
        }
        return Advice.tr("Set {number} of {technique} on {leg}: the studies used 1–{most} sets.").format(
            number=values[0],
            technique=_technique_name(str(values[1]), library),
            leg=legs[str(values[2])],
            most=SETS_PER_LEG_MAX,
        )
    if kind is AdviceKind.HOLD_ZONE:
        return Advice.tr(
            "Hold still on a spot in the upper or middle third, clear of the hollow behind the knee."
        )
    if kind is AdviceKind.DEEP_IN_LOWER_THIRD:
        return Advice.tr(
            "{technique} presses deep, and the lower third runs down to the hollow behind the knee "
            "(the hamstrings border it from above), where vessels and nerves lie close to the surface."
        ).format(technique=_technique_name(str(values[0]), library))
    return Advice.tr(
        "Rolling in the lower third comes close to the hollow behind the knee (the hamstrings border it "
        "from above), where vessels and nerves lie close to the surface."
    )


def _technique_name(technique_id: str, library: Library) -> str:
    try:
        return library.technique(technique_id).name
    except KeyError:
        return technique_id
