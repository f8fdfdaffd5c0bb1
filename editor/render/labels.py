"""Fixed words printed on exported pages, per page language.

These belong to the reader's page (Indonesian on an Indonesian site), not to the
editor's UI language, so they are a small table rather than Qt translations.
"""

from __future__ import annotations

PAGE_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "skip": "Langsung ke konten",
        "by": "Penulis:",
        "editor": "Editor:",
        "updated": "Diperbarui",
        "share": "Bagikan berita",
        "tags": "Tag",
        "related": "Berita Terkait",
        "latest": "Berita Terbaru",
        "baca_juga": "Baca Juga:",
        "photo": "Foto:",
        "ad": "ADVERTISEMENT",
        "ad_resume": "SCROLL TO RESUME CONTENT",
        "embed": "Lihat di",
        "table": "Tabel",
        "copy": "Salin tautan",
        "ralat": "Ralat:",
        "koreksi": "Koreksi:",
    },
    "en": {
        "skip": "Skip to content",
        "by": "By",
        "editor": "Edited by",
        "updated": "Updated",
        "share": "Share this story",
        "tags": "Tags",
        "related": "Related stories",
        "latest": "Latest news",
        "baca_juga": "Read also:",
        "photo": "Photo:",
        "ad": "ADVERTISEMENT",
        "ad_resume": "SCROLL TO RESUME CONTENT",
        "embed": "View on",
        "table": "Table",
        "copy": "Copy link",
        "ralat": "Erratum:",
        "koreksi": "Correction:",
    },
}


def page_labels(language: str) -> dict[str, str]:
    return PAGE_LABELS.get(language, PAGE_LABELS["id"])
