"""Rest and "wait for me" steps in the session engine, on a fake clock.

A rest runs like a step with its own tone; a wait has no deadline at all until the user carries
on, and pause, stop and pain work from inside it.
"""

from __future__ import annotations

import pytest

from hamstring_desktop.content import Library, Routine, RoutineStep, RoutineWhen, Side
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
from hamstring_desktop.session.plan import Leg, SessionPlan, plan_session
from tests.helpers.stubs import FakeClock

TIMING = Timing(get_ready=5, transition=4, switch_legs=6, back_grace=3, extend_by=15)
WAIT_FIRST, FOAM_LEFT, FOAM_RIGHT, REST, WAIT_AGAIN, KNUCKLES = range(6)


@pytest.fixture(scope="module")
def plan(library: Library) -> SessionPlan:
    """Wait (get into position), foam rolling 30 s each leg, a 20 s rest, wait again, knuckle
    massage 20 s on both legs."""
    routine = Routine(
        "with-pauses",
        "With pauses",
        RoutineWhen.ANY,
        "",
        (
            RoutineStep.wait("Sit on the floor with the roller under your thighs."),
            RoutineStep("foam-rolling", 30, Side.EACH, pace_seconds=3),
            RoutineStep.rest(20, "Shake out your legs."),
            RoutineStep.wait(),
            RoutineStep("knuckle-massage", 20, Side.BOTH),
        ),
    )
    return plan_session(routine, library)


class Session:
    """An engine driven the way the Qt runner drives it, on a fake clock."""

    def __init__(self, plan: SessionPlan) -> None:
        self.clock = FakeClock(100.0)
        self.engine = SessionEngine(plan, TIMING)
        self.events: list[Event] = []

    def act(self, action: SessionAction) -> list[Event]:
        events = self.engine.perform(action, self.clock())
        self.events += events
        return events

    def run_for(self, seconds: float) -> list[Event]:
        """Let time pass, waking exactly when the engine asks to."""
        end = self.clock() + seconds
        events: list[Event] = []
        while (wake := self.engine.next_wakeup()) is not None and wake <= end:
            self.clock.now = max(self.clock(), wake)
            events += self.engine.advance(self.clock())
        self.clock.now = end
        events += self.engine.advance(end)
        self.events += events
        return events

    def run_until(self, state: State, limit: float = 1000.0) -> None:
        end = self.clock() + limit
        while self.engine.state is not state:
            wake = self.engine.next_wakeup()
            assert wake is not None and wake <= end, f"stuck in {self.engine.state}"
            self.run_for(wake - self.clock())


def cues(events: list[Event]) -> list[tuple[CueKind | None, PromptKind | None]]:
    return [(e.cue.kind, e.cue.prompt) for e in events if isinstance(e, CueDue)]


def states(events: list[Event]) -> list[State]:
    return [e.state for e in events if isinstance(e, StateChanged)]


def ended(events: list[Event]) -> list[StepEnded]:
    return [e for e in events if isinstance(e, StepEnded)]


def test_a_routine_that_opens_with_a_wait_waits_at_once_with_no_deadline(plan: SessionPlan) -> None:
    session = Session(plan)
    events = session.act(SessionAction.TOGGLE)
    assert states(events) == [State.WAITING]  # the wait is its own lead-in: no get-ready first
    assert session.engine.deadline is None and session.engine.remaining(session.clock()) == 0
    started = [e for e in events if isinstance(e, StepStarted)]
    assert [(e.step.index, e.deadline) for e in started] == [(WAIT_FIRST, None)]
    # The wait's tone and prompt sound, and then nothing is due until the press.
    assert session.engine.next_wakeup() == session.clock()
    assert cues(session.run_for(0)) == [(CueKind.WAIT, PromptKind.STEP)]
    assert session.engine.next_wakeup() is None
    assert session.engine.next_tone_time() is None
    later = session.run_for(3600.0)  # an hour: nothing happens, no countdown
    assert later == [] and session.engine.state is State.WAITING
    assert not any(isinstance(e, SecondsChanged) for e in session.events)


