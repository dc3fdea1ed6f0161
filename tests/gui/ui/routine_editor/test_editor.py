"""The routine editor as a user drives it: reorder steps by mouse and by keyboard, add steps (from
the menu and by dragging a technique from the library), edit fields, see problems at the field,
undo and redo, and never lose unsaved changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QColor, QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QStyle, QStyleOptionSpinBox, QWidget

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import StepKind, Zone
from hamstring_desktop.session.engine import State
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.player import EDITOR, IDLE
from hamstring_desktop.ui.routine_editor import RoutineEditor
from hamstring_desktop.ui.routine_editor.kept import read_kept
from tests.gui.ui.routine_editor.conftest import EVENING, Answers


def rows(editor: RoutineEditor) -> list[str]:
    return [editor.step_list.item(row).text() for row in range(editor.step_list.count())]


def kinds(editor: RoutineEditor) -> list[str]:
    return [s.technique or s.kind.value for s in editor.document.routine.steps]


def row_point(editor: RoutineEditor, row: int, lower: bool = False) -> QPoint:
    rect = editor.step_list.visualItemRect(editor.step_list.item(row))
    return QPoint(rect.center().x(), rect.bottom() - 2 if lower else rect.top() + 2)


def drop(target: QWidget, data: QMimeData, at: QPoint) -> Qt.DropAction:
    """Deliver a drag's enter, move and drop to ``target`` at ``at``, as Qt does under a mouse."""
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    no_buttons, no_keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, actions, data, no_buttons, no_keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return Qt.DropAction.IgnoreAction
    QApplication.sendEvent(target, QDragMoveEvent(at, actions, data, no_buttons, no_keys))
    event = QDropEvent(at, actions, data, no_buttons, no_keys)
    QApplication.sendEvent(target, event)
    return event.dropAction() if event.isAccepted() else Qt.DropAction.IgnoreAction


@pytest.fixture
def drag_to(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QWidget, QPoint]]:
    """Where the next mouse drag ends: QDrag.exec delivers the drop there (the platform's drag
    loop cannot run offscreen); the test moves the real mouse to start it."""
    targets: list[tuple[QWidget, QPoint]] = []

    def exec_(drag: QDrag, *_args: object) -> Qt.DropAction:
        target, at = targets.pop(0)
        return drop(target, drag.mimeData(), at)

    monkeypatch.setattr(QDrag, "exec", exec_)
    return targets


def test_the_editor_opens_from_the_picker_and_session_keys_stay_out_of_it(
    qtbot: QtBot, mine_window: tuple[MainWindow, SessionController]
) -> None:
    window, controller = mine_window
    player = window.player
    assert player.routine_picker.currentText().endswith("yours")  # yours come first
    assert player.select_routine("evening")
    qtbot.mouseClick(player.edit_button, Qt.MouseButton.LeftButton)
    assert player.page == EDITOR
    editor = window.routines.editor
    assert editor is not None and editor.document.routine.name == "Evening"
    assert rows(editor)[0].startswith("1.  Wait for me")
    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Space)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_P)
    assert controller.runner is None, "Space and P are for editing here, not for sessions"
    assert not window.actions_registry.action("session.toggle").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Close Editor
    assert player.page == IDLE and window.actions_registry.action("session.toggle").isEnabled()
    assert not window.actions_registry.action("editor.undo").isEnabled()


def test_keyboard_moves_a_step_and_undo_puts_it_back(qtbot: QtBot, editor: RoutineEditor) -> None:
    editor.step_list.setFocus()
    editor.step_list.setCurrentRow(3)  # knuckle massage
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert kinds(editor) == ["wait", "knuckle-massage", "compression-massage", "rest"]
    assert editor.step_list.currentRow() == 1, "the moved step stays selected"
    assert rows(editor)[1].startswith("2.  Knuckle massage")
    assert editor.save_button.text() == "Save •" and editor.document.dirty
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kinds(editor) == ["wait", "compression-massage", "knuckle-massage", "rest"]
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kinds(editor) == ["wait", "compression-massage", "rest", "knuckle-massage"]
    assert not editor.document.dirty and editor.save_button.text() == "Save"
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Z, redo)
    assert kinds(editor) == ["wait", "compression-massage", "knuckle-massage", "rest"]


