"""Keep the screen awake while a session runs, and only then.

On Linux this asks the desktop through D-Bus (``org.freedesktop.ScreenSaver.Inhibit``), on a
connection of its own. Releasing closes that connection: desktops drop an inhibition when its
owner disconnects, which needs no ``UnInhibit(uint32)`` call (PySide6 cannot send a uint32).
Where this is not available (no session bus, no such service, another platform) it logs that
the screen may dim and does nothing else.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hamstring_desktop import APP_NAME

if TYPE_CHECKING:  # QtDBus loads when a session starts, not at start-up
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
CONNECTION_NAME = "hamstring-desktop-screen-keeper"

_log = logging.getLogger(__name__)


class ScreenKeeper(QObject):
    """Holds at most one screen-saver inhibition."""

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus_address = bus_address  # None: the session bus
        self._connection: QDBusConnection | None = None
        self._cookie: int | None = None
        self.available = sys.platform.startswith("linux")
        if not self.available:
            _log.info("keeping the screen awake is not supported on %s: it may dim", sys.platform)

    @property
    def inhibited(self) -> bool:
        """Whether the screen is being kept awake now."""
        return self._cookie is not None

    def _interface(self) -> QDBusInterface | None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        if self._bus_address:
            connection = QDBusConnection.connectToBus(self._bus_address, CONNECTION_NAME)
        else:
            connection = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, CONNECTION_NAME)
        self._connection = connection
        if not connection.isConnected():
            self._disconnect()
            return None
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, connection)  # unparented: freed after use
        return interface if interface.isValid() else None

    def inhibit(self) -> None:
        """Keep the screen awake (a no-op that is logged where this cannot be done)."""
        if not self.available or self._cookie is not None:
            return
        interface = self._interface()
        if interface is None:
            _log.info("no screen saver service on the session bus: the screen may dim during sessions")
            self._disconnect()
            return
        from PySide6.QtDBus import QDBusMessage

        reply = interface.call("Inhibit", APP_NAME, "A guided massage session is running")
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self._cookie = int(reply.arguments()[0])
        else:
            _log.info("the screen saver refused to stay awake: %s", reply.errorMessage())
            self._disconnect()

    def release(self) -> None:
        """Let the screen sleep again (closing our connection ends the inhibition)."""
        self._cookie = None
        self._disconnect()

    def _disconnect(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        if self._connection is not None:
            self._connection = None
            QDBusConnection.disconnectFromBus(CONNECTION_NAME)
