"""The command line, as a user types it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from hamstring_desktop import __version__
from hamstring_desktop.charts.frame import WORK_COLOUR
from hamstring_desktop.cli import main
from hamstring_desktop.history.store import HistoryStore
from tests.helpers.history import add_made, made_session

REPO = Path(__file__).resolve().parents[2]

MY_ROUTINE = """\
id = "desk-break"
name = "Desk break"
when = "any"

[[steps]]
technique = "knuckle-massage"
seconds = 30
side = "each"
"""


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m hamstring_desktop`` as a separate process."""
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "hamstring_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"hamstring-desktop {__version__}"


def test_techniques_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["techniques", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows][:2] == ["foam-rolling", "knuckle-massage"]
    assert all(r["name"] for r in rows)


def test_routines_list_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routines", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "WHEN", "DURATION", "FROM"]
    assert lines[2].startswith("post-workout") and lines[2].split()[-2:] == ["10:00", "built-in"]


def test_user_routines_come_from_the_data_dir_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mine" / "routines").mkdir(parents=True)
    (tmp_path / "mine" / "routines" / "desk.toml").write_text(MY_ROUTINE, encoding="utf-8")
    assert main(["routines", "list", "--json", "--data-dir", str(tmp_path / "mine")]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["desk-break"]["builtin"] is False
    assert rows["desk-break"]["total_seconds"] == 60


def test_flag_wins_over_environment(tmp_path: Path) -> None:
    (tmp_path / "env" / "routines").mkdir(parents=True)
    (tmp_path / "env" / "routines" / "desk.toml").write_text(MY_ROUTINE, encoding="utf-8")
    from_env = run("routines", "list", "--json", env={"HAMSTRING_DESKTOP_DATA_DIR": str(tmp_path / "env")})
    assert "desk-break" in {r["id"] for r in json.loads(from_env.stdout)}
    flag = run(
        "--data-dir",
        str(tmp_path / "flag"),
        "routines",
        "list",
        "--json",
        env={"HAMSTRING_DESKTOP_DATA_DIR": str(tmp_path / "env")},
    )
    assert "desk-break" not in {r["id"] for r in json.loads(flag.stdout)}


def test_broken_user_routine_is_reported_and_left_alone(tmp_path: Path) -> None:
    routines = tmp_path / "routines"
    routines.mkdir()
    broken = routines / "broken.toml"
    broken.write_text(MY_ROUTINE.replace("seconds = 30", "seconds = thirty"), encoding="utf-8")
    before = broken.read_bytes()
    result = run("routines", "list", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert f"error: {broken}:7: not valid TOML" in result.stderr
    assert "post-workout" in result.stdout  # the good ones still list
    assert broken.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["frobnicate"], ["techniques"], ["routines", "list", "--jsn"]],
)
def test_bad_arguments_give_one_line_and_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hamstring-desktop")
    assert "error:" in lines[0]


@pytest.mark.parametrize("word", ["notes.txt", "Downloads/routine.toml.part", "./routine"])
def test_a_file_that_is_not_a_routine_file_is_named_as_such(word: str) -> None:
    result = run(word)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"hamstring-desktop: error: {word} is not a routine file: routine files end in .toml (try --help)"
    )


def test_a_routine_file_that_does_not_exist_is_named_and_nothing_starts(tmp_path: Path) -> None:
    missing = tmp_path / "desk-routine.toml"
    result = run(str(missing))
    assert result.returncode == 2
    assert result.stderr.strip() == f"hamstring-desktop: error: {missing}: no such routine file (try --help)"


def test_a_misspelt_command_still_lists_the_commands() -> None:
    result = run("histroy")
    assert result.returncode == 2
    assert "invalid choice: 'histroy'" in result.stderr and "history" in result.stderr


