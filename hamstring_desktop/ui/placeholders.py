"""Clearly labelled areas for parts not built yet: they show real content, never fake controls."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hamstring_desktop.content import Library


def _notice(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("notBuiltNotice")
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(12)
    return label


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
