"""Hostile or mistaken front matter: one clear line naming file, key and line, in bounded time."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.errors import ImportError_
from editor.importers.markdown import import_markdown
from tests.bounded import run_redaksi_bounded
from tests.importers.test_markdown import ARTICLE, write_article

# 389 bytes; 9^9 = 387 million strings once the aliases are expanded
BILLION_LAUGHS = """---
tags: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
deck: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
section: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
dateline: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
signoff: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
image_alt: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
image_caption: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
image_credit: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
headline: *h
---
Isi berita.
"""


def test_billion_laughs_is_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    source = tmp_path / "tawa.md"
    source.write_text(BILLION_LAUGHS, encoding="utf-8")
    target = tmp_path / "tawa.redaksi"
    outcome = run_redaksi_bounded("import", str(source), "-o", str(target), timeout=20)
    assert outcome.returncode == 1, f"killed or crashed after {outcome.seconds:.1f} s"
    assert "Traceback" not in outcome.output and "MemoryError" not in outcome.output
    assert f"{source}:3" in outcome.stderr and "alias" in outcome.stderr
    assert not target.exists()


def _front(tmp_path: Path, replace: str, by: str) -> Path:
    assert replace in ARTICLE
    return write_article(tmp_path, ARTICLE.replace(replace, by))


# (replaced line, wrong line, the line it is on in ARTICLE, words the message must hold)
WRONG = [
    ("published: 2024-03-30 08:15", "published: 2024-13-45", 8, "published"),
    ("published: 2024-03-30 08:15", "published: 2024-03-30T08:15+25:00", 8, "published"),
    ("published: 2024-03-30 08:15", "published: [2024]", 8, "published"),
    ("published: 2024-03-30 08:15", "published: kemarin sore", 8, "published"),
    ("authors: [Sari Dewi]", "authors: [{nama: Sari}]", 5, "authors"),
    ("authors: [Sari Dewi]", "authors: [{name: Sari, url: [x]}]", 5, "authors"),
    ("dateline: Pati", "dateline: Pati\ndateline: Kudus", 8, "dateline"),
    ("authors: [Sari Dewi]", "authors: [[Sari]]", 5, "authors"),
    ("tags: [pasar, bandeng]", "tags: {a: b}", 4, "tags"),
    ("tags: [pasar, bandeng]", "tags: [[pasar]]", 4, "tags"),
    ("section: Ekonomi", "section: [Ekonomi, Daerah]", 3, "section"),
    ("headline: Harga Ikan Bandeng Naik Jelang Lebaran", "headline: {a: 1}", 2, "headline"),
    ("image_credit: Istimewa", "image_credit: Istimewa\nimage_focal: [2, -3]", 13, "image_focal"),
    ("image_credit: Istimewa", "image_credit: Istimewa\nimage_focal: [0.5]", 13, "image_focal"),
    ("image_credit: Istimewa", "image_credit: Istimewa\nimage_focal: [a, b]", 13, "image_focal"),
    ("image_credit: Istimewa", "image_credit: Istimewa\nimage_focal: .nan", 13, "image_focal"),
    ("image_credit: Istimewa", "image_credit: Istimewa\nlanguage: x", 13, "language"),
    ("image_credit: Istimewa", "image_credit: Istimewa\nlanguage: [id]", 13, "language"),
    ("related:\n  - {title", "related: 5\n#  - {title", 13, "related"),
    ("published: 2024-03-20T10:00:00+07:00}", "published: 2024-02-30}", 14, "related"),
    ("{title: Harga Beras Stabil, ", "{title: [1], ", 14, "related"),
    ("{title: Harga Beras Stabil, url", "{title: Harga Beras Stabil, alamat", 14, "alamat"),
    ("image: foto.jpg", "image: [foto.jpg]", 9, "image"),
]


@pytest.mark.parametrize("replace,by,line,key", WRONG, ids=[w[1] for w in WRONG])
def test_wrong_values_name_file_key_and_line(
    tmp_path: Path, replace: str, by: str, line: int, key: str
) -> None:
    source = _front(tmp_path, replace, by)
    with pytest.raises(ImportError_) as info:
        import_markdown(source)
    for lang in ("id", "en"):
        message = info.value.message(lang)
        assert f"{source}:{line}:" in message, message
        assert key in message and "\n" not in message


def test_deep_nesting_is_a_clear_error(tmp_path: Path) -> None:
    source = _front(tmp_path, "tags: [pasar, bandeng]", "tags: " + "[" * 5000 + "]" * 5000)
    with pytest.raises(ImportError_) as info:
        import_markdown(source)
    assert f"{source}:4" in info.value.message("id")


def test_values_written_as_numbers_or_dates_stay_as_written(tmp_path: Path) -> None:
    """YAML reads ``1945`` as a number and ``yes`` as true; a headline keeps what was typed."""
    source = _front(tmp_path, "headline: Harga Ikan Bandeng Naik Jelang Lebaran", "headline: 1945")
    source.write_text(
        source.read_text().replace("dateline: Pati", "dateline: yes").replace(
            "tags: [pasar, bandeng]", "tags: [2024, pasar]"
        )
    )
    article = import_markdown(source).article
    assert (article.headline, article.dateline, article.tags) == ("1945", "yes", ["2024", "pasar"])
    assert article.published.isoformat() == "2024-03-30T08:15:00+07:00"
    assert article.related[0].published.isoformat() == "2024-03-20T10:00:00+07:00"
