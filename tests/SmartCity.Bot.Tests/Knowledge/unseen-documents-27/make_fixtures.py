#!/usr/bin/env python3
"""Builds the documents of the twenty-seventh unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF evaluation rubric whose content stream draws its blocks out of reading order (the running footer first, then
the last section, the title, the middle sections; a layout program places its frames in the order they were made),
and whose second page is a portrait page turned by /Rotate 90 holding a wide score table: its text is drawn running
up the page so that it reads upright once turned, under a two-level header ("Deskripsi Skor" over four score columns)
with cells wrapped over two lines;
a DOCX draft regulation (rancangan peraturan bupati) with a "DRAF" watermark drawn as a VML text path in its header,
a title typed letter by letter with spaces, chapter headings in a style set in small caps with letter spacing,
"Pasal n" as centred Normal paragraphs, ayat numbered by Word as "(%1)" restarting in every article with lettered
points below them, and an elucidation (PENJELASAN) at the end that names the articles again ("Pasal 2", "Ayat (3)",
"Cukup jelas.");
an HTML press release whose title sits in an <hgroup> inside the article's <header> with a kicker line and a
subtitle, a dateline in bold opening the first paragraph, a quotation in <blockquote> with <cite>, a table with a
two-row header whose cells are tied by id/headers and a group column spanning rows, a boilerplate "Tentang" part and
a media contact in an <aside>, closed by "###".
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, core, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the award rubric ----------
BODY, LEAD = 10, 14
FOOT = "Rubrik Anugerah Smart City NTB 2026 - hlm. {0}"

def op(font, size, x, y, text): return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"

class Block:
    """A frame of text placed at a height; the page writes its frames in any order it likes."""
    def __init__(self, top): self.ops, self.y = [], top
    def heading(self, text): self.ops.append(op(B, BODY + 1, 72, self.y, text)); self.y -= LEAD + 2
    def title(self, text): self.ops.append(op(B, 13, 72, self.y, text)); self.y -= 18
    def para(self, text, width=88):
        for part in textwrap.wrap(text, width):
            self.ops.append(op(R, BODY, 72, self.y, part)); self.y -= LEAD
        self.y -= 5

def page(blocks, order, number):
    ops = [op(R, 8, 72, 40, FOOT.format(number))]
    for i in order: ops += blocks[i].ops
    return ops

# Page 1: title, A, B, C laid top to bottom; written footer, C, title, B, A.
title = Block(790)
title.title("RUBRIK PENILAIAN ANUGERAH SMART CITY")
title.title("PROVINSI NUSA TENGGARA BARAT TAHUN 2026")
title.ops.append(op(R, 9, 72, title.y, "Lampiran Keputusan Kepala Bappeda Provinsi NTB Nomor 050/112/Bappeda/2026")); title.y -= 26
a = Block(title.y)
a.heading("A. Ketentuan Umum")
a.para("Anugerah Smart City NTB diberikan setiap tahun kepada kabupaten/kota di Nusa Tenggara Barat yang paling "
       "berhasil menjalankan masterplan smart city-nya. Penyelenggaraan tahun 2026 adalah yang kedua; yang pertama "
       "diadakan pada 2025.")
a.para("Penilaian dilakukan oleh tim juri beranggotakan tujuh orang: unsur Bappeda Provinsi, Dinas Kominfotik "
       "Provinsi, Universitas Mataram, Universitas Teknologi Sumbawa dan asosiasi pengusaha TIK daerah.")
b = Block(a.y)
b.heading("B. Tahapan Penilaian")
b.para("Penilaian berjalan dalam tiga tahap. Tahap pertama adalah seleksi dokumen pada 4-29 Mei 2026. Tahap kedua "
       "adalah presentasi dan wawancara di Mataram pada 16-18 Juni 2026. Tahap ketiga adalah kunjungan lapangan ke "
       "lima nominasi dengan nilai tertinggi pada Juli 2026.")
b.para("Pemenang diumumkan pada puncak peringatan hari jadi Provinsi NTB, 17 Desember 2026.")
c = Block(b.y)
c.heading("C. Cara Menghitung Nilai")
c.para("Setiap indikator diberi skor 1 sampai 4 menurut deskripsi pada tabel lampiran. Nilai indikator adalah skor "
       "dikalikan bobotnya, sehingga nilai total paling tinggi 400. Kabupaten/kota yang mendapat skor 1 pada dua "
       "indikator atau lebih tidak dapat masuk nominasi.")
page1 = page([title, a, b, c], [3, 0, 2, 1], 1)

# Page 2: a portrait page shown landscape (/Rotate 90). A point (x, y) of the turned page is drawn at (595 - y, x).
def up(font, size, x, y, text): return f"BT /{font} {size} Tf 0 1 -1 0 {595 - y} {x} Tm ({pdf_text(text)}) Tj ET"

COLS = (40, 62, 205, 250, 398, 546, 694)
HEAD1 = ("No", "Indikator", "Bobot (%)", "Deskripsi Skor")
HEAD2 = ("1 (Rintisan)", "2 (Berkembang)", "3 (Mapan)", "4 (Unggul)")
ROWS = [
    ("1", "Masterplan dan regulasi", "15", "Belum ada masterplan", "Masterplan selesai, belum\nditetapkan",
     "Ditetapkan dengan\nperaturan kepala daerah", "Ditetapkan dan dievaluasi\nsetiap tahun"),
    ("2", "Dewan Smart City", "10", "Belum dibentuk", "Dibentuk dengan SK, belum\npernah rapat",
     "Rapat dua kali setahun", "Rapat setiap triwulan"),
    ("3", "Realisasi quick win", "25", "Kurang dari 25 persen", "25 sampai 49 persen",
     "50 sampai 74 persen", "75 persen atau lebih"),
    ("4", "Integrasi data dan\nlayanan", "20", "Data tersebar di tiap OPD", "Portal satu data berjalan",
     "Sebagian layanan saling\nterhubung", "Layanan terpadu dalam satu\naplikasi warga"),
    ("5", "Partisipasi warga", "15", "Tidak ada kanal aduan", "Kanal aduan tanpa tindak\nlanjut",
     "Aduan ditindaklanjuti\ndalam 7 hari", "Aduan ditindaklanjuti\ndalam 3 hari"),
    ("6", "Keberlanjutan anggaran", "15", "Tanpa anggaran khusus", "Anggaran satu tahun",
     "Anggaran dalam RPJMD", "Anggaran daerah dan mitra\nswasta"),
]
page2 = [up(R, 8, 72, 40, FOOT.format(2)),
         up(B, 12, 40, 550, "Lampiran Rubrik: Indikator, Bobot dan Deskripsi Skor")]
y = 515
for x, text in zip(COLS, HEAD1): page2.append(up(B, 9, x, y, text))
y -= 13
for x, text in zip(COLS[3:], HEAD2): page2.append(up(B, 9, x, y, text))
page2.append(f"0.5 w {595 - (y - 6)} 30 m {595 - (y - 6)} 812 l S")
y -= 20
for row in ROWS:
    height = max(len(cell.split("\n")) for cell in row)
    for x, cell in zip(COLS, row):
        for i, part in enumerate(cell.split("\n")):
            page2.append(up(R, 8.5, x, y - i * 11, part))
    y -= height * 11 + 9
page2.append(up(R, 8.5, 40, y - 6, "Catatan: bobot keenam indikator berjumlah 100 persen."))

# Page 3: D, E, F; written footer, F, D, E.
d = Block(790)
d.heading("D. Predikat")
d.para("Nilai total 325 sampai 400 memperoleh predikat Utama, 250 sampai 324 predikat Madya, dan 175 sampai 249 "
       "predikat Pratama. Nilai di bawah 175 tidak memperoleh predikat.")
e = Block(d.y)
e.heading("E. Hadiah")
e.para("Kabupaten/kota dengan nilai tertinggi menerima piala gubernur dan dana insentif daerah sebesar Rp500 juta "
       "yang wajib dipakai untuk mengembangkan layanan publik digital. Dua peringkat berikutnya menerima dana insentif "
       "masing-masing Rp250 juta.")
f = Block(e.y)
f.heading("F. Sekretariat")
f.para("Sekretariat Anugerah Smart City NTB berada di Bidang Infrastruktur dan Kewilayahan Bappeda Provinsi NTB, "
       "Jalan Pejanggik Nomor 12, Mataram. Surel: anugerahsc@bappeda.ntbprov.go.id.")
page3 = page([d, e, f], [2, 0, 1], 3)

write_pdf(os.path.join(HERE, "rubrik-anugerah-smart-city-ntb-2026.pdf"), [page1, page2, page3],
          "<< /Title (Rubrik Penilaian Anugerah Smart City NTB 2026) /Author (Bappeda Provinsi Nusa Tenggara Barat) "
          "/CreationDate (D:20260415100000) >>", rotate=[0, 90, 0])

# ---------- DOCX: the draft regulation ----------
def r(text, bold=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def p(text, bold=False, jc=None, style=None, num=None, level=0):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + \
          (f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + \
          (f'<w:jc w:val="{jc}"/>' if jc else "")
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{r(text, bold)}</w:p>"
def chapter(number, name): return p(number, style="JudulBab") + p(name, style="JudulBab")
def article(n): return p(f"Pasal {n}", jc="center")

ARTICLES = {}  # article number -> w:num id restarting its ayat at (1)
def ayat(n, text, level=0): return p(text, num=ARTICLES.setdefault(n, len(ARTICLES) + 1), level=level)

body = [
    p("R A N C A N G A N", True, jc="center"),
    p("PERATURAN BUPATI LOMBOK TIMUR", True, jc="center"),
    p("NOMOR ... TAHUN 2026", True, jc="center"),
    p("TENTANG", True, jc="center"),
    p("PENYELENGGARAAN SMART CITY", True, jc="center"),
    p("DENGAN RAHMAT TUHAN YANG MAHA ESA", True, jc="center"),
    p("BUPATI LOMBOK TIMUR,", True, jc="center"),
    p("Menimbang: bahwa untuk mengarahkan pelaksanaan masterplan smart city Kabupaten Lombok Timur diperlukan "
      "pengaturan kelembagaan, pelaksanaan dan pendanaannya dalam Peraturan Bupati."),
    p("Mengingat: Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik."),
    p("MEMUTUSKAN:", True, jc="center"),
    p("Menetapkan: PERATURAN BUPATI TENTANG PENYELENGGARAAN SMART CITY."),
    chapter("BAB I", "Ketentuan Umum"),
    article(1),
    p("Dalam Peraturan Bupati ini yang dimaksud dengan:"),
    ayat(1, "Daerah adalah Kabupaten Lombok Timur."),
    ayat(1, "Smart City adalah pengelolaan Daerah yang memanfaatkan teknologi informasi dan komunikasi untuk "
            "meningkatkan mutu layanan dan kesejahteraan warga."),
    ayat(1, "Dewan Smart City adalah forum pengarah penyelenggaraan Smart City di Daerah."),
    ayat(1, "Tim Pelaksana adalah tim yang menjalankan program Smart City sehari-hari."),
    chapter("BAB II", "Dewan Smart City"),
    article(2),
    ayat(2, "Bupati membentuk Dewan Smart City dengan Keputusan Bupati."),
    ayat(2, "Dewan Smart City diketuai oleh Bupati dengan Sekretaris Daerah sebagai wakil ketua."),
    ayat(2, "Anggota Dewan Smart City paling banyak 15 orang, terdiri atas:"),
    ayat(2, "kepala perangkat daerah;", level=1),
    ayat(2, "unsur perguruan tinggi; dan", level=1),
    ayat(2, "unsur tokoh masyarakat dan pelaku usaha.", level=1),
    article(3),
    ayat(3, "Dewan Smart City bersidang paling sedikit tiga kali dalam satu tahun."),
    ayat(3, "Masa jabatan anggota dari unsur bukan pemerintah adalah dua tahun dan dapat diangkat kembali untuk satu "
            "kali masa jabatan."),
    chapter("BAB III", "Tim Pelaksana"),
    article(4),
    ayat(4, "Tim Pelaksana diketuai oleh Kepala Dinas Komunikasi dan Informatika."),
    ayat(4, "Sekretariat Tim Pelaksana berkedudukan di Bidang Aplikasi Informatika pada Dinas Komunikasi dan "
            "Informatika."),
    article(5),
    ayat(5, "Tim Pelaksana menyampaikan laporan kemajuan kepada Dewan Smart City setiap enam bulan."),
    ayat(5, "Laporan sebagaimana dimaksud pada ayat (1) disampaikan paling lambat tanggal 15 Januari dan 15 Juli."),
    chapter("BAB IV", "Masterplan dan Quick Win"),
    article(6),
    ayat(6, "Masterplan Smart City Daerah berlaku selama sepuluh tahun, dari 2026 sampai 2035."),
    ayat(6, "Masterplan sebagaimana dimaksud pada ayat (1) ditinjau kembali setiap lima tahun."),
    ayat(6, "Quick win ditetapkan setiap tahun dengan Keputusan Bupati, paling banyak tujuh program."),
    article(7),
    p("Setiap perangkat daerah wajib mengunggah data layanannya ke portal Satu Data Lombok Timur paling lambat 30 "
      "hari setelah akhir triwulan."),
    chapter("BAB V", "Pendanaan"),
    article(8),
    p("Pendanaan penyelenggaraan Smart City bersumber dari:"),
    ayat(8, "Anggaran Pendapatan dan Belanja Daerah;", level=1),
    ayat(8, "Anggaran Pendapatan dan Belanja Negara; dan", level=1),
    ayat(8, "sumber lain yang sah dan tidak mengikat, termasuk dana tanggung jawab sosial perusahaan.", level=1),
    chapter("BAB VI", "Ketentuan Penutup"),
    article(9),
    p("Peraturan Bupati ini mulai berlaku pada tanggal diundangkan."),
    p("PENJELASAN", True, jc="center"),
    p("ATAS RANCANGAN PERATURAN BUPATI LOMBOK TIMUR TENTANG PENYELENGGARAAN SMART CITY", True, jc="center"),
    p("I. UMUM", True),
    p("Peraturan ini disusun agar program smart city tetap berjalan walaupun kepala daerah dan pejabat berganti."),
    p("II. PASAL DEMI PASAL", True),
    p("Pasal 1"), p("Cukup jelas."),
    p("Pasal 2"), p("Ayat (1)"), p("Cukup jelas."), p("Ayat (2)"), p("Cukup jelas."), p("Ayat (3)"),
    p("Huruf b: unsur perguruan tinggi antara lain berasal dari Universitas Gunung Rinjani dan Universitas "
      "Hamzanwadi."),
    p("Pasal 3"), p("Cukup jelas."),
    p("Pasal 4"), p("Cukup jelas."),
    p("Pasal 5"), p("Ayat (1)"), p("Cukup jelas."), p("Ayat (2)"),
    p("Apabila tanggal 15 jatuh pada hari libur, laporan disampaikan pada hari kerja berikutnya."),
    p("Pasal 6 sampai Pasal 9"), p("Cukup jelas."),
    '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:pgSz w:w="12240" w:h="18720"/>'
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1700"/></w:sectPr>',
]

HEADER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office">'
          '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>' + r("Draf ke-3, 12 Maret 2026") + '</w:p>'
          '<w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
          'style="position:absolute;margin-left:0;margin-top:0;width:400pt;height:160pt;rotation:315;z-index:-251657216" '
          'fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" '
          'string="DRAF"/></v:shape></w:pict></w:r></w:p></w:hdr>')

def ayat_lists(count):
    """One abstract list: ayat "(1)" at level 0, points "a." at level 1; every article its own w:num from (1)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    abstract = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/>'
                '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
                '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/>'
                '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>')
    nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                   f'<w:startOverride w:val="1"/></w:lvlOverride><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>'
                   f'</w:lvlOverride></w:num>' for n in range(1, count + 1))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>{abstract}{nums}</w:numbering>'

