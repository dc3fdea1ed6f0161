"""The page after a session: how it ended (with the source article's advice after a pain stop),
how tight each leg is now, and notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Guide
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.session.states import Outcome
from hamstring_desktop.ui.player.common import (
    NOT_RATED,
    big_button,
    rating,
    rating_box,
    rating_row,
    set_pixel_font,
)
from hamstring_desktop.words.durations import in_words

if TYPE_CHECKING:
    from hamstring_desktop.session.events import Finished

# Full screen (focus mode) has no status bar under the page, and the player's own margins are thin
# there to give the ring its height: the page keeps this much clear space under the Save button
# itself (and, so that the column stands in the middle, over its title), so that Save never sits
# on the screen's bottom edge, even where the words fill the whole height (1366×768).
FULL_SCREEN_EDGE_MARGIN = 40
# Full screen, the page's words and controls stand together in the middle of the screen's height,
# with this much room between how the session ended and the check-in (on a window, the check-in
# sits at the bottom instead, and the room between them takes what is left).
FULL_SCREEN_GAP = 32
# Full screen, the page's words and controls keep to a centred column this wide at most: lines of
# about 55-65 characters at the page's 22-24 px, and a Save button and notes field that the eye
# takes in at once, instead of rows stretched across a whole 1920 px screen.
FULL_SCREEN_COLUMN_WIDTH = 800
# A widget's maximum width when it has none (Qt's QWIDGETSIZE_MAX).
NO_MAXIMUM_WIDTH = 16777215


class CheckOutPage(QWidget):
    """How the session ended, and the closing check-in.

    Signals:
        submitted(object, str): the closing Tightness and notes.
    """

    submitted = Signal(object, str)

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkOutPage")
        self._guide = guide
        self.finished_title = QLabel()
        set_pixel_font(self.finished_title, 36, bold=True)
        self.finished_text = QLabel()
        self.finished_text.setWordWrap(True)
        set_pixel_font(self.finished_text, 22)
        self.pain_advice = QLabel()
        self.pain_advice.setWordWrap(True)
        self.pain_advice.setFrameShape(QFrame.Shape.StyledPanel)
        self.pain_advice.setMargin(12)
        set_pixel_font(self.pain_advice, 24, bold=True)
        self.after_left = rating_box(self.tr("Tightness after, left leg"))
        self.after_right = rating_box(self.tr("Tightness after, right leg"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.notes.setMinimumHeight(40)
        set_pixel_font(self.notes, 18)
        check_out = rating_row(
            self.tr("How tight now?"),
            ((self.tr("L&eft"), self.after_left), (self.tr("R&ight"), self.after_right)),
        )
        self.save_button = big_button(self.tr("Save and finish"), self.tr("Save and finish"), self.tr("Save"))
        self.save_button.setDefault(True)
        # The content is a column between two stretches that take only what the column, at
        # its widest, leaves: on a window it fills the page, full screen it stands in the middle.
        self.column = QWidget()
        self.column.setObjectName("checkOutColumn")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addStretch(0)
        row.addWidget(self.column, 1)
        row.addStretch(0)
        # Over, between and under the column's two parts, room that set_focus_mode shares out: on
        # a window all of it between them; full screen half over and half under them, so that a
        # tall screen's height has them in its middle rather than at its top and bottom edges.
        self._over, self._between, self._under = (QSpacerItem(0, 0) for _ in range(3))
        layout = QVBoxLayout(self.column)
        self._layout = layout
        layout.addItem(self._over)
        layout.addWidget(self.finished_title)
        layout.addWidget(self.finished_text)
        layout.addWidget(self.pain_advice)
        layout.addItem(self._between)
        layout.addLayout(check_out)
        layout.addWidget(self.notes)
        layout.addWidget(self.save_button)
        layout.addItem(self._under)
        self.set_focus_mode(False)
        self.save_button.clicked.connect(self._submit)

    def show_outcome(self, event: Finished) -> None:
        """Fill the page for a session that just ended."""
        titles = {
            Outcome.COMPLETED: self.tr("Session complete"),
            Outcome.STOPPED: self.tr("Session stopped"),
            Outcome.PAIN: self.tr("Stopped for pain"),
        }
        self.finished_title.setText(titles.get(event.outcome, ""))
        self.finished_text.setText(self.tr("Active time: %s") % in_words(event.active_seconds))
        pain = event.outcome is Outcome.PAIN
        self.pain_advice.setVisible(pain)
        self.pain_advice.setText(self._guide.pain_advice if pain else "")
        for box in (self.after_left, self.after_right):
            box.setValue(NOT_RATED)
        self.notes.clear()

    def set_focus_mode(self, on: bool) -> None:
        """Full screen: a column of readable width (FULL_SCREEN_COLUMN_WIDTH) in the middle of
        the screen, both ways, with clear space over and under it (FULL_SCREEN_EDGE_MARGIN)."""
        self._layout.unsetContentsMargins()  # the style's, as on a normal window
        self.column.setMaximumWidth(FULL_SCREEN_COLUMN_WIDTH if on else NO_MAXIMUM_WIDTH)
        edges = QSizePolicy.Policy.Expanding if on else QSizePolicy.Policy.Fixed
        for room in (self._over, self._under):
            room.changeSize(0, 0, QSizePolicy.Policy.Minimum, edges)
        between = QSizePolicy.Policy.Fixed if on else QSizePolicy.Policy.Expanding
        self._between.changeSize(0, FULL_SCREEN_GAP if on else 0, QSizePolicy.Policy.Minimum, between)
        if on:
            margins = self._layout.contentsMargins()
            margins.setTop(max(margins.top(), FULL_SCREEN_EDGE_MARGIN))
            margins.setBottom(max(margins.bottom(), FULL_SCREEN_EDGE_MARGIN))
            self._layout.setContentsMargins(margins)
        self._layout.invalidate()

    @Slot()
    def _submit(self) -> None:
        after = Tightness(rating(self.after_left), rating(self.after_right))
        self.submitted.emit(after, self.notes.text().strip())
