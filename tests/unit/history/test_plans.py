"""Each session keeps its plan: a session stopped early still says what was planned and how much
of it was done, in the store, the CSV and JSON exports and an import; sessions from before the
plan was kept (a schema-3 history, a format-1 export) have none, and nothing is made up."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from hamstring_desktop.content import ContentError, Library
from hamstring_desktop.history.export import SESSION_COLUMNS, export_history
from hamstring_desktop.history.importer import import_history
from hamstring_desktop.history.plans import plan_from_text, plan_progress, plan_text
from hamstring_desktop.history.store import HistoryStore, PlanStep, Tightness
from tests.helpers.history import START, load_export, play

FIXTURES = Path(__file__).parent / "fixtures"
WARM_UP = (
    PlanStep("foam-rolling", "both", "full", 60.0),
    PlanStep("foam-rolling", "left", "full", 45.0),
    PlanStep("foam-rolling", "right", "full", 45.0),
    PlanStep("knuckle-massage", "left", "full", 45.0),
    PlanStep("knuckle-massage", "right", "full", 45.0),
)
# With the test timing (5 s to get ready, 4 s between steps, 6 s to switch legs), step 3 of the
# warm-up starts 120 s in: 20 s into it, the pain stop.
PAIN_IN_STEP_3 = 140.0


def pain_stopped(library: Library, store: HistoryStore) -> str:
    recorder = play(library, store, PAIN_IN_STEP_3, pain=True)
    store.check_out(recorder.session_id, Tightness(), "")
    row = store.connection.execute("SELECT uid FROM sessions WHERE id = ?", (recorder.session_id,))
    return str(row.fetchone()[0])


def test_a_session_stopped_for_pain_keeps_its_whole_plan(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    record = store.session(pain_stopped(library, store))
    assert record is not None and record.pain_step == 2
    assert record.plan == WARM_UP
    assert [step.position for step in record.steps] == [0, 1, 2]  # the steps it reached
    progress = plan_progress(record.plan, record.steps)
    assert (progress.completed, progress.planned_steps, progress.furthest) == (2, 5, 3)
    assert progress.planned_seconds == 240.0
    assert record.active_seconds == pytest.approx(125.0)  # 60 + 45 + 20 s of the 240 planned


def test_the_plan_keeps_rests_waits_and_still_holds_as_they_were(tmp_path: Path) -> None:
    from hamstring_desktop.services.content_source import load_content

    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "desk.toml").write_text(
        'id = "desk"\nname = "Desk"\nwhen = "any"\n'
        '[[steps]]\nkind = "wait"\n'
        '[[steps]]\ntechnique = "foam-rolling"\nseconds = 30\nside = "each"\nzone = "middle"\nhold = true\n'
        '[[steps]]\nkind = "rest"\nseconds = 20\n',
        encoding="utf-8",
    )
    library = load_content(folder).library
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    play(library, store, 3.0, routine="desk")  # left open in the wait
    [record] = HistoryStore.open_read_only(tmp_path / "history.sqlite3", "interrupted").sessions()
    assert record.plan == (
        PlanStep("wait", "both", "full", 0.0),
        PlanStep("foam-rolling", "left", "middle", 30.0, hold=True),
        PlanStep("foam-rolling", "right", "middle", 30.0, hold=True),
        PlanStep("rest", "both", "full", 20.0),
    )
    # Rests and waits are no massage time: the plan sets 60 s of it.
    assert plan_progress(record.plan, ()).planned_seconds == 60.0


def test_a_migrated_history_has_old_sessions_without_and_new_ones_with_a_plan_in_every_export(
    tmp_path: Path, library: Library
) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURES / "history-v3.sqlite3", path)
    store = HistoryStore.open(path)
    store.mark_interrupted()
    new_id = pain_stopped(library, store)

    store_csv = tmp_path / "sessions.csv"
    export_history(store, "csv", store_csv)
    rows = list(csv.DictReader(io.StringIO(store_csv.read_text(encoding="utf-8"), newline="")))
    assert list(rows[0]) == list(SESSION_COLUMNS)
    assert SESSION_COLUMNS[-3:] == ("notes", "planned_steps", "planned_seconds")  # added at the end
    by_id = {row["id"]: row for row in rows}
    assert (by_id[new_id]["steps"], by_id[new_id]["steps_completed"], by_id[new_id]["pain_step"]) == (
        "3",
        "2",
        "2",
    )
    assert (by_id[new_id]["planned_steps"], by_id[new_id]["planned_seconds"]) == ("5", "240.0")
    old_rows = [row for row in rows if row["id"] != new_id]
    assert len(old_rows) == 5
    assert all(row["planned_steps"] == "" and row["planned_seconds"] == "" for row in old_rows)

    target = tmp_path / "history.json"
    export_history(store, "json", target)
    document = load_export(target)
    plans = {session["id"]: session["plan"] for session in document["sessions"]}
    assert [plans[i] for i in plans if i != new_id] == [None] * 5
    assert plans[new_id] == {
        "steps": [
            {"technique_id": s.technique_id, "side": s.side, "zone": s.zone,
             "planned_seconds": s.planned_seconds, "hold": False}
            for s in WARM_UP
        ]
    }  # fmt: skip

    # The JSON comes back whole: the plan where there was one, none where there was none.
    other = HistoryStore.open(tmp_path / "other" / "history.sqlite3")
    assert import_history(other, target).sessions == 6
    assert {r.id: r.plan for r in other.sessions()} == {r.id: r.plan for r in store.sessions()}
    assert import_history(other, target).already_there == 6


def test_an_export_made_before_plans_were_kept_still_imports(tmp_path: Path, library: Library) -> None:
    """A file of format 1: no plan key anywhere."""
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    pain_stopped(library, store)
    target = tmp_path / "history.json"
    export_history(store, "json", target)
    document = load_export(target)
    document["schema_version"] = 1
    for session in document["sessions"]:
        del session["plan"]
    old = tmp_path / "format-1.json"
    old.write_text(json.dumps(document, indent=2), encoding="utf-8")
    other = HistoryStore.open(tmp_path / "other" / "history.sqlite3")
    result = import_history(other, old)
    assert (result.sessions, result.steps) == (1, 3)
    [record] = other.sessions()
    assert record.plan is None and record.pain_step == 2 and len(record.steps) == 3


def test_a_bad_plan_is_refused_with_where_it_is(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    pain_stopped(library, store)
    target = tmp_path / "history.json"
    export_history(store, "json", target)
    document = load_export(target)
    document["sessions"][0]["plan"]["steps"][1]["side"] = "up"
    target.write_text(json.dumps(document, indent=2), encoding="utf-8")
    other = HistoryStore.open(tmp_path / "other" / "history.sqlite3")
    with pytest.raises(ContentError) as caught:
        import_history(other, target)
    assert '/sessions/0/plan/steps/1/side: must be one of "left", "right", "both", not "up"' in str(
        caught.value
    )
    assert other.sessions() == []


def test_a_deleted_session_comes_back_with_its_plan(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    session_id = pain_stopped(library, store)
    deleted = store.delete_session(session_id)
    assert deleted is not None and store.sessions() == []
    store.add_sessions([deleted._replace(steps=())], [(deleted.id, step) for step in deleted.steps])
    assert store.session(session_id) == deleted


def test_a_plan_is_read_from_its_text_and_anything_else_is_no_plan() -> None:
    assert plan_from_text(plan_text(WARM_UP)) == WARM_UP
    assert plan_from_text(plan_text(())) == ()
    assert plan_text(None) is None and plan_from_text(None) is None
    good = json.loads(plan_text(WARM_UP) or "")
    for broken in (
        "",
        "not json",
        "[]",
        '{"steps": {}}',
        json.dumps({"steps": [{**good["steps"][0], "side": "up"}]}),
        json.dumps({"steps": [{**good["steps"][0], "planned_seconds": -1}]}),
        json.dumps({"steps": [{**good["steps"][0], "planned_seconds": True}]}),
        json.dumps({"steps": [{**good["steps"][0], "hold": 1}]}),
        json.dumps({"steps": [{"technique_id": "foam-rolling"}]}),
        json.dumps({"steps": ["foam-rolling"]}),
        12,
    ):
        assert plan_from_text(broken) is None, broken


def test_progress_without_a_plan_counts_what_was_begun() -> None:
    from hamstring_desktop.history.store import StepRecord

    steps = [
        StepRecord(0, "foam-rolling", "left", "full", 30, 30, True, "x"),
        StepRecord(1, "foam-rolling", "right", "full", 30, 3, False, "x"),
        StepRecord(1, "foam-rolling", "right", "full", 30, 30, True, "x"),
    ]
    progress = plan_progress(None, steps)
    assert not progress.plan_known
    assert (progress.completed, progress.begun, progress.furthest) == (2, 3, 2)
    assert progress.planned_seconds is None


def test_the_steps_of_a_session_are_within_its_plan_after_a_step_is_done_again(
    tmp_path: Path, library: Library
) -> None:
    """Back, pressed in the pause after a step, runs that step again: it is done twice, and
    still one step of the plan."""
    from hamstring_desktop.history.recorder import SessionRecorder
    from hamstring_desktop.session.engine import SessionEngine, Timing
    from hamstring_desktop.session.plan import plan_session
    from tests.helpers.stubs import FakeWallClock

    store = HistoryStore.open(tmp_path / "history.sqlite3")
    plan = plan_session(library.routine("pre-workout"), library)
    clock = FakeWallClock(START)
    recorder = SessionRecorder(store, plan, clock, Tightness())
    engine = SessionEngine(plan, Timing(get_ready=5, transition=4, switch_legs=6))
    recorder.handle(engine.start(0.0))
    recorder.handle(engine.advance(66.0))  # step 1 done at 65 s; the pause before step 2
    recorder.handle(engine.back(66.0))  # step 1 again
    recorder.handle(engine.advance(130.0))  # done again at 126 s
    clock.now = START + timedelta(seconds=130)
    recorder.handle(engine.stop(130.0))
    [summary] = store.iter_session_summaries()
    record, runs, done, planned = summary
    assert [step.position for step in store.session(record.id).steps][:2] == [0, 0]  # type: ignore[union-attr]
    assert (runs, done, planned) == (3, 1, 5)  # step 1 twice, then step 2 stopped at once
