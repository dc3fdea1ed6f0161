"""The anatomy diagram as a user meets it: pointing, clicking, the keyboard, and the live session link."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from hamstring_desktop.content import Direction, Library, Zone
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import ANATOMY_LABELS, ANATOMY_LEGS, Settings
from hamstring_desktop.session.engine import State
from hamstring_desktop.session_controller import SessionController
from hamstring_desktop.ui.anatomy import LEFT, RIGHT, AnatomyDiagram, AnatomyPanel, StepHighlight
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.theme import LEFT_LEG, RIGHT_LEG

SVG = Path(__file__).resolve().parents[4] / "assets" / "anatomy" / "posterior-thigh.svg"
MUSCLES = ("biceps-femoris-long-head", "biceps-femoris-short-head", "semitendinosus", "semimembranosus")
# Points of the drawing (SVG units) inside each muscle where it is the one you see, clear of labels.
SAMPLES = {
    "biceps-femoris-long-head": QPointF(165, 470),
    "biceps-femoris-short-head": QPointF(100, 700),
    "semitendinosus": QPointF(300, 280),
    "semimembranosus": QPointF(322, 620),
}
# Semitendinosus lies over semimembranosus here: the one on top must win.
OVERLAP = QPointF(272, 480)


@pytest.fixture
def panel(qtbot: QtBot, library: Library, settings: Settings) -> AnatomyPanel:
    widget = AnatomyPanel(library, settings)
    qtbot.addWidget(widget)
    widget.resize(460, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def screen_point(diagram: AnatomyDiagram, leg: str, svg_point: QPointF) -> QPointF:
    return diagram.point_on(leg, svg_point)


def test_every_muscle_id_is_in_the_svg_and_in_the_content(library: Library) -> None:
    ids = {element.get("id") for element in ElementTree.parse(SVG).getroot().iter()}
    assert set(MUSCLES) <= ids
    assert {m.id for m in library.muscles} == set(MUSCLES)
    for name in ("zone-upper", "zone-middle", "zone-lower"):
        assert name in ids


def test_the_drawing_layers_the_muscles_as_the_reference_says(panel: AnatomyPanel) -> None:
    shapes = panel.diagram.shapes
    order = [muscle_id for muscle_id, _ in shapes.muscles]
    # Deep muscles are painted first: semimembranosus under semitendinosus, short head under long head.
    assert order.index("semimembranosus") < order.index("semitendinosus")
    assert order.index("biceps-femoris-short-head") < order.index("biceps-femoris-long-head")
    # Across the back of the left thigh (lateral on the left): semimembranosus is the most medial.
    centres = {m: shapes.muscle_path(m).boundingRect().center().x() for m in MUSCLES}
    assert centres["semimembranosus"] > centres["semitendinosus"] > centres["biceps-femoris-long-head"]
    # The short head shows near the knee, below where the long head's belly is widest.
    short = shapes.visible_path("biceps-femoris-short-head").boundingRect()
    assert short.bottom() > shapes.zones["lower"].top()
    # Semimembranosus's covered area really overlaps semitendinosus at the overlap sample.
    assert shapes.muscle_path("semimembranosus").contains(OVERLAP)
    assert shapes.muscle_path("semitendinosus").contains(OVERLAP)


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


def test_labels_and_legs_can_be_toggled_and_are_remembered(
    qtbot: QtBot, panel: AnatomyPanel, settings: Settings
) -> None:
    diagram = panel.diagram
    assert diagram.legs == (LEFT, RIGHT) and panel.legend.isVisible()
    with_labels = diagram.grab().toImage()
    panel.labels_box.click()
    assert not diagram.labels and not panel.legend.isVisible()
    assert diagram.grab().toImage() != with_labels
    assert settings.get(ANATOMY_LABELS) is False
    panel.legs_combo.setCurrentIndex(panel.legs_combo.findData(RIGHT))
    assert diagram.legs == (RIGHT,)
    assert settings.get(ANATOMY_LEGS) == RIGHT
    # The one leg shown stands in the middle, as the mirror image (lateral side on the right).
    box = diagram.leg_transform(RIGHT).mapRect(diagram.shapes.view_box)
    assert abs(box.center().x() - diagram.width() / 2) < 2
    long_head = diagram.point_on(RIGHT, SAMPLES["biceps-femoris-long-head"])
    semimembranosus = diagram.point_on(RIGHT, SAMPLES["semimembranosus"])
    assert long_head.x() > semimembranosus.x()


def pixel(diagram: AnatomyDiagram, leg: str, point: QPointF) -> QColor:
    image: QImage = diagram.grab().toImage()
    return image.pixelColor(diagram.point_on(leg, point).toPoint())


def is_tinted(colour: QColor, leg_colour: str) -> bool:
    """Whether a pixel of red-brown muscle has clearly taken on the blue or the orange leg colour."""
    red, green, blue = colour.red(), colour.green(), colour.blue()
    if leg_colour == LEFT_LEG:  # blue
        return blue > red + 20
    assert leg_colour == RIGHT_LEG  # orange: much more green than blue, unlike muscle
    return green - blue > 50 and red > blue + 80


def test_step_highlight_lights_the_muscles_zone_and_leg(qtbot: QtBot, panel: AnatomyPanel) -> None:
    diagram = panel.diagram
    panel.show_step(StepHighlight(("semimembranosus",), (RIGHT,), Zone.LOWER, Direction.ACROSS))
    in_zone = QPointF(326, 620)
    assert diagram.shapes.zones["lower"].contains(in_zone)
    assert is_tinted(pixel(diagram, RIGHT, in_zone), RIGHT_LEG)
    assert not is_tinted(pixel(diagram, LEFT, in_zone), RIGHT_LEG)
    assert not is_tinted(pixel(diagram, RIGHT, SAMPLES["semitendinosus"]), RIGHT_LEG)
    assert diagram.caption() == "Right leg · lower third · across the fibres"
    panel.show_step(StepHighlight(("semimembranosus",), (LEFT, RIGHT), Zone.MIDDLE, Direction.ALONG, True))
    assert diagram.caption() == "Both legs · middle third · hold still on a tender spot"
    panel.show_step(StepHighlight(("semimembranosus",), (RIGHT,), Zone.LOWER, Direction.ACROSS))
    # A step on a leg the user hid brings that leg into view while it runs.
    panel.legs_combo.setCurrentIndex(panel.legs_combo.findData(LEFT))
    assert diagram.legs == (LEFT, RIGHT)
    panel.show_step(None)
    assert diagram.legs == (LEFT,)


def test_running_step_lights_its_muscles_on_the_right_leg(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    window, controller = app_window
    diagram = window.anatomy.diagram
    assert diagram.step is None
    controller.start("post-workout")
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    step = engine.step
    assert diagram.step == StepHighlight(step.target_muscles, (LEFT,), step.zone, step.direction, step.hold)
    sample = SAMPLES["biceps-femoris-long-head"]
    assert is_tinted(pixel(diagram, LEFT, sample), LEFT_LEG)
    assert not is_tinted(pixel(diagram, RIGHT, sample), RIGHT_LEG)
    window.actions_registry.action("session.next").trigger()  # to the switch-legs transition
    window.actions_registry.action("session.next").trigger()  # the right leg starts
    assert engine.step.leg.value == RIGHT
    assert diagram.step is not None and diagram.step.legs == (RIGHT,)
    assert is_tinted(pixel(diagram, RIGHT, sample), RIGHT_LEG)
    assert not is_tinted(pixel(diagram, LEFT, sample), LEFT_LEG)
    window.actions_registry.action("session.stop").trigger()
    qtbot.waitUntil(lambda: diagram.step is None)


def test_library_and_diagram_link_both_ways(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    window = MainWindow(library, settings, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    pane = window.library_pane
    pane.select_technique("knuckle-massage")
    # The technique's target muscles are links; following one selects it in the diagram.
    html = pane.details.toHtml()
    assert 'href="muscle:semitendinosus"' in html
    pane.details.anchorClicked.emit(QUrl("muscle:semitendinosus"))
    assert window.anatomy.diagram.selected == "semitendinosus"
    # The muscle card lists techniques as links that open in the library.
    window.anatomy.card.anchorClicked.emit(QUrl("technique:cross-fiber-friction"))
    assert pane.current_id() == "cross-fiber-friction"
    assert "Cross-fiber friction" in pane.details.toPlainText()


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
