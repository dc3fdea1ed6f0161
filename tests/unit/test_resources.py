"""The compiled Qt resources are fresh and hold exactly the files in assets/; reading one."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

from hamstring_desktop import resources
from hamstring_desktop.services.content_source import builtin_texts, read_resource
from tests.helpers.scripts import load_packaging_script

REPO = Path(__file__).resolve().parents[2]
ASSETS = sorted(
    p.relative_to(REPO / "assets").as_posix()
    for p in (REPO / "assets").rglob("*")
    if p.is_file() and p.suffix not in {".md", ".py", ".ts"}  # a translation ships as its .qm
)


def build_script() -> ModuleType:
    return load_packaging_script("build_resources")


def test_qrc_lists_every_asset() -> None:
    script = build_script()
    assert (REPO / "resources.qrc").read_text(encoding="utf-8") == script.qrc_text(), (
        "resources.qrc is stale: run packaging/build_resources.py"
    )


def test_compiled_module_is_fresh() -> None:
    script = build_script()
    with tempfile.TemporaryDirectory() as scratch:
        _, module = script.build_into(Path(scratch))
        fresh = module.read_bytes()
    committed = (REPO / "hamstring_desktop/generated/qt_resources.py").read_bytes()
    assert committed == fresh, (
        "hamstring_desktop/generated/qt_resources.py is stale: run packaging/build_resources.py"
    )


@pytest.mark.parametrize("relative", ASSETS)
def test_each_resource_matches_its_asset(relative: str) -> None:
    assert read_resource(relative) == (REPO / "assets" / relative).read_bytes()


def test_builtin_texts_come_from_resources() -> None:
    texts = builtin_texts()
    assert "content/techniques/foam-rolling.toml" in texts
    assert "routines/post-workout.toml" in texts


@pytest.mark.parametrize("relative", ASSETS)
def test_the_resource_reader_gives_each_asset_byte_for_byte(relative: str) -> None:
    assert resources.read_resource(relative) == (REPO / "assets" / relative).read_bytes()


@pytest.mark.parametrize(
    ("relative", "message"),
    [
        ("anatomy/anterior-thigh.svg", "resource 'anatomy/anterior-thigh.svg' is not compiled into the app"),
        ("sounds/", "resource 'sounds/' is a folder, not a file"),
        ("anatomy", "resource 'anatomy' is a folder, not a file"),
        ("", "resource '' is a folder, not a file"),
    ],
)
def test_a_missing_resource_is_named(relative: str, message: str) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        resources.read_resource(relative)
    assert str(caught.value) == message


def test_the_reader_registers_the_resources_itself() -> None:
    """Nothing else needs importing first: a fresh process reads the diagram through it alone."""
    script = (
        "import sys\n"
        "from hamstring_desktop.resources import read_resource\n"
        "data = read_resource('anatomy/posterior-thigh.svg')\n"
        "assert 'hamstring_desktop.services.content_source' not in sys.modules\n"
        "assert 'PySide6.QtGui' not in sys.modules and 'PySide6.QtWidgets' not in sys.modules\n"
        "sys.stdout.write(str(len(data)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == str(len((REPO / "assets/anatomy/posterior-thigh.svg").read_bytes()))
