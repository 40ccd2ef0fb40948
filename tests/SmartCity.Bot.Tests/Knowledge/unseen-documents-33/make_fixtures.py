#!/usr/bin/env python3
"""Builds the documents of the thirty-third unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF activity report of Kabupaten Sumba Timur's digital tourism villages whose section titles are white body-size
regular letters on a dark filled bar (told from the body only by their colour and the bar behind them), an identity
block of "Label ........ : value" lines whose dot leaders are their own pieces, and a borderless table whose first
column holds each row's label (no header row: "Jumlah homestay terdaftar | 14 | 9 | 11");
a DOCX terms of reference (KAK) of the "Sumba Timur Satu Data" programme whose headings are Normal paragraphs made
large only by a linked character style on their runs ("Judul1Char", as Word applies when a heading style is painted
onto part of a paragraph), with a programme card as a two-column table whose first column is the label ("Nama
Program | …", no header row) and whose multi-item cells are split by line breaks (w:br), not paragraphs;
an HTML page saved from an online innovation proposal form ("Formulir Usulan Inovasi"): its sections are
&lt;fieldset&gt;s titled by &lt;legend&gt;, the answers sit in readonly &lt;input value="…"&gt;, a &lt;select&gt; whose
chosen &lt;option selected&gt; is the answer, checked and unchecked checkboxes for the pillars and a &lt;textarea&gt;
description, with the portal's menu and footer around it.
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: the activity report of the digital tourism villages ----------
BODY, LEAD, WIDTH = 10, 13.5, 96

def t(font, size, x, y, text, gray=None):
    colour = f"{gray} g " if gray is not None else ""
    return f"BT {colour}/{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(text)}) Tj ET"

class Page:
    def __init__(self, number, pages):
        self.ops, self.y = [], 790
        self.ops.append(t("F1", 8, 57, 36, "Dinas Pariwisata dan Kebudayaan Kabupaten Sumba Timur"))
        self.ops.append(t("F1", 8, 490, 36, f"Halaman {number} dari {pages}"))
    def title(self, text, size=13):
        self.ops.append(t("F2", size, 57, self.y, text)); self.y -= size + 7
    def bar(self, text):
        """A section title as a layout template sets it: a dark bar across the column and the title in white regular
        type of the body's size on it."""
        self.y -= 10
        self.ops.append(f"q 0.15 0.3 0.45 rg 57 {self.y - 5} 481 17 re f Q")
        self.ops.append("q " + t("F1", BODY, 63, self.y, text, gray=1) + " Q")
        self.y -= LEAD + 8
    def para(self, text, x=57, width=WIDTH):
        for line in textwrap.wrap(text, width):
            self.ops.append(t("F1", BODY, x, self.y, line)); self.y -= LEAD
        self.y -= 5
    def label(self, name, value):
        """A form line: the label, a run of dots as its own piece up to the colon, the value after it."""
        self.ops.append(t("F1", BODY, 57, self.y, name))
        dots = "." * max(3, int((185 - 57 - len(name) * 5.2) / 2.8))
        self.ops.append(t("F1", BODY, 57 + len(name) * 5.2 + 4, self.y, dots))
        self.ops.append(t("F1", BODY, 192, self.y, ":"))
        lines = textwrap.wrap(value, 62)
        for i, line in enumerate(lines):
            self.ops.append(t("F1", BODY, 202, self.y, line)); self.y -= LEAD
        self.y -= 1
    def grid(self, head, rows):
        """A borderless table: a bold line of column names over the number columns, then rows whose first cell is the
        row's label."""
        cols = [300, 380, 460]
        for x, h in zip(cols, head): self.ops.append(t("F2", 9, x, self.y, h))
        self.y -= LEAD
        for label, *values in rows:
            self.ops.append(t("F1", 9, 62, self.y, label))
            for x, v in zip(cols, values): self.ops.append(t("F1", 9, x + 10, self.y, v))
            self.y -= LEAD
        self.y -= 6

