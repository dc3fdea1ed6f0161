"""The countdown ring and the step's words, arranged to give the ring the most room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from hamstring_desktop.ui.countdown_ring import CountdownRing


class Stage(QWidget):
    """The ring and the step's words, side by side or one above the other.

    On a wide, low window (a laptop screen with the anatomy beside the player) the ring goes on
    the left and the words on the right; on a tall one the words go under the ring. It picks
    whichever arrangement gives the ring the larger diameter, so the digits stay as big as the
    space allows, and re-decides when its size or the words change.
    """

    SPACING = 16
    # The words' column never gets narrower than this beside the ring.
    MIN_INFO_WIDTH = 380

    def __init__(self, ring: CountdownRing, info: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage")
        self.ring = ring
        self.info = info
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(self.SPACING)
        self._layout.addWidget(ring, 1)
        self._layout.addWidget(info, 0)

    @property
    def side_by_side(self) -> bool:
        """Whether the words are beside the ring (else under it)."""
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def _ring_sides(self) -> tuple[int, int]:
        """The ring's diameter with the words under it, and beside it."""
        width, height = self.width(), self.height()
        below = min(width, height - self.SPACING - self.info.heightForWidth(width))
        info_width = max(self.MIN_INFO_WIDTH, int(width * 0.42))
        beside_side = min(height, width - self.SPACING - info_width)
        if self.info.heightForWidth(info_width) > height:
            beside_side = 0
        return below, beside_side

    def arrange(self) -> None:
        """Pick the arrangement that gives the ring more room."""
        below, beside = self._ring_sides()
        wanted = beside > below * 1.05  # ties keep the words under the ring
        if wanted != self.side_by_side:
            self._layout.setDirection(
                QBoxLayout.Direction.LeftToRight if wanted else QBoxLayout.Direction.TopToBottom
            )
            self._layout.setAlignment(
                self.info, Qt.AlignmentFlag.AlignVCenter if wanted else Qt.AlignmentFlag(0)
            )
            self._layout.setStretch(1, 1 if wanted else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