def test_routines_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.toml"
    good.write_text(MY_ROUTINE, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(MY_ROUTINE.replace('"knuckle-massage"', '"elbow-drop"'), encoding="utf-8")
    assert main(["routines", "check", str(good), str(bad), str(tmp_path / "absent.toml")]) == 1
    captured = capsys.readouterr()
    assert f"ok: {good}: Desk break, 2 steps, 1:00" in captured.out
    assert f"error: {bad}:6: steps[1].technique: unknown technique 'elbow-drop'" in captured.err
    assert "absent.toml: cannot be read" in captured.err


def test_screenshot_offscreen(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = run("--data-dir", str(tmp_path / "data"), "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() >= 1200 and image.height() >= 800
    # Again with the same data: the same size, and the user's saved layout is left alone.
    settings = tmp_path / "data" / "settings.ini"
    before = settings.read_bytes() if settings.exists() else b""
    again = run("--data-dir", str(tmp_path / "data"), "--screenshot", str(target))
    assert again.returncode == 0, again.stderr
    assert QImage(str(target)).size() == image.size()
    assert (settings.read_bytes() if settings.exists() else b"") == before


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        ("1280x720", (1264, 672)),  # the screen less room for a title bar and borders
        ("1366x768", (1350, 720)),
        ("1920x1080", (1400, 900)),
        ("1920x1080@2", (2800, 1800)),  # a 3840×2160 panel at 200 %: every pixel drawn
    ],
)
def test_screenshot_on_a_simulated_screen(tmp_path: Path, screen: str, expected: tuple[int, int]) -> None:
    target = tmp_path / "shot.png"
    result = run("--data-dir", str(tmp_path / "data"), "--screenshot", str(target), "--screen-size", screen)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == expected


def test_screenshot_of_a_running_session_leaves_no_history(tmp_path: Path) -> None:
    target = tmp_path / "session.png"
    data = tmp_path / "data"
    result = run(
        "--data-dir", str(data), "--routine", "post-workout", "--start", "--time-scale", "20",
        "--screenshot", str(target), "--screen-size", "1366x768",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1350, 720)
    # The red pain button is in the picture: a wide run of its colour near the bottom.
    red_rows = [
        y
        for y in range(image.height() // 2, image.height())
        if sum(image.pixelColor(x, y).name() == "#c0392b" for x in range(0, image.width(), 4)) > 100
    ]
    assert red_rows, "no pain button in the picture"
    assert not (data / "history.sqlite3").exists()


def test_screenshot_of_the_history_page_reads_the_history_and_leaves_it_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = HistoryStore.open(data / "history.sqlite3")
    today = date.today()
    add_made(store, [made_session(today - timedelta(days=days)) for days in range(0, 80, 3)])
    store.close()
    before = (data / "history.sqlite3").read_bytes()
    target = tmp_path / "history.png"
    result = run(
        "--data-dir", str(data), "--show", "history", "--screenshot", str(target), "--screen-size", "1366x768"
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1350, 720)
    # The week charts' bars: a large area of the work colour (the player has a highlighted row at most).
    bars = sum(
        image.pixelColor(x, y).name() == WORK_COLOUR.lower()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    assert bars > 4000, bars
    assert (data / "history.sqlite3").read_bytes() == before
    assert not list(data.glob("history.sqlite3?*")), "no journal, no lock, no damaged copy"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--screen-size", "1366x768"], "--screen-size only works with --screenshot"),
        (["--screenshot", "x.png", "--screen-size", "big"], "is not a size like 1366x768"),
        (["--screenshot", "x.png", "--screen-size", "100x100"], "must be 320 to 8192 pixels"),
        (["--screenshot", "x.png", "--screen-size", "1920x1080@9"], "pixel ratio must be 1 to 4"),
        (["--screenshot", "x.png", "--start"], "--screenshot with --start needs --routine ID"),
        (["--show", "history", "--routine", "rest-day", "--start"], "cannot go with --show history"),
        (["--show", "charts"], "invalid choice: 'charts'"),
    ],
)
def test_screen_size_usage_errors(tmp_path: Path, arguments: list[str], message: str) -> None:
    result = run("--data-dir", str(tmp_path / "data"), *arguments)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_screenshot_with_a_muscle_selected(tmp_path: Path) -> None:
    plain, selected = tmp_path / "plain.png", tmp_path / "selected.png"
    assert run("--data-dir", str(tmp_path / "a"), "--screenshot", str(plain)).returncode == 0
    result = run(
        "--data-dir", str(tmp_path / "b"), "--select-muscle", "semitendinosus", "--screenshot", str(selected)
    )
    assert result.returncode == 0, result.stderr
    before, after = QImage(str(plain)), QImage(str(selected))
    assert before.size() == after.size()
    # The selected muscle is filled with its own colour (pink, #CC79A7) in the anatomy dock.
    pink = 0
    for y in range(0, after.height(), 2):
        for x in range(after.width() * 2 // 3, after.width(), 2):
            colour = after.pixelColor(x, y)
            changed = colour != before.pixelColor(x, y)
            if changed and colour.red() > 170 and colour.blue() > 110 and colour.green() < colour.blue():
                pink += 1
    assert pink > 150
    unknown = run(
        "--data-dir", str(tmp_path / "c"), "--select-muscle", "quadriceps", "--screenshot", str(plain)
    )
    assert unknown.returncode == 1
    assert "There is no muscle 'quadriceps'" in unknown.stderr and "semitendinosus" in unknown.stderr


def test_history_export_moves_a_damaged_database_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = b"\x00garbage" * 500
    (tmp_path / "history.sqlite3").write_bytes(damaged)
    out = tmp_path / "out.json"
    arguments = ["history", "export", "--format", "json", "--output", str(out), "--data-dir", str(tmp_path)]
    assert main(arguments) == 0
    err = capsys.readouterr().err
    [moved] = tmp_path.glob("history.sqlite3.damaged-*")
    assert err.startswith(f"note: the history was damaged (file is not a database); it was moved to {moved}")
    assert moved.read_bytes() == damaged  # never deleted
    assert json.loads(out.read_text(encoding="utf-8"))["sessions"] == []


def test_history_export_with_no_sessions_yet(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert (
        main(["history", "export", "--format", "json", "--output", str(out), "--data-dir", str(tmp_path)])
        == 0
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["schema_version"], document["sessions"], document["steps"]) == (2, [], [])
    assert not (tmp_path / "history.sqlite3").exists()  # reading made nothing


@pytest.mark.parametrize(
    ("arguments", "file"),
    [
        (["shared.hamstring.toml"], "shared.hamstring.toml"),
        (["--routine", "rest-day", "my routine.toml"], "my routine.toml"),
        (["--data-dir", "data.toml"], None),
        (["--data", "data.toml"], None),  # argparse takes a prefix of an option as the option
        (["--rout", "x.toml"], None),
        (["--data-dir=data.toml"], None),
        (["routines", "validate", "a.toml"], None),
        (["notes.txt"], None),
    ],
)
def test_a_routine_file_is_the_last_word_unless_it_is_an_options_value(
    arguments: list[str], file: str | None
) -> None:
    from hamstring_desktop.cli_files import routine_file_argument

    given = list(arguments)
    found = routine_file_argument(given)
    assert (found.name if found is not None else None) == (Path(file).name if file else None)
    assert given == (arguments[:-1] if file else arguments), "a file is taken out of the arguments"
