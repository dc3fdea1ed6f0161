"""Media keys on Linux desktops: an MPRIS media player on the session bus while a session runs.

GNOME, KDE Plasma and most other Linux desktops take the keyboard's media keys (and headset
buttons) for themselves and pass them over D-Bus to the active MPRIS player, so a window never
sees them as key presses, focused or not. While a session runs the app is such a player
(``org.mpris.MediaPlayer2.hamstring_desktop``): play/pause, next and previous reach the session
from anywhere, and the desktop's media panel shows the step. When the session ends the app
leaves the bus again and the keys go back to the music player. Where media keys do arrive as
key presses (no desktop grabbing them), the window's own shortcuts handle them.

Elsewhere (no session bus, another platform) this logs once and does nothing.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from hamstring_desktop import APP_NAME, DESKTOP_ID
from hamstring_desktop.content import StepKind
from hamstring_desktop.session.engine import (
    Event,
    Finished,
    SessionAction,
    State,
    StateChanged,
    StepStarted,
)
from hamstring_desktop.words.legs import leg_words
from hamstring_desktop.words.steps import step_and_leg

SERVICE = "org.mpris.MediaPlayer2.hamstring_desktop"
PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
CONNECTION_NAME = "hamstring-desktop-media-controls"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"

PLAYING = "Playing"
PAUSED = "Paused"
STOPPED = "Stopped"

_log = logging.getLogger(__name__)


def playback_status(state: State) -> str:
    """MPRIS PlaybackStatus for a session state."""
    if state is State.PAUSED:
        return PAUSED
    if state in (State.GET_READY, State.RUNNING, State.TRANSITION, State.WAITING):
        return PLAYING
    return STOPPED


@ClassInfo({"D-Bus Interface": ROOT_INTERFACE})
class _RootAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2: who we are; Raise brings the window forward. (Method and property
    names are the D-Bus ones, hence CamelCase.)"""

    def __init__(self, controls: MediaControls) -> None:
        super().__init__(controls)
        self._controls = controls

    @Slot()
    def Raise(self) -> None:
        self._controls.raise_requested.emit()

    @Slot()
    def Quit(self) -> None:
        """CanQuit is false: quitting mid-session is the user's call, in the window."""

    def _false(self) -> bool:
        return False

    def _true(self) -> bool:
        return True

    def _identity(self) -> str:
        return APP_NAME

    def _desktop_entry(self) -> str:
        return DESKTOP_ID

    def _none(self) -> list[str]:
        return []

    CanQuit = Property(bool, _false)
    CanRaise = Property(bool, _true)
    HasTrackList = Property(bool, _false)
    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    SupportedUriSchemes = Property("QStringList", _none)
    SupportedMimeTypes = Property("QStringList", _none)


@ClassInfo({"D-Bus Interface": PLAYER_INTERFACE})
class _PlayerAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2.Player: the transport keys, and the current step as the track."""

    def __init__(self, controls: MediaControls) -> None:
        super().__init__(controls)
        self._controls = controls

    @Slot()
    def PlayPause(self) -> None:
        self._controls.action_requested.emit(SessionAction.TOGGLE)

    @Slot()
    def Play(self) -> None:
        self._controls.action_requested.emit(SessionAction.PLAY)

    @Slot()
    def Pause(self) -> None:
        self._controls.action_requested.emit(SessionAction.PAUSE)

    @Slot()
    def Next(self) -> None:
        self._controls.action_requested.emit(SessionAction.NEXT)

    @Slot()
    def Previous(self) -> None:
        self._controls.action_requested.emit(SessionAction.BACK)

    @Slot()
    def Stop(self) -> None:
        self._controls.action_requested.emit(SessionAction.STOP)

    @Slot("qlonglong")
    def Seek(self, offset: int) -> None:
        """CanSeek is false: a step's time is not for skipping around in."""

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, track: QDBusObjectPath, position: int) -> None:
        """CanSeek is false."""

    @Slot(str)
    def OpenUri(self, uri: str) -> None:
        """No URIs are supported."""

    def _status(self) -> str:
        return self._controls.status

    def _metadata(self) -> dict[str, Any]:
        return self._controls.metadata()

    def _one(self) -> float:
        return 1.0

    def _zero(self) -> int:
        return 0

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    PlaybackStatus = Property(str, _status)
    Metadata = Property("QVariantMap", _metadata)
    Rate = Property(float, _one)
    MinimumRate = Property(float, _one)
    MaximumRate = Property(float, _one)
    Volume = Property(float, _one)
    Position = Property("qlonglong", _zero)
    CanGoNext = Property(bool, _true)
    CanGoPrevious = Property(bool, _true)
    CanPlay = Property(bool, _true)
    CanPause = Property(bool, _true)
    CanSeek = Property(bool, _false)
    CanControl = Property(bool, _true)


