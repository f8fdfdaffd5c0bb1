"""The writing desk's views: which preview the right side shows, and the revision history.

The right side shows the page (phone or desktop width) or, while the journalist
works on the search title and description, the search and social preview: opening
that drawer section switches to it, closing the section switches back (unless the
journalist chose it themselves with View → Search and Social).
"""

from __future__ import annotations

from editor.model.revisions import Revision, restored


class DeskActions:
    """Mixed into ``MainWindow``."""

    _social_auto = False

    def on_device(self, device: str) -> None:
        if device == "social":
            self.show_social(True)
            return
        self.show_social(False)
        self.preview.set_device(device)
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

    # ----------------------------------------------------------------- history
    def on_history(self) -> None:
        from editor.gui.dialogs.history import HistoryDialog

        draft = self.session.draft
        dialog = HistoryDialog(self, draft.revisions, self.session.site, self.restore_revision)
        self.history_dialog = dialog
        dialog.open()

    def restore_revision(self, revision: Revision) -> None:
        """Put a saved version back, as one undoable step; photos the draft lost stay out."""
        session = self.session
        article = restored(session.article, revision, set(session.draft.media))
        session.replace_article(self.tr("Restore version"), article)
        self.body.setFocus()
