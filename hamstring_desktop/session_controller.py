"""Wires one session at a time: engine + runner + recorder + cues, to the player widget.

This is app-layer glue: it owns the history store and decides what happens around a session
(safety check, recording, keeping the screen awake, quitting after a scripted session).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QDialog, QWidget

from hamstring_desktop.content import Library
from hamstring_desktop.history.recorder import SessionRecorder
from hamstring_desktop.history.store import HistoryError, HistoryStore, Tightness
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.session_runner import SessionRunner
from hamstring_desktop.services.settings import INJURED, PACING, PACING_SECONDS, SAFETY_ACKNOWLEDGED, Settings
from hamstring_desktop.session.engine import (
    FINAL,
    Event,
    Finished,
    SessionAction,
    SessionEngine,
    State,
    StateChanged,
)
from hamstring_desktop.session.plan import plan_session
from hamstring_desktop.session.safety import safety_check_needed
from hamstring_desktop.ui.player import PlayerWidget

if TYPE_CHECKING:
    from hamstring_desktop.audio.speech_server import SpeechServer

_log = logging.getLogger(__name__)


CLOSE_SOUND_AFTER_MS = 4000
# Between tones the output stream is closed, to spare the sound server, when the next tone is
# far enough away to reopen it in time: a fresh stream pre-rolls for up to about 0.45 s.
REOPEN_LEAD_S = 0.7
CLOSE_MARGIN_S = 0.15


def _first_line(error: BaseException, limit: int = 120) -> str:
    """An exception's message, short enough for a one-line notice."""
    text = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CueSink(Protocol):
    """Anything that turns engine events into sound (the audio layer, or nothing)."""

    running: SignalInstance

    def open(self) -> bool: ...

    def close(self) -> None: ...

    @property
    def is_open(self) -> bool: ...

    @property
    def streams(self) -> bool: ...

    def seconds_until_quiet(self) -> float: ...

    @property
    def speaking(self) -> bool: ...

    def play(self, events: list[Event]) -> None: ...

    def stop_all(self) -> None: ...


class ScreenKeeper(Protocol):
    """Keeps the screen awake while a session runs."""

    def inhibit(self) -> None: ...

    def release(self) -> None: ...


