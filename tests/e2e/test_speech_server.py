"""The app's own speech-dispatcher against the real one: it starts, speaks through PulseAudio
with a long latency (so its idle streams cost the sound server little), and exits when idle."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hamstring_desktop.audio.speech_server import SpeechServer
from hamstring_desktop.paths import SYSTEM_SPEECHD_CONFIG_DIRS, user_speechd_config_dir
from tests.helpers.pulse import pulse_daemon
from tests.helpers.system import require_programs

pytestmark = pytest.mark.e2e


def speech_streams(env: dict[str, str]) -> list[dict[str, str]]:
    """PulseAudio's playback streams from speech-dispatcher, as key → value."""
    listing = subprocess.run(
        ["pactl", "list", "sink-inputs"], capture_output=True, text=True, env=env, timeout=10, check=True
    ).stdout
    streams: list[dict[str, str]] = []
    for block in listing.split("Sink Input #")[1:]:
        fields = {}
        for line in block.splitlines():
            key, _, value = line.strip().partition(":") if ":" in line else line.strip().partition("=")
            if "=" in line and not line.strip().startswith(("Sink Latency", "Buffer Latency")):
                key, _, value = line.strip().partition("=")
            fields[key.strip()] = value.strip().strip('"')
        if fields.get("application.process.binary", "").startswith(("speech-dispatcher", "sd_")):
            streams.append(fields)
    return streams


@contextmanager
def _removed_afterwards(folder: Path) -> Iterator[None]:
    try:
        yield
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_own_server_speaks_with_a_long_latency_and_exits_when_idle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_programs("speech-dispatcher", "spd-say", "pactl")
    folder = tmp_path / "home" / "cache" / "speech-dispatcher"
    socket = Path("/tmp") / f"hamstring-test-{os.getpid()}" / "speechd.sock"
    server = SpeechServer(folder, socket, SYSTEM_SPEECHD_CONFIG_DIRS, user_speechd_config_dir())
    with pulse_daemon(tmp_path / "pulse") as pulse, _removed_afterwards(socket.parent):
        monkeypatch.setenv("PULSE_SERVER", pulse.server)  # the server's output modules connect here
        address = server.address()
        assert address == f"unix_socket:{socket}"
        env = dict(pulse.environment(), SPEECHD_ADDRESS=address)
        said = subprocess.run(["spd-say", "--wait", "Ten seconds left."], env=env, timeout=30, check=False)
        assert said.returncode == 0
        streams = speech_streams(env)
        assert streams, "speech-dispatcher has no playback stream"
        for stream in streams:
            latency_us = int(stream["Sink Latency"].split()[0])
            assert latency_us >= 50_000, stream  # the system's server asks for 10 ms
        assert server.address() == address  # a second start finds the running server
        deadline = time.monotonic() + 15
        while speech_streams(env):  # idle: it exits after its timeout, closing its streams
            assert time.monotonic() < deadline, "speech-dispatcher kept running while idle"
            time.sleep(0.2)
