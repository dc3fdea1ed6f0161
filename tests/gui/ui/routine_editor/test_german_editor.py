"""The routine editor in German, including the words its parts (saving, its actions) say: they
are looked up under the editor's class, whatever module they are written in."""

from __future__ import annotations

from pathlib import Path

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.ui.main_window import MainWindow


def test_editing_and_saving_speak_german(
    german: LanguageCatalogues, mine_window: tuple[MainWindow, SessionController], evening_file: Path
) -> None:
    window, _ = mine_window
    editor = window.routines.open_editor("evening")
    assert editor is not None
    assert editor.save_button.text() == "Speichern"
    editor.step_form.seconds.setValue(90)
    assert editor.accessibleDescription() == "Ungespeicherte Änderungen"
    assert editor.save_button.text() == "Speichern •"
    assert editor.save()
    assert editor.status.text() == f"Gespeichert in {evening_file}"
    assert editor.accessibleDescription() == ""
