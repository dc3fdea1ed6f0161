"""The history as a running session sees it: opened once (sessions a crash left open are marked
interrupted), one recorder per session, the check-out at the end.

Nothing here ever stops a session: when the history cannot be saved the user is told once, in
words, and the session carries on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from hamstring_desktop.history.recorder import SessionRecorder
from hamstring_desktop.history.store import HistoryError, HistoryStore
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.session.engine import Event
from hamstring_desktop.session.plan import SessionPlan
from hamstring_desktop.words.context import TranslationContext

_log = logging.getLogger(__name__)


History = TranslationContext("History")


def not_saved(reason: object) -> str:
    """The one way the app says the history is not being saved."""
    return History.tr("History is not being saved: %s") % reason


class SessionLog:
    """Records sessions into the history database at ``database``.

    ``tell`` shows a short message to the user; ``wall_clock`` gives the local time (injected for
    tests).
    """

    def __init__(
        self,
        database: Path,
        tell: Callable[[str], None],
        wall_clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        self._database = database
        self._tell = tell
        self._wall_clock = wall_clock
        self._store: HistoryStore | None = None
        self._error = ""
        self.recorder: SessionRecorder | None = None

    @property
    def store(self) -> HistoryStore | None:
        """The open history, or None when it cannot be used."""
        return self._store

    def open(self) -> HistoryStore | None:
        """Open the history (once); on failure say why and carry on without recording."""
        if self._store is None and not self._error:
            try:
                self._store = HistoryStore.open(self._database)
                interrupted = self._store.mark_interrupted(self._wall_clock())
                if interrupted:
                    self._tell(
                        History.tr("%n unfinished session(s) marked as interrupted.", None, interrupted)
                    )
            except HistoryError as error:
                self._error = str(error)
                self._tell(not_saved(error))
        return self._store

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
        """Close the database."""
        if self._store is not None:
            self._store.close()
            self._store = None
