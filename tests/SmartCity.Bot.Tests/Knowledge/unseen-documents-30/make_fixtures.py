#!/usr/bin/env python3
"""Builds the documents of the thirtieth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a landscape PDF half-year report of Kota Bengkulu typeset the way pdfTeX writes: every font selected at size 1 and
scaled by the text matrix (Tm), no space glyph at all (words parted only by TJ displacements), words hyphenated at
line ends, a shaded sidebar at the left of page 1 with the programme's key facts, a running header over a rule and a
bare page number centred at the foot, a table of kecamatan continued on page 2 under its repeated header row and
closed by a bold totals row;
a DOCX service guide of Kabupaten Rejang Lebong whose headings are numbered only by their styles (numPr inside the
style definitions, "%1." and "%1.%2."), with a custom heading style based on Heading 2 (its level inherited through
basedOn), runs wrapped in customXml and smartTag elements, soft and non-breaking hyphens inside words, a counters
table whose floors are group rows spanning the table (gridSpan) and a header and footer part;
an HTML page on Bengkulu's cashless city bus with a cookie banner (role="dialog"), a skip link, JSON-LD, a <noscript>
notice, a <template> holding last year's fares, a <figure> wrapping a <table> captioned by <figcaption> with a
two-row header (colspan) and a group cell spanning rows (rowspan), a fare table whose free row spans both payment
columns, a photo <figure> whose caption carries a fact, an SVG chart with text labels and FAQ <details> whose
<summary> holds an <h3>.
Run from this folder: python3 make_fixtures.py"""
import os, sys, json
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the half-year report of Kota Bengkulu's Kelurahan Cerdas, set as pdfTeX sets it ----------
W, H = 842, 595
MAIN = 250          # the main column's left edge; the sidebar runs from 40 to 220 on page 1
BODY, LEAD = 10, 13.5

def tj(text, font, size, x, y):
    """One line as pdfTeX writes it: the font at size 1 scaled by the text matrix, words parted by TJ displacements
    (no space glyph)."""
    parts = " -333 ".join(f"({pdf_text(w)})" for w in text.split(" "))
    return f"BT /{font} 1 Tf {size} 0 0 {size} {x} {y} Tm [{parts}] TJ ET"

class Page:
    def __init__(self, number):
        self.ops, self.y, self.number = [], 520, number
        # running header over a rule, and the bare page number centred at the foot
        self.ops.append(tj("Laporan Semester I 2026 Program Kelurahan Cerdas", R, 8, MAIN, 560))
        self.ops.append(tj("Diskominfo Kota Bengkulu", R, 8, 700, 560))
        self.ops.append(f"0.4 w {MAIN} 554 m 800 554 l S")
        self.ops.append(tj(str(number), R, 9, 520, 30))
    def line(self, text, font=R, size=BODY, x=MAIN, gap=LEAD):
        self.ops.append(tj(text, font, size, x, self.y)); self.y -= gap
    def heading(self, text):
        self.y -= 6; self.line(text, B, 12, gap=LEAD + 4)
    def para(self, lines):
        for t in lines: self.line(t)
        self.y -= 5
    def row(self, cells, xs, font=R):
        for c, x in zip(cells, xs):
            self.ops.append(tj(c, font, BODY, x, self.y))
        self.y -= 15

p1, p2 = Page(1), Page(2)
# the sidebar: a shaded box with the key facts, set in smaller type
p1.ops.append(f"0.92 g 40 90 180 440 re f 0 g")
sy = 505
for text, font in [("Sekilas Program", B), ("", R), ("Mulai berjalan:", B), ("Januari 2025", R), ("", R),
                   ("Kelurahan sasaran:", B), ("67 kelurahan di 9 kecamatan", R), ("", R),
                   ("Anggaran 2026:", B), ("Rp3,1 miliar (APBD Kota", R), ("Bengkulu)", R), ("", R),
                   ("Penanggung jawab:", B), ("Bidang Aplikasi Informatika", R), ("", R),
                   ("Kontak:", B), ("kelurahancerdas@bengkulukota.go.id", R), ("telepon (0736) 21314", R)]:
    if text: p1.ops.append(tj(text, font, 8.5, 50, sy))
    sy -= 12
