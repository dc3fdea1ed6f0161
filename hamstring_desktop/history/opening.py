"""Opening the history: the same checks and repairs for the app and for every command.

Whoever opens the history for writing (the app at start-up; a ``history`` command when no app
runs on that data dir) first repairs what a crash left behind:

- a damaged file is moved aside and salvaged into a fresh one (``recovery.py``);
- sessions left open are closed as ``interrupted``.

The running app holds the data dir's lock (``services/instance_lock.py``), so its sessions are
never mistaken for a crash's leftovers: a command that finds the lock held opens the history
read-only and leaves the sessions still running out of what it shows, and a command that would
write refuses. A history whose folder cannot be written at all is read as it is, and any session
left open in it is shown as interrupted (no app can be recording into it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from hamstring_desktop.history.recovery import Recovery, recover
from hamstring_desktop.history.store import (
    DamagedHistoryError,
    HistoryError,
    HistoryStore,
    UnwritableHistoryError,
)
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.instance_lock import InstanceLock, LockHolder, LockState

Clock = Callable[[], datetime]


def _local_now() -> datetime:
    return datetime.now().astimezone()


class HistoryBusyError(HistoryError):
    """Another process (the app) is using the history, and this one wanted to change it."""


@dataclass
class OpenedHistory:
    """An open history and what its opening did: the sessions it closed as interrupted, the
    damaged file it moved aside, and the app found running on the data dir (if any)."""

    store: HistoryStore
    interrupted: int = 0
    recovery: Recovery | None = None
    running_app: LockHolder | None = None


def open_for_writing(paths: DataPaths, now: Clock = _local_now, check: tuple[str, ...] = ()) -> OpenedHistory:
    """Open the history to read and write it, repairing a damaged file and closing sessions a
    crash left open. For a process that holds the data dir's lock (or where there is none to
    hold). ``check``: the tables to check for damage (by default, the whole file). Raises
    :class:`HistoryError` subclasses: newer, unwritable."""
    recovery = None
    try:
        store = HistoryStore.open(paths.database_file, now, check)
    except DamagedHistoryError as damage:
        store, recovery = recover(paths.database_file, damage.reason, now)
    interrupted = store.mark_interrupted()
    return OpenedHistory(store, interrupted, recovery)


@contextlib.contextmanager
def open_for_command(
    paths: DataPaths, write: bool, now: Clock = _local_now, reads: tuple[str, ...] = ()
) -> Iterator[OpenedHistory | None]:
    """The history as a command-line ``history`` command opens it; None when there is none yet
    and the command only reads (nothing is created then).

    With no app running, the history is opened for writing first (repairs included), then, for
    a command that only reads, the lock is let go again at once, so that an app started during
    a long export is not kept waiting. With the app running, a reading command reads the file as
    it is, without the sessions still running; a writing command gets
    :class:`HistoryBusyError`.

    A command that only reads names the tables it reads (``reads``): only those are checked for
    damage, as a command that writes (and the app) checks the whole file. On a large history
    that is the difference between a CSV export in well under a second and one in 1.5 s."""
    if not write and not paths.database_file.exists():
        yield None
        return
    lock = InstanceLock(paths.lock_file)
    state = lock.acquire()
    opened: OpenedHistory | None = None
    try:
        if state is LockState.HELD:
            if write:
                raise HistoryBusyError(
                    f"{paths.root}: the history is in use by the running app ({lock.holder}); "
                    "quit the app first, then try again"
                )
            store = HistoryStore.open_read_only(paths.database_file, check=reads)
            opened = OpenedHistory(store, running_app=lock.holder)
        elif state is LockState.UNAVAILABLE and not write:
            # The folder cannot even take a lock file: no app can be recording here.
            opened = OpenedHistory(_read_only_leftovers(paths, reads))
        else:
            try:
                opened = open_for_writing(paths, now, () if write else reads)
            except UnwritableHistoryError:
                if write:
                    raise
                opened = OpenedHistory(_read_only_leftovers(paths, reads))  # we hold the lock: no app runs
            if not write:
                lock.release()
        yield opened
    finally:
        if opened is not None:
            opened.store.close()
        lock.release()


def _read_only_leftovers(paths: DataPaths, reads: tuple[str, ...]) -> HistoryStore:
    """The history read as it is; a session left open in it shows as interrupted."""
    return HistoryStore.open_read_only(paths.database_file, open_sessions="interrupted", check=reads)
