"""A chart on screen answers a pointer with a tooltip, and the keyboard and screen readers with
its numbers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt

from hamstring_desktop.charts import WeeklySessions
from hamstring_desktop.stats import SessionFacts, weeks
from hamstring_desktop.ui.history.chart_view import ChartView

TODAY = date(2026, 11, 25)
TZ = timezone(timedelta(hours=1))


def chart() -> WeeklySessions:
    facts = [
        SessionFacts(datetime(2026, 11, 24, 18, tzinfo=TZ), "x", "X", "completed", 600),
        SessionFacts(datetime(2026, 11, 16, 18, tzinfo=TZ), "x", "X", "completed", 600),
    ]
    return WeeklySessions(weeks(facts, TODAY, 4), goal=3)


def test_points_answer_the_pointer_and_the_keyboard(qtbot: QtBot) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 320)
    view.set_chart(chart())
    view.show()
    qtbot.waitExposed(view)
    canvas = view.canvas
    qtbot.waitUntil(lambda: bool(canvas.spots))  # painted
    assert canvas.accessibleName() == "Sessions per week"
    assert canvas.accessibleDescription() == "0 of 4 weeks met your goal of 3 sessions a week."
    last = canvas.spots[-1]
    assert canvas.spot_at(last.area.center().toPoint()) is last and last.text == "Week of 23 Nov: 1 session"
    assert canvas.spot_at(QPoint(1, 1)) is None
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # from nothing, Left wraps to the last week
    assert canvas.accessibleDescription() == "Week of 23 Nov: 1 session"


def test_the_numbers_as_a_table(qtbot: QtBot) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(chart())
    view.toggle.click()
    assert view.stack.currentWidget() is view.table
    assert [view.table.horizontalHeaderItem(c).text() for c in range(3)] == ["Week of", "Sessions", "Goal"]
    assert [view.table.item(r, 1).text() for r in range(4)] == ["0", "0", "1", "1"]
    assert view.toggle.text() == "Show as chart"


def test_tab_leaves_the_table_for_the_button_that_turns_it_back(qtbot: QtBot) -> None:
    """A calendar's table has hundreds of cells: Tab must not walk them one by one."""
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(chart())
    view.show()
    qtbot.waitExposed(view)
    view.toggle.click()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.toggle
