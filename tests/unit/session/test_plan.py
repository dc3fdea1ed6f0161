"""Routines become timed steps; "each" becomes left then right."""

from __future__ import annotations

from hamstring_desktop.content import Library
from hamstring_desktop.session.plan import Leg, SessionPlan, plan_session


def test_each_splits_into_left_then_right(small_plan: SessionPlan) -> None:
    assert [(s.technique_id, s.leg) for s in small_plan.steps] == [
        ("foam-rolling", Leg.LEFT),
        ("foam-rolling", Leg.RIGHT),
        ("knuckle-massage", Leg.BOTH),
    ]
    assert small_plan.is_leg_switch(1) and not small_plan.is_leg_switch(2)
    assert small_plan.total_seconds == 80


def test_builtin_post_workout_plan(library: Library) -> None:
    plan = plan_session(library.routine("post-workout"), library)
    assert len(plan.steps) == 10  # five steps, each on the left leg then the right
    assert plan.total_seconds == library.routine("post-workout").total_seconds
    holds = [s for s in plan.steps if s.hold]
    assert holds and not any(s.rolling for s in holds)
    assert plan.steps[0].rolling and plan.steps[0].pace_seconds == 3
    assert plan.steps[0].instruction.startswith("Roll slowly")


def test_the_safety_check_comes_first_until_acknowledged_and_always_while_injured() -> None:
    from hamstring_desktop.session.safety import safety_check_needed

    assert safety_check_needed(acknowledged=False, injured=False)
    assert not safety_check_needed(acknowledged=True, injured=False)
    assert safety_check_needed(acknowledged=True, injured=True)
    assert not safety_check_needed(acknowledged=False, injured=True, skipped_for_this_run=True)


def test_a_tightness_rating_is_0_to_10() -> None:
    import pytest

    from hamstring_desktop.session.checkin import Tightness

    assert Tightness(0, 10).as_dict() == {"left": 0, "right": 10}
    assert Tightness().as_dict() is None
    with pytest.raises(ValueError, match="0-10"):
        Tightness(11, None)
