#!/usr/bin/env python3
"""Builds the documents of the fourteenth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first thirteen probes did not use, with facts that overlap the programme's own documents (Kulon Progo's,
Klaten's and Kota Magelang's participation of 2018-2019, masterplans, quick wins, the six pillars):
a regional regulation (Peraturan Bupati) scanned and run through OCR: every line in one font at one size (the title,
BAB and Pasal headings are not bigger), each word a separate invisible text piece (render mode 3, as OCR layers are)
on a slightly wavering baseline, the page number "- 2 -" at the top of later pages, Menimbang/Mengingat with "a."
and "1." points, MEMUTUSKAN, BAB I.. with its name on the next line, Pasal n centred, ayat "(1)" and definitions
"1." with hanging indents, a word hyphenated across a line break, and the signing and promulgation blocks;
a DOCX meeting record (notula) from a localised Word: headings in the style "Judul1" (Indonesian Word's id for
"heading 1"), the particulars as label, tab and colon lines, a table of problems, follow-up, owner and deadline
whose owner cell is merged down two rows (w:vMerge) and whose deadline was revised with tracked changes
(w:del/w:delText and w:ins left in the file), and the discussion in prose;
an HTML news post on a city government's WordPress site: a top bar, a menu, the post title in <h1 class="entry-title">,
the post meta, the facts in running prose inside <div class="entry-content"> with a dateline and quotes, share
buttons, and a sidebar of widgets (latest posts, agenda, announcements) with other numbers and dates.
The HTML page is written by hand (berita-masterplan-smart-city-magelang-2034.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text, REGULAR as R

# ---------- PDF: a scanned regulation with an OCR text layer ----------
FS = 11
# Helvetica's advance widths (per 1000) for ASCII 32-126: the OCR layer places each word where the scan shows it, so
# a word's box is as wide as its glyphs and the gaps between words vary a little, as a scanned line's do.
WIDTHS = [278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + \
         [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
          667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 222, 556, 556, 500, 556, 556,
          278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
          260, 334, 584]
def width(word): return sum(WIDTHS[ord(c) - 32] if 32 <= ord(c) <= 126 else 556 for c in word) * FS / 1000
def ocr_line(x, y, text, k):
    """One OCR'd line: every word its own invisible text piece, the baseline wavering by a fraction of a point."""
    ops, cx = [], x
    for j, word in enumerate(text.split(" ")):
        dy = ((k * 7 + j * 3) % 5 - 2) * 0.2
        ops.append(f"BT 3 Tr /{R} {FS} Tf {round(cx, 1)} {round(y + dy, 1)} Td ({pdf_text(word)}) Tj ET")
        cx += width(word) + 0.278 * FS * (1.0 + ((k * 5 + j * 7) % 5) * 0.1)
    return ops

def page(items, number=None):
    """items: ("c", text) centred; ("l", x, text) a line at x; ("h", x_label, label, x_text, lines) a hanging point;
    ("gap", h)."""
    ops, y, k = [], 800, 0
    if number: ops += ocr_line(285, 815, f"- {number} -", 0)
    for it in items:
        if it[0] == "gap": y -= it[1]; continue
        if it[0] == "c": ops += ocr_line(round(297 - len(it[1]) * FS * 0.25), y, it[1], k); y -= 15; k += 1; continue
        if it[0] == "l": ops += ocr_line(it[1], y, it[2], k); y -= 15; k += 1; continue
        if it[0] == "h":
            ops += ocr_line(it[1], y, it[2], k)
            for line in it[4]: ops += ocr_line(it[3], y, line, k); y -= 15; k += 1
    return ops