p1, p2 = Page(1, 2), Page(2, 2)
p1.title("LAPORAN PELAKSANAAN KEGIATAN")
p1.title("DESA WISATA DIGITAL KABUPATEN SUMBA TIMUR TAHUN 2026", 11)
p1.y -= 4
p1.bar("A. Identitas Kegiatan")
p1.label("Nama Kegiatan", "Pendampingan Desa Wisata Digital")
p1.label("Dasar Pelaksanaan", "Masterplan Smart City Kabupaten Sumba Timur, quick win pilar smart economy")
p1.label("Pelaksana", "Dinas Pariwisata dan Kebudayaan Kabupaten Sumba Timur")
p1.label("Penanggung Jawab", "Maria Rambu Ana, S.Par., Kepala Bidang Destinasi Pariwisata")
p1.label("Lokasi", "Desa Praiyawang, Desa Kambera dan Desa Wunga")
p1.label("Waktu Pelaksanaan", "9 Februari s.d. 29 Mei 2026")
p1.label("Sumber Dana", "DAK Nonfisik Pariwisata Tahun Anggaran 2026")
p1.label("Anggaran", "Rp 486.500.000")
p1.bar("B. Latar Belakang")
p1.para("Ketiga desa memiliki kampung adat, tenun ikat dan padang sabana yang banyak dikunjungi wisatawan, tetapi "
        "pemesanan homestay dan pemandu masih lewat telepon dan sering tidak terjawab. Kegiatan ini melatih pengelola "
        "desa wisata memasarkan paket wisata dan menerima pemesanan melalui aplikasi Jelajah Sumba Timur.")
p1.bar("C. Capaian Kegiatan")
p1.para("Capaian per 29 Mei 2026 menurut desa:")
p1.grid(["Praiyawang", "Kambera", "Wunga"],
        [("Pengelola yang dilatih (orang)", "12", "10", "8"),
         ("Jumlah homestay terdaftar", "14", "9", "11"),
         ("Paket wisata tayang di aplikasi", "6", "4", "5"),
         ("Pemesanan daring Maret-Mei", "73", "41", "58")])
p2.bar("D. Kendala")
p2.para("Sinyal internet di Desa Wunga hanya ada di sekitar kantor desa, sehingga pengelola harus turun ke kantor desa "
        "untuk membalas pemesanan. Sebagian pemilik homestay belum memiliki rekening bank untuk menerima pembayaran "
        "nontunai.")
p2.bar("E. Tindak Lanjut")
p2.para("Dinas Pariwisata dan Kebudayaan mengusulkan pemasangan satu titik Wi-Fi desa di Wunga kepada Diskominfo pada "
        "Juli 2026 dan bekerja sama dengan Bank NTT membuka rekening bagi pemilik homestay. Pada 2027 pendampingan "
        "diperluas ke Desa Tanarara dan Desa Lambanapu.")
p2.bar("F. Penutup")
p2.para("Demikian laporan ini dibuat sebagai bahan evaluasi quick win smart city Kabupaten Sumba Timur.")
p2.para("Waingapu, 5 Juni 2026", x=360)
write_pdf(os.path.join(HERE, "laporan-desa-wisata-digital-sumba-timur-2026.pdf"), [p1.ops, p2.ops],
          "<< /Title (Laporan Desa Wisata Digital Sumba Timur 2026) /Author (Dispar Sumba Timur) "
          "/CreationDate (D:20260605090000+08'00') >>")

# ---------- DOCX: the terms of reference of Sumba Timur Satu Data ----------
def r(text, char_style=None, breaks=False):
    """A run; char_style a character style id; breaks: "\\n" in text become line breaks (w:br) inside the run."""
    rpr = f'<w:rPr><w:rStyle w:val="{char_style}"/></w:rPr>' if char_style else ""
    parts = text.split("\n") if breaks else [text]
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{esc(x)}</w:t>' for x in parts)
    return f"<w:r>{rpr}{inner}</w:r>"
def p(text="", char_style=None, breaks=False):
    return f"<w:p>{r(text, char_style, breaks) if text else ''}</w:p>"
