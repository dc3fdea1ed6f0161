"""Desktop notifications on Linux: ``org.freedesktop.Notifications`` over D-Bus, and a signal
when the user clicks one.

The ``Notify`` call needs an unsigned 32-bit argument that PySide6's QtDBus cannot send (its
integers always go out signed), so that one call goes through libdbus, which QtDBus itself sits
on, with a private connection and a one-second limit. Clicks arrive as the server's
``ActionInvoked`` signal, which QtDBus receives as usual. Where there is no session bus or no
notification service, :meth:`Notifier.notify` returns False and the caller uses the tray's own
message instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from hamstring_desktop import APP_NAME, DESKTOP_ID

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CONNECTION_NAME = "hamstring-desktop-notifications"
DEFAULT_ACTION = "default"
TIMEOUT_MS = 1000

_log = logging.getLogger(__name__)

# libdbus type codes
_STRING, _UINT32, _INT32 = ord("s"), ord("u"), ord("i")
_ARRAY, _DICT_ENTRY, _VARIANT = ord("a"), ord("e"), ord("v")


class _Error(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("message", ctypes.c_char_p),
        ("dummy", ctypes.c_uint),
        ("padding", ctypes.c_void_p),
    ]


_Iter = ctypes.c_byte * 128  # DBusMessageIter: opaque, 72 bytes on 64-bit; generous room


def _library() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("dbus-1") or "libdbus-1.so.3"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.dbus_bus_get_private.restype = ctypes.c_void_p
    lib.dbus_connection_open_private.restype = ctypes.c_void_p
    lib.dbus_message_new_method_call.restype = ctypes.c_void_p
    lib.dbus_connection_send_with_reply_and_block.restype = ctypes.c_void_p
    for function in ("dbus_connection_close", "dbus_connection_unref", "dbus_message_unref"):
        getattr(lib, function).argtypes = [ctypes.c_void_p]
    lib.dbus_bus_register.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.dbus_message_iter_init_append.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.dbus_message_iter_append_basic.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    lib.dbus_message_iter_open_container.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_void_p,
    ]
    lib.dbus_message_iter_close_container.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.dbus_connection_send_with_reply_and_block.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
    ]
    lib.dbus_message_get_args.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_int,
    ]
    return lib


def send_notification(summary: str, body: str, bus_address: str | None = None) -> int | None:
    """Show a notification with a default action; returns its id, or None when it could not be
    shown (no libdbus, no bus, no notification service, no answer within a second)."""
    lib = _library()
    if lib is None:
        return None
    error = _Error()
    lib.dbus_error_init(ctypes.byref(error))
    if bus_address:
        connection = lib.dbus_connection_open_private(bus_address.encode(), ctypes.byref(error))
        if connection and not lib.dbus_bus_register(connection, ctypes.byref(error)):
            _close(lib, connection)
            connection = None
    else:
        connection = lib.dbus_bus_get_private(0, ctypes.byref(error))  # DBUS_BUS_SESSION
    if not connection:
        _log.info("no session bus for notifications: %s", (error.message or b"").decode(errors="replace"))
        lib.dbus_error_free(ctypes.byref(error))
        return None
    lib.dbus_connection_set_exit_on_disconnect(ctypes.c_void_p(connection), 0)
    message = lib.dbus_message_new_method_call(SERVICE.encode(), PATH.encode(), INTERFACE.encode(), b"Notify")
    try:
        _append_notify_arguments(lib, message, summary, body)
        reply = lib.dbus_connection_send_with_reply_and_block(
            connection, message, TIMEOUT_MS, ctypes.byref(error)
        )
        if not reply:
            _log.info("the notification was not shown: %s", (error.message or b"").decode(errors="replace"))
            lib.dbus_error_free(ctypes.byref(error))
            return None
        number = ctypes.c_uint32()
        ok = lib.dbus_message_get_args(reply, ctypes.byref(error), _UINT32, ctypes.byref(number), 0)
        lib.dbus_message_unref(reply)
        if not ok:
            lib.dbus_error_free(ctypes.byref(error))
            return None
        return int(number.value)
    finally:
        lib.dbus_message_unref(message)
        _close(lib, connection)


def _close(lib: ctypes.CDLL, connection: int) -> None:
    lib.dbus_connection_close(connection)
    lib.dbus_connection_unref(connection)


def _append_notify_arguments(lib: ctypes.CDLL, message: int, summary: str, body: str) -> None:
    """Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as, hints a{sv},
    expire_timeout i)."""
    top = _Iter()
    lib.dbus_message_iter_init_append(message, top)

    def string(where: ctypes.Array[ctypes.c_byte], text: str) -> None:
        value = ctypes.c_char_p(text.encode())
        lib.dbus_message_iter_append_basic(where, _STRING, ctypes.byref(value))

    string(top, APP_NAME)
    replaces = ctypes.c_uint32(0)
    lib.dbus_message_iter_append_basic(top, _UINT32, ctypes.byref(replaces))
    string(top, DESKTOP_ID)  # the icon, by the desktop entry's name
    string(top, summary)
    string(top, body)
    actions = _Iter()
    lib.dbus_message_iter_open_container(top, _ARRAY, b"s", actions)
    string(actions, DEFAULT_ACTION)
    string(actions, summary)
    lib.dbus_message_iter_close_container(top, actions)
    hints, entry, variant = _Iter(), _Iter(), _Iter()
    lib.dbus_message_iter_open_container(top, _ARRAY, b"{sv}", hints)
    lib.dbus_message_iter_open_container(hints, _DICT_ENTRY, None, entry)
    string(entry, "desktop-entry")
    lib.dbus_message_iter_open_container(entry, _VARIANT, b"s", variant)
    string(variant, DESKTOP_ID)
    lib.dbus_message_iter_close_container(entry, variant)
    lib.dbus_message_iter_close_container(hints, entry)
    lib.dbus_message_iter_close_container(top, hints)
    timeout = ctypes.c_int32(-1)
    lib.dbus_message_iter_append_basic(top, _INT32, ctypes.byref(timeout))


class Notifier(QObject):
    """Shows notifications and says when one of ours is clicked.

    Signals:
        clicked(): the user clicked (the default action of) a notification this app showed.
    """

    clicked = Signal()

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus_address = bus_address
        self._ours: set[int] = set()
        self._listening = False

    def notify(self, summary: str, body: str) -> bool:
        """Show a notification; False where there is no notification service."""
        number = send_notification(summary, body, self._bus_address)
        if number is None:
            return False
        self._ours.add(number)
        self._listen()
        return True

    def _listen(self) -> None:
        if self._listening:
            return
        from PySide6.QtDBus import QDBusConnection

        if self._bus_address:
            bus = QDBusConnection.connectToBus(self._bus_address, CONNECTION_NAME)
        else:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, CONNECTION_NAME)
        slot = SLOT("_invoked(uint,QString)")
        self._listening = bus.connect("", PATH, INTERFACE, "ActionInvoked", self, slot)

    @Slot("uint", str)
    def _invoked(self, number: int, action: str) -> None:
        if number in self._ours and action == DEFAULT_ACTION:
            self._ours.discard(number)
            self.clicked.emit()
