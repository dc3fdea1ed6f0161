"""The main window: library and anatomy docks around the player area, menus and a status bar."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from hamstring_desktop import APP_NAME, __version__
from hamstring_desktop.content import ContentError, Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import (
    THEME,
    THEMES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from hamstring_desktop.session.engine import SessionAction
from hamstring_desktop.session.plan import Leg, PlannedStep
from hamstring_desktop.ui.actions import ActionRegistry
from hamstring_desktop.ui.anatomy import LEFT, RIGHT, AnatomyPanel, StepHighlight
from hamstring_desktop.ui.language_menu import LanguageMenu
from hamstring_desktop.ui.library_pane import LibraryPane
from hamstring_desktop.ui.pages import HISTORY, PLAYER, Pages
from hamstring_desktop.ui.player import PlayerWidget
from hamstring_desktop.ui.sound_controls import SoundControls
from hamstring_desktop.ui.theme import apply_theme
from hamstring_desktop.ui.window_fit import default_geometry, fitted, minimum_size, screen_for

_log = logging.getLogger(__name__)
# During a session, a window narrower than this hides the library dock (it has nothing to show
# about the step); the anatomy dock then narrows, down to its narrowest, until the player has
# PLAYER_SESSION_WIDTH pixels.
ROOMY_WIDTH = 1700
PLAYER_SESSION_WIDTH = 900
ANATOMY_NARROWEST = 300


class MainWindow(QMainWindow):
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
        self.player.session_shown.connect(self._make_room_for_session)
        self.player.session_shown.connect(self.pages.session_running)
        self.pages.page_shown.connect(self._page_shown)
        self._docks_before_history: tuple[bool, bool] | None = None
        self._quitting = False
        self._docks_before_session: tuple[bool, bool, list[int]] | None = None

        self._build_menus()
        self._build_status_bar()
        self._restore_layout()
        self._link_routines()

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

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        actions = self.actions_registry
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_routines_action = self._action(self.tr("Open &Routines Folder"), self.open_routines_folder)
        file_menu.addAction(self.open_routines_action)
        self.routine_problems_action = self._action(self.tr("Routine &Problems…"), self.show_routine_problems)
        self.routine_problems_action.setEnabled(bool(self._user_errors))
        file_menu.addAction(self.routine_problems_action)
        file_menu.addSeparator()
        self._add_history_actions(file_menu)
        self.quit_action = actions.action("app.quit")
        self.quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(self.quit_action)

        session_menu = bar.addMenu(self.tr("&Session"))
        for spec in actions.specs():
            if spec.session_action is not None:
                session_menu.addAction(actions.action(spec.id))
        session_menu.addSeparator()
        self.focus_action = actions.action("view.focus")
        self.focus_action.toggled.connect(self.set_focus_mode)
        session_menu.addAction(self.focus_action)
        actions.session_action.connect(self._session_key)

        self._build_routines_menu(file_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(actions.action("view.player"))
        view_menu.addAction(actions.action("view.history"))
        view_menu.addSeparator()
        self.find_action = actions.action("view.search")
        self.find_action.triggered.connect(self.focus_search)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        view_menu.addAction(actions.action("view.library"))
        view_menu.addAction(actions.action("view.anatomy"))
        view_menu.addSeparator()
        view_menu.addAction(self.focus_action)
        self._build_theme_menu(view_menu)
        self._build_help_menu()

    def _build_theme_menu(self, view_menu: QMenu) -> None:
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        labels = {
            "system": self.tr("Follow &System"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        current = self._settings.get(THEME)
        for name in THEMES:
            action = QAction(labels[name], self.theme_group, checkable=True)
            action.setData(name)
            action.setChecked(name == current)
            theme_menu.addAction(action)
        self.theme_group.triggered.connect(self._theme_chosen)
        view_menu.addMenu(self._build_language_menu())

    def _build_help_menu(self) -> None:
        actions = self.actions_registry
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.safety_action = actions.action("help.safety")
        self.safety_action.triggered.connect(self.show_safety)
        help_menu.addAction(self.safety_action)
        self.guide_action = self._action(self.tr("Hamstring &Guide"), self.show_guide)
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = actions.action("help.shortcuts")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About %s") % APP_NAME, self.show_about))

    def _add_history_actions(self, menu: QMenu) -> None:
        """Import, export and backups; the app wires them once the history is open (they stay
        disabled until then)."""
        self.import_history_action = QAction(self.tr("&Import History…"), self)
        self.export_history_action = QAction(self.tr("&Export History…"), self)
        self.history_backups_action = QAction(self.tr("History &Backups…"), self)
        self.export_report_action = QAction(self.tr("Export &Report…"), self)
        self.export_report_action.setToolTip(self.tr("A PDF of your history for a physiotherapist"))
        history_actions = (
            self.import_history_action,
            self.export_history_action,
            self.export_report_action,
            self.history_backups_action,
        )
        for action in history_actions:
            action.setEnabled(False)
            menu.addAction(action)
        menu.addSeparator()
        self.keep_in_tray_action = QAction(self.tr("Keep Running in the &Tray"), self, checkable=True)
        self.keep_in_tray_action.setToolTip(
            self.tr("Closing the window leaves the app in the tray, for reminders (not during a session)")
        )
        self.keep_in_tray_action.setEnabled(False)
        menu.addAction(self.keep_in_tray_action)
        menu.addSeparator()

    def _build_routines_menu(self, file_menu: QMenu) -> None:
        """Routines ▸ New, Edit, Import, Export and the editor's Save, Undo, Redo and Close; and
        File ▸ Import Routine…, Export Routine…, above the separator before Quit."""
        registry = self.actions_registry
        file_actions = file_menu.actions()
        above_quit = file_actions[file_actions.index(self.quit_action) - 1]
        file_menu.insertActions(
            above_quit, [registry.action("routines.import"), registry.action("routines.export")]
        )
        routines_menu = self.menuBar().addMenu(self.tr("&Routines"))
        for action_id in (
            "routines.new",
            "routines.edit",
            None,
            "routines.import",
            "routines.export",
            None,
            "editor.save",
            "editor.undo",
            "editor.redo",
            "editor.close",
        ):
            if action_id is None:
                routines_menu.addSeparator()
            else:
                routines_menu.addAction(self.actions_registry.action(action_id))

    def _build_language_menu(self) -> LanguageMenu:
        """View ▸ Language (takes effect at the next start)."""
        self.language_menu = LanguageMenu(self._settings, self._library.language, self)
        return self.language_menu

    @Slot(object)
    def _session_key(self, action: SessionAction) -> None:
        if action is SessionAction.STOP and self.focus_action.isChecked():
            self.focus_action.setChecked(False)  # Esc leaves focus mode first
            return
        self.session_action.emit(action)

    @Slot(bool)
    def set_focus_mode(self, on: bool) -> None:
        """Full screen with only the countdown, leg, step and what comes next."""
        if on:
            self._docks_before_focus = (self.library_dock.isVisible(), self.anatomy_dock.isVisible())
            self.library_dock.hide()
            self.anatomy_dock.hide()
            self.showFullScreen()
        else:
            library_visible, anatomy_visible = self._docks_before_focus
            self.library_dock.setVisible(library_visible)
            self.anatomy_dock.setVisible(anatomy_visible)
            self.showNormal()
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.player.set_focus_mode(on)
        if self.focus_action.isChecked() != on:
            self.focus_action.setChecked(on)

    @Slot(bool)
    def _make_room_for_session(self, running: bool) -> None:
        """While a session runs the player wins the space: where the window is narrow, the
        library gives way first, then the anatomy narrows (it keeps showing the step). Both come
        back as they were when the session ends."""
        if running:
            if self._docks_before_session is None:
                self._docks_before_session = (
                    self.library_dock.isVisible(),
                    self.anatomy_dock.isVisible(),
                    [self.library_dock.width(), self.anatomy_dock.width()],
                )
            if self.isFullScreen():
                return
            if self.library_dock.isVisible() and self.width() < ROOMY_WIDTH:
                self.library_dock.hide()
            short = PLAYER_SESSION_WIDTH - self.centralWidget().width()
            if self.anatomy_dock.isVisible() and short > 0:
                narrower = max(ANATOMY_NARROWEST, self.anatomy_dock.width() - short)
                self.resizeDocks([self.anatomy_dock], [narrower], Qt.Orientation.Horizontal)
        elif self._docks_before_session is not None:
            library_visible, anatomy_visible, widths = self._docks_before_session
            self._docks_before_session = None
            if self.isFullScreen():  # focus mode brings them back when it ends
                self._docks_before_focus = (library_visible, anatomy_visible)
                return
            self.library_dock.setVisible(library_visible)
            self.anatomy_dock.setVisible(anatomy_visible)
            self.resizeDocks([self.library_dock, self.anatomy_dock], widths, Qt.Orientation.Horizontal)

    @Slot(str)
    def _page_shown(self, page: str) -> None:
        """The History page takes the whole window: the docks step aside and come back after."""
        if page == HISTORY and self._docks_before_history is None:
            self._docks_before_history = (self.library_dock.isVisible(), self.anatomy_dock.isVisible())
            self.library_dock.hide()
            self.anatomy_dock.hide()
        elif page == PLAYER and self._docks_before_history is not None:
            library_visible, anatomy_visible = self._docks_before_history
            self._docks_before_history = None
            self.library_dock.setVisible(library_visible)
            self.anatomy_dock.setVisible(anatomy_visible)

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

    def _restore_layout(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.place_default()
        else:
            self.fit_to_screen()
        state = self._settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def place_default(self) -> None:
        """The first size and place, from the available geometry of the screen it opens on."""
        available = self.screen().availableGeometry()
        self.setMinimumSize(minimum_size(available))
        self.setGeometry(default_geometry(available))

    @Slot()
    def fit_to_screen(self) -> None:
        """Shrink and move the window until its frame lies inside its screen's available area."""
        if self.isFullScreen() or self.isMaximized():
            return
        available = screen_for(self.frameGeometry()).availableGeometry()
        self.setMinimumSize(minimum_size(available))
        target = fitted(self.frameGeometry(), self.geometry(), available)
        if target != self.geometry():
            _log.info("window moved and resized to fit the screen: %s", target)
            self.setGeometry(target)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._watching_screen:
            self._watching_screen = True
            handle.screenChanged.connect(lambda _screen: self._fit_timer.start(0))
        self._fit_timer.start(0)

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
    def bring_forward(self) -> None:
        """Show the window in front (the desktop's media panel asked to raise the player)."""
        if self.isMinimized():
            self.showNormal()
        elif not self.isVisible():  # kept in the tray
            self.show()
        self.raise_()
        self.activateWindow()

    @Slot(str)
    def alert(self, text: str) -> None:
        """A message the user must not miss, that must not stop them either: it stays in the
        status bar, and a window beside this one says it too (nothing waits for it to close)."""
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(text)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("historyAlert")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

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

    @Slot(QAction)
    def _theme_chosen(self, action: QAction) -> None:
        name = str(action.data())
        self._settings.set(THEME, name)
        apply_theme(name)

    @Slot()
    def open_routines_folder(self) -> None:
        """Open the folder for the user's own routine files in the file manager."""
        from PySide6.QtWidgets import QMessageBox

        folder = self._paths.routines_dir
        try:
            self._paths.ensure()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Routines folder"),
                self.tr("Cannot create the folder %s: %s") % (folder, error.strerror),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self, self.tr("Routines folder"), self.tr("Put your routine files in:\n%s") % folder
            )

    @Slot()
    def show_routine_problems(self) -> None:
        """List the user routine files that could not be loaded, and why."""
        from PySide6.QtWidgets import QMessageBox

        lines = "".join(f"<li><code>{escape(str(e))}</code></li>" for e in self._user_errors)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Routine problems"))
        box.setText(self.tr("These routine files were skipped. They are unchanged on disk."))
        box.setInformativeText(f"<ul>{lines}</ul>")
        box.open()

    @Slot()
    def show_safety(self) -> None:
        """Open the safety page built from the content."""
        from hamstring_desktop.ui.content_dialog import ContentDialog
        from hamstring_desktop.ui.content_html import safety_html

        ContentDialog(self.tr("Safety"), safety_html(self._library.guide), self).open()

    @Slot()
    def show_shortcuts(self) -> None:
        """Every key, with a way to change them."""
        from hamstring_desktop.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions_registry, self).open()

    @Slot()
    def show_guide(self) -> None:
        """Open the guide page: benefits, timing, how often and common problems."""
        from hamstring_desktop.ui.content_dialog import ContentDialog
        from hamstring_desktop.ui.content_html import guide_html

        ContentDialog(self.tr("Hamstring guide"), guide_html(self._library.guide), self).open()

    @Slot()
    def show_about(self) -> None:
        """The About box."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About %s") % APP_NAME,
            self.tr(
                "<h3>%s %s</h3><p>Guided hamstring self-massage: routines, anatomy and history.</p>"
                "<p>Free software under the GNU GPL, version 3 or later.</p>"
                "<p>This app does not replace advice from a healthcare professional.</p>"
            )
            % (APP_NAME, __version__),
        )
