#!/usr/bin/env python3
"""Builds the documents of the twenty-fifth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF budget guideline whose cost table is drawn as a full grid of stroked ruling lines (vertical and horizontal, a
shaded header row), cells of two to four lines with the short cells (number, ceiling) set vertically centred in their
row, the table continued on page 2 under its repeated header, and a running footer "… - hal. n" on every page;
a DOCX monitoring-visit report whose sections sit inside block content controls (w:sdt) with a heading style inside,
whose particulars are a borderless label/value table, whose facts partly live in endnotes (not footnotes), with a
landscape section holding a findings table whose first column names the quick win, and a glossary typed as
"term<tab>definition" paragraphs with a hanging indent;
an HTML programme page with a table whose rows are headed by <th scope="row"> (stages as columns, properties as rows)
under a caption, a glossary in a <dl> whose entries are grouped in <div>s with two <dd>s for one term, abbreviations
given only in <abbr title>, an <aside> note that carries a deadline, and site furniture (nav, footer).
Run from this folder: python3 make_fixtures.py"""
import os, sys, zipfile, io
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the budget guideline ----------
S, LEAD, SMALL, CELL_LEAD, PAD = 11, 15, 9, 11, 4

def op(font, size, x, y, text): return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"
def stroke(x1, y1, x2, y2): return f"0.6 w 0 0 0 RG {x1} {y1} m {x2} {y2} l S"
def shade(x, y, w, h): return f"0.85 0.85 0.85 rg {x} {y} {w} {h} re f 0 0 0 rg"

_WIDTHS = {**dict.fromkeys("ijl", 222), **dict.fromkeys("ftI ", 278), "r": 333, **dict.fromkeys("(),.-/;:", 278),
           **dict.fromkeys("ckszvy", 500), **dict.fromkeys("mM", 833), "w": 722, "%": 889, "W": 944}

def fits(text, width, font=R, size=SMALL):
    return sum(_WIDTHS.get(ch, 667 if ch.isupper() else 556) for ch in text) * size / 1000 * (1.05 if font == B else 1) <= width

def wrap(text, width, font=R):
    lines = []
    for word in text.split():
        if lines and fits(lines[-1] + " " + word, width, font): lines[-1] += " " + word
        else: lines.append(word)
    return lines

class Page:
    def __init__(self, n):
        self.ops, self.y = [], 780
        self.ops += [op(R, 8, 72, 50, "Pedoman Dana Pendampingan Smart City Provinsi Gorontalo 2026"),
                     op(R, 8, 470, 50, f"Pedoman - hal. {n}")]
    def gap(self, h): self.y -= h
    def line(self, x, text, font=R, size=S): self.ops.append(op(font, size, x, self.y, text)); self.y -= LEAD
    def para(self, text, x=72, width=92):
        import textwrap
        for part in textwrap.wrap(text, width): self.line(x, part)
    def centre(self, text, font=B, size=13):
        self.ops.append(op(font, size, round((595 - len(text) * size * 0.55) / 2, 2), self.y, text)); self.y -= size + 5
    def heading(self, text): self.gap(6); self.line(72, text, B)

# Column edges of the grid (points): No | Komponen Kegiatan | Pagu Maksimal | Ketentuan dan Bukti Pertanggungjawaban
EDGES = [72, 100, 220, 310, 523]

def grid_row(page, cells, font=R, header=False):
    """One row of the ruled grid: wrapped cells, the row as tall as its longest cell, one-line cells centred
    vertically, a horizontal rule under the row and vertical rules at every column edge."""
    widths = [b - a - 2 * PAD for a, b in zip(EDGES, EDGES[1:])]
    wrapped = [wrap(c, w, font) or [""] for c, w in zip(cells, widths)]
    lines = max(len(w) for w in wrapped)
    height = lines * CELL_LEAD + 2 * PAD
    top = page.y
    if header: page.ops.append(shade(EDGES[0], top - height, EDGES[-1] - EDGES[0], height))
    for x, cell in zip(EDGES, wrapped):
        first = top - PAD - 8 - (lines - len(cell)) * CELL_LEAD / 2
        for i, text in enumerate(cell):
            page.ops.append(op(font, SMALL, x + PAD, round(first - i * CELL_LEAD, 2), text))
    page.ops.append(stroke(EDGES[0], top - height, EDGES[-1], top - height))
    for x in EDGES: page.ops.append(stroke(x, top, x, top - height))
    page.y = top - height