p1 = [("c", "BUPATI KULON PROGO"), ("c", "DAERAH ISTIMEWA YOGYAKARTA"), ("gap", 10),
      ("c", "PERATURAN BUPATI KULON PROGO"), ("c", "NOMOR 27 TAHUN 2034"), ("gap", 4), ("c", "TENTANG"), ("gap", 4),
      ("c", "PENYELENGGARAAN KABUPATEN CERDAS"), ("gap", 10),
      ("c", "DENGAN RAHMAT TUHAN YANG MAHA ESA"), ("gap", 4), ("c", "BUPATI KULON PROGO,"), ("gap", 10),
      ("h", 60, "Menimbang :", 140, []),
      ("h", 140, "a.", 158, ["bahwa untuk meningkatkan kualitas pelayanan publik dan daya saing daerah",
                             "melalui pemanfaatan teknologi informasi dan komunikasi, perlu menyeleng-",
                             "garakan kabupaten cerdas secara terpadu;"]),
      ("h", 140, "b.", 158, ["bahwa Kabupaten Kulon Progo menjadi peserta Gerakan Menuju Smart City",
                             "sejak tahun 2018 dan masterplan smart city tahap pertama telah berakhir",
                             "pada tahun 2033;"]),
      ("h", 140, "c.", 158, ["bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan",
                             "huruf b, perlu menetapkan Peraturan Bupati tentang Penyelenggaraan",
                             "Kabupaten Cerdas;"]), ("gap", 6),
      ("h", 60, "Mengingat :", 140, []),
      ("h", 140, "1.", 158, ["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;"]),
      ("h", 140, "2.", 158, ["Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan",
                             "Berbasis Elektronik;"]), ("gap", 8),
      ("c", "MEMUTUSKAN:"), ("gap", 4),
      ("h", 60, "Menetapkan :", 140, ["PERATURAN BUPATI TENTANG PENYELENGGARAAN KABUPATEN CERDAS."]), ("gap", 8),
      ("c", "BAB I"), ("c", "KETENTUAN UMUM"), ("gap", 4), ("c", "Pasal 1"),
      ("l", 60, "Dalam Peraturan Bupati ini yang dimaksud dengan:"),
      ("h", 60, "1.", 78, ["Daerah adalah Kabupaten Kulon Progo."]),
      ("h", 60, "2.", 78, ["Kabupaten Cerdas adalah daerah yang mengelola sumber daya secara efektif dan",
                           "efisien dengan memanfaatkan teknologi informasi untuk memberikan pelayanan",
                           "terbaik kepada masyarakat."]),
      ("h", 60, "3.", 78, ["Masterplan Kabupaten Cerdas adalah dokumen perencanaan pembangunan kabupaten",
                           "cerdas untuk jangka waktu 5 (lima) tahun."]),
      ("h", 60, "4.", 78, ["Forum Kabupaten Cerdas adalah wadah partisipasi masyarakat dalam penyelenggaraan",
                           "Kabupaten Cerdas."])]

p2 = [("c", "BAB II"), ("c", "MASTERPLAN"), ("gap", 4), ("c", "Pasal 2"),
      ("h", 60, "(1)", 84, ["Masterplan Kabupaten Cerdas disusun untuk periode tahun 2034 sampai dengan",
                            "tahun 2038."]),
      ("h", 60, "(2)", 84, ["Masterplan sebagaimana dimaksud pada ayat (1) memuat sasaran dan program pada",
                            "enam dimensi, yaitu tata kelola, branding, ekonomi, kehidupan, masyarakat, dan",
                            "lingkungan."]),
      ("h", 60, "(3)", 84, ["Masterplan ditinjau ulang paling sedikit 1 (satu) kali dalam 2 (dua) tahun."]),
      ("gap", 4), ("c", "Pasal 3"),
      ("h", 60, "(1)", 84, ["Setiap perangkat daerah menyusun rencana aksi tahunan berdasarkan Masterplan",
                            "paling lambat bulan Oktober tahun sebelumnya."]),
      ("h", 60, "(2)", 84, ["Rencana aksi tahunan memuat paling sedikit 3 (tiga) program quick win."]),
      ("gap", 6), ("c", "BAB III"), ("c", "KELEMBAGAAN"), ("gap", 4), ("c", "Pasal 4"),
      ("h", 60, "(1)", 84, ["Penyelenggaraan Kabupaten Cerdas diarahkan oleh Dewan Kabupaten Cerdas yang",
                            "diketuai oleh Bupati."]),
      ("h", 60, "(2)", 84, ["Pelaksanaan sehari-hari dikoordinasikan oleh Tim Pelaksana Kabupaten Cerdas yang",
                            "diketuai oleh Sekretaris Daerah dengan sekretaris Kepala Dinas Komunikasi dan",
                            "Informatika."]),
      ("h", 60, "(3)", 84, ["Susunan keanggotaan Dewan dan Tim Pelaksana ditetapkan dengan Keputusan Bupati."]),
      ("gap", 4), ("c", "Pasal 5"),
      ("h", 60, "(1)", 84, ["Forum Kabupaten Cerdas beranggotakan unsur akademisi, dunia usaha, komunitas, dan",
                            "media dengan jumlah paling banyak 15 (lima belas) orang."]),
      ("h", 60, "(2)", 84, ["Masa bakti anggota Forum Kabupaten Cerdas selama 2 (dua) tahun."]),
      ("gap", 6), ("c", "BAB IV"), ("c", "DATA DAN LAYANAN DIGITAL"), ("gap", 4), ("c", "Pasal 6"),
      ("h", 60, "(1)", 84, ["Perangkat daerah wajib memperbarui data sektoral pada Portal Satu Data Kulon",
                            "Progo paling lambat tanggal 10 (sepuluh) setiap bulan."]),
      ("h", 60, "(2)", 84, ["Pembangunan aplikasi baru oleh perangkat daerah wajib mendapat rekomendasi",
                            "Dinas Komunikasi dan Informatika."]),
      ("h", 60, "(3)", 84, ["Layanan digital perangkat daerah diintegrasikan ke dalam aplikasi layanan",
                            "terpadu Kulon Progo Sak Klik."])]