def test_dragging_a_step_with_the_mouse_moves_it(
    qtbot: QtBot, editor: RoutineEditor, drag_to: list[tuple[QWidget, QPoint]]
) -> None:
    viewport = editor.step_list.viewport()
    start = row_point(editor, 0)
    drag_to.append((viewport, row_point(editor, 2, lower=True)))  # below the rest
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(0, step * 8))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.waitUntil(lambda: kinds(editor)[2] == "wait", timeout=2000)
    assert kinds(editor) == ["compression-massage", "rest", "wait", "knuckle-massage"]
    assert editor.step_list.count() == 4, "the list lost no row to the drag"
    assert editor.step_list.currentRow() == 2


def test_a_technique_dragged_from_the_library_is_added_where_it_is_dropped(
    qtbot: QtBot,
    editor: RoutineEditor,
    mine_window: tuple[MainWindow, SessionController],
    drag_to: list[tuple[QWidget, QPoint]],
) -> None:
    window, _ = mine_window
    library_list = window.library_pane.list
    window.library_pane.select_technique("foam-rolling")
    item_rect = library_list.visualItemRect(library_list.currentItem())
    start = item_rect.center()
    drag_to.append((editor.step_list.viewport(), row_point(editor, 1)))  # above compression
    viewport = library_list.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(step * 8, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.waitUntil(lambda: len(kinds(editor)) == 5, timeout=2000)
    assert kinds(editor) == ["wait", "foam-rolling", "compression-massage", "rest", "knuckle-massage"]
    added = editor.document.routine.steps[1]
    assert (added.seconds, added.side.value) == (60, "each")  # the technique's own length, each leg
    assert editor.step_list.currentRow() == 1
    assert window.library_pane.visible_ids()[0] == "foam-rolling", "the library keeps its list"


def test_add_a_rest_and_a_wait_from_the_add_menu(editor: RoutineEditor) -> None:
    editor.step_list.setCurrentRow(1)
    editor.add_rest_action.trigger()
    assert kinds(editor) == ["wait", "compression-massage", "rest", "rest", "knuckle-massage"]
    assert rows(editor)[2] == "3.  Rest — 0:30"
    editor.add_wait_action.trigger()
    assert editor.document.routine.steps[3].kind is StepKind.WAIT
    assert editor.step_form.kind.currentText() == "Wait for me"
    assert not editor.step_form.seconds.isVisibleTo(editor), "a wait has no time"
    assert editor.total_label.text() == (
        "Total 5:00 · left leg 2:00 · right leg 2:00 · rests 1:00 · 2 waits for you"
    )


def test_a_time_typed_below_the_shortest_becomes_the_shortest(qtbot: QtBot, editor: RoutineEditor) -> None:
    """0 s typed and Enter pressed: the step lasts 1 s (the shortest), as the box then says. The
    old time came back without a word, as if the typing had been lost."""
    form = editor.step_form
    editor.step_list.setCurrentRow(1)  # compression massage, 60 s each leg
    form.seconds.setFocus()
    form.seconds.selectAll()
    qtbot.keyClicks(form.seconds, "0")
    qtbot.keyClick(form.seconds, Qt.Key.Key_Return)
    assert form.seconds.text() == "1 s on each leg"
    assert editor.document.routine.steps[1].seconds == 1
    form.seconds.selectAll()
    qtbot.keyClicks(form.seconds, "x")  # not a number at all: the box keeps its value
    qtbot.keyClick(form.seconds, Qt.Key.Key_Return)
    assert editor.document.routine.steps[1].seconds == 1


def test_editing_a_field_shows_at_once_with_its_warning_or_error(qtbot: QtBot, editor: RoutineEditor) -> None:
    form = editor.step_form
    editor.step_list.setCurrentRow(1)  # compression massage, 60 s each leg
    assert form.heading.text() == "Step 2 of 4"
    form.seconds.setFocus()
    form.seconds.selectAll()
    qtbot.keyClicks(form.seconds, "150")
    assert editor.document.routine.steps[1].seconds == 150
    assert rows(editor)[1] == "2.  ⚠ Compression massage — each leg, 2:30 per leg (5:00) · upper third"
    message = form._messages["seconds"]
    assert message.isVisible() and message.text().startswith("⚠ 150 s is not one set of 30–120 s")
    assert form.seconds.accessibleDescription().startswith("150 s is not one set")
    assert editor.save_button.isEnabled(), "a warning does not keep it from being saved"
    form.zone.setCurrentIndex(form.zone.findData(Zone.LOWER.value))
    assert "hollow behind the knee" in form._messages["zone"].text()
    # An error: the routine's name emptied; saving is refused and the reason shows at the field.
    name = editor.routine_form.name
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    name_message = editor.routine_form.messages()[0]
    assert name_message.text() == "✖ A routine needs a name." and name.property("problem") == "error"
    assert not editor.save()
    assert "Not saved: A routine needs a name." in editor.status.text()
    assert QApplication.focusWidget() is name


def test_the_id_must_not_be_another_routines(qtbot: QtBot, editor: RoutineEditor) -> None:
    field = editor.routine_form.routine_id
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "post-workout")
    message = editor.routine_form.messages()[1]
    assert message.text() == "✖ 'post-workout' is already the id of the routine 'Post-workout recovery'."
    field.selectAll()
    qtbot.keyClicks(field, "Evening 2")
    assert message.text().startswith("✖ Use only lowercase letters, digits and single dashes")
    field.selectAll()
    qtbot.keyClicks(field, "evening-two")
    assert not message.isVisible() and field.property("problem") == ""


