#!/usr/bin/env python3
"""Builds the documents of the twenty-second unseen-document probe (writers shared in ../fixture_documents.py).
Documents a programme office really drops into knowledge/:
a PDF circular letter (surat edaran) printed from Word: a letterhead (the ministry's name, its address, phone and
website, a rule drawn as a thin filled rectangle), the Nomor/Sifat/Lampiran/Hal block, the addressee, a centred title,
numbered points justified the way Word sets them (word spacing, each line its own TJ array with kerning inside words),
lettered sub-points whose third item runs over the page break, "- 2 -" at the top of page 2, a small schedule table
with ruled cells, a signature block and a "Tembusan" list;
a DOCX FAQ (tanya-jawab) whose questions are bold numbered paragraphs in Normal style (a Word decimal list, numbering
running on across groups), each followed by its answer paragraphs and bullet lists, grouped under three Heading 1s;
the HTML page (pojok-digital-kelurahan-probolinggo.html, written by hand) is a city service page with tabs
(role="tab"/"tabpanel", aria-labelledby), an accordion FAQ (<details><summary>), a cookie banner and a footer with
the office's address, phone and opening hours, none of which may become an answer.
Run from this folder: python3 make_fixtures.py"""
import os, sys, random
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import (para, styles, numbering, core, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B)

# ---------- PDF: a surat edaran printed from Word ----------
random.seed(22)
S, LEAD, RIGHT = 11, 15, 523

def tj(font, size, x, y, text, tw=0.0):
    """One line as Word prints it: a Tm, word spacing for justified lines, and a TJ array whose pieces carry small
    kerning adjustments inside words."""
    pieces, out, i = [], [], 0
    while i < len(text):
        step = random.randint(3, 9)
        pieces.append(text[i:i + step]); i += step
    for k, piece in enumerate(pieces):
        out.append(f"({pdf_text(piece)})")
        if k < len(pieces) - 1 and not piece.endswith(" "): out.append(str(random.choice((-3, 2, 4, -1))))
    return f"BT /{font} {size} Tf {tw:.3f} Tw 1 0 0 1 {x} {y} Tm [{''.join(out)}] TJ ET"

def centred(font, size, y, text, width=595):
    return tj(font, size, round((width - len(text) * size * 0.52) / 2, 2), y, text)

def rule(x, y, w, h): return f"0 0 0 rg {x} {y} {w} {h} re f"

class Page:
    def __init__(self, top=780): self.ops, self.y = [], top
    def gap(self, h): self.y -= h
    def line(self, x, text, font=R, size=S, tw=0.0): self.ops.append(tj(font, size, x, self.y, text, tw)); self.y -= LEAD
    def centre(self, text, font=B, size=S): self.ops.append(centred(font, size, self.y, text)); self.y -= size + 4
    def kv(self, label, value):
        self.ops += [tj(R, S, 72, self.y, label), tj(R, S, 140, self.y, ":"), tj(R, S, 150, self.y, value)]; self.y -= LEAD
    def point(self, x_num, num, x_text, lines):
        """A numbered point whose wrapped lines start under its text; every line but the last is justified."""
        self.ops.append(tj(R, S, x_num, self.y, num))
        for k, text in enumerate(lines):
            self.line(x_text, text, tw=1.35 if k < len(lines) - 1 else 0.0)

def letterhead(p):
    p.centre("KEMENTERIAN KOMUNIKASI DAN DIGITAL", size=14)
    p.centre("REPUBLIK INDONESIA", size=12)
    p.centre("DIREKTORAT JENDERAL EKOSISTEM DIGITAL", size=12)
    p.centre("Jalan Medan Merdeka Barat Nomor 9, Jakarta Pusat 10110, Telepon (021) 3452841", font=R, size=8.5)
    p.centre("Laman www.komdigi.go.id  Pos-el sekretariat.ekodig@komdigi.go.id", font=R, size=8.5)
    p.ops += [rule(72, p.y + 2, 451, 2.2), rule(72, p.y - 1, 451, 0.6)]
    p.gap(16)

