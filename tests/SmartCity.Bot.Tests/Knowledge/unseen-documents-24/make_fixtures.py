#!/usr/bin/env python3
"""Builds the documents of the twenty-fourth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF attachment (lampiran) holding an evaluation rubric: a running header (the decree it belongs to) over a thin rule
and a running footer "… Lampiran - hal. n" on every page; a six-column score matrix in smaller type whose cells wrap
over two or three lines, each row closed by a drawn rule, continued on page 2 under its repeated header; lettered
bold headings at body size, a list of score bands, a signature block;
a DOCX regional action plan whose headings carry only an outline level and a larger size set on the paragraph (no
heading style, no bold), whose words are broken over several runs the way Word saves edited text (proofing marks,
revision ids), with a matrix table under a two-row header (a "Target" cell spanning three year columns) and a pillar
column merged down over two rows;
a Markdown FAQ sheet with setext headings (underlined with = and -), HTML fragments (details/summary answers, an
HTML table with a rowspan, <br> and <kbd>), a list nested three levels deep and a footnote.
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the rubric attachment ----------
S, LEAD, SMALL = 11, 15, 9

def op(font, size, x, y, text): return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"
def rule(x, y, w, h=0.6): return f"0 0 0 rg {x} {y} {w} {h} re f"

class Page:
    def __init__(self, n):
        self.ops, self.y = [], 770
        self.ops += [op(R, 8, 72, 805, "Lampiran I Keputusan Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian"),
                     op(R, 8, 72, 795, "Provinsi Kalimantan Utara Nomor 188.4/077/DKISP/V/2026"), rule(72, 790, 451, 0.5),
                     rule(72, 62, 451, 0.5), op(R, 8, 72, 50, "Rubrik Penilaian Kesiapan Smart City Kaltara 2026"),
                     op(R, 8, 455, 50, f"Lampiran - hal. {n}")]
    def gap(self, h): self.y -= h
    def line(self, x, text, font=R, size=S): self.ops.append(op(font, size, x, self.y, text)); self.y -= LEAD
    def para(self, text, x=72, width=92):
        for part in textwrap.wrap(text, width): self.line(x, part)
    def centre(self, text, font=B, size=13):
        self.ops.append(op(font, size, round((595 - len(text) * size * 0.55) / 2, 2), self.y, text)); self.y -= size + 5
    def heading(self, text): self.gap(6); self.line(72, text, B)

# Each column's left edge and the width its text may fill (points), so a cell's text stays inside its cell with a
# few points of padding before the next, as a table exported from Word or a spreadsheet prints it.
COLS = [(74, 14, "No"), (92, 84, "Aspek Penilaian"), (182, 30, "Bobot"), (218, 96, "Skor 1 (Kurang)"),
        (320, 96, "Skor 2 (Cukup)"), (422, 96, "Skor 3 (Baik)")]

# Helvetica's advance widths (per 1000 units of the font size) for the letters the matrix uses; others count as 556.
_WIDTHS = {**dict.fromkeys("ijl", 222), **dict.fromkeys("ftI ", 278), "r": 333, **dict.fromkeys("(),.-", 278),
           **dict.fromkeys("ckszv", 500), **dict.fromkeys("mM", 833), "w": 722, "%": 889, "W": 944}

def fits(text, width, font=R, size=SMALL):
    return sum(_WIDTHS.get(ch, 667 if ch.isupper() else 556) for ch in text) * size / 1000 * (1.05 if font == B else 1) <= width

def wrap(text, width, font=R):
    lines = []
    for word in text.split():
        if lines and fits(lines[-1] + " " + word, width, font): lines[-1] += " " + word
        else: lines.append(word)
    return lines

def matrix_row(page, cells, font=R):
    wrapped = [wrap(c, w, font) or [""] for c, (_, w, _) in zip(cells, COLS)]
    for i in range(max(len(w) for w in wrapped)):
        for (x, _, _), lines in zip(COLS, wrapped):
            if i < len(lines): page.ops.append(op(font, SMALL, x, page.y, lines[i]))
        page.y -= 11
    page.ops.append(rule(72, page.y + 6, 451)); page.y -= 6

def matrix_header(page):
    page.ops.append(rule(72, page.y + 12, 451)); matrix_row(page, [c for _, _, c in COLS], B)

ROWS = [
    ["1.", "Kelembagaan dan Tata Kelola", "20%", "Dewan smart city belum dibentuk.",
     "Dewan smart city dibentuk dengan SK, tetapi belum rapat rutin.",
     "Dewan dan tim pelaksana aktif, rapat paling sedikit sekali tiap triwulan."],
    ["2.", "Kualitas Dokumen Masterplan", "25%", "Masterplan belum ditetapkan dengan peraturan kepala daerah.",
     "Masterplan sudah ditetapkan, tetapi belum selaras dengan RPJMD.",
     "Masterplan ditetapkan dan selaras dengan RPJMD serta renstra perangkat daerah."],
    ["3.", "Quick Win", "20%", "Belum ada quick win yang berjalan.", "Satu atau dua quick win sudah berjalan.",
     "Paling sedikit tiga quick win berjalan dan dampaknya diukur dengan indikator."],
    ["4.", "Anggaran", "15%", "Belum ada alokasi APBD untuk program smart city.",
     "Alokasi APBD ada pada satu perangkat daerah.", "Alokasi APBD ada pada tiga perangkat daerah atau lebih."],
    ["5.", "Infrastruktur dan Data", "10%", "Belum memiliki pusat data maupun forum satu data daerah.",
     "Pusat data tersedia, tetapi integrasi data antarperangkat daerah belum berjalan.",
     "Satu data daerah berjalan dan terhubung ke portal data provinsi."],
    ["6.", "Literasi dan Partisipasi Masyarakat", "10%", "Belum ada kegiatan literasi digital bagi warga.",
     "Kegiatan literasi digital diadakan sesekali tanpa jadwal.",
     "Literasi digital terjadwal setiap tahun dan kanal aduan warga aktif ditanggapi."],
]

p1 = Page(1)
p1.centre("RUBRIK PENILAIAN KESIAPAN IMPLEMENTASI SMART CITY")
p1.centre("KABUPATEN/KOTA SE-KALIMANTAN UTARA TAHUN 2026")
p1.heading("A. Tujuan")
p1.para("Rubrik ini menjadi acuan tim penilai provinsi dalam mengukur kesiapan kabupaten/kota di Kalimantan Utara "
        "menjalankan masterplan smart city. Hasil penilaian dipakai untuk menentukan daerah yang mendapat "
        "pendampingan lanjutan dari provinsi pada tahun 2027.")
p1.heading("B. Aspek dan Bobot Penilaian")
p1.para("Penilaian mencakup enam aspek. Setiap aspek diberi skor 1 sampai 3 sesuai uraian pada matriks berikut, "
        "lalu dikalikan dengan bobotnya; jumlah seluruh bobot adalah 100%.")
p1.gap(8); matrix_header(p1)
for r in ROWS[:3]: matrix_row(p1, r)

p2 = Page(2)
matrix_header(p2)
for r in ROWS[3:]: matrix_row(p2, r)
p2.heading("C. Nilai Akhir dan Kategori Kesiapan")
p2.para("Nilai akhir adalah jumlah hasil kali skor dan bobot seluruh aspek, dengan rentang 1,00 sampai 3,00. "
        "Kategori kesiapan ditentukan sebagai berikut:")
for band in ("a. nilai akhir 2,40 atau lebih: Siap Implementasi;",
             "b. nilai akhir 1,70 sampai 2,39: Perlu Pendampingan;",
             "c. nilai akhir di bawah 1,70: Belum Siap."):
    p2.line(90, band)
p2.heading("D. Tim Penilai")
p2.para("Penilaian dilakukan oleh tim penilai yang beranggotakan lima orang: dua orang dari Dinas Komunikasi, "
        "Informatika, Statistik dan Persandian Provinsi Kalimantan Utara, dua orang akademisi Universitas Borneo "
        "Tarakan, dan satu orang dari Bappeda Provinsi Kalimantan Utara.")

p3 = Page(3)
p3.heading("E. Jadwal Penilaian")
p3.para("Penilaian dokumen dilaksanakan pada 8 sampai 12 Juni 2026, dilanjutkan verifikasi lapangan ke setiap "
        "kabupaten/kota pada 15 sampai 19 Juni 2026. Hasil penilaian diumumkan pada 3 Juli 2026 melalui surat "
        "Kepala Dinas kepada bupati/wali kota.")
p3.heading("F. Keberatan atas Hasil Penilaian")
p3.para("Kabupaten/kota yang tidak sepakat dengan hasil penilaian dapat mengajukan keberatan tertulis paling lambat "
        "5 (lima) hari kerja setelah hasil diumumkan, disertai bukti pendukung, melalui surel "
        "smartcity@diskominfo.kaltaraprov.go.id. Tim penilai menjawab keberatan dalam 10 (sepuluh) hari kerja.")
p3.gap(20)
for text in ("Ditetapkan di Tanjung Selor", "pada tanggal 20 Mei 2026",
             "KEPALA DINAS KOMUNIKASI, INFORMATIKA,", "STATISTIK DAN PERSANDIAN,", "", "", "ttd", "",
             "YUSUF RAHMADANI, S.Kom., M.Si."):
    p3.line(330, text)

write_pdf(os.path.join(HERE, "rubrik-penilaian-smart-city-kaltara-2026.pdf"), [p1.ops, p2.ops, p3.ops],
          "<< /Title (Rubrik Penilaian Kesiapan Smart City Kaltara 2026) /Author (DKISP Kaltara) "
          "/CreationDate (D:20260520090000) >>")

# ---------- DOCX: the regional action plan ----------
_rsid = [0x00A1B2C3]
def rsid():
    _rsid[0] = (_rsid[0] * 1103515245 + 12345) % 0xFFFFFFF
    return f"{_rsid[0]:08X}"

def runs(text, size=None, cuts=()):
    """The text broken into runs at the given offsets, as Word saves a sentence edited in several sittings; a
    proofing mark sits around the second piece."""
    rpr = f"<w:rPr><w:sz w:val=\"{size}\"/></w:rPr>" if size else ""
    bounds = [0, *cuts, len(text)]
    out = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        piece = f'<w:r w:rsidR="{rsid()}">{rpr}<w:t xml:space="preserve">{esc(text[a:b])}</w:t></w:r>'
        out.append(f'<w:proofErr w:type="spellStart"/>{piece}<w:proofErr w:type="spellEnd"/>' if i == 1 else piece)
    return "".join(out)

def body(text, cuts=None):
    cuts = cuts if cuts is not None else tuple(c for c in (len(text) // 3, 2 * len(text) // 3) if text[c - 1:c + 1].isalpha())
    return f'<w:p w:rsidR="{rsid()}" w:rsidRDefault="{rsid()}"><w:pPr><w:spacing w:after="120"/></w:pPr>{runs(text, cuts=cuts)}</w:p>'

def outline(text, level):
    size = (32, 26)[level]
    return (f'<w:p w:rsidR="{rsid()}"><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
            f'<w:outlineLvl w:val="{level}"/><w:rPr><w:sz w:val="{size}"/></w:rPr></w:pPr>'
            f'{runs(text, size, (len(text) // 2,) if text[len(text) // 2].isalpha() else ())}</w:p>')

def title(text):
    return (f'<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:sz w:val="36"/></w:rPr></w:pPr>{runs(text, 36)}</w:p>')

def cell(text, span=1, vmerge=None):
    tcpr = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + \
           (f'<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>" if vmerge == "continue" else "")
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p>{runs(text) if text else ""}</w:p></w:tc>'

def row(cells, header=False):
    return "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if header else "") + "".join(cells) + "</w:tr>"

MATRIX = [
    ("Smart Governance", "restart", "Perizinan daring terintegrasi (SiCANTIK)", "DPMPTSP",
     "40% layanan", "70% layanan", "100% layanan", "Rp650 juta"),
    ("", "continue", "Satu Data Nunukan", "Diskominfo", "10 perangkat daerah", "25 perangkat daerah",
     "40 perangkat daerah", "Rp500 juta"),
    ("Smart Branding", None, "Aplikasi wisata perbatasan Jelajah Nunukan", "Disbudporapar", "15 destinasi",
     "30 destinasi", "45 destinasi", "Rp300 juta"),
    ("Smart Economy", None, "Pasar rakyat nontunai dengan QRIS", "Disperindagkop dan UKM", "2 pasar", "4 pasar",
     "6 pasar", "Rp250 juta"),
    ("Smart Society", None, "Telemedisin puskesmas perbatasan", "Dinas Kesehatan", "5 puskesmas", "10 puskesmas",
     "17 puskesmas", "Rp900 juta"),
    ("Smart Environment", None, "Bank sampah digital", "Dinas Lingkungan Hidup", "10 desa", "20 desa", "35 desa",
     "Rp350 juta"),
]
table = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>'
         '<w:tblGrid>' + '<w:gridCol w:w="1300"/>' * 8 + '</w:tblGrid>' +
         row([cell("Pilar", vmerge="restart"), cell("Program Aksi", vmerge="restart"),
              cell("Perangkat Daerah", vmerge="restart"), cell("Target", span=3),
              cell("Anggaran 2026", vmerge="restart")], header=True) +
         row([cell("", vmerge="continue"), cell("", vmerge="continue"), cell("", vmerge="continue"),
              cell("2026"), cell("2027"), cell("2028"), cell("", vmerge="continue")], header=True) +
         "".join(row([cell(p, vmerge=m), *(cell(c) for c in rest)]) for p, m, *rest in MATRIX) + "</w:tbl>")

doc = "".join([
    title("RENCANA AKSI DAERAH SMART CITY"),
    title("KABUPATEN NUNUKAN TAHUN 2026-2028"),
    body("Dokumen ini ditetapkan di Nunukan pada 3 Maret 2026 oleh Bupati Nunukan sebagai penjabaran tahunan "
         "masterplan smart city Kabupaten Nunukan."),
    outline("1. Pendahuluan", 0),
    body("Kabupaten Nunukan menyusun masterplan smart city sebagai peserta Gerakan Menuju Smart City. Rencana aksi "
         "ini memecah masterplan tersebut menjadi 12 (dua belas) program aksi yang tersebar pada enam pilar smart city "
         "untuk tiga tahun anggaran."),
    body("Total anggaran program aksi tahun 2026 adalah Rp4,2 miliar yang bersumber dari APBD Kabupaten Nunukan."),
    outline("2. Tim Pelaksana", 0),
    body("Tim pelaksana rencana aksi diketuai oleh Sekretaris Daerah Kabupaten Nunukan, dengan sekretariat di Dinas "
         "Komunikasi dan Informatika. Anggotanya berasal dari 14 perangkat daerah."),
    body("Koordinator harian tim adalah Kepala Bidang Aplikasi Informatika, Andi Sulaiman, S.T."),
    outline("3. Matriks Program Aksi Prioritas", 0),
    body("Dari 12 program aksi, enam program ditetapkan sebagai prioritas tahun 2026 seperti pada matriks berikut."),
    table,
    outline("4. Pemantauan dan Pelaporan", 0),
    outline("4.1 Pemantauan triwulanan", 1),
    body("Setiap perangkat daerah melaporkan capaian program aksinya setiap triwulan paling lambat tanggal 10 bulan "
         "berikutnya melalui aplikasi e-Monev Kabupaten Nunukan."),
    outline("4.2 Evaluasi tahunan", 1),
    body("Evaluasi tahunan dilakukan setiap bulan November bersama Dewan Smart City Kabupaten Nunukan, dan hasilnya "
         "dilaporkan kepada Bupati sebagai bahan penyusunan anggaran tahun berikutnya."),
    outline("5. Risiko dan Mitigasi", 0),
    body("Risiko utama adalah sinyal internet yang lemah di kecamatan perbatasan seperti Krayan dan Lumbis. "
         "Mitigasinya adalah kerja sama dengan BAKTI untuk memasang VSAT di 12 titik layanan publik."),
    body("Risiko kedua adalah terbatasnya SDM teknologi informasi; mitigasinya pelatihan bagi 30 ASN setiap tahun."),
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>',
])
write_docx(os.path.join(HERE, "rencana-aksi-smart-city-nunukan-2026-2028.docx"), doc,
           styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
                  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'),
           numbering(), core("Bappeda Litbang Nunukan", "2026-03-03"))

# ---------- Markdown: the clinic's FAQ sheet ----------
MD = """Klinik Smart City Kota Tarakan
==============================

