"""The sessions chosen in the History page's table, kept across a reload of the table (an
import, a deletion, Undo, saved notes): a reload resets Qt's selection, and the session's detail
beside the table showed a session no longer chosen, or one just deleted."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QItemSelectionModel
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


def choose(table: QTableView, ids: Collection[str], row: int | None = None) -> int:
    """Choose the sessions ``ids`` among the rows the table has read; with none of them there,
    the session now at ``row`` (the one after those just deleted; the last row past the end).
    Returns how many rows are chosen: with none, the table's selection is cleared."""
    model, selection = table.model(), table.selectionModel()
    found = [r for r in range(model.rowCount()) if str(model.index(r, 0).data(SESSION_ID_ROLE)) in ids]
    if not found and row is not None and model.rowCount():
        found = [min(row, model.rowCount() - 1)]
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for number in found:
        selection.select(model.index(number, 0), flags)
    if found:
        selection.setCurrentIndex(model.index(found[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        table.scrollTo(model.index(found[0], 0))
    return len(found)
