"""The main window's menus: File, Session, Routines, View (with Theme and Language) and Help,
built from the action registry; a session key from a menu or a shortcut goes out as a signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from hamstring_desktop import APP_NAME
from hamstring_desktop.services.settings import THEME, THEMES
from hamstring_desktop.session.states import SessionAction
from hamstring_desktop.ui.language_menu import LanguageMenu
from hamstring_desktop.ui.theme import apply_theme
from hamstring_desktop.words.context import TranslationContext

if TYPE_CHECKING:
    from hamstring_desktop.ui.main_window import MainWindow as _Base
else:
    _Base = object

# Qt looks a string up under the class of the object (MainWindow), not of the mixin it is in.
MainWindow = TranslationContext("MainWindow")


class MenusMixin(_Base):
    """The menus of :class:`~hamstring_desktop.ui.main_window.MainWindow`."""

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        actions = self.actions_registry
        bar = self.menuBar()
        file_menu = bar.addMenu(MainWindow.tr("&File"))
        self.open_routines_action = self._action(
            MainWindow.tr("Open Routines &Folder"), self.open_routines_folder
        )
        file_menu.addAction(self.open_routines_action)
        self.routine_problems_action = self._action(
            MainWindow.tr("Routine &Problems…"), self.show_routine_problems
        )
        self.routine_problems_action.setEnabled(bool(self._user_errors))
        file_menu.addAction(self.routine_problems_action)
        file_menu.addSeparator()
        self._add_history_actions(file_menu)
        self.quit_action = actions.action("app.quit")
        self.quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(self.quit_action)

        session_menu = bar.addMenu(MainWindow.tr("&Session"))
        for spec in actions.specs():
            if spec.session_action is not None:
                session_menu.addAction(actions.action(spec.id))
        session_menu.addSeparator()
        self.focus_action = actions.action("view.focus")
        self.focus_action.toggled.connect(self.set_focus_mode)
        session_menu.addAction(self.focus_action)
        actions.session_action.connect(self._session_key)

        self._build_routines_menu(file_menu)

        view_menu = bar.addMenu(MainWindow.tr("&View"))
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
        theme_menu = view_menu.addMenu(MainWindow.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        labels = {
            "system": MainWindow.tr("Follow &System"),
            "light": MainWindow.tr("&Light"),
            "dark": MainWindow.tr("&Dark"),
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
        help_menu = self.menuBar().addMenu(MainWindow.tr("&Help"))
        self.safety_action = actions.action("help.safety")
        self.safety_action.triggered.connect(self.show_safety)
        help_menu.addAction(self.safety_action)
        self.guide_action = self._action(MainWindow.tr("Hamstring &Guide"), self.show_guide)
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = actions.action("help.shortcuts")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(MainWindow.tr("&About %s") % APP_NAME, self.show_about))

    def _add_history_actions(self, menu: QMenu) -> None:
        """Import, export and backups; the app wires them once the history is open (they stay
        disabled until then)."""
        self.import_history_action = QAction(MainWindow.tr("&Import History…"), self)
        self.export_history_action = QAction(MainWindow.tr("&Export History…"), self)
        self.history_backups_action = QAction(MainWindow.tr("History &Backups…"), self)
        self.export_report_action = QAction(MainWindow.tr("Export &Report…"), self)
        self.export_report_action.setToolTip(MainWindow.tr("A PDF of your history for a physiotherapist"))
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
        self.keep_in_tray_action = QAction(MainWindow.tr("Keep Running in the &Tray"), self, checkable=True)
        self.keep_in_tray_action.setToolTip(
            MainWindow.tr(
                "Closing the window leaves the app in the tray, for reminders (not during a session)"
            )
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
        routines_menu = self.menuBar().addMenu(MainWindow.tr("&Routines"))
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

    @Slot(QAction)
    def _theme_chosen(self, action: QAction) -> None:
        name = str(action.data())
        self._settings.set(THEME, name)
        apply_theme(name)

    @Slot(object)
    def _session_key(self, action: SessionAction) -> None:
        if action is SessionAction.STOP and self.focus_action.isChecked():
            self.focus_action.setChecked(False)  # Esc leaves focus mode first
            return
        self.session_action.emit(action)
