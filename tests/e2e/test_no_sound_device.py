"""With no sound device, or no sound system at all, a scripted session still runs to the end on
visual cues and is recorded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers.app_run import exported_sessions, run_routine

pytestmark = pytest.mark.e2e


def test_session_completes_without_any_audio_output(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PULSE_SERVER=f"unix:{tmp_path}/no-such-socket")
    env.pop("XDG_RUNTIME_DIR", None)
    data = tmp_path / "data"
    run = run_routine(data, "pre-workout", env, time_scale=100)
    assert run.returncode == 0, run.stderr
    assert_recorded_complete(data, env, tmp_path)


@pytest.mark.parametrize("mute", [False, True], ids=["sound-on", "muted"])
def test_session_completes_when_the_sound_system_cannot_load(tmp_path: Path, mute: bool) -> None:
    """As on a machine without libpulse: Qt Multimedia (and the speech engine, which needs it)
    fail to import. A broken libpulse.so.0 found first on the library path does exactly that."""
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libpulse.so.0").write_bytes(b"")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LD_LIBRARY_PATH=str(broken))
    data = tmp_path / "data"
    run = run_routine(data, "pre-workout", env, time_scale=100, extra=["--mute"] if mute else [])
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    said = [line for line in run.stderr.splitlines() if "the sound system could not be loaded" in line]
    if mute:  # muted for the run: the sound system is never even loaded, so nothing fails
        assert said == [], run.stderr
    else:
        assert len(said) == 1 and "libpulse.so.0" in said[0], run.stderr  # once, and why
    assert_recorded_complete(data, dict(os.environ, QT_QPA_PLATFORM="offscreen"), tmp_path)


def assert_recorded_complete(data: Path, env: dict[str, str], tmp_path: Path) -> None:
    """The history holds one completed session with every step done."""
    [session] = exported_sessions(data, env, tmp_path / "history.json")
    assert session["outcome"] == "completed"
    assert len(session["steps"]) == 5 and all(step["completed"] for step in session["steps"])
