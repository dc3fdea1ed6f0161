"""The compiled Qt resources are fresh and hold exactly the files in assets/."""

from __future__ import annotations

import tempfile
from pathlib import Path
from types import ModuleType

import pytest

from hamstring_desktop.services.content_source import builtin_texts, read_resource
from tests.helpers.scripts import load_packaging_script

REPO = Path(__file__).resolve().parents[2]


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
    committed = (REPO / "hamstring_desktop/_resources_rc.py").read_bytes()
    assert committed == fresh, "hamstring_desktop/_resources_rc.py is stale: run packaging/build_resources.py"


@pytest.mark.parametrize(
    "relative",
    sorted(
        p.relative_to(REPO / "assets").as_posix()
        for p in (REPO / "assets").rglob("*")
        if p.is_file() and p.suffix not in {".md", ".py"}
    ),
)
def test_each_resource_matches_its_asset(relative: str) -> None:
    assert read_resource(relative) == (REPO / "assets" / relative).read_bytes()


def test_builtin_texts_come_from_resources() -> None:
    texts = builtin_texts()
    assert "content/techniques/foam-rolling.toml" in texts
    assert "routines/post-workout.toml" in texts
