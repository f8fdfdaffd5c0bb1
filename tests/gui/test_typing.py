"""House typography and Markdown-style shortcuts as the journalist types and pastes."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import QMimeData, Qt

from editor.model.blocks import Heading, ListBlock, Paragraph, Quote
from editor.model.inline import Span, text
from tests.gui.helpers import ctrl

pytestmark = pytest.mark.gui


def body_text(window) -> list[str]:
    return [block.plain() for block in window.session.article.body]


def test_typing_in_the_body_sets_house_typography(qtbot, window, answers, tmp_path) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "SEMARANG - Ia berkata, \"Air naik lagi...\"  Salat Jum'at "
                                 "ditunda.")
    expected = "SEMARANG – Ia berkata, “Air naik lagi…” Salat Jum’at ditunda."
    assert body_text(window) == [expected]
    answers.answers["save_as"] = tmp_path / "a.redaksi"
    window.actions["save"].trigger()
    with zipfile.ZipFile(tmp_path / "a.redaksi") as saved:
        data = json.loads(saved.read("article.json"))
    assert data["body"][0]["spans"][0]["text"] == expected


def test_ctrl_z_gives_the_typed_character_back(qtbot, window) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, 'Ia berkata "')
    assert window.body.toPlainText() == "Ia berkata “"
    ctrl(window.body, Qt.Key.Key_Z)
    assert window.body.toPlainText() == 'Ia berkata "'
    qtbot.keyClicks(window.body, "ya...")
    ctrl(window.body, Qt.Key.Key_Z)
    assert window.body.toPlainText() == 'Ia berkata "ya...'


def test_urls_and_later_paragraphs_keep_what_was_typed(qtbot, window) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Air naik.")
    qtbot.keyClick(window.body, Qt.Key.Key_Return)
    qtbot.keyClicks(window.body, "Lihat https://contoh.example/?q='rob'... Pak Budi - warga.")
    assert body_text(window)[1] == "Lihat https://contoh.example/?q='rob'... Pak Budi - warga."


def test_each_rule_follows_preferences(qtbot, window) -> None:
    for key in ("typography_quotes", "typography_ellipsis", "typography_spaces",
                "typography_dateline_dash"):
        window.settings.set(key, False)
    window.body.setFocus()
    raw = 'JAKARTA - "Tunggu..."  kata Jum\'at.'
    qtbot.keyClicks(window.body, raw)
    assert body_text(window) == [raw]
    window.settings.set("typography_quotes", True)
    qtbot.keyClicks(window.body, ' "Ya"')
    assert body_text(window) == [raw + " “Ya”"]


def test_head_fields_get_curly_quotes(qtbot, window) -> None:
    window.header.headline.setFocus()
    qtbot.keyClicks(window.header.headline, 'Warga: "Rob  Datang Lagi..."')
    assert window.session.article.headline == "Warga: “Rob Datang Lagi…”"
    mime = QMimeData()
    mime.setText('Warga di "kampung laut"')
    window.photo.caption.setFocus()
    window.photo.caption.insertFromMimeData(mime)
    assert window.session.article.featured_image.caption == "Warga di “kampung laut”"


def test_pasted_html_and_text_are_set_too(window) -> None:
    window.body.setFocus()
    mime = QMimeData()
    mime.setHtml('<p>SEMARANG - Kata warga, "cukup..." Baca <a href="https://contoh.example/'
                 '?a=\'b\'">https://contoh.example/?a=\'b\'</a></p>')
    window.body.insertFromMimeData(mime)
    spans = window.session.article.body[0].spans
    assert spans[0] == Span("SEMARANG – Kata warga, “cukup…” Baca ")
    assert spans[1].text == "https://contoh.example/?a='b'"


@pytest.mark.parametrize(("marker", "expected"), [
    ("## ", Heading(2, text("Banjir"))),
    ("### ", Heading(3, text("Banjir"))),
    ("- ", ListBlock(False, [text("Banjir")])),
    ("* ", ListBlock(False, [text("Banjir")])),
    ("1. ", ListBlock(True, [text("Banjir")])),
    ("> ", Quote(text("Banjir"))),
])
def test_markdown_shortcuts(qtbot, window, marker, expected) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, marker)
    qtbot.keyClicks(window.body, "Banjir")
    assert window.session.article.body == [expected]
    ctrl(window.body, Qt.Key.Key_Z)  # the word
    ctrl(window.body, Qt.Key.Key_Z)  # the shortcut, at once: the typed marker is back
    assert window.session.article.body == [Paragraph(text(marker))]
    assert window.body.toPlainText() == marker


def test_markdown_shortcuts_only_at_a_paragraphs_start_and_when_on(qtbot, window) -> None:
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Pukul 10 - 12 > air ## naik")
    assert window.session.article.body == [Paragraph(text("Pukul 10 - 12 > air ## naik"))]
    window.settings.set("markdown_shortcuts", False)
    qtbot.keyClick(window.body, Qt.Key.Key_Return)
    qtbot.keyClicks(window.body, "## Judul")
    assert window.session.article.body[1] == Paragraph(text("## Judul"))


def test_preferences_dialog_switches_a_rule_off(qtbot, window) -> None:
    window.on_preferences()
    dialog = window.preferences_dialog
    boxes = dialog.writing.boxes
    assert all(box.isChecked() for box in boxes.values())
    boxes["typography_quotes"].setChecked(False)
    dialog.accept()
    assert window.settings.get("typography_quotes") is False
    window.activateWindow()
    window.body.setFocus()
    qtbot.keyClicks(window.body, 'Ia berkata "cukup..."')
    assert window.session.article.body == [Paragraph(text('Ia berkata "cukup…"'))]


def sheet_rows(sheet) -> list[tuple[str, str]]:
    tree = sheet.tree
    return [(tree.topLevelItem(i).text(0).strip(), tree.topLevelItem(i).text(1))
            for i in range(tree.topLevelItemCount())]


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_shortcut_sheet_lists_every_command_with_keys(qtbot, make_window, language) -> None:
    window = make_window(language=language)
    assert window.actions["shortcuts"] in window.menus["help"].actions()
    ctrl(window.body, Qt.Key.Key_Slash)
    sheet = window.shortcut_sheet
    assert sheet.isVisible()
    rows = sheet_rows(sheet)
    keyed = {action.text().replace("&", "").rstrip("…") for action in window.actions.values()
             if action.shortcuts()}
    assert keyed <= {command for command, _keys in rows}
    find = {"id": "Cari", "en": "Find"}[language]
    assert (find, "Ctrl+F") in rows
    space = {"id": "Spasi", "en": "Space"}[language]
    assert ("Subjudul (H2)" if language == "id" else "Subheading (H2)", f"## + {space}") in rows
    heading = {"id": "Mengetik di isi berita", "en": "Typing in the text"}[language]
    assert (heading, "") in rows
    sheet.reject()


def test_the_preview_shows_the_typed_shortcuts_and_typography(qtbot, make_window) -> None:
    window = make_window(preview=True)
    window.body.setFocus()
    qtbot.keyClicks(window.body, "## Air naik")
    qtbot.keyClick(window.body, Qt.Key.Key_Return)
    qtbot.keyClicks(window.body, 'Warga berkata, "cukup..."')
    qtbot.keyClick(window.body, Qt.Key.Key_Return)
    qtbot.keyClicks(window.body, "- pompa")
    assert [type(block).__name__ for block in window.session.article.body] == \
        ["Heading", "Paragraph", "ListBlock"]
    shown: list[object] = []
    script = ("[document.querySelector('article h2').textContent, "
              "document.querySelector('article h2 + p').textContent.split(' – ').pop(), "  # after the page's dateline
              "[...document.querySelectorAll('article li')].some(li => li.textContent == 'pompa')]"
              ".join('|')")

    def read() -> bool:
        window.preview.evaluate(script, shown.append)
        qtbot.wait(50)
        return bool(shown) and shown[-1] == "Air naik|Warga berkata, “cukup…”|true"

    qtbot.waitUntil(read, timeout=30_000)
