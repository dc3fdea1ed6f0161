"""The report for a physiotherapist, as a PDF: drawn with QPdfWriter and QPainter on A4 or Letter
(by the user's locale), several pages with a header, a footer and page numbers, text kept as text
and fonts embedded, written atomically like every export.

Order, as clinicians read it: the period and adherence (prescribed against done), totals and time
per leg, the tightness trend per leg, the charts, pain stops, notes, and the table of sessions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from hamstring_desktop import APP_NAME
from hamstring_desktop.charts import (
    Calendar,
    ChartStyle,
    LeftAgainstRight,
    TightnessOverTime,
    WeeklyMinutes,
    WeeklySessions,
)
from hamstring_desktop.charts.frame import Chart, short_date
from hamstring_desktop.services.safe_io import write_atomically
from hamstring_desktop.stats import (
    SessionFacts,
    adherence,
    calendar,
    counts_toward_goal,
    leg_balance,
    pain_stops,
    tightness_series,
    tightness_trend,
    week_start,
    weeks,
)
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.durations import clock, in_words
from hamstring_desktop.words.numbers import decimal
from hamstring_desktop.words.records import outcome_word, side_word, zone_word

DPI = 96  # page coordinates in the same pixels as the screen
MARGIN = 48
BODY_PX = 12
CHART_HEIGHT = 260


Report = TranslationContext("Report")


@dataclass(frozen=True)
class ReportPeriod:
    """The sessions of a period, and what they are measured against."""

    facts: list[SessionFacts]
    first: date
    last: date
    goal: int
    generated: datetime


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter where people use it (the US system), A4 everywhere else."""
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


@dataclass
class _Block:
    height: float
    draw: Callable[[QPainter, QRectF], None]
    keep_with_next: bool = False
    header: _Block | None = None  # a table row's header, repeated when the row starts a page


@dataclass
class _Layout:
    width: float
    blocks: list[_Block] = field(default_factory=list)

    def heading(self, text: str) -> None:
        font = _font(BODY_PX * 1.5, bold=True)
        height = QFontMetricsF(font).height() + 14
        self.blocks.append(_Block(height, lambda p, r: _text(p, r.adjusted(0, 10, 0, 0), text, font), True))

    def paragraph(self, text: str, bold: bool = False) -> None:
        font = _font(BODY_PX, bold=bold)
        bounds = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, self.width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        self.blocks.append(_Block(bounds.height() + 4, lambda p, r: _text(p, r, text, font, wrap=True)))

    def table(self, headers: list[str], rows: list[list[str]], widths: list[float]) -> None:
        font = _font(BODY_PX * 0.92)
        bold = _font(BODY_PX * 0.92, bold=True)
        row_height = QFontMetricsF(font).height() + 6
        scale = self.width / sum(widths)
        columns = [w * scale for w in widths]

        def draw_row(cells: list[str], cell_font: QFont, line: bool) -> Callable[[QPainter, QRectF], None]:
            def draw(painter: QPainter, rect: QRectF) -> None:
                x = rect.left()
                painter.setFont(cell_font)
                painter.setPen(QPen(Qt.GlobalColor.black))
                for text, width in zip(cells, columns, strict=True):
                    shown = QFontMetricsF(cell_font).elidedText(text, Qt.TextElideMode.ElideRight, width - 6)
                    painter.drawText(
                        QRectF(x + 2, rect.top(), width - 4, rect.height()),
                        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                        shown,
                    )
                    x += width
                if line:
                    painter.setPen(QPen(Qt.GlobalColor.lightGray, 0.8))
                    painter.drawLine(rect.bottomLeft(), rect.bottomRight())

            return draw

        header = _Block(row_height, draw_row(headers, bold, True), True)
        self.blocks.append(header)
        for cells in rows:
            self.blocks.append(_Block(row_height, draw_row(cells, font, False), header=header))
        if not rows:
            self.paragraph(Report.tr("None in this period."))

    def chart(self, chart: Chart) -> None:
        def draw(painter: QPainter, rect: QRectF) -> None:
            chart.paint(painter, rect, ChartStyle.paper(BODY_PX))

        self.blocks.append(_Block(CHART_HEIGHT + 12, lambda p, r: draw(p, r.adjusted(0, 0, 0, -12))))
        self.paragraph(chart.summary())


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    return font


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont, wrap: bool = False) -> None:
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.drawText(rect, int(flags) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0), text)