p3 = [("c", "BAB V"), ("c", "PEMANTAUAN DAN EVALUASI"), ("gap", 4), ("c", "Pasal 7"),
      ("h", 60, "(1)", 84, ["Tim Pelaksana melaporkan perkembangan pelaksanaan Masterplan kepada Bupati",
                            "setiap 6 (enam) bulan."]),
      ("h", 60, "(2)", 84, ["Evaluasi mandiri penyelenggaraan Kabupaten Cerdas dilakukan setiap tahun dan",
                            "hasilnya disampaikan kepada Bupati paling lambat tanggal 31 Januari tahun",
                            "berikutnya."]),
      ("gap", 6), ("c", "BAB VI"), ("c", "PENDANAAN"), ("gap", 4), ("c", "Pasal 8"),
      ("l", 60, "Pendanaan penyelenggaraan Kabupaten Cerdas bersumber dari Anggaran Pendapatan dan"),
      ("l", 60, "Belanja Daerah dan sumber lain yang sah dan tidak mengikat."),
      ("gap", 6), ("c", "BAB VII"), ("c", "KETENTUAN PENUTUP"), ("gap", 4), ("c", "Pasal 9"),
      ("l", 60, "Pada saat Peraturan Bupati ini mulai berlaku, Peraturan Bupati Kulon Progo Nomor 41 Tahun"),
      ("l", 60, "2019 tentang Masterplan Smart City Kabupaten Kulon Progo dicabut dan dinyatakan tidak"),
      ("l", 60, "berlaku."), ("gap", 4), ("c", "Pasal 10"),
      ("l", 60, "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan."),
      ("l", 60, "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan"),
      ("l", 60, "penempatannya dalam Berita Daerah Kabupaten Kulon Progo."), ("gap", 12),
      ("l", 330, "Ditetapkan di Wates"), ("l", 330, "pada tanggal 3 Maret 2034"), ("gap", 4),
      ("l", 330, "BUPATI KULON PROGO,"), ("gap", 8), ("l", 330, "ttd."), ("gap", 8), ("l", 330, "AGUS PRASETYO"),
      ("gap", 10), ("l", 60, "Diundangkan di Wates"), ("l", 60, "pada tanggal 5 Maret 2034"), ("gap", 4),
      ("l", 60, "SEKRETARIS DAERAH KABUPATEN KULON PROGO,"), ("gap", 8), ("l", 60, "ttd."), ("gap", 8),
      ("l", 60, "SRI HARTATI"), ("gap", 10),
      ("l", 60, "BERITA DAERAH KABUPATEN KULON PROGO TAHUN 2034 NOMOR 27")]

write_pdf("perbup-kulon-progo-27-2034-kabupaten-cerdas.pdf", [page(p1), page(p2, 2), page(p3, 3)],
          "<< /Producer (ScanSnap Manager #iX1600 + OCR) /CreationDate (D:20340312090000) >>")

