"""Advice on a routine someone wrote: where a step leaves the dose the references describe, or
works too close to the hollow behind the knee.

These are warnings, never errors. The built-in routines keep to every rule here (and
``tests/unit/content/test_evidence.py`` holds them to it), but a physiotherapist's program may
differ on purpose, so a user's routine that breaks one still loads, plays and saves; the editor
and ``routines validate`` say which rule and why. Errors in the structure of a file (a missing
key, a wrong type, an unknown technique) are refused by the loader instead.

The bounds, from the references (keys as in ``shared/reference/anatomy-and-evidence.md``):

- [BEHM] the dose with the largest range-of-motion gain: 1-3 sets of 30-120 s, each roll in one
  direction taking 2-4 s. A step is one set.
- The source article: on a tender spot, hold still for 20-30 seconds. A still hold is held to
  this length only, not to a set's.
- [ABMP, MB20] the hollow behind the knee is an endangerment site: no rolling or deep pressure
  there. [WP-PF] the hamstrings form its upper borders, so the lower third of the thigh runs
  down to it: no still hold, rolling or deep pressure in the lower third, and a still hold
  names the upper or middle third.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from hamstring_desktop.content.models import Pressure, Routine, Side, StepKind, Technique, Zone

SET_SECONDS_MIN, SET_SECONDS_MAX = 30, 120
HOLD_SECONDS_MIN, HOLD_SECONDS_MAX = 20, 30
PASS_SECONDS_MIN, PASS_SECONDS_MAX = 2, 4
SETS_PER_LEG_MAX = 3
HOLD_ZONES = (Zone.UPPER, Zone.MIDDLE)


class AdviceKind(StrEnum):
    """Which rule a step leaves."""

    SET_SECONDS = "set-seconds"  # values: (seconds,)
    HOLD_SECONDS = "hold-seconds"  # values: (seconds,)
    PASS_SECONDS = "pass-seconds"  # values: (seconds per pass,)
    SETS_PER_LEG = "sets-per-leg"  # values: (set number, technique id, leg: left, right or each)
    HOLD_ZONE = "hold-zone"  # values: (zone,)
    DEEP_IN_LOWER_THIRD = "deep-in-lower-third"  # values: (technique id,)
    ROLLING_IN_LOWER_THIRD = "rolling-in-lower-third"  # values: ()


@dataclass(frozen=True)
class StepAdvice:
    """One rule one step leaves: ``step`` is its 0-based index, ``key`` the field to change."""

    step: int
    key: str
    kind: AdviceKind
    values: tuple[str | int, ...] = ()


def routine_advice(routine: Routine, techniques: Mapping[str, Technique]) -> list[StepAdvice]:
    """Every rule each technique step leaves, in step order (rests and waits have none).
    Steps naming an unknown technique are skipped: that is an error, not advice."""
    found: list[StepAdvice] = []
    sets: Counter[tuple[str, str]] = Counter()
    for index, step in enumerate(routine.steps):
        technique = techniques.get(step.technique)
        if step.kind is not StepKind.TECHNIQUE or technique is None:
            continue
        if step.hold:  # a still hold on a tender spot has its own length, not a set's
            if not HOLD_SECONDS_MIN <= step.seconds <= HOLD_SECONDS_MAX:
                found.append(StepAdvice(index, "seconds", AdviceKind.HOLD_SECONDS, (step.seconds,)))
        elif not SET_SECONDS_MIN <= step.seconds <= SET_SECONDS_MAX:
            found.append(StepAdvice(index, "seconds", AdviceKind.SET_SECONDS, (step.seconds,)))
        pace = step.pace_seconds or technique.pace_seconds
        rolling = pace is not None and not step.hold
        if rolling and pace is not None and not PASS_SECONDS_MIN <= pace <= PASS_SECONDS_MAX:
            found.append(StepAdvice(index, "pace_seconds", AdviceKind.PASS_SECONDS, (pace,)))
        if step.hold and step.zone not in HOLD_ZONES:
            found.append(StepAdvice(index, "zone", AdviceKind.HOLD_ZONE, (step.zone.value,)))
        elif step.zone is Zone.LOWER and technique.pressure is Pressure.DEEP:
            found.append(StepAdvice(index, "zone", AdviceKind.DEEP_IN_LOWER_THIRD, (technique.id,)))
        elif step.zone is Zone.LOWER and rolling:
            found.append(StepAdvice(index, "zone", AdviceKind.ROLLING_IN_LOWER_THIRD))
        legs = ("left", "right") if step.side in (Side.EACH, Side.BOTH) else (step.side.value,)
        over = []
        for leg in legs:
            sets[(leg, technique.id)] += 1
            if sets[(leg, technique.id)] > SETS_PER_LEG_MAX:
                over.append(leg)
        if over:
            leg = over[0] if len(over) == 1 else "each"
            values = (sets[(over[0], technique.id)], technique.id, leg)
            found.append(StepAdvice(index, "technique", AdviceKind.SETS_PER_LEG, values))
    return found
