"""One session in detail: its steps planned against actual seconds, the step of a pain stop marked
with its technique, leg and zone, the check-in values, and its notes, which can be edited."""

from __future__ import annotations

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

from hamstring_desktop.content import Side
from hamstring_desktop.history.store import SessionRecord
from hamstring_desktop.ui.history.sessions_model import local_time, pair
from hamstring_desktop.words.durations import clock
from hamstring_desktop.words.legs import side_words
from hamstring_desktop.words.records import outcome_word, side_word, zone_word


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
        self.pain = QLabel()
        self.pain.setWordWrap(True)
        self.pain.hide()
        self.steps = QTableWidget(0, 6)
        self.steps.setAccessibleName(self.tr("Steps of the session"))
        self.steps.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Technique"),
                self.tr("Leg"),
                self.tr("Zone"),
                self.tr("Planned"),
                self.tr("Done"),
            ]
        )
        self.steps.verticalHeader().hide()
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes of the session"))
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.notes.setMaximumHeight(80)
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
        layout.addWidget(self.pain)
        layout.addWidget(self.steps, 1)
        layout.addLayout(notes_row)

    @property
    def session(self) -> SessionRecord | None:
        """The session shown."""
        return self._session

    def show_session(self, record: SessionRecord | None) -> None:
        """Show a session with its steps (None: nothing chosen)."""
        self._session = record
        self.steps.setRowCount(0)
        self.pain.hide()
        if record is None:
            self.title.setText(self.tr("Choose a session to see its steps."))
            self.check_in.clear()
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
        self.steps.setRowCount(len(record.steps))
        for row, step in enumerate(record.steps):
            stopped_here = outcome == "pain" and record.pain_step == step.position
            cells = [
                str(step.position + 1),
                self._technique_name(step.technique_id),
                side_word(step.side),
                zone_word(step.zone),
                f"{step.planned_seconds:.0f} s",
                f"{step.actual_seconds:.0f} s" + ("" if step.completed else self.tr(" (cut short)")),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if stopped_here:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Stopped for pain here"))
                self.steps.setItem(row, column, item)
            if stopped_here:
                self.pain.setText(
                    self.tr("⚠ Stopped for pain at step %1: %2, %3, %4.")
                    .replace("%1", str(step.position + 1))
                    .replace("%2", self._technique_name(step.technique_id))
                    .replace("%3", _side(step.side))
                    .replace("%4", zone_word(step.zone))
                )
                self.pain.show()
        self.notes.blockSignals(True)
        self.notes.setPlainText(record.notes)
        self.notes.blockSignals(False)
        self.save.setEnabled(False)

    @Slot()
    def _notes_changed(self) -> None:
        self.save.setEnabled(self._session is not None and self.notes.toPlainText() != self._session.notes)

    @Slot()
    def _save(self) -> None:
        if self._session is None:
            return
        text = self.notes.toPlainText().strip()
        self.notes_saved.emit(self._session.id, text)
        self._session = self._session._replace(notes=text)
        self.save.setEnabled(False)


def _side(side: str) -> str:
    """A stored step's side ("left", …) in words: "left leg"."""
    try:
        return side_words(Side(side))
    except ValueError:
        return side
