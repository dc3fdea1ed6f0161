"""The running step on the diagram: which muscles, which third, which way to work, in words.

``StepHighlight`` is what the main window hands the diagram. ``step_marks`` works out, in the
drawing's coordinates, what that lights up: the target muscles, their part inside the zone, the
zone's frame, the movement arrows or the hold targets. ``StepPainter`` keeps the marks of the
current step and paints them on a leg; ``step_caption`` says the same in a line of text.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from hamstring_desktop.content import Direction, Zone
from hamstring_desktop.session.plan import Leg
from hamstring_desktop.ui.anatomy.legs import LEFT, LEG_COLOURS, RIGHT
from hamstring_desktop.ui.anatomy.shapes import DiagramShapes
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.legs import leg_title

AnatomyWords = TranslationContext("AnatomyWords")


@dataclass(frozen=True)
class StepHighlight:
    """What the running step works on, as the diagram shows it."""

    muscles: tuple[str, ...]
    legs: tuple[str, ...]  # "left" and/or "right"
    zone: Zone
    direction: Direction
    hold: bool = False  # a still hold on a tender spot: no movement arrows


@dataclass(frozen=True)
class StepMarks:
    """A step's highlight worked out in the drawing's coordinates."""

    step: StepHighlight
    outlines: tuple[QPainterPath, ...]  # visible part of each target muscle
    zone_parts: tuple[QPainterPath, ...]  # the same, inside the zone
    zone: QRectF | None
    arrows: tuple[tuple[QPointF, QPointF, bool], ...]  # start, end, two-headed
    targets: tuple[QPointF, ...]  # hold markers


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


def zone_rect(step: StepHighlight, shapes: DiagramShapes) -> QRectF | None:
    """The band the step works in. A step along the whole muscle stops two thirds of the way
    down, clear of the hollow behind the knee, so its band is the upper two thirds."""
    if step.zone is Zone.FULL:
        zones = shapes.zones
        if Zone.UPPER.value in zones and Zone.MIDDLE.value in zones:
            return zones[Zone.UPPER.value].united(zones[Zone.MIDDLE.value])
        return None
    return shapes.zones.get(step.zone.value)


def step_marks(step: StepHighlight, shapes: DiagramShapes, visible: Mapping[str, QPainterPath]) -> StepMarks:
    """What the step lights up, in the drawing's coordinates (``visible``: each muscle's visible
    part). The path operations take milliseconds: work this out once per step, not per paint."""
    zone = zone_rect(step, shapes)
    band = QPainterPath()
    band.addRect(zone if zone is not None else shapes.zones_union())
    muscles = tuple(m for m in step.muscles if m in visible)
    parts = tuple(visible[m].intersected(band) for m in muscles)
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
    return StepMarks(
        step,
        tuple(visible[m] for m in muscles),
        parts if zone is not None else (),
        zone,
        tuple(arrows),
        tuple(targets),
    )


class StepPainter:
    """Paints a step's marks on a leg, in that leg's colour; keeps the marks of the last step."""

    def __init__(self, shapes: DiagramShapes, visible: Mapping[str, QPainterPath]) -> None:
        self._shapes = shapes
        self._visible = visible
        self._marks: StepMarks | None = None

    def marks(self, step: StepHighlight) -> StepMarks:
        """The step's marks, worked out on its first paint and reused until the step changes."""
        if self._marks is None or self._marks.step != step:
            self._marks = step_marks(step, self._shapes, self._visible)
        return self._marks

    def paint(self, painter: QPainter, step: StepHighlight, leg: str, transform: QTransform) -> None:
        """Fill the target muscles, frame the zone and draw the arrows or hold targets on ``leg``."""
        marks = self.marks(step)
        colour = QColor(LEG_COLOURS[leg])
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
            _arrow(painter, transform, start, end, both)
        for point in marks.targets:
            _target(painter, transform.map(point))


def _target(painter: QPainter, centre: QPointF) -> None:
    """A ring with a dot: hold still here."""
    for colour, width in ((QColor("#111111"), 5.0), (QColor("white"), 2.2)):
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 9.0, 9.0)
        painter.setBrush(colour)
        painter.drawEllipse(centre, 2.0, 2.0)


def _arrow(painter: QPainter, transform: QTransform, start: QPointF, end: QPointF, both: bool) -> None:
    a, b = transform.map(start), transform.map(end)
    length = math.hypot(b.x() - a.x(), b.y() - a.y())
    if length < 4:
        return
    head = min(12.0, length / 3)

    def tip(point: QPointF, towards: QPointF) -> QPolygonF:
        angle = math.atan2(point.y() - towards.y(), point.x() - towards.x())
        left = QPointF(point.x() - head * math.cos(angle - 0.45), point.y() - head * math.sin(angle - 0.45))
        right = QPointF(point.x() - head * math.cos(angle + 0.45), point.y() - head * math.sin(angle + 0.45))
        return QPolygonF([point, left, right])

    heads = [tip(b, a)] + ([tip(a, b)] if both else [])
    for colour, width in ((QColor("#111111"), 5.5), (QColor("white"), 2.5)):
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(colour)
        painter.drawLine(a, b)
        for polygon in heads:
            painter.drawPolygon(polygon)


def step_caption(step: StepHighlight) -> str:
    """The step in words, for the line above the legs: "Right leg · lower third · across the fibres"."""
    legs = {
        (LEFT,): leg_title(Leg.LEFT),
        (RIGHT,): leg_title(Leg.RIGHT),
        (LEFT, RIGHT): leg_title(Leg.BOTH),
    }
    zones = {
        Zone.UPPER: AnatomyWords.tr("upper third"),
        Zone.MIDDLE: AnatomyWords.tr("middle third"),
        Zone.LOWER: AnatomyWords.tr("lower third"),
        Zone.FULL: AnatomyWords.tr("upper two thirds"),
    }
    directions = {
        Direction.ALONG: AnatomyWords.tr("along the muscle"),
        Direction.TOP_TO_BOTTOM: AnatomyWords.tr("from top to bottom"),
        Direction.ACROSS: AnatomyWords.tr("across the fibres"),
        Direction.COMPRESS: AnatomyWords.tr("press and release"),
    }
    how = AnatomyWords.tr("hold still on a tender spot") if step.hold else directions[step.direction]
    return " · ".join((legs.get(step.legs, ""), zones[step.zone], how))
