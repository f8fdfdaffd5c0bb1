"""A generated site archive for scale tests and the site index benchmark: invented
Indonesian headlines (no real news text), spread evenly over a number of months.

``write_v1_index`` writes the single ``index.json`` every site published before the
sharded index has; the first publish migrates it. Records are written one by one, so
generating 100,000 of them (~100 MB) never holds the whole file in memory.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.corpus import WORDS  # the export benchmark's invented vocabulary

SECTIONS = ("Daerah", "Ekonomi", "Hukum", "Olahraga", "Nasional")


def records(count: int, *, end: datetime, months: int, base_url: str,
            seed: int = 7) -> Iterator[dict[str, object]]:
    """``count`` records, newest first, evenly spread over the ``months`` before ``end``."""
    rng = random.Random(seed)
    span = timedelta(days=30.4 * months)
    step = span / max(count, 1)
    summaries = [" ".join(rng.choices(WORDS, k=60)).capitalize() + "." for _ in range(997)]
    for number in range(count):
        moment = (end - step * (number + 1)).replace(microsecond=0)
        words = rng.choices(WORDS, k=9)
        slug = "-".join(words[:6]) + f"-{number}"
        path = f"arsip/{moment:%Y/%m/%d}/{slug}"
        url = f"{base_url.rstrip('/')}/{path}/"
        summary = summaries[number % len(summaries)]
        yield {
            "path": path, "slug": slug, "url": url,
            "headline": " ".join(words).capitalize() + f" nomor {number}",
            "section": SECTIONS[number % len(SECTIONS)], "tags": words[6:8],
            "published": moment.isoformat(), "updated": None,
            "image": f"{url}foto-{number}-1200.jpg", "summary": summary, "language": "id",
            "id": f"arsip-{number:08d}",
        }


def write_v1_index(root: Path, count: int, *, end: datetime, months: int,
                   base_url: str) -> list[str]:
    """The legacy ``index.json`` with ``count`` articles (newest first); their URLs."""
    urls = []
    root.mkdir(parents=True, exist_ok=True)
    with (root / "index.json").open("w", encoding="utf-8") as out:
        out.write('{"format": "redaksi-site-index", "version": 1, "site": "Warta Pesisir", '
                  f'"updated": {json.dumps(end.isoformat())}, "articles": [\n')
        for row in records(count, end=end, months=months, base_url=base_url):
            out.write(("," if urls else "") + json.dumps(row, ensure_ascii=False) + "\n")
            urls.append(str(row["url"]))
        out.write("]}\n")
    return urls


def write_v1_site(root: Path, count: int, *, end: datetime, months: int,
                  base_url: str) -> list[str]:
    """A whole site as Redaksi before the sharded index left it: ``index.json`` plus the
    ``sitemap.xml`` (one urlset) and ``feed.xml`` made from it. Its URLs."""
    from editor.publish.feed import render_feed
    from editor.publish.siteindex import IndexRecord
    from editor.publish.sitemaps import render_sitemap
    from editor.site import profile_from_dict

    urls = write_v1_index(root, count, end=end, months=months, base_url=base_url)
    rows = json.loads((root / "index.json").read_bytes())["articles"]
    (root / "sitemap.xml").write_bytes(render_sitemap(rows[:50_000]))
    site = profile_from_dict({"name": "Warta Pesisir", "base_url": base_url})
    newest = [IndexRecord.from_dict(row) for row in rows[:50]]
    (root / "feed.xml").write_bytes(render_feed(newest, site=site, base_url=base_url, now=end))
    return urls
