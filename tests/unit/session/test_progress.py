"""The session as a display sees it, built from the engine's events alone."""

from __future__ import annotations

from hamstring_desktop.content import Library
from hamstring_desktop.session.engine import SessionAction, SessionEngine, State, Timing
from hamstring_desktop.session.plan import Leg, SessionPlan
from hamstring_desktop.session.progress import Change, SessionProgress

TIMING = Timing(get_ready=5, transition=4, switch_legs=6, back_grace=3, extend_by=15)


def follow(plan: SessionPlan) -> tuple[SessionEngine, SessionProgress]:
    return SessionEngine(plan, TIMING), SessionProgress(plan)


def test_get_ready_shows_the_first_step_as_coming_up(small_plan: SessionPlan) -> None:
    engine, progress = follow(small_plan)
    changed = progress.apply(engine.start(0.0) + engine.advance(0.0))
    assert Change.STATE in changed and progress.state is State.GET_READY
    assert progress.coming_up and progress.step.leg is Leg.LEFT and progress.step_index == 0
    assert progress.seconds_left == 5
    # 5 s of get-ready, then the whole routine: 30 + 30 + 20.
    assert progress.seconds_left_in_routine == 5 + 80


def test_before_the_clock_starts_the_first_step_shows_whole(small_plan: SessionPlan) -> None:
    """What the page shows before the first event: the first step with its full time, the ring
    full, the whole routine left; the get-ready lead-in then fills the ring again."""
    progress = SessionProgress.before_start(small_plan)
    assert progress.state is State.IDLE and progress.step_index == 0 and not progress.waiting
    assert progress.seconds_left == 30 and progress.phase_seconds == 30
    assert progress.seconds_left_in_routine == 80
    engine = SessionEngine(small_plan, TIMING)
    progress.apply(engine.start(0.0) + engine.advance(0.0))
    assert progress.seconds_left == 5 and progress.phase_seconds == 5
    assert progress.seconds_left_in_routine == 5 + 80


def test_running_step_counts_down_and_knows_what_is_next(small_plan: SessionPlan) -> None:
    engine, progress = follow(small_plan)
    progress.apply(engine.start(0.0))
    progress.apply(engine.advance(5.0))
    assert progress.state is State.RUNNING and not progress.coming_up
    assert progress.seconds_left == 30 and progress.phase_seconds == 30
    progress.apply(engine.advance(12.5))
    assert progress.seconds_left == 23
    assert progress.seconds_left_in_routine == 23 + 30 + 20
    assert progress.next_step is not None and progress.next_step.leg is Leg.RIGHT


def test_a_leg_switch_is_seen_as_one(small_plan: SessionPlan) -> None:
    engine, progress = follow(small_plan)
    progress.apply(engine.start(0.0))
    progress.apply(engine.advance(5.0))
    changed = progress.apply(engine.advance(35.0))  # the left leg's 30 s are over
    assert progress.state is State.TRANSITION and progress.leg_switch
    assert Change.STEP in changed and progress.step.leg is Leg.RIGHT and progress.coming_up
    assert progress.steps_done == 1


def test_pausing_keeps_the_ring_where_it_was(small_plan: SessionPlan) -> None:
    engine, progress = follow(small_plan)
    progress.apply(engine.start(0.0))
    progress.apply(engine.advance(5.0))
    progress.apply(engine.advance(15.0))
    progress.apply(engine.perform(SessionAction.PAUSE, 15.0))
    assert progress.state is State.PAUSED and progress.running_state is State.RUNNING
    progress.apply(engine.perform(SessionAction.PLAY, 100.0))
    progress.apply(engine.advance(101.0))
    # 30 s phase, 19 s left: the ring shows what is left of the whole step, not a full ring.
    assert progress.phase_seconds == 30 and progress.seconds_left == 19


def test_time_added_lengthens_the_ring_instead_of_filling_it(small_plan: SessionPlan) -> None:
    """+15 s with 5 s of a 30 s hold left: 20 s of 45 s, the ring a little under half full (it
    filled up whole, as if the hold had begun again). Added while paused, alike."""
    engine, progress = follow(small_plan)
    progress.apply(engine.start(0.0))
    progress.apply(engine.advance(5.0))
    progress.apply(engine.advance(30.0))  # 25 s into the 30 s hold
    assert (progress.seconds_left, progress.phase_seconds) == (5, 30)
    progress.apply(engine.perform(SessionAction.EXTEND, 30.0))
    assert (progress.seconds_left, progress.phase_seconds) == (20, 45)
    progress.apply(engine.advance(40.0))
    assert (progress.seconds_left, progress.phase_seconds) == (10, 45)
    progress.apply(engine.perform(SessionAction.PAUSE, 40.0))
    progress.apply(engine.perform(SessionAction.EXTEND, 41.0))
    assert (progress.seconds_left, progress.phase_seconds) == (25, 60)
    progress.apply(engine.perform(SessionAction.PLAY, 50.0))
    progress.apply(engine.advance(75.0))  # the hold is over: the next phase has its own length
    assert progress.state is State.TRANSITION and progress.phase_seconds == progress.seconds_left


def test_the_end_is_recorded_once(small_plan: SessionPlan) -> None:
    engine, progress = follow(small_plan)
    progress.apply(engine.start(0.0))
    changed = progress.apply(engine.perform(SessionAction.PAIN, 1.0))
    assert Change.FINISHED in changed
    assert progress.finished is not None and progress.finished.outcome.value == "pain"


def test_a_wait_shows_no_countdown_and_counts_only_the_steps_after_it(library: Library) -> None:
    from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen, Side
    from hamstring_desktop.session.plan import plan_session

    routine = Routine(
        "w",
        "W",
        RoutineWhen.ANY,
        "",
        (RoutineStep("knuckle-massage", 30, Side.BOTH), RoutineStep.wait(), RoutineStep.rest(20)),
    )
    engine, progress = follow(plan_session(routine, library))
    progress.apply(engine.start(0.0))
    progress.apply(engine.advance(5.0))
    progress.apply(engine.advance(20.0))
    assert progress.seconds_left == 15
    changed = progress.apply(engine.perform(SessionAction.NEXT, 20.0))  # skip ahead into the wait
    assert progress.state is State.WAITING and progress.waiting and not progress.coming_up
    assert Change.SECONDS in changed and progress.seconds_left == 0
    assert progress.step_index == 1 and progress.seconds_left_in_routine == 20
    progress.apply(engine.perform(SessionAction.PAUSE, 30.0))
    assert progress.state is State.PAUSED and progress.waiting  # a paused wait is still a wait
    progress.apply(engine.perform(SessionAction.TOGGLE, 40.0))
    assert progress.state is State.WAITING
    progress.apply(engine.perform(SessionAction.TOGGLE, 41.0))
    assert progress.state is State.GET_READY and progress.coming_up and progress.step_index == 2
