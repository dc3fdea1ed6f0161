"""One action registry: menus, buttons and keys agree, and users can change keys (never into a
clash, never leaving the pain stop without one)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.session.engine import State
from hamstring_desktop.ui.history.chart_view import ChartView
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.pages import HISTORY
from hamstring_desktop.ui.shortcuts_dialog import ShortcutsDialog
from tests.gui.ui.history.test_chart_view import chart


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the dialog showed to refuse a change."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def open_dialog(qtbot: QtBot, window: MainWindow, action_id: str) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window.actions_registry, window)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell([s.id for s in window.actions_registry.specs()].index(action_id), 0)
    return dialog


def test_buttons_menus_and_tooltips_come_from_one_place(
    app_window: tuple[MainWindow, SessionController],
) -> None:
    window, _ = app_window
    registry, player = window.actions_registry, window.player
    assert player.next_button.accessibleName() == "Next step"
    assert player.next_button.toolTip() == "Skip to the next step (Right, N)"
    assert registry.action("session.next").toolTip() == player.next_button.toolTip()
    assert player.pain_button.text() == "PAIN — STOP NOW  (P)"
    assert player.pain_button.accessibleName() == "Pain: stop now"
    session_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Session")
    assert [a.objectName() for a in session_menu.actions() if a.objectName()] == [
        "session.toggle",
        "session.next",
        "session.back",
        "session.extend",
        "session.stop",
        "session.pain",
        "view.focus",
    ]
    media = [k.toString() for k in registry.action("session.toggle").shortcuts()]
    assert media == ["Space", "Toggle Media Play/Pause", "Media Play", "Media Pause"]


def test_a_new_key_is_saved_and_works(
    qtbot: QtBot,
    app_window: tuple[MainWindow, SessionController],
    library: Library,
    paths: DataPaths,
) -> None:
    window, controller = app_window
    dialog = open_dialog(qtbot, window, "session.next")
    dialog.key_edit.setKeySequence(QKeySequence("Ctrl+J"))
    assert dialog.add_key()
    assert "Ctrl+J" in dialog.table.item(dialog.table.currentRow(), 1).text()
    assert window.player.next_button.toolTip() == "Skip to the next step (Right, N, Ctrl+J)"
    # The key works: start a session, then Ctrl+J skips the step.
    controller.start("post-workout")
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert engine.state is State.TRANSITION
    # Saved: a window opened later with the same settings file has it.
    window.settings.sync()
    later = MainWindow(library, Settings(paths.settings_file), paths)
    qtbot.addWidget(later)
    assert QKeySequence("Ctrl+J") in later.actions_registry.keys("session.next")


def test_a_key_taken_by_another_action_is_refused(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController], refusals: list[str]
) -> None:
    window, _ = app_window
    dialog = open_dialog(qtbot, window, "session.next")
    dialog.key_edit.setKeySequence(QKeySequence("P"))
    assert not dialog.replace_keys()
    assert refusals == [
        "P is already the key for “Pain: stop now”. Choose another key, or change that one first."
    ]
    assert window.actions_registry.keys("session.next") == [QKeySequence("Right"), QKeySequence("N")]
    assert window.actions_registry.keys("session.pain") == [QKeySequence("P")]


def test_the_pain_stop_always_keeps_a_key(
    qtbot: QtBot,
    app_window: tuple[MainWindow, SessionController],
    refusals: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _ = app_window
    dialog = open_dialog(qtbot, window, "session.pain")
    assert not dialog.remove_keys()
    assert refusals and window.actions_registry.keys("session.pain") == [QKeySequence("P")]
    # Replacing it is fine, and the button says the new key.
    dialog.key_edit.setKeySequence(QKeySequence("F12"))
    assert dialog.replace_keys()
    assert window.player.pain_button.text() == "PAIN — STOP NOW  (F12)"
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert dialog.restore_all()
    assert window.player.pain_button.text() == "PAIN — STOP NOW  (P)"
    assert asked == ["Put every action back to its default keys? The keys you changed for 1 action are lost."]


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """The questions the dialog asked, each answered ``answer``."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_restoring_all_default_keys_asks_first_and_no_keeps_them(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restore All Defaults drops every key changed, with no undo: it asks first, and No keeps
    them. With no key changed there is nothing to lose and nothing is asked."""
    window, _ = app_window
    dialog = open_dialog(qtbot, window, "session.next")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    assert dialog.restore_all()  # nothing changed yet: nothing asked
    assert asked == []
    dialog.key_edit.setKeySequence(QKeySequence("F9"))
    assert dialog.add_key()
    assert not dialog.restore_all()
    assert len(asked) == 1 and "for 1 action are lost" in asked[0]
    assert QKeySequence("F9") in window.actions_registry.keys("session.next")


def test_removed_keys_stop_working(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController], refusals: list[str]
) -> None:
    window, controller = app_window
    dialog = open_dialog(qtbot, window, "session.extend")
    assert dialog.remove_keys() and not refusals
    assert dialog.table.item(dialog.table.currentRow(), 1).text() == "(none)"
    controller.start("post-workout")
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    deadline = engine.deadline
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert engine.deadline == deadline  # E no longer adds 15 s
    assert dialog.default_keys()
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert engine.deadline is not None and deadline is not None and engine.deadline > deadline


SESSION_ONLY = ("session.next", "session.back", "session.extend", "session.pain")


def test_between_sessions_left_and_right_step_through_a_history_chart(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """The README's promise: on a focused chart, the arrow keys read its points. The Session
    menu's Next and Back used to take Left and Right first, between sessions too."""
    window, _ = app_window
    view = ChartView()
    view.set_chart(chart())
    window.pages.set_history(view)
    assert window.pages.show_page(HISTORY)
    canvas = view.canvas
    qtbot.waitUntil(lambda: len(canvas.spots) == 4)
    canvas.setFocus()
    assert QApplication.focusWidget() is canvas
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # from nothing, Right lands on the first week
    assert canvas.accessibleDescription() == canvas.spots[0].text
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.accessibleDescription() == canvas.spots[1].text
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.accessibleDescription() == canvas.spots[0].text


