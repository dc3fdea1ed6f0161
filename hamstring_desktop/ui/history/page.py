"""The History page: where the week stands against the goal, the charts, and every session, with
filters, a session's detail, deleting with undo, a summary to copy and the report to export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QItemSelection, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.charts import (
    Calendar,
    LeftAgainstRight,
    TightnessOverTime,
    WeeklyMinutes,
    WeeklySessions,
)
from hamstring_desktop.history.browse import SessionBrowser, SessionFilter
from hamstring_desktop.history.store import HistoryError, SessionRecord, StepRecord
from hamstring_desktop.stats import YEAR_DAYS, Overview, SessionFacts, overview, summarize
from hamstring_desktop.ui.history.chart_view import ChartView
from hamstring_desktop.ui.history.detail import SessionDetail
from hamstring_desktop.ui.history.filters import SessionFilters
from hamstring_desktop.ui.history.sessions_model import SESSION_ID_ROLE, SessionsModel
from hamstring_desktop.ui.history.table_selection import KeptChoice, chosen_ids, first_chosen_row
from hamstring_desktop.words.records import outcome_words
from hamstring_desktop.words.summary import summary_lines, summary_text

# Works out the overview for a weekly goal and hands it to the callback on the GUI thread.
OverviewLoader = Callable[[int, Callable[[Overview], None]], None]


class HistoryPage(QWidget):
    """The history at a glance and in full.

    Signals:
        message(str): a short status message (deleted, undone, copied, saved).
        goal_changed(int): the user set a new weekly goal.
        reminder_changed(bool, str): the user turned the reminder on or off, or moved it ("HH:MM").
        export_report(): the user asked for the physiotherapist's report.
    """

    message = Signal(str)
    goal_changed = Signal(int)
    reminder_changed = Signal(bool, str)
    export_report = Signal()

    def __init__(
        self,
        browser: SessionBrowser,
        technique_name: Callable[[str], str],
        today: Callable[[], date],
        goal: int,
        parent: QWidget | None = None,
        overview_loader: OverviewLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self._browser = browser
        self._technique_name = technique_name
        self._today = today
        self._goal = goal
        self._deleted: list[SessionRecord] = []
        self.overview_loader = overview_loader
        self._routines_timer = QTimer(self)
        self._routines_timer.setSingleShot(True)
        self._routines_timer.setInterval(0)
        self._routines_timer.timeout.connect(self._fill_routines)
        self.model = SessionsModel(browser)
        self._build()
        self.refresh()

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        layout.addWidget(self._build_charts(), 2)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 3)
        self._connect()

    def _build_top(self) -> QGridLayout:
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setPixelSize(18)
        self.summary.setFont(font)
        self.goal_box = QSpinBox()
        self.goal_box.setRange(1, 7)
        self.goal_box.setValue(self._goal)
        self.goal_box.setSuffix(self.tr(" a week"))
        self.goal_box.setAccessibleName(self.tr("Weekly goal, sessions a week (2 to 3 suggested)"))
        self.goal_box.setToolTip(self.tr("The source article suggests 2 to 3 sessions a week."))
        goal_label = QLabel(self.tr("&Goal:"))
        goal_label.setBuddy(self.goal_box)
        self.remind = QCheckBox(self.tr("Remin&d me at"))
        self.remind.setAccessibleName(self.tr("Remind me on days when the weekly goal is at risk"))
        self.remind.setToolTip(self.tr("A notification on days when the week's goal is at risk"))
        self.remind_at = QTimeEdit()
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_at.setAccessibleName(self.tr("Reminder time"))
        self.remind_at.setEnabled(False)
        self.copy_button = QPushButton(self.tr("&Copy Summary"))
        self.copy_button.setAccessibleName(self.tr("Copy the summary of this period as text"))
        self.copy_button.setToolTip(self.tr("Copy the summary as plain text (Ctrl+Shift+C)"))
        self.report_button = QPushButton(self.tr("Export Re&port…"))
        self.report_button.setAccessibleName(self.tr("Export the report for a physiotherapist as PDF"))
        top = QGridLayout()
        top.addWidget(self.summary, 0, 0, 2, 1)
        goal_row = QHBoxLayout()
        for widget in (goal_label, self.goal_box, self.remind, self.remind_at):
            goal_row.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.report_button)
        top.addLayout(goal_row, 0, 1)
        top.addLayout(buttons, 1, 1)
        top.setColumnStretch(0, 1)
        return top

    def _build_charts(self) -> QTabWidget:
        self.charts = QTabWidget()
        self.charts.setAccessibleName(self.tr("Charts"))
        self.week_charts = (ChartView(), ChartView())
        weeks_tab = QWidget()
        weeks_row = QHBoxLayout(weeks_tab)
        for view in self.week_charts:
            weeks_row.addWidget(view)
        self.tightness_chart, self.balance_chart, self.calendar_chart = ChartView(), ChartView(), ChartView()
        self.charts.addTab(weeks_tab, self.tr("&Weeks"))
        self.charts.addTab(self.tightness_chart, self.tr("T&ightness"))
        self.charts.addTab(self.balance_chart, self.tr("&Left and right"))
        self.charts.addTab(self.calendar_chart, self.tr("Cale&ndar"))
        return self.charts

    def _build_table(self) -> QSplitter:
        self.table = QTableView()
        self.setFocusProxy(self.table)  # the page given the keyboard: its sessions have it
        self.table.setObjectName("sessionsTable")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the session's steps and notes
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row is measured, however many
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        widest_outcome = max(outcome_words().values(), key=metrics.horizontalAdvance)
        samples = ("2026-12-31 23:59", "Post-workout reco", "10:00", widest_outcome, "10 → 10", "10 → 10")
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample) + (28 if column == 3 else 12),
                metrics.horizontalAdvance(title),
            )
            header.resizeSection(column, width + 16)
        self.detail = SessionDetail(self._technique_name)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        # 4:3 of the whole width, not of what is left after each side's size hint (the detail's
        # is the larger, and the table's last column was cut off, in German at 1366 pixels).
        split.setSizes([400, 300])
        return split

    def _build_filters(self) -> QHBoxLayout:
        self.filters = SessionFilters(self._today())
        # the controls, by the names the page's users (and tests) know them by
        self.use_dates, self.from_date, self.to_date = (
            self.filters.use_dates,
            self.filters.from_date,
            self.filters.to_date,
        )
        self.routine_filter, self.outcome_filter = self.filters.routine_filter, self.filters.outcome_filter
        self.search = self.filters.search
        self.count_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.filters, 1)
        row.addWidget(self.count_label)
        return row

    def _connect(self) -> None:
        self.goal_box.valueChanged.connect(self._goal_set)
        self.remind.toggled.connect(self.remind_at.setEnabled)
        self.remind.toggled.connect(self._reminder_set)
        self.remind_at.timeChanged.connect(self._reminder_set)
        self.copy_button.clicked.connect(self.copy_summary)
        self.report_button.clicked.connect(self.export_report)
        self.filters.changed.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.kept = KeptChoice(self.table)  # the chosen sessions, across reloads
        self.kept.nothing_chosen.connect(self.detail.show_nothing)
        self.detail.notes_saved.connect(self._save_notes)
        self.delete_action = QAction(self.tr("Delete Sessions"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.undo_action = QAction(self.tr("Undo Delete"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        self.addAction(self.undo_action)
        self.copy_action = QAction(self.tr("Copy Summary"), self)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_summary)
        self.addAction(self.copy_action)

    # --- showing ----------------------------------------------------------------------------------

    def refresh(self, ids: list[str] | None = None, row: int | None = None) -> None:
        """Read the history again: summary, charts, routines and the table, with the sessions
        ``ids`` chosen in it (else those chosen before; with none of them, the one now at
        ``row``). The routines' list waits for the next turn of the event loop: on a large
        history it is a scan of every session, and the table should paint first."""
        self._routines_timer.start()
        if ids is not None:
            self.kept.choose_after_reload(ids, row)
        self.model.reload()
        self._show_count()
        self._show_progress()

    def _facts(self, first: date, last: date) -> list[SessionFacts]:
        return self._browser.facts(first, last, self._technique_name)

    def _show_progress(self) -> None:
        """Work out the overview (through :attr:`overview_loader` when the app gives one, which
        does it away from the GUI thread), then show it."""
        if self.overview_loader is not None:
            self.overview_loader(self._goal, self.show_overview)
            return
        today = self._today()
        year = self._facts(today - timedelta(days=YEAR_DAYS), today)
        self.show_overview(overview(year, today, self._goal))

    def show_overview(self, shown: Overview) -> None:
        """The summary and the charts."""
        lines = summary_lines(shown.summary, shown.today)
        self.summary.setText(f"{lines[0]}   ·   {lines[1]}\n" + "   ·   ".join(lines[2:]))
        self.summary.setAccessibleName(". ".join(lines))
        self.week_charts[0].set_chart(WeeklySessions(shown.weeks, shown.summary.goal))
        self.week_charts[1].set_chart(WeeklyMinutes(shown.weeks))
        self.tightness_chart.set_chart(
            TightnessOverTime(shown.left, shown.right, shown.first_chart_day, shown.today)
        )
        self.balance_chart.set_chart(LeftAgainstRight(shown.balance))
        self.calendar_chart.set_chart(Calendar(shown.calendar))

    def _fill_routines(self) -> None:
        self.filters.fill_routines(self._browser.routines())

    def selection(self) -> SessionFilter:
        """The filter the controls describe."""
        return self.filters.selection()

    @Slot()
    def _filter_changed(self) -> None:
        self.model.set_filter(self.selection())
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n session(s)", "", self.model.total))

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            self.detail.show_session(None)
            return
        session_id = rows[0].data(SESSION_ID_ROLE)
        shown = self.detail.session
        if shown is not None and shown.id == str(session_id):
            return  # chosen again after a reload: its detail stays, notes being typed too
        try:
            self.detail.show_session(self._browser.store.session(str(session_id)))
        except HistoryError as error:
            self.message.emit(str(error))

    @Slot(int)
    def _goal_set(self, goal: int) -> None:
        self._goal = goal
        self.goal_changed.emit(goal)
        self._show_progress()

    def set_reminder(self, enabled: bool, at: str) -> None:
        """Show the reminder as the settings have it (no signal)."""
        for widget in (self.remind, self.remind_at):
            widget.blockSignals(True)
        self.remind.setChecked(enabled)
        self.remind_at.setEnabled(enabled)
        time = QTime.fromString(at, "HH:mm")
        self.remind_at.setTime(time if time.isValid() else QTime(18, 0))
        for widget in (self.remind, self.remind_at):
            widget.blockSignals(False)

    @Slot()
    def _reminder_set(self) -> None:
        self.reminder_changed.emit(self.remind.isChecked(), self.remind_at.time().toString("HH:mm"))

    # --- changing ---------------------------------------------------------------------------------

    @Slot(str, str)
    def _save_notes(self, session_id: str, notes: str) -> None:
        try:
            self._browser.store.set_notes(session_id, notes)
        except HistoryError as error:
            self.message.emit(str(error))
            return
        self.model.reload()
        self.message.emit(self.tr("Notes saved."))

    @Slot()
    def delete_selected(self) -> int:
        """Delete the chosen sessions at once (no question asked: Undo brings them back)."""
        ids = chosen_ids(self.table)
        row = first_chosen_row(self.table)
        deleted = []
        try:
            for session_id in ids:
                record = self._browser.store.delete_session(str(session_id))
                if record is not None:
                    deleted.append(record)
        except HistoryError as error:
            self.message.emit(str(error))
        if deleted:
            self._deleted = deleted
            self.undo_action.setEnabled(True)
            self.message.emit(self.tr("%n session(s) deleted. Undo with Ctrl+Z.", "", len(deleted)))
            self.refresh([], row)  # the next session is chosen: Delete goes on from there
        return len(deleted)

    @Slot()
    def undo_delete(self) -> int:
        """Put the sessions deleted last back, steps and all."""
        if not self._deleted:
            return 0
        records = self._deleted
        steps: list[tuple[str, StepRecord]] = [(r.id, step) for r in records for step in r.steps]
        try:
            added, _, _ = self._browser.store.add_sessions((r._replace(steps=()) for r in records), steps)
        except HistoryError as error:
            self.message.emit(str(error))
            return 0
        self._deleted = []
        self.undo_action.setEnabled(False)
        self.message.emit(self.tr("%n session(s) back.", "", added))
        self.refresh([record.id for record in records])  # chosen again, as they were
        return added

    @Slot()
    def copy_summary(self) -> str:
        """Put a plain-text summary of the period on the clipboard; returns it."""
        today = self._today()
        selection = self.selection()
        first = selection.dates.first or today - timedelta(days=364)
        last = selection.dates.last or today
        facts = self._facts(first, last)
        text = summary_text(summarize(facts, today, self._goal), today, first, last)
        QGuiApplication.clipboard().setText(text)
        self.message.emit(self.tr("The summary is on the clipboard."))
        return text
