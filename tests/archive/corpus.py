"""A generated archive of plausible Indonesian news records (invented; no real news text).

Headlines, summaries, sections and tags are assembled from word lists per section, with
the affixed forms Indonesian headlines use (banjir/kebanjiran, serang/menyerang/serangan),
so stemming, prefixes and multi-word queries meet what they meet in a real archive.
Deterministic for a seed: tests and benchmarks build the same 100,000 articles.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

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
