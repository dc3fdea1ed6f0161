"""The history's weekly charts: sessions against the 2–3 a week guideline and your goal, and
minutes of work. Each chart paints onto any QPainter (a widget on screen, a page of the PDF),
returns the spots its tooltips answer for, and gives its numbers as a table and a sentence for
people who cannot see it or do not use a mouse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from hamstring_desktop.charts.frame import (
    GOAL_COLOUR,
    WORK_COLOUR,
    ChartDates,
    Charts,
    ChartStyle,
    Frame,
    HotSpot,
    LegendEntry,
    draw_frame,
    nice_ceiling,
)
from hamstring_desktop.stats import WeekCount

GOAL_BAND = (2, 3)  # the source article: two to three sessions a week


@dataclass(frozen=True)
class WeeklySessions:
    """Sessions per week, against the 2-3 a week the source article suggests and the user's goal."""

    weeks: list[WeekCount]
    goal: int

    @property
    def title(self) -> str:
        return Charts.tr("Sessions per week")

    @property
    def dates(self) -> ChartDates:
        """How the weeks are named: with their year when they span New Year."""
        return ChartDates.over(w.start for w in self.weeks)

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        dates = self.dates
        top = nice_ceiling(max([GOAL_BAND[1] + 1, self.goal + 1, *(w.sessions for w in self.weeks)]))
        legend = [
            LegendEntry(WORK_COLOUR, "bar", Charts.tr("sessions")),
            LegendEntry(GOAL_COLOUR, "band", Charts.tr("2–3 a week")),
            LegendEntry(GOAL_COLOUR, "dashed", Charts.tr("your goal: %n a week", "", self.goal)),
        ]
        frame = draw_frame(
            painter,
            rect,
            style,
            self.title,
            Charts.tr("sessions"),
            top,
            legend,
            x_label_lines=dates.label_lines,
        )
        band = QColor(GOAL_COLOUR)
        band.setAlphaF(0.18)
        painter.fillRect(
            QRectF(
                QPointF(frame.plot.left(), frame.y(GOAL_BAND[1])),
                QPointF(frame.plot.right(), frame.y(GOAL_BAND[0])),
            ),
            band,
        )
        spots = _bars(
            painter,
            frame,
            [(w.start, float(w.sessions)) for w in self.weeks],
            WORK_COLOUR,
            lambda day, value: Charts.tr("Week of %1: %n session(s)", "", int(value)).replace(
                "%1", dates.name(day)
            ),
        )
        painter.setPen(QPen(QColor(GOAL_COLOUR), 2, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(frame.plot.left(), frame.y(self.goal)), QPointF(frame.plot.right(), frame.y(self.goal))
        )
        dates.labels(
            painter,
            frame,
            style,
            [(s.area.center().x(), w.start) for s, w in zip(spots, self.weeks, strict=True)],
        )
        return spots

    def table(self) -> tuple[list[str], list[list[str]]]:
        dates = self.dates
        return [Charts.tr("Week of"), Charts.tr("Sessions"), Charts.tr("Goal")], [
            [dates.name(w.start), str(w.sessions), str(self.goal)] for w in self.weeks
        ]

    def summary(self) -> str:
        met = sum(w.sessions >= self.goal for w in self.weeks)
        return (
            Charts.tr("%1 of %2 weeks met your goal of %3 sessions a week.")
            .replace("%1", str(met))
            .replace("%2", str(len(self.weeks)))
            .replace("%3", str(self.goal))
        )


@dataclass(frozen=True)
class WeeklyMinutes:
    """Minutes of work per week."""

    weeks: list[WeekCount]

    @property
    def title(self) -> str:
        return Charts.tr("Minutes per week")

    @property
    def dates(self) -> ChartDates:
        """How the weeks are named: with their year when they span New Year."""
        return ChartDates.over(w.start for w in self.weeks)

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        dates = self.dates
        top = nice_ceiling(max([10.0, *(w.minutes for w in self.weeks)]))
        frame = draw_frame(
            painter,
            rect,
            style,
            self.title,
            Charts.tr("minutes"),
            top,
            [LegendEntry(WORK_COLOUR, "bar", Charts.tr("minutes of work"))],
            x_label_lines=dates.label_lines,
        )
        spots = _bars(
            painter,
            frame,
            [(w.start, w.minutes) for w in self.weeks],
            WORK_COLOUR,
            lambda day, value: (
                Charts.tr("Week of %1: %2 min").replace("%1", dates.name(day)).replace("%2", f"{value:.0f}")
            ),
        )
        dates.labels(
            painter,
            frame,
            style,
            [(s.area.center().x(), w.start) for s, w in zip(spots, self.weeks, strict=True)],
        )
        return spots

    def table(self) -> tuple[list[str], list[list[str]]]:
        dates = self.dates
        return [Charts.tr("Week of"), Charts.tr("Minutes")], [
            [dates.name(w.start), f"{w.minutes:.0f}"] for w in self.weeks
        ]

    def summary(self) -> str:
        total = sum(w.minutes for w in self.weeks)
        return (
            Charts.tr("%1 minutes over %2 weeks.")
            .replace("%1", f"{total:.0f}")
            .replace("%2", str(len(self.weeks)))
        )


def _bars(
    painter: QPainter,
    frame: Frame,
    values: list[tuple[date, float]],
    colour: str,
    describe: object,
) -> list[HotSpot]:
    spots = []
    if not values:
        return spots
    slot = frame.plot.width() / len(values)
    width = max(2.0, slot * 0.7)
    for index, (day, value) in enumerate(values):
        x = frame.plot.left() + slot * index + (slot - width) / 2
        bar = QRectF(QPointF(x, frame.y(value)), QPointF(x + width, frame.plot.bottom()))
        painter.fillRect(bar, QColor(colour))
        hit = QRectF(frame.plot.left() + slot * index, frame.plot.top(), slot, frame.plot.height())
        spots.append(HotSpot(hit, describe(day, value)))  # type: ignore[operator]
    return spots
