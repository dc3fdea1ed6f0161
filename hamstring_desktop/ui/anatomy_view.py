"""The interactive anatomy diagram: the back of the thigh with the four hamstring parts.

``AnatomyDiagram`` draws the SVG once per shown leg (the drawing is a left leg; the right leg is
its mirror image), hit-tests the visible muscle shapes, and paints hover, selection, focus and the
running step's highlight on top. Each muscle also has an invisible, focusable button child, so Tab
and the arrow keys move between muscles, Enter selects, and screen readers hear each muscle's name.
``AnatomyPanel`` adds the options row, the numbered legend and the muscle detail card.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from PySide6.QtCore import QByteArray, QEvent, QFile, QPointF, QRect, QRectF, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Direction, Library, Zone
from hamstring_desktop.services.settings import ANATOMY_LABELS, ANATOMY_LEGS, Settings
from hamstring_desktop.session.plan import Leg
from hamstring_desktop.ui.anatomy_shapes import DiagramShapes, read_shapes
from hamstring_desktop.ui.content_html import TECHNIQUE_LINK, muscle_html
from hamstring_desktop.ui.theme import LEFT_LEG, RIGHT_LEG, is_dark
from hamstring_desktop.words.legs import leg_title

DIAGRAM_RESOURCE = ":/anatomy/posterior-thigh.svg"
LEFT, RIGHT = "left", "right"
LEG_CHOICES = ("both", LEFT, RIGHT)
_LEG_COLOURS = {LEFT: LEFT_LEG, RIGHT: RIGHT_LEG}
_LANDMARKS = ("ischial-tuberosity", "fibular-head", "medial-tibial-condyle", "popliteal-fossa")
_CAPTION_HEIGHT = 46
_LEG_LABEL_HEIGHT = 26
_GAP = 18


@dataclass(frozen=True)
class StepHighlight:
    """What the running step works on, as the diagram shows it."""

    muscles: tuple[str, ...]
    legs: tuple[str, ...]  # "left" and/or "right"
    zone: Zone
    direction: Direction
    hold: bool = False  # a still hold on a tender spot: no movement arrows


@dataclass(frozen=True)
class _StepMarks:
    """A step's highlight worked out in the drawing's coordinates."""

    step: StepHighlight
    outlines: tuple[QPainterPath, ...]  # visible part of each target muscle
    zone_parts: tuple[QPainterPath, ...]  # the same, inside the zone
    zone: QRectF | None
    arrows: tuple[tuple[QPointF, QPointF, bool], ...]  # start, end, two-headed
    targets: tuple[QPointF, ...]  # hold markers


def load_diagram(muscle_ids: tuple[str, ...], owner: QWidget) -> tuple[QSvgRenderer, DiagramShapes]:
    """The renderer (owned by ``owner``) and the shapes of the built-in diagram."""
    file = QFile(DIAGRAM_RESOURCE)
    if not file.open(QFile.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(DIAGRAM_RESOURCE)
    data = bytes(file.readAll().data())
    file.close()
    return QSvgRenderer(QByteArray(data), owner), read_shapes(data, muscle_ids, DIAGRAM_RESOURCE)


def _slice(path: QPainterPath, y: float) -> QRectF:
    strip = QPainterPath()
    strip.addRect(QRectF(-10_000, y - 2, 20_000, 4))
    return path.intersected(strip).boundingRect()


def _centre_x(path: QPainterPath, y: float) -> float:
    """The middle of a shape at height ``y`` (of its whole bounds if the line misses it)."""
    found = _slice(path, y)
    return found.center().x() if found.width() > 0 else path.boundingRect().center().x()


def _width_at(path: QPainterPath, y: float) -> float:
    return _slice(path, y).width()


class MuscleButton(QAbstractButton):
    """An invisible, focusable stand-in for one muscle: the diagram paints it, this takes keys."""

    def __init__(self, muscle_id: str, name: str, description: str, parent: AnatomyDiagram) -> None:
        super().__init__(parent)
        self.muscle_id = muscle_id
        self._diagram = parent
        self.setObjectName(f"muscle-{muscle_id}")
        self.setText(name)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setToolTip(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:  # the diagram draws the muscle and the ring
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._diagram.focus_step(self, 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._diagram.focus_step(self, -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._diagram.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._diagram.update()


class AnatomyDiagram(QWidget):
    """The posterior thigh, one or both legs, with hover, selection and the running step.

    Signals:
        muscle_selected(str): the user clicked a muscle or pressed Enter on it.
        muscle_hovered(str): the muscle under the pointer changed ("" for none).
    """

    muscle_selected = Signal(str)
    muscle_hovered = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anatomyDiagram")
        self.setAccessibleName(self.tr("Hamstring diagram"))
        self.setMouseTracking(True)
        self.setMinimumSize(240, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._library = library
        self._muscles = {m.id: m for m in library.muscles}
        self._renderer, self.shapes = load_diagram(tuple(self._muscles), self)
        self._chosen_legs: tuple[str, ...] = (LEFT, RIGHT)
        self._legs = self._chosen_legs
        self._labels = True
        self._hovered: tuple[str, str] | None = None  # (muscle id, leg)
        self._selected = ""
        self._step: StepHighlight | None = None
        self._marks: _StepMarks | None = None
        self._transforms: dict[str, QTransform] = {}
        self._base: QPixmap | None = None  # the drawing of the legs shown, rendered once per layout
        self.buttons: list[MuscleButton] = [
            MuscleButton(m.id, m.name, m.plain_name, self) for m in library.muscles
        ]
        for button in self.buttons:
            button.clicked.connect(lambda _=False, b=button: self.select(b.muscle_id))
        self._number = {m.id: n for n, m in enumerate(library.muscles, start=1)}
        self._visible = {m.id: self.shapes.visible_path(m.id) for m in library.muscles}

    # --- state ----------------------------------------------------------------------------------

    @property
    def legs(self) -> tuple[str, ...]:
        """The legs shown, left to right as seen from behind."""
        return self._legs

    def set_legs(self, choice: str) -> None:
        """Show "both" legs, or only the "left" or the "right" one."""
        self._chosen_legs = (LEFT, RIGHT) if choice == "both" else (choice,)
        self._update_legs()

    def _update_legs(self) -> None:
        # A running step on a leg that is hidden brings that leg into view while it runs.
        wanted = set(self._chosen_legs) | set(self._step.legs if self._step else ())
        legs = tuple(leg for leg in (LEFT, RIGHT) if leg in wanted)
        if legs != self._legs or not self._transforms:
            self._legs = legs
            self._relayout()

    @property
    def labels(self) -> bool:
        """Whether numbered callouts and landmark names are drawn."""
        return self._labels

    def set_labels(self, on: bool) -> None:
        """Show or hide the numbered callouts and landmark names."""
        self._labels = on
        self.update()

    @property
    def selected(self) -> str:
        """The selected muscle id, or ""."""
        return self._selected

    @property
    def hovered(self) -> str:
        """The muscle under the pointer, or ""."""
        return self._hovered[0] if self._hovered else ""

    @property
    def step(self) -> StepHighlight | None:
        """The running step's highlight, if a step is shown."""
        return self._step

    def select(self, muscle_id: str) -> None:
        """Select a muscle ("" clears the selection) and tell listeners."""
        if muscle_id and muscle_id not in self._muscles:
            raise KeyError(muscle_id)
        self._selected = muscle_id
        self.update()
        self.muscle_selected.emit(muscle_id)

    def show_step(self, step: StepHighlight | None) -> None:
        """Light up what the running step works on (None clears it)."""
        self._step = step
        self._update_legs()
        self.update()

    def button_for(self, muscle_id: str) -> MuscleButton:
        """The focusable stand-in of a muscle."""
        return next(b for b in self.buttons if b.muscle_id == muscle_id)

    def focus_step(self, button: MuscleButton, step: int) -> None:
        """Move keyboard focus to the next (1) or previous (-1) muscle, wrapping round."""
        index = (self.buttons.index(button) + step) % len(self.buttons)
        self.buttons[index].setFocus(Qt.FocusReason.TabFocusReason)

    def focused_muscle(self) -> str:
        """The muscle whose stand-in has keyboard focus, or ""."""
        return next((b.muscle_id for b in self.buttons if b.hasFocus()), "")

    # --- geometry -------------------------------------------------------------------------------

    def leg_transform(self, leg: str) -> QTransform:
        """Maps the SVG's coordinates to this widget's for one shown leg."""
        return self._transforms[leg]

    def point_on(self, leg: str, svg_point: QPointF) -> QPointF:
        """Where a point of the drawing lands on screen for ``leg``."""
        return self._transforms[leg].map(svg_point)

    def muscle_at(self, position: QPointF) -> tuple[str, str] | None:
        """(muscle id, leg) of the visible muscle at a widget position, or None."""
        for leg, transform in self._transforms.items():
            inverse, invertible = transform.inverted()
            if not invertible:
                continue
            found = self.shapes.muscle_at(inverse.map(position))
            if found:
                return found, leg
        return None

    def sizeHint(self) -> QSize:
        return QSize(420, 640)

    def hasHeightForWidth(self) -> bool:
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        box = self.shapes.view_box
        area = QRectF(self.rect()).adjusted(8, _CAPTION_HEIGHT, -8, -_LEG_LABEL_HEIGHT)
        count = len(self._legs)
        scale = min(
            (area.width() - _GAP * (count - 1)) / (box.width() * count),
            area.height() / box.height(),
        )
        scale = max(scale, 0.01)
        leg_width = box.width() * scale
        total = leg_width * count + _GAP * (count - 1)
        left = area.left() + (area.width() - total) / 2
        top = area.top() + (area.height() - box.height() * scale) / 2
        self._transforms = {}
        self._base = None
        for index, leg in enumerate(self._legs):
            x = left + index * (leg_width + _GAP)
            transform = QTransform()
            if leg == LEFT:
                transform.translate(x, top)
                transform.scale(scale, scale)
            else:  # the mirror image: lateral side on the right
                transform.translate(x + leg_width, top)
                transform.scale(-scale, scale)
            transform.translate(-box.left(), -box.top())
            self._transforms[leg] = transform
        first = self._transforms[self._legs[0]]
        for button in self.buttons:
            bounds = first.mapRect(self.shapes.muscle_path(button.muscle_id).boundingRect())
            button.setGeometry(bounds.toAlignedRect())
        self.update()

    # --- input ----------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.muscle_at(event.position())
        if found != self._hovered:
            self._hovered = found
            self.setCursor(Qt.CursorShape.PointingHandCursor if found else Qt.CursorShape.ArrowCursor)
            self.update()
            self.muscle_hovered.emit(found[0] if found else "")
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
            self.muscle_hovered.emit("")
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.muscle_at(event.position())
            self.select(found[0] if found else "")
            if found:
                self.button_for(found[0]).setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        step_legs = self._step.legs if self._step else ()
        painter.drawPixmap(0, 0, self._base_layer())
        for leg, transform in self._transforms.items():
            self._paint_marks(painter, leg, transform, palette)
            if self._step and leg not in step_legs:
                self._dim(painter, transform)
        self._paint_caption(painter, palette)
        self._paint_leg_names(painter, palette)
        painter.end()

    def _base_layer(self) -> QPixmap:
        """The SVG drawing of the legs shown, at this size and pixel density. Rendering the SVG
        takes a few milliseconds: it is done once per layout, not on every repaint (a step
        start, a hover), so repaints stay cheap and the session clock is not held up."""
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        base = self._base
        if base is None or base.size() != size or base.devicePixelRatioF() != ratio:
            base = QPixmap(size)
            base.setDevicePixelRatio(ratio)
            base.fill(Qt.GlobalColor.transparent)
            painter = QPainter(base)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for transform in self._transforms.values():
                painter.setTransform(transform, combine=False)
                self._renderer.render(painter, self.shapes.view_box)
            painter.end()
            self._base = base
        return base

    def _screen_path(self, muscle_id: str, transform: QTransform) -> QPainterPath:
        """The visible part of a muscle on screen: deep muscles are never painted over others."""
        return transform.map(self._visible[muscle_id])

    def _paint_marks(self, painter: QPainter, leg: str, transform: QTransform, palette: QPalette) -> None:
        highlight = palette.color(QPalette.ColorRole.Highlight)
        ink = QColor("#1B1B1B")
        if self._step and leg in self._step.legs:
            self._paint_step(painter, leg, transform)
        if self._hovered and self._hovered[1] == leg:
            colour = QColor(self._muscles[self._hovered[0]].colour)
            colour.setAlpha(110)
            painter.fillPath(self._screen_path(self._hovered[0], transform), colour)
        if self._selected:
            path = self._screen_path(self._selected, transform)
            colour = QColor(self._muscles[self._selected].colour)
            colour.setAlpha(150)
            painter.fillPath(path, colour)
            painter.strokePath(path, QPen(ink, 3.0))
            painter.strokePath(path, QPen(QColor("white"), 1.2))
            # Where it runs under other muscles, its whole outline shows dashed.
            hidden = QPen(ink, 1.5, Qt.PenStyle.DashLine)
            painter.strokePath(transform.map(self.shapes.muscle_path(self._selected)), hidden)
        focused = self.focused_muscle()
        if focused and leg == self._legs[0]:
            pen = QPen(highlight, 3.0, Qt.PenStyle.DashLine)
            painter.strokePath(self._screen_path(focused, transform), pen)
        if self._labels:
            self._paint_callouts(painter, leg, transform, palette)

    def _zone_rect(self) -> QRectF | None:
        """The band the step works in. A step along the whole muscle stops two thirds of the way
        down, clear of the hollow behind the knee, so its band is the upper two thirds."""
        if self._step is None:
            return None
        if self._step.zone is Zone.FULL:
            zones = self.shapes.zones
            if Zone.UPPER.value in zones and Zone.MIDDLE.value in zones:
                return zones[Zone.UPPER.value].united(zones[Zone.MIDDLE.value])
            return None
        return self.shapes.zones.get(self._step.zone.value)

    def _step_marks(self) -> _StepMarks:
        """What the step lights up, in the drawing's coordinates; worked out once per step (the
        path operations take milliseconds, too long to repeat on every paint)."""
        step = self._step
        assert step is not None
        if self._marks is not None and self._marks.step == step:
            return self._marks
        zone = self._zone_rect()
        band = QPainterPath()
        band.addRect(zone if zone is not None else self.shapes.zones_union())
        muscles = tuple(m for m in step.muscles if m in self._visible)
        parts = tuple(self._visible[m].intersected(band) for m in muscles)
        arrows: list[tuple[QPointF, QPointF, bool]] = []
        targets: list[QPointF] = []
        for part in parts:
            bounds = part.boundingRect()
            if bounds.height() < 40 or bounds.width() < 8:
                continue
            top = bounds.top() + bounds.height() * 0.12
            bottom = bounds.bottom() - bounds.height() * 0.12
            upper = QPointF(_centre_x(part, top), top)
            lower = QPointF(_centre_x(part, bottom), bottom)
            middle_y = bounds.center().y()
            middle = QPointF(_centre_x(part, middle_y), middle_y)
            if step.hold:
                targets.append(middle)
            elif step.direction is Direction.ALONG:
                arrows.append((upper, lower, True))
            elif step.direction is Direction.TOP_TO_BOTTOM:
                arrows.append((upper, lower, False))
            elif step.direction is Direction.ACROSS:
                for fraction in (0.3, 0.7):
                    y = bounds.top() + bounds.height() * fraction
                    x = _centre_x(part, y)
                    half = max(_width_at(part, y) * 0.5, 12.0)
                    arrows.append((QPointF(x - half, y), QPointF(x + half, y), True))
            else:  # compress: arrows pressing in towards the middle of the part
                for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                    start = QPointF(middle.x() + dx * 34, middle.y() + dy * 34)
                    end = QPointF(middle.x() + dx * 8, middle.y() + dy * 8)
                    arrows.append((start, end, False))
        self._marks = _StepMarks(
            step,
            tuple(self._visible[m] for m in muscles),
            parts if zone is not None else (),
            zone,
            tuple(arrows),
            tuple(targets),
        )
        return self._marks

    def _paint_step(self, painter: QPainter, leg: str, transform: QTransform) -> None:
        marks = self._step_marks()
        colour = QColor(_LEG_COLOURS[leg])
        light = QColor(colour)
        light.setAlpha(70 if marks.zone is not None else 150)
        strong = QColor(colour)
        strong.setAlpha(170)
        edge = QPen(colour.darker(140), 2.0)
        for outline in marks.outlines:
            whole = transform.map(outline)
            painter.fillPath(whole, light)
            painter.strokePath(whole, edge)
        for part in marks.zone_parts:
            painter.fillPath(transform.map(part), strong)
        if marks.zone is not None:
            rect = transform.mapRect(QRectF(60, marks.zone.top(), 290, marks.zone.height()))
            painter.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
        for start, end, both in marks.arrows:
            self._arrow(painter, transform, start, end, both)
        for point in marks.targets:
            self._target(painter, transform.map(point))

    @staticmethod
    def _target(painter: QPainter, centre: QPointF) -> None:
        """A ring with a dot: hold still here."""
        for colour, width in ((QColor("#111111"), 5.0), (QColor("white"), 2.2)):
            painter.setPen(QPen(colour, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, 9.0, 9.0)
            painter.setBrush(colour)
            painter.drawEllipse(centre, 2.0, 2.0)

    @staticmethod
    def _arrow(painter: QPainter, transform: QTransform, start: QPointF, end: QPointF, both: bool) -> None:
        a, b = transform.map(start), transform.map(end)
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        if length < 4:
            return
        head = min(12.0, length / 3)

        def tip(point: QPointF, towards: QPointF) -> QPolygonF:
            angle = math.atan2(point.y() - towards.y(), point.x() - towards.x())
            left = QPointF(
                point.x() - head * math.cos(angle - 0.45), point.y() - head * math.sin(angle - 0.45)
            )
            right = QPointF(
                point.x() - head * math.cos(angle + 0.45), point.y() - head * math.sin(angle + 0.45)
            )
            return QPolygonF([point, left, right])

        heads = [tip(b, a)] + ([tip(a, b)] if both else [])
        for colour, width in ((QColor("#111111"), 5.5), (QColor("white"), 2.5)):
            painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(colour)
            painter.drawLine(a, b)
            for polygon in heads:
                painter.drawPolygon(polygon)

    def _dim(self, painter: QPainter, transform: QTransform) -> None:
        veil = QColor(self.palette().color(QPalette.ColorRole.Window))
        veil.setAlpha(120)
        painter.fillRect(transform.mapRect(self.shapes.view_box), veil)

    def _paint_callouts(self, painter: QPainter, leg: str, transform: QTransform, palette: QPalette) -> None:
        font = QFont(self.font())
        font.setPixelSize(12)
        font.setBold(True)
        painter.setFont(font)
        radius = 10.0
        for muscle_id, number in self._number.items():
            anchor = self.shapes.anchors.get(muscle_id)
            if anchor is None:
                continue
            centre = transform.map(anchor)
            circle = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.setPen(QPen(QColor("#1B1B1B"), 1.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(circle)
            painter.setPen(QColor("#1B1B1B"))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))
        if leg != self._legs[0]:
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
            painter.setPen(QPen(QColor("#1B1B1B"), 1.2))
            painter.setBrush(QColor("#F6E7A8"))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#1B1B1B"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)

    def caption(self) -> str:
        """The line above the legs: the muscle pointed at, focused or selected, else the step."""
        muscle_id = self.hovered or self.focused_muscle() or self._selected
        if muscle_id:
            muscle = self._muscles[muscle_id]
            return f"{muscle.name} — {muscle.plain_name}"
        if self._step:
            return self._step_caption(self._step)
        return self.tr("Point at or click a muscle")

    def _paint_caption(self, painter: QPainter, palette: QPalette) -> None:
        text = self.caption()
        muscle_id = self.hovered or self.focused_muscle() or self._selected
        font = QFont(self.font())
        font.setPixelSize(16)
        font.setBold(bool(muscle_id))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        rect = QRect(8, 2, self.width() - 16, _CAPTION_HEIGHT - 4)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect, flags, text)

    def _step_caption(self, step: StepHighlight) -> str:
        legs = {
            (LEFT,): leg_title(Leg.LEFT),
            (RIGHT,): leg_title(Leg.RIGHT),
            (LEFT, RIGHT): leg_title(Leg.BOTH),
        }
        zones = {
            Zone.UPPER: self.tr("upper third"),
            Zone.MIDDLE: self.tr("middle third"),
            Zone.LOWER: self.tr("lower third"),
            Zone.FULL: self.tr("upper two thirds"),
        }
        directions = {
            Direction.ALONG: self.tr("along the muscle"),
            Direction.TOP_TO_BOTTOM: self.tr("from top to bottom"),
            Direction.ACROSS: self.tr("across the fibres"),
            Direction.COMPRESS: self.tr("press and release"),
        }
        how = self.tr("hold still on a tender spot") if step.hold else directions[step.direction]
        return " · ".join((legs.get(step.legs, ""), zones[step.zone], how))

    def _paint_leg_names(self, painter: QPainter, palette: QPalette) -> None:
        font = QFont(self.font())
        font.setPixelSize(14)
        font.setBold(True)
        painter.setFont(font)
        names = {LEFT: self.tr("◀ LEFT leg"), RIGHT: self.tr("RIGHT leg ▶")}
        for leg, transform in self._transforms.items():
            box = transform.mapRect(self.shapes.view_box)
            rect = QRectF(box.left(), box.bottom() + 2, box.width(), _LEG_LABEL_HEIGHT - 4)
            colour = QColor(_LEG_COLOURS[leg])
            if is_dark(palette):
                colour = colour.lighter(130)
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, names[leg])


