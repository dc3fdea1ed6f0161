"""The routine's own fields: name, id, when it is for, and its description."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hamstring_desktop.content import Routine, RoutineWhen
from hamstring_desktop.ui.routine_editor.fields import FieldMessage, UndoLineEdit
from hamstring_desktop.ui.routine_editor.problems import Problem


class RoutineForm(QWidget):
    """Edits the routine's name, id, timing and description.

    Signals:
        field_edited(str, object, str): the key ("name", "id", "when", "description"), the new
            value (text as typed, or a RoutineWhen) and the undo text.
    """

    field_edited = Signal(str, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineForm")
        self._filling = False
        self.name = UndoLineEdit()
        self.name.setObjectName("routineName")
        self.routine_id = UndoLineEdit()
        self.routine_id.setObjectName("routineId")
        self.routine_id.setToolTip(
            self.tr("Names the file and starts the routine from the command line (--routine ID)")
        )
        self.when = QComboBox()
        self.when.setObjectName("routineWhen")
        for when, words in (
            (RoutineWhen.PRE_WORKOUT, self.tr("Before exercise")),
            (RoutineWhen.POST_WORKOUT, self.tr("After exercise")),
            (RoutineWhen.REST_DAY, self.tr("Rest days")),
            (RoutineWhen.ANY, self.tr("Any time")),
        ):
            self.when.addItem(words, when.value)
        self.description = UndoLineEdit()
        self.description.setObjectName("routineDescription")
        self.description.setPlaceholderText(self.tr("Optional: a sentence shown under the name"))
        self._messages: dict[str, FieldMessage] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label, widget, name in (
            ("name", self.tr("Na&me"), self.name, self.tr("Routine name")),
            ("id", self.tr("&Id"), self.routine_id, self.tr("Routine id")),
            ("when", self.tr("F&or"), self.when, self.tr("When the routine is for")),
            ("description", self.tr("&Description"), self.description, self.tr("Description")),
        ):
            widget.setAccessibleName(name)
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            message = FieldMessage(widget)
            column.addWidget(message)
            self._messages[key] = message
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.addRow(caption, cell)
        self.name.textEdited.connect(lambda text: self._edited("name", text, self.tr("Rename the routine")))
        self.routine_id.textEdited.connect(lambda text: self._edited("id", text, self.tr("Change the id")))
        self.description.textEdited.connect(
            lambda text: self._edited("description", text, self.tr("Edit the description"))
        )
        self.when.currentIndexChanged.connect(self._when_chosen)

    def show_routine(self, routine: Routine, problems: list[Problem], read_only: bool) -> None:
        """Fill the fields and mark the routine's own problems."""
        self._filling = True
        try:
            for widget, value in (
                (self.name, routine.name),
                (self.routine_id, routine.id),
                (self.description, routine.description),
            ):
                if widget.text() != value:
                    widget.setText(value)
                widget.setReadOnly(read_only)
            index = self.when.findData(routine.when.value)
            if index != self.when.currentIndex():
                self.when.setCurrentIndex(index)
            self.when.setEnabled(not read_only)
        finally:
            self._filling = False
        for key, message in self._messages.items():
            message.show_problems([p for p in problems if p.key == key])

    def messages(self) -> list[FieldMessage]:
        """The fields' messages, in the order of the fields."""
        return list(self._messages.values())

    def _edited(self, key: str, value: object, label: str) -> None:
        if not self._filling:
            self.field_edited.emit(key, value, label)

    @Slot()
    def _when_chosen(self) -> None:
        self._edited("when", RoutineWhen(str(self.when.currentData())), self.tr("Change what it is for"))
