"""Charts over New Year name the years: under the x axis (the first date shown, and the first of
the new year), in the tooltips and in the tables; in German too. Within one year, dates stay short."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from hamstring_desktop.charts import (
    Calendar,
    Chart,
    ChartStyle,
    TightnessOverTime,
    WeeklyMinutes,
    WeeklySessions,
)
from hamstring_desktop.charts.frame import HotSpot, short_date
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.stats import Rating, SessionFacts, calendar, tightness_series, weeks
from tests.helpers.painted_text import YEAR, Drawn, axis_dates, overlapping, recording_painter

NEW_YEAR = date(2027, 1, 13)  # a Wednesday: the weeks of 4 and 11 January are in the new year
TZ = timezone(timedelta(hours=1))
HISTORY = [
    SessionFacts(
        datetime(day.year, day.month, day.day, 18, tzinfo=TZ),
        "post-workout",
        "Post-workout recovery",
        "completed",
        600,
        before=Rating(6, 5),
        after=Rating(4, 3),
    )
    for day in (NEW_YEAR - timedelta(days=back) for back in range(0, 90, 3))
]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The app in German, with German dates."""
    catalogues = LanguageCatalogues(qapp, "de")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    catalogues.remove()


def paint(chart: Chart, width: int = 640, height: int = 260) -> tuple[Drawn, list[HotSpot]]:
    """Paint ``chart`` as the History page does; the texts it drew and its tooltips' spots."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    drawn: Drawn = []
    painter = recording_painter(drawn)(image)
    spots = chart.paint(painter, QRectF(0, 0, width, height), ChartStyle.paper())
    painter.end()
    return drawn, spots


def dated_charts() -> list[Chart]:
    recent = weeks(HISTORY, NEW_YEAR, 12)
    first = NEW_YEAR - timedelta(weeks=12)
    left, right = tightness_series(HISTORY, "left"), tightness_series(HISTORY, "right")
    return [WeeklySessions(recent, 3), WeeklyMinutes(recent), TightnessOverTime(left, right, first, NEW_YEAR)]


@pytest.mark.usefixtures("qapp")
def test_weeks_over_new_year_name_both_years_under_the_axis_in_the_tooltips_and_the_table() -> None:
    chart = WeeklySessions(weeks(HISTORY, NEW_YEAR, 12), goal=3)
    drawn, spots = paint(chart)
    labels = [text for _, text in axis_dates(drawn)]
    assert labels[0] == "26 Oct 2026"
    assert [text for text in labels if text[-4:].isdigit()] == ["26 Oct 2026", "4 Jan 2027"]
    assert "28 Dec" in labels  # the other dates stay short
    assert spots[-3].text == "Week of 28 Dec 2026: 2 sessions"
    assert spots[-2].text == "Week of 4 Jan 2027: 3 sessions"
    _, rows = chart.table()
    assert [row[0] for row in rows[-3:]] == ["28 Dec 2026", "4 Jan 2027", "11 Jan 2027"]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("chart", dated_charts(), ids=lambda chart: type(chart).__name__)
def test_the_dates_under_the_axis_never_overlap_and_stay_in_the_chart(chart: Chart) -> None:
    for width in (320, 640, 1300):
        drawn, _ = paint(chart, width)
        dates = axis_dates(drawn)
        assert {text[-4:] for _, text in dates} >= {"2026", "2027"}, (width, dates)
        assert not overlapping([box for box, _ in dates]), width
        assert all(box.right() <= width and box.bottom() <= 260 for box, _ in dates), width


@pytest.mark.usefixtures("german")
def test_in_german_the_dates_have_german_days_months_and_years() -> None:
    chart = WeeklySessions(weeks(HISTORY, NEW_YEAR, 12), goal=3)
    drawn, spots = paint(chart)
    labels = [text for _, text in axis_dates(drawn)]
    assert [text for text in labels if text[-4:].isdigit()] == ["26. Okt. 2026", "4. Jan. 2027"]
    assert "28. Dez. 2026" in spots[-3].text
    assert chart.table()[1][-1][0] == "11. Jan. 2027"


@pytest.mark.usefixtures("qapp")
def test_within_one_year_the_dates_stay_short() -> None:
    today = date(2026, 11, 25)
    chart = WeeklyMinutes(weeks(HISTORY, today, 12))
    drawn, spots = paint(chart)
    assert [text for _, text in axis_dates(drawn)][:2] == ["7 Sep", "14 Sep"]
    assert not [text for _, text in drawn if YEAR.match(text.split()[-1])]
    assert spots[-1].text == "Week of 23 Nov: 30 min"


@pytest.mark.usefixtures("qapp")
def test_the_calendar_names_the_year_over_its_first_month_and_over_january() -> None:
    chart = Calendar(calendar(HISTORY, NEW_YEAR))
    drawn, spots = paint(chart, 900, 240)
    monday = next(box for box, text in drawn if text == QLocale().dayName(1, QLocale.FormatType.ShortFormat))
    months = sorted(
        ((box, text) for box, text in drawn if box.bottom() <= monday.top() and text != chart.title),
        key=lambda month: month[0].left(),
    )
    names = [(box, text) for box, text in months if not YEAR.match(text)]
    assert [text for _, text in names][:2] == ["Feb", "Mar"]
    # the years on a line of their own, over the first month named and over January
    years = [(box, text) for box, text in months if YEAR.match(text)]
    assert [text for _, text in years] == ["2026", "2027"]
    for (year, _), month in zip(years, ("Feb", "Jan"), strict=True):
        under = next(box for box, text in names if text == month and abs(box.left() - year.left()) < 1)
        assert year.bottom() <= under.top() + 1
    assert not overlapping([box for box, _ in months])
    assert spots[-1].text == "13 Jan 2027: 1 session, 10 min"


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("width", [260, 300, 360, 420, 520])
def test_dates_thinned_under_the_axis_come_at_even_gaps(width: int) -> None:
    """Too many weeks for their dates: every second (third…) date is shown, from the first. One
    by one, each shown where it fitted after the last, they came at uneven gaps (2 Nov, 9 Nov,
    23 Nov), dates of different widths side by side."""
    recent = weeks(HISTORY, date(2026, 12, 30), 16)  # mid September to December: no year shown
    names = [short_date(week.start) for week in recent]
    drawn, _ = paint(WeeklySessions(recent, 3), width=width)
    shown = [names.index(text) for _, text in axis_dates(drawn)]
    assert shown[0] == 0 and len(shown) >= 2
    gaps = {later - earlier for earlier, later in itertools.pairwise(shown)}
    assert len(gaps) == 1, shown
    assert not overlapping([box for box, _ in axis_dates(drawn)])
