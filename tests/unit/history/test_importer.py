"""Import: the app's own JSON export comes back equal, twice adds nothing, and a bad file is refused
with the place of the problem while the history stays exactly as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from hamstring_desktop.content import ContentError, Library
from hamstring_desktop.history.export import export_history
from hamstring_desktop.history.importer import import_history
from hamstring_desktop.history.store import Cancelled, HistoryStore
from tests.helpers.history import fill, load_export


@pytest.fixture
def exported(tmp_path: Path, library: Library) -> Path:
    """A JSON export of three sessions (one stopped for pain) with notes and check-ins."""
    source = tmp_path / "source" / "history.sqlite3"
    fill(library, source, 3)
    store = HistoryStore.open(source)
    target = tmp_path / "export.json"
    export_history(store, "json", target)
    store.close()
    return target


def dump(store: HistoryStore) -> list[tuple[Any, ...]]:
    """Everything a history holds, as comparable rows."""
    return [(record[:13], record.plan, record.steps) for record in store.sessions()]


def test_export_then_import_gives_back_equal_data(tmp_path: Path, exported: Path) -> None:
    store = HistoryStore.open(tmp_path / "other" / "history.sqlite3")
    result = import_history(store, exported)
    assert (result.sessions, result.steps, result.already_there) == (3, 15, 0)
    again = tmp_path / "again.json"
    export_history(store, "json", again)
    original, copy = load_export(exported), load_export(again)
    assert copy["sessions"] == original["sessions"] and copy["steps"] == original["steps"]
    source = HistoryStore.open_read_only(exported.parent / "source" / "history.sqlite3")
    assert dump(store) == dump(source)
    # Imported sessions behave as recorded ones: counted, listed by date, deletable.
    assert [summary[1:3] for summary in store.iter_session_summaries()] == [(5, 5)] * 3
    assert store.delete_session(original["sessions"][0]["id"]) is not None


def test_importing_the_same_file_twice_adds_nothing(tmp_path: Path, exported: Path) -> None:
    store = HistoryStore.open(tmp_path / "other" / "history.sqlite3")
    import_history(store, exported)
    before = dump(store)
    result = import_history(store, exported)
    assert (result.sessions, result.steps, result.already_there) == (0, 0, 3)
    assert dump(store) == before


def test_a_merge_adds_only_the_sessions_not_there_yet(
    tmp_path: Path, library: Library, exported: Path
) -> None:
    store = HistoryStore.open(tmp_path / "other" / "history.sqlite3")
    fill(library, tmp_path / "mine" / "history.sqlite3", 1)
    mine = HistoryStore.open(tmp_path / "mine" / "history.sqlite3")
    export_history(mine, "json", tmp_path / "mine.json")
    import_history(store, tmp_path / "mine.json")
    document = load_export(exported)
    document["sessions"].append(load_export(tmp_path / "mine.json")["sessions"][0])
    document["steps"].extend(load_export(tmp_path / "mine.json")["steps"])
    both = tmp_path / "both.json"
    both.write_text(json.dumps(document), encoding="utf-8")
    result = import_history(store, both)
    assert (result.sessions, result.steps, result.already_there) == (3, 15, 1)
    assert len(store.sessions()) == 4


def broken(exported: Path, change: Any) -> str:
    document = load_export(exported)
    change(document)
    return json.dumps(document, indent=2)


def set_in(path: list[Any], value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


BAD_FILES: list[tuple[str, Any, str]] = [
    (
        "wrong type",
        set_in(["sessions", 1, "active_seconds"], "long"),
        '/sessions/1/active_seconds: must be a number, not "long"',
    ),
    (
        "a rating of 11",
        set_in(["sessions", 0, "tightness_before", "left"], 11),
        "/sessions/0/tightness_before/left: must be at most 10, not 11",
    ),
    (
        "an unknown outcome",
        set_in(["sessions", 2, "outcome"], "gave up"),
        '/sessions/2/outcome: must be one of "completed", "stopped", "pain", "interrupted", not "gave up"',
    ),
    ("a missing key", lambda d: d["steps"][4].pop("side"), '/steps/4: the key "side" is missing'),
    (
        "an unknown key",
        set_in(["steps", 3, "colour"], "blue"),
        '/steps/3/colour: "colour" is not a key this format has',
    ),
    (
        "a date that is not a date",
        set_in(["sessions", 1, "started_at"], "2026-13-45T18:00:00+01:00"),
        '/sessions/1/started_at: "2026-13-45T18:00:00+01:00" is not a real date and time',
    ),
    (
        "a date without a time",
        set_in(["steps", 2, "ended_at"], "yesterday"),
        '/steps/2/ended_at: "yesterday" is not in the expected form (such as 2026-11-24T18:00:00+01:00)',
    ),
    (
        "a step of a missing session",
        set_in(["steps", 7, "session_id"], "00000000-0000-4000-8000-000000000000"),
        '/steps/7/session_id: no session in this file has the id "00000000-0000-4000-8000-000000000000"',
    ),
    (
        "an unknown schema version",
        set_in(["schema_version"], 3),
        "/schema_version: this file is in history format 3, which this version of the app cannot read"
        " (it reads formats 1 and 2); a newer version of the app may",
    ),
    ("a schema version as text", set_in(["schema_version"], "1"), '/schema_version: must be 1 or 2, not "1"'),
    (
        "no schema version",
        lambda d: d.pop("schema_version"),
        'the key "schema_version" is missing at the top level: '
        "this is not a history file exported by this app",
    ),
    (
        "a session twice",
        lambda d: d["sessions"].append(dict(d["sessions"][0])),
        "/sessions/3/id: the id is used twice (also at /sessions/0/id)",
    ),
    ("sessions that are not a list", set_in(["sessions"], {}), "/sessions: must be a list, not an object"),
]


@pytest.mark.parametrize(("what", "change", "message"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_a_bad_file_is_refused_with_where_and_the_history_is_unchanged(
    tmp_path: Path, library: Library, exported: Path, what: str, change: Any, message: str
) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    fill(library, path, 1)
    store = HistoryStore.open(path)
    before = dump(store)
    bad = tmp_path / "bad.json"
    bad.write_text(broken(exported, change), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        import_history(store, bad)
    problem = caught.value
    text = str(problem)
    assert text.startswith(f"{bad}:"), text
    assert text.endswith(message), text
    assert problem.line >= 1
    assert dump(store) == before
    store.close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM sessions").fetchone() == (1,)


@pytest.mark.parametrize("cut", [1, 500, -300, -2])
def test_a_truncated_file_names_the_line_and_column(tmp_path: Path, exported: Path, cut: int) -> None:
    store = HistoryStore.open(tmp_path / "data" / "history.sqlite3")
    text = exported.read_text(encoding="utf-8")
    bad = tmp_path / "cut.json"
    bad.write_text(text[:cut], encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        import_history(store, bad)
    problem = caught.value
    assert problem.message == (
        "ends too early: the file may have been cut short (saved, copied or downloaded only in part)"
    )
    assert problem.line == text[:cut].rstrip().count("\n") + 1  # the last line there is
    assert store.sessions() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[]", "is not a history file: the document must be an object, not a list"),
        ("", "is empty: there is nothing in it to read"),
        ('{"schema_version": 1, "sessions": [], "steps": [], "x": NaN}', "NaN is not a number JSON allows"),
        ('{"schema_version": 1, "sessions": [], "steps": []} {}', "not valid JSON: Extra data"),
    ],
)
def test_files_that_are_not_history_files(tmp_path: Path, content: str, expected: str) -> None:
    store = HistoryStore.open(tmp_path / "data" / "history.sqlite3")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ContentError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        import_history(store, bad)


def test_keys_in_any_order_and_any_layout_are_read(tmp_path: Path, exported: Path) -> None:
    document = load_export(exported)
    reordered = {"steps": document["steps"], "sessions": document["sessions"], "schema_version": 1}
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps(reordered, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    store = HistoryStore.open(tmp_path / "data" / "history.sqlite3")
    assert import_history(store, compact).sessions == 3


def test_cancelling_an_import_adds_nothing(tmp_path: Path, exported: Path) -> None:
    store = HistoryStore.open(tmp_path / "data" / "history.sqlite3")
    asked = []

    def cancel_when_writing() -> bool:
        asked.append(1)
        return len(asked) > 1  # go through the reading, stop at the first chunk written

    with pytest.raises(Cancelled):
        import_history(store, exported, cancelled=cancel_when_writing)
    assert store.sessions() == [] and store.count_steps() == 0


@pytest.mark.parametrize(
    ("kind", "looks_like"),
    [
        ("csv", "a CSV export of the history (a row per session)"),
        ("steps-csv", "a CSV export of the history (a row per step)"),
    ],
)
def test_a_csv_export_is_named_as_such_not_as_broken_json(
    tmp_path: Path, library: Library, kind: str, looks_like: str
) -> None:
    """Picking the app's CSV export by mistake: the message says what the file is and what to
    import instead, not "not valid JSON: Extra data"."""
    source = tmp_path / "source" / "history.sqlite3"
    fill(library, source, 2)
    exported = tmp_path / "h.csv"
    written = HistoryStore.open(source)
    export_history(written, kind, exported)
    written.close()
    store = HistoryStore.open(tmp_path / "data" / "history.sqlite3")
    with pytest.raises(ContentError) as caught:
        import_history(store, exported)
    assert str(caught.value) == (
        f"{exported}:1: only the app's JSON exports can be imported, and this looks like {looks_like}: "
        "export the history as JSON and import that file"
    )
    assert store.sessions() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "\ufeffdate,minutes\r\n2026-01-01,5\r\n",
            "only the app's JSON exports can be imported, and this looks like a CSV file",
        ),
        ("date\n2026-01-01\n", "not valid JSON: Expecting value (column 1)"),  # one name: not told apart
        ("hello world\n", "not valid JSON: Expecting value (column 1)"),
        ('"a", 1\n', "not valid JSON: Extra data (column 4)"),
    ],
)
def test_other_csv_files_and_text_that_is_not_csv(tmp_path: Path, content: str, expected: str) -> None:
    store = HistoryStore.open(tmp_path / "data" / "history.sqlite3")
    bad = tmp_path / "other.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        import_history(store, bad)
    assert caught.value.message.startswith(expected), caught.value.message
