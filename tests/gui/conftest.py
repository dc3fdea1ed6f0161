"""Fixtures for widget tests: the real content library and a settings file in a temp dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_desktop.app import ensure_application
from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.settings import Settings


@pytest.fixture(scope="session")
def library() -> Library:
    return load_content().library


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return DataPaths(data_dir).ensure()


@pytest.fixture
def settings(qapp: object, paths: DataPaths) -> Settings:
    ensure_application()
    return Settings(paths.settings_file)
