#!/usr/bin/env python3
"""Builds the documents of the seventeenth unseen-document probe (writers shared in ../fixture_documents.py).
Documents a programme office really drops into knowledge/, on subjects the programme's own sections also cover
(the cohorts' MoU dates and bimtek stages, workshops held at a Santika hotel, the Smart City Award 2025):
a PDF report on the 2025 cohort set in two columns on A4 (a full-width title block on the first page, a running
header with the report's name and the ministry on every page and "Halaman n dari 3" at the foot, headings numbered
"1.", "1.1" in bold body-size type, and a full-width schedule table that starts under the columns of page 2 and
continues on page 3 after the repeated header row);
a DOCX FAQ of a regional workshop (Title style, Heading 2 groups, questions as Heading 3 in the first groups and as
bold Normal paragraphs in the last one, answers as paragraphs, some as Word bullet lists);
an HTML announcement (pengumuman) of the Smart City Award 2026 winners from a ministry portal: no date in any meta
tag or <time>, only "Jakarta, 18 November 2026" above the signature, a list of attachments as links and a contact
block (narahubung) with address, phone, WhatsApp and e-mail; the page's navigation and footer around it.
The HTML page is written by hand (pengumuman-penerima-smart-city-award-2026.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import (esc, para, run, styles, numbering, core, write_docx, write_pdf, text_op,
                               REGULAR as R, BOLD as B)

# ---------- PDF: a two-column report with a table across a page break ----------
W, H = 595, 842
LEFT, RIGHT, COL = 50, 310, 48          # column x positions and wrap width in characters
LEAD = 13

def running(n):
    return [text_op(R, 8, 50, 812, "Laporan Pelaksanaan Gerakan Menuju Smart City Angkatan 2025"),
            text_op(R, 8, 395, 812, "Kementerian Komunikasi dan Digital"),
            text_op(R, 8, 265, 30, f"Halaman {n} dari 3")]

def flow(blocks, top, bottom):
    """Lays blocks ("h" heading or "p" paragraph, text) into the left column, then the right one."""
    ops, x, y = [], LEFT, top
    for kind, text in blocks:
        lines = [text] if kind == "h" else textwrap.wrap(text, COL)
        need = LEAD * len(lines) + (6 if kind == "h" else 4)
        if y - need < bottom:
            assert x == LEFT, f"page overflow at {text[:30]}"
            x, y = RIGHT, top
        if kind == "h": y -= 4
        for line in lines:
            ops.append(text_op(B if kind == "h" else R, 9.5, x, y, line)); y -= LEAD
        y -= 4
    return ops

def table_rows(rows, y):
    ops = []
    for i, row in enumerate(rows):
        for x, cell in zip((50, 300, 440), row):
            ops.append(text_op(B if i == 0 else R, 9, x, y, cell))
        y -= 22
    return ops

page1 = [text_op(B, 15, 50, 770, "LAPORAN PELAKSANAAN GERAKAN MENUJU SMART CITY"),
         text_op(B, 15, 50, 750, "ANGKATAN 2025"),
         text_op(R, 10, 50, 728, "Direktorat Tata Kelola Aplikasi Pemerintahan, Kementerian Komunikasi dan Digital"),
         text_op(R, 10, 50, 714, "Jakarta, Desember 2025")] + flow([
    ("h", "1. Pendahuluan"),
    ("p", "Setelah tidak membuka angkatan baru pada 2024 sesudah sepuluh daerah terakhir, Kementerian Komunikasi dan "
          "Digital melanjutkan pendampingan masterplan smart city pada 2025. Laporan ini merangkum seleksi, jadwal "
          "pendampingan dan capaian angkatan 2025 sampai 15 Desember 2025."),
    ("h", "1.1 Dasar Pelaksanaan"),
    ("p", "Pendampingan angkatan 2025 dilaksanakan berdasarkan Keputusan Menteri Komunikasi dan Digital Nomor 112 "
          "Tahun 2025 tentang Pendampingan Penyusunan Masterplan Smart City Kabupaten/Kota, dengan anggaran "
          "Direktorat Tata Kelola Aplikasi Pemerintahan sebesar Rp7,8 miliar."),
    ("h", "1.2 Tujuan Laporan"),
    ("p", "Laporan disusun sebagai bahan evaluasi pelaksanaan dan dasar perencanaan angkatan 2026, serta untuk "
          "diketahui pemerintah provinsi yang mendampingi kabupaten/kota di wilayahnya."),
    ("h", "2. Seleksi Peserta"),
    ("h", "2.1 Penilaian Kesiapan"),
    ("p", "Pendaftaran dibuka melalui formulir daring pada 3-28 Maret 2025 dan diikuti 64 kabupaten/kota. Kesiapan "
          "setiap pendaftar dinilai oleh 18 asesor dari perguruan tinggi, asosiasi profesi dan Komdigi pada 14-25 "
          "April 2025. Bobot penilaian: komitmen kepala daerah 40%, kesiapan infrastruktur TIK 35% dan kesiapan "
          "regulasi serta kelembagaan 25%."),
    ("h", "2.2 Peserta Terpilih"),
    ("p", "Dua belas kabupaten/kota ditetapkan sebagai peserta angkatan 2025 melalui surat Direktur Jenderal pada "
          "20 Mei 2025: enam kabupaten dan enam kota dari tujuh provinsi. Daftar nama peserta dimuat dalam Lampiran I "
          "dan tidak disertakan dalam ringkasan ini. Nilai terendah yang lolos adalah 71,5 dari 100."),
    ("p", "Daerah yang belum lolos diberi catatan perbaikan dan dapat mendaftar kembali pada angkatan berikutnya "
          "tanpa mengulang tahap administrasi."),
], top=680, bottom=60) + running(1)

SCHEDULE_HEAD = ("Kegiatan", "Waktu", "Tempat")
page2 = flow([
    ("h", "3. Jadwal Pendampingan"),
    ("p", "Pendampingan angkatan 2025 berlangsung sekitar enam bulan, dari penandatanganan nota kesepakatan sampai "
          "pemaparan masterplan. Setiap bimtek berlangsung tiga hari dan dihadiri tim smart city daerah."),
    ("h", "3.1 Tahapan Kegiatan"),
    ("p", "Tabel berikut memuat seluruh kegiatan angkatan 2025 menurut urutan pelaksanaannya, termasuk tempat setiap "
          "bimbingan teknis yang digilir antarwilayah."),
], top=780, bottom=480) + table_rows([
    SCHEDULE_HEAD,
    ("Penandatanganan nota kesepakatan", "12 Juni 2025", "Daring (Zoom)"),
    ("Bimtek tahap I: analisis kesiapan", "7-9 Juli 2025", "Bandung"),
    ("Bimtek tahap II: visi dan strategi", "11-13 Agustus 2025", "Makassar"),
], y=440) + running(2)

page3 = table_rows([
    SCHEDULE_HEAD,
    ("Bimtek tahap III: program dan rencana aksi", "15-17 September 2025", "Balikpapan"),
    ("Bimtek tahap IV: finalisasi masterplan", "20-22 Oktober 2025", "Denpasar"),
    ("Batas penyerahan masterplan", "28 November 2025", "Portal pendampingan"),
    ("Pemaparan masterplan dan quick win", "9-10 Desember 2025", "Jakarta"),
], y=780) + flow([
    ("h", "3.2 Perubahan Jadwal"),
    ("p", "Bimtek tahap III semula direncanakan di Samarinda, tetapi dipindahkan ke Balikpapan karena gedung "
          "pertemuan yang dipesan dipakai untuk penanganan banjir pada awal September 2025."),
    ("h", "4. Capaian"),
    ("h", "4.1 Masterplan"),
    ("p", "Sampai batas 28 November 2025, sebelas dari dua belas daerah menyerahkan masterplan. Satu daerah mendapat "
          "perpanjangan sampai 19 Desember 2025 karena pergantian penjabat kepala daerah."),
    ("h", "4.2 Quick Win"),
    ("p", "Setiap daerah menetapkan dua quick win, sehingga angkatan 2025 memiliki 24 quick win. Sembilan di "
          "antaranya berada pada pilar smart governance dan lima pada smart environment."),
    ("h", "5. Rekomendasi"),
    ("p", "Angkatan 2026 disarankan dimulai lebih awal dengan penilaian kesiapan pada Februari 2026, dan bimtek "
          "tahap IV digabung dengan klinik masterplan agar tidak ada lagi daerah yang terlambat."),
], top=660, bottom=60) + running(3)

write_pdf("laporan-pelaksanaan-gmsc-angkatan-2025.pdf", [page1, page2, page3],
          "<< /Title (Laporan Pelaksanaan GMSC Angkatan 2025) /Author (Direktorat Tata Kelola Aplikasi Pemerintahan) "
          "/Creator (Microsoft Word) /CreationDate (D:20251218090000+07'00') >>", size=(W, H))

# ---------- DOCX: an FAQ with Heading 3 and bold-paragraph questions ----------
def heading(level): return (f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
                            f'<w:pPr><w:outlineLvl w:val="{level - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>')
STYLES = styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
                '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
                heading(2), heading(3),
                '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>')
NUMBERING = numbering((1, 0, "bullet", "\u2022", None))
def bullets(*items): return "".join(para(i, style="ListParagraph", num=1) for i in items)
def q3(text): return para(text, style="Heading3")
def qb(text): return para(text, bold=True)

body = "".join([
    para("Tanya Jawab Lokakarya Regional Smart City Wilayah Sumatera 2025", style="Title"),
    para("Lokakarya regional ini diselenggarakan Kementerian Komunikasi dan Digital bersama Dinas Komunikasi, "
         "Informatika dan Statistik Provinsi Sumatera Barat bagi kabupaten/kota di Pulau Sumatera yang sedang "
         "menjalankan masterplan smart city. Dokumen ini menjawab pertanyaan yang paling sering diajukan daerah."),
    para("Umum", style="Heading2"),
    q3("Apa itu lokakarya regional smart city?"),
    para("Lokakarya regional adalah pertemuan kerja tiga hari bagi tim smart city daerah untuk berbagi praktik baik "
         "pelaksanaan quick win, membahas kendala implementasi masterplan dan menyusun rencana tindak lanjut bersama "
         "pendamping dari Komdigi."),
    q3("Kapan dan di mana lokakarya diadakan?"),
    para("Lokakarya diadakan Selasa sampai Kamis, 21-23 Oktober 2025, di Hotel Santika Premiere Padang, Jalan "
         "Diponegoro Nomor 19, Kota Padang. Registrasi ulang dibuka pukul 07.30 WIB pada hari pertama."),
    q3("Siapa saja yang boleh mengikuti lokakarya?"),
    para("Setiap kabupaten/kota paling banyak mengirim 3 (tiga) orang, terdiri atas:"),
    bullets("Kepala Dinas Komunikasi dan Informatika atau pejabat yang ditunjuk;",
            "satu perwakilan Bappeda;",
            "satu anggota Dewan Smart City daerah."),
    para("Pendaftaran", style="Heading2"),
    q3("Bagaimana cara mendaftar?"),
    para("Daerah mendaftar melalui formulir daring di laman lokakarya.smartcity-sumatera.id dengan melampirkan surat "
         "tugas dari kepala daerah. Pendaftaran ditutup Jumat, 10 Oktober 2025 pukul 23.59 WIB."),
    q3("Apakah peserta dipungut biaya?"),
    para("Tidak. Lokakarya tidak memungut biaya pendaftaran. Biaya perjalanan dan penginapan peserta dibebankan "
         "pada anggaran perjalanan dinas daerah masing-masing."),
    para("Materi dan Akomodasi", style="Heading2"),
    qb("Materi apa saja yang akan dibahas?"),
    bullets("Strategi pembiayaan quick win melalui KPBU dan dana CSR",
            "Integrasi data SPBE dengan Satu Data Indonesia",
            "Keamanan siber untuk layanan publik digital",
            "Kunjungan lapangan ke Padang Command Center pada hari ketiga"),
    qb("Apakah panitia menyediakan penginapan?"),
    para("Panitia tidak menanggung penginapan, tetapi menyediakan harga khusus Rp650.000 per malam di hotel tempat "
         "lokakarya. Pemesanan kamar dengan harga khusus dilakukan melalui panitia paling lambat 14 Oktober 2025."),
    qb("Apa yang perlu dibawa peserta?"),
    bullets("Laptop untuk sesi kerja kelompok",
            "Salinan masterplan smart city daerah (cetak atau digital)",
            "Satu poster quick win ukuran A1 untuk dipajang selama lokakarya"),
    qb("Apakah peserta mendapat sertifikat?"),
    para("Ya. Peserta yang hadir penuh selama tiga hari menerima sertifikat elektronik sebanyak 24 jam pelajaran (JP) "
         "yang dapat dipakai untuk pengembangan kompetensi ASN."),
    qb("Ke mana menghubungi panitia?"),
    para("Sekretariat lokakarya, Sdri. Fitri Ananda, telepon/WhatsApp 0812-6677-2025, surel "
         "lokakarya.sumatera@komdigi.go.id."),
])
write_docx("tanya-jawab-lokakarya-regional-smart-city-sumatera-2025.docx", body, STYLES, NUMBERING,
           core("Diskominfotik Provinsi Sumatera Barat", "2025-09-22"))
