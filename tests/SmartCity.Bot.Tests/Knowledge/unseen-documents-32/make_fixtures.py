#!/usr/bin/env python3
"""Builds the documents of the thirty-second unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF quarterly report of Kabupaten Majene's smart street lighting printed from a layout program: its running header
and footer are one Form XObject drawn by "Do" on every page (text the page's own stream never holds), a grey "DRAF"
watermark set diagonally over each page, an achievements table whose narrow number columns are headed by text turned
90 degrees (running up the page, as a spreadsheet's rotated headers print) and closed by a bold totals row, and a
list of obstacles whose bullets are ZapfDingbats glyphs (a letter "l" in that font, drawn as a black dot) set apart
from their text;
a DOCX standard operating procedure (SOP, in the layout of the administration ministry's template) of the Majene
Creative Hub's room loans: an identity table of label/value rows beside the office's name, a two-by-two grid whose
every cell is a bold label over its content (Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan | Peralatan, Peringatan
| Pencatatan), and a procedure table under a two-row header (Pelaksana spanning four actor columns, Mutu Baku spanning
three) whose actor is marked only by a flowchart shape (a DrawingML shape with no text) in that actor's cell;
an HTML announcement of Majene's digital talent training published from Google Docs ("Publish to the web"): bold and
headings only through generated CSS classes (.c4{font-weight:700}), the title a <p class="title">, a numbered list of
requirements split into several <ol> that carry on through their start attribute around a sub-list whose nesting is
only a class (lst-kix_…-1) and a margin, a table of No | Kegiatan | Tanggal whose cells are <p><span>, a footnote
[1] linked to a note at the page's end, and Google's banner and footer.
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, pdf_text

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the quarterly report of PJU Cerdas, printed from a layout program ----------
BODY, LEAD, WIDTH = 10, 13.5, 98

def t(font, size, x, y, text): return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"
def up(font, size, x, y, text):
    """Text turned 90 degrees, running up the page from (x, y)."""
    return f"BT /{font} {size} Tf 0 1 -1 0 {x} {y} Tm ({pdf_text(text)}) Tj ET"
WATERMARK = "q 0.85 g BT /F2 96 Tf 0.7071 0.7071 -0.7071 0.7071 170 260 Tm (DRAF) Tj ET Q"
FURNITURE = "\n".join([
    t("F1", 8, 57, 812, "Laporan Triwulan I Tahun 2026 - PJU Cerdas Kabupaten Majene"),
    "0.5 w 57 806 m 538 806 l S",
    "0.5 w 57 48 m 538 48 l S",
    t("F1", 8, 57, 36, "Dinas Perhubungan Kabupaten Majene - dokumen internal, tidak untuk dikutip"),
])

class Page:
    def __init__(self, number):
        self.ops, self.y = [WATERMARK, "q /Fm1 Do Q"], 780
        self.ops.append(t("F1", 8, 500, 36, f"Hal. {number}/2"))
    def title(self, text, size=13):
        self.ops.append(t("F2", size, 57, self.y, text)); self.y -= size + 6
    def heading(self, text):
        self.y -= 8; self.ops.append(t("F2", 11, 57, self.y, text)); self.y -= LEAD + 3
    def para(self, text, x=57, width=WIDTH):
        for line in textwrap.wrap(text, width):
            self.ops.append(t("F1", BODY, x, self.y, line)); self.y -= LEAD
        self.y -= 5
    def bullet(self, text):
        """A ZapfDingbats "l" (a black dot) hung in the indent, its text set apart after it."""
        self.ops.append(t("F3", 7, 62, self.y + 1, "l"))
        self.para(text, x=76, width=WIDTH - 4)

LIGHTS = [("Banggae", 320, 312, 8, 400), ("Banggae Timur", 280, 271, 9, 340), ("Pamboang", 150, 146, 4, 200),
          ("Sendana", 140, 133, 7, 180), ("Tammerodo Sendana", 70, 68, 2, 100), ("Tubo Sendana", 60, 57, 3, 120),
          ("Malunda", 130, 118, 12, 160), ("Ulumanda", 40, 35, 5, 100)]
HEADS = [("PJU cerdas", "terpasang"), ("Menyala", "normal"), ("Rusak atau", "padam"), ("Target akhir", "2026")]
def lights_table(page):
    cols, top, head = [230, 300, 370, 440], page.y, 74
    page.ops.append(f"0.7 w 57 {top} m 538 {top} l S")
    page.ops.append(t("F2", 9, 62, top - head + 8, "Kecamatan"))
    for x, (a, b) in zip(cols, HEADS):       # two turned lines per header, side by side in a narrow column
        page.ops.append(up("F2", 9, x + 18, top - head + 6, a)); page.ops.append(up("F2", 9, x + 30, top - head + 6, b))
    y = top - head
    page.ops.append(f"0.7 w 57 {y} m 538 {y} l S")
    for name, *numbers in LIGHTS + [("Jumlah", *[sum(r[i] for r in LIGHTS) for i in range(1, 5)])]:
        y -= 15; font = "F2" if name == "Jumlah" else "F1"
        page.ops.append(t(font, 9, 62, y + 4, name))
        for x, n in zip(cols, numbers): page.ops.append(t(font, 9, x + 40 - len(f"{n:,}".replace(",", ".")) * 5, y + 4, f"{n:,}".replace(",", ".")))
    page.ops.append(f"0.7 w 57 {y} m 538 {y} l S")
    page.y = y - 14

p1, p2 = Page(1), Page(2)
p1.title("LAPORAN TRIWULAN I TAHUN 2026", 14)
p1.title("PENERANGAN JALAN UMUM CERDAS (PJU CERDAS) KABUPATEN MAJENE", 11)
p1.y -= 6
p1.heading("1. Ringkasan")
p1.para("PJU Cerdas adalah quick win pilar smart environment dalam masterplan smart city Kabupaten Majene. Lampu jalan "
        "lama diganti lampu LED yang dipantau dari Command Center Majene melalui jaringan LoRa. Setiap lampu meredup "
        "otomatis menjadi 50 persen pada pukul 23.00 sampai 05.00 WITA dan mengirim laporan sendiri ke dasbor bila padam. "
        "Program dijalankan Dinas Perhubungan sejak Oktober 2025.")
p1.heading("2. Capaian per Kecamatan")
p1.para("Keadaan lampu per 31 Maret 2026 menurut kecamatan:")
lights_table(p1)
p1.para("Lampu yang padam atau rusak sebagian besar disebabkan kabel yang dicuri dan sensor yang terendam air hujan.")

p2.heading("3. Penghematan Listrik")
p2.para("Tagihan listrik penerangan jalan turun dari rata-rata Rp412 juta per bulan pada 2025 menjadi Rp268 juta per "
        "bulan pada triwulan I 2026, atau hemat sekitar 35 persen. Penghematan dipakai untuk membiayai pemasangan tahap "
        "berikutnya.")
p2.heading("4. Kendala di Lapangan")
p2.bullet("Pencurian kabel di tiga ruas jalan poros Malunda sehingga 12 lampu padam.")
p2.bullet("Sinyal LoRa lemah di Kecamatan Ulumanda karena perbukitan, sehingga sebagian lampu tidak terpantau dari Command Center.")
p2.bullet("Pengiriman tiang dari Makassar terlambat satu bulan akibat cuaca buruk di Selat Makassar.")
p2.heading("5. Rencana Triwulan II")
p2.para("Pada triwulan II 2026 Dinas Perhubungan memasang 180 lampu PJU Cerdas tambahan di Kecamatan Tubo Sendana dan "
        "Ulumanda serta menambah dua gateway LoRa di Ulumanda. Pemasangan ditargetkan selesai akhir Juni 2026.")
p2.heading("6. Pengaduan Lampu Padam")
p2.para("Warga dapat melaporkan lampu padam melalui aplikasi Majene Terang atau WhatsApp 0852-4200-7788. Teknisi "
        "memperbaiki lampu paling lambat 2 x 24 jam setelah laporan diterima.")

def write_layout_pdf(path, pages, info):
    """Like fixture_documents.write_pdf, with the resources a layout program writes: a third font (ZapfDingbats) and
    the running header/footer kept as one Form XObject /Fm1 that every page draws."""
    objs = []
    def add(o): objs.append(o); return len(objs)
    fr = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    fb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    fz = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>")
    fonts = f"/Font << /F1 {fr} 0 R /F2 {fb} 0 R /F3 {fz} 0 R >>"
    form = FURNITURE.encode("cp1252")
    fm = add(f"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << {fonts} >> /Length {len(form)} >>\nstream\n".encode()
             + form + b"\nendstream")
    pages_id = len(objs) + 1 + 2 * len(pages)
    kids = []
    for ops in pages:
        stream = "\n".join(ops).encode("cp1252")
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] /Resources << {fonts} /XObject << /Fm1 {fm} 0 R >> >> /Contents {c} 0 R >>".encode()))
    assert add(("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>").encode()) == pages_id
    info_id = add(info.encode("cp1252"))
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out)); out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs)+1} /Root {catalog} 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, "wb").write(bytes(out))

write_layout_pdf(os.path.join(HERE, "laporan-triwulan-pju-cerdas-majene-2026.pdf"), [p1.ops, p2.ops],
                 "<< /Title (Laporan Triwulan I 2026 PJU Cerdas Kabupaten Majene) /Author (Dishub Majene) "
                 "/Creator (Adobe InDesign 19.0) /Producer (Adobe PDF Library 17.0) /CreationDate (D:20260408100000+08'00') >>")

# ---------- DOCX: the SOP of the Majene Creative Hub's room loans ----------
def r(text, bold=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def p(text="", bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{r(text, bold) if text else ''}</w:p>"
SHAPES = {"proses": "flowChartProcess", "mulai": "flowChartTerminator", "keputusan": "flowChartDecision"}
def shape(kind, n):
    """A flowchart shape as Word draws it: an inline DrawingML shape with no text, named and described in docPr."""
    return ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="540000" cy="270000"/>'
            f'<wp:docPr id="{n}" name="Bagan {n}" descr="Simbol {kind}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="540000" cy="270000"/></a:xfrm>'
            f'<a:prstGeom prst="{SHAPES[kind]}"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/>'
            '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
def tc(content, width=1200, span=1, merge=None, shade=False):
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + \
            {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}.get(merge, "") + \
            ('<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if shade else "")
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"
def tbl(rows, grid):
    cols = "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{cols}</w:tblGrid>{"".join(rows)}</w:tbl>'
def tr(*cells, header=False): return "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if header else "") + "".join(cells) + "</w:tr>"

IDENTITY = [("Nomor SOP", "045/SOP/DKISP/2026"), ("Tanggal Pembuatan", "6 Januari 2026"), ("Tanggal Revisi", "-"),
            ("Tanggal Efektif", "1 Februari 2026"), ("Disahkan oleh", "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Majene"),
            ("Nama SOP", "Peminjaman Ruang Majene Creative Hub")]
identity = tbl([tr(tc(p("PEMERINTAH KABUPATEN MAJENE", True, True) + p("DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN", True, True)
                      + p("UPT MAJENE CREATIVE HUB", True, True), 4200, merge="restart" if i == 0 else None)
                   if i == 0 else tc(p(), 4200, merge="continue"),
                   tc(p(label, True), 2000), tc(p(value), 3400)) for i, (label, value) in enumerate(IDENTITY)], [4200, 2000, 3400])
GRID = [(("Dasar Hukum", ["Peraturan Bupati Majene Nomor 12 Tahun 2025 tentang Masterplan Smart City Kabupaten Majene 2024-2028.",
                          "Peraturan Bupati Majene Nomor 3 Tahun 2026 tentang Pengelolaan Majene Creative Hub."]),
         ("Kualifikasi Pelaksana", ["Memahami aplikasi SiRuang.", "Mampu melayani pemohon dengan ramah dan cepat."])),
        (("Keterkaitan", ["SOP Pemeliharaan Sarana Majene Creative Hub."]),
         ("Peralatan/Perlengkapan", ["Komputer yang tersambung internet.", "Aplikasi SiRuang.", "WhatsApp layanan UPT."])),
        (("Peringatan", ["Bila SOP tidak dilaksanakan, satu ruang dapat dipinjamkan ganda pada jam yang sama."]),
         ("Pencatatan dan Pendataan", ["Buku register peminjaman dan rekap bulanan di aplikasi SiRuang."]))]
grid = tbl([tr(*(tc(p(label, True) + "".join(p(f"{i}. {x}" if len(items) > 1 else x) for i, x in enumerate(items, 1)), 4800)
                 for label, items in pair)) for pair in GRID], [4800, 4800])
ACTORS = ["Pemohon", "Petugas Layanan", "Pengelola Ruang", "Kepala UPT"]
STEPS = [("Mengisi formulir peminjaman daring di aplikasi SiRuang", 0, "mulai", "KTP dan proposal kegiatan", "10 menit", "Formulir terisi"),
         ("Memeriksa kelengkapan berkas permohonan", 1, "keputusan", "Formulir, KTP, proposal", "1 hari kerja", "Berkas lengkap"),
         ("Memeriksa jadwal dan kapasitas ruang yang diminta", 2, "proses", "Jadwal ruang", "1 hari kerja", "Ruang tersedia"),
         ("Menyetujui peminjaman dan menandatangani surat persetujuan", 3, "keputusan", "Berkas dan jadwal", "1 hari kerja", "Surat persetujuan"),
         ("Mengirim surat persetujuan dan kode akses pintu melalui WhatsApp", 1, "proses", "Surat persetujuan", "30 menit", "Kode akses ruang"),
         ("Memakai ruang, mengisi daftar hadir dan melapor selesai kepada petugas", 0, "mulai", "Daftar hadir", "Sesuai jadwal", "Berita acara pemakaian")]
W_NO, W_ACT, W_ACTOR, W_STD = 500, 2600, 1000, 1250
head1 = tr(tc(p("No", True, True), W_NO, merge="restart", shade=True), tc(p("Kegiatan", True, True), W_ACT, merge="restart", shade=True),
           tc(p("Pelaksana", True, True), W_ACTOR * 4, span=4, shade=True), tc(p("Mutu Baku", True, True), W_STD * 3, span=3, shade=True),
           tc(p("Keterangan", True, True), 1300, merge="restart", shade=True), header=True)
head2 = tr(tc(p(), W_NO, merge="continue", shade=True), tc(p(), W_ACT, merge="continue", shade=True),
           *(tc(p(a, True, True), W_ACTOR, shade=True) for a in ACTORS),
           *(tc(p(s, True, True), W_STD, shade=True) for s in ("Kelengkapan", "Waktu", "Output")),
           tc(p(), 1300, merge="continue", shade=True), header=True)
NOTES = {1: "Berkas tidak lengkap dikembalikan ke pemohon", 4: "Kode akses berlaku selama jam pinjam"}
rows = [tr(tc(p(str(i), center=True), W_NO), tc(p(text), W_ACT),
           *(tc(shape(kind, 10 * i + a) if a == actor else p(), W_ACTOR) for a in range(4)),
           tc(p(need), W_STD), tc(p(time), W_STD), tc(p(out), W_STD), tc(p(NOTES.get(i, "")), 1300))
        for i, (text, actor, kind, need, time, out) in enumerate(STEPS, 1)]
procedure = tbl([head1, head2] + rows, [W_NO, W_ACT] + [W_ACTOR] * 4 + [W_STD] * 3 + [1300])
sop = "".join([
    identity, p(), grid, p(),
    p("Ketentuan Peminjaman", True),
    p("Ruang Majene Creative Hub dipinjamkan gratis kepada komunitas, pelajar dan pelaku UMKM yang memiliki KTP Kabupaten "
      "Majene. Permohonan diajukan paling lambat 3 hari kerja sebelum tanggal pemakaian dan satu kegiatan boleh memakai "
      "ruang paling lama 8 jam dalam sehari. Seluruh proses selesai paling lama 3 hari kerja sejak formulir diterima."),
    '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>',
    p("Prosedur Peminjaman Ruang", True),
    procedure, p(),
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>',
])
NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
sop_styles = styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>')
path = os.path.join(HERE, "sop-peminjaman-ruang-majene-creative-hub.docx")
write_docx(path, sop, sop_styles, numbering(), core("DKISP Kabupaten Majene", "2026-01-06", "SOP Peminjaman Ruang Majene Creative Hub"))
# the drawing namespaces on the document element, as Word writes them
import zipfile, shutil
tmp = path + ".tmp"
with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "word/document.xml":
            data = data.decode().replace("<w:document ", f"<w:document {NS} ", 1).encode()
        dst.writestr(item, data)
shutil.move(tmp, path)

# ---------- HTML: the digital talent training announcement, published from Google Docs ----------
html = """<!DOCTYPE html>
<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pengumuman Pelatihan Talenta Digital Majene 2026</title>
<style type="text/css">#banners{background:#f1f3f4;padding:8px}#footer{color:#777;font-size:11px}
ol.lst-kix_req-0.start{counter-reset:lst-ctn-kix_req-0 0}ol.lst-kix_req-0{list-style-type:none}
.lst-kix_req-0>li:before{content:"" counter(lst-ctn-kix_req-0,decimal) ". "}.lst-kix_req-0>li{counter-increment:lst-ctn-kix_req-0}
ul.lst-kix_sub-1{list-style-type:none}.lst-kix_sub-1>li:before{content:"\\25cb   "}
.c0{margin-left:36pt;padding-left:0pt;line-height:1.15}.c1{margin-left:72pt;padding-left:0pt;line-height:1.15}
.c2{color:#000000;font-weight:400;font-size:11pt;font-family:"Arial"}.c4{color:#000000;font-weight:700;font-size:11pt;font-family:"Arial"}
.c5{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left}.c6{border-collapse:collapse;margin-right:auto}
.c7{font-size:16pt;font-weight:700}.c8{padding-top:18pt;padding-bottom:6pt}.c9{vertical-align:top;padding:5pt 5pt 5pt 5pt}
.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial"}
.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial"}
sup{vertical-align:super}</style></head>
<body class="doc-content">
<div id="banners"><div id="publish-banner">Diterbitkan menggunakan Google Dokumen</div><a href="#">Laporkan penyalahgunaan</a> <a href="#">Pelajari lebih lanjut</a> <span>Diperbarui secara otomatis setiap 5 menit</span></div>
<div id="contents">
<p class="c5 title" id="h.q1w2e3"><span class="c7">Pelatihan Talenta Digital Majene 2026</span></p>
<p class="c5 subtitle" id="h.r4t5y6"><span class="c2">Pengumuman Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Majene</span></p>
<p class="c5"><span class="c2">Pemerintah Kabupaten Majene membuka Pelatihan Talenta Digital Majene 2026 bagi 150 pemuda. Pelatihan ini adalah quick win pilar smart society dalam masterplan smart city Kabupaten Majene dan seluruh biayanya ditanggung APBD. Peserta dari luar Kecamatan Banggae dan Banggae Timur mendapat uang transport</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span class="c2">.</span></p>
<p class="c5 c8" id="h.kelas"><span class="c4">Kelas yang Dibuka</span></p>
<p class="c5"><span class="c2">Peserta memilih satu dari tiga kelas: </span><span class="c4">Desain Grafis</span><span class="c2"> (50 kursi), </span><span class="c4">Pemasaran Digital untuk UMKM</span><span class="c2"> (60 kursi) dan </span><span class="c4">Analisis Data</span><span class="c2"> (40 kursi). Setiap kelas dibimbing dua mentor dari industri.</span></p>
<p class="c5 c8" id="h.syarat"><span class="c4">Persyaratan Peserta</span></p>
<ol class="c3 lst-kix_req-0 start" start="1">
<li class="c0 li-bullet-0"><span class="c2">Warga Kabupaten Majene, dibuktikan dengan KTP atau surat keterangan domisili.</span></li>
<li class="c0 li-bullet-0"><span class="c2">Berusia 18 sampai 30 tahun pada 1 April 2026.</span></li>
<li class="c0 li-bullet-0"><span class="c2">Berpendidikan paling rendah SMA, SMK atau sederajat.</span></li>
</ol>
<ul class="c3 lst-kix_sub-1 start">
<li class="c1 li-bullet-1"><span class="c2">Ijazah Paket C juga diterima.</span></li>
<li class="c1 li-bullet-1"><span class="c2">Mahasiswa yang sedang kuliah boleh mendaftar.</span></li>
</ul>
<ol class="c3 lst-kix_req-0" start="4">
<li class="c0 li-bullet-0"><span class="c2">Memiliki laptop sendiri yang dapat dibawa ke kelas setiap hari.</span></li>
<li class="c0 li-bullet-0"><span class="c2">Bersedia mengikuti pelatihan penuh selama 4 minggu dan tidak sedang bekerja penuh waktu.</span></li>
<li class="c0 li-bullet-0"><span class="c2">Belum pernah mengikuti pelatihan talenta digital yang dibiayai pemerintah.</span></li>
</ol>
<p class="c5 c8" id="h.jadwal"><span class="c4">Jadwal</span></p>
<table class="c6"><tr class="c10"><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c4">No</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c4">Kegiatan</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c4">Tanggal</span></p></td></tr>
<tr class="c10"><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">1</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">Pendaftaran daring di talenta.majenekab.go.id</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">2 - 20 Maret 2026</span></p></td></tr>
<tr class="c10"><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">2</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">Tes seleksi daring (logika dan minat)</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">25 Maret 2026</span></p></td></tr>
<tr class="c10"><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">3</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">Pengumuman peserta terpilih</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">1 April 2026</span></p></td></tr>
<tr class="c10"><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">4</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">Pelatihan di Aula Kantor Bupati Majene</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">13 April - 8 Mei 2026</span></p></td></tr>
<tr class="c10"><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">5</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">Demo day dan wisuda</span></p></td><td class="c9" colspan="1" rowspan="1"><p class="c5"><span class="c2">15 Mei 2026</span></p></td></tr>
</table>
<p class="c5 c8" id="h.sertifikat"><span class="c4">Sertifikat</span></p>
<p class="c5"><span class="c2">Peserta yang hadir paling sedikit 80 persen dan menyelesaikan proyek akhir mendapat sertifikat kompetensi. Lima lulusan terbaik setiap kelas ditawari magang tiga bulan di perusahaan mitra.</span></p>
<p class="c5 c8" id="h.kontak"><span class="c4">Informasi</span></p>
<p class="c5"><span class="c2">Pertanyaan dapat dikirim ke WhatsApp 0811-4455-2026 atau surel talenta@majenekab.go.id pada hari kerja pukul 08.00-15.00 WITA.</span></p>
<hr class="c11"><div><p class="c5"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c2">&nbsp;Uang transport Rp100.000 per hari hadir, dibayarkan setiap akhir minggu.</span></p></div>
</div>
<div id="footer">Diterbitkan menggunakan Google Dokumen &ndash; <a href="#">Laporkan penyalahgunaan</a> &ndash; Diperbarui secara otomatis setiap 5 menit</div>
</body></html>
"""
open(os.path.join(HERE, "pelatihan-talenta-digital-majene-2026.html"), "w", encoding="utf-8").write(html)
