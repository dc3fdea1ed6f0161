"""A damaged history file: moved aside under a name with the time (never deleted, with its log
files), a fresh history in its place with every row that could still be read, and then sessions
record normally."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.opening import open_for_writing
from hamstring_desktop.history.store import DamagedHistoryError, HistoryStore
from hamstring_desktop.paths import DataPaths
from tests.helpers.history import damage_page, fill, play, table_pages
from tests.helpers.stubs import LOCAL

NOW = datetime(2026, 11, 25, 9, 30, 15, tzinfo=LOCAL)


def made(library: Library, folder: Path, sessions: int = 60) -> Path:
    path = folder / "history.sqlite3"
    fill(library, path, sessions)
    return path


def reopen(folder: Path) -> tuple[HistoryStore, object]:
    opened = open_for_writing(DataPaths(folder), lambda: NOW)
    return opened.store, opened.recovery


def test_a_file_that_is_not_a_database_is_moved_aside_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = b"this is not a database, it is a shopping list\n" * 100
    path.write_bytes(garbage)
    with pytest.raises(DamagedHistoryError, match="file is not a database"):
        HistoryStore.open(path)
    assert path.read_bytes() == garbage  # opening alone never changes it
    store, recovery = reopen(tmp_path)
    moved = tmp_path / "history.sqlite3.damaged-20261125-093015"
    assert recovery is not None and recovery.moved_to == moved  # type: ignore[attr-defined]
    assert moved.read_bytes() == garbage
    assert (recovery.sessions, recovery.steps) == (0, 0)  # type: ignore[attr-defined]
    assert store.sessions() == [] and store.begin_session("r", "R", NOW) > 0


def test_a_truncated_file_gives_up_what_it_still_has(tmp_path: Path, library: Library) -> None:
    path = made(library, tmp_path)
    whole = path.read_bytes()
    cut = whole[: len(whole) - 2 * 4096]  # the last two pages are gone
    path.write_bytes(cut)
    store, recovery = reopen(tmp_path)
    assert recovery is not None
    salvaged = store.sessions()
    assert 0 < recovery.sessions < 60  # type: ignore[attr-defined]
    assert len(salvaged) == recovery.sessions  # type: ignore[attr-defined]
    assert all(record.outcome == "completed" and record.notes.startswith("day ") for record in salvaged)
    assert recovery.moved_to.read_bytes() == cut  # type: ignore[attr-defined]
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("table", ["steps", "sessions"])
def test_a_damaged_page_in_the_middle_loses_only_its_rows(
    tmp_path: Path, library: Library, table: str
) -> None:
    path = made(library, tmp_path)
    before = HistoryStore.open(path).sessions()
    pages = table_pages(path, table)
    damage_page(path, pages[len(pages) // 2])
    store, recovery = reopen(tmp_path)
    assert recovery is not None
    salvaged = store.sessions()
    if table == "steps":
        assert len(salvaged) == 60  # every session; only the steps on the bad page are lost
        assert 0 < recovery.steps < 300  # type: ignore[attr-defined]
    else:
        assert 20 <= len(salvaged) < 60  # the sessions on the other pages, with all their steps
        assert recovery.steps == 5 * len(salvaged)  # type: ignore[attr-defined]
    kept = {record.id: record for record in before}
    for record in salvaged:  # what was read came back unchanged, ids and plans included
        assert record[:13] == kept[record.id][:13]
        assert record.plan == kept[record.id].plan and record.plan is not None
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_the_log_files_go_with_it_and_no_name_is_taken_twice(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    Path(f"{path}-wal").write_bytes(b"wal")
    Path(f"{path}-shm").write_bytes(b"shm")
    taken = tmp_path / "history.sqlite3.damaged-20261125-093015"
    taken.write_bytes(b"an earlier one")
    _, recovery = reopen(tmp_path)
    moved = tmp_path / "history.sqlite3.damaged-20261125-093015-2"
    assert recovery.moved_to == moved  # type: ignore[attr-defined]
    # The log keeps every byte; the -shm file (SQLite's index into the log, rebuilt from it on
    # every opening) goes along too.
    assert Path(f"{moved}-wal").read_bytes() == b"wal" and Path(f"{moved}-shm").exists()
    assert taken.read_bytes() == b"an earlier one"


def test_after_a_recovery_sessions_save_normally(tmp_path: Path, library: Library) -> None:
    path = made(library, tmp_path)
    damage_page(path, table_pages(path, "steps")[1])
    store, recovery = reopen(tmp_path)
    assert recovery is not None
    play(library, store, 10_000)
    store.close()
    again = HistoryStore.open(path)  # the whole file checks out now
    assert len(again.sessions()) == 61
