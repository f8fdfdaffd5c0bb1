"""A photo added in the editor is kept without GPS or serials, and the card says so once
(issue 9, item 15); its IPTC/XMP caption and credit fill the empty fields."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import Qt

from editor.model.article import Article
from editor.model.blocks import ImageBlock, Paragraph
from editor.model.draft import Draft
from editor.model.image import ImageRef
from editor.model.inline import text
from editor.model.serialize import article_to_dict
from editor.storage.draft import MIMETYPE
from tests.gui.helpers import ctrl, dialog_ok, wait_tasks
from tests.media import samples
from tests.storage.test_draft_privacy import leaks

pytestmark = pytest.mark.gui
NOTICE_ID = ("Lokasi (GPS), nomor seri kamera dan catatan pabrik kamera dihapus dari salinan "
             "foto di draf.")
NOTICE_EN = ("Location (GPS), camera serial number and maker notes removed from the draft's "
             "copy of the photo.")
CREDIT = f"{samples.CREDIT}/{samples.BYLINE}"


def checks_texts(window) -> list[str]:
    return [window.checks.list.item(i).text() for i in range(window.checks.list.count())]


def choose_featured(qtbot, window, answers, photo) -> None:
    answers.answers["photo"] = photo
    window.body.setFocus()
    ctrl(window.body, Qt.Key.Key_F, shift=True)
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: window.session.article.featured_image is not None)


@pytest.mark.parametrize("writer", [samples.agency_jpeg, samples.agency_heic, samples.agency_png],
                         ids=["jpeg", "heic", "png"])
def test_a_featured_photo_is_kept_clean_and_fills_caption_and_credit(
        qtbot, window, answers, tmp_path, writer) -> None:
    photo = writer(tmp_path / f"IMG_0042.{writer.__name__.split('_')[1].replace('jpeg', 'jpg')}")
    choose_featured(qtbot, window, answers, photo)
    image = window.session.article.featured_image
    assert (image.caption, image.credit) == (samples.CAPTION, CREDIT)
    assert window.photo.caption.text() == samples.CAPTION and window.photo.credit.text() == CREDIT
    stored = window.session.draft.media_path(image.file)
    assert stored != photo and leaks(stored.read_bytes()) == []
    lines = window.photo.notices.text().splitlines()  # also "only 300 pixels wide"
    assert lines[0] == NOTICE_ID and sum("GPS" in line for line in lines) == 1  # said once
    window.drawer.show_section("checks")
    qtbot.waitUntil(lambda: not window.photo_checks.busy())
    assert not [t for t in checks_texts(window) if "GPS" in t]
    window.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: window.photo.notices.text().splitlines()[0] == NOTICE_EN)
    window.actions["undo"].trigger()  # photo and the words it brought: one step
    assert window.session.article.featured_image is None
    assert not window.photo.notices.isVisible()


def test_words_already_typed_are_not_replaced(qtbot, window, answers, tmp_path) -> None:
    window.photo.caption.setFocus()
    qtbot.keyClicks(window.photo.caption, "Keterangan dari redaksi.")
    choose_featured(qtbot, window, answers, samples.agency_jpeg(tmp_path / "IMG_0042.jpg"))
    image = window.session.article.featured_image
    assert (image.caption, image.credit) == ("Keterangan dari redaksi.", CREDIT)


def test_a_photo_in_the_text_is_kept_clean_and_its_dialog_is_filled(qtbot, window,
                                                                    tmp_path) -> None:
    photo = samples.agency_jpeg(tmp_path / "IMG_0042.jpg")
    window.insert_images([photo])
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: getattr(window, "active_dialog", None) is not None)
    dialog = window.active_dialog
    assert dialog.widgets["caption"].text() == samples.CAPTION
    assert dialog.widgets["credit"].text() == CREDIT
    assert NOTICE_ID in dialog.notice.text()
    dialog_ok(qtbot, dialog, alt="Pengendara motor menembus genangan")
    [block] = [b for b in window.session.article.body if isinstance(b, ImageBlock)]
    assert leaks(window.session.draft.media_path(block.image.file).read_bytes()) == []


def test_an_old_draft_is_cleaned_when_saved_from_the_window(qtbot, make_window, tmp_path) -> None:
    photo = samples.agency_jpeg(tmp_path / "IMG_0042.jpg")
    draft = Draft(article=Article(headline="Rob Menggenangi Pasar Johar",
                                  body=[Paragraph(text("Air naik sejak pagi."))]))
    key = "media/img-0042.jpg"
    draft.article.featured_image = ImageRef(key, "Pedagang", "Pasar Johar.", "Istimewa")
    old = tmp_path / "lama.redaksi"
    with zipfile.ZipFile(old, "w") as archive:  # written as Redaksi did before: the original
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("article.json", json.dumps(article_to_dict(draft.article)))
        archive.writestr(key, photo.read_bytes())
    window = make_window(old)
    window.drawer.show_section("checks")
    qtbot.waitUntil(lambda: any("GPS" in t for t in checks_texts(window)))
    window.body.setFocus()
    ctrl(window.body, Qt.Key.Key_S)
    with zipfile.ZipFile(old) as archive:
        assert leaks(archive.read(key)) == []
    window.session.changed.emit()
    qtbot.waitUntil(lambda: not window.photo_checks.busy() and
                    not any("GPS" in t for t in checks_texts(window)))
