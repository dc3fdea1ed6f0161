"""The CSV exports opened in LibreOffice Calc (headless: ``soffice --convert-to``): every row and
column where it belongs, numbers as numbers, and no cell a formula, whatever the notes say."""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.export import SESSION_COLUMNS, STEP_COLUMNS, export_history
from hamstring_desktop.history.store import HistoryStore, Tightness
from tests.helpers.history import START, play
from tests.helpers.system import require_programs

pytestmark = pytest.mark.e2e

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
NOTES = [
    "=1+2",
    "+41 tight",
    "-2+3",
    "@SUM(A1:A9)",
    "\tcmd",
    '=HYPERLINK("http://x.invalid")',
    "Felt looser, ça va",
]


def calc_cells(csv: Path, tmp_path: Path) -> list[list[tuple[str, str, bool]]]:
    """The sheet LibreOffice makes of a CSV file: (value type, shown text, is a formula) per cell."""
    require_programs("soffice")
    out = tmp_path / "converted"
    result = subprocess.run(
        # CSV filter options: comma separated, double quotes, UTF-8 (76), from line 1.
        [
            "soffice",
            "--headless",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "fods",
            "--outdir",
            str(out),
            str(csv),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(os.environ, HOME=str(tmp_path / "office-home")),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sheet = ET.parse(out / (csv.stem + ".fods"))
    rows = []
    for row in sheet.iter(f"{{{TABLE}}}table-row"):
        cells = []
        for cell in row.findall(f"{{{TABLE}}}table-cell"):
            repeated = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
            if repeated > 100:
                continue  # the rest of the row, empty
            shown = "".join(_text(paragraph) for paragraph in cell.iter(f"{{{TEXT}}}p"))
            kind = cell.get(f"{{{OFFICE}}}value-type", "")
            cells += [(kind, shown, cell.get(f"{{{TABLE}}}formula") is not None)] * repeated
        if any(shown for _, shown, _ in cells):
            rows.append(cells)
    return rows


def _text(paragraph: ET.Element) -> str:
    """A paragraph's text as shown, with its tabs (``<text:tab/>``) back as tabs."""
    parts = [paragraph.text or ""]
    for child in paragraph:
        parts.append(
            ("\t" if child.tag == f"{{{TEXT}}}tab" else "".join(child.itertext())) + (child.tail or "")
        )
    return "".join(parts)


def test_the_sessions_csv_in_calc(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    for day, note in enumerate(NOTES):
        recorder = play(
            library, store, 10_000 if day % 2 else 80.0, pain=not day % 2, start=START + timedelta(days=day)
        )
        store.check_out(recorder.session_id, Tightness(day % 11, None), note)
    export_history(store, "csv", tmp_path / "sessions.csv")
    rows = calc_cells(tmp_path / "sessions.csv", tmp_path)
    assert [shown for _, shown, _ in rows[0]] == list(SESSION_COLUMNS)
    assert len(rows) == 1 + len(NOTES)
    assert not any(formula for row in rows for _, _, formula in row)
    notes = SESSION_COLUMNS.index("notes")
    assert [row[notes][:2] for row in rows[1:]] == [
        ("string", "'" + note if note[0] in "=+-@\t" else note) for note in NOTES
    ]
    for name in (
        "active_seconds",
        "steps",
        "steps_completed",
        "tightness_before_left",
        "tightness_after_left",
        "planned_steps",
        "planned_seconds",
    ):
        column = SESSION_COLUMNS.index(name)
        assert {row[column][0] for row in rows[1:]} == {"float"}, name
    pain = rows[1][SESSION_COLUMNS.index("pain_step")]
    assert pain[:2] == ("float", "1")
    assert rows[1][SESSION_COLUMNS.index("outcome")][:2] == ("string", "pain")


def test_the_steps_csv_in_calc(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    play(library, store, 10_000)
    export_history(store, "steps-csv", tmp_path / "steps.csv")
    rows = calc_cells(tmp_path / "steps.csv", tmp_path)
    assert [shown for _, shown, _ in rows[0]] == list(STEP_COLUMNS) and len(rows) == 6
    for row in rows[1:]:
        assert row[STEP_COLUMNS.index("position")][0] == "float"
        assert row[STEP_COLUMNS.index("actual_seconds")][0] == "float"
        assert row[STEP_COLUMNS.index("technique_id")][:2] in {
            ("string", "foam-rolling"),
            ("string", "knuckle-massage"),
        }
