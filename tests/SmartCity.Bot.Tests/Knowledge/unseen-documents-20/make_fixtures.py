#!/usr/bin/env python3
"""Builds the documents of the twentieth unseen-document probe (writers shared in ../fixture_documents.py).
Documents a programme office really drops into knowledge/, on subjects the programme's own sections also cover
(bimtek, quick win, evaluation and its assessors):
a DOCX monitoring report of a regional quick win bimtek in Kalimantan: a cover, "KATA PENGANTAR", a hand-typed
"DAFTAR ISI" (chapter and section names, dotted leaders and page numbers as plain Normal paragraphs), chapters as
Heading 1 ("BAB I PENDAHULUAN") and sections as Heading 2, footnotes holding facts (the pass mark, the best score), a
table of participants per province, a header part with the report's short name and a footer part "Halaman n dari m"
(PAGE and NUMPAGES fields), and the team leader's signature;
a PDF report of a city's quick win results over eight A4 pages: a running header (the city government and office)
and a running footer "Laporan Capaian Quick Win Kota Pangkalpinang — Halaman n dari 8" on every page, chapters
starting on new pages, and a table of ten programmes (No | Program Quick Win | Pilar | Capaian) that continues on
the next page without its header row, and a signature block;
a plain .txt memo (nota dinas) with no markup at all: a letterhead in capitals, "Nomor :", "Yth. :", "Hal :" lines,
UPPERCASE headings, points numbered "1)" with sub-points "a.", a signature block ("ttd", name, NIP) and a
"Tembusan:" list.
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import (esc, para, run, table, styles, numbering, core, footnotes, write_docx, write_pdf,
                               text_op, REGULAR as R, BOLD as B)

# ---------- DOCX: a report with a typed table of contents, footnotes, header and footer ----------
STYLES = styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
                '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
                '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
                '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
                '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
                '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>')
H1 = lambda t: para(t, style="Heading1")
H2 = lambda t: para(t, style="Heading2")
def toc(entry, page, indent=""):
    """A hand-typed contents line: the entry, a tab, dots, the page number."""
    return (f'<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs></w:pPr>'
            f'{run(indent + entry + " ")}<w:r><w:tab/></w:r>{run("." * 40 + " " + page)}</w:p>')
def sect(header_id, footer_id):
    return (f'<w:sectPr><w:headerReference w:type="default" r:id="{header_id}"/><w:footerReference w:type="default" r:id="{footer_id}"/>'
            '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')

body = "".join([
    para("LAPORAN MONITORING DAN EVALUASI", bold=True),
    para("BIMBINGAN TEKNIS PENYUSUNAN QUICK WIN SMART CITY", bold=True),
    para("REGIONAL KALIMANTAN TAHUN 2026", bold=True),
    para("Disusun oleh Tim Pelaksana Bimtek, Direktorat Tata Kelola Aplikasi Pemerintahan"),
    para("Kementerian Komunikasi dan Digital, April 2026"),
    para("KATA PENGANTAR", bold=True),
    para("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas selesainya laporan ini. Laporan disusun "
         "sebagai bahan evaluasi pelaksanaan bimbingan teknis dan masukan bagi penyelenggaraan bimtek di regional lain."),
    para("DAFTAR ISI", bold=True),
    toc("KATA PENGANTAR", "i"),
    toc("DAFTAR ISI", "ii"),
    toc("BAB I PENDAHULUAN", "1"),
    toc("1.1 Latar Belakang", "1", "    "),
    toc("1.2 Waktu dan Tempat Pelaksanaan", "2", "    "),
    toc("BAB II PELAKSANAAN BIMTEK", "3"),
    toc("2.1 Peserta", "3", "    "),
    toc("2.2 Materi dan Narasumber", "4", "    "),
    toc("BAB III HASIL PENILAIAN DOKUMEN QUICK WIN", "6"),
    toc("BAB IV KENDALA DAN REKOMENDASI", "8"),
    toc("4.1 Kendala", "8", "    "),
    toc("4.2 Rekomendasi", "9", "    "),
    toc("BAB V PENUTUP", "10"),
    H1("BAB I PENDAHULUAN"),
    H2("1.1 Latar Belakang"),
    para("Setiap daerah peserta Gerakan Menuju Smart City wajib menyusun dokumen quick win yang memuat program "
         "percepatan dengan hasil yang dapat dirasakan warga dalam satu tahun. Untuk membantu daerah di Kalimantan yang "
         "belum memiliki dokumen quick win yang layak, Direktorat Tata Kelola Aplikasi Pemerintahan menyelenggarakan "
         "bimbingan teknis regional dengan pendampingan langsung dari tenaga ahli."),
    H2("1.2 Waktu dan Tempat Pelaksanaan"),
    '<w:p>' + run("Bimbingan teknis penyusunan quick win regional Kalimantan dilaksanakan pada 9-12 Maret 2026 di "
                  "Hotel Borneo Raya, Balikpapan, Kalimantan Timur.") +
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' +
    run(" Pembukaan dilakukan oleh Direktur Tata Kelola Aplikasi Pemerintahan pada 9 Maret 2026 pukul 09.00 WITA.") + '</w:p>',
    H1("BAB II PELAKSANAAN BIMTEK"),
    H2("2.1 Peserta"),
    para("Bimtek diikuti 112 peserta dari 28 kabupaten/kota di lima provinsi di Kalimantan. Setiap daerah mengirim "
         "empat orang: dari Bappeda, Dinas Kominfo, dan dua perangkat daerah pengusul program quick win."),
    table([("Provinsi", "Jumlah Kabupaten/Kota", "Jumlah Peserta"),
           ("Kalimantan Barat", "6", "24"),
           ("Kalimantan Tengah", "5", "20"),
           ("Kalimantan Selatan", "7", "28"),
           ("Kalimantan Timur", "6", "24"),
           ("Kalimantan Utara", "4", "16")], bold_header=True),
    H2("2.2 Materi dan Narasumber"),
    para("Materi hari pertama adalah kebijakan Gerakan Menuju Smart City dan cara memilih quick win. Hari kedua dan "
         "ketiga diisi klinik penyusunan dokumen per daerah bersama 8 tenaga ahli. Hari keempat setiap daerah "
         "mempresentasikan rancangan quick win di hadapan tim penilai. Narasumber berasal dari Komdigi, Institut "
         "Teknologi Kalimantan dan Universitas Mulawarman."),
    H1("BAB III HASIL PENILAIAN DOKUMEN QUICK WIN"),
    para("Sampai batas akhir 27 Maret 2026, sebanyak 24 dari 28 daerah telah mengumpulkan dokumen quick win final. "
         "Rata-rata nilai dokumen adalah 78,4 dan 19 dokumen mencapai nilai kelulusan." +
         "", notes=(2,)),
    para("Dokumen terbaik disusun Kota Bontang dengan quick win layanan perizinan usaha mikro dalam satu hari.", notes=(3,)),
    para("Empat daerah yang belum mengumpulkan dokumen adalah Kabupaten Mahakam Ulu, Kabupaten Kapuas Hulu, "
         "Kabupaten Murung Raya dan Kabupaten Nunukan; tenggat bagi mereka diperpanjang sampai 30 April 2026."),
    H1("BAB IV KENDALA DAN REKOMENDASI"),
    H2("4.1 Kendala"),
    para("Kendala utama adalah jarak dan biaya perjalanan dari daerah pedalaman ke Balikpapan, data dasar yang belum "
         "tersedia untuk menetapkan target quick win, dan pergantian pejabat penanggung jawab di beberapa daerah "
         "setelah bimtek."),
    H2("4.2 Rekomendasi"),
    para("Direkomendasikan agar bimtek berikutnya dibagi menjadi dua lokasi, Pontianak dan Balikpapan, agar lebih "
         "dekat dengan daerah peserta; daerah menyiapkan data dasar sebelum bimtek; dan pendampingan daring dilanjutkan "
         "setiap dua minggu sampai dokumen final ditetapkan kepala daerah."),
    H1("BAB V PENUTUP"),
    para("Demikian laporan ini disusun sebagai pertanggungjawaban pelaksanaan kegiatan."),
    para("Jakarta, 15 April 2026"),
    para("Ketua Tim Pelaksana Bimtek,"),
    para("Rina Marlina Siregar, S.T., M.Kom.", bold=True),
    sect("rId10", "rId11"),
])
NOTES = {1: "Hotel Borneo Raya, Jalan Jenderal Sudirman Nomor 45, Balikpapan.",
         2: "Nilai kelulusan dokumen quick win adalah 70, sesuai Pedoman Penilaian Dokumen Quick Win Smart City Tahun 2026.",
         3: "Dokumen Kota Bontang memperoleh nilai 91,5, tertinggi di regional Kalimantan."}
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          f'<w:p>{run("Laporan Monev Bimtek Quick Win Regional Kalimantan 2026")}<w:r><w:tab/></w:r>{run("Komdigi")}</w:p></w:hdr>')
def field(instr, shown): return f'<w:fldSimple w:instr=" {instr} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'
FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          f'<w:p>{run("Direktorat Tata Kelola Aplikasi Pemerintahan | Halaman ")}{field("PAGE", "1")}{run(" dari ")}{field("NUMPAGES", "10")}</w:p></w:ftr>')
write_docx("laporan-monev-bimtek-quick-win-kalimantan-2026.docx", body, STYLES, numbering((1, 0, "bullet", "\u2022", None)),
           core("Tim Pelaksana Bimtek", "2026-04-15", "Laporan Monev Bimtek Quick Win Kalimantan"), footnotes(NOTES),
           header_xml=HEADER, footer_xml=FOOTER)

# ---------- PDF: eight A4 pages with running header and footer, a table across a page break ----------
TOP, BOTTOM, LEAD, WRAP = 770, 70, 15, 92
def running(n):
    return [text_op(R, 8, 60, 815, "PEMERINTAH KOTA PANGKALPINANG"),
            text_op(R, 8, 330, 815, "Dinas Komunikasi dan Informatika"),
            text_op(R, 8, 170, 30, f"Laporan Capaian Quick Win Kota Pangkalpinang \u2014 Halaman {n} dari 8")]
def lay(blocks, y=TOP):
    ops = []
    for kind, *rest in blocks:
        if kind == "title":
            ops.append(text_op(B, 16, 60, y, rest[0])); y -= 24
        elif kind == "h":
            y -= 6; ops.append(text_op(B, 11, 60, y, rest[0])); y -= LEAD + 4
        elif kind == "p":
            for line in textwrap.wrap(rest[0], WRAP):
                ops.append(text_op(R, 10, 60, y, line)); y -= LEAD
            y -= 6
        elif kind == "row":
            for x, cell, bold in zip((60, 85, 300, 400), rest[0], rest[1:] or (False,) * 4):
                ops.append(text_op(B if bold else R, 9, x, y, cell))
            y -= 20
        elif kind == "line":
            ops.append(text_op(R, 10, rest[1] if len(rest) > 1 else 60, y, rest[0])); y -= LEAD
        assert y > BOTTOM, f"page overflow at {rest}"
    return ops
HEAD = ("No", "Program Quick Win", "Pilar", "Capaian s.d. Juni 2026")
ROWS = [("1", "Pangkalpinang Sehat dalam Genggaman", "Smart Living", "Antrean puskesmas daring di 9 puskesmas"),
        ("2", "Pasar Pedindang Nontunai", "Smart Economy", "320 pedagang memakai QRIS"),
        ("3", "Satu Peta Banjir Kota", "Smart Environment", "42 titik sensor genangan terpasang"),
        ("4", "Lapor Wako", "Smart Governance", "2.150 aduan warga, 87% selesai"),
        ("5", "Sekolah Digital Timah", "Smart Society", "1.200 siswa kelas coding"),
        ("6", "Wisata Belitung Connect", "Smart Branding", "Kalender wisata terpadu 3 kabupaten"),
        ("7", "Perizinan Sehari Jadi", "Smart Governance", "Izin UMKM rata-rata 6 jam"),
        ("8", "Bank Sampah Digital", "Smart Environment", "14 bank sampah, 38 ton sampah tercatat"),
        ("9", "Angkot Pintar Pangkalpinang", "Smart Living", "25 angkot dengan pelacak GPS"),
        ("10", "Kampung UMKM Online", "Smart Economy", "410 UMKM masuk lokapasar daerah")]
pages = [
    lay([("title", "LAPORAN CAPAIAN QUICK WIN SMART CITY"), ("title", "KOTA PANGKALPINANG"), ("title", "SEMESTER I TAHUN 2026"),
         ("line", ""), ("line", "Disusun oleh Dinas Komunikasi dan Informatika Kota Pangkalpinang"),
         ("line", "selaku Sekretariat Dewan Smart City Kota Pangkalpinang"), ("line", "Pangkalpinang, 30 Juni 2026")], 640),
    lay([("h", "BAB I PENDAHULUAN"),
         ("p", "Kota Pangkalpinang menetapkan masterplan smart city 2025-2034 dan memilih sepuluh program quick win untuk "
               "dilaksanakan sepanjang 2026. Laporan ini menyajikan capaian setiap program sampai akhir Juni 2026 "
               "sebagai bahan rapat Dewan Smart City dan pelaporan kepada Kementerian Komunikasi dan Digital."),
         ("h", "Dasar Hukum"),
         ("p", "1. Peraturan Wali Kota Pangkalpinang Nomor 17 Tahun 2025 tentang Masterplan Smart City Kota Pangkalpinang 2025-2034."),
         ("p", "2. Keputusan Wali Kota Pangkalpinang Nomor 188.45/112/2026 tentang Program Quick Win Smart City Tahun 2026."),
         ("p", "3. Keputusan Wali Kota Pangkalpinang Nomor 188.45/64/2025 tentang Dewan Smart City Kota Pangkalpinang.")]),
    lay([("h", "BAB II CAPAIAN PROGRAM QUICK WIN"),
         ("p", "Sepuluh program quick win tersebar di enam pilar smart city. Capaian setiap program sampai 30 Juni 2026 "
               "disajikan pada tabel berikut. Program dengan capaian tertinggi adalah Lapor Wako, sedangkan Angkot "
               "Pintar Pangkalpinang masih tertinggal karena pengadaan alat pelacak baru selesai pada Mei 2026."),
         ("p", "Penilaian capaian dilakukan oleh Sekretariat Dewan Smart City bersama Bappelitbangda berdasarkan laporan "
               "bulanan perangkat daerah pengampu program dan verifikasi lapangan pada pekan ketiga Juni 2026. Setiap "
               "program dinilai dari kemajuan fisik, jumlah pengguna dan manfaat yang dirasakan warga."),
         ("p", "Perangkat daerah pengampu wajib memperbarui data capaian pada dasbor Satu Data Pangkalpinang paling "
               "lambat tanggal 5 setiap bulan, sehingga angka dalam tabel dapat ditelusuri kembali ke sumbernya."),
         ("row", HEAD, True, True, True, True)] + [("row", r) for r in ROWS[:6]], TOP),
    lay([("row", r) for r in ROWS[6:]] +
        [("p", "Secara keseluruhan tujuh program telah mencapai target semester I, dua program mendekati target dan satu "
               "program, Angkot Pintar Pangkalpinang, baru mencapai 40 persen target.")]),
    lay([("h", "BAB III ANGGARAN"),
         ("p", "Pelaksanaan sepuluh program quick win dibiayai APBD Kota Pangkalpinang Tahun Anggaran 2026 sebesar "
               "Rp4,8 miliar. Realisasi anggaran sampai 30 Juni 2026 adalah Rp2,1 miliar atau 43,8 persen. Program "
               "dengan anggaran terbesar adalah Satu Peta Banjir Kota sebesar Rp1,2 miliar untuk pengadaan sensor.")]),
    lay([("h", "BAB IV KENDALA"),
         ("p", "Kendala yang dihadapi antara lain keterlambatan pengadaan perangkat pelacak GPS angkot, keterbatasan "
               "jaringan internet di Kecamatan Gabek dan Kecamatan Bukit Intan, serta belum semua pedagang pasar "
               "memiliki rekening bank untuk menerima pembayaran QRIS.")]),
    lay([("h", "BAB V RENCANA TINDAK LANJUT"),
         ("p", "Pada semester II 2026 Dinas Perhubungan menuntaskan pemasangan pelacak GPS pada 60 angkot, Dinas "
               "Koperasi dan UKM bersama bank daerah membuka rekening bagi pedagang pasar, dan Diskominfo menambah "
               "akses internet di dua kecamatan tersebut. Evaluasi akhir seluruh quick win dijadwalkan pada Desember 2026.")]),
    lay([("h", "BAB VI PENUTUP"),
         ("p", "Demikian laporan capaian quick win ini disampaikan untuk menjadi bahan evaluasi Dewan Smart City Kota "
               "Pangkalpinang."),
         ("line", "Pangkalpinang, 30 Juni 2026", 330),
         ("line", "Kepala Dinas Komunikasi dan Informatika", 330),
         ("line", "Kota Pangkalpinang,", 330), ("line", "", 330), ("line", "", 330),
         ("line", "Yudha Pratama Kurniawan, S.Kom., M.M.", 330),
         ("line", "NIP 19800614 200501 1 003", 330)]),
]
write_pdf("laporan-capaian-quick-win-pangkalpinang-2026.pdf", [running(i + 1) + p for i, p in enumerate(pages)],
          "<< /Title (Laporan Capaian Quick Win Kota Pangkalpinang Semester I 2026) /Author (Diskominfo Kota Pangkalpinang) "
          "/Creator (Microsoft Word) /CreationDate (D:20260630100000+07'00') >>")
print("ok")
