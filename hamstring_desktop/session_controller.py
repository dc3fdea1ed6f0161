"""Wires one session at a time: engine + runner + recorder + cues, to the player widget.

This is app-layer glue: it owns the history store and decides what happens around a session
(safety check, recording, keeping the screen awake, quitting after a scripted session).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QDialog, QWidget

from hamstring_desktop.content import Library
from hamstring_desktop.history.recorder import SessionRecorder
from hamstring_desktop.history.store import HistoryError, HistoryStore, Tightness
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.session_runner import SessionRunner
from hamstring_desktop.services.settings import INJURED, PACING, PACING_SECONDS, SAFETY_ACKNOWLEDGED, Settings
from hamstring_desktop.session.engine import Event, Finished, SessionEngine, State, StateChanged
from hamstring_desktop.session.plan import plan_session
from hamstring_desktop.ui.player_widget import PlayerWidget

_log = logging.getLogger(__name__)


CLOSE_SOUND_AFTER_MS = 4000


class CueSink(Protocol):
    """Anything that turns engine events into sound (the audio layer, or nothing)."""

    running: SignalInstance

    def open(self) -> bool: ...

    def close(self) -> None: ...

    def play(self, events: list[Event]) -> None: ...

    def stop_all(self) -> None: ...


class ScreenKeeper(Protocol):
    """Keeps the screen awake while a session runs."""

    def inhibit(self) -> None: ...

    def release(self) -> None: ...


class SessionController(QObject):
    """Starts sessions from the player, feeds events to the widget, the store and the cues.

    Signals:
        session_started(): a session began (after the safety check).
        session_finished(str): a session ended with this outcome.
        message(str): a short status message for the user.
    """

    session_started = Signal()
    session_finished = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        library: Library,
        settings: Settings,
        paths: DataPaths,
        player: PlayerWidget,
        dialog_parent: QWidget,
        time_scale: float = 1.0,
        wall_clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        audio: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self._paths = paths
        self._player = player
        self._dialog_parent = dialog_parent
        self._time_scale = time_scale
        self._wall_clock = wall_clock
        self._store: HistoryStore | None = None
        self._store_error = ""
        self._audio = audio
        self.runner: SessionRunner | None = None
        self.recorder: SessionRecorder | None = None
        self.cues: CueSink | None = None
        self.screen: ScreenKeeper | None = None
        self.safety_acknowledged_for_run = False
        self.muted_for_run = False
        # Close the sound stream a moment after the session ends, once the last tone has played.
        self._close_sound = QTimer(self)
        self._close_sound.setSingleShot(True)
        self._close_sound.setInterval(CLOSE_SOUND_AFTER_MS)
        self._close_sound.timeout.connect(self._close_cues)
        player.start_requested.connect(self.start)
        player.action_requested.connect(self.act)
        player.check_out_submitted.connect(self._check_out)

    # --- the store ---------------------------------------------------------------------------------

    def open_store(self) -> HistoryStore | None:
        """Open the history (once); on failure say why and carry on without recording."""
        if self._store is None and not self._store_error:
            try:
                self._store = HistoryStore.open(self._paths.database_file)
                interrupted = self._store.mark_interrupted(self._wall_clock())
                if interrupted:
                    self.message.emit(
                        self.tr("%n unfinished session(s) marked as interrupted.", "", interrupted)
                    )
            except HistoryError as error:
                self._store_error = str(error)
                self.message.emit(self.tr("History is not being saved: %s") % error)
        return self._store

    def close(self) -> None:
        """Stop any running session (recorded as stopped) and close the store."""
        if self.active:
            self.act("stop")
        if self.cues is not None:
            self.cues.stop_all()
            self.cues.close()
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- sessions --------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether a session is under way."""
        return self.runner is not None and self.runner.engine.state not in (
            State.IDLE,
            State.COMPLETED,
            State.STOPPED,
            State.PAIN_STOPPED,
        )

    def safety_check_needed(self) -> bool:
        """On first use, and every time while the user says they are injured."""
        if self.safety_acknowledged_for_run:
            return False
        return not self._settings.get(SAFETY_ACKNOWLEDGED) or self._settings.get(INJURED)

    def confirm_safety(self) -> bool:
        """Show the safety check if needed; True when the session may start."""
        if not self.safety_check_needed():
            return True
        from hamstring_desktop.ui.safety_check_dialog import SafetyCheckDialog

        dialog = SafetyCheckDialog(self._library.guide, self._settings.get(INJURED), self._dialog_parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._settings.set(INJURED, dialog.injured.isChecked())
        if accepted:
            self._settings.set(SAFETY_ACKNOWLEDGED, True)
        dialog.deleteLater()
        return accepted

    @Slot(str)
    def start(self, routine_id: str) -> bool:
        """Start a routine; False if the user cancelled the safety check or a session is running."""
        if self.active or not self.confirm_safety():
            return False
        plan = plan_session(self._library.routine(routine_id), self._library)
        pace = self._settings.get(PACING_SECONDS) if self._settings.get(PACING) else None
        engine = SessionEngine(plan, pace_seconds=pace)
        runner = SessionRunner(engine, time_scale=self._time_scale, parent=self)
        runner.events.connect(self._on_events)
        runner.late_wakeup.connect(self._on_late_wakeup)
        if self.runner is not None:
            self.runner.deleteLater()
        self.runner = runner
        store = self.open_store()
        self.recorder = None
        if store is not None:
            try:
                self.recorder = SessionRecorder(
                    store, plan, self._wall_clock, self._player.tightness_before()
                )
            except HistoryError as error:
                self.message.emit(self.tr("History is not being saved: %s") % error)
        self._player.attach(engine)
        self._ensure_cues()
        if self.screen is not None:
            self.screen.inhibit()
        self.session_started.emit()
        self._close_sound.stop()
        if self.cues is not None and self.cues.open():
            # Start the clock once sound flows, so the first cue is not late.
            def go() -> None:
                self.cues.running.disconnect(go)
                if self.runner is runner and runner.engine.state is State.IDLE:
                    runner.start()

            self.cues.running.connect(go)
        else:
            runner.start()
        return True

    def _ensure_cues(self) -> None:
        """Load the audio stack on the first session, not at start-up."""
        if self.cues is not None or not self._audio:
            return
        from hamstring_desktop.audio.cue_player import CuePlayer

        player = CuePlayer(self._settings, self._library.guide, muted=self.muted_for_run, parent=self)
        player.notice.connect(self._player.set_notice)
        for text in player.notices_so_far():
            self._player.set_notice(text)
        self.cues = player

    @Slot(str)
    def act(self, action: str) -> None:
        """Run a player action (toggle, next, back, extend, stop, pain) on the running session."""
        if self.runner is None:
            if action == "toggle":
                self._player.request_start()
            return
        getattr(self.runner, action)()

    @Slot(list)
    def _on_events(self, events: list[Event]) -> None:
        self._player.apply(events)
        if self.cues is not None:
            self.cues.play(events)
        if self.recorder is not None:
            try:
                self.recorder.handle(events)
            except HistoryError as error:
                self.recorder = None
                self.message.emit(self.tr("History is not being saved: %s") % error)
        for event in events:
            if isinstance(event, StateChanged) and event.reason == "late-wakeup":
                self._player.set_notice(
                    self.tr("Paused: the computer was asleep or busy. Press Space to carry on.")
                )
            if isinstance(event, Finished):
                if self.screen is not None:
                    self.screen.release()
                self._close_sound.start()
                self.session_finished.emit(event.outcome.value)

    @Slot()
    def _close_cues(self) -> None:
        if self.cues is not None and not self.active:
            self.cues.close()

    @Slot(float)
    def _on_late_wakeup(self, seconds: float) -> None:
        _log.info("session paused after a wake-up %.1f s late", seconds)

    @Slot(object, str)
    def _check_out(self, after: Tightness, notes: str) -> None:
        if self.recorder is not None and self._store is not None:
            try:
                self._store.check_out(self.recorder.session_id, after, notes)
                self.message.emit(self.tr("Session saved to your history."))
            except HistoryError as error:
                self.message.emit(self.tr("History is not being saved: %s") % error)
        self.recorder = None
        if self.runner is not None:
            self.runner.deleteLater()
            self.runner = None
