"""The history dialogs as a user fills them: the export's format, dates and file, and the backup
settings; every control reachable and named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt

from hamstring_desktop.ui.history_dialogs import BackupChoice, BackupDialog, ExportDialog


def test_the_export_dialog_gives_format_dates_and_file(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.file.text().endswith("hamstring-history-2026-11-25.csv")
    assert not dialog.first.isEnabled() and dialog.choice().first is None
    dialog.kind.setCurrentIndex(1)
    assert dialog.file.text().endswith("hamstring-history-2026-11-25-steps.csv")
    dialog.kind.setCurrentIndex(2)
    assert dialog.file.text().endswith("hamstring-history-2026-11-25.json")
    qtbot.mouseClick(dialog.limit, Qt.MouseButton.LeftButton)
    dialog.first.setDate(QDate(2026, 11, 30))  # after the last day: the range is put right
    dialog.file.setText(str(tmp_path / "mine.json"))
    choice = dialog.choice()
    assert (choice.kind, choice.path) == ("json", tmp_path / "mine.json")
    assert (choice.first, choice.last) == (date(2026, 11, 25), date(2026, 11, 30))
    dialog.file.setText("  ")
    assert not dialog.export_button.isEnabled()
    for widget in (dialog.kind, dialog.first, dialog.last, dialog.file, dialog.choose):
        assert widget.accessibleName() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_enter_exports_wherever_the_focus_is(qtbot: QtBot, tmp_path: Path) -> None:
    """Tab to Choose… and then on: Enter still exports, it does not open the file chooser."""
    dialog = ExportDialog(date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.file.setText(str(tmp_path / "mine.csv"))
    dialog.choose.setFocus()
    dialog.file.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.file, Qt.Key.Key_Return)
    assert dialog.choice().path == tmp_path / "mine.csv"


def test_the_backup_dialog_shows_and_returns_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = BackupDialog(BackupChoice(True, "", 14), tmp_path / "backups", "none yet")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.folder.placeholderText() == str(tmp_path / "backups") and dialog.keep.value() == 14
    dialog.enabled.setChecked(False)
    dialog.folder.setText(str(tmp_path / "synced"))
    dialog.keep.setValue(30)
    assert dialog.choice() == BackupChoice(False, str(tmp_path / "synced"), 30)
    asked = []
    dialog.back_up_now.connect(lambda: asked.append(True))
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    assert asked
    for widget in (dialog.folder, dialog.choose, dialog.keep):
        assert widget.accessibleName()
