#!/usr/bin/env python3
"""Builds the documents of the thirty-first unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF technical guideline of Kabupaten Jayapura exported from a word processor (tagged: every paragraph, heading, list
item and footnote marked content in a structure tree; bookmarks naming each section), whose headings are unnumbered and
only slightly larger than the body (11.5 against 10 points, same regular face, no bold); its first page set in two
columns under a full-width title, its second page in one column; a numbered list of requirements whose items 1-4 end
the first page's right column and items 5-7 open the second page; raised footnote marks and footnotes on both pages;
a DOCX service standard of Kota Jayapura's emergency line whose table of response times is headed by a category
column merged down its rows (vMerge) and captioned through a SEQ field, with tracked changes (a deleted and an
inserted date and figure, a sentence moved by moveFrom/moveTo), a HYPERLINK complex field, two numbered lists
restarting per section, an FAQ kept in a two-column table whose answers are bulleted, and a footer of PAGE and
NUMPAGES fields;
an HTML page of Kota Jayapura's electronic parking from a CMS laid out only in <div>s (no h1-h6: the page title and
section titles are <div class="title">s and <p><strong> lines), with a breadcrumb, a <dl> of terms, a fares table with
a numbered first column under a two-row <thead> whose "free" cell spans two rows and both fare columns, a table of
parking points per district closed by a totals row, and a sidebar of other news.
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text, REGULAR as R

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the Kampung Digital guideline, exported tagged with bookmarks ----------
BODY, LEAD, HEAD, NOTE = 10, 13, 11.5, 7.5
LEFT, RIGHT, FULL = 57, 310, 57          # the two columns of page 1, the single column of page 2
NARROW, WIDE = 46, 98                     # characters per line in a column and across the page

class Page:
    def __init__(self, index, structure):
        self.ops, self.index, self.structure = [], index, structure
    def marked(self, tag, ops):
        """One structure element's marked content (an MCID per element, numbered per page)."""
        mcid = sum(1 for _, page, _ in self.structure if page == self.index)
        self.structure.append((tag, self.index, mcid))
        self.ops.append(f"/{tag} << /MCID {mcid} >> BDC\n" + "\n".join(ops) + "\nEMC")
    def text(self, x, y, text, size=BODY): return f"BT /{R} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"
    def mark(self, x, y, n): return f"BT /{R} 6 Tf 1 0 0 1 {x} {y + 4} Tm ({n}) Tj ET"

