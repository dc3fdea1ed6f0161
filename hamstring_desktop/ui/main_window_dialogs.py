"""The main window's messages and help: alerts, the routines folder, routine problems, the safety
page, the guide, the keyboard shortcuts and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from hamstring_desktop import APP_NAME, __version__
from hamstring_desktop.words.context import TranslationContext

if TYPE_CHECKING:
    from hamstring_desktop.ui.main_window import MainWindow as _Base
else:
    _Base = object

# Qt looks a string up under the class of the object (MainWindow), not of the mixin it is in.
MainWindow = TranslationContext("MainWindow")


class DialogsMixin(_Base):
    """The messages and help windows of :class:`~hamstring_desktop.ui.main_window.MainWindow`."""

    @Slot(str)
    def alert(self, text: str) -> None:
        """A message the user must not miss, that must not stop them either: it stays in the
        status bar, and a window beside this one says it too (nothing waits for it to close)."""
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(text)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("historyAlert")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    @Slot()
    def open_routines_folder(self) -> None:
        """Open the folder for the user's own routine files in the file manager."""
        from PySide6.QtWidgets import QMessageBox

        folder = self._paths.routines_dir
        try:
            self._paths.ensure()
        except OSError as error:
            QMessageBox.warning(
                self,
                MainWindow.tr("Routines folder"),
                MainWindow.tr("Cannot create the folder %s: %s") % (folder, error.strerror),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self,
                MainWindow.tr("Routines folder"),
                MainWindow.tr("Put your routine files in:\n%s") % folder,
            )

    @Slot()
    def show_routine_problems(self) -> None:
        """List the user routine files that could not be loaded, and why."""
        from PySide6.QtWidgets import QMessageBox

        from hamstring_desktop.ui.content_html import escape
        from hamstring_desktop.ui.problem_box import file_names, list_problems
        from hamstring_desktop.words.problems import problem_lines

        files = [error.file for error in self._user_errors]
        skipped = MainWindow.tr(
            "%n routine file(s) were skipped: %1. They are unchanged on disk.", "", len(set(files))
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(MainWindow.tr("Routine problems"))
        # Rich text, as the problems below are (the box sets one format for both): a file's name
        # is escaped, never read as markup.
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(escape(skipped.replace("%1", file_names(files)), quote=False))
        list_problems(box, [line for error in self._user_errors for line in problem_lines(error)])
        box.open()

    @Slot()
    def show_safety(self) -> None:
        """Open the safety page built from the content."""
        from hamstring_desktop.ui.content_dialog import ContentDialog
        from hamstring_desktop.ui.content_html import safety_html

        ContentDialog(MainWindow.tr("Safety"), safety_html(self._library.guide), self).open()

    @Slot()
    def show_shortcuts(self) -> None:
        """Every key, with a way to change them."""
        from hamstring_desktop.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions_registry, self).open()

    @Slot()
    def show_guide(self) -> None:
        """Open the guide page: benefits, timing, how often and common problems."""
        from hamstring_desktop.ui.content_dialog import ContentDialog
        from hamstring_desktop.ui.content_html import guide_html

        ContentDialog(MainWindow.tr("Hamstring guide"), guide_html(self._library.guide), self).open()

    @Slot()
    def show_about(self) -> None:
        """The About box."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            MainWindow.tr("About %s") % APP_NAME,
            MainWindow.tr(
                "<h3>%s %s</h3><p>Guided hamstring self-massage: routines, anatomy and history.</p>"
                "<p>Free software under the GNU GPL, version 3 or later.</p>"
                "<p>This app does not replace advice from a healthcare professional.</p>"
            )
            % (APP_NAME, __version__),
        )
