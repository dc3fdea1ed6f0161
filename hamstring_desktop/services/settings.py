"""Every user setting, declared once with type, default, allowed values and meaning; kept as INI
in the data dir.

Whatever the file holds, :meth:`Settings.get` answers with a value of the declared type within
the declared range: anything else (a number too large, a word that is not a choice, text where
a number belongs) is logged once and the default is used. A settings file that is not a regular
file (a FIFO would block the read forever) or is too large is not opened at all: the app then
keeps its settings in memory for the run and leaves the file alone.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from hamstring_desktop.content.user_text import show_value
from hamstring_desktop.services.safe_io import SETTINGS_FILE_LIMIT, file_problem

T = TypeVar("T", str, bool, int, QByteArray)

_log = logging.getLogger(__name__)
_WHOLE_NUMBER = re.compile(r"\s*[+-]?[0-9]{1,18}\s*")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: key in the INI file, Python type, default, a description for humans, and
    what is allowed (``minimum``/``maximum`` for numbers, ``choices`` for text)."""

    key: str
    type: type[T]
    default: T
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def allowed(self) -> str:
        """The allowed values, for a log line."""
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if self.minimum is not None or self.maximum is not None:
            return f"a whole number from {self.minimum} to {self.maximum}"
        names = {bool: "true or false", int: "a whole number", QByteArray: "saved layout data"}
        return names.get(self.type, "text")


THEMES = ("system", "light", "dark")
LEG_CHOICES = ("both", "left", "right")
# The languages the app speaks (services/language.py names them), and "system": the system's.
SYSTEM_LANGUAGE = "system"
LANGUAGES = (SYSTEM_LANGUAGE, "en", "de")

THEME = Setting("appearance/theme", str, "system", "Colour scheme: system, light or dark.", choices=THEMES)
LANGUAGE = Setting(
    "appearance/language",
    str,
    SYSTEM_LANGUAGE,
    "Language of the interface, the content and the voice; system: the system's (at the next start).",
    choices=LANGUAGES,
)
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Main window size and place.")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Dock and toolbar layout.")

SAFETY_ACKNOWLEDGED = Setting(
    "safety/acknowledged", bool, False, "The user has read and acknowledged the safety check."
)
INJURED = Setting("safety/injured", bool, False, "The user said they are injured: show the check each time.")
VOLUME = Setting("sound/volume", int, 60, "Cue volume, 0-100 (moderate by default).", minimum=0, maximum=100)
MUTED = Setting("sound/muted", bool, False, "Silence every tone and prompt.")
VOICE = Setting("sound/voice", bool, True, "Speak step names, instructions and leg switches.")
PACING = Setting("sound/pacing", bool, True, "Play the soft pacing tick during rolling steps.")
PACING_SECONDS = Setting(
    "sound/pacing_seconds", int, 3, "Seconds per rolling pass for pacing ticks (2-4).", minimum=2, maximum=4
)
ANATOMY_LABELS = Setting("anatomy/labels", bool, True, "Numbered labels and the legend on the diagram.")
ANATOMY_LEGS = Setting(
    "anatomy/legs", str, "both", "Legs the diagram shows: both, left or right.", choices=LEG_CHOICES
)
BACKUP_ENABLED = Setting(
    "history/backups", bool, True, "Write a JSON snapshot of the history after a session, once a day."
)
BACKUP_FOLDER = Setting(
    "history/backup_folder", str, "", "Where backups go; empty: the backups folder in the data dir."
)
BACKUP_KEEP = Setting(
    "history/backup_keep", int, 14, "How many daily backups to keep (1-365).", minimum=1, maximum=365
)
EXPORT_FOLDER = Setting(
    "history/export_folder", str, "", "The folder the last export went to; empty: Documents."
)
WEEKLY_GOAL = Setting(
    "progress/weekly_goal", int, 3, "Sessions a week to aim for (1-7; 2-3 suggested).", minimum=1, maximum=7
)
REMINDER_ENABLED = Setting(
    "progress/reminder", bool, False, "Remind on days when the weekly goal is at risk."
)
REMINDER_TIME = Setting("progress/reminder_time", str, "18:00", "When to remind, as HH:MM (24-hour clock).")
REMINDED_ON = Setting("progress/reminded_on", str, "", "The date of the last reminder (YYYY-MM-DD).")
KEEP_IN_TRAY = Setting(
    "app/keep_in_tray", bool, False, "Closing the window leaves the app in the system tray."
)
LAST_ROUTINE = Setting("app/last_routine", str, "", "The routine started last (the tray starts it).")

ALL_SETTINGS = (
    THEME,
    LANGUAGE,
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
    BACKUP_ENABLED,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    EXPORT_FOLDER,
    WEEKLY_GOAL,
    REMINDER_ENABLED,
    REMINDER_TIME,
    REMINDED_ON,
    KEEP_IN_TRAY,
    LAST_ROUTINE,
)


class Settings(QObject):
    """Typed access to the settings file.

    Signals:
        changed(str): the key of a setting whose value was just set.
    """

    changed = Signal(str)

    def __init__(self, file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reported: set[str] = set()
        # Checked before QSettings opens it; a file that is not there yet is simply created later.
        self.problem = file_problem(file, SETTINGS_FILE_LIMIT) if os.path.exists(file) else ""
        if self.problem:
            # Not opened (a FIFO would block); settings live in memory for this run.
            _log.warning("%s %s; using default settings, and not saving them this run", file, self.problem)
            self._store: QSettings | _MemoryStore = _MemoryStore(str(file))
        else:
            self._store = QSettings(str(file), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        """The stored value if it is of the declared type and allowed, else the default (the
        first time, with a log line)."""
        value = self._store.value(setting.key, setting.default)
        if value is setting.default:
            return setting.default
        checked = _checked(setting, value)
        if checked is None:
            if setting.key not in self._reported:
                self._reported.add(setting.key)
                _log.warning(
                    "settings: %s = %s is not %s; using %s",
                    setting.key,
                    show_value(value),
                    setting.allowed(),
                    setting.default,
                )
            return setting.default
        return checked

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


def _checked(setting: Setting[T], value: Any) -> T | None:
    """``value`` as read from the INI file, converted to the setting's type if it is allowed."""
    if setting.type is QByteArray:
        return value if isinstance(value, QByteArray) else None
    if setting.type is bool:
        if isinstance(value, bool):
            return setting.type(value)
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return setting.type(value.strip().lower() == "true")  # INI stores booleans as text
        return None
    if setting.type is int:
        if isinstance(value, bool):
            return None
        if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value):
            value = int(value)
        if not isinstance(value, int):
            return None
        too_low = setting.minimum is not None and value < setting.minimum
        too_high = setting.maximum is not None and value > setting.maximum
        return None if too_low or too_high else setting.type(value)
    if not isinstance(value, str) or (setting.choices and value not in setting.choices):
        return None
    return setting.type(value)


class _MemoryStore:
    """Stands in for QSettings when the settings file must not be opened."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._values: dict[str, object] = {}

    def value(self, key: str, default: object) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object) -> None:
        self._values[key] = value

    def sync(self) -> None:
        """Nothing is written."""

    def status(self) -> QSettings.Status:
        return QSettings.Status.NoError

    def fileName(self) -> str:
        return self._name