@pytest.mark.parametrize("action", [SessionAction.TOGGLE, SessionAction.NEXT, SessionAction.PLAY])
def test_space_next_or_play_carries_on_into_a_get_ready_for_the_next_step(
    plan: SessionPlan, action: SessionAction
) -> None:
    session = Session(plan)
    session.act(SessionAction.TOGGLE)
    session.run_for(42.0)
    events = session.act(action)
    assert states(events) == [State.GET_READY]
    [wait] = ended(events)
    assert wait.step.index == WAIT_FIRST and wait.completed and wait.actual_seconds == pytest.approx(42.0)
    assert session.engine.index == FOAM_LEFT and session.engine.deadline == session.clock() + 5
    # The lead-in says what is next and counts down 3-2-1, as at the start of a session.
    lead_in = session.run_for(5.0)
    assert cues(lead_in)[:4] == [
        (CueKind.GET_READY, PromptKind.GET_READY),
        (CueKind.COUNTDOWN, None),
        (CueKind.COUNTDOWN, None),
        (CueKind.COUNTDOWN, None),
    ]
    assert session.engine.state is State.RUNNING and session.engine.step.leg is Leg.LEFT


def test_the_whole_routine_rests_waits_and_counts_only_massage_as_active_time(plan: SessionPlan) -> None:
    session = Session(plan)
    session.act(SessionAction.TOGGLE)
    session.run_for(10.0)
    session.act(SessionAction.TOGGLE)
    session.run_until(State.WAITING)  # left, switch legs, right, next, the rest, then the wait
    assert session.engine.index == WAIT_AGAIN
    timeline = states(session.events)
    assert timeline == [
        State.WAITING,
        State.GET_READY,
        State.RUNNING,  # foam rolling, left
        State.TRANSITION,  # switch legs
        State.RUNNING,  # foam rolling, right
        State.TRANSITION,  # next: the rest
        State.RUNNING,  # the rest
        State.WAITING,  # straight from the rest: no transition before a wait
    ]
    starts = [i for i, e in enumerate(session.events) if isinstance(e, StepStarted) and e.step.index == REST]
    ends = [i for i, e in enumerate(session.events) if isinstance(e, StepEnded) and e.step.index == REST]
    rest_events = session.events[starts[0] : ends[0]]
    assert isinstance(session.events[starts[0]], StepStarted)
    assert session.events[starts[0]].deadline is not None  # a rest is timed
    rest_cues = [e.cue for e in rest_events if isinstance(e, CueDue)]
    kinds = [cue.kind for cue in rest_cues]
    # Its own tone, the 3-2-1 ticks, no halfway beep or pacing tick; then the wait opens with
    # the rest's end tone and the wait's own tone half a second later.
    assert kinds[0] is CueKind.REST and rest_cues[0].prompt is PromptKind.STEP
    assert CueKind.HALFWAY not in kinds and CueKind.PACING not in kinds
    assert kinds.count(CueKind.COUNTDOWN) == 3
    session.run_for(1.0)
    wait_cues = [e.cue for e in session.events if isinstance(e, CueDue) and e.step is not None][-2:]
    assert [(c.kind, c.offset) for c in wait_cues] == [(CueKind.STEP_END, 0.0), (CueKind.WAIT, 0.5)]
    assert session.engine.next_wakeup() is None
    session.run_for(599.0)
    assert session.engine.state is State.WAITING
    session.act(SessionAction.NEXT)
    session.run_until(State.COMPLETED)
    [finished] = [e for e in session.events if isinstance(e, Finished)]
    assert finished.outcome is Outcome.COMPLETED
    # 30 s per leg of rolling and 20 s of knuckle massage; the rest and the waits are not active.
    assert finished.active_seconds == pytest.approx(80.0)
    by_step = {e.step.index: e for e in ended(session.events)}
    assert by_step[REST].actual_seconds == pytest.approx(20.0) and by_step[REST].completed
    assert by_step[WAIT_AGAIN].actual_seconds == pytest.approx(600.0) and by_step[WAIT_AGAIN].completed


def test_pause_inside_a_wait_freezes_it_and_resume_goes_back_to_waiting(plan: SessionPlan) -> None:
    session = Session(plan)
    session.act(SessionAction.TOGGLE)
    session.run_for(5.0)
    events = session.act(SessionAction.PAUSE)
    assert states(events) == [State.PAUSED] and session.engine.next_wakeup() is None
    session.run_for(100.0)
    assert session.engine.state is State.PAUSED
    assert session.act(SessionAction.EXTEND) == []  # nothing to add to a wait
    assert states(session.act(SessionAction.TOGGLE)) == [State.WAITING]  # Space resumes first
    assert session.engine.deadline is None and session.engine.next_wakeup() is None
    session.run_for(7.0)
    [wait] = ended(session.act(SessionAction.TOGGLE))
    assert wait.actual_seconds == pytest.approx(12.0), "the pause is not waiting time"


