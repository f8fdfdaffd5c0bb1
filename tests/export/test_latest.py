"""Berita Terbaru: the site's newest stories from the archive at export time, in the page
chrome (after <main>, never inside the article), on/off and how many in the profile."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from editor.archive import ArchiveEntry, archive_path, open_archive
from editor.export.latest import read_latest
from editor.site import LatestNews, load_profile, profile_from_dict
from editor.storage.draft import open_draft
from tests.export.helpers import LATEST_TITLES, export, latest_stories
from tests.support import SAMPLE_DRAFT


def entries(count: int) -> list[ArchiveEntry]:
    return [ArchiveEntry(url=f"https://wartapesisir.example/berita/2024/09/{n + 1:02d}/kabar-{n}/",
                         headline=f"Kabar Pesisir Nomor {n}: Warga Gotong Royong",
                         section="Daerah" if n % 2 else "Lingkungan",
                         published=datetime.fromisoformat(f"2024-09-{n + 1:02d}T08:30:00+07:00"))
            for n in range(count)]


def latest_list(page) -> list[str]:
    return [" ".join(li.text_content().split()) for li in page.xpath('//aside[@class="latest"]//li')]


def test_the_list_sits_in_the_chrome_outside_the_article(tmp_path: Path) -> None:
    out = export(open_draft(SAMPLE_DRAFT), tmp_path, latest=latest_stories())
    (aside,) = out.page.xpath('//aside[@class="latest"]')
    assert aside.xpath("ancestor::main | ancestor::article") == []
    assert out.page.xpath('//main/following-sibling::aside[@class="latest"]') == [aside]
    assert aside.get("data-nosnippet") is not None
    assert aside.xpath("string(h2)") == "Berita Terbaru"
    assert aside.get("aria-labelledby") == aside.xpath("h2/@id")[0]
    first = aside.xpath(".//li")[0]
    assert first.xpath("string(span)") == "Lingkungan"
    assert first.xpath("string(a)") == LATEST_TITLES[0]
    assert first.xpath("a/@href") == ["https://wartapesisir.example/berita/2024/09/10/terbaru-0/"]
    assert first.xpath("string(time)") == "Selasa, 10 Sep 2024 - 21:16 WIB"  # anatomy.md's short form
    assert first.xpath("time/@datetime") == ["2024-09-10T21:16:00+07:00"]
    assert len(latest_list(out.page)) == 5


def test_read_from_the_sites_archive_at_export_time_without_the_article_itself(
        tmp_path: Path) -> None:
    site = load_profile()
    draft = open_draft(SAMPLE_DRAFT)
    for name in "ab":
        (tmp_path / name).mkdir()
    first = export(draft, tmp_path / "a")  # the archive file does not exist yet
    assert first.page.xpath('//aside[@class="latest"]') == []
    assert not archive_path(site.base_url).exists()  # reading never creates it
    own = ArchiveEntry(url=first.item.url, headline=draft.article.headline,
                       published=datetime.fromisoformat("2024-09-30T10:00:00+07:00"))
    with open_archive(site) as archive:
        archive.record([*entries(8), own], source="publish")
    out = export(draft, tmp_path / "b")
    shown = latest_list(out.page)
    assert len(shown) == 5
    assert not any(draft.article.headline in line for line in shown)  # never itself
    assert shown[0].startswith("Daerah Kabar Pesisir Nomor 7:")  # newest first
    assert shown[0].endswith("Minggu, 8 Sep 2024 - 08:30 WIB")


@pytest.mark.parametrize(("latest", "expected"), [
    (LatestNews(show=False), 0), (LatestNews(count=2), 2), (LatestNews(count=0), 0)])
def test_on_off_and_how_many_come_from_the_profile(tmp_path: Path, latest, expected) -> None:
    site = replace(load_profile(), latest=latest)
    with open_archive(site) as archive:
        archive.record(entries(6), source="publish")
    out = export(open_draft(SAMPLE_DRAFT), tmp_path, site)
    assert len(latest_list(out.page)) == expected


def test_an_unreadable_archive_gives_no_list_and_never_fails_the_export(tmp_path: Path) -> None:
    site = load_profile()
    path = archive_path(site.base_url)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"bukan basis data SQLite " * 100)
    assert read_latest(site) == []
    out = export(open_draft(SAMPLE_DRAFT), tmp_path)
    assert out.page.xpath('//aside[@class="latest"]') == []


def test_the_profile_refuses_unknown_keys_and_counts_out_of_range() -> None:
    from editor.errors import SiteProfileError

    assert profile_from_dict({"latest": {"show": False, "count": 8}}).latest == LatestNews(False, 8)
    for bad, said in (({"jumlah": 3}, "Kunci tidak dikenal: latest.jumlah"),
                      ({"count": 50}, "'latest.count' harus berupa bilangan bulat 0–20"),
                      ({"count": "lima"}, "'latest.count' harus berupa bilangan bulat 0–20")):
        with pytest.raises(SiteProfileError, match=said):
            profile_from_dict({"latest": bad})
    assert load_profile().latest == LatestNews(show=True, count=5)  # the sample profile says so
