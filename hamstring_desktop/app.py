"""Composition root: the QApplication, the qasync event loop, and the wiring of services to widgets.

qasync 0.28 needs care with PySide6: widgets are built inside the async main, every task we
start is kept referenced, and on the way out the loop is closed and its executor shut down
explicitly (a worker thread alive at exit aborts the process with "QThread: Destroyed while
thread is still running").
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from hamstring_desktop import APP_ID, APP_NAME, DESKTOP_ID, __version__
from hamstring_desktop.content import ContentErrors
from hamstring_desktop.paths import DataPaths

if TYPE_CHECKING:
    from hamstring_desktop.services.content_source import LoadedContent
    from hamstring_desktop.session_controller import SessionController
    from hamstring_desktop.ui.main_window import MainWindow

# Set by the start-up benchmark: print a marker line on the first paint of the main window.
ENV_REPORT_FIRST_PAINT = "HAMSTRING_DESKTOP_REPORT_FIRST_PAINT"
# --quit-after-session: quit once the closing arpeggio (about 0.6 s) and the closing sentence
# have played, checking every QUIT_POLL_MS, and at the latest after QUIT_WAIT_LIMIT_MS.
QUIT_AFTER_SESSION_MS = 900
QUIT_POLL_MS = 200
QUIT_WAIT_LIMIT_MS = 15_000


@dataclass(frozen=True)
class GuiOptions:
    """What the command line asked the GUI to do."""

    paths: DataPaths
    screenshot: Path | None = None
    routine: str | None = None
    select_muscle: str | None = None
    start: bool = False
    time_scale: float = 1.0
    quit_after_session: bool = False
    mute: bool = False
    safety_acknowledged: bool = False


class FirstPaintWatcher(QObject):
    """Emits ``painted`` once, when the watched widget is first painted.

    Signals:
        painted(): the widget has been painted for the first time.
    """

    painted = Signal()

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            if os.environ.get(ENV_REPORT_FIRST_PAINT):
                print("first-paint", flush=True)
            self.painted.emit()
        return False


class QuitOnSignal(QObject):
    """SIGTERM (logging out, ``kill``) and SIGINT (Ctrl+C in a terminal) close the window as
    File ▸ Quit does: a running session is saved as stopped, and the sounds uploaded to the sound
    server are removed. Python runs signal handlers only between bytecodes, so the signal number
    is written to a socket that Qt's event loop watches."""

    SIGNALS = (signal.SIGTERM, signal.SIGINT)

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
            self._window.close()

    def restore(self) -> None:
        """Give the signals back to their previous handlers."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


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

    def _finished(self, outcome: str) -> None:
        self.exit_code = 0 if outcome == "completed" else 1
        self._timer.start(QUIT_AFTER_SESSION_MS)  # let the closing cues begin first

    def _quit_when_quiet(self) -> None:
        self._waited_ms += self._timer.interval()
        if self._controller.sounding and self._waited_ms < QUIT_WAIT_LIMIT_MS:
            self._timer.start(QUIT_POLL_MS)  # the last sentence is still being spoken
        else:
            self._window.close()


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created and configured on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland finds the window's icon through the desktop entry
    app.setStyle("Fusion")
    app.setQuitOnLastWindowClosed(False)  # the async main decides when we are done
    return app


def run_gui(options: GuiOptions, argv: list[str] | None = None) -> int:
    """Run the app on a qasync loop until its window closes; returns the exit code."""
    app = ensure_application(argv)
    loop = qasync.QEventLoop(app)
    executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="hamstring-worker")
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(async_main(app, options))
    finally:
        # Windows closed by async_main were deleteLater()'d; delete them now, not at exit.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        executor.shutdown(wait=True, cancel_futures=True)
        loop.close()
        asyncio.set_event_loop(None)


async def async_main(app: QApplication, options: GuiOptions) -> int:
    """Build the window, show it, and wait until it closes (or until the screenshot is saved)."""
    from hamstring_desktop.services.content_source import load_content

    paths = options.paths
    try:
        paths.ensure()
    except OSError as error:
        return _fatal(app.tr("Cannot create the data folder %s: %s") % (paths.root, error.strerror))
    try:
        loaded = load_content(paths.routines_dir)
    except ContentErrors as errors:
        return _fatal(app.tr("The app's built-in content is damaged:\n%s") % errors)

    if options.routine is not None and options.routine not in {r.id for r in loaded.library.routines}:
        known = ", ".join(r.id for r in loaded.library.routines)
        return _fatal(app.tr("There is no routine '%s'. Known routines: %s") % (options.routine, known))
    muscle_ids = [m.id for m in loaded.library.muscles]
    if options.select_muscle is not None and options.select_muscle not in muscle_ids:
        known = ", ".join(muscle_ids)
        return _fatal(app.tr("There is no muscle '%s'. Known muscles: %s") % (options.select_muscle, known))
    window = _build_window(app, options, loaded)
    quit_on_signal = QuitOnSignal(window)
    loop = asyncio.get_running_loop()
    closed: asyncio.Future[None] = loop.create_future()
    painted: asyncio.Future[None] = loop.create_future()
    window.closed.connect(lambda: closed.done() or closed.set_result(None))
    watcher = FirstPaintWatcher(window)
    watcher.painted.connect(lambda: painted.done() or painted.set_result(None))
    window.show()
    try:
        await asyncio.wait((painted, closed), return_when=asyncio.FIRST_COMPLETED)
        if closed.done():  # closed before it was ever painted
            return 0
        if options.screenshot is not None:
            return _save_screenshot(window, options.screenshot)
        # Sessions, history and sound are wired after the first paint: start-up stays quick.
        controller = _wire_sessions(window, options, loaded)
        window.closed.connect(controller.close)
        quitter = QuitAfterSession(window, controller) if options.quit_after_session else None
        if loaded.user_errors:
            window.show_routine_problems()
        if options.start and options.routine is not None:
            # Outside this coroutine: the safety check may run a modal dialog.
            loop.call_soon(controller.start, options.routine)
        await closed
        return quitter.exit_code if quitter is not None else 0
    finally:
        quit_on_signal.restore()
        window.deleteLater()


def _build_window(app: QApplication, options: GuiOptions, loaded: LoadedContent) -> MainWindow:
    """The main window, themed, with the requested routine chosen."""
    from hamstring_desktop.services.settings import THEME, Settings
    from hamstring_desktop.ui.main_window import MainWindow
    from hamstring_desktop.ui.theme import apply_theme

    settings = Settings(options.paths.settings_file, app)
    apply_theme(settings.get(THEME))
    app.setWindowIcon(QIcon(":/icons/hamstring-desktop.svg"))
    window = MainWindow(loaded.library, settings, options.paths, loaded.user_errors)
    if options.screenshot is not None:  # always the documented size, whatever layout was saved
        from hamstring_desktop.ui.main_window import DEFAULT_SIZE

        window.remember_layout = False
        window.resize(*DEFAULT_SIZE)
    if options.routine is not None:
        window.player.select_routine(options.routine)
    if options.select_muscle is not None:
        window.select_muscle(options.select_muscle)
    return window


def _wire_sessions(window: MainWindow, options: GuiOptions, loaded: LoadedContent) -> SessionController:
    """The session controller (engine, runner, history, sound, screen, media keys), connected to the
    window."""
    from hamstring_desktop.services.media_controls import MediaControls
    from hamstring_desktop.services.screen_keeper import ScreenKeeper
    from hamstring_desktop.session_controller import SessionController

    controller = SessionController(
        loaded.library,
        window.settings,
        options.paths,
        window.player,
        window,
        options.time_scale,
        parent=window,
    )
    controller.screen = ScreenKeeper(parent=controller)
    media = MediaControls(parent=controller)
    media.action_requested.connect(controller.act)
    media.raise_requested.connect(window.bring_forward)
    controller.media = media
    controller.safety_acknowledged_for_run = options.safety_acknowledged
    controller.muted_for_run = options.mute
    controller.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.session_action.connect(controller.act)
    return controller


def _save_screenshot(window: QObject, target: Path) -> int:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    QApplication.processEvents()  # let docks and layouts settle before grabbing
    image = window.grab().toImage()
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = image.save(str(target), "PNG")
    window.close()
    if not saved:
        print(f"error: {target}: could not write the screenshot", file=sys.stderr)
        return 1
    print(f"saved {target} ({image.width()}×{image.height()})")
    return 0


def _fatal(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, message)
    return 1