def test_typing_is_one_undo_step_per_field_and_undo_works_from_inside_the_field(
    qtbot: QtBot, editor: RoutineEditor
) -> None:
    name = editor.routine_form.name
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " walk")  # the trailing space while typing stays
    assert editor.document.routine.name == "Evening walk"
    description = editor.routine_form.description
    description.setFocus()
    qtbot.keyClicks(description, "Calm.")
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert description.text() == "" and name.text() == "Evening walk"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "Evening" and not editor.document.dirty
    qtbot.keyClick(name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "Evening walk"


def test_removing_a_step_from_the_list_and_undoing_it(qtbot: QtBot, editor: RoutineEditor) -> None:
    editor.step_list.setFocus()
    editor.step_list.setCurrentRow(2)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Delete)
    assert kinds(editor) == ["wait", "compression-massage", "knuckle-massage"]
    # In a field, Delete edits the field, not the steps.
    editor.step_form.instruction.setFocus()
    qtbot.keyClick(editor.step_form.instruction, Qt.Key.Key_Delete)
    assert len(kinds(editor)) == 3
    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kinds(editor) == ["wait", "compression-massage", "rest", "knuckle-massage"]
    assert editor.step_list.currentRow() == 2


def test_the_kind_of_a_step_can_change(editor: RoutineEditor) -> None:
    editor.step_list.setCurrentRow(3)
    form = editor.step_form
    form.kind.setCurrentIndex(form.kind.findData(StepKind.REST.value))
    step = editor.document.routine.steps[3]
    assert step.kind is StepKind.REST and step.seconds == 60 and not step.technique
    assert not form.technique.isVisibleTo(editor) and form.seconds.isVisibleTo(editor)
    form.kind.setCurrentIndex(form.kind.findData(StepKind.TECHNIQUE.value))
    assert editor.document.routine.steps[3].technique == "foam-rolling"


def test_saving_keeps_the_comments_and_the_routine_plays_like_any_other(
    qtbot: QtBot,
    editor: RoutineEditor,
    evening_file: Path,
    mine_window: tuple[MainWindow, SessionController],
) -> None:
    window, controller = mine_window
    editor.step_list.setCurrentRow(3)
    editor.step_form.seconds.setValue(90)
    editor.move_selected(-1)
    assert editor.save()
    text = evening_file.read_text(encoding="utf-8")
    assert text.startswith("# From my physio, March.\n")
    assert '# Get into position first.\n[[steps]]\nkind = "wait"' in text
    assert "seconds = 60    # a minute each" in text
    assert text.index("knuckle-massage") < text.index('kind = "rest"')
    assert "seconds = 90" in text
    assert editor.status.text() == f"Saved to {evening_file}"
    assert not editor.document.dirty
    # The player and the session controller see it at once.
    window.routines.edit_chosen()
    editor.close_editor()
    picker = window.player.routine_picker
    assert picker.currentData() == "evening" and "5:30 · yours" in picker.currentText()
    assert controller.start("evening")
    assert controller.runner is not None and controller.runner.engine.plan.steps[0].waits
    qtbot.waitUntil(lambda: controller.runner.engine.state is State.WAITING, timeout=2000)


