"""What "ready" means for one site: the rules of its profile's ``[checks]`` table.

``validate`` catches what is broken (no headline, an unsafe link); these rules
catch what is unfinished: no byline, no section, no publication time, a body of
two words, a headline outside the site's ``headline_range``, a photo without alt
text, caption or credit. A site profile makes each rule an error, a warning or
``off`` (``resources/sites/warta-pesisir.toml`` documents the table);
``DEFAULT_LEVELS`` apply where it is silent, so an article is never called ready
only because a profile forgot a rule.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from editor.model.article import Article
from editor.model.image import ImageRef
from editor.model.problems import Problem, Severity
from editor.model.stats import word_count

DEFAULT_LEVELS: Mapping[str, str] = MappingProxyType({
    "headline_length": "warning",  # headline within headline_range
    "byline": "error",             # at least one author
    "section": "error",            # a section (rubrik)
    "published": "error",          # a publication date and time
    "body_length": "error",        # at least min_body_words words in the body
    "alt_text": "error",           # every photo described for readers who cannot see it
    "caption": "warning",          # every photo has a caption
    "credit": "error",             # every photo names its source
})
LEVELS = ("error", "warning", "off")
DEFAULT_MIN_BODY_WORDS = 80
DEFAULT_HEADLINE_RANGE = (60, 110)


@dataclass(frozen=True, slots=True)
class ReadyRules:
    levels: Mapping[str, str] = field(default_factory=lambda: DEFAULT_LEVELS)
    min_body_words: int = DEFAULT_MIN_BODY_WORDS
    headline_range: tuple[int, int] = DEFAULT_HEADLINE_RANGE

    def severity(self, rule: str) -> Severity | None:
        """The rule's severity, or ``None`` when the site turned it off."""
        level = self.levels.get(rule, DEFAULT_LEVELS[rule])
        return None if level == "off" else Severity(level)


class RulesError(ValueError):
    """A ``[checks]`` table the rules cannot be read from; the site profile names the file."""

    def __init__(self, message_id: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_id = message_id
        self.message_en = message_en


def rules_from_table(table: Any, headline_range: tuple[int, int]) -> ReadyRules:
    """The rules of a profile's ``[checks]`` table (``{}`` when it has none)."""
    if not isinstance(table, dict):
        raise RulesError("[checks] harus berupa tabel.", "[checks] must be a table.")
    levels = dict(DEFAULT_LEVELS)
    min_words = DEFAULT_MIN_BODY_WORDS
    for key, value in table.items():
        if key == "min_body_words":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise RulesError(
                    f"[checks] min_body_words harus bilangan bulat ≥ 0, bukan {value!r}.",
                    f"[checks] min_body_words must be a whole number ≥ 0, not {value!r}.")
            min_words = value
        elif key in DEFAULT_LEVELS:
            if value not in LEVELS:
                raise RulesError(
                    f'[checks] {key} harus "error", "warning" atau "off", bukan {value!r}.',
                    f'[checks] {key} must be "error", "warning" or "off", not {value!r}.')
            levels[key] = value
        else:
            raise _unknown(str(key))
    return ReadyRules(MappingProxyType(levels), min_words, headline_range)


def _unknown(key: str) -> RulesError:
    close = difflib.get_close_matches(key, [*DEFAULT_LEVELS, "min_body_words"], n=1)
    hint_id = f" Maksudnya {close[0]}?" if close else ""
    hint_en = f" Did you mean {close[0]}?" if close else ""
    return RulesError(f"[checks] tidak mengenal aturan {key!r}.{hint_id}",
                      f"[checks] has no rule {key!r}.{hint_en}")


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
             f"Judul {length} karakter; situs ini meminta {low}–{high} karakter.",
             f"The headline has {length} characters; this site asks for {low}–{high}.")]


def _body_length(article: Article, rules: ReadyRules) -> list[tuple[str, str, str, str]]:
    words = word_count(article)
    if not words or words >= rules.min_body_words:
        return []  # an empty body is validate's error
    return [("body_length", "body",
             f"Isi berita baru {words} kata; situs ini meminta paling sedikit "
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
        severity = rules.severity(rule)
        if severity is not None:
            problems.append(Problem(field_name, severity, text_id, text_en, block))
    return problems
