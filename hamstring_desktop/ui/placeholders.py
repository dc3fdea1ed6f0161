"""Clearly labelled areas for parts not built yet: they show real content, never fake controls."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from hamstring_desktop.content import Library, Routine, RoutineStep


def _heading(text: str, scale: float) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _notice(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("notBuiltNotice")
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(12)
    return label


class PlayerPlaceholder(QWidget):
    """Where the session player will go; meanwhile it lists the routines it will play."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerArea")
        self.title = _heading(self.tr("Session player"), 2.4)
        self.notice = _notice(
            self.tr(
                "Not built yet: timed sessions with spoken cues arrive in a coming version. "
                "These are the routines it will play."
            )
        )
        self.routines = QTextBrowser()
        self.routines.setAccessibleName(self.tr("Routines"))
        font = QFont(self.routines.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.routines.setFont(font)
        self.routines.setHtml("".join(self._routine_html(library, r) for r in library.routines))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.routines, 1)

    def _routine_html(self, library: Library, routine: Routine) -> str:
        minutes, seconds = divmod(routine.total_seconds, 60)
        length = self.tr("{minutes}:{seconds:02d} min, {steps} steps").format(
            minutes=minutes, seconds=seconds, steps=routine.step_count
        )
        steps = "".join(
            f"<li>{escape(library.technique(step.technique).name)} · "
            f"{escape(self._side_label(step.side.value))} · {escape(self._zone_label(step))} · "
            f"{step.seconds} s</li>"
            for step in routine.steps
        )
        return (
            f"<h3>{escape(routine.name)}</h3>"
            f"<p><i>{escape(length)}</i> · {escape(routine.description)}</p><ul>{steps}</ul>"
        )

    def _zone_label(self, step: RoutineStep) -> str:
        labels = {
            "upper": self.tr("upper third"),
            "middle": self.tr("middle third"),
            "lower": self.tr("lower third"),
            "full": self.tr("whole length"),
        }
        label = labels[step.zone.value]
        return self.tr("hold on %s") % label if step.hold else label

    def _side_label(self, side: str) -> str:
        labels = {
            "left": self.tr("left leg"),
            "right": self.tr("right leg"),
            "both": self.tr("both legs"),
            "each": self.tr("each leg"),
        }
        return labels[side]


class AnatomyPlaceholder(QWidget):
    """Where the interactive anatomy diagram will go; meanwhile it names the muscles."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anatomyArea")
        self.notice = _notice(
            self.tr("Not built yet: an interactive diagram of the back of the thigh will appear here.")
        )
        self.muscles = QLabel(
            "<p>{intro}</p><ul>{items}</ul>".format(
                intro=escape(library.guide.intro),
                items="".join(
                    f"<li><b>{escape(m.name)}</b><br>{escape(m.plain_name)}</li>" for m in library.muscles
                ),
            )
        )
        self.muscles.setWordWrap(True)
        self.muscles.setTextFormat(Qt.TextFormat.RichText)
        self.muscles.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.notice)
        layout.addWidget(self.muscles, 1)
