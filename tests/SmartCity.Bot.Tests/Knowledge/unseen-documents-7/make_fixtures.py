#!/usr/bin/env python3
"""Builds the documents of the seventh unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first six probes did not use, and documents long enough (nine sections each) that sections compete:
a DOCX regional guide in its second edition (Word's built-in Heading 1 style whose numbers come from numbering.xml,
not the text; a table of contents field that repeats every heading with its page number before the first section;
a table whose first column is merged down rows (vMerge); a section that says what changed since the first edition,
so two passages answer "who leads" for different editions); a PDF call for proposals (headings in capitals with roman
numerals at the body's size, a dates table whose cells wrap onto a second line, lettered list items, a section carried
over a page break under a running header, a footnote line); an HTML page of meeting minutes exported from a word
processor (section headings are bold paragraphs, not <h*> elements; attendees in a <dl>; a decisions table with
rowspan; a sidebar of unrelated news and a script block).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, run, para, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- DOCX: a regional implementation guide, second edition ----------
HEAD = 3  # numbering id of the heading outline ("1.", "2.", …)
BUL = 1
sections = [
    "Latar Belakang", "Tim Pelaksana Smart City", "Pembagian Peran Perangkat Daerah", "Jadwal Kegiatan 2027",
    "Pembiayaan", "Pelaporan dan Pemantauan", "Forum Warga", "Indikator Keberhasilan", "Perubahan dari Edisi Pertama",
]
def heading(text): return f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{HEAD}"/></w:numPr></w:pPr>{run(text)}</w:p>'
def toc():
    """Word's table of contents: a field whose cached result is one hyperlinked line per heading with its page."""
    begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    lines = []
    for i, s in enumerate(sections, 1):
        lines.append(f'<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{begin if i == 1 else ""}<w:hyperlink w:anchor="_Toc{i}" w:history="1">'
                     f'{run(f"{i}. {s}")}<w:r><w:tab/></w:r>{run(str(i // 3 + 2))}</w:hyperlink>'
                     f'{end if i == len(sections) else ""}</w:p>')
    return para("Daftar Isi", style="TOCHeading") + "".join(lines)