def heading(text): return p(text, "Judul1Char")
def card(rows):
    cell = lambda c, w, bold: f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p>' + \
        (f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(c)}</w:t></w:r>' if bold else r(c, breaks=True)) + "</w:p></w:tc>"
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="2800"/><w:gridCol w:w="6200"/></w:tblGrid>' +
            "".join(f"<w:tr>{cell(a, 2800, True)}{cell(b, 6200, False)}</w:tr>" for a, b in rows) + "</w:tbl>")

CARD = [("Nama Program", "Sumba Timur Satu Data"),
        ("Perangkat Daerah Pengampu", "Dinas Komunikasi dan Informatika Kabupaten Sumba Timur"),
        ("Pilar Smart City", "Smart Governance"),
        ("Koordinator Program", "Umbu Djoka Hamapati, S.T., M.Si."),
        ("Sasaran", "34 perangkat daerah dan 22 kecamatan\nmenyetor data sektoral ke portal satu data"),
        ("Anggaran", "Rp 1.150.000.000 (APBD 2026)"),
        ("Jangka Waktu", "2 Maret 2026 sampai 30 November 2026"),
        ("Keluaran", "Portal data.sumbatimurkab.go.id\n120 dataset prioritas terbit\nPeraturan Bupati tentang Satu Data")]
kak = "".join([
    p("KERANGKA ACUAN KERJA (KAK)", "JudulChar"),
    p("PROGRAM SUMBA TIMUR SATU DATA TAHUN 2026", "JudulChar"),
    p(),
    card(CARD), p(),
    heading("Latar Belakang"),
    p("Data sektoral di Kabupaten Sumba Timur masih tersimpan di masing-masing perangkat daerah dalam format yang berbeda, "
      "sehingga angka yang sama sering berbeda antara dokumen perencanaan. Masterplan smart city menetapkan satu data "
      "sebagai quick win pilar smart governance."),
    heading("Tujuan"),
    p("Menyediakan satu portal data resmi yang dikelola bersama oleh Diskominfo sebagai wali data dan Bappeda sebagai "
      "pembina data, agar setiap perangkat daerah memakai angka yang sama."),
    heading("Tahapan Pelaksanaan"),
    p("Tahap 1 (Maret-April 2026): penyusunan daftar data prioritas bersama Bappeda.\n"
      "Tahap 2 (Mei-Juli 2026): pelatihan 68 operator data, dua orang dari setiap perangkat daerah.\n"
      "Tahap 3 (Agustus-Oktober 2026): pengisian dan verifikasi dataset di portal.\n"
      "Tahap 4 (November 2026): peluncuran portal oleh Bupati dan evaluasi.", breaks=True),
    heading("Pembiayaan"),
    p("Anggaran terbesar dipakai untuk sewa server pusat data sebesar Rp 420.000.000, disusul honor tim verifikasi "
      "sebesar Rp 276.000.000. Sisanya untuk pelatihan operator dan sosialisasi."),
    heading("Penutup"),
    p("KAK ini ditetapkan di Waingapu pada 16 Februari 2026 oleh Kepala Dinas Komunikasi dan Informatika Kabupaten "
      "Sumba Timur."),
])
kak_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:link w:val="Judul1Char"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="Judul1Char"><w:name w:val="Judul 1 Char"/><w:link w:val="Judul1"/>'
    '<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="JudulChar"><w:name w:val="Title Char"/>'
    '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>')
write_docx(os.path.join(HERE, "kak-sumba-timur-satu-data-2026.docx"), kak, kak_styles, numbering(),
           core("Diskominfo Kabupaten Sumba Timur", "2026-02-16", "KAK Sumba Timur Satu Data 2026"))

# ---------- HTML: a filled-in innovation proposal form, saved from the portal ----------
def field(label, value, name):
    return (f'<div class="form-row"><label for="{name}">{esc(label)}</label>'
            f'<input type="text" id="{name}" name="{name}" value="{esc(value)}" readonly></div>')
PILLARS = ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society", "Smart Environment"]
checks = "".join(f'<label class="check"><input type="checkbox" name="pilar" value="{p_}"{" checked" if p_ in ("Smart Economy", "Smart Branding") else ""} disabled> {p_}</label>'
                 for p_ in PILLARS)
