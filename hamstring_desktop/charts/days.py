"""The calendar chart: the last twelve months, one cell per day, darker for more sessions."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from hamstring_desktop.charts.frame import (
    GOAL_COLOUR,
    ChartDates,
    Charts,
    ChartStyle,
    HotSpot,
    draw_title,
)
from hamstring_desktop.stats import DayCount

LABEL_GAP = 6  # the least room between two names on the line over the calendar


@dataclass(frozen=True)
class Calendar:
    """The last 12 months, one cell per day, darker for more sessions; or, ``dated``, the days of
    a period that may lie in the past (a report's), named by its first and last day."""

    days: list[DayCount]
    dated: bool = False

    @property
    def title(self) -> str:
        if not self.dated:
            return Charts.tr("The last 12 months")
        dates = self.dates
        return (
            Charts.tr("Day by day, %1 to %2")
            .replace("%1", dates.name(self.days[0].day))
            .replace("%2", dates.name(self.days[-1].day))
        )

    @property
    def dates(self) -> ChartDates:
        """How the days are named: with their year when the calendar spans New Year."""
        return ChartDates.over(d.day for d in self.days[:1] + self.days[-1:])

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        dates = self.dates
        painter.save()
        title_height = draw_title(painter, rect, style, self.title)
        body = style.font(0.9)
        painter.setFont(body)
        metrics = QFontMetricsF(body)
        first = self.days[0].day - timedelta(days=self.days[0].day.weekday())
        columns = (self.days[-1].day - first).days // 7 + 1
        label_width = metrics.horizontalAdvance("Mon") + 6
        # the months' names over the grid, and the years on a line above them where it spans New Year
        label_lines = 2 if dates.with_year else 1
        top = rect.top() + title_height + label_lines * metrics.height() + 6
        legend_height = metrics.height() + 8
        cell = min((rect.width() - label_width) / columns, (rect.bottom() - top - legend_height) / 7)
        painter.setPen(style.muted)
        # Monday, Wednesday and Friday; in a chart so small that two would touch, fewer
        step = 2 * max(1, math.ceil(metrics.height() / (2 * cell)))
        for row in range(0, 5, step):
            painter.drawText(
                QRectF(rect.left(), top + row * cell, label_width - 4, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QLocale().dayName(row + 1, QLocale.FormatType.ShortFormat),
            )
        spots = []
        months: list[tuple[float, date]] = []  # each month's first Monday: its column's left
        for day_count in self.days:
            offset = (day_count.day - first).days
            column, row = divmod(offset, 7)
            x, y = rect.left() + label_width + column * cell, top + row * cell
            box = QRectF(x + 1, y + 1, cell - 2, cell - 2)
            painter.fillRect(box, _shade(day_count.sessions, style))
            if day_count.day.day <= 7 and row == 0:
                months.append((x, day_count.day))
            text = Charts.tr("%1: %n session(s)", "", day_count.sessions).replace(
                "%1", dates.name(day_count.day)
            )
            if day_count.minutes:
                text += Charts.tr(", %1 min").replace("%1", f"{day_count.minutes:.0f}")
            spots.append(HotSpot(box, text))
        _month_labels(painter, style, metrics, months, rect.right(), top - 4, dates.with_year)
        legend_y = top + 7 * cell + 6
        x = rect.left() + label_width
        painter.setPen(style.muted)
        painter.drawText(QPointF(x, legend_y + metrics.ascent()), Charts.tr("none"))
        x += metrics.horizontalAdvance(Charts.tr("none")) + 6
        for count in (1, 2, 3):
            painter.fillRect(QRectF(x, legend_y, metrics.height(), metrics.height()), _shade(count, style))
            x += metrics.height() + 2
        painter.drawText(QPointF(x + 4, legend_y + metrics.ascent()), Charts.tr("3 or more sessions a day"))
        painter.restore()
        return spots

    def table(self) -> tuple[list[str], list[list[str]]]:
        dates = self.dates
        active = [d for d in self.days if d.sessions]
        return [Charts.tr("Date"), Charts.tr("Sessions"), Charts.tr("Minutes")], [
            [dates.name(d.day), str(d.sessions), f"{d.minutes:.0f}"] for d in active
        ]

    def summary(self) -> str:
        active = sum(1 for d in self.days if d.sessions)
        text = (
            Charts.tr("Sessions on %1 of these %2 days.")
            if self.dated
            else Charts.tr("Sessions on %1 of the last %2 days.")
        )
        return text.replace("%1", str(active)).replace("%2", str(len(self.days)))


def _month_labels(
    painter: QPainter,
    style: ChartStyle,
    metrics: QFontMetricsF,
    months: list[tuple[float, date]],
    right: float,
    baseline: float,
    with_year: bool,
) -> None:
    """The months' short names on ``baseline``, each over its first Monday's column (the last
    one kept inside the chart); one that would run into the name before it is left out. With
    ``with_year``, the first month named and the first named of each new year have their year on
    the line above, so a year never takes the room of the next month's name ("Jan 2026" once
    crowded "Feb" out of the report)."""
    painter.setPen(style.muted)
    month_right = year_right = -1e9  # where the last name on each line ends
    year_shown: int | None = None
    for x, day in months:
        name = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
        width = metrics.horizontalAdvance(name)
        at = min(x, right - width)
        if at < month_right + LABEL_GAP:
            continue
        painter.drawText(QPointF(at, baseline), name)
        month_right = at + width
        if with_year and day.year != year_shown:
            year = str(day.year)
            year_width = metrics.horizontalAdvance(year)
            year_at = min(at, right - year_width)
            if year_at >= year_right + LABEL_GAP:  # else the next month named gets it
                painter.drawText(QPointF(year_at, baseline - metrics.height()), year)
                year_right = year_at + year_width
                year_shown = day.year


def _shade(sessions: int, style: ChartStyle) -> QColor:
    """Empty days stay faint; one, two and three or more sessions get stronger."""
    if sessions <= 0:
        return style.grid
    colour = QColor(GOAL_COLOUR)
    colour.setAlphaF((0.35, 0.65, 1.0)[min(sessions, 3) - 1])
    return colour
