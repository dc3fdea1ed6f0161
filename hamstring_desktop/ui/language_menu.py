"""View ▸ Language: follow the system's language, or choose one of the app's. The choice is saved
and takes effect at the next start, as the menu and a message say."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from hamstring_desktop import APP_NAME
from hamstring_desktop.services.language import LANGUAGE_NAMES, app_languages, resolve, system_languages
from hamstring_desktop.services.settings import LANGUAGE, SYSTEM_LANGUAGE, Settings


class LanguageMenu(QMenu):
    """The languages, each by its own name, with the one saved in settings checked."""

    def __init__(self, settings: Settings, running: str, parent: QWidget | None = None) -> None:
        """``running``: the language the app speaks in this run."""
        super().__init__(self.tr("Lan&guage"), parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        self._running = running
        self.group = QActionGroup(self)
        system = LANGUAGE_NAMES[resolve(SYSTEM_LANGUAGE, system_languages())]
        labels = {SYSTEM_LANGUAGE: self.tr("Follow &System (%s)") % system} | {
            code: LANGUAGE_NAMES[code] for code in app_languages()
        }
        saved = settings.get(LANGUAGE)
        for code, label in labels.items():
            action = QAction(label, self.group, checkable=True)
            action.setData(code)
            action.setChecked(code == saved)
            self.addAction(action)
        self.addSeparator()
        note = self.addAction(self.tr("Changes take effect at the next start"))
        note.setEnabled(False)
        self.group.triggered.connect(self._chosen)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code == self._settings.get(LANGUAGE):
            return
        self._settings.set(LANGUAGE, code)
        language = resolve(code, system_languages())
        if language == self._running:
            return
        from PySide6.QtWidgets import QMessageBox  # not at start-up

        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(
            self.tr("%1 switches to %2 the next time you start it.")
            .replace("%1", APP_NAME)
            .replace("%2", LANGUAGE_NAMES[language])
        )
        box.setInformativeText(self.tr("Until then it keeps its current language."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
