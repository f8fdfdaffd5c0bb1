from __future__ import annotations

import pytest

from editor.model.inline import Span, from_list, is_safe_url, normalize, strip, to_list


def test_normalize_merges_equal_marks_and_drops_empty() -> None:
    spans = normalize(
        [Span("Air "), Span(""), Span("laut"), Span(" naik", bold=True), Span("!", bold=True)]
    )
    assert spans == (Span("Air laut"), Span(" naik!", bold=True))


def test_strip_trims_across_spans() -> None:
    assert strip((Span("  "), Span(" rob ", italic=True), Span("  "))) == (
        Span("rob", italic=True),
    )


def test_json_round_trip_keeps_marks_and_links() -> None:
    spans = (
        Span("Baca "),
        Span("laporan", bold=True, italic=True, href="https://contoh.example/a"),
    )
    assert from_list(to_list(spans)) == spans


@pytest.mark.parametrize(
    "url,safe",
    [
        ("https://contoh.example/", True),
        ("mailto:redaksi@contoh.example", True),
        ("/berita/2024/", True),
        ("javascript:alert(1)", False),
        (" JaVaScRiPt:alert(1)", False),
        ("java\nscript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/", False),
        ("vbscript:msgbox", False),
    ],
)
def test_is_safe_url(url: str, safe: bool) -> None:
    assert is_safe_url(url) is safe
