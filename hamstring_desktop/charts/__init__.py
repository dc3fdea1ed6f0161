"""Charts of the history, painted with QPainter through one renderer for the screen and the PDF."""

from hamstring_desktop.charts.catalog import WeeklyMinutes, WeeklySessions
from hamstring_desktop.charts.days import Calendar
from hamstring_desktop.charts.frame import Chart, ChartStyle, HotSpot
from hamstring_desktop.charts.legs import LeftAgainstRight, TightnessOverTime

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
