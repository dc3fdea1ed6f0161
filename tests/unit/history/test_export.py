"""Exports: CSV cells a spreadsheet cannot run as formulas, numbers as numbers, the steps CSV, JSON
that the shipped schema accepts, no session without an outcome, and files written whole or not at
all."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.export import SESSION_COLUMNS, STEP_COLUMNS, export_history
from hamstring_desktop.history.store import Cancelled, DateRange, HistoryStore, Tightness
from tests.conftest import ASSETS
from tests.helpers.history import START, fill, load_export, play, steps_of

SCHEMA = json.loads((ASSETS / "schema" / "history-v2.schema.json").read_text(encoding="utf-8"))


def validate(document: object) -> None:
    """Every export is checked against the shipped schema by the jsonschema library."""
    jsonschema.Draft202012Validator(SCHEMA).validate(document)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert b"\r\n" in raw and raw.endswith(b"\r\n")
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


def store_with_notes(tmp_path: Path, library: Library, notes: list[str]) -> HistoryStore:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    for day, note in enumerate(notes):
        recorder = play(library, store, 10_000, start=START + timedelta(days=day))
        store.check_out(recorder.session_id, Tightness(2, None), note)
    return store


# Every trigger, and look-alikes that must stay as they are.
INJECTION_CASES = [
    ("=1+2", "'=1+2"),
    ('=HYPERLINK("http://x.invalid","click")', '\'=HYPERLINK("http://x.invalid","click")'),
    ("+41 tight", "'+41 tight"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("\n=cmd", "'\n=cmd"),
    ("fine = good", "fine = good"),
    (" =not first", " =not first"),
    ('said "ouch", stopped', 'said "ouch", stopped'),
    ("", ""),
    ("ça va — mieux", "ça va — mieux"),
]


def test_formula_looking_text_is_neutralised_inside_quotes(tmp_path: Path, library: Library) -> None:
    store = store_with_notes(tmp_path, library, [case for case, _ in INJECTION_CASES])
    target = tmp_path / "sessions.csv"
    export_history(store, "csv", target)
    rows = read_csv(target)
    assert rows[0] == list(SESSION_COLUMNS)
    notes = [row[SESSION_COLUMNS.index("notes")] for row in rows[1:]]
    assert notes == [expected for _, expected in INJECTION_CASES]
    raw = target.read_bytes().decode("utf-8")
    # Inside a quoted field: the quote comes right after the field's opening double quote.
    # (The plan's two columns come after the notes: a warm-up of 5 steps, 240 s of massage.)
    assert ',"\'=1+2",5,240.0\r\n' in raw and ',"\'\tcmd",5,240.0\r\n' in raw
    assert "\"'\t" in raw and ',"\t' not in raw  # never a bare tab at the start of a cell


def test_routine_names_ids_zones_and_techniques_are_neutralised_too(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    session = store.begin_session("-desk", "=cmd|' /C calc'!A0", START)
    from hamstring_desktop.history.store import StepRecord

    store.record_step(
        session, StepRecord(0, "@evil", "left", "+upper", 30, 30, True, "2026-11-24T18:00:30+01:00")
    )
    store.finish_session(session, "completed", START, 30)
    export_history(store, "csv", tmp_path / "s.csv")
    export_history(store, "steps-csv", tmp_path / "t.csv")
    [header, row] = read_csv(tmp_path / "s.csv")
    assert (
        row[header.index("routine_id")] == "'-desk"
        and row[header.index("routine_name")] == "'=cmd|' /C calc'!A0"
    )
    [header, step] = read_csv(tmp_path / "t.csv")
    assert (step[header.index("technique_id")], step[header.index("zone")]) == ("'@evil", "'+upper")


def test_numbers_stay_numbers_and_text_is_quoted(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    play(library, store, 80.0, pain=True)  # a pain stop: 72.x s active, the pain step 1
    export_history(store, "csv", tmp_path / "s.csv")
    header, line = (tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()
    cells = line.split(",")
    by_name = dict(zip(header.replace('"', "").split(","), cells, strict=True))
    for name in ("active_seconds", "steps", "steps_completed", "pain_step", "tightness_before_left"):
        assert not by_name[name].startswith('"'), name
        float(by_name[name])
    assert (by_name["steps"], by_name["steps_completed"], by_name["pain_step"]) == ("2", "1", "1")
    assert by_name["tightness_after_left"] == ""  # nothing: an empty cell, not text
    assert by_name["outcome"] == '"pain"' and by_name["date"] == '"2026-11-24"'


def test_steps_csv_has_a_row_per_step_with_its_session(tmp_path: Path, library: Library) -> None:
    fill(library, tmp_path / "history.sqlite3", 2)
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    result = export_history(store, "steps-csv", tmp_path / "steps.csv")
    rows = read_csv(tmp_path / "steps.csv")
    assert rows[0] == list(STEP_COLUMNS) and len(rows) == 11 and result.steps == 10
    sessions = [s.id for s in store.sessions()]
    assert [row[0] for row in rows[1:]] == [sessions[0]] * 5 + [sessions[1]] * 5
    assert [row[1] for row in rows[1:6]] == ["0", "1", "2", "3", "4"]
    assert {row[STEP_COLUMNS.index("completed")] for row in rows[1:]} == {"true"}


def test_json_export_is_full_and_matches_the_schema(tmp_path: Path, library: Library) -> None:
    store = store_with_notes(tmp_path, library, ["Felt looser.", "=1+2"])
    play(library, store, 80.0, pain=True, start=START + timedelta(days=5))
    target = tmp_path / "history.json"
    export_history(store, "json", target)
    document = load_export(target)
    validate(document)
    assert document["schema_version"] == 2
    first, second, pain = document["sessions"]
    assert first["notes"] == "Felt looser." and second["notes"] == "=1+2"  # JSON is not a spreadsheet
    assert first["tightness_after"] == {"left": 2, "right": None}
    assert pain["pain_step"] == 1 and pain["tightness_after"] is None
    # The whole plan of the warm-up, also the three steps the pain stop came before.
    assert [(p["technique_id"], p["side"], p["planned_seconds"]) for p in pain["plan"]["steps"]] == [
        ("foam-rolling", "both", 60),
        ("foam-rolling", "left", 45),
        ("foam-rolling", "right", 45),
        ("knuckle-massage", "left", 45),
        ("knuckle-massage", "right", 45),
    ]
    assert len(steps_of(document, first["id"])) == 5 and len(steps_of(document, pain["id"])) == 2
    recorded = store.sessions()
    assert [s["id"] for s in document["sessions"]] == [s.id for s in recorded]
    assert steps_of(document, pain["id"])[1]["ended_at"] == recorded[2].steps[1].ended_at


def test_no_export_shows_a_session_without_an_outcome(tmp_path: Path, library: Library) -> None:
    fill(library, tmp_path / "history.sqlite3", 2, open_one=True)  # one is running (or crashed)
    store = HistoryStore.open_read_only(tmp_path / "history.sqlite3")
    for kind in ("csv", "steps-csv", "json"):
        export_history(store, kind, tmp_path / f"out.{kind}")
    document = load_export(tmp_path / "out.json")
    validate(document)
    assert [s["outcome"] for s in document["sessions"]] == ["completed", "completed"]
    assert len(read_csv(tmp_path / "out.csv")) == 3
    assert len(read_csv(tmp_path / "out.steps-csv")) == 11  # not the running session's step
    shown = HistoryStore.open_read_only(tmp_path / "history.sqlite3", open_sessions="interrupted")
    export_history(shown, "json", tmp_path / "shown.json")
    validate(load_export(tmp_path / "shown.json"))
    assert load_export(tmp_path / "shown.json")["sessions"][-1]["outcome"] == "interrupted"


def test_a_date_range_picks_whole_local_days(tmp_path: Path, library: Library) -> None:
    fill(library, tmp_path / "history.sqlite3", 5)
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    result = export_history(
        store, "json", tmp_path / "h.json", DateRange(date(2026, 11, 25), date(2026, 11, 26))
    )
    document = load_export(tmp_path / "h.json")
    assert [s["started_at"][:10] for s in document["sessions"]] == ["2026-11-25", "2026-11-26"]
    assert len(document["steps"]) == 10 == result.steps
    export_history(store, "csv", tmp_path / "h.csv", DateRange(last=date(2026, 11, 24)))
    assert [row[1] for row in read_csv(tmp_path / "h.csv")[1:]] == ["2026-11-24"]


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_failed_write_leaves_the_old_export_whole(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    fill(library, tmp_path / "history.sqlite3", 3)
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "history.csv"
    target.write_text("the old export", encoding="utf-8")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(OSError) as caught:
        export_history(store, "csv", target)
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    assert target.read_text(encoding="utf-8") == "the old export"
    assert [p.name for p in folder.iterdir()] == ["history.csv"]  # no temporary file left


@pytest.mark.parametrize("kind", ["csv", "steps-csv", "json"])
def test_cancelling_leaves_nothing_half_written(tmp_path: Path, library: Library, kind: str) -> None:
    fill(library, tmp_path / "history.sqlite3", 3)
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "old.csv").write_text("kept", encoding="utf-8")
    seen: list[int] = []
    with pytest.raises(Cancelled):
        export_history(store, kind, folder / "old.csv", cancelled=lambda: True, progress=seen.append)
    assert (folder / "old.csv").read_text(encoding="utf-8") == "kept"
    assert [p.name for p in folder.iterdir()] == ["old.csv"]
    export_history(store, kind, folder / "new", progress=seen.append)
    assert seen[-1] == 100
