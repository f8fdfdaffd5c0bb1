"""The writing desk's fields in the real window: search title and description with the
search and social preview (item 5), the update time and correction note (item 6), and
the editor credit (item 7) — each checked in the model, the saved file and the live
preview's page."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import lxml.html
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from editor.export import export_article
from editor.gui.preview.social import centre_crop
from editor.render.dates import date_line
from editor.site import load_profile
from editor.storage.draft import open_draft
from tests.gui.helpers import ctrl, page_value, preview_shows, wait_tasks
from tests.support import SAMPLE_DRAFT

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

SEO_TITLE = "Rob Rendam Tanjung Mas, Warga Bertahan"
SEO_DESCRIPTION = "Air pasang 60 cm merendam tiga kelurahan di Semarang utara sejak Selasa sore."
LD = "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)"


@pytest.fixture
def draft_path(tmp_path):
    return shutil.copy(SAMPLE_DRAFT, tmp_path / "banjir-rob.redaksi")


def exported_og_image(draft, folder) -> QImage:
    """The Open Graph picture the exporter writes for ``draft`` (named by og:image)."""
    item = export_article(draft, load_profile(), folder / "situs")
    page = lxml.html.fromstring((item.path / "index.html").read_bytes())
    (url,) = page.xpath('//meta[@property="og:image"]/@content')
    return QImage(str(item.path / url.rsplit("/", 1)[1]))


def difference(a: QImage, b: QImage) -> float:
    """Mean difference of two pictures' grey levels at 64×34 (0: the same, 255: opposite)."""
    def grey(image: QImage) -> bytes:
        small = image.scaled(64, 34, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        small = small.convertToFormat(QImage.Format.Format_Grayscale8)
        return bytes(small.constBits())[: 64 * 34] if small.bytesPerLine() == 64 else b"".join(
            bytes(small.constScanLine(y))[:64] for y in range(34))

    pixels = list(zip(grey(a), grey(b), strict=True))
    return sum(abs(x - y) for x, y in pixels) / len(pixels)


def test_search_title_and_description_with_their_previews(qtbot, make_window, draft_path,
                                                          tmp_path):
    window = make_window(draft_path, preview=True)
    window.drawer.show_section("seo")
    qtbot.waitUntil(window.showing_social, timeout=5_000)  # the right side follows the section
    panel, social = window.seo, window.social
    assert panel.title.placeholderText() == window.session.article.headline, "empty: the headline"
    panel.title.setFocus()
    qtbot.keyClicks(panel.title, SEO_TITLE)
    panel.description.setFocus()
    qtbot.keyClicks(panel.description, SEO_DESCRIPTION)
    article = window.session.article
    assert (article.seo_title, article.seo_description) == (SEO_TITLE, SEO_DESCRIPTION)
    full_title = f"{SEO_TITLE} - Warta Pesisir"
    assert panel.title_count.text() == f"{len(full_title)}/60"
    assert panel.description_count.text() == f"{len(SEO_DESCRIPTION)}/160"
    # the search result and the social cards follow the typing
    qtbot.waitUntil(lambda: social.search_title.text() == full_title, timeout=5_000)
    assert social.search_description.text() == SEO_DESCRIPTION
    assert social.search_url.text() == "https://wartapesisir.example › berita › 2024 › 06 › 18"
    assert social.facebook_title.text() == SEO_TITLE
    assert social.facebook_host.text() == "WARTAPESISIR.EXAMPLE"
    # the photo as the exporter crops it for Open Graph: 1200x630 around the focal point
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: social.facebook_image.image is not None, timeout=10_000)
    ref = article.featured_image
    assert (ref.focal_x, ref.focal_y) != (0.5, 0.5), "the sample's focal point is off-centre"
    exported = exported_og_image(window.session.draft, tmp_path)
    shown = social.facebook_image.image
    assert difference(shown, exported) < 8, "the card shows the exporter's Open Graph crop"
    thumb = window.thumbnails.get(window.session.draft.media_path(ref.file))
    assert difference(centre_crop(thumb, (1200, 630)), exported) > 15, "(a centre crop differs)"
    assert shown.width() / shown.height() == pytest.approx(1200 / 630, rel=0.02)
    assert social.x_image.image.width() / social.x_image.image.height() == pytest.approx(2, rel=0.02)
    # the page: <title>, meta description, Open Graph and JSON-LD
    window.drawer.show_section("")
    assert not window.showing_social(), "closing the section shows the page again"
    preview_shows(qtbot, window, "document.title", full_title)
    head = page_value(qtbot, window.preview, "{d: document.querySelector('meta[name=description]')"
                      ".content, og: document.querySelector('meta[property=\"og:title\"]').content,"
                      f" ld: {LD}.headline, h1: document.querySelector('h1').textContent}}")
    assert head == {"d": SEO_DESCRIPTION, "og": SEO_TITLE, "ld": SEO_TITLE,
                    "h1": article.headline}
    # the saved file
    assert window.files.save()
    saved = open_draft(draft_path).article
    assert (saved.seo_title, saved.seo_description) == (SEO_TITLE, SEO_DESCRIPTION)


