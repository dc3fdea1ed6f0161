"""Wires one session at a time: the engine and its timer, the history, the sound, the screen and
the media keys, to the player. Every part is given to the constructor; each rule lives with its
part (the safety rule in the domain, recording in history/, when the sound may close in audio/).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QDialog, QWidget

from hamstring_desktop.audio.stream_policy import ToneOutput
from hamstring_desktop.content import Library
from hamstring_desktop.history.session_log import SessionLog
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.session_runner import SessionRunner
from hamstring_desktop.services.settings import INJURED, PACING, PACING_SECONDS, SAFETY_ACKNOWLEDGED, Settings
from hamstring_desktop.session.checkin import Tightness
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
from hamstring_desktop.words.errors import first_line

if TYPE_CHECKING:
    from hamstring_desktop.audio.speech_server import SpeechServer
    from hamstring_desktop.audio.stream_policy import StreamPolicy

_log = logging.getLogger(__name__)
START_DELAY_MS = 50  # time for the session page to be painted before the clock starts


class CueSink(ToneOutput, Protocol):
    """Anything that turns engine events into sound: a tone output that also speaks."""

    running: SignalInstance

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


@dataclass(frozen=True)
class RunOptions:
    """How this run of the app treats sessions (from the command line)."""

    time_scale: float = 1.0
    audio: bool = True  # load the sound and speech stack at all
    record: bool = True  # write sessions to the history (off for scripted screenshots)
    muted: bool = False  # --mute: no tones or voice in this run
    safety_acknowledged: bool = False  # --safety-acknowledged: skip the check in this run


class SessionController(QObject):
    """Starts sessions from the player and fans the engine's events out.

    Signals:
        session_started(): a session began (after the safety check).
        session_finished(str): a session ended with this outcome.
        message(str): a short status message for the user.
        alert(str): a message the user must not miss (the history cannot be saved, or its
            damaged file was moved aside).
    """

    session_started = Signal()
    session_finished = Signal(str)
    message = Signal(str)
    alert = Signal(str)

    def __init__(
        self,
        library: Library,
        settings: Settings,
        paths: DataPaths,
        player: PlayerWidget,
        dialog_parent: QWidget,
        options: RunOptions | None = None,
        screen: ScreenKeeper | None = None,
        media: MediaKeys | None = None,
        wall_clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self._player = player
        self._dialog_parent = dialog_parent
        self._options = options or RunOptions()
        self._audio = self._options.audio
        self._screen = screen
        self._media = media
        self.history = SessionLog(paths, self.message.emit, wall_clock, alert=self.alert.emit)
        self.runner: SessionRunner | None = None
        self.cues: CueSink | None = None
        self._stream: StreamPolicy | None = None
        self._start_pending = QTimer(self)
        self._start_pending.setSingleShot(True)
        self._start_pending.setInterval(START_DELAY_MS)
        self._start_pending.timeout.connect(self._start_clock)
        player.start_requested.connect(self.start)
        player.check_out_submitted.connect(self.check_out)

    @Slot(object)
    def set_library(self, library: Library) -> None:
        """The routines were read again (one saved, imported or deleted): the next session
        starts from these."""
        self._library = library

    def close(self) -> None:
        """Stop any session under way (recorded as stopped), also one whose clock has not started
        yet (the sound is still warming up), and close the history."""
        if self.runner is not None and self.runner.engine.state not in FINAL:
            self.act(SessionAction.STOP)
        if self.cues is not None:
            self.cues.stop_all()
            self.cues.close()
        self.history.close()

    @property
    def sounding(self) -> bool:
        """Whether a tone or a spoken sentence is still playing."""
        return self.cues is not None and (self.cues.speaking or self.cues.seconds_until_quiet() > 0)

    # --- what the sound's stream policy asks --------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether a session is under way (also while its clock waits for the page and the sound)."""
        return self.runner is not None and self.runner.engine.state not in FINAL

    @property
    def paused(self) -> bool:
        """Whether the session is paused."""
        return self.runner is not None and self.runner.engine.state is State.PAUSED

    def real_seconds_until_next_tone(self) -> float | None:
        """Real seconds until the next tone, or None when none is planned."""
        runner = self.runner
        if runner is None:
            return None
        tone_at = runner.engine.next_tone_time()
        return runner.real_seconds_until(tone_at) if tone_at is not None else None

    # --- sessions --------------------------------------------------------------------------------

    def safety_check_pending(self) -> bool:
        """Whether the next session asks the safety check first."""
        return safety_check_needed(
            self._settings.get(SAFETY_ACKNOWLEDGED),
            self._settings.get(INJURED),
            self._options.safety_acknowledged,
        )

    def confirm_safety(self) -> bool:
        """Show the safety check if needed; True when the session may start."""
        if not self.safety_check_pending():
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
        runner = SessionRunner(engine, time_scale=self._options.time_scale, parent=self)
        runner.events.connect(self._on_events)
        runner.late_wakeup.connect(self._on_late_wakeup)
        if self.runner is not None:
            self.runner.deleteLater()
        self.runner = runner
        if self._options.record:
            self.history.begin(plan, self._player.tightness_before())
        self._player.attach(plan)
        if self._options.record and self.history.problem:
            self._player.set_notice(self.tr("This session will not be saved: %s") % self.history.problem)
        if self._screen is not None:
            self._screen.inhibit()
        if self._media is not None:
            self._media.begin(plan.routine_name)
        self.session_started.emit()
        if self._stream is not None:
            self._stream.session_started()
        # The session page is painted first (its first paint takes a few tens of milliseconds, and
        # the first sound stack load about a second): the clock starts after that, so the first
        # cue is not late.
        self._start_pending.start()
        return True

    @Slot()
    def _start_clock(self) -> None:
        """Open the sound, then start the session clock once sound flows (so no cue is late)."""
        runner = self.runner
        if runner is None or runner.engine.state is not State.IDLE:
            return
        self._ensure_cues()
        cues = self.cues
        if cues is not None and cues.open():

            def go() -> None:
                cues.running.disconnect(go)
                if self.runner is runner and runner.engine.state is State.IDLE:
                    runner.start()

            cues.running.connect(go)
        else:
            runner.start()

    def prepare_sessions(self) -> None:
        """Load what a session loads on first use, ahead of the first session (the app does it
        once the history is open, while the user chooses a routine): a session's start then only
        builds its objects, and the window goes on taking keys. Nothing is opened: no sound
        stream, no voice."""
        import hamstring_desktop.session.progress  # the player's view-model

        if self.cues is not None or not self._audio:
            return
        try:
            import hamstring_desktop.audio.cue_player
            import hamstring_desktop.audio.stream_policy  # noqa: F401
        except (ImportError, OSError) as error:
            _log.info("the sound modules will be loaded with the first session: %s", error)

    def _ensure_cues(self) -> None:
        """Load the audio stack on the first session, not at start-up."""
        if self.cues is not None or not self._audio:
            return
        try:
            from hamstring_desktop.audio.cue_player import CuePlayer
            from hamstring_desktop.audio.stream_policy import StreamPolicy
        except (ImportError, OSError) as error:
            # Qt Multimedia could not load (no libpulse, no multimedia backend): the session
            # runs on what the screen shows, and is recorded as usual.
            self._audio = False
            _log.warning("no sound: the sound system could not be loaded: %s", error)
            self._player.set_notice(
                self.tr("No sound: the sound system could not be loaded (%s). Follow the screen.")
                % first_line(error)
            )
            return
        player = CuePlayer(
            self._settings,
            self._library.guide,
            muted=self._options.muted,
            speech_server=self._speech_server(),
            ready_key=self._player.ready_key_text,
            parent=self,
            language=self._library.language,
        )
        player.notice.connect(self._player.set_notice)
        for text in player.notices_so_far():
            self._player.set_notice(text)
        self.cues = player
        self._stream = StreamPolicy(player, self, parent=self)

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
        if self.runner.engine.state is State.IDLE and action not in (SessionAction.STOP, SessionAction.PAIN):
            return  # the clock starts in a moment (page painted, sound ready); only stopping counts
        self.runner.perform(action)

    @Slot(list)
    def _on_events(self, events: list[Event]) -> None:
        self._player.apply(events)
        if self._media is not None:
            self._media.apply(events)
        if self.cues is not None:
            self.cues.play(events)
        if self._stream is not None:
            self._stream.plan()
        self.history.record(events)
        for event in events:
            if isinstance(event, StateChanged) and event.reason == "late-wakeup":
                self._player.set_notice(
                    self.tr("Paused: the computer was asleep or busy. Press Space to carry on.")
                )
            if isinstance(event, Finished):
                if self._screen is not None:
                    self._screen.release()
                if self._media is not None:
                    self._media.end()
                if self._stream is not None:
                    self._stream.session_ended()
                self.session_finished.emit(event.outcome.value)

    @Slot(float)
    def _on_late_wakeup(self, seconds: float) -> None:
        _log.info("session paused after a wake-up %.1f s late", seconds)

    @Slot(object, str)
    def check_out(self, after: Tightness, notes: str) -> None:
        """Save the closing check-in, and let go of the finished session."""
        self.history.check_out(after, notes)
        if self.runner is not None:
            self.runner.deleteLater()
            self.runner = None
