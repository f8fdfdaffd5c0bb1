"""Hostile and broken sources: a warning per bad item, clean text, nothing lost."""

from __future__ import annotations

import pytest

from editor.archive import ArchiveError
from editor.archive.fetch import FileFetcher
from editor.archive.sync import Sync
from tests.archive.corpus import BASE_URL, atom, records, rss

ROWS = list(records(12, seed=7))


def item(title: str, link: str, date: str = "Tue, 18 Jun 2024 20:42:00 +0700",
         extra: str = "") -> str:
    return (f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"{extra}</item>")


def sync_text(archive, tmp_path, name: str, text: str, *, lang_en: bool = False):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Sync(archive, FileFetcher(), str(path)).run(str(path))


def test_broken_items_get_one_warning_each_and_good_ones_are_kept(archive, tmp_path):
    bad = "".join([
        item("Tanpa tautan", ""),
        item("Skrip berbahaya", "javascript:alert(1)"),
        item("Tanggal ngawur", f"{BASE_URL}/berita/tanggal-ngawur/", date="kemarin sore"),
        item("Dari masa depan", f"{BASE_URL}/berita/masa-depan/",
             date="Fri, 01 Jan 2100 08:00:00 +0700"),
        item("", f"{BASE_URL}/berita/2024/06/18/judul-hilang-di-feed/"),
    ])
    report = sync_text(archive, tmp_path, "feed.xml", rss(ROWS, extra_items=bad))
    messages = [w.message("en") for w in report.warnings]
    assert len(messages) == 5, messages
    assert "item 1" not in messages[0] and "invalid or empty link" in messages[0]
    assert "javascript:alert(1)" in messages[1] and "skipped" in messages[1]
    assert "'kemarin sore'" in messages[2] and "without a date" in messages[2]
    assert "2100" in messages[3]
    assert "no title" in messages[4]
    assert all(w.message("id") != w.message("en") for w in report.warnings)
    assert archive.count() == len(ROWS) + 3
    assert archive.lookup(f"{BASE_URL}/berita/tanggal-ngawur/").published is None
    guessed = archive.lookup(f"{BASE_URL}/berita/2024/06/18/judul-hilang-di-feed/")
    assert guessed.headline == "Judul hilang di feed"


PLAIN_TEXT = "the title contains HTML; stored as plain text."
HOSTILE = [  # (title in the feed, stored headline, the warning's end)
    ("&lt;script&gt;alert('x')&lt;/script&gt;Banjir Rob Meluas", "Banjir Rob Meluas",
     PLAIN_TEXT),
    ("<![CDATA[<b>Tanggul</b> Jebol <img src=x onerror=alert(1)>di Demak]]>",
     "Tanggul Jebol di Demak", PLAIN_TEXT),
    # text that shows markup (escaped twice) is text, not markup: kept, no warning
    ("Harga &amp;lt;i&amp;gt;cabai&amp;lt;/i&amp;gt; naik", "Harga <i>cabai</i> naik", None),
    # a bidi override is dropped; a control character is not even XML: recovered
    ("Judul\u202e dengan\u0007 karakter   kendali", "Judul dengan karakter kendali",
     "read as far as it could be recovered."),
]


@pytest.mark.parametrize(("raw", "clean", "warning"), HOSTILE)
def test_hostile_titles_are_stored_as_clean_text(archive, tmp_path, raw, clean, warning):
    link = f"{BASE_URL}/berita/2024/06/18/judul-berbahaya/"
    report = sync_text(archive, tmp_path, "feed.xml", rss([], extra_items=item(raw, link)))
    assert archive.lookup(link).headline == clean
    assert [w.message("en").endswith(warning) for w in report.warnings] == (
        [True] if warning else [])


def test_atom_xhtml_title_with_script(archive, tmp_path):
    entry = ("<entry><title type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
             "<script>alert(1)</script>Nelayan <em>Libur</em> Melaut</div></title>"
             f"<link href='{BASE_URL}/berita/nelayan-libur/'/><id>x</id>"
             "<updated>2024-06-18T10:00:00+07:00</updated></entry>")
    report = sync_text(archive, tmp_path, "atom.xml", atom([], extra_entries=entry))
    assert archive.lookup(f"{BASE_URL}/berita/nelayan-libur/").headline == "Nelayan Libur Melaut"
    assert len(report.warnings) == 1


def test_malformed_xml_is_recovered_with_one_warning(archive, tmp_path):
    text = rss(ROWS[:3]).replace("</channel>", "<item><title>Rusak &nbsp; sekali</title>"
                                 f"<link>{BASE_URL}/berita/rusak/</link></item></channel>")
    report = sync_text(archive, tmp_path, "feed.xml", text)
    assert any("Invalid XML" in w.message("en") for w in report.warnings)
    assert archive.count() >= 3


def test_a_source_that_is_no_xml_at_all_changes_nothing(archive, tmp_path):
    sync_text(archive, tmp_path, "feed.xml", rss(ROWS))
    before = archive.conn.execute("SELECT url, headline, digest FROM articles ORDER BY url")
    before = before.fetchall()
    (tmp_path / "feed.xml").write_bytes(b"\x00\x01 not xml at all <<<")
    with pytest.raises(ArchiveError):
        Sync(archive, FileFetcher(), str(tmp_path / "feed.xml")).run(str(tmp_path / "feed.xml"))
    after = archive.conn.execute("SELECT url, headline, digest FROM articles ORDER BY url")
    assert after.fetchall() == before
    assert archive.search(ROWS[0]["headline"], typing=False)[0].url == ROWS[0]["url"]


def test_external_entities_are_not_read(archive, tmp_path):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("KATA-SANDI-RAHASIA", encoding="utf-8")
    text = (f"<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY x SYSTEM 'file://{secret}'>]>"
            "<rss version='2.0'><channel><title>t</title>"
            + item("Judul &x;", f"{BASE_URL}/berita/xxe/") + "</channel></rss>")
    sync_text(archive, tmp_path, "feed.xml", text)
    entry = archive.lookup(f"{BASE_URL}/berita/xxe/")
    assert entry is None or "RAHASIA" not in entry.headline


def test_broken_site_index_records_are_skipped_with_warnings(archive, tmp_path):
    import json

    rows = [dict(r) for r in ROWS[:5]]
    rows[1]["published"] = "18 Juni 2024"
    rows[2]["url"] = "javascript:alert(1)"
    del rows[3]["published"]
    (tmp_path / "index.json").write_text(json.dumps(
        {"format": "redaksi-site-index", "version": 1, "articles": rows}), encoding="utf-8")
    report = Sync(archive, FileFetcher(), "situs").run(str(tmp_path), site_root=True)
    messages = [w.message("en") for w in report.warnings]
    assert len(messages) == 3
    assert "#2 " in messages[0] and "'18 Juni 2024'" in messages[0]
    assert "stored without a date" in messages[0]
    assert "javascript:alert(1)" in messages[1] and messages[1].endswith("skipped.")
    assert messages[2].endswith("no publication date; stored without a date.")
    assert archive.count() == 4 and archive.lookup(rows[1]["url"]).published is None


def test_manifest_shard_path_cannot_leave_the_site(archive, tmp_path):
    import json

    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "manifest.json").write_text(json.dumps(
        {"format": "redaksi-site-index", "version": 2, "shards": [
            {"file": "../../etc/passwd", "sha256": "0"}]}), encoding="utf-8")
    with pytest.raises(ArchiveError, match="manifest"):
        Sync(archive, FileFetcher(), "situs").run(str(tmp_path), site_root=True)
