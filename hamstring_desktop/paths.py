"""Every user path the app touches, in one place.

The data directory comes from, in order: the ``--data-dir`` flag, the
``HAMSTRING_DESKTOP_DATA_DIR`` environment variable, then appdirs' user data dir.
Everything else (settings, user routines, the history database) lives inside it. The app's
own speech-dispatcher keeps its files in the user cache dir.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import appdirs

from hamstring_desktop import APP_ID

ENV_DATA_DIR = "HAMSTRING_DESKTOP_DATA_DIR"
# Where distributions keep speech-dispatcher's own configuration.
SYSTEM_SPEECHD_CONFIG_DIRS = (Path("/etc/speech-dispatcher"), Path("/usr/local/etc/speech-dispatcher"))
SOCKET_PATH_LIMIT = 100  # a Unix socket path must fit in 108 bytes


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


def speech_server_dir() -> Path:
    """The app's own speech-dispatcher: its configuration, log and pid file (user cache dir)."""
    return Path(appdirs.user_cache_dir(APP_ID, appauthor=False)) / "speech-dispatcher"


def speech_server_socket() -> Path:
    """The app's own speech-dispatcher socket: in the session's runtime dir when there is one,
    else in the cache dir, else (when that path is too long for a socket) in the temp dir."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    candidates = [Path(runtime) / APP_ID] if runtime else []
    candidates.append(speech_server_dir())
    for folder in candidates:
        socket = folder / "speechd.sock"
        if len(os.fsencode(socket)) <= SOCKET_PATH_LIMIT:
            return socket
    return Path(tempfile.gettempdir()) / f"{APP_ID}-{os.getuid()}" / "speechd.sock"


def code_cache_file() -> Path:
    """Where the start-up keeps the code it compiled, for the next start (user cache dir; one
    file for each Python version)."""
    name = f"start-up-code.{sys.implementation.cache_tag}.bin"
    return Path(appdirs.user_cache_dir(APP_ID, appauthor=False)) / name


def system_speechd_socket() -> Path:
    """Where the user's system speech-dispatcher listens by default (as its client library
    reckons it): in the session's runtime dir, else in the cache dir."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    base = Path(runtime) if runtime else Path(appdirs.user_cache_dir())
    return base / "speech-dispatcher" / "speechd.sock"


def instance_socket(data_root: Path) -> str:
    """The name of the local socket on which the app running on ``data_root`` listens for a
    second launch: one per data dir (a hash of its resolved path), in the session's runtime dir
    when there is one, else in the temp dir, in a folder of this user's. On Windows, a pipe name."""
    try:  # what hashlib.blake2b is; hashlib itself loads OpenSSL first (2.5 ms of the start)
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b

    digest = blake2b(os.fsencode(data_root.resolve()), digest_size=10).hexdigest()
    name = f"instance-{digest}.sock"
    if sys.platform.startswith("win"):
        return f"{APP_ID}-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    candidates = [Path(runtime) / APP_ID] if runtime else []
    candidates.append(Path(tempfile.gettempdir()) / f"{APP_ID}-{os.getuid()}")
    for folder in candidates:
        socket = folder / name
        if len(os.fsencode(socket)) <= SOCKET_PATH_LIMIT:
            return str(socket)
    return str(Path(tempfile.gettempdir()) / name)


def user_speechd_config_dir() -> Path:
    """speech-dispatcher's per-user configuration (what ``spd-conf -u`` writes)."""
    return Path(appdirs.user_config_dir("speech-dispatcher", appauthor=False))


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

    @property
    def lock_file(self) -> Path:
        """Held by the app running on this data dir (and by a command changing its history)."""
        return self.root / "instance.lock"

    @property
    def backups_dir(self) -> Path:
        """Where the daily history backups go, unless the user chose another folder."""
        return self.root / "backups"

    def ensure(self) -> DataPaths:
        """Create the data dir and its routine folder if they do not exist yet."""
        self.routines_dir.mkdir(parents=True, exist_ok=True)
        return self
