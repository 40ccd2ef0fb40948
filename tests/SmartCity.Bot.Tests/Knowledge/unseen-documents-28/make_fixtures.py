#!/usr/bin/env python3
"""Builds the documents of the twenty-eighth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF programme of a two-day provincial coordination meeting whose text is set the way some report engines write it:
paragraphs as one text object each, advancing with the leading operators (TL, T*, ') rather than a position per line,
schedule rows placed by chained relative moves (Td from the previous cell), time ranges written with an en dash
("07.30–08.00"), activity cells wrapping onto a second printed line, day titles and a "Catatan" heading that are only
bold at the body's size, the schedule continued on page 2 under its repeated header and a running header and footer;
a DOCX meeting record whose section titles are lowercase text shown in capitals by their paragraph style (w:caps, bold
and a larger size in the style only, no outline level, no "heading" in the style's name), whose decisions table holds a
nested table (owner and deadline) inside each follow-up cell, an attendance list in a two-column section, and a
reviewer's comment questioning a figure;
a Markdown FAQ with front matter naming alternate questions per section (issue 9, item 4), raw HTML blocks inside it
(a <div> note, an HTML table), paragraphs led by bold lead-ins ("**Sasaran.** …") and lists nested two deep.
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, core, comments, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the programme of the provincial coordination meeting ----------
BODY, LEAD = 10, 13
COLS = (72, 160, 400)          # Waktu | Kegiatan | Penanggung Jawab
ROW_GAP, WRAP_GAP = 20, 12     # a row's distance to the next; a wrapped cell's second line sits closer

class Page:
    def __init__(self, n, total):
        self.ops, self.y = [], 770
        # running header and footer, on every page
        self.ops.append(f"BT /{R} 8 Tf 72 805 Td ({pdf_text('Susunan Acara Rakor Smart City Kalimantan Barat 2026')}) Tj ET")
        footer = f"Panitia Rakor Smart City Kalbar 2026 \u2013 hal. {n}/{total}"
        self.ops.append(f"BT /{R} 8 Tf 72 36 Td ({pdf_text(footer)}) Tj ET")
    def flow(self, lines, font=R, size=BODY):
        """One text object for a whole paragraph: the first line by Td, the next by T* and the apostrophe operator."""
        ops = [f"BT /{font} {size} Tf {LEAD} TL {COLS[0]} {self.y} Td ({pdf_text(lines[0])}) Tj"]
        for i, line in enumerate(lines[1:]):
            ops.append(f"({pdf_text(line)}) '" if i % 2 else f"T* ({pdf_text(line)}) Tj")
        ops.append("ET")
        self.ops.append(" ".join(ops)); self.y -= LEAD * len(lines) + 8
    def bold(self, text):
        self.y -= 4; self.flow([text], font=B)
    def row(self, cells, font=R):
        """A schedule row placed by relative moves: each cell's Td is measured from the previous cell's start; a cell
        given as a tuple wraps onto a second printed line."""
        first = [c if isinstance(c, str) else c[0] for c in cells]
        ops = [f"BT /{font} {BODY} Tf {COLS[0]} {self.y} Td ({pdf_text(first[0])}) Tj"]
        for i in range(1, len(cells)):
            ops.append(f"{COLS[i] - COLS[i - 1]} 0 Td ({pdf_text(first[i])}) Tj")
        ops.append("ET")
        wrapped = [(i, c[1]) for i, c in enumerate(cells) if not isinstance(c, str)]
        for i, rest in wrapped:
            ops.append(f"BT /{font} {BODY} Tf {COLS[i]} {self.y - WRAP_GAP} Td ({pdf_text(rest)}) Tj ET")
        self.ops.append(" ".join(ops))
        self.y -= ROW_GAP + (WRAP_GAP if wrapped else 0)
    def header(self):
        self.row(("Waktu", "Kegiatan", "Penanggung Jawab"), font=B)
        self.ops.append(f"0.5 w 72 {self.y + ROW_GAP - 5} m 523 {self.y + ROW_GAP - 5} l S")

p1, p2 = Page(1, 2), Page(2, 2)
p1.ops.append(f"BT /{B} 13 Tf 72 {p1.y} Td ({pdf_text('SUSUNAN ACARA')}) Tj 0 -17 Td "
              f"({pdf_text('RAPAT KOORDINASI SMART CITY PROVINSI KALIMANTAN BARAT 2026')}) Tj ET")
p1.y -= 44
p1.flow(["Rapat koordinasi smart city tingkat provinsi diadakan dua hari, Rabu dan Kamis, 10-11 Juni 2026, di",
         "Balai Petitih, Kantor Gubernur Kalimantan Barat, Pontianak. Setiap kabupaten/kota mengirim tiga orang:",
         "kepala Diskominfo, kepala Bappeda dan satu operator data, sehingga peserta berjumlah 42 orang dari",
         "14 kabupaten/kota."])
p1.bold("Hari Pertama: Rabu, 10 Juni 2026")
p1.header()
for cells in [
    ("07.30\u201308.00", "Registrasi peserta", "Panitia (Diskominfo Provinsi)"),
    ("08.00\u201308.45", "Pembukaan dan sambutan Sekretaris Daerah", "Sekda Provinsi Kalimantan Barat"),
    ("08.45\u201310.15", ("Paparan kebijakan transformasi digital", "pemerintah daerah"), ("Kementerian Komunikasi dan", "Digital")),
    ("10.15\u201310.30", "Rehat kopi", "Panitia"),
    ("10.30\u201312.00", ("Berbagi praktik baik: Singkawang Tourism", "Pass dan command center Pontianak"), ("Diskominfo Kota Singkawang dan", "Diskominfo Kota Pontianak")),
    ("12.00\u201313.00", "ISHOMA", "Panitia"),
    ("13.00\u201315.30", ("Diskusi kelompok per pilar smart city", "(enam kelompok)"), "Fasilitator tim ahli"),
    ("15.30\u201316.30", "Pleno hasil diskusi kelompok", "Kepala Bidang E-Government"),
]:
    p1.row(cells)

p2.bold("Hari Kedua: Kamis, 11 Juni 2026")
p2.header()
for cells in [
    ("08.00\u201310.00", ("Klinik masterplan: konsultasi per", "kabupaten/kota"), "Tim asistensi provinsi"),
    ("10.00\u201311.30", ("Penandatanganan komitmen bersama", "Satu Data Kalimantan Barat"), ("Bupati/Wali Kota atau pejabat", "yang mewakili")),
    ("11.30\u201312.00", "Penutupan", ("Asisten Pemerintahan dan", "Kesejahteraan Rakyat")),
]:
    p2.row(cells)
p2.y -= 10
p2.bold("Catatan")
p2.flow(["Peserta membawa salinan masterplan smart city daerahnya untuk klinik masterplan pada hari kedua."])
p2.flow(["Panitia menanggung penginapan peserta satu malam (10 Juni 2026) di Hotel Kapuas Palace; biaya",
         "perjalanan ditanggung kabupaten/kota masing-masing."])
p2.flow(["Pakaian hari pertama batik khas Kalimantan Barat bercorak insang, hari kedua pakaian dinas harian."])
p2.flow(["Narahubung panitia: Dayang Nurfitriani, Bidang E-Government Diskominfo Provinsi Kalimantan Barat,",
         "telepon 0813-5210-2026."])

write_pdf(os.path.join(HERE, "susunan-acara-rakor-smart-city-kalbar-2026.pdf"), [p1.ops, p2.ops],
          "<< /Title (Susunan Acara Rapat Koordinasi Smart City Provinsi Kalimantan Barat 2026) "
          "/Author (Diskominfo Provinsi Kalimantan Barat) /CreationDate (D:20260520080000) >>")

# ---------- DOCX: the meeting record of Kota Singkawang's implementing team ----------
def r(text, bold=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def p(text, bold=False, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + "</w:pPr>"
    return f"<w:p>{ppr}{r(text, bold)}</w:p>"
def section_title(text): return p(text, style="BagianNotulen")   # typed lowercase; the style shows it in capitals

def tc(content, width): return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'
def tbl(rows, widths):
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
            + "".join("<w:tr>" + "".join(tc(c, w) for c, w in zip(row, widths)) + "</w:tr>" for row in rows) + "</w:tbl>")
def follow_up(owner, deadline):
    """The nested table inside a decision's follow-up cell (Word requires a paragraph after a table in a cell)."""
    return tbl([(p("Penanggung jawab", True), p(owner)), (p("Tenggat", True), p(deadline))], (1500, 2100)) + "<w:p/>"

