"""End to end: the app asked to quit by a signal (logging out sends SIGTERM; Ctrl+C in a
terminal sends SIGINT) in the middle of a session closes as File ▸ Quit does: the session is
saved as stopped, not left open, and its tones are removed from the sound server."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.pulse import app_samples, forget_app_samples, pulse_daemon

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["SIGTERM", "SIGINT", "SIGHUP"]
)
@pytest.mark.parametrize("after", [0.0, 2.0], ids=["while-the-sound-warms-up", "while-it-runs"])
def test_a_signal_mid_session_saves_it_and_cleans_up(
    tmp_path: Path, number: signal.Signals, after: float
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[sound]\nvoice=false\n", encoding="utf-8")
    command = [sys.executable, "-m", "hamstring_desktop", "--data-dir", str(data)]
    with pulse_daemon(tmp_path / "pulse") as pulse:
        forget_app_samples(pulse)
        env = dict(pulse.environment(), QT_QPA_PLATFORM="offscreen")
        app = subprocess.Popen(
            [*command, "--routine", "pre-workout", "--start", "--safety-acknowledged"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 20
        while not app_samples(pulse):  # the session has started and its tones are uploaded
            assert app.poll() is None and time.monotonic() < deadline, app.communicate()[1]
            time.sleep(0.1)
        time.sleep(after)  # the clock starts 0.6 s after the upload
        app.send_signal(number)
        _, errors = app.communicate(timeout=20)
        assert app.returncode == 0, errors
        assert "Traceback" not in errors, errors
        assert app_samples(pulse) == []
    export = tmp_path / "history.json"
    subprocess.run(
        [*command, "history", "export", "--format", "json", "--output", str(export)], timeout=60, check=True
    )
    sessions = json.loads(export.read_text(encoding="utf-8"))["sessions"]
    assert [s["outcome"] for s in sessions] == ["stopped"]
    assert sessions[0]["ended_at"] is not None
