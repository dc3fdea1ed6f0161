"""Session fixtures: plans built from the real content, and a tiny hand-made routine."""

from __future__ import annotations

import pytest

from hamstring_desktop.content import Library, Routine, RoutineStep, RoutineWhen, Side
from hamstring_desktop.session.plan import SessionPlan, plan_session


@pytest.fixture(scope="session")
def small_plan(library: Library) -> SessionPlan:
    """Foam rolling 30 s on each leg (left, switch, right), then knuckle massage 20 s on both."""
    routine = Routine(
        id="small",
        name="Small",
        when=RoutineWhen.ANY,
        description="",
        steps=(
            RoutineStep("foam-rolling", 30, Side.EACH, pace_seconds=3),
            RoutineStep("knuckle-massage", 20, Side.BOTH),
        ),
    )
    return plan_session(routine, library)
