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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TICK_MS = 5


class PaintWatch(QObject):
    """Notes when a widget was last painted (installed on the widget, or on the application with
    the widget named later through :meth:`only`)."""

    def __init__(self, widget: QWidget | None) -> None:
        super().__init__()
        self.painted_at = 0.0
        self._widget = widget
        self._paints: list[tuple[QObject, float]] = []
        if widget is not None:
            widget.installEventFilter(self)

    def only(self, widget: QWidget) -> None:
        """From now on, note paints of this widget (and of it earlier, since the watch began)."""
        self._widget = widget
        for watched, at in self._paints:
            if watched is widget:
                self.painted_at = max(self.painted_at, at)
        self._paints.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if self._widget is None:
                self._paints.append((watched, time.perf_counter()))
            elif watched is self._widget:
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


class Gaps:
    """A 5 ms timer on the GUI thread that notes every gap between its ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def figures(self) -> dict[str, float]:
        ordered = sorted(self.gaps)
        return {
            "max_gap_ms": ordered[-1] if ordered else 0.0,
            "p99_gap_ms": ordered[int(len(ordered) * 0.99)] if ordered else 0.0,
        }


def open_window(data: Path) -> tuple[Any, Any, Any, Any]:
    """The window on the player, with the history open (its summary worked out)."""
    from hamstring_desktop.app import ensure_application
    from hamstring_desktop.app.progress import Progress
    from hamstring_desktop.app.session import RunOptions, SessionController
    from hamstring_desktop.history.store import HistoryStore
    from hamstring_desktop.paths import DataPaths
    from hamstring_desktop.services.content_source import load_content
    from hamstring_desktop.services.settings import Settings
    from hamstring_desktop.ui.main_window import MainWindow

    app = ensure_application()
    paths = DataPaths(data)
    loaded = load_content(paths.routines_dir)
    window = MainWindow(loaded.library, Settings(paths.settings_file), paths)
    controller = SessionController(
        loaded.library, window.settings, paths, window.player, window, RunOptions(audio=False, record=False)
    )
    window.resize(1350, 720)
    window.show()
    store = HistoryStore.open(paths.database_file)
    progress = Progress(window, controller, loaded.library)
    progress.history_opened(store)
    summary = window.player.idle_page.progress_summary
    deadline = time.perf_counter() + 60
    while not summary.isVisible() and time.perf_counter() < deadline:
        app.processEvents()
    return app, window, controller, progress


def main() -> None:
    if sys.argv[1] == "--bare":
        print(json.dumps(bare()), flush=True)
        return
    app, window, controller, progress = open_window(Path(sys.argv[1]))
    gaps = Gaps()
    watch = PaintWatch(None)
    app.installEventFilter(watch)
    started = time.perf_counter()
    window.pages.show_page("history")
    page = progress.page
    watch.only(page.table.viewport())
    open_ms = until_painted(app, watch, started)
    while not page.summary.text():
        app.processEvents()
    overview_ms = (time.perf_counter() - started) * 1000
    for _ in range(20):
        app.processEvents()
    gaps.start()  # from here: filters, sorts and scrolling

    def changed(change: Callable[[], object]) -> float:
        begun = time.perf_counter()
        change()
        return until_painted(app, watch, begun)

    filters: dict[str, Callable[[], object]] = {
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
    scroll_started = time.perf_counter()
    scrolls = 0
    while scrolls < 400 and (bar.value() < bar.maximum() or page.model.canFetchMore(page.table.rootIndex())):
        changed(lambda: bar.setValue(bar.value() + bar.pageStep()))
        scrolls += 1
    scroll_s = time.perf_counter() - scroll_started
    gaps.timer.stop()
    figures = {
        "open_ms": open_ms,
        "overview_ms": overview_ms,
        "filter_ms": filter_ms,
        "scroll_pages": scrolls,
        "scroll_s": scroll_s,
        "rows_loaded": page.model.rowCount(),
        "sessions": page.model.total,
        **gaps.figures(),
    }
    progress.close()
    controller.close()
    print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    main()