Tanya jawab layanan pendampingan smart city dari Dinas Komunikasi dan Informatika Kota Tarakan.
<br>*Diperbarui 12 Mei 2026.*

Tentang klinik
--------------

Klinik Smart City adalah layanan konsultasi bagi perangkat daerah, kelurahan, dan komunitas di Kota Tarakan yang
sedang menyiapkan program smart city, misalnya quick win atau aplikasi layanan publik.

<details>
<summary><strong>Kapan klinik buka?</strong></summary>

Klinik buka setiap **Selasa dan Kamis**, pukul 09.00&ndash;12.00 WITA.<br>
Sesi daring memakai Zoom; sesi tatap muka di Ruang Rapat Lantai 2 Kantor Diskominfo, Jalan Jenderal Sudirman No. 76.

</details>

<details>
<summary><strong>Apakah ada biaya?</strong></summary>

Tidak. Layanan klinik tidak dipungut biaya (gratis).

</details>

Cara mendaftar
--------------

1. Isi formulir pendaftaran
   - melalui laman klinik di portal Diskominfo
     - pilih hari dan jam sesi
     - unggah dokumen pendukung (draf rancangan program atau KAK)
   - atau datang langsung ke kantor Diskominfo
2. Tunggu konfirmasi jadwal yang dikirim lewat WhatsApp paling lambat 2 hari kerja
3. Hadir sesuai jadwal; satu sesi konsultasi berlangsung 45 menit

Kuota klinik <kbd>8</kbd> peserta per hari buka.

Layanan yang tersedia
---------------------

<table>
  <tr><th>Layanan</th><th>Untuk</th><th>Pendamping</th></tr>
  <tr><td>Review rancangan quick win</td><td rowspan="2">Perangkat daerah</td><td>Tim Aplikasi Informatika</td></tr>
  <tr><td>Penyusunan KAK pengadaan aplikasi</td><td>Tim Tata Kelola TIK</td></tr>
  <tr><td>Literasi data untuk kelurahan</td><td>Kelurahan dan komunitas</td><td>Tim Statistik Sektoral</td></tr>
</table>

Kontak
------

Narahubung klinik: Sdri. Maya Lestari[^1], telepon/WhatsApp 0811-5400-7721, surel
klinik.smartcity@tarakankota.go.id.

[^1]: Pranata Komputer Ahli Muda pada Bidang Aplikasi Informatika.
"""
open(os.path.join(HERE, "faq-klinik-smart-city-tarakan.md"), "w", encoding="utf-8").write(MD)
