#!/usr/bin/env python3
"""Builds the documents of the twenty-ninth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF training curriculum of Kabupaten Nunukan under a letterhead whose headings are set in imitation small caps (each
word's first letter at the heading size, the rest as capitals in a smaller size, every size change its own Tj piece
inside one text object), a numbered list of requirements that continues from page 1 onto page 2 (items 1-4, then 5-6),
a module table with a "JP" column whose header carries a footnote mark raised by text rise (Ts) and a totals row, the
footnote at the page's foot in smaller type, and a signature block with rank and NIP;
a DOCX standard operating procedure of Kota Tarakan's partnerships whose steps are numbered only through numbering.xml
as "Langkah %1" with sub-points "%1.%2" (no number typed in the text), whose number and issuing office come from
complex fields (fldChar begin / instrText DOCPROPERTY / separate / cached result / end) and a simple field (fldSimple),
a step that cites another through a REF field, an accepted-looking tracked change (a deleted and an inserted figure)
and a roles matrix whose cells hold only the letters R/A/C/I with a legend paragraph under it;
an HTML glossary of Kalimantan Utara with an A-Z jump bar, one section per letter titled by that single letter, terms in
<dl> with <dfn> and <abbr title>, a <table> with a <caption>, <tbody> groups headed by a <th scope="rowgroup"> row and
rows headed by <th scope="row">, a <time datetime> update line and an <aside> asking for new terms.
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the data analyst training curriculum of Kabupaten Nunukan ----------
BODY, LEAD, LEFT = 10, 14, 72

class Page:
    def __init__(self):
        self.ops, self.y = [], 780
    def line(self, text, font=R, size=BODY, x=LEFT, gap=LEAD):
        self.ops.append(f"BT /{font} {size} Tf {x} {self.y} Td ({pdf_text(text)}) Tj ET"); self.y -= gap
    def lines(self, texts, x=LEFT):
        for t in texts: self.line(t, x=x)
        self.y -= 4
    def small_caps(self, text, big=11, small=8.5):
        """A heading in imitation small caps: each word's first letter at `big`, the rest upper-cased at `small`, every
        size change a Tj piece of its own in one text object (as some publishing programs write it)."""
        self.y -= 6
        ops = [f"BT {LEFT} {self.y} Td"]
        words = text.split(" ")
        for i, word in enumerate(words):
            # a capital is set at the heading's size; a lowercase letter as a capital at the smaller size
            lead, rest = (word[0], word[1:]) if word[0].isupper() else ("", word)
            rest = rest.upper() + ("" if i == len(words) - 1 else " ")
            if lead: ops.append(f"/{B} {big} Tf ({pdf_text(lead)}) Tj")
            if rest: ops.append(f"/{B} {small} Tf ({pdf_text(rest)}) Tj")
        ops.append("ET")
        self.ops.append(" ".join(ops)); self.y -= LEAD + 4
    def item(self, number, texts):
        """A numbered requirement: the number at the margin, its text in a hanging indent."""
        self.ops.append(f"BT /{R} {BODY} Tf {LEFT} {self.y} Td ({number}.) Tj ET")
        for t in texts: self.line(t, x=LEFT + 18)
    def row(self, cells, xs, font=R):
        for c, x in zip(cells, xs):
            if c: self.ops.append(f"BT /{font} {BODY} Tf {x} {self.y} Td ({pdf_text(c)}) Tj ET")
        self.y -= 17

p1, p2 = Page(), Page()
# letterhead and the rule under it
p1.line("PEMERINTAH KABUPATEN NUNUKAN", B, 12, 190, 15)
p1.line("DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN", B, 11, 130, 14)
p1.line("Jl. Ujang Dewa, Kompleks Gedung Gadis, Nunukan Selatan, Kalimantan Utara 77482", R, 8, 150, 10)
p1.ops.append(f"1.5 w {LEFT} {p1.y} m 523 {p1.y} l S"); p1.y -= 26
p1.line("KURIKULUM PELATIHAN ANALIS DATA SMART CITY", B, 12, 150, 16)
p1.line("KABUPATEN NUNUKAN TAHUN 2026", B, 12, 205, 24)
p1.small_caps("A. Latar Belakang")
p1.lines(["Masterplan smart city Kabupaten Nunukan menempatkan tata kelola data sebagai fondasi pilar smart",
          "governance. Banyak perangkat daerah masih mengolah data secara manual, sehingga Diskominfo",
          "menyiapkan analis data di setiap perangkat daerah melalui pelatihan berjenjang."])
p1.small_caps("B. Waktu dan Tempat")
p1.lines(["Pelatihan berlangsung pada 13-24 Juli 2026 (sepuluh hari kerja) pukul 08.00-15.00 WITA di Ruang",
          "Pelatihan Lantai 3 Gedung Gadis, Nunukan. Peserta berjumlah 30 orang: 24 ASN perangkat daerah dan",
          "6 operator kecamatan."])
p1.small_caps("C. Persyaratan Peserta")
p1.item(1, ["Berstatus PNS atau PPPK di lingkungan Pemerintah Kabupaten Nunukan."])
p1.item(2, ["Berusia paling tinggi 45 tahun pada saat pelatihan dimulai."])
p1.item(3, ["Menguasai pengolahan angka dengan spreadsheet tingkat dasar."])
p1.item(4, ["Membawa laptop sendiri dengan memori (RAM) minimal 8 GB."])
p1.ops.append(f"BT /{R} 8 Tf 280 40 Td (- 1 -) Tj ET")

p2.line("Kurikulum Pelatihan Analis Data Smart City Kabupaten Nunukan 2026", R, 8, LEFT, 30)
p2.item(5, ["Mendapat surat tugas dari kepala perangkat daerah masing-masing."])
p2.item(6, ["Bersedia menjadi walidata pendukung Satu Data Nunukan selama dua tahun setelah pelatihan."])
p2.y -= 4
p2.small_caps("D. Struktur Kurikulum")
XS = (LEFT, 100, 360, 410)
p2.row(("No", "Modul", "", "Metode"), XS, B)
# the JP header with a footnote mark raised by text rise
p2.ops.append(f"BT /{B} {BODY} Tf {XS[2]} {p2.y + 17} Td (JP) Tj /{R} 6 Tf 4 Ts (1) Tj 0 Ts ET")
p2.ops.append(f"0.5 w {LEFT} {p2.y + 12} m 523 {p2.y + 12} l S")
for cells in [("1", "Pengantar smart city dan Satu Data Indonesia", "4", "Ceramah, diskusi"),
              ("2", "Statistik dasar untuk perencanaan daerah", "8", "Ceramah, latihan"),
              ("3", "Pengolahan data dengan spreadsheet", "10", "Praktik"),
              ("4", "Basis data dan SQL dasar", "10", "Praktik"),
              ("5", "Visualisasi data dan dasbor interaktif", "8", "Praktik"),
              ("6", "Keamanan data dan pelindungan data pribadi", "6", "Ceramah, studi kasus"),
              ("7", "Proyek akhir: dasbor layanan publik", "14", "Praktik kelompok")]:
    p2.row(cells, XS)
p2.ops.append(f"0.5 w {LEFT} {p2.y + 12} m 523 {p2.y + 12} l S")
p2.row(("", "Jumlah", "60", ""), XS, B)
p2.small_caps("E. Evaluasi dan Sertifikat")
p2.lines(["Peserta dinyatakan lulus bila nilai proyek akhir paling rendah 75 dan kehadiran paling sedikit 90 persen.",
          "Peserta yang lulus menerima sertifikat yang ditandatangani Kepala Dinas dan diusulkan sebagai analis",
          "data pada Forum Satu Data Kabupaten Nunukan."])
p2.y -= 10
for t in ["Nunukan, 2 Juni 2026", "Kepala Dinas Komunikasi, Informatika,", "Statistik dan Persandian", "", "", "",
          "Hasbullah Nurdin, S.Kom., M.Si.", "Pembina Tingkat I (IV/b)", "NIP 19770514 200312 1 009"]:
    p2.line(t, x=330)
# the footnote at the page's foot, under a short rule
p2.ops.append(f"0.5 w {LEFT} 70 m 200 70 l S")
p2.ops.append(f"BT /{R} 6 Tf {LEFT} 60 Td 4 Ts (1) Tj 0 Ts /{R} 8 Tf ( Satu jam pelajaran \\(JP\\) sama dengan 45 menit.) Tj ET")
p2.ops.append(f"BT /{R} 8 Tf 280 40 Td (- 2 -) Tj ET")

write_pdf(os.path.join(HERE, "kurikulum-pelatihan-analis-data-nunukan-2026.pdf"), [p1.ops, p2.ops],
          "<< /Title (Kurikulum Pelatihan Analis Data Smart City Kabupaten Nunukan 2026) "
          "/Author (Diskominfotik Kabupaten Nunukan) /CreationDate (D:20260602090000) >>")

# ---------- DOCX: the partnership procedure of Kota Tarakan ----------
def r(text, bold=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def p(*runs, style=None, num=None, level=0):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + "</w:pPr>"
    return f"<w:p>{ppr}{''.join(x if x.startswith('<') else r(x) for x in runs)}</w:p>"
def field(instr, result, bold=False):
    """A complex field: its instruction (never shown) and its cached result (what Word shows)."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{rpr}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>{r(result, bold)}<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