def commented(text, comment_id):
    return (f'<w:p><w:commentRangeStart w:id="{comment_id}"/>{r(text)}<w:commentRangeEnd w:id="{comment_id}"/>'
            f'<w:r><w:commentReference w:id="{comment_id}"/></w:r></w:p>')

def columns_break(n):
    """Ends a section (its properties in the last paragraph) with n text columns."""
    return (f'<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
            f'<w:cols w:num="{n}" w:space="720"/></w:sectPr></w:pPr></w:p>')

decisions = tbl([
    (p("No", True), p("Keputusan", True), p("Tindak Lanjut", True)),
    (p("1"), p("Peluncuran Singkawang Tourism Pass, tiket wisata terpadu untuk 12 objek wisata kota, ditetapkan pada "
               "17 Agustus 2026; uji coba terbatas dimulai 1 Juli 2026."),
     follow_up("Dinas Pariwisata, Kepemudaan dan Olahraga", "31 Juli 2026")),
    (p("2"), commented("Titik wifi publik ditambah 15 titik di kawasan Pasar Hongkong, Taman Burung dan Pantai "
                       "Pasir Panjang.", 0),
     follow_up("Dinas Komunikasi dan Informatika", "30 September 2026")),
    (p("3"), p("Masterplan smart city Kota Singkawang yang disusun tahun 2017 direviu dan diperbarui untuk periode "
               "2027-2031."),
     follow_up("Bappeda Kota Singkawang", "30 November 2026")),
], (500, 4800, 3700))

