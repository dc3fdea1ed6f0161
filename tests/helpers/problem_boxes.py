"""A message box listing a routine file's problems, read as a user would: is it small enough for
a laptop screen, and can the keyboard get to the last problem?"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextEdit

# A 1366×768 laptop, less a 48 px taskbar and title bar.
LAPTOP_WIDTH, LAPTOP_HEIGHT, PANELS = 1366, 768, 48


def fits_a_laptop(box: QMessageBox) -> bool:
    """Whether the box, as it is shown now, fits on a 1366×768 laptop screen.

    Qt's message box caps its width by the screen's (its text wraps at 500 px on any screen from
    1000 px wide), and its height is what its contents need, so the tests' 1920×1080 screen tells
    what a 1366×768 one would show."""
    frame = box.frameGeometry()
    return frame.width() <= LAPTOP_WIDTH and frame.height() <= LAPTOP_HEIGHT - PANELS


def open_details(qtbot: QtBot, box: QMessageBox) -> None:
    """Press the box's Show Details… button from the keyboard (the focus stays on it)."""
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    [details] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    details.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(details, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.findChild(QTextEdit) is not None and box.findChild(QTextEdit).isVisible())


def last_problem_shown(qtbot: QtBot, box: QMessageBox) -> str:
    """From where the focus is, Tab into the open details and press Ctrl+End; the problem at the
    bottom of the view."""
    details = box.findChild(QTextEdit)
    assert details is not None and details.accessibleName()
    for _ in range(6):
        if QApplication.focusWidget() is details:
            break
        qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is details, "the keyboard cannot reach the list"
    qtbot.keyClick(details, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    viewport = details.viewport()
    bottom = details.cursorForPosition(QPoint(viewport.width() // 2, viewport.height() - 4))
    return bottom.block().text()


def wrapped_problems(box: QMessageBox) -> list[tuple[str, bool]]:
    """The problems that wrap onto more than one line in the box's own text, as the text is laid
    out at the width shown: each one's text, and whether its wrapped lines are indented past
    where it starts (so that each problem's start stands out)."""
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert label is not None and label.isVisible()
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.documentLayout().documentSize()  # lay it out
    wrapped = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        if layout is not None and layout.lineCount() > 1:
            starts = [layout.lineAt(i).x() for i in range(layout.lineCount())]
            wrapped.append((block.text(), all(x > starts[0] for x in starts[1:])))
        block = block.next()
    return wrapped


def text_lines(box: QMessageBox) -> list[str]:
    """The box's informative text as a reader sees it, a paragraph a line."""
    document = QTextDocument()
    document.setHtml(box.informativeText())
    return document.toPlainText().splitlines()
