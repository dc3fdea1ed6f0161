"""Load a script from packaging/ as a module, to test the tools that build the assets."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def load_packaging_script(name: str) -> ModuleType:
    """``packaging/<name>.py`` as a module (``name`` may have a folder: ``linux/build_deb``)."""
    spec = importlib.util.spec_from_file_location(Path(name).name, REPO / "packaging" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
