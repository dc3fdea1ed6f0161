"""The main window with one routine of the user's ("evening", written by hand with comments), and
the editor opened on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QMessageBox

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.routine_editor import RoutineEditor
from tests.gui.conftest import open_app_window

EVENING = """\
# From my physio, March.
id = "evening"
name = "Evening"
when = "rest-day"

# Get into position first.
[[steps]]
kind = "wait"
instruction = "Lie on your front."

[[steps]]
technique = "compression-massage"
seconds = 60    # a minute each
side = "each"
zone = "upper"

[[steps]]
kind = "rest"
seconds = 30

[[steps]]
technique = "knuckle-massage"
seconds = 60
side = "each"
"""


@pytest.fixture
def evening_file(paths: DataPaths) -> Path:
    path = paths.routines_dir / "evening.toml"
    path.write_text(EVENING, encoding="utf-8")
    return path


@pytest.fixture
def mine_window(
    qtbot: QtBot, settings: Settings, paths: DataPaths, evening_file: Path, answers: Answers
) -> Iterator[tuple[MainWindow, SessionController]]:
    """The main window with the user's routines loaded from the data dir (unsaved changes are
    discarded when it closes at the end of a test, unless the test answers otherwise)."""
    library = load_content(paths.routines_dir).library
    window, controller = open_app_window(qtbot, library, settings, paths)
    yield window, controller
    controller.close()


@pytest.fixture
def editor(mine_window: tuple[MainWindow, SessionController]) -> RoutineEditor:
    """The editor, open on "evening"."""
    window, _ = mine_window
    opened = window.routines.open_editor("evening")
    assert opened is not None
    return opened


class Answers:
    """The unsaved-changes question answered as a test says (Save, Discard or Cancel, in order),
    with every question asked kept."""

    def __init__(self) -> None:
        self.queue: list[str] = []
        self.asked: list[str] = []

    def warning(self, _parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return getattr(QMessageBox.StandardButton, self.queue.pop(0) if self.queue else "Discard")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(QMessageBox, "warning", found.warning)
    return found


@pytest.fixture
def german(qapp: QApplication) -> Iterator[LanguageCatalogues]:
    catalogues = LanguageCatalogues(qapp, "de")
    yield catalogues
    catalogues.remove()


@pytest.fixture
def german_window(
    qtbot: QtBot, german: LanguageCatalogues, settings: Settings, paths: DataPaths
) -> Iterator[tuple[MainWindow, SessionController]]:
    """The window as the app builds it in German, with the user's routines (none yet)."""
    loaded = load_content(paths.routines_dir, "de")
    window, controller = open_app_window(qtbot, loaded.library, settings, paths)
    yield window, controller
    controller.close()
