"""A labelled set for judging suggestions: five drafts, and for each the archive stories
an editor would pick as related (RELEVANT) and ones they would never pick (NEVER: the
same words in another sense, the same town or club in another story). All invented.

The archive is these labelled stories plus ~220 generated ones from sections none of
the drafts is about (``filler``), published over the two years before the drafts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from editor.model import Article, Paragraph
from editor.model.inline import text
from tests.archive.corpus import BASE_URL, WIB, records, slugify

# topic -> (draft headline, section, paragraphs)
DRAFTS: dict[str, tuple[str, str, list[str]]] = {
    "rob": ("Banjir Rob Kembali Rendam Tambaklorok, Warga Tinggikan Lantai Rumah", "Lingkungan", [
        "Banjir rob kembali merendam permukiman warga Tambaklorok, Semarang Utara, sejak Senin "
        "sore. Air laut pasang masuk ke gang-gang kampung nelayan setinggi lutut orang dewasa.",
        "Warga memilih meninggikan lantai rumah dengan urukan tanah dan batu karena rob datang "
        "hampir setiap bulan. Biaya urukan mencapai jutaan rupiah per rumah.",
        "Dinas Pekerjaan Umum menyebut pembangunan tanggul laut di pesisir utara Semarang "
        "belum rampung. Pompa air di rumah pompa Tambaklorok juga hanya menyala sebagian.",
        "Peneliti geologi mengingatkan penurunan muka tanah di Semarang utara mencapai "
        "beberapa sentimeter per tahun, sehingga rob makin sering dan makin tinggi.",
        "Nelayan Tambaklorok mengaku tidak bisa melaut karena perahu tertambat di tengah "
        "genangan. Sebagian warga mengungsi ke rumah kerabat selama air laut pasang.",
        "Pemerintah kota berjanji mempercepat normalisasi saluran dan menambah pompa portabel "
        "di titik-titik rawan rob sebelum puncak pasang bulan depan.",
    ]),
    "dana_desa": ("Kejaksaan Tahan Kepala Desa Sidomulyo atas Dugaan Korupsi Dana Desa",
                  "Hukum", [
        "Kejaksaan Negeri Kendal menahan Kepala Desa Sidomulyo berinisial SW atas dugaan "
        "korupsi dana desa tahun anggaran 2022 dan 2023.",
        "Penyidik menemukan proyek jalan desa dan talud fiktif yang dilaporkan selesai, padahal "
        "tidak pernah dikerjakan. Kerugian negara ditaksir Rp780 juta.",
        "Kasus ini bermula dari laporan warga dan audit Inspektorat Kabupaten yang menemukan "
        "laporan pertanggungjawaban dana desa tidak sesuai kenyataan.",
        "Tersangka dijerat pasal dalam Undang-Undang Pemberantasan Tindak Pidana Korupsi dan "
        "ditahan di rumah tahanan selama dua puluh hari pertama.",
        "Kejaksaan juga memeriksa bendahara desa dan dua perangkat desa lain sebagai saksi "
        "dalam perkara penyalahgunaan dana desa tersebut.",
    ]),
    "beras": ("Harga Beras Medium Naik, Bulog Gelar Operasi Pasar di Pasar Johar", "Ekonomi", [
        "Harga beras medium di pasar tradisional Semarang naik menjadi Rp14.000 per kilogram, "
        "tertinggi dalam setahun terakhir.",
        "Perum Bulog menggelar operasi pasar beras di Pasar Johar untuk menekan harga. Setiap "
        "warga boleh membeli paling banyak sepuluh kilogram beras SPHP.",
        "Pedagang beras menyebut pasokan gabah dari petani berkurang karena panen raya "
        "mundur akibat kemarau panjang.",
        "Badan Pusat Statistik mencatat beras menjadi penyumbang terbesar inflasi pangan "
        "bulan lalu, disusul cabai dan bawang merah.",
        "Dinas Perdagangan berjanji memantau stok beras di gudang distributor agar tidak "
        "terjadi penimbunan menjelang Lebaran.",
    ]),
    "dbd": ("Kasus Demam Berdarah Melonjak, Dinkes Kendal Gencarkan Pemberantasan Sarang Nyamuk",
            "Kesehatan", [
        "Dinas Kesehatan Kendal mencatat kasus demam berdarah dengue melonjak menjadi 312 kasus "
        "sejak Januari, dua kali lipat dibanding tahun lalu.",
        "Petugas puskesmas dan kader jumantik menggelar pemberantasan sarang nyamuk dengan "
        "menguras bak mandi, menutup tempat air, dan mengubur barang bekas.",
        "Pengasapan atau fogging hanya dilakukan di lingkungan yang ditemukan kasus demam "
        "berdarah, karena asap tidak membunuh jentik nyamuk Aedes aegypti.",
        "Rumah sakit daerah menambah ruang perawatan untuk pasien demam berdarah anak. Dokter "
        "meminta orang tua segera membawa anak yang demam tinggi ke fasilitas kesehatan.",
        "Musim hujan yang datang lebih awal membuat genangan air menjadi tempat nyamuk "
        "berkembang biak.",
    ]),
    "bola": ("Persipa Pesisir Tundukkan Persekat Tegal 2-1 di Stadion Jatidiri", "Olahraga", [
        "Persipa Pesisir menundukkan Persekat Tegal 2-1 dalam lanjutan Liga 2 di Stadion "
        "Jatidiri, Sabtu malam. Gol kemenangan dicetak pada menit ke-88.",
        "Pelatih Persipa Pesisir memuji mental pemain yang tidak menyerah meski tertinggal "
        "lebih dulu pada babak pertama.",
        "Kemenangan ini membawa Persipa naik ke peringkat ketiga klasemen Grup Tengah dan "
        "menjaga peluang lolos ke babak delapan besar.",
        "Ribuan suporter memadati tribun stadion. Panitia pelaksana mencatat penjualan tiket "
        "pertandingan kandang ini tertinggi musim ini.",
        "Persipa akan bertandang ke markas Persiku Kudus pekan depan dalam laga tandang yang "
        "menentukan.",
    ]),
}

# topic -> stories an editor would pick: (headline, summary, days before the draft)
RELEVANT: dict[str, list[tuple[str, str, int]]] = {
    "rob": [
        ("Rob Genangi Tambaklorok, Warga Terpaksa Tidur di Loteng",
         "Air laut pasang merendam kampung nelayan Tambaklorok.", 40),
        ("Tanggul Laut Semarang Ditargetkan Rampung Akhir Tahun",
         "Pembangunan tanggul laut di pesisir utara Semarang terus dikebut.", 90),
        ("Penurunan Muka Tanah di Semarang Utara Capai 10 Sentimeter per Tahun",
         "Peneliti mengukur amblesan tanah yang memperparah banjir rob.", 200),
        ("Rumah Pompa Tambaklorok Rusak, Genangan Rob Bertahan Berhari-hari",
         "Pompa air tidak berfungsi saat air laut pasang.", 15),
        ("Warga Pesisir Semarang Tinggikan Rumah demi Hindari Rob",
         "Meninggikan lantai rumah menjadi cara bertahan dari banjir rob.", 300),
        ("Nelayan Tambaklorok Tak Bisa Melaut Akibat Banjir Rob",
         "Perahu nelayan tertambat di tengah genangan air laut.", 120),
        ("Pemkot Semarang Tambah Pompa Portabel di Titik Rawan Rob",
         "Pompa portabel disiagakan menjelang puncak air pasang.", 60),
        ("Banjir Rob Rendam Jalan Kaligawe, Lalu Lintas Tersendat",
         "Air pasang menggenangi jalur pantura di Semarang.", 250),
    ],
    "dana_desa": [
        ("Inspektorat Temukan Laporan Dana Desa Fiktif di Kendal",
         "Audit menemukan proyek desa yang tidak pernah dikerjakan.", 70),
        ("Kepala Desa di Kendal Jadi Tersangka Korupsi Dana Desa",
         "Kejaksaan menetapkan kepala desa tersangka penyalahgunaan dana desa.", 150),
        ("Warga Sidomulyo Laporkan Proyek Jalan Desa yang Tak Kunjung Dibangun",
         "Warga curiga dana desa untuk jalan desa diselewengkan.", 200),
        ("Kejaksaan Periksa Bendahara Desa Sidomulyo",
         "Bendahara desa diperiksa sebagai saksi kasus dana desa.", 20),
        ("Sidang Tipikor Vonis Mantan Kades Lima Tahun Penjara karena Korupsi Dana Desa",
         "Hakim menyatakan terdakwa menyalahgunakan dana desa.", 400),
        ("Kerugian Negara Kasus Dana Desa Sidomulyo Ditaksir Ratusan Juta",
         "Auditor menghitung kerugian negara dari proyek fiktif.", 35),
    ],
    "beras": [
        ("Bulog Siapkan Operasi Pasar Beras Jelang Lebaran",
         "Beras SPHP disalurkan ke pasar tradisional.", 30),
        ("Harga Gabah di Tingkat Petani Naik, Panen Raya Mundur",
         "Kemarau panjang membuat panen padi terlambat.", 50),
        ("Beras Jadi Penyumbang Inflasi Terbesar Bulan Ini",
         "Badan Pusat Statistik mencatat kenaikan harga beras medium.", 80),
        ("Pedagang Pasar Johar Keluhkan Pasokan Beras Menipis",
         "Stok beras di pedagang Pasar Johar berkurang.", 10),
        ("Dinas Perdagangan Sidak Gudang Beras, Cegah Penimbunan",
         "Petugas memeriksa stok beras di gudang distributor.", 100),
        ("Harga Beras Premium Tembus Rp16.000 per Kilogram",
         "Harga beras di pasar tradisional terus naik.", 140),
        ("Operasi Pasar Beras Murah Diserbu Warga",
         "Warga antre membeli beras SPHP dari Bulog.", 300),
    ],
    "dbd": [
        ("Kasus Demam Berdarah di Kendal Naik Awal Musim Hujan",
         "Dinas kesehatan mencatat peningkatan kasus DBD.", 60),
        ("Kader Jumantik Periksa Jentik Nyamuk dari Rumah ke Rumah",
         "Pemberantasan sarang nyamuk digencarkan di kampung.", 25),
        ("Fogging Bukan Solusi Utama Cegah Demam Berdarah",
         "Pengasapan tidak membunuh jentik nyamuk Aedes aegypti.", 200),
        ("Ruang Perawatan Pasien Demam Berdarah Anak Penuh",
         "Rumah sakit daerah kewalahan menampung pasien DBD anak.", 12),
        ("Puskesmas Gelar Gerakan Menguras dan Menutup Tempat Air",
         "Gerakan pemberantasan sarang nyamuk demam berdarah digelar serentak.", 90),
        ("Warga Diminta Waspadai Gejala Demam Berdarah Dengue",
         "Dokter mengingatkan tanda bahaya DBD pada anak.", 150),
    ],
    "bola": [
        ("Persipa Pesisir Curi Poin di Kandang Persiku Kudus",
         "Persipa bermain imbang dalam laga tandang Liga 2.", 300),
        ("Pelatih Persipa Pesisir Minta Pemain Jaga Mental Bertanding",
         "Persipa bersiap menghadapi laga berat Liga 2.", 20),
        ("Persipa Pesisir Kalahkan PSIR Rembang di Stadion Jatidiri",
         "Suporter memadati stadion Jatidiri menyaksikan kemenangan Persipa.", 35),
        ("Klasemen Liga 2 Grup Tengah: Persipa Pesisir Naik ke Lima Besar",
         "Peluang Persipa lolos ke babak delapan besar terbuka.", 50),
        ("Tiket Laga Kandang Persipa Pesisir Ludes Terjual",
         "Panitia pelaksana menambah kuota tiket pertandingan.", 80),
        ("Persekat Tegal Rekrut Striker Baru Jelang Liga 2",
         "Persekat memperkuat lini serang sebelum musim dimulai.", 120),
    ],
}

# topic -> stories an editor would never pick for that draft (same words, other story)
NEVER: dict[str, list[tuple[str, str]]] = {
    "rob": [
        ("Banjir Diskon Akhir Tahun di Pusat Perbelanjaan Semarang",
         "Pusat belanja memberi potongan harga besar-besaran."),
        ("Kapal Pesiar Sandar di Pelabuhan Tanjung Emas, Turis Jelajahi Kota Lama",
         "Ratusan wisatawan asing turun dari kapal pesiar."),
        ("Harga Ikan Laut di Pasar Semarang Turun Saat Musim Panen",
         "Pasokan ikan dari nelayan melimpah."),
        ("Lomba Perahu Hias Meriahkan Sedekah Laut Tambaklorok",
         "Tradisi sedekah laut digelar nelayan setiap tahun."),
    ],
    "dana_desa": [
        ("Desa Wisata Sidomulyo Ramai Dikunjungi saat Libur Panjang",
         "Wisatawan menikmati sawah dan kuliner desa."),
        ("Dana Pensiun Guru Honorer Cair Bulan Depan", "Pemerintah daerah mencairkan tunjangan."),
        ("Kepala Desa se-Kendal Ikuti Pelatihan Aplikasi Keuangan Desa",
         "Pelatihan digelar dinas pemberdayaan masyarakat desa."),
        ("Pemuda Sidomulyo Juara Lomba Festival Kampung", "Kampung Sidomulyo menang lomba."),
    ],
    "beras": [
        ("Beras Kencur Hangat Jadi Minuman Favorit Saat Hujan",
         "Jamu beras kencur diburu warga."),
        ("Pasar Johar Baru Dilengkapi Eskalator dan Ruang Laktasi",
         "Renovasi pasar rampung dan dibuka untuk pedagang."),
        ("Harga Tiket Bus Naik Jelang Lebaran", "Operator bus menaikkan tarif angkutan mudik."),
        ("Petani Kopi Temanggung Panen Raya", "Harga kopi di tingkat petani stabil."),
    ],
    "dbd": [
        ("Demam Drama Korea Melanda Remaja Kendal", "Remaja gemar menonton serial Korea."),
        ("Kendal Gelar Lomba Kampung Bersih dan Hijau",
         "Lomba kebersihan lingkungan antar kampung digelar."),
        ("Rumah Sakit Daerah Kendal Buka Layanan Jantung Terpadu",
         "Layanan baru untuk pasien penyakit jantung."),
        ("Musim Hujan, Petani Kendal Mulai Tanam Padi", "Petani menyiapkan sawah."),
    ],
    "bola": [
        ("Stadion Jatidiri Jadi Lokasi Konser Musik Akhir Pekan",
         "Ribuan penonton memadati konser di stadion."),
        ("Tim Bola Voli Putri Pesisir Juara Provinsi", "Bola voli putri meraih emas."),
        ("Pelatih Senam Lansia Ajak Warga Tegal Rajin Bergerak",
         "Senam lansia digelar setiap Minggu pagi."),
        ("Suporter Diimbau Tertib di Jalan Saat Pawai Kemerdekaan",
         "Polisi mengatur lalu lintas saat pawai."),
    ],
}

DRAFT_TIME = {topic: datetime(2024, 6, 20, 10, 0, tzinfo=WIB) + timedelta(hours=n)
              for n, topic in enumerate(DRAFTS)}
FILLER_SECTIONS = {"Teknologi", "Pendidikan", "Nasional"}


def draft(topic: str) -> Article:
    headline, section, paragraphs = DRAFTS[topic]
    return Article(headline=headline, section=section, published=DRAFT_TIME[topic],
                   body=[Paragraph(text(p)) for p in paragraphs])


def _row(n: int, headline: str, summary: str, section: str, when: datetime) -> dict:
    slug = f"{slugify(headline)}-{n}"
    path = f"berita/{when:%Y/%m/%d}/{slug}"
    return {"id": f"lab-{n}", "path": path, "slug": slug, "url": f"{BASE_URL}/{path}/",
            "headline": headline, "section": section, "tags": [], "published": when.isoformat(),
            "updated": None, "image": None, "summary": summary, "language": "id"}


def labelled_rows() -> tuple[list[dict], dict[str, set[str]], dict[str, set[str]]]:
    """(archive rows, topic -> relevant URLs, topic -> never URLs)."""
    rows: list[dict] = []
    relevant: dict[str, set[str]] = {}
    never: dict[str, set[str]] = {}
    for topic, stories in RELEVANT.items():
        section = DRAFTS[topic][1]
        for headline, summary, days in stories:
            row = _row(len(rows), headline, summary, section, DRAFT_TIME[topic] - timedelta(days))
            rows.append(row)
            relevant.setdefault(topic, set()).add(row["url"])
    for n, (topic, stories) in enumerate(NEVER.items()):
        for k, (headline, summary) in enumerate(stories):
            when = DRAFT_TIME[topic] - timedelta(days=5 + 37 * k + n)
            row = _row(len(rows), headline, summary, "Daerah", when)
            rows.append(row)
            never.setdefault(topic, set()).add(row["url"])
    rows += filler()
    return rows, relevant, never


def filler(count: int = 230) -> list[dict]:
    """Generated stories from sections no draft is about, over the two years before."""
    out = []
    for n, row in enumerate(r for r in records(4000, seed=99) if r["section"] in FILLER_SECTIONS):
        if n >= count:
            break
        when = datetime(2024, 6, 19, tzinfo=WIB) - timedelta(hours=73 * n)
        out.append(dict(row, published=when.isoformat()))
    return out