def simple_field(instr, result): return f'<w:fldSimple w:instr=" {esc(instr)} ">{r(result)}</w:fldSimple>'
def changed(old, new):
    return (f'<w:del w:id="1" w:author="Bagian Hukum" w:date="2026-03-02T10:00:00Z"><w:r><w:delText>{esc(old)}</w:delText></w:r></w:del>'
            f'<w:ins w:id="2" w:author="Bagian Hukum" w:date="2026-03-02T10:00:00Z">{r(new)}</w:ins>')
def bookmark(name, text):
    return f'<w:bookmarkStart w:id="7" w:name="{name}"/>{r(text)}<w:bookmarkEnd w:id="7"/>'

def tbl(rows):
    cell = lambda c, head: f"<w:tc>{p(r(c, head))}</w:tc>"
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
            + "".join("<w:tr>" + "".join(cell(c, i == 0) for c in row) + "</w:tr>" for i, row in enumerate(rows)) + "</w:tbl>")

STEP = 1
sop = "".join([
    p(r("STANDAR OPERASIONAL PROSEDUR", True), style="Title"),
    p(r("KEMITRAAN PENGEMBANGAN SMART CITY", True), style="Title"),
    p("Nomor SOP: ", field("DOCPROPERTY  NomorSOP  \\* MERGEFORMAT", "045/SOP-KS/IV/2026")),
    p("Unit pemilik: ", field("DOCPROPERTY  Company  \\* MERGEFORMAT", "Bagian Kerja Sama Sekretariat Daerah Kota Tarakan")),
    p("Tanggal berlaku: ", simple_field("DOCPROPERTY  TanggalBerlaku", "1 April 2026")),
    p("Tujuan", style="Heading1"),
    p("Prosedur ini mengatur cara perusahaan, perguruan tinggi dan komunitas bermitra dengan Pemerintah Kota "
      "Tarakan dalam program smart city, dari pengajuan minat sampai evaluasi kerja sama."),
    p("Tahapan", style="Heading1"),
    p(bookmark("LangkahPengajuan", "Pengajuan minat. Calon mitra mengirim surat minat dan proposal kepada Bagian Kerja "
                                   "Sama melalui surel kerjasama.smartcity@tarakankota.go.id."), num=STEP),
    p("Proposal memuat latar belakang, bentuk kegiatan, lokasi, jangka waktu dan sumber pendanaan.", num=STEP, level=1),
    p("Lampiran proposal: akta pendirian lembaga, NPWP dan profil singkat calon mitra.", num=STEP, level=1),
    p("Penilaian kelayakan. Tim Koordinasi Kerja Sama Daerah (TKKSD) menilai proposal paling lama ",
      changed("14", "10"), " hari kerja sejak berkas lengkap.", num=STEP),
    p("Kegiatan yang diusulkan harus sejalan dengan enam dimensi dalam masterplan smart city Kota Tarakan.", num=STEP, level=1),
    p("Calon mitra tidak boleh memperoleh hak eksklusif atas data milik pemerintah daerah.", num=STEP, level=1),
    p("Pembahasan rancangan perjanjian. Bagian Hukum menyusun rancangan perjanjian kerja sama (PKS) bersama calon "
      "mitra dalam paling banyak tiga kali pertemuan; berkas yang dipakai adalah hasil ",
      field("REF LangkahPengajuan \\r \\h", "Langkah 1"), ".", num=STEP),
    p("Penandatanganan. PKS ditandatangani oleh Wali Kota Tarakan, atau oleh Sekretaris Daerah bila diberi kuasa, "
      "bersama pimpinan mitra.", num=STEP),
    p("Pelaksanaan dan pemantauan. Diskominfo Kota Tarakan memantau pelaksanaan setiap triwulan dan melaporkannya "
      "kepada Wali Kota.", num=STEP),
    p("Evaluasi dan perpanjangan. PKS berlaku paling lama tiga tahun; perpanjangan dibahas paling lambat tiga bulan "
      "sebelum masa berlaku berakhir, berdasarkan hasil evaluasi TKKSD.", num=STEP),
    p("Matriks Peran", style="Heading1"),
    tbl([("Kegiatan", "Bagian Kerja Sama", "TKKSD", "Bagian Hukum", "Diskominfo", "Sekretaris Daerah", "Wali Kota"),
         ("Penerimaan proposal", "R", "I", "", "I", "A", ""),
         ("Penilaian kelayakan", "C", "R", "C", "C", "A", "I"),
         ("Penyusunan rancangan PKS", "C", "C", "R", "C", "A", ""),
         ("Penandatanganan PKS", "R", "", "C", "", "C", "A"),
         ("Pemantauan triwulanan", "I", "C", "", "R", "I", "A")]),
    p("Keterangan: R = pelaksana, A = penanggung jawab akhir, C = dimintai pertimbangan, I = diberi informasi."),
    p("Kemitraan yang Berjalan", style="Heading1"),
    p("Pada 2025 Kota Tarakan menjalankan dua kemitraan smart city: hibah 40 sensor kualitas udara dari PT Borneo "
      "Data Lestari yang dipasang di kawasan pelabuhan dan pasar, serta magang 25 mahasiswa Universitas Borneo "
      "Tarakan di ruang kendali Tarakan Smart Center."),
    p("Narahubung: Bagian Kerja Sama Setda Kota Tarakan, telepon (0551) 21026, Senin-Jumat pukul 08.00-16.00 WITA."),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
])
sop_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>')
sop_numbering = numbering((STEP, 0, ("decimal", "decimal"), ("Langkah %1.", "%1.%2."), 1))
write_docx(os.path.join(HERE, "sop-kemitraan-smart-city-tarakan-2026.docx"), sop, sop_styles, sop_numbering,
           core("Bagian Kerja Sama Setda Kota Tarakan", "2026-03-30",
                "SOP Kemitraan Pengembangan Smart City Kota Tarakan"))

