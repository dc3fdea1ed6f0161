"""The legs the diagram can show, and the colour each leg has throughout the app."""

from __future__ import annotations

from hamstring_desktop.ui.theme import LEFT_LEG, RIGHT_LEG

LEFT, RIGHT = "left", "right"
LEG_CHOICES = ("both", LEFT, RIGHT)  # the "Show:" choices, in the order the menu lists them
LEG_COLOURS = {LEFT: LEFT_LEG, RIGHT: RIGHT_LEG}