class Column:
    def __init__(self, page, x, y, width):
        self.page, self.x, self.y, self.width = page, x, y, width
    def heading(self, text, outline):
        self.y -= 8
        outline.append((text, self.page.index, self.y + HEAD))
        self.page.marked("H1", [self.page.text(self.x, self.y, text, HEAD)]); self.y -= LEAD + 5
    def para(self, text, notes=None, tag="P", indent=0, first=None):
        """A wrapped paragraph; notes maps a word of the text to the footnote number raised after it; first is a list
        number hung in the indent."""
        ops, lines = [], textwrap.wrap(text, self.width - indent // 5)
        for i, line in enumerate(lines):
            x = self.x + indent
            if first and i == 0: ops.append(self.page.text(self.x, self.y, first))
            ops.append(self.page.text(x, self.y, line))
            for word, n in (notes or {}).items():
                if word in line.split():
                    before = line[:line.index(word) + len(word)]
                    ops.append(self.page.mark(x + len(before) * BODY * 0.5, self.y, n))
            self.y -= LEAD
        self.page.marked(tag, ops); self.y -= 4
    def item(self, n, text): self.para(text, tag="LI", indent=14, first=f"{n}.")

def footnotes(page, notes):
    page.ops.append(f"0.5 w {LEFT} 104 m {LEFT + 150} 104 l S")
    y = 92
    for n, text in notes:
        ops = []
        for i, line in enumerate(textwrap.wrap(text, 118)):
            ops.append(page.text(LEFT + (0 if i else 0), y, (f"{n} " if i == 0 else "   ") + line, NOTE)); y -= 9.5
        page.marked("Note", ops)

structure, outline = [], []
p1, p2 = Page(0, structure), Page(1, structure)
p1.marked("Title", [p1.text(FULL, 780, "PETUNJUK TEKNIS PROGRAM KAMPUNG DIGITAL", 14),
                    p1.text(FULL, 762, "KABUPATEN JAYAPURA TAHUN 2026", 14)])
p1.marked("P", [p1.text(FULL, 744, "Dinas Komunikasi dan Informatika Kabupaten Jayapura")])
left, right = Column(p1, LEFT, 716, NARROW), Column(p1, RIGHT, 716, NARROW)
left.heading("Pendahuluan", outline)
left.para("Kampung Digital adalah quick win pilar smart society dalam masterplan smart city Kabupaten Jayapura "
          "2024-2028. Program ini membawa internet satelit ke kampung yang belum terjangkau sinyal seluler, membuka "
          "pos layanan digital di kantor kampung, dan menempatkan seorang operator kampung yang membantu warga "
          "mengurus layanan daring pemerintah.", notes={"kampung": 1})
left.heading("Sasaran 2026", outline)
left.para("Pada 2026 program menyasar 40 kampung di 12 distrik, naik dari 18 kampung pada tahap pertama tahun 2025. "
          "Setiap kampung mendapat satu titik akses internet yang dipakai bersama oleh warga, sekolah dan puskesmas "
          "pembantu.", notes={"internet": 2})
right.heading("Persyaratan Kampung", outline)
right.para("Kampung yang diusulkan harus memenuhi syarat berikut:")
REQUIREMENTS = ["Memiliki kantor kampung yang dapat dipakai sebagai pos layanan digital.",
                "Tersedia listrik paling sedikit 6 jam sehari, dari PLN maupun panel surya.",
                "Kepala kampung menunjuk satu operator kampung berusia 18 sampai 35 tahun.",
                "Menyediakan biaya pemeliharaan dari Dana Kampung paling sedikit Rp6 juta per tahun.",
                "Belum terjangkau jaringan seluler 4G di kantor kampung.",
                "Usulan disetujui dalam musyawarah kampung dan diketahui kepala distrik.",
                "Bersedia melaporkan pemakaian internet setiap bulan melalui aplikasi SiKampung."]
for n, text in enumerate(REQUIREMENTS[:4], 1): right.item(n, text)
footnotes(p1, [(1, "Kampung adalah sebutan untuk desa di Kabupaten Jayapura, yang memiliki 139 kampung dan 5 kelurahan di 19 distrik."),
               (2, "Kecepatan setiap titik akses paling sedikit 20 Mbps dengan kuota tanpa batas.")])
p1.ops.append(p1.text(292, 40, "1", 9))

one = Column(p2, FULL, 790, WIDE)
for n, text in enumerate(REQUIREMENTS[4:], 5): one.item(n, text)
one.heading("Jadwal Pengusulan", outline)
one.para("Kepala kampung mengirim usulan ke Diskominfo melalui kepala distrik paling lambat 31 Maret 2026. Verifikasi "
         "lapangan berlangsung April sampai Mei 2026, daftar kampung terpilih diumumkan pada 15 Juni 2026, dan perangkat "
         "dipasang Juni sampai September 2026.")
one.heading("Operator Kampung", outline)
one.para("Operator kampung mengikuti pelatihan selama 5 hari di Sentani sebelum pos layanan dibuka. Operator menerima "
         "honor Rp1.500.000 per bulan dari APBD Kabupaten Jayapura dan bertugas paling sedikit 4 hari dalam seminggu.",
         notes={"bulan": 3})
one.heading("Pendanaan", outline)
one.para("Anggaran Kampung Digital tahun 2026 sebesar Rp7,2 miliar dari APBD Kabupaten Jayapura, untuk perangkat "
         "satelit, sewa kapasitas, pelatihan dan honor operator. Biaya pemeliharaan perangkat setelah pemasangan "
         "ditanggung kampung.")
one.heading("Kontak", outline)
one.para("Bidang Infrastruktur TIK, Dinas Komunikasi dan Informatika Kabupaten Jayapura, Jalan Raya Sentani Nomor 8, "
         "Sentani. Surel kampungdigital@jayapurakab.go.id, WhatsApp 0811-4870-2026.")
footnotes(p2, [(3, "Honor dibayarkan setiap tiga bulan melalui rekening Bank Papua.")])
p2.ops.append(p2.text(292, 40, "2", 9))
write_pdf(os.path.join(HERE, "juknis-kampung-digital-kabupaten-jayapura-2026.pdf"), [p1.ops, p2.ops],
          "<< /Title (Petunjuk Teknis Program Kampung Digital Kabupaten Jayapura Tahun 2026) "
          "/Author (Diskominfo Kabupaten Jayapura) /Creator (Writer) /Producer (LibreOffice 7.6) "
          "/CreationDate (D:20260120090000+09'00') >>", outline=outline, structure=structure)

# ---------- DOCX: the service standard of Kota Jayapura's emergency line ----------
def r(text, bold=False, tag="t"):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:{tag} xml:space="preserve">{esc(text)}</w:{tag}></w:r>'
def ins(text, n): return f'<w:ins w:id="{n}" w:author="Sekretariat" w:date="2026-01-02T09:00:00Z">{r(text)}</w:ins>'
def dele(text, n): return f'<w:del w:id="{n}" w:author="Sekretariat" w:date="2026-01-02T09:00:00Z">{r(text, tag="delText")}</w:del>'
def move(kind, text, n):
    """A moved sentence: moveFrom (its old place, shown struck through) or moveTo (its new place), as Word marks them."""
    body = r(text, tag="delText" if kind == "moveFrom" else "t")
    return (f'<w:{kind}RangeStart w:id="{n}" w:author="Sekretariat" w:date="2026-01-02T09:00:00Z" w:name="move1"/>'
            f'<w:{kind} w:id="{n + 1}" w:author="Sekretariat" w:date="2026-01-02T09:00:00Z">{body}</w:{kind}>'
            f'<w:{kind}RangeEnd w:id="{n}"/>')
def field(instr, shown):
    """A complex field: its instruction between begin and separate, its last result after separate."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
def p(*parts, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + "</w:pPr>"
    return f"<w:p>{ppr}{''.join(x if x.startswith('<') else r(x) for x in parts)}</w:p>"
def tc(content, merge=None, width=2200):
    vm = {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}.get(merge, "")
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}</w:tcPr>{content}</w:tc>'

RESPONSE = [("Kesehatan", [("Kecelakaan lalu lintas", "PSC 119 Dinas Kesehatan", "15 menit"),
                           ("Ibu akan melahirkan", "PSC 119 dan RSUD Abepura", "15 menit")]),
            ("Kebakaran dan penyelamatan", [("Kebakaran rumah atau gedung", "Dinas Pemadam Kebakaran", "10 menit"),
                                            ("Evakuasi hewan liar seperti ular dan buaya", "Dinas Pemadam Kebakaran", "30 menit")]),
            ("Bencana", [("Banjir dan tanah longsor", "BPBD Kota Jayapura", "30 menit")]),
            ("Keamanan", [("Tindak kejahatan dan perkelahian", "Polresta Jayapura Kota", "20 menit")])]
def response_table():
    head = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(
        tc(p(r(h, True))) for h in ("Kategori", "Jenis kejadian", "Instansi yang menangani", "Target waktu tiba")) + "</w:tr>"
    rows = []
    for category, events in RESPONSE:
        for i, (event, office, time) in enumerate(events):
            first = tc(p(r(category, True)) if i == 0 else p(), "restart" if i == 0 else "continue")
            rows.append("<w:tr>" + first + tc(p(event)) + tc(p(office)) + tc(p(time)) + "</w:tr>")
    grid = "".join('<w:gridCol w:w="2200"/>' for _ in range(4))
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{head}{"".join(rows)}</w:tbl>'

FAQ = [("Apakah menelepon 112 dikenai biaya?",
        ["Tidak, panggilan ke 112 gratis dari semua operator seluler.", "Nomor 112 tetap bisa dihubungi walau pulsa habis."]),
       ("Apa akibatnya bila menelepon iseng?",
        ["Nomor yang tiga kali menelepon iseng diblokir selama 3 x 24 jam.", "Pelaku yang mengulanginya dilaporkan ke polisi."]),
       ("Bisakah melapor tanpa menelepon?",
        ["Bisa, lewat WhatsApp 0811-4800-0112 khusus pesan teks.", "Warga tuli atau sulit bicara dapat memakai panggilan video di aplikasi."])]
def faq_table():
    head = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc(p(r("Pertanyaan", True)), width=3600) + tc(p(r("Jawaban", True)), width=5200) + "</w:tr>"
    rows = [("<w:tr>" + tc(p(q), width=3600) + tc("".join(p(a, style="ListBullet", num=9) for a in answers), width=5200) + "</w:tr>")
            for q, answers in FAQ]
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="5200"/></w:tblGrid>{head}{"".join(rows)}</w:tbl>'

MOVED = "Informasi lengkap dan peta posko tersedia di laman "
standard = "".join([
    p(r("STANDAR PELAYANAN JAYAPURA SIAGA 112", True), style="Title"),
    p("Pemerintah Kota Jayapura - Dinas Komunikasi dan Informatika", style="Subtitle"),
    p("Tentang Layanan", style="Heading1"),
    p("Jayapura Siaga 112 adalah layanan panggilan darurat terpadu Pemerintah Kota Jayapura yang melayani 24 jam setiap "
      "hari dan bebas pulsa. Layanan ini diluncurkan pada ", dele("1 Desember 2025", 1), ins("5 Januari 2026", 2),
      " dan merupakan quick win pilar smart living dalam masterplan smart city Kota Jayapura."),
    p("Panggilan diterima operator di Command Center Kota Jayapura, Jalan Balai Kota Nomor 1, Jayapura Utara. Setiap "
      "panggilan dijawab paling lambat ", dele("20", 3), ins("10", 4), " detik. ",
      move("moveFrom", MOVED + "siaga112.jayapurakota.go.id.", 5)),
    p("Jenis Kejadian dan Waktu Tanggap", style="Heading1"),
    p("Tabel ", field("SEQ Tabel \\* ARABIC", "1"), ". Target waktu tiba petugas di lokasi menurut jenis kejadian", style="Caption"),
    response_table(),
    p("Alur Penanganan Panggilan", style="Heading1"),
    p("Operator menjawab panggilan dan menanyakan lokasi serta jenis kejadian.", num=5),
    p("Operator mencatat laporan di sistem dan memberi nomor tiket kepada pelapor.", num=5),
    p("Laporan diteruskan ke instansi yang menangani melalui radio dan aplikasi dalam 2 menit.", num=5),
    p("Petugas instansi berangkat dan mengirim posisinya melalui aplikasi.", num=5),
    p("Operator menelepon balik pelapor untuk memastikan kejadian sudah ditangani.", num=5),
    p("Pelaporan Melalui Aplikasi", style="Heading1"),
    p("Unduh aplikasi Jayapura Siaga di Play Store atau App Store.", num=6),
    p("Daftar dengan NIK dan nomor telepon yang aktif.", num=6),
    p("Tekan tombol merah lalu kirim foto kejadian; lokasi terkirim otomatis.", num=6),
    p("Pantau status laporan sampai petugas tiba.", num=6),
    p('<w:moveToRangeStart w:id="7" w:author="Sekretariat" w:date="2026-01-02T09:00:00Z" w:name="move1"/>'
      f'<w:moveTo w:id="8" w:author="Sekretariat" w:date="2026-01-02T09:00:00Z">{r(MOVED)}</w:moveTo>'
      '<w:moveToRangeEnd w:id="7"/>',
      field('HYPERLINK "https://siaga112.jayapurakota.go.id"', "siaga112.jayapurakota.go.id"), "."),
    p("Tanya Jawab", style="Heading1"),
    faq_table(),
    '<w:sectPr><w:footerReference w:type="default" r:id="rId11"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
])
standard_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:rPr><w:i/><w:sz w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>')
# one abstract decimal list; a w:num per section restarting it at 1; a bullet list for the FAQ answers
standard_numbering = numbering((5, 0, "decimal", "%1.", 1), (9, 1, "bullet", "\u2022", None)).replace(
    '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>',
    '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:p><w:r><w:t xml:space="preserve">Standar Pelayanan Jayapura Siaga 112 - Halaman </w:t></w:r>'
          + field("PAGE", "1") + '<w:r><w:t xml:space="preserve"> dari </w:t></w:r>' + field("NUMPAGES", "2") + '</w:p></w:ftr>')
write_docx(os.path.join(HERE, "standar-pelayanan-jayapura-siaga-112.docx"), standard, standard_styles, standard_numbering,
           core("Diskominfo Kota Jayapura", "2026-01-05", "Standar Pelayanan Jayapura Siaga 112"), footer_xml=FOOTER)

# ---------- HTML: Kota Jayapura's electronic parking, from a CMS laid out in divs ----------
FARES = [("1", "Sepeda motor", "Rp2.000", "Rp1.000"), ("2", "Mobil penumpang", "Rp4.000", "Rp2.000"),
         ("3", "Mobil barang dan pikap", "Rp5.000", "Rp3.000"), ("4", "Bus dan truk", "Rp10.000", "Rp5.000")]
POINTS = [("Jayapura Utara", "14", "28"), ("Jayapura Selatan", "11", "20"), ("Abepura", "9", "16"),
          ("Heram", "4", "7"), ("Muara Tami", "2", "3")]
fares = "\n".join(f"          <tr><td>{n}</td><td>{kind}</td><td>{a}</td><td>{b}</td></tr>" for n, kind, a, b in FARES)
points = "\n".join(f"          <tr><td>{d}</td><td>{a}</td><td>{b}</td></tr>" for d, a, b in POINTS)
html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Parkir Elektronik | Dinas Perhubungan Kota Jayapura</title>
</head>
<body class="page-node-type-layanan">
<div class="wrapper">
  <div class="site-header"><div class="site-name">Dinas Perhubungan Kota Jayapura</div>
    <div class="menu"><a href="/">Beranda</a> | <a href="/layanan">Layanan</a> | <a href="/berita">Berita</a> | <a href="/kontak">Kontak</a></div></div>
  <div class="crumbs"><a href="/">Beranda</a> &raquo; <a href="/layanan">Layanan</a> &raquo; <span>Parkir Elektronik</span></div>
  <div class="row">
    <div class="col-main">
      <div class="title page-title">Parkir Elektronik (e-Parking) Kota Jayapura</div>
      <div class="submitted">Diperbarui 12 Februari 2026 oleh Admin Dishub</div>
      <div class="node-body">
        <p>Sejak 2 Februari 2026 parkir di tepi jalan pada 40 titik di Kota Jayapura dibayar secara elektronik. Juru parkir
        resmi memakai rompi biru dan membawa mesin pembayaran. Parkir elektronik adalah quick win pilar smart living dalam
        masterplan smart city Kota Jayapura dan dikelola Dinas Perhubungan bersama Bapenda.</p>
        <div class="title">Ketentuan Umum</div>
        <dl class="ketentuan">
          <dt>Jam berlaku</dt><dd>Senin sampai Sabtu pukul 07.00-21.00 WIT. Hari Minggu dan hari libur nasional parkir di tepi jalan tidak dipungut biaya.</dd>
          <dt>Cara membayar</dt><dd>QRIS dari aplikasi bank atau dompet digital apa pun, atau kartu uang elektronik yang ditempel ke mesin juru parkir. Uang tunai tidak diterima.</dd>
          <dt>Bukti bayar</dt><dd>Struk elektronik dikirim ke ponsel atau dicetak oleh mesin juru parkir.</dd>
          <dt>Denda</dt><dd>Kendaraan yang parkir di luar titik resmi pada ruas jalan e-parking didenda Rp100.000 dan dapat diderek.</dd>
        </dl>
        <p><strong>Tarif Parkir</strong></p>
        <table class="table table-bordered">
          <thead>
            <tr><th rowspan="2">No</th><th rowspan="2">Jenis kendaraan</th><th colspan="2">Tarif parkir</th></tr>
            <tr><th>Jam pertama</th><th>Setiap jam berikutnya</th></tr>
          </thead>
          <tbody>
{fares}
          <tr><td>5</td><td>Kendaraan listrik</td><td rowspan="2" colspan="2">Gratis</td></tr>
          <tr><td>6</td><td>Kendaraan penyandang disabilitas</td></tr>
          </tbody>
        </table>
        <div class="title">Titik Parkir per Distrik</div>
        <table class="table">
          <thead><tr><th>Distrik</th><th>Titik parkir elektronik</th><th>Juru parkir resmi</th></tr></thead>
          <tbody>
{points}
          <tr><td><b>Jumlah</b></td><td><b>40</b></td><td><b>74</b></td></tr>
          </tbody>
        </table>
        <p><strong>Pengaduan</strong></p>
        <p>Pungutan tunai atau juru parkir tanpa rompi dapat dilaporkan ke WhatsApp Dishub 0821-9800-4411 dengan foto dan lokasi.</p>
      </div>
    </div>
    <div class="col-side">
      <div class="block block-views"><div class="title">Berita Lainnya</div>
        <div class="views-row"><a href="/berita/uji-coba">Uji coba parkir berbayar Rp3.000 di Entrop</a> <span class="date">10 Oktober 2025</span></div>
        <div class="views-row"><a href="/berita/bus-damri">Bus sekolah gratis Kota Jayapura tambah rute</a> <span class="date">5 Januari 2026</span></div>
      </div>
    </div>
  </div>
  <div class="site-footer">&copy; 2026 Dinas Perhubungan Kota Jayapura. Jl. Ahmad Yani No. 5, Jayapura.</div>
</div>
</body>
</html>
"""
open(os.path.join(HERE, "parkir-elektronik-kota-jayapura.html"), "w", encoding="utf-8").write(html)
