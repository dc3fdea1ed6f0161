"""The running step on the diagram: its muscles, zone and leg lit up, its arrows or hold targets,
and its caption."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QPainterPath

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import Direction, Zone
from hamstring_desktop.session.engine import State
from hamstring_desktop.ui.anatomy import LEFT, RIGHT, AnatomyPanel, StepHighlight
from hamstring_desktop.ui.anatomy.shapes import DiagramShapes, read_shapes
from hamstring_desktop.ui.anatomy.step_marks import StepMarks, StepPainter, step_caption, step_marks
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.theme import LEFT_LEG, RIGHT_LEG
from tests.helpers.anatomy import DRAWING, MUSCLES, SAMPLES, is_tinted, pixel


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


def test_the_caption_tells_the_step_not_a_muscle_chosen_before(qtbot: QtBot, panel: AnatomyPanel) -> None:
    """A muscle clicked before the session still has its card, but the line above the legs tells
    the running step; it named the muscle clicked minutes ago for the whole session. A muscle
    pointed at is named while the pointer is on it."""
    diagram = panel.diagram
    diagram.select("semitendinosus")
    assert diagram.caption().startswith("Semitendinosus")
    panel.show_step(StepHighlight(("semimembranosus",), (RIGHT,), Zone.LOWER, Direction.ACROSS))
    assert diagram.caption() == "Right leg · lower third · across the fibres"
    assert diagram.selected == "semitendinosus"
    panel.show_step(None)
    assert diagram.caption().startswith("Semitendinosus")


def test_a_muscle_chosen_before_is_not_lit_while_a_step_runs(panel: AnatomyPanel) -> None:
    """Only the step's muscles are lit while it runs: a muscle clicked before the session stayed
    filled and outlined beside them, two muscles lit with one step. It is lit again after."""
    diagram = panel.diagram
    where = SAMPLES["semitendinosus"]
    plain = pixel(diagram, LEFT, where)
    diagram.select("semitendinosus")
    assert pixel(diagram, LEFT, where) != plain  # selected: filled
    step = StepHighlight(("semimembranosus",), (LEFT, RIGHT), Zone.LOWER, Direction.ACROSS)
    panel.show_step(step)
    assert pixel(diagram, LEFT, where) == plain
    assert diagram.selected == "semitendinosus"  # its card stays
    panel.show_step(None)
    assert pixel(diagram, LEFT, where) != plain


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


Drawing = tuple[DiagramShapes, dict[str, QPainterPath]]


@pytest.fixture(scope="module")
def drawing() -> Drawing:
    """The shipped drawing's shapes and each muscle's visible part, as the diagram has them."""
    shapes = read_shapes(DRAWING.read_bytes(), MUSCLES, str(DRAWING))
    return shapes, {m: shapes.visible_path(m) for m in MUSCLES}


def marks_for(drawing: Drawing, zone: Zone, direction: Direction, hold: bool = False) -> StepMarks:
    return step_marks(StepHighlight(MUSCLES, (LEFT,), zone, direction, hold), *drawing)


@pytest.mark.parametrize("zone", list(Zone))
@pytest.mark.parametrize("direction", list(Direction))
def test_every_mark_stays_in_the_band_the_step_works_in(
    drawing: Drawing, zone: Zone, direction: Direction
) -> None:
    shapes, _ = drawing
    for hold in (False, True):
        marks = marks_for(drawing, zone, direction, hold)
        assert marks.zone is not None
        points = [p for arrow in marks.arrows for p in arrow[:2]] + list(marks.targets)
        assert points
        for point in points:
            assert marks.zone.top() - 1 <= point.y() <= marks.zone.bottom() + 1, (zone, direction, point)
    if zone is Zone.FULL:  # the whole length stops two thirds down, clear of the hollow behind the knee
        assert marks.zone == shapes.zones["upper"].united(shapes.zones["middle"])
        assert marks.zone.bottom() <= shapes.zones["lower"].top() + 1


def test_a_hold_shows_a_target_on_each_muscle_and_no_arrows(
    drawing: Drawing,
) -> None:
    marks = marks_for(drawing, Zone.MIDDLE, Direction.ALONG, hold=True)
    assert marks.arrows == ()
    assert 1 <= len(marks.targets) <= len(MUSCLES)


def test_each_direction_has_its_own_arrows(drawing: Drawing) -> None:
    along = marks_for(drawing, Zone.UPPER, Direction.ALONG)
    down = marks_for(drawing, Zone.UPPER, Direction.TOP_TO_BOTTOM)
    across = marks_for(drawing, Zone.UPPER, Direction.ACROSS)
    press = marks_for(drawing, Zone.UPPER, Direction.COMPRESS)
    parts = len(along.arrows)
    assert parts >= 1 and not along.targets
    # Along the muscle: one two-headed arrow down each part; top to bottom: one head, at the bottom.
    assert all(both and end.y() > start.y() for start, end, both in along.arrows)
    assert len(down.arrows) == parts
    assert all(not both and end.y() > start.y() for start, end, both in down.arrows)
    # Across the fibres: two two-headed arrows from side to side on each part.
    assert len(across.arrows) == 2 * parts
    assert all(both and start.y() == end.y() and end.x() > start.x() for start, end, both in across.arrows)
    # Press and release: four arrows on each part, each pointing in towards its middle.
    assert len(press.arrows) == 4 * parts
    for index in range(0, len(press.arrows), 4):
        group = press.arrows[index : index + 4]
        middle = QPointF(
            sum(start.x() for start, _, _ in group) / 4, sum(start.y() for start, _, _ in group) / 4
        )
        for start, end, both in group:
            assert not both
            assert QLineF(end, middle).length() < QLineF(start, middle).length()


def test_marks_are_worked_out_once_per_step(drawing: Drawing) -> None:
    """Each paint of a running step reuses them (working them out takes milliseconds)."""
    painter = StepPainter(*drawing)
    step = StepHighlight(MUSCLES[:2], (LEFT, RIGHT), Zone.LOWER, Direction.ACROSS)
    first = painter.marks(step)
    assert painter.marks(StepHighlight(MUSCLES[:2], (LEFT, RIGHT), Zone.LOWER, Direction.ACROSS)) is first
    changed = painter.marks(StepHighlight(MUSCLES[:2], (LEFT, RIGHT), Zone.LOWER, Direction.ALONG))
    assert changed is not first and changed.step.direction is Direction.ALONG


@pytest.mark.parametrize(
    ("step", "caption"),
    [
        (
            StepHighlight(MUSCLES, (LEFT,), Zone.FULL, Direction.ALONG),
            "Left leg · upper two thirds · along the muscle",
        ),
        (
            StepHighlight(MUSCLES, (RIGHT,), Zone.UPPER, Direction.TOP_TO_BOTTOM),
            "Right leg · upper third · from top to bottom",
        ),
        (
            StepHighlight(MUSCLES, (LEFT, RIGHT), Zone.MIDDLE, Direction.COMPRESS),
            "Both legs · middle third · press and release",
        ),
        (
            StepHighlight(MUSCLES, (LEFT,), Zone.LOWER, Direction.COMPRESS, hold=True),
            "Left leg · lower third · hold still on a tender spot",
        ),
    ],
)
def test_the_step_caption_names_leg_third_and_how(step: StepHighlight, caption: str) -> None:
    assert step_caption(step) == caption
