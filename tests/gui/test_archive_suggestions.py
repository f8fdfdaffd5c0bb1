"""The archive's suggestions in the editor window: related stories beside "Berita Terkait"
(added with one click, or dismissed for the draft session), Baca Juga proposals at places
in the margin (accepted as one undoable step, or rejected; nothing goes in without a
click), and the checks panel's warnings about links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor.model import BacaJuga, Paragraph
from editor.model.article import RelatedStory
from editor.model.draft import Draft
from editor.paths import SAMPLE_DRAFT
from editor.storage.draft import open_draft, save_draft
from tests.gui.helpers import ctrl, preview_shows, reactivate
from tests.gui.test_archive_dialogs import fill_archive, known

pytestmark = pytest.mark.gui


def without_boxes() -> Draft:
    """The sample article before its Baca Juga boxes were placed."""
    draft = open_draft(SAMPLE_DRAFT)
    draft.article.body = [b for b in draft.article.body if not isinstance(b, BacaJuga)]
    return draft


def wait_suggestions(qtbot, window, proposals: bool = True) -> None:
    """Ask now and wait for the archive's fresh answer (with proposals, if ``proposals``)."""
    answers = window.suggestions.answers
    window.suggestions.ask()
    qtbot.waitUntil(lambda: window.suggestions.answers > answers, timeout=15_000)
    assert window.suggestions.state == "ready"
    assert bool(window.suggestions.proposals) or not proposals


@pytest.fixture
def proposing(qtbot, window):
    fill_archive()
    window.session.load(without_boxes())
    known(qtbot, window)
    wait_suggestions(qtbot, window)
    return window


def paragraphs_before(body, index: int) -> int:
    return sum(isinstance(block, Paragraph) for block in body[:index])


def spot_click(qtbot, window, number: int) -> None:
    body = window.body
    body.viewport().repaint()  # the marks' rectangles are recorded as they are painted
    rect = body.decorations.spot_rects[number]
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: window.proposal_popup.isVisible(), timeout=5_000)


def test_proposals_follow_the_places_rules_and_insert_nothing_by_themselves(proposing) -> None:
    window = proposing
    body = window.session.article.body
    assert not any(isinstance(block, BacaJuga) for block in body)  # only proposed
    places = sorted(s.after_paragraph for _c, s in window.suggestions.proposals)
    assert places and places[0] >= 2 and 3 not in places  # ad slot after paragraph 3
    assert all(b - a >= 3 for a, b in zip(places, places[1:], strict=False))
    spots = window.body.decorations.spots(window.body.document())
    assert set(spots.values()) == {s for _c, s in window.suggestions.proposals}


def test_accepting_a_place_inserts_the_story_there_as_one_undoable_step(qtbot, proposing) -> None:
    window = proposing
    number, story = next(iter(window.body.decorations.spots(window.body.document()).items()))
    window.body.goto_block(0)
    qtbot.keyClicks(window.body, " Air masih tinggi.")  # typed just before: its own step
    before = list(window.session.article.body)
    spot_click(qtbot, window, number)
    popup = window.proposal_popup
    assert popup.title.text() == story.headline
    qtbot.mouseClick(popup.insert, Qt.MouseButton.LeftButton)
    reactivate(window)
    after = window.session.article.body
    index = after.index(BacaJuga(story.url, story.headline))
    assert paragraphs_before(after, index) == story.after_paragraph
    assert after[:index] + after[index + 1:] == before  # in at that place, nothing else moved
    assert story not in [s for _c, s in window.suggestions.proposals]
    ctrl(window.body, Qt.Key.Key_Z)
    assert window.session.article.body == before  # Ctrl+Z takes out the box, and only it
    assert before[0].plain().endswith("Air masih tinggi.")
    ctrl(window.body, Qt.Key.Key_Z)
    assert not window.session.article.body[0].plain().endswith("Air masih tinggi.")


def test_a_rejected_place_is_never_proposed_again_in_this_draft(qtbot, proposing) -> None:
    window = proposing
    number, story = next(iter(window.body.decorations.spots(window.body.document()).items()))
    spot_click(qtbot, window, number)
    qtbot.mouseClick(window.proposal_popup.reject, Qt.MouseButton.LeftButton)
    assert number not in window.body.decorations.spots(window.body.document())
    wait_suggestions(qtbot, window, proposals=False)
    offered = [s.url for s in window.suggestions.related] + \
        [s.url for _c, s in window.suggestions.proposals]
    assert story.url not in offered
    assert not any(isinstance(b, BacaJuga) for b in window.session.article.body)


