"""Alt+letter reaches one control: no two controls on screen (the menus included) share the
underlined letter, in English and in German. A clash made Alt+V go to the Voice box instead of
the View menu, and Alt+M (for Name) to Mute, whose box the next spaces typed then toggled."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QTabBar, QWidget

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import load_library
from hamstring_desktop.history.browse import SessionBrowser
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.ui.history.page import HistoryPage
from hamstring_desktop.ui.main_window import MainWindow
from tests.gui.conftest import open_app_window

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letter(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def clashes(window: MainWindow, *more: QWidget) -> dict[str, list[str]]:
    """Underlined letters taken by more than one control on screen: the menu bar's titles, the
    buttons and check boxes, the labels that name a field (they have a buddy) and tab titles."""
    taken: defaultdict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if (letter := _letter(action.text())) is not None:
            taken[letter].append(f"menu {action.text()}")
    for root in (window, *more):
        for widget in root.findChildren(QWidget):
            if not widget.isVisible():
                continue
            texts: list[str] = []
            if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
                texts = [widget.text()]
            elif isinstance(widget, QTabBar):
                texts = [widget.tabText(i) for i in range(widget.count())]
            for text in texts:
                if (letter := _letter(text)) is not None:
                    taken[letter].append(text)
    return {letter: texts for letter, texts in taken.items() if len(texts) > 1}


@pytest.fixture(params=["en", "de"])
def window(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    qapp: QApplication,
    asset_texts: dict[str, str],
    settings: Settings,
    paths: DataPaths,
) -> Iterator[tuple[MainWindow, SessionController]]:
    catalogues = LanguageCatalogues(qapp, request.param)
    shown = open_app_window(qtbot, load_library(asset_texts, request.param), settings, paths)
    yield shown
    shown[1].close()
    shown[0].close()
    catalogues.remove()


def test_the_player_and_the_routine_editor(
    qtbot: QtBot, window: tuple[MainWindow, SessionController]
) -> None:
    main, _ = window
    assert clashes(main) == {}
    main.player.edit_button.click()
    qtbot.waitUntil(lambda: main.player.page == "editor")
    assert clashes(main) == {}


def test_the_history_page(qtbot: QtBot, window: tuple[MainWindow, SessionController], tmp_path: Path) -> None:
    main, _ = window
    main.library_dock.hide()  # the History page has the window to itself
    main.anatomy_dock.hide()
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    page = HistoryPage(SessionBrowser(store), str, date.today, 3)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    main.player.hide()
    assert clashes(main, page) == {}


def _menu_clashes(menu: QMenu, where: str) -> dict[str, list[str]]:
    """Underlined letters that two entries of one menu (or submenu) share."""
    taken: defaultdict[str, list[str]] = defaultdict(list)
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if (letter := _letter(action.text())) is not None:
            taken[letter].append(action.text())
        if action.menu() is not None:
            found |= _menu_clashes(action.menu(), f"{where} ▸ {action.text()}")
    found |= {f"{where}: {letter}": texts for letter, texts in taken.items() if len(texts) > 1}
    return found


def test_each_menu_has_one_entry_per_letter(window: tuple[MainWindow, SessionController]) -> None:
    """In an open menu, a letter runs its entry at once; two entries with one letter only move
    the highlight between them. Alt+V then L went to the Library, not the Language menu."""
    main, _ = window
    clashes_found: dict[str, list[str]] = {}
    for action in main.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        clashes_found |= _menu_clashes(menu, action.text())
    assert clashes_found == {}


def _dialog_clashes(dialog: QWidget) -> dict[str, list[str]]:
    """Underlined letters taken by more than one visible control of a dialog."""
    taken: defaultdict[str, list[str]] = defaultdict(list)
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        named = isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy())
        if named and (letter := _letter(widget.text())) is not None:
            taken[letter].append(widget.text())
    return {letter: texts for letter, texts in taken.items() if len(texts) > 1}


def test_each_settings_and_history_dialog_has_one_control_per_letter(
    qtbot: QtBot, window: tuple[MainWindow, SessionController], tmp_path: Path
) -> None:
    """Alt+F in Export History only moved between "Only sessions from" and "File", and Alt+A in
    Keyboard Shortcuts only moved to Add Key, never to Restore All Defaults (nor pressed either)."""
    from hamstring_desktop.ui.history_dialogs import BackupChoice, BackupDialog, ExportDialog
    from hamstring_desktop.ui.shortcuts_dialog import ShortcutsDialog

    main, _ = window
    dialogs = (
        ExportDialog(date(2026, 11, 25), main),
        BackupDialog(BackupChoice(True, "", 14), tmp_path / "backups", "none yet", main),
        ShortcutsDialog(main.actions_registry, main),
    )
    found = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found[dialog.windowTitle()] = _dialog_clashes(dialog)
        dialog.close()
    assert found == {dialog.windowTitle(): {} for dialog in dialogs}
