"""The words a chart paints and where they land, as a reader would see them: a QPainter that notes
every text it draws (with the box it fills, in the device's pixels), and the dates under an x axis
read the way the eye reads them (a year on the line under a date belongs to that date)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter

Drawn = list[tuple[QRectF, str]]
# "23 Nov", "23. Nov.", "4 Jan", "4. Jan."; a year alone: "2027"
AXIS_DATE = re.compile(r"^\d{1,2}\.? \w+\.?$")
YEAR = re.compile(r"^\d{4}$")


def recording_painter(drawn: Drawn, cut: list[str] | None = None) -> type[QPainter]:
    """A QPainter class whose every ``drawText`` is noted in ``drawn`` (then drawn as usual); a
    text too large for the box it is given, which Qt cuts off, is noted in ``cut`` too."""

    class RecordingPainter(QPainter):
        def drawText(self, *args: Any) -> None:
            if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
                box = self.boundingRect(args[0], int(args[1]), args[2])
                text = args[2]
                if cut is not None and not args[0].adjusted(-0.5, -0.5, 0.5, 0.5).contains(box):
                    cut.append(text)
            elif len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], str):
                metrics, text = self.fontMetrics(), args[1]
                at = args[0]
                box = QRectF(
                    at.x(), at.y() - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height()
                )
            else:
                raise AssertionError(f"a drawText call the recorder does not know: {args!r}")
            drawn.append((self.worldTransform().mapRect(box), text))
            super().drawText(*args)

    return RecordingPainter


def axis_dates(drawn: Drawn) -> list[tuple[QRectF, str]]:
    """The dates under an x axis, left to right, each with the year painted under it (if any):
    ``"4 Jan 2027"`` for "4 Jan" over "2027"."""
    dates = sorted(((box, text) for box, text in drawn if AXIS_DATE.match(text)), key=lambda d: d[0].left())
    years = [(box, text) for box, text in drawn if YEAR.match(text)]
    read = []
    for box, text in dates:
        under = [
            (year_box, year)
            for year_box, year in years
            if abs(year_box.center().x() - box.center().x()) < 1 and abs(year_box.top() - box.bottom()) < 3
        ]
        whole = box.united(under[0][0]) if under else box
        read.append((whole, f"{text} {under[0][1]}" if under else text))
    assert len(years) == sum(1 for _, text in read if YEAR.match(text.split()[-1])), "a year under no date"
    return read


def overlapping(boxes: list[QRectF]) -> list[tuple[QRectF, QRectF]]:
    """Pairs of boxes that cover each other's pixels (touching edges do not count)."""
    return [
        (a, b)
        for index, a in enumerate(boxes)
        for b in boxes[index + 1 :]
        if a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5
    ]
