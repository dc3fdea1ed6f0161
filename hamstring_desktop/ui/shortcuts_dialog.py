"""Help ▸ Keyboard Shortcuts: every action and its keys, and a way to change them.

Pick an action, press the new key in the key field, then Add Key (another key for it) or Replace
Keys (this key only); a key another action already uses is refused with a message naming that
action. Changes are saved at once. The pain stop always keeps at least one key.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.ui.actions import ActionRegistry, key_text

# Actions that must always keep a key of their own.
ALWAYS_KEYED = ("session.pain",)


class ShortcutsDialog(QDialog):
    """The keyboard help, and the place to change keys."""

    def __init__(self, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._actions = actions
        self._ids = [spec.id for spec in actions.specs()]
        self._build_table()
        self._build_editor()
        self._fill()
        self.table.setCurrentCell(0, 0)

    def _build_table(self) -> None:
        self.table = QTableWidget(len(self._ids), 2)
        self.table.setAccessibleName(self.tr("Actions and their keys"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the key field, keeping the action
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._chosen(row))

    def _build_editor(self) -> None:
        self.key_edit = QKeySequenceEdit()
        self.key_edit.setMaximumSequenceLength(1)
        self.key_edit.setAccessibleName(self.tr("New key"))
        self.add_button = QPushButton(self.tr("&Add Key"))
        self.replace_button = QPushButton(self.tr("Re&place Keys"))
        self.clear_button = QPushButton(self.tr("&Remove Keys"))
        self.default_button = QPushButton(self.tr("&Default Keys"))
        self.reset_all_button = QPushButton(self.tr("Re&store All Defaults"))
        for button, name in (
            (self.add_button, self.tr("Add the new key to the chosen action")),
            (self.replace_button, self.tr("Make the new key the chosen action's only key")),
            (self.clear_button, self.tr("Remove the chosen action's keys")),
            (self.default_button, self.tr("Give the chosen action its default keys")),
            (self.reset_all_button, self.tr("Give every action its default keys")),
        ):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
        self.prompt = QLabel()
        self.prompt.setBuddy(self.key_edit)
        # The prompt on a line of its own: it names the action, and a long name (in German) left
        # the key field too narrow for the key typed into it.
        editor = QHBoxLayout()
        editor.addWidget(self.key_edit, 1)
        editor.addWidget(self.add_button)
        editor.addWidget(self.replace_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_all_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.prompt)
        layout.addLayout(editor)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(640, 520)
        self.add_button.clicked.connect(self.add_key)
        self.replace_button.clicked.connect(self.replace_keys)
        self.clear_button.clicked.connect(self.remove_keys)
        self.default_button.clicked.connect(self.default_keys)
        self.reset_all_button.clicked.connect(self.restore_all)

    @property
    def chosen(self) -> str:
        """The id of the action picked in the table."""
        return self._ids[max(0, self.table.currentRow())]

    def _fill(self) -> None:
        for row, action_id in enumerate(self._ids):
            spec = self._actions.spec(action_id)
            name = QTableWidgetItem(self._actions.name(action_id))
            name.setToolTip(self._actions.tooltip(action_id))
            keys = key_text(self._actions.keys(action_id))
            fixed = [QKeySequence.fromString(k) for k in spec.fixed_keys]
            if fixed:
                also = self.tr("also %s") % key_text(fixed)
                keys = f"{keys} · {also}" if keys else also
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(keys or self.tr("(none)")))

    @Slot(int)
    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            name = self._actions.name(self._ids[row])
            self.prompt.setText(self.tr("New &key for “%s”:") % name)
            self.key_edit.clear()

    @Slot()
    def add_key(self) -> bool:
        """Add the recorded key to the chosen action's keys."""
        return self._save_recorded(keep_others=True)

    @Slot()
    def replace_keys(self) -> bool:
        """Make the recorded key the chosen action's only key."""
        return self._save_recorded(keep_others=False)

    def _save_recorded(self, keep_others: bool) -> bool:
        sequence = self.key_edit.keySequence()
        if sequence.isEmpty():
            self._refuse(self.tr("Press a key in the key field first."))
            return False
        keys = self._actions.keys(self.chosen) if keep_others else []
        keys = [k for k in keys if sequence.matches(k) != QKeySequence.SequenceMatch.ExactMatch]
        return self._save([*keys, sequence])

    def _save(self, keys: list[QKeySequence]) -> bool:
        clashes = self._actions.set_keys(self.chosen, keys)
        if clashes:
            key, other = clashes[0]
            self._refuse(
                self.tr("%s is already the key for “%s”. Choose another key, or change that one first.")
                % (key, other)
            )
            return False
        self.key_edit.clear()
        self._fill()
        return True

    @Slot()
    def remove_keys(self) -> bool:
        """Take every key away from the chosen action (never from the pain stop)."""
        if self.chosen in ALWAYS_KEYED:
            self._refuse(self.tr("Pain: stop now always keeps a key. Use Replace Keys to change it."))
            return False
        return self._save([])

    @Slot()
    def default_keys(self) -> bool:
        """Give the chosen action its default keys again (refused if another action took one)."""
        spec = self._actions.spec(self.chosen)
        return self._save([QKeySequence.fromString(k) for k in spec.keys])

    @Slot()
    def restore_all(self) -> bool:
        """Every action back to its default keys, once the user has agreed to lose the keys they
        changed (there is no undo); False when they kept them."""
        changed = len(self._actions.changed_keys())
        if changed:
            answer = QMessageBox.question(
                self,
                self.tr("Restore all default keys"),
                self.tr(
                    "Put every action back to its default keys? The keys you changed for %n "
                    "action(s) are lost.",
                    "",
                    changed,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._actions.reset_keys()
        self._fill()
        return True

    def _refuse(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Keyboard shortcuts"), message)
