#!/usr/bin/env python3
"""Builds the documents of the eleventh unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first ten probes did not use, with facts that overlap the programme's own documents (Bali's participants
of 2017-2024 and their quick wins, Sulawesi Utara's and Lampung's participants, the six pillars, masterplans):
a DOCX monitoring report whose outline is typed into Normal paragraphs that are neither bold nor larger ("1. PENDAHULUAN",
"1.1 Latar Belakang", "A. Capaian" under each regency), so a section's own text does not name its regency; findings and
recommendations as Word bullet and numbered lists; the title block as plain centred lines and no document title;
a PDF guideline exported the way Word exports: every line placed with its own text matrix (Tm) and drawn with TJ arrays
that carry kerning inside words, headings at the body's size and weight told apart only by their number ("5." and the
heading text as two pieces a tab apart), lettered items likewise, a scoring table with ruled lines whose wrapped cells
and rows continue after a page break without its header row, and a footer with the short title and page number;
an HTML page of a provincial training programme whose sections are tab panels (role="tabpanel") named only by their
tab buttons elsewhere in a tablist, questions and answers in a <dl> (one answer a <ul>), a quota table with a <caption>
and row headers (<th scope="row">), and an aside of last year's news. The HTML page is written by hand
(sekolah-masterplan-smart-city-lampung-2031.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text

# ---------- DOCX: monitoring report, outline typed into Normal paragraphs ----------
BUL, NUM = 1, 2
def p(text="", center=False, num=None):
    ppr = ""
    if center or num:
        ppr = "<w:pPr>" + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + \
              ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
def bullets(*items): return "".join(p(t, num=BUL) for t in items)
def steps(*items): return "".join(p(t, num=NUM) for t in items)

def regency(number, name, watched, result, obstacles):
    return "".join([p(f"3.{number} {name}"), p("A. Quick Win yang Dipantau"), p(watched), p("B. Capaian"), p(result),
                    p("C. Kendala"), bullets(*obstacles)])

report = "".join([
    p("LAPORAN MONITORING DAN EVALUASI", center=True),
    p("QUICK WIN SMART CITY KABUPATEN/KOTA SE-PROVINSI BALI", center=True),
    p("TAHUN 2031", center=True), p(),
    p("1. PENDAHULUAN"),
    p("1.1 Latar Belakang"),
    p("Sebanyak enam kabupaten/kota di Provinsi Bali telah mengikuti Gerakan Menuju Smart City, yaitu Kabupaten Badung "
      "(2017), Kota Denpasar (2018), Kabupaten Buleleng dan Kabupaten Karangasem (2023), serta Kabupaten Gianyar dan "
      "Kabupaten Bangli (2024). Quick win adalah program jangka pendek dalam masterplan yang hasilnya dapat dirasakan "
      "masyarakat dalam waktu kurang dari satu tahun."),
    p("1.2 Tujuan"),
    p("Kegiatan ini bertujuan memastikan quick win yang jatuh tempo tahun ini berjalan sesuai rencana dan mengenali "
      "kendala yang perlu dibantu oleh pemerintah provinsi."),
    p("1.3 Ruang Lingkup"),
    p("Kegiatan mencakup empat kabupaten yang quick win-nya jatuh tempo pada tahun 2031, yaitu Buleleng, Karangasem, "
      "Gianyar dan Bangli. Kabupaten Badung dan Kota Denpasar tidak dipantau tahun ini karena keduanya sedang menyusun "
      "ulang masterplan."),
    p("2. METODE PELAKSANAAN"),
    p("2.1 Waktu dan Tim"),
    p("Kegiatan dilaksanakan pada 3 Maret sampai 25 April 2031 oleh tim gabungan yang beranggotakan 7 (tujuh) orang: "
      "empat orang dari Dinas Komunikasi, Informatika dan Statistik Provinsi Bali, dua orang dari Bappeda Provinsi Bali "
      "dan seorang tenaga ahli dari Universitas Udayana."),
    p("2.2 Cara Penilaian"),
    p("Setiap quick win dinilai dengan tiga ukuran berikut:"),
    bullets("Progres fisik dibandingkan dengan rencana kerja yang disepakati (bobot 50%);",
            "Pemanfaatan oleh masyarakat, diukur dari jumlah pengguna aktif (bobot 30%);",
            "Keberlanjutan anggaran pada APBD tahun berikutnya (bobot 20%)."),
    p("Quick win dengan nilai akhir di bawah 60 dinyatakan memerlukan pendampingan khusus."),
    p("3. HASIL MONITORING"),
    regency(1, "Kabupaten Buleleng",
            "Aplikasi Lovina Pay untuk membayar retribusi tempat wisata secara nontunai di kawasan Pantai Lovina.",
            "Aplikasi sudah dipakai di 9 titik retribusi dengan 14.200 transaksi sampai April 2031. Nilai akhir 82.",
            ["Sinyal seluler lemah di dua titik retribusi di daerah perbukitan.",
             "Petugas pungut lebih terbiasa menerima uang tunai."]),
    regency(2, "Kabupaten Karangasem",
            "Sistem Informasi Desa Siaga Gunung Agung yang mengirim peringatan dini erupsi lewat pesan singkat kepada "
            "warga dalam radius 12 km.",
            "Sudah menjangkau 41 desa dan 23.500 nomor warga terdaftar. Nilai akhir 88, tertinggi dari empat kabupaten.",
            ["Pembaruan data nomor telepon warga belum dilakukan secara rutin."]),
    regency(3, "Kabupaten Gianyar",
            "Dasbor Pasar Seni Ubud yang menampilkan harga sewa dan ketersediaan kios secara daring.",
            "Baru 35% kios yang datanya masuk ke dasbor. Nilai akhir 57 sehingga memerlukan pendampingan khusus.",
            ["Pengelola pasar belum menunjuk operator data.",
             "Biaya pemeliharaan server belum dianggarkan dalam APBD 2032."]),
    regency(4, "Kabupaten Bangli",
            "Layanan antrean daring di RSUD Bangli.",
            "Rata-rata waktu tunggu pasien turun dari 95 menit menjadi 40 menit. Nilai akhir 74.",
            ["Sebagian pasien lanjut usia belum memiliki telepon pintar."]),
    p("4. REKOMENDASI"),
    p("Tim menyampaikan rekomendasi berikut kepada Gubernur Bali:"),
    steps("Memberikan pendampingan khusus kepada Kabupaten Gianyar pada Mei sampai Agustus 2031.",
          "Meminta operator seluler memperbaiki sinyal di titik retribusi Kabupaten Buleleng.",
          "Menjadikan sistem peringatan dini Kabupaten Karangasem contoh replikasi bagi Kabupaten Klungkung.",
          "Melaksanakan monitoring berikutnya pada Oktober 2031 dan memaparkan hasilnya dalam Forum Smart Province Bali "
          "pada 18 November 2031."),
    p("5. PENUTUP"),
    p("Demikian laporan ini disusun sebagai bahan pengambilan kebijakan."),
    p("Denpasar, 30 April 2031"), p("Ketua Tim,"), p(), p("I Gusti Ngurah Putra Wirawan, S.T., M.T."),
])
write_docx("laporan-monev-quick-win-bali-2031.docx", report,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'),
    numbering((BUL, 0, "bullet", "\u2022", None), (NUM, 1, "decimal", "%1.", 1)),
    core("Diskominfos Provinsi Bali", "2031-04-30"))

# ---------- PDF: guideline exported from Word (Tm per line, TJ with kerning, headings told apart by number) ----------
TITLE = "Petunjuk Teknis Lomba Inovasi Smart City Sulawesi Utara 2031"
def tj(text):
    """Word's export: a TJ array whose pieces break inside words with small kerning adjustments."""
    parts, out = [], ""
    for i, ch in enumerate(text):
        out += ch
        if i % 7 == 6: parts.append(out); out = ""
    if out: parts.append(out)
    return "[" + " ".join(f"({pdf_text(s)}){'-3' if k % 2 else '4'}" for k, s in enumerate(parts)).rstrip("-34") + "] TJ"
