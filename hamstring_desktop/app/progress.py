"""Progress in the app: the History page (made the first time it is shown), where the week stands
on the idle player, the weekly goal, the reminder, and the tray icon.

The page reads the history through the session log's own connection, on the GUI thread: a page of
rows, a count and the last year's sessions are small reads. The summary is read again when a
session ends, when its check-out is saved and after an import.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from hamstring_desktop.history.browse import SessionBrowser
from hamstring_desktop.history.store import HistoryError, HistoryStore
from hamstring_desktop.services.settings import (
    KEEP_IN_TRAY,
    LAST_ROUTINE,
    REMINDED_ON,
    REMINDER_ENABLED,
    REMINDER_TIME,
    WEEKLY_GOAL,
)
from hamstring_desktop.stats import YEAR_DAYS, Overview, SessionFacts, overview
from hamstring_desktop.ui.pages import HISTORY, PLAYER
from hamstring_desktop.words.summary import summary_lines

if TYPE_CHECKING:
    from hamstring_desktop.app.history_transfers import HistoryTransfers
    from hamstring_desktop.app.session import SessionController
    from hamstring_desktop.content import Library
    from hamstring_desktop.services.reminders import Reminders
    from hamstring_desktop.ui.history.page import HistoryPage
    from hamstring_desktop.ui.main_window import MainWindow
    from hamstring_desktop.ui.tray import Tray


def local_now() -> datetime:
    """The wall clock, with the local UTC offset."""
    return datetime.now().astimezone()


def parse_time(text: str) -> time:
    """A reminder time saved as HH:MM; 18:00 when it cannot be read."""
    try:
        return time.fromisoformat(text)
    except ValueError:
        return time(18, 0)


def parse_day(text: str) -> date | None:
    """A date saved as YYYY-MM-DD, or None."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def technique_names(library: Library) -> Callable[[str], str]:
    """A technique's name by its id (the id itself for one the library no longer has)."""

    def name(technique_id: str) -> str:
        try:
            return library.technique(technique_id).name
        except KeyError:
            return technique_id

    return name


