"""Run tests/helpers/layout_probe.py in a process of its own, and check what it measured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import REPO


def probe(
    data: Path,
    out: Path,
    size: str | None,
    ratio: float,
    home: Path,
    environment: dict[str, str] | None = None,
    language: str = "en",
) -> subprocess.Popen[str]:
    """Start the probe on a simulated screen of ``size`` (None: the real screen of
    ``environment``), in ``language``, keeping its data in ``data`` and writing its report to
    ``out``."""
    env = dict(environment or os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    env.pop("QT_SCALE_FACTOR", None)
    screen = ["--screen", size, "--dpr", str(ratio)] if size is not None else []
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.helpers.layout_probe",
            *screen,
            "--language",
            language,
            "--data",
            str(data),
            "--out",
            str(out),
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> None:
    """Wait for the probe; fail with its output if it failed."""
    output, _ = process.communicate(timeout=180)
    assert process.returncode == 0, output


def inside(rect: list[int], outer: list[int]) -> bool:
    x, y, width, height = rect
    ox, oy, owidth, oheight = outer
    return x >= ox and y >= oy and x + width <= ox + owidth and y + height <= oy + oheight


def on_screen(rect: list[int], state: dict[str, Any]) -> list[int]:
    """A window-relative rectangle in screen coordinates."""
    wx, wy, _, _ = state["window"]
    x, y, width, height = rect
    return [wx + x, wy + y, width, height]


def fully_visible(state: dict[str, Any], name: str) -> None:
    """The widget is shown, inside the window, not cut off, not covered, with room for its text."""
    widgets = state["widgets"]
    assert name in widgets, f"{name} is not shown"
    facts = widgets[name]
    _, _, width, height = state["window"]
    assert inside(facts["rect"], [0, 0, width, height]), f"{name} at {facts['rect']} leaves the window"
    assert not facts["clipped"], f"{name} is cut off"
    assert facts["covered_by"] == [], f"{name} is covered by {facts['covered_by']}"
    assert facts["fits_text"], f"{name} has no room for its text"
    assert facts["fits_width"], f"{name} is too narrow for its words"
