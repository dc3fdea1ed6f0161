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


def test_rests_and_waits_are_steps_with_no_technique_muscles_or_leg(library: Library) -> None:
    from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen, Side, StepKind

    routine = Routine(
        "pauses",
        "Pauses",
        RoutineWhen.ANY,
        "",
        (
            RoutineStep.wait("Lie on your front."),
            RoutineStep("compression-massage", 60, Side.EACH),
            RoutineStep.rest(30),
        ),
    )
    plan = plan_session(routine, library)
    assert [(s.kind, s.leg, s.routine_step) for s in plan.steps] == [
        (StepKind.WAIT, Leg.BOTH, 0),
        (StepKind.TECHNIQUE, Leg.LEFT, 1),
        (StepKind.TECHNIQUE, Leg.RIGHT, 1),
        (StepKind.REST, Leg.BOTH, 2),
    ]
    wait, rest = plan.steps[0], plan.steps[3]
    assert wait.waits and wait.seconds == 0 and wait.instruction == "Lie on your front."
    assert rest.rests and rest.seconds == 30 and not rest.rolling
    for step in (wait, rest):
        assert step.technique_id == "" and step.target_muscles == () and step.direction is None
    assert plan.total_seconds == 60 + 60 + 30  # a wait counts no time
    assert routine.step_count == 4 and routine.total_seconds == 150 and routine.wait_count == 1
