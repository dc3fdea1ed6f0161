"""Scripted runs: quitting after a session (--quit-after-session) and screenshots (--screenshot)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hamstring_desktop.app.options import GuiOptions
from hamstring_desktop.ui.window_fit import on_a_screen

if TYPE_CHECKING:
    from hamstring_desktop.app.session import SessionController
    from hamstring_desktop.content import Library
    from hamstring_desktop.ui.main_window import MainWindow

# --quit-after-session: quit once the closing arpeggio (about 0.6 s) and the closing sentence
# have played, checking every QUIT_POLL_MS, and at the latest after QUIT_WAIT_LIMIT_MS.
QUIT_AFTER_SESSION_MS = 900
QUIT_POLL_MS = 200
QUIT_WAIT_LIMIT_MS = 15_000


class QuitAfterSession(QObject):
    """--quit-after-session: closes the window once the session has ended and its closing cues
    (the arpeggio, and the last sentence when the voice is on) have played out."""

    def __init__(self, window: MainWindow, controller: SessionController) -> None:
        super().__init__(window)
        self.exit_code = 0
        self._window = window
        self._controller = controller
        self._waited_ms = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._quit_when_quiet)
        controller.session_finished.connect(self._finished)

    def can_start_unattended(self) -> bool:
        """False (and says why on stderr) when the safety check would wait for an answer in a
        window no one can see: offscreen, a scripted run would hang."""
        if on_a_screen():
            return True
        if not self._controller.safety_check_pending():
            return True
        message = self.tr(
            "The safety check needs an answer before the first session, but this window is not on "
            "a screen. Read it in the app (Help ▸ Safety, F1), then run again with "
            "--safety-acknowledged."
        )
        print(f"error: {message}", file=sys.stderr)
        return False

    def start(self, routine_id: str) -> None:
        """Start the routine; if it does not start (the safety check cancelled), end the run
        with exit code 1."""
        if not self._controller.start(routine_id):
            self.exit_code = 1
            self._window.close()

    def _finished(self, outcome: str) -> None:
        self.exit_code = 0 if outcome == "completed" else 1
        self._timer.start(QUIT_AFTER_SESSION_MS)  # let the closing cues begin first

    def _quit_when_quiet(self) -> None:
        self._waited_ms += self._timer.interval()
        if self._controller.sounding and self._waited_ms < QUIT_WAIT_LIMIT_MS:
            self._timer.start(QUIT_POLL_MS)  # the last sentence is still being spoken
        else:
            self._window.close()


# --screenshot with --routine ID --start: the picture is taken this long into the first step.
SESSION_SCREENSHOT_DELAY_S = 1.0


async def session_screenshot(window: MainWindow, controller: SessionController, options: GuiOptions) -> int:
    """Start the routine, and save the screenshot once its first step has been running a moment."""
    from hamstring_desktop.session.engine import State

    assert options.screenshot is not None and options.routine is not None
    controller.start(options.routine)
    deadline = asyncio.get_running_loop().time() + 60
    shown = (State.RUNNING, State.WAITING)  # a routine may open with a wait, which has no clock
    while (runner := controller.runner) is None or runner.engine.state not in shown:
        if asyncio.get_running_loop().time() > deadline:
            controller.close()
            print("error: the session did not start within a minute", file=sys.stderr)
            return 1
        await asyncio.sleep(0.05)
    await asyncio.sleep(SESSION_SCREENSHOT_DELAY_S / options.time_scale)
    code = save_screenshot(window, options.screenshot)
    controller.close()
    return code


async def page_screenshot(
    window: MainWindow, controller: SessionController, options: GuiOptions, library: Library
) -> int:
    """The page asked for (``--show``), with the data dir's history read only (an empty one where
    there is none or it cannot be read), saved once painted."""
    from hamstring_desktop.app.progress import Progress
    from hamstring_desktop.history.store import HistoryError, HistoryStore

    assert options.screenshot is not None
    database = options.paths.database_file
    try:
        store = HistoryStore.open_read_only(database) if database.exists() else HistoryStore.open_empty()
    except HistoryError as error:
        print(f"error: {error}", file=sys.stderr)
        store = HistoryStore.open_empty()
    progress = Progress(window, controller, library, background=False)
    progress.history_opened(store)
    if options.show == "history":
        progress.show_history()
    await asyncio.sleep(0.05)  # a paint of the page before the picture
    code = save_screenshot(window, options.screenshot)
    store.close()
    return code


def save_screenshot(window: QWidget, target: Path) -> int:
    """Grab the painted window, close it, and write the PNG; 0 when saved, else 1 with the
    reason on stderr."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from hamstring_desktop.services.safe_io import write_atomically

    QApplication.processEvents()  # let docks and layouts settle before grabbing
    image = window.grab().toImage()
    window.close()
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = image.save(buffer, "PNG")
    buffer.close()
    try:
        if not encoded:
            raise OSError(0, "the image could not be encoded as PNG")
        write_atomically(target, png.data())
    except OSError as error:
        print(f"error: {target}: cannot save the screenshot ({error.strerror or error})", file=sys.stderr)
        return 1
    print(f"saved {target} ({image.width()}×{image.height()})")
    return 0
