"""What a display of a session shows, built only from the plan and the engine's events: the
state, the step on screen, what comes next, the countdown and the time left in the routine.

The player reads this model; it never looks inside the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hamstring_desktop.session.engine import (
    Event,
    Finished,
    SecondsChanged,
    State,
    StateChanged,
    StepStarted,
)
from hamstring_desktop.session.plan import PlannedStep, SessionPlan
from hamstring_desktop.session.states import Change

__all__ = ["Change", "SessionProgress"]


@dataclass
class SessionProgress:
    """A session as a display sees it."""

    plan: SessionPlan
    state: State = State.IDLE
    step_index: int = 0  # the step running, or coming next in get-ready and transition
    seconds_left: int = 0  # the whole seconds on the countdown
    # The countdown's full length in this phase, time added included (for the ring); 0 from a
    # phase's start until its first count.
    phase_seconds: float = 1.0
    reason: str = ""  # why the state changed when it was not the user ("late-wakeup")
    finished: Finished | None = field(default=None)
    paused_from: State = State.IDLE  # the state a pause froze

    @classmethod
    def before_start(cls, plan: SessionPlan) -> SessionProgress:
        """A session whose clock has not started yet: its first step on screen with its full
        time (a wait: none), until the engine's first events say otherwise."""
        first = plan.steps[0]
        return cls(plan, seconds_left=first.seconds, phase_seconds=max(1.0, float(first.seconds)))

    @property
    def step(self) -> PlannedStep:
        """The step on screen."""
        return self.plan.steps[self.step_index]

    @property
    def step_count(self) -> int:
        """How many timed steps the session has."""
        return len(self.plan.steps)

    @property
    def running_state(self) -> State:
        """The state a pause froze, or the state itself."""
        return self.paused_from if self.state is State.PAUSED else self.state

    @property
    def coming_up(self) -> bool:
        """Whether the step on screen has not started yet (get-ready, transition)."""
        return self.running_state in (State.GET_READY, State.TRANSITION)

    @property
    def next_step(self) -> PlannedStep | None:
        """The step after the one running (None after the last)."""
        following = self.step_index + 1
        return self.plan.steps[following] if following < self.step_count else None

    @property
    def waiting(self) -> bool:
        """Whether a "wait for me" step is on screen (also while it is paused): no countdown,
        and Space (or Next) carries on. A routine that opens with one shows it so from the start."""
        return self.running_state is State.WAITING or (self.state is State.IDLE and self.step.waits)

    @property
    def leg_switch(self) -> bool:
        """Whether this pause between steps is a switch to the other leg."""
        return self.running_state is State.TRANSITION and self.plan.is_leg_switch(self.step_index)

    @property
    def seconds_left_in_routine(self) -> int:
        """The countdown plus every step still to come after the one on screen."""
        later = self.plan.steps[self.step_index + (0 if self.coming_up else 1) :]
        return self.seconds_left + sum(step.seconds for step in later)

    @property
    def steps_done(self) -> int:
        """Steps behind us, for a progress bar."""
        return self.step_index

    def apply(self, events: list[Event]) -> Change:
        """Take in a batch of events; returns what changed."""
        changed = Change.NONE
        for event in events:
            if isinstance(event, StateChanged):
                resumed = self.state is State.PAUSED
                if event.state is State.PAUSED:
                    self.paused_from = self.state
                elif event.state in (State.GET_READY, State.TRANSITION) and not resumed:
                    self.phase_seconds = 0.0  # a new phase: the ring starts full again
                self.state, self.reason = event.state, event.reason
                changed |= Change.STATE
                if event.state is State.WAITING and self.seconds_left:
                    self.seconds_left = 0  # a wait has no countdown
                    changed |= Change.SECONDS
                if event.step is not None and event.step.index != self.step_index:
                    self.step_index = event.step.index
                    changed |= Change.STEP
            elif isinstance(event, StepStarted):
                self.step_index = event.step.index
                self.phase_seconds = 0.0
                changed |= Change.STEP
            elif isinstance(event, SecondsChanged):
                if not self.phase_seconds:  # the phase's first count: its whole length
                    self.phase_seconds = max(1.0, float(event.seconds_left))
                elif event.seconds_left > self.seconds_left:  # time added (+15 s): so much longer
                    self.phase_seconds += event.seconds_left - self.seconds_left
                self.seconds_left = event.seconds_left
                changed |= Change.SECONDS
            elif isinstance(event, Finished):
                self.finished = event
                changed |= Change.FINISHED
        return changed