def cell(text, merge=None):
    vm = "" if merge is None else ('<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>")
    return f"<w:tc><w:tcPr>{vm}</w:tcPr>{para(text)}</w:tc>"
def row(*cells): return "<w:tr>" + "".join(cells) + "</w:tr>"
roles = "<w:tbl>" + "".join([
    row(cell("Pilar"), cell("Perangkat daerah pengampu"), cell("Program unggulan 2027")),
    row(cell("Smart governance", "restart"), cell("Dinas Komunikasi dan Informatika"), cell("Kupang Satu Data")),
    row(cell("", "continue"), cell("Badan Kepegawaian dan Pengembangan SDM"), cell("Presensi ASN berbasis lokasi")),
    row(cell("Smart living", "restart"), cell("Dinas Kesehatan"), cell("Antrean puskesmas daring (Antre Sehat)")),
    row(cell("", "continue"), cell("Dinas Perhubungan"), cell("Informasi jadwal bemo kota")),
    row(cell("Smart environment"), cell("Dinas Lingkungan Hidup dan Kebersihan"), cell("Bank sampah digital")),
    row(cell("Smart economy"), cell("Dinas Koperasi, Usaha Kecil dan Menengah"), cell("Pasar UMKM daring Flobamora")),
    row(cell("Smart branding"), cell("Dinas Pariwisata"), cell("Kalender wisata Kota Kupang")),
    row(cell("Smart society"), cell("Dinas Perpustakaan dan Kearsipan"), cell("Perpustakaan keliling digital")),
]) + "</w:tbl>"
body = "".join([
    para("Pedoman Pelaksanaan Smart City Kota Kupang", style="Title"),
    para("Edisi Kedua, Januari 2027 - Pemerintah Kota Kupang, Nusa Tenggara Timur"),
    toc(),
    heading(sections[0]),
    para("Kota Kupang mengikuti Gerakan Menuju 100 Smart City sejak tahun 2019 dan menetapkan masterplan smart city "
         "untuk periode 2020-2029. Pedoman edisi pertama terbit pada Maret 2024. Edisi kedua ini menyesuaikan susunan tim, "
         "jadwal dan pembiayaan dengan rencana kerja pemerintah daerah tahun 2027, dan berlaku bagi seluruh perangkat daerah "
         "di lingkungan Pemerintah Kota Kupang, termasuk kecamatan dan kelurahan."),
    heading(sections[1]),
    para("Tim Pelaksana Smart City Kota Kupang ditetapkan dengan keputusan Wali Kota. Tim diketuai oleh Sekretaris Daerah "
         "Kota Kupang. Ketua harian dijabat Kepala Dinas Komunikasi dan Informatika, sedangkan sekretariat tim berkedudukan "
         "di Badan Perencanaan Pembangunan Daerah (Bappeda). Anggota tim terdiri atas kepala perangkat daerah pengampu pilar "
         "dan dua orang akademisi dari Universitas Nusa Cendana."),
    heading(sections[2]),
    para("Setiap pilar diampu oleh satu atau dua perangkat daerah yang bertanggung jawab atas program unggulannya:"),
    roles,
    heading(sections[3]),
    para("Kegiatan smart city tahun 2027 berjalan dalam empat triwulan. Pada triwulan pertama setiap perangkat daerah "
         "menyusun rencana aksi dan memasukkannya ke aplikasi pemantauan. Sosialisasi kepada camat dan lurah dilakukan pada "
         "bulan Februari. Rapat evaluasi tengah tahun diadakan pada 14 Juli 2027 di Aula El Tari, Balai Kota Kupang, dan "
         "dihadiri seluruh kepala perangkat daerah. Pameran inovasi kota digelar bersamaan dengan peringatan hari jadi "
         "Kota Kupang pada 25 April 2027. Evaluasi akhir tahun dilakukan pada minggu kedua Desember 2027."),
    heading(sections[4]),
    para("Kegiatan smart city dibiayai dari APBD Kota Kupang dan dapat didukung dana hibah pemerintah pusat atau mitra "
         "swasta. Pagu anggaran smart city tahun 2027 sebesar Rp 18,6 miliar, naik dari Rp 12,4 miliar pada tahun 2026. "
         "Sebanyak 40 persen pagu dipakai untuk jaringan dan pusat data, sisanya untuk program unggulan per pilar."),
    heading(sections[5]),
    para("Setiap perangkat daerah melaporkan capaian rencana aksi setiap triwulan melalui aplikasi SiMonev Kota Kupang, "
         "paling lambat tanggal 10 bulan pertama triwulan berikutnya. Sekretariat di Bappeda merekap laporan dan menyampaikannya "
         "kepada Wali Kota. Perangkat daerah yang dua kali berturut-turut terlambat melapor mendapat teguran tertulis dari "
         "Sekretaris Daerah."),
    heading(sections[6]),
    para("Forum Warga Smart City dibentuk di setiap kecamatan sebagai tempat warga menyampaikan usulan dan menilai layanan "
         "digital kota. Forum bertemu sekali setiap triwulan di kantor camat. Forum ada di enam kecamatan:"),
    *[para(k, num=BUL) for k in ("Kecamatan Alak", "Kecamatan Maulafa", "Kecamatan Oebobo", "Kecamatan Kelapa Lima",
                                  "Kecamatan Kota Raja", "Kecamatan Kota Lama")],
    heading(sections[7]),
    para("Keberhasilan pelaksanaan diukur dengan tiga indikator. Indeks kepuasan warga terhadap layanan digital ditargetkan "
         "mencapai 82 pada akhir 2027 (capaian 2026: 76). Sebanyak 90 persen layanan perizinan diajukan secara daring. "
         "Seluruh 51 kelurahan terhubung dengan internet pemerintah."),
    heading(sections[8]),
    para("Dibandingkan edisi pertama tahun 2024, edisi kedua mengubah tiga hal. Pertama, ketua tim pelaksana yang semula "
         "Asisten Administrasi Umum kini dijabat Sekretaris Daerah. Kedua, pelaporan yang semula setiap semester kini setiap "
         "triwulan. Ketiga, Forum Warga yang semula hanya ada di Kecamatan Oebobo kini dibentuk di seluruh kecamatan."),
])
write_docx("pedoman-smart-city-kota-kupang-2027.docx", body,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
           '<w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>',
           '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>'),
    numbering((BUL, 1, "bullet", "\u2022", None), (HEAD, 3, "decimal", "%1.", 1)),
    core("Bappeda Kota Kupang", "2027-01-15", "Pedoman Pelaksanaan Smart City Kota Kupang Edisi Kedua 2027"))

# ---------- PDF: a call for proposals ----------
HEADER = "Panggilan Proposal Hibah Inovasi Smart City 2027"
def body_lines(x, y, lines, size=10, step=14):
    ops = []
    for font, text in lines:
        if text is None: y -= 8; continue
        ops.append(text_op(font, size, x, y, text)); y -= step
    return ops, y
def table_rows(y, rows, cols):
    """rows: lists of cells; a cell's "\\n" wraps it onto a second line inside the same row."""
    ops = []
    for i, r in enumerate(rows):
        height = max(c.count("\n") + 1 for c in r)
        for c, x in zip(r, cols):
            for k, part in enumerate(c.split("\n")):
                ops.append(text_op(B if i == 0 else R, 9.5, x, y - 12 * k, part))
        y -= 12 * height + 6
    return ops, y
