"""The history's charts. Each paints onto any QPainter (a widget on screen, a page of the PDF),
returns the spots its tooltips answer for, and gives its numbers as a table and a sentence for
people who cannot see it or do not use a mouse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from hamstring_desktop.charts.frame import (
    GOAL_COLOUR,
    LEFT_COLOUR,
    RIGHT_COLOUR,
    WORK_COLOUR,
    Charts,
    ChartStyle,
    Frame,
    HotSpot,
    LegendEntry,
    draw_frame,
    draw_marker,
    draw_title,
    nice_ceiling,
)
from hamstring_desktop.stats import DayCount, LegBalance, TightnessPoint, WeekCount
from hamstring_desktop.words.numbers import decimal

GOAL_BAND = (2, 3)  # the source article: two to three sessions a week
TIGHTNESS_MAX = 10


class Chart(Protocol):
    """What the screen and the report need from a chart."""

    @property
    def title(self) -> str: ...

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]: ...

    def table(self) -> tuple[list[str], list[list[str]]]: ...

    def summary(self) -> str: ...


def short_date(day: date) -> str:
    """ "23 Nov" in the user's language (its translators write the format: "23. Nov." in German)."""
    pattern = Charts.tr("d MMM", "a date format (Qt's QDate codes): day and short month name")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _x_labels(painter: QPainter, frame: Frame, style: ChartStyle, labels: list[tuple[float, str]]) -> None:
    """Labels under the x axis, thinned so they never overlap."""
    painter.save()
    painter.setFont(style.font(0.9))
    painter.setPen(style.muted)
    metrics = QFontMetricsF(painter.font())
    last_right = -1e9
    for x, text in labels:
        width = metrics.horizontalAdvance(text)
        if x - width / 2 < last_right + 6:
            continue
        painter.drawText(
            QRectF(x - width / 2, frame.plot.bottom() + 3, width, metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            text,
        )
        last_right = x + width / 2
    painter.restore()


@dataclass(frozen=True)
class WeeklySessions:
    """Sessions per week, against the 2-3 a week the source article suggests and the user's goal."""

    weeks: list[WeekCount]
    goal: int

    @property
    def title(self) -> str:
        return Charts.tr("Sessions per week")

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        top = nice_ceiling(max([GOAL_BAND[1] + 1, self.goal + 1, *(w.sessions for w in self.weeks)]))
        legend = [
            LegendEntry(WORK_COLOUR, "bar", Charts.tr("sessions")),
            LegendEntry(GOAL_COLOUR, "band", Charts.tr("2–3 a week")),
            LegendEntry(GOAL_COLOUR, "dashed", Charts.tr("your goal: %n a week", "", self.goal)),
        ]
        frame = draw_frame(painter, rect, style, self.title, Charts.tr("sessions"), top, legend)
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
                "%1", short_date(day)
            ),
        )
        painter.setPen(QPen(QColor(GOAL_COLOUR), 2, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(frame.plot.left(), frame.y(self.goal)), QPointF(frame.plot.right(), frame.y(self.goal))
        )
        _x_labels(
            painter,
            frame,
            style,
            [(s.area.center().x(), short_date(w.start)) for s, w in zip(spots, self.weeks, strict=True)],
        )
        return spots

    def table(self) -> tuple[list[str], list[list[str]]]:
        return [Charts.tr("Week of"), Charts.tr("Sessions"), Charts.tr("Goal")], [
            [short_date(w.start), str(w.sessions), str(self.goal)] for w in self.weeks
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

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        top = nice_ceiling(max([10.0, *(w.minutes for w in self.weeks)]))
        frame = draw_frame(
            painter,
            rect,
            style,
            self.title,
            Charts.tr("minutes"),
            top,
            [LegendEntry(WORK_COLOUR, "bar", Charts.tr("minutes of work"))],
        )
        spots = _bars(
            painter,
            frame,
            [(w.start, w.minutes) for w in self.weeks],
            WORK_COLOUR,
            lambda day, value: (
                Charts.tr("Week of %1: %2 min").replace("%1", short_date(day)).replace("%2", f"{value:.0f}")
            ),
        )
        _x_labels(
            painter,
            frame,
            style,
            [(s.area.center().x(), short_date(w.start)) for s, w in zip(spots, self.weeks, strict=True)],
        )
        return spots

    def table(self) -> tuple[list[str], list[list[str]]]:
        return [Charts.tr("Week of"), Charts.tr("Minutes")], [
            [short_date(w.start), f"{w.minutes:.0f}"] for w in self.weeks
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


@dataclass(frozen=True)
class TightnessOverTime:
    """Tightness before and after sessions, per leg, with 7-day averages."""

    left: list[TightnessPoint]
    right: list[TightnessPoint]
    first: date
    last: date

    @property
    def title(self) -> str:
        return Charts.tr("Tightness before and after")

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        legend = [
            LegendEntry(LEFT_COLOUR, "dot", Charts.tr("left, before")),
            LegendEntry(LEFT_COLOUR, "hollow", Charts.tr("left, after")),
            LegendEntry(RIGHT_COLOUR, "dot", Charts.tr("right, before")),
            LegendEntry(RIGHT_COLOUR, "hollow", Charts.tr("right, after")),
            LegendEntry(style.text.name(), "line", Charts.tr("7-day average (dashed: after)")),
        ]
        frame = draw_frame(
            painter, rect, style, self.title, Charts.tr("tightness, 0–10"), TIGHTNESS_MAX, legend
        )
        span = max(1, (self.last - self.first).days)

        def x(day: date) -> float:
            return frame.plot.left() + 8 + (frame.plot.width() - 16) * (day - self.first).days / span

        spots = []
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(frame.plot.adjusted(-7, -7, 7, 7))
        for points, colour, word in (
            (self.left, LEFT_COLOUR, Charts.tr("Left")),
            (self.right, RIGHT_COLOUR, Charts.tr("Right")),
        ):
            for attribute, dashed in (("before_average", False), ("after_average", True)):
                line = [
                    (x(p.day), frame.y(getattr(p, attribute)))
                    for p in points
                    if getattr(p, attribute) is not None
                ]
                if len(line) > 1:
                    path = QPainterPath(QPointF(*line[0]))
                    for point in line[1:]:
                        path.lineTo(QPointF(*point))
                    style_ = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
                    painter.strokePath(path, QPen(QColor(colour), 2, style_))
            for p in points:
                for value, shape, when in (
                    (p.before, "dot", Charts.tr("before")),
                    (p.after, "hollow", Charts.tr("after")),
                ):
                    if value is None:
                        continue
                    centre = QPointF(x(p.day), frame.y(value))
                    draw_marker(painter, centre, colour, shape, 6)
                    text = (
                        Charts.tr("%1 leg, %2, %3: %4 of 10")
                        .replace("%1", word)
                        .replace("%2", when)
                        .replace("%3", short_date(p.day))
                        .replace("%4", str(value))
                    )
                    spots.append(HotSpot(QRectF(centre.x() - 6, centre.y() - 6, 12, 12), text))
        painter.restore()
        weeks = [self.first + timedelta(days=d) for d in range(0, span + 1, max(1, span // 6))]
        _x_labels(painter, frame, style, [(x(day), short_date(day)) for day in weeks])
        return spots

    def table(self) -> tuple[list[str], list[list[str]]]:
        rows = []
        for word, points in ((Charts.tr("left"), self.left), (Charts.tr("right"), self.right)):
            for p in points:
                rows.append(
                    [
                        short_date(p.day),
                        word,
                        _or_dash(p.before),
                        _or_dash(p.after),
                        _or_dash(p.before_average),
                        _or_dash(p.after_average),
                    ]
                )
        headers = [
            Charts.tr("Date"),
            Charts.tr("Leg"),
            Charts.tr("Before"),
            Charts.tr("After"),
            Charts.tr("7-day average before"),
            Charts.tr("7-day average after"),
        ]
        return headers, rows

    def summary(self) -> str:
        parts = []
        for word, points in ((Charts.tr("Left leg"), self.left), (Charts.tr("Right leg"), self.right)):
            averages = [p.before_average for p in points if p.before_average is not None]
            if len(averages) >= 2:
                parts.append(
                    Charts.tr("%1: %2 → %3 before sessions (7-day average).")
                    .replace("%1", word)
                    .replace("%2", decimal(averages[0]))
                    .replace("%3", decimal(averages[-1]))
                )
        return " ".join(parts) or Charts.tr("Not enough ratings yet for a trend.")


@dataclass(frozen=True)
class LeftAgainstRight:
    """Time per leg, and average tightness per leg: an imbalance shows at a glance."""

    balance: LegBalance

    @property
    def title(self) -> str:
        return Charts.tr("Left against right")

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        half = rect.width() / 2 - 6
        b = self.balance
        time_rect = QRectF(rect.left(), rect.top(), half, rect.height())
        tight_rect = QRectF(rect.left() + half + 12, rect.top(), half, rect.height())
        legend = [
            LegendEntry(LEFT_COLOUR, "bar", Charts.tr("left")),
            LegendEntry(RIGHT_COLOUR, "bar", Charts.tr("right")),
        ]
        top = nice_ceiling(max(1.0, b.left_minutes, b.right_minutes))
        frame = draw_frame(
            painter, time_rect, style, Charts.tr("Time per leg"), Charts.tr("minutes"), top, legend
        )
        spots = _grouped(
            painter,
            frame,
            style,
            [
                (
                    Charts.tr("time"),
                    [
                        (b.left_minutes, LEFT_COLOUR, Charts.tr("Left leg: %1 min")),
                        (b.right_minutes, RIGHT_COLOUR, Charts.tr("Right leg: %1 min")),
                    ],
                )
            ],
        )
        frame = draw_frame(
            painter,
            tight_rect,
            style,
            Charts.tr("Average tightness"),
            Charts.tr("0–10"),
            TIGHTNESS_MAX,
            legend,
            5,
        )
        spots += _grouped(
            painter,
            frame,
            style,
            [
                (
                    Charts.tr("before"),
                    [
                        (b.left_before, LEFT_COLOUR, Charts.tr("Left leg before: %1")),
                        (b.right_before, RIGHT_COLOUR, Charts.tr("Right leg before: %1")),
                    ],
                ),
                (
                    Charts.tr("after"),
                    [
                        (b.left_after, LEFT_COLOUR, Charts.tr("Left leg after: %1")),
                        (b.right_after, RIGHT_COLOUR, Charts.tr("Right leg after: %1")),
                    ],
                ),
            ],
        )
        return spots

    def table(self) -> tuple[list[str], list[list[str]]]:
        b = self.balance
        return [
            Charts.tr("Leg"),
            Charts.tr("Minutes"),
            Charts.tr("Average before"),
            Charts.tr("Average after"),
        ], [
            [Charts.tr("left"), f"{b.left_minutes:.0f}", _or_dash(b.left_before), _or_dash(b.left_after)],
            [Charts.tr("right"), f"{b.right_minutes:.0f}", _or_dash(b.right_before), _or_dash(b.right_after)],
        ]

    def summary(self) -> str:
        b = self.balance
        text = (
            Charts.tr("Left leg %1 min, right leg %2 min.")
            .replace("%1", f"{b.left_minutes:.0f}")
            .replace("%2", f"{b.right_minutes:.0f}")
        )
        if b.left_before is not None and b.right_before is not None:
            text += " " + Charts.tr("Tightness before sessions: left %1, right %2.").replace(
                "%1", decimal(b.left_before)
            ).replace("%2", decimal(b.right_before))
        return text


def _grouped(
    painter: QPainter,
    frame: Frame,
    style: ChartStyle,
    groups: list[tuple[str, list[tuple[float | None, str, str]]]],
) -> list[HotSpot]:
    spots = []
    slot = frame.plot.width() / len(groups)
    labels = []
    for index, (label, bars) in enumerate(groups):
        width = slot * 0.7 / len(bars)
        left = frame.plot.left() + slot * index + slot * 0.15
        for number, (value, colour, text) in enumerate(bars):
            x = left + width * number
            if value is not None:
                bar = QRectF(QPointF(x + 2, frame.y(value)), QPointF(x + width - 2, frame.plot.bottom()))
                painter.fillRect(bar, QColor(colour))
            shown = "–" if value is None else decimal(value, drop_zero=True)
            spots.append(
                HotSpot(QRectF(x, frame.plot.top(), width, frame.plot.height()), text.replace("%1", shown))
            )
        labels.append((frame.plot.left() + slot * (index + 0.5), label))
    _x_labels(painter, frame, style, labels)
    return spots


@dataclass(frozen=True)
class Calendar:
    """The last 12 months, one cell per day, darker for more sessions."""

    days: list[DayCount]

    @property
    def title(self) -> str:
        return Charts.tr("The last 12 months")

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        painter.save()
        title_height = draw_title(painter, rect, style, self.title)
        body = style.font(0.9)
        painter.setFont(body)
        metrics = QFontMetricsF(body)
        first = self.days[0].day - timedelta(days=self.days[0].day.weekday())
        columns = (self.days[-1].day - first).days // 7 + 1
        label_width = metrics.horizontalAdvance("Mon") + 6
        top = rect.top() + title_height + metrics.height() + 6
        legend_height = metrics.height() + 8
        cell = min((rect.width() - label_width) / columns, (rect.bottom() - top - legend_height) / 7)
        for row, name in (
            (0, QLocale().dayName(1, QLocale.FormatType.ShortFormat)),
            (2, QLocale().dayName(3, QLocale.FormatType.ShortFormat)),
            (4, QLocale().dayName(5, QLocale.FormatType.ShortFormat)),
        ):
            painter.setPen(style.muted)
            painter.drawText(
                QRectF(rect.left(), top + row * cell, label_width - 4, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        spots = []
        shown_month = -1
        for day_count in self.days:
            offset = (day_count.day - first).days
            column, row = divmod(offset, 7)
            x, y = rect.left() + label_width + column * cell, top + row * cell
            box = QRectF(x + 1, y + 1, cell - 2, cell - 2)
            painter.fillRect(box, _shade(day_count.sessions, style))
            if day_count.day.day <= 7 and day_count.day.month != shown_month and row == 0:
                shown_month = day_count.day.month
                painter.setPen(style.muted)
                month = QLocale().monthName(day_count.day.month, QLocale.FormatType.ShortFormat)
                painter.drawText(QPointF(x, top - 4), month)
            text = Charts.tr("%1: %n session(s)", "", day_count.sessions).replace(
                "%1", short_date(day_count.day)
            )
            if day_count.minutes:
                text += Charts.tr(", %1 min").replace("%1", f"{day_count.minutes:.0f}")
            spots.append(HotSpot(box, text))
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
        active = [d for d in self.days if d.sessions]
        return [Charts.tr("Date"), Charts.tr("Sessions"), Charts.tr("Minutes")], [
            [short_date(d.day), str(d.sessions), f"{d.minutes:.0f}"] for d in active
        ]

    def summary(self) -> str:
        active = sum(1 for d in self.days if d.sessions)
        return (
            Charts.tr("Sessions on %1 of the last %2 days.")
            .replace("%1", str(active))
            .replace("%2", str(len(self.days)))
        )


def _shade(sessions: int, style: ChartStyle) -> QColor:
    """Empty days stay faint; one, two and three or more sessions get stronger."""
    if sessions <= 0:
        return style.grid
    colour = QColor(GOAL_COLOUR)
    colour.setAlphaF((0.35, 0.65, 1.0)[min(sessions, 3) - 1])
    return colour


def _or_dash(value: float | int | None) -> str:
    if value is None:
        return "–"
    return decimal(value, drop_zero=True) if isinstance(value, float) else str(value)
