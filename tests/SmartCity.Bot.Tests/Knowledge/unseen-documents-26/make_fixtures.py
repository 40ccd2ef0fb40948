#!/usr/bin/env python3
"""Builds the documents of the twenty-sixth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF technical guideline whose outline is numbered three deep ("1.", "1.1", "1.1.1") in the same regular font and
size as the body text (no bold, no larger type), with a shaded sidebar box at the right margin whose smaller lines sit
at heights between the body's lines, and footnotes in small type at the foot of each page;
a DOCX participants' guide whose headings are bold Normal paragraphs only, with a table-of-contents field (its cached
entries with dot leaders and page numbers), a schedule table whose day cell is merged down (vMerge) and whose break
rows are one cell spanning the other columns (gridSpan), the header row repeated, numbered lists that restart at 1 in
every section (one abstract list, a w:num per section with a startOverride), and a list of abbreviations typed as
"ABBR<tab>:<tab>meaning";
an HTML meeting record whose parts are <section>s inside an <article> with their titles given only as
role="heading" aria-level elements (no h1-h6), a <table> with a <caption>, <thead> and a <tfoot> that carries the next
meeting's date, and an FAQ in <details>/<summary>.
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, core, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the masterplan guideline with a sidebar ----------
BODY, LEAD, SIDE, SIDE_LEAD, NOTE = 10, 14, 8, 10.5, 7

def op(font, size, x, y, text): return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"
def sup(x, y, n): return f"BT /{R} 6 Tf 1 0 0 1 {x} {y + 4} Tm ({n}) Tj ET"
def shade(x, y, w, h): return f"0.9 0.93 0.97 rg {x} {y} {w} {h} re f 0 0 0 rg"

class Page:
    def __init__(self, n, total):
        self.ops, self.y = [], 780
        self.ops.append(op(R, 8, 72, 40, f"Juknis Masterplan Smart City Sultra 2026 | {n}/{total}"))
    def line(self, text, x=72): self.ops.append(op(R, BODY, x, self.y, text)); self.y -= LEAD
    def para(self, text, note=None, x=72, width=62):
        lines = textwrap.wrap(text, width)
        for i, part in enumerate(lines):
            self.ops.append(op(R, BODY, x, self.y, part))
            if note and i == len(lines) - 1:
                self.ops.append(sup(x + len(part) * BODY * 0.5 + 2, self.y, note))
            self.y -= LEAD
        self.y -= 4
    def heading(self, number, text):
        # Same font, same size as the body: only the number tells it is a heading.
        self.y -= 4; self.ops.append(op(R, BODY, 72, self.y, f"{number} {text}")); self.y -= LEAD + 2
    def sidebar(self, top, title, lines):
        height = (len(lines) + 1) * SIDE_LEAD + 16
        self.ops.append(shade(402, top - height, 128, height))
        self.ops.append(op(B, 9, 410, top - 14, title))
        for i, text in enumerate(lines):
            self.ops.append(op(R, SIDE, 410, round(top - 14 - (i + 1) * SIDE_LEAD, 2), text))
    def footnotes(self, notes):
        self.ops.append(f"0.5 w 72 {66 + len(notes) * 9} m 200 {66 + len(notes) * 9} l S")
        for i, (n, text) in enumerate(notes):
            self.ops.append(op(R, NOTE, 72, 62 + (len(notes) - 1 - i) * 9, f"{n} {text}"))

p1, p2 = Page(1, 2), Page(2, 2)
for text in ("PETUNJUK TEKNIS PENYUSUNAN MASTERPLAN SMART CITY", "KABUPATEN/KOTA DI PROVINSI SULAWESI TENGGARA 2026"):
    p1.ops.append(op(B, 12, 72, p1.y, text)); p1.y -= 17
p1.ops.append(op(R, 9, 72, p1.y, "Dinas Komunikasi dan Informatika Provinsi Sulawesi Tenggara")); p1.y -= 24
p1.sidebar(p1.y + 6, "Tanggal Penting", [
    "Lokakarya penyusunan:", "14-15 April 2026, Kendari", "", "Batas penyerahan draf:", "30 Juni 2026", "",
    "Asistensi tim provinsi:", "Juli-Agustus 2026", "", "Penetapan masterplan:", "paling lambat Desember 2026"])
p1.heading("1.", "Pendahuluan")
p1.heading("1.1", "Tujuan")
p1.para("Petunjuk teknis ini membantu kabupaten/kota menyusun masterplan smart city berjangka sepuluh tahun "
        "(2026-2035) dengan susunan bab yang seragam sehingga mudah dibandingkan antardaerah.")
p1.heading("1.2", "Sasaran")
p1.para("Petunjuk ini berlaku bagi seluruh 17 kabupaten/kota di Provinsi Sulawesi Tenggara, termasuk daerah yang "
        "belum pernah menjadi peserta Gerakan Menuju Smart City.")
p1.heading("2.", "Susunan Bab Masterplan")
p1.heading("2.1", "Bab I Pendahuluan")
p1.para("Bab pertama memuat latar belakang, maksud dan tujuan, serta ruang lingkup masterplan, dengan panjang "
        "paling banyak sepuluh halaman.")
p1.heading("2.2", "Bab II Analisis Kondisi Daerah")
p1.heading("2.2.1", "Analisis kesiapan daerah")
p1.para("Analisis kesiapan menilai struktur, infrastruktur dan suprastruktur daerah. Survei kesiapan wajib "
        "melibatkan paling sedikit lima perangkat daerah.", note="1")
p1.heading("2.2.2", "Analisis SWOT per pilar")
p1.para("Kekuatan, kelemahan, peluang dan ancaman diuraikan untuk masing-masing dari enam pilar smart city, "
        "bukan untuk daerah secara keseluruhan.")
p1.heading("2.3", "Bab III Visi dan Strategi")
p1.para("Visi smart city daerah wajib selaras dengan visi kepala daerah dalam RPJMD yang berlaku.", note="2")
p1.footnotes([("1", "Survei memakai formulir kesiapan yang dibagikan pada lokakarya penyusunan."),
              ("2", "RPJMD: Rencana Pembangunan Jangka Menengah Daerah.")])

p2.sidebar(p2.y - 40, "Narahubung", [
    "Bidang E-Government", "Diskominfo Prov. Sultra", "", "Surel:", "masterplan@", "diskominfo.sultraprov.go.id", "",
    "Telepon: (0401) 3121456"])
p2.heading("2.4", "Bab IV Rencana Program")
p2.para("Setiap pilar memuat paling sedikit tiga program. Dari seluruh program itu dipilih paling banyak lima "
        "quick win yang dapat diselesaikan dalam satu tahun anggaran.")
p2.heading("2.5", "Bab V Peta Jalan")
p2.para("Peta jalan membagi program ke dalam tiga tahap: jangka pendek (tahun pertama dan kedua), jangka menengah "
        "(tahun ketiga sampai kelima) dan jangka panjang (tahun keenam sampai kesepuluh).")
p2.heading("3.", "Format Penulisan")
p2.heading("3.1", "Huruf dan halaman")
p2.para("Naskah ditulis dengan huruf Arial 11 pada kertas A4 dengan spasi 1,5. Jumlah halaman paling banyak "
        "150 halaman, tidak termasuk lampiran.")
p2.heading("3.2", "Berkas")
p2.para("Draf dikirim dalam dua berkas, PDF dan DOCX, melalui aplikasi SIMAS Sultra.", note="3")
p2.heading("4.", "Penyerahan dan Penilaian")
p2.heading("4.1", "Penyerahan draf")
p2.para("Draf masterplan diserahkan kepada Diskominfo Provinsi Sulawesi Tenggara paling lambat 30 Juni 2026.")
p2.heading("4.2", "Bobot penilaian")
p2.para("Tim asistensi provinsi menilai draf dengan bobot kelengkapan bab 30 persen, kualitas analisis 40 persen "
        "dan kelayakan program 30 persen. Draf dengan nilai di bawah 70 dikembalikan untuk diperbaiki.")
p2.footnotes([("3", "SIMAS: Sistem Informasi Masterplan, dikelola Bidang E-Government Diskominfo Provinsi.")])

write_pdf(os.path.join(HERE, "juknis-masterplan-smart-city-sultra-2026.pdf"), [p1.ops, p2.ops],
          "<< /Title (Petunjuk Teknis Penyusunan Masterplan Smart City Sulawesi Tenggara 2026) "
          "/Author (Diskominfo Provinsi Sulawesi Tenggara) /CreationDate (D:20260302090000) >>")

# ---------- DOCX: the bimtek participants' guide ----------
def r(text, bold=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def p(text, bold=False, num=None, jc=None):
    ppr = ""
    if num or jc:
        ppr = "<w:pPr>" + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + \
              (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    return f"<w:p>{ppr}{r(text, bold)}</w:p>"
def heading(text): return p(text, bold=True)

def toc(entries):
    """A TOC field as Word leaves it: begin/instr/separate, cached lines with a tab leader and page, end."""
    out = ['<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>']
    for text, page in entries:
        out.append(f'<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs></w:pPr>'
                   f'{r(text)}<w:r><w:tab/></w:r>{r(str(page))}</w:p>')
    out.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return "".join(out)

WIDTHS = (1900, 1500, 3600, 2000)
def cell(text, width, bold=False, span=1, vmerge=None):
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + \
         (f'<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>" if vmerge == "continue" else "")
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>" + "".join(f"<w:p>{r(t, bold)}</w:p>" for t in text.split("\n")) + "</w:tc>"

def schedule(days):
    rows = ['<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(cell(h, w, True) for h, w in
            zip(("Hari/Tanggal", "Waktu", "Materi", "Narasumber"), WIDTHS)) + "</w:tr>"]
    for day, items in days:
        for i, item in enumerate(items):
            first = cell(day, WIDTHS[0], vmerge="restart") if i == 0 else cell("", WIDTHS[0], vmerge="continue")
            if isinstance(item, str):  # a break: one cell over time, topic and speaker
                rows.append(f"<w:tr>{first}{cell(item, sum(WIDTHS[1:]), span=3)}</w:tr>")
            else:
                rows.append("<w:tr>" + first + "".join(cell(t, w) for t, w in zip(item, WIDTHS[1:])) + "</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS) + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")

def abbreviation(short, meaning):
    return (f'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1700"/><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr>'
            f'{r(short)}<w:r><w:tab/></w:r>{r(":")}<w:r><w:tab/></w:r>{r(meaning)}</w:p>')

guide = "".join([
    p("PANDUAN PESERTA", True, jc="center"),
    p("BIMBINGAN TEKNIS SMART CITY KOTA BAUBAU TAHUN 2026", True, jc="center"),
    p("Daftar Isi", True),
    toc([("A. Waktu dan Tempat", 2), ("B. Peserta", 2), ("C. Jadwal Kegiatan", 3), ("D. Tugas Peserta", 4),
         ("E. Ketentuan Lain", 4), ("F. Daftar Singkatan", 5)]),
    heading("A. Waktu dan Tempat"),
    p("Bimbingan teknis smart city Kota Baubau berlangsung tiga hari, Selasa sampai Kamis, 19-21 Mei 2026, di Aula "
      "Bappeda Kota Baubau, Jalan Betoambari. Peserta dari luar kota dapat menginap di Hotel Mira yang berjarak "
      "sekitar 500 meter dari aula."),
    heading("B. Peserta"),
    p("Peserta bimbingan teknis berjumlah 45 orang yang terdiri atas:"),
    p("anggota Dewan Smart City Kota Baubau;", num=1),
    p("anggota Tim Pelaksana Smart City dari Bappeda dan Dinas Kominfo;", num=1),
    p("dua operator dari setiap perangkat daerah yang mengelola aplikasi layanan.", num=1),
    heading("C. Jadwal Kegiatan"),
    schedule([
        ("Selasa,\n19 Mei 2026", [
            ("08.00-09.00", "Pembukaan oleh Wali Kota Baubau", "Sekretariat Daerah"),
            ("09.00-12.00", "Konsep smart city dan enam pilarnya", "Tim ahli Kementerian Komunikasi dan Digital"),
            "12.00-13.00 ISHOMA",
            ("13.00-16.00", "Menyusun analisis kesiapan daerah", "Bappeda Kota Baubau")]),
        ("Rabu,\n20 Mei 2026", [
            ("08.30-12.00", "Praktik merancang program quick win", "Tim ahli Kementerian Komunikasi dan Digital"),
            "12.00-13.00 ISHOMA",
            ("13.00-15.30", "Kunjungan lapangan ke Baubau Command Center", "Dinas Kominfo Kota Baubau")]),
        ("Kamis,\n21 Mei 2026", [
            ("08.30-11.00", "Presentasi rancangan quick win setiap kelompok", "Peserta, dinilai tim ahli"),
            ("11.00-12.00", "Penutupan dan penyerahan sertifikat", "Sekretaris Daerah Kota Baubau")]),
    ]),
    heading("D. Tugas Peserta"),
    p("Sebelum dan selama bimbingan teknis, peserta:"),
    p("mengisi kuesioner kesiapan daerah secara daring paling lambat 12 Mei 2026;", num=2),
    p("membawa laptop dan data layanan perangkat daerahnya masing-masing;", num=2),
    p("bergabung dalam satu dari lima kelompok yang masing-masing menyiapkan satu rancangan quick win.", num=2),
    heading("E. Ketentuan Lain"),
    p("sertifikat hanya diberikan kepada peserta yang hadir paling sedikit 90 persen dari seluruh sesi;", num=3),
    p("biaya perjalanan dan penginapan peserta ditanggung perangkat daerah masing-masing;", num=3),
    p("peserta memakai batik pada hari pertama dan pakaian dinas harian pada hari berikutnya.", num=3),
    heading("F. Daftar Singkatan"),
    abbreviation("ISHOMA", "istirahat, salat dan makan siang"),
    abbreviation("OPD", "organisasi perangkat daerah"),
    abbreviation("DSC", "Dewan Smart City, forum pengarah yang diketuai wali kota"),
    p("Informasi: Sekretariat Bimtek, Bidang Aplikasi Informatika Dinas Kominfo Kota Baubau, telepon 0812-4455-2026 "
      "(Waode Nurhayati)."),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>',
])

def restarting_lists(*num_ids):
    """One decimal abstract list; every section's list is its own w:num restarting at 1."""
    abstract = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">'
                '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                   f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>' for n in num_ids)
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>{abstract}{nums}</w:numbering>'

