#!/usr/bin/env python3
"""Builds the documents of the eighth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first seven probes did not use, with facts that overlap the programme's own documents (evaluation
indicators and awards of other years, regions of Jawa Timur that took part in 2017-2023):
a PDF exported from presentation slides whose titles are large but not bold (a "light" title font), one title wrapped
over two lines, a section divider slide holding only big text, a weights slide laid out as two columns without a
table, and a comparison slide with a 2027 column beside a 2028 column; a DOCX monitoring report whose outline numbers
are typed into the text (level 1 and 2 in Heading styles, level 3 "2.2.1 …" as bold body paragraphs), a numbered list
of obstacles and a long annex table with a repeated header row; an HTML news listing of a regency's website (posts in
<div class="post"> under one <h2>, each post's title an <h3> link, its date a <span> written out in words, "Baca
selengkapnya" links, a correction post that moves an earlier date, pagination and a sidebar).
The HTML page is written by hand (berita-smart-city-banyuwangi.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import para, table, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- PDF: slides exported from a presentation ----------
W, H = 842, 595
FOOTER = "Sosialisasi Evaluasi Smart City 2028 | Sekretariat Gerakan Menuju Smart City"
# Each slide: (kind, title lines, body); body lines: "• " bullet, "  " wrapped continuation, ("cols", a, b) two columns.
slides = [
    ("cover", ["Sosialisasi Evaluasi Smart City 2028"], [
        "Sekretariat Gerakan Menuju Smart City",
        "Jakarta, 20 Januari 2028"]),
    ("slide", ["Siapa yang dievaluasi?"], [
        "• 120 kabupaten/kota peserta angkatan 2017-2024",
        "• Peserta angkatan 2025 belum dievaluasi karena masih menyusun",
        "  masterplan; mereka dievaluasi mulai 2029",
        "• Yang dinilai: pelaksanaan masterplan yang sudah ditetapkan"]),
    ("divider", ["Bagian 1", "Jadwal dan cara pengisian"], []),
    ("slide", ["Jadwal Evaluasi 2028"], [
        "• Pengisian kuesioner mandiri: 3-28 Februari 2028",
        "• Verifikasi dokumen oleh tim asesor: Maret 2028",
        "• Kunjungan lapangan ke 30 daerah terpilih: 17 April - 12 Mei 2028",
        "• Pengumuman hasil evaluasi: 14 Agustus 2028"]),
    ("slide", ["Kuesioner diisi lewat aplikasi SiEva"], [
        "• Akun SiEva dikirim ke Diskominfo kabupaten/kota lewat surel",
        "• Setiap jawaban dilengkapi bukti dukung (dokumen, foto, tautan)",
        "• Kuesioner yang belum dikirim saat batas waktu dianggap kosong"]),
    ("divider", ["Bagian 2", "Penilaian dan penghargaan"], []),
    ("slide", ["Komponen dan Bobot", "Penilaian Evaluasi 2028"], [
        ("cols", "Komponen", "Bobot", True),
        ("cols", "Pelaksanaan quick win", "30%", False),
        ("cols", "Layanan digital bagi warga", "25%", False),
        ("cols", "Tata kelola dan kelembagaan smart city", "20%", False),
        ("cols", "Survei kepuasan warga", "15%", False),
        ("cols", "Kolaborasi dengan mitra", "10%", False)]),
    ("compare", ["Apa yang berubah?"], [
        ("2027", ["Kuesioner di lembar Excel", "Survei warga berbobot 10%", "Kunjungan lapangan ke 45 daerah"]),
        ("2028", ["Kuesioner di aplikasi SiEva", "Survei warga berbobot 15%", "Kunjungan lapangan ke 30 daerah"])]),
    ("slide", ["Penghargaan"], [
        "• Daerah Terbaik untuk setiap pilar (enam pilar)",
        "• Daerah Paling Berkembang dibanding evaluasi sebelumnya",
        "• Penghargaan diserahkan pada Smart City Summit, November 2028"]),
    ("slide", ["Narahubung"], [
        "• Helpdesk evaluasi: evaluasi@smartcity.example.id",
        "• WhatsApp 0812 3456 7801 (hari kerja, 08.00-16.00 WIB)"]),
]
def slide_ops(n, kind, title, body):
    ops = [text_op(R, 9, 40, 25, FOOTER), text_op(R, 9, W - 50, 25, str(n))]
    if kind == "cover":
        ops.append(text_op(R, 34, 60, 330, title[0]))
        return ops + [text_op(R, 16, 60, 280 - 24 * i, line) for i, line in enumerate(body)]
    if kind == "divider":  # big text only
        return ops + [text_op(R, 40 if i == 0 else 30, 80, 330 - 50 * i, line) for i, line in enumerate(title)]
    y = H - 70
    for line in title: ops.append(text_op(R, 30, 50, y, line)); y -= 36
    y -= 30
    if kind == "compare":
        for k, (head, items) in enumerate(body):
            x, yy = 60 + 380 * k, y
            ops.append(text_op(B, 20, x, yy, head)); yy -= 34
            for item in items: ops.append(text_op(R, 18, x, yy, "• " + item)); yy -= 30
        return ops
    for line in body:
        if isinstance(line, tuple):
            _, a, b, bold = line
            ops += [text_op(B if bold else R, 18, 60, y, a), text_op(B if bold else R, 18, 600, y, b)]; y -= 32; continue
        if line.startswith("  "): ops.append(text_op(R, 18, 82, y, line.strip())); y -= 30; continue
        ops.append(text_op(R, 18, 60, y, line)); y -= 30
    return ops
write_pdf("paparan-sosialisasi-evaluasi-smart-city-2028.pdf",
          [slide_ops(n, k, t, b) for n, (k, t, b) in enumerate(slides, 1)],
          "<< /Title (Sosialisasi Evaluasi Smart City 2028) /Author (Sekretariat Gerakan Menuju Smart City) /CreationDate (D:20280120000000) >>",
          size=(W, H))

# ---------- DOCX: a monitoring report with a typed outline and an annex table ----------
LIST = 1
def h1(text): return para(text, style="Heading1")
def h2(text): return para(text, style="Heading2")
def h3(text): return para(text, bold=True)  # level 3 typed as a bold body paragraph
annex = [["No", "Kabupaten/Kota", "Angkatan", "Rencana aksi 2027", "Selesai", "Persentase"]] + [
    [str(i), name, year, str(total), str(done), f"{round(100 * done / total)}%"] for i, (name, year, total, done) in enumerate([
        ("Kabupaten Bojonegoro", "2017", 18, 16), ("Kabupaten Gresik", "2017", 20, 15), ("Kabupaten Sidoarjo", "2017", 22, 19),
        ("Kota Probolinggo", "2018", 14, 9), ("Kabupaten Sumenep", "2018", 16, 8), ("Kabupaten Lamongan", "2018", 15, 14),
        ("Kabupaten Jember", "2018", 19, 12), ("Kabupaten Tuban", "2018", 13, 10), ("Kota Batu", "2019", 17, 15),
        ("Kota Kediri", "2019", 16, 13), ("Kota Madiun", "2019", 15, 12), ("Kabupaten Situbondo", "2019", 12, 7),
        ("Kabupaten Trenggalek", "2022", 14, 11), ("Kabupaten Mojokerto", "2022", 13, 9), ("Kota Blitar", "2023", 11, 8),
        ("Kabupaten Lumajang", "2023", 12, 7), ("Kabupaten Sampang", "2023", 10, 5)], 1)]
body = "".join([
    para("Laporan Pemantauan dan Evaluasi Smart City Provinsi Jawa Timur Tahun 2027", style="Title"),
    para("Dinas Komunikasi dan Informatika Provinsi Jawa Timur, November 2027"),
    h1("1. PENDAHULUAN"),
    h2("1.1 Latar Belakang"),
    para("Provinsi Jawa Timur mendampingi kabupaten/kota peserta Gerakan Menuju Smart City angkatan 2017 sampai 2024. "
         "Laporan ini merangkum pemantauan tahun 2027 yang dilakukan Bidang Tata Kelola E-Government Diskominfo Provinsi "
         "Jawa Timur antara Juli dan Oktober 2027."),
    h2("1.2 Ruang Lingkup"),
    para("Pemantauan mencakup rencana aksi tahun 2027 dari masterplan setiap daerah. Kota Surabaya dan Kabupaten Banyuwangi "
         "tidak termasuk dalam pemantauan ini karena keduanya sudah memiliki sistem pemantauan sendiri yang terhubung dengan "
         "dasbor provinsi."),
    h1("2. HASIL PEMANTAUAN"),
    h2("2.1 Capaian Umum"),
    para("Dari 412 rencana aksi tahun 2027, sebanyak 301 rencana aksi (73 persen) selesai tepat waktu, 68 masih berjalan dan "
         "43 belum dimulai. Capaian ini naik dari 64 persen pada tahun 2026. Rincian per daerah ada pada Lampiran 1."),
    h2("2.2 Capaian per Pilar"),
    h3("2.2.1 Smart Governance"),
    para("Capaian tertinggi ada pada pilar smart governance, yaitu 86 persen, terutama layanan perizinan daring dan integrasi "
         "data kependudukan. Kabupaten Lamongan menjadi daerah pertama di Jawa Timur yang seluruh layanan perizinannya daring."),
    h3("2.2.2 Smart Economy"),
    para("Capaian pilar smart economy 58 persen, terendah di antara keenam pilar. Program pasar daring UMKM di enam daerah "
         "tertunda karena belum ada mitra pengelola."),
    h3("2.2.3 Smart Living"),
    para("Capaian pilar smart living 71 persen. Layanan antrean puskesmas daring kini berjalan di 19 kabupaten/kota."),
    h1("3. KENDALA DAN REKOMENDASI"),
    h2("3.1 Kendala"),
    para("Tim pemantau mencatat tiga kendala utama:"),
    para("Keterbatasan anggaran setelah efisiensi belanja daerah tahun 2027.", num=LIST),
    para("Pergantian pejabat pengampu smart city di 11 daerah.", num=LIST),
    para("Jaringan internet belum menjangkau desa di kepulauan Madura dan wilayah pegunungan selatan.", num=LIST),
    h2("3.2 Rekomendasi"),
    para("Diskominfo Provinsi akan menggelar klinik masterplan pada Februari 2028 untuk daerah dengan capaian di bawah "
         "60 persen. Setiap daerah diminta menetapkan satu pejabat pengampu smart city yang tetap melalui keputusan kepala "
         "daerah paling lambat 31 Maret 2028."),
    h1("LAMPIRAN 1. REKAPITULASI CAPAIAN PER KABUPATEN/KOTA"),
    para("Tabel berikut memuat daerah yang dikunjungi tim pemantau."),
    table(annex, bold_header=True, repeat_header=True),
])
write_docx("laporan-monev-smart-city-jatim-2027.docx", body,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'),
    numbering((LIST, 1, "decimal", "%1.", 1)),
    core("Diskominfo Provinsi Jawa Timur", "2027-11-20", "Laporan Pemantauan dan Evaluasi Smart City Provinsi Jawa Timur Tahun 2027"))
print("ok")