# ---------- HTML: the smart city glossary of Kalimantan Utara ----------
terms = {
    "C": [("Command Center Benuanta", None,
           "Pusat kendali layanan Pemerintah Provinsi Kalimantan Utara di Tanjung Selor yang memantau aduan warga, CCTV "
           "jalan provinsi dan data bencana selama 24 jam. Beroperasi sejak Oktober 2025.")],
    "D": [("Desa Digital Perbatasan", None,
           "Program penyediaan internet dan pelatihan perangkat desa di kabupaten yang berbatasan dengan Malaysia. Sampai "
           "akhir 2025 program ini menjangkau 54 desa di Kabupaten Nunukan dan Kabupaten Malinau.")],
    "S": [("SPBE", "Sistem Pemerintahan Berbasis Elektronik",
           "Penyelenggaraan pemerintahan yang memakai teknologi informasi untuk melayani warga. Indeks SPBE Provinsi "
           "Kalimantan Utara tahun 2025 adalah 3,12 dengan predikat Baik."),
          ("Satu Data Kaltara", None,
           "Portal data terbuka Pemerintah Provinsi Kalimantan Utara. Pada April 2026 portal ini memuat 1.240 dataset "
           "dari 38 perangkat daerah.")],
    "T": [("TKKSD", "Tim Koordinasi Kerja Sama Daerah",
           "Tim yang menilai dan mengoordinasikan usulan kerja sama pemerintah daerah dengan pihak lain, termasuk "
           "kemitraan smart city.")],
    "W": [("Walidata", None,
           "Unit pada perangkat daerah yang mengumpulkan, memeriksa dan mengelola data sektoral sebelum dibagikan ke "
           "portal Satu Data. Di Kalimantan Utara peran ini dijalankan Diskominfo provinsi.")],
}
def entry(term, expansion, definition):
    name = f'<abbr title="{esc(expansion)}">{esc(term)}</abbr>' if expansion else esc(term)
    return f"      <dt><dfn id=\"{term.lower().replace(' ', '-')}\">{name}</dfn></dt>\n      <dd>{esc(definition)}</dd>\n"
