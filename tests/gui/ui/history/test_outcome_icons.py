"""The outcome's icon in the sessions table reads in the scheme the window is in, also after
View ▸ Theme changes it while the History page is open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from hamstring_desktop.history.browse import SessionBrowser
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.ui.history.sessions_model import COLUMNS, SessionsModel
from hamstring_desktop.ui.theme import dark_palette
from tests.helpers.history import add_made, made_session


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    add_made(store, [made_session(date(2026, 11, 24), outcome="stopped")])
    yield store
    store.close()


def _middle(icon: object) -> QColor:
    assert isinstance(icon, QIcon)
    image = icon.pixmap(16, 16).toImage()
    return QColor(image.pixel(image.width() // 2, image.height() // 2))


def test_the_stop_mark_follows_a_change_of_scheme(qapp: QApplication, store: HistoryStore) -> None:
    """A stopped session's square is drawn in the text's colour: black on the light scheme, and
    light on the dark one once the scheme changes. It stayed black (nearly invisible on the dark
    table) until the app was started again."""
    model = SessionsModel(SessionBrowser(store))
    outcome = model.index(0, COLUMNS.index("outcome"))
    light = qapp.palette()
    try:
        assert _middle(outcome.data(Qt.ItemDataRole.DecorationRole)).lightness() < 80
        qapp.setPalette(dark_palette())
        assert _middle(outcome.data(Qt.ItemDataRole.DecorationRole)).lightness() > 180
    finally:
        qapp.setPalette(light)
