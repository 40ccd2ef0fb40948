#!/usr/bin/env python3
"""Builds the documents of the sixth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first five probes did not use: a two-column PDF leaflet (two text columns side by side on every page,
words hyphenated across line ends, bold headings one size above the body, a running header and footer, a table across
the full width under the columns); a DOCX from a regional office template (its section headings are paragraphs of a
custom style "Judul Bagian" that is bold and large only through the style's own run properties, neither named
"heading" nor based on one; unaccepted tracked changes replacing a date and a number; words split across runs;
label/value lines separated by tabs and line breaks; a nested bulleted list; an e-mail hyperlink; a block content
control); a Markdown guide with YAML front matter carrying alternate questions per section, headings down to level
four (a year, then a region under it) and a pipe table. The Markdown file is written by hand
(panduan-klinik-masterplan-regional.md).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, run, para, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- PDF: a two-column leaflet ----------
# Per page: (left column items, right column items, full-width items below). ("h", text) bold heading, ("p", text) body
# line (a line ending in "-" is a word hyphenated across the line end), ("gap",), ("row"/"rowb", cells) table row.
HEADER = "Smart City Kota Padang"
FOOTER = "Diskominfotik Kota Padang - Leaflet Lapor Cepat edisi April 2026"
pages = [(
    [("h", "Apa itu Lapor Cepat?"),
     ("p", "Lapor Cepat adalah kanal aduan warga Kota"),
     ("p", "Padang yang terhubung langsung dengan Pa-"),
     ("p", "dang Command Center. Layanan ini menjadi"),
     ("p", "quick win pilar smart governance dalam Mas-"),
     ("p", "terplan Smart City Kota Padang 2025-2029."),
     ("p", "Setiap aduan diteruskan kepada perangkat"),
     ("p", "daerah yang berwenang menanganinya."),
     ("gap",),
     ("h", "Saluran pengaduan"),
     ("p", "Warga dapat menyampaikan aduan melalui"),
     ("p", "aplikasi Lapor Cepat di Android, WhatsApp"),
     ("p", "0811-6600-2040, atau datang langsung ke ge-"),
     ("p", "rai Lapor Cepat di Mal Pelayanan Publik Kota"),
     ("p", "Padang, Jalan Bagindo Aziz Chan. Keadaan"),
     ("p", "darurat tetap dilaporkan ke nomor 112."),
     ("gap",),
     ("h", "Yang dapat dilaporkan"),
     ("p", "Jalan berlubang, lampu penerangan jalan"),
     ("p", "mati, sampah menumpuk, saluran drainase"),
     ("p", "tersumbat dan pohon tumbang. Laporan tin-"),
     ("p", "dak pidana tidak diterima Lapor Cepat dan"),
     ("p", "harus disampaikan kepada kepolisian."),
     ],
    [("h", "Berapa lama aduan ditanggapi?"),
     ("p", "Pada tahun 2025 setiap aduan mendapat tang-"),
     ("p", "gapan pertama paling lama 3 hari kerja."),
     ("p", "Mulai 1 Januari 2026 waktu tanggapan diper-"),
     ("p", "cepat: aduan mendesak ditanggapi dalam"),
     ("p", "1 x 24 jam, aduan biasa paling lama 2 hari"),
     ("p", "kerja."),
     ("gap",),
     ("h", "Langkah melapor"),
     ("p", "1) Daftar di aplikasi dengan NIK dan nomor"),
     ("p", "    ponsel."),
     ("p", "2) Pilih kategori aduan."),
     ("p", "3) Lampirkan foto dan titik lokasi."),
     ("p", "4) Kirim aduan; nomor tiket dikirim lewat SMS."),
     ("p", "5) Pantau status aduan dengan nomor tiket."),
     ("gap",),
     ("h", "Kerahasiaan pelapor"),
     ("p", "Nama pelapor dapat disembunyikan dengan"),
     ("p", "mode anonim. NIK hanya dipakai untuk veri-"),
     ("p", "fikasi dan tidak diperlihatkan kepada per-"),
     ("p", "angkat daerah yang menangani aduan."),
     ],
    []), (
    [("h", "Posko keliling"),
     ("p", "Petugas Lapor Cepat membuka posko kelil-"),
     ("p", "ing untuk warga yang belum memakai ponsel"),
     ("p", "pintar. Jadwalnya: Kecamatan Koto Tangah"),
     ("p", "setiap Selasa di Pasar Lubuk Buaya, Keca-"),
     ("p", "matan Kuranji setiap Kamis di kantor camat,"),
     ("p", "dan Kecamatan Lubuk Kilangan setiap Sabtu"),
     ("p", "di Lapangan Indarung, pukul 08.00-12.00."),
     ],
    [("h", "Penghargaan pelapor"),
     ("p", "Setiap triwulan Diskominfotik memilih sepu-"),
     ("p", "luh pelapor teraktif yang aduannya terbukti"),
     ("p", "benar. Mereka menerima voucer belanja di"),
     ("p", "pasar rakyat senilai Rp 250.000 dan piagam"),
     ("p", "dari Wali Kota Padang."),
     ],
    [("gap",), ("gap",),
     ("h", "Capaian Lapor Cepat"),
     ("rowb", ["Tahun", "Aduan masuk", "Aduan selesai", "Rata-rata tanggapan"]),
     ("row", ["2024", "8.412", "7.950", "4,1 hari"]),
     ("row", ["2025", "11.260", "10.874", "2,6 hari"]),
     ]),
]
COLS = (50, 310)
def column_ops(items, x, y):
    ops = []
    for item in items:
        kind = item[0]
        if kind == "gap": y -= 10; continue
        if kind == "h": ops.append(text_op(B, 11, x, y, item[1])); y -= 16; continue
        if kind in ("row", "rowb"):
            for cell, cx in zip(item[1], (50, 150, 280, 410)):
                ops.append(text_op(B if kind == "rowb" else R, 9.5, cx, y, cell))
            y -= 15; continue
        ops.append(text_op(R, 9.5, x, y, item[1])); y -= 13
    return ops, y
def page_ops(n, left, right, below, first):
    ops = [text_op(R, 8, 50, 815, HEADER), text_op(R, 8, 50, 30, FOOTER), text_op(R, 8, 530, 30, f"{n}/2")]
    top = 780
    if first:
        ops.append(text_op(B, 18, 50, 770, "Lapor Cepat: Layanan Aduan Warga Kota Padang"))
        ops.append(text_op(R, 9.5, 50, 752, "Lapor, pantau, selesai. Satu pintu untuk aduan layanan kota."))
        top = 720
    l_ops, ly = column_ops(left, COLS[0], top)
    r_ops, ry = column_ops(right, COLS[1], top)
    b_ops, _ = column_ops(below, COLS[0], min(ly, ry))
    return ops + l_ops + r_ops + b_ops
write_pdf("leaflet-lapor-cepat-padang.pdf",
          [page_ops(n, l, r, b, n == 1) for n, (l, r, b) in enumerate(pages, 1)],
          "<< /Title (Lapor Cepat: Layanan Aduan Warga Kota Padang) /Author (Diskominfotik Kota Padang) /CreationDate (D:20260406000000) >>")

# ---------- DOCX: a regional office template ----------
def runs(*parts):
    """parts: text, or ("b", text) bold, ("tab",), ("br",), ("del", text) / ("ins", text) tracked changes,
    ("link", text) an e-mail hyperlink."""
    out = []
    for p in parts:
        if isinstance(p, str): out.append(run(p))
        elif p[0] == "b": out.append(run(p[1], bold=True))
        elif p[0] == "tab": out.append("<w:r><w:tab/></w:r>")
        elif p[0] == "br": out.append("<w:r><w:br/></w:r>")
        elif p[0] == "del":
            out.append(f'<w:del w:id="{len(out) + 100}" w:author="Sekretariat" w:date="2026-05-20T09:00:00Z"><w:r>'
                       f'<w:delText xml:space="preserve">{esc(p[1])}</w:delText></w:r></w:del>')
        elif p[0] == "ins":
            out.append(f'<w:ins w:id="{len(out) + 200}" w:author="Sekretariat" w:date="2026-05-20T09:00:00Z">{run(p[1])}</w:ins>')
        elif p[0] == "link":
            out.append(f'<w:hyperlink w:anchor="narahubung" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
                       f'<w:t xml:space="preserve">{esc(p[1])}</w:t></w:r></w:hyperlink>')
    return "".join(out)
def p(*parts, style=None, num=None, level=0):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + "</w:pPr>"
    return f"<w:p>{ppr}{runs(*parts)}</w:p>"
def section(text): return p(text, style="JudulBagian")
def sdt(inner, tag): return f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'
BUL, NUM = 1, 2
body = "".join([
    p("Petunjuk Pelaksanaan Bimbingan Teknis Masterplan Smart City Tahap II", style="Title"),
    p("Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat, Mei 2026"),
    section("Dasar Pelaksanaan"),
    p("Bimbingan teknis (bimtek) tahap II melanjutkan bimtek tahap I bulan Februari 2026. Bimtek ini membantu enam kabupaten/kota di Kalimantan Barat ",
      "menyele", "saikan masterplan smart city sebelum dinilai oleh tim pakar Gerakan Menuju Smart City."),
    section("Waktu dan Tempat"),
    p("Bimtek dibagi dalam dua gelombang menurut letak daerah."),
    p(("b", "Gelombang I"), ("tab",), "untuk Kota Pontianak, Kota Singkawang, Kabupaten Kubu Raya dan Kabupaten Ketapang", ("br",),
      "Tanggal", ("tab",), ": ", ("del", "15-17 Juni 2026"), ("ins", "22-24 Juni 2026"), ("br",),
      "Tempat", ("tab",), ": Aula Diskominfo Provinsi Kalimantan Barat, Pontianak"),
    p(("b", "Gelombang II"), ("tab",), "untuk Kabupaten Sintang dan Kabupaten Sanggau", ("br",),
      "Tanggal", ("tab",), ": 13-15 Juli 2026", ("br",),
      "Tempat", ("tab",), ": Gedung Pancasila, Sintang"),
    section("Peserta"),
    p("Setiap kabupaten/kota mengirim ", ("del", "3 orang"), ("ins", "4 orang"), " peserta dengan susunan:"),
    p("satu orang perencana dari Bappeda;", num=BUL),
    p("satu orang dari Diskominfo kabupaten/kota;", num=BUL),
    p("dua orang dari perangkat daerah yang mengampu quick win, yaitu:", num=BUL),
    p("kepala bidang yang menangani layanan tersebut, dan", num=BUL, level=1),
    p("staf pengelola aplikasi atau data layanan tersebut.", num=BUL, level=1),
    section("Materi Bimbingan"),
    p("Bimtek berlangsung tiga hari:"),
    p("Hari pertama: telaah draf masterplan per pilar bersama tim pakar.", num=NUM),
    p("Hari kedua: penyusunan rencana quick win tahun 2027, meliputi:", num=NUM),
    p("pemilihan satu layanan prioritas;", num=BUL, level=1),
    p("indikator keberhasilan dan target triwulan.", num=BUL, level=1),
    p("Hari ketiga: penghitungan rencana anggaran dan presentasi di depan tim pakar.", num=NUM),
    section("Pembiayaan"),
    p("Panitia menanggung penginapan, konsumsi dan bahan bimtek. Biaya perjalanan peserta dari daerah asal ke tempat ",
      "bimtek dibeb", "ankan pada anggaran masing-masing kabupaten/kota."),
    section("Keluaran"),
    p("Setiap daerah menyerahkan dokumen rencana aksi quick win 2027 dan masterplan yang telah diperbaiki paling lambat ",
      "31 Agustus 2026 kepada Diskominfo Provinsi. Daerah yang terlambat tidak diusulkan untuk penilaian tahun ini."),
    sdt(section("Narahubung") +
        p("Bidang E-Government Diskominfo Provinsi Kalimantan Barat, Ibu Rahmawati (0812-5671-3309), surel ",
          ("link", "bimtek.smartcity@kalbarprov.example.id"), "."), "narahubung"),
])
write_docx("juklak-bimtek-masterplan-kalbar-2026.docx", body,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
           '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JudulBagian"><w:name w:val="Judul Bagian"/>'
           '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>'
           '<w:rPr><w:b/><w:caps/><w:sz w:val="26"/></w:rPr></w:style>',
           '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>'),
    numbering((BUL, 1, ("bullet", "bullet"), ("\u2022", "o"), None), (NUM, 2, ("decimal", "bullet"), ("%1.", "\u2013"), (1, None))),
    core("Diskominfo Provinsi Kalimantan Barat", "2026-05-20", "Petunjuk Pelaksanaan Bimtek Masterplan Smart City Tahap II Kalimantan Barat 2026"))
print("ok")
