"""Session benchmarks: timing accuracy, CPU while a session runs, memory over 50 sessions.

- Timing: a 2-minute routine at real speed with the other core busy; how late each step start
  and cue comes against the schedule (max and mean, first half against second half).
- CPU: 60 s of a rolling step with pacing ticks, window shown, sound on: the app's and the
  PulseAudio daemon's CPU time together, against a bare PySide6 window updating a big label
  once a second, measured the same way in the same run.
- Memory: resident memory while the CPU benchmark's session runs (voice on), against the bare
  label window; and resident memory after session 1 and after session 50, back to back.
- Start: the longest time the window takes no key (the pain key included) while a session
  starts, with its sound and voice (median of three starts, each in a fresh app).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TICKS = os.sysconf("SC_CLK_TCK")

BARE_LABEL = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("0"); font = QFont(); font.setPixelSize(160); label.setFont(font)
label.resize(1400, 900); label.show()
count = [0]
def tick():
    count[0] += 1
    label.setText(str(count[0]))
timer = QTimer(); timer.timeout.connect(tick); timer.start(1000)
print('{"ready": true}', flush=True)
sys.exit(app.exec())
"""


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def pulseaudio_pid() -> int | None:
    """The running PulseAudio daemon, if any."""
    result = subprocess.run(["pgrep", "-x", "pulseaudio"], capture_output=True, text=True, check=False)
    pids = [int(p) for p in result.stdout.split()]
    return pids[0] if pids else None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def resident_kib(pid: int) -> int:
    """VmRSS of a running process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def measure_cpu(command: list[str], seconds: float, ends_itself: bool = False) -> tuple[float, float, int]:
    """Percent of one core used by ``command``, and by PulseAudio, over ``seconds`` once ready,
    and the command's resident memory (KiB) at the end. A command that ``ends_itself`` (the
    session probe: it closes its session cleanly, removing its tones from the sound server) is
    waited for; any other is terminated."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=_env(), cwd=REPO)
    try:
        assert process.stdout is not None
        process.stdout.readline()  # {"ready": true}
        pulse = pulseaudio_pid()
        start_app = cpu_seconds(process.pid)
        start_pulse = cpu_seconds(pulse) if pulse else 0.0
        time.sleep(seconds)
        app = cpu_seconds(process.pid) - start_app
        server = cpu_seconds(pulse) - start_pulse if pulse else 0.0
        return app / seconds * 100, server / seconds * 100, resident_kib(process.pid)
    finally:
        try:
            process.communicate(timeout=20 if ends_itself else 0.01)
        except subprocess.TimeoutExpired:
            process.terminate()
            process.communicate(timeout=20)


def probe(*args: str) -> dict[str, object]:
    """Run the session probe and return its last JSON line."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.session_probe", *args],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        timeout=900,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(cpu_window: float = 60.0, sessions: int = 50) -> dict[str, float]:
    """Every session benchmark; returns the figures."""
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        timing = probe("timing")
    finally:
        busy.terminate()
        busy.wait()
    bare, bare_pulse, bare_rss = measure_cpu([sys.executable, "-c", BARE_LABEL], cpu_window)
    probe_cpu = [sys.executable, "-m", "tests.benchmarks.session_probe", "cpu", str(cpu_window)]
    app, app_pulse, app_rss = measure_cpu([*probe_cpu, "voice"], cpu_window, ends_itself=True)
    quiet_app, quiet_pulse, quiet_rss = measure_cpu([*probe_cpu, "no-voice"], cpu_window, ends_itself=True)
    memory = probe("memory", str(sessions))
    rss = memory["rss_kib"]
    stalls = {
        voice: sorted(float(probe("start", voice)["longest_stall_ms"]) for _ in range(3))[1]  # type: ignore[arg-type]
        for voice in ("voice", "no-voice")
    }
    assert isinstance(rss, list)
    return {
        "timing_events": float(timing["events"]),  # type: ignore[arg-type]
        "timing_max_ms": float(timing["max_ms"]),  # type: ignore[arg-type]
        "timing_mean_ms": float(timing["mean_ms"]),  # type: ignore[arg-type]
        "timing_first_half_mean_ms": float(timing["first_half_mean_ms"]),  # type: ignore[arg-type]
        "timing_second_half_mean_ms": float(timing["second_half_mean_ms"]),  # type: ignore[arg-type]
        "cpu_bare_percent": bare + bare_pulse,
        "cpu_app_percent": app + app_pulse,
        "cpu_app_only_percent": app,
        "cpu_pulse_percent": app_pulse,
        "cpu_no_voice_percent": quiet_app + quiet_pulse,
        "cpu_no_voice_app_percent": quiet_app,
        "cpu_no_voice_pulse_percent": quiet_pulse,
        "rss_session_bare_mib": bare_rss / 1024,
        "rss_session_voice_mib": app_rss / 1024,
        "rss_session_no_voice_mib": quiet_rss / 1024,
        "rss_session_ratio": app_rss / bare_rss,
        "rss_after_first_mib": rss[0] / 1024,
        "rss_after_last_mib": rss[-1] / 1024,
        "rss_growth_mib": (rss[-1] - rss[0]) / 1024,
        "start_stall_voice_ms": stalls["voice"],
        "start_stall_no_voice_ms": stalls["no-voice"],
    }


def report(result: dict[str, float]) -> str:
    """A Markdown table for the README."""
    return "\n".join(
        [
            "| measure | result | target |",
            "|---|---|---|",
            f"| lateness of step starts and cues ({result['timing_events']:.0f} events, "
            f"2-minute routine, other core busy) | max {result['timing_max_ms']:.1f} ms, mean "
            f"{result['timing_mean_ms']:.1f} ms (first half {result['timing_first_half_mean_ms']:.1f} ms, "
            f"second half {result['timing_second_half_mean_ms']:.1f} ms) "
            "| max ≤ 10 ms, mean ≤ 2 ms, no growth |",
            f"| CPU over 60 s, app + PulseAudio, pacing on, voice off | "
            f"{result['cpu_no_voice_percent']:.2f} % of one core (app "
            f"{result['cpu_no_voice_app_percent']:.2f} %, PulseAudio "
            f"{result['cpu_no_voice_pulse_percent']:.2f} %; bare label window: "
            f"{result['cpu_bare_percent']:.2f} %) | ≤ 0.5 % |",
            f"| the same with the voice on (speech-dispatcher connected) | "
            f"{result['cpu_app_percent']:.2f} % (app {result['cpu_app_only_percent']:.2f} %, "
            f"PulseAudio {result['cpu_pulse_percent']:.2f} %) | ≤ 0.5 % |",
            f"| resident memory while a session runs (voice on) | "
            f"{result['rss_session_voice_mib']:.1f} MiB against {result['rss_session_bare_mib']:.1f} MiB "
            f"for the bare label window: {result['rss_session_ratio']:.2f}× (voice off: "
            f"{result['rss_session_no_voice_mib']:.1f} MiB) | ≤ 1.8× |",
            f"| resident memory, session 1 → session 50 | {result['rss_after_first_mib']:.1f} → "
            f"{result['rss_after_last_mib']:.1f} MiB (+{result['rss_growth_mib']:.2f} MiB) "
            "| growth ≤ 2 MiB |",
            f"| longest time the window takes no key while a session starts (voice on) | "
            f"{result['start_stall_voice_ms']:.0f} ms "
            f"(voice off: {result['start_stall_no_voice_ms']:.0f} ms) "
            "| ≤ 100 ms |",
        ]
    )
