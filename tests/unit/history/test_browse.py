"""Browsing the history: what a filter keeps, the order of a sort, and pages that add up."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.browse import SessionBrowser, SessionFilter
from hamstring_desktop.history.facts import all_facts
from hamstring_desktop.history.store import DateRange, HistoryStore, StepRecord
from tests.helpers.history import START, add_made, fill, made_session, play

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


@pytest.mark.parametrize("open_sessions", ["skip", "interrupted"])
def test_facts_added_up_in_sql_match_the_facts_of_the_records(
    tmp_path: Path, library: Library, open_sessions: str
) -> None:
    path = tmp_path / "history.sqlite3"
    fill(library, path, 3, open_one=True)
    store = HistoryStore.open(path)
    play(library, store, 30.0, pain=True, routine="post-workout", start=START + timedelta(days=5))
    store.close()
    reading = HistoryStore.open_read_only(path, open_sessions=open_sessions)  # type: ignore[arg-type]

    def name(technique_id: str) -> str:
        return library.technique(technique_id).name

    expected = all_facts(reading.sessions(DateRange(DAY, DAY + timedelta(days=60))), name)
    found = SessionBrowser(reading).facts(DAY, DAY + timedelta(days=60), name)
    assert found == expected
    assert len(found) == (5 if open_sessions == "interrupted" else 4)
    [stopped] = [f for f in found if f.pain is not None]
    assert stopped.pain is not None and stopped.pain.technique == "Foam rolling"


def test_rests_and_waits_are_no_work_on_a_leg(tmp_path: Path) -> None:
    """A session stopped in its fourth step, after a rest and a wait: the time per leg and the
    planned minutes count the technique steps; the steps begun count all four."""
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    record, _ = made_session(DAY, "my-routine", outcome="stopped", minutes=2)
    end = record.ended_at or ""
    steps = [
        StepRecord(0, "foam-rolling", "left", "full", 60, 60, True, end),
        StepRecord(1, "rest", "both", "full", 30, 30, True, end),
        StepRecord(2, "wait", "both", "full", 0, 45, True, end),
        StepRecord(3, "foam-rolling", "right", "full", 60, 20, False, end),
    ]
    store.add_sessions([record._replace(active_seconds=80)], [(record.id, step) for step in steps])
    [from_records] = all_facts(store.sessions())
    [added_up] = SessionBrowser(store).facts(DAY, DAY)
    store.close()
    assert from_records == added_up
    assert (added_up.legs.left, added_up.legs.right) == (60, 20)
    assert (added_up.steps_begun, added_up.completed_steps, added_up.planned_seconds_begun) == (4, 3, 120)
