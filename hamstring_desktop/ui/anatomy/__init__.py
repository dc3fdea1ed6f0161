"""The anatomy dock, one idea per module.

- ``shapes``: the muscles, zones and label anchors read from the diagram's SVG.
- ``renderer``: the drawing laid out for one or both legs, painted with callouts and names.
- ``step_marks``: the running step's highlight, its marks, their painting and its caption.
- ``legs``: the legs the diagram can show and their colours.
- ``buttons``: the muscles' invisible, focusable stand-ins for the keyboard and screen readers.
- ``diagram``: the widget: state, pointer and keys, and the order things are painted in.
- ``panel``: the dock around it: options, legend, the muscle card and its links.
"""

from __future__ import annotations

from hamstring_desktop.ui.anatomy.buttons import MuscleButton
from hamstring_desktop.ui.anatomy.diagram import AnatomyDiagram
from hamstring_desktop.ui.anatomy.legs import LEFT, LEG_CHOICES, RIGHT
from hamstring_desktop.ui.anatomy.panel import AnatomyPanel
from hamstring_desktop.ui.anatomy.step_marks import StepHighlight

__all__ = ["LEFT", "LEG_CHOICES", "RIGHT", "AnatomyDiagram", "AnatomyPanel", "MuscleButton", "StepHighlight"]
