"""A damaged history file: moved aside (never deleted), a fresh history made in its place, and
every row that can still be read copied into it.

The salvage uses nothing but the standard library (SQLite's own ``.recover`` lives in the
``sqlite3`` shell, which is not always installed): each table is read in row-id order, and where
a read fails (a damaged page), the reading starts again just past the last row it got, one row
id further each time, until it finds readable rows again. Rows that no longer make sense
(a step whose session is lost, a value that breaks a rule of the schema) are left out.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hamstring_desktop.history.plans import plan_from_text, plan_text, plan_totals
from hamstring_desktop.history.store import HistoryStore

SIDE_FILES = ("-wal", "-shm")
_HEADER_SIZE = 100
# After this many row ids in a row that cannot be read, a table is taken to have no more.
_GIVE_UP_AFTER = 100_000
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SESSION_COLUMNS = (
    "routine_id",
    "routine_name",
    "started_at",
    "ended_at",
    "outcome",
    "active_seconds",
    "tightness_before_left",
    "tightness_before_right",
    "tightness_after_left",
    "tightness_after_right",
    "notes",
    "pain_step",
)
_STEP_COLUMNS = (
    "session_id",
    "position",
    "technique_id",
    "side",
    "zone",
    "planned_seconds",
    "actual_seconds",
    "completed",
    "ended_at",
)


@dataclass(frozen=True)
class Recovery:
    """What became of a damaged history: where the old file is now, and what was saved."""

    moved_to: Path
    sessions: int
    steps: int
    reason: str


def move_aside(path: Path, when: datetime) -> Path:
    """Rename the database (with its -wal and -shm files) to
    ``NAME.damaged-YYYYmmdd-HHMMSS`` beside it, never over another file; returns the new name."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 1000):
        suffix = f".damaged-{stamp}" if attempt == 1 else f".damaged-{stamp}-{attempt}"
        target = path.with_name(path.name + suffix)
        if not any(Path(f"{target}{side}").exists() for side in ("", *SIDE_FILES)):
            break
    else:
        raise FileExistsError(f"{path}: no free name to move the damaged history to")
    # The log files first: if a rename fails halfway, the database itself is still in place.
    for side in SIDE_FILES:
        source = Path(f"{path}{side}")
        if source.exists():
            os.replace(source, f"{target}{side}")
    os.replace(path, target)
    return target


def recover(
    path: Path, reason: str, now: Callable[[], datetime] = lambda: datetime.now().astimezone()
) -> tuple[HistoryStore, Recovery]:
    """Move the damaged history at ``path`` aside, open a fresh one there and copy into it every
    session and step that can still be read. Returns the fresh store and what happened."""
    moved_to = move_aside(path, now())
    store = HistoryStore.open(path, now)
    sessions = steps = 0
    with tempfile.TemporaryDirectory(prefix="hamstring-salvage-") as scratch:
        source = _open_damaged(moved_to, Path(scratch))
        if source is not None:
            try:
                sessions, steps = _salvage(source, store)
            finally:
                source.close()
    return store, Recovery(moved_to, sessions, steps, reason)


def _open_damaged(path: Path, scratch: Path) -> sqlite3.Connection | None:
    """A connection to a copy of the moved file (with its log, when it has one) in ``scratch``:
    reading a database with SQLite may write to the files beside it, and the moved files stay
    exactly as they were. Where SQLite refuses the copy as it is (a file cut short is
    "malformed" as a whole, because its header promises more pages than there are), a copy in
    memory with the header mended: the page count taken from the file's real length."""
    copy = scratch / "salvage.sqlite3"
    try:
        shutil.copyfile(path, copy)
        if Path(f"{path}-wal").exists():
            shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    except OSError:
        return None
    connection = sqlite3.connect(copy)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.DatabaseError:
        connection.close()
    image = bytearray(copy.read_bytes())
    if len(image) < _HEADER_SIZE or not image.startswith(b"SQLite format 3\x00"):
        return None
    page_size = int.from_bytes(image[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None
    image.extend(bytes(-len(image) % page_size))
    image[28:32] = (len(image) // page_size).to_bytes(4, "big")
    image[18:20] = b"\x01\x01"  # a rollback-journal file: no log to look for
    memory = sqlite3.connect(":memory:")
    try:
        memory.deserialize(bytes(image))
        memory.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        memory.close()
        return None
    return memory


def _columns(source: sqlite3.Connection, table: str) -> set[str]:
    try:
        return {row[1] for row in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:
        return set()


def _readable_rows(
    source: sqlite3.Connection, table: str, columns: list[str]
) -> Iterator[tuple[object, ...]]:
    """(rowid, *columns) for every row of ``table`` that can still be read, in row-id order."""
    try:
        top = source.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    selected = ", ".join(["rowid", *columns])
    last = 0
    failures = 0
    while True:
        try:
            for row in source.execute(
                f"SELECT {selected} FROM {table} WHERE rowid > ? ORDER BY rowid", (last,)
            ):
                last = row[0]
                failures = 0
                yield row
            return
        except sqlite3.DatabaseError:
            last += 1
            failures += 1
            if (top is not None and last >= top) or failures > _GIVE_UP_AFTER:
                return


def _salvage(source: sqlite3.Connection, store: HistoryStore) -> tuple[int, int]:
    """Copy what can be read from ``source`` into the fresh ``store``; returns (sessions, steps)."""
    found = _columns(source, "sessions")
    copied_sessions: set[int] = set()
    steps = 0
    with store.bulk_transaction() as db:
        if {"routine_id", "started_at"} <= found:
            columns = [name for name in _SESSION_COLUMNS if name in found]
            with_uid = "uid" in found
            with_plan = "plan" in found
            selected = [*columns, *(["plan"] if with_plan else []), "uid" if with_uid else "NULL"]
            insert = (
                f"INSERT INTO sessions (id, uid, {', '.join(columns)}, plan, planned_steps, planned_seconds)"
                f" VALUES ({', '.join('?' * (len(columns) + 5))})"
            )
            for row in _readable_rows(source, "sessions", selected):
                row_id, values = row[0], list(row[1 : 1 + len(columns)])
                # A plan is kept only when it reads as one; its numbers are worked out again.
                plan = plan_from_text(row[1 + len(columns)]) if with_plan else None
                values += [plan_text(plan), *plan_totals(plan)]
                uid = row[-1]
                if not (isinstance(uid, str) and _UUID.fullmatch(uid)):
                    uid = str(uuid.uuid4())
                if not _insert(db, insert, (row_id, uid, *values)) and not _insert(
                    db,
                    insert,
                    (row_id, str(uuid.uuid4()), *values),  # its id was taken: a new one
                ):
                    continue  # a value that breaks the schema's rules: the row is not usable
                copied_sessions.add(int(str(row_id)))
        step_found = _columns(source, "steps")
        if set(_STEP_COLUMNS) <= step_found:
            marks = ", ".join("?" * len(_STEP_COLUMNS))
            insert = f"INSERT INTO steps ({', '.join(_STEP_COLUMNS)}) VALUES ({marks})"
            for row in _readable_rows(source, "steps", list(_STEP_COLUMNS)):
                if row[1] not in copied_sessions:
                    continue
                if _insert(db, insert, row[1:]):
                    steps += 1
    return len(copied_sessions), steps


def _insert(db: sqlite3.Connection, sql: str, values: tuple[object, ...]) -> bool:
    try:
        db.execute(sql, values)
    except sqlite3.DatabaseError:
        return False
    return True
