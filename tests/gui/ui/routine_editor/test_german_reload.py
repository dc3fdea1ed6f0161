"""In German, reading the routines again (after an import, a save or a deletion) keeps the
built-in content German: the picker, the routine's details and the sessions that run next."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.session.engine import State
from hamstring_desktop.ui.main_window import MainWindow
from tests.gui.ui.routine_editor.conftest import EVENING


def _picker_names(window: MainWindow) -> list[str]:
    picker = window.player.routine_picker
    return [picker.itemText(i) for i in range(picker.count())]


def _assert_still_german(qtbot: QtBot, window: MainWindow, controller: SessionController) -> None:
    assert window.routines.library.language == "de"
    names = _picker_names(window)
    assert any(name.startswith("Aufwärmen vor dem Training") for name in names), names
    assert not any(name.startswith("Pre-workout warm-up") for name in names), names
    # the routine's details name its techniques in German
    window.player.select_routine("pre-workout")
    details = window.player.idle_page.routine_details.text()
    assert "Rollen mit der Faszienrolle — beide Beine" in details, details
    assert "Foam rolling" not in details, details
    # and a session runs in German
    window.player.start_button.click()
    assert controller.runner is not None
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    assert window.player.step_name.text() == "Rollen mit der Faszienrolle"
    assert window.player.instruction.text().startswith("Beide Beine auf der Rolle.")


def test_importing_a_routine_in_german_keeps_the_content_german(
    qtbot: QtBot, tmp_path: Path, german_window: tuple[MainWindow, SessionController]
) -> None:
    window, controller = german_window
    mine = tmp_path / "evening.toml"
    mine.write_text(EVENING, encoding="utf-8")
    assert window.routines.import_file(mine)
    assert window.player.selected_routine().id == "evening"
    assert any(name.startswith("Evening · ") for name in _picker_names(window))  # as its file has it
    _assert_still_german(qtbot, window, controller)


def test_saving_a_routine_in_german_keeps_the_content_german(
    qtbot: QtBot, german_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    window, controller = german_window
    (paths.routines_dir / "evening.toml").write_text(EVENING, encoding="utf-8")
    window.routines.reload()
    editor = window.routines.open_editor("evening")
    assert editor is not None
    editor.step_form.seconds.setValue(90)
    assert editor.save()
    assert editor.close_editor()
    _assert_still_german(qtbot, window, controller)
