"""Export a draft into a temp folder and parse what came out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from editor.export import ExportedArticle, export_article
from editor.model.draft import Draft
from editor.render.latest import LatestStory
from editor.site import SiteProfile, load_profile
from editor.storage.draft import open_draft, save_draft


@dataclass
class Exported:
    item: ExportedArticle
    page: Any  # lxml document
    ninjs: dict[str, Any]

    @property
    def index(self) -> Path:
        return self.item.path / "index.html"

    def json_ld(self) -> dict[str, Any]:
        (script,) = self.page.xpath('//script[@type="application/ld+json"]')
        return json.loads(script.text)

    def meta(self, key: str) -> list[str]:
        return self.page.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')


def export(
    draft: Draft, tmp: Path, site: SiteProfile | None = None, *, via_file: bool = True,
    latest: list[LatestStory] | None = None,
) -> Exported:
    """Save, reopen and export, as a journalist's draft would go. ``latest``: the site's
    newest stories for "Berita Terbaru" (None: what the test's archive has, usually none)."""
    if via_file:
        draft = open_draft(save_draft(draft, tmp / "draf.redaksi"))
    item = export_article(draft, site or load_profile(), tmp / "situs", latest=latest)
    page = lxml_html.fromstring((item.path / "index.html").read_bytes())
    return Exported(
        item, page, json.loads((item.path / "article.json").read_text(encoding="utf-8"))
    )


LATEST_TITLES = (
    "Nelayan Tambaklorok Kembali Melaut Setelah Rob Surut",
    "Harga Cabai di Pasar Johar Turun Dua Ribu Rupiah",
    "Pesilat Muda Kendal Sabet Emas di Kejuaraan Provinsi",
    "Aplikasi Lapor Banjir Diuji Coba di Tiga Kelurahan",
    "Jembatan Kaligawe Ditutup Sementara untuk Perbaikan",
)


def latest_stories() -> list[LatestStory]:
    """Five invented "Berita Terbaru" stories, newest first, across sections."""
    from datetime import datetime

    sections = ("Lingkungan", "Ekonomi", "Olahraga", "Teknologi", "Daerah")
    return [LatestStory(title, f"https://wartapesisir.example/berita/2024/09/10/terbaru-{n}/",
                        section, datetime.fromisoformat(f"2024-09-10T{21 - n:02d}:16:00+07:00"))
            for n, (title, section) in enumerate(zip(LATEST_TITLES, sections, strict=True))]
