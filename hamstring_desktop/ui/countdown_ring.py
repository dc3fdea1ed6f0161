"""The big countdown: a ring that empties as the phase runs out, with the digits inside.

The digits' height scales with the widget (never below ``min_digit_px``), so they read from
across a room. It repaints only when told the shown second or the state changed, and then only the digits and
the bit of ring that moved: the empty track is drawn once into a pixmap, and the widget paints its
own background, so nothing behind it is repainted.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamstring_desktop.words.durations import countdown

# The widest countdown text ("0:00") may take this share of the ring's diameter: it sits at the
# ring's widest point, and the ring is 6 % thick on each side.
TEXT_WIDTH_SHARE = 0.8


class CountdownRing(QWidget):
    """Paints the remaining time as a ring plus digits; while a "wait for me" step waits, a full
    ring with the key that carries on instead of digits (there is no countdown)."""

    def __init__(self, min_digit_px: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_digit_px = min_digit_px
        self._seconds = 0
        self._total = 1.0
        self._colour = QColor("#0072B2")
        self._caption = ""
        self._waiting_for = ""  # the key that carries on, while waiting
        self._track: QPixmap | None = None
        self._track_key: tuple[object, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)  # opaque: a repaint never reaches the parents
        self.setAccessibleName(self.tr("Time left"))

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        """Room for "0:00" at ``min_digit_px`` inside the ring."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        scale = self.min_digit_px / metrics.capHeight()
        side = int(metrics.horizontalAdvance("0:00") * scale / TEXT_WIDTH_SHARE) + 1
        return QSize(side, side)

    @property
    def seconds(self) -> int:
        """The whole seconds shown."""
        return self._seconds

    @property
    def text(self) -> str:
        """The digits as drawn (while waiting: the key that carries on)."""
        return self._waiting_for or countdown(self._seconds)

    @property
    def caption(self) -> str:
        """The word under the digits ("" for none)."""
        return self._caption

    @property
    def waiting(self) -> bool:
        """Whether the ring shows a wait rather than a countdown."""
        return bool(self._waiting_for)

    def set_waiting(self, key: str) -> None:
        """Show a wait: a full ring and ``key`` (the key that carries on) instead of digits; ""
        goes back to the countdown."""
        if key != self._waiting_for:
            self._waiting_for = key
            self.setAccessibleDescription(self.text)
            self.update()

    def set_time(self, seconds: int, total: float) -> None:
        """Show ``seconds`` left of ``total``; repaints only when something changed."""
        total = max(1.0, total)
        if (seconds, total) == (self._seconds, self._total):
            return
        old_fraction, old_text = self._fraction(), self.text
        self._seconds, self._total = seconds, total
        self.setAccessibleDescription(self.text)
        if self._caption or self._waiting_for:
            self.update()
            return
        dirty = QRegion(self._arc_change(old_fraction, self._fraction()))
        dirty = dirty.united(self._text_rect(old_text)).united(self._text_rect(self.text))
        self.update(dirty)

    def set_colour(self, colour: str) -> None:
        """Ring colour (the leg's colour)."""
        if QColor(colour) != self._colour:
            self._colour = QColor(colour)
            self.update()

    def set_caption(self, caption: str) -> None:
        """A word under the digits, such as PAUSED."""
        if caption != self._caption:
            self._caption = caption
            self.update()

    def digit_pixel_height(self) -> float:
        """The cap height the digits are drawn at, in pixels."""
        return QFontMetricsF(self._digit_font()).capHeight()

    def _digit_font(self, widest: str = "0:00") -> QFont:
        """As large as fits inside the ring (widest text "0:00"). The minimum size hint asks the
        layout for room for ``min_digit_px``; a window squeezed smaller shrinks the digits rather
        than letting them spill out of the ring."""
        side = min(self.width(), self.height())
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        per_pixel_width = max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance("0:00")) / 100
        per_pixel_height = metrics.capHeight() / 100
        fits = min(side * TEXT_WIDTH_SHARE / per_pixel_width, side * 0.42 / per_pixel_height)
        font.setPixelSize(max(1, int(fits)))
        return font

    def _fraction(self) -> float:
        if self._waiting_for:
            return 1.0  # no time running out: a full ring
        return min(1.0, self._seconds / self._total)

    def _geometry(self) -> tuple[float, QRectF]:
        """The ring's thickness and the rectangle its centre line runs on."""
        side = min(self.width(), self.height())
        thickness = max(8.0, side * 0.06)
        rect = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        return thickness, rect

    def _arc_change(self, before: float, after: float) -> QRect:
        """The pixels the coloured arc covers between two fractions (both ends, round caps)."""
        thickness, rect = self._geometry()
        low, high = sorted((before, after))
        steps = max(2, int((high - low) * 64) + 2)
        points = []
        for index in range(steps + 1):
            angle = math.radians(90 + 360 * (low + (high - low) * index / steps))
            points.append(
                QPointF(
                    rect.center().x() + rect.width() / 2 * math.cos(angle),
                    rect.center().y() - rect.height() / 2 * math.sin(angle),
                )
            )
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        pad = thickness / 2 + 3
        return QRectF(
            min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
        ).toAlignedRect()

    def _text_rect(self, text: str) -> QRect:
        _, rect = self._geometry()
        bounds = QFontMetricsF(self._digit_font()).boundingRect(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        return bounds.adjusted(-4, -4, 4, 4).toAlignedRect()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._track = None

    def _track_pixmap(self, thickness: float, rect: QRectF) -> QPixmap:
        """The empty ring, drawn once per size, scale and colour."""
        track = QColor(self.palette().color(self.foregroundRole()))
        track.setAlphaF(0.15)
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, track.rgba(), self.palette().color(QPalette.ColorRole.Window).rgba())
        if self._track is None or key != self._track_key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.palette().color(QPalette.ColorRole.Window))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(track, thickness))
            painter.drawEllipse(rect)
            painter.end()
            self._track, self._track_key = pixmap, key
        return self._track

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        thickness, rect = self._geometry()
        painter.drawPixmap(0, 0, self._track_pixmap(thickness, rect))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fraction = self._fraction()
        pen = QPen(self._colour, thickness)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, 90 * 16, int(fraction * 360 * 16))
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self._digit_font(self.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        if self._caption:
            caption_font, lower = self._caption_layout()
            painter.setFont(caption_font)
            painter.drawText(lower, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()

    def _caption_layout(self) -> tuple[QFont, QRectF]:
        """The caption's font and the box it is centred in, under the digits."""
        _, rect = self._geometry()
        side = min(self.width(), self.height())
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(18, int(side * 0.07)))
        return font, QRectF(rect.left(), rect.center().y() + side * 0.18, rect.width(), side * 0.12)

    def caption_fits(self) -> bool:
        """Whether the caption ("GET READY", in any language) lies inside the ring's hole."""
        if not self._caption:
            return True
        font, box = self._caption_layout()
        thickness, rect = self._geometry()
        metrics = QFontMetricsF(font)
        inner = rect.width() / 2 - thickness / 2
        depth = box.center().y() + metrics.height() / 2 - rect.center().y()
        room = 2 * math.sqrt(max(0.0, inner * inner - depth * depth))
        return metrics.horizontalAdvance(self._caption) <= room