def _paginate(blocks: list[_Block], height: float) -> list[list[_Block]]:
    pages: list[list[_Block]] = [[]]
    used = 0.0
    for index, block in enumerate(blocks):
        needed = block.height
        if block.keep_with_next and index + 1 < len(blocks):
            needed += blocks[index + 1].height
        if used + needed > height and pages[-1]:
            pages.append([])
            used = 0.0
            if block.header is not None:  # a table goes on: its header again
                pages[-1].append(block.header)
                used += block.header.height
        pages[-1].append(block)
        used += block.height
    return pages


def _contents(period: ReportPeriod, width: float) -> _Layout:
    facts = sorted(period.facts, key=lambda f: f.started)
    layout = _Layout(width)
    span = (
        Report.tr("%1 to %2").replace("%1", period.first.isoformat()).replace("%2", period.last.isoformat())
    )
    layout.heading(Report.tr("Summary and adherence"))
    week_count = (week_start(period.last) - week_start(period.first)).days // 7 + 1
    counted = weeks(facts, period.last, week_count)
    met = sum(w.sessions >= period.goal for w in counted)
    done = sum(1 for f in facts if counts_toward_goal(f))
    layout.paragraph(Report.tr("Period: %1 (%n week(s)).", "", week_count).replace("%1", span))
    layout.paragraph(
        Report.tr(
            "Prescribed: %1 sessions a week (the source guidance: 2 to 3). Done: %2 sessions, %3 a week on "
            "average; %4 of %5 weeks met the goal."
        )
        .replace("%1", str(period.goal))
        .replace("%2", str(done))
        .replace("%3", decimal(done / week_count))
        .replace("%4", str(met))
        .replace("%5", str(week_count))
    )
    rows = [
        [
            row.routine_name,
            str(row.sessions),
            str(row.completed_sessions),
            f"{row.completed_steps} / {row.planned_steps}",
            f"{row.active_minutes:.0f} / {row.planned_minutes:.0f}",
        ]
        for row in adherence(facts)
    ]
    headers = [
        Report.tr("Routine"),
        Report.tr("Sessions"),
        Report.tr("Completed"),
        Report.tr("Steps done / planned"),
        Report.tr("Minutes done / planned"),
    ]
    layout.table(headers, rows, [3, 1.2, 1.3, 2, 2.2])
    balance = leg_balance(facts)
    total_minutes = sum(f.active_seconds for f in facts) / 60
    layout.heading(Report.tr("Totals"))
    layout.paragraph(
        Report.tr("%n session(s), %1 of work. Time per leg: left %2, right %3.", "", len(facts))
        .replace("%1", in_words(total_minutes * 60))
        .replace("%2", in_words(balance.left_minutes * 60))
        .replace("%3", in_words(balance.right_minutes * 60))
    )
    layout.heading(Report.tr("Tightness trend per leg"))
    for word, leg in ((Report.tr("Left leg"), "left"), (Report.tr("Right leg"), "right")):
        trend = tightness_trend(facts, leg)  # type: ignore[arg-type]
        if trend is None:
            layout.paragraph(Report.tr("%1: not enough ratings for a trend.").replace("%1", word))
        else:
            layout.paragraph(
                Report.tr("%1: %2 → %3 out of 10 before sessions (7-day average, first to last rating).")
                .replace("%1", word)
                .replace("%2", decimal(trend[0]))
                .replace("%3", decimal(trend[1]))
            )
    layout.heading(Report.tr("Charts"))
    layout.chart(WeeklySessions(counted, period.goal))
    layout.chart(WeeklyMinutes(counted))
    layout.chart(
        TightnessOverTime(
            tightness_series(facts, "left"), tightness_series(facts, "right"), period.first, period.last
        )
    )
    layout.chart(LeftAgainstRight(balance))
    days = (period.last - period.first).days + 1
    layout.chart(Calendar(calendar(facts, period.last, max(7, min(days, 365)))))
    layout.heading(Report.tr("Pain stops"))
    stops = [
        [
            short_date(f.day),
            f.routine_name,
            str(stop.step_number),
            stop.technique,
            side_word(stop.leg),
            zone_word(stop.zone),
        ]
        for f, stop in pain_stops(facts)
    ]
    layout.table(
        [
            Report.tr("Date"),
            Report.tr("Routine"),
            Report.tr("Step"),
            Report.tr("Technique"),
            Report.tr("Leg"),
            Report.tr("Zone"),
        ],
        stops,
        [1.2, 3, 0.8, 2.4, 1, 1.2],
    )
    layout.heading(Report.tr("Notes"))
    noted = [f for f in facts if f.notes.strip()]
    for f in noted:
        layout.paragraph(f"{f.started.strftime('%Y-%m-%d %H:%M')} · {f.routine_name}: {f.notes.strip()}")
    if not noted:
        layout.paragraph(Report.tr("None in this period."))
    layout.heading(Report.tr("Sessions"))
    sessions = [
        [
            f.started.strftime("%Y-%m-%d %H:%M"),
            f.routine_name,
            clock(f.active_seconds),
            outcome_word(f.outcome),
            _pair(f.before.left, f.after.left),
            _pair(f.before.right, f.after.right),
            f.notes.strip(),
        ]
        for f in facts
    ]
    headers = [
        Report.tr("Date"),
        Report.tr("Routine"),
        Report.tr("Time"),
        Report.tr("Outcome"),
        Report.tr("Left before → after"),
        Report.tr("Right before → after"),
        Report.tr("Notes"),
    ]
    layout.table(headers, sessions, [2.1, 2.4, 0.8, 1.2, 1.5, 1.5, 2.2])
    return layout


