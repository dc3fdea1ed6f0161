"""Pure content domain: models, TOML loading and validation, library filtering.

Nothing in this package imports Qt or reads a clock; it is tested without a QApplication.
"""

from hamstring_desktop.content.errors import ContentError, ContentErrors
from hamstring_desktop.content.loader import load_library
from hamstring_desktop.content.models import (
    Direction,
    Faq,
    Guide,
    Library,
    Mode,
    Muscle,
    Pressure,
    Routine,
    RoutineStep,
    RoutineWhen,
    Side,
    StepKind,
    Technique,
    Timing,
    Tool,
    When,
    Zone,
)
from hamstring_desktop.content.routine_reader import parse_routine

__all__ = [
    "ContentError",
    "ContentErrors",
    "Direction",
    "Faq",
    "Guide",
    "Library",
    "Mode",
    "Muscle",
    "Pressure",
    "Routine",
    "RoutineStep",
    "RoutineWhen",
    "Side",
    "StepKind",
    "Technique",
    "Timing",
    "Tool",
    "When",
    "Zone",
    "load_library",
    "parse_routine",
]