def test_session_only_actions_are_off_between_sessions_and_on_during_one(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """Greyed in the Session menu between sessions, whatever page was shown (the routine editor
    turns every session action back on when it closes); Space and Esc stay on (start, and leave
    focus mode); during a session every key works, the pain key from anywhere."""
    window, controller = app_window
    registry = window.actions_registry
    enabled = lambda: {a: registry.action(a).isEnabled() for a in SESSION_ONLY}  # noqa: E731
    assert enabled() == dict.fromkeys(SESSION_ONLY, False)
    assert registry.action("session.toggle").isEnabled() and registry.action("session.stop").isEnabled()
    editor = window.routines.open_editor("post-workout")
    assert editor is not None
    editor.close_editor()
    qtbot.waitUntil(lambda: window.player.page == "idle")
    assert enabled() == dict.fromkeys(SESSION_ONLY, False)
    assert registry.action("session.toggle").isEnabled()
    shortcuts = open_dialog(qtbot, window, "session.next")  # the keyboard help still lists their keys
    row = shortcuts.table.currentRow()
    assert (shortcuts.table.item(row, 0).text(), shortcuts.table.item(row, 1).text()) == (
        "Next step",
        "Right, N · also Media Next",
    )
    controller.start("post-workout")
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    assert enabled() == dict.fromkeys(SESSION_ONLY, True)
    window.library_pane.search.setFocus()
    qtbot.keyClick(window.library_pane.search, Qt.Key.Key_P)  # from a text field, too
    assert engine.state is State.PAIN_STOPPED
    qtbot.waitUntil(lambda: window.player.page == "check-out")
    assert enabled() == dict.fromkeys(SESSION_ONLY, False)
    with qtbot.assertNotEmitted(window.session_action):
        registry.action("session.next").trigger()  # off: nothing goes out


def test_tab_goes_from_the_actions_to_the_key_field_keeping_the_chosen_action(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """Tab in the list of actions walked its cells, choosing the next action on the way: the key
    typed next went to an action the user had not picked."""
    window, _ = app_window
    dialog = open_dialog(qtbot, window, "session.next")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.key_edit
    assert dialog.chosen == "session.next"
    assert dialog.prompt.text() == "New &key for “Next step”:"
