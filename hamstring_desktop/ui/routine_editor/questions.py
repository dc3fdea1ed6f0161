"""What the editor asks: a name for a new routine, whether to delete one, and what to do with
unsaved changes (Save, Discard or Cancel)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from hamstring_desktop.words.context import TranslationContext

RoutineEditor = TranslationContext("RoutineEditor")


class Unsaved(Enum):
    """The answer to "save the changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_name(parent: QWidget, title: str, suggestion: str) -> str:
    """A routine's name, or "" when the user cancelled."""
    name, ok = QInputDialog.getText(
        parent, title, RoutineEditor.tr("Name:"), QLineEdit.EchoMode.Normal, suggestion
    )
    return name.strip() if ok else ""


def confirm_delete(parent: QWidget, name: str) -> bool:
    """Whether to delete the routine ``name`` (its file goes to the trash)."""
    answer = QMessageBox.question(
        parent,
        RoutineEditor.tr("Delete routine"),
        RoutineEditor.tr(
            "Delete your routine '%s'?\n\nIts file is moved to the trash. Sessions you did with "
            "it stay in your history."
        )
        % name,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget, name: str) -> Unsaved:
    """Save, Discard or Cancel: the routine ``name`` has changes that are not saved."""
    answer = QMessageBox.warning(
        parent,
        RoutineEditor.tr("Unsaved changes"),
        RoutineEditor.tr("The routine '%s' has changes that are not saved. Save them?") % name,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL
