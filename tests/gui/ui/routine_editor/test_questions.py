"""The editor's questions as a user meets them: the name of a new routine."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from hamstring_desktop.ui.routine_editor.questions import TITLE_BAR_ROOM, ask_name, name_dialog


def test_the_name_question_is_wide_enough_for_its_whole_title(qtbot: QtBot) -> None:
    """Qt's own question is as wide as its field: a window manager cut its title short."""
    parent = QWidget()
    qtbot.addWidget(parent)
    for title in ("New routine", "Duplicate routine", "Routine duplizieren"):
        dialog = name_dialog(parent, title, "My routine")
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + TITLE_BAR_ROOM
        assert dialog.textValue() == "My routine" and dialog.windowTitle() == title
        dialog.close()


def test_the_name_typed_is_the_answer_and_cancel_is_none(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers = iter(["  Morning, quick!  ", None])  # a name to type, then Cancel
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            return
        seen.append(dialog.windowTitle())
        typed = next(answers)
        if typed is None:
            dialog.reject()
        else:
            dialog.setTextValue(typed)
            dialog.accept()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        assert ask_name(parent, "New routine", "My routine") == "Morning, quick!"
        assert ask_name(parent, "Duplicate routine", "Evening (copy)") == ""
    finally:
        timer.stop()
    assert seen == ["New routine", "Duplicate routine"]
