"""The reminder: at the time the user picked, on a day the weekly goal is at risk, once a day.
The rule is in stats/reminders.py; this is the timer and the message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hamstring_desktop.stats import SessionFacts, next_check, reminder_due, week_start
from hamstring_desktop.stats.progress import counts_toward_goal
from hamstring_desktop.words.context import TranslationContext

# Look again at least this often: a suspended laptop or a changed clock never skips a day.
MAX_WAIT_MS = 60 * 60 * 1000


ReminderWords = TranslationContext("ReminderWords")


class Shows(Protocol):
    """Something that shows a notification: True when it did."""

    def notify(self, summary: str, body: str) -> bool: ...


def reminder_text(facts: list[SessionFacts], today: date, goal: int) -> tuple[str, str]:
    """The reminder's title and body: where the week stands."""
    this_week = week_start(today)
    done = sum(1 for s in facts if week_start(s.day) == this_week and counts_toward_goal(s))
    body = ReminderWords.tr(
        "%n of your %1 sessions this week so far. A short routine today keeps you on track.", None, done
    )
    return ReminderWords.tr("Time for your hamstrings"), body.replace("%1", str(goal))


class Reminders(QObject):
    """Checks at the reminder time whether to remind, and reminds through ``shows`` (else
    ``fallback``, such as the tray's message).

    Signals:
        reminded(str): a reminder went out with this title.
    """

    reminded = Signal(str)

    def __init__(
        self,
        shows: Shows,
        fallback: Callable[[str, str], None],
        facts: Callable[[], list[SessionFacts]],
        wall_clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shows = shows
        self._fallback = fallback
        self._facts = facts
        self._now = wall_clock
        self.enabled = False
        self.at = time(18, 0)
        self.goal = 3
        self.last_reminded: date | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    def configure(self, enabled: bool, at: time, goal: int, last_reminded: date | None) -> None:
        """Take the user's choices, and plan the next look."""
        self.enabled, self.at, self.goal, self.last_reminded = enabled, at, goal, last_reminded
        self._arm()

    def _arm(self) -> None:
        if not self.enabled:
            self._timer.stop()
            return
        now = self._now()
        wait = (next_check(now, self.at) - now).total_seconds() * 1000
        self._timer.start(int(max(1000, min(wait, MAX_WAIT_MS))))

    @Slot()
    def check(self) -> bool:
        """Remind now if it is time; True when a reminder went out."""
        now = self._now()
        reminded = False
        if self.enabled:
            facts = self._facts()
            if reminder_due(facts, now, self.at, self.goal, self.last_reminded):
                title, body = reminder_text(facts, now.date(), self.goal)
                if not self._shows.notify(title, body):
                    self._fallback(title, body)
                self.last_reminded = now.date()
                self.reminded.emit(title)
                reminded = True
        self._arm()
        return reminded
