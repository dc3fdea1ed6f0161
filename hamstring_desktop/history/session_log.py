"""The history as a running session sees it: opened once at start-up (a damaged file moved
aside and salvaged, sessions a crash left open marked interrupted), one recorder per session,
the check-out at the end.

Nothing here ever stops a session: when the history cannot be saved the user is told at
start-up, before any session, and the session carries on unsaved.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime

from hamstring_desktop.history.opening import OpenedHistory, open_for_writing
from hamstring_desktop.history.recorder import SessionRecorder
from hamstring_desktop.history.recovery import Recovery
from hamstring_desktop.history.store import HistoryError, HistoryStore
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.session.engine import Event
from hamstring_desktop.session.plan import SessionPlan
from hamstring_desktop.words.context import TranslationContext

_log = logging.getLogger(__name__)


History = TranslationContext("History")


def not_saved(reason: object) -> str:
    """The one way the app says the history stopped being saved (a write failed)."""
    return History.tr("History is not being saved: %s") % reason


def not_saved_this_session(reason: object) -> str:
    """What the app says at start-up when the history cannot be saved at all."""
    return History.tr("Your history will not be saved this session: %s") % reason


def recovered(recovery: Recovery) -> str:
    """What the app says after moving a damaged history aside."""
    return (
        History.tr(
            "Your history file was damaged. It was moved to %1 and a new history was started with "
            "what could be read from it (sessions: %2, steps: %3)."
        )
        .replace("%1", str(recovery.moved_to))
        .replace("%2", str(recovery.sessions))
        .replace("%3", str(recovery.steps))
    )


class SessionLog:
    """Records sessions into the history of the data dir ``paths``.

    ``tell`` shows a short message to the user (the status bar); ``alert`` one the user must not
    miss (the history cannot be saved; a damaged file was moved); ``wall_clock`` gives the local
    time (injected for tests).
    """

    def __init__(
        self,
        paths: DataPaths,
        tell: Callable[[str], None],
        wall_clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        alert: Callable[[str], None] | None = None,
    ) -> None:
        self._paths = paths
        self._tell = tell
        self._alert = alert or tell
        self._wall_clock = wall_clock
        self._store: HistoryStore | None = None
        self._error = ""
        self._pending: Future[OpenedHistory] | None = None
        self.recorder: SessionRecorder | None = None

    @property
    def problem(self) -> str:
        """Why the history is not being saved, or "" while it is."""
        return self._error

    @property
    def store(self) -> HistoryStore | None:
        """The open history, or None when it cannot be used."""
        return self._store

    def open_in_background(self) -> Future[OpenedHistory]:
        """Start opening the history on a thread of its own (checking a large file takes a
        moment); :meth:`open` then takes the result, waiting for it if need be. Await the
        returned future with ``asyncio.wrap_future``."""
        if self._pending is None:
            pending: Future[OpenedHistory] = Future()
            self._pending = pending

            def run() -> None:
                try:
                    pending.set_result(open_for_writing(self._paths, self._wall_clock))
                except BaseException as error:  # handed to whoever takes the result
                    pending.set_exception(error)

            threading.Thread(target=run, name="history-open", daemon=True).start()
        return self._pending

    def open(self) -> HistoryStore | None:
        """Open the history (once: the app does it at start-up, before any session): repair a
        damaged file, close the sessions a crash left open, and prove it can be saved to; when
        it cannot, say why (in the window and on stderr) and carry on without recording."""
        if self._store is not None or self._error:
            return self._store
        try:
            if self._pending is not None:
                opened = self._pending.result()  # waits while the background opening finishes
            else:
                opened = open_for_writing(self._paths, self._wall_clock)
        except (HistoryError, OSError, sqlite3.Error) as error:
            self._error = str(error)
            self._say_loudly(not_saved_this_session(error))
            return None
        finally:
            self._pending = None
        self._store = opened.store
        if opened.recovery is not None:
            self._say_loudly(recovered(opened.recovery))
        if opened.interrupted:
            interrupted = opened.interrupted
            self._tell(History.tr("%n unfinished session(s) marked as interrupted.", None, interrupted))
        return self._store

    def _say_loudly(self, text: str) -> None:
        print(f"hamstring-desktop: {text}", file=sys.stderr, flush=True)
        self._alert(text)

    def begin(self, plan: SessionPlan, before: Tightness) -> None:
        """Start recording a session."""
        self.recorder = None
        store = self.open()
        if store is None:
            return
        try:
            self.recorder = SessionRecorder(store, plan, self._wall_clock, before)
        except HistoryError as error:
            self._tell(not_saved(error))

    def record(self, events: list[Event]) -> None:
        """Commit what the engine reports; a failure stops recording, not the session."""
        if self.recorder is None:
            return
        try:
            self.recorder.handle(events)
        except HistoryError as error:
            self.recorder = None
            self._tell(not_saved(error))

    def check_out(self, after: Tightness, notes: str) -> None:
        """Save the closing check-in and notes of the session just recorded."""
        if self.recorder is not None and self._store is not None:
            try:
                self._store.check_out(self.recorder.session_id, after, notes)
                self._tell(History.tr("Session saved to your history."))
            except HistoryError as error:
                self._tell(not_saved(error))
        self.recorder = None

    def close(self) -> None:
        """Close the database (after an opening still under way has finished)."""
        if self._pending is not None:
            with contextlib.suppress(Exception):  # an opening that failed left nothing to close
                self._pending.result().store.close()
            self._pending = None
        if self._store is not None:
            self._store.close()
            self._store = None
