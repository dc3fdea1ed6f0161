"""The history's summary in words: on the History page, in the idle player, and on the clipboard."""

from __future__ import annotations

from datetime import date

from hamstring_desktop.stats import Summary as HistorySummary
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.durations import in_words
from hamstring_desktop.words.numbers import decimal
from hamstring_desktop.words.records import outcome_word

Summary = TranslationContext("Summary")
NBSP = "\u00a0"


def _outcome(outcome: str) -> str:
    """The outcome as a summary's sentence says it: a pain stop in full, the others as stored."""
    return Summary.tr("stopped for pain") if outcome == "pain" else outcome_word(outcome)


def week_line(summary: HistorySummary) -> str:
    """ "This week: 2 of 3 sessions ●●○", "1 of 1 session ●" (filled and open circles: the open
    rectangles used before looked like the boxes a font shows for a character it lacks)."""
    bar = "●" * min(summary.this_week, summary.goal) + "○" * max(0, summary.goal - summary.this_week)
    return (
        # the goal's number says session or sessions: "1 of 1 session", "2 of 3 sessions"
        Summary.tr("This week: %1 of %n session(s)", None, summary.goal).replace("%1", str(summary.this_week))
        + f"  {bar}"
    )


def streak_line(summary: HistorySummary) -> str:
    """ "Streak: 4 weeks that met the goal"."""
    return Summary.tr("Streak: %n week(s) that met your goal", None, summary.streak_weeks)


def last_line(summary: HistorySummary, today: date) -> str:
    """ "Last: yesterday, Post-workout recovery, completed"."""
    last = summary.last
    if last is None:
        return Summary.tr("No sessions yet.")
    days = (today - last.day).days
    when = (
        Summary.tr("today")
        if days == 0
        else Summary.tr("yesterday")
        if days == 1
        else Summary.tr("%n days ago", None, days)
    )
    return (
        Summary.tr("Last: %1, %2, %3")
        .replace("%1", when)
        .replace("%2", last.routine_name)
        .replace("%3", _outcome(last.outcome))
    )


def trend_line(summary: HistorySummary) -> str:
    """How tightness before sessions has moved, per leg."""
    parts = []
    for word, trend in ((Summary.tr("left"), summary.left_trend), (Summary.tr("right"), summary.right_trend)):
        if trend is not None:
            # no-break spaces: a label wraps between the legs, never inside "right 4.0 → 3.0"
            parts.append(f"{word}{NBSP}{decimal(trend[0])}{NBSP}→{NBSP}{decimal(trend[1])}")
    if not parts:
        return Summary.tr("Tightness: rate your legs before sessions on two different days to see a trend.")
    return Summary.tr("Tightness before sessions: %1").replace("%1", ", ".join(parts))


def summary_lines(summary: HistorySummary, today: date) -> list[str]:
    """Every line of the summary, in reading order."""
    return [week_line(summary), streak_line(summary), last_line(summary, today), trend_line(summary)]


def summary_text(summary: HistorySummary, today: date, first: date | None, last: date | None) -> str:
    """The summary as plain text for the clipboard, with its period and totals."""
    period = (
        Summary.tr("%1 to %2").replace("%1", first.isoformat()).replace("%2", last.isoformat())
        if first and last
        else Summary.tr("all sessions")
    )
    totals = Summary.tr("%n session(s), %1 of work; left leg %2, right leg %3.", None, summary.sessions)
    totals = (
        totals.replace("%1", in_words(summary.minutes * 60))
        .replace("%2", in_words(summary.balance.left_minutes * 60))
        .replace("%3", in_words(summary.balance.right_minutes * 60))
    )
    lines = [
        Summary.tr("Hamstring Desktop summary (%1)").replace("%1", period),
        totals,
        *summary_lines(summary, today),
    ]
    return "\n".join(lines).replace(NBSP, " ") + "\n"  # plain spaces in plain text
