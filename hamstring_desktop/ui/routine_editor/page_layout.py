"""The routine editor's widgets and where they go: the header (picker and routine buttons), the
routine's fields, the step list beside the selected step's fields (or above them, when the page is
narrow and tall enough), and the footer (status, Save, Close).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from hamstring_desktop.content import Library
from hamstring_desktop.ui.actions import ActionRegistry
from hamstring_desktop.ui.routine_editor.header import RoutineHeader
from hamstring_desktop.ui.routine_editor.routine_form import RoutineForm
from hamstring_desktop.ui.routine_editor.step_form import StepForm
from hamstring_desktop.ui.routine_editor.steps_panel import StepsPanel

# Below this width the step list goes above the step's fields instead of beside them.
SIDE_BY_SIDE_WIDTH = 760


class EditorLayout(QWidget):
    """The editor's page without its behaviour (that is
    :class:`~hamstring_desktop.ui.routine_editor.page.RoutineEditor`): builds the widgets and
    turns the step list and the step's fields side by side or one above the other as the page
    is resized."""

    def _build(self, library: Library, actions: ActionRegistry) -> None:
        """Make the widgets and lay them out (once, from the editor's constructor)."""
        self.header = RoutineHeader()
        self.picker = self.header.picker
        self.read_only_note = self.header.read_only_note
        self.duplicate_to_edit = self.header.duplicate_to_edit
        self.delete_button = self.header.delete_button
        self.routine_form = RoutineForm()
        self.steps = StepsPanel(library, actions)
        self.step_list = self.steps.step_list
        self.add_button = self.steps.add_button
        self.add_rest_action, self.add_wait_action = self.steps.add_rest_action, self.steps.add_wait_action
        self.total_label = self.steps.total_label
        self.step_form = StepForm(library)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.steps)
        self.splitter.addWidget(self.step_form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        for button, action_id in ((self.save_button, "editor.save"), (self.close_button, "editor.close")):
            actions.bind_button(button, action_id)
            button.setMinimumHeight(40)
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.routine_form)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The step's fields beside the list when there is the width for it, or when there is not
        the height to put them under it (a laptop screen); under it otherwise."""
        # Under the list the fields are as wide as the splitter, and as tall as they are at that
        # width: a message under a field wraps, and the splitter only knows the fields' minimum.
        form_height = max(self.step_form.sizeHint().height(), self._form_height(self.splitter.width()))
        stacked = self.steps.minimumSizeHint().height() + form_height
        layout = self.layout()
        margins = layout.contentsMargins()
        others = (
            self.header.sizeHint().height()
            + self.routine_form.sizeHint().height()
            + self.save_button.minimumHeight()
            + 3 * layout.spacing()
            + margins.top()
            + margins.bottom()
        )
        tall_enough = self.height() - others >= stacked + self.splitter.handleWidth()
        beside = self.width() >= SIDE_BY_SIDE_WIDTH or not tall_enough
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
        self.step_form.setMinimumHeight(0 if beside else form_height)

    def _form_height(self, width: int) -> int:
        """The height the step's fields need at a width, their messages wrapped."""
        layout = self.step_form.layout()
        if width <= 0 or not layout.hasHeightForWidth():
            return 0
        return layout.totalHeightForWidth(width)
