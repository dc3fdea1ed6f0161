"""The sessions chosen in the History page's table, kept across every reload of the table (an
import, a deletion, Undo, saved notes, a new sort or filter): a reload resets Qt's selection
without a word, and the session's detail beside the table went on showing a session no longer
chosen, or one just deleted."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Signal, Slot
from PySide6.QtWidgets import QTableView

from hamstring_desktop.ui.history.sessions_model import SESSION_ID_ROLE


def chosen_ids(table: QTableView) -> list[str]:
    """The ids of the sessions chosen in ``table``, top to bottom."""
    rows = sorted(table.selectionModel().selectedRows(), key=lambda index: index.row())
    return [str(index.data(SESSION_ID_ROLE)) for index in rows]


def first_chosen_row(table: QTableView) -> int | None:
    """The row of the topmost chosen session, or None."""
    rows = table.selectionModel().selectedRows()
    return min(index.row() for index in rows) if rows else None


def read_rows(table: QTableView, count: int) -> None:
    """Have the table's model read at least ``count`` rows (it reads a page at a time), or all."""
    model = table.model()
    while model.rowCount() < count and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def choose(table: QTableView, ids: Collection[str], row: int | None = None) -> int:
    """Choose the sessions ``ids`` among the rows the table has read; with none of them there,
    the session now at ``row`` (the one after those just deleted; the last row past the end).
    The selection changes in one step, so a session chosen again is never unchosen on the way.
    Returns how many rows are chosen."""
    model, selection = table.model(), table.selectionModel()
    found = [r for r in range(model.rowCount()) if str(model.index(r, 0).data(SESSION_ID_ROLE)) in ids]
    if not found and row is not None and model.rowCount():
        found = [min(row, model.rowCount() - 1)]
    chosen = QItemSelection()
    for number in found:
        chosen.select(model.index(number, 0), model.index(number, 0))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    selection.select(chosen, flags)
    if found:
        selection.setCurrentIndex(model.index(found[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        table.scrollTo(model.index(found[0], 0))
    return len(found)


class KeptChoice(QObject):
    """Keeps the sessions chosen in a table across every reset of its model: chosen again where
    they still are (the model reading as far down as it had before), or, when asked, other
    sessions or the one at a row. A session chosen again is not unchosen on the way, so the
    detail beside the table keeps it, notes being typed and all.

    Signals:
        nothing_chosen(): after a reset, no session is chosen.
    """

    nothing_chosen = Signal()

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._next: tuple[Collection[str], int | None] | None = None
        self._rows_read = 0
        table.model().modelAboutToBeReset.connect(self._remember)
        table.model().modelReset.connect(self._choose_again)

    def choose_after_reload(self, ids: Collection[str], row: int | None = None) -> None:
        """At the next reset, choose ``ids`` (with none of them there, the session at ``row``)
        instead of what is chosen now."""
        self._next = (ids, row)

    @Slot()
    def _remember(self) -> None:
        if self._next is None:
            self._next = (chosen_ids(self._table), None)
        self._rows_read = self._table.model().rowCount()

    @Slot()
    def _choose_again(self) -> None:
        ids, row = self._next or ((), None)
        self._next = None
        read_rows(self._table, max(self._rows_read, (row or 0) + 1))
        if not choose(self._table, ids, row):
            self.nothing_chosen.emit()
