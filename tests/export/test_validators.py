"""Exported pages through the real tools: Nu HTML Checker, headless Chromium, axe-core."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from editor.errors import ImportError_
from editor.importers.docx import import_docx
from editor.storage.draft import open_draft
from tests.browser import serve
from tests.export.helpers import export, latest_stories
from tests.export.test_page import hostile_draft
from tests.factories import desk_article, draft_with_images
from tests.importers.docx_factory import newsroom_docx
from tests.support import SAMPLE_DRAFT, node_tool, require_tool

pytestmark = pytest.mark.browser


def imported_docx(tmp: Path):
    """A Word document with every element and convention, imported (tests/importers)."""
    return import_docx(newsroom_docx(tmp / "rob.docx")).draft


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Exported articles: the sample, one with every block type and every desk field
    (SEO title and description, editor, update, correction), a hostile one, and one
    imported from a Word document; all but the hostile one with "Berita Terbaru"."""
    root = tmp_path_factory.mktemp("validators")
    pages = {}
    for name, make in (
        ("sample", lambda tmp: open_draft(SAMPLE_DRAFT)),
        ("full", lambda tmp: draft_with_images(tmp, desk_article())),
        ("hostile", hostile_draft),
        ("imported", imported_docx),
    ):
        work = root / name
        work.mkdir()
        out = export(make(work), work, latest=latest_stories() if name != "hostile" else [])
        pages[name] = out.index
    return pages


