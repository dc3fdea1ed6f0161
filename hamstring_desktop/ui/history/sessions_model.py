"""The sessions table's model: a page of rows at a time from the store, sorted and filtered in SQL,
so 100,000 sessions open as fast as ten."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from hamstring_desktop.history.browse import SessionBrowser, SessionFilter
from hamstring_desktop.history.store import SessionRecord
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.durations import clock
from hamstring_desktop.words.records import outcome_words

PAGE = 200
COLUMNS = ("started", "routine", "duration", "outcome", "left", "right", "notes")
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

History = TranslationContext("History")


def outcome_icon(outcome: str) -> QIcon:
    """An icon per outcome: a tick, a stop sign, a warning, a broken-off mark."""
    pixmap = {
        "completed": QStyle.StandardPixmap.SP_DialogApplyButton,
        "stopped": QStyle.StandardPixmap.SP_MediaStop,
        "pain": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "interrupted": QStyle.StandardPixmap.SP_BrowserStop,
    }.get(outcome, QStyle.StandardPixmap.SP_MessageBoxQuestion)
    if outcome == "stopped":  # the style's stop mark is black: drawn in the text's colour instead
        return _stop_mark()
    return QApplication.style().standardIcon(pixmap)


def _stop_mark(size: int = 16) -> QIcon:
    """A filled square in the palette's text colour (it reads in light and dark themes)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.fillRect(
        QRect(3, 3, size - 6, size - 6), QApplication.palette().color(QPalette.ColorRole.WindowText)
    )
    painter.end()
    return QIcon(pixmap)


def local_time(started_at: str) -> str:
    """ "2026-11-25 18:05" as it was on the clock where the session ran."""
    return datetime.fromisoformat(started_at).strftime("%Y-%m-%d %H:%M")


def pair(before: int | None, after: int | None) -> str:
    """Tightness before → after, with a dash where not rated."""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


class SessionsModel(QAbstractTableModel):
    """Sessions matching a filter, newest first unless sorted otherwise, fetched as the view
    scrolls."""

    def __init__(self, browser: SessionBrowser) -> None:
        super().__init__()
        self._browser = browser
        self._filter = SessionFilter()
        self._sort, self._descending = "started", True
        self._rows: list[SessionRecord] = []
        self._total = 0
        self._words = outcome_words()
        self._icons: dict[tuple[str, int], QIcon] = {}  # by outcome and the text's colour
        self.reload()

    @property
    def total(self) -> int:
        """How many sessions match (loaded or not)."""
        return self._total

    def reload(self) -> None:
        """Start again from the first page (after a filter, a sort or a change)."""
        self.beginResetModel()
        self._total = self._browser.count(self._filter)
        self._rows = self._browser.page(self._filter, self._sort, self._descending, 0, PAGE)
        self.endResetModel()

    def set_filter(self, selection: SessionFilter) -> None:
        """Show only the sessions that match."""
        self._filter = selection
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "started"
        if key not in ("started", "routine", "duration", "outcome"):
            return  # the other columns keep the current order
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._browser.page(self._filter, self._sort, self._descending, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def record(self, row: int) -> SessionRecord:
        """The session on a row."""
        return self._rows[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] in ("left", "right"):
            if COLUMNS[section] == "left":
                return History.tr("Tightness of the left leg, before → after (0 loose, 10 very tight)")
            return History.tr("Tightness of the right leg, before → after (0 loose, 10 very tight)")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            History.tr("Date and time"),
            History.tr("Routine"),
            History.tr("Duration"),
            History.tr("Outcome"),
            History.tr("Left leg"),
            History.tr("Right leg"),
            History.tr("Notes"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = COLUMNS[index.column()]
        outcome = record.outcome or "interrupted"
        if role == SESSION_ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.DecorationRole and column == "outcome":
            # The stop mark is drawn in the text's colour: a new one when the scheme changes.
            key = (outcome, QApplication.palette().color(QPalette.ColorRole.WindowText).rgba())
            if key not in self._icons:
                self._icons[key] = outcome_icon(outcome)
            return self._icons[key]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if role == Qt.ItemDataRole.ToolTipRole and column != "notes":
                return None
            return {
                "started": lambda: local_time(record.started_at),
                "routine": lambda: record.routine_name,
                "duration": lambda: clock(record.active_seconds),
                "outcome": lambda: self._words.get(outcome, outcome),
                "left": lambda: pair(record.before_left, record.after_left),
                "right": lambda: pair(record.before_right, record.after_right),
                "notes": lambda: record.notes,
            }[column]()
        return None
