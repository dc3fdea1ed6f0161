"""End to end: a routine played at a high time scale into a real PulseAudio null sink. The cue
tones arrive in the recording in the right order and with the right spacing."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hamstring_desktop.services.media_controls import PATH, SERVICE
from tests.helpers.app_run import FROM_CHECKOUT, run_routine
from tests.helpers.cue_tones import (
    PAUSES_ID,
    ROUTINE_ID,
    SCALE,
    assert_cue_tones,
    assert_pause_tones,
    prepare_data_dir,
    prepare_pauses_data_dir,
)
from tests.helpers.dbus import dbus_send, private_session_bus
from tests.helpers.pulse import pulse_daemon, recording

pytestmark = pytest.mark.e2e
PLAYER = "org.mpris.MediaPlayer2.Player"


@pytest.mark.parametrize("output", ["samples", "stream"])
def test_cue_tones_arrive_in_order_and_on_time(tmp_path: Path, output: str) -> None:
    """Through the sound server's sample cache (the default where there is one), and through a
    Qt audio stream (the fallback elsewhere)."""
    data = prepare_data_dir(tmp_path / "data")
    with pulse_daemon(tmp_path / "pulse") as pulse:
        with recording(pulse, tmp_path / "cues.raw") as raw:
            result = run_routine(
                data,
                ROUTINE_ID,
                dict(pulse.environment(), QT_QPA_PLATFORM="offscreen", HAMSTRING_DESKTOP_SOUND_OUTPUT=output),
                time_scale=SCALE,
            )
        assert result.returncode == 0, result.stderr
    assert_cue_tones(raw)


def test_a_rest_and_a_wait_for_me_sound_and_the_wait_lasts_until_the_media_key(tmp_path: Path) -> None:
    """A routine with a rest and a wait, played through the sample cache. The wait is ended the
    way a desktop passes on a media key: a Next call to the app's MPRIS player on a private
    session bus, made a few seconds after the player says it is waiting."""
    data = prepare_pauses_data_dir(tmp_path / "data")
    with pulse_daemon(tmp_path / "pulse") as pulse, private_session_bus() as bus:
        env = dict(
            pulse.environment(),
            QT_QPA_PLATFORM="offscreen",
            HAMSTRING_DESKTOP_SOUND_OUTPUT="samples",
            DBUS_SESSION_BUS_ADDRESS=bus,
        )
        with recording(pulse, tmp_path / "pauses.raw") as raw:
            command = [*FROM_CHECKOUT, "--data-dir", str(data), "--routine", PAUSES_ID, "--start"]
            command += ["--time-scale", str(SCALE), "--quit-after-session", "--safety-acknowledged"]
            app = subprocess.Popen(
                command,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                waiting_since = wait_until(lambda: "Wait for me" in mpris(bus, "Metadata"), 60)
                time.sleep(4.0)  # the wait has no deadline: nothing sounds until the press
                assert "Wait for me" in mpris(bus, "Metadata") and '"Playing"' in mpris(bus, "PlaybackStatus")
                subprocess.run(dbus_send(bus, SERVICE, PATH, f"{PLAYER}.Next"), timeout=10, check=True)
                _, errors = app.communicate(timeout=60)
            finally:
                if app.poll() is None:
                    app.kill()
                    app.wait()
        assert app.returncode == 0, errors
        assert waiting_since > 0
    assert_pause_tones(raw)


def mpris(bus: str, name: str) -> str:
    """A property of the app's MPRIS player, as dbus-send prints it ("" while it is not there)."""
    result = subprocess.run(
        dbus_send(
            bus, SERVICE, PATH, "org.freedesktop.DBus.Properties.Get", f"string:{PLAYER}", f"string:{name}"
        ),
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return result.stdout if result.returncode == 0 else ""


def wait_until(check: Callable[[], bool], seconds: float) -> float:
    """Poll ``check`` until it holds; returns when (monotonic), or fails after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
    return time.monotonic()
