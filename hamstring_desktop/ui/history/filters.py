"""The History page's filters: a date range, a routine, an outcome and words in the notes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from hamstring_desktop.history.browse import OUTCOMES, SessionFilter
from hamstring_desktop.history.store import DateRange
from hamstring_desktop.words.records import outcome_words


class SessionFilters(QWidget):
    """A row of filters for the sessions table; ``changed`` when any of them changes.

    Signals:
        changed(): the filter the controls describe is another.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.use_dates = QCheckBox(self.tr("Fro&m"))
        self.use_dates.setAccessibleName(self.tr("Only sessions between two dates"))
        self.from_date = QDateEdit(QDate(today.year, today.month, today.day).addDays(-90))
        self.to_date = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.from_date, self.tr("From date")), (self.to_date, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        to_label = QLabel(self.tr("to"))
        self.routine_filter = QComboBox()
        self.routine_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.routine_filter.setAccessibleName(self.tr("Routine"))
        self.outcome_filter = QComboBox()
        self.outcome_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outcome_filter.setAccessibleName(self.tr("Outcome"))
        self.outcome_filter.addItem(self.tr("Any outcome"), "")
        for outcome, word in outcome_words().items():
            self.outcome_filter.addItem(word, outcome)
        assert set(OUTCOMES) == set(outcome_words())
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the notes"))
        self.search.setPlaceholderText(self.tr("Search notes…"))
        self.search.setClearButtonEnabled(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.use_dates, self.from_date, to_label, self.to_date, self.routine_filter,
                       self.outcome_filter):  # fmt: skip
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        self.use_dates.toggled.connect(self.from_date.setEnabled)
        self.use_dates.toggled.connect(self.to_date.setEnabled)
        for signal in (
            self.use_dates.toggled,
            self.from_date.dateChanged,
            self.to_date.dateChanged,
            self.routine_filter.currentIndexChanged,
            self.outcome_filter.currentIndexChanged,
            self.search.textChanged,
        ):
            signal.connect(self.changed)

    def fill_routines(self, routines: Iterable[tuple[str, str]]) -> None:
        """The routines to choose from, as (id, name); the chosen one stays chosen (no ``changed``)."""
        current = self.routine_filter.currentData()
        self.routine_filter.blockSignals(True)
        self.routine_filter.clear()
        self.routine_filter.addItem(self.tr("Any routine"), "")
        for routine_id, name in routines:
            self.routine_filter.addItem(name, routine_id)
        index = self.routine_filter.findData(current)
        self.routine_filter.setCurrentIndex(max(0, index))
        self.routine_filter.blockSignals(False)

    def selection(self) -> SessionFilter:
        """The filter the controls describe."""
        dates = DateRange()
        if self.use_dates.isChecked():
            dates = DateRange(self.from_date.date().toPython(), self.to_date.date().toPython())
        return SessionFilter(
            dates,
            self.routine_filter.currentData() or None,
            self.outcome_filter.currentData() or None,
            self.search.text(),
        )
