"""How the report's pages are laid out: headings, paragraphs, tables and charts as blocks of a
known height, then blocks onto pages.

Nothing is cut short: a table's columns take the width their content needs where the page has
room; where it has not, the columns with the least to say get all they need and the rest wrap
onto more lines (a word longer than its column breaks inside it). Only a cell given a limit of
lines (a session's note in the table of sessions, which the report prints whole elsewhere) ends
early, with a marker that says so. A long paragraph may go on over a page break, line by line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from hamstring_desktop.charts import ChartStyle
from hamstring_desktop.charts.frame import Chart

BODY_PX = 12
CHART_HEIGHT = 260
CELL_PAD = 4.0  # space on each side of a cell's text, and above and below a row's
PARAGRAPH_GAP = 4.0
TABLE_GAP = 6.0  # under a table, before what follows
KEEP_TOGETHER_LINES = 8  # a paragraph up to this long never splits over two pages
# Text measured on the screen and drawn into the PDF may differ by a fraction of a pixel: lines
# are broken this much short of their width.
SLACK = 1.0


def font(pixels: float, bold: bool = False) -> QFont:
    """The report's font: DejaVu Sans, without ligatures (so that "first" is found, copied and
    read aloud as the letters it is, not as an "ﬁ" glyph)."""
    chosen = QFont("DejaVu Sans")
    chosen.setPixelSize(round(pixels))
    chosen.setBold(bold)
    chosen.setFeature(QFont.Tag("liga"), 0)
    return chosen


def text_width(text: str, text_font: QFont) -> float:
    """How wide ``text`` is on one line, as :func:`lines_of` measures it (with the overhang of
    its last letter, which a bold "r" has)."""
    layout = QTextLayout(text, text_font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return line.naturalTextWidth()


def lines_of(text: str, text_font: QFont, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (at spaces where it can, inside a word
    where a word alone is wider); a line break in the text starts a new line."""
    return list(_lines(text, text_font.pixelSize(), text_font.bold(), width))


