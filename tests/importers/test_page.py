"""Published pages back into drafts: Redaksi's own (whole, from article.json) and other sites'
(through trafilatura), from files and from a local test HTTP server, within fetch limits."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from editor.errors import ImportError_
from editor.importers.fetch import fetch
from editor.importers.page import import_page
from editor.importers.report import NoteKind
from editor.net import FetchLimits
from editor.storage.draft import open_draft, save_draft
from tests.browser import serve
from tests.export.helpers import export
from tests.factories import draft_with_images, write_jpeg

FOREIGN = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Banjir Rob Rendam Kaligawe - Kabar Pantura</title>
<meta property="og:title" content="Banjir Rob Rendam Kaligawe">
<meta property="og:image" content="/img/rob.jpg">
<meta property="article:published_time" content="2024-06-18T20:42:00+07:00">
<meta name="author" content="Rina Wulandari">
<script>document.write("<p>DISUNTIKKAN SKRIP</p>"); fetch("/beacon");</script>
</head><body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>Banjir Rob Rendam Kaligawe</h1>
<figure><img src="/img/rob.jpg" alt="Genangan di jalan"><figcaption>Warga melintasi genangan di
Kaligawe. (Foto: Kabar Pantura/Rina)</figcaption></figure>
<p>SEMARANG, KabarPantura.com – Air laut pasang kembali merendam permukiman warga di Kaligawe
sejak Selasa sore, membuat puluhan rumah tergenang hingga setengah meter.</p>
<p>Menurut <a href="/bmkg/rob">prakiraan BMKG</a>, pasang maksimum terjadi menjelang magrib dan
akan berulang hingga akhir pekan ini, kata petugas di posko.</p>
<h2>Pompa belum cukup</h2>
<p>Dinas pekerjaan umum mengerahkan <strong>enam pompa</strong> portabel, tetapi warga menilai
jumlah itu belum cukup untuk menguras genangan di gang sempit.</p>
<p>Warga berharap pemerintah kota mempercepat pembangunan tanggul laut yang dijanjikan sejak dua
tahun lalu. (rin/ed)</p>
</article><aside><h2>Terpopuler</h2><ul><li><a href="/x">Judul lain yang populer</a></li></ul></aside>
<script>window.location = "/beacon?pergi"</script></body></html>"""


class _Site(http.server.BaseHTTPRequestHandler):
    """A news site on 127.0.0.1 with a normal page, a huge one and a slow one."""

    requests: list[str] = []
    finished: list[str] = []  # the slow pages sent to the end
    release = threading.Event()  # lets the slow pages go
    photo = b""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _send(self, body: bytes, kind: str, length: bool = True) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        type(self).requests.append(self.path)
        if self.path == "/berita/rob/":
            self._send(FOREIGN.encode(), "text/html; charset=utf-8")
        elif self.path == "/img/rob.jpg":
            self._send(self.photo, "image/jpeg")
        elif self.path == "/besar/":  # declares its size
            self._send(b"<p>" + b"x" * (3 * 1024 * 1024) + b"</p>", "text/html")
        elif self.path == "/besar-tanpa-ukuran/":  # streams without a Content-Length
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(48):
                self.wfile.write(b"y" * 65536)
        elif self.path == "/lambat/":  # says nothing until the test lets it go
            type(self).release.wait(30)
            self._send(b"<p>terlambat</p>", "text/html")
            type(self).finished.append(self.path)
        elif self.path == "/menetes/":  # answers at once, then one byte at a time until let go
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(600):  # 30 s at most: a client without a deadline gets it all
                    if type(self).release.wait(0.05):
                        break
                    self.wfile.write(b"z")
                    self.wfile.flush()
            except OSError:
                return  # the client hung up
            type(self).finished.append(self.path)
        else:
            self.send_error(404)


@contextmanager
def news_site(tmp_path: Path) -> Iterator[str]:
    _Site.requests, _Site.finished, _Site.release = [], [], threading.Event()
    _Site.photo = write_jpeg(tmp_path / "rob.jpg", (1200, 800)).read_bytes()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        _Site.release.set()
        server.shutdown()
        server.server_close()


