"""Sound controls that are always one click away: mute, voice, pacing tick and volume."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QWidget

from hamstring_desktop.services.settings import (
    MUTED,
    PACING,
    PACING_SECONDS,
    VOICE,
    VOLUME,
    Setting,
    Settings,
)


class SoundControls(QWidget):
    """A compact row for the status bar; every change is saved at once."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.mute = self._toggle(self.tr("Mute"), MUTED)
        self.voice = self._toggle(self.tr("Voice"), VOICE)
        self.pacing = self._toggle(self.tr("Pacing tick"), PACING)
        self.pace = QSpinBox()
        self.pace.setRange(2, 4)
        self.pace.setSuffix(self.tr(" s/pass"))
        self.pace.setValue(settings.get(PACING_SECONDS))  # range-checked by the settings
        self.pace.setAccessibleName(self.tr("Seconds per rolling pass"))
        self.pace.setToolTip(self.tr("Pacing tick: one slow roll every 2 to 4 seconds (next session)"))
        self.pace.valueChanged.connect(lambda value: settings.set(PACING_SECONDS, value))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.get(VOLUME))  # 0-100: anything else in the file gives the default
        self.volume.setFixedWidth(120)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setToolTip(self.tr("Cue volume"))
        self.volume.valueChanged.connect(self._volume_changed)
        label = QLabel(self.tr("Volume"))
        label.setBuddy(self.volume)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mute, self.voice, self.pacing, self.pace, label, self.volume):
            layout.addWidget(widget)

    def show_muted_for_run(self) -> None:
        """The app was started with --mute: the Mute box shows it, checked and fixed for this
        run, and the saved setting is left as it was."""
        self.mute.blockSignals(True)
        self.mute.setChecked(True)
        self.mute.blockSignals(False)
        self.mute.setEnabled(False)
        self.mute.setToolTip(self.tr("Muted for this run: the app was started with --mute"))

    def _toggle(self, text: str, setting: Setting[bool]) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(self._settings.get(setting))
        box.setAccessibleName(text.replace("&", ""))
        box.toggled.connect(lambda on: self._settings.set(setting, on))
        return box

    @Slot(int)
    def _volume_changed(self, value: int) -> None:
        self._settings.set(VOLUME, value)
