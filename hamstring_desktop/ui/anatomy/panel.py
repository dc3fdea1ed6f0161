"""The anatomy dock: the options row, the diagram, its legend and the selected muscle's card.

The card lists the techniques that work on the muscle as links; following one asks the main
window to open that technique in the library.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from hamstring_desktop.content import Library
from hamstring_desktop.services.settings import ANATOMY_LABELS, ANATOMY_LEGS, Settings
from hamstring_desktop.session.plan import Leg
from hamstring_desktop.ui.anatomy.diagram import AnatomyDiagram
from hamstring_desktop.ui.anatomy.legs import LEG_CHOICES
from hamstring_desktop.ui.anatomy.step_marks import StepHighlight
from hamstring_desktop.ui.content_html import TECHNIQUE_LINK, escape, muscle_html
from hamstring_desktop.words.legs import leg_title


class AnatomyPanel(QWidget):
    """The anatomy dock: options, the diagram, its legend and the selected muscle's card.

    Signals:
        technique_activated(str): the user clicked a technique link in the muscle card.
    """

    technique_activated = Signal(str)

    def __init__(self, library: Library, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anatomyArea")
        self._library = library
        self._settings = settings
        self.diagram = AnatomyDiagram(library)

        self.labels_box = QCheckBox(self.tr("Labels"))
        self.labels_box.setAccessibleName(self.tr("Show labels on the diagram"))
        self.labels_box.setChecked(settings.get(ANATOMY_LABELS))
        self.legs_combo = QComboBox()
        self.legs_combo.setAccessibleName(self.tr("Legs shown"))
        for choice, text in zip(
            LEG_CHOICES, (leg_title(Leg.BOTH), leg_title(Leg.LEFT), leg_title(Leg.RIGHT)), strict=True
        ):
            self.legs_combo.addItem(text, choice)
        legs_label = QLabel(self.tr("Show:"))
        legs_label.setBuddy(self.legs_combo)
        options = QHBoxLayout()
        options.addWidget(self.labels_box)
        options.addStretch(1)
        options.addWidget(legs_label)
        options.addWidget(self.legs_combo)

        self.legend = QLabel()
        self.legend.setObjectName("anatomyLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend_html())

        self.card = QTextBrowser()
        self.card.setObjectName("muscleCard")
        self.card.setAccessibleName(self.tr("Muscle details"))
        self.card.setOpenLinks(False)
        self.card.anchorClicked.connect(self._link_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(options)
        layout.addWidget(self.diagram, 5)
        layout.addWidget(self.legend)
        layout.addWidget(self.card, 2)

        chain = [self.labels_box, self.legs_combo, *self.diagram.buttons, self.card]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.labels_box.toggled.connect(self._labels_toggled)
        self.legs_combo.currentIndexChanged.connect(self._legs_chosen)
        self.diagram.muscle_selected.connect(self._show_card)
        legs = settings.get(ANATOMY_LEGS)
        self.legs_combo.setCurrentIndex(LEG_CHOICES.index(legs) if legs in LEG_CHOICES else 0)
        self._legs_chosen()
        self._labels_toggled(self.labels_box.isChecked())
        self._show_card("")

    def _legend_html(self) -> str:
        # The numbers are the key (they are on the drawing). No colour swatches: at rest every
        # muscle is drawn the same red, and in a session the legs take the left/right colours.
        muscles = " &nbsp; ".join(
            f"<b>{n}</b>&nbsp;{escape(m.name)}" for n, m in enumerate(self._library.muscles, start=1)
        )
        names = (
            self.tr("ischial tuberosity (sit bone)"),
            self.tr("fibular head"),
            self.tr("medial tibial condyle"),
            self.tr("popliteal fossa: no pressure here"),
        )
        landmarks = " &nbsp; ".join(
            f"<b>{letter}</b>&nbsp;<i>{escape(name)}</i>" for letter, name in zip("ABCD", names, strict=True)
        )
        return f"{muscles}<br>{landmarks}"

    def select_muscle(self, muscle_id: str) -> None:
        """Select a muscle in the diagram and show its card."""
        self.diagram.select(muscle_id)

    def show_step(self, step: StepHighlight | None) -> None:
        """Light up the running step's muscles, zone and direction (None clears)."""
        self.diagram.show_step(step)

    @Slot(bool)
    def _labels_toggled(self, on: bool) -> None:
        self.diagram.set_labels(on)
        self.legend.setVisible(on)
        self._settings.set(ANATOMY_LABELS, on)

    @Slot()
    def _legs_chosen(self) -> None:
        choice = str(self.legs_combo.currentData())
        self.diagram.set_legs(choice)
        self._settings.set(ANATOMY_LEGS, choice)

    @Slot(str)
    def _show_card(self, muscle_id: str) -> None:
        if muscle_id:
            self.card.setHtml(muscle_html(self._library, self._library.muscle(muscle_id)))
        else:
            self.card.setHtml(
                "<p>"
                + self.tr(
                    "Click a muscle, or press Tab and the arrow keys to move between muscles and "
                    "Enter to choose one, to see where it starts and ends, what it does and which "
                    "techniques work on it."
                )
                + "</p>"
            )

    @Slot(QUrl)
    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(TECHNIQUE_LINK):
            self.technique_activated.emit(text.removeprefix(TECHNIQUE_LINK))
