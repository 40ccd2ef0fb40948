#!/usr/bin/env python3
"""Builds the documents of the twenty-third unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF invitation letter whose attachment is printed landscape in the same file: page 1 portrait (a letterhead, the
place and date set right, the Nomor/Sifat/Lampiran/Perihal block, the addressee, the event's particulars as an
indented label/colon/value block inside the running text, a signature block with rank and NIP), pages 2-3 landscape
(a wide seven-column matrix whose cells wrap over two or three lines, continued on page 3 under its repeated header,
with a "Keterangan" note under it);
a DOCX guideline as a numbered legal outline: chapters and clauses numbered by Word itself (a two-level list,
"%1." and "%1.%2.", so no number is typed into the text), clauses citing each other ("sebagaimana dimaksud pada butir
2.1"), a lettered list inside a clause, and reviewers' comments (comments.xml anchored with commentRangeStart/End)
that are remarks on the draft, not content;
an HTML report page with a table of contents of in-page anchors, sections with ids and "kembali ke atas" links,
figures whose captions carry facts, footnote markers linking to a footnote list, and a page footer.
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import (esc, run, para, styles, numbering, core, comments, write_docx, write_pdf, pdf_text,
                               REGULAR as R, BOLD as B)

# ---------- PDF: an invitation letter with a landscape attachment ----------
S, LEAD = 11, 15
PORTRAIT, LANDSCAPE = (595, 842), (842, 595)

def op(font, size, x, y, text): return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"
def rule(x, y, w, h): return f"0 0 0 rg {x} {y} {w} {h} re f"

class Page:
    def __init__(self, width, top): self.ops, self.y, self.width = [], top, width
    def gap(self, h): self.y -= h
    def line(self, x, text, font=R, size=S): self.ops.append(op(font, size, x, self.y, text)); self.y -= LEAD
    def centre(self, text, font=B, size=S):
        self.ops.append(op(font, size, round((self.width - len(text) * size * 0.52) / 2, 2), self.y, text)); self.y -= size + 4
    def kv(self, x, label, value, colon=150):
        self.ops += [op(R, S, x, self.y, label), op(R, S, colon, self.y, ":"), op(R, S, colon + 10, self.y, value)]; self.y -= LEAD

p1 = Page(595, 790)
p1.centre("PEMERINTAH PROVINSI NUSA TENGGARA BARAT", size=13)
p1.centre("DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK", size=12)
p1.centre("Jalan Majapahit Nomor 7, Mataram 83127, Telepon (0370) 631 522", font=R, size=8.5)
p1.centre("Laman diskominfotik.ntbprov.go.id  Pos-el diskominfotik@ntbprov.go.id", font=R, size=8.5)
p1.ops += [rule(72, p1.y + 2, 451, 2.0)]
p1.gap(14)
p1.ops.append(op(R, S, 380, p1.y, "Mataram, 6 April 2026")); p1.gap(LEAD + 4)
p1.kv(72, "Nomor", "005/214/DKIS/IV/2026", 130)
p1.kv(72, "Sifat", "Penting", 130)
p1.kv(72, "Lampiran", "1 (satu) berkas", 130)
p1.kv(72, "Perihal", "Undangan Rapat Koordinasi Smart City Provinsi NTB 2026", 130)
p1.gap(8)
for text in ("Kepada", "Yth. Bupati/Wali Kota se-Nusa Tenggara Barat", "c.q. Kepala Dinas Komunikasi dan Informatika",
             "di -", "      Tempat"):
    p1.line(300, text)
p1.gap(8)
body = [
    "Dalam rangka menyelaraskan pelaksanaan Gerakan Menuju Smart City di kabupaten/kota se-Nusa Tenggara",
    "Barat dan memantau kemajuan quick win tahun 2026, bersama ini kami mengundang Saudara untuk hadir",
    "pada Rapat Koordinasi Smart City Provinsi NTB 2026 yang akan dilaksanakan pada:"]
for text in body: p1.line(90, text)
p1.gap(4)
p1.kv(120, "hari/tanggal", "Kamis, 23 April 2026", 210)
p1.kv(120, "pukul", "08.30 WITA s.d. selesai", 210)
p1.kv(120, "tempat", "Ballroom Hotel Lombok Raya, Jalan Panca Usaha Nomor 11, Mataram", 210)
p1.kv(120, "acara", "Paparan kemajuan quick win dan penyusunan rencana aksi 2027", 210)
p1.gap(4)
for text in (
    "Setiap kabupaten/kota diminta mengutus 3 (tiga) orang, yaitu Kepala Dinas Komunikasi dan Informatika,",
    "Kepala Bappeda atau pejabat yang ditunjuk, dan satu orang pengelola quick win, dengan membawa bahan",
    "paparan kemajuan quick win sesuai matriks pada lampiran surat ini. Konfirmasi kehadiran disampaikan",
    "paling lambat 17 April 2026 kepada narahubung Sdr. Lalu Fadli Hakim (0819 3344 7781)."):
    p1.line(90, text)
p1.line(90, "Atas perhatian dan kehadiran Saudara, kami ucapkan terima kasih.")
p1.gap(12)
for text in ("Kepala Dinas Komunikasi, Informatika", "dan Statistik Provinsi Nusa Tenggara Barat,"): p1.line(310, text)
p1.gap(40)
for text, font in (("Dr. Baiq Nurul Aini, S.Kom., M.T.", B), ("Pembina Utama Muda (IV/c)", R), ("NIP 19780914 200212 2 004", R)):
    p1.line(310, text, font)

# the attachment, landscape: a wide matrix whose cells wrap
COLS = (30, 52, 165, 245, 395, 530, 660)
HEAD = ("No", "Kabupaten/Kota", "Keikutsertaan", "Quick Win Unggulan", "Perangkat Daerah\nPelaksana", "Status Maret 2026", "Target Selesai")
ROWS = [
    ("1", "Kota Mataram", "Angkatan 2018", "SiParkir: pembayaran parkir\ntepi jalan nontunai dengan\nkode QR", "Dinas Perhubungan Kota\nMataram", "Berjalan di 42 titik\nparkir", "Juni 2026"),
    ("2", "Kabupaten Sumbawa", "Angkatan 2018", "Samawa Sehat: antrean\npuskesmas daring", "Dinas Kesehatan Kabupaten\nSumbawa", "Uji coba di 6\npuskesmas", "Agustus 2026"),
    ("3", "Kabupaten Lombok Barat", "Program\nprovinsi 2025", "Pasar Desa Digital:\nkatalog UMKM desa wisata", "Dinas Koperasi dan UMKM\nKabupaten Lombok Barat", "Katalog memuat 310\nproduk", "Oktober 2026"),
    ("4", "Kabupaten Lombok Timur", "Program\nprovinsi 2025", "Lapor Sampah: aduan\ntimbunan sampah lewat\nWhatsApp", "Dinas Lingkungan Hidup\nKabupaten Lombok Timur", "Belum berjalan;\nanggaran menunggu\nAPBD Perubahan", "Desember 2026"),
    ("5", "Kota Bima", "Program\nprovinsi 2025", "Bima Satu Data: portal\ndata sektoral", "Dinas Komunikasi dan\nInformatika Kota Bima", "Portal daring, 58\nset data", "Mei 2026"),
    ("6", "Kabupaten Dompu", "Program\nprovinsi 2026", "Jagung Pintar: sensor\nkelembapan tanah untuk\npetani jagung", "Dinas Pertanian\nKabupaten Dompu", "Pengadaan 20 sensor\nselesai", "November 2026"),
    ("7", "Kabupaten Lombok Utara", "Program\nprovinsi 2026", "Gili Aman: informasi\ncuaca dan jadwal kapal\nuntuk wisatawan", "Dinas Pariwisata\nKabupaten Lombok Utara", "Aplikasi dalam\npengembangan", "September 2026"),
]

def matrix_page(rows, first, top=545):
    p = Page(842, top)
    if first:
        p.line(40, "Lampiran Surat Kepala Dinas Komunikasi, Informatika dan Statistik Provinsi NTB", size=9)
        p.line(40, "Nomor 005/214/DKIS/IV/2026 tanggal 6 April 2026", size=9)
        p.gap(6)
        p.centre("MATRIKS KEMAJUAN QUICK WIN KABUPATEN/KOTA SE-NUSA TENGGARA BARAT TAHUN 2026", size=12)
        p.gap(6)
    else:
        p.ops.append(op(R, 9, 740, 570, "Lampiran - hal. 2"))
    table_top = p.y + 12
    def row(cells, font):
        height = max(len(c.split("\n")) for c in cells)
        p.ops.append(rule(30, p.y + 12, 782, 0.5))
        for x, cell in zip(COLS, cells):
            for k, piece in enumerate(cell.split("\n")): p.ops.append(op(font, 9.5, x + 3, p.y - 12 * k, piece))
        p.y -= 12 * height + 8
    row(HEAD, B)
    for r in rows: row(r, R)
    p.ops.append(rule(30, p.y + 12, 782, 0.5))
    for x in COLS + (812,): p.ops.append(rule(x, p.y + 12, 0.5, table_top - p.y - 12))
    return p

p2 = matrix_page(ROWS[:4], True)
p3 = matrix_page(ROWS[4:], False)
p3.gap(10)
p3.line(40, "Keterangan:", B, 10)
for text in ("Status diisi oleh Dinas Komunikasi dan Informatika kabupaten/kota dan dimutakhirkan pada saat rapat koordinasi.",
             "Quick win yang belum berjalan dipaparkan beserta kendala dan rencana penyelesaiannya."):
    p3.line(40, "- " + text, size=10)
write_pdf("undangan-rakor-smart-city-ntb-2026.pdf", [p1.ops, p2.ops, p3.ops],
          "<< /Title (Undangan Rakor Smart City NTB 2026) /Author (Diskominfotik NTB) "
          "/Creator (Microsoft Word for Microsoft 365) /CreationDate (D:20260406090000+08'00') >>",
          size=[PORTRAIT, LANDSCAPE, LANDSCAPE])

# ---------- DOCX: a guideline as a numbered legal outline with reviewers' comments ----------
OUTLINE = 1
def chapter(text): return para(text, num=OUTLINE, level=0, bold=True)
def clause(text): return para(text, num=OUTLINE, level=1)
def letter(text): return para(text, num=2, level=0)
def commented(text, comment_id, anchored):
    """A clause with a reviewer's comment anchored on part of its text."""
    before, after = text.split(anchored)
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{OUTLINE}"/></w:numPr></w:pPr>{run(before)}'
            f'<w:commentRangeStart w:id="{comment_id}"/>{run(anchored)}<w:commentRangeEnd w:id="{comment_id}"/>'
            f'<w:r><w:commentReference w:id="{comment_id}"/></w:r>{run(after)}</w:p>')

