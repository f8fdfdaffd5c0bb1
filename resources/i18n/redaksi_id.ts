<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/gui/window/actions.py" line="+42"/>
        <source>&amp;New</source>
        <translation>Bar&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Word, Google Docs, text or web page article as a new draft</source>
        <translation>Buka berita dari Word, Google Docs, teks atau halaman web sebagai draf baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Simpan Seba&amp;gai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Kembalikan ke Versi Tersimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision &amp;History…</source>
        <translation>Ri&amp;wayat Revisi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier saved versions: what changed, and restore one</source>
        <translation>Lihat versi yang pernah disimpan, apa yang berubah, lalu pulihkan salah satunya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the article as a web page with its metadata</source>
        <translation>Ekspor berita menjadi halaman web beserta metadatanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Terbitkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the article to the site</source>
        <translation>Kirim berita ke situs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Ke&amp;luar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste as Plain &amp;Text</source>
        <translation>Tempel sebagai Teks &amp;Biasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>Pilih Semu&amp;a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in the headline, deck, text, captions and related stories</source>
        <translation>Cari kata di seluruh berita: judul, ringkasan, isi, keterangan foto, dan berita terkait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Cari Beri&amp;kutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Cari Sebelu&amp;mnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Card…</source>
        <translation>Sunting S&amp;isipan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the Baca Juga, photo or embed at the cursor</source>
        <translation>Sunting Baca Juga, foto, atau sematan di posisi kursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Card &amp;Up</source>
        <translation>&amp;Naikkan Sisipan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Card &amp;Down</source>
        <translation>Tu&amp;runkan Sisipan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete Card</source>
        <translation>&amp;Hapus Sisipan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;references…</source>
        <translation>Pre&amp;ferensi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Baca Juga…</source>
        <translation>&amp;Baca Juga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a Baca Juga link between paragraphs</source>
        <translation>Sisipkan tautan Baca Juga di antara paragraf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Featured &amp;Photo…</source>
        <translation>&amp;Foto Utama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the photo shown above the article</source>
        <translation>Pilih foto yang tampil di atas berita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image in the Text…</source>
        <translation>Foto &amp;dalam Teks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a photo between paragraphs</source>
        <translation>Sisipkan foto di antara paragraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mbed (Video, Post)…</source>
        <translation>&amp;Sematan (Video, Unggahan)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a link card to a video or social media post</source>
        <translation>Sisipkan kotak tautan ke video atau unggahan media sosial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Related Story…</source>
        <translation>Berita &amp;Terkait…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a story to Berita Terkait</source>
        <translation>Tambahkan berita ke Berita Terkait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>&amp;Tebal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Miring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link…</source>
        <translation>Taut&amp;an…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected words to a web address</source>
        <translation>Tautkan kata yang dipilih ke alamat web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subheading (H&amp;2)</source>
        <translation>Subjudul (H&amp;2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor Subheading (H&amp;3)</source>
        <translation>Subjudul Kecil (H&amp;3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quote</source>
        <translation>&amp;Kutipan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote &amp;Attribution…</source>
        <translation>&amp;Sumber Kutipan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ulleted List</source>
        <translation>Daftar &amp;Berbutir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Numbered List</source>
        <translation>Daftar Bern&amp;omor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Formatting</source>
        <translation>&amp;Hapus Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;hone Width</source>
        <translation>Lebar &amp;Ponsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview at phone width (390 px)</source>
        <translation>Pratinjau selebar ponsel (390 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desktop Width</source>
        <translation>Lebar &amp;Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview at desktop width (1280 px)</source>
        <translation>Pratinjau selebar desktop (1280 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search and Social</source>
        <translation>Pen&amp;carian dan Media Sosial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the search result and the shared link</source>
        <translation>Pratinjau hasil pencarian dan tautan yang dibagikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Preview</source>
        <translation>Tampilkan P&amp;ratinjau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Related Stories</source>
        <translation>&amp;Berita Terkait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags and Authors</source>
        <translation>&amp;Tag dan Penulis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Checks</source>
        <translation>Pe&amp;meriksaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;earch Title and Description</source>
        <translation>&amp;Judul dan Deskripsi SEO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every command&apos;s keys, on one sheet</source>
        <translation>Tombol pintas semua perintah dalam satu daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Redaksi</source>
        <translation>&amp;Tentang Redaksi</translation>
    </message>
</context>
<context>
    <name>ArchiveSearch</name>
    <message>
        <location filename="../../editor/gui/archive/search.py" line="+157"/>
        <source>The archive cannot be read: %1</source>
        <translation>Arsip tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This site&apos;s archive is empty. Fill it with the command “redaksi archive sync”; you can still type a link below.</source>
        <translation>Arsip situs ini masih kosong. Isi dengan perintah “redaksi archive sync”; tautan tetap bisa diketik di bawah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in the archive for “%1”.</source>
        <translation>Tidak ada berita di arsip untuk “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type words of the title; Enter or a click fills in the link, title and date.</source>
        <translation>Ketik kata dari judul berita; tekan Enter atau klik untuk mengisi tautan, judul, dan tanggal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the archive:</source>
        <translation>Cari di arsip:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words of the title, e.g. banjir rob</source>
        <translation>Kata dari judul, misalnya banjir rob</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sections</source>
        <translation>Semua rubrik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only stories of this section</source>
        <translation>Hanya berita dari rubrik ini</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../editor/gui/checks/panel.py" line="+48"/>
        <source>Click to go there</source>
        <translation>Klik untuk menuju ke sana</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No problems found. The article is ready to export.</source>
        <translation>Tidak ada masalah. Berita siap diekspor.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../editor/gui/window/desk.py" line="+117"/>
        <location line="+5"/>
        <source>Restore version</source>
        <translation>Pulihkan versi</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>The version is back without its %n photo(s): the draft no longer keeps them (old versions keep their photos only up to a size limit). Add the photo again if the article needs it.</source>
        <translation>
            <numerusform>Versi ini dipulihkan tanpa fotonya (%n foto): foto itu tidak lagi disimpan di draf (versi lama menyimpan fotonya hanya sampai batas ukuran tertentu). Tambahkan lagi fotonya bila berita memerlukannya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceStage</name>
    <message>
        <location filename="../../editor/gui/preview/stage.py" line="+154"/>
        <source>Zoom</source>
        <translation>Perbesaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page is laid out at the device&apos;s real width; a smaller zoom shows more of it</source>
        <translation>Halaman ditata selebar perangkat sebenarnya; perbesaran yang lebih kecil menampilkan lebih banyak</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/dialogs/export.py" line="+97"/>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported: %1</source>
        <translation>Selesai diekspor: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export failed: %1</source>
        <translation>Ekspor gagal: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+24"/>
        <location line="+5"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The page was exported, but no web browser could be started to show it. Open it yourself: %1</source>
        <translation>Halaman sudah diekspor, tetapi peramban tidak bisa dibuka untuk menampilkannya. Buka sendiri: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Site profile:</source>
        <translation>Profil situs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder:</source>
        <translation>Folder hasil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page when done</source>
        <translation>Buka halamannya setelah selesai</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../editor/gui/window/file_ops.py" line="+49"/>
        <source>Redaksi</source>
        <translation>Redaksi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open article</source>
        <translation>Buka berita</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+89"/>
        <source>File changed on disk</source>
        <translation>Berkas berubah di disk</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>“%1” was changed by another program since you opened it. Overwrite it with your version?</source>
        <translation>“%1” diubah oleh program lain sejak Anda membukanya. Timpa dengan versi Anda?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Save article as</source>
        <translation>Simpan berita sebagai</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+48"/>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Simpan perubahan pada “%1” sebelum ditutup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t Save</source>
        <translation>Jangan Simpan</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Throw away the changes since the last save?</source>
        <translation>Buang semua perubahan sejak terakhir disimpan?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” was changed by another program. Reload it (your unsaved changes are lost) or keep editing your version?</source>
        <translation>“%1” diubah oleh program lain. Muat ulang (perubahan Anda yang belum disimpan akan hilang) atau lanjutkan menyunting versi Anda?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep My Version</source>
        <translation>Pakai Versi Saya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload</source>
        <translation>Muat Ulang</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redaksi was not closed properly. A recovery copy of “%1” from %2 was found. Restore it?</source>
        <translation>Redaksi tidak ditutup dengan benar. Ditemukan salinan pemulihan “%1” dari %2. Pulihkan?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover unsaved work</source>
        <translation>Pulihkan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide Later</source>
        <translation>Putuskan Nanti</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Redaksi articles (*.redaksi)</source>
        <translation>Draf Redaksi (*.redaksi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/gui/find/bar.py" line="+179"/>
        <location line="+82"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Replace all</source>
        <translation>Ganti semua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced: %1</source>
        <translation>%1 diganti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Find:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with:</source>
        <translation>Ganti dengan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline, deck, text, captions, related</source>
        <translation>Judul, ringkasan, isi, keterangan foto, berita terkait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Temuan sebelumnya (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>Temuan berikutnya (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Cocokkan huruf besar/kecil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words</source>
        <translation>Kata utuh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace All</source>
        <translation>Ganti Semua</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../editor/gui/dialogs/forms.py" line="+155"/>
        <source>Fill in: %1</source>
        <translation>Isi dulu: %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The address must start with https:// or http://</source>
        <translation>Alamat harus diawali https:// atau http://</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This address has no full site name (it needs a dot, as in www.bmkg.go.id)</source>
        <translation>Alamat ini tidak punya nama situs yang lengkap (perlu titik, seperti www.bmkg.go.id)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A web address cannot contain spaces</source>
        <translation>Alamat web tidak boleh berisi spasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no site name after https://</source>
        <translation>Alamat ini tidak punya nama situs setelah https://</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+10"/>
        <source>No date</source>
        <translation>Tanpa tanggal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved as %1</source>
        <translation>Akan disimpan sebagai %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Web address:</source>
        <translation>Alamat web:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text:</source>
        <translation>Teks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to show (the address if empty)</source>
        <translation>Teks yang tampil (jika kosong, alamatnya yang tampil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the address empty to remove the link.</source>
        <translation>Kosongkan alamat untuk menghapus tautan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Baca Juga</source>
        <translation>Baca Juga</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+78"/>
        <source>Link:</source>
        <translation>Tautan:</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>https://… address of the other article</source>
        <translation>https://… alamat berita lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline of the other article</source>
        <translation>Judul berita lain</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A Baca Juga line links an earlier article between paragraphs.</source>
        <translation>Baris Baca Juga di antara paragraf menautkan ke berita lain yang sudah terbit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Related story</source>
        <translation>Berita terkait</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Published:</source>
        <translation>Terbit:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Embed</source>
        <translation>Sematan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YouTube, X, Instagram … address</source>
        <translation>Alamat YouTube, X, Instagram …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs/image.py" line="+30"/>
        <location filename="../../editor/gui/dialogs/forms.py" line="+1"/>
        <location line="+6"/>
        <source>Caption:</source>
        <translation>Keterangan:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs/forms.py" line="-5"/>
        <source>Shown as a link card; no third-party script is loaded.</source>
        <translation>Tampil sebagai kotak tautan; tidak ada skrip pihak ketiga yang dimuat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the table shows, e.g. Tinggi rob per kelurahan</source>
        <translation>Isi tabel, misalnya Tinggi rob per kelurahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption names the table for screen readers. Its cells come from the imported document; change them there and import it again.</source>
        <translation>Keterangan menamai tabel bagi pembaca layar. Selnya berasal dari dokumen yang diimpor; ubah di sana lalu impor lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quote attribution</source>
        <translation>Sumber kutipan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who said it:</source>
        <translation>Narasumber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, role</source>
        <translation>Nama, jabatan</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs/image.py" line="-3"/>
        <source>Photo in the text</source>
        <translation>Foto di dalam teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text:</source>
        <translation>Teks alt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the photo shows (required)</source>
        <translation>Apa yang tampak di foto (wajib)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who, doing what, where, when</source>
        <translation>Siapa, sedang apa, di mana, kapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit:</source>
        <translation>Kredit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. REUTERS/Name or Istimewa</source>
        <translation>misalnya REUTERS/Nama atau Istimewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text describes the picture; the caption tells the story. Click the photo to set its focal point.</source>
        <translation>Teks alt menggambarkan isi foto; keterangan menceritakan peristiwanya. Klik foto untuk menentukan titik fokusnya.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading photo…</source>
        <translation>Memuat foto…</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../editor/gui/article/header.py" line="+94"/>
        <source>Edit headline</source>
        <translation>Ubah judul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit deck</source>
        <translation>Ubah ringkasan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose section</source>
        <translation>Pilih rubrik</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Change publish time</source>
        <translation>Ubah waktu terbit</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+42"/>
        <source>No section</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Headline length: %1 characters (recommended %2–%3)</source>
        <translation>Panjang judul: %1 karakter (disarankan %2–%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headline</source>
        <translation>Judul berita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck: one or two sentences under the headline</source>
        <translation>Ringkasan: satu atau dua kalimat di bawah judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scheduled</source>
        <translation>Belum dijadwalkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish date and time, in the newsroom&apos;s time zone</source>
        <translation>Tanggal dan jam terbit, dalam zona waktu redaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the publish time to now</source>
        <translation>Isi waktu terbit dengan waktu sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the article as updated now: a second date line on the page, and a place for a correction note</source>
        <translation>Tandai berita diperbarui sekarang: baris tanggal kedua di halaman, dan tempat untuk catatan ralat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section (rubrik) from the site profile</source>
        <translation>Rubrik dari profil situs</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../editor/gui/dialogs/history.py" line="+100"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n kata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 words</source>
        <translation>%1 kata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No saved versions yet.</source>
        <translation>Belum ada versi yang tersimpan.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Since the version before: %n word(s) added</source>
        <translation>
            <numerusform>Dibanding versi sebelumnya: %n kata ditambahkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n dihapus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change in the text.</source>
        <translation>Tidak ada perubahan pada teks.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no words)</source>
        <translation>(tanpa kata)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deck</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title</source>
        <translation>Judul SEO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search description</source>
        <translation>Deskripsi SEO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction note</source>
        <translation>Catatan ralat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraph %1</source>
        <translation>Paragraf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subheading %1</source>
        <translation>Subjudul %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote %1</source>
        <translation>Kutipan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List %1</source>
        <translation>Daftar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baca Juga %1</source>
        <translation>Baca Juga %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed %1</source>
        <translation>Sematan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table %1</source>
        <translation>Tabel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block %1</source>
        <translation>Blok %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revision History</source>
        <translation>Riwayat Revisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each save keeps a version of the article. Choose one to see what changed since the version before it; restoring it can be undone with Undo.</source>
        <translation>Setiap kali berita disimpan, satu versinya ikut tersimpan. Pilih satu versi untuk melihat apa yang berubah dari versi sebelumnya; pemulihan bisa dibatalkan dengan Urungkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore This Version</source>
        <translation>Pulihkan Versi Ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>HostKeyQuestion</name>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="+158"/>
        <source>Unknown server</source>
        <translation>Server tak dikenal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 is not known yet.</source>
        <translation>Server %1 belum dikenal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its key fingerprint is:</source>
        <translation>Sidik jari kuncinya:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it with the fingerprint from your server administrator. Trust this server only if they match.</source>
        <translation>Cocokkan dengan sidik jari dari pengelola server. Percayai server ini hanya bila keduanya sama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust and Publish</source>
        <translation>Percayai dan Terbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do Not Trust</source>
        <translation>Jangan Percayai</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../editor/gui/window/importing.py" line="+52"/>
        <location line="+36"/>
        <source>Import article</source>
        <translation>Impor berita</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Articles (*.docx *.md *.txt *.html *.htm)</source>
        <translation>Berita (*.docx *.md *.txt *.html *.htm)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Paste article</source>
        <translation>Tempel berita</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../editor/gui/dialogs/import_report.py" line="+43"/>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” opened as a new draft. Check these places before you publish.</source>
        <translation>“%1” dibuka sebagai draf baru. Periksa bagian-bagian ini sebelum terbit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipboard</source>
        <translation>Papan klip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out or needs a look</source>
        <translation>Tidak diambil atau perlu diperiksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Dikenali</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to report: the text came in as it was.</source>
        <translation>Tidak ada catatan: teks masuk apa adanya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/window/main_window.py" line="+352"/>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Related stories (%1)</source>
        <translation>Berita Terkait (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags and authors</source>
        <translation>Tag &amp; Penulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and social</source>
        <translation>Pencarian &amp; Medsos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks (%1 ⚠)</source>
        <translation>Pemeriksaan (%1 ⚠)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checks ✓</source>
        <translation>Pemeriksaan ✓</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Formatting</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHOTO</source>
        <translation>FOTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EMBED</source>
        <translation>SEMATAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TABLE</source>
        <translation>TABEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows × %2 columns</source>
        <translation>%1 baris × %2 kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit: %1</source>
        <translation>Kredit: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt: %1</source>
        <translation>Alt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No alt text: describe the photo</source>
        <translation>Belum ada teks alt: gambarkan isi foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No link</source>
        <translation>Belum ada tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card (F2)</source>
        <translation>Sunting sisipan ini (F2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up a paragraph</source>
        <translation>Naikkan satu paragraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down a paragraph</source>
        <translation>Turunkan satu paragraf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this card</source>
        <translation>Hapus sisipan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Baca Juga would fit here: click to insert one</source>
        <translation>Baca Juga cocok di sini: klik untuk menyisipkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested Baca Juga: %1. Click to insert or reject it</source>
        <translation>Saran Baca Juga: %1. Klik untuk menyisipkan atau menolaknya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baca Juga?</source>
        <translation>Baca Juga?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the story here…</source>
        <translation>Tulis berita di sini…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../editor/gui/window/actions.py" line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert</source>
        <translation>S&amp;isipkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Be&amp;rkas Terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
</context>
<context>
    <name>MetaPanel</name>
    <message>
        <location filename="../../editor/gui/article/meta_panel.py" line="+91"/>
        <source>Edit tags</source>
        <translation>Ubah tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose tag</source>
        <translation>Pilih tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit sign-off</source>
        <translation>Ubah inisial penulis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit dateline</source>
        <translation>Ubah kota dateline</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit authors</source>
        <translation>Ubah penulis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit editor</source>
        <translation>Ubah editor</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk editor&apos;s name</source>
        <translation>Nama editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed as “Editor: Name” next to the writer</source>
        <translation>Tampil sebagai “Editor: Nama” di sebelah penulis</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Edit slug</source>
        <translation>Ubah slug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slug follows headline</source>
        <translation>Slug mengikuti judul</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-off</source>
        <translation>Inisial penulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline city</source>
        <translation>Kota dateline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, e.g. banjir rob, Semarang</source>
        <translation>Pisahkan dengan koma, misalnya banjir rob, Semarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated names</source>
        <translation>Nama, dipisahkan koma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initials at the end of the article, e.g. rk/ad</source>
        <translation>Inisial di akhir berita, misalnya rk/ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City before the first paragraph, e.g. Semarang</source>
        <translation>Kota sebelum paragraf pertama, misalnya Semarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows the headline until you edit it; fixed once published</source>
        <translation>Mengikuti judul sampai Anda mengubahnya; tidak bisa diubah setelah terbit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the slug follow the headline again</source>
        <translation>Jadikan slug mengikuti judul lagi</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="+49"/>
        <source>Passphrase</source>
        <translation>Frasa Sandi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Kata Sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key %1 is locked with a passphrase.</source>
        <translation>Kunci SSH %1 dilindungi frasa sandi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server asks for the password of %1.</source>
        <translation>Server meminta kata sandi untuk %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keyring</source>
        <translation>Simpan di keyring sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaksi keeps passwords only in the system keyring, never in its settings or files.</source>
        <translation>Redaksi menyimpan kata sandi hanya di keyring sistem, tidak pernah di preferensi atau berkasnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <location filename="../../editor/gui/article/photo.py" line="+167"/>
        <source>Edit alt text</source>
        <translation>Ubah teks alt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit caption</source>
        <translation>Ubah keterangan foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit photo credit</source>
        <translation>Ubah kredit foto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set focal point</source>
        <translation>Tentukan titik fokus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading photo…</source>
        <translation>Memuat foto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a photo here or choose one</source>
        <translation>Seret foto ke sini atau pilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the photo to set its focal point</source>
        <translation>Klik foto untuk menentukan titik fokusnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>Ganti…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Alt text</source>
        <translation>Teks alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text (required): what the photo shows</source>
        <translation>Teks alt (wajib): apa yang tampak di foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text describes the picture for people who cannot see it; the caption tells the story.</source>
        <translation>Teks alt menggambarkan foto bagi yang tidak bisa melihatnya; keterangan menceritakan peristiwanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption: who, doing what, where, when</source>
        <translation>Keterangan: siapa, sedang apa, di mana, kapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit, e.g. REUTERS/Name or Istimewa</source>
        <translation>Kredit, misalnya REUTERS/Nama atau Istimewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo needs alt text</source>
        <translation>Foto perlu teks alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the featured photo</source>
        <translation>Hapus foto utama</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/gui/dialogs/preferences.py" line="+106"/>
        <source>Add site profile</source>
        <translation>Tambah profil situs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site profiles (*.toml)</source>
        <translation>Profil situs (*.toml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site profile</source>
        <translation>Profil situs</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site profiles:</source>
        <translation>Profil situs:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile in use:</source>
        <translation>Profil yang dipakai:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default author:</source>
        <translation>Penulis bawaan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default sign-off:</source>
        <translation>Inisial penulis bawaan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery copy every:</source>
        <translation>Salinan pemulihan tiap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest Baca Juga every:</source>
        <translation>Sarankan Baca Juga tiap:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> seconds</source>
        <translation> detik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> paragraphs</source>
        <translation> paragraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name put on new articles</source>
        <translation>Nama yang dipasang pada berita baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. rk/ad</source>
        <translation>misalnya rk/ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the exported page when done</source>
        <translation>Buka halaman hasil ekspor setelah selesai</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../editor/gui/preview/pane.py" line="+279"/>
        <source>Live preview</source>
        <translation>Pratinjau langsung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was switched off with REDAKSI_NO_WEBENGINE</source>
        <translation>dimatikan dengan REDAKSI_NO_WEBENGINE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The live preview needs Qt WebEngine, which could not be loaded ({reason}). You can keep writing; saving and export work as usual.</source>
        <translation>Pratinjau langsung membutuhkan Qt WebEngine, yang tidak bisa dimuat ({reason}). Anda tetap bisa menulis; menyimpan dan mengekspor berjalan seperti biasa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview stopped unexpectedly. It will restart with your next change.</source>
        <translation>Pratinjau berhenti tiba-tiba. Pratinjau akan dimulai lagi pada perubahan berikutnya.</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>The preview could not be updated: {error}</source>
        <translation>Pratinjau tidak bisa diperbarui: {error}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/qt_strings.py" line="+95"/>
        <location filename="../../editor/gui/preview/pane.py" line="-249"/>
        <source>No live preview</source>
        <translation>Tidak ada pratinjau langsung</translation>
    </message>
</context>
<context>
    <name>ProposalPopup</name>
    <message>
        <location filename="../../editor/gui/archive/proposal.py" line="+84"/>
        <source>Suggested Baca Juga</source>
        <translation>Saran Baca Juga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits here: %1</source>
        <translation>cocok di sini: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert here</source>
        <translation>Sisipkan di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other story…</source>
        <translation>Berita lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this Baca Juga between the paragraphs (Ctrl+Z takes it out again)</source>
        <translation>Sisipkan Baca Juga ini di antara paragraf (Ctrl+Z membatalkannya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not suggest this story again for this draft</source>
        <translation>Jangan sarankan berita ini lagi untuk draf ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the archive for another story for this place</source>
        <translation>Cari berita lain di arsip untuk tempat ini</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="-152"/>
        <source>The draft is saved with the record.</source>
        <translation>Draf sudah disimpan beserta catatan penerbitannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft could not be saved now; the record is kept and goes into the draft when you save it.</source>
        <translation>Draf tidak bisa disimpan sekarang; catatan penerbitannya disimpan terpisah dan masuk ke draf saat Anda menyimpan draf.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Publishing stopped: the address %1 is already live for another article, “%2”. Nothing was replaced. Give this article another slug, or replace that one.</source>
        <translation>Penerbitan dihentikan: alamat %1 sudah dipakai berita lain, “%2”. Tidak ada yang diganti. Beri berita ini slug lain, atau ganti berita itu.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/publish/dialog.py" line="+419"/>
        <source>Replace It</source>
        <translation>Ganti Berita Itu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish this article at that address in place of the other one</source>
        <translation>Terbitkan berita ini di alamat itu menggantikan berita yang lain</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Preparing the article…</source>
        <translation>Menyiapkan berita…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling… The site keeps the version it has now.</source>
        <translation>Membatalkan… Situs tetap menayangkan versi yang ada sekarang.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Publish Again</source>
        <translation>Terbitkan Lagi</translation>
    </message>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="-30"/>
        <source>Published to “%1” at %2.</source>
        <translation>Terbit di “%1” pukul %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft records it: save the draft to keep the record.</source>
        <translation>Draf mencatatnya: simpan draf agar catatan ini tidak hilang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is recorded in %1.</source>
        <translation>Tercatat di %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft could not record it; note the address below.</source>
        <translation>Draf tidak dapat mencatatnya; catat alamat di bawah ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing stopped: no password was given. Nothing was published.</source>
        <translation>Penerbitan dihentikan: kata sandi tidak diisi. Tidak ada yang diterbitkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing stopped: the server %1 was not trusted. Nothing was published.</source>
        <translation>Penerbitan dihentikan: server %1 tidak dipercaya. Tidak ada yang diterbitkan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publishing failed: the server rejected the password or key for %1. Nothing was published. Check the user name in the site profile, then type the password again with the Password… button.</source>
        <translation>Penerbitan gagal: server menolak kata sandi atau kunci untuk %1. Tidak ada yang diterbitkan. Periksa nama pengguna di profil situs, lalu ketik ulang kata sandinya dengan tombol Kata Sandi…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publishing failed: %1</source>
        <translation>Penerbitan gagal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing failed unexpectedly: %1</source>
        <translation>Penerbitan gagal karena galat tak terduga: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/publish/dialog.py" line="+126"/>
        <source>Waiting for your answer…</source>
        <translation>Menunggu jawaban Anda…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The site profile “%1” names no publish target. Add a [targets.NAME] table to it (the sample profile shows how).</source>
        <translation>Profil situs “%1” belum punya target terbit. Tambahkan tabel [targets.NAMA] ke profil itu (profil contoh menunjukkan caranya).</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+187"/>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article:</source>
        <translation>Berita:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no headline)</source>
        <translation>(belum ada judul)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site:</source>
        <translation>Situs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+99"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Browser</source>
        <translation>Buka di Peramban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password…</source>
        <translation>Kata Sandi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password for this target (for example after it was changed) and publish</source>
        <translation>Ketik kata sandi untuk target ini (misalnya setelah diganti), lalu terbitkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Publishing</source>
        <translation>Batalkan Penerbitan</translation>
    </message>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="-57"/>
        <source>SFTP server</source>
        <translation>Server SFTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebDAV server</source>
        <translation>Server WebDAV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readers find it at %1</source>
        <translation>Alamat untuk pembaca: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New key:</source>
        <translation>Kunci baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous key:</source>
        <translation>Kunci sebelumnya:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint:</source>
        <translation>Sidik jari kunci:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../editor/gui/qt_strings.py" line="-7"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>Berkas %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Diska</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location line="-59"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+3"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Lihat di:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Tampilkan sebagai daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Tampilkan dengan rincian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Komputer saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti dengan yang baru?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa lagi nama berkasnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa lagi nama foldernya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Anda yakin ingin menghapus “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Folder tidak bisa dihapus.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-71"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+58"/>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-77"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>Jangan Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../editor/gui/article/related.py" line="+117"/>
        <location filename="../../editor/gui/archive/suggest.py" line="+112"/>
        <source>Add related story</source>
        <translation>Tambah berita terkait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit related story</source>
        <translation>Ubah berita terkait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove related story</source>
        <translation>Hapus berita terkait</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Reorder related stories</source>
        <translation>Ubah urutan berita terkait</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a related story</source>
        <translation>Tambah berita terkait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected story</source>
        <translation>Ubah berita yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected story (Delete)</source>
        <translation>Hapus berita yang dipilih (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Alt+Up)</source>
        <translation>Naikkan (Alt+↑)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Alt+Down)</source>
        <translation>Turunkan (Alt+↓)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag rows or press Alt+Up / Alt+Down to reorder</source>
        <translation>Seret baris atau tekan Alt+↑ / Alt+↓ untuk mengubah urutan</translation>
    </message>
</context>
<context>
    <name>SeoPanel</name>
    <message>
        <location filename="../../editor/gui/article/seo_panel.py" line="+61"/>
        <source>Edit search title</source>
        <translation>Ubah judul SEO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit search description</source>
        <translation>Ubah deskripsi SEO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The headline is used</source>
        <translation>Memakai judul berita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deck (or the first paragraph) is used</source>
        <translation>Memakai ringkasan (atau paragraf pertama)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title in search results, with the site&apos;s name: %1 characters; about %2 are shown</source>
        <translation>Judul di hasil pencarian, beserta nama situs: %1 karakter; yang tampil sekitar %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description under the title: %1 characters; about %2 are shown</source>
        <translation>Deskripsi di bawah judul: %1 karakter; yang tampil sekitar %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search title</source>
        <translation>Judul SEO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title search engines and shared links show; empty: the headline</source>
        <translation>Judul yang tampil di mesin pencari dan di tautan yang dibagikan; jika kosong: judul berita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text under the title in search results and shared links; empty: the deck</source>
        <translation>Teks di bawah judul pada hasil pencarian dan tautan yang dibagikan; jika kosong: ringkasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the headline and the deck. The preview on the right shows the search result and the shared link.</source>
        <translation>Biarkan kosong untuk memakai judul berita dan ringkasan. Pratinjau di kanan menampilkan hasil pencarian dan tautan yang dibagikan.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../editor/gui/article/session.py" line="+175"/>
        <source>Edit text</source>
        <translation>Ubah teks</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../editor/gui/dialogs/shortcuts.py" line="+98"/>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typing in the text</source>
        <translation>Mengetik di isi berita</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location line="-76"/>
        <source>Subheading (H2)</source>
        <translation>Subjudul (H2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor subheading (H3)</source>
        <translation>Subjudul kecil (H3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Daftar berbutir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Daftar bernomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line break inside a paragraph</source>
        <translation>Baris baru di dalam paragraf</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <location filename="../../editor/gui/sites.py" line="+16"/>
        <source>%1 (sample profile)</source>
        <translation>%1 (profil contoh)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (cannot be read)</source>
        <translation>%1 (tidak bisa dibaca)</translation>
    </message>
</context>
<context>
    <name>SocialPreview</name>
    <message>
        <location filename="../../editor/gui/preview/social.py" line="+222"/>
        <source>From %1</source>
        <translation>Dari %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search result</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared on Facebook and WhatsApp</source>
        <translation>Dibagikan di Facebook dan WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared on X</source>
        <translation>Dibagikan di X</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No featured photo: the card has no picture</source>
        <translation>Tanpa foto utama: tautan tampil tanpa gambar</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../editor/gui/spelling/menu.py" line="+51"/>
        <source>No suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Dictionary</source>
        <translation>Tambahkan ke Kamus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Site Dictionary</source>
        <translation>Tambahkan ke Kamus Situs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Spelling</source>
        <translation>Ejaan</translation>
    </message>
</context>
<context>
    <name>StatusInfo</name>
    <message>
        <location filename="../../editor/gui/window/status.py" line="+36"/>
        <source>Unsaved changes</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved yet</source>
        <translation>Belum pernah disimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovery copy %1</source>
        <translation>salinan pemulihan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Tersimpan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes</source>
        <translation>Tidak ada perubahan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>Berita baru</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n kata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n menit baca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../editor/gui/archive/suggestions.py" line="+127"/>
        <source>shares: %1</source>
        <translation>kata yang sama: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the related stories</source>
        <translation>Tambahkan ke Berita Terkait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not this one (for this draft)</source>
        <translation>Bukan yang ini (untuk draf ini)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking in the archive…</source>
        <translation>Mencari di arsip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This site&apos;s archive is empty, so there is nothing to suggest. Fill it with the command “redaksi archive sync”.</source>
        <translation>Arsip situs ini masih kosong, jadi belum ada saran. Isi dengan perintah “redaksi archive sync”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions appear once the story has a headline and a few paragraphs.</source>
        <translation>Saran muncul setelah berita punya judul dan beberapa paragraf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other story in the archive fits this draft yet.</source>
        <translation>Belum ada berita lain di arsip yang cocok dengan draf ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested from the archive</source>
        <translation>Saran dari arsip</translation>
    </message>
</context>
<context>
    <name>UpdateRow</name>
    <message>
        <location filename="../../editor/gui/article/updated.py" line="+82"/>
        <source>Mark as updated</source>
        <translation>Tandai diperbarui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change update time</source>
        <translation>Ubah waktu pembaruan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove update</source>
        <translation>Hapus pembaruan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose correction label</source>
        <translation>Pilih label ralat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit correction note</source>
        <translation>Ubah catatan ralat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Updated:</source>
        <translation>Diperbarui:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No update time</source>
        <translation>Tanpa waktu pembaruan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the article was updated, in the newsroom&apos;s time zone: shown under the publish date</source>
        <translation>Kapan berita diperbarui, dalam zona waktu redaksi: tampil di bawah tanggal terbit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the update time to now</source>
        <translation>Isi waktu pembaruan dengan waktu sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the update time and the correction note</source>
        <translation>Hapus waktu pembaruan dan catatan ralat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label printed before the correction note</source>
        <translation>Label yang tampil sebelum catatan ralat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction note at the end of the article (optional)</source>
        <translation>Catatan ralat di akhir berita (boleh kosong)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../editor/gui/window/handlers.py" line="+236"/>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set featured photo</source>
        <translation>Pasang foto utama</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>About Redaksi</source>
        <translation>Tentang Redaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaksi — write, lay out, export and publish news articles.
Version %1.</source>
        <translation>Redaksi — menulis, menata, mengekspor, dan menerbitkan berita.
Versi %1.</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../editor/gui/window/state.py" line="+115"/>
        <source>Clear Recent Files</source>
        <translation>Kosongkan Daftar Berkas Terakhir</translation>
    </message>
</context>
<context>
    <name>WritingPrefs</name>
    <message>
        <location filename="../../editor/gui/dialogs/writing_prefs.py" line="+35"/>
        <source>Writing</source>
        <translation>Penulisan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check spelling as you type (Indonesian)</source>
        <translation>Periksa ejaan sambil mengetik (bahasa Indonesia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown shortcuts at a paragraph&apos;s start (##, -, 1., &gt;)</source>
        <translation>Pintasan Markdown di awal paragraf (##, -, 1., &gt;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curly quotes: &quot;…&quot; becomes “…” and &apos; becomes ’</source>
        <translation>Tanda kutip lengkung: &quot;…&quot; menjadi “…” dan &apos; menjadi ’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three dots become an ellipsis (…)</source>
        <translation>Tiga titik menjadi elipsis (…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse double spaces</source>
        <translation>Ubah spasi ganda menjadi satu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En dash after the dateline (SEMARANG – …)</source>
        <translation>Tanda pisah setelah dateline (SEMARANG – …)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## subheading, ### minor subheading, - or * list, 1. numbered list, &gt; quote; Ctrl+Z gives back what was typed</source>
        <translation>## subjudul, ### subjudul kecil, - atau * daftar, 1. daftar bernomor, &gt; kutipan; Ctrl+Z mengembalikan yang diketik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web addresses, e-mail addresses and `code` are never changed</source>
        <translation>Alamat web, alamat surel, dan `kode` tidak pernah diubah</translation>
    </message>
</context>
</TS>
