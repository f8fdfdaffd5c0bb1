"""Unknown words of an article as notes for ``redaksi check``: one per field or block,
naming its words in the order they appear."""

from __future__ import annotations

from editor.model.article import Article
from editor.model.places import text_places
from editor.model.problems import Problem, Severity
from editor.spelling.checker import SpellChecker


def spelling_notes(article: Article, checker: SpellChecker) -> list[Problem]:
    if not checker.available:
        problem = checker.problem
        return [Problem("spelling", Severity.NOTE, problem.message_id, problem.message_en)]
    notes = []
    for place in text_places(article):
        if not place.in_story:
            continue
        unknown = list(dict.fromkeys(miss.word for miss in checker.misses(place.text)))
        if unknown:
            listed = ", ".join(unknown)
            notes.append(Problem(place.field, Severity.NOTE, f"Kata tidak dikenal: {listed}",
                                 f"Unknown words: {listed}", place.block))
    return notes