@lru_cache(maxsize=8192)  # a table of sessions says "completed" and "3 → 2" many times
def _lines(text: str, pixels: int, bold: bool, width: float) -> tuple[str, ...]:
    text_font = font(pixels, bold)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    lines: list[str] = []
    for part in text.split("\n"):
        layout = QTextLayout(part, text_font)
        layout.setTextOption(option)
        layout.beginLayout()
        found = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(1.0, width - SLACK))
            found.append(part[line.textStart() : line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        lines.extend(found or [""])
    return tuple(lines)


def draw_lines(painter: QPainter, left: float, top: float, lines: list[str], text_font: QFont) -> None:
    """Lines of text from (``left``, ``top``) down, one line spacing apart."""
    painter.setFont(text_font)
    painter.setPen(QPen(Qt.GlobalColor.black))
    metrics = QFontMetricsF(text_font)
    _draw(painter, left, top + metrics.ascent(), lines, metrics.lineSpacing())


def _draw(painter: QPainter, left: float, baseline: float, lines: list[str], spacing: float) -> None:
    for number, line in enumerate(lines):
        painter.drawText(QPointF(left, baseline + number * spacing), line)


@dataclass
class Block:
    """A piece of a page: its height and how to draw it into a rectangle that high."""

    height: float
    draw: Callable[[QPainter, QRectF], None]
    keep_with_next: bool = False
    header: Block | None = None  # a table row's header, repeated when the row starts a page


@dataclass(frozen=True)
class Table:
    """A table as the report shows it: its header and its rows, every cell text."""

    headers: list[str]
    rows: list[list[str]]
    # column: (most lines a cell shows, the words that end a cell cut short there)
    line_limits: dict[int, tuple[int, str]] = field(default_factory=dict)


def column_widths(headers: list[str], rows: list[list[str]], width: float) -> list[float]:
    """Widths for a table's columns that add up to ``width``. Where the page has room, each
    column gets its content and its header on one line (the room left over shared out); else, in
    turn until one fits: the cells on one line and the headers wrapped; each column at least its
    longest word and the cells wrapped. At each stage the columns that need least more are given
    it first and the others share what is left. Only when single words are too wide do they
    break."""
    body, bold = cell_font(), cell_font(bold=True)
    pad = 2 * CELL_PAD + SLACK

    def widest(texts: list[str], text_font: QFont, words: bool = False) -> float:
        parts = {p for text in texts for p in (text.split() if words else text.split("\n"))}
        return max((text_width(part, text_font) for part in parts), default=0.0) + pad

    shortest, content, natural = [], [], []
    for column, header in enumerate(headers):
        cells = [row[column] for row in rows]
        shortest.append(max(widest([header], bold, words=True), widest(cells, body, words=True)))
        content.append(max(shortest[-1], widest(cells, body)))
        natural.append(max(content[-1], widest([header], bold)))
    if sum(natural) <= width:
        spare = width - sum(natural)
        return [need + spare * need / sum(natural) for need in natural]
    if sum(shortest) > width:  # even single words do not fit: they break inside
        return [need * width / sum(shortest) for need in shortest]
    if sum(content) <= width:
        return _widen(content, natural, width)
    return _widen(shortest, content, width)


def _widen(base: list[float], wanted: list[float], width: float) -> list[float]:
    """``base`` widths widened toward ``wanted`` until they add up to ``width``: the columns
    that want least more get all of it first; the rest share the remainder by what they want."""
    widths = list(base)
    spare = width - sum(base)
    order = sorted(range(len(base)), key=lambda column: wanted[column] - base[column])
    for place, column in enumerate(order):
        more = wanted[column] - widths[column]
        if more > spare:
            rest = order[place:]
            total = sum(wanted[c] - widths[c] for c in rest)
            for other in rest:
                widths[other] += spare * (wanted[other] - widths[other]) / total
            return widths
        widths[column] = wanted[column]
        spare -= more
    return widths


def cell_font(bold: bool = False) -> QFont:
    """The font of a table's cells (bold for its header)."""
    return font(BODY_PX * 0.92, bold=bold)


@dataclass
class Layout:
    """The report's blocks, in order, for a body ``width`` wide."""

    width: float
    blocks: list[Block] = field(default_factory=list)

    def heading(self, text: str) -> None:
        """A section's title, kept on a page with what follows it."""
        heading_font = font(BODY_PX * 1.5, bold=True)
        lines = lines_of(text, heading_font, self.width)
        height = len(lines) * QFontMetricsF(heading_font).lineSpacing() + 14
        self.blocks.append(
            Block(height, lambda p, r: draw_lines(p, r.left(), r.top() + 10, lines, heading_font), True)
        )

    def paragraph(self, text: str, bold: bool = False) -> None:
        """Text wrapped to the page's width; a long one may go on over a page break."""
        text_font = font(BODY_PX, bold=bold)
        spacing = QFontMetricsF(text_font).lineSpacing()
        lines = lines_of(text, text_font, self.width)
        groups = [lines] if len(lines) <= KEEP_TOGETHER_LINES else [[line] for line in lines]
        for number, group in enumerate(groups):
            gap = PARAGRAPH_GAP if number == len(groups) - 1 else 0.0
            self.blocks.append(Block(len(group) * spacing + gap, _drawing(group, text_font)))

    def table(self, table: Table, empty: str) -> None:
        """A table whose header is repeated on each page it goes on to; ``empty`` is said in its
        place when it has no rows."""
        if not table.rows:
            self.paragraph(empty)
            return
        columns = column_widths(table.headers, table.rows, self.width)
        header = self._row(table.headers, columns, cell_font(bold=True), {}, True)
        header.keep_with_next = True
        self.blocks.append(header)
        for cells in table.rows:
            row = self._row(cells, columns, cell_font(), table.line_limits, False)
            row.header = header
            self.blocks.append(row)
        self.blocks.append(Block(TABLE_GAP, lambda _painter, _rect: None))

    def _row(
        self,
        cells: list[str],
        columns: list[float],
        cell: QFont,
        limits: dict[int, tuple[int, str]],
        rule: bool,
    ) -> Block:
        spacing = QFontMetricsF(cell).lineSpacing()
        wrapped = []
        for column, (text, width) in enumerate(zip(cells, columns, strict=True)):
            lines = lines_of(text, cell, width - 2 * CELL_PAD)
            if column in limits and len(lines) > limits[column][0]:
                most, marker = limits[column]
                lines = lines[: most - 1] + lines_of(marker, cell, width - 2 * CELL_PAD)
            wrapped.append(lines)
        height = max(len(lines) for lines in wrapped) * spacing + 2 * CELL_PAD
        ascent = QFontMetricsF(cell).ascent()

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(cell)
            painter.setPen(QPen(Qt.GlobalColor.black))
            x = rect.left()
            for lines, width in zip(wrapped, columns, strict=True):
                _draw(painter, x + CELL_PAD, rect.top() + CELL_PAD + ascent, lines, spacing)
                x += width
            if rule:
                painter.setPen(QPen(Qt.GlobalColor.lightGray, 0.8))
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        return Block(height, draw)

    def chart(self, chart: Chart) -> None:
        """A chart at the page's width, with its summary in words under it."""

        def draw(painter: QPainter, rect: QRectF) -> None:
            chart.paint(painter, rect.adjusted(0, 0, 0, -12), ChartStyle.paper(BODY_PX))

        self.blocks.append(Block(CHART_HEIGHT + 12, draw, keep_with_next=True))  # with its summary
        self.paragraph(chart.summary())


def _drawing(lines: list[str], text_font: QFont) -> Callable[[QPainter, QRectF], None]:
    def draw(painter: QPainter, rect: QRectF) -> None:
        draw_lines(painter, rect.left(), rect.top(), lines, text_font)

    return draw


def paginate(blocks: list[Block], height: float) -> list[list[Block]]:
    """Blocks onto pages ``height`` high: a block that does not fit starts a new page (with its
    table's header again), and a heading goes with the block after it (a table's header, in
    turn, with its first row)."""
    pages: list[list[Block]] = [[]]
    used = 0.0
    for index, block in enumerate(blocks):
        needed = block.height
        following = index
        while blocks[following].keep_with_next and following + 1 < len(blocks):
            following += 1  # a heading, a table's header and its first row go together
            needed += blocks[following].height
        if used + needed > height and pages[-1]:
            pages.append([])
            used = 0.0
            if block.header is not None:  # a table goes on: its header again
                pages[-1].append(block.header)
                used += block.header.height
        pages[-1].append(block)
        used += block.height
    return pages
