"""The muscles' invisible, focusable stand-ins: keyboard navigation and names for screen readers.

The diagram paints the muscles; each ``MuscleButton`` lies over one of them, takes Tab, the arrow
keys and Enter, and carries the muscle's accessible name and description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractButton

if TYPE_CHECKING:
    from hamstring_desktop.ui.anatomy.diagram import AnatomyDiagram


class MuscleButton(QAbstractButton):
    """An invisible, focusable stand-in for one muscle: the diagram paints it, this takes keys."""

    def __init__(self, muscle_id: str, name: str, description: str, parent: AnatomyDiagram) -> None:
        super().__init__(parent)
        self.muscle_id = muscle_id
        self._diagram = parent
        self.setObjectName(f"muscle-{muscle_id}")
        self.setText(name)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setToolTip(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:  # the diagram draws the muscle and the ring
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._diagram.focus_step(self, 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._diagram.focus_step(self, -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._diagram.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._diagram.update()
