"""How legs and sides are named: on the banner, in sentences and in titles."""

from __future__ import annotations

from hamstring_desktop.content import Side
from hamstring_desktop.session.plan import Leg
from hamstring_desktop.words.context import TranslationContext

Legs = TranslationContext("Legs")


def leg_label(leg: Leg) -> str:
    """The banner: LEFT LEG / RIGHT LEG / BOTH LEGS."""
    return {Leg.LEFT: Legs.tr("LEFT LEG"), Leg.RIGHT: Legs.tr("RIGHT LEG"), Leg.BOTH: Legs.tr("BOTH LEGS")}[
        leg
    ]


def leg_banner(leg: Leg) -> str:
    """The banner with its arrow, so the side reads without colour: "◀  LEFT LEG"."""
    shape = {Leg.LEFT: "◀  {}", Leg.RIGHT: "{}  ▶", Leg.BOTH: "◀  {}  ▶"}[leg]
    return shape.format(leg_label(leg))


def leg_words(leg: Leg) -> str:
    """For sentences: left leg / right leg / both legs."""
    return {Leg.LEFT: Legs.tr("left leg"), Leg.RIGHT: Legs.tr("right leg"), Leg.BOTH: Legs.tr("both legs")}[
        leg
    ]


def leg_title(leg: Leg) -> str:
    """At the start of a line: Left leg / Right leg / Both legs."""
    return {Leg.LEFT: Legs.tr("Left leg"), Leg.RIGHT: Legs.tr("Right leg"), Leg.BOTH: Legs.tr("Both legs")}[
        leg
    ]


def side_words(side: Side) -> str:
    """A routine step's side, for sentences: left leg / right leg / both legs / each leg."""
    return {
        Side.LEFT: Legs.tr("left leg"),
        Side.RIGHT: Legs.tr("right leg"),
        Side.BOTH: Legs.tr("both legs"),
        Side.EACH: Legs.tr("each leg"),
    }[side]
