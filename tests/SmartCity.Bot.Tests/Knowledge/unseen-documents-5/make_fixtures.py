#!/usr/bin/env python3
"""Builds the documents of the fifth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first four probes did not use: a PDF slide deck (landscape pages, one big bold title per slide, bullet
points "•" with a wrapped continuation line, a running footer and slide number, a closing "Kontak" slide); a DOCX
that is mostly tables (a schedule with Tanggal/Kegiatan/Penanggung jawab columns, an indicator matrix with one target
column per year, a table of abbreviations used in the other tables); an HTML FAQ built from <details><summary>
accordions, an abbreviation defined once in the introduction and used later, a glossary and a <table> of fees and
contacts. The HTML page is written by hand (tanya-jawab-wifi-kendari.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import para, table, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- PDF: a landscape slide deck ----------
# Each slide: (title, [lines]); a line starting "• " is a bullet, "  " a wrapped continuation, else plain text.
FOOTER = "Diskominfo Kabupaten Sumba Barat Daya | Sosialisasi Desa Digital 2026"
slides = [
    ("Program Desa Digital Kabupaten Sumba Barat Daya", [
        "Paparan sosialisasi kepada kepala desa",
        "Tambolaka, 10 Maret 2026",
        "Dinas Komunikasi dan Informatika Kabupaten Sumba Barat Daya"]),
    ("Mengapa Desa Digital?", [
        "• Dari 173 desa, baru 41 desa yang terjangkau sinyal 4G",
        "• Surat keterangan desa masih diketik dan diantar secara manual",
        "• Masterplan smart city 2025 menetapkan desa digital sebagai quick win",
        "  pilar smart governance"]),
    ("Sasaran 2026", [
        "• 60 desa memiliki titik Wi-Fi publik di kantor desa",
        "• 100 operator desa terlatih",
        "• Aplikasi SIDADI (Sistem Informasi Desa Digital) dipakai untuk",
        "  menerbitkan surat keterangan desa"]),
    ("Tahapan Pelaksanaan", [
        "• Maret: sosialisasi kepada kepala desa",
        "• April - Mei: pendataan kesiapan desa",
        "• Juni: pemasangan perangkat tahap pertama",
        "• Oktober: pelatihan operator desa di Tambolaka",
        "• Desember: evaluasi dan penetapan desa digital terbaik"]),
    ("Pembiayaan", [
        "• Dana desa: paling banyak Rp 15 juta per desa untuk perangkat",
        "• APBD kabupaten: pelatihan operator dan server SIDADI",
        "• Dukungan BAKTI untuk 20 desa yang belum ada sinyal (blank spot)"]),
    ("Kontak", [
        "Bidang Aplikasi Informatika",
        "Dinas Komunikasi dan Informatika Kabupaten Sumba Barat Daya",
        "Email: desadigital@sumbabaratdayakab.go.id",
        "WhatsApp: 0812-3700-4455"]),
]
W, H = 842, 595
def slide_ops(n, title, lines):
    ops = [text_op(R, 9, 40, 25, FOOTER), text_op(R, 9, W - 50, 25, str(n))]
    if n == 1:  # the cover: title in the middle, larger
        ops.append(text_op(B, 30, 60, 340, title)); y = 290
    else:
        ops.append(text_op(B, 28, 50, H - 70, title)); y = H - 140
    for line in lines:
        if line.startswith("  "): ops.append(text_op(R, 18, 80, y, line.strip())); y -= 30; continue
        ops.append(text_op(R, 18, 60, y, line)); y -= 30 if n > 1 else 26
    return ops
write_pdf("paparan-desa-digital-sbd-2026.pdf", [slide_ops(n, t, l) for n, (t, l) in enumerate(slides, 1)],
          "<< /Title (Program Desa Digital Kabupaten Sumba Barat Daya) /Author (Diskominfo Kabupaten Sumba Barat Daya) /CreationDate (D:20260310000000) >>",
          size=(W, H))

# ---------- DOCX: mostly tables ----------
body = "".join([
    para("Rencana Aksi Smart City Kota Bontang Tahun 2026", style="Title"),
    para("Rencana aksi ini menjabarkan Masterplan Smart City Kota Bontang 2024-2028 menjadi kegiatan tahun 2026, lengkap dengan penanggung jawab dan target capaian."),
    para("Jadwal Kegiatan", style="Heading1"),
    table([["Tanggal", "Kegiatan", "Penanggung jawab"],
           ["14 Januari 2026", "Rapat koordinasi Dewan Smart City", "Bappelitbang"],
           ["2-6 Maret 2026", "Bimbingan teknis aplikasi perizinan daring", "DPMPTSP"],
           ["20 Mei 2026", "Peluncuran antrean daring RSUD Taman Husada", "Dinas Kesehatan"],
           ["17 Agustus 2026", "Pengoperasian 30 kamera CCTV analitik di persimpangan", "Dishub"],
           ["11 November 2026", "Lomba inovasi digital kelurahan", "Diskominfo"]], bold_header=True, repeat_header=True),
    para("Matriks Indikator", style="Heading1"),
    para("Capaian diukur dengan indikator berikut; target ditetapkan per tahun."),
    table([["Indikator", "Satuan", "Target 2026", "Target 2027", "Target 2028"],
           ["Izin usaha terbit secara daring", "persen", "70", "85", "95"],
           ["Kelurahan dengan Wi-Fi publik", "kelurahan", "10", "15", "15"],
           ["Pasien RSUD yang mendaftar lewat antrean daring", "persen", "40", "60", "75"],
           ["Nilai indeks SPBE", "indeks", "3,1", "3,5", "3,8"]], bold_header=True),
    para("Daftar Singkatan", style="Heading1"),
    table([["Singkatan", "Kepanjangan"],
           ["Bappelitbang", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan"],
           ["DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
           ["Dishub", "Dinas Perhubungan"],
           ["RSUD", "Rumah Sakit Umum Daerah"],
           ["SPBE", "Sistem Pemerintahan Berbasis Elektronik"]], bold_header=True),
    para("Pemantauan", style="Heading1"),
    para("Bappelitbang melaporkan capaian rencana aksi kepada Wali Kota Bontang setiap triwulan."),
])
write_docx("rencana-aksi-smart-city-bontang-2026.docx", body,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'),
    numbering(),
    core("Bappelitbang Kota Bontang", "2026-01-08", "Rencana Aksi Smart City Kota Bontang Tahun 2026"))
print("ok")
