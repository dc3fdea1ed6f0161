"""The main window: layout, menus, safety page, remembered geometry, theme, accessibility."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from hamstring_desktop.content import ContentError, Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import THEME, Settings
from hamstring_desktop.ui.content_dialog import ContentDialog
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.theme import is_dark
from tests.helpers.problem_boxes import fits_a_laptop, last_problem_shown, open_details, wrapped_problems


def make_window(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths, **kw: object
) -> MainWindow:
    window = MainWindow(library, settings, paths, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths) -> MainWindow:
    return make_window(qtbot, library, settings, paths)


def test_menus_and_areas(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Session", "&Routines", "&View", "&Help"]
    assert window.library_dock.isVisible() and window.anatomy_dock.isVisible()
    assert window.width() >= 1200 and window.height() >= 800
    assert window.anatomy.diagram.isVisible() and len(window.anatomy.diagram.buttons) == 4


def test_ctrl_f_focuses_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.find_action.trigger()
    assert window.library_pane.search.hasFocus()


def test_safety_page_lists_the_cautions(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    window.safety_action.trigger()
    dialog = window.findChild(ContentDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    for caution in library.guide.safety_cautions:
        assert caution in text
    assert library.guide.faq[1].answer in text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_guide_page_has_timing_and_benefits(window: MainWindow, library: Library) -> None:
    window.guide_action.trigger()
    dialogs = [d for d in window.findChildren(ContentDialog) if d.isVisible()]
    text = dialogs[-1].browser.toPlainText()
    assert all(t.text in text for t in library.guide.timing)
    assert library.guide.benefits[0] in text
    dialogs[-1].close()


def test_geometry_and_docks_are_remembered(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    first = make_window(qtbot, library, settings, paths)
    first.resize(1300, 850)
    first.anatomy_dock.hide()
    first.close()
    second = make_window(qtbot, library, Settings(paths.settings_file), paths)
    assert (second.width(), second.height()) == (1300, 850)
    assert not second.anatomy_dock.isVisible()
    assert paths.settings_file.exists()


def test_theme_choice_is_applied_and_saved(qtbot: QtBot, window: MainWindow, settings: Settings) -> None:
    dark = next(a for a in window.theme_group.actions() if a.data() == "dark")
    dark.trigger()
    assert settings.get(THEME) == "dark"
    qtbot.waitUntil(lambda: is_dark(window.library_pane.details.palette()))
    assert is_dark(window.palette())
    light = next(a for a in window.theme_group.actions() if a.data() == "light")
    light.trigger()
    assert settings.get(THEME) == "light"
    qtbot.waitUntil(lambda: not is_dark(window.palette()))
    next(a for a in window.theme_group.actions() if a.data() == "system").trigger()
    assert settings.get(THEME) == "system"


def test_user_routine_problems_are_reported(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    error = ContentError("/home/me/routines/bad.toml", 7, "steps[1].seconds", "must be at least 1, not 0")
    window = make_window(qtbot, library, settings, paths, user_errors=(error,))
    assert "could not be loaded" in window.statusBar().currentMessage()
    assert window.routine_problems_action.isEnabled()
    window.show_routine_problems()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert any(
        "bad.toml:7" in b.findChildren(QLabel)[-1].text()
        or any("bad.toml:7" in lbl.text() for lbl in b.findChildren(QLabel))
        for b in boxes
    )
    for box in boxes:
        box.close()


def test_many_routine_problems_at_start_fit_the_screen_and_the_last_one_can_be_read(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    """Two broken files in the routines folder at start, with 201 problems between them: File ▸
    Routine Problems lists the first few and how many there are, and scrolls to the last."""
    bad = [
        ContentError("/home/me/routines/bad.toml", 4 + 5 * i, f"steps[{i + 1}].seconds", "must be at least 1")
        for i in range(200)
    ]
    other = ContentError("/home/me/routines/other.toml", 3, "when", "unknown time 'lunchtime'")
    window = make_window(qtbot, library, settings, paths, user_errors=(*bad, other))
    window.show_routine_problems()
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitExposed(box)
    assert box.text() == "2 routine files were skipped: bad.toml, other.toml. They are unchanged on disk."
    assert fits_a_laptop(box), box.frameGeometry()
    assert "201 problems in all. The first 5, in line order:" in box.informativeText()
    assert "/home/me/routines/bad.toml:4: steps[1].seconds: must be at least 1" in box.informativeText()
    open_details(qtbot, box)
    assert fits_a_laptop(box), box.frameGeometry()
    assert last_problem_shown(qtbot, box) == "/home/me/routines/other.toml:3: when: unknown time 'lunchtime'"
    box.close()


def _problems_in(files: list[str], each: int) -> list[ContentError]:
    """``each`` problems in each of ``files`` (in /home/me/routines), long enough to wrap."""
    return [
        ContentError(
            f"/home/me/routines/{name}",
            4 + 5 * i,
            f"steps[{i + 1}].technique",
            "unknown technique 'knuckles'; did you mean 'knuckle-massage'? (known: compression-massage, "
            "foam-rolling, knuckle-massage, partner-massage)",
        )
        for name in files
        for i in range(each)
    ]


def test_routine_problems_name_every_skipped_file_first(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    """Three broken files with four problems each: the box's main text names all three, though
    the first five problems it lists are only the first file's; each problem that wraps hangs its
    wrapped lines, as the details list does."""
    errors = _problems_in(["desk.toml", "evening.toml", "lunch.toml"], 4)
    window = make_window(qtbot, library, settings, paths, user_errors=tuple(errors))
    window.show_routine_problems()
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitExposed(box)
    assert box.text() == (
        "3 routine files were skipped: desk.toml, evening.toml, lunch.toml. They are unchanged on disk."
    )
    assert "12 problems in all. The first 5, in line order:" in box.informativeText()
    wrapped = wrapped_problems(box)
    assert len(wrapped) == 5, wrapped
    assert all(hangs for _, hangs in wrapped), wrapped
    assert fits_a_laptop(box), box.frameGeometry()
    box.close()


def test_routine_problems_of_one_file_and_of_many(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    """One file: said in the singular. Seven: the first four by name and how many more."""
    window = make_window(qtbot, library, settings, paths, user_errors=tuple(_problems_in(["desk.toml"], 2)))
    window.show_routine_problems()
    box = window.findChild(QMessageBox)
    assert box is not None
    assert box.text() == "1 routine file was skipped: desk.toml. It is unchanged on disk."
    box.close()
    names = [f"r{n}.toml" for n in range(1, 8)]
    window = make_window(qtbot, library, settings, paths, user_errors=tuple(_problems_in(names, 1)))
    window.show_routine_problems()
    box = window.findChild(QMessageBox)
    assert box is not None
    assert box.text() == (
        "7 routine files were skipped: r1.toml, r2.toml, r3.toml, r4.toml and 3 more. "
        "They are unchanged on disk."
    )
    box.close()


def test_every_focusable_control_has_an_accessible_name(window: MainWindow) -> None:
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.parent() is not None and isinstance(
            widget.parent(), (QComboBox, QLineEdit, QAbstractSpinBox)
        ):
            continue  # internal parts of a named control
        if widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()):
            continue
        unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_tab_reaches_every_library_control(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.library_pane
    pane.search.setFocus()
    reached = []
    for _ in range(12):
        reached.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for control in (
        pane.search,
        pane.mode_filter,
        pane.tool_filter,
        pane.when_filter,
        pane.list,
        pane.details,
    ):
        assert control in reached, control.accessibleName()