def grid_header(page):
    page.ops.append(stroke(EDGES[0], page.y, EDGES[-1], page.y))
    grid_row(page, ["No", "Komponen Kegiatan", "Pagu Maksimal", "Ketentuan dan Bukti Pertanggungjawaban"], B, True)

COSTS = [
    ["1.", "Reviu dan pemutakhiran masterplan smart city", "Rp150.000.000",
     "Dikerjakan bersama tenaga ahli yang berpengalaman menyusun masterplan paling sedikit dua kali; bukti berupa "
     "kontrak, laporan akhir dan berita acara serah terima dokumen."],
    ["2.", "Bimbingan teknis aparatur perangkat daerah", "Rp75.000.000",
     "Peserta paling sedikit 30 ASN dari lima perangkat daerah yang berbeda; bukti berupa daftar hadir, modul dan "
     "foto kegiatan."],
    ["3.", "Pengembangan aplikasi quick win", "Rp200.000.000",
     "Aplikasi wajib berjalan di pusat data daerah dan kode sumbernya diserahkan kepada pemerintah daerah; bukti "
     "berupa kontrak dan dokumen uji fungsi."],
    ["4.", "Literasi digital warga", "Rp50.000.000",
     "Dilaksanakan paling sedikit di empat kelurahan atau desa; bukti berupa daftar hadir warga dan laporan "
     "kegiatan."],
    ["5.", "Sewa layanan komputasi awan", "Rp60.000.000",
     "Hanya penyedia yang pusat datanya berada di Indonesia, dengan masa kontrak paling lama 12 bulan."],
    ["6.", "Honorarium narasumber", "Rp25.000.000",
     "Mengikuti standar biaya masukan Provinsi Gorontalo tahun 2026; narasumber dari luar daerah paling banyak "
     "dua orang."],
]

p1 = Page(1)
p1.centre("PEDOMAN PEMANFAATAN DANA PENDAMPINGAN SMART CITY")
p1.centre("PROVINSI GORONTALO TAHUN ANGGARAN 2026")
p1.heading("I. Sumber dan Besaran Dana")
p1.para("Dana pendampingan smart city berasal dari APBD Provinsi Gorontalo tahun 2026 dalam bentuk bantuan keuangan "
        "khusus sebesar Rp3 miliar. Dana dibagikan kepada enam kabupaten/kota, masing-masing paling banyak "
        "Rp500.000.000 (lima ratus juta rupiah).")
p1.heading("II. Pengajuan Rencana Anggaran")
p1.para("Kabupaten/kota mengajukan rencana anggaran biaya kepada Bappeda Provinsi Gorontalo paling lambat "
        "27 Februari 2026. Rencana anggaran yang lengkap diverifikasi dalam 14 hari kerja sejak diterima.")
p1.heading("III. Komponen yang Dapat Dibiayai")
p1.para("Dana hanya boleh dipakai untuk komponen pada tabel berikut, masing-masing sampai pagu maksimalnya.")
p1.gap(6); grid_header(p1)
for r in COSTS[:3]: grid_row(p1, r)

p2 = Page(2)
grid_header(p2)
for r in COSTS[3:]: grid_row(p2, r)
p2.gap(12)
p2.heading("IV. Larangan Penggunaan Dana")
p2.para("Dana pendampingan tidak boleh dipakai untuk membeli kendaraan dinas, membiayai perjalanan ke luar negeri, "
        "atau membangun maupun merenovasi gedung.")
p2.heading("V. Pelaporan dan Pengembalian Sisa Dana")
p2.para("Laporan realisasi penggunaan dana disampaikan kepada Gubernur melalui Bappeda paling lambat 15 Desember "
        "2026. Sisa dana yang tidak terpakai disetor kembali ke kas daerah Provinsi Gorontalo paling lambat "
        "31 Desember 2026.")
