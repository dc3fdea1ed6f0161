"""Start-up: the Python enums PySide6 makes for Qt's enums are built the quick way.

PySide6 turns a Qt class's C++ enums into Python enums the first time the class is used, each
through Python's functional API (``IntEnum("Key", [("Key_Escape", 0x01000000), ...],
boundary=KEEP)``). On Python 3.11 that path costs about 7 µs a member. Before its first paint
the app has PySide6 make about 250 enums with 3,800 members (``Qt.Key`` alone has 471): about
48 ms, against 12 ms for a bare window, the largest single cost of the start-up.

The standard library builds its own enums (``re.RegexFlag``, ``http.HTTPStatus``) with
``enum._simple_enum``, which makes the same class in well under half the time; CPython's own
tests check that the two ways give equal enums. While the app starts (from the import of
``hamstring_desktop.app``, which imports this module before PySide6), calls of exactly
PySide6's shape take that quick path. Every other call takes Python's own path, with the
enum's module named after its real caller as Python would name it. At the first paint (and on
every other way out of the start-up) ``uninstall`` puts Python's own path back, so nothing
changes for the running app.

``_simple_enum`` is private to the standard library. If a Python release drops it, ``install``
changes nothing; if one changes it so that it fails, the first failure puts Python's own path
back and that enum, like every later one, is made the usual way: only the speed changes.
``tests/gui/app/test_quick_enums.py`` checks that every enum of the Qt modules the app uses
comes out the same either way.
"""

from __future__ import annotations

import enum
import sys
from typing import Any

_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)
_PYSIDE_OPTIONS = {"boundary": enum.FlagBoundary.KEEP}  # what PySide6 passes with every enum
_simple_enum: Any = getattr(enum, "_simple_enum", None)


