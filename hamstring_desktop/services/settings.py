"""Every user setting, declared once with type, default and meaning; kept as INI in the data dir."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

T = TypeVar("T", str, bool, int, QByteArray)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: key in the INI file, Python type, default and a description for humans."""

    key: str
    type: type[T]
    default: T
    description: str


THEME = Setting("appearance/theme", str, "system", "Colour scheme: system, light or dark.")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Main window size and place.")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Dock and toolbar layout.")

SAFETY_ACKNOWLEDGED = Setting(
    "safety/acknowledged", bool, False, "The user has read and acknowledged the safety check."
)
INJURED = Setting("safety/injured", bool, False, "The user said they are injured: show the check each time.")
VOLUME = Setting("sound/volume", int, 60, "Cue volume, 0-100 (moderate by default).")
MUTED = Setting("sound/muted", bool, False, "Silence every tone and prompt.")
VOICE = Setting("sound/voice", bool, True, "Speak step names, instructions and leg switches.")
PACING = Setting("sound/pacing", bool, True, "Play the soft pacing tick during rolling steps.")
PACING_SECONDS = Setting("sound/pacing_seconds", int, 3, "Seconds per rolling pass for pacing ticks (2-4).")
ANATOMY_LABELS = Setting("anatomy/labels", bool, True, "Numbered labels and the legend on the diagram.")
ANATOMY_LEGS = Setting("anatomy/legs", str, "both", "Legs the diagram shows: both, left or right.")

ALL_SETTINGS = (
    THEME,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SAFETY_ACKNOWLEDGED,
    INJURED,
    VOLUME,
    MUTED,
    VOICE,
    PACING,
    PACING_SECONDS,
    ANATOMY_LABELS,
    ANATOMY_LEGS,
)
THEMES = ("system", "light", "dark")


class Settings(QObject):
    """Typed access to the settings file.

    Signals:
        changed(str): the key of a setting whose value was just set.
    """

    changed = Signal(str)

    def __init__(self, file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = QSettings(str(file), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when absent or of the wrong type."""
        value = self._store.value(setting.key, setting.default)
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default
        if setting.type is bool and isinstance(value, str):
            return setting.type(value.lower() == "true")  # INI stores booleans as text
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value and announce the change."""
        self._store.setValue(setting.key, value)
        self.changed.emit(setting.key)

    def sync(self) -> str:
        """Write to disk now; returns an error description, or "" on success."""
        self._store.sync()
        status = self._store.status()
        if status == QSettings.Status.AccessError:
            return f"cannot write {self._store.fileName()}"
        if status == QSettings.Status.FormatError:
            return f"{self._store.fileName()} is not a valid settings file"
        return ""
