"""The data dir comes from the flag, then the environment variable, then appdirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_desktop.paths import ENV_DATA_DIR, DataPaths, default_data_dir, resolve_data_dir


def test_default_is_the_platform_user_data_dir(private_home: Path) -> None:
    default = resolve_data_dir(None)
    assert default == default_data_dir()
    assert default.name == "hamstring-desktop"
    assert str(default).startswith(str(private_home))  # XDG_DATA_HOME points inside HOME here


def test_environment_variable_beats_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"


def test_flag_beats_environment_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "from-flag") == tmp_path / "from-flag"


def test_nothing_is_created_until_ensure(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "new")
    assert not paths.root.exists()
    paths.ensure()
    assert paths.routines_dir.is_dir()
    assert paths.settings_file.parent == paths.root
