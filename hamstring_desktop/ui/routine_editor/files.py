"""Routine files in the app: File ▸ Import Routine… (and a .toml file dropped on the window),
File ▸ Export Routine…, and deleting one of yours (to the trash where there is one).

The checks are services/routine_files.py's, the same as the command line's: nothing is imported
from an invalid file, an id in use is replaced only when the user says so, and a built-in id never.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QFile, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hamstring_desktop.content import ContentError, Library, Routine
from hamstring_desktop.resources import read_resource
from hamstring_desktop.services.routine_files import (
    SHARED_SUFFIX,
    IdTaken,
    Imported,
    RoutineWarning,
    export_routine,
    import_routine,
)
from hamstring_desktop.ui.problem_box import list_problems
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.problems import problem_line, problem_lines

RoutineFiles = TranslationContext("RoutineFiles")


def move_to_trash(path: Path) -> str:
    """Move a file to the trash; "" when it is gone, else why not. Where no trash can be had,
    the file is deleted (the user asked for that)."""
    if QFile.moveToTrash(str(path)):
        return ""
    # The trash lives in the user's data folder, which a fresh account may not have yet.
    QDir().mkpath(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation))
    if QFile.moveToTrash(str(path)):
        return ""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return ""
    except OSError as error:
        return error.strerror or str(error)
    return ""


def choose_import_file(parent: QWidget) -> Path | None:
    """Ask which routine file to import."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        RoutineFiles.tr("Import routine"),
        QDir.homePath(),
        RoutineFiles.tr("Routine files (*.toml);;All files (*)"),
    )
    return Path(name) if name else None


def import_with_questions(parent: QWidget, file: Path, library: Library, folder: Path) -> Imported | None:
    """Import ``file``, asking before replacing one of the user's routines; says why when it
    cannot (nothing is imported then). Returns what was imported, or None."""
    try:
        return import_routine(file, library, folder)
    except IdTaken as taken:
        if not taken.replaceable:
            _refuse(parent, file, problem_lines(taken))
            return None
        answer = QMessageBox.question(
            parent,
            RoutineFiles.tr("Replace routine?"),
            RoutineFiles.tr(
                "You already have a routine with the id '%s': '%s'. Replace it with the one in %s?"
            )
            % (taken.routine_id, taken.owner, file.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return import_routine(file, library, folder, replace=True)
        except (ContentError, OSError) as error:
            _refuse(parent, file, _reason(error))
            return None
    except (ContentError, OSError) as error:
        _refuse(parent, file, _reason(error))
        return None


def _reason(error: ContentError | OSError) -> list[str]:
    """Why nothing was imported: a line for each problem of the file."""
    if isinstance(error, OSError):
        return [
            RoutineFiles.tr("It could not be saved in your routines folder (%s).") % (error.strerror or error)
        ]
    return problem_lines(error)


def _import_box(
    parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, lines: list[str]
) -> QMessageBox:
    """A box about an import: what happened, and a line for each thing the file says."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    list_problems(box, lines)
    return box


def _refuse(parent: QWidget, file: Path, reasons: list[str]) -> None:
    box = _import_box(
        parent,
        QMessageBox.Icon.Warning,
        RoutineFiles.tr("Routine not imported"),
        RoutineFiles.tr("Nothing was imported from %s.") % file.name,
        reasons,
    )
    box.setObjectName("importRefused")
    box.open()


def show_import_notes(parent: QWidget, imported: str, warnings: Sequence[RoutineWarning]) -> None:
    """Every note on the dose of a routine just imported (the status bar would cut them short)."""
    box = _import_box(
        parent,
        QMessageBox.Icon.Information,
        RoutineFiles.tr("Routine imported"),
        imported + " " + RoutineFiles.tr("Notes on its steps (line: key: note):"),
        [f"{w.line}: {w.key}: {w.message}" for w in warnings],
    )
    box.setObjectName("importNotes")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Not modal: nothing waits on it, and a session started meanwhile (a second launch's
    # --start) keeps its keys, the pain key first.
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()


def export_with_dialog(parent: QWidget, routine: Routine) -> str:
    """Ask where, then write the routine's file there; returns a status message ("" when the user
    cancelled)."""
    suggested = str(Path(QDir.homePath()) / f"{routine.id}{SHARED_SUFFIX}")
    name, _ = QFileDialog.getSaveFileName(
        parent, RoutineFiles.tr("Export routine"), suggested, RoutineFiles.tr("Routine files (*.toml)")
    )
    if not name:
        return ""
    target = Path(name)
    builtin = read_resource(routine.source).decode("utf-8") if routine.builtin else None
    try:
        export_routine(routine, target, builtin)
    except (ContentError, OSError) as error:
        reason = problem_line(error) if isinstance(error, ContentError) else error.strerror or str(error)
        QMessageBox.warning(
            parent, RoutineFiles.tr("Routine not exported"), RoutineFiles.tr("%s: %s") % (target, reason)
        )
        return RoutineFiles.tr("The routine was not exported.")
    return RoutineFiles.tr("Exported '%s' to %s.") % (routine.name, target)
