"""Spell check as you type: unknown words underlined in the body, the head fields and the
dialogs' captions and titles; suggestions and "Tambahkan ke kamus" in the context menu."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu

from editor.gui.spelling.lines import LineSpelling
from editor.gui.spelling.menu import offer_in_line, offer_in_text
from editor.model.blocks import Paragraph
from editor.model.inline import text
from editor.spelling import dictionary as dictionaries
from editor.spelling.wordlists import personal_list_path, read_words, site_list_path
from tests.gui.helpers import ctrl, wait_tasks
from tests.support import missing

pytestmark = pytest.mark.gui
SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture(autouse=True)
def dictionary_installed() -> None:
    if dictionaries.find_dictionary() is None:
        missing("the Indonesian Hunspell dictionary is not installed (apt-get install hunspell-id)")


def ready(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.spelling.checker is not None, timeout=10_000)
    wait_tasks(qtbot)


def underlined(document) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        for item in block.layout().formats():
            if item.format.underlineStyle() == SPELL:
                found.append(block.text()[item.start:item.start + item.length])
        block = block.next()
    return found


LINE = ("Warga Semarang menyerang balik: rumah kebanjiran, jalan diperbarui, banjir rob dan "
        "bnajir lagi di https://contoh.example/bnajr atau redaksi@contoh.example, 12 persen.")


def test_unknown_words_are_underlined_and_nothing_else(qtbot, window) -> None:
    ready(qtbot, window)
    window.body.setFocus()
    qtbot.keyClicks(window.body, LINE)
    window.header.headline.setFocus()
    qtbot.keyClicks(window.header.headline, "Gubenur Menyreang Pesisir")
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: underlined(window.body.document()) == ["bnajir"])
    qtbot.waitUntil(lambda: underlined(window.header.headline.document()) ==
                    ["Gubenur", "Menyreang"])
    assert window.session.article.body == [Paragraph(text(LINE))]  # marks are not text


def test_underlines_change_nothing_of_the_article(qtbot, make_window, sample_draft_path):
    window = make_window(sample_draft_path)
    generation, clean = window.session.generation, not window.session.is_dirty()
    ready(qtbot, window)
    qtbot.waitUntil(lambda: "Suparmi" in underlined(window.body.document()))
    assert (window.session.generation, not window.session.is_dirty()) == (generation, clean)
    assert window.session.stack.count() == 0


def test_suggestion_replaces_the_word_in_one_step(qtbot, window) -> None:
    ready(qtbot, window)
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Air bnajir naik.")
    wait_tasks(qtbot)
    cursor = window.body.textCursor()
    cursor.setPosition(6)
    menu = QMenu()
    assert offer_in_text(menu, window.body, cursor)
    texts = [action.text() for action in menu.actions()]
    assert "banjir" in texts[:6]
    assert {"Tambahkan ke kamus", "Tambahkan ke kamus situs"} <= set(texts)
    next(a for a in menu.actions() if a.text() == "banjir").trigger()
    assert window.session.article.body == [Paragraph(text("Air banjir naik."))]
    ctrl(window.body, Qt.Key.Key_Z)
    assert window.session.article.body == [Paragraph(text("Air bnajir naik."))]


def test_add_to_dictionary_and_to_the_site_list(qtbot, make_window, tmp_path) -> None:
    profile = tmp_path / "situs.toml"
    profile.write_text('name = "Situs Uji"\ntags = ["pesisir"]\n', encoding="utf-8")
    window = make_window()
    window.settings.set("site_profiles", [str(profile)])
    window.settings.set("active_site", str(profile))
    ready(qtbot, window)
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Suparmi dan Kemijen")
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: underlined(window.body.document()) == ["Suparmi", "Kemijen"])
    for offset, name in ((2, "spellAdd"), (14, "spellAddSite")):
        cursor = window.body.textCursor()
        cursor.setPosition(offset)
        menu = QMenu()
        assert offer_in_text(menu, window.body, cursor)
        next(a for a in menu.actions() if a.objectName() == name).trigger()
    assert read_words(personal_list_path()) == ["Suparmi"]
    assert read_words(site_list_path(window.session.site)) == ["Kemijen"]
    assert site_list_path(window.session.site) == tmp_path / "situs.words.txt"
    assert underlined(window.body.document()) == []


def test_dialog_fields_are_checked(qtbot, window) -> None:
    ready(qtbot, window)
    window.on_add_related()
    dialog = window.active_dialog
    title = dialog.widgets["title"]
    title.setFocus()
    qtbot.keyClicks(title, "Gubenur meninjau tanggul")
    wait_tasks(qtbot)
    spelling = title.findChild(LineSpelling)
    qtbot.waitUntil(lambda: spelling.misses() == [(0, 7)])
    menu = QMenu()
    assert offer_in_line(menu, title, 3)
    next(a for a in menu.actions() if a.text() == "Gubernur").trigger()
    assert title.text() == "Gubernur meninjau tanggul"
    dialog.reject()


def test_switched_off_and_english_articles_are_not_checked(qtbot, window) -> None:
    ready(qtbot, window)
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Air bnajir.")
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: underlined(window.body.document()) == ["bnajir"])
    window.settings.set("spell_check", False)
    assert underlined(window.body.document()) == []
    window.settings.set("spell_check", True)
    assert underlined(window.body.document()) == ["bnajir"]
    window.session.load(replace(window.session.draft))  # the same text, as an English article
    window.session.article.language = "en"
    window.session.load(window.session.draft)
    assert underlined(window.body.document()) == []


def test_a_missing_dictionary_is_said_in_the_status_bar(qtbot, make_window, monkeypatch,
                                                        tmp_path) -> None:
    monkeypatch.setattr(dictionaries, "SYSTEM_FOLDERS", ())
    monkeypatch.delenv("DICPATH", raising=False)
    monkeypatch.setenv("REDAKSI_DATA_DIR", str(tmp_path))
    window = make_window()
    qtbot.waitUntil(lambda: window.spelling.problem is not None, timeout=10_000)
    message = window.statusBar().currentMessage()
    assert "hunspell-id" in message and str(tmp_path / "dictionaries") in message
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Air bnajir.")
    assert underlined(window.body.document()) == []


def test_hunspell_is_asked_off_the_ui_thread(qtbot, window, monkeypatch) -> None:
    import threading

    from editor.spelling.dictionary import Dictionary

    threads: list[threading.Thread] = []
    real = Dictionary.spell
    monkeypatch.setattr(Dictionary, "spell",
                        lambda self, word: (threads.append(threading.current_thread()),
                                            real(self, word))[1])
    ready(qtbot, window)
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Warga kebanjiran lagi, bnajir naik.")
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: underlined(window.body.document()) == ["bnajir"])
    assert threads and threading.main_thread() not in threads


def test_switched_off_the_dictionary_is_not_even_loaded(qtbot, make_window) -> None:
    from editor.gui.window.main_window import SPELLING_DELAY_MS

    window = make_window()
    window.settings.set("spell_check", False)
    window.apply_site()
    qtbot.wait(SPELLING_DELAY_MS + 300)
    wait_tasks(qtbot)
    assert window.spelling._loaded_for is None  # the new site's checker was never built
    window.settings.set("spell_check", True)
    ready(qtbot, window)
    assert window.spelling.checker is not None


def test_a_dictionary_that_cannot_be_loaded_is_said_and_checking_stops_cleanly(
        qtbot, make_window, monkeypatch) -> None:
    """Hunspell's binding cannot be imported (no wheel for this system): the journalist
    reads why in the status bar, and nothing is left waiting on a load that failed."""
    import sys

    monkeypatch.setitem(sys.modules, "hunspell", None)  # `import hunspell` fails
    window = make_window()
    qtbot.waitUntil(lambda: window.spelling.problem is not None, timeout=10_000)
    assert "hunspell-id" in window.statusBar().currentMessage()
    assert not window.spelling._busy and window.spelling.checker is None
    window.body.setFocus()
    qtbot.keyClicks(window.body, "Air bnajir.")
    assert underlined(window.body.document()) == []


def test_a_failing_check_does_not_stall_the_words_after_it(qtbot, window, monkeypatch) -> None:
    """Hunspell fails on one batch; the words asked for while it ran are still checked."""
    import threading

    from editor.spelling.dictionary import Dictionary

    ready(qtbot, window)
    service = window.spelling
    asked, release = threading.Event(), threading.Event()
    real = Dictionary.spell

    def spell(self, word: str) -> bool:
        if word == "Rusakkata":
            asked.set()
            release.wait(10)
            raise RuntimeError("hunspell failed")
        return real(self, word)

    monkeypatch.setattr(Dictionary, "spell", spell)
    service.request(["Rusakkata"])
    assert asked.wait(10)  # the worker is judging it
    service.request(["bnajir", "kebanjiran"])  # queued behind it
    release.set()
    qtbot.waitUntil(lambda: {"bnajir", "kebanjiran"} <= service.verdicts.keys(), timeout=10_000)
    assert service.verdicts["bnajir"] is False and service.verdicts["kebanjiran"] is True
    assert service.verdicts["Rusakkata"] is True  # not judged: never underlined
