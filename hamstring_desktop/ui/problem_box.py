"""The problems of routine files in a message box, readable at any length.

A routine file is read to its end, so a broken one can report hundreds of problems at once. The
box lists a few in its text; when there are more, it says how many, and its details area (Qt's
Show Details…) holds every one, one a line, in a view that scrolls instead of growing the box past
the screen. A problem that wraps onto more lines indents them, in the box's text as in the details,
so that each one's start stands out. When the problems come from several files, the box's main
text names the files (:func:`file_names`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox, QTextEdit

from hamstring_desktop.ui.content_html import escape
from hamstring_desktop.words.context import TranslationContext

ProblemBox = TranslationContext("ProblemBox")

# Problems listed in the box's own text; beyond this many they go to the details area.
SHOWN_PROBLEMS = 5
# The details area's height in lines of text (Qt's own is about five).
DETAILS_LINES = 10
# Files named in a sentence; beyond this many it says how many more there are.
SHOWN_FILES = 4
# How far the wrapped lines of a problem are indented, in widths of the letter M.
HANGING_EMS = 2


def file_names(files: Sequence[str]) -> str:
    """The names (not the folders) of ``files``, in order, each once: all of them when there are
    few, else the first :data:`SHOWN_FILES` and how many more."""
    names = list(dict.fromkeys(PurePath(file).name or file for file in files))
    if len(names) <= SHOWN_FILES:
        return ", ".join(names)
    more = ProblemBox.tr("%1 and %n more", "file names, then how many files more", len(names) - SHOWN_FILES)
    return more.replace("%1", ", ".join(names[:SHOWN_FILES]))


def list_problems(box: QMessageBox, problems: Sequence[str]) -> None:
    """Put ``problems`` (one line each, in the order to read them) in ``box``'s informative text,
    all of them when there are few; else the first :data:`SHOWN_PROBLEMS`, with how many there
    are, and every one in the box's details area."""
    indent = box.fontMetrics().horizontalAdvance("M") * HANGING_EMS
    if len(problems) <= SHOWN_PROBLEMS:
        box.setInformativeText(_code_lines(problems, indent))
        return
    first = ProblemBox.tr("%n problem(s) in all. The first %1, in line order:", "", len(problems))
    rest = ProblemBox.tr("…and %n more: the details list them all.", "", len(problems) - SHOWN_PROBLEMS)
    box.setInformativeText(
        f"<p>{escape(first.replace('%1', str(SHOWN_PROBLEMS)), quote=False)}</p>"
        + _code_lines(problems[:SHOWN_PROBLEMS], indent)
        + f"<p>{escape(rest, quote=False)}</p>"
    )
    box.setDetailedText("\n".join(problems))
    details = box.findChild(QTextEdit)
    if details is not None:
        # Qt's details area takes no keyboard focus and shows about five lines: make it one the
        # keyboard can reach, move through (Ctrl+End: the last problem) and copy from, with a
        # name for screen readers, and a little taller.
        details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        details.setAccessibleName(ProblemBox.tr("Every problem"))
        lines = details.fontMetrics().lineSpacing() * DETAILS_LINES
        margins = 2 * details.frameWidth() + 2 * int(details.document().documentMargin())
        details.setFixedHeight(lines + margins)
        _hang_each_problem(details)


def _code_lines(lines: Sequence[str], indent: int) -> str:
    """Each line a paragraph in the code font whose wrapped lines are indented by ``indent`` px."""
    style = f"margin-top:0; margin-bottom:2px; margin-left:{indent}px; text-indent:-{indent}px"
    return "".join(f'<p style="{style}"><code>{escape(line, quote=False)}</code></p>' for line in lines)


def _hang_each_problem(details: QTextEdit) -> None:
    """A problem that wraps onto more lines indents them, so each one's start stands out."""
    indent = details.fontMetrics().horizontalAdvance("M") * HANGING_EMS
    paragraph = QTextBlockFormat()
    paragraph.setLeftMargin(indent)
    paragraph.setTextIndent(-indent)
    paragraph.setBottomMargin(2)
    cursor = QTextCursor(details.document())
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(paragraph)
