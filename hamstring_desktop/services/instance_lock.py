"""The lock that says who is using a data directory right now.

A lock file in the data directory (Qt's ``QLockFile``: it holds the owner's process id, host and
program name) is held by the running app for as long as it runs, and by a command-line
``history`` command while it changes the history. Whoever finds it held knows another process is
using that data: a second app forwards its arguments to the first and exits; a command that only
reads leaves sessions that are still running out of what it shows; a command that writes refuses.

A lock left by a crash is stale, and is cleared when the next process asks. ``QLockFile`` calls a
lock stale when the process id in it is gone, or now runs a program of another name. That alone
is not enough: after a crash the id can be given to a new process of the same program (any other
Python program, for the app run from source), and ``QLockFile`` would then take the lock for
held, for good. So a lock ``QLockFile`` takes for held is asked of the operating system too: the
process that holds a ``QLockFile`` keeps the file open and, on Linux, macOS and the BSDs, locked
with ``flock``; on Windows, open with deleting shut out. Neither outlives the process. When the
system says no process holds the file, it is removed and the lock taken (see
:func:`clear_if_abandoned`). A lock from another machine (a data directory on a network drive)
is left to ``QLockFile``'s judgement. The age of a lock never makes it stale
(``setStaleLockTime(0)``): an app may run for days.
"""

from __future__ import annotations

import enum
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo


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
            self.holder = self._read_holder()
            if self.holder.pid and self.holder.host == _this_host() and self._take_abandoned():
                self.state = LockState.ACQUIRED
                self.holder = LockHolder()
                return self.state
            self.state = LockState.HELD
            return self.state
        if self._lock.error() == QLockFile.LockError.PermissionError:
            return self._unavailable("permission denied")
        return self._unavailable("the lock file could not be made")

    def _read_holder(self) -> LockHolder:
        info = self._lock.getLockInfo()  # (pid, host, program), or something falsy if unknown
        known = isinstance(info, tuple) and len(info) == 3
        return LockHolder(int(info[0]), str(info[1]), str(info[2])) if known else LockHolder()

    def _take_abandoned(self) -> bool:
        """Take the lock if no process holds its file any longer (a crash's lock, whose process
        id now belongs to another process). Done under the ``.rmlock`` lock with which
        ``QLockFile`` clears stale locks, so that no other launch clears the new one meanwhile."""
        guard = QLockFile(f"{self.path}.rmlock")
        if not guard.tryLock(0):
            return False
        try:
            if not clear_if_abandoned(self.path, self._lock):
                return False
            if self._lock.tryLock(0):
                return True
            self.holder = self._read_holder()  # another launch was quicker
            return False
        finally:
            guard.unlock()

    def _unavailable(self, why: str) -> LockState:
        self.state = LockState.UNAVAILABLE
        self.problem = f"{self.path}: {why}"
        return self.state

    def release(self) -> None:
        """Let go of the lock (its file is removed), if it is ours."""
        if self.state is LockState.ACQUIRED:
            self._lock.unlock()
        self.state = None


def _this_host() -> str:
    """The host name ``QLockFile`` writes into the lock files it makes on this machine."""
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return QSysInfo.machineHostName()


def clear_if_abandoned(path: Path, lock: QLockFile) -> bool:
    """Remove the lock file at ``path`` if no live process holds it, whatever process id it
    names; True if it was removed. ``lock`` is a ``QLockFile`` on ``path`` that does not hold it.

    Where the system cannot tell (a file system without ``flock``, say), the lock is left alone."""
    try:
        import fcntl
    except ImportError:  # Windows: deleting the file fails while its holder has it open
        return lock.removeStaleLockFile()
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # gone already, or not ours to read: let QLockFile tell
        return False
    try:
        # QLockFile writes the file after it has locked it: with nothing in it yet, its maker
        # may be about to lock it, and locking it first would spoil that.
        if not os.read(fd, 64):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # a live process holds it, or this file system has no such locks
            return False
        opened, now = os.fstat(fd), os.stat(path)
        if (opened.st_dev, opened.st_ino) != (now.st_dev, now.st_ino):
            return False  # removed and made anew meanwhile: that one is not ours to judge
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
