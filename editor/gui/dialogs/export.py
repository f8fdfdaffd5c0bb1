"""The export dialog: choose a site profile and a folder, export off the UI thread.

The worker gets a copy of the draft taken when Export is pressed, so the
journalist can keep typing while the page, metadata and photos are written.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor import interaction
from editor.errors import RedaksiError
from editor.export import ExportedArticle, export_draft
from editor.gui.i18n import Retranslates, error_text
from editor.gui.settings import Settings
from editor.gui.sites import load_site, site_choices
from editor.gui.tasks import STEPS, Task, run_task
from editor.model.draft import Draft


def draft_copy(draft: Draft) -> Draft:
    """A copy a worker can read while the window goes on changing the original."""
    return Draft(article=copy.deepcopy(draft.article), media=dict(draft.media), path=draft.path,
                 loaded_hash=draft.loaded_hash)


class ExportDialog(Retranslates, QDialog):
    exported = Signal(object)  # ExportedArticle
    failed = Signal(object)  # Exception

    def __init__(self, parent: QWidget | None, draft: Draft, settings: Settings) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened with open(), not exec()
        self.draft = draft
        self.settings = settings
        self.task: Task | None = None
        self.result: ExportedArticle | None = None
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self.site = QComboBox(self)
        for label, path in site_choices(self.settings.get("site_profiles")):
            self.site.addItem(label, path)
        active = self.site.findData(self.settings.get("active_site"))
        self.site.setCurrentIndex(max(0, active))
        self.folder = QLineEdit(self.settings.get("export_folder") or str(_default_folder()), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.open_after = QCheckBox(self)
        self.open_after.setChecked(self.settings.get("open_after_export"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.site_label, self.folder_label = QLabel(self), QLabel(self)
        self.form.addRow(self.site_label, self.site)
        self.form.addRow(self.folder_label, folder_row)
        self.form.addRow("", self.open_after)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        chosen = interaction.current().ask_folder(
            "export_folder", self.tr("Export to folder"), self.folder.text())
        if chosen:
            self.folder.setText(str(chosen))

    def start(self) -> None:
        """Export the draft as it is now, in a worker thread."""
        if self.task is not None:
            return
        try:
            site = load_site(self.site.currentData() or "")
        except RedaksiError as exc:
            self._failed(exc)
            return
        outdir = Path(self.folder.text().strip()).expanduser()
        snapshot = draft_copy(self.draft)
        self.settings.set("export_folder", str(outdir))
        self.settings.set("open_after_export", self.open_after.isChecked())
        self.progress.setRange(0, 0)  # busy until the photos report (a text-only export is quick)
        self.status.setText(self.tr("Exporting…"))
        self.start_button.setEnabled(False)

        def work(progress) -> ExportedArticle:
            outdir.mkdir(parents=True, exist_ok=True)
            return export_draft(snapshot, site, outdir,  # and records it in the archive
                                progress=lambda part: progress(round(part * STEPS), STEPS))

        # owner: closed while exporting (it deletes itself), the export finishes unseen
        self.task = run_task(work, self._done, self._failed, on_progress=self._progressed,
                             owner=self)

    def _progressed(self, done: int, total: int, _label: str) -> None:
        """The photos' files written so far (the bulk of an export's time)."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: ExportedArticle) -> None:
        self.task = None
        self.result = result
        self.progress.setRange(0, STEPS)
        self.progress.setValue(STEPS)
        page = result.path / "index.html"
        text = self.tr("Exported: %1").replace("%1", str(page))
        self.start_button.setEnabled(True)
        if self.open_after.isChecked() and not interaction.current().open_location(page):
            text = self.tr("The page was exported, but no web browser could be started to "
                           "show it. Open it yourself: %1").replace("%1", str(page))
            interaction.current().error(self.tr("Export"), text)
        if result.archive_warning is not None:  # the page is written all the same
            text += "\n" + error_text(result.archive_warning)
        self._say(text)
        self.exported.emit(result)

    def _failed(self, error: Exception) -> None:
        self.task = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._say(self.tr("Export failed: %1").replace("%1", error_text(error)))
        self.start_button.setEnabled(True)
        self.failed.emit(error)

    def _say(self, text: str) -> None:
        """The outcome under the progress bar; the dialog grows to show all of it (a long
        path, or the archive's warning line, wraps onto more lines)."""
        self.status.setText(text)
        self.layout().activate()
        needed = self.layout().heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.site_label.setText(self.tr("Site profile:"))
        self.folder_label.setText(self.tr("Output folder:"))
        self.browse.setText(self.tr("Browse…"))
        self.open_after.setText(self.tr("Open the page when done"))
        self.start_button.setText(self.tr("Export"))


def _default_folder() -> Path:
    return Path.home() / "Redaksi" / "ekspor"
