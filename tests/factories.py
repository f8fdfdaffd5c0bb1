"""Articles and drafts for tests, written in Indonesian (invented people and events)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PIL import Image

from editor.model import (
    Article,
    Author,
    BacaJuga,
    Embed,
    Heading,
    ImageBlock,
    ImageRef,
    ListBlock,
    Paragraph,
    Quote,
    RelatedStory,
    Span,
    Table,
)
from editor.model.draft import Draft
from editor.model.inline import text

WIB = "+07:00"


def when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def paragraphs(count: int, prefix: str = "Paragraf") -> list[Paragraph]:
    return [
        Paragraph(text(f"{prefix} {n}: warga pesisir menunggu air surut sebelum magrib."))
        for n in range(1, count + 1)
    ]


def full_article() -> Article:
    """One of every block type, with marks, links and related stories."""
    return Article(
        headline="Pemkot Uji Coba Bus Listrik di Jalur Pantura, Warga Sambut Tarif Rp3.500",
        deck="Sepuluh bus listrik melayani rute Terboyo–Mangkang selama tiga bulan masa uji coba.",
        slug="pemkot-uji-coba-bus-listrik",
        slug_locked=True,
        section="Daerah",
        tags=["transportasi", "Semarang"],
        authors=[Author("Bayu Santoso", "https://wartapesisir.example/penulis/bayu/")],
        signoff="bs/ad",
        dateline="Semarang",
        published=when("2024-06-18T20:42:00" + WIB),
        updated=when("2024-06-18T21:05:00" + WIB),
        body=[
            Paragraph(
                (
                    Span("Bus listrik mulai melayani penumpang "),
                    Span("Senin pagi", bold=True),
                    Span("."),
                )
            ),
            Paragraph(
                (
                    Span("Tarifnya "),
                    Span("Rp3.500", italic=True),
                    Span(" per perjalanan, "),
                    Span("tanpa", underline=True),
                    Span(" biaya kartu, lihat "),
                    Span("jadwal", href="https://wartapesisir.example/jadwal/"),
                    Span("."),
                )
            ),
            BacaJuga(
                url="https://wartapesisir.example/berita/2024/06/01/halte-baru/",
                title="Halte Baru Dibangun di Kaligawe",
            ),
            Heading(2, text("Rute dan jadwal")),
            Paragraph(text("Bus berangkat setiap 15 menit.\nHari Minggu setiap 20 menit.")),
            Quote(text("Kami ingin warga beralih ke angkutan umum."), attribution="Wali Kota"),
            ListBlock(
                ordered=True,
                items=[text("Terboyo"), text("Kaligawe"), text("Halte Kaligawe Timur"), text("Mangkang")],
                depths=[0, 0, 1, 0],
            ),
            Table(
                rows=[
                    [text("Rute"), text("Jarak"), text("Tarif")],
                    [text("Terboyo–Mangkang"), text("24 km"), (Span("Rp3.500", bold=True),)],
                    [text("Terboyo–Kaligawe"), text("6 km"), (Span("Rp4.000", strike=True), Span(" Rp3.500"))],
                ],
                caption="Tarif bus listrik selama uji coba",
            ),
            Heading(3, text("Tanggapan warga")),
            Paragraph(text("Penumpang menilai bus bersih dan sejuk.")),
            Embed(url="https://www.youtube.com/watch?v=abc123"),
        ],
        related=[
            RelatedStory(
                "Tarif Angkot Naik Seribu Rupiah",
                "https://wartapesisir.example/berita/2024/05/02/tarif-angkot/",
                when("2024-05-02T10:00:00" + WIB),
            ),
            RelatedStory(
                "Jalur Sepeda Diperpanjang",
                "https://wartapesisir.example/berita/2024/04/11/jalur-sepeda/",
                when("2024-04-11T08:30:00" + WIB),
            ),
        ],
    )


def ready_article() -> Article:
    """``full_article`` with a body long enough for the site's rules (80 words)."""
    article = full_article()
    article.body[6:6] = [
        Paragraph(text("Dinas Perhubungan mencatat rata-rata 1.200 penumpang per hari pada "
                       "pekan pertama, terutama pekerja pabrik dan pelajar yang sebelumnya "
                       "naik angkot dua kali.")),
        Paragraph(text("Operator berjanji menambah lima armada jika jumlah penumpang terus "
                       "naik, sementara halte di Kaligawe akan diberi atap dan lampu.")),
    ]
    return article


def write_jpeg(
    path: Path, size: tuple[int, int] = (1600, 1000), colour: tuple[int, int, int] = (40, 90, 140)
) -> Path:
    Image.new("RGB", size, colour).save(path, quality=85)
    return path


def draft_with_images(tmp: Path, article: Article | None = None) -> Draft:
    """``article`` with a featured photo and one inline photo, as a draft with real JPEG files."""
    draft = Draft(article=article or full_article())
    featured = draft.add_media(write_jpeg(tmp / "utama.jpg"))
    inline = draft.add_media(write_jpeg(tmp / "halte.jpg", (1200, 800), (150, 60, 40)))
    draft.article.featured_image = ImageRef(
        featured,
        alt="Bus listrik putih berhenti di halte",
        caption="Bus listrik di Terboyo.",
        credit="Warta Pesisir/Bayu",
    )
    draft.article.body.insert(
        5,
        ImageBlock(
            ImageRef(
                inline, alt="Halte beratap merah", caption="Halte Kaligawe.", credit="Istimewa"
            )
        ),
    )
    return draft


def desk_article() -> Article:
    """``full_article`` with the writing desk's fields: SEO title and description, an
    editor, an update after publication and a correction note."""
    article = full_article()
    article.seo_title = "Bus Listrik Pantura Semarang Mulai Beroperasi, Tarif Rp3.500"
    article.seo_description = (
        "Uji coba sepuluh bus listrik rute Terboyo–Mangkang berlangsung tiga bulan; "
        "tarif Rp3.500 sekali jalan."
    )
    article.editors = [Author("Ayu Lestari")]
    article.updated = when("2024-06-19T08:15:00" + WIB)
    article.correction = "Berita ini diperbarui untuk membetulkan jumlah bus, sepuluh, bukan dua belas."
    article.correction_kind = "ralat"
    return article
