"""The time side of a session: the lengths of its untimed parts, a step's running time without its
pauses, and the current phase's deadline, cues still to come and whole seconds shown.

:class:`PhaseTiming` is what callers read to know when to call again;
:class:`~hamstring_desktop.session.engine.SessionEngine` builds on it and moves from phase to phase.
Like the engine, it never reads a clock: ``now`` is always passed in.
"""

from __future__ import annotations

from dataclasses import dataclass

from hamstring_desktop.session.cues import ScheduledCue
from hamstring_desktop.session.events import TIMED, Event, SecondsChanged, State


@dataclass(frozen=True)
class Timing:
    """Lengths of the untimed parts, in seconds, and the limits of back and extend."""

    get_ready: float = 5.0
    transition: float = 4.0
    switch_legs: float = 6.0
    back_grace: float = 3.0  # "back" this soon after a step starts goes to the previous step
    extend_by: float = 15.0


@dataclass
class StepClock:
    """Running time of the current step, excluding pauses."""

    started: float = 0.0  # when the current running stretch began
    banked: float = 0.0  # running seconds before the current stretch

    def elapsed(self, now: float, running: bool) -> float:
        """Seconds the step has run by ``now`` (``running``: the current stretch is still going)."""
        return self.banked + (now - self.started if running else 0.0)


class PhaseTiming:
    """The current phase's clock: set by :meth:`_set_phase`, read with :meth:`remaining`,
    :meth:`next_wakeup` and :meth:`next_tone_time`. While paused, what was left is kept in
    ``_remaining_at_pause`` and the cues' times are relative to the pause."""

    state: State
    phase_start: float
    deadline: float | None
    _remaining_at_pause: float
    _cues: list[tuple[float, ScheduledCue]]
    _shown_seconds: int | None

    def remaining(self, now: float) -> float:
        """Seconds left in the current phase, never negative."""
        if self.state is State.PAUSED:
            return self._remaining_at_pause
        if self.deadline is None:
            return 0.0
        return max(0.0, self.deadline - now)

    def next_wakeup(self) -> float | None:
        """The earliest moment something happens: a deadline, a cue, or a new shown second.
        While waiting, only the wait's opening cues: then nothing until the user carries on."""
        if self.state is State.WAITING:
            return self._cues[0][0] if self._cues else None
        if self.state not in TIMED or self.deadline is None:
            return None
        times = [self.deadline]
        if self._cues:
            times.append(self._cues[0][0])
        if self._shown_seconds is not None and self._shown_seconds > 0:
            times.append(self.deadline - (self._shown_seconds - 1))
        return min(times)

    def next_tone_time(self) -> float | None:
        """When the next tone sounds (session time): a pending tone cue, or the phase's end,
        which always brings one (step start or end, switch legs, session complete). While
        waiting, only a pending opening tone: the next one comes when the user carries on."""
        tones = [at for at, cue in self._cues if cue.kind is not None]
        if self.state is State.WAITING:
            return min(tones, default=None)
        if self.state not in TIMED or self.deadline is None:
            return None
        return min([*tones, self.deadline])

    def _set_phase(self, state: State, now: float, seconds: float, cues: list[ScheduledCue]) -> None:
        self.state = state
        self.phase_start = now
        self.deadline = now + seconds
        self._cues = [(now + cue.offset, cue) for cue in cues]
        self._shown_seconds = None

    def _update_seconds(self, now: float, events: list[Event], force: bool = False) -> None:
        shown = ceil_seconds(self.remaining(now))  # 0.2 s left still shows 1
        if force or shown != self._shown_seconds:
            self._shown_seconds = shown
            events.append(SecondsChanged(shown))


def ceil_seconds(seconds: float) -> int:
    """Whole seconds, rounded up."""
    return int(-(-seconds // 1))
