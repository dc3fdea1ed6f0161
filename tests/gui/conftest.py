"""Fixtures for widget tests: the real content library and a settings file in a temp dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from hamstring_desktop.app import ensure_application, quick_enums
from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.services.settings import Settings

# The app makes Qt's enums the quick way from its import to its first paint. The tests make them
# Python's own way throughout, whichever test runs first; tests/gui/app/test_quick_enums.py
# checks the quick way against it.
quick_enums.uninstall()

if TYPE_CHECKING:
    from hamstring_desktop.app.session import MediaKeys, SessionController
    from hamstring_desktop.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[LanguageCatalogues]:
    """English as the app speaks it: its catalogue has the plural forms ("1 session")."""
    catalogues = LanguageCatalogues(qapp, "en")
    assert catalogues.installed, "the English catalogue is in the resources"
    yield catalogues
    catalogues.remove()


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return DataPaths(data_dir).ensure()


@pytest.fixture
def settings(qapp: object, paths: DataPaths) -> Settings:
    ensure_application()
    return Settings(paths.settings_file)


def open_app_window(
    qtbot: QtBot,
    library: Library,
    settings: Settings,
    paths: DataPaths,
    time_scale: float = 20.0,
    media: MediaKeys | None = None,
) -> tuple[MainWindow, SessionController]:
    """The main window with a session controller (no sound; time runs ``time_scale`` times
    faster; the safety check acknowledged), shown and focused."""
    from hamstring_desktop.app.session import RunOptions, SessionController
    from hamstring_desktop.ui.main_window import MainWindow

    window = MainWindow(library, settings, paths)
    qtbot.addWidget(window)
    controller = SessionController(
        library,
        settings,
        paths,
        window.player,
        window,
        RunOptions(time_scale=time_scale, audio=False, safety_acknowledged=True),
        media=media,
    )
    window.session_action.connect(controller.act)
    window.library_changed.connect(controller.set_library)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # the keyboard starts where the app puts it: the routine picker
    return window, controller


@pytest.fixture
def app_window(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> Iterator[tuple[MainWindow, SessionController]]:
    """The main window with a session controller (no sound; time runs 20x), shown and focused."""
    window, controller = open_app_window(qtbot, library, settings, paths)
    yield window, controller
    controller.close()
