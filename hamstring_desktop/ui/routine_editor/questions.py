"""What the editor asks: a name for a new routine, whether to delete one, what to do with
unsaved changes (Save, Discard or Cancel), and whether to restore changes an earlier run kept."""

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


class Kept(Enum):
    """The answer to "restore the changes kept when the app last closed?"."""

    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


# Room a title bar takes beside its title: the window's icon and its three buttons.
TITLE_BAR_ROOM = 160


def ask_name(parent: QWidget, title: str, suggestion: str) -> str:
    """A routine's name, or "" when the user cancelled."""
    dialog = name_dialog(parent, title, suggestion)
    try:
        accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
        return dialog.textValue().strip() if accepted else ""
    finally:
        dialog.deleteLater()


def name_dialog(parent: QWidget, title: str, suggestion: str) -> QInputDialog:
    """The question for a routine's name, wide enough for its whole title: Qt's own is just as
    wide as the field, and a window manager cut "New routine" to "New r…"."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("routineNameDialog")
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setLabelText(RoutineEditor.tr("Name:"))
    dialog.setTextValue(suggestion)
    # The dialog's layout sets its size from the field's: the field is made wide enough.
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(title) + TITLE_BAR_ROOM)
    return dialog


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


def ask_restore(parent: QWidget, name: str, kept: str) -> Kept:
    """Restore, Discard or decide later: the app was closed without asking (a log-out, say) while
    the routine ``name`` had unsaved changes, and they were kept in the file ``kept``."""
    answer = QMessageBox.question(
        parent,
        RoutineEditor.tr("Changes kept from last time"),
        RoutineEditor.tr(
            "When the app last closed without asking (at a log-out, for example), the routine '%1' "
            "had changes that were not saved. They were kept in %2.\n\nRestore them now? Yes puts "
            "them in the editor (Undo takes them back; nothing is saved until you save). Discard "
            "deletes them. Cancel decides later."
        )
        .replace("%1", name)
        .replace("%2", kept),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        return Kept.RESTORE
    if answer == QMessageBox.StandardButton.Discard:
        return Kept.DISCARD
    return Kept.LATER
