#!/usr/bin/env python3
"""Builds the documents of the twenty-first unseen-document probe (writers shared in ../fixture_documents.py).
Documents a programme office really drops into knowledge/:
a DOCX meeting minutes (notulen rapat) of Kabupaten Lombok Timur's quick win meeting: a header table of
"Label | : | value" rows (Hari/Tanggal, Waktu, Tempat, Pimpinan Rapat, Acara), an attendance table (No | Nama |
Jabatan), numbered decisions with lettered sub-points (a multi-level Word list) naming "Kelompok Kerja II", and a
two-column signature table whose cells put the signer's name under the role line after blank lines;
a PDF exported from a slide deck (landscape pages): a big bold title per slide, short bullets, the slide number in a
corner and the event's name repeated in a footer on every page;
the HTML page (berita-parkir-nontunai-kupang-2026.html, written by hand) is one news article saved from a city
government's website, inside its menu, breadcrumbs, share buttons, a "Berita Terkait" sidebar and a footer with the
office's address and copyright, none of which may become an answer.
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import (para, table, styles, numbering, core, write_docx, write_pdf, pdf_text,
                               REGULAR as R, BOLD as B)

# ---------- DOCX: minutes of a meeting ----------
STYLES = styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
                '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>')
h = lambda text: para(text, bold=True)
dec = lambda text, level=0: para(text, num=1, level=level)
body = "".join([
    h("NOTULEN RAPAT"),
    h("PEMBAHASAN RANCANGAN QUICK WIN SMART CITY KABUPATEN LOMBOK TIMUR TAHUN 2026"),
    table([("Hari/Tanggal", ":", "Selasa, 14 April 2026"),
           ("Waktu", ":", "09.00 - 12.30 WITA"),
           ("Tempat", ":", "Ruang Rapat Rinjani, Kantor Bappeda Kabupaten Lombok Timur, Selong"),
           ("Pimpinan Rapat", ":", "Drs. H. Lalu Ahmad Fathurrahman, M.Si. (Sekretaris Daerah Kabupaten Lombok Timur)"),
           ("Acara", ":", "Pembahasan rancangan quick win Gerakan Menuju Smart City tahun 2026")]),
    h("I. DAFTAR HADIR"),
    para("Rapat dihadiri 9 (sembilan) orang sebagaimana daftar hadir berikut."),
    table([("No", "Nama", "Jabatan/Instansi"),
           ("1", "Drs. H. Lalu Ahmad Fathurrahman, M.Si.", "Sekretaris Daerah"),
           ("2", "Ir. Hj. Baiq Nurhasanah, M.T.", "Kepala Bappeda"),
           ("3", "Ahmad Zulkarnain, S.T., M.Eng.", "Kepala Dinas Komunikasi, Informatika dan Persandian"),
           ("4", "dr. Hj. Rahmawati Sulaiman", "Kepala Dinas Kesehatan"),
           ("5", "H. Muhammad Sabri, S.H.", "Kepala DPMPTSP"),
           ("6", "Lalu Wirajaya, S.T.", "Kepala Dinas Perhubungan"),
           ("7", "Sri Wahyuni, S.E.", "Kepala Bidang Anggaran BPKAD"),
           ("8", "Dr. Fathul Muin, M.Kom.", "Dosen Universitas Hamzanwadi (pendamping)"),
           ("9", "Baiq Rina Anggraeni, S.Kom.", "Pranata Komputer Diskominfo (notulis)")], bold_header=True),
    h("II. PEMBAHASAN"),
    para("Rapat dibuka oleh Sekretaris Daerah yang menyampaikan bahwa Kabupaten Lombok Timur wajib menetapkan quick "
         "win sebagai bagian dari masterplan smart city. Kepala Diskominfo memaparkan lima usulan quick win dari "
         "perangkat daerah. Peserta menilai usulan berdasarkan manfaat langsung bagi warga, kesiapan anggaran dan "
         "waktu pelaksanaan paling lama satu tahun. Pendamping dari Universitas Hamzanwadi menyarankan agar usulan "
         "sistem informasi pertanian ditunda ke tahun 2027 karena datanya belum siap."),
    h("III. KEPUTUSAN RAPAT"),
    dec("Rapat menyepakati tiga quick win smart city Kabupaten Lombok Timur tahun 2026, yaitu:"),
    dec("antrean daring puskesmas (SIANTRE) di 35 puskesmas;", 1),
    dec("perizinan usaha mikro selesai dalam satu hari melalui Mal Pelayanan Publik;", 1),
    dec("lampu penerangan jalan tenaga surya pintar sebanyak 120 titik di jalur Selong - Labuhan Lombok.", 1),
    dec("Pelaksanaan quick win dibagi kepada tiga kelompok kerja:"),
    dec("Kelompok Kerja I (Dinas Kesehatan dan Diskominfo) menyiapkan aplikasi antrean daring puskesmas;", 1),
    dec("Kelompok Kerja II (DPMPTSP dan Diskominfo) menyiapkan layanan perizinan usaha mikro satu hari di Mal "
        "Pelayanan Publik;", 1),
    dec("Kelompok Kerja III (Dinas Perhubungan dan Dinas PUPR) menyiapkan lampu penerangan jalan tenaga surya.", 1),
    dec("Anggaran ketiga quick win diusulkan dalam APBD Perubahan 2026 sebesar Rp4,2 miliar."),
    dec("Diskominfo mengirimkan dokumen quick win kepada Kementerian Komunikasi dan Digital paling lambat 30 April 2026."),
    dec("Rapat lanjutan dilaksanakan pada Selasa, 5 Mei 2026 untuk membahas rencana anggaran rinci setiap kelompok kerja."),
    para("Demikian notulen rapat ini dibuat untuk dipergunakan sebagaimana mestinya."),
    table([("\nNotulis,\n\n\n\nBaiq Rina Anggraeni, S.Kom.\nNIP 19880312 201101 2 004",
            "Selong, 14 April 2026\nPimpinan Rapat,\n\n\n\nDrs. H. Lalu Ahmad Fathurrahman, M.Si.\nNIP 19690817 199403 1 006")]),
])
write_docx("notulen-rapat-quick-win-lombok-timur-2026.docx", body, STYLES,
           numbering((1, 0, ("decimal", "lowerLetter"), ("%1.", "%2."), (1, 1))),
           core("Diskominfo Kabupaten Lombok Timur", "2026-04-15"))

# ---------- PDF: a slide deck exported page by page ----------
W, H = 842, 595
FOOTER = "Rakernas Gerakan Menuju Smart City 2026 | Makassar, 20-21 Mei 2026"
def tm(font, size, x, y, text):
    return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"
def chrome(number):
    return [tm(R, 10, 50, 28, FOOTER), tm(R, 10, 780, 28, str(number))]
def slide(number, title, items):
    ops, y = [tm(B, 32, 50, 500, title)], 410
    for item in items:
        ops += [tm(R, 20, 60, y, "\u2022"), tm(R, 20, 86, y, item)]
        y -= 44
    return ops + chrome(number)

slides = [
    [tm(B, 38, 60, 380, "Dasbor Satu Data Kota Tegal"), tm(R, 22, 60, 330, "Dari Data Sektoral ke Keputusan Pimpinan"),
     tm(R, 18, 60, 260, "Rizky Pratama Wibowo, S.Kom., M.T."),
     tm(R, 16, 60, 232, "Kepala Bidang Statistik, Dinas Komunikasi dan Informatika Kota Tegal")] + chrome(1),
    slide(2, "Latar Belakang", [
        "Data tersebar di 27 perangkat daerah",
        "Format tidak seragam: Excel, PDF, kertas",
        "Rapat pimpinan menunggu data 2-3 minggu"]),
    slide(3, "Tujuan Dasbor", [
        "Satu pintu data untuk wali kota dan OPD",
        "Data diperbarui paling lambat setiap bulan",
        "Terbuka untuk warga lewat portal data"]),
    slide(4, "Arsitektur", [
        "Lapisan 1: pengumpulan data dari aplikasi OPD",
        "Lapisan 2: gudang data dan validasi walidata",
        "Lapisan 3: dasbor pimpinan dan portal publik"]),
    slide(5, "Tahapan Pengembangan", [
        "Fase I (2024): inventarisasi 412 set data",
        "Fase II (2025): integrasi 9 aplikasi OPD ke gudang data",
        "Fase III (2026): dasbor publik dan API terbuka"]),
    slide(6, "Hasil", [
        "684 dataset terbit di portal Satu Data Tegal",
        "Penyiapan data rapat pimpinan: 14 hari menjadi 2 hari",
        "Kunjungan portal 38.000 per bulan"]),
    slide(7, "Biaya", [
        "Total Rp1,9 miliar (2024-2026)",
        "Server di Pusat Data Nasional, tanpa biaya sewa",
        "Pelatihan 54 walidata OPD"]),
    slide(8, "Pelajaran", [
        "Komitmen pimpinan lebih penting dari teknologi",
        "Tetapkan walidata di setiap OPD",
        "Mulai dari data yang paling sering diminta"]),
    [tm(B, 40, 300, 320, "Terima Kasih"), tm(R, 16, 280, 270, "statistik@tegalkota.go.id")] + chrome(9),
]
write_pdf("paparan-dasbor-satu-data-kota-tegal.pdf", slides,
          "<< /Title (Dasbor Satu Data Kota Tegal) /Author (Diskominfo Kota Tegal) /Creator (Microsoft PowerPoint) "
          "/CreationDate (D:20260519080000+07'00') >>", size=(W, H))
