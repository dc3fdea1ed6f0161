"""The history's schema: created from nothing, left alone when current, refused when newer."""

from __future__ import annotations

import sqlite3

import pytest

from hamstring_desktop.history.migrations import MIGRATIONS, migrate


def test_an_empty_database_gets_every_migration_once() -> None:
    db = sqlite3.connect(":memory:", isolation_level=None)
    assert migrate(db) == len(MIGRATIONS)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sessions", "steps"} <= tables
    assert migrate(db) == len(MIGRATIONS)  # again: nothing to do, nothing broken


def test_a_database_from_a_newer_app_is_refused_and_left_alone() -> None:
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(sqlite3.DatabaseError, match="newer version"):
        migrate(db)
    assert db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