# ---------- DOCX: a meeting record from a localised Word, with a merged owner cell and tracked changes ----------
def r(text, bold=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def p(*runs, style=None, center=False):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"
def kv(label, value): return p(r(label), "<w:r><w:tab/></w:r>", r(": " + value))
def h(text): return p(r(text), style="Judul1")
REVISIONS = iter(range(10, 100))
def revised(old, new):
    return (f'<w:del w:id="{next(REVISIONS)}" w:author="Sekretariat TPSC" w:date="2034-04-14T08:12:00Z"><w:r><w:delText xml:space="preserve">{esc(old)}</w:delText></w:r></w:del>'
            f'<w:ins w:id="{next(REVISIONS)}" w:author="Sekretariat TPSC" w:date="2034-04-14T08:12:00Z"><w:r><w:t xml:space="preserve">{esc(new)}</w:t></w:r></w:ins>')
def tc(content, merge=None):
    pr = "" if merge is None else ('<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' if merge == "restart" else "<w:tcPr><w:vMerge/></w:tcPr>")
    return f"<w:tc>{pr}{content}</w:tc>"
def tr(*cells): return "<w:tr>" + "".join(cells) + "</w:tr>"

decisions = "<w:tbl>" + "".join([
    tr(*(tc(p(r(t, bold=True))) for t in ["No", "Permasalahan", "Tindak Lanjut", "Penanggung Jawab", "Batas Waktu"])),
    tr(tc(p(r("1"))), tc(p(r("Sensor kelembapan tanah SiPanen baru terpasang 12 dari 50 titik"))),
       tc(p(r("Pengadaan 38 sensor tambahan melalui APBD Perubahan 2034"))),
       tc(p(r("Dinas Pertanian dan Pangan")), "restart"), tc(p(revised("30 Juni 2034", "31 Agustus 2034")))),
    tr(tc(p(r("2"))), tc(p(r("Petani belum terbiasa memakai aplikasi SiPanen"))),
       tc(p(r("Pelatihan oleh penyuluh pertanian di 26 kecamatan"))), tc(p(), "continue"), tc(p(r("Mei - Juni 2034")))),
    tr(tc(p(r("3"))), tc(p(r("Pelapak Lapak Klaten baru 214 dari target 500 UMKM"))),
       tc(p(r("Kurasi produk dan foto produk gratis bersama Forum Klaten Kreatif"))),
       tc(p(r("Dinas Koperasi, Usaha Kecil dan Menengah"))), tc(p(r("15 Juli 2034")))),
    tr(tc(p(r("4"))), tc(p(r("Tiket daring Umbul Ponggok belum bisa dibayar dengan QRIS"))),
       tc(p(r("Kerja sama kanal pembayaran dengan Bank Jateng"))),
       tc(p(r("Dinas Pariwisata dan Kebudayaan"))), tc(p(revised("1 Mei 2034", "1 Juni 2034")))),
    tr(tc(p(r("5"))), tc(p(r("Laporan capaian triwulan II"))),
       tc(p(r("Semua perangkat daerah pengampu quick win mengunggah laporan ke SIMONEV"))),
       tc(p(r("Bappeda"))), tc(p(r("10 Juli 2034")))),
]) + "</w:tbl>"

doc = "".join([
    p(r("NOTULA RAPAT", bold=True), center=True),
    p(r("EVALUASI QUICK WIN SMART CITY KABUPATEN KLATEN TRIWULAN I TAHUN 2034", bold=True), center=True), p(),
    kv("Hari, tanggal", "Kamis, 13 April 2034"), kv("Pukul", "13.00 - 15.30 WIB"),
    kv("Tempat", "Ruang Rapat Rojolele, Sekretariat Daerah Kabupaten Klaten"),
    kv("Pimpinan rapat", "Asisten Perekonomian dan Pembangunan Setda Klaten"), kv("Peserta", "31 orang (daftar hadir terlampir)"),
    h("A. Latar Belakang"),
    p(r("Kabupaten Klaten mengikuti Gerakan Menuju Smart City sejak 2019. Pada tahun 2034 Tim Pelaksana Smart City "
        "menetapkan empat quick win, yaitu Klaten Sehat Antre (antrean daring RSUD Bagas Waras), tiket daring wisata "
        "Umbul Ponggok, Lapak Klaten untuk pelaku UMKM, dan SiPanen, sistem informasi panen dan harga gabah.")),
    h("B. Hasil Pembahasan"),
    p(r("Klaten Sehat Antre sudah berjalan penuh sejak Februari 2034 dan rata-rata waktu tunggu pasien rawat jalan "
        "turun dari 3 jam menjadi 50 menit. Capaian tiket daring Umbul Ponggok 85%, Lapak Klaten 60% dan SiPanen 40%.")),
    p(r("SiPanen tertinggal karena sensor kelembapan tanah belum lengkap dan sebagian petani belum terbiasa memakai "
        "ponsel pintar. Lapak Klaten terkendala foto dan deskripsi produk yang belum layak tayang.")),
    h("C. Keputusan dan Tindak Lanjut"),
    decisions,
    h("D. Penutup"),
    p(r("Rapat evaluasi triwulan II dijadwalkan pada minggu kedua Juli 2034. Rapat ditutup pukul 15.30 WIB.")), p(),
    p(r("Klaten, 13 April 2034")), p(r("Notulis,")), p(), p(r("Dewi Lestari, S.Kom.")),
])
write_docx("notula-evaluasi-quick-win-klaten-tw1-2034.docx", doc,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
           '<w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'),
    numbering((1, 0, "bullet", "\u2022", None)),
    core("Bappeda Klaten", "2034-04-13"))
print("ok")
