"""Automatic backups: after a session, at most once a day, a JSON snapshot of the whole history
(the export format, so restoring is an import) goes to the backups folder: ``backups/`` in the
data dir, or a folder the user chose (a synced one, for example). The newest ones are kept (14
by default); older ones are removed, and only files named as backups are ever removed.

A backup is named for the local date it was made on, ``hamstring-history-YYYY-MM-DD.json``; a
file of today's name in the folder means today's backup is done.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from hamstring_desktop.history.export import export_history
from hamstring_desktop.history.store import HistoryStore

NAME = re.compile(r"hamstring-history-(\d{4}-\d{2}-\d{2})\.json")
DEFAULT_KEEP = 14


def backup_name(day: date) -> str:
    """The file name of the backup made on ``day``."""
    return f"hamstring-history-{day.isoformat()}.json"


def backups_in(folder: Path) -> list[Path]:
    """The backups in ``folder``, oldest first (only files named as backups)."""
    try:
        found = [path for path in folder.iterdir() if NAME.fullmatch(path.name) and path.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda path: path.name)


def backup_due(folder: Path, today: date) -> bool:
    """Whether today's backup is still to be made."""
    return not (folder / backup_name(today)).exists()


@dataclass(frozen=True)
class BackupResult:
    """A backup written, and the old ones removed to keep the number down."""

    path: Path
    sessions: int
    removed: tuple[Path, ...]


def write_backup(
    database: Path,
    folder: Path,
    keep: int = DEFAULT_KEEP,
    now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
) -> BackupResult:
    """Write today's backup of the history at ``database`` into ``folder`` (made if missing),
    then keep only the newest ``keep`` backups. Reads through a connection of its own, so it
    can run on a worker thread while the app records. Raises :class:`OSError` or
    :class:`~hamstring_desktop.history.store.HistoryError`; a backup that fails leaves the
    older ones as they were."""
    moment = now()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_name(moment.date())
    store = HistoryStore.connect(database)
    try:
        result = export_history(store, "json", target, now=lambda: moment)
    finally:
        store.close()
    return BackupResult(target, result.sessions, tuple(prune(folder, keep)))


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups; returns the ones removed."""
    removed = []
    for old in backups_in(folder)[: -max(keep, 1)]:
        try:
            old.unlink()
        except OSError:
            continue
        removed.append(old)
    return removed