page1, y = body_lines(60, 800, [
    (R, HEADER), (None, None),
    (B, "PANGGILAN PROPOSAL"), (B, "HIBAH INOVASI SMART CITY TAHUN 2027"),
    (R, "Sekretariat Gerakan Menuju Smart City - Nomor 04/SGMSC/I/2027, 2 Februari 2027"), (None, None),
    (B, "I. LATAR BELAKANG"),
    (R, "Hibah Inovasi Smart City membantu kabupaten/kota peserta Gerakan Menuju Smart City menjalankan"),
    (R, "program dalam masterplan mereka. Pada putaran 2026 sebanyak 14 daerah menerima hibah dari 63"),
    (R, "proposal yang masuk, dengan batas pengiriman proposal 28 Februari 2026. Putaran 2027 menargetkan"),
    (R, "20 daerah penerima."), (None, None),
    (B, "II. SIAPA YANG DAPAT MENGAJUKAN"),
    (R, "Kabupaten/kota peserta Gerakan Menuju Smart City tahun 2017 sampai 2025 yang telah menetapkan"),
    (R, "masterplan smart city dengan peraturan kepala daerah. Setiap daerah hanya boleh mengajukan satu"),
    (R, "proposal. Daerah yang menjadi peserta pada tahun 2024 atau 2025 hanya dapat mengajukan Kategori"),
    (R, "Rintisan. Penerima hibah putaran 2026 tidak dapat mengajukan lagi pada putaran ini."), (None, None),
    (B, "III. KATEGORI HIBAH"),
    (R, "a. Kategori Rintisan: layanan baru yang belum pernah dijalankan, paling banyak Rp 500 juta."),
    (R, "b. Kategori Replikasi: meniru inovasi daerah lain yang terbukti berhasil, paling banyak Rp 750 juta."),
    (R, "c. Kategori Perluasan: memperluas layanan yang sudah berjalan ke wilayah atau kelompok warga baru,"),
    (R, "    paling banyak Rp 1,2 miliar."), (None, None),
    (B, "IV. JADWAL"),
])
t_ops, y = table_rows(y, [
    ["Kegiatan", "Waktu", "Keterangan"],
    ["Pengumuman panggilan proposal", "2 Februari 2027", "Situs resmi dan surat ke daerah"],
    ["Batas pengiriman proposal", "31 Maret 2027\npukul 23.59 WIB", "Proposal yang terlambat\ntidak diproses"],
    ["Seleksi administrasi", "1-15 April 2027", "Kelengkapan dokumen"],
    ["Presentasi proposal di depan\npanel penilai", "10-12 Mei 2027", "Daring, 20 menit per daerah"],
    ["Pengumuman penerima hibah", "7 Juni 2027", "Situs resmi"],
    ["Penandatanganan perjanjian hibah", "Juli 2027", "Di Jakarta"],
], (60, 250, 380))
footnote = [text_op(R, 7.5, 60, 60, "1) Waktu Indonesia Barat. Proposal dikirim lewat portal, bukan surel."), text_op(R, 8, 500, 40, "1/2")]
page2, y = body_lines(60, 800, [
    (R, HEADER), (None, None),
    (B, "V. KRITERIA PENILAIAN"),
])
k_ops, y = table_rows(y, [
    ["Kriteria", "Bobot"],
    ["Kesesuaian dengan masterplan daerah", "30%"],
    ["Dampak bagi warga", "25%"],
    ["Keberlanjutan setelah hibah berakhir", "20%"],
    ["Kesiapan perangkat daerah pelaksana", "15%"],
    ["Dana pendamping dari APBD", "10%"],
], (60, 380))
rest, y = body_lines(60, y - 8, [
    (B, "VI. DOKUMEN YANG DILAMPIRKAN"),
    (R, "a. Surat usulan yang ditandatangani kepala daerah."),
    (R, "b. Salinan peraturan kepala daerah tentang masterplan smart city."),
    (R, "c. Rencana anggaran biaya dan jadwal pelaksanaan 12 bulan."),
    (R, "d. Surat pernyataan kesanggupan dana pendamping dari APBD paling sedikit 20 persen dari nilai hibah."),
    (None, None),
    (B, "VII. CARA MENGIRIM PROPOSAL"),
    (R, "Proposal diunggah melalui portal hibah.smartcity.example.id dalam satu berkas PDF berukuran paling"),
    (R, "besar 20 MB. Akun portal dibuat oleh Diskominfo kabupaten/kota dengan surat tugas dari Sekretaris"),
    (R, "Daerah."), (None, None),
    (B, "VIII. PENCAIRAN DAN PEMANTAUAN"),
    (R, "Dana hibah dicairkan dalam dua tahap: 60 persen setelah perjanjian ditandatangani dan 40 persen"),
    (R, "setelah laporan kemajuan semester pertama diterima. Penerima hibah menyampaikan laporan kemajuan"),
    (R, "setiap tiga bulan dan laporan akhir paling lambat 31 Januari 2028."), (None, None),
    (B, "IX. KONTAK"),
    (R, "Sekretariat Hibah Inovasi Smart City, telepon (021) 3192 7745, surel hibah@smartcity.example.id."),
])
write_pdf("panggilan-proposal-hibah-inovasi-2027.pdf",
          [page1 + t_ops + footnote, page2 + k_ops + rest + [text_op(R, 8, 500, 40, "2/2")]],
          "<< /Title (Panggilan Proposal Hibah Inovasi Smart City 2027) /Author (Sekretariat Gerakan Menuju Smart City) /CreationDate (D:20270202000000) >>")
print("ok")
