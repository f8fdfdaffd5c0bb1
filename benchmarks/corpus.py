"""Generated Indonesian text-only articles for benchmarks (deterministic, invented content)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from editor.model import Article, Author, BacaJuga, Heading, Paragraph, RelatedStory
from editor.model.inline import Span, text

WIB = timezone(timedelta(hours=7))
WORDS = (
    "warga pesisir banjir rob pemerintah kota tanggul laut nelayan pasar harga beras cabai "
    "sekolah puskesmas jalan jembatan hujan deras angin kencang petani panen gabah bandara "
    "pelabuhan kapal penumpang mudik lebaran polisi lalu lintas gubernur bupati camat lurah "
    "anggaran daerah pembangunan proyek air bersih listrik sampah sungai hutan bakau kampung"
).split()


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> Paragraph:
    body = " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(3))
    cut = body.index(" ", 20)
    return Paragraph(
        (Span(body[:cut]), Span(body[cut : cut + 12], bold=True), Span(body[cut + 12 :]))
    )


def article(n: int, paragraphs: int = 12) -> Article:
    rng = random.Random(n)
    published = datetime(2024, 1, 1, 8, 0, tzinfo=WIB) + timedelta(hours=7 * n)
    body: list = []
    for index in range(paragraphs):
        body.append(paragraph(rng))
        if index in (3, 7):
            body.append(
                BacaJuga(f"https://wartapesisir.example/berita/lain-{n}-{index}/", sentence(rng, 8))
            )
        if index == 5:
            body.append(Heading(2, text(sentence(rng, 5))))
    headline = f"{sentence(rng, 9)[:-1]} nomor {n}"
    return Article(
        headline=headline,
        slug=f"berita-uji-{n:05d}",
        slug_locked=True,
        section="Daerah",
        tags=["uji", rng.choice(WORDS)],
        authors=[Author("Redaksi Uji")],
        signoff="ru/ad",
        dateline="Semarang",
        published=published,
        body=body,
        related=[
            RelatedStory(
                sentence(rng, 7),
                f"https://wartapesisir.example/berita/terkait-{n}-{k}/",
                published - timedelta(days=k + 1),
            )
            for k in range(5)
        ],
    )
