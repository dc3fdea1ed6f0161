"""While the app starts, PySide6's enums are made the quick way (``app/quick_enums.py``). The
enums must come out exactly as Python's own way makes them, and Python's way must be back once
the window has been painted."""

from __future__ import annotations

import enum
import importlib
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hamstring_desktop.app import quick_enums

APP_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtDBus",
    "QtMultimedia",
    "QtNetwork",
    "QtSvg",
    "QtTextToSpeech",
)
BASES = (enum.IntFlag, enum.Flag, enum.IntEnum, enum.Enum)  # most specific first


def _enums_of(owner: Any, seen: set[int], found: list[type]) -> None:
    for name in dir(owner):
        try:
            value = getattr(owner, name)
        except Exception:  # a property of a Qt class that needs an instance
            continue
        if not isinstance(value, type) or id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, enum.EnumType):
            if value not in BASES and value.__module__.startswith("PySide6"):
                found.append(value)
        elif value.__module__.startswith("PySide6"):
            _enums_of(value, seen, found)


def _every_qt_enum() -> list[type]:
    found: list[type] = []
    seen: set[int] = set()
    for name in APP_MODULES:
        _enums_of(importlib.import_module(f"PySide6.{name}"), seen, found)
    return found


def _made_both_ways(qt_enum: Any) -> tuple[Any, Any]:
    """``qt_enum`` made again from its members, Python's own way and the quick way, from its
    module and named as PySide6 names it."""
    base = next(b for b in BASES if b in qt_enum.__bases__)
    members = [(name, member.value) for name, member in qt_enum.__members__.items()]
    module = qt_enum.__module__
    made = (
        quick_enums._STANDARD_CALL(base, qt_enum.__name__, members, boundary=enum.KEEP, module=module),
        quick_enums.build(base, qt_enum.__name__, members, module),
    )
    for one in made:
        one.__qualname__ = qt_enum.__qualname__
    return made


def _outcome(call: Any) -> str:
    try:
        return repr(call())
    except Exception as error:  # what the user of the enum would see
        return f"{type(error).__name__}: {error}"


def _behaviour(made: Any) -> list[str]:
    """What code sees of an enum: its members, their names, values and texts, lookups, and for
    flags the combinations and values that no member has."""
    seen = [repr(list(made)), repr(made.__members__), repr(type(made)), repr(made.__mro__)]
    seen.append(repr(made.__doc__))
    for member in made.__members__.values():
        seen += [repr(member), str(member), format(member), member.name, repr(member.value)]
        seen.append(_outcome(lambda m=member: made(m.value)))
        seen.append(_outcome(lambda m=member: made[m.name]))
    values = [m.value for m in made]
    highest = max(values, default=0)
    seen.append(_outcome(lambda: made(highest + 1)))
    seen.append(_outcome(lambda: made(1 << 40)))
    if issubclass(made, enum.Flag) and len(values) > 1:
        first, second = list(made)[:2]
        seen += [_outcome(lambda: first | second), _outcome(lambda: ~first), _outcome(lambda: first & second)]
        seen.append(_outcome(lambda: list(made(highest | 1))))
    return seen


def test_every_qt_enum_the_app_can_use_comes_out_the_same_the_quick_way() -> None:
    qt_enums = _every_qt_enum()
    assert len(qt_enums) > 500  # all of them, not a few: Qt alone has about 100
    differing = []
    for qt_enum in qt_enums:
        standard, quick = _made_both_ways(qt_enum)
        if _behaviour(standard) != _behaviour(quick):
            differing.append(qt_enum.__qualname__)
            continue
        enum._test_simple_enum(standard, quick)  # type: ignore[attr-defined]  (CPython's own check)
    assert differing == []


def _layout(made: Any) -> list[Any]:
    """Everything an enum class holds, in order: its attributes (each member's stand-in
    property with its state) and each member's own attributes."""

    def shape(value: Any) -> Any:
        if isinstance(value, enum.property):
            return ("property", list(vars(value).items()))
        if isinstance(value, dict):
            return [(key, shape(item)) for key, item in value.items()]
        if isinstance(value, list):
            return [shape(item) for item in value]
        if value is made:
            return "the enum"
        if isinstance(value, made):
            return ("member", [(key, shape(item)) for key, item in vars(value).items()])
        return repr(value)

    return [(key, shape(value)) for key, value in vars(made).items()]


@pytest.mark.skipif(not quick_enums._MEMBERS_ADDED_HERE, reason="members are added here on Python 3.11 only")
def test_members_added_here_are_those_the_standard_librarys_quick_path_adds() -> None:
    differing = []
    for qt_enum in _every_qt_enum():
        members = [(name, member.value) for name, member in qt_enum.__members__.items()]
        base = next(b for b in BASES if b in qt_enum.__bases__)
        simple = quick_enums.build_simple(base, qt_enum.__name__, members, qt_enum.__module__)
        added = quick_enums.build(base, qt_enum.__name__, members, qt_enum.__module__)
        if _layout(simple) != _layout(added):
            differing.append(qt_enum.__qualname__)
    assert differing == []