def test_nu_html_checker_reports_no_errors(site: dict[str, Path]) -> None:
    java = require_tool("java")
    jar = node_tool("vnu-jar", "build", "dist", "vnu.jar")
    files = [str(path) for path in site.values()]
    result = subprocess.run(
        [java, "-jar", str(jar), "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=180,
    )
    messages = json.loads(result.stderr)["messages"]  # the checker ran and answered in JSON
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert errors == [], json.dumps(errors, indent=1, ensure_ascii=False)[:4000]
    assert len(files) == 4
    assert result.returncode == 0, result.stderr[-2000:]


def test_pages_of_every_imported_mammoth_fixture_have_no_checker_errors(
    testdata: Path, tmp_path: Path
) -> None:
    java = require_tool("java")
    jar = node_tool("vnu-jar", "build", "dist", "vnu.jar")
    files = []
    for docx in sorted((testdata / "docx" / "python-mammoth").glob("*.docx")):
        try:
            draft = import_docx(docx).draft
        except ImportError_:
            continue  # empty documents: tests/importers/test_docx.py checks their message
        draft.article.headline = draft.article.headline or docx.stem
        work = tmp_path / docx.stem
        work.mkdir()
        files.append(str(export(draft, work).index))
    result = subprocess.run(
        [java, "-jar", str(jar), "--format", "json", "--errors-only", *files],
        capture_output=True, text=True, timeout=180,
    )
    messages = json.loads(result.stderr)["messages"]  # the checker ran and answered in JSON
    assert messages == [], json.dumps(messages, indent=1, ensure_ascii=False)[:4000]
    assert len(files) == 15


def test_checker_catches_an_error(tmp_path: Path) -> None:
    """The checker run is real: a page with a stray end tag fails."""
    java = require_tool("java")
    jar = node_tool("vnu-jar", "build", "dist", "vnu.jar")
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="id"><head><title>x</title></head><body></p></body></html>'
    )
    result = subprocess.run(
        [java, "-jar", str(jar), "--format", "json", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert any(m["type"] == "error" for m in json.loads(result.stderr)["messages"])


def _site_root(page: Path) -> Path:
    return page.parents[len(Path("berita/2024/06/18/x").parts)]


def _check_page(browser, page_file: Path, width: int, axe: str) -> None:
    root = _site_root(page_file)
    problems: list[str] = []
    with serve(root) as base:
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.on(
            "console", lambda msg: msg.type in ("error", "warning") and problems.append(msg.text)
        )
        page.on("pageerror", lambda exc: problems.append(str(exc)))
        page.on("requestfailed", lambda req: problems.append(f"failed: {req.url}"))
        page.goto(f"{base}/{page_file.relative_to(root).parent.as_posix()}/", wait_until="load")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"scrolls sideways by {overflow}px at {width}px"
        assert page.evaluate("document.images.length") >= 1
        # Lazy images load only near the viewport: scroll through, then all must have loaded.
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_function("[...document.images].every(i => i.complete)", timeout=10000)
        assert page.evaluate("[...document.images].every(i => i.naturalWidth > 0)")
        page.evaluate("window.scrollTo(0, 0)")
        page.add_script_tag(content=axe)
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        page.close()
    violations = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
    ]
    assert violations == [], f"at {width}px: {violations}"
    assert problems == [], f"at {width}px: {problems}"


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", ["sample", "full", "imported"])
def test_chromium_renders_without_horizontal_scroll_console_errors_or_axe_violations(
    site: dict[str, Path], browser, name: str, width: int
) -> None:
    axe = node_tool("axe-core", "axe.min.js").read_text(encoding="utf-8")
    _check_page(browser, site[name], width, axe)


def test_hostile_input_never_runs_in_the_browser(site: dict[str, Path], browser) -> None:
    page_file = site["hostile"]
    root = _site_root(page_file)
    with serve(root) as base:
        page = browser.new_page(viewport={"width": 390, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(f"{base}/{page_file.relative_to(root).parent.as_posix()}/", wait_until="load")
        for link in page.query_selector_all("a"):
            href = link.get_attribute("href") or ""
            assert not href.lower().strip().startswith("javascript:"), href
        page.hover(".baca-juga a >> nth=1")
        page.wait_for_timeout(200)
        assert dialogs == []
        assert (
            page.evaluate(
                "document.querySelectorAll('script:not([type=\"application/ld+json\"])').length"
            )
            == 0
        )
        headline = page.inner_text("h1")
        assert "<script>alert(1)</script>" in headline
        page.close()


def test_axe_is_really_running(browser) -> None:
    """A page with an image without alt and grey-on-white text has violations."""
    axe = node_tool("axe-core", "axe.min.js").read_text(encoding="utf-8")
    page = browser.new_page()
    page.set_content('<html><body><img src="data:,"><p style="color:#ccc">samar</p></body></html>')
    page.add_script_tag(content=axe)
    result = page.evaluate("async () => await axe.run()")
    page.close()
    assert {v["id"] for v in result["violations"]} >= {"image-alt", "color-contrast"}


@pytest.mark.parametrize("width,expected", [(390, "-480.avif"), (1280, "-1200.avif")])
def test_browser_picks_the_right_photo_candidate(
    site: dict[str, Path], browser, width: int, expected: str
) -> None:
    """The featured photo's srcset/sizes make Chromium fetch a file fit for the screen."""
    page_file = site["sample"]
    root = _site_root(page_file)
    with serve(root) as base:
        page = browser.new_page(viewport={"width": width, "height": 900}, device_scale_factor=1)
        page.goto(f"{base}/{page_file.relative_to(root).parent.as_posix()}/", wait_until="load")
        current = page.evaluate("document.querySelector('figure.featured img').currentSrc")
        page.close()
    assert current.endswith(expected), current


def test_exported_photos_carry_no_gps_or_exif(site: dict[str, Path]) -> None:
    """The sample photo has GPS tags; nothing the exporter wrote may keep them."""
    from PIL import Image

    folder = site["sample"].parent
    photos = [p for p in folder.iterdir() if p.suffix in (".jpg", ".webp", ".avif")]
    assert len(photos) == 16
    for photo in photos:
        data = photo.read_bytes()
        assert b"Exif\x00\x00" not in data and b"Redaksi Sample Camera" not in data, photo.name
        with Image.open(photo) as image:
            assert not image.getexif(), photo.name


def test_a_wide_table_scrolls_sideways_on_a_phone_not_the_page(tmp_path: Path, browser) -> None:
    from editor.model import Table
    from editor.model.inline import text

    draft = draft_with_images(tmp_path)
    header = [text(f"Pos pantau {n}") for n in range(1, 10)]
    draft.article.body.insert(3, Table(rows=[header, [text("123.456 cm")] * 9], caption="Rob"))
    page_file = export(draft, tmp_path).index
    root = _site_root(page_file)
    with serve(root) as base:
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(f"{base}/{page_file.relative_to(root).parent.as_posix()}/", wait_until="load")
        table_scroll, table_width, page_overflow = page.evaluate(
            "(() => { const w = document.querySelector('.table-scroll');"
            " return [w.scrollWidth - w.clientWidth, w.clientWidth,"
            " document.documentElement.scrollWidth - document.documentElement.clientWidth]; })()"
        )
        page.close()
    assert table_scroll > 200 and table_width <= 390 and page_overflow <= 0