p1.line("LAPORAN SEMESTER I TAHUN 2026", B, 15, gap=19)
p1.line("PROGRAM KELURAHAN CERDAS KOTA BENGKULU", B, 15, gap=26)
p1.heading("1 Pendahuluan")
p1.para(["Kelurahan Cerdas adalah quick win pilar smart society dalam masterplan smart city Kota Bengkulu 2024-2028.",
         "Program ini menyediakan wifi publik di kantor kelurahan, layanan surat daring Surat Kilat, dan kader digi-",
         "tal di setiap kelurahan yang mendampingi warga memakai layanan daring pemerintah kota."])
p1.heading("2 Capaian Semester I")
p1.para(["Sampai 30 Juni 2026, 41 dari 67 kelurahan telah memiliki wifi publik yang aktif. Surat Kilat memproses",
         "12.480 permohonan surat; rata-rata permohonan selesai dalam 1 hari kerja, padahal sebelum program ber-",
         "jalan pengurusan surat keterangan di kelurahan memakan waktu 3 hari kerja. Sebanyak 134 kader digital",
         "telah dilatih oleh Diskominfo bersama Universitas Bengkulu."])
p1.heading("3 Capaian per Kecamatan")
XS = (MAIN, 430, 540, 640)
HEAD = ("Kecamatan", "Kelurahan", "Wifi aktif", "Permohonan surat")
ROWS = [("Gading Cempaka", "5", "4", "1.920"), ("Ratu Agung", "8", "6", "2.110"), ("Ratu Samban", "9", "5", "1.240"),
        ("Singaran Pati", "6", "4", "1.380"), ("Teluk Segara", "13", "7", "1.050"), ("Sungai Serut", "7", "3", "760"),
        ("Muara Bangka Hulu", "5", "3", "1.420"), ("Selebar", "6", "5", "1.690"), ("Kampung Melayu", "8", "4", "910")]
def table_head(pg):
    pg.ops.append(f"0.5 w {MAIN} {pg.y + 12} m 760 {pg.y + 12} l S")
    pg.row(HEAD, XS, B)
    pg.ops.append(f"0.5 w {MAIN} {pg.y + 11} m 760 {pg.y + 11} l S")
table_head(p1)
for cells in ROWS[:5]: p1.row(cells, XS)
table_head(p2)
for cells in ROWS[5:]: p2.row(cells, XS)
p2.ops.append(f"0.5 w {MAIN} {p2.y + 11} m 760 {p2.y + 11} l S")
p2.row(("Jumlah", "67", "41", "12.480"), XS, B)
p2.ops.append(f"0.5 w {MAIN} {p2.y + 11} m 760 {p2.y + 11} l S")
p2.y -= 4
p2.heading("4 Kendala")
p2.para(["Jaringan di enam kelurahan pesisir belum stabil karena perangkat pemancar rusak terkena udara laut, dan",
         "sembilan kader digital berhenti karena diterima bekerja di tempat lain."])
p2.heading("5 Rencana Semester II")
p2.para(["Wifi publik akan dipasang di 14 kelurahan lagi sehingga target akhir 2026 sebanyak 55 kelurahan tercapai.",
         "Surat Kilat akan memakai tanda tangan elektronik (TTE) dari Balai Sertifikasi Elektronik mulai September",
         "2026, sehingga warga tidak perlu datang ke kelurahan untuk mengambil surat yang sudah jadi."])
write_pdf(os.path.join(HERE, "laporan-semester-kelurahan-cerdas-bengkulu-2026.pdf"), [p1.ops, p2.ops],
          "<< /Title (Laporan Semester I 2026 Program Kelurahan Cerdas Kota Bengkulu) /Author (Diskominfo Kota Bengkulu) "
          "/Creator (LaTeX with hyperref) /Producer (pdfTeX-1.40.25) /CreationDate (D:20260715080000) >>", size=(W, H))

