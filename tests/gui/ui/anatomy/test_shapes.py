"""Reading the diagram's SVG: what the app accepts, the errors a drawing edit gets, and the drawing
the app ships: its muscles, where they lie and which covers which."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from PySide6.QtCore import QPointF

from hamstring_desktop.content import Library
from hamstring_desktop.ui.anatomy import AnatomyPanel
from hamstring_desktop.ui.anatomy.shapes import DiagramError, parse_path_data, read_shapes
from tests.helpers.anatomy import DRAWING, MUSCLES, OVERLAP

SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <g id="deep"><path fill="red" d="M 10,10 L 90,10 L 90,90 L 10,90 Z"/></g>
  <g id="top">
    <path fill="blue" d="M 40,40 L 60,40 L 60,60 L 40,60 Z"/>
    <path fill="none" stroke="black" d="M 0,0 L 100,100"/>
  </g>
  <rect id="zone-upper" x="0" y="0" width="100" height="33"/>
  <circle id="anchor-top" cx="50" cy="50" r="1"/>
</svg>"""


def test_topmost_visible_shape_wins_and_lines_do_not_count() -> None:
    shapes = read_shapes(SVG, ("deep", "top"), "test.svg")
    assert shapes.muscle_at(QPointF(50, 50)) == "top"
    assert shapes.muscle_at(QPointF(20, 20)) == "deep"
    assert shapes.muscle_at(QPointF(95, 95)) is None  # on the stroke-only line, outside any fill
    assert not shapes.visible_path("deep").contains(QPointF(50, 50))
    assert shapes.zones["upper"].height() == 33
    assert shapes.anchors["top"] == QPointF(50, 50)


def test_curves_are_read() -> None:
    path = parse_path_data("M 0,0 C 0,100 100,100 100,0 Z", "x")
    assert path.contains(QPointF(50, 50))
    assert not path.contains(QPointF(50, 90))


@pytest.mark.parametrize(
    ("svg", "message"),
    [
        (SVG.replace(b'id="top"', b'id="other"'), "test.svg: no element with id top"),
        (SVG.replace(b"M 40,40 L 60,40", b"M 40,40 Q 60,40"), "#top: path command 'Q' is not supported"),
        (SVG.replace(b"L 90,90", b"L 90"), "#deep: L needs 2 numbers"),
        (SVG.replace(b' viewBox="0 0 100 100"', b""), "needs a viewBox"),
        (SVG[:-20], "test.svg: not valid XML"),
        (SVG.replace(b'<g id="deep"><path', b'<g id="deep"><rect x="1"/><path'), "<rect> is not supported"),
    ],
)
def test_drawing_mistakes_are_named(svg: bytes, message: str) -> None:
    with pytest.raises(DiagramError, match=None) as caught:
        read_shapes(svg, ("deep", "top"), "test.svg")
    assert message in str(caught.value)


def test_every_muscle_id_is_in_the_svg_and_in_the_content(library: Library) -> None:
    ids = {element.get("id") for element in ElementTree.parse(DRAWING).getroot().iter()}
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


def test_a_muscles_bounds_are_those_of_its_outline(panel: AnatomyPanel) -> None:
    """Worked out from its parts, without the union of them: the same to a hundredth of a unit
    of the drawing (the union follows curves as short straight lines)."""
    shapes = panel.diagram.shapes
    for muscle_id, outline in shapes.muscles:
        bounds, expected = shapes.muscle_bounds(muscle_id), outline.boundingRect()
        edges = (bounds.left(), bounds.top(), bounds.right(), bounds.bottom())
        assert edges == pytest.approx(
            (expected.left(), expected.top(), expected.right(), expected.bottom()), abs=0.02
        ), muscle_id
