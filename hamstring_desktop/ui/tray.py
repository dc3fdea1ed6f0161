"""The system tray icon, where the desktop has a tray: start the last routine, show the window,
quit; and the tray's own message for a reminder where no notification service is running.

Signals (:class:`Tray`):
    start_last(): the user asked to start the routine used last.
    show_window(): the user asked to see the window.
    quit_requested(): the user chose Quit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hamstring_desktop import APP_NAME


class Tray(QObject):
    """The tray icon and its menu."""

    start_last = Signal()
    show_window = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.start_action = QAction(self.tr("Start the last routine"), self)
        self.show_action = QAction(self.tr("Show %s") % APP_NAME, self)
        self.quit_action = QAction(self.tr("Quit"), self)
        for action in (self.start_action, self.show_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.start_action.triggered.connect(self.start_last)
        self.show_action.triggered.connect(self.show_window)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.show_window)

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a system tray."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def set_last_routine(self, name: str) -> None:
        """Name the routine the first menu entry starts (disabled when there is none yet)."""
        self.start_action.setEnabled(bool(name))
        self.start_action.setText(self.tr("Start %s") % name if name else self.tr("Start the last routine"))

    def message(self, title: str, body: str) -> None:
        """The tray's own message (clicking it shows the window)."""
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window.emit()
