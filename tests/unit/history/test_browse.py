"""Browsing the history: what a filter keeps, the order of a sort, and pages that add up."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from hamstring_desktop.history.browse import SessionBrowser, SessionFilter
from hamstring_desktop.history.store import DateRange, HistoryStore
from tests.helpers.history import add_made, made_session

DAY = date(2026, 11, 2)


@pytest.fixture
def browser(tmp_path: Path) -> SessionBrowser:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    add_made(
        store,
        [
            made_session(DAY, "pre-workout", notes="left calf tight too", minutes=8),
            made_session(DAY + timedelta(days=2), "post-workout", outcome="pain", minutes=3),
            made_session(
                DAY + timedelta(days=4), "rest-day", outcome="stopped", notes="100% fine", minutes=12
            ),
            made_session(DAY + timedelta(days=9), "pre-workout", minutes=9),
        ],
    )
    return SessionBrowser(store)


def ids(records: list) -> list[str]:
    return [r.started_at[:10] for r in records]


def test_no_filter_counts_every_session_newest_first(browser: SessionBrowser) -> None:
    everything = SessionFilter()
    assert browser.count(everything) == 4
    assert ids(browser.page(everything)) == ["2026-11-11", "2026-11-06", "2026-11-04", "2026-11-02"]


def test_dates_include_both_ends(browser: SessionBrowser) -> None:
    chosen = SessionFilter(DateRange(DAY + timedelta(days=2), DAY + timedelta(days=4)))
    assert ids(browser.page(chosen, descending=False)) == ["2026-11-04", "2026-11-06"]


def test_routine_outcome_and_notes_filters(browser: SessionBrowser) -> None:
    assert browser.count(SessionFilter(routine_id="pre-workout")) == 2
    assert ids(browser.page(SessionFilter(outcome="pain"))) == ["2026-11-04"]
    assert ids(browser.page(SessionFilter(notes="CALF"))) == ["2026-11-02"]


def test_notes_search_takes_percent_and_underscore_literally(browser: SessionBrowser) -> None:
    assert ids(browser.page(SessionFilter(notes="100%"))) == ["2026-11-06"]
    assert browser.count(SessionFilter(notes="_")) == 0


def test_sort_by_duration_and_pages_join_up(browser: SessionBrowser) -> None:
    shortest = browser.page(SessionFilter(), sort="duration", descending=False)
    assert [r.active_seconds for r in shortest] == [180, 480, 540, 720]
    pages = [browser.page(SessionFilter(), offset=offset, limit=3) for offset in (0, 3)]
    assert [len(p) for p in pages] == [3, 1]
    assert ids(pages[0] + pages[1]) == ids(browser.page(SessionFilter()))


def test_routines_listed_once_by_name(browser: SessionBrowser) -> None:
    assert [r for r, _ in browser.routines()] == ["post-workout", "pre-workout", "rest-day"]


def test_facts_bring_the_steps(browser: SessionBrowser) -> None:
    facts = browser.facts(DAY, DAY + timedelta(days=30))
    assert len(facts) == 4
    assert {f.day for f in facts} == {DAY + timedelta(days=n) for n in (0, 2, 4, 9)}