def _pyside_shape(cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    """True for a call shaped as PySide6 makes it: a base enum, a name, a list of
    ``(member, int)`` pairs with distinct names that Python takes as members, and
    ``boundary=KEEP``."""
    if cls not in _BASES or len(args) != 2 or kwargs != _PYSIDE_OPTIONS:
        return False
    name, members = args
    if type(name) is not str or type(members) is not list:
        return False
    seen: set[str] = set()
    for pair in members:
        if type(pair) is not tuple or len(pair) != 2:
            return False
        member, value = pair
        if type(member) is not str or type(value) is not int or member in seen:
            return False
        if not member.isidentifier() or member.startswith("_") or member == "mro":
            return False  # names Python refuses or keeps out of the members: its own path says so
        seen.add(member)
    return True


def _caller_module(depth: int) -> str | None:
    """The module of the code ``depth`` frames up, as Python's functional API names an enum's;
    None when there is no such frame (a thread started from C)."""
    try:
        frame = sys._getframe(depth + 1)
    except ValueError:
        return None
    name = frame.f_globals.get("__name__")
    return name if isinstance(name, str) else None


def _makes_one(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    """Whether a call to an enum class with no members makes a new enum (its names given)."""
    return len(args) >= 2 or "names" in kwargs


def build(cls: type, name: str, members: list[tuple[str, int]], module: str) -> Any:
    """The enum ``cls(name, members, boundary=KEEP)`` called from ``module`` would make, made the
    quick way."""
    if _MEMBERS_ADDED_HERE:
        return _build_then_add(cls, name, members, module)
    return build_simple(cls, name, members, module)


def build_simple(cls: type, name: str, members: list[tuple[str, int]], module: str) -> Any:
    """The same enum, members and all made by the standard library's ``_simple_enum``."""
    body: dict[str, Any] = dict(members)
    body["__module__"] = module
    made = _simple_enum(cls, boundary=enum.FlagBoundary.KEEP)(type(name, (), body))
    made.__doc__ = None  # as the functional API leaves it ("An enumeration." otherwise)
    return made


# On Python 3.11, ``_simple_enum`` spends about 3.7 µs on each member, most of it in four calls
# of Python code that have nothing to decide for PySide6's members (a property made, named and set
# on the class; ``Enum.__init__``, which does nothing). ``_build_then_add`` makes the enum
# without members, then adds them as that Python's ``_simple_enum`` does, step for step, with
# the same objects in the same order: about 1.6 µs a member. Other Pythons add their own way.
_MEMBERS_ADDED_HERE = sys.version_info[:2] == (3, 11)
_PROPERTY_STATE = dict(vars(enum.property())) if _MEMBERS_ADDED_HERE else {}  # before it is named


class _Blank:
    """What ``_simple_enum`` reads of the class it converts (its name, and a namespace as a
    class with no members has it) without making that class: about 6 µs an enum."""

    __slots__ = ("__name__", "_namespace")

    def __init__(self, name: str, module: str) -> None:
        self.__name__ = name
        self._namespace = {"__module__": module, "__doc__": None}

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]
        return self._namespace


def _build_then_add(cls: type, name: str, members: list[tuple[str, int]], module: str) -> Any:
    made: Any = _simple_enum(cls, boundary=enum.FlagBoundary.KEEP)(_Blank(name, module))
    if made.__init__ is not enum.Enum.__init__:
        raise TypeError(f"{name}: members need their own __init__")  # Python's own path then
    member_map, by_value, names = made._member_map_, made._value2member_map_, made._member_names_
    new_member, with_value, flags = made._new_member_, made._use_args_, issubclass(made, enum.Flag)
    set_on_class, single_bit = type.__setattr__, enum._is_single_bit  # type: ignore[attr-defined]
    singles = multiples = 0
    for member_name, value in members:
        redirect = object.__new__(enum.property)
        state = redirect.__dict__
        state.update(_PROPERTY_STATE)
        state["name"], state["clsname"] = member_name, name  # as property.__set_name__ names it
        if value in by_value:  # another name for a member already made
            set_on_class(made, member_name, redirect)
            member_map[member_name] = by_value[value]
            continue
        member = new_member(made, value) if with_value else new_member(made)
        own = member.__dict__
        own["_value_"], own["_name_"], own["__objclass__"] = value, member_name, made
        if flags:
            set_on_class(made, member_name, redirect)
            member_map[member_name] = member
            own["_sort_order_"] = len(names)
            by_value[value] = member
            if single_bit(value):
                names.append(member_name)
                singles |= value
            else:
                multiples |= value
        else:
            own["_sort_order_"] = len(names)
            set_on_class(made, member_name, redirect)
            member_map[member_name] = member
            by_value[value] = member
            names.append(member_name)
    if flags:
        made._flag_mask_ = singles | multiples
        made._singles_mask_ = singles
        made._all_bits_ = 2 ** ((singles | multiples).bit_length()) - 1
        values = [member._value_ for member in made]
        if values != sorted(values):
            made._iter_member_ = made._iter_member_by_def_
    type.__delattr__(made, "__new__")  # set last, after the members, as _simple_enum sets it
    made.__new__ = enum.Enum.__new__
    made.__doc__ = None  # as the functional API leaves it ("An enumeration." otherwise)
    return made


def _quick_call(cls: Any, *args: Any, **kwargs: Any) -> Any:
    # frames: _caller_module's target is 1 up from here, the code that called the enum class
    module = _caller_module(1)
    if module is not None and _pyside_shape(cls, args, kwargs):
        try:
            return build(cls, args[0], args[1], module)
        except Exception:  # a Python whose quick path changed: its own path, from now on
            uninstall()
    elif module is not None and "module" not in kwargs and not cls._member_map_ and _makes_one(args, kwargs):
        kwargs["module"] = module  # a new enum on Python's path: named after its caller, not us
    return _STANDARD_CALL(cls, *args, **kwargs)


_current = enum.EnumType.__dict__["__call__"]
# Python's own call, even if this module is loaded again while its quick call is installed.
_STANDARD_CALL = getattr(_current, "standard_call", _current)
_quick_call.standard_call = _STANDARD_CALL  # type: ignore[attr-defined]


def install() -> bool:
    """Route PySide6's enum calls to the quick path; False (and nothing changed) if this Python's
    standard library has no quick path."""
    if not callable(_simple_enum):
        return False
    enum.EnumType.__call__ = _quick_call  # type: ignore[method-assign]
    return True


def uninstall() -> None:
    """Python's own enum path again, for everything made from now on. Only a quick call of this
    module is taken away: a call someone else installed since stays."""
    standard = getattr(enum.EnumType.__dict__["__call__"], "standard_call", None)
    if standard is not None:
        enum.EnumType.__call__ = standard  # type: ignore[method-assign]


def installed() -> bool:
    """Whether enums are being made the quick way."""
    return hasattr(enum.EnumType.__dict__["__call__"], "standard_call")


INSTALLED = install()  # on import: before PySide6 makes its first enum (``hamstring_desktop.app``)