# ---------- DOCX: the service guide of the digital public service mall of Kabupaten Rejang Lebong ----------
SHY, NBH = "<w:softHyphen/>", "<w:noBreakHyphen/>"
def r(text, bold=False):
    """A run; "~" in the text is a soft hyphen and "=" a non-breaking hyphen, as Word stores them."""
    out, rpr = [], "<w:rPr><w:b/></w:rPr>" if bold else ""
    for i, piece in enumerate(text.replace("~", "\x01~\x01").replace("=", "\x01=\x01").split("\x01")):
        if piece == "~": out.append(SHY)
        elif piece == "=": out.append(NBH)
        elif piece: out.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
    return f"<w:r>{rpr}{''.join(out)}</w:r>"
def tagged(text, element="smartTag"):
    """Words wrapped as older Word versions wrap recognised names and dates (smart tags, custom XML)."""
    if element == "smartTag":
        return f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">{r(text)}</w:smartTag>'
    return f'<w:customXml w:uri="urn:rejanglebong:mpp" w:element="{element}">{r(text)}</w:customXml>'
def p(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(x if x.startswith('<') else r(x) for x in runs)}</w:p>"
def tbl(head, groups):
    cell = lambda c, bold=False: f"<w:tc>{p(r(c, bold))}</w:tc>"
    span = lambda c: f'<w:tc><w:tcPr><w:gridSpan w:val="{len(head)}"/><w:shd w:val="clear" w:fill="D9E2F3"/></w:tcPr>{p(r(c, True))}</w:tc>'
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(cell(c, True) for c in head) + "</w:tr>"]
    for group, items in groups:
        rows.append(f"<w:tr>{span(group)}</w:tr>")
        rows += ["<w:tr>" + "".join(cell(c) for c in item) + "</w:tr>" for item in items]
    grid = "".join('<w:gridCol w:w="2400"/>' for _ in head)
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'

guide = "".join([
    p(r("PANDUAN LAYANAN", True), style="Title"),
    p(r("MAL PELAYANAN PUBLIK DIGITAL KABUPATEN REJANG LEBONG", True), style="Title"),
    p("Edisi 1, Maret 2026"),
    p("Gambaran Umum", style="Heading1"),
    p("Mal Pelayanan Publik (MPP) Digital diresmikan Bupati Rejang Lebong pada ",
      tagged("17 Februari 2026", "tanggal"), " dan berada di ", tagged("Jalan S. Sukowati Nomor 60, Curup"),
      ". MPP Digital dikelola Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) bersama Dinas "
      "Komunikasi dan Informatika, dan merupakan quick win pilar smart governance dalam masterplan smart city "
      "Kabupaten Rejang Lebong. Seluruh loket memakai satu sistem antre~an dan satu meja informasi."),
    p("Jam Layanan", style="Heading1"),
    p("Senin sampai Kamis pukul 08.00-15.00 WIB dan Jumat pukul 08.00-11.30 WIB. Pada hari Sabtu pukul "
      "08.00-12.00 WIB hanya loket kependudukan (e=KTP, kartu keluarga dan akta) yang buka. MPP tutup pada hari "
      "Minggu dan hari libur nasional."),
    p("Loket dan Instansi", style="Heading1"),
    tbl(("Loket", "Instansi", "Layanan"),
        [("Lantai 1", [("Loket 1-4", "Disdukcapil", "e=KTP, kartu keluarga, akta kelahiran dan akta kematian"),
                       ("Loket 5", "Samsat Curup", "pajak kendaraan bermotor tahunan"),
                       ("Loket 6", "BPJS Kesehatan", "pendaftaran peserta dan perubahan data")]),
         ("Lantai 2", [("Loket 7", "DPMPTSP", "perizinan berusaha dan Nomor Induk Berusaha (NIB)"),
                       ("Loket 8", "Kantor Pertanahan", "informasi sertifikat dan pengecekan tanah"),
                       ("Loket 9", "Bank Bengkulu", "pembayaran retribusi dan pajak daerah")])]),
    p("Antrean Daring", style="Heading1"),
    p("Warga dapat mengambil nomor antrean dari rumah melalui aplikasi ", tagged("SiAntre Curup", "aplikasi"),
      ". Kuota antrean daring adalah 40 nomor per loket per hari; sisanya dilayani dengan antrean langsung di "
      "mesin anjungan."),
    p("Pendaftaran Akun", style="JudulSubBagian"),
    p("Akun SiAntre Curup dibuat dengan NIK dan nomor WhatsApp yang aktif; kode verifikasi dikirim lewat WhatsApp."),
    p("Keterlambatan dan Pembatalan", style="JudulSubBagian"),
    p("Nomor antrean hangus bila pemohon terlambat lebih dari 15 menit dari jadwal. Pembatalan dapat dilakukan "
      "di aplikasi paling lambat 2 jam sebelum jadwal; tiga kali tidak hadir tanpa pembatalan membuat akun "
      "diblokir selama 30 hari."),
    p("Pengaduan", style="Heading1"),
    p("Keluhan dan saran disampaikan melalui WhatsApp 0812-7000-1122, kotak saran di lantai 1, atau survei "
      "kepuasan di aplikasi. Target indeks kepuasan masyarakat (IKM) MPP Digital tahun 2026 adalah 85."),
    '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/>'
    '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
])
guide_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JudulSubBagian"><w:name w:val="Judul Sub Bagian"/>'
    '<w:basedOn w:val="Heading2"/><w:next w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>')