class AnatomyPanel(QWidget):
    """The anatomy dock: options, the diagram, its legend and the selected muscle's card.

    Signals:
        technique_activated(str): the user clicked a technique link in the muscle card.
    """

    technique_activated = Signal(str)

    def __init__(self, library: Library, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anatomyArea")
        self._library = library
        self._settings = settings
        self.diagram = AnatomyDiagram(library)

        self.labels_box = QCheckBox(self.tr("&Labels"))
        self.labels_box.setAccessibleName(self.tr("Show labels on the diagram"))
        self.labels_box.setChecked(settings.get(ANATOMY_LABELS))
        self.legs_combo = QComboBox()
        self.legs_combo.setAccessibleName(self.tr("Legs shown"))
        for choice, text in zip(
            LEG_CHOICES, (leg_title(Leg.BOTH), leg_title(Leg.LEFT), leg_title(Leg.RIGHT)), strict=True
        ):
            self.legs_combo.addItem(text, choice)
        legs_label = QLabel(self.tr("Sho&w:"))
        legs_label.setBuddy(self.legs_combo)
        options = QHBoxLayout()
        options.addWidget(self.labels_box)
        options.addStretch(1)
        options.addWidget(legs_label)
        options.addWidget(self.legs_combo)

        self.legend = QLabel()
        self.legend.setObjectName("anatomyLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend_html())

        self.card = QTextBrowser()
        self.card.setObjectName("muscleCard")
        self.card.setAccessibleName(self.tr("Muscle details"))
        self.card.setOpenLinks(False)
        self.card.anchorClicked.connect(self._link_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(options)
        layout.addWidget(self.diagram, 5)
        layout.addWidget(self.legend)
        layout.addWidget(self.card, 2)

        chain = [self.labels_box, self.legs_combo, *self.diagram.buttons, self.card]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.labels_box.toggled.connect(self._labels_toggled)
        self.legs_combo.currentIndexChanged.connect(self._legs_chosen)
        self.diagram.muscle_selected.connect(self._show_card)
        legs = settings.get(ANATOMY_LEGS)
        self.legs_combo.setCurrentIndex(LEG_CHOICES.index(legs) if legs in LEG_CHOICES else 0)
        self._legs_chosen()
        self._labels_toggled(self.labels_box.isChecked())
        self._show_card("")

    def _legend_html(self) -> str:
        muscles = " &nbsp; ".join(
            f'<span style="color:{escape(m.colour)}">■</span>&nbsp;<b>{n}</b>&nbsp;{escape(m.name)}'
            for n, m in enumerate(self._library.muscles, start=1)
        )
        names = (
            self.tr("ischial tuberosity (sit bone)"),
            self.tr("fibular head"),
            self.tr("medial tibial condyle"),
            self.tr("popliteal fossa: no pressure here"),
        )
        landmarks = " &nbsp; ".join(
            f"<b>{letter}</b>&nbsp;<i>{escape(name)}</i>" for letter, name in zip("ABCD", names, strict=True)
        )
        return f"{muscles}<br>{landmarks}"

    def select_muscle(self, muscle_id: str) -> None:
        """Select a muscle in the diagram and show its card."""
        self.diagram.select(muscle_id)

    def show_step(self, step: StepHighlight | None) -> None:
        """Light up the running step's muscles, zone and direction (None clears)."""
        self.diagram.show_step(step)

    @Slot(bool)
    def _labels_toggled(self, on: bool) -> None:
        self.diagram.set_labels(on)
        self.legend.setVisible(on)
        self._settings.set(ANATOMY_LABELS, on)

    @Slot()
    def _legs_chosen(self) -> None:
        choice = str(self.legs_combo.currentData())
        self.diagram.set_legs(choice)
        self._settings.set(ANATOMY_LEGS, choice)

    @Slot(str)
    def _show_card(self, muscle_id: str) -> None:
        if muscle_id:
            self.card.setHtml(muscle_html(self._library, self._library.muscle(muscle_id)))
        else:
            self.card.setHtml(
                "<p>"
                + self.tr(
                    "Click a muscle, or press Tab and the arrow keys to move between muscles and "
                    "Enter to choose one, to see where it starts and ends, what it does and which "
                    "techniques work on it."
                )
                + "</p>"
            )

    @Slot(QUrl)
    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(TECHNIQUE_LINK):
            self.technique_activated.emit(text.removeprefix(TECHNIQUE_LINK))
