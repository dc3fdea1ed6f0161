"""Changes kept when the app was closed without asking (a log-out, ``kill``) are offered back the
next time their routine opens in the editor: restored as one edit that Undo takes back, deleted,
or left for later (and not asked about again in that run). Nothing kept is ever overwritten, and
what the editor held is restored even when it could not be saved yet."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hamstring_desktop.app import unix_signals
from hamstring_desktop.app.session import SessionController
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.routine_editor import RoutineEditor
from hamstring_desktop.ui.routine_editor.kept import kept_files, read_kept
from tests.gui.ui.routine_editor.conftest import EVENING


class Questions:
    """QMessageBox.question answered in order (Yes, Discard or Cancel), every question kept."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return getattr(QMessageBox.StandardButton, self.answers.pop(0))


def open_evening(window: MainWindow) -> RoutineEditor:
    editor = window.routines.open_editor("evening")
    assert editor is not None
    return editor


def kill_while_editing(window: MainWindow) -> None:
    """What a log-out does: the window closes with nobody there to answer. The editor then goes
    back to the file, as a new run would find it (without asking about the kept changes yet)."""
    editor = window.routines.editor
    assert editor is not None
    window.setProperty(unix_signals.CLOSING_ON_SIGNAL, True)
    window.routines.confirm_close()
    window.setProperty(unix_signals.CLOSING_ON_SIGNAL, False)
    editor.document.stack.setClean()
    editor._kept_declined.add("evening")
    editor.open_routine("evening")


def next_run(window: MainWindow) -> RoutineEditor:
    """The routine opened in the editor as the next run would: the kept changes are offered."""
    editor = window.routines.editor
    assert editor is not None
    editor._kept_declined.clear()
    editor.open_routine("evening")
    return editor


@pytest.fixture
def kept(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, mine_window: tuple[MainWindow, SessionController]
) -> Path:
    """Kept changes to "evening": its name, and its rest made 45 s, edited and then killed."""
    window, _ = mine_window
    monkeypatch.setattr(QMessageBox, "question", Questions())
    editor = open_evening(window)
    editor.routine_form.name.setFocus()
    qtbot.keyClicks(editor.routine_form.name, " out")
    editor.step_list.setCurrentRow(2)
    editor.step_form.seconds.setValue(45)
    kill_while_editing(window)
    [path] = kept_files(editor._routines_dir, "evening")
    return path


def test_restored_changes_are_one_edit_and_save_with_the_files_comments(
    monkeypatch: pytest.MonkeyPatch,
    mine_window: tuple[MainWindow, SessionController],
    kept: Path,
    evening_file: Path,
) -> None:
    questions = Questions("Yes")
    monkeypatch.setattr(QMessageBox, "question", questions)
    window, _ = mine_window
    editor = next_run(window)
    assert len(questions.asked) == 1 and str(kept) in questions.asked[0]
    assert editor.routine_form.name.text() == "Evening out"
    assert editor.document.routine.steps[2].seconds == 45
    assert editor.document.dirty and not kept.exists()
    assert evening_file.read_text(encoding="utf-8") == EVENING, "nothing is saved until you save"
    assert editor.status.text().startswith("Restored the changes kept from last time")
    editor.document.stack.undo()
    assert editor.routine_form.name.text() == "Evening" and not editor.document.dirty
    editor.document.stack.redo()
    assert editor.save()
    text = evening_file.read_text(encoding="utf-8")
    assert text.startswith("# From my physio, March.\n") and "seconds = 60    # a minute each" in text
    assert 'name = "Evening out"' in text and "seconds = 45" in text


def test_comments_stay_with_their_steps_after_a_restore(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    mine_window: tuple[MainWindow, SessionController],
    evening_file: Path,
) -> None:
    """The first step (with "# Get into position first." above it) removed, killed, restored,
    saved: the comments of the other steps are still above their own steps."""
    window, _ = mine_window
    monkeypatch.setattr(QMessageBox, "question", Questions("Yes"))
    editor = open_evening(window)
    editor.step_list.setFocus()
    editor.step_list.setCurrentRow(0)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Delete)
    kill_while_editing(window)
    next_run(window)
    assert [s.kind.value for s in editor.document.routine.steps] == ["technique", "rest", "technique"]
    assert editor.save()
    text = evening_file.read_text(encoding="utf-8")
    assert "# Get into position first." not in text
    assert "seconds = 60    # a minute each" in text
    assert text.index("compression-massage") < text.index("# a minute each") < text.index('kind = "rest"')


