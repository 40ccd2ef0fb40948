#!/usr/bin/env python3
"""Builds the three documents of the second unseen-document probe with the standard library only.
Kinds the first probe did not try: a multi-page PDF whose headings are numbered ("1.", "1.1") in the body font,
with a running header/footer and a table; a DOCX whose heading styles have locale ids (named "heading 1" but with
another id), a numbered list, a date table and an FAQ whose questions are bold paragraphs; an HTML page from a CMS
with navigation/footer boilerplate, text directly in <div>s, a definition list and a table with <thead>.
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import para, table, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- PDF: numbered plain headings, running header/footer, a table, three pages ----------
# Each page: list of items. ("p", text) body line, ("gap",) blank, ("row", [cells]) table row, ("rowb", [cells]) bold header row.
pages = [[
    ("t", "Pedoman Teknis Dasbor Smart City Daerah"),
    ("p", "Versi 1.2 - disusun oleh Tim Teknis Gerakan Menuju Smart City, Maret 2026"),
    ("gap",),
    ("p", "1. Ruang Lingkup"),
    ("p", "Pedoman ini berlaku bagi dasbor pemantauan kota yang dibangun pemerintah kabupaten/kota peserta"),
    ("p", "gerakan, baik yang dipasang di ruang kendali (command center) maupun yang dibuka untuk warga."),
    ("gap",),
    ("p", "2. Arsitektur Data"),
    ("p", "2.1 Sumber data"),
    ("p", "Setiap panel dasbor harus menyebut perangkat daerah pemilik datanya. Data ditarik langsung dari"),
    ("p", "sistem sumber melalui API, bukan diunggah ulang secara manual dari lembar kerja."),
    ("p", "2.2 Frekuensi pembaruan"),
    ("p", "Panel lalu lintas dan banjir diperbarui paling lambat setiap 5 menit, sedangkan panel layanan"),
    ("p", "kependudukan cukup diperbarui sekali sehari pada pukul 06.00 WIB."),
], [
    ("p", "2.3 Penyimpanan"),
    ("p", "Data mentah dasbor disimpan di pusat data pemerintah daerah atau Pusat Data Nasional; layanan"),
    ("p", "awan komersial di luar negeri tidak boleh dipakai untuk data yang memuat identitas warga."),
    ("gap",),
    ("p", "3. Indikator Kinerja Minimum"),
    ("p", "Dasbor yang diajukan untuk penilaian harus memenuhi ambang berikut:"),
    ("rowb", ["Indikator", "Ambang minimum", "Cara ukur"]),
    ("row", ["Ketersediaan layanan", "99,5 persen per bulan", "Pemantauan uptime"]),
    ("row", ["Waktu muat halaman", "3 detik", "Uji dari jaringan seluler 4G"]),
    ("row", ["Kelengkapan metadata", "90 persen panel", "Audit katalog data"]),
    ("row", ["Aksesibilitas", "WCAG 2.1 tingkat AA", "Uji pembaca layar"]),
    ("gap",),
    ("p", "4. Keamanan dan Akses"),
    ("p", "4.1 Hak akses"),
    ("p", "Akun operator dasbor wajib memakai autentikasi dua faktor. Akun yang tidak dipakai selama 60 hari"),
    ("p", "dinonaktifkan otomatis oleh administrator."),
], [
    ("p", "4.2 Uji penetrasi"),
    ("p", "Sebelum dibuka untuk publik, dasbor diuji penetrasi oleh Tim Tanggap Insiden Siber (CSIRT) daerah"),
    ("p", "atau pihak ketiga yang ditunjuk, lalu diuji ulang setiap 12 bulan."),
    ("gap",),
    ("p", "5. Pelaporan"),
    ("p", "Tautan dasbor dan tangkapan layar setiap panel dilampirkan dalam laporan evaluasi tahunan. Tim"),
    ("p", "Teknis memberi umpan balik tertulis paling lambat 30 hari kerja setelah laporan diterima."),
]]
def page_ops(n, items):
    ops = []
    # running header and footer, as office suites print them
    ops.append(text_op(R, 8, 50, 815, "Pedoman Teknis Dasbor Smart City Daerah - Kementerian Komunikasi dan Digital"))
    ops.append(text_op(R, 8, 280, 30, f"Halaman {n} dari {len(pages)}"))
    y = 780
    for item in items:
        kind = item[0]
        if kind == "gap": y -= 10; continue
        if kind == "t": ops.append(text_op(B, 16, 50, y, item[1])); y -= 26; continue
        if kind in ("row", "rowb"):
            for cell, x in zip(item[1], (50, 210, 360)):
                ops.append(text_op(B if kind == "rowb" else R, 10, x, y, cell))
            y -= 16; continue
        ops.append(text_op(R, 10, 50, y, item[1])); y -= 14
    return ops
write_pdf("pedoman-dasbor-kota.pdf", [page_ops(n, items) for n, items in enumerate(pages, 1)],
          "<< /Title (Pedoman Teknis Dasbor Smart City Daerah) /Author (Tim Teknis Gerakan Menuju Smart City) /CreationDate (D:20260310000000) >>")

# ---------- DOCX: locale style ids, numbered list, date table, FAQ with bold question paragraphs ----------
body = "".join([
    para("Rekrutmen Petugas Data Daerah 2026", "a3"),
    para("Pengumuman ini mengundang aparatur sipil negara di kabupaten/kota peserta Gerakan Menuju Smart City untuk menjadi petugas data daerah."),
    para("Latar belakang", "1"),
    para("Banyak daerah peserta belum memiliki orang yang khusus merawat katalog data. Petugas data daerah bekerja di Diskominfo dan membantu wali data menyiapkan set data untuk dasbor dan evaluasi tahunan."),
    para("Persyaratan pelamar", "1"),
    para("Pelamar harus memenuhi seluruh ketentuan berikut:"),
    para("Berstatus ASN dengan masa kerja paling sedikit dua tahun.", num=2),
    para("Berpendidikan minimal D3 di bidang statistika, informatika, atau ilmu sosial kuantitatif.", num=2),
    para("Mendapat surat rekomendasi dari kepala Diskominfo.", num=2),
    para("Berusia paling tinggi 40 tahun pada 1 Juni 2026.", num=2),
    para("Jadwal seleksi", "1"),
    para("Seleksi berlangsung dalam empat tahap:"),
    table([["Tahap", "Tanggal"], ["Pendaftaran daring", "2 - 27 Februari 2026"], ["Seleksi administrasi", "2 - 13 Maret 2026"],
           ["Tes tertulis dan wawancara", "6 - 17 April 2026"], ["Pengumuman hasil", "8 Mei 2026"]], bold_header=True),
    para("Pelatihan dan penempatan", "1"),
    para("Pelatihan dasar", "2"),
    para("Petugas yang lolos mengikuti pelatihan dasar selama 10 hari di Balai Pelatihan Komunikasi dan Informatika Yogyakarta, seluruh biaya ditanggung panitia."),
    para("Penempatan", "2"),
    para("Setelah pelatihan, petugas kembali ke daerah asal dan ditugaskan paling singkat tiga tahun sebagai petugas data daerah."),
    para("Tanya jawab", "1"),
    para("Apakah tenaga honorer boleh mendaftar?", bold=True),
    para("Tidak. Rekrutmen ini hanya terbuka bagi ASN; tenaga honorer dapat diikutsertakan sebagai peserta pendamping tanpa sertifikat."),
    para("Berapa kuota setiap daerah?", bold=True),
    para("Setiap kabupaten/kota boleh mengusulkan paling banyak dua orang, dan kuota nasional tahun 2026 adalah 150 orang."),
    para("Ke mana berkas lamaran dikirim?", bold=True),
    para("Berkas diunggah lewat portal rekrutmen gerakan; berkas cetak yang dikirim lewat pos tidak diproses."),
])
# Word in some locales writes heading styles with numeric or letter ids; only the style name says "heading 1".
# No dc:title: the title comes from the document's Title-styled first paragraph.
write_docx("rekrutmen-petugas-data-2026.docx", body,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
           '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'),
    numbering((2, 1, "decimal", "%1.", 1)),
    core("Sekretariat Gerakan Menuju Smart City", "2026-01-12"))
print("ok")
