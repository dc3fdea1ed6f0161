"""The session state machine on a fake clock: every transition, cue timing and the end outcomes."""

from __future__ import annotations

import pytest

from hamstring_desktop.session.cues import CueKind, PromptKind
from hamstring_desktop.session.engine import (
    CueDue,
    Event,
    Finished,
    Outcome,
    SecondsChanged,
    SessionAction,
    SessionEngine,
    State,
    StateChanged,
    StepEnded,
    StepStarted,
    Timing,
)
from hamstring_desktop.session.plan import Leg, SessionPlan

TIMING = Timing(get_ready=5, transition=4, switch_legs=6, back_grace=3, extend_by=15)


def started(plan: SessionPlan, at: float = 100.0) -> SessionEngine:
    engine = SessionEngine(plan, TIMING)
    engine.start(at)
    return engine


def run_until(engine: SessionEngine, end: float) -> list[Event]:
    """Drive the engine the way the Qt adapter does: wake exactly at each next_wakeup."""
    events: list[Event] = []
    while (wake := engine.next_wakeup()) is not None and wake <= end:
        events += engine.advance(wake)
    events += engine.advance(end)
    return events


def states(events: list[Event]) -> list[State]:
    return [e.state for e in events if isinstance(e, StateChanged)]


def test_idle_until_started(small_plan: SessionPlan) -> None:
    engine = SessionEngine(small_plan, TIMING)
    assert engine.state is State.IDLE
    assert engine.next_wakeup() is None
    assert engine.advance(1e6) == []


@pytest.mark.parametrize(
    ("action", "state", "outcome"),
    [("stop", State.STOPPED, Outcome.STOPPED), ("pain", State.PAIN_STOPPED, Outcome.PAIN)],
)
def test_a_session_can_end_before_its_clock_starts(
    small_plan: SessionPlan, action: str, state: State, outcome: Outcome
) -> None:
    """The app opens a session, then starts its clock once the sound is ready: closing the app
    or pressing stop in between still ends it with an outcome."""
    engine = SessionEngine(small_plan, TIMING)
    events = getattr(engine, action)(5.0)
    assert states(events) == [state]
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1 and finished[0].outcome is outcome and finished[0].active_seconds == 0
    assert engine.state is state and engine.next_wakeup() is None


def test_full_run_visits_every_state_in_order(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 100.0)
    assert engine.state is State.GET_READY and engine.deadline == 105.0
    events = run_until(engine, 1000.0)
    assert states(events) == [
        State.RUNNING,  # left leg
        State.TRANSITION,  # switch legs
        State.RUNNING,  # right leg
        State.TRANSITION,
        State.RUNNING,  # both legs
        State.COMPLETED,
    ]
    starts = [(e.step.leg, e.deadline) for e in events if isinstance(e, StepStarted)]
    # 5 s get ready; 30 s left; 6 s switch; 30 s right; 4 s transition; 20 s both.
    assert starts == [(Leg.LEFT, 135.0), (Leg.RIGHT, 171.0), (Leg.BOTH, 195.0)]
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1 and finished[0].outcome is Outcome.COMPLETED
    assert finished[0].active_seconds == pytest.approx(80.0)
    assert all(e.completed for e in events if isinstance(e, StepEnded))
    assert engine.next_wakeup() is None


def test_countdown_reaches_zero_exactly_at_the_deadline(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 5.0)
    assert engine.state is State.RUNNING and engine.deadline == 35.0
    seen: list[tuple[float, int]] = []
    while (wake := engine.next_wakeup()) is not None and wake <= 35.0:
        for event in engine.advance(wake):
            if isinstance(event, SecondsChanged) and engine.index == 0 and engine.state is State.RUNNING:
                seen.append((wake, event.seconds_left))
    # The shown second drops exactly on whole-second boundaries from 30 down to 1.
    assert seen[0] == (6.0, 29)
    assert seen[-1] == (34.0, 1)
    assert [s for _, s in seen] == list(range(29, 0, -1))
    assert engine.state is State.TRANSITION  # at 35.0 the step ended


def test_remaining_is_deadline_minus_now_without_drift(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 1000.0)
    engine.advance(1005.0)
    # Irregular, late wake-ups (a busy machine) never change the deadline.
    for now in (1005.37, 1011.9, 1019.004, 1026.5):
        engine.advance(now)
        assert engine.remaining(now) == pytest.approx(1035.0 - now)


