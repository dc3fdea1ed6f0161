"""A folder for the fuzz tests' files, shared by all examples of a run (Hypothesis runs many
examples per test, so a function-scoped ``tmp_path`` would not do)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")
