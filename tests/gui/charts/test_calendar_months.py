"""The names over the calendar's columns, as the report's PDF and the History page draw them: every
month's name where there is room for it, the years on a line of their own above (a year never
takes the room of the next month: "Jan 2026" once crowded "Feb" out of the report), and no name
ever over another one, the title or the names of the days; in English and in German, over a
year that spans New Year and over short periods."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from hamstring_desktop.charts import Calendar, ChartStyle
from hamstring_desktop.history.report import DPI, MARGIN
from hamstring_desktop.history.report_layout import BODY_PX, CHART_HEIGHT
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.stats import DayCount
from tests.helpers.painted_text import YEAR, Drawn, overlapping, recording_painter

LANGUAGES = ("en", "de")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in English, then in German (with German month names)."""
    if request.param == "en":
        yield "en"
        return
    catalogues = LanguageCatalogues(qapp, "de")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield "de"
    catalogues.remove()


def period(last: date, days: int) -> list[DayCount]:
    """``days`` days up to ``last``, a session on every third."""
    return [
        DayCount(last - timedelta(days=back), 1 if back % 3 == 0 else 0, 10.0 if back % 3 == 0 else 0.0)
        for back in range(days - 1, -1, -1)
    ]


def paint_in_report(chart: Calendar) -> tuple[Drawn, QRectF]:
    """Paint ``chart`` on a PDF page, at the size and in the style the report gives it (A4, the
    page's width inside its margins); the texts drawn, in the page's pixels, and the chart's rect."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    rect = QRectF(MARGIN, MARGIN, writer.width() - 2 * MARGIN, CHART_HEIGHT)
    drawn: Drawn = []
    painter = recording_painter(drawn)(writer)
    chart.paint(painter, rect, ChartStyle.paper(BODY_PX))
    painter.end()
    buffer.close()
    return drawn, rect


def paint_on_page(chart: Calendar, width: int, height: int = 240) -> tuple[Drawn, QRectF]:
    """Paint ``chart`` as the History page's chart view does, at ``width`` × ``height``."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    drawn: Drawn = []
    painter = recording_painter(drawn)(image)
    rect = QRectF(0, 0, width, height)
    chart.paint(painter, rect, ChartStyle.paper())
    painter.end()
    return drawn, rect


def over_the_grid(drawn: Drawn) -> list[tuple[QRectF, str]]:
    """The names over the calendar's columns (months and years), the top line first, left to right."""
    names = {QLocale().monthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)}
    return sorted(
        ((box, text) for box, text in drawn if text in names or YEAR.match(text)),
        key=lambda label: (round(label[0].top()), label[0].left()),
    )


def months_with_a_column(days: list[DayCount]) -> list[date]:
    """The months whose first Monday has a column of its own in the calendar."""
    return [count.day for count in days if count.day.day <= 7 and count.day.weekday() == 0]


def month_name(day: date) -> str:
    return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)


def over(year: QRectF, month: QRectF, rect: QRectF) -> bool:
    """Whether a year stands over a month's name: from its left, or both kept inside the chart's
    right edge."""
    at_edge = abs(year.right() - rect.right()) < 1 and abs(month.right() - rect.right()) < 1
    return year.bottom() <= month.top() + 1 and (abs(year.left() - month.left()) < 1 or at_edge)


def assert_readable(drawn: Drawn, rect: QRectF) -> None:
    """No text drawn over another, and every one inside the chart."""
    texts = {(box.x(), box.y(), box.width(), box.height()): text for box, text in drawn}

    def named(box: QRectF) -> str:
        return texts[(box.x(), box.y(), box.width(), box.height())]

    clashes = [(named(a), named(b)) for a, b in overlapping([box for box, _ in drawn])]
    assert not clashes, clashes
    outside = [text for box, text in drawn if not rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box)]
    assert not outside, outside


@pytest.mark.parametrize("last", [date(2026, 3, 15), date(2026, 1, 10), date(2026, 6, 30), date(2026, 2, 2)])
def test_a_report_year_over_new_year_names_every_month_and_both_years(language: str, last: date) -> None:
    days = period(last, 365)
    chart = Calendar(days, dated=True)
    drawn, rect = paint_in_report(chart)
    assert_readable(drawn, rect)
    labels = over_the_grid(drawn)
    years = [(box, text) for box, text in labels if YEAR.match(text)]
    months = [(box, text) for box, text in labels if not YEAR.match(text)]
    wanted = months_with_a_column(days)
    # every month has its name, in order, February right after January
    assert [text for _, text in months] == [month_name(day) for day in wanted], language
    # the year of the first month named, and the new one over January, each on the line above
    assert [text for _, text in years] == [str(wanted[0].year), str(last.year)]
    january = next(box for box, text in months if text == month_name(date(last.year, 1, 1)))
    new_year = years[-1][0]
    assert new_year.bottom() <= january.top() + 1
    assert over(new_year, january, rect)


@pytest.mark.parametrize("days", [7, 14, 21, 30, 45, 60, 90])
@pytest.mark.parametrize("last", [date(2026, 1, 4), date(2026, 1, 20), date(2026, 2, 9), date(2026, 8, 17)])
def test_a_short_report_period_names_its_months_without_overlap(language: str, days: int, last: date) -> None:
    counts = period(last, days)
    chart = Calendar(counts, dated=True)
    drawn, rect = paint_in_report(chart)
    assert_readable(drawn, rect)
    labels = over_the_grid(drawn)
    shown = [text for _, text in labels if not YEAR.match(text)]
    assert shown == [month_name(day) for day in months_with_a_column(counts)]
    years = [text for _, text in labels if YEAR.match(text)]
    named_years = list(dict.fromkeys(str(day.year) for day in months_with_a_column(counts)))
    assert years == (named_years if counts[0].day.year != last.year else []), (years, shown)


@pytest.mark.parametrize("width", [320, 480, 640, 900, 1300])
def test_the_history_pages_year_never_overlaps_and_names_the_new_year(language: str, width: int) -> None:
    """The History page's last 12 months, in a narrow window too: names are left out where there
    is no room, never drawn over each other; the new year is named over the first month of it
    that has a name."""
    days = period(date(2026, 11, 26), 365)
    chart = Calendar(days)
    drawn, rect = paint_on_page(chart, width)
    assert_readable(drawn, rect)
    labels = over_the_grid(drawn)
    months = [(box, text) for box, text in labels if not YEAR.match(text)]
    years = [(box, text) for box, text in labels if YEAR.match(text)]
    assert "2026" in [text for _, text in years]
    for year_box, year in years:  # each year over a month's name
        assert any(over(year_box, box, rect) for box, _ in months), year
    if width >= 640:
        assert len(months) == 12
