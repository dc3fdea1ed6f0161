"""Bad input on the command line: one clear line, the documented exit code, the user's files kept.

Each test here reproduced a crash, a hang, a lost file or a misleading message found in a
hostile-input review.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hamstring_desktop.cli import main
from tests.helpers.system import as_plain_user

REPO = Path(__file__).resolve().parents[2]

ROUTINE = """\
id = "{id}"
name = "Desk break"
when = "any"

[[steps]]
technique = "knuckle-massage"
seconds = 30
side = "each"
"""


def run(*args: str, prefix: list[str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``python -m hamstring_desktop ARGS`` in its own process."""
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "hamstring_desktop", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def export(data_dir: Path, output: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return run(
        "history",
        "export",
        "--format",
        "json",
        "--output",
        output,
        "--data-dir",
        str(data_dir),
        prefix=prefix,
    )


def make_history(data_dir: Path, sessions: int = 1) -> None:
    from datetime import UTC, datetime

    from hamstring_desktop.history.store import HistoryStore

    store = HistoryStore.open(data_dir / "history.sqlite3")
    for _ in range(sessions):
        started = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
        session = store.begin_session("desk-break", "Desk break", started)
        store.finish_session(session, "completed", started, 60.0)
    store.close()


# routines check applies every rule that loading applies


def test_check_rejects_a_builtin_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(ROUTINE.format(id="pre-workout"), encoding="utf-8")
    assert main(["routines", "check", str(mine)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"error: {mine}:1: id: 'pre-workout' is already used by the built-in routine 'Pre-workout warm-up'\n"
    )


def test_check_rejects_two_files_with_one_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    for path in (first, second):
        path.write_text(ROUTINE.format(id="desk-break"), encoding="utf-8")
    assert main(["routines", "check", str(first), str(second), str(first)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"ok: {first}: Desk break, 2 steps, 1:00"] * 2  # the same file twice
    assert captured.err == f"error: {second}:1: id: 'desk-break' is already used by {first}\n"


def test_list_reports_the_same_clashes(tmp_path: Path) -> None:
    (tmp_path / "routines").mkdir()
    for name, routine_id in (("a.toml", "desk-break"), ("b.toml", "desk-break"), ("c.toml", "partner")):
        (tmp_path / "routines" / name).write_text(ROUTINE.format(id=routine_id), encoding="utf-8")
    result = run("routines", "list", "--json", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert [r["id"] for r in json.loads(result.stdout)].count("desk-break") == 1
    assert "b.toml:1: id: 'desk-break' is already used by" in result.stderr
    assert (
        "c.toml:1: id: 'partner' is already used by the built-in routine 'Partner massage'" in result.stderr
    )


# Crashes from routine files


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("[" * 1000 + "]" * 1000, "nested too deeply"),
        ("{a = " * 1000 + "1" + "}" * 1000, "nested too deeply"),
        ("1" * 4400, "a number is too long"),
    ],
    ids=["arrays", "inline-tables", "decimal"],
)
def test_routine_files_that_crashed_the_parser(tmp_path: Path, value: str, words: str) -> None:
    routines = tmp_path / "data" / "routines"
    routines.mkdir(parents=True)
    bad = routines / "bad.toml"
    bad.write_text(ROUTINE.format(id="bad") + "\nv = " + value + "\n", encoding="utf-8")
    before = bad.read_bytes()
    checked = run("routines", "check", str(bad))
    assert checked.returncode == 1
    assert one_line(checked.stderr).startswith(f"error: {bad}:10: ")
    assert words in checked.stderr
    listed = run("routines", "list", "--data-dir", str(tmp_path / "data"))
    assert listed.returncode == 1 and "post-workout" in listed.stdout
    assert one_line(listed.stderr).startswith(f"error: {bad}:10: ")
    assert bad.read_bytes() == before


def test_the_app_starts_with_every_kept_crasher_in_its_routines_folder(tmp_path: Path) -> None:
    """One bad file used to stop the app from starting at all."""
    crashers = REPO / "tests" / "fuzz" / "crashers"
    routines = tmp_path / "data" / "routines"
    routines.mkdir(parents=True)
    for crasher in crashers.glob("*.toml"):
        (routines / crasher.name).write_bytes(crasher.read_bytes())
    (routines / "too-large.toml").write_bytes(b"#" * (2 * 1024 * 1024))
    result = run("--data-dir", str(tmp_path / "data"), "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_huge_hex_number_is_reported_briefly(tmp_path: Path) -> None:
    bad = tmp_path / "hex.toml"
    bad.write_text(
        ROUTINE.format(id="hex").replace("seconds = 30", "seconds = 0x" + "f" * 4000), encoding="utf-8"
    )
    result = run("routines", "check", str(bad))
    assert result.returncode == 1
    assert one_line(result.stderr) == (
        f"error: {bad}:7: steps[1].seconds: must be at most 3600, not a very large number"
    )


def test_a_byte_order_mark_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "bom.toml"
    mine.write_bytes(b"\xef\xbb\xbf" + ROUTINE.format(id="bom").encode())
    assert main(["routines", "check", str(mine)]) == 0
    assert capsys.readouterr().out == f"ok: {mine}: Desk break, 2 steps, 1:00\n"


# A hang


def test_a_fifo_is_refused_by_check_and_list(tmp_path: Path) -> None:
    routines = tmp_path / "routines"
    routines.mkdir()
    fifo = routines / "x.toml"
    os.mkfifo(fifo)
    (routines / "good.toml").write_text(ROUTINE.format(id="desk-break"), encoding="utf-8")
    checked = run("routines", "check", str(fifo), timeout=30)
    assert checked.returncode == 1
    assert one_line(checked.stderr) == f"error: {fifo}: is a named pipe (FIFO), not a file: it was not opened"
    listed = run("routines", "list", "--data-dir", str(tmp_path), timeout=30)
    assert listed.returncode == 1 and "desk-break" in listed.stdout
    assert one_line(listed.stderr) == checked.stderr.strip()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


# Files destroyed by export


def test_export_through_a_symlink_updates_its_target(tmp_path: Path) -> None:
    make_history(tmp_path)
    real = tmp_path / "kept" / "history.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = export(tmp_path, str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert len(json.loads(real.read_text(encoding="utf-8"))["sessions"]) == 1
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


def test_export_over_a_0644_file_keeps_0644(tmp_path: Path) -> None:
    target = tmp_path / "history.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    assert export(tmp_path, str(target)).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert json.loads(target.read_text(encoding="utf-8"))["sessions"] == []


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_export_to_a_full_device_keeps_the_device(tmp_path: Path) -> None:
    full = tmp_path / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    result = export(tmp_path, str(full))
    assert result.returncode == 1
    assert one_line(result.stderr) == f"error: {full}: cannot write the export (No space left on device)"
    assert stat.S_ISCHR(full.lstat().st_mode)


def test_export_to_a_folder_or_nothing(tmp_path: Path) -> None:
    folder = export(tmp_path, str(tmp_path))
    assert folder.returncode == 1
    assert (
        one_line(folder.stderr) == f"error: {tmp_path}: cannot write the export (it is a folder, not a file)"
    )
    empty = export(tmp_path, "")
    assert empty.returncode == 2
    assert one_line(empty.stderr).endswith("error: argument --output: must not be empty (try --help)")


def test_export_to_stdout_keeps_the_json_clean(tmp_path: Path) -> None:
    # /dev/fd/1 rather than /dev/stdout: a writer that renamed over the path would then fail
    # harmlessly instead of replacing the machine's /dev/stdout link (as root it could).
    make_history(tmp_path, sessions=2)
    result = export(tmp_path, "/dev/fd/1")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["sessions"]) == 2
    assert result.stderr == "exported 2 sessions to /dev/fd/1\n"


# Unclear or wrong messages


def test_a_file_as_the_data_dir_is_a_usage_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.write_text("not a folder", encoding="utf-8")
    listed = run("routines", "list", "--data-dir", str(data))
    assert listed.returncode == 2 and listed.stdout == ""
    assert one_line(listed.stderr) == f"hamstring-desktop: error: --data-dir {data}: is a file, not a folder"
    out = tmp_path / "out.json"
    exported = export(data, str(out))
    assert exported.returncode == 2 and not out.exists()
    inside = run("routines", "list", "--data-dir", str(data / "sub"))
    assert one_line(inside.stderr).endswith(f"--data-dir {data / 'sub'}: {data} is a file, not a folder")


def test_an_empty_data_dir_is_a_usage_error() -> None:
    result = run("routines", "list", "--data-dir", "")
    assert result.returncode == 2
    assert one_line(result.stderr).endswith("error: argument --data-dir: must not be empty (try --help)")


@pytest.mark.parametrize("scale", ["1e300", "1001", "inf", "0", "-2", "nan"])
def test_the_time_scale_is_bounded(scale: str) -> None:
    result = run("--routine", "pre-workout", "--time-scale", scale)
    assert result.returncode == 2
    assert "at most 1000" in one_line(result.stderr)


def test_a_time_scale_of_1000_is_accepted() -> None:
    from hamstring_desktop.cli import build_parser

    assert build_parser().parse_args(["--time-scale", "1000"]).time_scale == 1000.0


def test_a_closed_pipe_ends_the_command_quietly() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "hamstring_desktop", "routines", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=REPO,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before the first line is written
        stderr = process.stderr.read()
        assert process.wait(60) == 141
    assert stderr == b""


def test_a_read_only_data_dir_says_before_the_session_that_it_will_not_be_saved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    try:
        result = run(
            "--data-dir", str(data), "--routine", "rest-day", "--start", "--quit-after-session",
            "--safety-acknowledged", "--mute", "--time-scale", "200",
            prefix=as_plain_user(), timeout=120,
        )  # fmt: skip
    finally:
        data.chmod(0o755)
    assert result.returncode == 0, result.stderr  # the session ran to the end
    lines = result.stderr.splitlines()
    assert f"warning: Cannot create the folder {data / 'routines'}: Permission denied" in lines
    said = (
        f"hamstring-desktop: Your history will not be saved this session: the folder {data} cannot be "
        "written (read-only or no permission)"
    )
    assert said in lines
    assert list(data.iterdir()) == []  # nothing written


def test_a_scripted_session_offscreen_does_not_wait_for_an_unseen_safety_check(tmp_path: Path) -> None:
    """Nobody can answer the safety check in a window that is not on a screen: the run says so
    and ends (it used to wait for ever), and nothing is recorded."""
    result = run(
        "--data-dir", str(tmp_path), "--routine", "rest-day", "--start", "--quit-after-session", "--mute",
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        "error: The safety check needs an answer before the first session, but this window is not on "
        "a screen. Read it in the app (Help ▸ Safety, F1), then run again with --safety-acknowledged."
    )
    from hamstring_desktop.history.store import HistoryStore

    assert HistoryStore.open(tmp_path / "history.sqlite3").sessions() == []


def test_an_unreadable_routines_folder_is_reported(tmp_path: Path) -> None:
    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "mine.toml").write_text(ROUTINE.format(id="desk-break"), encoding="utf-8")
    routines.chmod(0)
    try:
        result = run("routines", "list", "--data-dir", str(tmp_path), prefix=as_plain_user())
    finally:
        routines.chmod(0o755)
    assert result.returncode == 1 and "post-workout" in result.stdout
    assert one_line(result.stderr) == (
        f"error: {routines}: cannot be read (Permission denied): your own routines were not loaded"
    )


def test_export_from_a_read_only_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    make_history(data, sessions=3)
    before = sorted(p.name for p in data.iterdir())
    data.chmod(0o555)
    out = tmp_path / "out.json"
    try:
        result = export(data, str(out), prefix=as_plain_user())
    finally:
        data.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["sessions"]) == 3
    assert sorted(p.name for p in data.iterdir()) == before


