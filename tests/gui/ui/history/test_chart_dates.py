"""The History page over New Year, at the size a 1366×768 laptop gives it: the dates under each
chart's axis name both years, none runs into another or off its chart, and no text is cut off (the
years' line leaves the plot lower); in English and German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from hamstring_desktop.history.browse import SessionBrowser
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.ui.history import chart_view
from hamstring_desktop.ui.history.chart_view import ChartView
from hamstring_desktop.ui.history.page import HistoryPage
from tests.helpers.history import add_made, made_session
from tests.helpers.painted_text import Drawn, axis_dates, overlapping, recording_painter

TODAY = date(2027, 1, 13)  # the charts' twelve weeks run from 26 October 2026
PAGE_SIZE = (1350, 650)  # what the window leaves the History page on a 1366×768 screen


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    catalogues = LanguageCatalogues(qapp, request.param)
    if request.param == "de":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield request.param
    catalogues.remove()


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path, language: str) -> Iterator[HistoryPage]:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    add_made(store, [made_session(TODAY - timedelta(days=back)) for back in range(0, 120, 3)])
    page = HistoryPage(SessionBrowser(store), str, lambda: TODAY, 3)
    qtbot.addWidget(page)
    page.resize(*PAGE_SIZE)
    page.show()
    qtbot.waitExposed(page)
    yield page
    store.close()


def painted(view: ChartView, monkeypatch: pytest.MonkeyPatch) -> Drawn:
    """The texts the chart's canvas paints on screen, in its own pixels (none of them cut off)."""
    drawn: Drawn = []
    cut: list[str] = []
    with monkeypatch.context() as patch:
        patch.setattr(chart_view, "QPainter", recording_painter(drawn, cut))
        view.canvas.grab()
    assert not cut, f"cut off: {cut}"
    return drawn


def test_the_dates_under_each_chart_name_both_years(
    page: HistoryPage, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, new_year = {"en": ("26 Oct 2026", "4 Jan 2027"), "de": ("26. Okt. 2026", "4. Jan. 2027")}[language]
    for tab, view in ((0, page.week_charts[0]), (0, page.week_charts[1]), (1, page.tightness_chart)):
        page.charts.setCurrentIndex(tab)
        drawn = painted(view, monkeypatch)
        dates = axis_dates(drawn)
        labels = [text for _, text in dates]
        assert [text[-4:] for text in labels if text[-4:].isdigit()] == ["2026", "2027"], labels
        if tab == 0:
            assert (labels[0], [text for text in labels if text.endswith("2027")]) == (first, [new_year])
        assert not overlapping([box for box, _ in dates]), labels
        inside = view.canvas.rect()
        assert all(inside.contains(box.toAlignedRect()) for box, _ in dates), labels
