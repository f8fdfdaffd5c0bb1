"""Article paths and URLs from the site's pattern."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from editor.model.article import Article
from editor.render.urls import article_path, article_url
from editor.site import profile_from_dict

WIB = ZoneInfo("Asia/Jakarta")


def _article(section: str = "Hukum & Kriminal") -> Article:
    return Article(headline="Sidang Perdana Kasus Tambak", slug="sidang-perdana-kasus-tambak",
                   section=section, published=datetime(2024, 6, 18, 23, 30, tzinfo=WIB))


def test_dated_pattern_uses_the_site_zone_day() -> None:
    site = profile_from_dict({"name": "Warta", "base_url": "https://warta.example",
                              "timezone": "Asia/Jayapura"})
    # 23:30 WIB is already 19 June in WIT
    assert article_path(_article(), site).startswith("/berita/2024/06/19/")
    assert article_url(_article(), site).startswith("https://warta.example/berita/2024/06/19/")


def test_section_pattern_slugs_the_section() -> None:
    site = profile_from_dict({"name": "Warta", "article_url": "/{section}/{slug}/"})
    assert article_path(_article(), site) == "/hukum-kriminal/sidang-perdana-kasus-tambak/"
    assert article_path(_article(section=""), site) == "/berita/sidang-perdana-kasus-tambak/"