def test_step_cues_in_order(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    heard: list[tuple[float, str]] = []
    while (wake := engine.next_wakeup()) is not None and wake < 36.0:
        for event in engine.advance(wake):
            if isinstance(event, CueDue):
                name = event.cue.kind.value if event.cue.kind else event.cue.prompt.value  # type: ignore[union-attr]
                heard.append((wake, name))
    assert heard[0] == (0.0, "get-ready")
    assert (2.0, "countdown") in heard and (4.0, "countdown") in heard
    assert (5.0, "step-start") in heard
    assert (20.0, "halfway") in heard  # 30 s step: halfway at 15 s
    assert (25.0, "ten-seconds") in heard
    assert [t for t, n in heard if n == "countdown" and t > 5] == [32.0, 33.0, 34.0]
    pacing = [t for t, n in heard if n == "pacing"]
    assert pacing and all(round((t - 5.0) % 3, 6) == 0 for t in pacing)
    assert (35.0, "step-end") in heard


def test_switch_legs_cue_between_left_and_right(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    events = run_until(engine, 41.0)
    prompts = [e.cue.prompt for e in events if isinstance(e, CueDue) and e.cue.prompt]
    kinds = [e.cue.kind for e in events if isinstance(e, CueDue) and e.cue.kind]
    assert PromptKind.SWITCH_LEGS in prompts and CueKind.SWITCH_LEGS in kinds
    assert engine.state is State.RUNNING and engine.step.leg is Leg.RIGHT


def test_pause_and_resume_keep_the_remaining_time(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 15.0)  # 10 s into the left leg
    assert states(engine.pause(15.0)) == [State.PAUSED]
    assert engine.next_wakeup() is None
    assert engine.remaining(500.0) == pytest.approx(20.0)
    assert states(engine.resume(500.0)) == [State.RUNNING]
    assert engine.deadline == pytest.approx(520.0)
    events = run_until(engine, 520.0)
    ended = [e for e in events if isinstance(e, StepEnded)]
    assert ended[0].actual_seconds == pytest.approx(30.0) and ended[0].completed


def test_pause_in_the_past_loses_no_time(small_plan: SessionPlan) -> None:
    """The adapter pauses at the missed wake-up time after a sleep: nothing is skipped."""
    engine = started(small_plan, 0.0)
    run_until(engine, 10.0)
    engine.pause(10.0, reason="sleep")
    assert engine.remaining(5000.0) == pytest.approx(25.0)
    assert engine.step.leg is Leg.LEFT


def test_toggle_starts_pauses_and_resumes(small_plan: SessionPlan) -> None:
    engine = SessionEngine(small_plan, TIMING)
    assert states(engine.toggle(0.0)) == [State.GET_READY]
    assert states(engine.toggle(1.0)) == [State.PAUSED]
    assert states(engine.toggle(2.0)) == [State.GET_READY]


def test_next_skips_the_step_and_records_it_incomplete(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 10.0)
    events = engine.next(10.0)
    ended = [e for e in events if isinstance(e, StepEnded)]
    assert ended[0].actual_seconds == pytest.approx(5.0) and not ended[0].completed
    assert engine.state is State.TRANSITION
    engine.next(11.0)
    assert engine.state is State.RUNNING and engine.step.leg is Leg.RIGHT


def test_next_on_the_last_step_completes(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 80.0)
    assert engine.index == 2 and engine.state is State.RUNNING
    events = engine.next(80.0)
    assert [e.outcome for e in events if isinstance(e, Finished)] == [Outcome.COMPLETED]


def test_back_restarts_the_step_or_goes_back_early_on(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 51.0)  # right leg started at 41
    engine.back(51.0)
    assert engine.step.leg is Leg.RIGHT and engine.deadline == pytest.approx(81.0)
    engine.back(52.0)  # within 3 s of the restart: previous step (left leg)
    assert engine.step.leg is Leg.LEFT and engine.state is State.RUNNING


def test_back_during_a_transition_repeats_the_step_just_done(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 37.0)
    assert engine.state is State.TRANSITION
    engine.back(37.0)
    assert engine.state is State.RUNNING and engine.step.leg is Leg.LEFT


def test_extend_adds_fifteen_seconds_and_moves_the_countdown(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 30.0)  # 5 s left on the left leg
    engine.extend(30.0)
    assert engine.remaining(30.0) == pytest.approx(20.0)
    ticks = []
    while (wake := engine.next_wakeup()) is not None and wake <= 50.0:
        ticks += [
            wake for e in engine.advance(wake) if isinstance(e, CueDue) and e.cue.kind is CueKind.COUNTDOWN
        ]
    assert ticks == [47.0, 48.0, 49.0]


def test_extend_while_paused(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 30.0)
    engine.pause(30.0)
    engine.extend(31.0)
    assert engine.remaining(40.0) == pytest.approx(20.0)
    engine.resume(100.0)
    ticks = []
    while (wake := engine.next_wakeup()) is not None and wake <= 120.0:
        ticks += [
            wake for e in engine.advance(wake) if isinstance(e, CueDue) and e.cue.kind is CueKind.COUNTDOWN
        ]
    assert ticks == [117.0, 118.0, 119.0]


@pytest.mark.parametrize("when", [2.0, 20.0, 37.0])
def test_pain_stops_at_once_from_any_active_state(small_plan: SessionPlan, when: float) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, when)
    events = engine.pain(when)
    assert engine.state is State.PAIN_STOPPED
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1 and finished[0].outcome is Outcome.PAIN
    assert finished[0].step is not None
    assert engine.next_wakeup() is None
    assert engine.pain(when + 1) == [] and engine.stop(when + 1) == []


def test_pain_while_paused_records_the_time_run(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 12.0)
    engine.pause(12.0)
    events = engine.pain(400.0)
    ended = [e for e in events if isinstance(e, StepEnded)]
    assert ended[0].actual_seconds == pytest.approx(7.0)
    assert engine.outcome is Outcome.PAIN


def test_stop(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    run_until(engine, 20.0)
    events = engine.stop(20.0)
    assert [e.outcome for e in events if isinstance(e, Finished)] == [Outcome.STOPPED]
    assert engine.active_seconds == pytest.approx(15.0)


def test_start_twice_is_a_programming_error(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    with pytest.raises(RuntimeError):
        engine.start(1.0)


def test_next_tone_time_looks_past_silent_prompts_to_the_phase_end(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    assert engine.next_tone_time() == 0.0  # the get-ready beeps
    run_until(engine, 4.5)
    assert engine.next_tone_time() == 5.0  # the step-start tone at the end of get-ready
    run_until(engine, 34.5)  # just before the left leg ends
    assert engine.next_tone_time() == 35.0
    engine.pause(34.5)
    assert engine.next_tone_time() is None


def test_perform_maps_every_action_to_what_it_says(small_plan: SessionPlan) -> None:
    engine = SessionEngine(small_plan, TIMING)
    assert states(engine.perform(SessionAction.PLAY, 0.0)) == [State.GET_READY]  # play starts
    assert engine.perform(SessionAction.PLAY, 1.0) == []  # already playing: nothing
    assert states(engine.perform(SessionAction.PAUSE, 2.0)) == [State.PAUSED]
    assert engine.perform(SessionAction.PAUSE, 3.0) == []  # already paused: nothing
    assert states(engine.perform(SessionAction.PLAY, 4.0)) == [State.GET_READY]  # play resumes
    assert states(engine.perform(SessionAction.NEXT, 5.0)) == [State.RUNNING]
    engine.perform(SessionAction.EXTEND, 6.0)
    assert engine.deadline == 5.0 + 30 + 15
    assert states(engine.perform(SessionAction.TOGGLE, 7.0)) == [State.PAUSED]
    assert states(engine.perform(SessionAction.TOGGLE, 8.0)) == [State.RUNNING]
    restarted = engine.perform(SessionAction.BACK, 20.0)
    assert [e.step.leg for e in restarted if isinstance(e, StepStarted)] == [Leg.LEFT]
    assert engine.deadline == 20.0 + 30
    [end] = [e for e in engine.perform(SessionAction.PAIN, 21.0) if isinstance(e, Finished)]
    assert end.outcome is Outcome.PAIN
    assert engine.perform(SessionAction.STOP, 22.0) == []  # already over: nothing


def test_stop_through_perform(small_plan: SessionPlan) -> None:
    engine = started(small_plan, 0.0)
    [end] = [e for e in engine.perform(SessionAction.STOP, 1.0) if isinstance(e, Finished)]
    assert end.outcome is Outcome.STOPPED and engine.state is State.STOPPED
