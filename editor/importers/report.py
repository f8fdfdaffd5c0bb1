"""The import report: what an importer recognised and what it left out, in two languages.

An import is a translation from someone else's format, and a journalist has to be
able to trust it: every convention turned into structure (a dateline, a Baca Juga
box, a sign-off) is listed as *recognised*, and everything that did not make it
into the draft (a comment, a deleted passage, a linked picture) as *dropped* —
never silently. The CLI prints it; the editor shows it once after opening.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from editor.errors import Bilingual, say
from editor.model.draft import Draft

# (title) -> (url, archive id) of a published article with that title, or None
BacaJugaLookup = Callable[[str], tuple[str, str | None] | None]


class NoteKind(StrEnum):
    RECOGNISED = "recognised"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class ReportNote(Bilingual):
    kind: NoteKind
    message_id: str
    message_en: str


@dataclass(slots=True)
class ImportReport:
    """Notes in the order they were made; ``source`` names the file or URL."""

    source: str = ""
    notes: list[ReportNote] = field(default_factory=list)

    def recognised(self, message_id: str, message_en: str) -> None:
        self.notes.append(ReportNote(NoteKind.RECOGNISED, message_id, message_en))

    def dropped(self, message_id: str, message_en: str) -> None:
        self.notes.append(ReportNote(NoteKind.DROPPED, message_id, message_en))

    def of_kind(self, kind: NoteKind) -> list[ReportNote]:
        return [note for note in self.notes if note.kind is kind]

    @property
    def has_dropped(self) -> bool:
        return any(note.kind is NoteKind.DROPPED for note in self.notes)

    def lines(self, lang: str | None = None) -> list[str]:
        """The report as text lines: a heading per kind, one line per note."""
        out: list[str] = []
        for kind, (title_id, title_en) in HEADINGS.items():
            notes = self.of_kind(kind)
            if notes:
                out.append(say(title_id, title_en, lang))
                out += [f"  - {note.message(lang)}" for note in notes]
        return out


HEADINGS = {
    NoteKind.RECOGNISED: ("Dikenali:", "Recognised:"),
    NoteKind.DROPPED: ("Tidak diambil:", "Left out:"),
}


@dataclass(slots=True)
class ImportResult:
    draft: Draft
    report: ImportReport
