"""The anatomy diagram as a user meets it: pointing, clicking and the keyboard."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hamstring_desktop.content import Library
from hamstring_desktop.ui.anatomy import LEFT, RIGHT, AnatomyPanel
from tests.helpers.anatomy import MUSCLES, OVERLAP, SAMPLES, screen_point


@pytest.mark.parametrize("leg", [LEFT, RIGHT])
@pytest.mark.parametrize("muscle_id", MUSCLES)
def test_clicking_a_muscle_selects_it_and_shows_its_card(
    qtbot: QtBot, panel: AnatomyPanel, library: Library, muscle_id: str, leg: str
) -> None:
    diagram = panel.diagram
    point = screen_point(diagram, leg, SAMPLES[muscle_id]).toPoint()
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point)
    assert diagram.selected == muscle_id
    muscle = library.muscle(muscle_id)
    text = panel.card.toPlainText()
    for fact in (muscle.name, muscle.origin, muscle.insertion, muscle.nerve, muscle.position):
        assert fact in text
    assert all(action in text for action in muscle.actions)
    assert all(problem in text for problem in muscle.common_problems)
    for technique in library.techniques:
        assert (technique.name in text) == (muscle_id in technique.target_muscles)


def test_where_semitendinosus_covers_semimembranosus_the_visible_one_wins(
    qtbot: QtBot, panel: AnatomyPanel
) -> None:
    diagram = panel.diagram
    for leg in (LEFT, RIGHT):
        qtbot.mouseClick(
            diagram, Qt.MouseButton.LeftButton, pos=screen_point(diagram, leg, OVERLAP).toPoint()
        )
        assert diagram.selected == "semitendinosus"


def test_every_muscle_can_be_hit_somewhere_it_is_visible(panel: AnatomyPanel) -> None:
    diagram = panel.diagram
    for muscle_id in MUSCLES:
        visible = diagram.shapes.visible_path(muscle_id)
        bounds = visible.boundingRect()
        hits = 0
        for i in range(1, 20):
            for j in range(1, 40):
                point = QPointF(
                    bounds.left() + bounds.width() * i / 20, bounds.top() + bounds.height() * j / 40
                )
                if visible.contains(point):
                    found = diagram.muscle_at(screen_point(diagram, LEFT, point))
                    assert found == (muscle_id, LEFT), point
                    hits += 1
        assert hits > 5, muscle_id


def test_clicking_beside_the_muscles_clears_the_selection(qtbot: QtBot, panel: AnatomyPanel) -> None:
    diagram = panel.diagram
    diagram.select("semitendinosus")
    qtbot.mouseClick(
        diagram, Qt.MouseButton.LeftButton, pos=screen_point(diagram, LEFT, QPointF(206, 900)).toPoint()
    )
    assert diagram.selected == ""
    assert "Click a muscle" in panel.card.toPlainText()


def test_hover_lights_up_and_names_the_muscle(qtbot: QtBot, panel: AnatomyPanel) -> None:
    diagram = panel.diagram
    point = screen_point(diagram, RIGHT, SAMPLES["semimembranosus"])
    before = diagram.grab().toImage().pixelColor(point.toPoint())
    qtbot.mouseMove(diagram, point.toPoint())
    qtbot.waitUntil(lambda: diagram.hovered == "semimembranosus")
    after = diagram.grab().toImage().pixelColor(point.toPoint())
    assert before != after  # the muscle is tinted
    names: list[str] = []
    diagram.muscle_hovered.connect(names.append)
    qtbot.mouseMove(diagram, screen_point(diagram, RIGHT, QPointF(206, 900)).toPoint())
    qtbot.waitUntil(lambda: diagram.hovered == "")
    assert names == [""]


def test_keyboard_tab_and_arrows_move_between_muscles_and_enter_selects(
    qtbot: QtBot, panel: AnatomyPanel, library: Library
) -> None:
    diagram = panel.diagram
    panel.activateWindow()
    names = [button.accessibleName() for button in diagram.buttons]
    assert names == [m.name for m in library.muscles]
    # Tab goes from the options above the diagram into the muscles, in reading order.
    panel.legs_combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert diagram.focused_muscle() == MUSCLES[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert diagram.focused_muscle() == MUSCLES[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert diagram.focused_muscle() == MUSCLES[2]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert diagram.focused_muscle() == MUSCLES[3]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # wraps round
    assert diagram.focused_muscle() == MUSCLES[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert diagram.focused_muscle() == MUSCLES[3]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert diagram.selected == MUSCLES[3]
    assert library.muscle(MUSCLES[3]).insertion in panel.card.toPlainText()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert diagram.selected == MUSCLES[2]


def test_diagram_is_drawn_as_vectors_at_high_dpi(panel: AnatomyPanel) -> None:
    diagram = panel.diagram
    single = QImage(diagram.size(), QImage.Format.Format_ARGB32_Premultiplied)
    single.fill(0)
    diagram.render(single)
    double = QImage(diagram.size() * 2, QImage.Format.Format_ARGB32_Premultiplied)
    double.setDevicePixelRatio(2.0)
    double.fill(0)
    diagram.render(double)
    # A bitmap scaled up would match the 2x render almost everywhere; vectors redrawn at 2x differ
    # along every edge and line.
    upscaled = single.scaled(double.size(), mode=Qt.TransformationMode.FastTransformation)
    differing = 0
    for y in range(0, double.height(), 3):
        for x in range(0, double.width(), 3):
            a, b = double.pixelColor(x, y), upscaled.pixelColor(x, y)
            if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 60:
                differing += 1
    assert differing > 300
