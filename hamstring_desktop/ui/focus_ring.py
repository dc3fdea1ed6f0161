"""What Fusion draws too faintly to see from the floor, made plain: a ring around the widget
with the keyboard focus, and in the dark scheme an outline on check boxes and radio buttons.

Fusion marks focus with a one-pixel line, and in a dark palette it outlines check boxes in a
colour darker than the window, so an unchecked box all but disappears (about 1.1:1). The UX
guide asks for a visible keyboard-focus ring and 3:1 for controls.

The ring is a transparent child of the focused widget's window, on top of everything, just
outside the widget: a field flush with the edge of its box keeps all four sides (a ring made a
sibling of the widget, as QFocusFrame is, loses the sides its box cuts off). A new ring is made
for each focus change and the old one deleted. The pain button draws its own, yellow ring.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

RING_PX = 3.0
RING_MARGIN = 3  # pixels the ring stands out of the widget
OWN_RING = "painButton"  # widgets that draw their own focus ring


class FocusRing(QWidget):
    """A ring in the highlight colour around one widget, drawn by its window, above everything in
    it: a field flush with the edge of its box keeps its whole ring. It follows the widget (and
    every box around it, a scrolled list included) and keeps to the part of it that shows."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target.window())
        self._target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._clip = QRect()
        widget: QWidget | None = target
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            widget = widget.parentWidget()
        self.place()

    def framed(self) -> QWidget:
        """The widget the ring is around."""
        return self._target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOVES:
            self.place()
        return False

    def place(self) -> None:
        """Put the ring around the widget where it now is, or hide it when it is not seen."""
        target, window = self._target, self.parentWidget()
        if not shiboken6.isValid(target) or window is None or not target.isVisible():
            self.hide()
            return
        shown = target.visibleRegion().boundingRect()
        if shown.isEmpty():
            self.hide()
            return
        origin = target.mapTo(window, QPoint(0, 0))
        margin = RING_MARGIN
        self.setGeometry(QRect(origin, target.size()).adjusted(-margin, -margin, margin, margin))
        # The ring may stand out of the part of the widget that shows by its margin, no further.
        self._clip = shown.translated(margin, margin).adjusted(-margin, -margin, margin, margin)
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRect(self._clip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_PX))
        inset = RING_PX / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)


_MOVES = (
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
)


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
        return ring.framed() if ring is not None and shiboken6.isValid(ring) else None

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self._ring
        if ring is not None and shiboken6.isValid(ring):
            ring.hide()
            ring.deleteLater()
        self._ring = None
        if new is None or new.isWindow() or new.objectName() == OWN_RING:
            return
        self._ring = FocusRing(new)


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
