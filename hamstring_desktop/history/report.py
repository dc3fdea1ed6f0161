"""The report for a physiotherapist, as a PDF: drawn with QPdfWriter and QPainter on A4 or Letter
(by the user's locale), several pages with a header, a footer and page numbers, text kept as text
and fonts embedded, written atomically like every export. How blocks and tables are laid out is
in ``report_layout.py``.

Order, as clinicians read it: the period and adherence (the user's own weekly goal against what
was done, and per routine the steps and minutes done against those planned, or against those
begun for sessions recorded before the history kept their plans), totals and time per
leg, the tightness trend per leg, the charts, pain stops, notes, and the table of sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from hamstring_desktop import APP_NAME
from hamstring_desktop.charts import (
    Calendar,
    LeftAgainstRight,
    TightnessOverTime,
    WeeklyMinutes,
    WeeklySessions,
)
from hamstring_desktop.history.report_layout import BODY_PX, Layout, Table, draw_lines, font, paginate
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
NOTE_LINES = 4  # a note in the table of sessions; the Notes section has every note whole


Report = TranslationContext("Report")


@dataclass(frozen=True)
class ReportPeriod:
    """The sessions of a period, and the user's own weekly goal (set in the app)."""

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


def adherence_table(facts: list[SessionFacts]) -> Table:
    """Per routine: sessions, completed ones, steps and minutes done against those planned; for
    sessions recorded before the history kept their plans (a row of their own), against those
    begun, as the history has nothing more. A period of such sessions only has the table as it
    was before plans were kept."""
    rows = adherence(facts)
    if not any(row.plan_known for row in rows):
        headers = [
            Report.tr("Routine"),
            Report.tr("Sessions"),
            Report.tr("Completed"),
            Report.tr("Steps: completed / begun"),
            Report.tr("Minutes: worked / planned for the steps begun"),
        ]
        cells = [
            [
                row.routine_name,
                str(row.sessions),
                str(row.completed_sessions),
                f"{row.completed_steps} / {row.steps_begun}",
                f"{row.active_minutes:.0f} / {row.planned_minutes_begun:.0f}",
            ]
            for row in rows
        ]
        return Table(headers, cells)
    cells = []
    for row in rows:
        if row.plan_known:
            steps = f"{row.steps_done} / {row.planned_steps}"
            minutes = f"{row.active_minutes:.0f} / {row.planned_minutes:.0f}"
            name = row.routine_name
        else:
            steps = Report.tr("%1 / %2 begun").replace("%1", str(row.completed_steps))
            steps = steps.replace("%2", str(row.steps_begun))
            minutes = Report.tr("%1 / %2 for the steps begun").replace("%1", f"{row.active_minutes:.0f}")
            minutes = minutes.replace("%2", f"{row.planned_minutes_begun:.0f}")
            name = Report.tr("%1 (plan not recorded)").replace("%1", row.routine_name)
        cells.append([name, str(row.sessions), str(row.completed_sessions), steps, minutes])
    headers = [
        Report.tr("Routine"),
        Report.tr("Sessions"),
        Report.tr("Completed"),
        Report.tr("Steps: completed / planned"),
        Report.tr("Minutes: worked / planned"),
    ]
    return Table(headers, cells)


def adherence_note(facts: list[SessionFacts]) -> str:
    """What the adherence table's numbers count, under it."""
    known = [f.plan_known for f in facts]
    if not any(known):
        return Report.tr(
            "Begun: the steps a session reached. The history keeps each step as it ends, not the "
            "routine's whole plan, so the steps after a stop are in neither number. Minutes count "
            "the technique steps (no rests or waits)."
        )
    note = Report.tr(
        "Planned: the routine's steps and minutes as they were when each session started, also "
        "those after a stop. Completed: the steps done in full, each step once. Minutes count the "
        "technique steps (no rests or waits)."
    )
    if not all(known):
        note += " " + Report.tr(
            "Sessions recorded before the app kept each session's plan are in the rows marked "
            "“plan not recorded”: for them only the steps they reached (begun) are known."
        )
    return note


def step_of_plan(step_number: int, planned_steps: int | None) -> str:
    """A step counted from 1, with the number of steps in the plan where it is known: "3 of 5"."""
    if planned_steps is None:
        return str(step_number)
    return Report.tr("%1 of %2").replace("%1", str(step_number)).replace("%2", str(planned_steps))


