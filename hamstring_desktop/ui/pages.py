"""The window's two pages, the player and the History page, one shown at a time under a switcher
(Ctrl+1 / Ctrl+2). The History page is made when it is first asked for: until the app hands it
over, a line says why it is not there yet.

While a session runs the player stays in front and the switcher steps aside: the pain button must
never be out of sight, so the History page cannot be chosen until the session ends.

Signals (:class:`Pages`):
    history_wanted(): the History page was asked for and has not been handed over yet.
    page_shown(str): "player" or "history" is now in front.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from hamstring_desktop.ui.actions import ActionRegistry, key_text

PLAYER, HISTORY = "player", "history"
PAGES = (PLAYER, HISTORY)


class Pages(QWidget):
    """A tab bar over a stack of the player and the History page."""

    history_wanted = Signal()
    page_shown = Signal(str)

    def __init__(self, player: QWidget, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pages")
        self._actions = actions
        self.switcher = QTabBar()
        self.switcher.setObjectName("pageSwitcher")
        self.switcher.setAccessibleName(self.tr("Pages"))
        self.switcher.setDrawBase(False)
        self.switcher.setExpanding(False)
        self.switcher.addTab(self.tr("Player"))
        self.switcher.addTab(self.tr("History"))
        self.stack = QStackedWidget()
        self.player = player
        self.stack.addWidget(player)
        self.waiting = QLabel(self.tr("The history is opening…"))
        self.waiting.setObjectName("historyWaiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.stack.addWidget(self.waiting)
        self.history: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.switcher, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.stack, 1)
        self.player_action = actions.action("view.player")
        self.history_action = actions.action("view.history")
        self.player_action.triggered.connect(lambda: self.show_page(PLAYER))
        self.history_action.triggered.connect(lambda: self.show_page(HISTORY))
        self.switcher.currentChanged.connect(self._tab_chosen)
        actions.shortcuts_changed.connect(self._label_tabs)
        self._label_tabs()

    @property
    def current(self) -> str:
        """The page in front."""
        return PAGES[self.switcher.currentIndex()]

    @Slot()
    def _label_tabs(self) -> None:
        for index, action_id in enumerate(("view.player", "view.history")):
            keys = key_text(self._actions.keys(action_id))
            self.switcher.setTabToolTip(index, keys)

    @Slot(int)
    def _tab_chosen(self, index: int) -> None:
        self.show_page(PAGES[index])

    def show_page(self, name: str) -> bool:
        """Bring a page to the front; False when the History page is refused (a session runs)."""
        if name == HISTORY and not self.history_action.isEnabled():
            self.switcher.setCurrentIndex(0)
            return False
        self.switcher.blockSignals(True)
        self.switcher.setCurrentIndex(PAGES.index(name))
        self.switcher.blockSignals(False)
        if name == PLAYER:
            self.stack.setCurrentWidget(self.player)
        else:
            if self.history is None:
                self.stack.setCurrentWidget(self.waiting)
                self.history_wanted.emit()
            if self.history is not None:
                self._bring_history()
        self.page_shown.emit(name)
        return True

    def _bring_history(self) -> None:
        """The History page in front, with the keyboard: Ctrl+2 left the focus on the hidden
        player, and no control on the page showed it."""
        assert self.history is not None
        self.stack.setCurrentWidget(self.history)
        self.history.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_history(self, page: QWidget) -> None:
        """Hand over the History page (shown at once if it was waited for)."""
        if self.history is not None:
            self.stack.removeWidget(self.history)
            self.history.deleteLater()
        self.history = page
        self.stack.addWidget(page)
        if self.current == HISTORY:
            self._bring_history()

    def history_unavailable(self, reason: str) -> None:
        """Say on the History page why there is no history to show."""
        self.waiting.setText(reason)

    @Slot(bool)
    def session_running(self, running: bool) -> None:
        """During a session the player stays in front and has the switcher's room too."""
        if running and self.current == HISTORY:
            self.show_page(PLAYER)
        self.history_action.setEnabled(not running)
        self.switcher.setTabEnabled(1, not running)
        self.switcher.setVisible(not running)
