"""The technique library pane: filtering, searching, and showing details."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from hamstring_desktop.content import Library
from hamstring_desktop.ui.library_pane import LibraryPane


@pytest.fixture
def pane(qtbot: QtBot, library: Library) -> LibraryPane:
    widget = LibraryPane(library)
    qtbot.addWidget(widget)
    widget.resize(420, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_starts_with_every_technique_and_the_first_shown(pane: LibraryPane) -> None:
    assert len(pane.visible_ids()) == 5
    assert pane.current_id() == "foam-rolling"
    assert "Foam rolling" in pane.details.toPlainText()


def test_typing_a_search_narrows_the_list(qtbot: QtBot, pane: LibraryPane) -> None:
    qtbot.keyClicks(pane.search, "knuckle")
    assert pane.visible_ids() == ["knuckle-massage"]
    assert "Knuckle massage" in pane.details.toPlainText()


def test_partner_filter(pane: LibraryPane) -> None:
    pane.mode_filter.setCurrentIndex(pane.mode_filter.findText("With a partner"))
    assert pane.visible_ids() == ["compression-massage", "stretch-and-massage"]


def test_tool_and_timing_filters_combine(pane: LibraryPane) -> None:
    pane.tool_filter.setCurrentIndex(pane.tool_filter.findText("Hands only"))
    pane.when_filter.setCurrentIndex(pane.when_filter.findText("Before exercise"))
    assert pane.visible_ids() == ["knuckle-massage", "stretch-and-massage"]


def test_no_match_shows_a_notice_and_clear_restores(qtbot: QtBot, pane: LibraryPane) -> None:
    qtbot.keyClicks(pane.search, "trampoline")
    assert pane.visible_ids() == []
    assert pane.empty_notice.isVisible() and pane.clear_button.isVisible()
    assert not pane.list.isVisible()
    assert pane.current_id() == ""
    qtbot.mouseClick(pane.clear_button, Qt.MouseButton.LeftButton)
    assert len(pane.visible_ids()) == 5
    assert pane.search.text() == ""
    assert not pane.empty_notice.isVisible()


def test_selecting_a_technique_shows_steps_tools_muscles_and_cautions(
    qtbot: QtBot, pane: LibraryPane, library: Library
) -> None:
    with qtbot.waitSignal(pane.technique_selected) as signal:
        pane.list.setCurrentRow(pane.visible_ids().index("cross-fiber-friction"))
    assert signal.args == ["cross-fiber-friction"]
    text = pane.details.toPlainText()
    technique = library.technique("cross-fiber-friction")
    assert technique.steps[2] in text
    assert "Hands only" in text
    assert "Semitendinosus" in text
    assert technique.cautions[0] in text
    for heading in ("How to do it", "Tools", "Works on", "Take care"):
        assert heading in text


def test_keyboard_moves_through_the_list(qtbot: QtBot, pane: LibraryPane) -> None:
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    assert pane.current_id() == "cross-fiber-friction"


def test_selection_survives_a_filter_that_still_matches(pane: LibraryPane) -> None:
    pane.select_technique("stretch-and-massage")
    pane.mode_filter.setCurrentIndex(pane.mode_filter.findText("With a partner"))
    assert pane.current_id() == "stretch-and-massage"


def test_select_technique_clears_filters_that_hide_it(pane: LibraryPane) -> None:
    pane.mode_filter.setCurrentIndex(pane.mode_filter.findText("With a partner"))
    assert pane.select_technique("foam-rolling")
    assert pane.current_id() == "foam-rolling"
    assert not pane.select_technique("no-such-thing")
