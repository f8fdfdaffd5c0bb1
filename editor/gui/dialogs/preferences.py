"""Preferences: site profiles, default author and sign-off, autosave, Baca Juga spots.

Only *preferences* live here; what the window remembers by itself (geometry,
splitters, recent files) is UI state and never shown (see ``settings``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor import interaction
from editor.errors import SiteProfileError
from editor.gui.dialogs.writing_prefs import WritingPrefs
from editor.gui.i18n import Retranslates, current_language
from editor.gui.settings import Settings
from editor.gui.sites import site_choices
from editor.site import load_profile


class PreferencesDialog(Retranslates, QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened with open(), not exec()
        self.settings = settings
        self.profiles = list(settings.get("site_profiles"))
        self._build()
        self._load()
        self.retranslate_ui()

    def _build(self) -> None:
        self.profile_list = QListWidget(self)
        self.profile_list.setMaximumHeight(90)
        self.add_profile = QPushButton(self)
        self.remove_profile = QPushButton(self)
        self.add_profile.clicked.connect(self._add_profile)
        self.remove_profile.clicked.connect(self._remove_profile)
        self.active = QComboBox(self)
        self.author = QLineEdit(self)
        self.signoff = QLineEdit(self)
        self.autosave = QSpinBox(self)
        self.autosave.setRange(5, 600)
        self.every = QSpinBox(self)
        self.every.setRange(0, 12)
        self.open_after = QCheckBox(self)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_profile)
        buttons_row.addWidget(self.remove_profile)
        buttons_row.addStretch(1)
        profiles = QVBoxLayout()
        profiles.addWidget(self.profile_list)
        profiles.addLayout(buttons_row)
        self.labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout()
        for label, field in zip(self.labels, (profiles, self.active, self.author, self.signoff,
                                              self.autosave, self.every), strict=True):
            form.addRow(label, field)
        form.addRow("", self.open_after)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.writing = WritingPrefs(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.writing)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _load(self) -> None:
        self._fill_profiles()
        self.author.setText(self.settings.get("default_author"))
        self.signoff.setText(self.settings.get("default_signoff"))
        self.autosave.setValue(self.settings.get("autosave_seconds"))
        self.every.setValue(self.settings.get("baca_juga_every"))
        self.open_after.setChecked(self.settings.get("open_after_export"))
        self.writing.load(self.settings)

    def _fill_profiles(self) -> None:
        self.profile_list.clear()
        self.profile_list.addItems(self.profiles)
        current = self.active.currentData() if self.active.count() else \
            self.settings.get("active_site")
        self.active.clear()
        for label, path in site_choices(self.profiles):
            self.active.addItem(label, path)
        self.active.setCurrentIndex(max(0, self.active.findData(current)))

    def _add_profile(self) -> None:
        path = interaction.current().ask_open_file(
            "site_profile", self.tr("Add site profile"), "", self.tr("Site profiles (*.toml)"))
        if not path:
            return
        try:
            load_profile(path)
        except SiteProfileError as exc:
            interaction.current().error(self.tr("Site profile"), exc.message(current_language()))
            return
        if str(path) not in self.profiles:
            self.profiles.append(str(path))
            self._fill_profiles()

    def _remove_profile(self) -> None:
        row = self.profile_list.currentRow()
        if row >= 0:
            self.profiles.pop(row)
            self._fill_profiles()

    def accept(self) -> None:
        """Write every preference; open windows follow through ``Settings.changed``."""
        values = {
            "site_profiles": self.profiles,
            "active_site": self.active.currentData() or "",
            "default_author": self.author.text().strip(),
            "default_signoff": self.signoff.text().strip(),
            "autosave_seconds": self.autosave.value(),
            "baca_juga_every": self.every.value(),
            "open_after_export": self.open_after.isChecked(),
            **self.writing.values(),
        }
        for key, value in values.items():
            if self.settings.get(key) != value:
                self.settings.set(key, value)
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        texts = (self.tr("Site profiles:"), self.tr("Profile in use:"), self.tr("Default author:"),
                 self.tr("Default sign-off:"), self.tr("Recovery copy every:"),
                 self.tr("Suggest Baca Juga every:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.add_profile.setText(self.tr("Add…"))
        self.remove_profile.setText(self.tr("Remove"))
        self.autosave.setSuffix(self.tr(" seconds"))
        self.every.setSuffix(self.tr(" paragraphs"))
        self.every.setSpecialValueText(self.tr("never"))
        self.author.setPlaceholderText(self.tr("Name put on new articles"))
        self.signoff.setPlaceholderText(self.tr("e.g. rk/ad"))
        self.open_after.setText(self.tr("Open the exported page when done"))
