"""The anatomy diagram's tests share these: points of the drawing and what a pixel shows."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from hamstring_desktop.ui.anatomy import AnatomyDiagram
from hamstring_desktop.ui.theme import LEFT_LEG, RIGHT_LEG
from tests.conftest import ASSETS

DRAWING = ASSETS / "anatomy" / "posterior-thigh.svg"
MUSCLES = ("biceps-femoris-long-head", "biceps-femoris-short-head", "semitendinosus", "semimembranosus")
# Points of the drawing (SVG units) inside each muscle where it is the one you see, clear of labels.
SAMPLES = {
    "biceps-femoris-long-head": QPointF(165, 470),
    "biceps-femoris-short-head": QPointF(100, 700),
    "semitendinosus": QPointF(300, 280),
    "semimembranosus": QPointF(322, 620),
}
# Semitendinosus lies over semimembranosus here: the one on top must win.
OVERLAP = QPointF(272, 480)


def screen_point(diagram: AnatomyDiagram, leg: str, svg_point: QPointF) -> QPointF:
    return diagram.point_on(leg, svg_point)


def pixel(diagram: AnatomyDiagram, leg: str, point: QPointF) -> QColor:
    image: QImage = diagram.grab().toImage()
    return image.pixelColor(diagram.point_on(leg, point).toPoint())


def is_tinted(colour: QColor, leg_colour: str) -> bool:
    """Whether a pixel of red-brown muscle has clearly taken on the blue or the orange leg colour."""
    red, green, blue = colour.red(), colour.green(), colour.blue()
    if leg_colour == LEFT_LEG:  # blue
        return blue > red + 20
    assert leg_colour == RIGHT_LEG  # orange: much more green than blue, unlike muscle
    return green - blue > 50 and red > blue + 80
