"""Command line: ``hamstring-desktop`` launches the app; sub-commands list content, and hand the
rest to ``cli_history.py`` (the history) and ``cli_routines.py`` (routine files)."""

from __future__ import annotations

import argparse
import gc
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from hamstring_desktop import __version__, code_cache
from hamstring_desktop.cli_files import COMMANDS, routine_file_argument, stray_file
from hamstring_desktop.paths import ENV_DATA_DIR, DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from datetime import date

PROG = "hamstring-desktop"
MAX_TIME_SCALE = 1000.0  # faster than this, every step would last less than a timer tick
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a tool ended by SIGPIPE


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (try --help)\n")


class _NotTheApp(Exception):
    """The words are not an app launch the app's own parser takes."""


class _AppParser(OneLineParser):
    """The parser of an app launch alone, without the commands: while ``trying``, anything it
    does not take raises ``_NotTheApp`` instead of ending the process."""

    trying = True

    def error(self, message: str) -> NoReturn:
        if self.trying:
            raise _NotTheApp(message)
        super().error(message)


def parse(arguments: list[str]) -> tuple[OneLineParser, argparse.Namespace]:
    """The parser and what it made of ``arguments``.

    Building the parser of every command costs about 4 ms of the app's start (argparse looks up
    its own translations for each of its 20 parsers), so words that name no command are first
    given to the app's parser alone. Whatever it does not take (a typo, a misplaced command) is
    parsed again by the full parser, so that users read the same message either way."""
    if not any(word in COMMANDS or _asks_for_help(word) for word in arguments):
        app_parser = build_parser(commands=False)
        assert isinstance(app_parser, _AppParser)
        try:
            return app_parser, app_parser.parse_args(arguments)
        except _NotTheApp:
            pass
        finally:
            app_parser.trying = False
    parser = build_parser()
    return parser, parser.parse_args(arguments)


def _asks_for_help(word: str) -> bool:
    """``-h``, ``--help`` or a prefix of it that argparse takes for it (``--he``)."""
    return word == "-h" or (len(word) > 2 and "--help".startswith(word))


def build_parser(commands: bool = True) -> OneLineParser:
    """The full argument parser (also used by the README's CLI section); without ``commands``,
    the parser of an app launch alone."""
    data_dir_help = (
        f"where settings, routines and history live "
        f"(default: ${ENV_DATA_DIR}, then the platform's user data dir)"
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", type=_not_empty, default=argparse.SUPPRESS, help=data_dir_help
    )

    parser = (OneLineParser if commands else _AppParser)(
        prog=PROG,
        usage=f"{PROG} [OPTIONS] [FILE.hamstring.toml]\n       {PROG} [--data-dir DIR] COMMAND ...",
        description="Guided hamstring self-massage. With no command, opens the app; with a routine "
        "file (FILE.toml) last, opens the app and imports it, as opening the file from a file manager does.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        type=_file_path,
        help="open the main window, save a PNG of it once painted, and exit "
        "(with --routine ID --start: once the first step runs)",
    )
    parser.add_argument(
        "--screen-size",
        metavar="WxH[@R]",
        type=_screen_size,
        help="with --screenshot: the screen to simulate, in logical pixels, optionally with a "
        "device pixel ratio (default 1920x1080; 1920x1080@2 is a 3840x2160 panel at 200 %%)",
    )
    parser.add_argument(
        "--show",
        choices=("player", "history"),
        default="player",
        help="the page to open on (works with --screenshot; default player)",
    )
    parser.add_argument("--routine", metavar="ID", help="open the player with this routine chosen")
    parser.add_argument("--start", action="store_true", help="with --routine: start it at once")
    parser.add_argument(
        "--select-muscle",
        metavar="ID",
        help="open the anatomy diagram with this muscle selected (works with --screenshot)",
    )
    parser.add_argument(
        "--time-scale",
        metavar="X",
        type=_time_scale,
        default=1.0,
        help=f"run the session clock X times faster (demos and tests; default 1, at most {MAX_TIME_SCALE:g})",
    )
    parser.add_argument(
        "--quit-after-session", action="store_true", help="exit when the session ends (0 if completed)"
    )
    parser.add_argument("--mute", action="store_true", help="no tones or voice for this run")
    parser.add_argument(
        "--safety-acknowledged",
        action="store_true",
        help="skip the pre-session safety check for this run (scripted use)",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    _add_content_commands(parser, common)
    return parser


def _add_content_commands(parser: OneLineParser, common: argparse.ArgumentParser) -> None:
    """``techniques list``, ``routines list|validate|import|export|schema``, then the history's."""
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser, prog=PROG)

    techniques = commands.add_parser("techniques", help="the massage technique library")
    technique_actions = techniques.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = technique_actions.add_parser("list", help="list techniques", parents=[common])
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    routines = commands.add_parser("routines", help="built-in and your own routines")
    routine_actions = routines.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = routine_actions.add_parser("list", help="list routines", parents=[common])
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    validate = routine_actions.add_parser(
        "validate", aliases=["check"], help="validate routine files (check is an alias)", parents=[common]
    )
    validate.add_argument("files", nargs="+", type=_file_path, metavar="FILE")
    importing = routine_actions.add_parser(
        "import", help="validate a routine file and copy it into your routines", parents=[common]
    )
    importing.add_argument("file", type=_file_path, metavar="FILE")
    importing.add_argument(
        "--replace", action="store_true", help="replace your own routine that has the same id"
    )
    exporting = routine_actions.add_parser("export", help="write a routine's file", parents=[common])
    exporting.add_argument("routine", metavar="ID", help="the routine's id (routines list)")
    exporting.add_argument("--output", type=_file_path, required=True, metavar="FILE", help="where to write")
    schema = routine_actions.add_parser(
        "schema", help="print the JSON Schema of routine files (for editors)", parents=[common]
    )
    schema.add_argument("--output", type=_file_path, metavar="FILE", help="write it here instead")

    _add_history_commands(commands, common)


