"""The technique library: search, filters, a list and the selected technique's details."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDrag, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Library, Mode, When
from hamstring_desktop.content.filtering import filter_techniques
from hamstring_desktop.ui.content_html import MUSCLE_LINK, technique_html

_ID_ROLE = Qt.ItemDataRole.UserRole
# A technique dragged out of the list carries its id in this format (the routine editor's step
# list takes it), and its name as plain text.
TECHNIQUE_MIME = "application/x-hamstring-desktop-technique"


class TechniqueList(QListWidget):
    """The techniques; each can be dragged onto the routine editor's steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)

    def mimeTypes(self) -> list[str]:
        return [TECHNIQUE_MIME, "text/plain"]

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the current technique, as a copy (the library keeps it)."""
        item = self.currentItem()
        if item is not None:
            drag = QDrag(self)
            drag.setMimeData(self.mimeData([item]))
            drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(TECHNIQUE_MIME, QByteArray(str(items[0].data(_ID_ROLE)).encode()))
            data.setText(items[0].text())
        return data


class LibraryPane(QWidget):
    """Search and filter the techniques; the selected one's how-to, tools and cautions show below.

    Signals:
        technique_selected(str): the id of the technique now shown, or "" when none is.
        muscle_activated(str): the user clicked one of the technique's target muscles.
    """

    technique_selected = Signal(str)
    muscle_activated = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.setObjectName("libraryPane")
        filters = self._build_filters(library)
        self._build_list_and_details()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.list, 1)
        top_layout.addWidget(self.empty_notice)
        top_layout.addWidget(self.clear_button)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self.refresh)
        for combo in (self.mode_filter, self.tool_filter, self.when_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_current)
        self.clear_button.clicked.connect(self.clear_filters)
        self.refresh()

    def _build_filters(self, library: Library) -> QFormLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search techniques, tools, muscles…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search techniques"))

        self.mode_filter = QComboBox()
        self.mode_filter.setAccessibleName(self.tr("Who does the massage"))
        self.mode_filter.addItem(self.tr("Anyone"), None)
        self.mode_filter.addItem(self.tr("Self-massage"), Mode.SELF.value)
        self.mode_filter.addItem(self.tr("With a partner"), Mode.PARTNER.value)

        self.tool_filter = QComboBox()
        self.tool_filter.setAccessibleName(self.tr("Tool"))
        self.tool_filter.addItem(self.tr("Any tool"), None)
        for tool in library.tools:
            self.tool_filter.addItem(tool.name, tool.id)

        self.when_filter = QComboBox()
        self.when_filter.setAccessibleName(self.tr("When"))
        self.when_filter.addItem(self.tr("Any time"), None)
        for timing in library.guide.timing:
            self.when_filter.addItem(timing.name, timing.id.value)

        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label_text, combo in (
            (self.tr("Who"), self.mode_filter),
            (self.tr("Tool"), self.tool_filter),
            (self.tr("When"), self.when_filter),
        ):
            label = QLabel(label_text)
            label.setBuddy(combo)
            filters.addRow(label, combo)
        return filters

    def _build_list_and_details(self) -> None:
        self.list = TechniqueList()
        self.list.setAccessibleName(self.tr("Techniques"))
        self.list.setObjectName("techniqueList")
        list_font = QFont(self.list.font())
        list_font.setPointSizeF(list_font.pointSizeF() * 1.35)
        self.list.setFont(list_font)
        self.list.setSpacing(2)
        # A long name wraps rather than hiding behind a sideways scroll bar in a narrow dock.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.empty_notice = QLabel(self.tr("No technique matches these filters."))
        self.empty_notice.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("&Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.empty_notice.hide()
        self.clear_button.hide()

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Technique details"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._link_clicked)
        details_font = QFont(self.details.font())
        details_font.setPointSizeF(details_font.pointSizeF() * 1.2)
        self.details.setFont(details_font)

    def visible_ids(self) -> list[str]:
        """Ids of the techniques the list shows now, in order."""
        return [str(self.list.item(row).data(_ID_ROLE)) for row in range(self.list.count())]

    def current_id(self) -> str:
        """The id of the technique whose details are shown, or ""."""
        item = self.list.currentItem()
        return str(item.data(_ID_ROLE)) if item else ""

    def select_technique(self, technique_id: str) -> bool:
        """Show a technique, clearing filters that hide it; False if there is no such technique."""
        if technique_id not in {t.id for t in self._library.techniques}:
            return False
        if technique_id not in self.visible_ids():
            self.clear_filters()
        row = self.visible_ids().index(technique_id)
        self.list.setCurrentRow(row)
        return True

    @Slot()
    def clear_filters(self) -> None:
        """Empty the search box and reset every filter."""
        for combo in (self.mode_filter, self.tool_filter, self.when_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-run search and filters; keep the current technique selected if it still matches."""
        keep = self.current_id()
        mode, tool, when = (
            combo.currentData() for combo in (self.mode_filter, self.tool_filter, self.when_filter)
        )
        matches = filter_techniques(
            self._library,
            self.search.text(),
            Mode(mode) if mode else None,
            tool or None,
            When(when) if when else None,
        )
        self.list.blockSignals(True)
        self.list.clear()
        for technique in matches:
            mode = self.tr("self") if technique.mode is Mode.SELF else self.tr("partner")
            item = QListWidgetItem(f"{technique.name}  ·  {mode}")
            item.setData(_ID_ROLE, technique.id)
            item.setToolTip(technique.summary)
            self.list.addItem(item)
        self.list.blockSignals(False)
        has_matches = bool(matches)
        self.list.setVisible(has_matches)
        self.empty_notice.setVisible(not has_matches)
        self.clear_button.setVisible(not has_matches)
        ids = [t.id for t in matches]
        if has_matches:
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._show_current()

    @Slot(QUrl)
    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(MUSCLE_LINK):
            self.muscle_activated.emit(text.removeprefix(MUSCLE_LINK))

    @Slot()
    def _show_current(self) -> None:
        technique_id = self.current_id()
        if technique_id:
            self.details.setHtml(technique_html(self._library, self._library.technique(technique_id)))
        else:
            hint = self.tr("Choose a technique to see how to do it.")  # not in the f-string: lupdate
            self.details.setHtml(f"<p>{hint}</p>")
        self.technique_selected.emit(technique_id)
