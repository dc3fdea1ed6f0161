"""The history's SQLite file: the connections that open it, to write or only to read, and the
checks made before it is trusted.

A database from a newer app is refused before anything is written; one that is not a database,
fails ``PRAGMA quick_check`` or is cut short raises :class:`DamagedHistoryError` (``recovery.py``
moves it aside and salvages it); and every read-write opening ends with a real write, so a
history that cannot be saved is known before a session starts, not after it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from hamstring_desktop.history.migrations import LATEST, NewerSchemaError, migrate, schema_version
from hamstring_desktop.history.records import (
    DamagedHistoryError,
    HistoryError,
    NewerHistoryError,
    UnwritableHistoryError,
)

BUSY_SECONDS = 5.0  # how long a write waits for another connection's transaction
LOW_DISK_BYTES = 2 * 1024 * 1024  # below this much free space, the history is said not to be saved
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_FULL = 13
_SQLITE_BUSY = 5


def connect_for_writing(
    path: Path, now: Callable[[], datetime], check: tuple[str, ...]
) -> sqlite3.Connection:
    """A read-write connection to the history at ``path`` (created if needed), checked, migrated
    and proven writable by recording ``now()`` as the time it was opened (see
    :meth:`HistoryStore.open <hamstring_desktop.history.store.HistoryStore.open>`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UnwritableHistoryError(why_not_writable(path, error)) from None
    if path.is_dir():
        raise UnwritableHistoryError(why_not_writable(path))
    if path.exists() and path.stat().st_size > 0:
        _check_before_writing(path, check)
    try:
        connection = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS
        )
    except sqlite3.Error as error:
        raise UnwritableHistoryError(why_not_writable(path, error)) from None
    try:
        if schema_version(connection) > LATEST:  # it changed since the check
            raise NewerSchemaError(schema_version(connection))
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        migrate(connection)
        with transaction(connection):
            connection.execute(
                "INSERT OR REPLACE INTO facts (name, value) VALUES ('opened_at', ?)",
                (now().isoformat(timespec="seconds"),),
            )
        free = free_bytes(path.parent)
        if free is not None and free < LOW_DISK_BYTES:
            raise UnwritableHistoryError(why_not_writable(path))
    except NewerSchemaError as error:
        connection.close()
        raise NewerHistoryError(f"{path}: {error}; it was left as it is") from None
    except sqlite3.DatabaseError as error:
        connection.close()
        if _is_damage(error):
            raise DamagedHistoryError(path, str(error)) from None
        raise UnwritableHistoryError(why_not_writable(path, error)) from None
    except BaseException:
        connection.close()
        raise
    return connection


def connect_read_only(path: Path, check: tuple[str, ...]) -> sqlite3.Connection:
    """A connection that only reads the history at ``path``, checked, and migrated in a copy in
    memory when its schema is older (see :meth:`HistoryStore.open_read_only
    <hamstring_desktop.history.store.HistoryStore.open_read_only>`)."""
    uri = path.absolute().as_uri()
    # Without a write-ahead log, no one has the database open (the last connection to close
    # removes it) and every change is in the file: read it as immutable, which creates no
    # -shm or -wal file beside it. With one, SQLite must read the log too.
    wal_exists = path.with_name(path.name + "-wal").exists()
    modes = ("mode=ro",) if wal_exists else ("immutable=1", "mode=ro")
    problem = ""
    for mode in modes:
        connection: sqlite3.Connection | None = None
        try:
            connection = sqlite3.connect(
                f"{uri}?{mode}", uri=True, check_same_thread=False, timeout=BUSY_SECONDS
            )
            version = schema_version(connection)
            if version > LATEST:
                raise NewerSchemaError(version)
            if version != LATEST:
                memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                connection.backup(memory)
                connection.close()
                connection = memory
                migrate(connection)
            _quick_check(connection, check)
        except NewerSchemaError as error:
            if connection is not None:
                connection.close()
            raise NewerHistoryError(f"{path}: {error}; it was left as it is") from None
        except sqlite3.DatabaseError as error:
            problem = str(error)
            if connection is not None:
                connection.close()
            continue
        return connection
    raise HistoryError(f"{path}: the history database cannot be read ({problem})")


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def free_bytes(folder: Path) -> int | None:
    """Free space for the user in ``folder``, or None when it cannot be told."""
    try:
        status = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return status.f_bavail * status.f_frsize


def why_not_writable(path: Path, error: BaseException | None = None) -> str:
    """In a few words, why the history at ``path`` cannot be written."""
    folder = path.parent
    if path.is_dir():
        return f"{path} is a folder, not a file"
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder"
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"the folder {folder} cannot be written (read-only or no permission)"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} cannot be written (read-only or no permission)"
    free = free_bytes(folder) if folder.is_dir() else None
    code = getattr(error, "sqlite_errorcode", 0) or 0
    if (code & 0xFF) == _SQLITE_FULL or (free is not None and free < LOW_DISK_BYTES):
        return f"the disk holding {folder} is full"
    if (code & 0xFF) == _SQLITE_BUSY:
        return f"{path} is in use by another program"
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename or path}: {error.strerror}"
    return f"{path}: {error}" if error is not None else f"{path} cannot be written"


def _check_before_writing(path: Path, tables: tuple[str, ...]) -> None:
    """Look at an existing file through a read-only connection before anything may write to it:
    a database from a newer app, or a damaged one, must be left exactly as it is (a read-write
    connection could already change it, or the log beside it, just by opening and closing)."""
    try:
        checker = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    except sqlite3.Error:
        return  # the read-write opening says why
    try:
        version = schema_version(checker)
        if version > LATEST:
            raise NewerHistoryError(f"{path}: {NewerSchemaError(version)}; it was left as it is")
        _quick_check(checker, tables)
    except sqlite3.DatabaseError as error:
        if _is_damage(error):
            raise DamagedHistoryError(path, str(error)) from None
        # Anything else (a folder that cannot hold the read-only log files): the read-write
        # opening that follows tells what is wrong.
    finally:
        checker.close()


def _quick_check(connection: sqlite3.Connection, tables: tuple[str, ...] = ()) -> None:
    """Raise :class:`sqlite3.DatabaseError` with SQLite's corruption code when the file (or the
    ``tables`` named, with their indexes) is damaged: ``PRAGMA quick_check`` reports anything
    but "ok". A new, empty file has none of the tables yet: it is checked whole."""
    known = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    checks = [f"PRAGMA quick_check({table})" for table in tables if table in known] or ["PRAGMA quick_check"]
    for sql in checks:
        rows = connection.execute(sql).fetchall()
        if rows != [("ok",)]:
            error = sqlite3.DatabaseError(f"quick_check: {rows[0][0] if rows else 'no answer'}")
            error.sqlite_errorcode = _SQLITE_CORRUPT  # type: ignore[attr-defined]
            raise error


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once (so a busy database waits here, not halfway),
    committed at the end or rolled back on any exception."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
