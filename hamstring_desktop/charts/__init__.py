"""Charts of the history, painted with QPainter through one renderer for the screen and the PDF."""

from hamstring_desktop.charts.catalog import (
    Calendar,
    Chart,
    LeftAgainstRight,
    TightnessOverTime,
    WeeklyMinutes,
    WeeklySessions,
)
from hamstring_desktop.charts.frame import ChartStyle, HotSpot

__all__ = [
    "Calendar",
    "Chart",
    "ChartStyle",
    "HotSpot",
    "LeftAgainstRight",
    "TightnessOverTime",
    "WeeklyMinutes",
    "WeeklySessions",
]
