"""The pre-session safety check: shown on first use, and every time while the user is injured."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Guide
from hamstring_desktop.ui.content_html import escape


class SafetyCheckDialog(QDialog):
    """Lists the cautions; the user acknowledges them, and may say they are injured."""

    def __init__(self, guide: Guide, injured: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you start"))
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Safety check"))
        font = QFont(self.browser.font())
        font.setPixelSize(19)
        self.browser.setFont(font)
        cautions = "".join(f"<li>{escape(c)}</li>" for c in guide.safety_cautions)
        title = self.tr("Before you start")  # not in the f-string: lupdate
        self.browser.setHtml(
            f"<h2>{escape(title)}</h2><p>{escape(guide.safety_summary)}</p><ul>{cautions}</ul>"
        )
        self.injured = QCheckBox(self.tr("I have an &injury in my hamstrings or knees"))
        self.injured.setAccessibleName(self.tr("I have an injury"))
        self.injured.setChecked(injured)
        self.injured_advice = QLabel(
            next((c for c in guide.safety_cautions if "injured" in c), guide.pain_advice)
        )
        self.injured_advice.setWordWrap(True)
        self.injured_advice.setVisible(injured)
        self.injured.toggled.connect(self.injured_advice.setVisible)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("I &understand, start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setAccessibleName(self.tr("I understand, start"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.injured)
        layout.addWidget(self.injured_advice)
        layout.addWidget(buttons)
        self.accept_button.setFocus()
