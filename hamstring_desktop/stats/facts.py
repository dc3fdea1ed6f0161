"""What the statistics need to know about one session, whatever store it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Rating:
    """A 0-10 tightness rating per leg; either may be missing."""

    left: int | None = None
    right: int | None = None

    @property
    def rated(self) -> bool:
        """Whether either leg was rated."""
        return self.left is not None or self.right is not None


@dataclass(frozen=True)
class LegSeconds:
    """Active seconds spent on each leg. A step on both legs at once counts for each of them."""

    left: float = 0.0
    right: float = 0.0


@dataclass(frozen=True)
class PainStop:
    """Where a session was stopped for pain."""

    step_number: int  # 1-based, as people count
    technique: str
    leg: str  # "left", "right" or "both"; empty for a rest or a wait
    zone: str  # empty for a rest or a wait


@dataclass(frozen=True)
class SessionFacts:
    """One session, as the statistics see it.

    The history keeps each step as it ends: ``steps_begun`` are the steps the session reached
    (done, skipped, or the one it stopped in; a step run again counts again), and
    ``planned_seconds_begun`` is the time the routine set for the technique steps among them.
    Since it keeps each session's plan as well, ``planned_steps`` and ``planned_seconds`` are
    the whole plan's steps and the time it set for its technique steps, also those a session
    stopped before; both are None for a session recorded before the plan was kept, which has
    only the steps it reached. ``steps_done`` counts the steps of the plan done in full, each
    once however often it ran. Rests and waits are steps, but neither active time nor time per
    leg (nor planned time here): they are no work on a leg.
    """

    started: datetime  # local time, with its offset
    routine_id: str
    routine_name: str
    outcome: str  # "completed", "stopped", "pain" or "interrupted"
    active_seconds: float
    legs: LegSeconds = field(default_factory=LegSeconds)
    steps_begun: int = 0
    completed_steps: int = 0
    planned_seconds_begun: float = 0.0
    before: Rating = field(default_factory=Rating)
    after: Rating = field(default_factory=Rating)
    pain: PainStop | None = None
    notes: str = ""
    planned_steps: int | None = None
    planned_seconds: float | None = None
    steps_done: int = 0

    @property
    def plan_known(self) -> bool:
        """Whether the session's plan was recorded (not for sessions from before it was kept)."""
        return self.planned_steps is not None

    @property
    def day(self) -> date:
        """The local date the session started on."""
        return self.started.date()
