"""What a session is and says: its states, how it ends, what a user can ask of it, and the events
the engine (:mod:`hamstring_desktop.session.engine`) answers with. Plain values, no behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hamstring_desktop.session.cues import ScheduledCue
from hamstring_desktop.session.plan import PlannedStep


class State(StrEnum):
    """Where the session is."""

    IDLE = "idle"
    GET_READY = "get-ready"
    RUNNING = "running"
    TRANSITION = "transition"
    WAITING = "waiting"  # a "wait for me" step: no countdown, until the user carries on
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED = "stopped"
    PAIN_STOPPED = "pain-stopped"


class Outcome(StrEnum):
    """How a session ended (``interrupted``: left open by a crash, set by the store)."""

    COMPLETED = "completed"
    STOPPED = "stopped"
    PAIN = "pain"
    INTERRUPTED = "interrupted"


class SessionAction(StrEnum):
    """Everything a user (a key, a button, a menu, a media key) can ask of a session."""

    TOGGLE = "toggle"  # start, pause or resume (Space, play/pause); carry on from a wait
    PLAY = "play"  # start or resume; carry on from a wait; nothing while running
    PAUSE = "pause"  # pause; nothing while paused
    NEXT = "next"
    BACK = "back"
    EXTEND = "extend"
    STOP = "stop"
    PAIN = "pain"


ACTIVE = frozenset({State.GET_READY, State.RUNNING, State.TRANSITION, State.WAITING, State.PAUSED})
FINAL = frozenset({State.COMPLETED, State.STOPPED, State.PAIN_STOPPED})
TIMED = frozenset({State.GET_READY, State.RUNNING, State.TRANSITION})
PAUSABLE = TIMED | {State.WAITING}


# --- events -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateChanged:
    """The session entered ``state``; ``reason`` says why when it was not the user (e.g. sleep).
    ``step`` is the step running, or the one coming next (get-ready, transition)."""

    state: State
    reason: str = ""
    step: PlannedStep | None = None


@dataclass(frozen=True)
class StepStarted:
    """A step began (or restarted); it ends at ``deadline`` (``None`` for a wait, which ends
    when the user carries on)."""

    step: PlannedStep
    deadline: float | None


@dataclass(frozen=True)
class StepEnded:
    """A step stopped running. ``completed`` is true when its full time ran out."""

    step: PlannedStep
    actual_seconds: float
    completed: bool


@dataclass(frozen=True)
class CueDue:
    """A cue's time has come. ``step`` is the step it belongs to (the next one in a transition)."""

    cue: ScheduledCue
    step: PlannedStep | None


@dataclass(frozen=True)
class SecondsChanged:
    """The whole seconds shown on the countdown changed."""

    seconds_left: int


@dataclass(frozen=True)
class Finished:
    """The session ended, with exactly one outcome."""

    outcome: Outcome
    active_seconds: float
    step: PlannedStep | None  # the step running (or next) when it ended


Event = StateChanged | StepStarted | StepEnded | CueDue | SecondsChanged | Finished


__all__ = [
    "ACTIVE",
    "FINAL",
    "PAUSABLE",
    "TIMED",
    "CueDue",
    "Event",
    "Finished",
    "Outcome",
    "SecondsChanged",
    "SessionAction",
    "State",
    "StateChanged",
    "StepEnded",
    "StepStarted",
]
