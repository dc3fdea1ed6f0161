"""The History page as a user works it: the week against the goal, filters that narrow the table,
a session's steps, deleting by key and undoing it, notes saved, the summary copied."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from hamstring_desktop.history.browse import SessionBrowser
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.ui.history.page import HistoryPage
from tests.helpers.history import add_made, made_session

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    add_made(
        store,
        [
            made_session(TODAY - timedelta(days=1), "pre-workout", notes="felt good"),
            made_session(TODAY - timedelta(days=2), "post-workout", outcome="pain", minutes=4),
            made_session(TODAY - timedelta(days=8), "rest-day", notes="tight after the run"),
            made_session(TODAY - timedelta(days=40), "pre-workout"),
        ],
    )
    yield store
    store.close()


@pytest.fixture
def page(qtbot: QtBot, store: HistoryStore) -> HistoryPage:
    page = HistoryPage(SessionBrowser(store), lambda t: t.replace("-", " ").capitalize(), lambda: TODAY, 3)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.routine_filter.count() > 1)  # listed once the table has painted
    return page


def table_dates(page: HistoryPage) -> list[str]:
    model = page.table.model()
    return [model.index(row, 0).data()[:10] for row in range(model.rowCount())]


def select_row(page: HistoryPage, row: int) -> None:
    index = page.table.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(index, flags)


def test_summary_shows_this_week_against_the_goal(page: HistoryPage) -> None:
    text = page.summary.text()
    assert "2 of 3" in text, text
    assert page.count_label.text() == "4 sessions"


def test_filters_narrow_the_table(page: HistoryPage, qtbot: QtBot) -> None:
    assert table_dates(page) == ["2026-11-24", "2026-11-23", "2026-11-17", "2026-10-16"]
    page.routine_filter.setCurrentIndex(page.routine_filter.findData("pre-workout"))
    assert table_dates(page) == ["2026-11-24", "2026-10-16"]
    page.routine_filter.setCurrentIndex(0)
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("pain"))
    assert table_dates(page) == ["2026-11-23"]
    page.outcome_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "tight")
    assert table_dates(page) == ["2026-11-17"]
    assert page.count_label.text() == "1 session"
    page.search.clear()
    page.use_dates.setChecked(True)
    page.from_date.setDate(page.from_date.date().fromString("2026-11-17", "yyyy-MM-dd"))
    page.to_date.setDate(page.to_date.date().fromString("2026-11-23", "yyyy-MM-dd"))
    assert table_dates(page) == ["2026-11-23", "2026-11-17"]


def test_clicking_a_header_sorts(page: HistoryPage) -> None:
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    model = page.table.model()
    durations = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert durations[0] == "4:00"


def test_choosing_a_session_shows_its_steps_and_the_pain_stop(page: HistoryPage) -> None:
    select_row(page, 1)  # the pain stop
    assert page.detail.steps.rowCount() == 2
    assert page.detail.steps.item(0, 1).text() == "Foam rolling"
    assert page.detail.pain.isVisibleTo(page)
    assert "step 2" in page.detail.pain.text()


def test_delete_key_deletes_and_ctrl_z_brings_it_back(
    page: HistoryPage, qtbot: QtBot, store: HistoryStore
) -> None:
    messages: list[str] = []
    page.message.connect(messages.append)
    select_row(page, 0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert table_dates(page) == ["2026-11-23", "2026-11-17", "2026-10-16"]
    assert store.count_sessions() == 3
    assert "deleted" in messages[-1]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table_dates(page) == ["2026-11-24", "2026-11-23", "2026-11-17", "2026-10-16"]
    select_row(page, 0)
    assert page.detail.steps.rowCount() == 2, "the steps came back too"
    assert page.detail.notes.toPlainText() == "felt good"


def shown_day(page: HistoryPage) -> str:
    """The day of the session the detail shows ("" for none)."""
    title = page.detail.title.text()
    return title[:10] if title[:4].isdigit() else ""


def test_after_a_delete_the_next_session_is_chosen_and_undo_chooses_them_again(
    page: HistoryPage, qtbot: QtBot
) -> None:
    """Delete, Delete again: the second press deletes the session that came next (nothing was
    chosen, and it did nothing). Ctrl+Z: the sessions are back and chosen, the detail on them."""
    select_row(page, 0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown_day(page) == "2026-11-23"
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert table_dates(page) == ["2026-11-17", "2026-10-16"]
    assert shown_day(page) == "2026-11-17"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table_dates(page) == ["2026-11-23", "2026-11-17", "2026-10-16"]
    assert shown_day(page) == "2026-11-23" and page.detail.steps.rowCount() == 2
    select_row(page, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the last row: the one above it is chosen
    assert table_dates(page) == ["2026-11-23", "2026-11-17"] and shown_day(page) == "2026-11-17"


def test_a_reload_keeps_the_chosen_session_and_its_detail(page: HistoryPage, store: HistoryStore) -> None:
    """Another session arrives (an import) while one is chosen: it stays chosen, and the detail
    beside the table still matches the table (it showed a session no longer chosen)."""
    select_row(page, 1)
    assert shown_day(page) == "2026-11-23"
    add_made(store, [made_session(TODAY, "rest-day")])
    page.refresh()
    assert table_dates(page)[:2] == ["2026-11-25", "2026-11-24"]
    chosen = page.table.selectionModel().selectedRows()
    assert [index.row() for index in chosen] == [2] and shown_day(page) == "2026-11-23"


def test_notes_being_typed_stay_when_the_page_reads_the_history_again(page: HistoryPage) -> None:
    """The goal changed (or a session ended, or an import) while notes were being typed: the page
    reads the history again, the session stays chosen and the notes stay as typed."""
    select_row(page, 2)
    page.detail.notes.setPlainText("typed, not saved yet")
    page.refresh()  # what the app does when the goal changes, a session ends, an import is done
    assert shown_day(page) == "2026-11-17"
    assert page.detail.notes.toPlainText() == "typed, not saved yet" and page.detail.save.isEnabled()


def test_notes_saved_for_a_session_the_search_then_leaves_out(page: HistoryPage, qtbot: QtBot) -> None:
    """Searching "felt", choosing the one match and saving other notes: the session no longer
    matches and leaves the table; the notes are saved and the detail empties, with no error."""
    page.search.setText("felt")
    assert table_dates(page) == ["2026-11-24"]
    select_row(page, 0)
    page.detail.notes.setPlainText("calmer today")
    qtbot.mouseClick(page.detail.save, Qt.MouseButton.LeftButton)
    assert table_dates(page) == [] and shown_day(page) == ""
    page.search.setText("calmer")
    assert table_dates(page) == ["2026-11-24"]


def test_sorting_keeps_the_chosen_session(page: HistoryPage) -> None:
    select_row(page, 1)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert table_dates(page) == ["2026-10-16", "2026-11-17", "2026-11-23", "2026-11-24"]
    assert [index.row() for index in page.table.selectionModel().selectedRows()] == [2]
    assert shown_day(page) == "2026-11-23"


def test_a_delete_far_down_a_long_history_chooses_the_session_after_it(qtbot: QtBot, tmp_path: Path) -> None:
    """The table reads 200 sessions at a time. Deleting the 301st: the 302nd is chosen, not the
    200th (the last one read again), which the next Delete would have deleted."""
    store = HistoryStore.open(tmp_path / "long.sqlite3")
    add_made(store, [made_session(TODAY - timedelta(days=day // 2), hour=8 + day % 2) for day in range(450)])
    page = HistoryPage(SessionBrowser(store), str, lambda: TODAY, 3)
    qtbot.addWidget(page)
    model = page.table.model()
    while model.rowCount() < 302:
        model.fetchMore(page.table.rootIndex())
    after = model.index(301, 0).data()
    select_row(page, 300)
    assert page.delete_selected() == 1
    chosen = page.table.selectionModel().selectedRows()
    assert [index.row() for index in chosen] == [300] and chosen[0].data() == after
    assert shown_day(page) == after[:10]
    store.close()


def test_notes_are_saved_to_the_history(page: HistoryPage, qtbot: QtBot, store: HistoryStore) -> None:
    select_row(page, 2)
    page.detail.notes.setPlainText("hamstring felt looser")
    assert page.detail.save.isEnabled()
    qtbot.mouseClick(page.detail.save, Qt.MouseButton.LeftButton)
    page.search.setText("looser")
    assert table_dates(page) == ["2026-11-17"]
    session_id = page.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert store.session(str(session_id)).notes == "hamstring felt looser"


def test_copy_summary_puts_plain_text_on_the_clipboard(page: HistoryPage, qtbot: QtBot) -> None:
    qtbot.keyClick(
        page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    text = QApplication.clipboard().text()
    assert "2 of 3" in text
    assert "\t" not in text and "<" not in text


def test_changing_the_goal_redraws_and_tells(page: HistoryPage) -> None:
    goals: list[int] = []
    page.goal_changed.connect(goals.append)
    page.goal_box.setValue(2)
    assert goals == [2]
    assert "2 of 2" in page.summary.text()


def test_every_control_has_an_accessible_name(page: HistoryPage) -> None:
    for widget in (page.goal_box, page.copy_button, page.report_button, page.table, page.use_dates,
                   page.from_date, page.to_date, page.routine_filter, page.outcome_filter, page.search,
                   page.detail.steps, page.detail.notes, page.detail.save):  # fmt: skip
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


def test_tab_goes_from_the_sessions_to_the_steps_the_notes_and_save(page: HistoryPage, qtbot: QtBot) -> None:
    """Tab leaves each table for the next control, as everywhere else on the page: it used to walk
    the table's cells (the chosen session changing under the user) and never reach the notes,
    and in the notes it typed a tab instead of going on to Save Notes."""
    select_row(page, 0)
    page.table.setFocus()
    chosen = page.detail.title.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.detail.steps
    assert page.detail.title.text() == chosen, "Tab did not choose another session"
    qtbot.keyClick(page.detail.steps, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.detail.notes
    qtbot.keyClicks(page.detail.notes, "looser")
    qtbot.keyClick(page.detail.notes, Qt.Key.Key_Tab)
    assert "looser" in page.detail.notes.toPlainText() and "\t" not in page.detail.notes.toPlainText()
    assert page.focusWidget() is page.detail.save
    qtbot.keyClick(page.detail.save, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert page.focusWidget() is page.detail.notes


def test_a_goal_of_one_session_reads_as_one_session(qtbot: QtBot, tmp_path: Path) -> None:
    """The goal set to 1 read "This week: 1 of 1 sessions"."""
    store = HistoryStore.open(tmp_path / "one.sqlite3")
    add_made(store, [made_session(TODAY - timedelta(days=1), "pre-workout")])
    page = HistoryPage(SessionBrowser(store), str, lambda: TODAY, 1)
    qtbot.addWidget(page)
    assert page.summary.text().startswith("This week: 1 of 1 session  ●"), page.summary.text()
    page.goal_box.setValue(2)
    assert page.summary.text().startswith("This week: 1 of 2 sessions  ●○"), page.summary.text()
    store.close()


def _wrapped(text: str, font: QFont, width: int) -> list[str]:
    """The lines a word-wrapping label of ``width`` pixels shows ``text`` in."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(QTextOption())  # word wrap, as QLabel's
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
    return lines


def test_a_legs_tightness_is_never_split_over_two_lines(page: HistoryPage) -> None:
    """The summary wrapped inside "right 7.0 → 7.0", leaving "7.0" alone on the next line (the
    History page in German at 1366 pixels, the idle player in English)."""
    for width in range(240, 900, 7):
        for line in _wrapped(page.summary.text(), page.summary.font(), width):
            assert not line.endswith(("→", "left", "right")), (width, line)
            assert not line.startswith("→") and not re.match(r"\d+\.\d\b", line), (width, line)


def test_the_copied_summary_has_plain_spaces(page: HistoryPage, qtbot: QtBot) -> None:
    page.copy_button.click()
    text = QApplication.clipboard().text()
    assert "left 6.0 → 6.0" in text and "\u00a0" not in text