guide_numbering = numbering((3, 0, ("decimal", "decimal"), ("%1.", "%1.%2."), 1))
HDR = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       '<w:p><w:r><w:t>DPMPTSP Kabupaten Rejang Lebong | Panduan Layanan MPP Digital</w:t></w:r></w:p></w:hdr>')
FTR = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       '<w:p><w:r><w:t>Dokumen ini tidak terkendali bila dicetak. Halaman </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>')
write_docx(os.path.join(HERE, "panduan-mpp-digital-rejang-lebong-2026.docx"), guide, guide_styles, guide_numbering,
           core("DPMPTSP Kabupaten Rejang Lebong", "2026-03-10", "Panduan Layanan MPP Digital Kabupaten Rejang Lebong"),
           header_xml=HDR, footer_xml=FTR)

# ---------- HTML: Bengkulu's cashless city bus ----------
ld = json.dumps({"@context": "https://schema.org", "@type": "GovernmentService", "name": "Trans Bengkulu Nontunai",
                 "provider": {"@type": "GovernmentOrganization", "name": "Dinas Perhubungan Provinsi Bengkulu"},
                 "areaServed": "Kota Bengkulu", "serviceType": "Angkutan umum perkotaan"}, indent=1)
html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Trans Bengkulu Nontunai | Dinas Perhubungan Provinsi Bengkulu</title>
<meta name="description" content="Cara membayar bus Trans Bengkulu dengan kartu dan QRIS, tarif, koridor dan halte.">
<script type="application/ld+json">
{ld}
</script>
</head>
<body>
<a class="skip" href="#isi">Langsung ke isi</a>
<div class="cookie" role="dialog" aria-label="Pemberitahuan kuki">
  <p>Situs ini memakai kuki untuk menghitung kunjungan. <button>Setuju</button> <button>Tolak</button></p>
