"""Dialogs for taking the history in and out: what to export and where, the backup settings,
and the progress of a long import or export (with Cancel).

They only ask; the app does the work (``app/history_transfers.py``) off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDir, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

EXPORT_SUFFIXES = {"csv": ".csv", "steps-csv": ".csv", "json": ".json", "pdf": ".pdf"}


@dataclass(frozen=True)
class ExportChoice:
    """What to export: ``kind`` (csv, steps-csv, json or pdf: the report), where, and the dates
    (both included)."""

    kind: str
    path: Path
    first: date | None = None
    last: date | None = None


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found or QDir.homePath())


def start_folder(remembered: str) -> Path:
    """Where a history file is looked for or written first: the folder of the last export while
    it is there, else Documents (else home)."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = _documents()
    # a missing folder would open its parent, with its name typed in as the file's
    return documents if documents.is_dir() else Path(QDir.homePath())


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (Alt+letter) moves to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _file_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class ExportDialog(QDialog):
    """Export History: the format, an optional range of dates, and the file. The report (PDF) is
    always of a period: the last twelve months unless other dates are chosen."""

    def __init__(
        self, today: date, parent: QWidget | None = None, kind: str = "csv", folder: str = ""
    ) -> None:
        """``folder``: where the last export went (the file is proposed there while it exists)."""
        super().__init__(parent)
        self.setObjectName("exportHistoryDialog")
        self.setWindowTitle(self.tr("Export History"))
        self._today = today
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Format"))
        self.kind.addItem(self.tr("Sessions, one row each (CSV, for spreadsheets)"), "csv")
        self.kind.addItem(self.tr("Steps, one row each (CSV, for spreadsheets)"), "steps-csv")
        self.kind.addItem(self.tr("Everything (JSON, can be imported again)"), "json")
        self.kind.addItem(self.tr("Report for a physiotherapist (PDF)"), "pdf")
        dates = self._dates_row(today)
        self.file = QLineEdit(str(start_folder(folder) / f"hamstring-history-{today.isoformat()}.csv"))
        self.file.setAccessibleName(self.tr("File to write"))
        self.file.setMinimumWidth(380)
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose the file to write"))
        self.choose.setAutoDefault(False)  # Enter exports, even just after choosing a file
        self.choose.clicked.connect(self._choose_file)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.file.textChanged.connect(self._update_buttons)

        form = QFormLayout()
        form.addRow(self.tr("F&ormat:"), self.kind)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(_buddy(self.tr("F&ile:"), self.file), _file_row(self.file, self.choose))
        note = QLabel(self.tr("Dates are the days the sessions started on, both days included."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.export_button = self.buttons.addButton(self.tr("&Export"), accept)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        # Only now, inside the dialog, does the default stick (before, Enter cancelled).
        self.export_button.setDefault(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._update_buttons()

    def _dates_row(self, today: date) -> QHBoxLayout:
        """Only sessions from [first] to [last], off until checked (this month so far)."""
        self.limit = QCheckBox(self.tr("Only sessions &from"))
        self.first = self._date_edit(self.tr("First day"), today.replace(day=1))
        self.last = self._date_edit(self.tr("Last day"), today)
        self.limit.toggled.connect(self.first.setEnabled)
        self.limit.toggled.connect(self.last.setEnabled)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.last)
        dates = QHBoxLayout()
        dates.addWidget(self.limit)
        dates.addWidget(self.first)
        dates.addWidget(to_label)
        dates.addWidget(self.last)
        dates.addStretch(1)
        return dates

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    @Slot()
    def _kind_changed(self) -> None:
        """Keep the file's suffix in step with the format, if it is one of ours."""
        path = Path(self.file.text())
        kind = str(self.kind.currentData())
        if kind == "pdf" and not self.limit.isChecked():  # a report is of a period: the last year
            self.first.setDate(QDate(self._today.year, self._today.month, self._today.day).addDays(-364))
            self.limit.setChecked(True)
        if path.suffix in (".csv", ".json", ".pdf"):
            stem = path.stem.removesuffix("-steps")
            name = stem + ("-steps" if kind == "steps-csv" else "") + EXPORT_SUFFIXES[kind]
            self.file.setText(str(path.with_name(name)))

    @Slot()
    def _choose_file(self) -> None:
        kind = str(self.kind.currentData())
        pattern = {
            "json": self.tr("JSON files (*.json)"),
            "pdf": self.tr("PDF files (*.pdf)"),
        }.get(kind, self.tr("CSV files (*.csv)"))
        start = Path(self.file.text()).expanduser()
        if not start.parent.is_dir():  # the chooser would open wherever the app was started from
            start = Path.home() / start.name
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export History"), str(start), pattern)
        if chosen:
            self.file.setText(chosen)

    @Slot()
    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.file.text().strip()))

    def choice(self) -> ExportChoice:
        """What the user chose."""
        first = last = None
        if self.limit.isChecked():
            first = self.first.date().toPython()
            last = self.last.date().toPython()
            if first > last:
                first, last = last, first
        path = Path(self.file.text().strip()).expanduser()
        return ExportChoice(str(self.kind.currentData()), path, first, last)


