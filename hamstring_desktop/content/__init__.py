"""Pure content domain: models, TOML loading and validation, library filtering.

Nothing in this package imports Qt or reads a clock; it is tested without a QApplication.
"""

from hamstring_desktop.content.errors import ContentError, ContentErrors
from hamstring_desktop.content.loader import load_library, parse_routine
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