p2.heading("VI. Narahubung")
p2.para("Pertanyaan tentang pedoman ini dapat disampaikan kepada Bidang Perencanaan Infrastruktur Bappeda Provinsi "
        "Gorontalo melalui surel danasmartcity@bappeda.gorontaloprov.go.id.")
p2.gap(16)
for text in ("Gorontalo, 12 Januari 2026", "KEPALA BAPPEDA PROVINSI GORONTALO,", "", "", "ttd", "",
             "Ir. RAHMAN HASAN, M.T."):
    p2.line(330, text)

write_pdf(os.path.join(HERE, "pedoman-dana-pendampingan-smart-city-gorontalo-2026.pdf"), [p1.ops, p2.ops],
          "<< /Title (Pedoman Dana Pendampingan Smart City Gorontalo 2026) /Author (Bappeda Provinsi Gorontalo) "
          "/CreationDate (D:20260112080000) >>")

# ---------- DOCX: the monitoring-visit report ----------
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def r(text, bold=False):
    return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

def endnote_ref(n): return f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{n}"/></w:r>'

def p(text, style=None, notes=()):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{r(text)}{''.join(endnote_ref(n) for n in notes)}</w:p>"

def block(alias, *paras):
    """A block content control around a section, as a report template sets one per part to be filled in."""
    tag = alias.lower().replace(" ", "-")
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{sum(map(ord, tag)) * 37 % 90000 + 10000}"/>'
            f'<w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>')

def plain_cell(text, width, bold=False):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            + "".join(f"<w:p>{r(part, bold)}</w:p>" for part in text.split("\n")) + "</w:tc>")

def particulars(rows):
    borders = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="300"/><w:gridCol w:w="6000"/></w:tblGrid>'
            + "".join(f"<w:tr>{plain_cell(a, 2600)}{plain_cell(':', 300)}{plain_cell(b, 6000)}</w:tr>" for a, b in rows)
            + "</w:tbl>")

def findings(header, rows):
    widths = (3000, 3800, 3800, 3800)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>'
            + '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(plain_cell(h, w, True) for h, w in zip(header, widths)) + "</w:tr>"
            + "".join("<w:tr>" + "".join(plain_cell(c, w, i == 0) for i, (c, w) in enumerate(zip(row, widths))) + "</w:tr>"
                      for row in rows) + "</w:tbl>")

def term(word, meaning):
    return (f'<w:p><w:pPr><w:pStyle w:val="Glosarium"/><w:tabs><w:tab w:val="left" w:pos="2268"/></w:tabs>'
            f'<w:ind w:left="2268" w:hanging="2268"/></w:pPr>{r(word, True)}<w:r><w:tab/></w:r>{r(meaning)}</w:p>')

