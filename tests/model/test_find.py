"""Matches for find and replace: case and whole words."""

from __future__ import annotations

from editor.model.find import Query, find_all, replace_all


def test_case_and_whole_words() -> None:
    text = "Rob datang. Warga robek terpal; ROB lagi. (rob)"
    assert find_all(text, Query("rob")) == [(0, 3), (18, 21), (32, 35), (43, 46)]
    assert find_all(text, Query("rob", whole_word=True)) == [(0, 3), (32, 35), (43, 46)]
    assert find_all(text, Query("rob", match_case=True, whole_word=True)) == [(43, 46)]
    assert find_all(text, Query("")) == []
    assert find_all("a.b a+b", Query("a+b")) == [(4, 7)]  # taken literally


def test_replace_all_is_literal() -> None:
    assert replace_all("Rob dan rob", Query("rob"), r"banjir \1") == ("banjir \\1 dan banjir \\1", 2)
    assert replace_all("Rob dan rob", Query("rob", match_case=True), "X") == ("Rob dan X", 1)
