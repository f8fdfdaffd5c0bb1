"""What "ready" means for one site: the rules of its profile's ``[checks]`` table.

Each rule (byline, section, publication time, body length, headline length, a
photo's alt text, caption and credit) is ``error``, ``warning`` or ``off``, as
the profile says (``resources/sites/warta-pesisir.toml`` documents the table);
``DEFAULT_LEVELS`` apply where it is silent, so an article is never called
ready only because a profile forgot a rule. Foundation, beside ``editor.site``
which reads it: the model's ``readiness`` applies the rules to an article.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

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

    def level(self, rule: str) -> str:
        """``error``, ``warning`` or ``off``."""
        return self.levels.get(rule, DEFAULT_LEVELS[rule])


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