def _add_history_commands(
    commands: argparse._SubParsersAction[OneLineParser], common: argparse.ArgumentParser
) -> None:
    """``history list|export|import|delete``."""
    dates = argparse.ArgumentParser(add_help=False)
    dates.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        type=_local_date,
        help="from this day (YYYY-MM-DD, local, included)",
    )
    dates.add_argument("--to", dest="last", metavar="DATE", type=_local_date, help="to this day (included)")
    history = commands.add_parser("history", help="your session history")
    history_actions = history.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = history_actions.add_parser("list", help="list sessions, oldest first", parents=[common, dates])
    listing.add_argument("--json", action="store_true", help="print JSON (the export's session objects)")
    export = history_actions.add_parser("export", help="export sessions to a file", parents=[common, dates])
    export.add_argument(
        "--format",
        choices=["csv", "steps-csv", "json", "pdf"],
        required=True,
        help="csv: a row per session; steps-csv: a row per step; json: everything, importable; "
        "pdf: the report for a physiotherapist (default period: the last twelve months)",
    )
    export.add_argument("--output", type=_file_path, required=True, metavar="FILE", help="where to write")
    importing = history_actions.add_parser(
        "import", help="add the sessions of a JSON export (merged by id)", parents=[common]
    )
    importing.add_argument("file", type=_file_path, metavar="FILE")
    delete = history_actions.add_parser("delete", help="delete one session", parents=[common])
    delete.add_argument("id", metavar="ID", help="the session's id, or enough of its start to tell it apart")
    delete.add_argument("--yes", action="store_true", help="really delete it (there is no undo here)")


def _local_date(text: str) -> date:
    from datetime import date  # only the history's commands take dates: the app starts without

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a date like 2026-11-24") from None


SCREEN_LIMITS = (320, 8192)


def _screen_size(text: str) -> tuple[int, int, float]:
    size, _, ratio_text = text.lower().partition("@")
    width_text, _, height_text = size.partition("x")
    try:
        width, height = int(width_text), int(height_text)
        ratio = float(ratio_text) if ratio_text else 1.0
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1366x768 or 1920x1080@2") from None
    low, high = SCREEN_LIMITS
    if not (low <= width <= high and low <= height <= high):
        raise argparse.ArgumentTypeError(f"'{text}': width and height must be {low} to {high} pixels")
    if not (math.isfinite(ratio) and 1 <= ratio <= 4):
        raise argparse.ArgumentTypeError(f"'{text}': the pixel ratio must be 1 to 4")
    return width, height, ratio


def _screenshot_screen(args: argparse.Namespace) -> tuple[int, int, float] | None:
    """The screen a screenshot is taken on: the one asked for, else a simulated 1920×1080
    wherever there is no real screen to use."""
    if args.screen_size is not None:
        return args.screen_size
    if args.screenshot is None:
        return None
    import os

    platform = os.environ.get("QT_QPA_PLATFORM", "")
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    headless = platform.startswith(("offscreen", "minimal")) or (
        not platform and sys.platform.startswith("linux") and not has_display
    )
    return (1920, 1080, 1.0) if headless else None


def _time_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a number") from None
    if not (math.isfinite(value) and 0 < value <= MAX_TIME_SCALE):
        limit = f"{MAX_TIME_SCALE:g}"
        raise argparse.ArgumentTypeError(f"'{text[:40]}' must be a number above 0 and at most {limit}")
    return value


