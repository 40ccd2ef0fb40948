#!/usr/bin/env python3
"""Builds the documents of the third unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first two probes did not use: a provincial roadmap PDF with a two-level numbered outline in bold body-size
type, a lettered list after a lead-in sentence and a table of periods and amounts; a ministry guideline DOCX with no
heading styles at all (bold paragraphs are its headings), bulleted and numbered lists after lead-in sentences and a
table whose first row is Word's repeated header row; a city's call for partners as a CMS page with navigation,
breadcrumb, sidebar widgets, a cookie notice and share buttons around the article, a <dl> and a <table>.
The HTML page is written by hand (kemitraan-smart-city-palu.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import para, table, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- PDF: bold numbered outline at body size, lettered list, table of periods and amounts, two pages ----------
# ("t", text) title, ("h", text) bold heading line, ("p", text) body line, ("gap",), ("row"/"rowb", cells) table row.
pages = [[
    ("t", "Peta Jalan Smart City Provinsi Sulawesi Tengah 2026-2029"),
    ("p", "Disusun oleh Bappeda Provinsi Sulawesi Tengah bersama Diskominfo Provinsi, Februari 2026"),
    ("gap",),
    ("h", "1. Pendahuluan"),
    ("h", "1.1 Latar belakang"),
    ("p", "Baru empat dari tiga belas kabupaten/kota di Sulawesi Tengah yang memiliki masterplan smart city."),
    ("p", "Peta jalan ini menyelaraskan langkah provinsi dan kabupaten/kota agar seluruhnya siap pada 2029."),
    ("h", "1.2 Dasar hukum"),
    ("p", "Peta jalan ditetapkan dengan Peraturan Gubernur Sulawesi Tengah Nomor 14 Tahun 2026 dan menjadi"),
    ("p", "acuan rencana kerja perangkat daerah provinsi setiap tahun."),
    ("gap",),
    ("h", "2. Sasaran"),
    ("h", "2.1 Sasaran utama"),
    ("p", "Pada akhir 2029 pemerintah provinsi menargetkan:"),
    ("p", "a. seluruh 13 kabupaten/kota memiliki masterplan smart city yang disahkan kepala daerah;"),
    ("p", "b. 80 persen layanan perizinan dapat diajukan secara daring;"),
    ("p", "c. satu pusat data provinsi melayani semua perangkat daerah."),
    ("h", "2.2 Indikator keberhasilan"),
    ("p", "Kemajuan diukur sekali setahun dengan indeks kematangan smart city. Indeks itu dihitung oleh"),
    ("p", "Diskominfo Provinsi dari laporan kabupaten/kota dan diumumkan setiap bulan Desember."),
], [
    ("h", "3. Tahapan dan Anggaran"),
    ("p", "Pelaksanaan peta jalan dibagi dalam empat tahap dengan anggaran provinsi sebagai berikut:"),
    ("rowb", ["Tahap", "Periode", "Anggaran provinsi"]),
    ("row", ["Penyusunan masterplan", "Januari - Desember 2026", "Rp 3,5 miliar"]),
    ("row", ["Infrastruktur dasar", "Tahun 2027", "Rp 12 miliar"]),
    ("row", ["Integrasi layanan", "Tahun 2028", "Rp 7,8 miliar"]),
    ("row", ["Evaluasi dan replikasi", "Tahun 2029", "Rp 2,1 miliar"]),
    ("gap",),
    ("h", "4. Tata Kelola"),
    ("h", "4.1 Dewan pengarah"),
    ("p", "Dewan pengarah dipimpin Wakil Gubernur dengan anggota para bupati dan wali kota. Dewan bersidang"),
    ("p", "dua kali setahun, pada bulan Maret dan September, untuk menilai kemajuan setiap tahap."),
    ("h", "4.2 Sekretariat"),
    ("p", "Sekretariat peta jalan berkedudukan di Diskominfo Provinsi Sulawesi Tengah dan menyiapkan bahan"),
    ("p", "sidang dewan pengarah."),
    ("gap",),
    ("h", "5. Risiko dan Mitigasi"),
    ("p", "Risiko terbesar adalah jaringan internet yang belum menjangkau desa-desa di Kabupaten Banggai"),
    ("p", "Kepulauan. Untuk itu provinsi bekerja sama dengan BAKTI membangun 40 titik akses internet desa"),
    ("p", "pada tahun 2027."),
]]
def page_ops(n, items):
    ops = [text_op(R, 8, 280, 30, f"- {n} -")]  # page number only: no running header
    y = 790
    for item in items:
        kind = item[0]
        if kind == "gap": y -= 10; continue
        if kind == "t": ops.append(text_op(B, 15, 50, y, item[1])); y -= 24; continue
        if kind == "h": ops.append(text_op(B, 10, 50, y, item[1])); y -= 15; continue
        if kind in ("row", "rowb"):
            for cell, x in zip(item[1], (50, 230, 400)):
                ops.append(text_op(B if kind == "rowb" else R, 10, x, y, cell))
            y -= 16; continue
        ops.append(text_op(R, 10, 50, y, item[1])); y -= 14
    return ops
write_pdf("peta-jalan-sulteng-2026-2029.pdf", [page_ops(n, items) for n, items in enumerate(pages, 1)],
          "<< /Title (Peta Jalan Smart City Provinsi Sulawesi Tengah 2026-2029) /Author (Bappeda Provinsi Sulawesi Tengah) /CreationDate (D:20260220000000) >>")

# ---------- DOCX: no heading styles (bold paragraphs are headings), lists after lead-ins, a header-row table ----------
BULLET, STEPS = 1, 2
body = "".join([
    para("Pedoman Teknis Quick Win Layanan Digital Daerah", bold=True),
    para("Kementerian Komunikasi dan Digital, edisi 2026"),
    para("Pengertian", bold=True),
    para("Quick win adalah layanan digital kecil yang dapat diselesaikan dalam enam bulan dan langsung dirasakan warga. Pedoman ini membantu kabupaten/kota memilih dan menjalankan quick win pertama setelah masterplan disahkan."),
    para("Kriteria pemilihan", bold=True),
    para("Sebuah usulan layak dipilih bila memenuhi semua ketentuan berikut:"),
    para("biaya pembangunan tidak lebih dari Rp 500 juta;", num=BULLET),
    para("memakai aplikasi atau data yang sudah dimiliki pemerintah daerah;", num=BULLET),
    para("memiliki perangkat daerah penanggung jawab yang jelas;", num=BULLET),
    para("dapat diukur dengan paling sedikit satu indikator layanan.", num=BULLET),
    para("Langkah pelaksanaan", bold=True),
    para("Pelaksanaan mengikuti lima langkah:"),
    para("Identifikasi masalah layanan bersama warga.", num=STEPS),
    para("Rancang solusi dan tetapkan indikatornya.", num=STEPS),
    para("Bangun purwarupa dalam waktu 8 minggu.", num=STEPS),
    para("Uji coba di satu kecamatan.", num=STEPS),
    para("Perluas ke seluruh wilayah setelah evaluasi uji coba.", num=STEPS),
    para("Contoh indikator", bold=True),
    para("Indikator yang dapat dipakai untuk beberapa jenis layanan:"),
    table([["Jenis layanan", "Indikator", "Target"],
           ["Perizinan", "Waktu proses izin", "Paling lama 3 hari kerja"],
           ["Pengaduan", "Aduan yang ditanggapi", "90 persen dalam 2 x 24 jam"],
           ["Kesehatan", "Pasien yang mendaftar antrean puskesmas secara daring", "50 persen"]], repeat_header=True),
    para("Pendanaan", bold=True),
    para("Quick win dibiayai dari APBD perangkat daerah penanggung jawab. Kerja sama dengan badan usaha diperbolehkan asalkan data warga tetap dikelola pemerintah daerah."),
    para("Pelaporan", bold=True),
    para("Hasil quick win dilaporkan kepada Kementerian melalui formulir daring paling lambat 30 hari setelah uji coba selesai. Laporan wajib memuat foto kegiatan, nilai indikator sebelum dan sesudah, serta testimoni warga."),
])
write_docx("pedoman-teknis-quick-win.docx", body,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'),
    numbering((BULLET, 0, "bullet", "•", None), (STEPS, 1, "decimal", "%1.", 1)),
    core("Direktorat Jenderal Aplikasi Informatika", "2026-03-02"))
print("ok")
