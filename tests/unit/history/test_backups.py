"""Backups: one a day, named for the day, the newest kept, nothing else in the folder touched, and
restoring is an import."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.backups import backup_due, backup_name, backups_in, write_backup
from hamstring_desktop.history.importer import import_history
from hamstring_desktop.history.store import HistoryStore
from tests.helpers.history import fill, load_export
from tests.helpers.stubs import LOCAL

DAY = datetime(2026, 11, 25, 20, 0, tzinfo=LOCAL)


def test_a_backup_is_a_json_snapshot_named_for_the_day(tmp_path: Path, library: Library) -> None:
    fill(library, tmp_path / "history.sqlite3", 3, open_one=True)
    folder = tmp_path / "backups"
    assert backup_due(folder, DAY.date())
    result = write_backup(tmp_path / "history.sqlite3", folder, now=lambda: DAY)
    assert result.path == folder / "hamstring-history-2026-11-25.json" and result.sessions == 3
    assert not backup_due(folder, DAY.date()) and backup_due(folder, DAY.date() + timedelta(days=1))
    document = load_export(result.path)
    assert document["exported_at"] == "2026-11-25T20:00:00+01:00" and len(document["sessions"]) == 3


def test_only_the_newest_backups_are_kept_and_nothing_else_is_touched(
    tmp_path: Path, library: Library
) -> None:
    fill(library, tmp_path / "history.sqlite3", 1)
    folder = tmp_path / "synced"
    folder.mkdir()
    mine = [
        folder / "notes.txt",
        folder / "hamstring-history-latest.json",
        folder / "hamstring-history-2026-1-1.json",
    ]
    for path in mine:
        path.write_text("mine", encoding="utf-8")
    for day in range(20):
        write_backup(
            tmp_path / "history.sqlite3", folder, keep=14, now=lambda day=day: DAY + timedelta(days=day)
        )
    kept = backups_in(folder)
    assert [path.name for path in kept] == [
        backup_name((DAY + timedelta(days=day)).date()) for day in range(6, 20)
    ]
    assert all(path.read_text(encoding="utf-8") == "mine" for path in mine)


def test_restoring_a_backup_is_an_import(tmp_path: Path, library: Library) -> None:
    fill(library, tmp_path / "history.sqlite3", 4)
    backup = write_backup(tmp_path / "history.sqlite3", tmp_path / "backups", now=lambda: DAY).path
    fresh = HistoryStore.open(tmp_path / "new" / "history.sqlite3")
    assert import_history(fresh, backup).sessions == 4


def test_a_folder_that_cannot_be_made_fails_and_keeps_the_old_backups(
    tmp_path: Path, library: Library
) -> None:
    fill(library, tmp_path / "history.sqlite3", 1)
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(OSError):
        write_backup(tmp_path / "history.sqlite3", blocker / "backups", now=lambda: DAY)
