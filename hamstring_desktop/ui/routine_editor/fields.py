"""Pieces the editor's forms share: a line edit and a spin box whose undo is the editor's, and the
message shown at a field with a problem (a symbol and words, never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from hamstring_desktop.ui.routine_editor.problems import Problem

ERROR_MARK = "✖"
WARNING_MARK = "⚠"
# Okabe-Ito vermillion for errors and orange for warnings, on the field's border; the words and the
# symbol carry the meaning, the colour only draws the eye.
ERROR_COLOUR = "#D55E00"
WARNING_COLOUR = "#E69F00"
PROBLEM_COLOURS = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR}
# Spin boxes draw their frame themselves (UndoSpinBox): given a border by a style sheet, Qt draws
# their up and down buttons plain, without arrows.
STYLE = "".join(
    f'{kind}[problem="{level}"] {{ border: 2px solid {colour}; border-radius: 3px; }}'
    for level, colour in PROBLEM_COLOURS.items()
    for kind in ("QLineEdit", "QComboBox", "QCheckBox")
)


class UndoLineEdit(QLineEdit):
    """A line edit that leaves Undo and Redo keys to the editor's undo stack: every keystroke is
    already an edit there, so a field keeping its own history would undo things twice."""

    def event(self, event: QEvent) -> bool:
        return _left_to_the_editor(event) or super().event(event)


class UndoSpinBox(QSpinBox):
    """A spin box that leaves Undo and Redo keys to the editor's undo stack, as
    :class:`UndoLineEdit` does (its own undo would take back only its own typing). With a problem
    it draws the problem's frame over its own, keeping its arrows."""

    def event(self, event: QEvent) -> bool:
        return _left_to_the_editor(event) or super().event(event)

    def fixup(self, text: str) -> str:
        """A number typed outside the range becomes the nearest one allowed ("0 s" the shortest
        time) when the box is left or Enter is pressed. Qt's own way put back the old value
        without a word, as if the typing had been lost."""
        body = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        try:
            typed = int(body)
        except ValueError:
            return text
        nearest = max(self.minimum(), min(self.maximum(), typed))
        return self.prefix() + self.textFromValue(nearest) + self.suffix()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        colour = PROBLEM_COLOURS.get(str(self.property("problem") or ""))
        if colour is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


def _left_to_the_editor(event: QEvent) -> bool:
    """True for an Undo or Redo key, which the field then does not take: the window's Undo /
    Redo action does."""
    if event.type() == QEvent.Type.ShortcutOverride and _is_undo_or_redo(event):
        event.ignore()
        return True
    return False


def _is_undo_or_redo(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


class FieldMessage(QLabel):
    """The reason under a field: "✖ A routine needs a name." or "⚠ 150 s is not one set...".
    Hidden when the field is fine."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setWordWrap(True)
        self.setObjectName(f"{field.objectName() or 'field'}Message")
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        """Show the field's problems (errors first), mark the field, and tell screen readers."""
        problems = sorted(problems, key=lambda p: not p.error)
        level = "" if not problems else "error" if problems[0].error else "warning"
        lines = [f"{ERROR_MARK if p.error else WARNING_MARK} {p.message}" for p in problems]
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
        self.field.setAccessibleDescription(" ".join(p.message for p in problems))
        if self.field.property("problem") != level:
            self.field.setProperty("problem", level)
            style = self.field.style()
            style.unpolish(self.field)
            style.polish(self.field)

    @property
    def level(self) -> str:
        """ "error", "warning" or "" (fine)."""
        return str(self.field.property("problem") or "")


def first_problem_widget(messages: list[FieldMessage]) -> QObject | None:
    """The first field that has an error, to put the cursor in."""
    return next((m.field for m in messages if m.level == "error"), None)