stages = "".join(f'<option{" selected" if s == "Uji coba" else ""}>{s}</option>' for s in ("Gagasan", "Uji coba", "Penerapan", "Replikasi"))
html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Formulir Usulan Inovasi - Portal Inovasi Sumba Timur</title>
<style>.form-row{{display:flex;margin:6px 0}}.form-row label{{width:240px;font-weight:600}}input[readonly]{{border:0;background:#f5f5f5;width:420px}}</style>
</head><body>
<nav class="topnav"><a href="/">Beranda</a> <a href="/inovasi">Daftar Inovasi</a> <a href="/usulan">Ajukan Usulan</a> <a href="/masuk">Masuk</a></nav>
<main>
<h1>Formulir Usulan Inovasi Daerah</h1>
<p class="status">Status usulan: <strong>Terkirim</strong> &middot; Nomor registrasi INV-STM-2026-017</p>
<form action="/usulan/simpan" method="post">
<fieldset><legend>Data Pengusul</legend>
{field("Perangkat Daerah", "Dinas Perindustrian dan Perdagangan Kabupaten Sumba Timur", "opd")}
{field("Nama Pengusul", "Rambu Hada Kahi, S.E.", "pengusul")}
{field("Jabatan", "Kepala Seksi Pemasaran Produk Daerah", "jabatan")}
{field("Nomor WhatsApp", "0813-3921-4470", "wa")}
{field("Tanggal Usulan", "14 April 2026", "tanggal")}
</fieldset>
<fieldset><legend>Profil Inovasi</legend>
{field("Nama Inovasi", "Pasar Tenun Daring (PASTEN)", "nama")}
<div class="form-row"><label for="tahap">Tahapan Inovasi</label><select id="tahap" name="tahap" disabled>{stages}</select></div>
<div class="form-row"><span class="label">Pilar Smart City</span>{checks}</div>
{field("Mulai Diterapkan", "Oktober 2025", "mulai")}
{field("Jumlah Penenun Terdaftar", "312 penenun dari 9 kecamatan", "penenun")}
{field("Nilai Transaksi Sampai Maret 2026", "Rp 1,87 miliar", "transaksi")}
</fieldset>
<fieldset><legend>Uraian Inovasi</legend>
<div class="form-row"><label for="uraian">Deskripsi Singkat</label><textarea id="uraian" name="uraian" rows="6" readonly>PASTEN adalah lapak daring milik pemerintah daerah tempat penenun kain ikat Sumba Timur menjual kainnya langsung kepada pembeli tanpa tengkulak. Setiap kain diberi kode QR yang memuat nama penenun, motif, bahan pewarna alami dan lama pengerjaan, sehingga pembeli dapat memastikan keaslian kain. Pembayaran nontunai diteruskan ke rekening penenun paling lambat dua hari setelah kain diterima pembeli.</textarea></div>
<div class="form-row"><label for="masalah">Masalah yang Diselesaikan</label><textarea id="masalah" name="masalah" rows="4" readonly>Sebelumnya penenun menjual kain kepada tengkulak dengan harga sekitar sepertiga harga jual di Kupang dan Bali, dan kain tiruan cetak mesin banyak dijual sebagai tenun ikat asli.</textarea></div>
</fieldset>
<fieldset><legend>Lampiran</legend>
<div class="form-row"><label for="berkas">Berkas Pendukung</label><input type="file" id="berkas" name="berkas" disabled> <span class="file">profil-pasten.pdf (2,1 MB)</span></div>
</fieldset>
<button type="submit" disabled>Kirim Usulan</button>
</form>
</main>
<footer><p>Portal Inovasi Daerah Kabupaten Sumba Timur &copy; 2026 &middot; Bagian Organisasi Setda Sumba Timur &middot; Jl. Adam Malik No. 1 Waingapu</p></footer>
</body></html>
"""
open(os.path.join(HERE, "usulan-inovasi-pasar-tenun-daring-sumba-timur.html"), "w", encoding="utf-8").write(html)
