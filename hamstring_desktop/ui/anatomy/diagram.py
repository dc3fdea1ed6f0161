"""The interactive anatomy diagram: the back of the thigh with the four hamstring parts.

``AnatomyDiagram`` keeps what the user sees (legs shown, labels, the muscle pointed at, focused
or selected, the running step), takes the pointer and the keys, and paints through its
``DiagramRenderer`` (the drawing, callouts, names) and ``StepPainter`` (the step's marks). Each
muscle also has an invisible, focusable ``MuscleButton`` child, so Tab and the arrow keys move
between muscles, Enter selects, and screen readers hear each muscle's name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamstring_desktop.content import Library
from hamstring_desktop.ui.anatomy.buttons import MuscleButton
from hamstring_desktop.ui.anatomy.legs import LEFT, RIGHT
from hamstring_desktop.ui.anatomy.renderer import DiagramRenderer
from hamstring_desktop.ui.anatomy.step_marks import StepHighlight, StepPainter, step_caption


class AnatomyDiagram(QWidget):
    """The posterior thigh, one or both legs, with hover, selection and the running step.

    Signals:
        muscle_selected(str): the user clicked a muscle or pressed Enter on it.
        muscle_hovered(str): the muscle under the pointer changed ("" for none).
    """

    muscle_selected = Signal(str)
    muscle_hovered = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anatomyDiagram")
        self.setAccessibleName(self.tr("Hamstring diagram"))
        self.setMouseTracking(True)
        self.setMinimumSize(240, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._library = library
        self._muscles = {m.id: m for m in library.muscles}
        self._drawing = DiagramRenderer(tuple(self._muscles), self)
        self.shapes = self._drawing.shapes
        self._step_painter = StepPainter(self.shapes, self._drawing.visible)
        self._chosen_legs: tuple[str, ...] = (LEFT, RIGHT)
        self._legs: tuple[str, ...] = self._chosen_legs
        self._labels = True
        self._hovered: tuple[str, str] | None = None  # (muscle id, leg)
        self._selected = ""
        self._step: StepHighlight | None = None
        self.buttons: list[MuscleButton] = [
            MuscleButton(m.id, m.name, m.plain_name, self) for m in library.muscles
        ]
        for button in self.buttons:
            button.clicked.connect(lambda _=False, b=button: self.select(b.muscle_id))
        self._number = {m.id: n for n, m in enumerate(library.muscles, start=1)}

    # --- state ----------------------------------------------------------------------------------

    @property
    def legs(self) -> tuple[str, ...]:
        """The legs shown, left to right as seen from behind."""
        return self._legs

    def set_legs(self, choice: str) -> None:
        """Show "both" legs, or only the "left" or the "right" one."""
        self._chosen_legs = (LEFT, RIGHT) if choice == "both" else (choice,)
        self._update_legs()

    def _update_legs(self) -> None:
        # A running step on a leg that is hidden brings that leg into view while it runs.
        wanted = set(self._chosen_legs) | set(self._step.legs if self._step else ())
        legs = tuple(leg for leg in (LEFT, RIGHT) if leg in wanted)
        if legs != self._legs or not self._drawing.transforms:
            self._legs = legs
            self._relayout()

    @property
    def labels(self) -> bool:
        """Whether numbered callouts and landmark names are drawn."""
        return self._labels

    def set_labels(self, on: bool) -> None:
        """Show or hide the numbered callouts and landmark names."""
        self._labels = on
        self.update()

    @property
    def selected(self) -> str:
        """The selected muscle id, or ""."""
        return self._selected

    @property
    def hovered(self) -> str:
        """The muscle under the pointer, or ""."""
        return self._hovered[0] if self._hovered else ""

    @property
    def step(self) -> StepHighlight | None:
        """The running step's highlight, if a step is shown."""
        return self._step

    def prepare_paths(self) -> None:
        """Work out every muscle's outline and visible part now (about 4 ms), not when the first
        step or hover needs them."""
        for muscle_id in self._drawing.visible:
            self.shapes.visible_path(muscle_id)  # the shapes keep it once worked out

    def select(self, muscle_id: str) -> None:
        """Select a muscle ("" clears the selection) and tell listeners."""
        if muscle_id and muscle_id not in self._muscles:
            raise KeyError(muscle_id)
        self._selected = muscle_id
        self.update()
        self.muscle_selected.emit(muscle_id)

    def show_step(self, step: StepHighlight | None) -> None:
        """Light up what the running step works on (None clears it)."""
        self._step = step
        self._update_legs()
        self.update()

    def button_for(self, muscle_id: str) -> MuscleButton:
        """The focusable stand-in of a muscle."""
        return next(b for b in self.buttons if b.muscle_id == muscle_id)

    def focus_step(self, button: MuscleButton, step: int) -> None:
        """Move keyboard focus to the next (1) or previous (-1) muscle, wrapping round."""
        index = (self.buttons.index(button) + step) % len(self.buttons)
        self.buttons[index].setFocus(Qt.FocusReason.TabFocusReason)

    def focused_muscle(self) -> str:
        """The muscle whose stand-in has keyboard focus, or ""."""
        return next((b.muscle_id for b in self.buttons if b.hasFocus()), "")

    def caption(self) -> str:
        """The line above the legs: the muscle pointed at or focused, else the step, else the
        selected muscle (one chosen before the step began keeps its card, not this line)."""
        muscle_id = self._named_muscle()
        if muscle_id:
            muscle = self._muscles[muscle_id]
            return f"{muscle.name} — {muscle.plain_name}"
        if self._step:
            return step_caption(self._step)
        return self.tr("Point at or click a muscle")

    def _named_muscle(self) -> str:
        """The muscle the caption names: pointed at, else focused, else (with no step running)
        selected; "" for none."""
        return self.hovered or self.focused_muscle() or ("" if self._step else self._selected)

    # --- geometry -------------------------------------------------------------------------------

    def leg_transform(self, leg: str) -> QTransform:
        """Maps the SVG's coordinates to this widget's for one shown leg."""
        return self._drawing.transforms[leg]

    def point_on(self, leg: str, svg_point: QPointF) -> QPointF:
        """Where a point of the drawing lands on screen for ``leg``."""
        return self._drawing.transforms[leg].map(svg_point)

    def muscle_at(self, position: QPointF) -> tuple[str, str] | None:
        """(muscle id, leg) of the visible muscle at a widget position, or None."""
        return self._drawing.muscle_at(position)

    def sizeHint(self) -> QSize:
        return QSize(420, 640)

    def hasHeightForWidth(self) -> bool:
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        self._drawing.lay_out(QRectF(self.rect()), self._legs)
        for button in self.buttons:  # over the muscle on the first leg: where focus rings show
            button.setGeometry(self._drawing.muscle_bounds(self._legs[0], button.muscle_id).toAlignedRect())
        self.update()

    # --- input ----------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.muscle_at(event.position())
        if found != self._hovered:
            self._hovered = found
            self.setCursor(Qt.CursorShape.PointingHandCursor if found else Qt.CursorShape.ArrowCursor)
            self.update()
            self.muscle_hovered.emit(found[0] if found else "")
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
            self.muscle_hovered.emit("")
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.muscle_at(event.position())
            self.select(found[0] if found else "")
            if found:
                self.button_for(found[0]).setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        drawing = self._drawing
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        step_legs = self._step.legs if self._step else ()
        painter.drawPixmap(0, 0, drawing.base_layer(self.size(), self.devicePixelRatioF()))
        for leg, transform in drawing.transforms.items():
            self._paint_marks(painter, leg, transform, palette)
            if self._step and leg not in step_legs:
                drawing.dim(painter, transform, palette.color(QPalette.ColorRole.Window))
        bold = bool(self._named_muscle())
        drawing.paint_caption(painter, self.width(), self.caption(), bold, palette, self.font())
        drawing.paint_leg_names(painter, palette, self.font())
        painter.end()

    def _paint_marks(self, painter: QPainter, leg: str, transform: QTransform, palette: QPalette) -> None:
        """On one leg, in this order: the step, hover, the selection (with no step running), the
        focus ring, the callouts."""
        drawing = self._drawing
        if self._step and leg in self._step.legs:
            self._step_painter.paint(painter, self._step, leg, transform)
        if self._hovered and self._hovered[1] == leg:
            muscle_id = self._hovered[0]
            drawing.paint_hover(painter, transform, muscle_id, self._muscles[muscle_id].colour)
        if self._selected and not self._step:  # the step's muscles alone are lit while it runs
            drawing.paint_selection(painter, transform, self._selected, self._muscles[self._selected].colour)
        focused = self.focused_muscle()
        if focused and leg == self._legs[0]:
            drawing.paint_focus(painter, transform, focused, palette.color(QPalette.ColorRole.Highlight))
        if self._labels:
            drawing.paint_callouts(painter, leg, transform, self._number, self.font())
