"""The writing desk's views: which preview the right side shows, where it is scrolled
to, and the revision history.

The right side shows the page (phone or desktop width) or, while the journalist
works on the search title and description, the search and social preview: opening
that drawer section switches to it, closing the section switches back (unless the
journalist chose it themselves with View → Search and Social).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from editor import interaction
from editor.gui.preview.follow import Target
from editor.model.revisions import Revision, lost_photos, restored

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QStackedWidget

    from editor.gui.article.header import HeaderPanel
    from editor.gui.article.photo import PhotoCard
    from editor.gui.article.session import DraftSession
    from editor.gui.body.editor import BodyEdit
    from editor.gui.preview.pane import PreviewPane
    from editor.gui.preview.social import SocialPreview
    from editor.gui.settings import Settings
    from editor.gui.startup import FirstFrame


class DeskActions:
    """Mixed into ``MainWindow`` (a ``QMainWindow``: ``tr``), which builds the widgets
    declared here; ``social`` is its property that builds the social preview when needed."""

    settings: Settings
    session: DraftSession
    actions: dict[str, QAction]
    body: BodyEdit
    header: HeaderPanel
    photo: PhotoCard
    preview: PreviewPane
    preview_area: QStackedWidget
    first_frame: FirstFrame
    social: SocialPreview
    _social: SocialPreview | None
    history_dialog: QDialog
    _social_auto: bool = False  # the social preview was shown by opening its section

    def on_device(self, device: str) -> None:
        if device == "social":
            self.show_social(True)
            return
        self.preview.set_device(device)
        self.show_social(False)
        self.settings.set("preview_device", device)

    def showing_social(self) -> bool:
        return self._social is not None and self.preview_area.currentWidget() is self._social

    def show_social(self, on: bool, *, auto: bool = False) -> None:
        """The search and social preview (``on``) or the page in the preview area."""
        self._social_auto = on and auto
        if on:
            self.preview_area.setCurrentWidget(self.social)
            self.actions["device_social"].setChecked(True)
        else:
            self.preview_area.setCurrentWidget(self.preview)
            self.actions[f"device_{self.preview.device()}"].setChecked(True)

    def _section_changed(self, name: str) -> None:
        self.settings.set("drawer_section", name)
        if name == "seo" and not self.showing_social():
            # after the first frame: the social preview loads the renderer
            self.first_frame.later(lambda: self.show_social(True, auto=True))
        elif name != "seo" and self._social_auto:
            self.show_social(False)

    # ----------------------------------------------------------------- following the caret
    def caret_target(self) -> Target:
        """What the preview should show: the part of the article being edited."""
        widget = QApplication.focusWidget()
        if widget is None:
            return None
        if widget is self.body:
            starts = self.session.block_starts
            index = bisect_right(starts, self.body.textCursor().blockNumber()) - 1
            return ("block", max(0, index)) if starts else None
        places = ((self.header.headline, "h1"), (self.header.deck, "p.deck"),
                  (self.header.update_row.note, "p.correction"),
                  (self.header.update_row, "p.date.updated"), (self.photo, "figure.featured"),
                  (self.header, "header.article-header"))
        for holder, selector in places:
            if widget is holder or holder.isAncestorOf(widget):
                return selector
        return None

    # ----------------------------------------------------------------- history
    def on_history(self) -> None:
        from editor.gui.dialogs.history import HistoryDialog

        draft = self.session.draft
        dialog = HistoryDialog(self, draft.revisions, self.session.site, self.restore_revision)
        self.history_dialog = dialog
        dialog.open()

    def restore_revision(self, revision: Revision) -> None:
        """Put a saved version back, as one undoable step; photos the draft no longer
        keeps (old versions keep theirs within a size budget) stay out, and it says so."""
        session = self.session
        media = set(session.draft.media)
        article = restored(session.article, revision, media)
        session.replace_article(self.tr("Restore version"), article)
        self.body.setFocus()
        lost = len(lost_photos(revision, media))
        if lost:
            # PySide's tr() misses a mixin's plural forms: name the context
            interaction.current().info(self.tr("Restore version"), QCoreApplication.translate(
                "DeskActions", "The version is back without its %n photo(s): the draft no "
                "longer keeps them (old versions keep their photos only up to a size limit). "
                "Add the photo again if the article needs it.", "", lost))
