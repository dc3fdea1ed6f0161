"""What every chart shares: its colours (light or dark), the frame with axes and a legend, and the
spots that answer a pointer with a tooltip."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.numbers import decimal

# Okabe-Ito, as everywhere in the app: left leg blue, right leg orange; before and after told apart
# by shape as well as by shade.
LEFT_COLOUR = "#0072B2"
RIGHT_COLOUR = "#E69F00"
GOAL_COLOUR = "#009E73"
WORK_COLOUR = "#56B4E9"
PAIN_COLOUR = "#D55E00"


Charts = TranslationContext("Charts")


@dataclass(frozen=True)
class ChartStyle:
    """Colours and sizes for one chart, from the palette it is drawn on (screen or paper)."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    font_px: int = 13

    @classmethod
    def from_palette(cls, palette: QPalette, font_px: int = 13) -> ChartStyle:
        """Colours that read on this palette, light or dark."""
        text = palette.color(QPalette.ColorRole.WindowText)
        background = palette.color(QPalette.ColorRole.Base)
        muted = QColor(text)
        muted.setAlphaF(0.65)
        grid = QColor(text)
        grid.setAlphaF(0.15)
        return cls(background, text, muted, grid, font_px)

    @classmethod
    def paper(cls, font_px: int = 13) -> ChartStyle:
        """Black on white, for the PDF."""
        return cls(QColor("white"), QColor("#111111"), QColor("#555555"), QColor("#DDDDDD"), font_px)

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        """The chart font at ``scale`` times its size."""
        font = QFont()
        font.setPixelSize(max(8, round(self.font_px * scale)))
        font.setBold(bold)
        return font


@dataclass(frozen=True)
class HotSpot:
    """A point or bar and what a tooltip says about it."""

    area: QRectF
    text: str


@dataclass(frozen=True)
class LegendEntry:
    """One legend line: a colour, a shape ("bar", "line", "dot", "hollow", "band") and a label."""

    colour: str
    shape: str
    label: str


@dataclass
class Frame:
    """The plot area inside a chart's rectangle, after room for the title, axes and legend."""

    outer: QRectF
    plot: QRectF
    y_max: float
    spots: list[HotSpot] = field(default_factory=list)

    def y(self, value: float) -> float:
        """The pixel row of a value on the y axis."""
        share = 0.0 if self.y_max <= 0 else min(1.0, max(0.0, value / self.y_max))
        return self.plot.bottom() - share * self.plot.height()


def tick_count(y_max: float) -> int:
    """How many steps up the y axis, so that each step is a round number (1, 2, 2.5 or 5 times a
    power of ten); small whole numbers count in ones."""
    if 1 <= y_max <= 5 and y_max == int(y_max):
        return int(y_max)
    for count in (5, 4, 2):
        step = y_max / count
        power = 10 ** math.floor(math.log10(step)) if step > 0 else 1
        if any(abs(step - m * power) < 1e-9 for m in (1, 2, 2.5, 5)):
            return count
    return 4


