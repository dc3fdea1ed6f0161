"""While the app starts, PySide6's enums are made the quick way (``app/quick_enums.py``). The
enums must come out exactly as Python's own way makes them, and Python's way must be back once
the window has been painted."""

from __future__ import annotations

import enum
import importlib
import subprocess
import sys
import textwrap
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
    """``qt_enum`` made again from its members, Python's own way and the quick way, named as
    PySide6 names it."""
    base = next(b for b in BASES if b in qt_enum.__bases__)
    members = [(name, member.value) for name, member in qt_enum.__members__.items()]
    boundary = getattr(qt_enum, "_boundary_", None)
    made = (
        quick_enums._STANDARD_CALL(base, qt_enum.__name__, members, boundary=boundary),
        quick_enums.build(base, qt_enum.__name__, members, boundary),
    )
    for one in made:
        one.__module__, one.__qualname__ = qt_enum.__module__, qt_enum.__qualname__
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


def test_calls_of_any_other_shape_take_pythons_own_path() -> None:
    was_installed = quick_enums.installed()
    assert quick_enums.install()
    try:
        colour = enum.Enum("Colour", "RED GREEN")
        assert [m.name for m in colour] == ["RED", "GREEN"]
        assert colour(2) is colour.GREEN  # a lookup, not a new enum
        with pytest.raises(ValueError, match="_sunder_"):  # still refused as Python refuses it
            enum.Enum("Reserved", [("_bad_", 1)])
        numbered = enum.IntEnum("Numbered", [("ONE", 1)], module="somewhere")
        assert numbered.__module__ == "somewhere"
        assert quick_enums.installed()
    finally:
        if not was_installed:
            quick_enums.uninstall()


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
