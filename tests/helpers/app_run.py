"""Run the real app as a child process: a routine started at once, quitting when it ends."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

# The app from the checkout; the packaging tests pass the frozen or installed executable instead.
FROM_CHECKOUT = (sys.executable, "-m", "hamstring_desktop")


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
    """``hamstring-desktop history export --format json`` of ``data`` into ``target``: the sessions."""
    import json

    subprocess.run(
        [*command, "--data-dir", str(data), "history", "export", "--format", "json", "--output", str(target)],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    sessions = json.loads(target.read_text(encoding="utf-8"))["sessions"]
    assert isinstance(sessions, list)
    return sessions
