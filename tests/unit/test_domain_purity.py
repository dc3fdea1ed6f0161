"""The domain packages import no Qt and read no clock, so they stay fast and deterministic."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "hamstring_desktop"
DOMAIN_PACKAGES = [p for p in (PACKAGE / "content", PACKAGE / "session", PACKAGE / "stats") if p.is_dir()]
BANNED_MODULES = ("PySide6", "shiboken6", "qasync")
BANNED_CALLS = {
    ("time", "time"),
    ("time", "monotonic"),
    ("time", "perf_counter"),
    ("time", "sleep"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
}


def domain_files() -> list[Path]:
    return sorted(f for package in DOMAIN_PACKAGES for f in package.rglob("*.py"))


@pytest.mark.parametrize("path", domain_files(), ids=lambda p: p.name)
def test_no_qt_import_and_no_clock_read(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
            if node.module == "time":  # (datetime's time is a time of day, not a clock)
                clock = {alias.name for alias in node.names} & {"time", "monotonic", "perf_counter"}
                assert not clock, f"{path.name}:{node.lineno} imports a clock function"
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert (node.value.id, node.attr) not in BANNED_CALLS, (
                f"{path.name}:{node.lineno} reads the clock ({node.value.id}.{node.attr})"
            )
            continue
        else:
            continue
        for name in names:
            assert not name.startswith(BANNED_MODULES), f"{path.name}:{node.lineno} imports {name}"


def test_importing_the_domain_loads_no_qt() -> None:
    modules = ", ".join(f"hamstring_desktop.{p.name}" for p in DOMAIN_PACKAGES)
    code = (
        f"import sys, importlib\nfor m in '{modules}'.split(', '): importlib.import_module(m)\n"
        "import hamstring_desktop.content.loader, hamstring_desktop.content.filtering\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qasync'))]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
