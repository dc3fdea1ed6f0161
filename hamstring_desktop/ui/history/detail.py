"""One session in detail: how much of its plan it did, its steps planned against actual seconds
(with the plan's steps it never reached), the step of a pain stop marked with its technique,
leg and zone, the check-in values, and its notes, which can be edited.

A session recorded before the history kept plans shows the steps it reached, and says that its
plan is not known, never what it might have been."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Side, StepKind
from hamstring_desktop.history.plans import PlanProgress, plan_progress
from hamstring_desktop.history.records import PAUSE_STEPS
from hamstring_desktop.history.store import PlanStep, SessionRecord, StepRecord
from hamstring_desktop.ui.history.sessions_model import local_time, pair
from hamstring_desktop.words.durations import clock, in_words
from hamstring_desktop.words.legs import side_words
from hamstring_desktop.words.records import outcome_word, side_word, zone_word
from hamstring_desktop.words.steps import kind_title


class SessionDetail(QWidget):
    """The chosen session.

    Signals:
        notes_saved(str, str): the session id and its new notes.
    """

    notes_saved = Signal(str, str)

    def __init__(self, technique_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDetail")
        self._technique_name = technique_name
        self._session: SessionRecord | None = None
        self.title = QLabel(self.tr("Choose a session to see its steps."))
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.check_in = QLabel()
        self.check_in.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("sessionProgress")
        self.progress.setWordWrap(True)
        self.pain = QLabel()  # where a session that did not run to its end stopped: pain, a stop, a crash
        self.pain.setWordWrap(True)
        self.pain.hide()
        self.steps = self._steps_table()
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes of the session"))
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.notes.setMaximumHeight(80)
        self.notes.setTabChangesFocus(True)  # Tab goes on to Save Notes
        self.save = QPushButton(self.tr("Save N&otes"))
        self.save.setAccessibleName(self.tr("Save the notes"))
        self.save.setEnabled(False)
        self.notes.textChanged.connect(self._notes_changed)
        self.save.clicked.connect(self._save)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.save, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.check_in)
        layout.addWidget(self.progress)
        layout.addWidget(self.pain)
        layout.addWidget(self.steps, 1)
        layout.addLayout(notes_row)

    def _steps_table(self) -> QTableWidget:
        """The table of the session's steps, planned against done."""
        steps = QTableWidget(0, 6)
        steps.setAccessibleName(self.tr("Steps of the session"))
        steps.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Technique"),
                self.tr("Leg"),
                self.tr("Zone"),
                self.tr("Planned"),
                self.tr("Done"),
            ]
        )
        steps.verticalHeader().hide()
        steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        steps.setTabKeyNavigation(False)  # Tab goes on to the notes, not from cell to cell
        # Each column as wide as its words (a step number needs little room), the technique the rest:
        # one line a row, so that more of a plan's steps are in view at once.
        header = steps.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        steps.setWordWrap(False)
        rows = steps.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(steps.fontMetrics().height() + 8)
        return steps

    @property
    def session(self) -> SessionRecord | None:
        """The session shown."""
        return self._session

    @Slot()
    def show_nothing(self) -> None:
        """No session chosen."""
        self.show_session(None)

    def show_session(self, record: SessionRecord | None) -> None:
        """Show a session with its steps and its plan (None: nothing chosen)."""
        self._session = record
        self.steps.setRowCount(0)
        self.pain.hide()
        if record is None:
            self.title.setText(self.tr("Choose a session to see its steps."))
            self.check_in.clear()
            self.progress.clear()
            self.notes.setPlainText("")
            self.save.setEnabled(False)
            return
        outcome = record.outcome or "interrupted"
        self.title.setText(
            f"{local_time(record.started_at)} · {record.routine_name} · {clock(record.active_seconds)} · "
            f"{outcome_word(outcome)}"
        )
        self.check_in.setText(
            self.tr("Tightness before → after: left %1, right %2")
            .replace("%1", pair(record.before_left, record.after_left))
            .replace("%2", pair(record.before_right, record.after_right))
        )
        progress = plan_progress(record.plan, record.steps)
        self.progress.setText(self._progress_text(record, progress))
        rows = _rows(record)
        self.steps.setRowCount(len(rows))
        for row, (position, planned, step) in enumerate(rows):
            stopped_here = step is not None and outcome == "pain" and record.pain_step == step.position
            shown = step if step is not None else planned
            assert shown is not None
            if step is None:
                done = self.tr("not reached")
            else:
                done = in_words(step.actual_seconds) + ("" if step.completed else self.tr(" (cut short)"))
            pause = shown.technique_id in PAUSE_STEPS  # a rest or a wait works no leg and no zone
            cells = [
                str(position + 1),
                self._step_name(shown.technique_id),
                "–" if pause else side_word(shown.side),
                "–" if pause else zone_word(shown.zone),
                "–" if shown.technique_id == "wait" else in_words(shown.planned_seconds),
                done,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if stopped_here:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Stopped for pain here"))
                elif column == 1:  # a long name is cut short in a narrow window: whole here
                    item.setToolTip(text)
                if step is None:  # in italics as well as in words
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Planned, not reached: the session ended before this step"))
                self.steps.setItem(row, column, item)
        ending = self._ending_text(record, progress)
        if ending:
            self.pain.setText(ending)
            self.pain.show()
        self.notes.blockSignals(True)
        self.notes.setPlainText(record.notes)
        self.notes.blockSignals(False)
        self.save.setEnabled(False)

    def _step_name(self, technique_id: str) -> str:
        """A step's technique in words; a rest or a wait says so."""
        if technique_id in PAUSE_STEPS:  # recorded under its kind's value: "rest" or "wait"
            return kind_title(StepKind(technique_id))
        return self._technique_name(technique_id)

    def _progress_text(self, record: SessionRecord, progress: PlanProgress) -> str:
        """How much of its plan the session did; for a session from before plans were kept, the
        steps it reached ("begun"), and that its plan is not known."""
        if progress.planned_steps is None or progress.planned_seconds is None:
            text = self.tr(
                "Steps completed: %1 of %2 begun. This session was saved before the app kept each "
                "session's plan."
            )
            return _fill(text, [str(progress.completed), str(progress.begun)])
        text = self.tr("Steps completed: %1 of %2 planned · Massage time: %3 of %4 planned")
        numbers = [str(progress.completed), str(progress.planned_steps)]
        return _fill(text, [*numbers, clock(record.active_seconds), clock(progress.planned_seconds)])

    def _ending_text(self, record: SessionRecord, progress: PlanProgress) -> str:
        """Where a session that did not run to its end stopped: a pain stop's step with its
        technique, leg and zone; for a stop or a crash, the step of the plan it had reached."""
        outcome = record.outcome or "interrupted"
        if outcome == "pain":
            stopped = next((s for s in record.steps if s.position == record.pain_step), None)
            if stopped is None:
                return ""
            if stopped.technique_id in PAUSE_STEPS:  # a rest or a wait: no leg, no zone
                name = self._step_name(stopped.technique_id)
                if progress.planned_steps is None:
                    return _fill(
                        self.tr("⚠ Stopped for pain at step %1: %2."), [str(stopped.position + 1), name]
                    )
                text = self.tr("⚠ Stopped for pain at step %1 of %2: %3.")
                return _fill(text, [str(stopped.position + 1), str(progress.planned_steps), name])
            where = [self._step_name(stopped.technique_id), _side(stopped.side), zone_word(stopped.zone)]
            if progress.planned_steps is None:
                text = self.tr("⚠ Stopped for pain at step %1: %2, %3, %4.")
                numbers = [str(stopped.position + 1), *where]
            else:
                text = self.tr("⚠ Stopped for pain at step %1 of %2: %3, %4, %5.")
                numbers = [str(stopped.position + 1), str(progress.planned_steps), *where]
            return _fill(text, numbers)
        if progress.planned_steps is None or outcome == "completed":
            return ""
        if progress.furthest == 0:
            if outcome == "interrupted":
                return ""
            return self.tr("Stopped before the first step.")
        if outcome == "stopped":
            text = self.tr("Stopped at step %1 of %2.")
        else:
            text = self.tr("Interrupted (a crash or a power cut): the last step saved is step %1 of %2.")
        return _fill(text, [str(progress.furthest), str(progress.planned_steps)])

    @Slot()
    def _notes_changed(self) -> None:
        self.save.setEnabled(self._session is not None and self.notes.toPlainText() != self._session.notes)

    @Slot()
    def _save(self) -> None:
        if self._session is None:
            return
        text = self.notes.toPlainText().strip()
        session_id = self._session.id
        self._session = self._session._replace(notes=text)  # first: saving may show another one
        self.save.setEnabled(False)
        self.notes_saved.emit(session_id, text)


def _side(side: str) -> str:
    """A stored step's side ("left", …) in words: "left leg"."""
    try:
        return side_words(Side(side))
    except ValueError:
        return side


def _rows(record: SessionRecord) -> list[tuple[int, PlanStep | None, StepRecord | None]]:
    """The rows of the steps table: (position, planned step, recorded step). With a plan, every
    planned step in order, with each time it ran (a step restarted or gone back to ran more than
    once), or once, unreached, when the session ended before it; without one, the steps it
    reached."""
    if record.plan is None:
        return [(step.position, None, step) for step in record.steps]
    runs: dict[int, list[StepRecord]] = {}
    for step in record.steps:
        runs.setdefault(step.position, []).append(step)
    rows: list[tuple[int, PlanStep | None, StepRecord | None]] = []
    for position, planned in enumerate(record.plan):
        ran = runs.pop(position, [])
        rows.extend((position, planned, step) for step in ran)
        if not ran:
            rows.append((position, planned, None))
    for position in sorted(runs):  # a step outside its plan (an edited file): shown all the same
        rows.extend((position, None, step) for step in runs[position])
    return rows


def _fill(text: str, values: list[str]) -> str:
    """``text`` with %1, %2, … replaced by ``values`` in one pass (a value is never read again
    for a placeholder, whatever it holds)."""
    return re.sub(r"%(\d)", lambda found: values[int(found.group(1)) - 1], text)