def test_redaksi_page_file_comes_back_as_the_same_model(tmp_path: Path) -> None:
    draft = draft_with_images(tmp_path)
    draft.article.id = "7f3c2a9e"
    original = open_draft(save_draft(draft, tmp_path / "asli.redaksi"))
    out = export(original, tmp_path, via_file=False)
    result = import_page(out.index)
    assert result.draft.article == original.article
    assert not result.report.has_dropped
    again = open_draft(save_draft(result.draft, tmp_path / "kembali.redaksi"))
    assert again.article == original.article
    assert set(again.media) == set(original.media)


def test_redaksi_page_over_http_comes_back_with_its_photos(tmp_path: Path) -> None:
    original = open_draft(save_draft(draft_with_images(tmp_path), tmp_path / "asli.redaksi"))
    assert original.article.slug_locked  # a page from the web keeps its URL: see below
    out = export(original, tmp_path, via_file=False)
    root = out.item.path.parents[4]
    with serve(root) as base:
        result = import_page(f"{base}/{out.item.rel_dir}")
    assert result.draft.article == original.article
    featured = result.draft.media_path(original.article.featured_image.file)
    assert featured.read_bytes()[:2] == b"\xff\xd8"  # the exported (GPS-free) photo
    save_draft(result.draft, tmp_path / "dari-web.redaksi")


def test_republished_page_leaves_the_publishing_record_out_and_keeps_its_url(
    tmp_path: Path,
) -> None:
    from datetime import datetime

    from editor.model import PublishRecord

    draft = draft_with_images(tmp_path)
    draft.article.slug_locked = False
    out = export(draft, tmp_path)
    first = out.item.path.joinpath("article.json").read_bytes()
    draft.article.publications.append(
        PublishRecord("lokal", out.item.url, datetime.fromisoformat("2024-06-18T21:00:00+07:00"))
    )
    again = export(draft, tmp_path)
    assert again.item.path.joinpath("article.json").read_bytes() == first  # nothing new to send
    with serve(out.item.path.parents[4]) as base:
        result = import_page(f"{base}/{out.item.rel_dir}")
    article = result.draft.article
    assert article.publications == [] and article.slug_locked
    assert article.effective_slug() == draft.article.effective_slug()
    article.set_headline("Judul yang diperbarui setelah terbit")
    assert article.effective_slug() == draft.article.effective_slug()


def test_foreign_page_through_trafilatura_without_running_scripts(tmp_path: Path) -> None:
    with news_site(tmp_path) as base:
        result = import_page(f"{base}/berita/rob/")
        requests = list(_Site.requests)
    article = result.draft.article
    assert article.headline == "Banjir Rob Rendam Kaligawe"
    assert article.published.isoformat() == "2024-06-18T20:42:00+07:00"
    assert [a.name for a in article.authors] == ["Rina Wulandari"]
    assert (article.dateline, article.signoff) == ("Semarang", "rin/ed")
    kinds = [b.kind for b in article.body]
    assert kinds == ["paragraph", "paragraph", "heading", "paragraph", "paragraph"]
    assert article.body[2].plain() == "Pompa belum cukup"
    links = [s.href for s in article.body[1].spans if s.href]
    assert links == [f"{base}/bmkg/rob"]
    photo = article.featured_image
    assert (photo.caption, photo.credit, photo.alt) == (
        "Warga melintasi genangan di Kaligawe.", "Kabar Pantura/Rina", "Genangan di jalan"
    )
    assert result.draft.media_path(photo.file).read_bytes() == _Site.photo
    text = " ".join(b.plain() for b in article.body)
    assert "DISUNTIKKAN" not in text and "Terpopuler" not in text and "Beranda" not in text
    assert not any(r.startswith("/beacon") for r in requests)  # no script ran
    save_draft(result.draft, tmp_path / "asing.redaksi")


def test_saved_foreign_page_file_reports_what_it_could_not_fetch(tmp_path: Path) -> None:
    page = tmp_path / "halaman.html"
    page.write_text(FOREIGN, encoding="utf-8")
    result = import_page(page)
    assert result.draft.article.headline == "Banjir Rob Rendam Kaligawe"
    assert result.draft.article.featured_image is None
    dropped = [n.message("en") for n in result.report.of_kind(NoteKind.DROPPED)]
    assert any("main photo" in line and "/img/rob.jpg" in line for line in dropped)


