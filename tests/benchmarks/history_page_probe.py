"""Child process for the History page benchmark. Prints one JSON line.

``python -m tests.benchmarks.history_page_probe DATA_DIR``: the real window opens on the player
with the history of DATA_DIR; then, with a 5 ms timer on the GUI thread noting every gap:

- Ctrl+2's work (the page made, its rows, summary and charts) until the page has painted;
- every filter changed in turn (a search in the notes, a routine, an outcome, a date range,
  back to all), each until painted;
- scrolling the table to its end a page at a time (rows fetched as it goes), and a sort.

``python -m tests.benchmarks.history_page_probe --bare``: the baseline, a bare QMainWindow with a
QTableView over a 200-row QStandardItemModel, shown until painted.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TICK_MS = 5


class PaintWatch(QObject):
    """Notes when a widget was last painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.painted_at = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def until_painted(app: QApplication, watch: PaintWatch, started: float) -> float:
    """Let events run until the watched widget has painted after ``started``; milliseconds."""
    deadline = started + 30
    while watch.painted_at < started and time.perf_counter() < deadline:
        app.processEvents()
    return (watch.painted_at - started) * 1000


def bare() -> dict[str, float]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1350, 720)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    model = QStandardItemModel(200, 7)
    for row in range(200):
        for column in range(7):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    table = QTableView()
    table.setModel(model)
    watch = PaintWatch(table.viewport())
    window.setCentralWidget(table)
    return {"open_ms": until_painted(app, watch, started)}


def main() -> None:
    if sys.argv[1] == "--bare":
        print(json.dumps(bare()), flush=True)
        return
    from hamstring_desktop.app import ensure_application
    from hamstring_desktop.app.progress import Progress
    from hamstring_desktop.app.session import RunOptions, SessionController
    from hamstring_desktop.history.store import HistoryStore
    from hamstring_desktop.paths import DataPaths
    from hamstring_desktop.services.content_source import load_content
    from hamstring_desktop.services.settings import Settings
    from hamstring_desktop.ui.main_window import MainWindow

    app = ensure_application()
    paths = DataPaths(Path(sys.argv[1]))
    loaded = load_content(paths.routines_dir)
    window = MainWindow(loaded.library, Settings(paths.settings_file), paths)
    controller = SessionController(
        loaded.library, window.settings, paths, window.player, window, RunOptions(audio=False, record=False)
    )
    window.resize(1350, 720)
    window.show()
    store = HistoryStore.open(paths.database_file)
    progress = Progress(window, controller, loaded.library)
    started = time.perf_counter()
    progress.history_opened(store)
    summary_ms = (time.perf_counter() - started) * 1000
    for _ in range(20):
        app.processEvents()

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

    started = time.perf_counter()
    window.pages.show_page("history")
    page = progress.page
    assert page is not None
    watch = PaintWatch(page.table.viewport())
    open_ms = until_painted(app, watch, started)
    for _ in range(20):
        app.processEvents()

    def changed(change: object) -> float:
        begun = time.perf_counter()
        change()  # type: ignore[operator]
        return until_painted(app, watch, begun)

    last[0] = time.perf_counter()
    timer.start()
    filters = {
        "search": lambda: page.search.setText("looser"),
        "search_cleared": lambda: page.search.setText(""),
        "outcome": lambda: page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("stopped")),
        "outcome_cleared": lambda: page.outcome_filter.setCurrentIndex(0),
        "dates": lambda: page.use_dates.setChecked(True),
        "dates_cleared": lambda: page.use_dates.setChecked(False),
        "sort_by_duration": lambda: page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder),
        "sort_back": lambda: page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder),
    }
    filter_ms = {name: changed(change) for name, change in filters.items()}
    bar = page.table.verticalScrollBar()
    scrolls = 0
    scroll_started = time.perf_counter()
    while scrolls < 400 and (bar.value() < bar.maximum() or page.model.canFetchMore(page.table.rootIndex())):
        changed(lambda: bar.setValue(bar.value() + bar.pageStep()))
        scrolls += 1
    scroll_s = time.perf_counter() - scroll_started
    timer.stop()
    rows_loaded = page.model.rowCount()
    controller.close()
    store.close()
    ordered = sorted(gaps)
    print(
        json.dumps(
            {
                "summary_ms": summary_ms,
                "open_ms": open_ms,
                "filter_ms": filter_ms,
                "scroll_pages": scrolls,
                "scroll_s": scroll_s,
                "rows_loaded": rows_loaded,
                "sessions": page.model.total,
                "max_gap_ms": ordered[-1] if ordered else 0.0,
                "p99_gap_ms": ordered[int(len(ordered) * 0.99)] if ordered else 0.0,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
