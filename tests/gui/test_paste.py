"""Paste and drop into the body: through the core's cleaner, into clean blocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from editor.model.blocks import Heading, ImageBlock, ListBlock, Paragraph
from editor.model.inline import Span
from tests.gui.helpers import ctrl, dialog_ok, wait_tasks

pytestmark = pytest.mark.gui

WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<!--StartFragment--><h2 class=MsoTitle style='mso-line-height:12pt'>Subjudul</h2>
<p class=MsoNormal style='margin:0'><span style='font-family:Calibri'>Air <b>pasang</b>
<i>tinggi</i> di <a href="https://contoh.example/x">pesisir</a>.<o:p></o:p></span></p>
<p class=MsoNormal>&nbsp;</p>
<ul><li style='mso-list:l0 level1'>satu</li><li>dua</li></ul><!--EndFragment--></body></html>"""

HOSTILE = """<p onclick="alert(1)">Aman <a href="javascript:alert(2)">klik</a>
<img src=x onerror="alert(3)"><script>alert(4)</script></p>"""


def paste_html(window, html: str) -> None:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("teks cadangan")
    window.body.setFocus()
    window.body.insertFromMimeData(mime)


def test_word_html_becomes_clean_blocks(window) -> None:
    paste_html(window, WORD)
    body = window.session.article.body
    assert body[0] == Heading(2, (Span("Subjudul"),))
    paragraph = body[1]
    assert isinstance(paragraph, Paragraph)
    assert Span("pasang", bold=True) in paragraph.spans
    assert Span("tinggi", italic=True) in paragraph.spans
    assert Span("pesisir", href="https://contoh.example/x") in paragraph.spans
    assert isinstance(body[2], ListBlock) and len(body[2].items) == 2
    assert all(block.plain().strip() for block in body)  # no empty paragraphs


def test_hostile_paste_leaves_nothing_executable(window) -> None:
    paste_html(window, HOSTILE)
    spans = [span for block in window.session.article.body for span in block.spans]
    assert "alert" not in "".join(span.text for span in spans)
    assert all(not (span.href or "").lower().startswith("javascript") for span in spans)


def test_a_word_fixture_through_the_clipboard_path(window, testdata) -> None:
    fixture = testdata / "paste-fixtures/ckeditor4/pastefromword/Italic/word2013/chrome.html"
    paste_html(window, fixture.read_text(encoding="utf-8", errors="replace"))
    spans = [span for block in window.session.article.body for span in getattr(block, "spans", ())]
    assert any(span.italic for span in spans)


def test_ctrl_shift_v_pastes_plain_text(qtbot, window) -> None:
    QGuiApplication.clipboard().setText("Baris satu\n\nBaris dua")
    window.body.setFocus()
    ctrl(window.body, Qt.Key.Key_V, shift=True)
    assert [b.plain() for b in window.session.article.body] == ["Baris satu", "Baris dua"]
    assert all(not s.bold for b in window.session.article.body for s in b.spans)


def test_headline_paste_is_one_line(window) -> None:
    mime = QMimeData()
    mime.setText("Banjir\nrob\n\nSemarang")
    window.header.headline.insertFromMimeData(mime)
    assert window.session.article.headline == "Banjir rob Semarang"


def test_dropping_a_photo_into_the_text_asks_for_alt_then_inserts(qtbot, window, jpeg) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Sebelum foto.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(jpeg))])
    assert window.body.canInsertFromMimeData(mime)
    window.body.insertFromMimeData(mime)
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: getattr(window, "active_dialog", None) is not None)
    dialog = window.active_dialog
    qtbot.waitUntil(lambda: dialog.view.image is not None)  # thumbnail decoded off-thread
    rect = dialog.view.image_rect()
    qtbot.mouseClick(dialog.view, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.left() + rect.width() / 4), int(rect.center().y())))
    dialog_ok(qtbot, dialog, alt="Genangan di jalan kampung")
    image = window.session.article.body[1]
    assert isinstance(image, ImageBlock)
    assert image.image.alt == "Genangan di jalan kampung"
    assert abs(image.image.focal_x - 0.25) < 0.02 and abs(image.image.focal_y - 0.5) < 0.02
    assert window.session.draft.media_path(image.image.file) == jpeg


# -- CKEditor fixtures through the window's own paste (issue 9, item 13) ------------------
FIXTURE_PASTES = [
    "ckeditor4/pastefromword/InlineStyles/word2013/safari.html",  # the one the issue names
    "ckeditor4/pastefromword/Unordered_list/word2013/chrome.html",
    "ckeditor4/pastefromword/Ordered_list/word2013/firefox.html",
    "ckeditor5/_data/list/simple/input.word2016.html",
    "ckeditor4/pastefromgdocs/NestedOrderedLists/gdocs/chrome.html",
]


@pytest.mark.parametrize("parser", ["installed", "libxml2-2.9"])
@pytest.mark.parametrize("fixture", FIXTURE_PASTES)
def test_a_fixture_pasted_with_ctrl_v_reads_as_the_expected_output(
        qtbot, window, answers, testdata, monkeypatch, tmp_path, fixture, parser) -> None:
    from tests.importers.test_paste_fixtures import (
        case_for,
        differences,
        html_facts,
        use_legacy_parser,
    )

    if parser == "libxml2-2.9":
        use_legacy_parser(monkeypatch)
    case = case_for(fixture)
    for rule in ("typography_quotes", "typography_ellipsis", "typography_spaces",
                 "typography_dateline_dash"):  # the fixtures' expected text is as typed
        window.settings.set(rule, False)
    mime = QMimeData()
    mime.setHtml((testdata / "paste-fixtures" / fixture).read_text(encoding="utf-8"))
    QGuiApplication.clipboard().setMimeData(mime)
    window.body.setFocus()
    ctrl(window.body, Qt.Key.Key_V)
    body = window.session.article.body
    assert differences(body, case) == {}
    items = html_facts(case.expected.read_text(encoding="utf-8")).items \
        if case.kind == "html" else None
    lists = [block for block in body if isinstance(block, ListBlock)]
    assert lists, "Word's lists must become list blocks"
    if items is not None:
        assert sum(len(block.items) for block in lists) == items
    answers.answers["save_as"] = tmp_path / "tempel.redaksi"
    window.actions["save"].trigger()
    from editor.storage.draft import open_draft

    assert open_draft(tmp_path / "tempel.redaksi").article.body == body
