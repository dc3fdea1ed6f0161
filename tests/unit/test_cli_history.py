"""The history commands as a user types them: list, export, import, delete; beside a running app,
in a read-only data folder, and with bad input."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from hamstring_desktop.cli import main
from hamstring_desktop.content import Library
from hamstring_desktop.history.store import HistoryStore
from tests.helpers.history import cli, fill, load_export, lock_held_elsewhere
from tests.helpers.system import as_plain_user, require_programs


@pytest.fixture
def data(tmp_path: Path, library: Library) -> Path:
    """A data dir with five finished sessions (24 to 28 November) and one a crash left open."""
    folder = tmp_path / "data"
    fill(library, folder / "history.sqlite3", 5, open_one=True)
    return folder


def history(data: Path, *args: str) -> list[str]:
    return ["history", *args, "--data-dir", str(data)]


def test_list_shows_every_session_oldest_first(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(history(data, "list")) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split() == ["ID", "STARTED", "OUTCOME", "ACTIVE", "STEPS", "DONE", "ROUTINE"]
    assert len(lines) == 7
    assert lines[1].split()[1:] == [
        "2026-11-24", "18:00", "completed", "4:00", "5", "of", "5", "Pre-workout", "warm-up"
    ]  # fmt: skip
    assert lines[6].split()[1:5] == ["2026-11-29", "18:00", "interrupted", "1:00"]
    assert captured.err == "note: 1 session left open by a crash marked as interrupted\n"


def test_an_empty_list_says_so_beside_the_table(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(history(tmp_path / "new", "list")) == 0
    captured = capsys.readouterr()
    assert captured.out.split() == ["ID", "STARTED", "OUTCOME", "ACTIVE", "STEPS", "DONE", "ROUTINE"]
    assert captured.err == "note: no sessions yet\n"
    assert main(history(data, "list", "--from", "2030-01-01")) == 0
    assert capsys.readouterr().err.endswith("note: no sessions in those dates\n")


def test_list_json_and_dates(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(history(data, "list", "--json", "--from", "2026-11-25", "--to", "2026-11-26")) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["started_at"][:10] for row in rows] == ["2026-11-25", "2026-11-26"]
    assert {"id", "routine_id", "routine_name", "outcome", "notes"} <= set(rows[0])
    assert main(history(data, "list", "--json", "--from", "2030-01-01")) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--from", "2026-13-01"], "argument --from: '2026-13-01' is not a date like 2026-11-24"),
        (
            ["list", "--from", "2026-11-28", "--to", "2026-11-24"],
            "--from 2026-11-28 comes after --to 2026-11-24",
        ),
        (["export", "--format", "xlsx", "--output", "x"], "argument --format: invalid choice: 'xlsx'"),
    ],
)
def test_bad_arguments_are_usage_errors(data: Path, args: list[str], message: str) -> None:
    result = cli(*history(data, *args))
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(("kind", "rows"), [("csv", 7), ("steps-csv", 27), ("json", 6)])
def test_export_each_format(data: Path, tmp_path: Path, kind: str, rows: int) -> None:
    out = tmp_path / f"out.{kind}"
    result = cli(*history(data, "export", "--format", kind, "--output", str(out)))
    assert result.returncode == 0, result.stderr
    if kind == "json":
        assert len(load_export(out)["sessions"]) == rows
        assert result.stdout == f"exported 6 sessions to {out}\n"
    else:
        assert len(out.read_bytes().splitlines()) == rows
    if kind == "steps-csv":
        assert result.stdout == f"exported 26 steps of 6 sessions to {out}\n"


def test_import_merges_and_refuses_bad_files(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "all.json"
    assert main(history(data, "export", "--format", "json", "--output", str(export))) == 0
    other = tmp_path / "other"
    assert main(history(other, "import", str(export))) == 0
    assert capsys.readouterr().out.endswith(
        f"imported 6 sessions with 26 steps from {export}; 0 sessions were already in the history\n"
    )
    assert main(history(other, "import", str(export))) == 0
    assert "imported 0 sessions with 0 steps" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text(export.read_text(encoding="utf-8").replace('"pain_step": null', '"pain_step": "x"', 1))
    assert main(history(other, "import", str(bad))) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {bad}:6: /sessions/0/pain_step: must be a whole number or null")
    assert err.endswith("(nothing was imported)\n")
    assert len(HistoryStore.open_read_only(other / "history.sqlite3").sessions()) == 6


def test_delete_needs_yes_and_a_clear_id(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = HistoryStore.open_read_only(data / "history.sqlite3", open_sessions="interrupted")
    first = store.sessions()[0].id
    store.close()
    assert main(history(data, "delete", first[:8])) == 2
    assert "would delete session " + first in capsys.readouterr().err
    assert main(history(data, "delete", "ffffffff-none")) == 1
    assert "error: no session has the id 'ffffffff-none'" in capsys.readouterr().err
    assert main(history(data, "delete", "ab")) == 1
    assert "give at least 4 characters" in capsys.readouterr().err
    assert main(history(data, "delete", first[:8], "--yes")) == 0
    assert capsys.readouterr().out.startswith(
        f"deleted session {first} (Pre-workout warm-up, 2026-11-24 18:00"
    )
    assert first not in [s.id for s in HistoryStore.open_read_only(data / "history.sqlite3").sessions()]


def test_beside_the_running_app_reads_work_and_writes_are_refused(data: Path, tmp_path: Path) -> None:
    export = tmp_path / "all.json"
    with lock_held_elsewhere(data / "instance.lock") as app:
        listed = cli(*history(data, "list"))
        assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 6  # not the running one
        assert listed.stderr == (
            f"note: 1 session still running in the app (process {app.pid}) is left out until it ends\n"
        )
        exported = cli(*history(data, "export", "--format", "json", "--output", str(export)))
        assert exported.returncode == 0 and all(s["outcome"] for s in load_export(export)["sessions"])
        imported = cli(*history(data, "import", str(export)))
        assert imported.returncode == 1
        assert imported.stderr == (
            f"error: {data}: the history is in use by the running app (process {app.pid}); "
            "quit the app first, then try again\n"
        )
        deleted = cli(*history(data, "delete", load_export(export)["sessions"][0]["id"], "--yes"))
        assert deleted.returncode == 1 and "in use by the running app" in deleted.stderr
    outcomes = sqlite3.connect(data / "history.sqlite3").execute("SELECT outcome FROM sessions").fetchall()
    assert outcomes.count((None,)) == 1 and len(outcomes) == 6  # the app's own session untouched


def test_a_read_only_data_dir_is_read_with_no_outcome_missing(data: Path, tmp_path: Path) -> None:
    before = {path.name: path.read_bytes() for path in data.iterdir()}
    export = tmp_path / "out.json"
    data.chmod(0o555)
    try:
        result = cli(
            *history(data, "export", "--format", "json", "--output", str(export)), prefix=as_plain_user()
        )
    finally:
        data.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert [s["outcome"] for s in load_export(export)["sessions"]][-1] == "interrupted"
    assert {path.name: path.read_bytes() for path in data.iterdir()} == before


def pdf_text(path: Path) -> str:
    require_programs("pdftotext")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_export_pdf_report_of_the_days_asked_for(data: Path, tmp_path: Path) -> None:
    # In a process of its own: the report makes a QApplication, which this one must not have yet.
    target = tmp_path / "report.pdf"
    args = history(data, "export", "--format", "pdf", "--output", str(target))
    result = cli(*args, "--from", "2026-11-25", "--to", "2026-11-27")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"exported a report of 3 sessions, 2026-11-25 to 2026-11-27, to {target}\n"
    text = pdf_text(target)
    assert "2026-11-25 to 2026-11-27" in text
    assert "Pre-workout warm-up" in text
    assert "2026-11-24" not in text and "2026-11-28" not in text
    # English plural forms, as the app writes them (the command line installs its catalogue)
    assert "(s)" not in text
    assert "Period: 2026-11-25 to 2026-11-27 (1 week)." in text
    assert "Your weekly goal, set in the app (not a prescription): 3 sessions." in text
    assert "Done: 3 sessions, 3.0 a week on average. 1 of 1 week met the goal." in text


def test_export_pdf_report_in_english_on_a_german_system(data: Path, tmp_path: Path) -> None:
    """The command line speaks English; on a German system its report has English month names
    too (not "Nov." and "Dez.") and the system's paper."""
    require_programs("pdfinfo")
    target = tmp_path / "report.pdf"
    args = history(data, "export", "--format", "pdf", "--output", str(target), "--from", "2026-11-24")
    result = cli(*args, "--to", "2026-11-26", env=dict(os.environ, LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8"))
    assert result.returncode == 0, result.stderr
    text = pdf_text(target)
    assert "Period: 2026-11-24 to 2026-11-26 (1 week)." in text
    assert "24 Nov" in text and "Nov." not in text
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info


def test_export_pdf_report_periods_when_dates_are_left_out() -> None:
    from datetime import date

    from hamstring_desktop.cli_history import _report_period

    today = date(2026, 11, 25)
    assert _report_period(None, None, today) == (date(2025, 11, 26), today)
    assert _report_period(None, date(2026, 6, 30), today) == (date(2025, 7, 1), date(2026, 6, 30))
    assert _report_period(date(2026, 10, 1), None, today) == (date(2026, 10, 1), today)
    assert _report_period(date(2026, 1, 1), date(2026, 1, 31), today) == (date(2026, 1, 1), date(2026, 1, 31))


def test_export_pdf_into_a_folder_is_refused_with_the_reason(data: Path, tmp_path: Path) -> None:
    result = cli(*history(data, "export", "--format", "pdf", "--output", str(tmp_path)))
    assert result.returncode == 1
    last_line = result.stderr.splitlines()[-1]
    assert last_line == f"error: {tmp_path}: cannot write the report (it is a folder, not a file)"


def test_list_says_the_steps_done_against_the_plan_and_against_those_begun_for_older_sessions(
    tmp_path: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """A history made by the app before plans were kept (schema 3), and a warm-up stopped for
    pain in step 3 of 5 since."""
    import shutil

    from tests.helpers.history import START, play

    data = tmp_path / "data"
    data.mkdir()
    fixtures = Path(__file__).parent / "history" / "fixtures"
    shutil.copyfile(fixtures / "history-v3.sqlite3", data / "history.sqlite3")
    store = HistoryStore.open(data / "history.sqlite3")
    store.mark_interrupted()
    play(library, store, 140.0, pain=True, start=START + timedelta(days=30))
    store.close()
    assert main(history(data, "list")) == 0
    lines = capsys.readouterr().out.splitlines()
    columns = lines[0].index("STEPS DONE"), lines[0].index("ROUTINE")
    steps = [line[columns[0] : columns[1]].strip() for line in lines[1:]]
    outcomes = [line.split()[3] for line in lines[1:]]
    assert list(zip(outcomes, steps, strict=True)) == [
        ("completed", "5 of 5 begun"),
        ("pain", "2 of 3 begun"),  # recorded before plans were kept: only what it reached
        ("stopped", "3 of 5 begun"),  # a step gone back to runs twice, and is done once
        ("completed", "2 of 2 begun"),
        ("interrupted", "1 of 1 begun"),
        ("pain", "2 of 5"),  # steps 1 and 2 of the plan's 5 done; stopped in step 3
    ]
    assert lines[-1].endswith("  Pre-workout warm-up")
