"""One chart on screen: painted by the shared renderer, a tooltip for each point or bar, and its
numbers reachable without a mouse or sight (its sentence as the accessible description, and a
table one key away)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QHelpEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.charts import Chart, ChartStyle, HotSpot


class ChartCanvas(QWidget):
    """Paints a chart; hovering (or focusing and pressing the arrow keys) shows a point's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.spots: list[HotSpot] = []
        self._focused = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def set_chart(self, chart: Chart) -> None:
        """Show this chart (its sentence becomes the accessible description)."""
        self.chart = chart
        self._focused = -1
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(chart.summary())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.chart is not None:
            style = ChartStyle.from_palette(self.palette())
            self.spots = self.chart.paint(painter, QRectF(self.rect()).adjusted(6, 6, -6, -6), style)
            if 0 <= self._focused < len(self.spots):
                painter.setPen(self.palette().color(self.palette().ColorRole.Highlight))
                painter.drawRect(self.spots[self._focused].area.adjusted(-2, -2, 2, 2))
        painter.end()

    def spot_at(self, point: QPoint) -> HotSpot | None:
        """The point or bar under ``point``, if any."""
        return next((s for s in self.spots if s.area.contains(point.toPointF())), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            spot = self.spot_at(event.pos())
            if spot is not None:
                QToolTip.showText(event.globalPos(), spot.text, self, self.rect())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and right step through the points, each read out as its tooltip."""
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()))
        if step is None or not self.spots:
            super().keyPressEvent(event)
            return
        if self._focused < 0:  # the first press lands on the first (Right) or the last (Left) point
            self._focused = 0 if step > 0 else len(self.spots) - 1
        else:
            self._focused = (self._focused + step) % len(self.spots)
        spot = self.spots[self._focused]
        self.setAccessibleDescription(spot.text)
        QToolTip.showText(self.mapToGlobal(spot.area.center().toPoint()), spot.text, self)
        self.update()


class ChartView(QWidget):
    """A chart with a button to show its numbers as a table instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = ChartCanvas()
        self._chart: Chart | None = None
        self._table_filled = False
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # the arrow keys read the cells; Tab goes on
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(self.tr("Show as table"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.toggled.connect(self._show_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignRight)

    def set_chart(self, chart: Chart) -> None:
        """Show this chart; its table is filled when it is first shown (a year's calendar is
        hundreds of rows, and most people never open it)."""
        self.canvas.set_chart(chart)
        self._chart = chart
        self._table_filled = False
        self.toggle.setAccessibleName(self.tr("Show %s as a table") % chart.title)
        self.table.setAccessibleName(self.tr("%s, as a table") % chart.title)
        if self.toggle.isChecked():
            self._fill_table()

    def _fill_table(self) -> None:
        if self._table_filled or self._chart is None:
            return
        self._table_filled = True
        headers, rows = self._chart.table()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    @Slot(bool)
    def _show_table(self, on: bool) -> None:
        if on:
            self._fill_table()
        self.stack.setCurrentWidget(self.table if on else self.canvas)
        self.toggle.setText(self.tr("Show as chart") if on else self.tr("Show as table"))
