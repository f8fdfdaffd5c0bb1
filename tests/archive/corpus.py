"""A generated archive of plausible Indonesian news records (invented; no real news text).

Headlines, summaries, sections and tags are assembled from word lists per section, with
the affixed forms Indonesian headlines use (banjir/kebanjiran, serang/menyerang/serangan),
so stemming, prefixes and multi-word queries meet what they meet in a real archive.
Deterministic for a seed: tests and benchmarks build the same 100,000 articles.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

WIB = timezone(timedelta(hours=7))
BASE_URL = "https://wartapesisir.example"
NEWEST = datetime(2024, 6, 30, 21, 0, tzinfo=WIB)

PLACES = (
    "Semarang Kendal Demak Pekalongan Tegal Brebes Batang Kudus Jepara Pati Rembang Blora "
    "Salatiga Magelang Klaten Sragen Wonosobo Cilacap Purwokerto Tambaklorok Mangkang Genuk "
    "Kaligawe Tugu Banyumanik Ungaran Boyolali Karanganyar Surakarta Grobogan Purworejo"
).split()

# section -> (subjects, verbs, objects, tags)
SECTIONS: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "Lingkungan": (
        ["Banjir rob", "Warga pesisir", "Nelayan", "Relawan", "Dinas lingkungan hidup",
         "Petani tambak", "BMKG", "Hujan deras", "Air pasang", "Angin kencang"],
        ["merendam", "menggenangi", "memperingatkan", "menanam", "membersihkan",
         "mengancam", "meluap di", "melanda", "menerjang", "merusak"],
        ["ratusan rumah", "tanggul laut", "hutan bakau", "sungai", "kampung nelayan",
         "tambak udang", "jalan pantura", "permukiman warga", "sampah plastik", "pantai"],
        ["banjir rob", "iklim", "pesisir", "bakau", "sampah", "cuaca", "kebanjiran"],
    ),
    "Hukum": (
        ["Polisi", "Kejaksaan", "Hakim", "Pengadilan negeri", "Polda", "Tersangka",
         "Komplotan pencuri", "Warga", "Pengacara", "Penyidik"],
        ["menangkap", "memeriksa", "menahan", "menyerang", "menggeledah",
         "menetapkan tersangka", "menyelidiki", "membongkar", "menuntut", "memvonis"],
        ["pelaku penyerangan", "kepala desa", "pengedar narkoba", "kantor dinas",
         "pos ronda", "bandar judi daring", "pejabat pengadaan", "sindikat penipuan",
         "korupsi dana desa", "penadah motor curian"],
        ["korupsi", "narkoba", "kriminal", "pengadilan", "penyerangan", "penipuan"],
    ),
    "Ekonomi": (
        ["Harga cabai", "Harga beras", "Pedagang pasar", "Bank daerah", "Inflasi",
         "Ekspor kopi", "Petani garam", "Pelaku UMKM", "Pemerintah provinsi", "Harga BBM"],
        ["naik menjelang", "turun setelah", "melonjak di", "menekan", "mendorong",
         "menopang", "menguat di", "anjlok di", "menyalurkan kredit untuk", "membebani"],
        ["pasar tradisional", "perekonomian daerah", "daya beli warga", "petani",
         "nelayan kecil", "pelaku usaha", "pedagang kaki lima", "koperasi",
         "industri rumahan", "pusat perbelanjaan"],
        ["harga", "inflasi", "umkm", "perdagangan", "pasar", "kenaikan harga"],
    ),
    "Olahraga": (
        ["Tim bola voli", "Pesilat muda", "Klub sepak bola daerah", "Atlet renang",
         "Pelatih tim nasional", "Pebulu tangkis", "Tim basket putri", "Pelari maraton",
         "Suporter", "Kontingen provinsi"],
        ["memenangi", "menjuarai", "kalah dalam", "bertanding di", "melaju ke",
         "bersiap menghadapi", "menyerang habis-habisan di", "tersingkir dari",
         "berlatih untuk", "mengincar emas di"],
        ["pertandingan final", "kejuaraan nasional", "babak semifinal", "liga daerah",
         "turnamen antarklub", "Pekan Olahraga Provinsi", "laga persahabatan",
         "kualifikasi", "seleksi atlet", "pertandingan kandang"],
        ["sepak bola", "bola voli", "bulu tangkis", "atletik", "pertandingan", "juara"],
    ),
    "Teknologi": (
        ["Perusahaan rintisan", "Mahasiswa", "Pemerintah kota", "Operator seluler",
         "Peneliti kampus", "Startup pertanian", "Dinas kominfo", "Pengembang aplikasi",
         "Bank digital", "Sekolah vokasi"],
        ["meluncurkan", "mengembangkan", "menguji coba", "memasang", "memperkenalkan",
         "membangun", "mengamankan", "memperluas", "menciptakan", "memanfaatkan"],
        ["aplikasi layanan publik", "jaringan internet desa", "kecerdasan buatan",
         "sensor banjir", "pembayaran digital", "pusat data", "robot pertanian",
         "satelit mini", "kendaraan listrik", "sistem keamanan siber"],
        ["aplikasi", "internet", "digital", "inovasi", "siber", "teknologi"],
    ),
    "Kesehatan": (
        ["Puskesmas", "Dinas kesehatan", "Rumah sakit daerah", "Dokter spesialis",
         "Kader posyandu", "Warga lansia", "Bidan desa", "Relawan medis", "Apoteker",
         "Pasien demam berdarah"],
        ["memeriksa", "mengobati", "memvaksinasi", "melayani", "mewaspadai",
         "menangani", "mengimbau", "memantau", "merawat", "menyosialisasikan"],
        ["balita kurang gizi", "kasus demam berdarah", "warga terdampak banjir",
         "penyakit kulit", "ibu hamil", "pasien BPJS", "wabah diare", "tekanan darah tinggi",
         "pemeriksaan gratis", "stunting"],
        ["kesehatan", "stunting", "vaksinasi", "demam berdarah", "puskesmas", "gizi"],
    ),
    "Pendidikan": (
        ["Sekolah dasar", "Guru honorer", "Siswa SMK", "Universitas negeri", "Pemerintah daerah",
         "Mahasiswa KKN", "Kepala sekolah", "Dinas pendidikan", "Orang tua murid",
         "Perpustakaan desa"],
        ["memperbaiki", "membuka", "menolak", "menggelar", "membagikan",
         "mengajar di", "memprotes", "mendampingi", "membangun", "mengikuti"],
        ["ruang kelas rusak", "penerimaan siswa baru", "beasiswa", "ujian sekolah",
         "kurikulum baru", "pelatihan guru", "buku pelajaran", "sekolah darurat",
         "zonasi sekolah", "lomba sains"],
        ["pendidikan", "sekolah", "guru", "siswa", "beasiswa", "kurikulum"],
    ),
    "Nasional": (
        ["Presiden", "Menteri dalam negeri", "DPR", "Komisi pemilihan umum", "Partai politik",
         "Mahkamah Konstitusi", "Gubernur", "Wakil presiden", "Badan pengawas pemilu",
         "Kementerian keuangan"],
        ["meresmikan", "membahas", "menetapkan", "mengumumkan", "mengesahkan",
         "menunda", "mengevaluasi", "meninjau", "menandatangani", "menolak"],
        ["rancangan undang-undang", "anggaran negara", "jadwal pemilihan",
         "calon kepala daerah", "pembangunan jalan tol", "bantuan sosial", "ibu kota baru",
         "kebijakan subsidi", "reformasi birokrasi", "pemilihan umum"],
        ["politik", "pemilu", "pemerintahan", "anggaran", "kebijakan", "DPR"],
    ),
}

NUMBERS = ("Dua", "Tiga", "Lima", "Tujuh", "Puluhan", "Ratusan", "Sepuluh", "Belasan")
SUMMARY_OPENERS = (
    "Peristiwa itu terjadi pada {day} pagi dan disaksikan banyak warga.",
    "Menurut keterangan pejabat setempat, penanganan dilanjutkan pekan depan.",
    "Warga berharap pemerintah segera turun tangan.",
    "Sejumlah pihak menilai langkah tersebut sudah lama ditunggu.",
    "Kegiatan berlangsung hingga sore hari dengan pengawalan petugas.",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def slugify(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in out.split("-") if part)[:80]


def record(n: int, rng: random.Random, when: datetime) -> dict:
    """One archive RECORD (the site index v2 shape) for article number ``n``."""
    section = rng.choice(list(SECTIONS))
    subjects, verbs, objects, tags = SECTIONS[section]
    place = rng.choice(PLACES)
    subject = rng.choice(subjects)
    if rng.random() < 0.2:
        subject = f"{rng.choice(NUMBERS)} {subject.lower()}"
    headline = f"{subject} {rng.choice(verbs)} {rng.choice(objects)} di {place}"
    summary = (
        f"{subject} {rng.choice(verbs)} {rng.choice(objects)} di wilayah {place}. "
        + rng.choice(SUMMARY_OPENERS).format(day=rng.choice(DAYS))
    )
    slug = f"{slugify(headline)}-{n}"
    path = f"berita/{when:%Y/%m/%d}/{slug}"
    return {
        "id": f"gen-{n:06d}",
        "path": path,
        "slug": slug,
        "url": f"{BASE_URL}/{path}/",
        "headline": headline,
        "section": section,
        "tags": sorted({rng.choice(tags), rng.choice(tags), place}),
        "published": when.isoformat(),
        "updated": None,
        "image": f"{BASE_URL}/{path}/foto-800.jpg" if rng.random() < 0.7 else None,
        "summary": summary,
        "language": "id",
    }


def records(count: int, *, seed: int = 10, newest: datetime = NEWEST) -> Iterator[dict]:
    """``count`` records, newest first, about 40 minutes apart (100,000 cover ~7.6 years)."""
    rng = random.Random(seed)
    when = newest
    for n in range(count):
        yield record(n, rng, when)
        when -= timedelta(minutes=rng.randint(10, 70))


# --- the same records as a published site, feeds and sitemaps ---------------------------


def month_of(record_: dict) -> str:
    return record_["published"][:7]


def write_site_index(root: Path, rows: list[dict], *, site: str = "Warta Pesisir") -> Path:
    """A v2 site index (manifest, monthly shards, latest) as the contract describes it."""
    folder = root / "index"
    folder.mkdir(parents=True, exist_ok=True)
    shards = []
    by_month: dict[str, list[dict]] = {}
    for row in rows:
        by_month.setdefault(month_of(row), []).append(row)
    for month in sorted(by_month):
        data = json.dumps({"format": "redaksi-site-index-shard", "version": 2, "month": month,
                           "articles": by_month[month]}, ensure_ascii=False).encode("utf-8")
        (folder / f"{month}.json").write_bytes(data)
        shards.append({"file": f"index/{month}.json", "month": month,
                       "count": len(by_month[month]), "sha256": hashlib.sha256(data).hexdigest(),
                       "updated": NEWEST.isoformat()})
    newest = sorted(rows, key=lambda r: r["published"], reverse=True)[:100]
    (folder / "latest.json").write_text(json.dumps(
        {"format": "redaksi-site-index-latest", "version": 2, "updated": NEWEST.isoformat(),
         "articles": newest}, ensure_ascii=False), encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(
        {"format": "redaksi-site-index", "version": 2, "site": site,
         "updated": NEWEST.isoformat(), "total": len(rows), "latest": "index/latest.json",
         "shards": shards}, ensure_ascii=False), encoding="utf-8")
    return root


def write_legacy_index(root: Path, rows: list[dict]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / "index.json"
    path.write_text(json.dumps({"format": "redaksi-site-index", "version": 1,
                                "articles": rows}, ensure_ascii=False), encoding="utf-8")
    return path


def rss(rows: list[dict], *, extra_items: str = "") -> str:
    items = "".join(
        f"<item><title>{escape(r['headline'])}</title><link>{escape(r['url'])}</link>"
        f"<guid isPermaLink='true'>{escape(r['url'])}</guid>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(r['published']))}</pubDate>"
        f"<description>{escape(r['summary'])}</description>"
        f"<category>{escape(r['section'])}</category>"
        + "".join(f"<category>{escape(t)}</category>" for t in r["tags"])
        + (f"<enclosure url='{escape(r['image'])}' type='image/jpeg' length='1'/>"
           if r["image"] else "")
        + "</item>" for r in rows)
    return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
            f"<title>Warta Pesisir</title><link>{BASE_URL}/</link><description>Berita</description>"
            f"{items}{extra_items}</channel></rss>")


def atom(rows: list[dict], *, extra_entries: str = "") -> str:
    entries = "".join(
        f"<entry><title type='text'>{escape(r['headline'])}</title>"
        f"<link rel='alternate' href='{escape(r['url'])}'/><id>urn:redaksi:{r['id']}</id>"
        f"<published>{r['published']}</published><updated>{r['published']}</updated>"
        f"<summary>{escape(r['summary'])}</summary>"
        f"<category term='{escape(r['section'])}'/></entry>" for r in rows)
    return ("<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Warta Pesisir</title><id>{BASE_URL}/</id><updated>{NEWEST.isoformat()}"
            f"</updated>{entries}{extra_entries}</feed>")


def sitemap(rows: list[dict], *, news: bool = True) -> str:
    urls = []
    for r in rows:
        news_part = (
            "<news:news><news:publication><news:name>Warta Pesisir</news:name>"
            "<news:language>id</news:language></news:publication>"
            f"<news:publication_date>{r['published']}</news:publication_date>"
            f"<news:title>{escape(r['headline'])}</news:title></news:news>") if news else ""
        urls.append(f"<url><loc>{escape(r['url'])}</loc><lastmod>{r['published']}</lastmod>"
                    f"{news_part}</url>")
    return ("<?xml version='1.0' encoding='UTF-8'?>"
            "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
            + "".join(urls) + "</urlset>")


def write_sitemaps(folder: Path, rows: list[dict], base: str) -> Path:
    """``sitemap.xml`` (an index) pointing at one sitemap per month under ``base``."""
    folder.mkdir(parents=True, exist_ok=True)
    by_month: dict[str, list[dict]] = {}
    for row in rows:
        by_month.setdefault(month_of(row), []).append(row)
    entries = []
    for month in sorted(by_month):
        (folder / f"sitemap-{month}.xml").write_text(sitemap(by_month[month]), encoding="utf-8")
        lastmod = max(r["published"] for r in by_month[month])
        entries.append(f"<sitemap><loc>{base.rstrip('/')}/sitemap-{month}.xml</loc>"
                       f"<lastmod>{lastmod}</lastmod></sitemap>")
    index = folder / "sitemap.xml"
    index.write_text("<?xml version='1.0' encoding='UTF-8'?><sitemapindex "
                     "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                     + "".join(entries) + "</sitemapindex>", encoding="utf-8")
    return index