docx_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>',
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>',
)
write_docx(os.path.join(HERE, "panduan-peserta-bimtek-smart-city-baubau-2026.docx"), guide, docx_styles,
           restarting_lists(1, 2, 3), core("Dinas Kominfo Kota Baubau", "2026-04-28",
                                          "Panduan Peserta Bimbingan Teknis Smart City Kota Baubau 2026"))

# ---------- HTML: the meeting record ----------
HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Notulen Rapat Pembentukan Forum Smart City Sulawesi Tenggara | Diskominfo Sultra</title>
</head>
<body>
<div class="topbar"><a href="/">Diskominfo Provinsi Sulawesi Tenggara</a> <a href="/ppid">PPID</a> <a href="/kontak">Kontak</a></div>
<main>
<article class="record">
<div role="heading" aria-level="1" class="record-title">Notulen Rapat Pembentukan Forum Smart City Sulawesi Tenggara</div>
<section class="particulars">
<div role="heading" aria-level="2">Keterangan Rapat</div>
<p>Rapat diadakan pada Senin, 9 Maret 2026 pukul 09.00 WITA di Ruang Rapat Merah Putih, Kantor Gubernur Sulawesi
Tenggara, Kendari. Rapat dipimpin oleh Asisten Perekonomian dan Pembangunan Setda Provinsi, Drs. La Ode Saifuddin,
M.Si., dan dihadiri perwakilan 15 dari 17 kabupaten/kota.</p>
</section>
<section class="decisions">
<div role="heading" aria-level="2">Keputusan Rapat</div>
<ol>
<li>Forum Smart City Sulawesi Tenggara dibentuk sebagai wadah koordinasi seluruh 17 kabupaten/kota.</li>
<li>Ketua forum dijabat bergilir setiap tahun; untuk tahun 2026 ketua forum adalah Kota Kendari.</li>
<li>Anggota forum tidak dipungut iuran; kegiatan forum dibiayai APBD Provinsi sebesar Rp750 juta per tahun.</li>
<li>Forum menyelenggarakan Anugerah Smart City Sultra untuk pertama kalinya pada November 2026.</li>
</ol>
</section>
<section class="actions">
<div role="heading" aria-level="2">Rencana Tindak Lanjut</div>
<table class="grid">
<caption>Tabel 1. Tindak lanjut hasil rapat</caption>
<thead><tr><th>No</th><th>Tindak Lanjut</th><th>Penanggung Jawab</th><th>Tenggat</th></tr></thead>
<tbody>
<tr><td>1</td><td>Menyiapkan rancangan keputusan gubernur tentang pembentukan forum</td><td>Biro Hukum Setda Provinsi</td><td>15 April 2026</td></tr>
<tr><td>2</td><td>Membuka situs dan kanal koordinasi forum</td><td>Diskominfo Provinsi</td><td>30 April 2026</td></tr>
<tr><td>3</td><td>Mendata quick win yang sudah berjalan di setiap kabupaten/kota</td><td>Bappeda Provinsi</td><td>31 Mei 2026</td></tr>
</tbody>
<tfoot><tr><td colspan="4">Rapat berikutnya: Senin, 8 Juni 2026 di Kota Baubau, membahas hasil pendataan quick win.</td></tr></tfoot>
</table>
</section>
<section class="faq">
<div role="heading" aria-level="2">Tanya Jawab</div>
<details><summary>Siapa yang mewakili kabupaten/kota dalam forum?</summary>
<p>Kepala Dinas Kominfo kabupaten/kota atau pejabat yang ditunjuknya, paling banyak dua orang per daerah.</p></details>
<details><summary>Bagaimana dengan kabupaten yang belum pernah ikut Gerakan Menuju Smart City?</summary>
<p>Tetap menjadi anggota penuh forum dan dapat meminta pendampingan dari Diskominfo Provinsi untuk menyusun masterplan.</p></details>
<details><summary>Apa kriteria Anugerah Smart City Sultra?</summary>
<p>Penilaian memakai tiga kriteria: dampak quick win bagi warga, keberlanjutan anggaran dan kolaborasi dengan
pihak swasta atau perguruan tinggi.</p></details>
</section>
<p class="signed">Notulis: Rina Marlina, S.Kom. (Diskominfo Provinsi Sulawesi Tenggara)</p>
</article>
</main>
<footer><p>&copy; 2026 Dinas Komunikasi dan Informatika Provinsi Sulawesi Tenggara, Jl. Bunggasi, Kendari.</p></footer>
</body>
</html>
"""
open(os.path.join(HERE, "notulen-forum-smart-city-sultra-2026.html"), "w", encoding="utf-8").write(HTML)