</div>
<noscript><p>Aktifkan JavaScript untuk melihat peta rute interaktif.</p></noscript>
<header><p class="logo">Dishub Provinsi Bengkulu</p>
<nav><a href="/">Beranda</a> <a href="/angkutan">Angkutan</a> <a href="/pengumuman">Pengumuman</a> <a href="/kontak">Kontak</a></nav></header>
<main id="isi">
<article>
  <h1>Trans Bengkulu Nontunai: Bayar Bus dengan Kartu dan QRIS</h1>
  <p class="meta">Dinas Perhubungan Provinsi Bengkulu &middot; <time datetime="2026-03-03">3 Maret 2026</time></p>
  <p>Sejak 1 Maret 2026 seluruh koridor bus Trans Bengkulu hanya menerima pembayaran nontunai: kartu Trans Bengkulu atau
  QRIS dari aplikasi bank dan dompet digital apa pun. Uang tunai tidak lagi diterima di dalam bus. Layanan ini bagian dari
  program smart mobility dalam masterplan smart city Kota Bengkulu.</p>
  <h2>Koridor dan jam operasi</h2>
  <figure>
    <table>
      <thead>
        <tr><th rowspan="2">Jalur</th><th rowspan="2">Koridor</th><th rowspan="2">Rute</th><th rowspan="2">Armada</th><th colspan="2">Jam operasi</th></tr>
        <tr><th>Mulai</th><th>Selesai</th></tr>
      </thead>
      <tbody>
        <tr><td rowspan="2">Jalur utama</td><td>Koridor 1</td><td>Terminal Air Sebakul - Pantai Panjang</td><td>8 bus</td><td>05.30</td><td>21.00</td></tr>
        <tr><td>Koridor 2</td><td>Pasar Minggu - Universitas Bengkulu</td><td>6 bus</td><td>05.30</td><td>21.00</td></tr>
        <tr><td>Jalur pengumpan</td><td>Koridor 3</td><td>Bandara Fatmawati - Simpang Lima</td><td>5 bus</td><td>06.00</td><td>19.00</td></tr>
      </tbody>
    </table>
    <figcaption>Tabel 1. Koridor Trans Bengkulu per Maret 2026</figcaption>
  </figure>
  <h2>Tarif</h2>
  <table class="tarif">
    <thead>
      <tr><th rowspan="2">Penumpang</th><th colspan="2">Tarif sekali jalan</th></tr>
      <tr><th>Kartu</th><th>QRIS</th></tr>
    </thead>
    <tbody>
      <tr><td>Umum</td><td>Rp4.000</td><td>Rp4.000</td></tr>
      <tr><td>Pelajar dan mahasiswa</td><td>Rp2.000</td><td>Rp2.000</td></tr>
      <tr><td>Lansia (60 tahun ke atas) dan penyandang disabilitas</td><td colspan="2">Gratis dengan kartu khusus</td></tr>
    </tbody>
  </table>
  <template id="tarif-lama">
    <table><tr><td>Umum</td><td>Rp5.000 tunai</td></tr><tr><td>Pelajar</td><td>Rp3.000 tunai</td></tr></table>
  </template>
  <figure>
    <img src="/img/halte-simpang-lima.jpg" alt="Halte Simpang Lima">
    <figcaption>Halte Simpang Lima, satu dari 32 halte Trans Bengkulu yang sudah memasang pembaca kartu.</figcaption>
  </figure>
  <h2>Jumlah penumpang</h2>
  <p>Jumlah penumpang naik sejak pembayaran nontunai berlaku: 58.300 penumpang pada Mei 2026, dari 41.200 pada Januari 2026.</p>
  <svg role="img" viewBox="0 0 400 200" aria-labelledby="grafik-judul"><title id="grafik-judul">Penumpang Trans Bengkulu Januari-Mei 2026</title>
    <rect x="10" y="90" width="50" height="100"/><text x="15" y="85">Jan 41.200</text>
    <rect x="90" y="80" width="50" height="110"/><text x="95" y="75">Feb 43.900</text>
    <rect x="170" y="60" width="50" height="130"/><text x="175" y="55">Mar 50.100</text>
    <rect x="250" y="50" width="50" height="140"/><text x="255" y="45">Apr 54.700</text>
    <rect x="330" y="40" width="50" height="150"/><text x="335" y="35">Mei 58.300</text>
  </svg>
  <h2>Tanya jawab</h2>
  <details><summary><h3>Di mana membeli kartu Trans Bengkulu?</h3></summary>
    <p>Kartu dijual di loket Terminal Air Sebakul dan di semua kantor cabang Bank Bengkulu seharga Rp25.000, sudah berisi saldo Rp10.000.</p></details>
  <details><summary><h3>Bagaimana jika saldo kartu tidak cukup?</h3></summary>
    <p>Penumpang dapat membayar dengan QRIS. Isi ulang saldo bisa di loket terminal, ATM Bank Bengkulu atau minimarket.</p></details>
  <details><summary><h3>Siapa yang mendapat kartu gratis?</h3></summary>
    <p>Lansia berusia 60 tahun ke atas dan penyandang disabilitas yang mendaftar di kantor Dishub dengan membawa KTP.</p></details>
  <div class="share">Bagikan: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
</article>
</main>
<footer><p>&copy; 2026 Dinas Perhubungan Provinsi Bengkulu. Jl. Pembangunan No. 12, Padang Harapan, Kota Bengkulu.</p></footer>
</body>
</html>
"""
open(os.path.join(HERE, "trans-bengkulu-nontunai-2026.html"), "w", encoding="utf-8").write(html)