def test_without_an_archive_the_margin_offers_a_place_every_n_paragraphs(qtbot, window) -> None:
    window.session.load(without_boxes())
    known(qtbot, window)
    window.suggestions.ask()
    assert window.body.decorations.proposals is None
    spots = window.body.decorations.spots(window.body.document())
    assert spots and set(spots.values()) == {None}


def test_suggestions_list_adds_a_related_story_with_one_click(qtbot, make_window,
                                                              tmp_path: Path) -> None:
    fill_archive()
    path = save_draft(without_boxes(), tmp_path / "rob.redaksi")
    window = make_window(path, preview=True)
    known(qtbot, window)
    window.drawer.show_section("related")
    wait_suggestions(qtbot, window)
    panel = window.suggestions_panel
    qtbot.waitUntil(lambda: bool(panel.rows()), timeout=5_000)
    count = len(window.session.article.related)
    first, second = panel.rows()[:2]
    chosen, dropped = first.suggestion, second.suggestion
    assert first.meta.text().startswith(f"{chosen.section} · ")
    qtbot.mouseClick(first.add, Qt.MouseButton.LeftButton)
    related = window.session.article.related
    assert len(related) == count + 1
    assert related[-1] == RelatedStory(chosen.headline, chosen.url, chosen.published, "")
    assert chosen.url not in [row.suggestion.url for row in panel.rows()]
    qtbot.mouseClick(second.dismiss, Qt.MouseButton.LeftButton)
    assert dropped.url not in [row.suggestion.url for row in panel.rows()]
    wait_suggestions(qtbot, window, proposals=False)
    assert dropped.url not in [s.url for s in window.suggestions.related]  # this session
    assert window.files.save()
    assert open_draft(path).article.related[-1] == related[-1]  # the saved file
    preview_shows(qtbot, window, "[...document.querySelectorAll('aside.related a')]"
                  ".map(a => a.textContent)", [story.title for story in related])  # the page


def test_checks_warn_about_links_the_archive_does_not_know(qtbot, window) -> None:
    fill_archive()
    draft = open_draft(SAMPLE_DRAFT)
    body = draft.article.body
    box = next(i for i, b in enumerate(body) if isinstance(b, BacaJuga))
    body[box] = BacaJuga(body[box].url.replace("tanggul-laut", "tangul-laut"), body[box].title)
    draft.article.related.append(RelatedStory("Pemkot Siapkan Pompa Portabel",
                                              next(b.url for b in body[box + 1:]
                                                   if isinstance(b, BacaJuga))))
    window.session.load(draft)
    known(qtbot, window)
    window.drawer.show_section("checks")

    def shown() -> list[str]:
        window.refresh_checks()
        items = window.checks.list
        return [items.item(i).text() for i in range(items.count())]

    qtbot.waitUntil(lambda: any("tidak ada di arsip" in text for text in shown()), timeout=10_000)
    texts = shown()
    assert [t for t in texts if "tidak ada di arsip" in t] == [
        "Tautan Baca Juga tidak ada di arsip situs (salah ketik atau tautan mati?): "
        + body[box].url]
    assert [t for t in texts if "Baca Juga dan Berita Terkait" in t] == [
        "Berita yang sama menjadi Baca Juga dan Berita Terkait: "
        "BMKG: Pasang Maksimum Air Laut Berlangsung hingga Akhir Pekan"]
    problem = next(p for p in window.checks.problems if "tidak ada di arsip" in p.message("id"))
    window.jump_to_problem(problem)
    assert window.body.textCursor().block().blockNumber() == window.session.block_number(box)


def test_an_empty_archive_warns_about_no_link_and_the_list_says_how_to_fill_it(
        qtbot, window) -> None:
    window.session.load(open_draft(SAMPLE_DRAFT))
    known(qtbot, window)
    window.refresh_checks()
    assert not [p for p in window._problems if "arsip" in p.message("id")]
    window.drawer.show_section("related")
    window.suggestions.ask()
    note = window.suggestions_panel.note
    assert note.isVisible() and "redaksi archive sync" in note.text()