def _not_empty(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def _file_path(text: str) -> Path:
    return Path(_not_empty(text))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``hamstring-desktop`` command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    routine_file = routine_file_argument(arguments)
    stray = stray_file(arguments) if routine_file is None else None
    if stray is not None:
        build_parser().error(f"{stray} is not a routine file: routine files end in .toml")
    if routine_file is not None and not routine_file.is_file():  # a typo: no window to tell
        build_parser().error(f"{routine_file}: no such routine file")
    parser, args = parse(arguments)
    args.routine_file = routine_file
    given = getattr(args, "data_dir", None)
    root = resolve_data_dir(given)
    problem = _data_dir_problem(root)
    if problem:
        source = "--data-dir" if given else f"${ENV_DATA_DIR}" if os.environ.get(ENV_DATA_DIR) else "data dir"
        print(f"{PROG}: error: {source} {root}: {problem}", file=sys.stderr)
        return 2
    try:
        code = _run(parser, args, DataPaths(root))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`... | head`): end quietly, as Unix tools do.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return code


def _data_dir_problem(root: Path) -> str:
    """Why ``root`` cannot be the data folder, or "" (a folder that does not exist yet is fine)."""
    try:
        is_folder = root.is_dir()
        exists = root.exists()
    except (OSError, ValueError):
        return "is not a usable folder name"
    if exists and not is_folder:
        return "is a file, not a folder"
    if not exists:
        for parent in root.parents:
            if parent.exists():
                return "" if parent.is_dir() else f"{parent} is a file, not a folder"
    return ""


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it on the way out raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _run(parser: OneLineParser, args: argparse.Namespace, paths: DataPaths) -> int:
    if args.command is None:
        from hamstring_desktop.app import GuiOptions, ScreenSize, run_gui

        if args.screen_size is not None and args.screenshot is None:
            parser.error("--screen-size only works with --screenshot")
        if args.screenshot is not None and args.start and args.routine is None:
            parser.error("--screenshot with --start needs --routine ID")
        if args.routine_file is not None and (args.screenshot is not None or args.start):
            parser.error("a routine file to import cannot go with --screenshot or --start")
        if args.show == "history" and args.start:
            parser.error("--start opens the player: it cannot go with --show history")
        screen = _screenshot_screen(args)
        return run_gui(
            GuiOptions(
                paths=paths,
                screenshot=args.screenshot,
                screen_size=ScreenSize(*screen) if screen is not None else None,
                routine=args.routine,
                select_muscle=args.select_muscle,
                show=args.show,
                routine_file=args.routine_file,
                start=args.start,
                time_scale=args.time_scale,
                quit_after_session=args.quit_after_session,
                mute=args.mute,
                safety_acknowledged=args.safety_acknowledged,
            )
        )
    code_cache.stop(save=False)  # started by launcher.py for the window's start: there is none
    gc.enable()  # paused by launcher.py until the window's first paint: here there is none
    if args.command == "history":
        from hamstring_desktop import cli_history

        first, last = getattr(args, "first", None), getattr(args, "last", None)
        if first is not None and last is not None and first > last:
            parser.error(f"--from {first} comes after --to {last}")
        return cli_history.run(args.action, paths, vars(args), sys.stdout, sys.stderr)
    if args.command == "routines" and args.action != "list":
        from hamstring_desktop import cli_routines

        return cli_routines.run(args, paths, sys.stdout, sys.stderr)
    return _list(args.command, args.json, paths, sys.stdout, sys.stderr)


def _list(kind: str, as_json: bool, paths: DataPaths, out: TextIO, err: TextIO) -> int:
    from hamstring_desktop.services.content_source import load_content
    from hamstring_desktop.words.durations import clock

    loaded = load_content(paths.routines_dir)
    for error in loaded.user_errors:
        print(f"error: {error}", file=err)
    library = loaded.library
    rows: list[dict[str, object]]
    if kind == "techniques":
        rows = [
            {
                "id": t.id,
                "name": t.name,
                "mode": t.mode.value,
                "tools": list(t.tools),
                "when": [w.value for w in t.when],
                "target_muscles": list(t.target_muscles),
                "default_seconds": t.default_seconds,
            }
            for t in library.techniques
        ]
        columns = ("id", "name", "mode")
    else:
        rows = [
            {
                "id": r.id,
                "name": r.name,
                "when": r.when.value,
                "total_seconds": r.total_seconds,
                "steps": r.step_count,
                "builtin": r.builtin,
                "waits": r.wait_count,
            }
            for r in library.routines
        ]
        for row in rows:
            row["duration"] = clock(int(str(row["total_seconds"])))
            row["from"] = "built-in" if row["builtin"] else "yours"
        columns = ("id", "name", "when", "duration", "from")
    if as_json:
        import json

        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in columns]
        print(
            "  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
            file=out,
        )
        for row in rows:
            cells = (str(row[c]).ljust(w) for c, w in zip(columns, widths, strict=True))
            print("  ".join(cells).rstrip(), file=out)
    return 1 if loaded.user_errors else 0
