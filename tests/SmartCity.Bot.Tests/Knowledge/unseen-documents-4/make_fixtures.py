#!/usr/bin/env python3
"""Builds the documents of the fourth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first three probes did not use: a regent's decree PDF (Surat Keputusan: "Menimbang", "Mengingat",
"MEMUTUSKAN", articles "Pasal 1 …" as centred bold lines at body size) with a running header naming the decree and a
footer "Halaman n dari m" on every page; a training guideline DOCX with heading styles, a two-level numbered list
(1., a.) and footnotes carrying facts; a city's news page of dated updates (one <article> per item with <time>).
The HTML page is written by hand (kabar-smart-city-ternate.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import para, styles, numbering, footnotes, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- PDF: a decree with running header/footer, articles as centred bold lines ----------
# ("c", text) centred bold line, ("p", text) body line at x, ("gap",)
HEADER = "Salinan Keputusan Bupati Kepulauan Selayar Nomor 188/212/2026"
pages = [[
    ("c", "KEPUTUSAN BUPATI KEPULAUAN SELAYAR"),
    ("c", "NOMOR 188/212/2026"),
    ("c", "TENTANG"),
    ("c", "TIM PELAKSANA SMART CITY KABUPATEN KEPULAUAN SELAYAR"),
    ("gap",),
    ("p", "Menimbang : a. bahwa Kabupaten Kepulauan Selayar ditetapkan sebagai peserta Gerakan Menuju Smart City"),
    ("p", "                tahun 2025 oleh Kementerian Komunikasi dan Digital;"),
    ("p", "            b. bahwa pelaksanaan masterplan smart city memerlukan koordinasi lintas perangkat daerah;"),
    ("p", "            c. bahwa berdasarkan pertimbangan tersebut perlu menetapkan Keputusan Bupati tentang Tim"),
    ("p", "                Pelaksana Smart City Kabupaten Kepulauan Selayar."),
    ("p", "Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;"),
    ("p", "            2. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik."),
    ("gap",),
    ("c", "MEMUTUSKAN:"),
    ("gap",),
    ("c", "Pasal 1"),
    ("p", "Membentuk Tim Pelaksana Smart City Kabupaten Kepulauan Selayar yang selanjutnya disebut Tim"),
    ("p", "Pelaksana, dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran Keputusan ini."),
    ("gap",),
    ("c", "Pasal 2"),
    ("p", "Tim Pelaksana diketuai oleh Sekretaris Daerah. Wakil ketua dijabat Kepala Bappelitbangda dan"),
    ("p", "sekretaris dijabat Kepala Dinas Komunikasi dan Informatika."),
    ("gap",),
    ("c", "Pasal 3"),
    ("p", "Tim Pelaksana bertugas:"),
    ("p", "a. menyusun rencana aksi tahunan dari masterplan smart city;"),
    ("p", "b. memantau pembangunan layanan digital di setiap perangkat daerah;"),
    ("p", "c. melaporkan kemajuan pelaksanaan kepada Bupati setiap tiga bulan."),
], [
    ("c", "Pasal 4"),
    ("p", "Biaya pelaksanaan tugas Tim Pelaksana dibebankan pada Anggaran Pendapatan dan Belanja Daerah"),
    ("p", "Kabupaten Kepulauan Selayar Tahun Anggaran 2026 pada Dinas Komunikasi dan Informatika."),
    ("gap",),
    ("c", "Pasal 5"),
    ("p", "Masa kerja Tim Pelaksana berakhir pada tanggal 31 Desember 2027. Tim menyerahkan laporan akhir"),
    ("p", "kepada Bupati paling lambat satu bulan setelah masa kerjanya berakhir."),
    ("gap",),
    ("c", "Pasal 6"),
    ("p", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ("gap",),
    ("p", "Ditetapkan di Benteng pada tanggal 12 Januari 2026"),
    ("p", "BUPATI KEPULAUAN SELAYAR"),
]]
def page_ops(n, items):
    ops = [text_op(R, 8, 50, 815, HEADER), text_op(R, 8, 260, 30, f"Halaman {n} dari {len(pages)}")]
    y = 780
    for item in items:
        kind = item[0]
        if kind == "gap": y -= 10; continue
        if kind == "c": ops.append(text_op(B, 10, 297 - len(item[1]) * 2.8, y, item[1])); y -= 15; continue
        ops.append(text_op(R, 10, 50, y, item[1])); y -= 14
    return ops
write_pdf("sk-tim-smart-city-selayar.pdf", [page_ops(n, items) for n, items in enumerate(pages, 1)],
          "<< /Title (Keputusan Bupati Kepulauan Selayar tentang Tim Pelaksana Smart City) /Author (Bagian Hukum Setda Kabupaten Kepulauan Selayar) /CreationDate (D:20260112000000) >>")

# ---------- DOCX: heading styles, a two-level numbered list, footnotes ----------
OUTLINE = 1
body = "".join([
    para("Petunjuk Teknis Pelatihan Literasi Digital Aparatur Kabupaten Lombok Timur 2026", style="Title"),
    para("Latar Belakang", style="Heading1"),
    para("Masterplan smart city Kabupaten Lombok Timur menempatkan kecakapan digital aparatur sebagai syarat pertama layanan elektronik. Petunjuk teknis ini mengatur peserta, materi, jadwal dan sertifikat pelatihan literasi digital bagi aparatur pemerintah kabupaten dan desa."),
    para("Ketentuan Pelatihan", style="Heading1"),
    para("Pelatihan diselenggarakan dengan ketentuan berikut:"),
    para("Peserta pelatihan terdiri atas:", num=OUTLINE, level=0),
    para("aparatur sipil negara dari setiap perangkat daerah, paling banyak 2 orang per perangkat daerah;", num=OUTLINE, level=1),
    para("kepala desa atau sekretaris desa dari 239 desa di Lombok Timur.", num=OUTLINE, level=1, notes=[1]),
    para("Materi pelatihan meliputi:", num=OUTLINE, level=0),
    para("keamanan data pribadi dan kata sandi;", num=OUTLINE, level=1),
    para("pengelolaan media sosial instansi;", num=OUTLINE, level=1),
    para("penggunaan tanda tangan elektronik pada surat dinas.", num=OUTLINE, level=1, notes=[2]),
    para("Jadwal pelatihan:", num=OUTLINE, level=0),
    para("gelombang pertama pada bulan Mei 2026 untuk perangkat daerah;", num=OUTLINE, level=1),
    para("gelombang kedua pada bulan Juli 2026 untuk pemerintah desa.", num=OUTLINE, level=1),
    para("Tempat Pelaksanaan", style="Heading1"),
    para("Setiap gelombang berlangsung tiga hari. Kegiatan diadakan di Aula Bappeda Kabupaten Lombok Timur di Selong, dan peserta dari desa terpencil dapat mengikuti secara daring."),
    para("Sertifikat", style="Heading1"),
    para("Peserta memperoleh sertifikat bila hadir paling sedikit 80 persen sesi dan mencapai nilai ujian akhir minimal 70. Sertifikat ditandatangani Kepala Dinas Komunikasi, Informatika dan Statistik."),
])
write_docx("juknis-literasi-digital-lotim.docx", body,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'),
    numbering((OUTLINE, 0, ("decimal", "lowerLetter"), ("%1.", "%2."), (1, 1))),
    core("Dinas Komunikasi, Informatika dan Statistik Kabupaten Lombok Timur", "2026-03-16",
         "Petunjuk Teknis Pelatihan Literasi Digital Aparatur Kabupaten Lombok Timur 2026"),
    footnotes({1: "Desa yang belum terjangkau internet mengikuti pelatihan di kantor kecamatan terdekat.",
               2: "Sertifikat elektronik untuk tanda tangan diterbitkan oleh Balai Sertifikasi Elektronik (BSrE) Badan Siber dan Sandi Negara."}))
print("ok")