def test_view_menu_switches_to_the_social_preview_and_back(qtbot, make_window, draft_path):
    window = make_window(draft_path)
    window.actions["device_social"].trigger()
    assert window.showing_social() and window.social.isVisible()
    assert window.social.facebook_title.text() == window.session.article.headline
    window.actions["device_desktop"].trigger()
    assert not window.showing_social() and window.preview.device() == "desktop"


def test_updated_time_and_correction_note(qtbot, make_window, draft_path):
    window = make_window(draft_path, preview=True)
    header, site = window.header, window.session.site
    row = header.update_row
    assert not row.isVisible() and header.updated_button.isVisible()
    before = datetime.now(site.zone)
    qtbot.mouseClick(header.updated_button, Qt.MouseButton.LeftButton)
    article = window.session.article
    assert article.updated is not None and article.updated.tzinfo == site.zone
    assert abs(article.updated - before) < timedelta(minutes=2)
    assert row.isVisible() and not header.updated_button.isVisible()
    assert row.note.hasFocus(), "the correction note is next"
    qtbot.keyClicks(row.note, "Nama kelurahan sebelumnya tertulis Tanjung Emas.")
    row.kind.setCurrentIndex(1)
    row.kind.activated.emit(1)
    assert (article.correction, article.correction_kind) == (
        "Nama kelurahan sebelumnya tertulis Tanjung Emas.", "koreksi")
    # the page: a second date line and the note at the end
    preview_shows(qtbot, window, "document.querySelector('p.date.updated').textContent",
                  f"Diperbarui: {date_line(article.updated, site)}")
    modified = page_value(qtbot, window.preview, f"{LD}.dateModified")
    assert modified == article.updated.isoformat()
    preview_shows(qtbot, window, "document.querySelector('.article-body').lastElementChild"
                  ".textContent", "Koreksi: Nama kelurahan sebelumnya tertulis Tanjung Emas.")
    assert window.files.save()
    saved = open_draft(draft_path).article
    assert (saved.updated, saved.correction, saved.correction_kind) == (
        article.updated, article.correction, "koreksi")
    # × takes both away in one step; Undo brings both back
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert (article.updated, article.correction) == (None, "")
    assert not row.isVisible()
    ctrl(window.body, Qt.Key.Key_Z)
    assert article.updated == saved.updated and article.correction == saved.correction


def test_editor_credit_beside_the_writer(qtbot, make_window, draft_path):
    window = make_window(draft_path, preview=True)
    window.drawer.show_section("meta")
    field = window.meta.editors
    field.setFocus()
    qtbot.keyClicks(field, "Ayu Lestari")
    assert [e.name for e in window.session.article.editors] == ["Ayu Lestari"]
    preview_shows(qtbot, window, "document.querySelector('p.byline').textContent",
                  "Penulis: Rina Kartikasari · Editor: Ayu Lestari")
    assert page_value(qtbot, window.preview, f"{LD}.editor") == [
        {"@type": "Person", "name": "Ayu Lestari"}]
    assert window.files.save()
    assert [e.name for e in open_draft(draft_path).article.editors] == ["Ayu Lestari"]
    ctrl(field, Qt.Key.Key_Z)
    assert window.session.article.editors == []
