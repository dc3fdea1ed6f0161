"""SIGTERM, SIGINT and SIGHUP end the app the way File ▸ Quit does."""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

# Set on the window while a signal closes it: whatever would ask first (unsaved routine changes)
# keeps what it has without asking, since nobody may be there to answer.
CLOSING_ON_SIGNAL = "closingOnSignal"


class QuitOnSignal(QObject):
    """SIGTERM (logging out, ``kill``), SIGINT (Ctrl+C in a terminal) and SIGHUP (the terminal it
    was started from closed) close the window as File ▸ Quit does: a running session is saved
    as stopped, and the sounds uploaded to the sound server are removed. Python runs signal
    handlers only between bytecodes, so the signal number is written to a socket that Qt's
    event loop watches."""

    SIGNALS = (signal.SIGTERM, signal.SIGINT, *((signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()))

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._note) for number in self.SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    @staticmethod
    def _note(number: int, frame: object) -> None:
        """The real work happens in _woken, from the event loop."""

    def _woken(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except BlockingIOError:
            return
        if any(number in self.SIGNALS for number in numbers):
            while (modal := QApplication.activeModalWidget()) is not None and modal is not self._window:
                modal.close()  # a dialog's own event loop would keep the app alive
            self._window.setProperty(CLOSING_ON_SIGNAL, True)  # nothing may ask a question now
            self._window.close()

    def restore(self) -> None:
        """Give the signals back to their previous handlers."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()
