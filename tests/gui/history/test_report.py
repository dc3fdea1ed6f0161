"""The physiotherapist's report: a real PDF, several pages with headers, footers and page
numbers, its text kept as text (pdftotext finds it), its fonts embedded, A4 or Letter by locale."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from hamstring_desktop.history.report import ReportPeriod, page_size_for, write_report
from hamstring_desktop.stats import LegSeconds, PainStop, Rating, SessionFacts
from tests.helpers.system import require_programs

pytestmark = pytest.mark.usefixtures("qapp")
TODAY = date(2026, 11, 25)
TZ = timezone(timedelta(hours=1))


def year_of_sessions() -> list[SessionFacts]:
    facts = []
    for back in range(0, 365, 3):  # about 120 sessions
        day = TODAY - timedelta(days=back)
        pain = PainStop(3, "Knuckle massage", "left", "middle") if back == 30 else None
        facts.append(
            SessionFacts(
                datetime(day.year, day.month, day.day, 18, 5, tzinfo=TZ),
                "post-workout",
                "Post-workout recovery",
                "pain" if pain else "completed",
                200 if pain else 600,
                legs=LegSeconds(300, 280),
                planned_steps=10,
                completed_steps=2 if pain else 10,
                planned_seconds=600,
                before=Rating(7 - back // 100, 5),
                after=Rating(4, 4),
                pain=pain,
                notes="Left side tighter after running" if back == 9 else "",
            )
        )
    return facts


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_report_holds_what_a_clinician_reads(tmp_path: Path) -> None:
    require_programs("pdftotext", "pdftoppm", "pdffonts", "pdfinfo")
    target = tmp_path / "report.pdf"
    period = ReportPeriod(
        year_of_sessions(), TODAY - timedelta(days=364), TODAY, 3, datetime(2026, 11, 25, 20, 0)
    )
    write_report(target, period, page_size_for(QLocale("en_GB")))
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 3 and "(A4)" in info
    text = pdf_text(target)
    for expected in (
        "report for a physiotherapist",
        "2025-11-26 to 2026-11-25",
        "Summary and adherence",
        "Prescribed: 3 sessions a week",
        "Post-workout recovery",
        "Time per leg: left",
        "Tightness trend per leg",
        "Sessions per week",
        "Pain stops",
        "Knuckle massage",
        "Left side tighter after running",
        "2026-11-25 18:05",
        f"Page {pages} of {pages}",
    ):
        assert expected in text, expected
    # Steps done against planned: 122 sessions of 10 steps, one stopped for pain after 2.
    assert "1212 / 1220" in text
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # every font embedded
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(target), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == pages


def test_letter_paper_where_people_use_it() -> None:
    us = page_size_for(QLocale("en_US"))
    de = page_size_for(QLocale("de_DE"))
    assert us.id() == QPageSize.PageSizeId.Letter and de.id() == QPageSize.PageSizeId.A4


def test_a_failed_write_leaves_the_older_report(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"older report")
    period = ReportPeriod([], TODAY - timedelta(days=6), TODAY, 3, datetime(2026, 11, 25, 20, 0))
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder")
    with pytest.raises(OSError):
        write_report(in_the_way / "report.pdf", period)
    assert target.read_bytes() == b"older report"
    write_report(target, period)  # an empty period still makes a report
    assert target.read_bytes().startswith(b"%PDF")
