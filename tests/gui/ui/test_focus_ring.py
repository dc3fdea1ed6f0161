"""The keyboard focus can be seen from the floor: a 3-pixel ring in the highlight colour just
outside the focused control (Fusion's own mark is a one-pixel line), and in the dark scheme
check boxes keep an outline."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hamstring_desktop.app.bootstrap import ensure_application
from hamstring_desktop.ui.focus_ring import FocusRings
from hamstring_desktop.ui.theme import apply_theme


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_the_focused_control_has_a_ring_around_it(qtbot: QtBot) -> None:
    app = ensure_application()
    rings = app.findChild(FocusRings)
    assert rings is not None
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(20, 20, 20, 20)
    layout.setSpacing(20)
    first, second = QPushButton("First"), QPushButton("Second")
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    highlight = window.palette().color(QPalette.ColorRole.Highlight)

    def ring_at(button: QPushButton) -> bool:
        image = window.grab().toImage()
        left_edge = button.geometry().topLeft() + QPoint(-1, button.height() // 2)
        return _close(image.pixelColor(left_edge), highlight)

    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: rings.framed is first)
    assert ring_at(first) and not ring_at(second)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: rings.framed is second)
    assert ring_at(second) and not ring_at(first)


def test_a_field_flush_with_its_box_keeps_its_whole_ring(qtbot: QtBot) -> None:
    """The routine editor's fields fill boxes with no margin: the ring is drawn by the window, so
    the box does not cut it off."""
    app = ensure_application()
    rings = app.findChild(FocusRings)
    assert rings is not None
    window = QWidget()
    qtbot.addWidget(window)
    outer = QVBoxLayout(window)
    outer.setContentsMargins(30, 30, 30, 30)
    box = QWidget()
    inner = QVBoxLayout(box)
    inner.setContentsMargins(0, 0, 0, 0)
    field = QLineEdit("Evening")
    inner.addWidget(field)
    outer.addWidget(box)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: rings.framed is field)
    image = window.grab().toImage()
    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    where = field.mapTo(window, QPoint(0, 0))
    middle_x, middle_y = where.x() + field.width() // 2, where.y() + field.height() // 2
    outside = {
        "left": QPoint(where.x() - 2, middle_y),
        "right": QPoint(where.x() + field.width() + 1, middle_y),
        "top": QPoint(middle_x, where.y() - 2),
        "bottom": QPoint(middle_x, where.y() + field.height() + 1),
    }
    assert {side: _close(image.pixelColor(point), highlight) for side, point in outside.items()} == {
        side: True for side in outside
    }


def test_an_unchecked_box_keeps_an_outline_in_the_dark_scheme(qtbot: QtBot) -> None:
    ensure_application()
    apply_theme("dark")
    try:
        box = QCheckBox("Mute")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage()
        window = box.palette().color(QPalette.ColorRole.Window)
        # Across the indicator's middle row, some pixel stands out from the window by a 3:1 contrast.
        row = image.height() // 2
        lightest = max(
            image.pixelColor(x, row).lightness()
            for x in range(0, box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth))
        )
        assert lightest > window.lightness() + 80
    finally:
        apply_theme("system")