class Progress(QObject):
    """The History page, the idle summary, the goal, the reminder and the tray of one window.

    Signals:
        overview_ready(object, int): a worker's overview (or the reason it failed) and its request.
    """

    overview_ready = Signal(object, int)

    def __init__(
        self,
        window: MainWindow,
        controller: SessionController,
        library: Library,
        transfers: HistoryTransfers | None = None,
        wall_clock: Callable[[], datetime] = local_now,
        background: bool = True,
    ) -> None:
        super().__init__(window)
        self._background = background
        self._pool: ThreadPoolExecutor | None = None
        self._generation = 0
        self._waiting: tuple[int, Callable[[Overview], None]] | None = None
        self.overview_ready.connect(self._overview_ready)
        window.closed.connect(self.close)
        self._window = window
        self._settings = window.settings
        self._controller = controller
        self._library = library
        self._clock = wall_clock
        self._technique_name = technique_names(library)
        self._browser: SessionBrowser | None = None
        self.page: HistoryPage | None = None
        self.reminders: Reminders | None = None
        self.tray: Tray | None = None
        window.pages.history_wanted.connect(self.build_page)
        # After the controller has saved the check-out (connected earlier, so called earlier).
        window.player.check_out_submitted.connect(lambda *_: self.refresh())
        controller.session_finished.connect(lambda _outcome: self.refresh())
        controller.session_started.connect(self._remember_routine)
        if transfers is not None:
            transfers.history_changed.connect(self.refresh)

    # --- the history ------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock().date()

    def history_opened(self, store: HistoryStore | None) -> None:
        """The history is open (None: it could not be, and the app has said why)."""
        if store is None:
            self._window.pages.history_unavailable(
                self.tr("Your history could not be opened, so there is nothing to show here.")
            )
            return
        self._browser = SessionBrowser(store)
        self.refresh()
        self._configure_reminders()

    def facts(self) -> list[SessionFacts]:
        """The last year's sessions (empty when the history cannot be read)."""
        if self._browser is None:
            return []
        today = self._today()
        try:
            return self._browser.facts(today - timedelta(days=YEAR_DAYS), today, self._technique_name)
        except HistoryError as error:
            self._window.statusBar().showMessage(str(error), 10_000)
            return []

    @Slot()
    def refresh(self) -> None:
        """Work out the overview again: the idle summary, and the History page if it is made."""
        if self._browser is None:
            return
        if self.page is not None:
            self.page.refresh()  # its overview comes through load_overview, and the summary with it
        else:
            self.load_overview(self._settings.get(WEEKLY_GOAL), lambda _overview: None)

    def load_overview(self, goal: int, done: Callable[[Overview], None]) -> None:
        """Work out the last year's overview for ``goal`` on a worker thread with a connection of
        its own (a busy year is thousands of sessions), then show its summary on the idle player
        and hand it to ``done``, on the GUI thread. Only the newest request is answered."""
        if self._browser is None:
            return
        self._generation += 1
        self._waiting = (self._generation, done)
        today = self._today()
        store = self._browser.store
        if not self._background or store.path == Path(":memory:"):
            self._overview_ready(self._overview(self._browser, today, goal), self._generation)
            return
        generation, path, open_sessions = self._generation, store.path, store.open_sessions

        def work() -> None:
            try:
                reading = HistoryStore.connect(path, open_sessions)
                try:
                    result: Overview | str = self._overview(SessionBrowser(reading), today, goal)
                finally:
                    reading.close()
            except HistoryError as error:
                result = str(error)
            self.overview_ready.emit(result, generation)  # queued to the GUI thread

        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="overview")
        self._pool.submit(work)

    def _overview(self, browser: SessionBrowser, today: date, goal: int) -> Overview:
        year = browser.facts(today - timedelta(days=YEAR_DAYS), today, self._technique_name)
        return overview(year, today, goal)

    @Slot(object, int)
    def _overview_ready(self, result: Overview | str, generation: int) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is None or waiting[0] != generation:
            self._waiting = waiting
            return
        if isinstance(result, str):
            self._window.statusBar().showMessage(result, 10_000)
            return
        lines = summary_lines(result.summary, result.today) if result.summary.sessions else []
        self._window.player.idle_page.show_progress_summary(lines)
        waiting[1](result)

    def close(self) -> None:
        """Let the worker finish (it answers no one after this)."""
        self._waiting = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    @Slot()
    def build_page(self) -> None:
        """Make the History page and hand it to the window."""
        if self.page is not None or self._browser is None:
            return
        from hamstring_desktop.ui.history.page import HistoryPage

        settings = self._settings
        page = HistoryPage(
            self._browser,
            self._technique_name,
            self._today,
            settings.get(WEEKLY_GOAL),
            overview_loader=self.load_overview,
        )
        page.set_reminder(settings.get(REMINDER_ENABLED), settings.get(REMINDER_TIME))
        page.message.connect(lambda text: self._window.statusBar().showMessage(text, 8000))
        page.goal_changed.connect(self._goal_changed)
        page.reminder_changed.connect(self._reminder_changed)
        page.export_report.connect(self._window.export_report_action.trigger)
        self.page = page
        self._window.pages.set_history(page)

    @Slot(int)
    def _goal_changed(self, goal: int) -> None:
        self._settings.set(WEEKLY_GOAL, goal)
        self.refresh()
        self._configure_reminders()

    # --- the reminder -----------------------------------------------------------------------------

    @Slot(bool, str)
    def _reminder_changed(self, enabled: bool, at: str) -> None:
        self._settings.set(REMINDER_ENABLED, enabled)
        self._settings.set(REMINDER_TIME, at)
        self._configure_reminders()

    def _configure_reminders(self) -> None:
        settings = self._settings
        if not settings.get(REMINDER_ENABLED) and self.reminders is None:
            return
        if self.reminders is None:
            from hamstring_desktop.services.notifications import Notifier
            from hamstring_desktop.services.reminders import Reminders

            notifier = Notifier(parent=self)
            notifier.clicked.connect(self.show_player)
            self.reminders = Reminders(notifier, self._tray_message, self.facts, self._clock, self)
            self.reminders.reminded.connect(self._reminded)
        self.reminders.configure(
            settings.get(REMINDER_ENABLED),
            parse_time(settings.get(REMINDER_TIME)),
            settings.get(WEEKLY_GOAL),
            parse_day(settings.get(REMINDED_ON)),
        )

    @Slot(str)
    def _reminded(self, _title: str) -> None:
        self._settings.set(REMINDED_ON, self._today().isoformat())

    def _tray_message(self, title: str, body: str) -> None:
        """Where there is no notification service: the tray's message, else the status bar."""
        if self.tray is not None:
            self.tray.message(title, body)
        else:
            self._window.statusBar().showMessage(f"{title} {body}")

    # --- the tray ---------------------------------------------------------------------------------

    def add_tray(self) -> None:
        """The tray icon, where the desktop has a tray; File ▸ Keep Running in the Tray with it."""
        from hamstring_desktop.ui.tray import Tray

        action = self._window.keep_in_tray_action
        if not Tray.available():
            action.setToolTip(self.tr("This desktop has no system tray."))
            return
        tray = Tray(self._window.windowIcon(), self)
        tray.start_last.connect(self.start_last)
        tray.show_window.connect(self.show_player)
        tray.quit_requested.connect(self._window.quit_app)
        tray.set_last_routine(self._last_routine_name())
        tray.show()
        self.tray = tray
        action.setEnabled(True)
        action.setChecked(self._settings.get(KEEP_IN_TRAY))
        action.toggled.connect(lambda on: self._settings.set(KEEP_IN_TRAY, on))

    def _last_routine_name(self) -> str:
        routine_id = self._settings.get(LAST_ROUTINE)
        try:
            return self._library.routine(routine_id).name if routine_id else ""
        except KeyError:
            return ""

    @Slot()
    def _remember_routine(self) -> None:
        runner = self._controller.runner
        if runner is None:
            return
        self._settings.set(LAST_ROUTINE, runner.engine.plan.routine_id)
        if self.tray is not None:
            self.tray.set_last_routine(self._last_routine_name())

    @Slot()
    def show_player(self) -> None:
        """Bring the window forward on the player (a notification or the tray was clicked)."""
        self._window.bring_forward()
        self._window.pages.show_page(PLAYER)

    @Slot()
    def start_last(self) -> None:
        """Start the routine used last, in front of the user."""
        self.show_player()
        name = self._last_routine_name()
        if name:
            self._controller.start(self._settings.get(LAST_ROUTINE))

    def show_history(self) -> None:
        """Open on the History page (``--show history``)."""
        self._window.pages.show_page(HISTORY)