docx_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:rPr><w:rFonts w:ascii="Bookman Old Style" w:hAnsi="Bookman Old Style"/><w:sz w:val="24"/></w:rPr></w:style>',
    # The chapter style: centred, small caps, letters spaced 3 pt apart; no outline level, no bold.
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JudulBab"><w:name w:val="Judul Bab"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="0"/></w:pPr>'
    '<w:rPr><w:smallCaps/><w:spacing w:val="60"/></w:rPr></w:style>',
)
write_docx(os.path.join(HERE, "rancangan-perbup-smart-city-lombok-timur-2026.docx"), "".join(body), docx_styles,
           ayat_lists(len(ARTICLES)), core("Bagian Hukum Setda Kabupaten Lombok Timur", "2026-03-12",
                                           "Rancangan Peraturan Bupati Lombok Timur tentang Penyelenggaraan Smart City"),
           header_xml=HEADER)

# ---------- HTML: the press release ----------
HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Siaran Pers: Mataram Resmikan Command Center dan Aplikasi SALAM | Diskominfo Kota Mataram</title>
</head>
<body>
<header class="site-header">
<a class="brand" href="/">Diskominfo Kota Mataram</a>
<nav><a href="/berita">Berita</a> <a href="/siaran-pers">Siaran Pers</a> <a href="/ppid">PPID</a></nav>
</header>
<main>
<article class="press-release">
<header>
<hgroup>
<p class="kicker">SIARAN PERS</p>
<h1>Mataram Resmikan Command Center dan Aplikasi SALAM</h1>
<p>Quick win kedua Kota Mataram dalam Gerakan Menuju Smart City rampung dua bulan lebih cepat dari jadwal</p>
</hgroup>
<p class="meta">Nomor 27/SP/Diskominfo/V/2026 &middot; <time datetime="2026-05-12">12 Mei 2026</time></p>
</header>
<p><strong>MATARAM, 12 Mei 2026</strong> &mdash; Wali Kota Mataram meresmikan Mataram Command Center di lantai tiga
Kantor Wali Kota, Jalan Pejanggik, Selasa (12/5). Pada acara yang sama diluncurkan aplikasi SALAM (Sistem Aduan dan
Layanan Masyarakat) yang menggabungkan kanal pengaduan dan permohonan layanan dari empat perangkat daerah.</p>
<p>Pembangunan command center memakai APBD Kota Mataram tahun 2025 sebesar Rp4,2 miliar dan dikerjakan selama delapan
bulan. Ruang pemantauan dilengkapi 24 layar dan terhubung dengan 160 kamera CCTV di persimpangan dan pasar.</p>
<blockquote>
<p>&ldquo;Warga tidak perlu lagi datang ke kantor dinas untuk mengadu. Setiap aduan di SALAM kami targetkan dijawab
paling lama dua hari kerja.&rdquo;</p>
<cite>Baiq Nurul Aini, Kepala Dinas Komunikasi dan Informatika Kota Mataram</cite>
</blockquote>
<h2>Layanan yang sudah terhubung</h2>
<table class="data">
<thead>
<tr><th id="kel" rowspan="2">Kelompok</th><th id="lay" rowspan="2">Layanan</th><th id="opd" rowspan="2">Perangkat Daerah</th>
<th id="jml" colspan="2">Jumlah aduan dan permohonan</th></tr>
<tr><th id="y25" headers="jml">2025 (manual)</th><th id="y26" headers="jml">Jan-Apr 2026 (uji coba SALAM)</th></tr>
</thead>
<tbody>
<tr><td headers="kel" rowspan="2">Infrastruktur</td><td headers="lay">Aduan jalan rusak</td><td headers="opd">Dinas PUPR</td><td headers="jml y25">412</td><td headers="jml y26">655</td></tr>
<tr><td headers="lay">Aduan lampu jalan padam</td><td headers="opd">Dinas Perhubungan</td><td headers="jml y25">287</td><td headers="jml y26">301</td></tr>
<tr><td headers="kel">Perizinan</td><td headers="lay">Izin usaha mikro</td><td headers="opd">DPMPTSP</td><td headers="jml y25">1.230</td><td headers="jml y26">980</td></tr>
<tr><td headers="kel">Kependudukan</td><td headers="lay">Akta kelahiran dan KIA</td><td headers="opd">Disdukcapil</td><td headers="jml y25">3.870</td><td headers="jml y26">2.115</td></tr>
</tbody>
</table>
<h2>Langkah berikutnya</h2>
<p>Saat ini 12 layanan sudah terhubung ke SALAM. Pemerintah Kota Mataram menargetkan 30 layanan terhubung pada akhir
2027, termasuk layanan kesehatan puskesmas dan pembayaran retribusi pasar. Aplikasi SALAM dapat diunduh gratis di
Play Store dan App Store.</p>
<h2>Tentang Gerakan Menuju Smart City di Kota Mataram</h2>
<p>Kota Mataram mengikuti Gerakan Menuju Smart City sejak 2018. Quick win pertamanya, layanan parkir nontunai di
kawasan Cakranegara, berjalan sejak 2023.</p>
<aside class="media-contact">
<h3>Narahubung media</h3>
<p>Lalu Ahmad Zaini, Kepala Bidang Informasi dan Komunikasi Publik, telepon 0812-3700-2026, surel humas@mataramkota.go.id</p>
</aside>
<p class="end">###</p>
</article>
</main>
<footer class="site-footer"><p>&copy; 2026 Dinas Komunikasi dan Informatika Kota Mataram. Jalan Pejanggik No. 16, Mataram.</p></footer>
</body>
</html>
"""
open(os.path.join(HERE, "siaran-pers-command-center-mataram-2026.html"), "w", encoding="utf-8").write(HTML)
