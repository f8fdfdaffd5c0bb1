"""Is the article ready? The site's rules (``editor.ready_rules``) applied to it.

``validate`` catches what is broken (no headline, an unsafe link); these checks
catch what is unfinished: no byline, no section, no publication time, a body of
two words, a headline outside the site's ``headline_range``, a photo without alt
text, caption or credit, each as the site's profile ranks it.
"""

from __future__ import annotations

from editor.model.article import Article
from editor.model.image import ImageRef
from editor.model.problems import Problem, Severity
from editor.model.stats import word_count
from editor.ready_rules import ReadyRules


def ready_problems(article: Article, rules: ReadyRules) -> list[Problem]:
    """The head fields and the body length (photos: ``photo_text_problems``)."""
    found: list[tuple[str, str, str, str]] = []  # rule, field, Indonesian, English
    found += _headline_length(article, rules)
    if not article.authors or not any(author.name.strip() for author in article.authors):
        found.append(("byline", "authors", "Nama penulis (byline) belum diisi.",
                      "The byline (author) is missing."))
    if not article.section.strip():
        found.append(("section", "section", "Rubrik belum dipilih.", "No section is chosen."))
    if article.published is None:
        found.append(("published", "published", "Waktu terbit belum diisi.",
                      "The publication time is not set."))
    found += _body_length(article, rules)
    return _as_problems(found, rules, None)


def _headline_length(article: Article, rules: ReadyRules) -> list[tuple[str, str, str, str]]:
    length = len(article.headline.strip())
    low, high = rules.headline_range
    if not length or low <= length <= high:
        return []  # a missing headline is validate's error
    return [("headline_length", "headline",
             f"Panjang judul {length} karakter; situs ini meminta {low}–{high} karakter.",
             f"The headline has {length} characters; this site asks for {low}–{high}.")]


def _body_length(article: Article, rules: ReadyRules) -> list[tuple[str, str, str, str]]:
    words = word_count(article)
    if not words or words >= rules.min_body_words:
        return []  # an empty body is validate's error
    return [("body_length", "body",
             f"Isi berita hanya {words} kata; situs ini meminta paling sedikit "
             f"{rules.min_body_words} kata.",
             f"The body has only {words} words; this site asks for at least "
             f"{rules.min_body_words}.")]


def photo_text_problems(image: ImageRef, place: str, block: int | None,
                        rules: ReadyRules) -> list[Problem]:
    """Alt text, caption and credit of one photo (``place`` is the field showing it).

    A featured photo's caption and credit are named as their own fields
    (``featured_image.caption``); a photo in the text is named by its block.
    """
    part = (lambda name: f"{place}.{name}") if block is None else (lambda _name: place)
    found: list[tuple[str, str, str, str]] = []
    if not image.alt.strip():
        found.append(("alt_text", place, "Foto belum punya teks alternatif (alt).",
                      "An image has no alt text."))
    if not image.caption.strip():
        found.append(("caption", part("caption"), "Foto belum punya keterangan (caption).",
                      "An image has no caption."))
    if not image.credit.strip():
        found.append(("credit", part("credit"), "Foto belum punya kredit (sumber foto).",
                      "An image has no credit (who took or supplied it)."))
    problems = _as_problems(found, rules, block)
    if image.alt.strip() and image.alt.strip() == image.caption.strip():
        problems.append(Problem(
            place, Severity.WARNING,
            "Teks alt sama dengan keterangan foto; alt sebaiknya menggambarkan isi foto.",
            "The alt text repeats the caption; alt should describe the picture.", block))
    return problems


def _as_problems(found: list[tuple[str, str, str, str]], rules: ReadyRules,
                 block: int | None) -> list[Problem]:
    problems = []
    for rule, field_name, text_id, text_en in found:
        level = rules.level(rule)
        if level != "off":
            problems.append(Problem(field_name, Severity(level), text_id, text_en, block))
    return problems
