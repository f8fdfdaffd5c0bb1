"""A journalist's afternoon, end to end, in the real window (keyboard and mouse).

Headline and three paragraphs with bold and a link; a Baca Juga between paragraphs
2 and 3; a featured photo with alt, caption and credit; two related stories, then
swapped; undo and redo; save, close, reopen; export — and the exported page holds
all of it in the right order.
"""

from __future__ import annotations

import lxml.html
import pytest
from PySide6.QtCore import Qt

from editor.gui.dialogs.export import ExportDialog
from editor.model.blocks import Paragraph
from editor.model.inline import Span
from tests.gui.helpers import click_end_of_block, ctrl, dialog_ok, press, wait_tasks

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

HEADLINE = "Banjir Rob Kembali Rendam Tanjung Mas, Warga Menunggu Tanggul Laut Rampung Akhir Tahun"
BMKG = "https://www.bmkg.go.id/"
BACA = "https://wartapesisir.example/berita/2024/06/10/tanggul-laut-semarang-demak/"
RELATED = [
    ("Tanggul Laut Semarang-Demak Ditargetkan Rampung", "https://wartapesisir.example/a/"),
    ("Nelayan Tambak Lorok Pindah ke Dermaga Darurat", "https://wartapesisir.example/b/"),
]


def type_body(qtbot, window) -> None:
    body = window.body
    body.setFocus()
    qtbot.keyClicks(body, "Air laut pasang merendam permukiman ")
    ctrl(body, Qt.Key.Key_B)
    qtbot.keyClicks(body, "sejak Selasa sore")
    ctrl(body, Qt.Key.Key_B)
    qtbot.keyClicks(body, ".")
    press(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Informasi pasang harian ada di ")
    ctrl(body, Qt.Key.Key_K)
    dialog_ok(qtbot, window.active_dialog, href=BMKG, text="kanal resmi BMKG")
    qtbot.keyClicks(body, ".")
    press(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Warga meninggikan lantai rumah mereka.")


def add_related(qtbot, window, title: str, url: str) -> None:
    before = getattr(window, "active_dialog", None)
    ctrl(window.body, Qt.Key.Key_R, shift=True)
    assert window.active_dialog is not before, "Ctrl+Shift+R opened no dialog"
    dialog_ok(qtbot, window.active_dialog, title=title, url=url)


def test_write_place_save_reopen_export(qtbot, make_window, answers, jpeg, tmp_path) -> None:
    window = make_window(preview=True)  # the real window, live preview included
    # headline
    window.header.headline.setFocus()
    qtbot.keyClicks(window.header.headline, HEADLINE)
    press(window.header.headline, Qt.Key.Key_Return)  # moves on to the deck
    # three paragraphs with bold and a link
    type_body(qtbot, window)
    assert window.session.article.body == [
        Paragraph((Span("Air laut pasang merendam permukiman "),
                   Span("sejak Selasa sore", bold=True), Span("."))),
        Paragraph((Span("Informasi pasang harian ada di "),
                   Span("kanal resmi BMKG", href=BMKG), Span("."))),
        Paragraph((Span("Warga meninggikan lantai rumah mereka."),)),
    ]
    # a Baca Juga between paragraphs 2 and 3, placed with the mouse
    click_end_of_block(qtbot, window.body, 1)
    ctrl(window.body, Qt.Key.Key_B, shift=True)
    dialog_ok(qtbot, window.active_dialog, url=BACA, title="Tanggul Laut Ditargetkan Rampung")
    body = window.session.article.body
    assert [type(b).__name__ for b in body] == ["Paragraph", "Paragraph", "BacaJuga", "Paragraph"]
    # the featured photo, with its words
    answers.answers["photo"] = jpeg
    ctrl(window.body, Qt.Key.Key_F, shift=True)
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: window.session.article.featured_image is not None)
    for field, text in ((window.photo.alt, "Genangan air di depan deretan rumah"),
                        (window.photo.caption, "Warga melintasi genangan di Tanjung Mas."),
                        (window.photo.credit, "Warta Pesisir/Rina")):
        field.setFocus()
        qtbot.keyClicks(field, text)
    image = window.session.article.featured_image
    assert (image.alt, image.credit) == ("Genangan air di depan deretan rumah", "Warta Pesisir/Rina")
    # two related stories, then swapped by keyboard
    for title, url in RELATED:
        add_related(qtbot, window, title, url)
    window.related.select(1)
    window.related.list.setFocus()
    press(window.related.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    swapped = [RELATED[1][0], RELATED[0][0]]
    assert [s.title for s in window.session.article.related] == swapped
    # undo and redo, wherever the focus is
    window.body.setFocus()
    ctrl(window.body, Qt.Key.Key_Z)
    assert [s.title for s in window.session.article.related] == [RELATED[0][0], RELATED[1][0]]
    ctrl(window.body, Qt.Key.Key_Z)
    assert len(window.session.article.related) == 1
    ctrl(window.body, Qt.Key.Key_Y)
    ctrl(window.body, Qt.Key.Key_Y)
    assert [s.title for s in window.session.article.related] == swapped
    # save, close, reopen
    target = tmp_path / "banjir.redaksi"
    answers.answers["save_as"] = target
    assert window.isWindowModified()
    ctrl(window.body, Qt.Key.Key_S)
    assert target.exists() and not window.isWindowModified()
    saved = window.session.article
    window.close()
    again = make_window(target)
    assert again.session.article == saved
    assert again.header.headline.text() == HEADLINE
    export_and_check(qtbot, again, answers, tmp_path / "out")


def export_and_check(qtbot, window, answers, outdir) -> None:
    ctrl(window.body, Qt.Key.Key_E, shift=True)
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.folder.setText(str(outdir))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    page = dialog.result.path / "index.html"
    assert answers.opened == [page]  # "open the result when done", through the seam
    check_page(lxml.html.parse(str(page)).getroot())
    dialog.close()


def check_page(root) -> None:
    """Everything typed, in order, in the exported page (cssselect is not installed: XPath)."""
    assert root.findtext(".//h1").strip() == HEADLINE
    [figure] = root.xpath("//figure[contains(@class, 'featured')]")
    assert figure.xpath(".//img/@alt") == ["Genangan air di depan deretan rumah"]
    caption = figure.xpath("string(.//figcaption)")
    assert "Warga melintasi genangan di Tanjung Mas." in caption and "Warta Pesisir/Rina" in caption
    parts = root.xpath("//div[@class='article-body']/*[self::p or self::aside][not(@class='signoff')]")
    texts = [p.text_content().strip() for p in parts]
    assert texts[0].endswith("Air laut pasang merendam permukiman sejak Selasa sore.")
    assert parts[0].xpath(".//strong/text()") == ["sejak Selasa sore"]
    assert parts[1].xpath(".//a/@href") == [BMKG]
    assert parts[2].get("class") == "baca-juga"
    assert parts[2].xpath(".//a/@href") == [BACA]
    assert texts[3] == "Warga meninggikan lantai rumah mereka."
    related = [a.text_content() for a in root.xpath("//aside[@class='related']//li/a")]
    assert related == [RELATED[1][0], RELATED[0][0]]