def test_what_could_not_be_saved_yet_is_restored_too(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, mine_window: tuple[MainWindow, SessionController]
) -> None:
    """An empty name cannot be saved, but it is what the editor held: it comes back, with the
    message at the field, rather than the kept changes being refused."""
    window, _ = mine_window
    monkeypatch.setattr(QMessageBox, "question", Questions("Yes"))
    editor = open_evening(window)
    editor.routine_form.name.setFocus()
    editor.routine_form.name.selectAll()
    qtbot.keyClick(editor.routine_form.name, Qt.Key.Key_Delete)
    editor.step_list.setCurrentRow(2)
    editor.step_form.seconds.setValue(50)
    kill_while_editing(window)
    next_run(window)
    assert editor.routine_form.name.text() == "" and editor.document.routine.steps[2].seconds == 50
    assert editor.document.dirty and not editor.save()


def test_discarded_changes_are_deleted(
    monkeypatch: pytest.MonkeyPatch, mine_window: tuple[MainWindow, SessionController], kept: Path
) -> None:
    monkeypatch.setattr(QMessageBox, "question", Questions("Discard"))
    window, _ = mine_window
    editor = next_run(window)
    assert editor.routine_form.name.text() == "Evening" and not editor.document.dirty
    assert not kept.exists()


def test_later_keeps_them_asks_no_more_in_this_run_and_newer_changes_never_replace_them(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    mine_window: tuple[MainWindow, SessionController],
    kept: Path,
) -> None:
    questions = Questions("Cancel")
    monkeypatch.setattr(QMessageBox, "question", questions)
    window, _ = mine_window
    editor = next_run(window)
    assert editor.routine_form.name.text() == "Evening" and kept.exists()
    editor.open_routine("evening")
    assert len(questions.asked) == 1
    editor.routine_form.description.setFocus()
    qtbot.keyClicks(editor.routine_form.description, "Calm.")
    kill_while_editing(window)
    first, second = kept_files(kept.parent, "evening")
    assert first == kept and read_kept(first, EVENING).routine.name == "Evening out"
    assert read_kept(second, EVENING).routine.description == "Calm."


def test_deleting_the_routine_takes_its_kept_changes_along(
    monkeypatch: pytest.MonkeyPatch, mine_window: tuple[MainWindow, SessionController], kept: Path
) -> None:
    monkeypatch.setattr(QMessageBox, "question", Questions("Cancel", "Yes"))  # later; then delete
    window, _ = mine_window
    editor = next_run(window)
    assert editor.delete_routine()
    assert not kept.exists(), "a new routine with this id later is not offered the old changes"


def test_kept_changes_that_cannot_be_read_stay_where_they_are(
    monkeypatch: pytest.MonkeyPatch, mine_window: tuple[MainWindow, SessionController], kept: Path
) -> None:
    kept.write_text(
        '{"format": "hamstring-desktop kept changes", "version": 1, "routine": {', encoding="utf-8"
    )
    monkeypatch.setattr(QMessageBox, "question", Questions("Yes"))
    window, _ = mine_window
    editor = next_run(window)
    assert editor.routine_form.name.text() == "Evening" and kept.exists()
    assert editor.status.text().startswith(
        f"The kept changes could not be read, so they stay where they are: {kept}"
    )


def test_the_window_says_which_routines_have_kept_changes(
    mine_window: tuple[MainWindow, SessionController], kept: Path
) -> None:
    """Said after the first paint, so that changes are not forgotten in a routine never opened."""
    window, _ = mine_window
    assert window.routines.mention_kept() == ["Evening"]
    assert window.statusBar().currentMessage() == (
        "Unsaved changes to 'Evening' were kept when the app last closed; the editor offers them back."
    )
    kept.unlink()
    assert window.routines.mention_kept() == []
