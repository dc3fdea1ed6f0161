"""Who gets the main window's space: focus mode, the player during a session (the library gives
way, the anatomy narrows), the routine editor (the docks give it the width it needs, and get it back
when it closes), the History page (the docks step aside), and the window's size and place on its
screen."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent

from hamstring_desktop.services.settings import WINDOW_GEOMETRY, WINDOW_STATE
from hamstring_desktop.ui.pages import HISTORY, PLAYER
from hamstring_desktop.ui.player.host import EDITOR, IDLE, SESSION
from hamstring_desktop.ui.window_fit import default_geometry, fitted, minimum_size, screen_for

if TYPE_CHECKING:
    from hamstring_desktop.ui.main_window import MainWindow as _Base
else:
    _Base = object

_log = logging.getLogger("hamstring_desktop.ui.main_window")

# During a session, a window narrower than this hides the library dock (it has nothing to show
# about the step); the anatomy dock then narrows, down to its narrowest, until the player has
# PLAYER_SESSION_WIDTH pixels.
ROOMY_WIDTH = 1700
PLAYER_SESSION_WIDTH = 900
ANATOMY_NARROWEST = 300


class RoomMixin(_Base):
    """The space and place of :class:`~hamstring_desktop.ui.main_window.MainWindow`."""

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
            if self._dock_widths_after_focus:
                docks = [self.library_dock, self.anatomy_dock]
                self.resizeDocks(docks, self._dock_widths_after_focus, Qt.Orientation.Horizontal)
                self._dock_widths_after_focus = []
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.pages.switcher.setVisible(not on and not self.player.session_visible)
        self.player.set_focus_mode(on)
        if self.focus_action.isChecked() != on:
            self.focus_action.setChecked(on)

    @Slot(bool)
    def _no_page_tabs_in_focus_mode(self, _running: bool) -> None:
        """The page tabs come back when a session ends, but not in focus mode (full screen: the
        check-out page has it to itself)."""
        if self.focus_action.isChecked():
            self.pages.switcher.hide()

    @Slot(str)
    def _leave_focus_mode_when_idle(self, page: str) -> None:
        """Back at the routine picker after a session, the window leaves full screen: focus mode
        hides the menus and the status bar, which the picker needs."""
        if page == IDLE and self.focus_action.isChecked():
            self.set_focus_mode(False)

    @Slot(str)
    def _remember_dock_widths(self, page: str) -> None:
        """Before the running session or the routine editor shows (either may take width from
        the docks), note the docks as the user left them, to give them back after."""
        if page == SESSION:
            self._remember_layout_before_session()
        elif page == EDITOR and not self._dock_widths_before_editor:
            self._dock_widths_before_editor = [self.library_dock.width(), self.anatomy_dock.width()]

    @Slot(str)
    def _dock_widths_after_editor(self, page: str) -> None:
        """The routine editor closed: the docks as wide as they were before it opened."""
        if page == EDITOR or not self._dock_widths_before_editor:
            return
        widths, self._dock_widths_before_editor = self._dock_widths_before_editor, []
        if page == IDLE and not self.isFullScreen():
            self.resizeDocks([self.library_dock, self.anatomy_dock], widths, Qt.Orientation.Horizontal)

    def _remember_layout_before_session(self) -> None:
        """Note which docks show and how wide they are, for when the session ends (once: as the
        session page is about to show, and again when it shows)."""
        if self._docks_before_session is not None:
            return
        # Focus mode, entered before Start, has hidden the docks already: what the user chose is
        # what focus mode remembered, not what shows.
        library_visible, anatomy_visible = (
            self._docks_before_focus
            if self.focus_action.isChecked()
            else (self.library_dock.isVisible(), self.anatomy_dock.isVisible())
        )
        self._docks_before_session = (
            library_visible,
            anatomy_visible,
            [self.library_dock.width(), self.anatomy_dock.width()],
        )

    @Slot(bool)
    def _make_room_for_session(self, running: bool) -> None:
        """While a session runs the player wins the space: where the window is narrow, the
        library gives way first, then the anatomy narrows (it keeps showing the step). Both come
        back as they were when the session ends."""
        if running:
            self._remember_layout_before_session()
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
            if self.isFullScreen():  # focus mode brings them back when it ends, at these widths
                self._docks_before_focus = (library_visible, anatomy_visible)
                self._dock_widths_after_focus = widths
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
