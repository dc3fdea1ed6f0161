"""Changes kept when the app was closed without asking (a log-out, ``kill``) are offered back the
next time their routine opens in the editor: restored as one edit that Undo takes back, deleted,
or left for later (and not asked about again in that run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.routine_editor import RoutineEditor
from tests.gui.ui.routine_editor.conftest import EVENING


class Questions:
    """QMessageBox.question answered in order (Yes, Discard or Cancel), every question kept."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return getattr(QMessageBox.StandardButton, self.answers.pop(0))


@pytest.fixture
def kept(evening_file: Path) -> Path:
    """What the app wrote beside the routine when a signal closed it mid-edit."""
    path = evening_file.parent / ".evening.unsaved.toml"
    path.write_text(
        EVENING.replace('name = "Evening"', 'name = "Evening out"').replace("seconds = 30", "seconds = 45"),
        encoding="utf-8",
    )
    return path


def open_evening(window: MainWindow) -> RoutineEditor:
    editor = window.routines.open_editor("evening")
    assert editor is not None
    return editor


def test_restored_changes_are_one_edit_and_save_with_the_files_comments(
    monkeypatch: pytest.MonkeyPatch,
    mine_window: tuple[MainWindow, SessionController],
    kept: Path,
    evening_file: Path,
) -> None:
    questions = Questions("Yes")
    monkeypatch.setattr(QMessageBox, "question", questions)
    window, _ = mine_window
    editor = open_evening(window)
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


def test_discarded_changes_are_deleted(
    monkeypatch: pytest.MonkeyPatch, mine_window: tuple[MainWindow, SessionController], kept: Path
) -> None:
    monkeypatch.setattr(QMessageBox, "question", Questions("Discard"))
    window, _ = mine_window
    editor = open_evening(window)
    assert editor.routine_form.name.text() == "Evening" and not editor.document.dirty
    assert not kept.exists()


def test_later_keeps_them_and_asks_no_more_in_this_run(
    monkeypatch: pytest.MonkeyPatch, mine_window: tuple[MainWindow, SessionController], kept: Path
) -> None:
    questions = Questions("Cancel")
    monkeypatch.setattr(QMessageBox, "question", questions)
    window, _ = mine_window
    editor = open_evening(window)
    assert editor.routine_form.name.text() == "Evening" and kept.exists()
    editor.open_routine("evening")
    assert len(questions.asked) == 1


def test_kept_changes_that_cannot_be_read_stay_where_they_are(
    monkeypatch: pytest.MonkeyPatch, mine_window: tuple[MainWindow, SessionController], kept: Path
) -> None:
    kept.write_text('id = "evening"\nname = "Evening out"\n[[steps]]\ntechnique = "nope"\n', encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", Questions("Yes"))
    window, _ = mine_window
    editor = open_evening(window)
    assert editor.routine_form.name.text() == "Evening" and kept.exists()
    assert editor.status.text().startswith(f"The kept changes could not be read, so they stay in {kept}")


def test_the_window_says_which_routines_have_kept_changes(
    mine_window: tuple[MainWindow, SessionController], kept: Path
) -> None:
    """Said after the first paint, so that changes are not forgotten in a routine never opened."""
    window, _ = mine_window
    assert window.routines.mention_kept() == ["Evening"]
    assert window.statusBar().currentMessage() == (
        "Unsaved changes to 'Evening' were kept when the app last closed: open it in the editor."
    )
    kept.unlink()
    assert window.routines.mention_kept() == []
