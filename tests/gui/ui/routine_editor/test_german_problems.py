"""The problems of routine files in German: in the import box, in File ▸ Routine Problems and in
the editor. The file, the line, the key path and what the file holds stay as they are; only the
sentence around them is German. Every template the domain words a problem with has a German
translation, so a new one cannot be forgotten."""

from __future__ import annotations

import string
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content.wording import Template
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.words.problems import translated
from tests.gui.ui.routine_editor.conftest import EVENING
from tests.helpers.problem_boxes import last_problem_shown, open_details

# Five problems, one of each kind: a choice, a misspelt technique, a number out of range, a key
# a rest does not have and a key nobody knows.
BROKEN = """\
id = "desk"
name = "Desk break"
when = "lunchtime"

[[steps]]
technique = "foam-roling"
seconds = 0
side = "each"

[[steps]]
kind = "rest"
seconds = 30
side = "left"
colour = "blue"
"""


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_problem_template_has_a_german_translation(german: LanguageCatalogues) -> None:
    """A template added to content/wording.py without its German fails here (lupdate puts it in
    the catalogue as unfinished; lrelease leaves unfinished ones out of the .qm)."""
    untranslated = [template.name for template in Template if translated(template) == template]
    assert not untranslated, f"translate these in assets/translations/hamstring_desktop_de.ts: {untranslated}"
    for template in Template:
        assert _fields(translated(template)) == _fields(template), template.name


