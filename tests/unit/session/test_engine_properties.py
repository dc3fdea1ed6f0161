"""Random action sequences never break the session's invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hamstring_desktop.content import Library, Routine, RoutineStep, RoutineWhen, Side, StepKind
from hamstring_desktop.session.engine import (
    Event,
    Finished,
    SessionEngine,
    State,
    StateChanged,
    StepEnded,
    Timing,
)
from hamstring_desktop.session.plan import SessionPlan, plan_session

ACTIONS = ("wait", "toggle", "pause", "resume", "next", "back", "extend", "stop", "pain")

action_lists = st.lists(
    st.tuples(st.sampled_from(ACTIONS), st.floats(min_value=0.0, max_value=40.0)),
    max_size=40,
)


class Driver:
    """Feeds the engine like the Qt adapter and keeps an outside record of running time."""

    def __init__(self, plan: SessionPlan) -> None:
        self.engine = SessionEngine(plan, Timing(get_ready=3, transition=2, switch_legs=4))
        self.now = 0.0
        self.events: list[Event] = []
        self.state = State.IDLE
        self.running_since: float | None = None
        self.running_total = 0.0

    def record(self, events: list[Event], at: float) -> None:
        for event in events:
            if isinstance(event, StateChanged):
                if self.state is State.RUNNING and self.running_since is not None:
                    self.running_total += at - self.running_since
                self.state = event.state
                # Active time is massage: a running technique step (not a rest, not a wait).
                massage = event.step is not None and event.step.kind is StepKind.TECHNIQUE
                self.running_since = at if event.state is State.RUNNING and massage else None
        self.events += events

    def wait(self, seconds: float) -> None:
        end = self.now + seconds
        while (wake := self.engine.next_wakeup()) is not None and wake <= end:
            assert wake >= self.now - 1e-9, "a wake-up in the past"
            self.now = max(self.now, wake)
            self.record(self.engine.advance(self.now), self.now)
            self.check()
        self.now = end
        self.record(self.engine.advance(self.now), self.now)
        self.check()

    def act(self, name: str) -> None:
        self.record(getattr(self.engine, name)(self.now), self.now)
        self.check()

    def check(self) -> None:
        assert self.engine.remaining(self.now) >= 0.0
        assert self.engine.state is self.state


@pytest.fixture(scope="module")
def paused_plan(library: Library) -> SessionPlan:
    """A wait, rolling on each leg, a rest, a wait, and knuckle massage."""
    routine = Routine(
        "pauses",
        "Pauses",
        RoutineWhen.ANY,
        "",
        (
            RoutineStep.wait(),
            RoutineStep("foam-rolling", 30, Side.EACH, pace_seconds=3),
            RoutineStep.rest(10),
            RoutineStep.wait(),
            RoutineStep("knuckle-massage", 20, Side.BOTH),
        ),
    )
    return plan_session(routine, library)


@settings(max_examples=300, deadline=None)
@given(actions=action_lists)
def test_random_sessions_keep_their_invariants(
    small_plan: SessionPlan, actions: list[tuple[str, float]]
) -> None:
    play(small_plan, actions)


@settings(max_examples=300, deadline=None)
@given(actions=action_lists)
def test_random_sessions_with_rests_and_waits_keep_their_invariants(
    paused_plan: SessionPlan, actions: list[tuple[str, float]]
) -> None:
    play(paused_plan, actions)


def play(plan: SessionPlan, actions: list[tuple[str, float]]) -> None:
    driver = Driver(plan)
    driver.act("start")
    for name, seconds in actions:
        if name == "wait":
            driver.wait(seconds)
        else:
            driver.act(name)
            driver.wait(seconds / 10)
    if driver.engine.state is State.PAUSED:
        driver.act("resume")
    driver.wait(1000.0)  # let whatever is left run to the end
    while driver.engine.state is State.WAITING:  # a wait needs the user to carry on
        assert driver.engine.next_wakeup() is None, "a wait has no deadline"
        driver.act("next")
        driver.wait(1000.0)

    finished = [e for e in driver.events if isinstance(e, Finished)]
    assert len(finished) == 1, "every session ends with exactly one outcome"
    assert driver.engine.outcome is finished[0].outcome
    massage = [e for e in driver.events if isinstance(e, StepEnded) and e.step.kind is StepKind.TECHNIQUE]
    step_time = sum(e.actual_seconds for e in massage)
    assert finished[0].active_seconds == pytest.approx(step_time, abs=1e-6)
    assert finished[0].active_seconds == pytest.approx(driver.running_total, abs=1e-6)
    assert driver.engine.next_wakeup() is None
