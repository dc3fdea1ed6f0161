"""A private PulseAudio daemon with a null sink, and a recorder for its monitor."""

from __future__ import annotations

import math
import os
import signal
import struct
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hamstring_desktop.audio.pulse_samples import SAMPLE_PREFIX
from tests.helpers.system import require_programs

RATE = 44_100


@dataclass(frozen=True)
class PulseServer:
    """Where a private PulseAudio daemon listens."""

    server: str  # value for PULSE_SERVER
    runtime: Path

    def environment(self) -> dict[str, str]:
        """Environment for a client of this daemon."""
        return dict(os.environ, PULSE_SERVER=self.server)


# Captured at import, before tests point HOME at a temporary folder.
_REAL_ENV = dict(os.environ)


def _server_string() -> str | None:
    result = subprocess.run(
        ["pactl", "info"], capture_output=True, text=True, env=_REAL_ENV, timeout=10, check=False
    )
    for line in result.stdout.splitlines():
        if line.startswith("Server String:"):
            return line.split(":", 1)[1].strip()
    return None


@contextmanager
def pulse_daemon(directory: Path) -> Iterator[PulseServer]:
    """The user's PulseAudio daemon, started if needed (``pulseaudio -D --exit-idle-time=-1``).

    Its null sink ``auto_null`` must not suspend when idle, or its monitor would skip the quiet
    stretches between cues and squash the recording's timeline.
    """
    require_programs("pulseaudio", "parec", "pacat", "pactl")
    server = _server_string()
    if server is None:
        subprocess.run(
            ["pulseaudio", "-D", "--exit-idle-time=-1"],
            env=_REAL_ENV,
            capture_output=True,
            timeout=30,
            check=False,
        )
        deadline = time.monotonic() + 15
        while (server := _server_string()) is None:
            if time.monotonic() > deadline:
                raise RuntimeError("PulseAudio did not start")
            time.sleep(0.1)
    subprocess.run(
        ["pactl", "unload-module", "module-suspend-on-idle"],
        env=_REAL_ENV,
        capture_output=True,
        timeout=10,
        check=False,
    )
    address = server if server.startswith(("unix:", "tcp:")) else f"unix:{server}"
    yield PulseServer(address, directory)


@contextmanager
def recording(pulse: PulseServer, target: Path) -> Iterator[Path]:
    """Record the null sink's monitor (mono, 16-bit, 44.1 kHz raw) while the block runs.

    A low-latency stream of silence plays throughout. Without it the idle null sink renders far
    ahead, and when a sound starts it rewinds: the sound plays on time, but the monitor has
    already passed on the silence it rendered ahead, so the recording shows the sound late.
    """
    with (
        open(os.devnull, "rb") as _,
        subprocess.Popen(
            [
                "pacat",
                "--playback",
                "--latency-msec=20",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "/dev/zero",
            ],
            stderr=subprocess.DEVNULL,
            env=pulse.environment(),
        ) as silence,
    ):
        try:
            with _record(pulse, target) as path:
                yield path
        finally:
            silence.kill()


@contextmanager
def _record(pulse: PulseServer, target: Path) -> Iterator[Path]:
    with target.open("wb") as sink:
        recorder = subprocess.Popen(
            [
                "parec",
                "--latency-msec=20",
                "--device=auto_null.monitor",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--raw",
            ],
            stdout=sink,
            stderr=subprocess.DEVNULL,
            env=pulse.environment(),
        )
        time.sleep(1.5)  # let the sink settle its latency with both streams running
        try:
            yield target
        finally:
            time.sleep(0.5)
            recorder.send_signal(signal.SIGINT)
            recorder.wait(timeout=10)


def cached_samples(pulse: PulseServer) -> dict[str, float]:
    """Name → seconds of each sample in the server's cache."""
    listing = subprocess.run(
        ["pactl", "list", "short", "samples"],
        capture_output=True,
        text=True,
        env=pulse.environment(),
        timeout=10,
        check=True,
    ).stdout
    found = {}
    for line in listing.splitlines():
        fields = line.split("\t")
        found[fields[1]] = float(fields[-1])
    return found


def app_samples(pulse: PulseServer) -> list[str]:
    """The app's tones in the server's sample cache now."""
    return [name for name in cached_samples(pulse) if name.startswith(SAMPLE_PREFIX)]


def forget_app_samples(pulse: PulseServer) -> None:
    """Remove tones an earlier, killed copy of the app left in the shared server's cache."""
    for name in app_samples(pulse):
        subprocess.run(["pactl", "remove-sample", name], env=pulse.environment(), timeout=10, check=False)


def read_samples(path: Path) -> list[int]:
    """Signed 16-bit samples from a raw recording."""
    data = path.read_bytes()
    count = len(data) // 2
    return list(struct.unpack(f"<{count}h", data[: count * 2]))


def onsets(samples: list[int], threshold: float = 0.01, window: int = 441, gap: int = 8) -> list[float]:
    """Times (s) where sound starts after at least ``gap`` quiet 10 ms windows (80 ms: the gaps
    inside one cue, such as the switch-legs pattern, are shorter; those between cues longer)."""
    found: list[float] = []
    quiet = gap
    for start in range(0, len(samples) - window, window):
        chunk = samples[start : start + window]
        rms = math.sqrt(sum(x * x for x in chunk) / window) / 32768
        if rms > threshold:
            if quiet >= gap:
                found.append(start / RATE)
            quiet = 0
        else:
            quiet += 1
    return found


def level_at(samples: list[int], at: float, frequency: float, seconds: float = 0.03) -> float:
    """Goertzel magnitude of ``frequency`` in a short window starting at ``at``."""
    begin = int(at * RATE)
    chunk = samples[begin : begin + int(seconds * RATE)]
    k = 2 * math.cos(2 * math.pi * frequency / RATE)
    s1 = s2 = 0.0
    for x in chunk:
        s1, s2 = x + k * s1 - s2, s1
    return math.sqrt(max(0.0, s1 * s1 + s2 * s2 - k * s1 * s2)) / max(1, len(chunk))
