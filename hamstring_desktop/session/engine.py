"""The session state machine. It never reads a clock: every call takes ``now`` (monotonic seconds)
and returns the events that happened; :meth:`SessionEngine.next_wakeup` says when to call again.

Remaining time is always ``deadline - now`` against a fixed deadline; nothing counts ticks.

States and the actions that move between them (``*`` = any active state, i.e. get-ready,
running, transition, waiting or paused)::

    idle        --start-->              get-ready; waiting when the first step is a wait
    get-ready   --deadline | next-->    running (the step it announced)
    running     --deadline | next-->    transition; waiting when the next step is a wait;
                                        completed after the last step
    transition  --deadline | next-->    running (next step; a leg switch when same routine step)
    waiting     --toggle | play | next--> get-ready (the step after it); waiting (another wait);
                                        completed after the last step
    running     --back-->               the same step restarted, or early on the previous one
    transition | waiting --back-->      the step before (running again, or waiting)
    get-ready   --back-->               after a wait, the wait again (at the start: nothing)
    running     --extend-->             running (deadline + 15 s)
    get-ready | running | transition | waiting --pause--> paused --resume--> the state it paused
    idle | *    --stop-->               stopped (from idle: closed before its clock started)
    idle | *    --pain-->               pain-stopped

A rest is a running step like any other, with its own tone and no halfway beep or pacing ticks.
A wait ("wait for me") has no deadline at all: once its opening cues have sounded,
:meth:`SessionEngine.next_wakeup` is ``None`` until the user carries on (Space, play or next);
pause, stop and pain work inside it as anywhere. Only technique steps count as active time.

The states, actions and events are plain values in ``events.py``; the current phase's deadline,
cues and shown seconds, and what callers read of them, in ``phase.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hamstring_desktop.content.models import StepKind
from hamstring_desktop.session.cues import (
    PromptKind,
    ScheduledCue,
    get_ready_schedule,
    step_schedule,
    transition_schedule,
    wait_schedule,
)
from hamstring_desktop.session.events import (
    ACTIVE,
    FINAL,
    PAUSABLE,
    TIMED,
    CueDue,
    Event,
    Finished,
    Outcome,
    SecondsChanged,
    SessionAction,
    State,
    StateChanged,
    StepEnded,
    StepStarted,
)
from hamstring_desktop.session.phase import PhaseTiming, StepClock, Timing, ceil_seconds
from hamstring_desktop.session.plan import PlannedStep, SessionPlan


@dataclass
class SessionEngine(PhaseTiming):
    """Plays a :class:`SessionPlan`. Feed it actions and :meth:`advance`; it answers with events."""

    plan: SessionPlan
    timing: Timing = field(default_factory=Timing)
    pace_seconds: float | None = None  # the user's pacing override; None uses each step's pace

    def __post_init__(self) -> None:
        if not self.plan.steps:
            raise ValueError("a session needs at least one step")
        self.state = State.IDLE
        self.index = 0  # the running step, or the one coming next during get-ready/transition
        self.deadline = None
        self.phase_start = 0.0
        self.outcome: Outcome | None = None
        self.step_seconds: list[float] = [0.0] * len(self.plan.steps)
        self.step_completed: list[bool] = [False] * len(self.plan.steps)
        self._paused_from: State | None = None
        self._remaining_at_pause = 0.0
        self._cues = []
        self._shown_seconds = None
        self._clock = StepClock()

    # --- queries ------------------------------------------------------------------------------

    @property
    def step(self) -> PlannedStep:
        """The current (or next) step."""
        return self.plan.steps[self.index]

    @property
    def active_seconds(self) -> float:
        """Running time of every technique step so far (steps restarted with back count what
        they ran); rests and waits are not active time."""
        return sum(
            seconds
            for seconds, step in zip(self.step_seconds, self.plan.steps, strict=True)
            if step.kind is StepKind.TECHNIQUE
        )

    # --- actions --------------------------------------------------------------------------------

    def perform(self, action: SessionAction, now: float) -> list[Event]:
        """Carry out a user's action at ``now``; an action that means nothing in the current
        state (pause while paused, next after the end) does nothing."""
        if action is SessionAction.PLAY:
            if self.state is State.IDLE:
                return self.start(now)
            if self.state is State.WAITING:
                return self.next(now)
            return self.resume(now)
        handlers = {
            SessionAction.TOGGLE: self.toggle,
            SessionAction.PAUSE: self.pause,
            SessionAction.NEXT: self.next,
            SessionAction.BACK: self.back,
            SessionAction.EXTEND: self.extend,
            SessionAction.STOP: self.stop,
            SessionAction.PAIN: self.pain,
        }
        return handlers[action](now)

    def start(self, now: float) -> list[Event]:
        """Begin with the get-ready lead-in (or with the wait, when the routine opens with one:
        it is its own lead-in)."""
        self._require(self.state is State.IDLE, "start")
        events: list[Event] = []
        if self.plan.steps[0].waits:
            self._enter_waiting(0, now, events, after_step=False)
        else:
            self._enter_get_ready(0, now, events)
        return events

    def pause(self, now: float, reason: str = "") -> list[Event]:
        """Freeze the countdown (or the wait). ``now`` may be in the past (e.g. when the machine
        slept)."""
        if self.state not in PAUSABLE:
            return []
        events = self.advance(now)
        if self.state not in PAUSABLE:
            return events
        if self.state in (State.RUNNING, State.WAITING):
            self._clock.banked = self._clock.elapsed(now, running=True)
        self._paused_from = self.state
        self._remaining_at_pause = self.remaining(now)
        self._cues = [(at - now, cue) for at, cue in self._cues]  # kept relative while paused
        self.state = State.PAUSED
        events.append(StateChanged(State.PAUSED, reason, self.step))
        return events

    def resume(self, now: float) -> list[Event]:
        """Carry on from where the pause froze the countdown."""
        if self.state is not State.PAUSED or self._paused_from is None:
            return []
        self.state = self._paused_from
        self._paused_from = None
        self.deadline = None if self.state is State.WAITING else now + self._remaining_at_pause
        self._cues = [(now + offset, cue) for offset, cue in self._cues]
        self._clock.started = now
        return [StateChanged(self.state, step=self.step)]

    def toggle(self, now: float) -> list[Event]:
        """Space bar: start, pause or resume; while waiting, carry on."""
        if self.state is State.IDLE:
            return self.start(now)
        if self.state is State.PAUSED:
            return self.resume(now)
        if self.state is State.WAITING:
            return self.next(now)
        return self.pause(now)

    def next(self, now: float) -> list[Event]:
        """Skip ahead: end the current phase now (a wait: the user is ready)."""
        if self.state not in ACTIVE:
            return []
        events = self._resume_if_paused(now)
        events += self.advance(now)
        if self.state in PAUSABLE:
            self._finish_phase(now, events, skipped=True)
        return events

    def back(self, now: float) -> list[Event]:
        """Restart the step, or go to the previous one when pressed early in a step."""
        if self.state not in ACTIVE:
            return []
        events = self._resume_if_paused(now)
        events += self.advance(now)
        if self.state is State.RUNNING:
            early = self._clock.elapsed(now, running=True) < self.timing.back_grace
            self._end_step(now, events, completed=False)
            target = self.index - 1 if early and self.index > 0 else self.index
        elif self.state is State.WAITING:
            self._end_step(now, events, completed=False)
            target = max(0, self.index - 1)  # a wait has nothing to restart: the step before it
        elif self.state is State.TRANSITION:
            target = max(0, self.index - 1)  # the step that just ended
        elif self.state is State.GET_READY and self.index > 0:
            target = self.index - 1  # the wait it follows
        else:
            return events
        self._enter_step(target, now, events)
        return events

    def extend(self, now: float) -> list[Event]:
        """Add time to the running step (or to the get-ready or transition pause)."""
        if self.state not in ACTIVE:
            return []
        if self.state is State.PAUSED:
            if self._paused_from is State.WAITING:
                return []  # a wait has no time to add to
            self._remaining_at_pause += self.timing.extend_by
            if self._paused_from is State.RUNNING:
                self._cues = self._step_cues_from(self._clock.banked, self._remaining_at_pause)
            self._shown_seconds = ceil_seconds(self._remaining_at_pause)
            return [SecondsChanged(self._shown_seconds)]
        events = self.advance(now)
        if self.state not in TIMED or self.deadline is None:
            return events
        self.deadline += self.timing.extend_by
        if self.state is State.RUNNING:
            elapsed = self._clock.elapsed(now, running=True)
            relative = self._step_cues_from(elapsed, self.deadline - now)
            self._cues = [(now + offset, cue) for offset, cue in relative]
        self._update_seconds(now, events, force=True)
        return events

    def _step_cues_from(self, elapsed: float, remaining: float) -> list[tuple[float, ScheduledCue]]:
        """The running step's cues still to come, relative to now, for a new remaining time."""
        schedule = step_schedule(self.step, elapsed + remaining, self.pace_seconds)
        return [(cue.offset - elapsed, cue) for cue in schedule if cue.offset > elapsed]

    def stop(self, now: float) -> list[Event]:
        """End the session early at the user's request."""
        return self._end_session(now, State.STOPPED, Outcome.STOPPED)

    def pain(self, now: float) -> list[Event]:
        """Pain: stop now. Ends the session at once with outcome ``pain``."""
        return self._end_session(now, State.PAIN_STOPPED, Outcome.PAIN)

    def advance(self, now: float) -> list[Event]:
        """Process every cue and deadline up to ``now``, in time order."""
        events: list[Event] = []
        while True:
            if self.state in TIMED and self.deadline is not None:
                limit = min(now, self.deadline)
            elif self.state is State.WAITING:
                limit = now  # no deadline: only its opening cues
            else:
                break
            if self._cues and self._cues[0][0] <= limit:
                _, cue = self._cues.pop(0)
                events.append(CueDue(cue, self.step))
                continue
            if self.deadline is not None and self.deadline <= now:
                self._finish_phase(self.deadline, events, skipped=False)
                continue
            break
        if self.state in TIMED:
            self._update_seconds(now, events)
        return events

    # --- internals ------------------------------------------------------------------------------

    def _require(self, condition: bool, action: str) -> None:
        if not condition:
            raise RuntimeError(f"cannot {action} while {self.state.value}")

    def _resume_if_paused(self, now: float) -> list[Event]:
        return self.resume(now) if self.state is State.PAUSED else []

    def _enter_get_ready(self, index: int, now: float, events: list[Event]) -> None:
        """The lead-in with its 3-2-1 countdown: before the first step, and after a wait."""
        self.index = index
        self._set_phase(
            State.GET_READY, now, self.timing.get_ready, get_ready_schedule(self.timing.get_ready)
        )
        events.append(StateChanged(State.GET_READY, step=self.step))

    def _enter_step(self, index: int, now: float, events: list[Event]) -> None:
        """Run step ``index``, or wait at it when it is a wait."""
        if self.plan.steps[index].waits:
            self._enter_waiting(index, now, events, after_step=False)
        else:
            self._start_step(index, now, events)

    def _enter_waiting(self, index: int, now: float, events: list[Event], after_step: bool) -> None:
        """Wait at step ``index`` until the user carries on: no deadline, only opening cues."""
        self.index = index
        self.state = State.WAITING
        self.phase_start = now
        self.deadline = None
        self._cues = [(now + cue.offset, cue) for cue in wait_schedule(after_step)]
        self._shown_seconds = None
        self._clock = StepClock(started=now)
        events.append(StateChanged(State.WAITING, step=self.step))
        events.append(StepStarted(self.step, None))

    def _start_step(self, index: int, now: float, events: list[Event]) -> None:
        self.index = index
        step = self.step
        self._set_phase(
            State.RUNNING, now, step.seconds, step_schedule(step, step.seconds, self.pace_seconds)
        )
        self._clock = StepClock(started=now)
        events.append(StateChanged(State.RUNNING, step=step))
        events.append(StepStarted(step, now + step.seconds))

    def _end_step(self, now: float, events: list[Event], completed: bool) -> None:
        actual = self._clock.elapsed(now, running=True)
        self.step_seconds[self.index] += actual
        self.step_completed[self.index] = self.step_completed[self.index] or completed
        self._clock = StepClock(started=now)
        events.append(StepEnded(self.step, actual, completed))

    def _finish_phase(self, now: float, events: list[Event], skipped: bool) -> None:
        """The current timed phase ended at ``now`` (its deadline, or early when skipped)."""
        if self.state is State.GET_READY:
            self._enter_step(self.index, now, events)
        elif self.state in (State.RUNNING, State.WAITING):
            waited = self.state is State.WAITING
            # A wait is done when the user carries on; a running step when its time ran out.
            self._end_step(now, events, completed=waited or not skipped)
            if self.index + 1 >= len(self.plan.steps):
                events += self._end_session(now, State.COMPLETED, Outcome.COMPLETED)
                return
            following = self.index + 1
            if self.plan.steps[following].waits:
                self._enter_waiting(following, now, events, after_step=not waited)
            elif waited:
                self._enter_get_ready(following, now, events)
            else:
                self.index = following
                switch = self.plan.is_leg_switch(self.index)
                seconds = self.timing.switch_legs if switch else self.timing.transition
                self._set_phase(State.TRANSITION, now, seconds, transition_schedule(switch))
                events.append(StateChanged(State.TRANSITION, step=self.step))
        elif self.state is State.TRANSITION:
            self._enter_step(self.index, now, events)

    def _end_session(self, now: float, state: State, outcome: Outcome) -> list[Event]:
        if self.state not in ACTIVE and self.state is not State.IDLE:
            return []
        events: list[Event] = []
        if self.state is State.PAUSED:
            self.state = self._paused_from or State.RUNNING
            self._clock.started = now  # banked time already holds what ran before the pause
        if self.state in (State.RUNNING, State.WAITING) and outcome is not Outcome.COMPLETED:
            self._end_step(now, events, completed=False)
        self.state = state
        self.deadline = None
        self._cues = []
        self.outcome = outcome
        events.append(StateChanged(state, step=self.step))
        events.append(Finished(outcome, self.active_seconds, self.step))
        return events


__all__ = [
    "ACTIVE",
    "FINAL",
    "PAUSABLE",
    "CueDue",
    "Event",
    "Finished",
    "Outcome",
    "PromptKind",
    "SecondsChanged",
    "SessionAction",
    "SessionEngine",
    "State",
    "StateChanged",
    "StepEnded",
    "StepStarted",
    "Timing",
]
