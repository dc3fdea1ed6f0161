"""The 0-10 tightness boxes as a user fills them in with the mouse and the keyboard."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt

from hamstring_desktop.ui.player.common import rating, rating_box


def test_clicking_into_the_dash_and_typing_a_number_rates(qtbot: QtBot) -> None:
    """A click puts the cursor after the "–" (not rated); the digits typed then replace it. They
    used to be refused ("–4" is no number), so the box stayed at "–" whatever was typed."""
    box = rating_box("Tightness after, left leg")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    field = box.lineEdit()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 4, field.height() // 2))
    assert box.text() == "–" and not field.hasSelectedText()
    qtbot.keyClicks(box, "4")
    assert rating(box) == 4
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, "10")
    assert rating(box) == 10


def test_letters_still_do_not_rate(qtbot: QtBot) -> None:
    box = rating_box("Tightness before, right leg")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    qtbot.keyClicks(box, "x")
    assert rating(box) is None and box.text() == "–"
