"""Painting the drawing: the thigh from the app's resources, laid out for one or both legs.

The SVG is a left leg seen from behind; the right leg is its mirror image (lateral side on the
right). ``DiagramRenderer`` places the legs shown in a widget, keeps the drawing of them as a
pixmap, and paints what goes over it and around it: hover, selection and focus on a muscle, the
numbered callouts and landmark letters, the veil over a leg the step is not on, the caption line
above the legs and the leg names below them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer

from hamstring_desktop.resources import RESOURCE_ROOT, read_resource
from hamstring_desktop.ui.anatomy.legs import LEFT, LEG_COLOURS, RIGHT
from hamstring_desktop.ui.anatomy.shapes import DiagramShapes, VisibleParts, read_shapes
from hamstring_desktop.ui.theme import is_dark
from hamstring_desktop.words.context import TranslationContext

DIAGRAM_RESOURCE = "anatomy/posterior-thigh.svg"
CAPTION_HEIGHT = 46
LEG_LABEL_HEIGHT = 26
GAP = 18  # between the two legs
_LANDMARKS = ("ischial-tuberosity", "fibular-head", "medial-tibial-condyle", "popliteal-fossa")
_INK = "#1B1B1B"


AnatomyWords = TranslationContext("AnatomyWords")


def load_diagram(muscle_ids: tuple[str, ...], owner: QObject) -> tuple[QSvgRenderer, DiagramShapes]:
    """The SVG renderer (owned by ``owner``) and the shapes of the built-in diagram."""
    data = read_resource(DIAGRAM_RESOURCE)
    shapes = read_shapes(data, muscle_ids, RESOURCE_ROOT + DIAGRAM_RESOURCE)
    return QSvgRenderer(QByteArray(data), owner), shapes


class DiagramRenderer:
    """The legs shown, laid out in a widget's rectangle, and everything painted on and around them."""

    def __init__(self, muscle_ids: tuple[str, ...], owner: QObject) -> None:
        self._svg, self.shapes = load_diagram(muscle_ids, owner)
        # Each muscle's part not covered by others: hit-testing and highlights use only this.
        self.visible = VisibleParts(self.shapes, muscle_ids)
        self.transforms: dict[str, QTransform] = {}  # per leg shown, left to right
        self._base: QPixmap | None = None  # the drawing of the legs shown, rendered once per layout

    # --- geometry -------------------------------------------------------------------------------

    def lay_out(self, rect: QRectF, legs: tuple[str, ...]) -> None:
        """Fit ``legs`` side by side into ``rect`` (a widget's), below the caption line and above
        the leg names; the drawing of them is rendered again on the next paint."""
        box = self.shapes.view_box
        area = rect.adjusted(8, CAPTION_HEIGHT, -8, -LEG_LABEL_HEIGHT)
        count = len(legs)
        scale = min(
            (area.width() - GAP * (count - 1)) / (box.width() * count),
            area.height() / box.height(),
        )
        scale = max(scale, 0.01)
        leg_width = box.width() * scale
        total = leg_width * count + GAP * (count - 1)
        left = area.left() + (area.width() - total) / 2
        top = area.top() + (area.height() - box.height() * scale) / 2
        self.transforms = {}
        self._base = None
        for index, leg in enumerate(legs):
            x = left + index * (leg_width + GAP)
            transform = QTransform()
            if leg == LEFT:
                transform.translate(x, top)
                transform.scale(scale, scale)
            else:  # the mirror image: lateral side on the right
                transform.translate(x + leg_width, top)
                transform.scale(-scale, scale)
            transform.translate(-box.left(), -box.top())
            self.transforms[leg] = transform

    def muscle_at(self, position: QPointF) -> tuple[str, str] | None:
        """(muscle id, leg) of the visible muscle at a widget position, or None."""
        for leg, transform in self.transforms.items():
            inverse, invertible = transform.inverted()
            if not invertible:
                continue
            found = self.shapes.muscle_at(inverse.map(position))
            if found:
                return found, leg
        return None

    def muscle_bounds(self, leg: str, muscle_id: str) -> QRectF:
        """Where a muscle's whole outline lies on screen for ``leg``."""
        return self.transforms[leg].mapRect(self.shapes.muscle_bounds(muscle_id))

    # --- the drawing ----------------------------------------------------------------------------

    def base_layer(self, size: QSize, ratio: float) -> QPixmap:
        """The SVG drawing of the legs shown, at this size and pixel density. Rendering the SVG
        takes a few milliseconds: it is done once per layout, not on every repaint (a step
        start, a hover), so repaints stay cheap and the session clock is not held up."""
        pixels = size * ratio
        base = self._base
        if base is None or base.size() != pixels or base.devicePixelRatioF() != ratio:
            base = QPixmap(pixels)
            base.setDevicePixelRatio(ratio)
            base.fill(Qt.GlobalColor.transparent)
            painter = QPainter(base)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for transform in self.transforms.values():
                painter.setTransform(transform, combine=False)
                self._svg.render(painter, self.shapes.view_box)
            painter.end()
            self._base = base
        return base

    def dim(self, painter: QPainter, transform: QTransform, window: QColor) -> None:
        """Veil a leg the running step is not on, in the window's colour."""
        veil = QColor(window)
        veil.setAlpha(120)
        painter.fillRect(transform.mapRect(self.shapes.view_box), veil)

    # --- one muscle -----------------------------------------------------------------------------

    def _screen_path(self, muscle_id: str, transform: QTransform) -> QPainterPath:
        """The visible part of a muscle on screen: deep muscles are never painted over others."""
        return transform.map(self.visible[muscle_id])

    def paint_hover(self, painter: QPainter, transform: QTransform, muscle_id: str, colour: str) -> None:
        """Tint the muscle under the pointer with its own colour."""
        tint = QColor(colour)
        tint.setAlpha(110)
        painter.fillPath(self._screen_path(muscle_id, transform), tint)

    def paint_selection(self, painter: QPainter, transform: QTransform, muscle_id: str, colour: str) -> None:
        """Fill and outline the selected muscle; where it runs under others, a dashed outline."""
        ink = QColor(_INK)
        path = self._screen_path(muscle_id, transform)
        fill = QColor(colour)
        fill.setAlpha(150)
        painter.fillPath(path, fill)
        painter.strokePath(path, QPen(ink, 3.0))
        painter.strokePath(path, QPen(QColor("white"), 1.2))
        hidden = QPen(ink, 1.5, Qt.PenStyle.DashLine)
        painter.strokePath(transform.map(self.shapes.muscle_path(muscle_id)), hidden)

    def paint_focus(
        self, painter: QPainter, transform: QTransform, muscle_id: str, highlight: QColor
    ) -> None:
        """The keyboard focus ring: a dashed line round the muscle's visible part."""
        pen = QPen(highlight, 3.0, Qt.PenStyle.DashLine)
        painter.strokePath(self._screen_path(muscle_id, transform), pen)

    # --- words and numbers ----------------------------------------------------------------------

    def paint_callouts(
        self, painter: QPainter, leg: str, transform: QTransform, numbers: dict[str, int], font: QFont
    ) -> None:
        """Each muscle's number in a circle; the landmark letters too, on the first leg shown."""
        font = QFont(font)
        font.setPixelSize(12)
        font.setBold(True)
        painter.setFont(font)
        radius = 10.0
        for muscle_id, number in numbers.items():
            anchor = self.shapes.anchors.get(muscle_id)
            if anchor is None:
                continue
            centre = transform.map(anchor)
            circle = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.setPen(QPen(QColor(_INK), 1.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(circle)
            painter.setPen(QColor(_INK))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))
        if leg != next(iter(self.transforms)):
            return  # landmark letters once, on the first leg
        font.setBold(False)
        font.setItalic(True)
        painter.setFont(font)
        for letter, landmark in zip("ABCD", _LANDMARKS, strict=True):
            anchor = self.shapes.anchors.get(landmark)
            if anchor is None:
                continue
            centre = transform.map(anchor)
            box = QRectF(centre.x() - 9, centre.y() - 9, 18, 18)
            painter.setPen(QPen(QColor(_INK), 1.2))
            painter.setBrush(QColor("#F6E7A8"))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor(_INK))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)

    @staticmethod
    def paint_caption(
        painter: QPainter, width: int, text: str, bold: bool, palette: QPalette, font: QFont
    ) -> None:
        """The line above the legs (bold when it names a muscle), wrapped to the widget's width,
        and a little smaller where two lines would not hold it (long names in some languages)."""
        font = QFont(font)
        font.setBold(bold)
        rect = QRect(8, 2, width - 16, CAPTION_HEIGHT - 4)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        for pixels in range(16, 10, -1):
            font.setPixelSize(pixels)
            if QFontMetrics(font).boundingRect(rect, flags, text).height() <= rect.height():
                break
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, flags, text)

    def paint_leg_names(self, painter: QPainter, palette: QPalette, font: QFont) -> None:
        """Each leg's name under it, in the leg's colour (lighter on a dark theme), smaller where a
        narrow leg would cut it off."""
        font = QFont(font)
        font.setBold(True)
        names = {LEFT: AnatomyWords.tr("◀ LEFT leg"), RIGHT: AnatomyWords.tr("RIGHT leg ▶")}
        for leg, transform in self.transforms.items():
            box = transform.mapRect(self.shapes.view_box)
            rect = QRectF(box.left(), box.bottom() + 2, box.width(), LEG_LABEL_HEIGHT - 4)
            for pixels in range(14, 9, -1):
                font.setPixelSize(pixels)
                if QFontMetrics(font).horizontalAdvance(names[leg]) <= rect.width():
                    break
            painter.setFont(font)
            colour = QColor(LEG_COLOURS[leg])
            if is_dark(palette):
                colour = colour.lighter(130)
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, names[leg])
