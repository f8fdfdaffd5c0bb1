"""The checks panel's warnings about links the archive does not know (a Baca Juga or a
related story that may be a typo or a dead link), looked up in the work lane.

Asked again only when the draft's links (or the archive's size) change; the checks
panel shows the last answer beside the model's own problems.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Signal

from editor.gui.archive.service import ArchiveService
from editor.model.article import Article
from editor.model.blocks import BacaJuga
from editor.model.validate import Problem


class LinkChecks(QObject):
    changed = Signal()

    def __init__(self, service: ArchiveService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.problems: list[Problem] = []
        self._key: tuple | None = None

    def request(self, article: Article) -> None:
        links = tuple((index, block.url) for index, block in enumerate(article.body)
                      if isinstance(block, BacaJuga))
        key = (self.service.site and self.service.site.base_url, self.service.articles, links,
               tuple(story.url for story in article.related))
        if key == self._key:
            return
        self._key = key
        if not self.service.articles:
            self._set([])
            return
        draft = copy.copy(article)  # only the links are read: a shallow copy will do
        draft.body, draft.related = list(article.body), list(article.related)
        self.service.check_links(draft, lambda problems: self._arrived(key, problems))

    def _arrived(self, key: tuple, problems: list[Problem]) -> None:
        if key == self._key:
            self._set(problems)

    def _set(self, problems: list[Problem]) -> None:
        if problems != self.problems:
            self.problems = problems
            self.changed.emit()