@dataclass(frozen=True)
class BackupChoice:
    """The backup settings as chosen: on or off, the folder ("" for the default), how many."""

    enabled: bool
    folder: str
    keep: int


class BackupDialog(QDialog):
    """History Backups: on or off, where, how many to keep, and a backup now.

    Signals:
        back_up_now(): the user asked for a backup now (with the settings shown).
    """

    back_up_now = Signal()

    def __init__(
        self, current: BackupChoice, default_folder: Path, last: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyBackupsDialog")
        self.setWindowTitle(self.tr("History Backups"))
        self._default = default_folder
        self.enabled = QCheckBox(self.tr("&Back up my history after a session, once a day"))
        self.enabled.setChecked(current.enabled)
        self.folder = QLineEdit(current.folder)
        self.folder.setPlaceholderText(str(default_folder))
        self.folder.setAccessibleName(self.tr("Backup folder (empty: the default folder)"))
        self.folder.setMinimumWidth(380)
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose.clicked.connect(self._choose_folder)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(current.keep)
        self.keep.setAccessibleName(self.tr("Number of backups to keep"))
        self.keep.setSuffix(self.tr(" backups"))
        self.last = QLabel(last)
        self.last.setWordWrap(True)
        self.last.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(_buddy(self.tr("&Folder:"), self.folder), _file_row(self.folder, self.choose))
        form.addRow(self.tr("&Keep the newest:"), self.keep)
        form.addRow(self.tr("Last backup:"), self.last)
        note = QLabel(
            self.tr(
                "Leave the folder empty for the default. A folder that is synced to another "
                "computer keeps a copy away from this one. To restore a backup, import it with "
                "File ▸ Import History…"
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Save | buttons.Cancel)
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.now_button = self.buttons.addButton(self.tr("Back Up &Now"), action)
        self.now_button.clicked.connect(self.back_up_now)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    @Slot()
    def _choose_folder(self) -> None:
        start = self.folder.text() or str(self._default)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def choice(self) -> BackupChoice:
        """The settings as shown."""
        return BackupChoice(self.enabled.isChecked(), self.folder.text().strip(), self.keep.value())

    def show_last(self, text: str) -> None:
        """Update the line about the last backup."""
        self.last.setText(text)


def progress_dialog(title: str, label: str, parent: QWidget, blocks_window: bool) -> QProgressDialog:
    """A progress bar with Cancel for a long import or export. An export does not block the
    window (a session may be running: its keys must keep working); an import does."""
    dialog = QProgressDialog(label, QCoreApplication.translate("HistoryDialogs", "Cancel"), 0, 100, parent)
    dialog.setObjectName("historyProgress")
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if blocks_window else Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog
