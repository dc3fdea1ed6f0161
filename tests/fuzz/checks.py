"""The property every reader must have: whatever the bytes, the caller gets a valid result or the
project's own error, brief and pointing into the file. Used by the fuzz tests and by the
regression test that replays the crashers kept in ``tests/fuzz/crashers/``."""

from __future__ import annotations

import itertools
from pathlib import Path

from hamstring_desktop.content import ContentError, Library, Routine, StepKind, load_library
from hamstring_desktop.content.errors import each_error
from hamstring_desktop.content.user_text import decode_text
from hamstring_desktop.services.content_source import check_user_routines
from hamstring_desktop.services.routine_files import import_routine
from hamstring_desktop.services.safe_io import read_json_file
from hamstring_desktop.session.plan import plan_session

ASSETS = Path(__file__).resolve().parents[2] / "assets"
LIBRARY: Library = load_library(
    {p.relative_to(ASSETS).as_posix(): p.read_text(encoding="utf-8") for p in ASSETS.rglob("*.toml")}
)
# An error may quote a little of the file, a value, a key and the known ids; never much more.
MESSAGE_LIMIT = 400
_names = itertools.count()


def assert_brief(error: BaseException, path: Path, data: bytes) -> None:
    """``error`` is a ContentError about ``path``: each problem it stands for (a routine file's
    are all reported at once, in line order) on a line the file has, in one short line."""
    assert isinstance(error, ContentError), f"{type(error).__name__}: {error}"
    problems = each_error(error)
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    for problem in problems:
        text = str(problem)
        assert problem.file == str(path)
        assert 0 <= problem.line <= data.count(b"\n") + 2, (problem.line, text[:200])
        assert "\n" not in text and "\r" not in text, text[:200]
        assert len(text) - len(str(path)) <= MESSAGE_LIMIT, text[:200]


def _write(folder: Path, suffix: str, data: bytes) -> Path:
    """A fresh file name each time (QSettings caches files by name)."""
    path = folder / f"input-{next(_names)}{suffix}"
    path.write_bytes(data)
    return path


def check_routine_file(data: bytes, folder: Path) -> None:
    """Read a routine file as the app and ``routines check`` do."""
    path = _write(folder, ".toml", data)
    try:
        [result] = check_user_routines([path], LIBRARY)
    finally:
        path.unlink()
    if isinstance(result, ContentError):
        assert_brief(result, path, data)
        return
    assert isinstance(result, Routine)
    assert_playable(result)
    assert result.id not in {r.id for r in LIBRARY.routines}


def assert_playable(routine: Routine) -> None:
    """A routine a session can play: a technique step at least, every timed step 1 s to an hour,
    every wait untimed, every technique known."""
    assert any(step.kind is StepKind.TECHNIQUE for step in routine.steps)
    for step in routine.steps:
        if step.kind is StepKind.WAIT:
            assert step.seconds == 0 and not step.technique
        else:
            assert 1 <= step.seconds <= 3600
    plan = plan_session(routine, LIBRARY)
    assert len(plan.steps) == routine.step_count


def check_routine_import(data: bytes, folder: Path) -> None:
    """Import a file as ``routines import`` does: the whole file, unchanged, or nothing at all."""
    source = _write(folder, ".toml", data)
    target = folder / f"import-{next(_names)}"
    target.mkdir()
    try:
        try:
            imported = import_routine(source, LIBRARY, target)
        except ContentError as error:
            assert_brief(error, source, data)
            assert list(target.iterdir()) == [], "something was imported from an invalid file"
            return
        assert_playable(imported.routine)
        assert [p.name for p in target.iterdir()] == [f"{imported.routine.id}.toml"]
        assert imported.path.read_text(encoding="utf-8") == decode_text(data, str(source))
    finally:
        source.unlink()
        for path in target.iterdir():
            path.unlink()
        target.rmdir()


def check_json_file(data: bytes, folder: Path) -> None:
    """Read a JSON file as an import will."""
    path = _write(folder, ".json", data)
    try:
        read_json_file(path)
    except Exception as error:
        assert_brief(error, path, data)
    finally:
        path.unlink()


def check_settings_file(data: bytes, folder: Path) -> None:
    """Start from a settings file: every setting has its declared type and an allowed value."""
    from hamstring_desktop.services.settings import ALL_SETTINGS, Settings

    path = _write(folder, ".ini", data)
    try:
        settings = Settings(path)
        for setting in ALL_SETTINGS:
            value = settings.get(setting)
            assert type(value) is setting.type, (setting.key, value)
            if setting.minimum is not None and setting.maximum is not None:
                assert setting.minimum <= value <= setting.maximum, (setting.key, value)
            if setting.choices:
                assert value in setting.choices, (setting.key, value)
        del settings
    finally:
        path.unlink()


def check_history_file(data: bytes, folder: Path) -> None:
    """Read a history file as ``history import`` does: checked records, or a brief ContentError
    about a line the file has (with a JSON pointer where the JSON itself is sound)."""
    from hamstring_desktop.history.importer import read_history_file

    path = _write(folder, ".json", data)
    try:
        checked = read_history_file(path)
    except Exception as error:
        assert_brief(error, path, data)
        return
    finally:
        path.unlink()
    ids = {session.id for session in checked.sessions}
    assert len(ids) == len(checked.sessions)
    assert all(
        session.outcome in ("completed", "stopped", "pain", "interrupted") for session in checked.sessions
    )
    assert all(session_id in ids for session_id, _ in checked.steps)
