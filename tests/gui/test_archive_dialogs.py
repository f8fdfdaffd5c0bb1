"""The Baca Juga and related-story dialogs search the site's archive as the journalist
types (stemmed words, prefixes, a section filter); Enter or a click fills in link, title
and date; a typed link still works; an empty archive says how to fill it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from editor.archive import ArchiveEntry, open_archive
from editor.archive.fetch import FileFetcher
from editor.archive.sync import Sync
from editor.model.blocks import BacaJuga
from editor.paths import RESOURCES
from editor.site import load_profile
from tests.gui.helpers import press, reactivate

pytestmark = pytest.mark.gui
SAMPLE_ARCHIVE = RESOURCES / "samples" / "arsip" / "index.json"
KEMIJEN = "https://wartapesisir.example/berita/2024/06/03/kebanjiran-rob-warga-kemijen-mengungsi/"


def fill_archive(extra: list[ArchiveEntry] = ()) -> None:
    """The sample site's back catalogue, synced as ``redaksi archive sync`` would."""
    with open_archive(load_profile()) as archive:
        Sync(archive, FileFetcher(), str(SAMPLE_ARCHIVE)).run(str(SAMPLE_ARCHIVE))
        if extra:
            archive.record(list(extra), source="publish")


def known(qtbot, window) -> None:
    window.archive.refresh()
    qtbot.waitUntil(lambda: window.archive.articles is not None, timeout=10_000)


@pytest.fixture
def archived(qtbot, window):
    fill_archive()
    known(qtbot, window)
    return window


def typed(qtbot, dialog, text: str) -> list[str]:
    """Type into the archive search and wait for the results of exactly that text."""
    search = dialog.search
    search.field.setFocus()
    wanted = (search.field.text() + text).strip()
    with qtbot.waitSignal(search.shown, timeout=10_000,
                          check_params_cb=lambda query: query == wanted):
        qtbot.keyClicks(search.field, text)
    return [search.results.item(i).text() for i in range(search.results.count())]


def test_typing_kebanjiran_finds_banjir_and_enter_fills_the_fields(qtbot, archived) -> None:
    window = archived
    window.on_insert_baca_juga()
    dialog = window.active_dialog
    found = typed(qtbot, dialog, "kebanjiran")
    assert found[0] == "Kebanjiran Rob, Puluhan Warga Kemijen Mengungsi ke Balai RW"
    assert "Banjir Rob Genangi Jalan Pantura Kaligawe, Lalu Lintas Tersendat" in found  # stemmed
    assert "Harga Cabai di Pasar Johar Turun Dua Ribu Rupiah" not in found
    press(dialog.search.field, Qt.Key.Key_Return)  # picks the first; the dialog stays open
    assert dialog.isVisible()
    assert dialog.widgets["url"].text() == KEMIJEN
    assert dialog.widgets["title"].text() == found[0]
    assert dialog.ok_button.hasFocus()
    press(dialog.ok_button, Qt.Key.Key_Return)  # Enter again puts it in
    reactivate(window)
    boxes = [b for b in window.session.article.body if isinstance(b, BacaJuga)]
    assert BacaJuga(KEMIJEN, found[0]) in boxes


def test_prefixes_several_words_and_the_section_filter(qtbot, archived) -> None:
    window = archived
    window.on_insert_baca_juga()
    dialog = window.active_dialog
    assert set(typed(qtbot, dialog, "tangg")[:2]) == {  # a prefix, as typed
        "Tanggul Laut Semarang–Demak Ditargetkan Rampung Akhir Tahun",
        "Anggaran Tanggul Laut Pantura Disetujui DPR"}
    dialog.search.field.clear()
    several = typed(qtbot, dialog, "rob semarang uta")  # every word, the last one a prefix
    assert set(several[:2]) == {"Air Pasang Rendam Tiga Kelurahan di Semarang Utara",
                                "Rumah Panggung Jadi Pilihan Warga Pesisir Semarang Utara"}
    dialog.search.field.clear()
    every = typed(qtbot, dialog, "banjir")
    assert {"Teknologi", "Lingkungan"} <= {hit.section for hit in dialog.search.found.hits}
    with qtbot.waitSignal(dialog.search.shown, timeout=10_000):
        dialog.search.section.setCurrentIndex(dialog.search.section.findData("Teknologi"))
    only = [dialog.search.results.item(i).text() for i in range(dialog.search.results.count())]
    assert only and set(only) < set(every)
    assert {hit.section for hit in dialog.search.found.hits} == {"Teknologi"}
    dialog.reject()


