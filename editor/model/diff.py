"""What changed between two versions of an article: words added and removed, block by block.

Editors read a change the way they read a marked-up printout: which paragraph,
and in it which words went and which came. So blocks are paired first (a
paragraph moved or inserted must not make every later paragraph look rewritten),
then the words of each changed pair are compared. ``difflib`` does both passes:
it is the standard library's sequence matcher, and its output is stable and easy
to read back in tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from editor.model.article import Article
from editor.model.blocks import BacaJuga, Block, Embed, Table
from editor.model.inline import plain_text

SAME, ADDED, REMOVED = "same", "added", "removed"
# The text fields compared besides the body, in the order the editor shows them.
HEAD_TEXT = ("headline", "deck", "seo_title", "seo_description", "correction")


@dataclass(frozen=True, slots=True)
class Piece:
    op: str  # SAME | ADDED | REMOVED
    text: str


@dataclass(frozen=True, slots=True)
class BlockChange:
    """One changed field or body block.

    ``field`` is a head field name or ``"body"``; ``index`` the block's place in the
    newer version (in the older one for a removed block); ``kind`` its block type.
    """

    field: str
    index: int | None
    kind: str
    status: str  # "changed" | ADDED | REMOVED
    pieces: tuple[Piece, ...]

    def words(self, op: str) -> int:
        return sum(len(piece.text.split()) for piece in self.pieces if piece.op == op)


def block_text(block: Block) -> str:
    """The words a reader sees in a block (a Baca Juga's title, an embed's address, a
    table's caption and its cells, without the cell separators ``plain`` puts in)."""
    if isinstance(block, Table):
        cells = (plain_text(cell) for row in block.rows for cell in row)
        return " ".join(part for part in (block.caption, *cells) if part)
    if isinstance(block, BacaJuga):
        return block.title
    if isinstance(block, Embed):
        return " ".join(part for part in (block.url, block.caption) if part)
    return block.plain()


def word_pieces(old: str, new: str) -> tuple[Piece, ...]:
    """``new`` against ``old`` word by word, runs of equal words kept together."""
    before, after = old.split(), new.split()
    pieces: list[Piece] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece(SAME, " ".join(after[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(Piece(REMOVED, " ".join(before[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(ADDED, " ".join(after[j1:j2])))
    return tuple(pieces)


def diff_articles(old: Article, new: Article) -> list[BlockChange]:
    """Every changed head text field, then every changed body block, in page order."""
    changes = [_field_change(name, getattr(old, name), getattr(new, name))
               for name in HEAD_TEXT if getattr(old, name) != getattr(new, name)]
    return [change for change in changes if change.pieces] + list(_body_changes(old, new))


def _field_change(name: str, old: str, new: str) -> BlockChange:
    status = ADDED if not old.strip() else REMOVED if not new.strip() else "changed"
    return BlockChange(name, None, "", status, word_pieces(old, new))


def _body_changes(old: Article, new: Article) -> Iterator[BlockChange]:
    before = [(block.kind, block_text(block)) for block in old.body]
    after = [(block.kind, block_text(block)) for block in new.body]
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for offset in range(paired):
            (_, text_old), (kind, text_new) = before[i1 + offset], after[j1 + offset]
            yield BlockChange("body", j1 + offset, kind, "changed",
                              word_pieces(text_old, text_new))
        for i in range(i1 + paired, i2):
            yield BlockChange("body", i, before[i][0], REMOVED, word_pieces(before[i][1], ""))
        for j in range(j1 + paired, j2):
            yield BlockChange("body", j, after[j][0], ADDED, word_pieces("", after[j][1]))


def totals(changes: list[BlockChange]) -> tuple[int, int]:
    """(words added, words removed) over all changes."""
    return (sum(change.words(ADDED) for change in changes),
            sum(change.words(REMOVED) for change in changes))