def piece(font, size, x, y, text): return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm {tj(text)} ET"
def rule(y, x0=72, x1=523): return f"0.5 w {x0} {y} m {x1} {y} l S"

S = 10.5
def page(items, number):
    ops, y = [], 770
    for item in items:
        kind = item[0]
        if kind == "gap": y -= 8; continue
        if kind == "title": ops.append(piece("F2", 13, item[2], y, item[1])); y -= 18; continue
        if kind == "head":  # number and heading text, same font and size as the body, a tab apart
            ops += [piece("F1", S, 72, y, item[1]), piece("F1", S, 92, y, item[2])]; y -= 16; continue
        if kind == "item":  # a lettered item: its letter, then its lines indented
            ops.append(piece("F1", S, 92, y, item[1]))
            for line in item[2]: ops.append(piece("F1", S, 110, y, line)); y -= 14
            continue
        if kind == "row":  # cells of a ruled table; a cell's lines wrap under each other
            cells, top = item[1], y
            ops.append(rule(y + 11))
            for x, lines in zip((76, 100, 210, 470), cells):
                for k, line in enumerate(lines): ops.append(piece(item[2], 9.5, x, top - 12 * k, line))
            y = top - 12 * max(len(c) for c in cells) - 4
            if item[3]: ops.append(rule(y + 11))
            continue
        ops.append(piece("F1", S, item[2] if len(item) > 2 else 92, y, item[1])); y -= 14
    ops += [piece("F1", 8, 72, 40, "Juknis Lomba Inovasi Smart City Sulut 2031"), piece("F1", 8, 515, 40, str(number))]
    return ops