class MediaControls(QObject):
    """The app as an MPRIS player on the session bus, from ``begin()`` to ``end()``.

    Signals:
        action_requested(SessionAction): a media key or the desktop's media panel asked for toggle, next,
            back or stop.
        raise_requested(): the desktop asked to bring the window forward.
    """

    action_requested = Signal(object)
    raise_requested = Signal()

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus_address = bus_address  # None: the session bus
        self._connection: QDBusConnection | None = None
        self.service = ""  # the bus name while registered
        self.status = STOPPED
        self._routine = ""
        self._title = ""
        self._track = NO_TRACK
        self._told = False
        self.available = sys.platform.startswith("linux")
        _RootAdaptor(self)
        _PlayerAdaptor(self)

    @property
    def registered(self) -> bool:
        """Whether the app is on the bus as a media player now."""
        return bool(self.service)

    def metadata(self) -> dict[str, Any]:
        """The running step as an MPRIS track."""
        data: dict[str, Any] = {"mpris:trackid": QDBusObjectPath(self._track)}
        if self._title:
            data["xesam:title"] = self._title
        if self._routine:
            data["xesam:album"] = self._routine
        return data

    def begin(self, routine_name: str) -> None:
        """Join the session bus as a media player for the session about to run."""
        self._routine = routine_name
        self._title = routine_name
        self._track = NO_TRACK
        self.status = PLAYING
        if not self.available or self.registered:
            return
        if self._bus_address:
            connection = QDBusConnection.connectToBus(self._bus_address, CONNECTION_NAME)
        else:
            connection = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, CONNECTION_NAME)
        self._connection = connection
        if not connection.isConnected() or not connection.registerObject(PATH, self):
            self._give_up("no D-Bus session bus")
            return
        # A second copy of the app takes an instance name, as the MPRIS spec describes.
        for name in (SERVICE, f"{SERVICE}.instance{os.getpid()}"):
            if connection.registerService(name):
                self.service = name
                return
        self._give_up(connection.lastError().message() or "the bus name is taken")

    def apply(self, events: list[Event]) -> None:
        """Follow the session: play/pause state and the current step."""
        changed: dict[str, Any] = {}
        for event in events:
            if isinstance(event, StepStarted):
                step = event.step
                if step.kind is StepKind.TECHNIQUE:
                    self._title = f"{step.technique_name} · {leg_words(step.leg)}"
                else:  # "Rest · 30 s", "Wait for me"
                    self._title = step_and_leg(step)
                self._track = f"/org/hamstring_desktop/step/{step.index}"
                changed["Metadata"] = self.metadata()
            elif isinstance(event, StateChanged):
                status = playback_status(event.state)
                if status != self.status:
                    self.status = status
                    changed["PlaybackStatus"] = status
            elif isinstance(event, Finished) and self.status != STOPPED:
                self.status = STOPPED
                changed["PlaybackStatus"] = STOPPED
        if changed and self.registered:
            self._announce(changed)

    def end(self) -> None:
        """Leave the bus: the media keys go back to other players."""
        self.status = STOPPED
        self.service = ""
        if self._connection is not None:
            self._connection.unregisterObject(PATH)
            self._connection = None
            QDBusConnection.disconnectFromBus(CONNECTION_NAME)

    def _announce(self, changed: dict[str, Any]) -> None:
        """org.freedesktop.DBus.Properties.PropertiesChanged, signature sa{sv}as."""
        assert self._connection is not None
        invalidated = QDBusArgument()  # an empty list would go out as "av"
        invalidated.beginArray(QMetaType(QMetaType.Type.QString))
        invalidated.endArray()
        message = QDBusMessage.createSignal(PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged")
        message.setArguments([PLAYER_INTERFACE, changed, invalidated])
        self._connection.send(message)

    def _give_up(self, why: str) -> None:
        if not self._told:
            self._told = True
            _log.info("media keys reach the app only while its window has focus (%s)", why)
        self.end()
