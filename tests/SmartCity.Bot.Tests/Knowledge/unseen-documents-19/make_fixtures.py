#!/usr/bin/env python3
"""Builds the documents of the nineteenth unseen-document probe (writers shared in ../fixture_documents.py).
Documents a programme office really drops into knowledge/:
a DOCX activity report (laporan kegiatan) of "Smart City Goes to Campus 2026" typed with no Word heading style at all:
its title and its numbered headings ("1. Latar Belakang", "2. Tahapan Kegiatan", "2.1 Tahap 1: …") are only bold
Normal paragraphs, the background cites "Pasal 1" and "Pasal 3" of a decree, and a table of dates
(Kegiatan | Tanggal | Tempat) sits under "3. Jadwal Pelaksanaan";
a PDF presentation (paparan) of Kota Palu's smart city results, landscape pages like slides: a big bold title per
page, bullet points in body type, one year per page (2023, 2024, 2025) written only in the bullets, never in the
titles, and a budget page naming all three years;
the HTML news page (berita-ternate-command-center-2026.html, written by hand) is a long article with no <h2>/<h3>:
paragraphs with <strong> lead-ins only, inside a portal's menu, ticker, sidebar of popular news and agenda, related
posts and footer with the newsroom's own contacts, none of which may become an answer.
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import (para, table, styles, numbering, core, write_docx, write_pdf, pdf_text,
                               REGULAR as R, BOLD as B)

# ---------- DOCX: a report whose headings are bold numbered paragraphs ----------
STYLES = styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
                '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>')
h = lambda text: para(text, bold=True)
body = "".join([
    h("LAPORAN KEGIATAN SMART CITY GOES TO CAMPUS 2026"),
    para("Direktorat Tata Kelola Aplikasi Pemerintahan, Kementerian Komunikasi dan Digital"),
    para("Jakarta, Juli 2026"),
    h("1. Latar Belakang"),
    para("Smart City Goes to Campus (SCGC) adalah kegiatan pendukung Gerakan Menuju Smart City yang melibatkan "
         "perguruan tinggi dan mahasiswa dalam merancang solusi bagi kabupaten/kota peserta. Sesuai Pasal 1 Keputusan "
         "Direktur Jenderal Aplikasi Informatika Nomor 45 Tahun 2026, perguruan tinggi mitra berperan sebagai "
         "pendamping akademik daerah, sedangkan Pasal 3 keputusan yang sama mengatur pembiayaan kegiatan dari DIPA "
         "direktorat. Laporan ini merangkum pelaksanaan kegiatan sepanjang Januari sampai Juni 2026."),
    h("2. Tahapan Kegiatan"),
    para("Kegiatan dilaksanakan dalam tiga tahap yang saling berurutan, dari pemilihan kampus sampai lomba solusi."),
    h("2.1 Tahap 1: Seleksi Perguruan Tinggi Mitra"),
    para("Sebanyak 48 perguruan tinggi mendaftar sebagai mitra. Tim penilai memilih 12 perguruan tinggi mitra "
         "berdasarkan akreditasi program studi, pengalaman penelitian kota cerdas dan kedekatan dengan daerah peserta "
         "angkatan 2023 dan 2024. Dua belas kampus mitra tersebar di sembilan provinsi."),
    h("2.2 Tahap 2: Kuliah Umum dan Kelas Inovasi"),
    para("Kuliah umum diselenggarakan di 12 kampus mitra dan diikuti 4.600 mahasiswa. Narasumber berasal dari "
         "Komdigi, pemerintah daerah peserta dan praktisi. Setiap kuliah umum dilanjutkan kelas inovasi selama dua hari "
         "bagi 40 mahasiswa terpilih untuk merumuskan masalah kota bersama perangkat daerah setempat."),
    h("2.3 Tahap 3: Hackathon Solusi Kota"),
    para("Hackathon Solusi Kota diikuti 86 tim mahasiswa. Sepuluh tim finalis mempresentasikan purwarupa di hadapan "
         "juri. Juara pertama diraih tim Jalur Hijau dari Institut Teknologi Sepuluh Nopember dengan aplikasi pemantau "
         "genangan banjir berbasis sensor murah; juara kedua tim Pasar Kita dari Universitas Hasanuddin dan juara "
         "ketiga tim Sehat Desa dari Universitas Udayana."),
    h("3. Jadwal Pelaksanaan"),
    para("Jadwal kegiatan yang telah terlaksana adalah sebagai berikut."),
    table([("Kegiatan", "Tanggal", "Tempat"),
           ("Pendaftaran perguruan tinggi", "5-23 Januari 2026", "Daring"),
           ("Pengumuman kampus mitra", "6 Februari 2026", "Laman Komdigi"),
           ("Kuliah umum dan kelas inovasi", "2 Maret-24 April 2026", "12 kampus mitra"),
           ("Pendaftaran tim hackathon", "4-29 Mei 2026", "Daring"),
           ("Final hackathon", "17-18 Juni 2026", "Universitas Hasanuddin, Makassar"),
           ("Penyerahan hadiah", "18 Juni 2026", "Universitas Hasanuddin, Makassar")], bold_header=True),
    h("4. Anggaran"),
    para("Seluruh kegiatan dibiayai DIPA Direktorat Tata Kelola Aplikasi Pemerintahan sebesar Rp2,4 miliar. Hadiah "
         "hackathon sebesar Rp50 juta untuk juara pertama, Rp35 juta untuk juara kedua dan Rp25 juta untuk juara "
         "ketiga."),
    h("5. Kendala dan Rekomendasi"),
    para("Kendala utama adalah jaringan internet yang tidak stabil di tiga kampus mitra di wilayah timur dan waktu "
         "kelas inovasi yang bertepatan dengan ujian tengah semester. Direkomendasikan agar kegiatan pada 2027 "
         "diperluas menjadi 20 kampus mitra dan kelas inovasi dijadwalkan di luar masa ujian."),
    h("6. Penutup"),
    para("Demikian laporan ini disampaikan sebagai bahan evaluasi dan perencanaan kegiatan tahun berikutnya."),
])
write_docx("laporan-smart-city-goes-to-campus-2026.docx", body, STYLES, numbering((1, 0, "bullet", "\u2022", None)),
           core("Direktorat Tata Kelola Aplikasi Pemerintahan", "2026-07-03"))

# ---------- PDF: a presentation, slides as landscape pages ----------
W, H = 842, 595
def tm(font, size, x, y, text):
    return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"
def slide(title, items, size=18, lead=36):
    ops, y = [tm(B, 30, 50, 500, title)], 420
    for item in items:
        ops += [tm(R, size, 60, y, "\u2022"), tm(R, size, 84, y, item)]
        y -= lead
    return ops

slides = [
    [tm(B, 36, 60, 360, "Capaian Smart City Kota Palu"), tm(R, 20, 60, 310, "Paparan Evaluasi Tiga Tahun Pelaksanaan Masterplan"),
     tm(R, 16, 60, 270, "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Palu"),
     tm(R, 16, 60, 245, "Rapat Evaluasi Smart City Sulawesi Tengah, Palu, 12 Februari 2026")],
    slide("Profil Singkat", [
        "Peserta Gerakan Menuju Smart City angkatan 2023",
        "Masterplan smart city 2024-2033 ditetapkan dengan Perwali Nomor 9 Tahun 2024",
        "Enam pilar, 18 program prioritas",
        "Dewan Smart City diketuai Wali Kota Palu"]),
    slide("Fondasi Kelembagaan", [
        "Tahun 2023 difokuskan pada penyiapan kelembagaan",
        "Dewan Smart City dibentuk 14 Agustus 2023",
        "Tim pelaksana dari 11 perangkat daerah",
        "Pendataan 62 aplikasi milik perangkat daerah"]),
    slide("Layanan Digital Warga", [
        "Sepanjang 2024 layanan Palu Siaga 112 diluncurkan",
        "Waktu respons darurat rata-rata 9 menit",
        "14.800 laporan warga ditangani",
        "Wi-Fi publik gratis di 120 titik taman dan kelurahan"]),
    slide("Integrasi dan Perluasan", [
        "Tahun 2025 portal Satu Data Palu memuat 1.240 dataset",
        "Pembayaran retribusi pasar dengan QRIS di 6 pasar",
        "Indeks SPBE naik dari 2,41 menjadi 3,12",
        "Aplikasi perangkat daerah dilebur dari 62 menjadi 19"]),
    slide("Anggaran", [
        "2023: Rp3,1 miliar",
        "2024: Rp5,6 miliar",
        "2025: Rp6,2 miliar",
        "Sumber: APBD Kota Palu dan dana alokasi khusus"]),
    slide("Tantangan", [
        "Jaringan internet belum merata di wilayah perbukitan",
        "Keterbatasan SDM analis data di perangkat daerah",
        "Pemeliharaan perangkat pascabencana"]),
    slide("Rencana Berikutnya", [
        "Palu Siaga 112 terhubung dengan Kabupaten Sigi dan Kabupaten Donggala",
        "Satu Data Palu menjadi rujukan perencanaan pembangunan",
        "Wi-Fi publik bertambah menjadi 200 titik"]),
    [tm(B, 40, 300, 300, "Terima Kasih"), tm(R, 16, 270, 250, "diskominfo.palukota.go.id")],
]
write_pdf("paparan-capaian-smart-city-kota-palu.pdf", slides,
          "<< /Title (Capaian Smart City Kota Palu) /Author (Diskominfo Kota Palu) /Creator (Microsoft PowerPoint) "
          "/CreationDate (D:20260210090000+08'00') >>", size=(W, H))