@pytest.mark.parametrize("path", ["/besar/", "/besar-tanpa-ukuran/"])
def test_huge_page_is_refused_by_the_size_limit(tmp_path: Path, path: str) -> None:
    limits = FetchLimits(timeout=10, max_bytes=1024 * 1024)
    with news_site(tmp_path) as base, pytest.raises(ImportError_) as caught:
        import_page(f"{base}{path}", limits=limits)
    assert "larger than the 1 MB limit" in caught.value.message("en")


@pytest.mark.parametrize("path", ["/lambat/", "/menetes/"])
def test_slow_server_hits_the_timeout(tmp_path: Path, path: str) -> None:
    """A server that says nothing, or trickles a byte at a time (no read ever times out),
    until the test lets it go: the import gives up on its own, with the page unsent."""
    limits = FetchLimits(timeout=0.8)
    with news_site(tmp_path) as base:
        with pytest.raises(ImportError_) as caught:
            import_page(f"{base}{path}", limits=limits)
        assert _Site.finished == [], "the import waited for the server instead of giving up"
    assert "did not answer in time (over 0.8 seconds)" in caught.value.message("en")


def test_missing_page_and_refused_connection_say_so(tmp_path: Path) -> None:
    with news_site(tmp_path) as base, pytest.raises(ImportError_, match="404"):
        fetch(f"{base}/tidak-ada/")
    with pytest.raises(ImportError_, match="server"):
        fetch(base + "/", FetchLimits(timeout=2))  # the server is gone now
    with pytest.raises(ImportError_, match="https://"):
        fetch("file:///etc/passwd")


def test_cli_imports_a_page_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from editor.cli import main

    with news_site(tmp_path) as base:
        code = main(["import", f"{base}/berita/rob/", "-o", str(tmp_path / "keluar")])
    out = capsys.readouterr().out
    assert code == 0
    saved = tmp_path / "keluar" / "banjir-rob-rendam-kaligawe.redaksi"
    assert str(saved) in out
    assert open_draft(saved).article.headline == "Banjir Rob Rendam Kaligawe"
    assert "Dikenali:" in out and "(rin/ed)" in out


def test_a_saved_page_reaches_only_pictures_beside_it(tmp_path: Path) -> None:
    """A hostile page cannot pull a private file (or a non-picture) into the draft."""
    secret = tmp_path / "rahasia.jpg"
    secret.write_text("kunci pribadi")  # named like a photo, is not one
    folder = tmp_path / "halaman"
    folder.mkdir()
    (folder / "palsu.jpg").write_text("<html>bukan foto</html>")
    write_jpeg(folder / "asli.jpg", (800, 600))
    story = "".join(f"<p>Paragraf {n}: warga pesisir menunggu air surut sebelum magrib.</p>"
                    for n in range(6))
    page = folder / "berita.html"
    page.write_text(
        '<html lang="id"><head><title>Uji</title></head><body><article><h1>Uji Foto</h1>'
        f'{story}<p><img src="../rahasia.jpg" alt="a"></p><p><img src="palsu.jpg" alt="b"></p>'
        f'<p><img src="asli.jpg" alt="c"></p>{story}</article></body></html>',
        encoding="utf-8",
    )
    result = import_page(page)
    files = [p.name for p in result.draft.media.values()]
    assert files == ["asli.jpg"]
    dropped = [n.message("en") for n in result.report.of_kind(NoteKind.DROPPED)]
    assert sum("could not be read" in line for line in dropped) == 2


def test_a_saved_pages_article_json_is_read_within_the_size_limit(tmp_path: Path) -> None:
    """Review finding 7: the article.json beside a saved page is a file like any other
    source: read through ``read_source`` with the import's size limit, never whole. One
    past the limit is not trusted; the page is read as any site's page instead."""
    original = open_draft(save_draft(draft_with_images(tmp_path), tmp_path / "asli.redaksi"))
    out = export(original, tmp_path, via_file=False)
    ninjs = out.item.path / "article.json"
    page_size = out.index.stat().st_size
    ninjs.write_bytes(ninjs.read_bytes() + b" " * (page_size + 1000))  # still valid JSON
    whole = FetchLimits(max_bytes=ninjs.stat().st_size)
    assert import_page(out.index, limits=whole).draft.article.id == original.article.id
    result = import_page(out.index, limits=FetchLimits(max_bytes=page_size + 500))
    assert result.draft.article.headline == original.article.headline
    assert result.draft.article.id != original.article.id  # from the page, not article.json
