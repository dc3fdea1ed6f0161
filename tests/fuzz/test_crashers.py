"""Every input that once crashed a reader (found by review or by ``./dev fuzz``) stays a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz.checks import check_json_file, check_routine_file, check_settings_file
from tests.fuzz.support import CRASHERS

CHECKS = {".toml": check_routine_file, ".json": check_json_file, ".ini": check_settings_file}


@pytest.mark.parametrize("crasher", sorted(CRASHERS.iterdir()), ids=lambda p: p.name)
def test_a_kept_crasher_gives_only_project_errors(crasher: Path, fuzz_dir: Path) -> None:
    CHECKS[crasher.suffix](crasher.read_bytes(), fuzz_dir)
