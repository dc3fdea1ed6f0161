"""The reminder on a fake clock: it goes out at the chosen time on a day the goal is at risk, once,
through the desktop's notifications or else the tray's message."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from pytestqt.qtbot import QtBot

from hamstring_desktop.services.reminders import Reminders
from hamstring_desktop.stats import SessionFacts
from tests.helpers.stubs import FakeWallClock

TZ = timezone(timedelta(hours=1))
THURSDAY_EVENING = datetime(2026, 11, 26, 17, 0, tzinfo=TZ)


class Desktop:
    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.shown: list[tuple[str, str]] = []

    def notify(self, summary: str, body: str) -> bool:
        if self.works:
            self.shown.append((summary, body))
        return self.works


def test_a_reminder_at_the_chosen_time_once(qtbot: QtBot) -> None:
    # Friday, one session done of three: skip today and Saturday and Sunday must both do.
    clock = FakeWallClock(THURSDAY_EVENING + timedelta(days=1))
    desktop, tray = Desktop(), []
    monday = SessionFacts(datetime(2026, 11, 23, 8, tzinfo=TZ), "x", "X", "completed", 600)
    reminders = Reminders(desktop, lambda t, b: tray.append((t, b)), lambda: [monday], clock)
    reminders.configure(True, time(18, 30), 3, None)
    assert reminders._timer.isActive() and reminders._timer.interval() == 60 * 60 * 1000  # looks hourly
    assert not reminders.check()  # 17:00: not yet
    clock.advance(95 * 60)  # 18:35
    assert reminders.check()
    assert desktop.shown == [
        (
            "Time for your hamstrings",
            "1 of your 3 sessions this week so far. A short routine today keeps you on track.",
        )
    ]
    assert not reminders.check()  # once a day
    assert reminders.last_reminded == clock.now.date()


def test_no_reminder_when_the_goal_is_safe_or_reminders_are_off(qtbot: QtBot) -> None:
    clock = FakeWallClock(THURSDAY_EVENING.replace(hour=19))
    desktop = Desktop()
    week = [
        SessionFacts(datetime(2026, 11, 23 + d, 8, tzinfo=TZ), "x", "X", "completed", 600) for d in range(3)
    ]
    reminders = Reminders(desktop, lambda t, b: None, lambda: week, clock)
    reminders.configure(True, time(18, 0), 3, None)
    assert not reminders.check()  # the goal is met
    reminders.configure(False, time(18, 0), 5, None)
    assert not reminders.check() and not reminders._timer.isActive()
    assert desktop.shown == []


def test_the_tray_carries_the_message_where_there_is_no_notification_service(qtbot: QtBot) -> None:
    clock = FakeWallClock(THURSDAY_EVENING.replace(hour=20))
    tray: list[tuple[str, str]] = []
    reminders = Reminders(Desktop(works=False), lambda t, b: tray.append((t, b)), lambda: [], clock)
    reminders.configure(True, time(18, 0), 3, None)
    with qtbot.waitSignal(reminders.reminded):
        assert reminders.check()
    assert tray and tray[0][0] == "Time for your hamstrings"
