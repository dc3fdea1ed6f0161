"""Sessions from the store as the statistics see them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from hamstring_desktop.content import StepKind
from hamstring_desktop.history.plans import plan_progress
from hamstring_desktop.history.records import PAUSE_STEPS
from hamstring_desktop.history.store import SessionRecord
from hamstring_desktop.stats import LegSeconds, PainStop, Rating, SessionFacts
from hamstring_desktop.words.steps import kind_title


def pain_stop(
    step_number: int, technique_id: str, side: str, zone: str, technique_name: Callable[[str], str]
) -> PainStop:
    """Where a session was stopped for pain. A rest or a wait is named as such, with no leg and
    no zone (empty): nothing was being worked."""
    if technique_id in PAUSE_STEPS:  # recorded under its kind's value: "rest" or "wait"
        return PainStop(step_number, kind_title(StepKind(technique_id)), "", "")
    return PainStop(step_number, technique_name(technique_id), side, zone)


def session_facts(
    record: SessionRecord, technique_name: Callable[[str], str] = lambda technique_id: technique_id
) -> SessionFacts:
    """One stored session as facts: the steps it reached, and its plan where it was kept (see
    :class:`SessionFacts`)."""
    left = right = 0.0
    for step in record.steps:
        if step.technique_id in PAUSE_STEPS:
            continue
        if step.side in ("left", "both"):
            left += step.actual_seconds
        if step.side in ("right", "both"):
            right += step.actual_seconds
    pain = None
    if record.outcome == "pain" and record.pain_step is not None:
        stopped = next((s for s in record.steps if s.position == record.pain_step), None)
        if stopped is not None:
            pain = pain_stop(
                record.pain_step + 1, stopped.technique_id, stopped.side, stopped.zone, technique_name
            )
    progress = plan_progress(record.plan, record.steps)
    return SessionFacts(
        started=datetime.fromisoformat(record.started_at),
        routine_id=record.routine_id,
        routine_name=record.routine_name,
        outcome=record.outcome or "interrupted",
        active_seconds=record.active_seconds,
        legs=LegSeconds(left, right),
        steps_begun=len(record.steps),
        completed_steps=sum(1 for step in record.steps if step.completed),
        planned_seconds_begun=sum(
            s.planned_seconds for s in record.steps if s.technique_id not in PAUSE_STEPS
        ),
        before=Rating(record.tightness_before.left, record.tightness_before.right),
        after=Rating(record.tightness_after.left, record.tightness_after.right),
        pain=pain,
        notes=record.notes,
        planned_steps=progress.planned_steps,
        planned_seconds=progress.planned_seconds,
        steps_done=progress.completed,
    )


def all_facts(
    records: Iterable[SessionRecord], technique_name: Callable[[str], str] = lambda technique_id: technique_id
) -> list[SessionFacts]:
    """Every stored session as facts, oldest first."""
    return sorted((session_facts(r, technique_name) for r in records), key=lambda f: f.started)
