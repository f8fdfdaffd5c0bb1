"""One item of a feed or sitemap -> an ``ArchiveEntry``, with a warning per problem.

Shared by the feed and sitemap readers: a bad item is skipped or stored with what is
sound (a wrong date becomes no date, a title with markup becomes its text), and each
problem is one ``SyncWarning`` naming the item, in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from editor.archive.api import ArchiveEntry, SyncWarning
from editor.archive.clean import (
    BODY_MAX,
    SUMMARY_MAX,
    clean_text,
    clean_url,
    parse_date,
    slug_headline,
)


@dataclass
class RawItem:
    """Fields as a source gives them (text may hold markup; dates are text)."""

    link: str | None
    title: str = ""
    published: str = ""
    updated: str = ""
    summary: str = ""
    body: str = ""
    categories: list[str] = field(default_factory=list)
    image: str | None = None
    item_id: str = ""


@dataclass
class ItemReader:
    where: str  # the source document, for warnings
    base: str | None = None  # for relative links
    now: datetime | None = None
    warnings: list[SyncWarning] = field(default_factory=list)

    def warn(self, label: str, text_id: str, text_en: str) -> None:
        self.warnings.append(SyncWarning(f"{self.where} {label}", text_id, text_en))

    def entry(self, number: int, raw: RawItem, *, section: str | None = None,
              warn_untitled: bool = True) -> ArchiveEntry | None:
        label = f"#{number}" if number else ""
        url = clean_url(raw.link, self.base)
        if url is None:
            shown = (raw.link or "").strip()[:80]
            self.warn(label, f"tautan tidak sah atau kosong ({shown!r}); butir dilewati.",
                      f"invalid or empty link ({shown!r}); item skipped.")
            return None
        label = f"#{number} ({url})" if number else f"({url})"
        headline, had_markup = clean_text(raw.title)
        if had_markup:
            self.warn(label, "judul memuat HTML; disimpan sebagai teks biasa.",
                      "the title contains HTML; stored as plain text.")
        guessed = False
        if not headline:
            headline, guessed = slug_headline(url), True
            if warn_untitled:
                self.warn(label, "tanpa judul; judul dibuat dari alamatnya.",
                          "no title; a title was made from its address.")
        published = self._date(label, raw.published)
        updated = self._date(label, raw.updated) if raw.updated else None
        tags = tuple(dict.fromkeys(t for t in (clean_text(c)[0] for c in raw.categories) if t))
        return ArchiveEntry(
            url=url, headline=headline or url, summary=clean_text(raw.summary, SUMMARY_MAX)[0],
            section=section if section is not None else (tags[0] if tags else ""),
            tags=tags, published=published or updated, updated=updated,
            image=clean_url(raw.image, url) if raw.image else None,
            body=clean_text(raw.body, BODY_MAX)[0] if raw.body else "",
            article_id=clean_text(raw.item_id)[0], headline_guessed=guessed,
        )

    def _date(self, label: str, value: str) -> datetime | None:
        try:
            return parse_date(value, now=self.now)
        except ValueError:
            shown = value.strip()[:60]
            self.warn(label, f"tanggal tidak sah ({shown!r}); disimpan tanpa tanggal.",
                      f"invalid date ({shown!r}); stored without a date.")
            return None