class MediaKeys(Protocol):
    """Media keys from the desktop while a session runs."""

    def begin(self, routine_name: str) -> None: ...

    def apply(self, events: list[Event]) -> None: ...

    def end(self) -> None: ...


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
        record: bool = True,
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
        self._record = record  # off for scripted screenshots: they leave no history behind
        self.runner: SessionRunner | None = None
        self.recorder: SessionRecorder | None = None
        self.cues: CueSink | None = None
        self.screen: ScreenKeeper | None = None
        self.media: MediaKeys | None = None
        self.safety_acknowledged_for_run = False
        self.muted_for_run = False
        # Close the sound stream a moment after the session ends, once the last tone has played.
        self._close_sound = QTimer(self)
        self._close_sound.setSingleShot(True)
        self._close_sound.setInterval(CLOSE_SOUND_AFTER_MS)
        self._close_sound.timeout.connect(self._close_cues)
        self._idle_close = QTimer(self)
        self._idle_close.setSingleShot(True)
        self._idle_close.timeout.connect(self._close_between_tones)
        self._reopen = QTimer(self)
        self._reopen.setSingleShot(True)
        self._reopen.timeout.connect(self._reopen_cues)
        self._start_pending = QTimer(self)
        self._start_pending.setSingleShot(True)
        self._start_pending.setInterval(50)  # time for the session page to be painted
        self._start_pending.timeout.connect(self._start_clock)
        player.start_requested.connect(self.start)
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
        """Stop any session under way (recorded as stopped), also one whose clock has not started
        yet (the sound is still warming up), and close the store."""
        if self.runner is not None and self.runner.engine.state not in FINAL:
            self.act(SessionAction.STOP)
        if self.cues is not None:
            self.cues.stop_all()
            self.cues.close()
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def sounding(self) -> bool:
        """Whether a tone or a spoken sentence is still playing."""
        return self.cues is not None and (self.cues.speaking or self.cues.seconds_until_quiet() > 0)

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
        return safety_check_needed(
            self._settings.get(SAFETY_ACKNOWLEDGED),
            self._settings.get(INJURED),
            self.safety_acknowledged_for_run,
        )

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
        store = self.open_store() if self._record else None
        self.recorder = None
        if store is not None:
            try:
                self.recorder = SessionRecorder(
                    store, plan, self._wall_clock, self._player.tightness_before()
                )
            except HistoryError as error:
                self.message.emit(self.tr("History is not being saved: %s") % error)
        self._player.attach(plan)
        if self.screen is not None:
            self.screen.inhibit()
        if self.media is not None:
            self.media.begin(plan.routine_name)
        self.session_started.emit()
        self._close_sound.stop()
        if self._audio and self.cues is None:
            # Loading the sound and speech stack takes about a second (the speech engine lists
            # every voice): show the session page first, then load it and start the clock.
            self._start_pending.start()
        else:
            self._start_clock()
        return True

    @Slot()
    def _start_clock(self) -> None:
        """Open the sound, then start the session clock once sound flows (so no cue is late)."""
        runner = self.runner
        if runner is None or runner.engine.state is not State.IDLE:
            return
        self._ensure_cues()
        if self.cues is not None and self.cues.open():

            def go() -> None:
                self.cues.running.disconnect(go)
                if self.runner is runner and runner.engine.state is State.IDLE:
                    runner.start()

            self.cues.running.connect(go)
        else:
            runner.start()

    def _ensure_cues(self) -> None:
        """Load the audio stack on the first session, not at start-up."""
        if self.cues is not None or not self._audio:
            return
        try:
            from hamstring_desktop.audio.cue_player import CuePlayer
        except (ImportError, OSError) as error:
            # Qt Multimedia could not load (no libpulse, no multimedia backend): the session
            # runs on what the screen shows, and is recorded as usual.
            self._audio = False
            _log.warning("no sound: the sound system could not be loaded: %s", error)
            self._player.set_notice(
                self.tr("No sound: the sound system could not be loaded (%s). Follow the screen.")
                % _first_line(error)
            )
            return

        player = CuePlayer(
            self._settings,
            self._library.guide,
            muted=self.muted_for_run,
            speech_server=self._speech_server(),
            parent=self,
        )
        player.notice.connect(self._player.set_notice)
        for text in player.notices_so_far():
            self._player.set_notice(text)
        self.cues = player

    @staticmethod
    def _speech_server() -> SpeechServer | None:
        """The app's own speech-dispatcher (Linux), so that an idle voice costs little."""
        if not sys.platform.startswith("linux"):
            return None
        from hamstring_desktop.audio.speech_server import SpeechServer
        from hamstring_desktop.paths import (
            SYSTEM_SPEECHD_CONFIG_DIRS,
            speech_server_dir,
            speech_server_socket,
            user_speechd_config_dir,
        )

        return SpeechServer(
            speech_server_dir(), speech_server_socket(), SYSTEM_SPEECHD_CONFIG_DIRS, user_speechd_config_dir()
        )

    @Slot(object)
    def act(self, action: SessionAction) -> None:
        """Carry out a user's action on the session; with none running, Space (or play) starts
        the chosen routine."""
        if self.runner is None:
            if action in (SessionAction.TOGGLE, SessionAction.PLAY):
                self._player.request_start()
            return
        self.runner.perform(action)

    @Slot(list)
    def _on_events(self, events: list[Event]) -> None:
        self._player.apply(events)
        if self.media is not None:
            self.media.apply(events)
        if self.cues is not None:
            self.cues.play(events)
            self._plan_sound_stream()
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
                if self.media is not None:
                    self.media.end()
                self._close_sound.start()
                self.session_finished.emit(event.outcome.value)

    def _plan_sound_stream(self) -> None:
        """Keep the output open only around tones: close it after one when the next is far off,
        and reopen it just in time."""
        cues, runner = self.cues, self.runner
        if cues is None or runner is None or not self.active or not cues.streams:
            return
        tone_at = runner.engine.next_tone_time()
        gap = runner.real_seconds_until(tone_at) if tone_at is not None else None
        quiet = cues.seconds_until_quiet() + CLOSE_MARGIN_S
        if gap is None or gap > quiet + REOPEN_LEAD_S + CLOSE_MARGIN_S:
            self._idle_close.start(int(quiet * 1000))
            if gap is not None:
                self._reopen.start(int((gap - REOPEN_LEAD_S) * 1000))
            else:
                self._reopen.stop()
        else:
            self._idle_close.stop()
            self._reopen.stop()
            if not cues.is_open:
                cues.open()

    @Slot()
    def _close_between_tones(self) -> None:
        # Only while a reopen is planned, or while paused (resuming plans the next one).
        paused = self.runner is not None and self.runner.engine.state is State.PAUSED
        if self.cues is not None and self.active and (self._reopen.isActive() or paused):
            self.cues.close()

    @Slot()
    def _reopen_cues(self) -> None:
        if self.cues is not None and self.active and not self.cues.is_open:
            self.cues.open()

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