def test_an_import_in_german_names_each_problem_in_german(
    tmp_path: Path, german_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    window, _ = german_window
    bad = tmp_path / "desk.toml"
    bad.write_text(BROKEN, encoding="utf-8")
    assert not window.routines.import_file(bad)
    box = window.findChild(QMessageBox, "importRefused")
    assert box is not None
    assert box.text() == "Aus desk.toml wurde nichts importiert."
    shown = box.informativeText().replace("&#x27;", "'").replace("&quot;", '"')
    for line in (
        f"{bad}:3: when: „lunchtime“ ist keiner dieser Werte: pre-workout, post-workout, rest-day, any",
        f"{bad}:6: steps[1].technique: unbekannte Technik „foam-roling“; meintest du „foam-rolling“? "
        "(bekannt: compression-massage, ",
        f"{bad}:7: steps[1].seconds: muss mindestens 1 sein, nicht 0",
        f'{bad}:13: steps[2].side: gehört nicht in einen rest-Schritt (kind = "rest"): Entferne es',
        f"{bad}:14: steps[2].colour: unbekannter Schlüssel; erwartet wird einer von: "
        "instruction, kind, seconds",
    ):
        assert line in shown, shown
    assert "must" not in shown and "unknown" not in shown
    # what the file holds is quoted as German quotes (as the spot is), never in straight quotes
    assert "'" not in shown, shown
    assert not any(paths.routines_dir.iterdir())
    box.close()


def test_a_toml_mistake_in_german_keeps_the_parsers_words_and_the_quote(
    tmp_path: Path, german_window: tuple[MainWindow, SessionController]
) -> None:
    window, _ = german_window
    bad = tmp_path / "desk.toml"
    bad.write_text(EVENING.replace("seconds = 60    # a minute each", "seconds = thirty"), encoding="utf-8")
    assert not window.routines.import_file(bad)
    box = window.findChild(QMessageBox, "importRefused")
    assert box is not None
    shown = box.informativeText().replace("&quot;", '"')
    # tomllib's own words ("Invalid value") are not the app's: they stay as they are
    assert f"{bad}:13: kein gültiges TOML: Invalid value (Spalte 11), bei „thirty“" in shown, shown
    box.close()


def test_a_built_in_id_in_german(tmp_path: Path, german_window: tuple[MainWindow, SessionController]) -> None:
    window, _ = german_window
    builtin = tmp_path / "post.toml"
    builtin.write_text(EVENING.replace('"evening"', '"post-workout"'), encoding="utf-8")
    assert not window.routines.import_file(builtin)
    box = window.findChild(QMessageBox, "importRefused")
    assert box is not None
    name = window.routines.library.routine("post-workout").name
    assert name != "Post-workout recovery"  # the German content's
    assert (
        f"{builtin}:2: id: „post-workout“ ist die ID der eingebauten Routine „{name}“, die sich nicht "
        "ersetzen lässt: Gib deiner Routine eine andere ID"
    ) in box.informativeText()
    box.close()


def test_routine_problems_at_start_in_german(
    qtbot: QtBot, german: LanguageCatalogues, settings: Settings, paths: DataPaths
) -> None:
    """File ▸ Routine Problems lists the skipped files' problems in German, to the last one."""
    steps = "".join(f'\n[[steps]]\ntechnique = "knuckles"\nseconds = {-i}\nside = "left"\n' for i in range(6))
    (paths.routines_dir / "bad.toml").write_text(f'id = "bad"\nname = "Bad"\nwhen = "any"\n{steps}', "utf-8")
    (paths.routines_dir / "mine.toml").write_text(EVENING.replace('"evening"', '"post-workout"'), "utf-8")
    loaded = load_content(paths.routines_dir, "de")
    window = MainWindow(loaded.library, settings, paths, loaded.user_errors)
    qtbot.addWidget(window)
    window.show_routine_problems()
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitExposed(box)
    assert box.text() == (
        "2 Routine-Dateien wurden übersprungen: bad.toml, mine.toml. Sie bleiben unverändert gespeichert."
    )
    shown = box.informativeText().replace("&#x27;", "'")
    assert "13 Probleme insgesamt. Die ersten 5, nach Zeilen geordnet:" in shown
    bad = paths.routines_dir / "bad.toml"
    assert (
        f"{bad}:6: steps[1].technique: unbekannte Technik „knuckles“; meintest du „knuckle-massage“?" in shown
    )
    assert "'" not in shown, shown
    assert f"{bad}:7: steps[1].seconds: muss mindestens 1 sein, nicht 0" in shown
    open_details(qtbot, box)
    mine = paths.routines_dir / "mine.toml"
    name = loaded.library.routine("post-workout").name
    assert (
        last_problem_shown(qtbot, box)
        == f"{mine}:2: id: „post-workout“ ist schon die ID der eingebauten Routine „{name}“"
    )
    box.close()


def test_routine_problems_of_one_file_and_of_many_in_german(
    qtbot: QtBot, german: LanguageCatalogues, settings: Settings, paths: DataPaths
) -> None:
    for name in ("a", "b", "c", "d", "e", "f"):
        (paths.routines_dir / f"{name}.toml").write_text(
            f'id = "{name}"\nname = "X"\nwhen = "nie"\n', "utf-8"
        )
    loaded = load_content(paths.routines_dir, "de")
    window = MainWindow(loaded.library, settings, paths, loaded.user_errors)
    qtbot.addWidget(window)
    window.show_routine_problems()
    box = window.findChild(QMessageBox)
    assert box is not None
    assert box.text() == (
        "6 Routine-Dateien wurden übersprungen: a.toml, b.toml, c.toml, d.toml und 2 weitere. "
        "Sie bleiben unverändert gespeichert."
    )
    box.close()
    one = MainWindow(loaded.library, settings, paths, loaded.user_errors[:1])
    qtbot.addWidget(one)
    one.show_routine_problems()
    box = one.findChild(QMessageBox)
    assert box is not None
    assert box.text() == "1 Routine-Datei wurde übersprungen: a.toml. Sie bleibt unverändert gespeichert."
    box.close()


def test_the_editor_in_german_says_what_is_wrong_in_german(
    qtbot: QtBot, tmp_path: Path, german_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    """A routine that imports with advice on its dose: the note in its box and the
    messages at the editor's fields are German; a file that cannot be read again is said so in
    German too."""
    window, _ = german_window
    mine = tmp_path / "evening.toml"
    mine.write_text(EVENING.replace("seconds = 60    # a minute each", "seconds = 150"), encoding="utf-8")
    assert window.routines.import_file(mine)
    assert window.statusBar().currentMessage() == "Routine „Evening“ importiert."
    notes = window.findChild(QMessageBox, "importNotes")
    assert notes is not None and notes.windowTitle() == "Routine importiert"
    assert (
        notes.text()
        == "Routine „Evening“ importiert. Hinweise zu seinen Schritten (Zeile: Schlüssel: Hinweis):"
    )
    assert "13: steps[2].seconds: 150 s sind kein Satz von 30–120 s" in notes.informativeText()
    notes.close()
    editor = window.routines.open_editor("evening")
    assert editor is not None
    editor.step_list.setCurrentRow(1)
    seconds = editor.step_form._messages["seconds"]
    assert seconds.isVisible() and seconds.text().startswith("⚠ 150 s sind kein Satz von 30–120 s"), (
        seconds.text()
    )
    field = editor.routine_form.routine_id
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "post-workout")
    name = window.routines.library.routine("post-workout").name
    message = editor.routine_form.messages()[1]
    assert message.text() == f"✖ „post-workout“ ist schon die ID der Routine „{name}“."
    editor.document.stack.undo()
    # Its file gone from under it: said in German, with the system's own reason
    (paths.routines_dir / "evening.toml").unlink()
    editor.open_routine("pre-workout")
    editor.open_routine("evening")
    gone = paths.routines_dir / "evening.toml"
    assert editor.status.text().startswith(
        f"Ihre Datei lässt sich nicht erneut lesen ({gone}: lässt sich nicht lesen: "
    ), editor.status.text()
