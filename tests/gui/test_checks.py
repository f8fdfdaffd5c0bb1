"""The checks panel follows the article live, and each problem jumps to its place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.gui.checks.photos import _unreadable
from editor.model.article import Article, RelatedStory
from editor.model.blocks import BacaJuga, ImageBlock, Paragraph
from editor.model.draft import Draft
from editor.model.image import ImageRef
from editor.model.inline import text
from editor.model.validate import Severity

pytestmark = pytest.mark.gui


def problem_window(window, jpeg):
    draft = Draft(article=Article(
        headline="",
        body=[Paragraph(text("Satu.")), BacaJuga(url="ftp://salah.example/", title="Salah"),
              Paragraph(text("Dua."))],
        related=[RelatedStory("Sama", "https://contoh.example/a/"),
                 RelatedStory("Sama", "https://contoh.example/a/")],
    ))
    key = draft.add_media(jpeg)
    draft.article.featured_image = ImageRef(key, alt="")
    window.session.load(draft)
    return window


def click_problem(qtbot, window, startswith: str) -> None:
    items = [window.checks.list.item(i) for i in range(window.checks.list.count())]
    [item] = [i for i in items if i.text().startswith(startswith)]
    rect = window.checks.list.visualItemRect(item)
    qtbot.mouseClick(window.checks.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())


def test_problems_listed_and_marked_where_they_are(window, jpeg) -> None:
    problem_window(window, jpeg)
    texts = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert "Judul belum diisi." in texts
    assert any(t.startswith("Tautan Baca Juga tidak sah") for t in texts)
    assert "Foto belum punya teks alternatif (alt)." in texts
    assert any(t.startswith("Berita terkait ganda") for t in texts)
    assert window.body.decorations.marks == {1: "error"}  # the card's block, in the margin
    assert window.photo.alt_mark.isVisibleTo(window)
    assert window.drawer.buttons["checks"].text() == f"Pemeriksaan ({len(texts)} ⚠)"


def test_clicking_a_problem_goes_there(qtbot, window, jpeg) -> None:
    problem_window(window, jpeg)
    window.drawer.show_section("checks")
    click_problem(qtbot, window, "Judul belum")
    assert QApplication.focusWidget() is window.header.headline
    click_problem(qtbot, window, "Tautan Baca Juga")
    assert QApplication.focusWidget() is window.body
    assert window.body.card_position() is not None
    click_problem(qtbot, window, "Foto belum punya teks alternatif")
    assert QApplication.focusWidget() is window.photo.alt
    window.drawer.show_section("checks")
    click_problem(qtbot, window, "Berita terkait ganda")
    assert window.drawer.current() == "related"
    assert window.related.current_row() == 1


def test_fixing_a_problem_removes_it_live(qtbot, window, jpeg) -> None:
    problem_window(window, jpeg)
    window.header.headline.setFocus()
    qtbot.keyClicks(window.header.headline, "Judul")
    qtbot.waitUntil(lambda: not any(
        window.checks.list.item(i).text() == "Judul belum diisi."
        for i in range(window.checks.list.count())))
    count = window.header.count
    assert count.text() == "5/110"
    assert "60" in count.toolTip()  # shorter than the site's recommended range


def _texts(window) -> list[str]:
    return [window.checks.list.item(i).text() for i in range(window.checks.list.count())]


def test_an_opened_draft_whose_photo_had_gps_says_so(make_window, qtbot) -> None:
    from tests.support import SAMPLE_DRAFT

    window = make_window(str(SAMPLE_DRAFT))
    window.drawer.show_section("checks")
    qtbot.waitUntil(lambda: any("Lokasi GPS dihapus dari foto." in t for t in _texts(window)))
    [problem] = [p for p in window.checks.problems if "GPS" in p.message_en]
    assert problem.field == "featured_image" and problem.severity == Severity.WARNING
    window.drawer.show_section("checks")
    click_problem(qtbot, window, problem.message("id"))
    assert QApplication.focusWidget() is window.photo.alt  # it leads to the photo


def test_a_body_photo_with_gps_is_marked_in_the_text(window, qtbot, tmp_path) -> None:
    from tests.media.samples import phone_jpeg

    draft = Draft(article=Article(headline="Rob Menggenangi Pasar Johar",
                                  body=[Paragraph(text("Air naik sejak pagi."))]))
    key = draft.add_media(phone_jpeg(tmp_path / "ponsel.jpg", size=(1600, 1200)))
    draft.article.body.append(ImageBlock(ImageRef(key, alt="Pedagang menyelamatkan barang",
                                                  caption="Pasar Johar.", credit="Istimewa")))
    window.session.load(draft)
    window.drawer.show_section("checks")
    qtbot.waitUntil(lambda: any("GPS" in p.message_en for p in window.checks.problems))
    [problem] = [p for p in window.checks.problems if "GPS" in p.message_en]
    assert (problem.field, problem.block) == ("body", 1)
    assert window.body.decorations.marks == {window.session.block_number(1): "warning"}
    window.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: "ponsel.jpg: GPS location removed from the photo." in _texts(window))


# -- "ready" means ready (issue 9, items 13 and 16) ---------------------------------------
def test_an_unfinished_article_is_not_called_ready_and_each_problem_leads_there(
        qtbot, window, jpeg) -> None:
    draft = Draft(article=Article(headline="Banjir Rob Semarang",
                                  body=[Paragraph(text("Air naik."))]))
    draft.article.featured_image = ImageRef(draft.add_media(jpeg), alt="Genangan di jalan")
    window.session.load(draft)
    window.drawer.show_section("checks")
    texts = _texts(window)
    for expected in ("Panjang judul 19 karakter; situs ini meminta 60–110 karakter.",
                     "Nama penulis (byline) belum diisi.", "Rubrik belum dipilih.",
                     "Waktu terbit belum diisi.",
                     "Isi berita hanya 2 kata; situs ini meminta paling sedikit 80 kata.",
                     "Foto belum punya keterangan (caption).",
                     "Foto belum punya kredit (sumber foto)."):
        assert expected in texts
    assert not window.checks.empty.isVisible()
    for start, widget in (("Rubrik", lambda: window.header.section),
                          ("Waktu terbit", lambda: window.header.published),
                          ("Foto belum punya kredit", lambda: window.photo.credit),
                          ("Foto belum punya keterangan", lambda: window.photo.caption),
                          ("Nama penulis", lambda: window.meta.authors)):
        window.drawer.show_section("checks")
        click_problem(qtbot, window, start)
        assert QApplication.focusWidget() is widget(), start
    assert window.drawer.current() == "meta"


def test_a_ready_article_is_called_ready(window) -> None:
    from tests.factories import ready_article

    window.session.load(Draft(article=ready_article()))
    window.drawer.show_section("checks")
    assert _texts(window) == []
    assert window.checks.empty.isVisibleTo(window)
    assert window.checks.empty.text() == "Tidak ada masalah. Berita siap diekspor."


def test_word_residue_already_in_a_draft_is_listed_and_leads_to_its_paragraph(
        qtbot, window) -> None:
    from tests.factories import ready_article

    article = ready_article()
    article.body[2] = Paragraph(text("<![if !supportLists]><![endif]>Tarifnya Rp3.500."))
    window.session.load(Draft(article=article))
    window.drawer.show_section("checks")
    message = "Sisa kode Word/HTML di teks: <![if — hapus sebelum terbit."
    assert _texts(window) == [message]
    click_problem(qtbot, window, "Sisa kode Word")
    assert QApplication.focusWidget() is window.body
    assert window.body.textCursor().block().blockNumber() == window.session.block_number(2)


def test_a_photo_that_cannot_be_checked_says_why_in_each_language() -> None:
    """The OS's English reason ("Permission denied") stays out of the Indonesian line."""
    ((severity, said_id, said_en),) = _unreadable("media/hp.jpg", PermissionError(13, "Permission denied"))
    assert severity == Severity.ERROR
    assert said_id == "hp.jpg: foto tidak bisa diperiksa (tidak ada izin)."
    assert said_en == "hp.jpg: the photo could not be checked (permission denied)."
