#!/usr/bin/env python3
"""Builds the DOCX and PDF of the unseen-document probe with the standard library only (no office suite needed).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import para, table, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR, BOLD

# ---------- DOCX: heading styles, a bulleted list and a table ----------
body = "".join([
    para("Panduan Mentoring Smart City 2026", "Title"),
    para("Program mentoring 2026", "Heading1"),
    para("Program Mentoring Smart City 2026 memasangkan setiap kabupaten/kota alumni dengan satu mentor selama delapan bulan, dari Maret sampai Oktober 2026, untuk mengawal pelaksanaan masterplan."),
    para("Peran mentor", "Heading1"),
    para("Mentor adalah praktisi atau akademisi yang sudah mendampingi paling sedikit tiga daerah. Tugas mentor:"),
    para("Meninjau rencana aksi tahunan daerah.", num=1),
    para("Memimpin klinik bulanan secara daring.", num=1),
    para("Menulis laporan kemajuan setiap triwulan.", num=1),
    para("Jadwal sesi mentoring", "Heading2"),
    para("Sesi tatap muka digelar dua kali: lokakarya pembuka di Kota Mataram pada 9 Maret 2026 dan lokakarya penutup di Kota Balikpapan pada 20 Oktober 2026."),
    para("Kewajiban daerah peserta mentoring", "Heading1"),
    para("Daerah peserta menunjuk satu koordinator dari Diskominfo dan menyerahkan laporan kemajuan paling lambat tanggal 10 setiap bulan berikutnya."),
    para("Anggaran mentoring per daerah", "Heading1"),
    para("Rincian biaya yang ditanggung penyelenggara untuk setiap daerah:"),
    table([["Komponen", "Biaya"], ["Honor mentor", "Rp 48 juta"], ["Perjalanan dua lokakarya", "Rp 22 juta"], ["Klinik daring", "Rp 6 juta"]]),
])
write_docx("panduan-mentoring-2026.docx", body,
    styles('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'),
    numbering((1, 0, "bullet", "•", None)),
    core("Sekretariat Mentoring Smart City", "2026-01-20", title="Panduan Mentoring Smart City 2026"))

# ---------- PDF: two pages, several sections per page, headings bold and larger ----------
pages = [[
    ("Daftar Periksa Tata Kelola Data Smart City", 18, True),
    ("", 0, False),
    ("Tujuan daftar periksa", 13, True),
    ("Daftar periksa ini dipakai perangkat daerah untuk menilai sendiri kesiapan tata kelola data", 10, False),
    ("sebelum sebuah layanan smart city diluncurkan ke publik.", 10, False),
    ("Wali data daerah", 13, True),
    ("Setiap pemerintah daerah menetapkan satu wali data di Diskominfo yang menyetujui setiap set data", 10, False),
    ("sebelum dibagikan antarperangkat daerah atau dibuka untuk warga.", 10, False),
    ("Klasifikasi data", 13, True),
    ("Data dikelompokkan dalam tiga tingkat: terbuka, terbatas, dan rahasia. Data kependudukan yang", 10, False),
    ("memuat NIK selalu masuk tingkat rahasia.", 10, False),
], [
    ("Retensi dan pemusnahan data", 13, True),
    ("Log aplikasi layanan publik disimpan paling lama 24 bulan, lalu dimusnahkan dengan berita acara", 10, False),
    ("yang ditandatangani wali data.", 10, False),
    ("Insiden kebocoran data", 13, True),
    ("Kebocoran data wajib dilaporkan kepada wali data dalam 1 x 24 jam, dan warga yang terdampak", 10, False),
    ("diberi tahu paling lambat 72 jam setelah kebocoran diketahui.", 10, False),
    ("Audit tahunan", 13, True),
    ("Inspektorat daerah mengaudit penerapan daftar periksa ini setiap bulan November dan hasilnya", 10, False),
    ("dilaporkan kepada sekretaris daerah.", 10, False),
]]
def page_ops(lines):
    y, ops = 790, []
    for text, size, bold in lines:
        if not text: y -= 10; continue
        if bold and size > 10: y -= 8
        ops.append(text_op(BOLD if bold else REGULAR, size, 50, y, text))
        y -= size + 6
    return ops
write_pdf("tata-kelola-data.pdf", [page_ops(p) for p in pages],
          "<< /Title (Daftar Periksa Tata Kelola Data Smart City) /Author (Tim Tata Kelola Data) /CreationDate (D:20260215000000) >>")
print("ok")
