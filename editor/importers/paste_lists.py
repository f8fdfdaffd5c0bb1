"""Rebuilding lists from pasted items: real ``<ul>``/``<ol>`` and Word's fake ones.

The article model has flat lists (``ListBlock.items``), so nested lists are
flattened: a nested item joins its outermost list, in document order, and the
outermost list decides ordered/unordered. Word's fake list paragraphs carry no
container at all; consecutive items are grouped here by the list they name in
``mso-list`` (``l0 … lfo1``), so two lists that merely follow each other stay two.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.importers.paste_word import WordListItem
from editor.model.blocks import ListBlock
from editor.model.inline import Inline


@dataclass(slots=True)
class ListRun:
    """The list currently being filled and, for Word lists, which list it is."""

    block: ListBlock
    word_key: str | None = None


class ListCollector:
    """Decides which ``ListBlock`` each item goes to; the builder owns block order."""

    def __init__(self) -> None:
        self.depth = 0
        self.run: ListRun | None = None

    def open_list(self, ordered: bool) -> ListBlock | None:
        """Enter ``<ul>``/``<ol>``; returns a new block to place when it is outermost."""
        self.depth += 1
        if self.depth > 1:
            return None
        self.run = ListRun(ListBlock(ordered=ordered))
        return self.run.block

    def close_list(self) -> None:
        self.depth = max(self.depth - 1, 0)
        if self.depth == 0:
            self.run = None

    def add_item(self, spans: Inline, word: WordListItem | None) -> ListBlock | None:
        """File an item; returns a new block to place when the item starts a list."""
        if not spans:
            return None
        new_block = None
        if self.run is None or (self.depth == 0 and not _continues(self.run, word)):
            ordered = word.ordered if word else False
            self.run = ListRun(ListBlock(ordered=ordered), word.list_key if word else None)
            new_block = self.run.block
        self.run.block.items.append(spans)
        return new_block

    def interrupt(self) -> None:
        """Another block came between: a following fake-list item starts a new list."""
        if self.depth == 0:
            self.run = None


def _continues(run: ListRun, word: WordListItem | None) -> bool:
    """Does a Word item outside any ``<ul>`` belong to the open fake list?

    Deeper levels always do (they are flattened into it), and so do items of
    unknown level (typed markers); a first-level item only when it names the
    same Word list and has the same kind of marker.
    """
    if word is None:
        return run.word_key is None
    if word.level != 1:
        return True
    return run.word_key == word.list_key and run.block.ordered == word.ordered