def steps_done(f: SessionFacts) -> str:
    """A session's steps done in full against its plan ("2 of 5"), or against the steps it
    reached for a session recorded before plans were kept ("2 of 3 begun")."""
    if f.planned_steps is not None:
        return Report.tr("%1 of %2").replace("%1", str(f.steps_done)).replace("%2", str(f.planned_steps))
    return Report.tr("%1 of %2 begun").replace("%1", str(f.completed_steps)).replace("%2", str(f.steps_begun))


def pain_stop_table(facts: list[SessionFacts]) -> Table:
    """Every pain stop: its date (with the year), routine, step (from 1, of the plan's steps
    where the plan is known), technique, leg, zone."""
    rows = [
        [
            f.day.isoformat(),
            f.routine_name,
            step_of_plan(stop.step_number, f.planned_steps),
            stop.technique,
            side_word(stop.leg) if stop.leg else "–",  # a rest or a wait works no leg, no zone
            zone_word(stop.zone) if stop.zone else "–",
        ]
        for f, stop in pain_stops(facts)
    ]
    headers = [
        Report.tr("Date"),
        Report.tr("Routine"),
        Report.tr("Step"),
        Report.tr("Technique"),
        Report.tr("Leg"),
        Report.tr("Zone"),
    ]
    return Table(headers, rows)


def session_table(facts: list[SessionFacts]) -> Table:
    """Every session: when, routine, time, outcome, steps done, tightness per leg and the note."""
    rows = [
        [
            f.started.strftime("%Y-%m-%d %H:%M"),
            f.routine_name,
            clock(f.active_seconds),
            outcome_word(f.outcome),
            steps_done(f),
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
        Report.tr("Steps done"),
        Report.tr("Left"),
        Report.tr("Right"),
        Report.tr("Notes"),
    ]
    cut_short = Report.tr("… (whole under Notes)", "a long note, cut short in the table of sessions")
    return Table(headers, rows, {len(headers) - 1: (NOTE_LINES, cut_short)})


def _contents(period: ReportPeriod, width: float) -> Layout:
    facts = sorted(period.facts, key=lambda f: f.started)
    layout = Layout(width)
    none = Report.tr("None in this period.")
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
            "Your weekly goal, set in the app (not a prescription): %n session(s). The source guidance "
            "is 2 to 3 a week.",
            "",
            period.goal,
        )
    )
    layout.paragraph(
        Report.tr("Done: %n session(s), %1 a week on average.", "", done).replace(
            "%1", decimal(done / week_count)
        )
        + " "
        + Report.tr("%1 of %n week(s) met the goal.", "", week_count).replace("%1", str(met))
    )
    layout.table(adherence_table(facts), none)
    layout.paragraph(adherence_note(facts))
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
    layout.chart(Calendar(calendar(facts, period.last, max(7, min(days, 365))), dated=True))
    layout.heading(Report.tr("Pain stops"))
    stops = pain_stop_table(facts)
    layout.table(stops, none)
    if stops.rows:
        layout.paragraph(
            Report.tr(
                "Steps count from 1, as the app shows them. The CSV and JSON exports count from 0: "
                "step 1 here is position 0 (pain_step 0) there."
            )
        )
    layout.heading(Report.tr("Notes"))
    noted = [f for f in facts if f.notes.strip()]
    for f in noted:
        layout.paragraph(f"{f.started.strftime('%Y-%m-%d %H:%M')} · {f.routine_name}: {f.notes.strip()}")
    if not noted:
        layout.paragraph(none)
    layout.heading(Report.tr("Sessions"))
    if facts:  # the legs' columns, said once: as headers they wrapped to a word a line
        layout.paragraph(
            Report.tr(
                "Left and Right: how tight each leg was before → after the session (0 = loose, "
                "10 = very tight; – not rated)."
            )
        )
    layout.table(session_table(facts), none)
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
    pages = paginate(layout.blocks, body.height())
    painter = QPainter(writer)
    title = Report.tr("%1: report for a physiotherapist").replace("%1", APP_NAME)
    span = (
        Report.tr("%1 to %2").replace("%1", period.first.isoformat()).replace("%2", period.last.isoformat())
    )
    for number, blocks in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        draw_lines(painter, MARGIN, MARGIN, [title], font(BODY_PX, bold=True))
        draw_lines(painter, MARGIN, MARGIN + 16, [span], font(BODY_PX * 0.9))
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
        draw_lines(
            painter, MARGIN, page.bottom() - MARGIN - footer_height + 10, [footer], font(BODY_PX * 0.85)
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
