#!/usr/bin/env python3
"""Builds the documents of the eighteenth unseen-document probe (writers shared in ../fixture_documents.py).
Documents a programme office really drops into knowledge/, on subjects the programme's own sections also cover
(registration of the next cohort, the four bimtek stages, the national forum and the Smart City Award):
a DOCX announcement (pengumuman) of the 2026 cohort's registration: a Title paragraph and one page of running Normal
paragraphs with no heading at all, dates, the three selection stages (written "tahap 1", "tahap 2", "tahap 3"),
requirements and the contact buried in the text, the place and date above the signature at the end;
a PDF decree (Keputusan Direktur Jenderal) fixing the 2026 bimtek: centred bold title block, "Menimbang" and
"Mengingat" with lettered and numbered grounds, "MEMUTUSKAN:", "Menetapkan", diktum KESATU … KELIMA, stages written
"Tahap I" … "Tahap IV", "Ditetapkan di Jakarta pada tanggal …", and a second page (Lampiran) of articles "Pasal 1" …;
a Markdown page (forum-smart-city-nasional-2026.md, written by hand) with YAML front matter and alternate questions
(questions:) about the 2026 national forum and Smart City Award, whose subjects the built-in 2025 sections share.
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import (para, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B)

# ---------- DOCX: an announcement of running paragraphs without headings ----------
STYLES = styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
                '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>')
body = "".join([
    para("Pengumuman Pendaftaran Calon Peserta Gerakan Menuju Smart City Angkatan 2026", style="Title"),
    para("Nomor: 14/PENG/DJAI/01/2026"),
    para("Dalam rangka melanjutkan pendampingan penyusunan masterplan smart city, Kementerian Komunikasi dan Digital "
         "melalui Direktorat Jenderal Aplikasi Informatika membuka pendaftaran calon peserta Gerakan Menuju Smart City "
         "angkatan 2026 bagi pemerintah kabupaten/kota yang belum pernah mengikuti pendampingan pada angkatan "
         "sebelumnya. Pada angkatan ini disediakan kuota bagi 30 (tiga puluh) kabupaten/kota dari seluruh Indonesia, "
         "dengan memperhatikan pemerataan antarwilayah barat, tengah dan timur."),
    para("Pendaftaran dilakukan secara daring melalui laman daftar.gmsc.komdigi.go.id mulai Senin, 2 Februari 2026 "
         "sampai dengan Jumat, 27 Februari 2026 pukul 16.00 WIB. Pendaftaran yang masuk setelah batas waktu tersebut "
         "tidak akan diproses, dan pendaftaran hanya dapat diajukan satu kali oleh setiap kabupaten/kota."),
    para("Untuk mendaftar, pemerintah kabupaten/kota wajib mengunggah surat pernyataan minat yang ditandatangani "
         "langsung oleh bupati atau wali kota, surat keputusan pembentukan tim smart city daerah, salinan RPJMD yang "
         "masih berlaku, serta bukti indeks SPBE daerah paling rendah 2,5 berdasarkan hasil evaluasi SPBE terakhir. "
         "Dokumen diunggah dalam format PDF dengan ukuran paling besar 10 MB untuk setiap berkas."),
    para("Seleksi dilaksanakan dalam tiga tahap. Tahap 1 berupa seleksi administrasi atas kelengkapan berkas pada 2-13 "
         "Maret 2026. Daerah yang lolos mengikuti tahap 2, yaitu penilaian kesiapan melalui wawancara daring dengan "
         "kepala daerah dan tim smart city pada 23 Maret-3 April 2026. Tahap 3 berupa kunjungan lapangan oleh tim "
         "asesor ke 45 daerah dengan nilai tertinggi pada 20-30 April 2026 untuk memeriksa kesiapan infrastruktur "
         "dan kelembagaan secara langsung."),
    para("Hasil seleksi diumumkan pada 25 Mei 2026 melalui laman yang sama dan surat resmi kepada kepala daerah. "
         "Kabupaten/kota yang ditetapkan sebagai peserta akan menandatangani nota kesepakatan dengan Kementerian "
         "Komunikasi dan Digital pada 16 Juni 2026 di Surabaya, kemudian mengikuti bimbingan teknis penyusunan "
         "masterplan mulai Juli 2026."),
    para("Seluruh tahapan seleksi tidak dipungut biaya. Biaya perjalanan tim daerah untuk menghadiri penandatanganan "
         "nota kesepakatan dan bimbingan teknis dibebankan pada anggaran daerah masing-masing. Panitia tidak pernah "
         "meminta imbalan dalam bentuk apa pun; laporkan setiap permintaan semacam itu kepada panitia."),
    para("Informasi lebih lanjut dapat diperoleh melalui Sekretariat Gerakan Menuju Smart City, Sdr. Bagus Pratama, "
         "WhatsApp 0811-2026-1717 atau surel seleksi.gmsc@komdigi.go.id, pada hari kerja Senin sampai Jumat pukul "
         "08.00-16.00 WIB. Demikian pengumuman ini disampaikan untuk diketahui dan disebarluaskan."),
    para("Jakarta, 19 Januari 2026"),
    para("Direktur Jenderal Aplikasi Informatika"),
])
write_docx("pengumuman-pendaftaran-gmsc-angkatan-2026.docx", body, STYLES, numbering((1, 0, "bullet", "\u2022", None)),
           core("Direktorat Jenderal Aplikasi Informatika", "2026-01-19"))

# ---------- PDF: a decree with Menimbang, Mengingat, MEMUTUSKAN, diktum and Pasal ----------
LEAD, TOP, BOTTOM = 13, 790, 60

def centred(text, y, size=11):
    return text_op(B, size, max(50, int(297 - len(text) * size * 0.27)), y, text)

def block(label, text, y, width=80, x_label=50, x_text=150):
    """A labelled clause ("Menimbang", "KESATU", "a.") with its text wrapped beside the label."""
    ops = [text_op(B if label.isupper() or label.startswith("Pasal") else R, 10, x_label, y, label)] if label else []
    for line in textwrap.wrap(text, width):
        ops.append(text_op(R, 10, x_text, y, line)); y -= LEAD
    return ops, y - 5

def page(parts, y=TOP):
    ops = []
    for part in parts:
        if isinstance(part, str):
            ops.append(centred(part, y)); y -= LEAD + 3
        else:
            more, y = block(*part, y=y) if len(part) == 2 else block(part[0], part[1], y, *part[2:])
            ops += more
        assert y > BOTTOM, "page overflow"
    return ops

page1 = page([
    "KEPUTUSAN DIREKTUR JENDERAL APLIKASI INFORMATIKA",
    "NOMOR 87 TAHUN 2026",
    "TENTANG",
    "PELAKSANAAN BIMBINGAN TEKNIS PENYUSUNAN MASTERPLAN SMART CITY",
    "ANGKATAN 2026",
    "DIREKTUR JENDERAL APLIKASI INFORMATIKA,",
    ("Menimbang", "a. bahwa kabupaten/kota peserta Gerakan Menuju Smart City angkatan 2026 perlu didampingi dalam "
                  "menyusun masterplan smart city yang selaras dengan perencanaan daerah;"),
    ("", "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Direktur "
         "Jenderal tentang Pelaksanaan Bimbingan Teknis Penyusunan Masterplan Smart City Angkatan 2026;"),
    ("Mengingat", "1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;"),
    ("", "2. Peraturan Menteri Komunikasi dan Digital Nomor 1 Tahun 2025 tentang Organisasi dan Tata Kerja "
         "Kementerian Komunikasi dan Digital;"),
    "MEMUTUSKAN:",
    ("Menetapkan", "KEPUTUSAN DIREKTUR JENDERAL APLIKASI INFORMATIKA TENTANG PELAKSANAAN BIMBINGAN TEKNIS PENYUSUNAN "
                   "MASTERPLAN SMART CITY ANGKATAN 2026."),
    ("KESATU", "Bimbingan teknis penyusunan masterplan smart city angkatan 2026 dilaksanakan dalam empat tahap, yaitu "
               "Tahap I analisis kesiapan dan kebijakan daerah pada 13-15 Juli 2026 di Medan, Tahap II perumusan visi "
               "dan strategi smart city pada 10-12 Agustus 2026 di Semarang, Tahap III penyusunan program dan rencana "
               "aksi pada 7-9 September 2026 di Mataram, dan Tahap IV finalisasi masterplan dan quick win pada 5-7 "
               "Oktober 2026 di Manado."),
    ("KEDUA", "Setiap kabupaten/kota peserta mengirimkan paling sedikit 4 (empat) orang pada setiap tahap bimbingan "
              "teknis, terdiri atas kepala perangkat daerah yang membidangi komunikasi dan informatika, perwakilan "
              "Bappeda, dan dua anggota tim smart city daerah."),
    ("KETIGA", "Ketentuan pelaksanaan bimbingan teknis tercantum dalam Lampiran yang merupakan bagian tidak "
               "terpisahkan dari Keputusan Direktur Jenderal ini."),
    ("KEEMPAT", "Biaya penyelenggaraan bimbingan teknis dibebankan pada DIPA Direktorat Jenderal Aplikasi Informatika "
                "Tahun Anggaran 2026, sedangkan biaya perjalanan peserta dibebankan pada anggaran daerah."),
    ("KELIMA", "Keputusan Direktur Jenderal ini mulai berlaku pada tanggal ditetapkan."),
    ("", "Ditetapkan di Jakarta pada tanggal 8 Juni 2026", 60, 330),
    ("", "DIREKTUR JENDERAL APLIKASI INFORMATIKA,", 60, 330),
    ("", "Hendra Wijayakusuma", 60, 330),
])

page2 = page([
    "LAMPIRAN",
    "KEPUTUSAN DIREKTUR JENDERAL APLIKASI INFORMATIKA NOMOR 87 TAHUN 2026",
    "KETENTUAN PELAKSANAAN BIMBINGAN TEKNIS",
    ("Pasal 1", "Setiap tahap bimbingan teknis berlangsung tiga hari dan dibimbing oleh pendamping dari perguruan "
                "tinggi dan praktisi yang telah mengikuti Training of Trainers pada 22-24 Juni 2026."),
    ("Pasal 2", "Sebelum Tahap II, setiap daerah menyerahkan hasil analisis kesiapan kepada pendamping paling lambat "
                "31 Juli 2026. Sebelum Tahap IV, setiap daerah menyerahkan rancangan masterplan paling lambat "
                "25 September 2026."),
    ("Pasal 3", "Daerah yang tidak mengikuti dua tahap bimbingan teknis atau lebih dinyatakan mengundurkan diri dari "
                "pendampingan angkatan 2026 dan tidak dapat mendaftar kembali pada angkatan berikutnya selama dua tahun."),
    ("Pasal 4", "Masterplan smart city final yang telah ditandatangani kepala daerah diserahkan melalui portal "
                "pendampingan paling lambat 20 November 2026, dan dipaparkan di hadapan tim penilai pada Desember 2026."),
])

write_pdf("kepdirjen-bimtek-masterplan-smart-city-2026.pdf", [page1, page2],
          "<< /Title (Keputusan Dirjen Aptika Nomor 87 Tahun 2026) /Author (Direktorat Jenderal Aplikasi Informatika) "
          "/Creator (Microsoft Word) /CreationDate (D:20260608100000+07'00') >>")
