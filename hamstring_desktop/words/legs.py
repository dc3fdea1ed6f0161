"""How legs and sides are named: on the banner, in sentences and in titles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hamstring_desktop.content import Side
from hamstring_desktop.session.plan import Leg


def _tr(text: str) -> str:
    return QCoreApplication.translate("Legs", text)


def leg_label(leg: Leg) -> str:
    """The banner: LEFT LEG / RIGHT LEG / BOTH LEGS."""
    return {Leg.LEFT: _tr("LEFT LEG"), Leg.RIGHT: _tr("RIGHT LEG"), Leg.BOTH: _tr("BOTH LEGS")}[leg]


def leg_banner(leg: Leg) -> str:
    """The banner with its arrow, so the side reads without colour: "◀  LEFT LEG"."""
    shape = {Leg.LEFT: "◀  {}", Leg.RIGHT: "{}  ▶", Leg.BOTH: "◀  {}  ▶"}[leg]
    return shape.format(leg_label(leg))


def leg_words(leg: Leg) -> str:
    """For sentences: left leg / right leg / both legs."""
    return {Leg.LEFT: _tr("left leg"), Leg.RIGHT: _tr("right leg"), Leg.BOTH: _tr("both legs")}[leg]


def leg_title(leg: Leg) -> str:
    """At the start of a line: Left leg / Right leg / Both legs."""
    return {Leg.LEFT: _tr("Left leg"), Leg.RIGHT: _tr("Right leg"), Leg.BOTH: _tr("Both legs")}[leg]


def side_words(side: Side) -> str:
    """A routine step's side, for sentences: left leg / right leg / both legs / each leg."""
    return {
        Side.LEFT: _tr("left leg"),
        Side.RIGHT: _tr("right leg"),
        Side.BOTH: _tr("both legs"),
        Side.EACH: _tr("each leg"),
    }[side]
