"""Start-up: the QApplication, the window painted first, then the qasync event loop.

The main window is built, shown and painted before asyncio and qasync are even imported (they
cost about 35 ms); the running QApplication is then adopted by a qasync loop, on which the rest
of the app runs: the session wiring, sound, speech, D-Bus and the history, all loaded after the
first paint.

qasync 0.28 needs care with PySide6: every task we start is kept referenced, and on the way out
the loop is closed and its executor shut down explicitly (a worker thread alive at exit aborts
the process with "QThread: Destroyed while thread is still running").
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QApplication

from hamstring_desktop import APP_ID, APP_NAME, DESKTOP_ID, __version__, code_cache
from hamstring_desktop.app import quick_enums
from hamstring_desktop.app.options import GuiOptions, ScreenSize
from hamstring_desktop.content import ContentErrors
from hamstring_desktop.ui.focus_ring import FloorStyle, FocusRings
from hamstring_desktop.ui.window_fit import on_a_screen
from hamstring_desktop.words.context import TranslationContext

if TYPE_CHECKING:
    from hamstring_desktop.app.instance import InstanceClaim
    from hamstring_desktop.services.content_source import LoadedContent
    from hamstring_desktop.services.settings import Settings
    from hamstring_desktop.ui.main_window import MainWindow

# Set by the start-up benchmark: print a marker line on the first paint of the main window.
ENV_REPORT_FIRST_PAINT = "HAMSTRING_DESKTOP_REPORT_FIRST_PAINT"

Startup = TranslationContext("Startup")


class FirstPaintWatcher(QObject):
    """Emits ``painted`` once, when the watched widget is first painted.

    Signals:
        painted(): the widget has been painted for the first time.
    """

    painted = Signal()

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self._widget = widget
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            if os.environ.get(ENV_REPORT_FIRST_PAINT):
                print("first-paint", flush=True)
            self.done = True
            self.painted.emit()
        return False


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
    if app.findChild(FocusRings) is None:  # (asking for app.style() would make a default one)
        app.setStyle(FloorStyle("Fusion"))
        FocusRings(app)
    app.setQuitOnLastWindowClosed(False)  # run_gui decides when we are done
    return app


def simulate_screen(size: ScreenSize) -> Path:
    """Make Qt's offscreen platform show one screen of this logical size and pixel ratio (for
    screenshots); returns the configuration file, which may be deleted once the QApplication
    exists. Takes effect only before the QApplication is created.

    The offscreen platform applies a screen's own "dpr" to the screen but not to its windows, so
    a high-density panel is simulated as Qt's scaling does it on a real one: the native pixels,
    scaled by QT_SCALE_FACTOR."""
    import json
    import tempfile

    config = {
        "screens": [
            {
                "name": f"simulated {size.width}x{size.height}@{size.pixel_ratio:g}",
                "x": 0,
                "y": 0,
                "width": round(size.width * size.pixel_ratio),
                "height": round(size.height * size.pixel_ratio),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    handle, name = tempfile.mkstemp(prefix="hamstring-desktop-screen-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(config, out)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={name}"
    os.environ["QT_SCALE_FACTOR"] = f"{size.pixel_ratio:g}"
    return Path(name)


def run_gui(options: GuiOptions, argv: list[str] | None = None) -> int:
    """Run the app until its window closes; returns the exit code. First of all, unless this is
    a scripted screenshot, become the app on the data dir, or hand the launch to the app that
    already is (see ``app/instance.py``)."""
    claim = None
    try:
        if options.screenshot is None:
            from hamstring_desktop.app.instance import claim_instance

            claimed = claim_instance(options)
            if isinstance(claimed, int):  # handed to the app that is running
                return claimed
            claim = claimed
        return _run_gui(options, argv, claim)
    finally:
        _start_up_over()  # on every way out: the first paint did, unless there was none
        if claim is not None:
            claim.release()


def _run_gui(options: GuiOptions, argv: list[str] | None, claim: InstanceClaim | None) -> int:
    screen_file = None
    if options.screen_size is not None and QApplication.instance() is None:
        screen_file = simulate_screen(options.screen_size)
    try:
        app = ensure_application(argv)
    finally:
        if screen_file is not None:
            screen_file.unlink(missing_ok=True)
    from hamstring_desktop.services.language import install_language
    from hamstring_desktop.services.settings import Settings

    settings = Settings(options.paths.settings_file, app)
    language = install_language(app, settings)  # before any word is looked up
    try:
        return _run_in(app, options, settings, language.language, claim)
    finally:
        language.remove()


def _run_in(
    app: QApplication, options: GuiOptions, settings: Settings, language: str, claim: InstanceClaim | None
) -> int:
    """Run the app in ``language`` (its catalogues installed) until its window closes."""
    loaded = _load(app, options, language)
    if isinstance(loaded, int):
        return loaded
    from hamstring_desktop.app.wiring import build_window

    window = build_window(app, options, loaded, settings)
    quit_on_signal = None
    try:
        painted = _show_until_painted(window)
        _start_up_over()
        if not painted:
            return 0  # closed before it was ever painted
        window.finish_start_up()  # what the first paint does not show
        # Until now a signal ends the app at once, as usual: there is nothing to save yet.
        from hamstring_desktop.app.unix_signals import QuitOnSignal

        quit_on_signal = QuitOnSignal(window)
        return _run_on_qasync(app, window, options, loaded, claim)
    finally:
        if quit_on_signal is not None:
            quit_on_signal.restore()
        window.deleteLater()
        # Windows closed on the way were deleteLater()'d; delete them now, not at exit.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _load(app: QApplication, options: GuiOptions, language: str) -> LoadedContent | int:
    """The data folder and the content in ``language``, checked against the command line; an
    exit code when the app cannot go on."""
    from hamstring_desktop.services.content_source import load_content

    paths = options.paths
    try:
        paths.ensure()
    except OSError as error:  # name the folder that failed: often routines/ in a read-only data folder
        # Sessions can still run (on the built-in routines); the history says, once the window is
        # up, that they cannot be saved.
        folder = error.filename or paths.routines_dir
        message = Startup.tr("Cannot create the folder %s: %s") % (folder, error.strerror)
        print(f"warning: {message}", file=sys.stderr)
    try:
        loaded = load_content(paths.routines_dir, language, code_cache.active())
    except ContentErrors as errors:
        return _fatal(Startup.tr("The app's built-in content is damaged:\n%s") % errors)
    if options.routine is not None and options.routine not in {r.id for r in loaded.library.routines}:
        known = ", ".join(r.id for r in loaded.library.routines)
        return _fatal(Startup.tr("There is no routine '%s'. Known routines: %s") % (options.routine, known))
    muscle_ids = [m.id for m in loaded.library.muscles]
    if options.select_muscle is not None and options.select_muscle not in muscle_ids:
        known = ", ".join(muscle_ids)
        return _fatal(
            Startup.tr("There is no muscle '%s'. Known muscles: %s") % (options.select_muscle, known)
        )
    return loaded


def _start_up_over() -> None:
    """The start-up's shortcuts end: Python makes enums its own way again, and its garbage
    collector, if ``launcher.py`` paused it, runs again. The objects the start-up made (about
    57,000, nearly all for the whole run) are frozen first: left in the youngest generation, they
    were all walked by the collector's next two runs (about 9 and 7 ms, in the first seconds after
    the paint, when a session may be starting), and again by every full run after."""
    quick_enums.uninstall()
    code_cache.stop(save=True)
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _show_until_painted(window: MainWindow) -> bool:
    """Show the window and run Qt's own event loop until it has been painted once; False if it
    was closed first."""
    watcher = FirstPaintWatcher(window)
    waiting = QEventLoop()
    watcher.painted.connect(waiting.quit)
    window.closed.connect(waiting.quit)
    window.show()
    if not watcher.done:
        waiting.exec()
    return watcher.done and window.isVisible()


def _run_on_qasync(
    app: QApplication,
    window: MainWindow,
    options: GuiOptions,
    loaded: LoadedContent,
    claim: InstanceClaim | None,
) -> int:
    """Adopt the running QApplication into a qasync event loop and run the rest of the app on it
    until the window closes."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import qasync

    from hamstring_desktop.app.running import after_first_paint

    loop = qasync.QEventLoop(app)
    executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="hamstring-worker")
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(after_first_paint(window, options, loaded, claim))
    finally:
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        executor.shutdown(wait=True, cancel_futures=True)
        loop.close()
        asyncio.set_event_loop(None)


def _fatal(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    if on_a_screen():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, message)
    return 1
