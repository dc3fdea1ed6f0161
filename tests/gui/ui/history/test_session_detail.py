"""A session's detail on the History page says how much of its plan it did: a warm-up stopped for
pain in step 3 of 5 shows "3 of 5", the steps it never reached, and the time planned; a session
from before plans were kept shows the steps it reached ("begun"), as before, and nothing more."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from hamstring_desktop.content import Library, Routine, RoutineStep, RoutineWhen, Side
from hamstring_desktop.history.facts import session_facts
from hamstring_desktop.history.report import pain_stop_table
from hamstring_desktop.history.store import HistoryStore, SessionRecord
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.stats.progress import pain_stops
from hamstring_desktop.ui.history.detail import SessionDetail
from tests.helpers.history import START, play

FIXTURES = Path(__file__).parents[3] / "unit" / "history" / "fixtures"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    """A history made by the app before plans were kept (schema 3), brought up to date."""
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURES / "history-v3.sqlite3", path)
    store = HistoryStore.open(path)
    store.mark_interrupted()
    yield store
    store.close()


def recorded(store: HistoryStore, row_id: int) -> SessionRecord:
    uid = store.connection.execute("SELECT uid FROM sessions WHERE id = ?", (row_id,)).fetchone()[0]
    record = store.session(uid)
    assert record is not None
    return record


def older(store: HistoryStore, outcome: str) -> SessionRecord:
    [record] = [r for r in store.sessions() if r.outcome == outcome and r.plan is None]
    found = store.session(record.id)
    assert found is not None
    return found


@pytest.fixture
def detail(qtbot: QtBot, library: Library) -> SessionDetail:
    widget = SessionDetail(lambda technique: library.technique(technique).name)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    return widget


def table(detail: SessionDetail) -> list[list[str]]:
    steps = detail.steps
    return [[steps.item(row, column).text() for column in range(6)] for row in range(steps.rowCount())]


def test_a_pain_stop_in_step_3_of_5_says_so_with_the_plan(
    detail: SessionDetail, store: HistoryStore, library: Library
) -> None:
    recorder = play(library, store, 140.0, pain=True, start=START + timedelta(days=30))
    detail.show_session(recorded(store, recorder.session_id))
    assert detail.progress.text() == "Steps completed: 2 of 5 planned · Massage time: 2:05 of 4:00 planned"
    assert detail.pain.isVisible()
    stop = "⚠ Stopped for pain at step 3 of 5: Foam rolling, right leg, upper two thirds."
    assert detail.pain.text() == stop
    assert table(detail) == [
        ["1", "Foam rolling", "both", "upper two thirds", "1 min", "1 min"],
        ["2", "Foam rolling", "left", "upper two thirds", "45 s", "45 s"],
        ["3", "Foam rolling", "right", "upper two thirds", "45 s", "20 s (cut short)"],
        ["4", "Knuckle massage", "left", "upper two thirds", "45 s", "not reached"],
        ["5", "Knuckle massage", "right", "upper two thirds", "45 s", "not reached"],
    ]
    assert detail.steps.item(2, 1).font().bold()  # the step of the pain stop
    assert detail.steps.item(3, 5).font().italic() and not detail.steps.item(2, 5).font().italic()


def test_a_session_from_before_plans_were_kept_says_what_it_said(
    detail: SessionDetail, store: HistoryStore
) -> None:
    """The warm-up the schema-3 app recorded, stopped for pain in step 3 of the same plan."""
    detail.show_session(older(store, "pain"))
    assert detail.progress.text() == (
        "Steps completed: 2 of 3 begun. This session was saved before the app kept each session's plan."
    )
    assert detail.pain.text() == "⚠ Stopped for pain at step 3: Foam rolling, right leg, upper two thirds."
    assert len(table(detail)) == 3 and "not reached" not in str(table(detail))
    assert " of 5" not in detail.pain.text() + detail.progress.text()
    detail.show_session(older(store, "stopped"))  # the own routine: a wait, a step run twice, a rest
    steps = ["Wait for me", "Foam rolling", "Foam rolling", "Foam rolling", "Rest"]
    assert [row[1] for row in table(detail)] == steps
    assert detail.progress.text().startswith("Steps completed: 3 of 5 begun.")
    assert detail.pain.isHidden()  # nothing is known of where in its plan it stopped


def test_a_rest_and_a_wait_work_no_leg_and_no_zone(detail: SessionDetail, store: HistoryStore) -> None:
    """A wait and a rest are recorded with side "both" and zone "full", as a step has to be;
    the table shows no leg or zone for them ("–"), not "both" and "upper two thirds", which
    read as if both thighs had been worked."""
    detail.show_session(older(store, "stopped"))
    rows = {row[1]: row for row in table(detail)}
    assert rows["Wait for me"][2:5] == ["–", "–", "–"]
    assert rows["Rest"][2:4] == ["–", "–"]
    assert rows["Foam rolling"][2:4] != ["–", "–"]


def test_a_stop_and_a_crash_say_where_in_the_plan_they_were(
    detail: SessionDetail, store: HistoryStore, library: Library
) -> None:
    stopped = play(library, store, 80.0, routine="partner", start=START + timedelta(days=31), stop=True)
    detail.show_session(recorded(store, stopped.session_id))
    assert detail.pain.text() == "Stopped at step 2 of 6."
    assert detail.progress.text().startswith("Steps completed: 1 of 6 planned")
    assert [row[5] for row in table(detail)].count("not reached") == 4  # steps 3 to 6

    crashed = play(library, store, 80.0, routine="partner", start=START + timedelta(days=32))
    open_row = crashed.session_id
    store.mark_interrupted()
    detail.show_session(recorded(store, open_row))
    assert detail.pain.text() == "Interrupted (a crash or a power cut): the last step saved is step 1 of 6."


def test_the_detail_speaks_german(
    detail: SessionDetail, store: HistoryStore, library: Library, qapp: QApplication
) -> None:
    catalogues = LanguageCatalogues(qapp, "de")
    try:
        german = SessionDetail(lambda technique: library.technique(technique).name)
        recorder = play(library, store, 140.0, pain=True, start=START + timedelta(days=30))
        german.show_session(recorded(store, recorder.session_id))
        assert german.progress.text().startswith("Schritte abgeschlossen: 2 von 5 geplanten")
        assert "3 von 5" in german.pain.text()
        assert german.steps.item(4, 5).text() == "nicht erreicht"
        german.show_session(older(store, "pain"))
        assert "2 von 3 begonnenen" in german.progress.text()
        german.deleteLater()
    finally:
        catalogues.remove()


def test_a_pain_stop_during_a_rest_names_the_rest_and_no_leg_or_zone(
    detail: SessionDetail, store: HistoryStore, library: Library
) -> None:
    """Nothing is worked during a rest: the detail and the report's table of pain stops say
    "Rest", not "rest, both legs, upper two thirds"."""
    steps = (
        RoutineStep("foam-rolling", 30, Side.LEFT),
        RoutineStep.rest(30),
        RoutineStep("foam-rolling", 30, Side.RIGHT),
    )
    routine = Routine("with-rest", "With a rest", RoutineWhen.ANY, "", steps)
    library = replace(library, routines=(*library.routines, routine))
    # 5 s get ready, 30 s left leg, 4 s, then the rest: the pain key 10 s into it.
    recorder = play(library, store, 49.0, pain=True, routine="with-rest", start=START + timedelta(days=30))
    record = recorded(store, recorder.session_id)
    detail.show_session(record)
    assert detail.pain.text() == "⚠ Stopped for pain at step 2 of 3: Rest."
    [(_, stop)] = pain_stops([session_facts(record)])
    assert (stop.technique, stop.leg, stop.zone) == ("Rest", "", "")
    assert pain_stop_table([session_facts(record)]).rows[0][2:] == ["2 of 3", "Rest", "–", "–"]