def test_next_while_a_wait_is_paused_carries_on(plan: SessionPlan) -> None:
    session = Session(plan)
    session.act(SessionAction.TOGGLE)
    session.act(SessionAction.PAUSE)
    events = session.act(SessionAction.NEXT)
    assert states(events) == [State.WAITING, State.GET_READY]


@pytest.mark.parametrize(
    ("action", "state", "outcome"),
    [
        (SessionAction.STOP, State.STOPPED, Outcome.STOPPED),
        (SessionAction.PAIN, State.PAIN_STOPPED, Outcome.PAIN),
    ],
)
@pytest.mark.parametrize("paused", [False, True])
def test_stop_and_pain_end_the_session_from_inside_a_wait(
    plan: SessionPlan, action: SessionAction, state: State, outcome: Outcome, paused: bool
) -> None:
    session = Session(plan)
    session.act(SessionAction.TOGGLE)
    session.run_for(2.0)
    session.act(SessionAction.TOGGLE)
    session.run_until(State.WAITING)  # the second wait, after the rest
    session.run_for(4.0)
    if paused:
        session.act(SessionAction.PAUSE)
        session.run_for(30.0)
    events = session.act(action)
    assert states(events) == [state]
    [wait] = ended(events)
    assert wait.step.index == WAIT_AGAIN and not wait.completed
    assert wait.actual_seconds == pytest.approx(4.0)
    [finished] = [e for e in events if isinstance(e, Finished)]
    assert finished.outcome is outcome and finished.step is not None and finished.step.index == WAIT_AGAIN
    assert finished.active_seconds == pytest.approx(60.0)  # both legs of rolling
    assert session.engine.next_wakeup() is None and session.engine.state is state


def test_back_from_a_wait_replays_the_step_before_and_back_in_its_get_ready_returns_to_it(
    plan: SessionPlan,
) -> None:
    session = Session(plan)
    session.act(SessionAction.TOGGLE)
    session.act(SessionAction.TOGGLE)
    session.run_until(State.WAITING)
    assert session.engine.index == WAIT_AGAIN
    events = session.act(SessionAction.BACK)
    assert states(events) == [State.RUNNING] and session.engine.index == REST
    session.run_until(State.WAITING)
    session.act(SessionAction.NEXT)
    assert session.engine.state is State.GET_READY and session.engine.index == KNUCKLES
    assert states(session.act(SessionAction.BACK)) == [State.WAITING]
    assert session.engine.index == WAIT_AGAIN
    # At the very first step a wait has nothing before it: back just waits again.
    first = Session(plan)
    first.act(SessionAction.TOGGLE)
    assert states(first.act(SessionAction.BACK)) == [State.WAITING] and first.engine.index == WAIT_FIRST


def test_a_wait_as_the_last_step_ends_the_session_when_the_user_carries_on(library: Library) -> None:
    routine = Routine(
        "ends-waiting",
        "Ends waiting",
        RoutineWhen.ANY,
        "",
        (RoutineStep("knuckle-massage", 20, Side.BOTH), RoutineStep.wait("Tell your partner how it felt.")),
    )
    session = Session(plan_session(routine, library))
    session.act(SessionAction.TOGGLE)
    session.run_until(State.WAITING)
    assert session.run_for(1000.0) == [] or session.engine.state is State.WAITING
    events = session.act(SessionAction.TOGGLE)
    assert states(events) == [State.COMPLETED]
    [finished] = [e for e in events if isinstance(e, Finished)]
    assert finished.outcome is Outcome.COMPLETED and finished.active_seconds == pytest.approx(20.0)


def test_a_rest_can_be_extended_and_skipped_like_any_step(plan: SessionPlan) -> None:
    session = Session(plan)
    session.act(SessionAction.TOGGLE)
    session.act(SessionAction.TOGGLE)
    session.run_until(State.RUNNING)
    while session.engine.index != REST:
        session.act(SessionAction.NEXT)
        session.run_until(State.RUNNING)
    deadline = session.engine.deadline
    assert deadline is not None
    session.act(SessionAction.EXTEND)
    assert session.engine.deadline == deadline + 15
    events = session.act(SessionAction.NEXT)
    [rest] = ended(events)
    assert rest.step.index == REST and not rest.completed
    assert states(events) == [State.WAITING]
