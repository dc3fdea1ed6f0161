"""Child process for the history benchmark: the real window on a qasync loop runs File ▸ Export
History's export (the same code the menu runs, without the file dialog), while a 5 ms timer on the
GUI thread notes how long each gap between its ticks is. Prints one JSON line.

python -m tests.benchmarks.history_gui_probe DATA_DIR KIND OUTPUT
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from hamstring_desktop.app import ensure_application
from hamstring_desktop.app.history_transfers import wire_history
from hamstring_desktop.app.session import RunOptions, SessionController
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.ui.history_dialogs import ExportChoice
from hamstring_desktop.ui.main_window import MainWindow

TICK_MS = 5


def main() -> None:
    data, kind, output = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    import qasync

    app = ensure_application()
    paths = DataPaths(data)
    loaded = load_content(paths.routines_dir)
    window = MainWindow(loaded.library, Settings(paths.settings_file), paths)
    controller = SessionController(
        loaded.library, window.settings, paths, window.player, window, RunOptions(audio=False)
    )
    window.show()
    loop = qasync.QEventLoop(app)
    executor = ThreadPoolExecutor(max_workers=2)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    transfers = wire_history(window, controller, paths)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    async def measure() -> float:
        await transfers.open_history()
        await asyncio.sleep(0.2)
        last[0] = time.perf_counter()
        timer.start()
        started = time.perf_counter()
        await transfers.start_export(ExportChoice(kind, output))
        seconds = time.perf_counter() - started
        timer.stop()
        return seconds

    try:
        seconds = loop.run_until_complete(measure())
    finally:
        controller.close()
        executor.shutdown(wait=True)
        loop.close()
    ordered = sorted(gaps)
    print(
        json.dumps(
            {
                "export_s": seconds,
                "ticks": len(gaps),
                "max_gap_ms": ordered[-1] if ordered else 0.0,
                "p99_gap_ms": ordered[int(len(ordered) * 0.99)] if ordered else 0.0,
                "mean_gap_ms": sum(gaps) / len(gaps) if gaps else 0.0,
                "written": output.exists(),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
