"""Start-up: PySide6 is told not to read the source of every module imported after it.

PySide6 lets a module opt in to its alternative Python API (``from __feature__ import
snake_case``). To know which modules might, it reads the source file of every module imported
after ``PySide6.QtCore`` and searches it for the word "PySide6". Before its first paint the app
imports about 90 modules after Qt, and reading them cost about 13 ms of a 250 ms start.

The app and its libraries select no feature, so no module ever needs a switch: each is recorded
as an ordinary PySide6 module (the answer the scan gives for the app's own modules) without its
file being read. This reaches into PySide6's private ``shibokensupport.feature``; if a release
moves it, nothing changes but the speed, and ``tests/gui/app/test_pyside_imports.py`` says so.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook adjusted here)


def _uses_pyside(module: ModuleType) -> bool:
    """What PySide6 records for a module, decided without reading its source."""
    return True


def skip_source_scan() -> bool:
    """Stop PySide6 reading each imported module's source; False if its internals have moved."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True


SKIPPED = skip_source_scan()