p1 = Page()
letterhead(p1)
p1.kv("Nomor", "B-412/DJED/KD.02.03/03/2026")
p1.kv("Sifat", "Segera")
p1.kv("Lampiran", "-")
p1.kv("Hal", "Penyampaian Dokumen Masterplan dan Klinik Pendampingan")
p1.gap(8)
p1.line(72, "Yth. Bupati/Wali Kota Peserta Gerakan Menuju Smart City Angkatan 2026")
p1.line(72, "di Tempat")
p1.gap(8)
p1.centre("SURAT EDARAN")
p1.centre("NOMOR 4 TAHUN 2026")
p1.centre("TENTANG")
p1.centre("PENYAMPAIAN DOKUMEN MASTERPLAN SMART CITY DAN")
p1.centre("KLINIK PENDAMPINGAN MASTERPLAN ANGKATAN 2026")
p1.gap(8)
p1.point(72, "1.", 90, [
    "Dalam rangka penyelesaian tahapan Gerakan Menuju Smart City tahun 2026, setiap kabupaten/kota",
    "peserta angkatan 2026 wajib menyampaikan dokumen masterplan smart city yang telah disusun selama",
    "bimbingan teknis kepada Direktorat Jenderal Ekosistem Digital."])
p1.point(72, "2.", 90, [
    "Dokumen disampaikan paling lambat tanggal 31 Juli 2026 melalui aplikasi Sistem Informasi Masterplan",
    "Terpadu (SIMANTAP) pada laman simantap.komdigi.go.id dengan akun operator daerah yang telah dibagikan",
    "pada bimbingan teknis tahap pertama."])
p1.point(72, "3.", 90, ["Dokumen yang disampaikan sebagaimana dimaksud pada angka 2 meliputi:"])
p1.point(90, "a.", 106, [
    "masterplan smart city berjangka 10 (sepuluh) tahun yang telah ditandatangani kepala daerah;"])
p1.point(90, "b.", 106, [
    "peraturan kepala daerah tentang penetapan masterplan smart city atau rancangannya;"])
p1.point(90, "c.", 106, [
    "rencana aksi quick win tahun 2026 paling sedikit 3 (tiga) quick win, yang masing-masing memuat",
    "nama layanan, perangkat daerah pelaksana, besaran anggaran, sumber anggaran, dan target waktu"])
pages = [p1]

p2 = Page(top=800)
p2.centre("- 2 -", font=R, size=10)
p2.gap(14)
p2.line(106, "penyelesaian dalam tahun berjalan;")
p2.point(90, "d.", 106, [
    "surat keputusan kepala daerah tentang pembentukan Dewan Smart City dan Tim Pelaksana Smart City",
    "daerah; dan"])
p2.point(90, "e.", 106, ["surat pernyataan komitmen pendanaan program smart city dalam APBD tahun 2027."])
p2.point(72, "4.", 90, [
    "Untuk membantu penyempurnaan dokumen, Direktorat Jenderal Ekosistem Digital menyelenggarakan",
    "klinik pendampingan masterplan secara luring di empat wilayah dengan jadwal sebagai berikut:"])
p2.gap(4)
COLS, WIDTHS = (90, 118, 262, 370), (28, 144, 108, 153)
def table_row(page, cells, font):
    page.ops.append(rule(90, page.y + 12, 433, 0.5))
    for x, text in zip(COLS, cells): page.ops.append(tj(font, 10, x + 4, page.y, text))
    page.y -= 16
rows = [("No", "Wilayah", "Tanggal", "Tempat"),
        ("1", "Sumatera", "4-5 Mei 2026", "Hotel Grand Mercure Medan"),
        ("2", "Jawa dan Bali", "11-12 Mei 2026", "Hotel Santika Yogyakarta"),
        ("3", "Kalimantan dan Sulawesi", "18-19 Mei 2026", "Hotel Claro Makassar"),
        ("4", "Nusa Tenggara, Maluku, Papua", "25-26 Mei 2026", "Hotel Aston Kupang")]
