"""What Fusion draws too faintly to see from the floor, made plain: a ring around the widget
with the keyboard focus, and in the dark scheme an outline on check boxes and radio buttons.

Fusion marks focus with a one-pixel line, and in a dark palette it outlines check boxes in a
colour darker than the window, so an unchecked box all but disappears (about 1.1:1). The UX
guide asks for a visible keyboard-focus ring and 3:1 for controls.

The ring is a :class:`QFocusFrame`: a sibling of the focused widget, just outside it, so it
moves and scrolls with it. A new one is made for each focus change (the old one is deleted), so
no ring outlives the widgets it was placed among. The pain button draws its own, yellow ring.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QProxyStyle, QStyle, QStyleOption, QWidget

RING_PX = 3.0
OWN_RING = "painButton"  # widgets that draw their own focus ring


class FocusRing(QFocusFrame):
    """A ring in the highlight colour around one widget."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_PX)
        painter.setPen(pen)
        inset = RING_PX / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)


class FocusRings(QObject):
    """Keeps a :class:`FocusRing` around whichever widget has the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._follow)

    @property
    def framed(self) -> QWidget | None:
        """The widget the ring is around, if any."""
        ring = self._ring
        return ring.widget() if ring is not None and shiboken6.isValid(ring) else None

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self._ring
        if ring is not None and shiboken6.isValid(ring):
            ring.setWidget(None)
            ring.hide()
            ring.deleteLater()
        self._ring = None
        if new is None or new.isWindow() or new.parentWidget() is None or new.objectName() == OWN_RING:
            return
        self._ring = FocusRing(new.parentWidget())
        self._ring.setWidget(new)
        self._ring.show()


class FloorStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined where the palette is dark."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS or option.palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(option.palette.color(QPalette.ColorRole.PlaceholderText)), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.75, 0.75, -0.75, -0.75)
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRect(box)
        painter.restore()


_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
