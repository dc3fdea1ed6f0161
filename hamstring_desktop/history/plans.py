"""A session's plan as the history keeps it: the routine's steps, in order, as they were when the
session started (a routine edited or deleted later does not change it), and how much of it a
session got through.

Sessions recorded before the history kept plans (schema 3 and older, and files exported then)
have none: for them everything here says so (``None``), and what is shown falls back to the
steps the session reached ("begun").

A plan is stored in the session's row as JSON text, in the same shape as the JSON export has it
(``{"steps": [...]}``), with its number of steps and its technique time beside it in columns of
their own, so that listing and exporting sessions never decode it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hamstring_desktop.history.records import PAUSE_STEPS, PlanStep, StepRecord

SIDES = ("left", "right", "both")


def plan_json(plan: Sequence[PlanStep] | None) -> dict[str, Any] | None:
    """A plan as the JSON format has it (``$defs/plan``): null when the plan is not known."""
    if plan is None:
        return None
    return {
        "steps": [
            {
                "technique_id": step.technique_id,
                "side": step.side,
                "zone": step.zone,
                "planned_seconds": step.planned_seconds,
                "hold": step.hold,
            }
            for step in plan
        ]
    }


def plan_from_json(value: Any) -> tuple[PlanStep, ...] | None:
    """A plan from its JSON form (already checked against the schema), or None for null."""
    if value is None:
        return None
    return tuple(
        PlanStep(
            sys.intern(str(step["technique_id"])),
            sys.intern(str(step["side"])),
            sys.intern(str(step["zone"])),
            float(step["planned_seconds"]),
            bool(step["hold"]),
        )
        for step in value["steps"]
    )


def plan_text(plan: Sequence[PlanStep] | None) -> str | None:
    """A plan as it is stored (compact JSON text), or None."""
    value = plan_json(plan)
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def plan_from_text(text: object) -> tuple[PlanStep, ...] | None:
    """A stored plan, or None when there is none, or when what is stored is not a plan (a row
    salvaged from a damaged file): a plan that cannot be read is treated as not known, never
    guessed at. The same text gives the same object (most sessions of a routine share their
    plan), so that reading many sessions decodes each plan once."""
    if not isinstance(text, str):
        return None
    return _decoded(text)


@lru_cache(maxsize=512)
def _decoded(text: str) -> tuple[PlanStep, ...] | None:
    try:
        value = json.loads(text)
        steps = value["steps"]
        if not isinstance(steps, list):
            return None
        plan = []
        for step in steps:
            seconds = step["planned_seconds"]
            if (
                not isinstance(step["technique_id"], str)
                or step["side"] not in SIDES
                or not isinstance(step["zone"], str)
                or isinstance(seconds, bool)
                or not isinstance(seconds, int | float)
                or not 0 <= seconds <= 10_000_000
                or not isinstance(step["hold"], bool)
            ):
                return None
            plan.append(
                PlanStep(step["technique_id"], step["side"], step["zone"], float(seconds), step["hold"])
            )
    except (ValueError, TypeError, KeyError):
        return None
    return tuple(plan)


def plan_totals(plan: Sequence[PlanStep] | None) -> tuple[int | None, float | None]:
    """The plan's number of steps and the seconds it set for its technique steps (rests and
    waits are no work on a leg, as in a session's active time); (None, None) when not known."""
    if plan is None:
        return None, None
    return len(plan), float(sum(s.planned_seconds for s in plan if s.technique_id not in PAUSE_STEPS))


@dataclass(frozen=True)
class PlanProgress:
    """How far a session got through its plan.

    ``completed``: the steps of the plan done in full (a step restarted or gone back to counts
    once); ``furthest``: the step (from 1, as people count) furthest into the plan that the
    session reached, 0 for none; ``planned_steps`` and ``planned_seconds``: the plan's steps and
    the time it set for its technique steps, None when the session's plan is not known (then
    ``begun`` is all there is: the steps the session reached, each time it ran one)."""

    planned_steps: int | None
    planned_seconds: float | None
    completed: int
    begun: int
    furthest: int

    @property
    def plan_known(self) -> bool:
        """Whether the session's plan was recorded."""
        return self.planned_steps is not None


def plan_progress(plan: Sequence[PlanStep] | None, steps: Iterable[StepRecord]) -> PlanProgress:
    """How far a session with these recorded ``steps`` got through ``plan``."""
    recorded = list(steps)
    count, seconds = plan_totals(plan)
    return PlanProgress(
        planned_steps=count,
        planned_seconds=seconds,
        completed=len({step.position for step in recorded if step.completed}),
        begun=len(recorded),
        furthest=max((step.position + 1 for step in recorded), default=0),
    )
