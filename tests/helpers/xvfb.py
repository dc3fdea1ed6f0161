"""Start a private Xvfb server for end-to-end tests that need a real X display."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers.system import require_programs


@contextmanager
def xvfb_display(size: str = "1600x1000x24") -> Iterator[str]:
    """Yield a DISPLAY string (``:N``) for a fresh Xvfb; stop it afterwards."""
    require_programs("Xvfb")
    for number in range(90, 140):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and server.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        if server.poll() is not None:
            continue  # lost a race for this display number; try the next
        try:
            yield f":{number}"
        finally:
            server.terminate()
            server.wait(timeout=10)
        return
    raise RuntimeError("no free X display number for Xvfb")


def xcb_environment(display: str) -> dict[str, str]:
    """Environment for a child process that should use the real X server."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    return env


@contextmanager
def window_manager(display: str) -> Iterator[None]:
    """Openbox, a small real window manager, on ``display``: it frames, places and maximises
    windows and honours full-screen requests, as a desktop does."""
    require_programs("openbox", "xprop")
    env = dict(os.environ, DISPLAY=display)
    manager = subprocess.Popen(
        ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # running once it announces itself on the root window
            check = subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if "window id" in check.stdout:
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("openbox did not start")
        yield
    finally:
        manager.terminate()
        manager.wait(timeout=10)
