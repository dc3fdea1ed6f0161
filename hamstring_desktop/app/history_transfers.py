"""The history in the app: opened at start-up (off the GUI thread), File ▸ Import History…,
Export History… and History Backups…, and the daily backup after a session.

Long work runs on a worker thread through the qasync loop (``asyncio.to_thread``), with a
progress bar and Cancel; the GUI thread only shows progress. Every worker opens a connection of
its own. Cancelling stops the work at the next chunk of rows: an export's temporary file is
removed (the target is untouched), an import's transaction is rolled back.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from hamstring_desktop.content import ContentError
from hamstring_desktop.history.backups import backup_due, backups_in, write_backup
from hamstring_desktop.history.export import export_history
from hamstring_desktop.history.importer import import_history
from hamstring_desktop.history.store import Cancelled, DateRange, HistoryError, HistoryStore
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import (
    BACKUP_ENABLED,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    EXPORT_FOLDER,
    WEEKLY_GOAL,
)
from hamstring_desktop.ui.history_dialogs import (
    BackupChoice,
    BackupDialog,
    ExportChoice,
    ExportDialog,
    progress_dialog,
    start_folder,
)
from hamstring_desktop.words.transfers import imported_words

if TYPE_CHECKING:
    from hamstring_desktop.app.session import SessionController
    from hamstring_desktop.ui.main_window import MainWindow


class HistoryTransfers(QObject):
    """Import, export and backups for one window.

    Signals:
        history_changed(): sessions were added (an import).
        finished(str): a piece of work ended; the words say how (for tests and the status bar).
    """

    history_changed = Signal()
    finished = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        controller: SessionController,
        paths: DataPaths,
        wall_clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        technique_name: Callable[[str], str] = str,
    ) -> None:
        super().__init__(window)
        self._technique_name = technique_name
        self._window = window
        self._controller = controller
        self._paths = paths
        self._clock = wall_clock
        self._tasks: set[asyncio.Task[Any]] = set()
        self._backup_failure_told = False
        self._backing_up = False
        self.progress: QProgressDialog | None = None

    # --- start-up ---------------------------------------------------------------------------------

    async def open_history(self) -> None:
        """Open the history off the GUI thread (a large file takes a moment to check), then
        say what the opening found and enable the menu items."""
        history = self._controller.history
        opening = asyncio.wrap_future(history.open_in_background())
        await asyncio.wait([opening])
        if not opening.cancelled():
            opening.exception()  # a failure is the history's to tell, as it takes the result
        store = history.open()
        window = self._window
        readable = store is not None or self._paths.database_file.exists()
        window.export_history_action.setEnabled(readable)
        window.export_report_action.setEnabled(readable)
        window.import_history_action.setEnabled(store is not None)
        window.history_backups_action.setEnabled(store is not None)

    def connect_menu(self) -> None:
        """Wire the File menu's history items and the backup after each session."""
        window = self._window
        window.export_history_action.triggered.connect(self.ask_export)
        window.export_report_action.triggered.connect(self.ask_report)
        window.import_history_action.triggered.connect(self.ask_import)
        window.history_backups_action.triggered.connect(self.ask_backups)
        # After the controller has saved the check-out (connected earlier, so called earlier).
        window.player.check_out_submitted.connect(lambda *_: self.after_session())

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _status(self, text: str, timeout_ms: int = 10_000) -> None:
        self._window.statusBar().showMessage(text, timeout_ms)

    # --- export -----------------------------------------------------------------------------------

    @Slot()
    def ask_export(self) -> None:
        """File ▸ Export History…: a dialog that does not block the window (a session may be
        running), then the export."""
        self.export_dialog("csv")

    def export_dialog(self, kind: str) -> ExportDialog:
        """Open the export dialog with a format chosen; returns it."""
        folder = self._window.settings.get(EXPORT_FOLDER)  # where the last export went
        dialog = ExportDialog(self._clock().date(), self._window, kind, folder)
        dialog.setModal(False)
        dialog.accepted.connect(lambda: self.start_export(dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def start_export(self, choice: ExportChoice) -> asyncio.Task[Any]:
        """Export on a worker thread, with progress and Cancel."""
        return self._spawn(self._export(choice))

    async def _export(self, choice: ExportChoice) -> None:
        database = self._paths.database_file
        writable = self._controller.history.store is not None

        def work(cancelled: Callable[[], bool], progress: Callable[[int], None]) -> int:
            # Only finished sessions: one running here right now has no outcome yet.
            store = HistoryStore.connect(database) if writable else HistoryStore.open_read_only(database)
            try:
                if choice.kind == "pdf":
                    return self._report(store, choice, cancelled, progress)
                dates = DateRange(choice.first, choice.last)
                result = export_history(
                    store, choice.kind, choice.path, dates, cancelled=cancelled, progress=progress
                )
                return result.sessions
            finally:
                store.close()

        try:
            count = await self._run(
                self.tr("Export History"), self.tr("Exporting your history…"), work, False
            )
        except Cancelled:
            self._done(self.tr("Export cancelled: nothing was written."))
        except OSError as error:
            self._done(self.tr("The export could not be written: %s") % _why(choice.path, error), alert=True)
        except HistoryError as error:
            self._done(self.tr("The export could not be made: %s") % error, alert=True)
        else:
            self._window.settings.set(EXPORT_FOLDER, str(choice.path.parent.absolute()))  # the next's
            self._done(self.tr("Exported %n session(s) to %1.", "", count).replace("%1", str(choice.path)))

    @Slot()
    def ask_report(self) -> None:
        """File ▸ Export Report…: the export dialog set to the PDF report of the last year."""
        self.export_dialog("pdf")

    def _report(
        self,
        store: HistoryStore,
        choice: ExportChoice,
        cancelled: Callable[[], bool],
        progress: Callable[[int], None],
    ) -> int:
        """The report for a physiotherapist, drawn and written on the worker thread."""
        from hamstring_desktop.history.facts import all_facts
        from hamstring_desktop.history.report import ReportPeriod, last_year, page_size_for, write_report

        now = self._clock()
        first, last = last_year(now.date())
        first, last = choice.first or first, choice.last or last
        facts = all_facts(store.sessions(DateRange(first, last)), self._technique_name)
        progress(40)
        if cancelled():
            raise Cancelled
        period = ReportPeriod(facts, first, last, self._window.settings.get(WEEKLY_GOAL), now)
        write_report(choice.path, period, page_size_for(QLocale()))
        progress(100)
        return len(facts)

    # --- import -----------------------------------------------------------------------------------

    @Slot()
    def ask_import(self) -> None:
        """File ▸ Import History…: pick a file (where the last export went), then import it."""
        if self._controller.active:
            self._status(self.tr("Import History is not available during a session."))
            return
        folder = str(start_folder(self._window.settings.get(EXPORT_FOLDER)))
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import History"), folder, self.tr("History files (*.json)")
        )
        if chosen:
            self.start_import(Path(chosen))

    def start_import(self, path: Path) -> asyncio.Task[Any]:
        """Import on a worker thread, with progress and Cancel; the window waits meanwhile."""
        return self._spawn(self._import(path))

    async def _import(self, path: Path) -> None:
        database = self._paths.database_file

        def work(cancelled: Callable[[], bool], progress: Callable[[int], None]) -> tuple[int, int, int]:
            store = HistoryStore.connect(database)
            try:
                result = import_history(store, path, cancelled, progress)
            finally:
                store.close()
            return result.sessions, result.steps, result.already_there

        try:
            added, steps, present = await self._run(
                self.tr("Import History"), self.tr("Importing %s…") % path, work, True
            )
        except Cancelled:
            self._done(self.tr("Import cancelled: your history is unchanged."))
        except ContentError as problem:
            self._done(
                self.tr("This file cannot be imported; your history is unchanged.\n\n%s") % problem,
                alert=True,
            )
        except (HistoryError, OSError) as error:
            self._done(self.tr("The import failed; your history is unchanged: %s") % error, alert=True)
        else:
            self._done(imported_words(added, steps, present), information=True)
            if added:
                self.history_changed.emit()

    # --- running work -----------------------------------------------------------------------------

    async def _run(
        self,
        title: str,
        label: str,
        work: Callable[[Callable[[], bool], Callable[[int], None]], Any],
        blocks_window: bool,
    ) -> Any:
        """Run ``work(cancelled, progress)`` on a worker thread with a progress dialog whose
        Cancel sets the flag the work looks at between chunks."""
        loop = asyncio.get_running_loop()
        cancel = threading.Event()
        dialog = progress_dialog(title, label, self._window, blocks_window)
        dialog.canceled.connect(cancel.set)
        self.progress = dialog
        shown = [0]

        def show(percent: int) -> None:  # on the GUI thread
            if self.progress is dialog and not cancel.is_set():
                dialog.setValue(percent)

        def progress(percent: int) -> None:  # on the worker thread: only real changes cross over
            if percent != shown[0]:
                shown[0] = percent
                loop.call_soon_threadsafe(show, percent)

        try:
            return await asyncio.to_thread(work, cancel.is_set, progress)
        finally:
            self.progress = None
            dialog.close()
            dialog.deleteLater()

    def _done(self, text: str, alert: bool = False, information: bool = False) -> None:
        """Say how a piece of work ended: in the status bar, and in a window beside the main one
        for a failure or an import (nothing waits for it to close)."""
        if alert:
            self._window.alert(text)
        else:
            if information:
                box = QMessageBox(
                    QMessageBox.Icon.Information,
                    self._window.windowTitle(),
                    text,
                    QMessageBox.StandardButton.Ok,
                    self._window,
                )
                box.setObjectName("historyResult")
                box.setWindowModality(Qt.WindowModality.NonModal)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.show()
            self._status(text.splitlines()[0])
        self.finished.emit(text)

    # --- backups ----------------------------------------------------------------------------------

    def backup_folder(self) -> Path:
        """Where backups go: the folder the user chose, else ``backups/`` in the data dir."""
        chosen = self._window.settings.get(BACKUP_FOLDER)
        return Path(chosen).expanduser() if chosen else self._paths.backups_dir

    def after_session(self) -> asyncio.Task[Any] | None:
        """After a session: today's backup, if it is due and backups are on."""
        settings = self._window.settings
        if not settings.get(BACKUP_ENABLED) or self._controller.history.store is None or self._backing_up:
            return None
        folder = self.backup_folder()
        if not backup_due(folder, self._clock().date()):
            return None
        return self._spawn(self._backup(folder, settings.get(BACKUP_KEEP)))

    async def _backup(self, folder: Path, keep: int, told: Callable[[str], None] | None = None) -> None:
        """Write a backup on a worker thread. A failure never reaches the session: it is said
        once per run, in the status bar (or in the backup dialog, when asked from there)."""
        self._backing_up = True
        try:
            result = await asyncio.to_thread(
                write_backup, self._paths.database_file, folder, keep, self._clock
            )
        except (OSError, HistoryError) as error:
            text = self.tr("The history backup failed: %s") % _why(folder, error)
            if told is not None:
                told(text)
            elif not self._backup_failure_told:
                self._backup_failure_told = True
                self._window.statusBar().showMessage(text)
            self.finished.emit(text)
        else:
            text = self.tr("History backed up to %s.") % result.path
            if told is not None:
                told(text)
            self.finished.emit(text)
        finally:
            self._backing_up = False

    @Slot()
    def ask_backups(self) -> None:
        """File ▸ History Backups…: on or off, the folder, how many to keep, a backup now."""
        settings = self._window.settings
        current = BackupChoice(
            settings.get(BACKUP_ENABLED), settings.get(BACKUP_FOLDER), settings.get(BACKUP_KEEP)
        )
        dialog = BackupDialog(
            current, self._paths.backups_dir, self._last_backup(self.backup_folder()), self._window
        )

        def now() -> None:
            choice = dialog.choice()
            folder = Path(choice.folder).expanduser() if choice.folder else self._paths.backups_dir
            dialog.now_button.setEnabled(False)

            def told(text: str) -> None:
                dialog.show_last(text)
                dialog.now_button.setEnabled(True)

            self._spawn(self._backup(folder, choice.keep, told))

        def save() -> None:
            choice = dialog.choice()
            settings.set(BACKUP_ENABLED, choice.enabled)
            settings.set(BACKUP_FOLDER, choice.folder)
            settings.set(BACKUP_KEEP, choice.keep)

        dialog.back_up_now.connect(now)
        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _last_backup(self, folder: Path) -> str:
        found = backups_in(folder)
        if not found:
            return self.tr("none yet in %s") % folder
        return str(found[-1])


def _why(path: Path, error: BaseException) -> str:
    """An error in a few words, with the file it is about."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename or path}: {error.strerror}"
    return str(error)


def wire_history(
    window: MainWindow,
    controller: SessionController,
    paths: DataPaths,
    technique_name: Callable[[str], str] = str,
) -> HistoryTransfers:
    """The history's part of the window: alerts, the menu items and backups (the opening itself
    is :meth:`HistoryTransfers.open_history`, awaited after the first paint)."""
    controller.alert.connect(window.alert)
    transfers = HistoryTransfers(window, controller, paths, technique_name=technique_name)
    transfers.connect_menu()
    return transfers
