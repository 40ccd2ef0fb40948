#!/usr/bin/env python3
"""Builds the documents of the thirteenth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first twelve probes did not use, with facts that overlap the programme's own documents (Jawa Tengah's
participants of 2017-2024 and their quick wins, Aceh's and Bangka Belitung's participants, the six pillars):
a PDF exported from a spreadsheet (landscape, "Save as PDF" of a recap sheet): a title of three merged rows, a header
of two rows whose group cell "Anggaran (Rp juta)" spans "Pagu" and "Realisasi", every cell a separate text piece,
numbers right-aligned in the Indonesian format ("1.250,00"), wrapped cells, a JUMLAH row, a "Keterangan" block under
the table, the header rows repeated on page 2 (print titles) and a footer of print time, sheet name and page number on
every page;
a DOCX form filled in by a regional office (formulir profil inovasi): a centred title, an italic instruction, and a
two-column table of numbered labels and answers, whose choices are Word checkbox content controls (w:sdt with
w14:checkbox, a checked "☒" or an empty "☐" before each option) in one row and Wingdings symbols (w:sym F0FE checked,
F0A8 empty) in another, answers of several paragraphs and a bulleted list inside a cell, and a signature block;
an HTML page of a province's programme built on a card framework: a hero, a strip of counters whose number is
animated from 0 by script (the real figure only in data-target), quick wins as cards (a pillar badge, a card title,
text, a footer with the region and status), a table of indicator targets, an event banner and a footer.
The HTML page is written by hand (babel-cerdas-2033.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- PDF: a recap sheet saved as PDF from a spreadsheet ----------
def rule(x0, y0, x1, y1, w=0.4): return f"{w} w {x0} {y0} m {x1} {y1} l S"
FS = 8
# column left edges and right edges (the spreadsheet's grid)
COLS = [(30, 52), (52, 160), (160, 200), (200, 330), (330, 420), (420, 490), (490, 560), (560, 630), (630, 700)]
def right(x1, y, text, font=R, size=FS): return text_op(font, size, round(x1 - 3 - len(text) * size * 0.5), y, text)
def left(x0, y, text, font=R, size=FS): return text_op(font, size, x0 + 3, y, text)
def centre(x0, x1, y, text, font=B, size=FS): return text_op(font, size, round((x0 + x1) / 2 - len(text) * size * 0.25), y, text)

def header(y):
    """Two header rows; 'Anggaran (Rp juta)' spans Pagu and Realisasi. Returns ops and the y under the header."""
    ops = [rule(30, y + 10, 700, y + 10), rule(30, y - 24, 700, y - 24), rule(420, y - 7, 560, y - 7)]
    for (x0, x1), name in zip(COLS, ["No", "Kabupaten/Kota", "Angkatan", "Quick Win", "Pilar"]):
        ops.append(centre(x0, x1, y - 12, name))
    ops += [centre(420, 560, y, "Anggaran (Rp juta)"), centre(420, 490, y - 18, "Pagu"), centre(490, 560, y - 18, "Realisasi"),
            centre(560, 630, y, "Capaian"), centre(560, 630, y - 9, "Kegiatan"), centre(560, 630, y - 18, "(%) *)"),
            centre(630, 700, y - 12, "Status")]
    ops += [rule(x, y + 10, x, y - 24) for x in [30, 52, 160, 200, 330, 420, 560, 630, 700]] + [rule(490, y - 7, 490, y - 24)]
    return ops, y - 36

ROWS = [
    ("1", ["Kota Semarang"], "2017", ["Semarang Satu Peta"], "Smart Governance", 1250.00, 980.50, 78, "Berjalan"),
    ("2", ["Kota Surakarta"], "2018", ["Solo Destinasi Digital"], "Smart Branding", 900.00, 845.00, 94, "Berjalan"),
    ("3", ["Kabupaten Boyolali"], "2018", ["Susu Segar Terpantau"], "Smart Economy", 640.00, 212.30, 33, "Terhambat"),
    ("4", ["Kabupaten Sragen"], "2019", ["Sragen Lapor Banjir"], "Smart Environment", 725.00, 690.75, 95, "Selesai"),
    ("5", ["Kabupaten Banyumas"], "2019", ["Klinik UMKM Daring"], "Smart Economy", 510.00, 402.00, 79, "Berjalan"),
    ("6", ["Kabupaten Wonogiri"], "2021", ["Kartu Sehat Digital"], "Smart Living", 830.00, 301.20, 36, "Terhambat"),
    ("7", ["Kota Tegal"], "2022", ["Tegal Parkir Cerdas"], "Smart Living", 1100.00, 1012.00, 92, "Berjalan"),
    ("8", ["Kabupaten Cilacap"], "2023", ["Pantau Mangrove Segara", "Anakan"], "Smart Environment", 480.00, 455.10, 95, "Selesai"),
    ("9", ["Kabupaten", "Banjarnegara"], "2023", ["Pasar Salak Online"], "Smart Economy", 350.00, 98.00, 28, "Terhambat"),
    ("10", ["Kabupaten", "Purbalingga"], "2024", ["Sekolah Ramah Data"], "Smart Society", 415.00, 296.40, 71, "Berjalan"),
    ("11", ["Kabupaten", "Pekalongan"], "2024", ["Batik Terlacak Digital"], "Smart Branding", 560.00, 510.00, 91, "Berjalan"),
]
def rp(v): return f"{v:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")

def body_row(r, y):
    no, region, year, qw, pillar, pagu, real, pct, status = r
    h = 11 * max(len(region), len(qw))
    ops = [right(52, y, no), centre(160, 200, y, year, R), left(330, y, pillar), right(490, y, rp(pagu)),
           right(560, y, rp(real)), right(630, y, str(pct)), left(630, y, status)]
    ops += [left(52, y - 11 * k, line) for k, line in enumerate(region)] + [left(200, y - 11 * k, line) for k, line in enumerate(qw)]
    ops += [rule(30, y - h + 7, 700, y - h + 7)] + [rule(x, y + 10, x, y - h + 7) for x in [30, 52, 160, 200, 330, 420, 490, 560, 630, 700]]
    return ops, y - h - 3

def footer(page):
    return [text_op(R, 7, 30, 22, "Dicetak: 07/07/2033 10:14  |  Lembar: REKAP_SMT1"), text_op(R, 7, 640, 22, f"Halaman {page} dari 2")]

p1 = [centre(30, 700, 560, "REKAPITULASI CAPAIAN QUICK WIN KABUPATEN/KOTA PESERTA GERAKAN MENUJU SMART CITY", B, 10),
      centre(30, 700, 546, "PROVINSI JAWA TENGAH SEMESTER I TAHUN 2033", B, 10),
      centre(30, 700, 532, "Keadaan per 30 Juni 2033", R, 9)]
more, y = header(505); p1 += more
for r in ROWS[:9]:
    more, y = body_row(r, y); p1 += more
p1 += footer(1)
p2 = []
more, y = header(560); p2 += more
for r in ROWS[9:]:
    more, y = body_row(r, y); p2 += more
pagu, real = sum(r[5] for r in ROWS), sum(r[6] for r in ROWS)
p2 += [left(52, y, "JUMLAH", B), right(490, y, rp(pagu), B), right(560, y, rp(real), B), right(630, y, str(round(sum(r[7] for r in ROWS) / len(ROWS))), B),
       rule(30, y - 4, 700, y - 4, 0.8)]
y -= 26
for line in ["Keterangan:",
             "*) Capaian kegiatan adalah realisasi kegiatan terhadap target semester, bukan serapan anggaran.",
             "Status Terhambat diberikan bila capaian kegiatan di bawah 40%.",
             "Kabupaten/kota berstatus Terhambat wajib mengunggah rencana perbaikan ke SIMONEV paling lambat 15 Agustus 2033.",
             "Sumber data: SIMONEV Smart City, Dinas Komunikasi dan Informatika Provinsi Jawa Tengah."]:
    p2.append(text_op(B if line.endswith(":") else R, FS, 30, y, line)); y -= 12
p2 += footer(2)
write_pdf("rekap-quick-win-jateng-smt1-2033.pdf", [p1, p2],
          "<< /Title (REKAP_SMT1) /Author (Bidang Aptika) /Producer (Microsoft Excel 2033) /CreationDate (D:20330707101400) >>",
          size=(730, 595))

# ---------- DOCX: an innovation profile form with checkbox content controls and Wingdings boxes ----------
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
BUL = 1
def r(text, bold=False, italic=False):
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def p(*runs, center=False, num=None):
    ppr = ""
    if center or num:
        ppr = "<w:pPr>" + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + \
              ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"
def checkbox(checked, label):
    """Word's checkbox content control: the box glyph is the control's content, the label a run after it."""
    glyph = "\u2612" if checked else "\u2610"
    sdt = (f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    return f"<w:p>{sdt}{r(' ' + label)}</w:p>"
def wingding(checked, label):
    return f'<w:p><w:r><w:sym w:font="Wingdings" w:char="{"F0FE" if checked else "F0A8"}"/></w:r>{r(" " + label)}</w:p>'
def row(no, label, content):
    return f"<w:tr><w:tc>{p(r(no))}</w:tc><w:tc>{p(r(label, bold=True))}</w:tc><w:tc>{content}</w:tc></w:tr>"

PILLARS = ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society", "Smart Environment"]
form = "<w:tbl>" + "".join([
    row("1.", "Nama Inovasi", p(r("SIGAP Nelayan (Sistem Informasi Cuaca, Harga dan Keselamatan Nelayan)"))),
    row("2.", "Perangkat Daerah Pengampu", p(r("Dinas Kelautan dan Perikanan Kabupaten Aceh Jaya"))),
    row("3.", "Penanggung Jawab", p(r("Teuku Rizal Fahmi, S.Pi., M.Si.")) + p(r("Kepala Bidang Perikanan Tangkap")) +
        p(r("HP/WA 0852 6012 7731"))),
    row("4.", "Pilar Smart City", "".join(checkbox(name == "Smart Economy", name) for name in PILLARS)),
    row("5.", "Tahapan Inovasi", wingding(False, "Inisiatif") + wingding(False, "Uji coba") + wingding(True, "Penerapan")),
    row("6.", "Waktu Mulai Diterapkan", p(r("Oktober 2032"))),
    row("7.", "Sumber dan Besaran Anggaran", p(r("APBK Kabupaten Aceh Jaya Tahun Anggaran 2033 sebesar Rp475.000.000,-"))),
    row("8.", "Latar Belakang", p(r("Nelayan di Calang dan Lamno sering menjual hasil tangkapan di bawah harga pasar karena "
        "tidak mengetahui harga di tempat pelelangan ikan (TPI) lain, sementara peringatan cuaca buruk sering terlambat "
        "sampai ke kampung nelayan.")) + p(r("Pada 2031 tercatat 5 kapal nelayan hilang kontak saat cuaca buruk."))),
    row("9.", "Cara Kerja", p(r("Nelayan didaftarkan oleh penyuluh perikanan di setiap kecamatan pesisir.")) +
        p(r("Harga ikan dari 4 TPI diperbarui dua kali sehari, pukul 06.00 dan 14.00 WIB, lalu dikirim ke nelayan "
            "melalui WhatsApp.")) +
        p(r("Peringatan dini cuaca dari BMKG diteruskan otomatis, dan nelayan yang mengalami kecelakaan di laut dapat "
            "menekan tombol darurat yang langsung terhubung ke Pos SAR Calang."))),
    row("10.", "Hasil yang Dicapai", "".join(p(r(t), num=BUL) for t in [
        "1.850 nelayan terdaftar per Juni 2033.",
        "Harga jual rata-rata hasil tangkapan naik 12% dibanding sebelum inovasi.",
        "Waktu tanggap kecelakaan laut turun dari 6 jam menjadi 2 jam."])),
    row("11.", "Rencana Replikasi", p(r("Direplikasi ke Kabupaten Aceh Barat dan Kabupaten Nagan Raya pada tahun 2034 "
        "melalui kerja sama antardaerah."))),
]) + "</w:tbl>"

doc = "".join([
    p(r("FORMULIR PROFIL INOVASI DAERAH", bold=True), center=True),
    p(r("KABUPATEN ACEH JAYA TAHUN 2033", bold=True), center=True), p(),
    p(r("Petunjuk: isi setiap kolom dengan singkat; beri tanda silang pada kotak pilihan yang sesuai.", italic=True)),
    form, p(),
    p(r("Calang, 14 Juli 2033")), p(r("Kepala Dinas Kelautan dan Perikanan")), p(r("Kabupaten Aceh Jaya,")), p(), p(),
    p(r("Ir. Marzuki Hasan")),
])
write_docx("formulir-profil-inovasi-aceh-jaya-2033.docx", doc,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'),
    numbering((BUL, 0, "bullet", "\u2022", None)),
    core("DKP Aceh Jaya", "2033-07-14"))
# the content controls need the w14 namespace on the document element
import zipfile, shutil
src = "formulir-profil-inovasi-aceh-jaya-2033.docx"
with zipfile.ZipFile(src) as z: parts = {n: z.read(n) for n in z.namelist()}
parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:document ", f"<w:document {W14} ".encode(), 1)
with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
    for n, data in parts.items(): z.writestr(n, data)
print("ok")
