"""The editor's saved state as a user sees it: a change taken back by hand is no change (the Save
button loses its dot), a save with no change leaves the file byte for byte, and File ▸ Import
Routine… lists every problem of a file at once."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.routine_editor import RoutineEditor
from tests.gui.ui.routine_editor.conftest import EVENING
from tests.helpers.problem_boxes import text_lines

KNUCKLES = 3  # the step of "evening" whose time has no comment on its line


def save_state(editor: RoutineEditor) -> tuple[str, bool, bool]:
    """What the user sees: the button's words, whether Save can be pressed, and the question
    on leaving (dirty)."""
    return editor.save_button.text(), editor.save_button.isEnabled(), editor.document.dirty


def test_a_time_changed_and_changed_back_is_no_change(
    qtbot: QtBot, editor: RoutineEditor, evening_file: Path
) -> None:
    """The time field's own undo (or typing the old value again) takes the edit back: the dot
    goes and Save cannot be pressed; Ctrl+Z then takes back the change before it."""
    seconds = editor.step_form.seconds
    editor.step_list.setCurrentRow(KNUCKLES)
    seconds.setValue(90)
    assert save_state(editor) == ("Save •", True, True)
    seconds.setValue(60)
    assert save_state(editor) == ("Save", False, False)
    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # a real change
    editor.step_list.setCurrentRow(KNUCKLES - 1)
    seconds.setValue(45)
    seconds.setValue(60)
    assert save_state(editor) == ("Save •", True, True)  # the move is still a change
    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.technique or s.kind.value for s in editor.document.routine.steps] == [
        "wait",
        "compression-massage",
        "rest",
        "knuckle-massage",
    ]
    assert save_state(editor) == ("Save", False, False)
    assert evening_file.read_text(encoding="utf-8") == EVENING


def test_ctrl_z_in_the_time_box_is_the_editors_undo(qtbot: QtBot, editor: RoutineEditor) -> None:
    """Up in the time box, then Ctrl+Z there: the editor takes the change back (the box's own
    undo used to swallow the key, and nothing happened)."""
    seconds = editor.step_form.seconds
    editor.step_list.setCurrentRow(KNUCKLES)
    seconds.setFocus()
    qtbot.keyClick(seconds, Qt.Key.Key_Up)
    assert seconds.value() == 61 and save_state(editor) == ("Save •", True, True)
    qtbot.keyClick(seconds, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seconds.value() == 60 and save_state(editor) == ("Save", False, False)
    qtbot.keyClick(
        seconds, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert seconds.value() == 61


def test_typing_a_name_and_erasing_it_is_no_change(qtbot: QtBot, editor: RoutineEditor) -> None:
    name = editor.routine_form.name
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " walk")
    assert save_state(editor) == ("Save •", True, True)
    for _ in " walk":
        qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert name.text() == "Evening"
    assert save_state(editor) == ("Save", False, False)


def test_changed_back_after_a_save_is_clean_again_and_the_file_keeps_its_layout(
    qtbot: QtBot, editor: RoutineEditor, evening_file: Path
) -> None:
    """The file's top comment sits right above ``id`` (no blank line): saves keep it there; a
    time saved and then saved back gives the file back byte for byte."""
    editor.step_list.setCurrentRow(KNUCKLES)
    editor.step_form.seconds.setValue(90)
    assert editor.save()
    saved = evening_file.read_text(encoding="utf-8")
    assert saved == EVENING.replace("seconds = 60\nside", "seconds = 90\nside")
    editor.step_form.seconds.setValue(75)
    editor.step_form.seconds.setValue(90)
    assert save_state(editor) == ("Save", False, False)
    editor.step_form.seconds.setValue(60)
    assert save_state(editor) == ("Save •", True, True)
    assert editor.save()
    assert evening_file.read_text(encoding="utf-8") == EVENING
    # Saving with no change at all writes nothing new either.
    assert editor.save()
    assert evening_file.read_bytes() == EVENING.encode("utf-8")


def test_an_import_lists_every_problem_of_the_file_one_a_line(
    tmp_path: Path, mine_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    window, _ = mine_window
    bad = tmp_path / "bad.toml"
    bad.write_text(
        EVENING.replace('when = "rest-day"', 'when = "lunchtime"')
        .replace('technique = "knuckle-massage"', 'technique = "knuckles"')
        .replace("seconds = 30", "seconds = 0"),
        encoding="utf-8",
    )
    before = sorted(p.name for p in paths.routines_dir.iterdir())
    assert not window.routines.import_file(bad)
    box = window.findChild(QMessageBox, "importRefused")
    assert box is not None and box.text() == "Nothing was imported from bad.toml."
    lines = text_lines(box)
    assert [line.split(": ", 2)[:2] for line in lines] == [
        [f"{bad}:4", "when"],
        [f"{bad}:19", "steps[3].seconds"],
        [f"{bad}:22", "steps[4].technique"],
    ]
    assert sorted(p.name for p in paths.routines_dir.iterdir()) == before
    box.close()
