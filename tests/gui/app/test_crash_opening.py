"""A crash in the middle of a session (the process killed), then each way of opening the history:
the app's start-up, ``history list``, ``history export`` and ``history import``. Each finds the
session ``interrupted``, with the steps that had ended, and no export ever shows a session without
an outcome."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ASSETS
from tests.helpers.history import REPO, cli, load_export

SCHEMA = json.loads((ASSETS / "schema" / "history-v2.schema.json").read_text(encoding="utf-8"))


def steps_recorded(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        db = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            return int(db.execute("SELECT count(*) FROM steps").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose app was killed (SIGKILL) two steps into a session."""
    data = tmp_path_factory.mktemp("crash") / "data"
    command = [sys.executable, "-m", "hamstring_desktop", "--data-dir", str(data)]
    command += [
        "--routine",
        "post-workout",
        "--start",
        "--safety-acknowledged",
        "--mute",
        "--time-scale",
        "40",
    ]
    with subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        # A module's fixture runs before each test's private HOME is set up: give it its own.
        env=dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=str(data.parent),
            XDG_CACHE_HOME=str(data.parent / "cache"),
            XDG_CONFIG_HOME=str(data.parent / "config"),
            XDG_DATA_HOME=str(data.parent / "share"),
        ),
        cwd=REPO,
    ) as app:
        deadline = time.monotonic() + 90
        while steps_recorded(data / "history.sqlite3") < 2:
            assert app.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        app.send_signal(signal.SIGKILL)
        app.wait(30)
    assert (data / "instance.lock").exists()  # the crash left its lock behind
    return data


@pytest.fixture
def data(crashed: Path, tmp_path: Path) -> Path:
    """A fresh copy of the crashed data dir (log files included, as the crash left them)."""
    copy = tmp_path / "data"
    shutil.copytree(crashed, copy)
    return copy


def stored(data: Path) -> list[tuple[str, str | None, int]]:
    db = sqlite3.connect(data / "history.sqlite3")
    try:
        return db.execute("SELECT routine_id, outcome, step_count FROM sessions ORDER BY id").fetchall()
    finally:
        db.close()


def assert_interrupted(data: Path, tmp_path: Path) -> None:
    """The crashed session is stored as interrupted, and every export says so."""
    [(routine, outcome, steps), *_] = stored(data)
    assert (routine, outcome) == ("post-workout", "interrupted") and steps >= 2
    out = tmp_path / "check.json"
    assert (
        cli("history", "export", "--format", "json", "--output", str(out), "--data-dir", str(data)).returncode
        == 0
    )
    document = load_export(out)
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    assert all(session["outcome"] for session in document["sessions"])
    first = document["sessions"][0]
    assert first["outcome"] == "interrupted" and first["ended_at"] >= first["started_at"]


def test_the_app_starting_closes_the_session_before_anything_else(data: Path, tmp_path: Path) -> None:
    run = cli(
        "--data-dir", str(data), "--routine", "rest-day", "--start", "--quit-after-session",
        "--safety-acknowledged", "--mute", "--time-scale", "200",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert [row[:2] for row in stored(data)] == [("post-workout", "interrupted"), ("rest-day", "completed")]
    assert_interrupted(data, tmp_path)


def test_history_list(data: Path, tmp_path: Path) -> None:
    listed = cli("history", "list", "--json", "--data-dir", str(data))
    assert listed.returncode == 0, listed.stderr
    assert [session["outcome"] for session in json.loads(listed.stdout)] == ["interrupted"]
    assert "1 session left open by a crash marked as interrupted" in listed.stderr
    assert_interrupted(data, tmp_path)


@pytest.mark.parametrize("kind", ["json", "csv", "steps-csv"])
def test_history_export(data: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"out.{kind}"
    exported = cli("history", "export", "--format", kind, "--output", str(out), "--data-dir", str(data))
    assert exported.returncode == 0, exported.stderr
    if kind == "json":
        assert [session["outcome"] for session in load_export(out)["sessions"]] == ["interrupted"]
    elif kind == "csv":
        assert '"interrupted"' in out.read_text(encoding="utf-8")
    assert_interrupted(data, tmp_path)


def test_history_import(data: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text('{"schema_version": 1, "sessions": [], "steps": []}', encoding="utf-8")
    imported = cli("history", "import", str(empty), "--data-dir", str(data))
    assert imported.returncode == 0, imported.stderr
    assert_interrupted(data, tmp_path)
