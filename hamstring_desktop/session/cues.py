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
    REST = "rest"
    WAIT = "wait"


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
    CueKind.REST: Priority.TRANSITION,
    CueKind.WAIT: Priority.TRANSITION,
}

HALFWAY_MIN_SECONDS = 20  # shorter steps get no halfway beep
TEN_SECONDS_MIN_SECONDS = 30  # steps shorter than this get no "ten seconds left"
COUNTDOWN_TICKS = 3
PACING_CLEARANCE = 0.6  # no pacing tick this close to another cue


class PromptKind(StrEnum):
    """Spoken prompts, rendered into words by the UI layer (which owns translation)."""

    GET_READY = "get-ready"
    STEP = "step"  # step name and instruction (a rest's length; a wait's "press when ready")
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


LEG_SWITCH_DELAY = 0.5  # a second tone after the step-end glide: switch legs, or wait


def step_schedule(step: PlannedStep, seconds: float, pace_seconds: float | None = None) -> list[ScheduledCue]:
    """Cues for a running step lasting ``seconds`` (which may exceed the plan after an extend).

    ``pace_seconds`` overrides the step's own rolling pace (the user's setting); pacing ticks
    are left out where they would crowd another cue. A rest starts with its own tone and has
    neither a halfway beep nor pacing ticks.
    """
    start = CueKind.REST if step.rests else CueKind.STEP_START
    cues = [ScheduledCue(0.0, start, PromptKind.STEP)]
    if seconds >= HALFWAY_MIN_SECONDS and not step.rests:
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
            ScheduledCue(LEG_SWITCH_DELAY, CueKind.SWITCH_LEGS, PromptKind.SWITCH_LEGS),
        ]
    return [ScheduledCue(0.0, CueKind.STEP_END, PromptKind.NEXT)]


def wait_schedule(after_step: bool) -> list[ScheduledCue]:
    """Cues as a "wait for me" step begins: the end tone of the step before (if one just ran
    out), then the wait tone and the prompt to press when ready. Nothing more until the press."""
    if after_step:
        return [
            ScheduledCue(0.0, CueKind.STEP_END),
            ScheduledCue(LEG_SWITCH_DELAY, CueKind.WAIT, PromptKind.STEP),
        ]
    return [ScheduledCue(0.0, CueKind.WAIT, PromptKind.STEP)]
