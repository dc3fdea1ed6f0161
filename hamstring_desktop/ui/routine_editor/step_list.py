"""The routine's steps as a list: drag a step to move it, or drop a technique from the library
onto it to add one there. The list never reorders itself: it asks, and the document answers."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from hamstring_desktop.ui.library_pane import TECHNIQUE_MIME

# What a step carries while it is dragged: its row.
STEP_MIME = "application/x-hamstring-desktop-step"


class StepList(QListWidget):
    """The steps, one row each.

    Signals:
        move_requested(int, int): drag a step from a row to an insertion point (0 to count).
        technique_dropped(str, int): a technique id dropped at an insertion point.
    """

    move_requested = Signal(int, int)
    technique_dropped = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSpacing(1)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)

    def show_rows(self, texts: list[str], marks: list[str], current: int) -> None:
        """Fill the list (``marks`` are "error", "warning" or "") and select row ``current``."""
        blocked = self.blockSignals(True)
        self.clear()
        for number, (text, mark) in enumerate(zip(texts, marks, strict=True), start=1):
            symbol = {"error": "✖ ", "warning": "⚠ "}.get(mark, "")
            item = QListWidgetItem(f"{number}.  {symbol}{text}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number}. {symbol}{text}")
            self.addItem(item)
        self.blockSignals(blocked)
        if 0 <= current < self.count():
            self.setCurrentRow(current)
        else:
            self.currentRowChanged.emit(self.currentRow())

    # --- dragging ------------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME, TECHNIQUE_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(STEP_MIME, QByteArray(str(self.row(items[0])).encode()))
            data.setText(items[0].text())
        return data

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the current step (a drop anywhere else does nothing to it)."""
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def _accepts(self, data: QMimeData) -> bool:
        return data.hasFormat(STEP_MIME) or data.hasFormat(TECHNIQUE_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            super().dragEnterEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            super().dragMoveEvent(event)
            event.accept()
        else:
            event.ignore()

    def insertion_point(self, position: QPoint) -> int:
        """Where a drop at ``position`` (viewport coordinates) goes: 0 to count."""
        index: QModelIndex = self.indexAt(position)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if position.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        at = self.insertion_point(event.position().toPoint())
        if data.hasFormat(STEP_MIME):
            source = int(bytes(data.data(STEP_MIME).data()).decode() or -1)
            self.move_requested.emit(source, at)
        elif data.hasFormat(TECHNIQUE_MIME):
            self.technique_dropped.emit(bytes(data.data(TECHNIQUE_MIME).data()).decode(), at)
        else:
            event.ignore()
            return
        # A copy, as far as the drag knows: the list must not remove the dragged row itself (the
        # document moves it, and the list is filled again from the document).
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