def test_newest_first_among_equals(qtbot, window) -> None:
    twins = [ArchiveEntry(f"https://wartapesisir.example/berita/{year}/06/01/festival-layang/",
                          "Festival Layang-layang Pantai Marina Dibuka", section="Daerah",
                          published=datetime.fromisoformat(f"{year}-06-01T09:00:00+07:00"))
             for year in (2022, 2024, 2023)]
    fill_archive(twins)
    known(qtbot, window)
    window.on_insert_baca_juga()
    dialog = window.active_dialog
    typed(qtbot, dialog, "festival layang")
    assert [hit.published.year for hit in dialog.search.found.hits] == [2024, 2023, 2022]
    meta = dialog.search.results.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert meta == "Daerah · 1 Jun 2024"
    dialog.reject()


def test_a_click_in_the_related_dialog_fills_link_title_and_date(qtbot, archived) -> None:
    window = archived
    window.on_add_related()
    dialog = window.active_dialog
    typed(qtbot, dialog, "pompa portabel")
    results = dialog.search.results
    rect = results.visualItemRect(results.item(0))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.widgets["title"].text() == "Pemkot Siapkan Pompa Portabel di Tujuh Titik Rawan Genangan"
    assert dialog.values()["published"] == datetime.fromisoformat("2024-06-12T08:45:00+07:00")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    reactivate(window)
    story = window.session.article.related[-1]
    assert (story.url, story.published.isoformat()) == (
        "https://wartapesisir.example/berita/2024/06/12/pemkot-siapkan-pompa-portabel/",
        "2024-06-12T08:45:00+07:00")


def test_a_typed_link_still_works_and_an_empty_archive_says_how_to_fill_it(qtbot, window) -> None:
    known(qtbot, window)
    assert window.archive.articles == 0
    window.on_insert_baca_juga()
    dialog = window.active_dialog
    results = dialog.search.results
    assert "redaksi archive sync" in results.placeholder  # written where results would be
    assert results.placeholder.startswith("Arsip situs ini masih kosong")
    assert typed(qtbot, dialog, "banjir") == []
    assert results.placeholder.startswith("Arsip situs ini masih kosong")  # still says so
    dialog.widgets["url"].setFocus()
    qtbot.keyClicks(dialog.widgets["url"], "wartapesisir.example/berita/lain/")
    qtbot.keyClicks(dialog.widgets["title"], "Berita Lain")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    reactivate(window)
    assert BacaJuga("https://wartapesisir.example/berita/lain/", "Berita Lain") in \
        window.session.article.body


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_an_imported_baca_juga_line_gets_its_link_from_the_archive(qtbot, archived,
                                                                  tmp_path) -> None:
    from tests.gui.test_import import drop_files

    window = archived
    wire = tmp_path / "kawat.txt"
    wire.write_text("Warga Kemijen Kembali Mengungsi\n\nAir pasang masuk ke rumah warga.\n\n"
                    "Baca Juga: Kebanjiran Rob, Puluhan Warga Kemijen Mengungsi ke Balai RW\n\n"
                    "Pompa warga dinyalakan bergiliran.\n", encoding="utf-8")
    assert drop_files(window.body.viewport(), [wire])
    qtbot.waitUntil(lambda: window.session.article.headline == "Warga Kemijen Kembali Mengungsi",
                    timeout=10_000)
    boxes = [b for b in window.session.article.body if isinstance(b, BacaJuga)]
    assert [(b.url, b.title) for b in boxes] == [
        (KEMIJEN, "Kebanjiran Rob, Puluhan Warga Kemijen Mengungsi ke Balai RW")]
    report = window.imports.report_dialog
    assert f"(tautan dari arsip: {KEMIJEN})" in report.notes.toPlainText()


def test_a_typed_link_the_archive_knows_gets_its_title_and_date(qtbot, archived) -> None:
    window = archived
    window.on_add_related()
    dialog = window.active_dialog
    dialog.widgets["url"].setFocus()
    qtbot.keyClicks(dialog.widgets["url"], "http://www.wartapesisir.example/berita/2024/06/12/"
                                           "pemkot-siapkan-pompa-portabel")
    press(dialog.widgets["url"], Qt.Key.Key_Return)  # done with the link: it is looked up
    qtbot.waitUntil(lambda: bool(dialog.widgets["title"].text()), timeout=5_000)
    assert dialog.widgets["title"].text() == "Pemkot Siapkan Pompa Portabel di Tujuh Titik Rawan Genangan"
    assert dialog.widgets["url"].text() == \
        "https://wartapesisir.example/berita/2024/06/12/pemkot-siapkan-pompa-portabel/"
    assert dialog.values()["published"] == datetime.fromisoformat("2024-06-12T08:45:00+07:00")
    dialog.reject()
