"""When the tone output may close. An open output stream keeps the sound server busy, so where
tones go through a stream (not the server's sample cache) it is open only around the tones:
closed after one when the next is far off, reopened just in time, and closed a few seconds after
the session ends, once the last tone has played.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Slot

CLOSE_SOUND_AFTER_MS = 4000
# A fresh stream pre-rolls for up to about 0.45 s: reopen it this long before the next tone.
REOPEN_LEAD_S = 0.7
CLOSE_MARGIN_S = 0.15


class ToneOutput(Protocol):
    """The part of the cue player this policy drives."""

    def open(self) -> bool: ...

    def close(self) -> None: ...

    @property
    def is_open(self) -> bool: ...

    @property
    def streams(self) -> bool: ...

    def seconds_until_quiet(self) -> float: ...


class SessionTiming(Protocol):
    """What the policy needs to know about the session."""

    @property
    def active(self) -> bool: ...

    @property
    def paused(self) -> bool: ...

    def real_seconds_until_next_tone(self) -> float | None: ...


class StreamPolicy(QObject):
    """Opens and closes ``output`` around the tones of ``session``."""

    def __init__(self, output: ToneOutput, session: SessionTiming, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._output = output
        self._session = session
        self._close_after_session = self._timer(self._close_when_over)
        self._close_after_session.setInterval(CLOSE_SOUND_AFTER_MS)
        self._idle_close = self._timer(self._close_between_tones)
        self._reopen = self._timer(self._reopen_in_time)

    def _timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    def session_started(self) -> None:
        """A session began: keep the output."""
        self._close_after_session.stop()

    def session_ended(self) -> None:
        """Close the output once the last tone has played."""
        self._close_after_session.start()

    def plan(self) -> None:
        """After each batch of cues: close now-ish if the next tone is far off, and reopen in time."""
        output, session = self._output, self._session
        if not session.active or not output.streams:
            return
        gap = session.real_seconds_until_next_tone()
        quiet = output.seconds_until_quiet() + CLOSE_MARGIN_S
        if gap is None or gap > quiet + REOPEN_LEAD_S + CLOSE_MARGIN_S:
            self._idle_close.start(int(quiet * 1000))
            if gap is not None:
                self._reopen.start(int((gap - REOPEN_LEAD_S) * 1000))
            else:
                self._reopen.stop()
        else:
            self._idle_close.stop()
            self._reopen.stop()
            if not output.is_open:
                output.open()

    @Slot()
    def _close_between_tones(self) -> None:
        # Only while a reopen is planned, or while paused (resuming plans the next one).
        if self._session.active and (self._reopen.isActive() or self._session.paused):
            self._output.close()

    @Slot()
    def _reopen_in_time(self) -> None:
        if self._session.active and not self._output.is_open:
            self._output.open()

    @Slot()
    def _close_when_over(self) -> None:
        if not self._session.active:
            self._output.close()