top = p2.y + 12
for i, r in enumerate(rows): table_row(p2, r, B if i == 0 else R)
p2.ops.append(rule(90, p2.y + 12, 433, 0.5))
x = 90
for w in WIDTHS + (0,):
    p2.ops.append(rule(x, p2.y + 12, 0.5, top - p2.y - 12)); x += w
p2.gap(8)
p2.point(72, "5.", 90, [
    "Setiap kabupaten/kota mengutus paling banyak 4 (empat) orang peserta klinik yang terdiri atas unsur",
    "Bappeda, Dinas Komunikasi dan Informatika, dan perangkat daerah pelaksana quick win. Biaya perjalanan",
    "peserta dibebankan pada APBD masing-masing daerah, sedangkan akomodasi dan konsumsi selama klinik",
    "ditanggung panitia."])
p2.point(72, "6.", 90, [
    "Kabupaten/kota yang tidak menyampaikan dokumen sampai batas waktu sebagaimana dimaksud pada angka 2",
    "tidak diikutsertakan dalam penilaian Smart City Award tahun 2026."])
p2.point(72, "7.", 90, [
    "Informasi lebih lanjut dapat diperoleh melalui narahubung Sdri. Maya Kartika Sari, telepon/WhatsApp",
    "0811 9087 2266, pos-el klinik.smartcity@komdigi.go.id."])
p2.line(90, "Demikian surat edaran ini disampaikan untuk dilaksanakan sebagaimana mestinya.")
p2.gap(10)
for text in ("Jakarta, 16 Maret 2026", "Direktur Jenderal Ekosistem Digital,"): p2.line(330, text)
p2.gap(34)
for text in ("Ir. Bambang Sutrisno Hadi, M.Sc.", "NIP 19700522 199503 1 002"): p2.line(330, text)
p2.gap(6)
p2.line(72, "Tembusan:")
for k, text in enumerate(("Menteri Komunikasi dan Digital;", "Menteri Dalam Negeri;",
                          "Kepala Badan Perencanaan Pembangunan Nasional;", "Gubernur se-Indonesia.")):
    p2.point(72, f"{k + 1}.", 86, [text])
pages.append(p2)
write_pdf("surat-edaran-klinik-masterplan-smart-city-2026.pdf", [p.ops for p in pages],
          "<< /Title (Surat Edaran Klinik Masterplan 2026) /Author (Setditjen Ekosistem Digital) "
          "/Creator (Microsoft Word for Microsoft 365) /Producer (Microsoft Word for Microsoft 365) "
          "/CreationDate (D:20260316101500+07'00') >>")

# ---------- DOCX: an FAQ whose questions are bold numbered paragraphs ----------
STYLES = styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
                '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
                '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
                '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
                '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>')
NUMBERING = numbering((1, 0, "decimal", "%1.", 1), (2, 1, "bullet", "\u2022", None))
def q(text): return para(text, num=1, bold=True)
def a(text): return para(text)
def bullets(*items): return "".join(para(i, style="ListParagraph", num=2) for i in items)
def group(text): return para(text, style="Heading1")

