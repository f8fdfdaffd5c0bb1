"""Publishing and the local archive (issue 10): a published article is in the archive at
once, and ``redaksi archive sync`` reads the site index the publisher writes (migrated
from version 1 included) whole, through the real commands."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

from editor.archive import open_archive
from editor.site import load_profile
from tests.commands.test_publish_safety import BASE, published_url, redaksi
from tests.publish.archive_gen import write_v1_site
from tests.publish.pubkit import WIB
from tests.publish.sitecheck import check_site_files
from tests.support import SAMPLE_DRAFT


def site_profile(tmp_path: Path) -> Path:
    site = tmp_path / "situs.toml"
    site.write_text(f'name = "Warta Pesisir"\nbase_url = "{BASE}"\ntimezone = "Asia/Jakarta"\n'
                    f'[targets.lokal]\nkind = "folder"\npath = "{tmp_path / "www"}"\n')
    return site


def test_a_published_article_is_in_the_local_archive_at_once(tmp_path: Path) -> None:
    site = site_profile(tmp_path)
    draft = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    url = published_url(redaksi("publish", draft, "--site", site))
    found = redaksi("archive", "search", "banjir rob semarang", "--site", site, "--json")
    assert found.returncode == 0, found.stderr
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert [hit["url"] for hit in hits] == [url]  # the public address, not the export's


def test_archive_sync_reads_every_article_of_a_migrated_site(tmp_path: Path) -> None:
    site = site_profile(tmp_path)
    old = write_v1_site(tmp_path / "www", 1_200, end=datetime(2024, 5, 20, tzinfo=WIB),
                        months=14, base_url=BASE)
    draft = Path(shutil.copy(SAMPLE_DRAFT, tmp_path / "artikel.redaksi"))
    url = published_url(redaksi("publish", draft, "--site", site))  # migrates, then lists
    assert set(check_site_files(tmp_path / "www")["index"]) == {*old, url}
    synced = redaksi("archive", "sync", "--site", site, "--target", "lokal")
    assert synced.returncode == 0 and "Traceback" not in synced.stderr, synced.stderr
    with open_archive(load_profile(site)) as archive:
        assert archive.stats().articles == len(old) + 1
