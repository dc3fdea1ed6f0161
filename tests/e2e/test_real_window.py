"""End to end: the installed command opens a real window on an X server and draws it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from tests.helpers.xvfb import xcb_environment, xvfb_display

pytestmark = pytest.mark.e2e


def distinct_colours(image: QImage, step: int = 7) -> int:
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)
    }
    return len(colours)


def test_screenshot_on_xvfb(tmp_path: Path) -> None:
    target = tmp_path / "window.png"
    with xvfb_display() as display:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "hamstring_desktop",
                "--data-dir",
                str(tmp_path / "data"),
                "--screenshot",
                str(target),
            ],
            env=xcb_environment(display),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    image = QImage(str(target))
    assert image.width() >= 1200 and image.height() >= 800
    # Text, frames and the selection highlight make a real window far from a flat fill.
    assert distinct_colours(image) > 20