page1 = [
    ("title", "PETUNJUK TEKNIS", 240), ("title", "LOMBA INOVASI SMART CITY PROVINSI SULAWESI UTARA", 120),
    ("title", "TAHUN 2031", 265), ("gap",), ("gap",),
    ("head", "1.", "Ketentuan Umum"),
    ("p", "Lomba Inovasi Smart City Sulawesi Utara 2031 diselenggarakan oleh Dinas Komunikasi dan Informatika"),
    ("p", "Provinsi Sulawesi Utara untuk menjaring inovasi daerah yang mendukung enam pilar smart city. Lomba"),
    ("p", "ini menjadi bagian dari rangkaian peringatan HUT ke-67 Provinsi Sulawesi Utara."), ("gap",),
    ("head", "2.", "Peserta"),
    ("p", "Peserta adalah perangkat daerah kabupaten/kota se-Sulawesi Utara. Kota Manado, Kota Tomohon dan"),
    ("p", "Kota Kotamobagu sebagai peserta Gerakan Menuju Smart City wajib mengirimkan paling sedikit dua"),
    ("p", "inovasi, sedangkan kabupaten/kota lainnya paling sedikit satu inovasi. Inovasi yang didaftarkan harus"),
    ("p", "sudah berjalan paling singkat 6 (enam) bulan pada saat pendaftaran."), ("gap",),
    ("head", "3.", "Kategori"),
    ("p", "Lomba terdiri atas tiga kategori sebagai berikut:"),
    ("item", "a.", ["Pelayanan Publik Digital, untuk inovasi pilar smart governance dan smart society;"]),
    ("item", "b.", ["Ekonomi Lokal dan Pariwisata, untuk inovasi pilar smart economy dan smart branding;"]),
    ("item", "c.", ["Lingkungan dan Kebencanaan, untuk inovasi pilar smart living dan smart environment."]), ("gap",),
    ("head", "4.", "Jadwal"),
    ("item", "a.", ["Pendaftaran dan unggah proposal: 2 Juni - 11 Juli 2031;"]),
    ("item", "b.", ["Seleksi administrasi: 14 - 18 Juli 2031;"]),
    ("item", "c.", ["Presentasi finalis: 5 - 6 Agustus 2031 di Aula Mapalus, Kantor Gubernur Sulawesi Utara,", "Manado;"]),
    ("item", "d.", ["Pengumuman pemenang: 23 September 2031 pada puncak peringatan HUT Provinsi."]), ("gap",),
    ("head", "5.", "Kriteria Penilaian"),
    ("p", "Proposal dan presentasi dinilai oleh dewan juri dengan kriteria berikut:"), ("gap",),
    ("row", [["No"], ["Kriteria"], ["Uraian"], ["Bobot"]], "F2", True),
    ("row", [["1"], ["Kebaruan"], ["Gagasan atau cara kerja yang belum pernah diterapkan", "di daerah tersebut"], ["20%"]], "F1", True),
    ("row", [["2"], ["Manfaat"], ["Dampak nyata bagi masyarakat yang dapat diukur,", "misalnya waktu layanan atau jumlah pengguna"], ["30%"]], "F1", True),
    ("row", [["3"], ["Keberlanjutan"], ["Dukungan anggaran, regulasi dan sumber daya manusia", "untuk tahun berikutnya"], ["20%"]], "F1", True),
]
page2 = [
    ("row", [["4"], ["Kemudahan", "replikasi"], ["Dapat diterapkan oleh kabupaten/kota lain dengan", "biaya dan waktu yang wajar"], ["15%"]], "F1", True),
    ("row", [["5"], ["Kolaborasi"], ["Keterlibatan masyarakat, perguruan tinggi, komunitas", "atau pelaku usaha"], ["15%"]], "F1", True),
    ("gap",),
    ("p", "Finalis ditetapkan dari 10 (sepuluh) inovasi dengan nilai proposal tertinggi."), ("gap",),
    ("head", "6.", "Penghargaan"),
    ("p", "Juara I setiap kategori menerima dana pembinaan sebesar Rp50.000.000, Juara II Rp35.000.000 dan Juara III"),
    ("p", "Rp20.000.000. Dana pembinaan digunakan untuk pengembangan inovasi. Seluruh finalis memperoleh sertifikat."),
    ("gap",),
    ("head", "7.", "Sekretariat"),
    ("p", "Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika Provinsi Sulawesi Utara, Jl. 17 Agustus"),
    ("p", "No. 69, Manado. Telepon/WhatsApp 0811 4302 5566 (Sdri. Meiske Rumondor), surel"),
    ("p", "lomba.inovasi@sulutprov.go.id."), ("gap",), ("gap",),
    ("p", "Manado, 12 Mei 2031", 360), ("p", "Kepala Dinas Komunikasi dan Informatika", 360),
    ("p", "Provinsi Sulawesi Utara,", 360), ("gap",), ("gap",), ("p", "Dr. Jeffry Mamahit, M.Si.", 360),
]
write_pdf("juknis-lomba-inovasi-smart-city-sulut-2031.pdf", [page(page1, 1), page(page2, 2)],
          "<< /Title (Microsoft Word - JUKNIS LOMBA INOVASI 2031 final rev2.docx) /Author (diskominfo-sulut) "
          "/Producer (Microsoft: Print To PDF) /CreationDate (D:20310512000000) >>")
print("ok")
