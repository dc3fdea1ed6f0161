"""Child process for the session benchmarks: runs sessions in the real app and reports JSON.

python -m tests.benchmarks.session_probe timing        # 2-minute routine at real speed
python -m tests.benchmarks.session_probe cpu SECONDS   # a long rolling step, window shown
python -m tests.benchmarks.session_probe memory N      # N back-to-back sessions, fast
python -m tests.benchmarks.session_probe start voice   # the longest stall of the window as a session starts
"""

from __future__ import annotations

import itertools
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QTimer

from hamstring_desktop.app import ensure_application
from hamstring_desktop.app.session import RunOptions, SessionController
from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen, Side
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.session_runner import SessionRunner
from hamstring_desktop.services.settings import SAFETY_ACKNOWLEDGED, VOICE, Settings
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.session.engine import CueDue, Event, StepStarted
from hamstring_desktop.ui.main_window import MainWindow


class MeasuredRunner(SessionRunner):
    """Notes how late each wake-up that started a step or played a cue came."""

    lateness: ClassVar[list[tuple[float, float]]] = []  # (scheduled session time, lateness in s)

    _pending: tuple[float, float] | None = None

    def _wake(self) -> None:
        scheduled = self._armed_for
        now = self.now()
        if scheduled is not None and now >= scheduled:
            self._pending = (scheduled, (now - scheduled) / self.time_scale)
        super()._wake()

    def _publish(self, events: list[Event]) -> None:
        if self._pending and any(isinstance(e, (StepStarted, CueDue)) for e in events):
            MeasuredRunner.lateness.append(self._pending)
        self._pending = None
        super()._publish(events)


def build(data: Path, audio: bool, time_scale: float = 1.0) -> tuple[MainWindow, SessionController]:
    app = ensure_application()
    paths = DataPaths(data).ensure()
    settings = Settings(paths.settings_file)
    settings.set(SAFETY_ACKNOWLEDGED, True)
    library = load_content().library
    two_minutes = Routine(
        "bench-two-minutes",
        "Two minutes",
        RoutineWhen.ANY,
        "",
        (
            RoutineStep("foam-rolling", 50, Side.EACH, pace_seconds=3),
            RoutineStep("knuckle-massage", 20, Side.BOTH),
        ),
    )
    long_roll = Routine(
        "bench-long-roll", "Long roll", RoutineWhen.ANY, "", (RoutineStep("foam-rolling", 3600, Side.LEFT),)
    )
    library = type(library)(
        library.tools,
        library.muscles,
        library.techniques,
        (*library.routines, two_minutes, long_roll),
        library.guide,
    )
    window = MainWindow(library, settings, paths)
    controller = SessionController(
        library, settings, paths, window.player, window, RunOptions(time_scale=time_scale, audio=audio)
    )
    window.session_action.connect(controller.act)
    window.show()
    app.processEvents()
    window.finish_start_up()  # as the app's start-up does just after the first paint
    return window, controller


def timing() -> dict[str, object]:
    import hamstring_desktop.app.session as wiring

    wiring.SessionRunner = MeasuredRunner  # type: ignore[misc]
    app = ensure_application()
    with tempfile.TemporaryDirectory() as data:
        _, controller = build(Path(data), audio=False)
        controller.start("bench-two-minutes")
        done: list[bool] = []
        controller.session_finished.connect(lambda _: done.append(True))
        while not done:
            app.processEvents()
            time.sleep(0.001)
        controller.close()
    lateness = MeasuredRunner.lateness
    half = len(lateness) // 2
    ms = [late * 1000 for _, late in lateness]
    return {
        "events": len(ms),
        "max_ms": max(ms),
        "mean_ms": sum(ms) / len(ms),
        "first_half_mean_ms": sum(ms[:half]) / half,
        "second_half_mean_ms": sum(ms[half:]) / (len(ms) - half),
    }


def cpu(seconds: float, voice: bool) -> dict[str, object]:
    app = ensure_application()
    with tempfile.TemporaryDirectory() as data:
        window, controller = build(Path(data), audio=True)
        window.settings.set(VOICE, voice)
        controller.start("bench-long-roll")
        end = time.monotonic() + 8
        while time.monotonic() < end:  # let the session settle (get ready, first tones)
            app.processEvents()
            time.sleep(0.01)
        print(json.dumps({"ready": True}), flush=True)
        stop = QTimer()
        stop.setSingleShot(True)
        stop.timeout.connect(app.quit)
        stop.start(int(seconds * 1000) + 3000)
        app.exec()
        controller.close()
    return {}


def start_stall(voice: bool) -> dict[str, object]:
    """How long the window stops taking events (a key, the pain key) as a session starts with
    its sound and voice, up to 3 s in: the longest gap between turns of a 5 ms timer. The app
    has opened the history and loaded the sound modules before, as it does after its first
    paint."""
    app = ensure_application()
    with tempfile.TemporaryDirectory() as data:
        window, controller = build(Path(data), audio=True)
        window.settings.set(VOICE, voice)
        controller.history.open()  # as the app does after its first paint
        controller.prepare_sessions()
        ticks: list[float] = []
        tick = QTimer()
        tick.setInterval(5)
        tick.timeout.connect(lambda: ticks.append(time.monotonic()))
        tick.start()
        _spin(app, 0.3)
        began = time.monotonic()
        controller.start("bench-long-roll")
        _spin(app, 3.0)
        controller.close()
    moments = [began, *(at for at in ticks if at > began)]
    gaps = [later - earlier for earlier, later in itertools.pairwise(moments)]
    return {"longest_stall_ms": max(gaps) * 1000}


def _spin(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def memory(sessions: int) -> dict[str, object]:
    """Sessions back to back on a running event loop (as in the app, so objects the app hands
    to deleteLater() really are deleted); resident memory after each one."""
    app = ensure_application()
    rss: list[int] = []
    with tempfile.TemporaryDirectory() as data:
        _, controller = build(Path(data), audio=False, time_scale=2000.0)
        check_out = QTimer()
        check_out.setSingleShot(True)
        next_session = QTimer()
        next_session.setSingleShot(True)

        def start() -> None:
            if controller.history.recorder is None and rss is not None and len(rss) < sessions:
                controller.start("pre-workout")

        def finished(_: str) -> None:
            check_out.start(0)

        def save() -> None:
            controller.check_out(Tightness(), "")  # what "Save and finish" does
            next_session.start(0)

        def measure_then_start() -> None:
            rss.append(_rss_kib())  # a loop turn after the last session: its leftovers are gone
            if len(rss) >= sessions:
                app.quit()
            else:
                start()

        controller.session_finished.connect(finished)
        check_out.timeout.connect(save)
        next_session.timeout.connect(measure_then_start)
        controller.start("pre-workout")
        app.exec()
        controller.close()
    return {"rss_kib": rss}


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "timing":
        result = timing()
    elif mode == "cpu":
        result = cpu(float(sys.argv[2]), voice=sys.argv[3] == "voice")
    elif mode == "start":
        result = start_stall(voice=sys.argv[2] == "voice")
    else:
        result = memory(int(sys.argv[2]))
    print(json.dumps(result), flush=True)