def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(
    qtbot: QtBot,
    editor: RoutineEditor,
    evening_file: Path,
    answers: Answers,
    mine_window: tuple[MainWindow, SessionController],
) -> None:
    window, _ = mine_window
    editor.step_list.setCurrentRow(1)
    editor.step_form.seconds.setValue(45)
    answers.queue.append("Cancel")
    assert not editor.close_editor()
    assert answers.asked == ["The routine 'Evening' has changes that are not saved. Save them?"]
    assert window.player.page == EDITOR and editor.document.dirty
    # Switching to another routine asks too; Discard goes back to what is on disk.
    answers.queue.append("Discard")
    editor.picker.activated.emit(editor.picker.findData("post-workout"))
    assert editor.document.routine.id == "post-workout" and editor.document.read_only
    assert evening_file.read_text(encoding="utf-8") == EVENING
    # A built-in step reads from its start, with no clear button on a field that cannot change.
    editor.step_list.setCurrentRow(0)
    instruction = editor.step_form.instruction
    assert instruction.text() and instruction.cursorPosition() == 0
    assert not instruction.isClearButtonEnabled()
    editor.picker.activated.emit(editor.picker.findData("evening"))
    editor.step_list.setCurrentRow(1)
    editor.step_form.seconds.setValue(45)
    answers.queue.append("Save")
    assert editor.close_editor()
    assert window.player.page == IDLE
    assert "seconds = 45" in evening_file.read_text(encoding="utf-8")
    assert len(answers.asked) == 3


def test_quitting_the_app_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    editor: RoutineEditor,
    answers: Answers,
    mine_window: tuple[MainWindow, SessionController],
) -> None:
    window, _ = mine_window
    editor.routine_form.name.setFocus()
    qtbot.keyClicks(editor.routine_form.name, "!")
    answers.queue.append("Cancel")
    assert not window.close()
    assert window.isVisible() and editor.document.dirty
    answers.queue.append("Discard")
    assert window.close()


def test_the_selected_step_is_previewed_on_the_anatomy_diagram(
    editor: RoutineEditor, mine_window: tuple[MainWindow, SessionController]
) -> None:
    window, _ = mine_window
    diagram = window.anatomy.diagram
    editor.step_list.setCurrentRow(1)  # compression massage, each leg, upper third
    step = diagram.step
    assert step is not None and step.legs == ("left", "right") and step.zone is Zone.UPPER
    assert step.direction.value == "compress" and "semitendinosus" in step.muscles
    editor.step_list.setCurrentRow(2)  # the rest works no muscle
    assert diagram.step is None
    editor.step_list.setCurrentRow(3)
    editor.step_form.side.setCurrentIndex(editor.step_form.side.findData("right"))
    assert diagram.step is not None and diagram.step.legs == ("right",)
    editor.close_editor()
    assert diagram.step is None


def test_every_control_of_the_editor_can_be_reached_and_is_named(editor: RoutineEditor) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit

    controls = [
        widget
        for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)
        for widget in editor.findChildren(kind)
        # (not the parts of a field: a combo box's list, a spin box's or line edit's buttons)
        if widget.isVisibleTo(editor)
        and not isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QLineEdit))
    ]
    assert len(controls) >= 18  # the routine and step fields, the list, every button
    for widget in controls:
        assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()} has no name"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{widget.accessibleName()} is not reachable"


def test_a_signal_closing_the_app_keeps_unsaved_changes_without_asking(
    qtbot: QtBot,
    editor: RoutineEditor,
    answers: Answers,
    evening_file: Path,
    mine_window: tuple[MainWindow, SessionController],
) -> None:
    """Logging out or ``kill`` closes the window with nobody there to answer: the changes go to a
    hidden file beside the routine (never loaded as a routine), and the file itself is untouched."""
    from hamstring_desktop.app import unix_signals
    from hamstring_desktop.ui.routine_editor import in_window

    window, _ = mine_window
    assert unix_signals.CLOSING_ON_SIGNAL == in_window.CLOSING_ON_SIGNAL
    editor.routine_form.name.setFocus()
    qtbot.keyClicks(editor.routine_form.name, " out")
    window.setProperty(unix_signals.CLOSING_ON_SIGNAL, True)
    assert window.close()
    assert answers.asked == []
    kept = evening_file.parent / ".evening.unsaved.json"
    assert read_kept(kept, EVENING).routine.name == "Evening out"
    assert evening_file.read_text(encoding="utf-8") == EVENING


