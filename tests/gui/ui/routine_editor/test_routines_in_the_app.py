"""Routines of your own in the app: new, duplicate and delete in the editor; File ▸ Import and
Export; a routine file dropped on the window; and a deleted routine's sessions kept in the
history with its name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.session.engine import SessionAction, State
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.player import EDITOR
from hamstring_desktop.ui.routine_editor import RoutineEditor, saving
from tests.gui.ui.routine_editor.conftest import EVENING
from tests.helpers.problem_boxes import fits_a_laptop, last_problem_shown, open_details

COPY, NO_BUTTON, NO_KEY = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def named(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names typed into the name question, in order."""
    names: list[str] = []
    monkeypatch.setattr(saving, "ask_name", lambda *_args: names.pop(0))
    return names


def picker_ids(window: MainWindow) -> list[str]:
    picker = window.player.routine_picker
    return [str(picker.itemData(index)) for index in range(picker.count())]


def test_a_new_routine_gets_a_file_and_shows_as_yours(
    named: list[str], mine_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    window, _ = mine_window
    named.append("Morning, quick!")
    window.actions_registry.action("routines.new").trigger()
    editor = window.routines.editor
    assert editor is not None and window.player.page == EDITOR
    assert editor.document.routine.id == "morning-quick" and not editor.document.read_only
    made = paths.routines_dir / "morning-quick.toml"
    assert made.read_text(encoding="utf-8").startswith('id = "morning-quick"\nname = "Morning, quick!"\n')
    assert picker_ids(window)[:2] == ["evening", "morning-quick"]
    assert "Morning, quick! · 2:00 · yours" in window.player.routine_picker.itemText(1)


def test_a_new_routine_leaves_the_side_panels_as_wide_as_they_were(
    qtbot: QtBot, named: list[str], mine_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    """On a laptop-sized window, Routines ▸ New Routine… then Close: the library and the anatomy
    are as wide as before. The editor, too low there for the step's fields under the list, puts
    them beside it and takes the width from the side panels; they stayed narrow, for good."""
    window, _ = mine_window
    window.resize(1350, 700)
    widths = lambda: (window.library_dock.width(), window.anatomy_dock.width())  # noqa: E731
    qtbot.waitUntil(lambda: window.centralWidget().width() > 0)
    before = widths()
    named.append("My routine")
    window.actions_registry.action("routines.new").trigger()
    editor = window.routines.editor
    assert editor is not None and (paths.routines_dir / "my-routine.toml").is_file()
    assert editor.splitter.orientation() is Qt.Orientation.Horizontal
    qtbot.waitUntil(lambda: widths() != before)  # the editor's room
    window.actions_registry.action("editor.close").trigger()
    qtbot.waitUntil(lambda: window.player.page == "idle")
    qtbot.wait(100)  # the layout settles
    assert widths() == before


def test_a_built_in_routine_is_read_only_and_duplicates_to_edit(
    named: list[str], editor: RoutineEditor, paths: DataPaths
) -> None:
    editor.picker.activated.emit(editor.picker.findData("post-workout"))
    assert editor.document.read_only and editor.read_only_note.isVisibleTo(editor)
    assert editor.routine_form.name.isReadOnly() and not editor.step_form.isEnabled()
    assert not editor.delete_button.isEnabled() and not editor.add_button.isEnabled()
    named.append("Recovery, my way")
    editor.duplicate_to_edit.click()
    assert editor.document.routine.id == "recovery-my-way" and not editor.document.read_only
    copy = editor.document.routine
    assert copy.name == "Recovery, my way" and len(copy.steps) == 5 and not copy.builtin
    assert (paths.routines_dir / "recovery-my-way.toml").is_file()
    assert editor.picker.currentData() == "recovery-my-way"


def test_deleting_a_used_routine_keeps_its_sessions_in_the_history(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    mine_window: tuple[MainWindow, SessionController],
    evening_file: Path,
    paths: DataPaths,
) -> None:
    window, controller = mine_window
    assert controller.start("evening")
    runner = controller.runner
    assert runner is not None
    qtbot.waitUntil(lambda: runner.engine.state is State.WAITING, timeout=2000)
    controller.act(SessionAction.STOP)
    qtbot.waitUntil(lambda: window.player.page == "check-out", timeout=2000)
    window.player.save_button.click()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    editor = window.routines.open_editor("evening")
    assert editor is not None and editor.delete_routine()
    assert asked[0].startswith("Delete your routine 'Evening'?")
    assert not evening_file.exists()
    assert "evening" not in picker_ids(window)
    assert editor.document.routine.id != "evening"
    store = HistoryStore.open_read_only(paths.database_file)
    try:
        [session] = store.sessions()
    finally:
        store.close()
    assert (session.routine_id, session.routine_name, session.outcome) == ("evening", "Evening", "stopped")
    assert session.steps[0].technique_id == "wait" and session.steps[0].side == "both"


def test_file_import_adds_a_routine_and_export_writes_it_back(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    mine_window: tuple[MainWindow, SessionController],
    paths: DataPaths,
) -> None:
    window, _ = mine_window
    shared = tmp_path / "shared" / "walk.hamstring.toml"
    shared.parent.mkdir()
    shared.write_text(EVENING.replace('"evening"', '"walk"').replace('"Evening"', '"Walk"'), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(shared), ""))
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    import_action = next(a for a in file_menu.actions() if a.objectName() == "routines.import")
    import_action.trigger()
    assert (paths.routines_dir / "walk.toml").read_text(encoding="utf-8") == shared.read_text(
        encoding="utf-8"
    )
    assert window.player.routine_picker.currentData() == "walk"
    assert window.statusBar().currentMessage() == "Imported the routine 'Walk'."
    target = tmp_path / "out" / "walk.hamstring.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.actions_registry.action("routines.export").trigger()
    assert target.read_text(encoding="utf-8") == shared.read_text(encoding="utf-8")
    assert window.statusBar().currentMessage() == f"Exported 'Walk' to {target}."


def test_every_note_on_an_imported_routine_can_be_read(
    tmp_path: Path, mine_window: tuple[MainWindow, SessionController]
) -> None:
    # The status bar showed the first note, cut short; the one about the hollow behind the knee
    # (safety advice) was never seen.
    window, _ = mine_window
    noted = tmp_path / "notes.toml"
    noted.write_text(
        EVENING.replace('"evening"', '"notes"')
        .replace('"Evening"', '"Notes"')
        .replace("seconds = 60    # a minute each", "seconds = 5")
        .replace(
            'technique = "knuckle-massage"\nseconds = 60',
            'technique = "knuckle-massage"\nseconds = 600\nzone = "lower"',
        ),
        encoding="utf-8",
    )
    assert window.routines.import_file(noted)
    assert window.statusBar().currentMessage() == "Imported the routine 'Notes'."
    box = window.findChild(QMessageBox, "importNotes")
    assert box is not None and box.isVisible()
    assert box.text().startswith("Imported the routine 'Notes'.")
    notes = box.informativeText()
    assert "13: steps[2].seconds: 5 s is not one set of 30–120 s" in notes
    assert "23: steps[4].seconds: 600 s" in notes
    assert "24: steps[4].zone: Knuckle massage presses deep" in notes and "hollow behind the knee" in notes
    box.close()


def test_an_invalid_file_imports_nothing_and_says_where(
    qtbot: QtBot, tmp_path: Path, mine_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    window, _ = mine_window
    bad = tmp_path / "bad.toml"
    bad.write_text(
        EVENING.replace('technique = "knuckle-massage"', 'technique = "knuckles"'), encoding="utf-8"
    )
    before = sorted(p.name for p in paths.routines_dir.iterdir())
    assert not window.routines.import_file(bad)
    box = window.findChild(QMessageBox, "importRefused")
    assert box is not None and box.text() == "Nothing was imported from bad.toml."
    assert f"{bad}:22: steps[4].technique: unknown technique" in box.informativeText()
    assert sorted(p.name for p in paths.routines_dir.iterdir()) == before
    box.close()


def test_a_file_with_200_problems_fits_the_screen_and_the_last_one_can_be_read(
    qtbot: QtBot, tmp_path: Path, mine_window: tuple[MainWindow, SessionController]
) -> None:
    """Every problem of the file is reported at once, in line order: the box says which file and
    how many, lists the first few, and its details scroll to the last (the box used to list all
    200 and grow to 16,000 px, far past any screen)."""
    window, _ = mine_window
    bad = tmp_path / "bad.toml"
    steps = "".join(
        f'\n[[steps]]\ntechnique = "knuckles{i}"\nseconds = 60\nside = "left"\n' for i in range(200)
    )
    bad.write_text(f'id = "broken"\nname = "Broken"\nwhen = "rest-day"\n{steps}', encoding="utf-8")
    assert not window.routines.import_file(bad)
    box = window.findChild(QMessageBox, "importRefused")
    assert box is not None
    qtbot.waitExposed(box)
    assert box.text() == "Nothing was imported from bad.toml."
    assert fits_a_laptop(box), box.frameGeometry()
    shown = box.informativeText()
    assert "200 problems in all. The first 5, in line order:" in shown
    assert f"{bad}:6: steps[1].technique: unknown technique 'knuckles0'" in shown
    assert f"{bad}:26: steps[5].technique" in shown and "steps[6]" not in shown
    assert "…and 195 more: the details list them all." in shown
    open_details(qtbot, box)
    assert fits_a_laptop(box), box.frameGeometry()
    last = last_problem_shown(qtbot, box)
    assert last.startswith(f"{bad}:1001: steps[200].technique: unknown technique 'knuckles199'")
    box.close()


def test_an_id_clash_asks_before_replacing_yours_and_never_replaces_a_built_in(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    mine_window: tuple[MainWindow, SessionController],
    evening_file: Path,
) -> None:
    window, _ = mine_window
    newer = tmp_path / "evening.toml"
    newer.write_text(EVENING.replace("seconds = 30", "seconds = 45"), encoding="utf-8")
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: replies.pop(0))
    assert not window.routines.import_file(newer)
    assert evening_file.read_text(encoding="utf-8") == EVENING
    assert window.routines.import_file(newer)
    assert "seconds = 45" in evening_file.read_text(encoding="utf-8")
    assert window.statusBar().currentMessage() == "Replaced the routine 'Evening'."
    builtin = tmp_path / "post.toml"
    builtin.write_text(EVENING.replace('"evening"', '"post-workout"'), encoding="utf-8")
    assert not window.routines.import_file(builtin)
    box = window.findChild(QMessageBox, "importRefused")
    assert box is not None and "built-in routine 'Post-workout recovery', which cannot be replaced" in (
        box.informativeText()
    )
    box.close()


def test_a_routine_file_dropped_on_the_window_is_imported(
    tmp_path: Path, mine_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    window, _ = mine_window
    shared = tmp_path / "partner-evening.hamstring.toml"
    shared.write_text(EVENING.replace('"evening"', '"partner-evening"'), encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(shared))])
    at = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(
        at, Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        window,
        QDropEvent(
            at, Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        ),
    )
    assert (paths.routines_dir / "partner-evening.toml").is_file()
    assert window.player.routine_picker.currentData() == "partner-evening"
    # Anything else is not taken.
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    refused = QDragEnterEvent(
        at, Qt.DropAction.CopyAction, other, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