portrait_break = ('<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                  '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:pPr></w:p>')
landscape_break = ('<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                   '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:pPr></w:p>')

report = "".join([
    p("LAPORAN KUNJUNGAN MONITORING SMART CITY", "Title"),
    p("Kabupaten Pohuwato, Provinsi Gorontalo", "Subtitle"),
    particulars([
        ("Tanggal kunjungan", "10 dan 11 Maret 2026"),
        ("Tempat", "Kantor Bupati Pohuwato dan tiga lokasi quick win di Marisa"),
        ("Tim monitoring", "Dinas Komunikasi dan Informatika Provinsi Gorontalo (tiga orang), diketuai Sri Wahyuni Katili, S.Kom."),
        ("Diterima oleh", "Asisten Administrasi Umum Sekretariat Daerah Kabupaten Pohuwato"),
    ]),
    block("Tujuan",
          p("Tujuan Kunjungan", "Heading1"),
          p("Kunjungan ini memeriksa kemajuan tiga quick win yang ditetapkan dalam masterplan smart city Kabupaten "
            "Pohuwato dan mencatat kendala yang perlu dibantu oleh provinsi.")),
    block("Temuan Umum",
          p("Temuan Umum", "Heading1"),
          p("Dewan Smart City Kabupaten Pohuwato sudah dibentuk dengan keputusan bupati, tetapi belum pernah rapat "
            "sejak dibentuk pada Oktober 2025."),
          p("Pengelolaan aplikasi quick win baru ditangani oleh dua operator di Dinas Komunikasi dan Informatika "
            "Kabupaten Pohuwato.", notes=(1,))),
    landscape_break,
    block("Temuan per Quick Win",
          p("Temuan per Quick Win", "Heading1"),
          findings(["Quick Win", "Capaian", "Kendala", "Tindak Lanjut"], [
              ["Pohuwato Sehat Daring (antrean puskesmas)",
               "Dipakai di 9 dari 16 puskesmas; rata-rata waktu tunggu turun dari 95 menit menjadi 40 menit.",
               "Jaringan internet sering putus di Kecamatan Popayato Barat.",
               "Dinas Kesehatan memasang modem cadangan di 7 puskesmas yang belum terhubung."],
              ["Tani Pintar Pohuwato (informasi harga jagung)",
               "1.250 petani terdaftar dan harga jagung diperbarui setiap hari kerja.",
               "Banyak petani belum memiliki telepon pintar.",
               "Penyuluh pertanian membacakan harga harian di balai desa."],
              ["E-Retribusi Pasar Sentral Marisa",
               "Penerimaan retribusi pasar naik 18 persen dibanding triwulan yang sama tahun lalu.",
               "Sebagian pedagang masih membayar tunai kepada petugas.",
               "Dinas Perdagangan menyiapkan kartu QRIS untuk 120 pedagang."],
          ])),
    portrait_break,
    block("Rekomendasi",
          p("Rekomendasi", "Heading1"),
          p("Dewan Smart City Kabupaten Pohuwato diminta menggelar rapat pertamanya paling lambat akhir April 2026."),
          p("Pemerintah kabupaten disarankan menambah empat operator aplikasi pada tahun 2026.", notes=(2,)),
          p("Data ketiga quick win dihubungkan ke portal Satu Data Provinsi Gorontalo.")),
    block("Tindak Lanjut",
          p("Jadwal Kunjungan Berikutnya", "Heading1"),
          p("Kunjungan monitoring berikutnya dijadwalkan pada Agustus 2026 untuk memeriksa pelaksanaan rekomendasi "
            "ini.")),
    block("Glosarium",
          p("Glosarium", "Heading1"),
          term("Quick win", "program smart city berdampak cepat yang dapat dirasakan warga dalam satu tahun anggaran."),
          term("Operator", "pegawai yang mengelola data dan akun pengguna sebuah aplikasi sehari-hari."),
          term("Retribusi", "pungutan daerah atas layanan yang diberikan pemerintah daerah, misalnya tempat berjualan di pasar.")),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>',
])

ENDNOTES = {
    1: "Kedua operator tersebut juga merangkap pengelola situs web pemerintah kabupaten.",
    2: "Usulan penambahan operator dibiayai dari dana pendampingan Provinsi Gorontalo sesuai pedoman tahun 2026.",
}

def endnotes_xml(notes):
    sep = '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>' \
          '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
    body = "".join(f'<w:endnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr>'
                   f'<w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>{r(" " + t)}</w:p></w:endnote>'
                   for i, t in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {W_NS}>{sep}{body}</w:endnotes>'

docx_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="26"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Glosarium"><w:name w:val="Glosarium"/><w:basedOn w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
)
docx_path = os.path.join(HERE, "laporan-kunjungan-monitoring-smart-city-pohuwato-2026.docx")
write_docx(docx_path, report, docx_styles, numbering(), core("Diskominfo Provinsi Gorontalo", "2026-03-16",
           "Laporan Kunjungan Monitoring Smart City Kabupaten Pohuwato"))
# The shared writer knows footnotes only: add the endnotes part, its content type and its relationship.
with zipfile.ZipFile(docx_path) as z: parts = {n: z.read(n) for n in z.namelist()}
parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>",
    b'<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>",
    b'<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>')
parts["word/endnotes.xml"] = endnotes_xml(ENDNOTES).encode()
with zipfile.ZipFile(docx_path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items(): z.writestr(name, data)

# ---------- HTML: the programme page ----------
HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Kampung Digital Kota Gorontalo 2026 | Dinas Kominfo Kota Gorontalo</title>
<meta name="description" content="Program Kampung Digital Kota Gorontalo tahun 2026: tahapan, kelurahan sasaran, pagu dan istilah.">
</head>
<body>
<header class="site-header"><a class="brand" href="/">Dinas Komunikasi dan Informatika Kota Gorontalo</a>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/layanan">Layanan</a></li>
<li><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li></ul></nav></header>
<main>
<article>
<h1>Program Kampung Digital Kota Gorontalo 2026</h1>
<p class="meta">Diperbarui 2 Februari 2026 oleh Bidang <abbr title="Teknologi Informasi dan Komunikasi">TIK</abbr></p>
<p>Kampung Digital adalah quick win smart city Kota Gorontalo yang menyiapkan kelurahan agar warganya bisa memakai
layanan publik daring dan memasarkan produk <abbr title="usaha mikro, kecil, dan menengah">UMKM</abbr> secara
daring. Setiap kelurahan peserta mendapat jaringan internet publik di kantor kelurahan, pelatihan kader digital dan
pendampingan selama enam bulan.</p>

<h2>Tahapan dan Sasaran</h2>
<table class="table">
<caption>Tahapan Program Kampung Digital 2026</caption>
<thead><tr><td></td><th scope="col">Tahap I</th><th scope="col">Tahap II</th></tr></thead>
<tbody>
<tr><th scope="row">Waktu pelaksanaan</th><td>April sampai Juni 2026</td><td>Agustus sampai Oktober 2026</td></tr>
<tr><th scope="row">Jumlah kelurahan sasaran</th><td>10 kelurahan</td><td>15 kelurahan</td></tr>
<tr><th scope="row">Pagu per kelurahan</th><td>Rp40 juta</td><td>Rp35 juta</td></tr>
<tr><th scope="row">Penanggung jawab</th><td>Dinas Komunikasi dan Informatika</td><td>Dinas Koperasi dan UMKM</td></tr>
</tbody>
</table>

<h2>Syarat Kelurahan Peserta</h2>
<p>Kelurahan yang ingin ikut harus memiliki kantor kelurahan dengan listrik yang menyala 24 jam dan paling sedikit
tiga warga yang bersedia menjadi kader digital.</p>
<aside class="catatan"><p><strong>Catatan:</strong> usulan kelurahan disampaikan lewat camat kepada Dinas Kominfo
paling lambat 20 Maret 2026.</p></aside>

<h2>Istilah dalam Program</h2>
<dl class="glosarium">
<div><dt>Kader digital</dt><dd>Warga kelurahan yang dilatih selama lima hari untuk membantu tetangganya memakai layanan daring.</dd>
<dd>Setiap kader menerima insentif Rp500 ribu per bulan selama masa pendampingan.</dd></div>
<div><dt>Lapak Daring</dt><dd>Etalase produk UMKM kelurahan di aplikasi Gorontalo Belanja milik pemerintah kota.</dd></div>
<div><dt>Jam layanan digital</dt><dd>Waktu kantor kelurahan membuka bantuan layanan daring bagi warga, yaitu Senin sampai Jumat pukul 13.00-16.00.</dd></div>
</dl>

<h2>Kontak</h2>
<p>Informasi lebih lanjut: Bidang TIK Dinas Kominfo Kota Gorontalo, telepon (0435) 821777, surel
kampungdigital@gorontalokota.go.id.</p>
</article>
</main>
<footer><p>&copy; 2026 Dinas Komunikasi dan Informatika Kota Gorontalo. Jl. Nani Wartabone No. 1, Kota Gorontalo.</p></footer>
</body>
</html>
"""
open(os.path.join(HERE, "kampung-digital-kota-gorontalo-2026.html"), "w", encoding="utf-8").write(HTML)
