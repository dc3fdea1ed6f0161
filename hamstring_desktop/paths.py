"""Every user path the app touches, in one place.

The data directory comes from, in order: the ``--data-dir`` flag, the
``HAMSTRING_DESKTOP_DATA_DIR`` environment variable, then appdirs' user data dir.
Everything else (settings, user routines, the history database) lives inside it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import appdirs

from hamstring_desktop import APP_ID

ENV_DATA_DIR = "HAMSTRING_DESKTOP_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's user data dir for the app (via appdirs)."""
    return Path(appdirs.user_data_dir(APP_ID, appauthor=False))


def resolve_data_dir(flag: str | os.PathLike[str] | None = None) -> Path:
    """The data dir to use: flag, then environment variable, then the platform default."""
    if flag:
        return Path(flag).expanduser().absolute()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """Locations inside one data dir. Nothing is created until :meth:`ensure` is called."""

    root: Path

    @property
    def settings_file(self) -> Path:
        """Window layout and preferences (QSettings, INI format)."""
        return self.root / "settings.ini"

    @property
    def routines_dir(self) -> Path:
        """Where the user's own routine files (``*.toml``) live."""
        return self.root / "routines"

    @property
    def database_file(self) -> Path:
        """The SQLite session history."""
        return self.root / "history.sqlite3"

    def ensure(self) -> DataPaths:
        """Create the data dir and its routine folder if they do not exist yet."""
        self.routines_dir.mkdir(parents=True, exist_ok=True)
        return self
