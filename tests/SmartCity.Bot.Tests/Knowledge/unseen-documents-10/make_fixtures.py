#!/usr/bin/env python3
"""Builds the documents of the tenth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first nine probes did not use, with facts that overlap the programme's own documents (Kalimantan Selatan's
participants of 2018-2024, a provincial forum beside the national Smart City forums, pillar categories):
a DOCX terms of reference (Kerangka Acuan Kerja) whose section titles are underlined, not bold, normal paragraphs in
capitals lettered by hand ("A. LATAR BELAKANG"), the title block as a one-cell shaded table, a participants table,
a timeline table whose phase rows are one cell spanning all columns (gridSpan) over the activity rows, and a contacts
table (name, role, phone, what to ask them about);
a PDF of meeting minutes (notulen) whose header block is label, colon and value drawn as three separate text pieces at
fixed x positions, attendees numbered, discussion per agenda item attributed to speakers, decisions as a numbered list,
and a follow-up table (kegiatan, penanggung jawab, tenggat) whose activity cells wrap to a second line, continued on a
second page under a running header;
an HTML announcement from a WordPress-like site: a site-title <h1> in the header, a menu, breadcrumbs, the post in an
<article> with its own <h1>, a byline, sections as <p><strong>…</strong></p> lines and one <h3>, a requirements <ol>,
a schedule table in a <figure> without <thead>, and a sidebar of related posts whose snippets carry last year's facts.
The HTML page is written by hand (pengumuman-lomba-aplikasi-gorontalo-2030.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- DOCX: terms of reference with underlined headings ----------
def p(text="", bold=False, underline=False, center=False, caps=False):
    rpr = ("<w:b/>" if bold else "") + ("<w:caps/>" if caps else "") + ('<w:u w:val="single"/>' if underline else "")
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'

def head(text): return p(text, underline=True)

def cell(text, bold=False, span=None, shade=None):
    tcpr = ""
    if span or shade:
        tcpr = "<w:tcPr>" + (f'<w:gridSpan w:val="{span}"/>' if span else "") + \
               (f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "") + "</w:tcPr>"
    return f"<w:tc>{tcpr}" + "".join(p(part, bold=bold) for part in text.split("\n")) + "</w:tc>"

def grid(rows):
    """rows: a list of cells, or ("span", text) for a phase row spanning the table; the first row is the header."""
    out = ["<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>"]
    width = len(rows[0])
    for i, r in enumerate(rows):
        if isinstance(r, tuple): out.append("<w:tr>" + cell(r[1], bold=True, span=width, shade="D9E2F3") + "</w:tr>")
        else: out.append("<w:tr>" + "".join(cell(c, bold=i == 0) for c in r) + "</w:tr>")
    return "".join(out) + "</w:tbl>"

banner = "<w:tbl><w:tblPr/><w:tr>" + cell("KERANGKA ACUAN KERJA\nPENDAMPINGAN EVALUASI SMART CITY KABUPATEN/KOTA\nPROVINSI KALIMANTAN SELATAN TAHUN 2030", bold=True, shade="1F3864") + "</w:tr></w:tbl>"
regions = [["No", "Kabupaten/Kota", "Angkatan GMSC", "Fokus pendampingan 2030"],
    ["1", "Kota Banjarmasin", "2018", "Evaluasi pilar smart environment (sungai dan drainase)"],
    ["2", "Kota Banjarbaru", "2018", "Integrasi layanan pada mal pelayanan publik"],
    ["3", "Kabupaten Banjar", "2019", "Pembaruan masterplan 2031-2035"],
    ["4", "Kabupaten Tabalong", "2019", "Dasbor data pertambangan dan lingkungan"],
    ["5", "Kabupaten Hulu Sungai Selatan", "2023", "Quick win pasar digital"],
    ["6", "Kabupaten Tanah Bumbu", "2024", "Penyusunan laporan implementasi pertama"]]
timeline = [["No", "Kegiatan", "Waktu", "Tempat/Media"],
    ("span", "Tahap I - Persiapan"),
    ["1", "Rapat pembukaan dengan tim pelaksana smart city kabupaten/kota", "4 Maret 2030", "Zoom Meeting"],
    ["2", "Pengisian instrumen evaluasi mandiri", "5 Maret - 12 April 2030", "Aplikasi SiEva Kalsel"],
    ("span", "Tahap II - Pendampingan Lapangan"),
    ["3", "Kunjungan lapangan ke Kota Banjarmasin dan Kota Banjarbaru", "22-23 April 2030", "Kantor Bappeda masing-masing"],
    ["4", "Kunjungan lapangan ke Kabupaten Banjar dan Kabupaten Tabalong", "6-8 Mei 2030", "Kantor Bappeda masing-masing"],
    ["5", "Kunjungan lapangan ke Kabupaten Hulu Sungai Selatan dan Kabupaten Tanah Bumbu", "20-22 Mei 2030", "Kantor Diskominfo masing-masing"],
    ("span", "Tahap III - Pelaporan"),
    ["6", "Batas unggah laporan implementasi smart city tahun 2029", "14 Juni 2030", "Aplikasi SiEva Kalsel"],
    ["7", "Lokakarya hasil evaluasi", "9 Juli 2030", "Aula Gawi Sabarataan, Banjarbaru"]]
contacts = [["Nama", "Jabatan", "Telepon/WA", "Untuk urusan"],
    ["Ir. Fitriani Rahmah, M.T.", "Kepala Bidang Aplikasi Informatika", "0812 5101 7720", "Kebijakan dan jadwal kunjungan lapangan"],
    ["Muhammad Rizky Ansyari, S.Kom.", "Pranata Komputer Ahli Pertama", "0857 5309 1184", "Akun dan kendala Aplikasi SiEva Kalsel"],
    ["Nor Hasanah, S.E.", "Bendahara Pembantu", "0821 5544 0961", "Biaya perjalanan dan konsumsi"]]
kak = "".join([
    banner, p(),
    head("A. LATAR BELAKANG"),
    p("Enam kabupaten/kota di Provinsi Kalimantan Selatan telah mengikuti Gerakan Menuju Smart City sejak angkatan 2018. "
      "Setelah masterplan ditetapkan, setiap daerah wajib melaporkan implementasinya setiap tahun. Pemerintah Provinsi "
      "Kalimantan Selatan melalui Dinas Komunikasi dan Informatika memandang perlu mendampingi kabupaten/kota agar laporan "
      "implementasi disusun tepat waktu dan menggambarkan capaian yang sebenarnya."),
    head("B. MAKSUD DAN TUJUAN"),
    p("Maksud kegiatan ini adalah membantu kabupaten/kota menilai sendiri pelaksanaan masterplan smart city. Tujuannya adalah "
      "tersusunnya laporan implementasi smart city tahun 2029 dari keenam kabupaten/kota dan rekomendasi perbaikan untuk tahun 2031."),
    head("C. SASARAN KEGIATAN"),
    p("Sasaran kegiatan adalah kabupaten/kota peserta Gerakan Menuju Smart City di Kalimantan Selatan sebagai berikut:"),
    grid(regions), p(),
    p("Setiap kabupaten/kota menugaskan 3 (tiga) orang, yaitu satu orang dari Bappeda, satu orang dari Diskominfo dan satu "
      "orang operator data, untuk mengikuti seluruh rangkaian kegiatan."),
    head("D. JADWAL PELAKSANAAN"),
    p("Kegiatan dilaksanakan dalam tiga tahap dari Maret sampai Juli 2030 dengan rincian sebagai berikut:"),
    grid(timeline), p(),
    head("E. PEMBIAYAAN"),
    p("Kegiatan dibiayai dari DPA Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan Tahun Anggaran 2030 sebesar "
      "Rp486.500.000 (empat ratus delapan puluh enam juta lima ratus ribu rupiah). Biaya perjalanan tim kabupaten/kota ke "
      "lokakarya ditanggung oleh kabupaten/kota masing-masing."),
    head("F. KELUARAN"),
    p("Keluaran kegiatan ini adalah enam laporan implementasi smart city tahun 2029, satu rapor evaluasi per kabupaten/kota "
      "dengan nilai per pilar, dan satu buku rekomendasi provinsi yang diserahkan kepada Gubernur Kalimantan Selatan."),
    head("G. NARAHUBUNG"),
    p("Pertanyaan mengenai kegiatan ini dapat disampaikan kepada:"),
    grid(contacts), p(),
    p("Banjarbaru, 12 Februari 2030"),
    p("Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan,"),
    p(), p("Drs. H. Akhmad Fauzan Noor, M.AP.", bold=True), p("NIP 19711023 199803 1 006"),
])
write_docx("kak-pendampingan-evaluasi-smart-city-kalsel-2030.docx", kak,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'),
    numbering(),
    core("Diskominfo Provinsi Kalimantan Selatan", "2030-02-12", "KAK Pendampingan Evaluasi Smart City Kalsel 2030"))

# ---------- PDF: minutes of a coordination meeting ----------
TITLE = "Notulen Rapat Koordinasi Persiapan Forum Smart City NTB 2030"
# Items: ("c", text) centred bold, ("kv", label, value), ("h", text) bold line, ("p", text), ("row", cells, bold), ("gap",)
COLS = [60, 85, 330, 470]
page1 = [
    ("c", "NOTULEN RAPAT"), ("c", "KOORDINASI PERSIAPAN FORUM SMART CITY NUSA TENGGARA BARAT 2030"), ("gap",),
    ("kv", "Hari/Tanggal", "Rabu, 17 April 2030"),
    ("kv", "Waktu", "09.00 - 12.15 WITA"),
    ("kv", "Tempat", "Ruang Rapat Anggrek, Kantor Diskominfotik Provinsi NTB, Mataram"),
    ("kv", "Pimpinan Rapat", "Lalu Hendra Wirawan, S.T., M.Si. (Kepala Diskominfotik Provinsi NTB)"),
    ("kv", "Notulis", "Baiq Dewi Anggraeni, S.Kom."),
    ("gap",), ("h", "Peserta Rapat"),
    ("p", "1. Kepala Bidang E-Government Diskominfotik Provinsi NTB"),
    ("p", "2. Perwakilan Diskominfo Kota Mataram"),
    ("p", "3. Perwakilan Diskominfo Kabupaten Sumbawa"),
    ("p", "4. Perwakilan Bappeda Provinsi NTB"),
    ("p", "5. Perwakilan Universitas Mataram"),
    ("gap",), ("h", "Agenda"),
    ("p", "1. Waktu dan tempat Forum Smart City NTB 2030"),
    ("p", "2. Pameran inovasi kabupaten/kota"),
    ("p", "3. Pembiayaan dan pembagian tugas"),
    ("gap",), ("h", "Pembahasan"),
    ("p", "Agenda 1. Kepala Diskominfotik Provinsi NTB menyampaikan bahwa forum tahun ini diselenggarakan bersamaan dengan"),
    ("p", "peringatan HUT Provinsi NTB. Perwakilan Kota Mataram mengusulkan Islamic Center sebagai tempat, sedangkan"),
    ("p", "perwakilan Kabupaten Sumbawa mengusulkan Sumbawa Besar. Peserta sepakat forum tetap di Kota Mataram agar"),
    ("p", "mudah dijangkau dari Bandara Internasional Lombok."),
    ("p", "Agenda 2. Kepala Bidang E-Government menjelaskan bahwa pameran menampilkan inovasi dari sepuluh kabupaten/kota"),
    ("p", "se-NTB. Setiap kabupaten/kota mendapat satu stan berukuran 3 x 3 meter tanpa dipungut biaya."),
    ("p", "Agenda 3. Perwakilan Bappeda Provinsi NTB menyampaikan bahwa biaya forum dibebankan pada APBD Provinsi NTB"),
    ("p", "Tahun Anggaran 2030, sedangkan sponsor dari BUMD hanya untuk hadiah lomba inovasi."),
]
page2 = [
    ("h", "Keputusan Rapat"),
    ("p", "1. Forum Smart City NTB 2030 dilaksanakan pada 11-12 Juni 2030 di Islamic Center NTB, Kota Mataram."),
    ("p", "2. Target peserta forum 600 orang dari pemerintah daerah, perguruan tinggi, komunitas dan pelaku usaha."),
    ("p", "3. Pameran inovasi menyediakan 24 stan: 10 stan kabupaten/kota, 8 stan perangkat daerah provinsi dan 6 stan mitra."),
    ("p", "4. Universitas Mataram menjadi mitra penyelenggara untuk sesi seminar dan penilaian lomba inovasi."),
    ("gap",), ("h", "Rencana Tindak Lanjut"),
    ("row", ["No", "Kegiatan", "Penanggung Jawab", "Tenggat"], True),
    ("row", ["1", "Menyampaikan surat undangan kepada", "Sekretariat Diskominfotik", "3 Mei 2030"], False),
    ("row", ["", "bupati/wali kota se-NTB", "", ""], False),
    ("row", ["2", "Mengirim daftar inovasi yang akan", "Diskominfo kabupaten/kota", "17 Mei 2030"], False),
    ("row", ["", "dipamerkan beserta foto dan narahubung", "", ""], False),
    ("row", ["3", "Menyusun susunan acara seminar dan", "Universitas Mataram", "24 Mei 2030"], False),
    ("row", ["", "mengundang narasumber", "", ""], False),
    ("row", ["4", "Menyiapkan tata letak stan dan", "Bidang E-Government", "31 Mei 2030"], False),
    ("row", ["", "kebutuhan listrik pameran", "", ""], False),
    ("gap",), ("p", "Rapat ditutup pukul 12.15 WITA."), ("gap",),
    ("p", "Mataram, 17 April 2030"),
    ("p", "Notulis,                                                                   Mengetahui, Pimpinan Rapat"),
    ("gap",), ("gap",),
    ("p", "Baiq Dewi Anggraeni, S.Kom.                                   Lalu Hendra Wirawan, S.T., M.Si."),
]
def page_ops(items, number):
    ops = [text_op(R, 8, 60, 815, TITLE + " - halaman " + str(number))] if number > 1 else []
    y = 780
    for item in items:
        kind = item[0]
        if kind == "gap": y -= 12; continue
        if kind == "c":
            ops.append(text_op(B, 11, max(50, int(297 - len(item[1]) * 3.0)), y, item[1])); y -= 17; continue
        if kind == "kv":
            ops += [text_op(R, 10, 60, y, item[1]), text_op(R, 10, 160, y, ":"), text_op(R, 10, 170, y, item[2])]; y -= 15; continue
        if kind == "h": ops.append(text_op(B, 10, 60, y, item[1])); y -= 16; continue
        if kind == "row":
            ops += [text_op(B if item[2] else R, 9, x, y, c) for x, c in zip(COLS, item[1]) if c]; y -= 13; continue
        ops.append(text_op(R, 10, 60, y, item[1])); y -= 14
    return ops
write_pdf("notulen-rakor-forum-smart-city-ntb-2030.pdf", [page_ops(page1, 1), page_ops(page2, 2)],
          f"<< /Title ({TITLE}) /Author (Diskominfotik Provinsi NTB) /CreationDate (D:20300417000000) >>")
print("ok")