# A crash on a bad screenshot path


def test_a_screenshot_into_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    target = blocker / "shots" / "x.png"
    result = run("--data-dir", str(tmp_path / "data"), "--screenshot", str(target))
    assert result.returncode == 1
    assert one_line(result.stderr) == f"error: {target}: cannot save the screenshot (Not a directory)"


def test_a_screenshot_into_a_read_only_folder(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    shots.chmod(0o555)
    target = shots / "x.png"
    result = run("--data-dir", str(tmp_path / "data"), "--screenshot", str(target), prefix=as_plain_user())
    assert result.returncode == 1
    assert one_line(result.stderr) == f"error: {target}: cannot save the screenshot (Permission denied)"
    assert list(shots.iterdir()) == []


# A crash from settings


def test_an_out_of_range_volume_does_not_stop_the_app(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[sound]\nvolume=3000000000\n", encoding="utf-8")
    result = run("--data-dir", str(data), "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "sound/volume = '3000000000' is not a whole number from 0 to 100; using 60" in result.stderr


def test_a_fifo_as_settings_file_does_not_hang_the_app(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    os.mkfifo(data / "settings.ini")
    os.mkfifo(data / "routines" / "x.toml")
    result = run("--data-dir", str(data), "--screenshot", str(tmp_path / "shot.png"), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "settings.ini is a named pipe (FIFO)" in result.stderr
    assert stat.S_ISFIFO((data / "settings.ini").lstat().st_mode)


def test_history_import_of_a_csv_export_says_to_import_the_json_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_history(tmp_path, sessions=2)
    exported = tmp_path / "h.csv"
    assert (
        main(["history", "export", "--format", "csv", "--output", str(exported), "--data-dir", str(tmp_path)])
        == 0
    )
    capsys.readouterr()
    other = tmp_path / "other"
    assert main(["history", "import", str(exported), "--data-dir", str(other)]) == 1
    assert capsys.readouterr().err == (
        f"error: {exported}:1: only the app's JSON exports can be imported, and this looks like a CSV "
        "export of the history (a row per session): export the history as JSON and import that file "
        "(nothing was imported)\n"
    )


@pytest.mark.parametrize("kind", ["csv", "json", "pdf"])
def test_history_export_into_a_missing_folder_makes_no_folder(tmp_path: Path, kind: str) -> None:
    missing = tmp_path / "nope"
    result = run("--data-dir", str(tmp_path / "data"), "history", "export", "--format", kind,
                 "--output", str(missing / f"h.{kind}"))  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        f"error: {missing / f'h.{kind}'}: cannot write the export (the folder {missing} does not exist)\n"
    )
    assert not missing.exists()
