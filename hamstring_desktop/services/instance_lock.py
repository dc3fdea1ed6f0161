"""The lock that says who is using a data directory right now.

A lock file in the data directory (Qt's ``QLockFile``: it holds the owner's process id, host and
program name) is held by the running app for as long as it runs, and by a command-line
``history`` command while it changes the history. Whoever finds it held knows another process is
using that data: a second app forwards its arguments to the first and exits; a command that only
reads leaves sessions that are still running out of what it shows; a command that writes refuses.

A lock left by a crash is stale: its process is gone, and ``QLockFile`` removes it when the next
process asks. The age of a lock never makes it stale (``setStaleLockTime(0)``): an app may run
for days.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


class LockState(enum.Enum):
    """What happened when the lock was asked for."""

    ACQUIRED = "acquired"  # it is ours until released
    HELD = "held"  # another live process holds it
    UNAVAILABLE = "unavailable"  # it cannot be made (a read-only folder, for example)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock: process id, host name and program name, as far as they are known."""

    pid: int = 0
    host: str = ""
    program: str = ""

    def __str__(self) -> str:
        return f"process {self.pid}" if self.pid else "another process"


class InstanceLock:
    """The lock file of one data directory. ``state``, ``holder`` and ``problem`` describe the
    last attempt to take it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(path))
        self._lock.setStaleLockTime(0)
        self.state: LockState | None = None
        self.holder = LockHolder()
        self.problem = ""

    def acquire(self) -> LockState:
        """Take the lock now if it is free (a stale one is cleared first); never waits."""
        if self.state is LockState.ACQUIRED:
            return LockState.ACQUIRED
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return self._unavailable(error.strerror or str(error))
        if self._lock.tryLock(0):
            self.state = LockState.ACQUIRED
            self.holder = LockHolder()
            return self.state
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            self.state = LockState.HELD
            info = self._lock.getLockInfo()  # (pid, host, program), or something falsy if unknown
            known = isinstance(info, tuple) and len(info) == 3
            self.holder = LockHolder(int(info[0]), str(info[1]), str(info[2])) if known else LockHolder()
            return self.state
        if self._lock.error() == QLockFile.LockError.PermissionError:
            return self._unavailable("permission denied")
        return self._unavailable("the lock file could not be made")

    def _unavailable(self, why: str) -> LockState:
        self.state = LockState.UNAVAILABLE
        self.problem = f"{self.path}: {why}"
        return self.state

    def release(self) -> None:
        """Let go of the lock (its file is removed), if it is ours."""
        if self.state is LockState.ACQUIRED:
            self._lock.unlock()
        self.state = None
