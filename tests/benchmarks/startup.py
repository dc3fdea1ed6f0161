"""Start-up benchmark: launch to first painted main window, and resident memory 5 s later.

Both are reported as ratios against a bare PySide6 QMainWindow measured in the same run,
alternating the two so that machine load affects both alike. Targets: time ≤ 1.5×, memory ≤ 1.8×.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TIME_TARGET = 1.5
MEMORY_TARGET = 1.8


@dataclass(frozen=True)
class Sample:
    """One launch: seconds to the first paint, and resident memory (KiB) after settling."""

    seconds: float
    rss_kib: int


def resident_kib(pid: int) -> int:
    """VmRSS of a running process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def launch(command: list[str], env: dict[str, str], settle: float) -> Sample:
    """Start ``command``, wait for "first-paint", and read its memory ``settle`` s after start."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "first-paint":
                break
        else:
            raise RuntimeError(f"{command} exited without painting: {process.stderr.read()}")
        seconds = time.perf_counter() - started
        time.sleep(max(0.0, settle - (time.perf_counter() - started)))
        return Sample(seconds, resident_kib(process.pid))
    finally:
        process.terminate()
        process.communicate(timeout=10)


def run(rounds: int = 7, settle: float = 5.0) -> dict[str, float]:
    """Alternate bare and app launches; return medians and ratios."""
    env = dict(os.environ)
    # An installed app has its bytecode compiled (pip does it at install time); a checkout with
    # PYTHONDONTWRITEBYTECODE set would otherwise recompile every module on every launch.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(REPO / "hamstring_desktop", quiet=1)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["HAMSTRING_DESKTOP_REPORT_FIRST_PAINT"] = "1"
    bare_command = [sys.executable, str(HERE / "bare_window.py")]
    stack_command = [sys.executable, str(HERE / "bare_qasync_window.py")]
    text_command = [sys.executable, str(HERE / "text_window.py")]
    bare: list[Sample] = []
    stack: list[Sample] = []
    text: list[Sample] = []
    app: list[Sample] = []
    with tempfile.TemporaryDirectory() as data_dir:
        # Launch the way a user does: the installed console script (else python -m).
        script = Path(sys.executable).with_name("hamstring-desktop")
        launcher = [str(script)] if script.exists() else [sys.executable, "-m", "hamstring_desktop"]
        app_command = [*launcher, "--data-dir", data_dir]
        # Warm the file cache, and let the app keep the code it compiles for its next start
        # (``code_cache.py``: written just after the first paint, as on a user's first start).
        launch(app_command, env, 2.0)
        launch(bare_command, env, 0.0)
        launch(stack_command, env, 0.0)
        launch(text_command, env, 0.0)
        for _ in range(rounds):
            bare.append(launch(bare_command, env, settle))
            stack.append(launch(stack_command, env, settle))
            text.append(launch(text_command, env, 0.0))
            app.append(launch(app_command, env, settle))
    result = {
        "bare_seconds": statistics.median(s.seconds for s in bare),
        "app_seconds": statistics.median(s.seconds for s in app),
        "stack_seconds": statistics.median(s.seconds for s in stack),
        "text_seconds": statistics.median(s.seconds for s in text),
        "bare_rss_mib": statistics.median(s.rss_kib for s in bare) / 1024,
        "app_rss_mib": statistics.median(s.rss_kib for s in app) / 1024,
    }
    result["time_ratio"] = result["app_seconds"] / result["bare_seconds"]
    result["stack_ratio"] = result["stack_seconds"] / result["bare_seconds"]
    result["text_ratio"] = result["text_seconds"] / result["bare_seconds"]
    result["memory_ratio"] = result["app_rss_mib"] / result["bare_rss_mib"]
    return result


def report(result: dict[str, float]) -> str:
    """A Markdown table for the README."""
    time_ok = "meets" if result["time_ratio"] <= TIME_TARGET else "MISSES"
    memory_ok = "meets" if result["memory_ratio"] <= MEMORY_TARGET else "MISSES"
    return "\n".join(
        [
            "| measure | bare PySide6 window | Hamstring Desktop | ratio | target |",
            "|---|---|---|---|---|",
            f"| launch → first paint | {result['bare_seconds']:.3f} s | "
            f"{result['app_seconds']:.3f} s | {result['time_ratio']:.2f}× | "
            f"≤ {TIME_TARGET}× ({time_ok}) |",
            f"| launch → first paint of the bare window on a qasync loop (the required stack, "
            f"no app code) | {result['bare_seconds']:.3f} s | {result['stack_seconds']:.3f} s | "
            f"{result['stack_ratio']:.2f}× | (for reference) |",
            f"| launch → first paint of the bare window with one line of text (Fusion style, a `Qt` "
            f"flag: what any window with words pays) | {result['bare_seconds']:.3f} s | "
            f"{result['text_seconds']:.3f} s | {result['text_ratio']:.2f}× | (for reference) |",
            f"| resident memory 5 s after start | {result['bare_rss_mib']:.1f} MiB | "
            f"{result['app_rss_mib']:.1f} MiB | {result['memory_ratio']:.2f}× | "
            f"≤ {MEMORY_TARGET}× ({memory_ok}) |",
        ]
    )