def test_undo_reaches_past_a_save_and_the_files_comments_stay(
    qtbot: QtBot, editor: RoutineEditor, evening_file: Path
) -> None:
    """Ctrl+S does not cost the undo history: after a save, Ctrl+Z takes back the steps before
    it, and saving again still keeps each step's comments (the steps are matched to the new file)."""
    editor.step_list.setFocus()
    editor.step_list.setCurrentRow(3)  # knuckle massage
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.save() and not editor.document.dirty
    saved = evening_file.read_text(encoding="utf-8")
    assert saved.index("knuckle-massage") < saved.index("compression-massage")
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kinds(editor) == ["wait", "compression-massage", "rest", "knuckle-massage"]
    assert editor.document.dirty and editor.save_button.text() == "Save •"
    assert editor.save()
    text = evening_file.read_text(encoding="utf-8")
    assert "# Get into position first." in text and "seconds = 60    # a minute each" in text
    assert text.index("compression-massage") < text.index('kind = "rest"') < text.index("knuckle-massage")
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Z, redo)
    assert kinds(editor) == ["wait", "compression-massage", "knuckle-massage", "rest"]


def _arrow_pixels(box: QAbstractSpinBox) -> int:
    """Dark pixels in a spin box's up and down buttons: its arrows."""
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    image = box.grab().toImage()
    dark = 0
    for control in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, box)
        for x in range(rect.left(), rect.right() + 1):
            for y in range(rect.top(), rect.bottom() + 1):
                dark += QColor(image.pixel(x, y)).lightness() < 110
    return dark


def test_a_time_with_a_warning_keeps_its_arrows(qtbot: QtBot, editor: RoutineEditor) -> None:
    """The orange frame of a warning leaves the spin box its up and down arrows. A style sheet
    drew the frame, and Qt then drew the buttons plain: no arrows while the warning showed."""
    window = editor.window()
    assert isinstance(window, MainWindow)
    window.library_dock.hide()  # the step's fields beside the list, with room to grow
    seconds = editor.step_form.seconds
    editor.step_list.setCurrentRow(1)
    laid_out = lambda: seconds.isVisible() and seconds.height() >= seconds.sizeHint().height()  # noqa: E731
    qtbot.waitUntil(laid_out)
    without = _arrow_pixels(seconds)
    assert without > 10
    seconds.setFocus()
    seconds.selectAll()
    qtbot.keyClicks(seconds, "150")
    assert editor.step_form._messages["seconds"].isVisible() and seconds.property("problem") == "warning"
    qtbot.waitUntil(laid_out)  # the message under it has taken its room
    assert _arrow_pixels(seconds) >= without * 0.8


def test_a_message_under_a_field_gets_its_room_when_the_fields_are_under_the_list(
    qtbot: QtBot, editor: RoutineEditor
) -> None:
    """The step's fields under the step list (a narrow page): a warning under the time pushes
    the fields below it down, whole. The fields used to keep their height, so the time box
    shrank under its text and the warning was cut off."""
    form = editor.step_form
    editor.step_list.setCurrentRow(1)
    assert editor.splitter.orientation() is Qt.Orientation.Vertical
    form.seconds.setFocus()
    form.seconds.selectAll()
    qtbot.keyClicks(form.seconds, "150")
    message = form._messages["seconds"]
    assert message.isVisible()

    def whole() -> bool:
        fields = [form.seconds, form.side, form.zone, form.pace, form.instruction]
        return message.height() >= message.heightForWidth(message.width()) and all(
            field.height() >= field.minimumSizeHint().height() for field in fields
        )

    qtbot.waitUntil(whole, timeout=1000)


def test_not_saved_goes_once_the_error_is_put_right(qtbot: QtBot, editor: RoutineEditor) -> None:
    """Save refused for a missing name; a name typed again, the footer no longer says "Not
    saved: A routine needs a name." (it used to, until the next save)."""
    name = editor.routine_form.name
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert not editor.save()
    assert editor.status.text() == "Not saved: A routine needs a name."
    qtbot.keyClicks(name, "Even")
    assert editor.routine_form.messages()[0].isHidden()
    assert "Not saved" not in editor.status.text()
