"""What a session says: the events the engine (:mod:`hamstring_desktop.session.engine`) answers
with, beside its states, how it ends and what a user can ask of it (from ``states.py``). Plain
values, no behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass

from hamstring_desktop.session.cues import ScheduledCue
from hamstring_desktop.session.plan import PlannedStep
from hamstring_desktop.session.states import ACTIVE, FINAL, PAUSABLE, TIMED, Outcome, SessionAction, State

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
