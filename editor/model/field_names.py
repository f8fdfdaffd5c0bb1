"""Each place a problem names, as the newsroom calls it, in both languages.

A ``Problem`` names its place by the article's field (``featured_image.caption``) and
index (``block``), which the editor needs to jump there. ``redaksi check`` printed those
names as they are ("featured_image", "body[5]", "related[1]"): developer words in a
journalist's checklist. These are the words the editor's own labels use.
"""

from __future__ import annotations

# field -> (Indonesian, English)
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "headline": ("judul", "headline"),
    "deck": ("ringkasan", "deck"),
    "signoff": ("inisial penulis", "sign-off"),
    "dateline": ("kota dateline", "dateline city"),
    "seo_title": ("judul SEO", "search title"),
    "seo_description": ("deskripsi SEO", "search description"),
    "correction": ("catatan ralat", "correction note"),
    "authors": ("penulis", "authors"),
    "editor": ("editor", "editor"),
    "section": ("rubrik", "section"),
    "tags": ("tag", "tags"),
    "slug": ("slug", "slug"),
    "published": ("waktu terbit", "publish time"),
    "updated": ("waktu pembaruan", "update time"),
    "featured_image": ("foto utama", "featured photo"),
    "featured_image.caption": ("keterangan foto utama", "featured photo caption"),
    "featured_image.credit": ("kredit foto utama", "featured photo credit"),
    "featured_image.alt": ("teks alt foto utama", "featured photo alt text"),
    "body": ("isi", "body"),
    "related": ("berita terkait", "related stories"),
    "spelling": ("ejaan", "spelling"),
}

# A field with an index: one of its items (id, en; {n} counts from 1).
ITEM_NAMES: dict[str, tuple[str, str]] = {
    "body": ("isi, blok {n}", "body, block {n}"),
    "related": ("berita terkait #{n}", "related story #{n}"),
    "authors": ("penulis #{n}", "author #{n}"),
}


def field_name(field: str, block: int | None, lang: str) -> str:
    """``field`` (and ``block``, counted from 0) as a reader of ``lang`` calls it; a field
    not listed here keeps its own name rather than being dropped."""
    english = lang == "en"
    if block is not None:
        item = ITEM_NAMES.get(field)
        if item is not None:
            return item[english].format(n=block + 1)
        return f"{field_name(field, None, lang)} #{block + 1}"
    names = FIELD_NAMES.get(field)
    return names[english] if names else field