def _pair(before: int | None, after: int | None) -> str:
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


def render_report(period: ReportPeriod, page_size: QPageSize | None = None) -> bytes:
    """The report as PDF bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(Report.tr("%1 report").replace("%1", APP_NAME))
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(
            page_size or page_size_for(QLocale()), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    page = QRectF(0, 0, writer.width(), writer.height())
    header_height, footer_height = 40.0, 30.0
    body = page.adjusted(MARGIN, MARGIN + header_height, -MARGIN, -MARGIN - footer_height)
    layout = _contents(period, body.width())
    pages = _paginate(layout.blocks, body.height())
    painter = QPainter(writer)
    title = Report.tr("%1: report for a physiotherapist").replace("%1", APP_NAME)
    span = (
        Report.tr("%1 to %2").replace("%1", period.first.isoformat()).replace("%2", period.last.isoformat())
    )
    for number, blocks in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        _text(painter, QRectF(MARGIN, MARGIN, body.width(), header_height), title, _font(BODY_PX, bold=True))
        _text(painter, QRectF(MARGIN, MARGIN + 16, body.width(), header_height), span, _font(BODY_PX * 0.9))
        painter.setPen(QPen(Qt.GlobalColor.gray, 0.8))
        painter.drawLine(
            MARGIN, MARGIN + header_height - 6, MARGIN + body.width(), MARGIN + header_height - 6
        )
        y = body.top()
        for block in blocks:
            block.draw(painter, QRectF(body.left(), y, body.width(), block.height))
            y += block.height
        footer = (
            Report.tr("Page %1 of %2 · made on %3 · not medical advice")
            .replace("%1", str(number))
            .replace("%2", str(len(pages)))
            .replace("%3", period.generated.strftime("%Y-%m-%d"))
        )
        _text(
            painter,
            QRectF(MARGIN, page.bottom() - MARGIN - footer_height + 10, body.width(), footer_height),
            footer,
            _font(BODY_PX * 0.85),
        )
    painter.end()
    buffer.close()
    return bytes(data.data())


def write_report(target: Path, period: ReportPeriod, page_size: QPageSize | None = None) -> None:
    """Render the report and write it atomically to ``target`` (an OSError says why it failed;
    an older file there is left as it was)."""
    write_atomically(target, render_report(period, page_size))


def last_year(today: date) -> tuple[date, date]:
    """The default period: the twelve months up to today."""
    return today - timedelta(days=364), today