body = "".join([
    para("PEDOMAN PEMBENTUKAN DAN TATA KERJA DEWAN SMART CITY KOTA PONTIANAK", style="Title"),
    para("Ditetapkan dengan Keputusan Wali Kota Pontianak Nomor 188/112/2026 tanggal 9 Februari 2026"),
    chapter("KETENTUAN UMUM"),
    clause("Pedoman ini menjadi acuan pembentukan, susunan, dan tata kerja Dewan Smart City dan Tim Pelaksana Smart City "
           "Kota Pontianak dalam melaksanakan masterplan smart city Kota Pontianak 2019-2028."),
    clause("Dewan Smart City adalah forum pengarah yang menetapkan prioritas program smart city, menilai capaian quick "
           "win, dan memberi rekomendasi anggaran kepada Wali Kota."),
    chapter("SUSUNAN DEWAN SMART CITY"),
    commented("Dewan Smart City beranggotakan paling banyak 15 (lima belas) orang yang berasal dari unsur pemerintah "
              "daerah, perguruan tinggi, dunia usaha, komunitas, dan media.", 1, "paling banyak 15 (lima belas) orang"),
    clause("Ketua Dewan Smart City dijabat oleh Wali Kota, wakil ketua oleh Sekretaris Daerah, dan sekretaris oleh "
           "Kepala Badan Perencanaan Pembangunan Daerah."),
    clause("Anggota dari unsur nonpemerintah sebagaimana dimaksud pada butir 2.1 berjumlah paling sedikit 5 (lima) "
           "orang dan diusulkan oleh Kepala Dinas Komunikasi dan Informatika kepada Wali Kota."),
    chapter("TIM PELAKSANA SMART CITY"),
    clause("Tim Pelaksana Smart City diketuai oleh Kepala Dinas Komunikasi dan Informatika dan beranggotakan kepala "
           "bidang dari perangkat daerah pelaksana quick win."),
    clause("Tim Pelaksana Smart City bertugas:"),
    letter("menyusun rencana aksi tahunan smart city;"),
    letter("memantau pelaksanaan quick win setiap bulan; dan"),
    letter("menyiapkan laporan semesteran kepada Dewan Smart City."),
    commented("Laporan semesteran sebagaimana dimaksud pada butir 3.2 huruf c disampaikan paling lambat tanggal 15 Juli "
              "untuk semester pertama dan tanggal 15 Januari untuk semester kedua.", 2, "15 Juli"),
    chapter("RAPAT DEWAN"),
    clause("Dewan Smart City mengadakan rapat pleno paling sedikit 2 (dua) kali dalam setahun, yaitu pada bulan Maret "
           "dan bulan September."),
    clause("Rapat pleno sah apabila dihadiri lebih dari separuh jumlah anggota sebagaimana dimaksud pada butir 2.1."),
    clause("Keputusan rapat diambil secara musyawarah; apabila tidak tercapai mufakat, keputusan diambil dengan suara "
           "terbanyak."),
    chapter("MASA JABATAN DAN PENDANAAN"),
    clause("Masa jabatan anggota dari unsur nonpemerintah adalah 2 (dua) tahun dan dapat diangkat kembali untuk 1 (satu) "
           "kali masa jabatan berikutnya."),
    clause("Biaya pelaksanaan tugas Dewan Smart City dan Tim Pelaksana Smart City dibebankan pada APBD Kota Pontianak "
           "melalui anggaran Dinas Komunikasi dan Informatika."),
])
comments_xml = comments({
    1: ("Reviewer Bappeda", "Usul dinaikkan menjadi 21 orang agar semua kecamatan terwakili; mohon dibahas di rapat 3 Maret."),
    2: ("Reviewer Inspektorat", "Tanggal 15 Juli terlalu dekat dengan tutup buku semester; pertimbangkan 31 Juli."),
})
styles_xml = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>')
numbering_xml = numbering((OUTLINE, 0, ("decimal", "decimal"), ("%1.", "%1.%2."), 1), (2, 1, "lowerLetter", "%1.", 1))
write_docx("pedoman-dewan-smart-city-pontianak-2026.docx", body, styles_xml, numbering_xml,
           core("Bagian Hukum Setda Kota Pontianak", "2026-02-09"), comments_xml=comments_xml)