sections = "".join(f'  <section id="huruf-{k.lower()}">\n    <h2>{k}</h2>\n    <dl>\n{"".join(entry(*t) for t in v)}    </dl>\n'
                   f'    <p><a href="#atas">Kembali ke atas</a></p>\n  </section>\n' for k, v in terms.items())
jump = " ".join(f'<a href="#huruf-{c.lower()}">{c}</a>' if c in terms else f"<span>{c}</span>" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
groups = [("Smart Governance", [("Indeks SPBE", "3,00", "3,12"), ("Izin usaha yang diurus daring", "80%", "86%")]),
          ("Smart Living", [("Puskesmas dengan rekam medis elektronik", "50", "47"), ("Titik wifi publik", "150", "163")]),
          ("Smart Society", [("Warga terlatih literasi digital", "12.000 orang", "13.450 orang")])]
tbody = "".join(f'    <tbody>\n      <tr><th scope="rowgroup" colspan="3">{g}</th></tr>\n'
                + "".join(f'      <tr><th scope="row">{esc(a)}</th><td>{b}</td><td>{c}</td></tr>\n' for a, b, c in rows)
                + "    </tbody>\n" for g, rows in groups)
html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Glosarium Smart City Provinsi Kalimantan Utara | Diskominfo Kaltara</title>
<meta name="description" content="Daftar istilah smart city yang dipakai Pemerintah Provinsi Kalimantan Utara.">
</head>
<body>
<header><p class="brand">Diskominfo Provinsi Kalimantan Utara</p>
<nav><a href="/">Beranda</a> <a href="/layanan">Layanan</a> <a href="/glosarium">Glosarium</a> <a href="/kontak">Kontak</a></nav></header>
<main id="atas">
  <h1>Glosarium Smart City Provinsi Kalimantan Utara</h1>
  <p>Diperbarui <time datetime="2026-04-15">15 April 2026</time> oleh Bidang Persandian dan Statistik.</p>
  <nav class="az" aria-label="Lompat ke huruf">{jump}</nav>
{sections}  <table>
    <caption>Indikator layanan digital Provinsi Kalimantan Utara tahun 2025</caption>
    <thead><tr><th scope="col">Indikator</th><th scope="col">Target 2025</th><th scope="col">Capaian 2025</th></tr></thead>
{tbody}  </table>
  <aside><p>Punya usulan istilah baru atau koreksi? Kirim ke <a href="mailto:glosarium@diskominfo.kaltaraprov.go.id">glosarium@diskominfo.kaltaraprov.go.id</a>.</p></aside>
</main>
<footer><p>&copy; 2026 Diskominfo Provinsi Kalimantan Utara. Jl. Kolonel Soetadji, Tanjung Selor.</p></footer>
</body>
</html>
"""
open(os.path.join(HERE, "glosarium-smart-city-kaltara-2026.html"), "w", encoding="utf-8").write(html)
