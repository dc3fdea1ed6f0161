"""The Qt edge of the session engine: one precise single-shot timer, re-armed to the engine's next
wake-up. Wall time enters the session only here.

A wake-up that arrives far later than scheduled (the machine slept, the process was stopped)
pauses the session at the scheduled moment and says why; no step is skipped because time jumped.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from hamstring_desktop.session.engine import Event, SessionAction, SessionEngine

# A wake-up this much later than planned (real seconds) means the machine slept or stalled.
LATE_WAKEUP_SECONDS = 2.0


class SessionRunner(QObject):
    """Drives a :class:`SessionEngine` in real time (or ``time_scale`` times faster).

    Signals:
        events(list): every batch of engine events, in order.
        late_wakeup(float): a wake-up came this many real seconds late; the session paused.
    """

    events = Signal(list)
    late_wakeup = Signal(float)

    def __init__(
        self,
        engine: SessionEngine,
        time_scale: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if time_scale <= 0:
            raise ValueError("time_scale must be positive")
        self.engine = engine
        self.time_scale = time_scale
        self._clock = clock
        self._real_origin = clock()
        self._armed_for: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._wake)

    def now(self) -> float:
        """Session time: real seconds since the runner was made, times the time scale."""
        return (self._clock() - self._real_origin) * self.time_scale

    def real_seconds_until(self, session_time: float) -> float:
        """How long, in real seconds, until ``session_time``."""
        return (session_time - self.now()) / self.time_scale

    def _apply(self, action: Callable[[float], list[Event]]) -> list[Event]:
        """Run an action at ``now``, together with whatever falls due at that same moment (the
        cues at a phase's start): they go out in one batch, not after the next repaint."""
        now = self.now()
        events = action(now)
        events += self.engine.advance(now)
        self._publish(events)
        return events

    def _publish(self, events: list[Event]) -> None:
        self._arm()
        if events:
            self.events.emit(events)

    def _arm(self) -> None:
        wake = self.engine.next_wakeup()
        self._armed_for = wake
        if wake is None:
            self._timer.stop()
            return
        delay_ms = max(0, math.ceil(self.real_seconds_until(wake) * 1000))
        self._timer.start(delay_ms)

    @Slot()
    def _wake(self) -> None:
        now = self.now()
        scheduled = self._armed_for
        if scheduled is None:
            return
        if now < scheduled:  # a timer may fire a hair early: wait the rest, never act early
            self._arm()
            return
        late = (now - scheduled) / self.time_scale
        if late > LATE_WAKEUP_SECONDS:
            events = self.engine.pause(scheduled, reason="late-wakeup")
            self._publish(events)
            self.late_wakeup.emit(late)
            return
        self._publish(self.engine.advance(now))

    # --- actions, for buttons and keys -----------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Start the session (get ready first)."""
        self._apply(self.engine.start)

    def perform(self, action: SessionAction) -> None:
        """Carry out a user's action now."""
        self._apply(lambda now: self.engine.perform(action, now))
