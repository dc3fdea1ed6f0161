"""The editor's top: which routine (yours, then the built-in ones), New, Duplicate, Rename and
Delete, and, for a built-in routine, why it cannot be changed and a way to a copy that can."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hamstring_desktop.content import Library
from hamstring_desktop.ui.player.common import set_pixel_font
from hamstring_desktop.words.durations import clock


class RoutineHeader(QWidget):
    """The routine picker and the buttons that make, copy, rename and delete routines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Routines"))
        set_pixel_font(title, 28, bold=True)
        self.picker = QComboBox()
        self.picker.setObjectName("editorPicker")
        self.picker.setAccessibleName(self.tr("Routine to edit"))
        self.picker.setMinimumContentsLength(18)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        picker_label = QLabel(self.tr("Rou&tine"))
        picker_label.setBuddy(self.picker)
        self.new_button = _button(self.tr("Ne&w…"), self.tr("New routine"))
        self.duplicate_button = _button(self.tr("D&uplicate…"), self.tr("Duplicate routine"))
        self.rename_button = _button(self.tr("Re&name"), self.tr("Rename routine"))
        self.delete_button = _button(self.tr("De&lete…"), self.tr("Delete routine"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.read_only_note = QFrame()
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_text = QLabel(
            self.tr("Built-in routines cannot be changed. Duplicate this one to make it your own.")
        )
        self.read_only_text.setWordWrap(True)
        self.duplicate_to_edit = _button(self.tr("Duplicate to &edit"), self.tr("Duplicate to edit"))
        note = QHBoxLayout(self.read_only_note)
        note.addWidget(self.read_only_text, 1)
        note.addWidget(self.duplicate_to_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.read_only_note)

    def fill(self, library: Library) -> None:
        """Your routines, then the built-in ones, under a heading each (headings cannot be chosen)."""
        blocked = self.picker.blockSignals(True)
        self.picker.clear()
        yours = [r for r in library.routines if not r.builtin]
        builtin = [r for r in library.routines if r.builtin]
        self._heading(self.tr("Your routines"))
        if not yours:
            self._heading(self.tr("  (none yet: New… or Duplicate…)"), bold=False)
        for routine in yours:
            self.picker.addItem(f"  {routine.name}  ·  {clock(routine.total_seconds)}", routine.id)
        self._heading(self.tr("Built-in routines"))
        for routine in builtin:
            self.picker.addItem(f"  {routine.name}  ·  {clock(routine.total_seconds)}", routine.id)
        self.picker.blockSignals(blocked)

    def _heading(self, text: str, bold: bool = True) -> None:
        self.picker.addItem(text, None)
        model = self.picker.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.picker.count() - 1)
        item.setEnabled(False)
        font = item.font()
        font.setBold(bold)
        item.setFont(font)

    def select(self, routine_id: str) -> None:
        """Show ``routine_id`` as the chosen one (without telling anyone)."""
        index = self.picker.findData(routine_id)
        if index >= 0:
            blocked = self.picker.blockSignals(True)
            self.picker.setCurrentIndex(index)
            self.picker.blockSignals(blocked)

    def set_read_only(self, read_only: bool) -> None:
        """A built-in routine: the note and Duplicate to edit; no Rename, no Delete."""
        self.read_only_note.setVisible(read_only)
        self.rename_button.setEnabled(not read_only)
        self.delete_button.setEnabled(not read_only)


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    return button
