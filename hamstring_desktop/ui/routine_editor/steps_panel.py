"""The routine's steps: the list, Add step ▾ (a technique, a rest, a wait), Up, Down, Remove, and
the total time with each leg's share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from hamstring_desktop.content import Library, StepKind
from hamstring_desktop.ui.actions import ActionRegistry
from hamstring_desktop.ui.player.common import set_pixel_font
from hamstring_desktop.ui.routine_editor.step_list import StepList


class StepsPanel(QWidget):
    """The step list with its buttons; the page fills it and reacts to it."""

    def __init__(self, library: Library, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("stepsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.step_list = StepList()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setMinimumHeight(120)
        label = QLabel(self.tr("Ste&ps"))
        label.setBuddy(self.step_list)
        set_pixel_font(label, 18, bold=True)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("&Add step"))
        self.add_button.setAccessibleName(self.tr("Add a step"))
        self.add_button.setToolTip(self.tr("Add a technique, a rest or a wait after the selected step"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_menu = QMenu(self.add_button)
        for technique in library.techniques:
            self.add_menu.addAction(technique.name).setData(technique.id)
        self.add_menu.addSeparator()
        self.add_rest_action = self.add_menu.addAction(self.tr("Rest"))
        self.add_rest_action.setData(StepKind.REST.value)
        self.add_wait_action = self.add_menu.addAction(self.tr("Wait for me"))
        self.add_wait_action.setData(StepKind.WAIT.value)
        self.add_button.setMenu(self.add_menu)
        self.up_button, self.down_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        for button, action_id in (
            (self.up_button, "editor.move_up"),
            (self.down_button, "editor.move_down"),
            (self.remove_button, "editor.remove_step"),
        ):
            actions.bind_button(button, action_id)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalTime")
        self.total_label.setWordWrap(True)
        self.total_label.setAccessibleName(self.tr("Total time"))
        set_pixel_font(self.total_label, 16, bold=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.message)
        column.addWidget(self.step_list, 1)
        column.addLayout(buttons)
        column.addWidget(self.total_label)

    def show_problems(self, messages: list[str]) -> None:
        """What is wrong with the steps as a whole ("Add a technique step...")."""
        self.message.setText("\n".join(f"✖ {message}" for message in messages))
        self.message.setVisible(bool(messages))