body = "".join([
    para("Tanya Jawab Evaluasi Mandiri Smart City Tahun 2026", style="Title"),
    a("Dokumen ini menghimpun pertanyaan yang paling sering diajukan operator daerah tentang evaluasi mandiri "
      "Gerakan Menuju Smart City tahun 2026. Disusun oleh Sekretariat Evaluasi Smart City, Direktorat Jenderal "
      "Ekosistem Digital, Kementerian Komunikasi dan Digital."),
    group("A. Ketentuan Umum"),
    q("Apa yang dimaksud dengan evaluasi mandiri smart city?"),
    a("Evaluasi mandiri adalah penilaian yang dilakukan sendiri oleh pemerintah kabupaten/kota atas pelaksanaan "
      "masterplan smart city dan quick win-nya selama satu tahun terakhir. Hasilnya menjadi bahan awal bagi tim "
      "penilai sebelum verifikasi."),
    q("Siapa yang wajib mengisi evaluasi mandiri?"),
    a("Seluruh kabupaten/kota peserta Gerakan Menuju Smart City yang masterplannya masih berjalan wajib mengisi. "
      "Pengisian dikoordinasikan oleh Bappeda bersama Dinas Komunikasi dan Informatika, dan dikirim oleh satu "
      "operator daerah yang ditunjuk dengan surat tugas kepala daerah."),
    q("Kapan evaluasi mandiri dibuka dan ditutup?"),
    a("Formulir evaluasi mandiri dibuka pada 2 Maret 2026 dan ditutup pada 30 April 2026 pukul 23.59 WIB. "
      "Tidak ada perpanjangan waktu."),
    group("B. Pengisian Formulir"),
    q("Di mana formulir evaluasi mandiri diisi?"),
    a("Formulir diisi secara daring melalui laman evaluasi.smartcity.komdigi.go.id dengan akun operator daerah. "
      "Akun dikirim ke alamat pos-el dinas yang tercantum dalam surat tugas."),
    q("Berapa jumlah indikator yang harus diisi?"),
    a("Daerah mengisi 48 indikator, terdiri atas:"),
    bullets("12 indikator kelembagaan dan regulasi;",
            "24 indikator pelaksanaan enam pilar smart city, masing-masing 4 indikator per pilar;",
            "12 indikator quick win dan inovasi daerah."),
    q("Dokumen pendukung apa saja yang perlu diunggah?"),
    bullets("Surat keputusan pembentukan Dewan Smart City daerah",
            "Peraturan kepala daerah tentang masterplan smart city",
            "Laporan pelaksanaan quick win tahun 2025",
            "Foto atau tangkapan layar layanan yang sudah berjalan"),
    a("Setiap berkas diunggah dalam format PDF atau JPG dengan ukuran paling besar 5 MB per berkas."),
    q("Apakah isian masih bisa diubah setelah dikirim?"),
    a("Tidak. Setelah tombol Kirim ditekan, seluruh isian terkunci. Jika ada kesalahan, operator dapat mengajukan "
      "pembukaan kunci melalui helpdesk paling lambat 3 (tiga) hari sebelum formulir ditutup."),
    group("C. Verifikasi dan Hasil"),
    q("Siapa yang memverifikasi hasil evaluasi mandiri?"),
    a("Hasil evaluasi mandiri diverifikasi oleh tim verifikasi yang terdiri atas akademisi dari perguruan tinggi "
      "mitra dan pegawai Kementerian Komunikasi dan Digital. Verifikasi dilakukan dalam dua tahap:"),
    bullets("verifikasi dokumen pada Mei 2026 untuk semua daerah;",
            "verifikasi lapangan pada Juni sampai Juli 2026 untuk 30 daerah dengan nilai tertinggi."),
    q("Kapan hasil evaluasi diumumkan?"),
    a("Hasil evaluasi diumumkan pada Agustus 2026 melalui surat kepada kepala daerah. Daerah dengan nilai tertinggi "
      "dinominasikan untuk Smart City Award 2026."),
    q("Bagaimana jika operator daerah lupa kata sandi akunnya?"),
    a("Operator menghubungi helpdesk evaluasi mandiri melalui WhatsApp 0812 1100 2026 atau pos-el "
      "helpdesk.evaluasi@komdigi.go.id pada hari kerja, Senin sampai Jumat pukul 08.00-16.00 WIB. Kata sandi baru "
      "dikirim ke pos-el operator paling lama 1 x 24 jam."),
])
write_docx("tanya-jawab-evaluasi-mandiri-smart-city-2026.docx", body, STYLES, NUMBERING,
           core("Sekretariat Evaluasi Smart City", "2026-02-20"))
