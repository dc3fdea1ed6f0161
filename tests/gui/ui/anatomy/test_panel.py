"""The anatomy dock around the diagram: its options, remembered, and the links to the library."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QUrl

from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import ANATOMY_LABELS, ANATOMY_LEGS, Settings
from hamstring_desktop.ui.anatomy import LEFT, RIGHT, AnatomyPanel
from hamstring_desktop.ui.main_window import MainWindow
from tests.helpers.anatomy import SAMPLES


def test_labels_and_legs_can_be_toggled_and_are_remembered(
    qtbot: QtBot, panel: AnatomyPanel, settings: Settings
) -> None:
    diagram = panel.diagram
    assert diagram.legs == (LEFT, RIGHT) and panel.legend.isVisible()
    # The key is the numbers on the drawing; no colour swatch that the drawing does not show.
    assert "<b>1</b>&nbsp;Biceps femoris, long head" in panel.legend.text() and "■" not in panel.legend.text()
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
