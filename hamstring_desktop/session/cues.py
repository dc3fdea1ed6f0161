"""What the user hears, and when: the cue kinds, their priority, and each phase's schedule.

Times are seconds relative to the start of a phase. The audio layer plays the cues; the
priority tells it what may interrupt what (a higher priority is never cut off by a lower one).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum

from hamstring_desktop.session.plan import PlannedStep


class CueKind(StrEnum):
    """Every distinct sound the session makes. Values name the WAV files in assets/sounds/."""

    GET_READY = "get-ready"
    STEP_START = "step-start"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    STEP_END = "step-end"
    SWITCH_LEGS = "switch-legs"
    SESSION_COMPLETE = "session-complete"
    PACING = "pacing"


class Priority(IntEnum):
    """Higher wins; a cue never interrupts one of higher priority."""

    PACING = 0
    MARKER = 1  # halfway, countdown ticks
    TRANSITION = 2  # get ready, step start and end, switch legs, session complete


PRIORITY = {
    CueKind.PACING: Priority.PACING,
    CueKind.HALFWAY: Priority.MARKER,
    CueKind.COUNTDOWN: Priority.MARKER,
    CueKind.GET_READY: Priority.TRANSITION,
    CueKind.STEP_START: Priority.TRANSITION,
    CueKind.STEP_END: Priority.TRANSITION,
    CueKind.SWITCH_LEGS: Priority.TRANSITION,
    CueKind.SESSION_COMPLETE: Priority.TRANSITION,
}

HALFWAY_MIN_SECONDS = 20  # shorter steps get no halfway beep
TEN_SECONDS_MIN_SECONDS = 30  # steps shorter than this get no "ten seconds left"
COUNTDOWN_TICKS = 3
PACING_CLEARANCE = 0.6  # no pacing tick this close to another cue


class PromptKind(StrEnum):
    """Spoken prompts, rendered into words by the UI layer (which owns translation)."""

    GET_READY = "get-ready"
    STEP = "step"  # step name and instruction
    SWITCH_LEGS = "switch-legs"
    TEN_SECONDS = "ten-seconds"
    NEXT = "next"  # what comes next, during a transition
    COMPLETE = "complete"


@dataclass(frozen=True, order=True)
class ScheduledCue:
    """A tone (``kind``) and/or a spoken prompt at ``offset`` seconds into a phase."""

    offset: float
    kind: CueKind | None = None
    prompt: PromptKind | None = None

    @property
    def priority(self) -> Priority:
        """Spoken prompts rank with transitions; tones by their kind."""
        if self.kind is None:
            return Priority.TRANSITION
        return PRIORITY[self.kind]


def step_schedule(step: PlannedStep, seconds: float, pace_seconds: float | None = None) -> list[ScheduledCue]:
    """Cues for a running step lasting ``seconds`` (which may exceed the plan after an extend).

    ``pace_seconds`` overrides the step's own rolling pace (the user's setting); pacing ticks
    are left out where they would crowd another cue.
    """
    cues = [ScheduledCue(0.0, CueKind.STEP_START, PromptKind.STEP)]
    if seconds >= HALFWAY_MIN_SECONDS:
        cues.append(ScheduledCue(seconds / 2, CueKind.HALFWAY))
    if seconds >= TEN_SECONDS_MIN_SECONDS:
        cues.append(ScheduledCue(seconds - 10, None, PromptKind.TEN_SECONDS))
    for before in range(COUNTDOWN_TICKS, 0, -1):
        if seconds - before > 0:
            cues.append(ScheduledCue(float(seconds - before), CueKind.COUNTDOWN))
    pace = pace_seconds if pace_seconds is not None else step.pace_seconds
    if step.rolling and pace:
        others = [c.offset for c in cues]
        tick = float(pace)
        while tick < seconds - COUNTDOWN_TICKS - PACING_CLEARANCE:
            if all(abs(tick - other) >= PACING_CLEARANCE for other in others):
                cues.append(ScheduledCue(tick, CueKind.PACING))
            tick += pace
    return sorted(cues, key=lambda cue: (cue.offset, -cue.priority))


def get_ready_schedule(seconds: float) -> list[ScheduledCue]:
    """Cues for the get-ready lead-in before the first step, ending in a 3-2-1 countdown."""
    cues = [ScheduledCue(0.0, CueKind.GET_READY, PromptKind.GET_READY)]
    for before in range(COUNTDOWN_TICKS, 0, -1):
        if seconds - before >= 1:
            cues.append(ScheduledCue(float(seconds - before), CueKind.COUNTDOWN))
    return cues


def transition_schedule(switch_legs: bool) -> list[ScheduledCue]:
    """Cues for the pause between two steps: the end tone, then a leg switch or "next"."""
    if switch_legs:
        return [
            ScheduledCue(0.0, CueKind.STEP_END),
            ScheduledCue(0.5, CueKind.SWITCH_LEGS, PromptKind.SWITCH_LEGS),
        ]
    return [ScheduledCue(0.0, CueKind.STEP_END, PromptKind.NEXT)]