def nice_ceiling(value: float) -> float:
    """A round top for an axis: 1, 2, 5 or 10 times a power of ten, at least ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return float(step * power)
    return float(10 * power)


def draw_title(painter: QPainter, rect: QRectF, style: ChartStyle, title: str) -> float:
    """Fill the chart's background and write its title at the top; returns the title's height."""
    painter.fillRect(rect, style.background)
    title_font = style.font(1.15, bold=True)
    painter.setFont(title_font)
    painter.setPen(style.text)
    height = QFontMetricsF(title_font).height()
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), Qt.AlignmentFlag.AlignLeft, title)
    return height


def draw_frame(
    painter: QPainter,
    rect: QRectF,
    style: ChartStyle,
    title: str,
    y_label: str,
    y_max: float,
    legend: list[LegendEntry],
    y_ticks: int | None = None,
    x_label_lines: int = 1,
) -> Frame:
    """Title, legend, y axis with ticks and label, gridlines; returns where to plot, with room
    under it for ``x_label_lines`` lines of x-axis labels."""
    y_ticks = y_ticks or tick_count(y_max)
    painter.save()
    title_height = draw_title(painter, rect, style, title)
    body = style.font()
    metrics = QFontMetricsF(body)
    legend_height = _draw_legend(painter, rect, rect.top() + title_height + 4, style, legend)
    top = rect.top() + title_height + legend_height + 10
    labels = [_number(y_max * i / y_ticks) for i in range(y_ticks + 1)]
    axis_width = max(metrics.horizontalAdvance(text) for text in labels) + 8
    left = rect.left() + metrics.height() + 4 + axis_width
    bottom = rect.bottom() - metrics.height() * (0.7 + 0.9 * x_label_lines)  # labels are 0.9 size
    plot = QRectF(QPointF(left, top), QPointF(rect.right() - 6, bottom))
    frame = Frame(rect, plot, y_max)
    painter.setFont(body)
    for i, text in enumerate(labels):
        y = frame.y(y_max * i / y_ticks)
        painter.setPen(QPen(style.grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(style.muted)
        painter.drawText(
            QRectF(plot.left() - axis_width, y - metrics.height() / 2, axis_width - 6, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    painter.setPen(QPen(style.text, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.translate(rect.left() + metrics.height() * 0.8, (plot.top() + plot.bottom()) / 2)
    painter.rotate(-90)
    painter.setPen(style.muted)
    # A long label (German: "Verspannung, 0–10") on a low plot gets a smaller font, never cut off.
    label_width = metrics.horizontalAdvance(y_label)
    if label_width > plot.height() > 0:
        smaller = QFont(body)
        smaller.setPixelSize(max(8, math.floor(body.pixelSize() * plot.height() / label_width)))
        painter.setFont(smaller)
    painter.drawText(
        QRectF(-plot.height() / 2, -metrics.height(), plot.height(), metrics.height() * 1.2),
        Qt.AlignmentFlag.AlignCenter,
        y_label,
    )
    painter.restore()
    return frame


def _draw_legend(
    painter: QPainter, rect: QRectF, top: float, style: ChartStyle, legend: list[LegendEntry]
) -> float:
    if not legend:
        return 0.0
    painter.setFont(style.font(0.9))
    metrics = QFontMetricsF(painter.font())
    x, y = rect.left(), top
    for entry in legend:
        width = 22 + metrics.horizontalAdvance(entry.label) + 18
        if x + width > rect.right() and x > rect.left():
            x, y = rect.left(), y + metrics.height() + 2
        draw_marker(painter, QPointF(x + 8, y + metrics.height() / 2), entry.colour, entry.shape, 7)
        painter.setPen(style.text)
        painter.drawText(QPointF(x + 20, y + metrics.ascent()), entry.label)
        x += width
    return y - top + metrics.height()


def draw_marker(painter: QPainter, centre: QPointF, colour: str, shape: str, size: float) -> None:
    """A legend or data marker: the shape tells what it is without relying on colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    if shape == "bar":
        painter.fillRect(QRectF(centre.x() - size, centre.y() - size * 0.7, size * 2, size * 1.4), fill)
    elif shape == "band":
        band = QColor(colour)
        band.setAlphaF(0.25)
        painter.fillRect(QRectF(centre.x() - size, centre.y() - size * 0.7, size * 2, size * 1.4), band)
    elif shape == "line":
        painter.setPen(QPen(fill, 3))
        painter.drawLine(QPointF(centre.x() - size, centre.y()), QPointF(centre.x() + size, centre.y()))
    elif shape == "dashed":
        painter.setPen(QPen(fill, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(centre.x() - size, centre.y()), QPointF(centre.x() + size, centre.y()))
    elif shape == "hollow":
        painter.setPen(QPen(fill, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, size * 0.55, size * 0.55)
    else:  # "dot"
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, size * 0.6, size * 0.6)
    painter.restore()


def _number(value: float) -> str:
    return decimal(value, drop_zero=True)


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


def date_with_year(day: date) -> str:
    """ "23 Nov 2026" in the user's language ("23. Nov. 2026" in German)."""
    pattern = Charts.tr("d MMM yyyy", "a date format (Qt's QDate codes): day, short month name and year")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


@dataclass(frozen=True)
class ChartDates:
    """How a chart names its days: by day and month, with the year as well where the chart spans
    more than one calendar year (a history over New Year), so that no date is ambiguous."""

    with_year: bool = False

    @classmethod
    def over(cls, days: Iterable[date]) -> ChartDates:
        """The naming for a chart of these days (its first and last are enough)."""
        return cls(len({day.year for day in days}) > 1)

    def name(self, day: date) -> str:
        """A day as the chart's tooltips and table say it."""
        return date_with_year(day) if self.with_year else short_date(day)

    @property
    def label_lines(self) -> int:
        """Lines under the x axis: the dates, and the years under some of them."""
        return 2 if self.with_year else 1

    def labels(
        self, painter: QPainter, frame: Frame, style: ChartStyle, days: list[tuple[float, date]]
    ) -> None:
        """Dates under the x axis (see :func:`x_labels`); with the year, the first date shown and
        the first shown of each new year have it under them."""
        years = [day.year for _, day in days] if self.with_year else ()
        x_labels(painter, frame, style, [(x, short_date(day)) for x, day in days], years)


def x_labels(
    painter: QPainter,
    frame: Frame,
    style: ChartStyle,
    labels: list[tuple[float, str]],
    years: Sequence[int] = (),
) -> None:
    """Labels under the x axis, thinned evenly so they never overlap: every label, else every
    second, every third… from the first (thinned one by one where each next one fitted, they
    came at uneven gaps: "2 Nov, 9 Nov, 23 Nov"). With ``years`` (one per label), the first label
    shown and the first shown of each new year get their year on a second line (the frame needs
    room for it: ``draw_frame``'s ``x_label_lines``)."""
    painter.save()
    painter.setFont(style.font(0.9))
    painter.setPen(style.muted)
    metrics = QFontMetricsF(painter.font())
    placed = None
    for stride in range(1, len(labels) + 1):  # one label alone always fits
        placed = _placed_labels(labels[::stride], years[::stride], metrics, frame)
        if placed is not None:
            break
    height = metrics.height()
    for rect, lines in placed or []:
        for number, line in enumerate(lines):
            line_rect = QRectF(rect.left(), rect.top() + number * height, rect.width(), height)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignCenter, line)
    painter.restore()


def _placed_labels(
    labels: list[tuple[float, str]], years: Sequence[int], metrics: QFontMetricsF, frame: Frame
) -> list[tuple[QRectF, list[str]]] | None:
    """Where each of ``labels`` goes, with its year under it where it is the first of its year;
    None if two would overlap."""
    placed: list[tuple[QRectF, list[str]]] = []
    last_right = -1e9
    year_shown: int | None = None
    for index, (x, text) in enumerate(labels):
        year = years[index] if years and years[index] != year_shown else None
        lines = [text] if year is None else [text, str(year)]
        width = max(metrics.horizontalAdvance(line) for line in lines)
        # centred under its point, but kept inside the chart (the last one would run off its edge)
        left = min(x - width / 2, frame.outer.right() - width)
        if left < last_right + 6:
            return None
        placed.append((QRectF(left, frame.plot.bottom() + 3, width, metrics.height() * len(lines)), lines))
        last_right = left + width
        if year is not None:
            year_shown = year
    return placed


def or_dash(value: float | int | None) -> str:
    """A number as a table shows it; a dash for none."""
    if value is None:
        return "–"
    return decimal(value, drop_zero=True) if isinstance(value, float) else str(value)
