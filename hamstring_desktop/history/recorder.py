"""Writes what a session engine reports into the history store: its plan as it starts, then step
by step as they end.

Rests and "wait for me" steps are recorded like any step, with ``technique_id`` ``"rest"`` or
``"wait"`` (no technique id is either), side ``"both"`` and zone ``"full"``; a wait's planned
time is 0 and its actual time is how long the user took. They do not count as active time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from hamstring_desktop.content import StepKind
from hamstring_desktop.history.store import HistoryStore, PlanStep, StepRecord, Tightness
from hamstring_desktop.session.engine import Event, Finished, Outcome, StepEnded
from hamstring_desktop.session.plan import PlannedStep, SessionPlan


class SessionRecorder:
    """Records one session. ``wall_clock`` gives the current local time (injected for tests)."""

    def __init__(
        self,
        store: HistoryStore,
        plan: SessionPlan,
        wall_clock: Callable[[], datetime],
        before: Tightness | None = None,
    ) -> None:
        self._store = store
        self._clock = wall_clock
        self.session_id = store.begin_session(
            plan.routine_id, plan.routine_name, wall_clock(), before or Tightness(), plan_steps(plan)
        )
        self.finished = False

    def handle(self, events: Iterable[Event]) -> None:
        """Commit finished steps and the session's end as the engine reports them."""
        for event in events:
            if isinstance(event, StepEnded):
                step = event.step
                self._store.record_step(
                    self.session_id,
                    StepRecord(
                        position=step.index,
                        technique_id=_technique_id(step),
                        side=step.leg.value,
                        zone=step.zone.value,
                        planned_seconds=float(step.seconds),
                        actual_seconds=event.actual_seconds,
                        completed=event.completed,
                        ended_at=self._clock().isoformat(timespec="seconds"),
                    ),
                )
            elif isinstance(event, Finished):
                pain_step = event.step.index if event.outcome is Outcome.PAIN and event.step else None
                self._store.finish_session(
                    self.session_id, event.outcome.value, self._clock(), event.active_seconds, pain_step
                )
                self.finished = True


def _technique_id(step: PlannedStep) -> str:
    """What the history stores as a step's technique: no technique is called "rest" or "wait",
    so the id says which kind of pause it was."""
    return step.technique_id if step.kind is StepKind.TECHNIQUE else step.kind.value


def plan_steps(plan: SessionPlan) -> tuple[PlanStep, ...]:
    """A session's plan as the history keeps it: each step as it will be recorded when it ends."""
    return tuple(
        PlanStep(_technique_id(step), step.leg.value, step.zone.value, float(step.seconds), step.hold)
        for step in plan.steps
    )
