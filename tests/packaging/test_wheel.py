"""The sdist and the wheel from ``python -m build``: what they carry, and the wheel installed into a
clean virtualenv running a routine to the end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from hamstring_desktop import __version__
from tests.helpers.app_run import run_routine
from tests.helpers.scripts import load_packaging_script
from tests.packaging.conftest import REAL_ENV, Dists

pytestmark = pytest.mark.packaging

REPO = Path(__file__).resolve().parents[2]
# Qt's own resources (:/qt-project.org, and PySide6's :/qt/etc/qt.conf) are not the app's.
LIST_RESOURCES = """\
import hamstring_desktop.generated.qt_resources
from PySide6.QtCore import QDirIterator
found = QDirIterator(":/", QDirIterator.IteratorFlag.Subdirectories)
while found.hasNext():
    path = found.next()
    if found.fileInfo().isFile() and not path.startswith((":/qt-project.org/", ":/qt/etc/")):
        print(path[2:])
"""


def asset_aliases() -> set[str]:
    """Every file under assets/ that the compiled resources must hold (content, routines, sounds,
    the icon, the anatomy drawing, and translations once there are any)."""
    resources = load_packaging_script("build_resources")
    return {path.relative_to(resources.ASSETS).as_posix() for path in resources.asset_files()}


def test_the_sdist_carries_sources_assets_packaging_and_tests(dists: Dists) -> None:
    with tarfile.open(dists.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    tracked = subprocess.run(
        ["git", "ls-files", "hamstring_desktop", "assets", "packaging", "tests"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    missing = sorted(set(tracked) - names)
    assert not missing, f"the sdist lacks {missing[:10]}"
    for name in ("pyproject.toml", "README.md", "LICENSE", "resources.qrc", "requirements/lock.txt", "dev"):
        assert name in names
    assert not any("__pycache__" in name for name in names)


def test_the_wheel_carries_the_package_and_its_compiled_resources(dists: Dists) -> None:
    with zipfile.ZipFile(dists.wheel) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"hamstring_desktop-{__version__}.dist-info/METADATA").decode()
        entry_points = wheel.read(f"hamstring_desktop-{__version__}.dist-info/entry_points.txt").decode()
    modules = {path.relative_to(REPO).as_posix() for path in (REPO / "hamstring_desktop").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    assert "hamstring_desktop/generated/qt_resources.py" in names
    assert not any(name.startswith(("tests/", "assets/")) for name in names)
    assert "hamstring-desktop = hamstring_desktop.launcher:main" in entry_points
    for pin in ("PySide6-Essentials==6.11.3", "PySide6-Addons==6.11.3", "qasync==0.28.0"):
        assert f"Requires-Dist: {pin}" in metadata


def test_the_wheel_installs_into_a_clean_venv_and_runs_a_routine(dists: Dists, tmp_path: Path) -> None:
    """No system site-packages and nothing from the checkout: only the wheel and its pinned
    dependencies from the package index."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {key: value for key, value in REAL_ENV.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--constraint",
            str(REPO / "requirements" / "lock.txt"),
            str(dists.wheel),
        ],
        check=True,
        capture_output=True,
        env=env,
        timeout=900,
    )
    command = str(venv / "bin" / "hamstring-desktop")
    run_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for key in ("PYTHONPATH", "VIRTUAL_ENV"):
        run_env.pop(key, None)
    version = subprocess.run(
        [command, "--version"], capture_output=True, text=True, env=run_env, cwd=tmp_path, check=False
    )
    assert version.stdout.strip() == f"hamstring-desktop {__version__}"
    python = str(venv / "bin" / "python")
    where = subprocess.run(
        [python, "-c", "import hamstring_desktop; print(hamstring_desktop.__file__)"],
        capture_output=True,
        text=True,
        env=run_env,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), f"imported from {where}, not from the wheel"
    listed = subprocess.run(
        [python, "-c", LIST_RESOURCES], capture_output=True, text=True, env=run_env, cwd=tmp_path, check=True
    ).stdout.split()
    assert set(listed) == asset_aliases()

    data = tmp_path / "data"
    run = run_routine(data, "pre-workout", run_env, time_scale=100, command=[command], extra=["--mute"])
    assert run.returncode == 0, run.stderr
    export = tmp_path / "history.json"
    subprocess.run(
        [command, "--data-dir", str(data), "history", "export", "--format", "json", "--output", str(export)],
        env=run_env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    document = json.loads(export.read_text(encoding="utf-8"))
    [session] = document["sessions"]
    assert session["outcome"] == "completed"
    steps = [step for step in document["steps"] if step["session_id"] == session["id"]]
    assert len(steps) == 5 and all(step["completed"] for step in steps)