@pytest.fixture
def quick_way() -> Iterator[None]:
    """The quick way installed for one test, as the app has it while it starts."""
    assert quick_enums.install()
    try:
        yield
    finally:
        quick_enums.uninstall()
    assert not quick_enums.installed()


def test_pyside6_shaped_calls_take_the_quick_way(quick_way: None) -> None:
    made = enum.IntEnum("Shaped", [("One", 1), ("Two", 2)], boundary=enum.KEEP)
    assert made.__module__ == __name__
    assert made(2) is made.Two
    assert made.__doc__ is None  # as Python's own way leaves it
    globals()["Shaped"] = made
    try:
        assert pickle.loads(pickle.dumps(made.Two)) is made.Two
    finally:
        del globals()["Shaped"]


@pytest.mark.usefixtures("quick_way")
@pytest.mark.parametrize(
    "make",
    [
        lambda: enum.Enum("Colour", "RED GREEN"),
        lambda: enum.Enum("Colour", names=["RED", "GREEN"]),
        lambda: enum.IntEnum("Colour", [("RED", 1), ("GREEN", 2)]),
        lambda: enum.Flag("Colour", [("RED", 1), ("GREEN", 2)], boundary=enum.STRICT),
    ],
)
def test_calls_of_any_other_shape_take_pythons_own_path_named_after_their_caller(make: Any) -> None:
    colour = make()
    assert [m.name for m in colour] == ["RED", "GREEN"]
    assert colour(2) is colour.GREEN  # a lookup, not a new enum
    assert colour.__module__ == __name__  # not quick_enums: the module that made it
    globals()["Colour"] = colour
    try:
        assert pickle.loads(pickle.dumps(colour.GREEN)) is colour.GREEN
    finally:
        del globals()["Colour"]
    assert enum.IntEnum("Numbered", [("ONE", 1)], module="somewhere").__module__ == "somewhere"
    assert quick_enums.installed()


@pytest.mark.parametrize("names", [[("_bad_", 1)], [("mro", 1)], [("", 1)], [("A", 1), ("A", 2)]])
def test_names_python_refuses_are_refused_the_same_way(names: list[tuple[str, int]]) -> None:
    def refusal() -> str:
        return _outcome(lambda: enum.IntEnum("Refused", names, boundary=enum.KEEP))

    standard = refusal()
    assert quick_enums.install()
    try:
        assert refusal() == standard
    finally:
        quick_enums.uninstall()
    assert standard.startswith(("ValueError", "TypeError"))


def test_a_quick_way_that_fails_gives_way_to_pythons_own(
    quick_way: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def changed(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("a Python release changed _simple_enum")

    monkeypatch.setattr(quick_enums, "_simple_enum", changed)
    made = enum.IntFlag("Alignment", [("Left", 1), ("Right", 2)], boundary=enum.KEEP)
    assert (made.Left | made.Right).value == 3  # made all the same, Python's own way
    assert not quick_enums.installed()  # and so is everything after it


def test_uninstall_leaves_a_call_someone_else_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    def theirs(cls: Any, *args: Any, **kwargs: Any) -> Any:
        return quick_enums._STANDARD_CALL(cls, *args, **kwargs)

    monkeypatch.setattr(enum.EnumType, "__call__", theirs)
    installed_by_them = enum.EnumType.__dict__["__call__"]
    quick_enums.uninstall()
    assert enum.EnumType.__dict__["__call__"] is installed_by_them


def test_the_start_up_makes_qt_enums_the_quick_way_until_the_first_paint(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import enum
        from pathlib import Path

        made = []  # the enums made the quick way, counted from before PySide6 loads
        quick_way = enum._simple_enum

        def counting(etype, *, boundary=None, use_args=None):
            convert = quick_way(etype, boundary=boundary, use_args=use_args)
            return lambda plain: made.append(plain.__name__) or convert(plain)

        enum._simple_enum = counting
        from hamstring_desktop.app import GuiOptions, bootstrap, quick_enums, run_gui
        from hamstring_desktop.paths import DataPaths

        seen = {{}}
        original = bootstrap.FirstPaintWatcher.eventFilter

        def watch(self, watched, event):
            if event.type() == event.Type.Paint and "made" not in seen:
                seen["made"] = len(made)
                watched.close()
            return original(self, watched, event)

        bootstrap.FirstPaintWatcher.eventFilter = watch
        code = run_gui(GuiOptions(paths=DataPaths(Path({str(tmp_path)!r}))))
        print(seen["made"] > 200, {{"Key", "AlignmentFlag"}} <= set(made), quick_enums.installed(), code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "True True False 0"


def test_a_start_up_that_ends_before_any_paint_gives_enums_back_to_python(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        from pathlib import Path
        from hamstring_desktop.app import GuiOptions, quick_enums, run_gui
        from hamstring_desktop.paths import DataPaths

        before = quick_enums.installed()
        code = run_gui(GuiOptions(paths=DataPaths(Path({str(tmp_path)!r})), routine="no-such-routine"))
        print(before, quick_enums.installed(), code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "There is no routine 'no-such-routine'" in result.stderr
    assert result.stdout.strip() == "True False 1"
