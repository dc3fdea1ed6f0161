"""End to end: the installed command opens a real window on an X server and draws it, the same
as the offscreen rendering the other tests check in detail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from tests.helpers.xvfb import xcb_environment, xvfb_display

pytestmark = pytest.mark.e2e


def screenshot(target: Path, data: Path, env: dict[str, str], *extra: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "hamstring_desktop",
            "--data-dir",
            str(data),
            "--screenshot",
            str(target),
            *extra,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr


def difference(a: QImage, b: QImage) -> tuple[float, float]:
    """Mean difference per colour channel (0-255), and the share of pixels that differ visibly."""
    total = visible = count = 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            one, two = a.pixelColor(x, y), b.pixelColor(x, y)
            step = abs(one.red() - two.red()) + abs(one.green() - two.green()) + abs(one.blue() - two.blue())
            total += step
            visible += step > 30
            count += 1
    return total / count / 3, visible / count


def test_a_real_window_draws_what_the_offscreen_one_does(tmp_path: Path) -> None:
    real, offscreen = tmp_path / "xcb.png", tmp_path / "offscreen.png"
    with xvfb_display("1600x1000x24") as display:
        screenshot(real, tmp_path / "a", xcb_environment(display))
    screenshot(
        offscreen, tmp_path / "b", dict(os.environ, QT_QPA_PLATFORM="offscreen"), "--screen-size", "1600x1000"
    )
    drawn, expected = QImage(str(real)), QImage(str(offscreen))
    assert (drawn.width(), drawn.height()) == (expected.width(), expected.height()) == (1400, 900)
    mean, share = difference(drawn, expected)
    assert mean < 1.0 and share < 0.01, (
        f"the real window differs: {mean:.2f} per channel, {share:.1%} of pixels"
    )
    # ...and that is no empty frame: against a blank image of the same size it differs a lot.
    blank = QImage(drawn.size(), QImage.Format.Format_RGB32)
    blank.fill(drawn.pixelColor(drawn.width() // 2, 5))
    assert difference(drawn, blank)[1] > 0.1
