"""Export a draft into a temp folder and parse what came out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from editor.export import ExportedArticle, export_article
from editor.model.draft import Draft
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
    draft: Draft, tmp: Path, site: SiteProfile | None = None, *, via_file: bool = True
) -> Exported:
    """Save, reopen and export, as a journalist's draft would go."""
    if via_file:
        draft = open_draft(save_draft(draft, tmp / "draf.redaksi"))
    item = export_article(draft, site or load_profile(), tmp / "situs")
    page = lxml_html.fromstring((item.path / "index.html").read_bytes())
    return Exported(
        item, page, json.loads((item.path / "article.json").read_text(encoding="utf-8"))
    )
