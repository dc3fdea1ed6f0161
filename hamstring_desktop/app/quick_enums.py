"""Start-up: the Python enums PySide6 makes for Qt's enums are built the quick way.

PySide6 turns a Qt class's C++ enums into Python enums the first time the class is used, each
through Python's functional API (``IntEnum("Key", [("Key_Escape", 0x01000000), ...])``). On
Python 3.11 that path costs about 7 µs a member. Before its first paint the app touches about
280 Qt classes and namespaces, whose 350 enums hold 4,300 members: about 45 ms more than a bare
window pays, the largest single cost of the start-up. (``Qt.Key`` alone has 471 members.)

The standard library builds its own enums (``re.RegexFlag``, ``http.HTTPStatus``) with
``enum._simple_enum``, which makes the same class in well under half the time; CPython's own
tests check that the two ways give equal enums. While the app starts (from the import of
``hamstring_desktop.app``, which imports this module before PySide6), ``install`` routes
PySide6's calls, and only calls of exactly their shape, to that quick path. From the first
paint on, ``uninstall`` puts Python's own path back, so nothing changes for the running app.

``_simple_enum`` is private to the standard library; if a Python release drops or changes it,
PySide6 simply takes the usual path (``install`` returns False) and only the speed changes.
``tests/gui/app/test_quick_enums.py`` checks that every enum of the Qt modules the app uses
comes out the same either way.
"""

from __future__ import annotations

import enum
import sys
from typing import Any

_STANDARD_CALL = enum.EnumType.__call__
_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)
_simple_enum: Any = getattr(enum, "_simple_enum", None)


def _pyside_shape(cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    """True for a call shaped as PySide6 makes it: a base enum, a name, a list of
    ``(member, int)`` pairs with distinct public names, and no option but ``boundary``."""
    if cls not in _BASES or len(args) != 2 or kwargs.keys() - {"boundary"}:
        return False
    name, members = args
    if type(name) is not str or type(members) is not list:
        return False
    seen: set[str] = set()
    for pair in members:
        if type(pair) is not tuple or len(pair) != 2:
            return False
        member, value = pair
        if type(member) is not str or type(value) is not int or member.startswith("_") or member in seen:
            return False
        seen.add(member)
    return True


def build(cls: type, name: str, members: list[tuple[str, int]], boundary: Any = None) -> Any:
    """The enum ``cls(name, members, boundary=boundary)`` would make, made the quick way."""
    body: dict[str, Any] = dict(members)
    body["__module__"] = sys._getframe(2).f_globals.get("__name__")  # as the functional API names it
    return _simple_enum(cls, boundary=boundary)(type(name, (), body))


def _quick_call(cls: type, *args: Any, **kwargs: Any) -> Any:
    if _pyside_shape(cls, args, kwargs):
        return build(cls, args[0], args[1], kwargs.get("boundary"))
    return _STANDARD_CALL(cls, *args, **kwargs)


def install() -> bool:
    """Route PySide6's enum calls to the quick path; False (and nothing changed) if this Python's
    standard library has no quick path."""
    if not callable(_simple_enum):
        return False
    enum.EnumType.__call__ = _quick_call  # type: ignore[method-assign]
    return True


def uninstall() -> None:
    """Python's own enum path again, for everything made from now on."""
    enum.EnumType.__call__ = _STANDARD_CALL  # type: ignore[method-assign]


def installed() -> bool:
    """Whether enums are being made the quick way."""
    return enum.EnumType.__dict__["__call__"] is _quick_call


INSTALLED = install()  # on import: before PySide6 makes its first enum (``hamstring_desktop.app``)
