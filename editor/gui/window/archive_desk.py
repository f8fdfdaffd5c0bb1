"""The archive in the main window: the story dialogs' search, the suggestions beside
"Berita Terkait", and the proposed Baca Juga places in the margin (``editor.gui.archive``).

Mixed into ``MainWindow``, which builds the archive service, the suggestions and the
widgets declared here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from editor.gui.archive.proposal import ProposalPopup
    from editor.gui.archive.service import ArchiveService
    from editor.gui.archive.suggest import ArchiveSuggestions
    from editor.gui.archive.suggestions import SuggestionsPanel
    from editor.gui.article.related import RelatedPanel
    from editor.gui.article.session import DraftSession
    from editor.gui.body.editor import BodyEdit
    from editor.gui.window.drawer import Drawer


class ArchiveDesk:
    session: DraftSession
    archive: ArchiveService
    suggestions: ArchiveSuggestions
    suggestions_panel: SuggestionsPanel
    proposal_popup: ProposalPopup
    body: BodyEdit
    drawer: Drawer
    on_insert_baca_juga: Callable[[], None]  # WindowActions'

    def archive_search(self) -> QWidget:
        """The archive search for a story dialog (the draft's own section preferred)."""
        from editor.gui.archive.search import ArchiveSearch

        return ArchiveSearch(self.archive, self.session.site, self.session.article.section)

    def add_suggestions(self, panel: RelatedPanel) -> None:
        """The archive's suggestions beside the related stories (built with that section)."""
        from editor.gui.archive.suggestions import SuggestionsPanel

        self.suggestions_panel = SuggestionsPanel()
        self.suggestions_panel.add_requested.connect(self.suggestions.add_related)
        self.suggestions_panel.dismiss_requested.connect(self.suggestions.dismiss)
        panel.add_aside(self.suggestions_panel)
        self.suggestions_changed()

    def suggestions_changed(self) -> None:
        """The archive's proposals in the margin (every N paragraphs without an archive)
        and its related stories beside "Berita Terkait"."""
        found = self.suggestions
        self.body.decorations.proposals = found.proposals if self.archive.has_articles else None
        self.body.viewport().update()
        if self.drawer.built("related"):
            self.suggestions_panel.show_suggestions(found.related, found.state,
                                                    self.session.site)

    def on_proposal(self, number: int) -> None:
        """A proposed place's mark was clicked: the story, to insert or reject."""
        from editor.gui.archive.proposal import ProposalPopup

        story = self.suggestions.proposal_at(number)
        if story is None:
            return
        popup = ProposalPopup(story, self.session.site, self.body.window())
        popup.accepted.connect(lambda: self.suggestions.accept_place(number))
        popup.rejected.connect(lambda: self.suggestions.reject_place(number))
        popup.other.connect(lambda: (self.body.goto_block(number), self.on_insert_baca_juga()))
        rect = self.body.decorations.spot_rects.get(number)
        corner = rect.bottomLeft().toPoint() if rect is not None else QPoint(0, 0)
        self.proposal_popup = popup
        popup.show_at(self.body.viewport().mapToGlobal(corner + QPoint(0, 6)))
