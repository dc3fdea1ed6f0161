"""Run the real app as a child process: a routine started at once, quitting when it ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run_routine(
    data: Path,
    routine: str,
    env: dict[str, str],
    time_scale: float = 1.0,
    timeout: float = 120,
    extra: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``hamstring-desktop --routine ROUTINE --start --quit-after-session`` with the safety
    check acknowledged (and ``extra`` arguments); returns when the app has quit."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "hamstring_desktop",
            "--data-dir",
            str(data),
            "--routine",
            routine,
            "--start",
            "--time-scale",
            str(time_scale),
            "--quit-after-session",
            "--safety-acknowledged",
            *(extra or []),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