notulen = "".join([
    p("NOTULEN RAPAT KOORDINASI", True), p("TIM PELAKSANA SMART CITY KOTA SINGKAWANG", True),
    p("Hari/Tanggal: Selasa, 3 Maret 2026"), p("Waktu: 09.00-12.00 WIB"),
    p("Tempat: Ruang Rapat Bappeda Kota Singkawang"),
    p("Pimpinan Rapat: Muhammad Syafii, S.T., M.T., Kepala Bappeda Kota Singkawang"),
    p("Notulis: Lusiana Tjhai, Bappeda Kota Singkawang"),
    section_title("pembukaan"),
    p("Rapat dibuka oleh pimpinan rapat pukul 09.10 WIB dan dihadiri 14 orang dari sembilan perangkat daerah. "
      "Agenda rapat adalah capaian quick win triwulan pertama dan rencana anggaran smart city tahun 2026."),
    section_title("pembahasan"),
    p("Capaian pengembangan aplikasi Singkawang Tourism Pass sudah 70 persen; integrasi pembayaran nontunai dengan "
      "Bank Kalbar masih berjalan.", num=1),
    p("Wifi publik gratis kini tersedia di 25 titik; targetnya 40 titik pada akhir 2026.", num=1),
    p("Anggaran smart city Kota Singkawang tahun 2026 sebesar Rp2,4 miliar dari APBD, sebagian besar untuk "
      "jaringan dan aplikasi layanan publik.", num=1),
    section_title("keputusan dan tindak lanjut"),
    decisions,
    section_title("daftar hadir"),
    columns_break(1),
    p("Bappeda Kota Singkawang (3 orang)"), p("Dinas Komunikasi dan Informatika (3 orang)"),
    p("Dinas Pariwisata, Kepemudaan dan Olahraga (2 orang)"), p("Dinas Perhubungan (1 orang)"),
    p("Dinas Perdagangan (1 orang)"), p("Dinas Kependudukan dan Pencatatan Sipil (1 orang)"),
    p("Badan Keuangan Daerah (1 orang)"), p("Bagian Organisasi Setda (1 orang)"), p("Kecamatan Singkawang Barat (1 orang)"),
    columns_break(2),
    section_title("penutup"),
    p("Rapat ditutup pukul 11.45 WIB. Rapat koordinasi berikutnya diadakan Selasa, 2 Juni 2026 dengan agenda "
      "capaian triwulan kedua."),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>',
])

def one_list(num_id):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
            '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

docx_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BagianNotulen"><w:name w:val="Bagian Notulen"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>'
    '<w:rPr><w:b/><w:caps/><w:sz w:val="26"/></w:rPr></w:style>',
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>',
)
write_docx(os.path.join(HERE, "notulen-rakor-tim-pelaksana-smart-city-singkawang-2026.docx"), notulen, docx_styles,
           one_list(1), core("Bappeda Kota Singkawang", "2026-03-04",
                             "Notulen Rapat Koordinasi Tim Pelaksana Smart City Kota Singkawang"),
           comments_xml=comments({0: ("Kasubbag Program", "Mohon dicek lagi: di rapat disebut 20 titik, bukan 15?")}))

