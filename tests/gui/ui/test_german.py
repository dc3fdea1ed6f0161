"""The window in German: menus, the player through a session, the content, Qt's own buttons and key
names, and View ▸ Language (a choice waits for the next start, and says so)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTextEdit

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import Library, load_library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.services.settings import LANGUAGE, Settings
from hamstring_desktop.session.engine import SessionAction, State
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.problem_box import list_problems
from tests.gui.conftest import open_app_window


@pytest.fixture
def german_window(
    qtbot: QtBot, qapp: QApplication, asset_texts: dict[str, str], settings: Settings, paths: DataPaths
) -> Iterator[tuple[MainWindow, SessionController]]:
    """The window as the app builds it in German: the catalogues first, then the German content."""
    catalogues = LanguageCatalogues(qapp, "de")
    library: Library = load_library(asset_texts, "de")
    window, controller = open_app_window(qtbot, library, settings, paths)
    yield window, controller
    controller.close()
    window.close()
    catalogues.remove()


def test_menus_speak_german(german_window: tuple[MainWindow, SessionController]) -> None:
    window, _ = german_window
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Datei",
        "&Einheit",
        "&Routinen",
        "&Ansicht",
        "&Hilfe",
    ]
    assert window.quit_action.text() == "&Beenden"
    assert window.focus_action.text() == "&Fokusmodus"
    assert window.language_menu.title() == "&Sprache"
    assert window.library_dock.windowTitle() == "Bibliothek"
    assert window.statusBar().currentMessage() == "Bereit. Drück F1 für Sicherheitshinweise."


def test_the_idle_player_and_the_content_speak_german(
    german_window: tuple[MainWindow, SessionController],
) -> None:
    window, _ = german_window
    player = window.player
    assert player.routine_picker.currentText().startswith("Aufwärmen vor dem Training")
    assert player.start_button.text() == "Start"
    # Qt's own word for the key, from qtbase_de
    assert player.start_button.toolTip() == "Die Routine starten (Leertaste)"
    assert player.before_left.accessibleName() == "Verspannung vorher, linkes Bein"
    assert "Rollen mit der Faszienrolle — beide Beine, 1 min" in player.idle_page.routine_details.text()


def test_a_session_speaks_german(qtbot: QtBot, german_window: tuple[MainWindow, SessionController]) -> None:
    window, controller = german_window
    player = window.player
    player.start_button.click()
    assert controller.runner is not None
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    assert player.leg_banner.text() == "◀  BEIDE BEINE  ▶"
    assert player.step_name.text() == "Rollen mit der Faszienrolle"
    assert player.instruction.text().startswith("Beide Beine auf der Rolle.")
    assert player.next_label.text() == "Danach: linkes Bein · Rollen mit der Faszienrolle"
    assert player.progress_label.text().startswith("Schritt 1 von 5 · noch ")
    controller.act(SessionAction.NEXT)
    qtbot.waitUntil(lambda: player.leg_banner.text() == "◀  LINKES BEIN", timeout=3000)
    assert (player.back_button.text(), player.next_button.text(), player.stop_button.text()) == (
        "↺ Zurück",
        "Weiter »",
        "■ Stopp",
    )
    assert player.pain_button.text() == "SCHMERZ — SOFORT STOPPEN  (P)"
    controller.act(SessionAction.TOGGLE)
    qtbot.waitUntil(lambda: engine.state is State.PAUSED, timeout=3000)
    assert player.pause_button.text() == "Fortsetzen"
    controller.act(SessionAction.PAIN)
    qtbot.waitUntil(player.save_button.isVisible, timeout=3000)
    assert player.save_button.text() == "Speichern und fertig"
    assert window.player.check_out_page.finished_title.text() == "Wegen Schmerzen gestoppt"
    assert window.player.check_out_page.pain_advice.text().startswith("Hör jetzt auf.")


def test_a_standard_dialog_has_qts_german_buttons(
    qtbot: QtBot, german_window: tuple[MainWindow, SessionController]
) -> None:
    window, _ = german_window
    window.show_routine_problems()
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "Probleme mit Routinen"
    assert [button.text() for button in box.buttons()] == ["OK"]
    box.close()
    question = QMessageBox(
        QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    )
    assert sorted(button.text() for button in question.buttons()) == ["&Ja", "Abbrechen"]


def test_a_long_problem_list_speaks_german_and_points_at_qts_details_button(
    qtbot: QtBot, german_window: tuple[MainWindow, SessionController]
) -> None:
    """The count, the rest, and the name of the list in German; "Details" is the word on Qt's own
    German button that opens the list."""
    window, _ = german_window
    box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Ok, window)
    list_problems(box, [f"/home/ich/routinen/kaputt.toml:{line}: when: unbekannt" for line in range(1, 8)])
    box.open()
    qtbot.waitExposed(box)
    assert "7 Probleme insgesamt. Die ersten 5, nach Zeilen geordnet:" in box.informativeText()
    assert "…und 2 weitere: die Details zeigen alle." in box.informativeText()
    assert "Details einblenden..." in [button.text() for button in box.buttons()]
    details = box.findChild(QTextEdit)
    assert details is not None and details.accessibleName() == "Alle Probleme"
    assert details.toPlainText().splitlines()[-1] == "/home/ich/routinen/kaputt.toml:7: when: unbekannt"
    box.close()


def test_choosing_a_language_waits_for_the_next_start_and_says_so(
    qtbot: QtBot, german_window: tuple[MainWindow, SessionController], settings: Settings
) -> None:
    window, _ = german_window
    menu = window.language_menu
    entries = [action.text() for action in menu.actions() if action.text()]
    assert entries == [
        "Wie das &System (English)",  # the tests' system speaks no language the app has
        "English",
        "Deutsch",
        "Änderungen gelten ab dem nächsten Start",
    ]
    english = next(a for a in menu.group.actions() if a.data() == "en")
    english.trigger()
    assert settings.get(LANGUAGE) == "en"
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Hamstring Desktop wechselt beim nächsten Start zu English."
    assert window.menuBar().actions()[0].text() == "&Datei"  # this run stays German
    box.close()


def test_choosing_the_running_language_needs_no_message(
    german_window: tuple[MainWindow, SessionController], settings: Settings
) -> None:
    window, _ = german_window
    german = next(a for a in window.language_menu.group.actions() if a.data() == "de")
    german.trigger()
    assert settings.get(LANGUAGE) == "de"
    assert window.findChild(QMessageBox) is None


def test_the_key_field_has_room_for_a_key_in_german(
    qtbot: QtBot, german_window: tuple[MainWindow, SessionController]
) -> None:
    """Help ▸ Keyboard Shortcuts in German: the prompt („Neue Taste für „Starten, pausieren oder
    fortsetzen“:“) squeezed the key field to a stub that cut off its own hint and a longer key."""
    from PySide6.QtGui import QKeySequence

    from hamstring_desktop.ui.shortcuts_dialog import ShortcutsDialog

    window, _ = german_window
    dialog = ShortcutsDialog(window.actions_registry, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    key = QKeySequence("Ctrl+Shift+L").toString(QKeySequence.SequenceFormat.NativeText)
    assert key == "Strg+Umschalt+L"
    metrics = dialog.key_edit.fontMetrics()
    for text in (key, dialog.key_edit.findChild(QLineEdit).placeholderText()):
        assert metrics.horizontalAdvance(text) + 16 <= dialog.key_edit.width(), text
    assert dialog.prompt.width() >= metrics.horizontalAdvance(dialog.prompt.text().replace("&", ""))
