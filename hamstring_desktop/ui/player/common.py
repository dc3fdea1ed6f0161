"""Small pieces the player's pages share: fonts in pixels, the 0-10 rating boxes, and a label
for text that changes every second."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from hamstring_desktop.session.checkin import TIGHTEST

NOT_RATED = -1  # the rating boxes' "–": not rated


def set_pixel_font(widget: QWidget, pixels: int, bold: bool = False) -> None:
    """Text of a fixed pixel height, so sizes read from the floor whatever the desktop's DPI."""
    font = QFont(widget.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    widget.setFont(font)


def big_button(text: str, accessible: str, tip: str, height: int = 52, pixels: int = 20) -> QPushButton:
    """A button big enough to hit and read from a distance."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    button.setMinimumHeight(height)
    set_pixel_font(button, pixels)
    return button


class RatingBox(QSpinBox):
    """A 0-10 box whose "–" (not rated) gives way to the first digit typed, wherever the cursor
    is: after a click it sits behind the "–", and "–4" is no number."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.value() == NOT_RATED and event.text().isdigit():
            self.lineEdit().selectAll()
        super().keyPressEvent(event)


def rating_box(name: str) -> QSpinBox:
    """A 0-10 box that starts at "–" (not rated)."""
    box = RatingBox()
    box.setRange(NOT_RATED, TIGHTEST)
    box.setSpecialValueText("–")
    box.setValue(NOT_RATED)
    box.setAccessibleName(name)
    box.setMinimumHeight(40)
    set_pixel_font(box, 20)
    return box


def rating_row(question: str, boxes: tuple[tuple[str, QSpinBox], ...]) -> QHBoxLayout:
    """The question, then a labelled box per leg."""
    row = QHBoxLayout()
    prompt = QLabel(question)
    prompt.setWordWrap(True)
    set_pixel_font(prompt, 18)
    row.addWidget(prompt, 1)
    for label_text, box in boxes:
        label = QLabel(label_text)
        set_pixel_font(label, 18)
        label.setBuddy(box)
        row.addWidget(label)
        row.addWidget(box)
    return row


def rating(box: QSpinBox) -> int | None:
    """The 0-10 value, or None when left at "–"."""
    return None if box.value() == NOT_RATED else box.value()


class SteadyLabel(QLabel):
    """A label for text that changes every second: it keeps a fixed size that only ever grows.

    A plain QLabel asks its parents to redo their layout on every ``setText``; with a fixed size
    Qt skips that. It also fills its own background, so a new second repaints just this label
    and not the window behind it.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAutoFillBackground(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(text) + margins.left() + margins.right() + 2
        height = metrics.height() + margins.top() + margins.bottom()
        if width > self.minimumWidth() or height != self.minimumHeight():
            self.setFixedSize(max(width, self.minimumWidth()), height)


def play_pause_icon(play: bool, colour: QColor, size: int = 16) -> QIcon:
    """A play triangle or two pause bars in ``colour`` (the button's text colour): the style's
    own are black whatever the scheme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    edge = size / 8
    if play:
        painter.drawPolygon(
            QPolygonF(
                [QPointF(edge * 2, edge), QPointF(size - edge, size / 2), QPointF(edge * 2, size - edge)]
            )
        )
    else:
        bar = size * 0.22
        left = (size - 2 * bar - size * 0.2) / 2  # two bars with a gap between them, centred
        for x in (left, size - left - bar):
            painter.drawRect(QRectF(x, edge, bar, size - edge * 2))
    painter.end()
    return QIcon(pixmap)
