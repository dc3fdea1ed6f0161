"""The charts of the legs: tightness over time, before and after each session, and the left leg
against the right (minutes of work and tightness)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from hamstring_desktop.charts.frame import (
    LEFT_COLOUR,
    RIGHT_COLOUR,
    ChartDates,
    Charts,
    ChartStyle,
    Frame,
    HotSpot,
    LegendEntry,
    draw_frame,
    draw_marker,
    nice_ceiling,
    or_dash,
    x_labels,
)
from hamstring_desktop.stats import LegBalance, TightnessPoint
from hamstring_desktop.words.numbers import decimal

TIGHTNESS_MAX = 10


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

    @property
    def dates(self) -> ChartDates:
        """How the days are named: with their year when the chart spans New Year."""
        return ChartDates.over((self.first, self.last))

    def paint(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> list[HotSpot]:
        dates = self.dates
        legend = [
            LegendEntry(LEFT_COLOUR, "dot", Charts.tr("left, before")),
            LegendEntry(LEFT_COLOUR, "hollow", Charts.tr("left, after")),
            LegendEntry(RIGHT_COLOUR, "dot", Charts.tr("right, before")),
            LegendEntry(RIGHT_COLOUR, "hollow", Charts.tr("right, after")),
            LegendEntry(style.text.name(), "line", Charts.tr("7-day average (dashed: after)")),
        ]
        frame = draw_frame(
            painter,
            rect,
            style,
            self.title,
            Charts.tr("tightness, 0–10"),
            TIGHTNESS_MAX,
            legend,
            x_label_lines=dates.label_lines,
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
                        .replace("%3", dates.name(p.day))
                        .replace("%4", str(value))
                    )
                    spots.append(HotSpot(QRectF(centre.x() - 6, centre.y() - 6, 12, 12), text))
        painter.restore()
        weeks = [self.first + timedelta(days=d) for d in range(0, span + 1, max(1, span // 6))]
        dates.labels(painter, frame, style, [(x(day), day) for day in weeks])
        return spots

    def table(self) -> tuple[list[str], list[list[str]]]:
        dates = self.dates
        rows = []
        for word, points in ((Charts.tr("left"), self.left), (Charts.tr("right"), self.right)):
            for p in points:
                rows.append(
                    [
                        dates.name(p.day),
                        word,
                        or_dash(p.before),
                        or_dash(p.after),
                        or_dash(p.before_average),
                        or_dash(p.after_average),
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
            [Charts.tr("left"), f"{b.left_minutes:.0f}", or_dash(b.left_before), or_dash(b.left_after)],
            [Charts.tr("right"), f"{b.right_minutes:.0f}", or_dash(b.right_before), or_dash(b.right_after)],
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
    x_labels(painter, frame, style, labels)
    return spots
