"""The running step on the diagram: its muscles, zone and leg lit up, and its caption."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF

from hamstring_desktop.content import Direction, Zone
from hamstring_desktop.session.engine import State
from hamstring_desktop.session_controller import SessionController
from hamstring_desktop.ui.anatomy import LEFT, RIGHT, AnatomyPanel, StepHighlight
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.theme import LEFT_LEG, RIGHT_LEG
from tests.helpers.anatomy import SAMPLES, is_tinted, pixel


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