# ---------- HTML: a report page with a table of contents, figures and footnotes ----------
HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Laporan Ambon Smart City Hackathon 2026 | Diskominfo-SP Kota Ambon</title>
<meta name="description" content="Laporan pelaksanaan Ambon Smart City Hackathon 2026: tema, peserta, pemenang, dan tindak lanjut.">
</head>
<body>
<header class="site-header"><a href="/">Diskominfo-SP Kota Ambon</a>
<nav class="menu"><a href="/berita">Berita</a> <a href="/layanan">Layanan</a> <a href="/kontak">Kontak</a></nav></header>
<main>
<article>
<h1>Laporan Ambon Smart City Hackathon 2026</h1>
<p class="meta">Diterbitkan 20 Februari 2026 oleh Bidang Aplikasi Informatika</p>
<nav class="toc" aria-label="Daftar isi">
<h2>Daftar Isi</h2>
<ol>
<li><a href="#ringkasan">Ringkasan kegiatan</a></li>
<li><a href="#tema">Tema tantangan</a></li>
<li><a href="#pemenang">Pemenang dan hadiah</a></li>
<li><a href="#juri">Dewan juri</a></li>
<li><a href="#tindak-lanjut">Tindak lanjut</a></li>
</ol>
</nav>
<section id="ringkasan">
<h2>1. Ringkasan kegiatan</h2>
<p>Ambon Smart City Hackathon 2026 berlangsung selama tiga hari, 6 sampai 8 Februari 2026, di Auditorium Universitas
Pattimura. Kegiatan ini menjadi bagian dari quick win pilar <em>smart society</em> Kota Ambon dalam Gerakan Menuju Smart
City.<sup><a href="#catatan-1" id="ref-1">1</a></sup> Pendaftaran dibuka secara daring dan diikuti 42 tim; setelah seleksi
proposal, 12 tim finalis mengikuti maraton pengembangan selama 36 jam.</p>
<figure>
<img src="/uploads/2026/02/hackathon-suasana.jpg" alt="Suasana hackathon">
<figcaption>Gambar 1. Sebanyak 12 tim finalis, masing-masing tiga sampai lima orang, bekerja di auditorium selama 36 jam.</figcaption>
</figure>
<p><a href="#top" class="back">Kembali ke atas</a></p>
</section>
<section id="tema">
<h2>2. Tema tantangan</h2>
<p>Peserta memilih satu dari tiga tema tantangan yang disusun bersama perangkat daerah:</p>
<ul>
<li>transportasi laut, yaitu informasi jadwal dan kapasitas speedboat antarpulau;</li>
<li>pengelolaan sampah pesisir berbasis laporan warga; dan</li>
<li>pemasaran hasil tangkapan nelayan dan UMKM olahan ikan.</li>
</ul>
<p><a href="#top" class="back">Kembali ke atas</a></p>
</section>
<section id="pemenang">
<h2>3. Pemenang dan hadiah</h2>
<p>Juara pertama diraih tim Sagu Data dengan aplikasi <strong>LautKu</strong>, yang menampilkan jadwal speedboat
dan sisa kursi secara langsung dari loket pelabuhan. Juara kedua diraih tim Teluk Cerdas dengan aplikasi pelaporan
sampah pesisir <strong>Pantai Bersih</strong>, dan juara ketiga tim Kapata Dev dengan pasar daring ikan segar
<strong>Ikan Ambon</strong>.</p>
<figure>
<img src="/uploads/2026/02/hackathon-juara.jpg" alt="Penyerahan hadiah">
<figcaption>Gambar 2. Wali Kota Ambon menyerahkan hadiah juara pertama sebesar Rp25.000.000 kepada tim Sagu Data; juara
kedua menerima Rp15.000.000 dan juara ketiga Rp10.000.000.</figcaption>
</figure>
<p><a href="#top" class="back">Kembali ke atas</a></p>
</section>
<section id="juri">
<h2>4. Dewan juri</h2>
<p>Penilaian dilakukan oleh lima juri dari Dinas Komunikasi, Informatika dan Persandian Kota Ambon, Fakultas Teknik
Universitas Pattimura, Bappeda Kota Ambon, serta dua praktisi perusahaan rintisan. Bobot penilaian: dampak bagi warga
40 persen, kelayakan teknis 30 persen, dan keberlanjutan 30 persen.<sup><a href="#catatan-2" id="ref-2">2</a></sup></p>
<p><a href="#top" class="back">Kembali ke atas</a></p>
</section>
<section id="tindak-lanjut">
<h2>5. Tindak lanjut</h2>
<p>Aplikasi LautKu akan diinkubasi oleh Diskominfo-SP selama enam bulan dan diuji coba di Pelabuhan Tulehu dan Pelabuhan
Hunimua mulai Mei 2026. Dua tim lainnya mendapat pendampingan untuk mengikuti program inkubasi bisnis Bank Indonesia
Perwakilan Maluku.</p>
<p><a href="#top" class="back">Kembali ke atas</a></p>
</section>
<section class="footnotes">
<h2>Catatan</h2>
<ol>
<li id="catatan-1">Kota Ambon mengikuti Gerakan Menuju Smart City sejak angkatan 2019. <a href="#ref-1">&#8617;</a></li>
<li id="catatan-2">Bobot yang sama dipakai pada hackathon 2025; pada 2024 bobot dampak bagi warga masih 30 persen. <a href="#ref-2">&#8617;</a></li>
</ol>
</section>
</article>
</main>
<footer class="site-footer">
<p>Dinas Komunikasi, Informatika dan Persandian Kota Ambon, Jalan Sultan Hairun Nomor 1, Ambon. Telepon (0911) 312 450.</p>
<p>&copy; 2026 Pemerintah Kota Ambon</p>
</footer>
</body>
</html>
"""
open("laporan-ambon-smart-city-hackathon-2026.html", "w", encoding="utf-8").write(HTML)
