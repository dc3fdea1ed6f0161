"""The main window: library and anatomy docks around the player area, menus and a status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from hamstring_desktop import APP_NAME
from hamstring_desktop.content import ContentError, Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from hamstring_desktop.session.plan import Leg, PlannedStep
from hamstring_desktop.ui.actions import ActionRegistry, key_text
from hamstring_desktop.ui.anatomy import LEFT, RIGHT, AnatomyPanel, StepHighlight
from hamstring_desktop.ui.library_pane import LibraryPane
from hamstring_desktop.ui.main_window_dialogs import DialogsMixin
from hamstring_desktop.ui.main_window_menus import MenusMixin
from hamstring_desktop.ui.main_window_room import RoomMixin
from hamstring_desktop.ui.pages import HISTORY, PLAYER, Pages
from hamstring_desktop.ui.player import PlayerWidget
from hamstring_desktop.ui.sound_controls import SoundControls

_log = logging.getLogger(__name__)


class MainWindow(MenusMixin, RoomMixin, DialogsMixin, QMainWindow):
    """Library (left dock), player (centre) and anatomy (right dock).

    Signals:
        closed(): the window has closed and saved its layout.
        session_action(SessionAction): a session key, menu item, button or media key.
        library_changed(object): the routines were read again (saved, imported or deleted).
    """

    closed = Signal()
    session_action = Signal(object)
    library_changed = Signal(object)

    def __init__(
        self,
        library: Library,
        settings: Settings,
        paths: DataPaths,
        user_errors: tuple[ContentError, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self._paths = paths
        self._user_errors = user_errors
        self.setObjectName("mainWindow")
        self.remember_layout = True  # off for --screenshot: it must not change the user's layout
        self.setWindowTitle(APP_NAME)
        # Once shown, the real frame is known: make sure it fits (and again on a new screen).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_to_screen)
        self._watching_screen = False

        self._docks_before_focus: tuple[bool, bool] = (True, True)
        self._dock_widths_after_focus: list[int] = []  # a session ended in focus mode: its widths
        self.library_pane = LibraryPane(library)
        self.library_dock = self._dock(self.tr("Library"), "libraryDock", self.library_pane)
        self.anatomy = AnatomyPanel(library, settings)
        self.anatomy_dock = self._dock(self.tr("Anatomy"), "anatomyDock", self.anatomy)
        self.actions_registry = ActionRegistry(
            settings,
            self,
            adopted={
                "view.library": self.library_dock.toggleViewAction(),
                "view.anatomy": self.anatomy_dock.toggleViewAction(),
            },
            parent=self,
        )

        self.player = PlayerWidget(library, self.actions_registry)
        self.pages = Pages(self.player, self.actions_registry)
        self.setCentralWidget(self.pages)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.anatomy_dock)
        self.resizeDocks([self.library_dock, self.anatomy_dock], [370, 400], Qt.Orientation.Horizontal)
        self.anatomy.technique_activated.connect(self.show_technique)
        self.library_pane.muscle_activated.connect(self.select_muscle)
        self.player.step_shown.connect(self._step_shown)
        self.player.page_coming.connect(self._remember_dock_widths)
        self.player.session_shown.connect(self._make_room_for_session)
        self.player.session_shown.connect(self.pages.session_running)
        self.player.session_shown.connect(self._no_page_tabs_in_focus_mode)  # after the line above
        self.player.session_shown.connect(self.actions_registry.set_session_running)
        self.player.page_shown.connect(self._leave_focus_mode_when_idle)
        self.player.page_shown.connect(self._dock_widths_after_editor)
        self.player.session_shown.connect(self._session_status)
        self.pages.page_shown.connect(self._page_shown)
        self.pages.page_shown.connect(self._focus_player)
        self._docks_before_history: tuple[bool, bool] | None = None
        self._quitting = False
        self._docks_before_session: tuple[bool, bool, list[int]] | None = None
        self._dock_widths_before_editor: list[int] = []

        self._build_menus()
        self._build_status_bar()
        self._restore_layout()
        self._link_routines()
        self.player.focus_page()  # the routine picker: Space starts the routine chosen

    @property
    def settings(self) -> Settings:
        """The settings this window reads and writes."""
        return self._settings

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        techniques, routines = len(self._library.techniques), len(self._library.routines)
        self._counts = QLabel(
            (self.tr("1 technique") if techniques == 1 else self.tr("%n techniques", "", techniques))
            + " · "
            + (self.tr("1 routine") if routines == 1 else self.tr("%n routines", "", routines))
        )
        self._counts.setAccessibleName(self.tr("Content summary"))
        self.sound_controls = SoundControls(self._settings)
        status.addPermanentWidget(self.sound_controls)
        status.addPermanentWidget(self._counts)
        if self._user_errors:
            status.showMessage(
                self.tr("Some routine files could not be loaded: see File ▸ Routine Problems.")
            )
        else:
            status.showMessage(self.tr("Ready. Press F1 for safety advice."))

    @Slot(bool)
    def _session_status(self, running: bool) -> None:
        """The status bar's standing line: the session's two most needed keys while one runs."""
        if running:
            keys = self.actions_registry.keys
            text = self.tr("Session running: %1 stops it for pain, %2 pauses and resumes.")
            pain, pause = key_text(keys("session.pain")), key_text(keys("session.toggle"))
            self.statusBar().showMessage(text.replace("%1", pain).replace("%2", pause))
        else:
            self.statusBar().showMessage(self.tr("Ready. Press F1 for safety advice."))

    @Slot(str)
    def _focus_player(self, page: str) -> None:
        """Ctrl+1 (or the Player tab) takes the keyboard there too."""
        if page == PLAYER:
            self.player.focus_page()

    def remember(self) -> None:
        """Save the window's size, place and docks (as the player has them) and the settings."""
        self._page_shown(PLAYER)
        if self.remember_layout:
            self._settings.set(WINDOW_GEOMETRY, QByteArray(self.saveGeometry()))
            self._settings.set(WINDOW_STATE, QByteArray(self.saveState()))
        problem = self._settings.sync()
        if problem:
            _log.warning("settings not saved: %s", problem)
        if self.pages.current == HISTORY:  # the docks stay aside while the History page shows
            self._page_shown(HISTORY)

    @Slot()
    def quit_app(self) -> None:
        """Close the window and end the app, whether or not it keeps running in the tray."""
        self._quitting = True
        self.close()
        self._quitting = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's size, place and dock layout; with "keep running in the tray",
        hide instead of closing, unless a session runs (it must never go on unseen)."""
        tray = self.keep_in_tray_action
        if tray.isEnabled() and tray.isChecked() and not self._quitting and not self.player.session_visible:
            self.remember()
            event.ignore()
            self.hide()
            return
        if not self.routines.confirm_close():  # unsaved routine changes: Cancel keeps the window
            event.ignore()
            return
        if self.focus_action.isChecked():
            self.set_focus_mode(False)
        self._make_room_for_session(False)  # remember the layout the user chose, not the session's
        self.remember()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    @Slot()
    def focus_search(self) -> None:
        """Show the library and put the cursor in its search box."""
        self.library_dock.show()
        self.library_dock.raise_()
        self.library_pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library_pane.search.selectAll()

    @Slot()
    def finish_start_up(self) -> None:
        """What the first paint does not show, made just after it: the running-session and
        check-out pages, and the diagram's paths (so that a session's start waits for neither)."""
        self.player.make_session_pages()
        self.anatomy.diagram.prepare_paths()

    def bring_forward(self) -> None:
        """Show the window in front (the desktop's media panel asked to raise the player)."""
        if self.isMinimized():
            self.showNormal()
        elif not self.isVisible():  # kept in the tray
            self.show()
        self.raise_()
        self.activateWindow()

    def say_dialog_blocks_start(self) -> None:
        """A later launch asked for a session while a dialog is open: it is not started."""
        message = self.tr("The session was not started because a dialog is open: close it, then press Space.")
        self.statusBar().showMessage(message, 15000)

    @Slot(str)
    def select_muscle(self, muscle_id: str) -> None:
        """Show the anatomy diagram with this muscle selected and its card open."""
        self.anatomy_dock.show()
        self.anatomy_dock.raise_()
        self.anatomy.select_muscle(muscle_id)

    @Slot(str)
    def show_technique(self, technique_id: str) -> None:
        """Open a technique in the library."""
        self.library_dock.show()
        self.library_dock.raise_()
        self.library_pane.select_technique(technique_id)

    @Slot(object)
    def _step_shown(self, step: PlannedStep | None) -> None:
        if step is None or step.direction is None:  # a rest or a wait lights no muscle
            self.anatomy.show_step(None)
            return
        legs = {Leg.LEFT: (LEFT,), Leg.RIGHT: (RIGHT,), Leg.BOTH: (LEFT, RIGHT)}[step.leg]
        self.anatomy.show_step(StepHighlight(step.target_muscles, legs, step.zone, step.direction, step.hold))

    # --- your own routines -------------------------------------------------------------------------

    def _link_routines(self) -> None:
        """The routine editor, the Routines menu, File ▸ Import/Export and dropped routine files."""
        from hamstring_desktop.ui.routine_editor.in_window import EditorInWindow

        self.routines = EditorInWindow(
            self, self._library, self._paths, self.actions_registry, self.player, self.anatomy
        )
        self.routines.library_changed.connect(self._routines_read)
        self.routines.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.setAcceptDrops(True)

    @Slot(object, object)
    def _routines_read(self, library: Library, user_errors: tuple[ContentError, ...]) -> None:
        self._library = library
        self._user_errors = user_errors
        self.routine_problems_action.setEnabled(bool(user_errors))
        routines = len(library.routines)
        techniques = len(library.techniques)
        self._counts.setText(
            (self.tr("1 technique") if techniques == 1 else self.tr("%n techniques", "", techniques))
            + " · "
            + (self.tr("1 routine") if routines == 1 else self.tr("%n routines", "", routines))
        )
        self.library_changed.emit(library)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """A routine file dragged over the window may be dropped to import it."""
        if self.routines.accepts_drop(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = self.routines.accepts_drop(event)
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.routines.dropped(files)
