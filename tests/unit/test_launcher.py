"""The process's entry: the garbage collector paused while the app starts, and the command line
parsed by the app's own parser when it names no command, with the same outcome either way."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from hamstring_desktop.cli import build_parser, main, parse
from tests.helpers.app_run import run_python

REPO = Path(__file__).resolve().parents[2]


def test_the_collector_is_paused_from_launch_to_the_first_paint_then_runs_again(tmp_path: Path) -> None:
    result = run_python(
        f"""
        import gc, sys
        runs = []

        def counting(phase, info):
            # from the launcher's first line on (compiling it, when it has no bytecode yet, may
            # see a collection before that line)
            launcher = sys.modules.get("hamstring_desktop.launcher")
            if phase == "start" and launcher is not None and "gc" in vars(launcher):
                runs.append(info["generation"])

        gc.callbacks.append(counting)
        sys.argv = ["hamstring-desktop", "--data-dir", {str(tmp_path)!r}]
        from hamstring_desktop import launcher  # pauses it before importing anything else
        from hamstring_desktop.app import bootstrap

        seen = {{}}
        original = bootstrap.FirstPaintWatcher.eventFilter

        def watch(self, watched, event):
            if event.type() == event.Type.Paint and "paint" not in seen:
                seen["paint"] = (gc.isenabled(), len(runs))
                watched.close()
            return original(self, watched, event)

        bootstrap.FirstPaintWatcher.eventFilter = watch
        code = launcher.main()
        print(seen["paint"], gc.isenabled(), gc.get_freeze_count() > 20_000, code)
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    # No collection while the app started; once the window was painted, what the start-up made is
    # frozen (never walked again) and the collector runs again.
    assert result.stdout.strip() == "(False, 0) True True 0"


def test_a_start_up_not_paused_by_the_launcher_freezes_nothing(tmp_path: Path) -> None:
    """``run_gui`` called by other code (a test, an embedding app) leaves its collector alone."""
    result = run_python(
        f"""
        import gc
        from pathlib import Path
        from hamstring_desktop.app import GuiOptions, run_gui
        from hamstring_desktop.paths import DataPaths

        code = run_gui(GuiOptions(paths=DataPaths(Path({str(tmp_path)!r})), routine="no-such-routine"))
        print(gc.isenabled(), gc.get_freeze_count(), code)
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "True 0 1"


def test_a_command_runs_with_the_collector_on(tmp_path: Path) -> None:
    result = run_python(
        f"""
        import gc, sys
        sys.argv = ["hamstring-desktop", "--data-dir", {str(tmp_path)!r}, "history", "list"]
        from hamstring_desktop import launcher, cli_history

        during = []
        real_run = cli_history.run
        cli_history.run = lambda *args: during.append(gc.isenabled()) or real_run(*args)
        print(launcher.main(), during)
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[-1] == "0 [True]"


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--data-dir", "/tmp/somewhere"],
        ["--routine", "pre-workout", "--start", "--mute", "--time-scale", "60"],
        ["--show", "history", "--screenshot", "shot.png", "--screen-size", "1366x768@1.25"],
        ["--routine", "history"],  # names a command word: the full parser takes it
        ["--data", "/tmp/x", "--safety"],  # prefixes of options
    ],
)
def test_an_app_launch_reads_the_same_either_way(words: list[str]) -> None:
    _, args = parse(list(words))
    assert args == build_parser().parse_args(list(words))


@pytest.mark.parametrize(
    "words",
    [
        ["--bogus"],
        ["histroy"],
        ["--screen-size", "100x100"],
        ["--time-scale", "0"],
        ["--show", "settings"],
        ["--data-dir"],
        ["--start", "--start", "extra", "words"],
    ],
)
def test_a_bad_launch_gets_the_full_parsers_message(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as full:
        build_parser().parse_args(list(words))
    expected = capsys.readouterr().err
    with pytest.raises(SystemExit) as ours:
        main(list(words))
    assert (ours.value.code, capsys.readouterr().err) == (full.value.code, expected)
    assert "(try --help)" in expected


@pytest.mark.parametrize("words", [["-h"], ["--help"], ["--he"], ["--hel", "--data-dir", "/tmp/x"]])
def test_help_is_the_full_help_with_the_commands(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``--he`` is argparse's shortening of ``--help``: it printed the app's help alone."""
    with pytest.raises(SystemExit) as ended:
        main(list(words))
    shown = capsys.readouterr().out
    assert ended.value.code == 0
    assert "history" in shown and "techniques" in shown and "--screenshot" in shown


def test_after_parsing_the_app_parser_ends_the_process_on_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser, _ = parse([])
    with pytest.raises(SystemExit) as ended:
        parser.error("--screen-size only works with --screenshot")
    assert ended.value.code == 2
    assert "error: --screen-size only works with --screenshot (try --help)" in capsys.readouterr().err
    assert isinstance(parser, argparse.ArgumentParser)
