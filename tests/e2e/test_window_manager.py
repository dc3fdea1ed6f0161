"""On a real X server with a real window manager (openbox) and a 1366×768 screen: the window
opens framed and inside the screen, the pain button stays in view through a whole session, and
focus mode really is full screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.layout_checks import finish, fully_visible, inside, on_screen, probe
from tests.helpers.xvfb import window_manager, xcb_environment, xvfb_display

pytestmark = pytest.mark.e2e


def test_a_laptop_screen_with_a_window_manager(tmp_path: Path) -> None:
    report = tmp_path / "layout.json"
    with xvfb_display("1366x768x24") as display, window_manager(display):
        finish(probe(tmp_path / "data", report, None, 1.0, tmp_path / "home", xcb_environment(display)))
    layout = json.loads(report.read_text(encoding="utf-8"))
    assert layout["platform"] == "xcb" and layout["screen"] == [0, 0, 1366, 768]
    states = layout["states"]
    idle = states["idle"]
    # Framed by the window manager (a title bar above the client area), and all of it on screen.
    assert idle["frame"][3] > idle["window"][3]
    assert inside(idle["frame"], layout["available"])
    not_in_session = ("idle", "check-out", "check-out-focus", "idle-after", "editor")
    for name, state in states.items():
        if name not in not_in_session:  # the session's pages
            fully_visible(state, "pain")
            assert inside(on_screen(state["widgets"]["pain"]["rect"], state), layout["available"]), name
        if not state["full_screen"]:
            assert inside(state["frame"], layout["available"]), name
    focus = states["focus"]
    assert focus["full_screen"] and focus["window"] == [0, 0, 1366, 768]
    assert focus["digits_px"] >= 160
    assert states["running-after-focus"]["window"] == states["running"]["window"]
    assert states["check-out-focus"]["window"] == [0, 0, 1366, 768]  # the check-out stays full screen
    for name in ("ready", "step_list", "step_seconds", "editor_save"):  # a wait, and the editor
        fully_visible(states["waiting" if name == "ready" else "editor"], name)
