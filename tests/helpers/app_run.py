"""Run the real app as a child process: a routine started at once, quitting when it ends; or a
few lines of Python that start it their own way."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# The app from the checkout; the packaging tests pass the frozen or installed executable instead.
FROM_CHECKOUT = (sys.executable, "-m", "hamstring_desktop")


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (dedented) in a new Python from the checkout, offscreen, with ``env`` added to
    the environment."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
        cwd=REPO,
        timeout=60,
        check=False,
    )


def run_routine(
    data: Path,
    routine: str,
    env: dict[str, str],
    time_scale: float = 1.0,
    timeout: float = 120,
    command: Sequence[str] = FROM_CHECKOUT,
    extra: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    """``hamstring-desktop --routine ROUTINE --start --quit-after-session`` with the safety
    check acknowledged, plus ``extra`` arguments; returns when the app has quit."""
    return subprocess.run(
        [
            *command,
            "--data-dir",
            str(data),
            "--routine",
            routine,
            "--start",
            "--time-scale",
            str(time_scale),
            "--quit-after-session",
            "--safety-acknowledged",
            *extra,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def exported_sessions(
    data: Path, env: dict[str, str], target: Path, command: Sequence[str] = FROM_CHECKOUT
) -> list[dict[str, object]]:
    """``hamstring-desktop history export --format json`` of ``data`` into ``target``: the sessions,
    each with its ``steps`` (the export lists the steps apart, each naming its session)."""
    import json

    subprocess.run(
        [*command, "--data-dir", str(data), "history", "export", "--format", "json", "--output", str(target)],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    document = json.loads(target.read_text(encoding="utf-8"))
    sessions = document["sessions"]
    assert isinstance(sessions, list)
    for session in sessions:
        session["steps"] = [step for step in document["steps"] if step["session_id"] == session["id"]]
    return sessions
