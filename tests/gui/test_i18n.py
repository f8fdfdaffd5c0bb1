"""Indonesian by default, English on request, switched without a restart."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit

from tests.support import ROOT

pytestmark = pytest.mark.gui

TS = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def messages(language: str):
    tree = ET.parse(TS / f"redaksi_{language}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_string_is_translated_with_its_placeholders(language) -> None:
    for context, message in messages(language):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)) or \
                message.get("numerus") == "yes", (context, source, form)


def english_sources() -> set[str]:
    """English texts that Indonesian translates differently (so seeing them is a bug)."""
    english = set()
    for _context, message in messages("id"):
        source = message.findtext("source")
        translation = message.findtext("translation") or ""
        if translation and translation != source and len(source) > 3:
            english.add(source.replace("&", ""))
    return english


def visible_texts(window) -> list[str]:
    texts = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        texts.append(widget.text().replace("&", ""))
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        texts.append(widget.placeholderText())
    for action in window.actions.values():
        texts += [action.text().replace("&", ""), action.toolTip()]
    texts += [menu.title().replace("&", "") for menu in window.menus.values()]
    return texts


def test_indonesian_window_shows_no_english(make_window, sample_draft_path) -> None:
    window = make_window(sample_draft_path, language="id")
    leftovers = sorted(set(visible_texts(window)) & english_sources())
    assert leftovers == []
    assert window.menus["file"].title() == "&Berkas"


def test_switching_language_needs_no_restart(qtbot, make_window, sample_draft_path) -> None:
    window = make_window(sample_draft_path, language="id")
    window.session.edit("x", lambda a: setattr(a, "headline", ""))  # a problem to show
    window.refresh_checks()
    assert "kata" in window.status_info.text()
    assert window.photo.labels["caption"].text() == "KETERANGAN"
    assert window.checks.list.item(0).text() == "Judul belum diisi."
    window.actions["lang_en"].trigger()
    # Qt posts LanguageChange to every widget; it arrives on the next event-loop turn
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")
    assert window.actions["save"].text() == "&Save"
    assert "words" in window.status_info.text()
    assert window.photo.labels["caption"].text() == "CAPTION"
    assert window.checks.list.item(0).text() == "The headline is missing."
    assert window.drawer.buttons["related"].text().startswith("Related stories")
    assert window.settings.get("language") == "en"
    assert sorted(set(visible_texts(window)) & {"Berkas", "Simpan", "Keterangan"}) == []
    window.actions["lang_id"].trigger()
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Berkas")
    assert window.actions["lang_id"].isChecked()
