"""With no sound device at all, a scripted session still runs to the end and is recorded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.app_run import run_routine

pytestmark = pytest.mark.e2e


def test_session_completes_without_any_audio_output(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PULSE_SERVER=f"unix:{tmp_path}/no-such-socket")
    env.pop("XDG_RUNTIME_DIR", None)
    data = tmp_path / "data"
    run = run_routine(data, "pre-workout", env, time_scale=100)
    assert run.returncode == 0, run.stderr
    export = tmp_path / "history.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hamstring_desktop",
            "--data-dir",
            str(data),
            "history",
            "export",
            "--format",
            "json",
            "--output",
            str(export),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    [session] = json.loads(export.read_text(encoding="utf-8"))["sessions"]
    assert session["outcome"] == "completed"
    assert len(session["steps"]) == 5 and all(step["completed"] for step in session["steps"])