# ---------- Markdown: the FAQ of Kubu Raya's village programme ----------
MD = """---
title: Tanya Jawab Program Desa Melek Digital Kabupaten Kubu Raya 2026
topic: quickwin
updated: 2026-01-12
sources:
  - "Dinas Komunikasi dan Informatika Kabupaten Kubu Raya, lembar tanya jawab program, Januari 2026"
questions:
  "Apa itu Desa Melek Digital":
    - program desa digital kubu raya itu apa
    - desa melek digital tujuannya apa
  "Syarat desa peserta":
    - desa mana yang boleh ikut desa melek digital
    - kriteria desa untuk ikut program
  "Fasilitas untuk desa":
    - desa peserta dapat bantuan apa saja
  "Cara mendaftar":
    - bagaimana desa mengajukan diri
    - pendaftaran ditutup tanggal berapa
  "Biaya dan keberlanjutan":
    - apakah desa harus membayar
  "Kontak":
    - nomor yang bisa dihubungi untuk program ini
---
# Tanya Jawab Program Desa Melek Digital Kabupaten Kubu Raya 2026

<div class="catatan">
<p><strong>Catatan:</strong> lembar ini menjawab pertanyaan yang paling sering diajukan kepala desa pada sosialisasi
bulan Januari 2026. Ketentuan lengkap ada dalam Peraturan Bupati Kubu Raya tentang Desa Melek Digital.</p>
</div>

## Apa itu Desa Melek Digital

**Pengertian.** Desa Melek Digital adalah quick win smart city Kabupaten Kubu Raya pada pilar smart society: desa
mendapat sarana internet dan pendampingan agar layanan administrasi desa dan pemasaran produk warga berjalan daring.

**Sasaran.** Tahun 2026 program menjangkau 30 desa di sembilan kecamatan; sampai 2028 ditargetkan 90 desa.

**Dasar.** Program ini tercantum dalam masterplan smart city Kubu Raya 2023-2032.

## Syarat desa peserta

Desa dapat mengikuti program apabila:

- memiliki BUMDes yang aktif dan laporan keuangannya lengkap untuk tahun 2025;
- sudah terjangkau sinyal seluler 4G di kantor desa;
- menyiapkan dua kader digital yang:
  - berusia 18 sampai 35 tahun;
  - berpendidikan paling rendah SMA atau sederajat;
  - bersedia mengikuti pelatihan sampai selesai.

<div class="catatan">
<p>Desa yang sudah menerima bantuan akses internet dari BAKTI tidak dapat mendaftar lagi pada tahun yang sama.</p>
</div>

## Fasilitas untuk desa

<table>
<thead><tr><th>Fasilitas</th><th>Jumlah per desa</th><th>Keterangan</th></tr></thead>
<tbody>
<tr><td>Laptop</td><td>2 unit</td><td>untuk kader digital</td></tr>
<tr><td>Titik wifi kantor desa</td><td>1 titik</td><td>kecepatan 20 Mbps</td></tr>
<tr><td>Pelatihan kader</td><td>3 angkatan</td><td>di Sungai Raya, masing-masing 4 hari</td></tr>
<tr><td>Etalase produk di aplikasi Kubu Raya Mart</td><td>25 produk</td><td>foto dan deskripsi dibantu pendamping</td></tr>
</tbody>
</table>

## Cara mendaftar

1. Kepala desa mengisi formulir di laman desadigital.kuburayakab.go.id.
2. Formulir dilengkapi:
   - surat pernyataan kepala desa;
   - daftar nama dua calon kader digital.
3. Tim verifikasi Diskominfo mengunjungi desa untuk memeriksa sinyal dan BUMDes.

**Batas pendaftaran.** Pendaftaran dibuka 15 Januari dan ditutup 28 Februari 2026; desa terpilih diumumkan 20 Maret 2026.

## Biaya dan keberlanjutan

**Biaya.** Desa tidak dipungut biaya apa pun.

**Internet.** Langganan internet dibayar Pemerintah Kabupaten selama 12 bulan pertama; setelah itu desa
melanjutkannya dengan Dana Desa.

## Kontak

Bidang Aplikasi Informatika Diskominfo Kabupaten Kubu Raya, WhatsApp 0811-5600-2026 (Senin-Jumat, 08.00-15.00 WIB).
"""
open(os.path.join(HERE, "tanya-jawab-desa-melek-digital-kubu-raya-2026.md"), "w", encoding="utf-8").write(MD)
