#!/usr/bin/env python3
"""Builds the documents of the ninth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first eight probes did not use, with facts that overlap the programme's own documents (a 2019 participant
reviewing its masterplan, Riau's participants of 2017-2023, the six pillars):
a DOCX circular letter (surat edaran) from a regency office: a letterhead of centred bold lines, the Nomor/Sifat/
Lampiran/Hal block as a borderless two-column table, an addressee block with line breaks, points numbered by hand
with tabs ("1.<tab>…", sub-points "a.<tab>…"), a schedule table of sessions with day, time, place and participants,
a signature block (office, blank lines, name, rank, NIP) and a "Tembusan" list;
a PDF annual report of a province with a cover page, a foreword and a table of contents with dot leaders and page
numbers, running headers and footers with page numbers ("- 3 -"), chapters set as two centred lines ("BAB III" over
"CAPAIAN KABUPATEN/KOTA"), numbered subsections, and a table whose rows continue on the next page under a repeated
header row;
an HTML page of a city's innovation challenge laid out in tables and divs with no <h1>-<h6> in the content (section
titles are <div class="judul-seksi"> and <td><b>), a label/value table, a timeline table, and questions in a
Bootstrap accordion of <div class="card"> with collapsed bodies. The HTML page is written by hand
(cirebon-smart-city-challenge-2029.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- DOCX: a circular letter ----------
def runs(text, bold=False):
    """Text with "\t" as Word tabs and "\n" as line breaks inside one paragraph."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i: out.append(f"<w:r>{rpr}<w:br/></w:r>")
        for j, part in enumerate(line.split("\t")):
            if j: out.append(f"<w:r>{rpr}<w:tab/></w:r>")
            if part: out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{esc(part)}</w:t></w:r>')
    return "".join(out)

def p(text="", bold=False, center=False, indent=0, hanging=0, size=None):
    ppr = ""
    if center or indent or hanging:
        ppr = "<w:pPr>" + (f'<w:ind w:left="{indent}" w:hanging="{hanging}"/>' if indent or hanging else "") + \
              ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    body = runs(text, bold)
    if size: body = body.replace("<w:r>", f'<w:r><w:rPr><w:sz w:val="{size}"/></w:rPr>', 1) if not bold else \
        body.replace("<w:rPr><w:b/></w:rPr>", f'<w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr>')
    return f"<w:p>{ppr}{body}</w:p>"

def grid(rows, borders=True, bold_header=False):
    """A table; borders=False for the layout tables letters use to line up "Nomor : …"."""
    tblpr = "<w:tblPr>" + ("" if borders else '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                                               '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>') + "</w:tblPr>"
    cell = lambda c, head: "<w:tc>" + "".join(p(part, bold=head) for part in c.split("\n")) + "</w:tc>"
    return "<w:tbl>" + tblpr + "".join("<w:tr>" + "".join(cell(c, bold_header and i == 0) for c in r) + "</w:tr>"
                                       for i, r in enumerate(rows)) + "</w:tbl>"

schedule = [["No", "Hari/Tanggal", "Waktu", "Tempat", "Peserta"],
    ["1", "Selasa, 23 Januari 2029", "08.30 - 15.00 WIB", "Aula Graha Satria, Purwokerto",
     "Bappedalitbang, Dinkominfo, Bagian Organisasi Setda (pilar smart governance dan smart branding)"],
    ["2", "Kamis, 25 Januari 2029", "08.30 - 15.00 WIB", "Ruang Rapat Joko Kahiman, Setda Kabupaten Banyumas",
     "Perangkat daerah pengampu pilar smart economy dan smart living"],
    ["3", "Selasa, 30 Januari 2029", "08.30 - 12.00 WIB", "Pendapa Si Panji, Purwokerto",
     "Camat se-Kabupaten Banyumas (pilar smart society dan smart environment)"]]
IND = 567  # a hanging indent of 1 cm for the hand-numbered points
letter = "".join([
    p("PEMERINTAH KABUPATEN BANYUMAS", bold=True, center=True, size=28),
    p("DINAS KOMUNIKASI DAN INFORMATIKA", bold=True, center=True, size=32),
    p("Jalan Kabupaten Nomor 1 Purwokerto 53114 Telepon (0281) 632548\nLaman: dinkominfo.banyumaskab.example.id  Surel: dinkominfo@banyumaskab.example.id", center=True),
    p(),
    p("Purwokerto, 8 Januari 2029"),
    grid([["Nomor", ": 400.14/215/2029"], ["Sifat", ": Penting"], ["Lampiran", ": -"],
          ["Hal", ": Bimbingan Teknis Reviu Masterplan Smart City"]], borders=False),
    p(),
    p("Yth.\nKepala Perangkat Daerah se-Kabupaten Banyumas\nCamat se-Kabupaten Banyumas\ndi\tPurwokerto"),
    p(),
    p("SURAT EDARAN", bold=True, center=True),
    p("NOMOR 400.14/215/2029", bold=True, center=True),
    p("TENTANG", bold=True, center=True),
    p("BIMBINGAN TEKNIS REVIU MASTERPLAN SMART CITY KABUPATEN BANYUMAS", bold=True, center=True),
    p(),
    p("1.\tDasar:", indent=IND, hanging=IND),
    p("a.\tMasterplan Smart City Kabupaten Banyumas Tahun 2019-2028 yang disusun saat Kabupaten Banyumas mengikuti Gerakan Menuju Smart City tahun 2019;", indent=2 * IND, hanging=IND),
    p("b.\tKeputusan Bupati Banyumas Nomor 100.3.3/27/2028 tentang Tim Pelaksana Smart City Kabupaten Banyumas.", indent=2 * IND, hanging=IND),
    p("2.\tMasa berlaku masterplan smart city Kabupaten Banyumas berakhir pada tahun 2028, sehingga perlu disusun masterplan baru untuk periode 2029-2033. "
      "Untuk itu Dinas Komunikasi dan Informatika menyelenggarakan bimbingan teknis reviu masterplan dalam tiga sesi dengan jadwal sebagai berikut:", indent=IND, hanging=IND),
    grid(schedule, bold_header=True),
    p("3.\tSetiap perangkat daerah dan kecamatan mengirimkan 2 (dua) orang peserta, yaitu satu pejabat administrator dan satu operator data.", indent=IND, hanging=IND),
    p("4.\tPeserta diminta membawa:", indent=IND, hanging=IND),
    p("a.\tlaptop;", indent=2 * IND, hanging=IND),
    p("b.\tdata capaian rencana aksi smart city tahun 2024-2028;", indent=2 * IND, hanging=IND),
    p("c.\tusulan program perangkat daerah untuk masterplan 2029-2033.", indent=2 * IND, hanging=IND),
    p("5.\tNama peserta disampaikan paling lambat tanggal 17 Januari 2029 melalui tautan s.id/bimtek-mp-bms atau surel dinkominfo@banyumaskab.example.id.", indent=IND, hanging=IND),
    p("6.\tSeluruh biaya kegiatan dibebankan pada DPA Dinas Komunikasi dan Informatika Tahun Anggaran 2029 dan peserta tidak dipungut biaya. "
      "Biaya perjalanan peserta ditanggung perangkat daerah masing-masing.", indent=IND, hanging=IND),
    p("7.\tInformasi lebih lanjut dapat ditanyakan kepada Sdri. Ratna Wulandari, Pranata Komputer Ahli Muda, nomor telepon 0813 2790 4455.", indent=IND, hanging=IND),
    p(),
    p("Demikian surat edaran ini untuk dilaksanakan dengan penuh tanggung jawab."),
    p(),
    p("KEPALA DINAS KOMUNIKASI DAN INFORMATIKA\nKABUPATEN BANYUMAS,", indent=4536),
    p("\n\n", indent=4536),
    p("Drs. HARYANTO WIBOWO, M.Si.", bold=True, indent=4536),
    p("Pembina Utama Muda\nNIP 19700512 199503 1 004", indent=4536),
    p(),
    p("Tembusan:"),
    p("1.\tBupati Banyumas;", indent=IND, hanging=IND),
    p("2.\tSekretaris Daerah Kabupaten Banyumas;", indent=IND, hanging=IND),
    p("3.\tInspektur Kabupaten Banyumas.", indent=IND, hanging=IND),
])
write_docx("surat-edaran-bimtek-masterplan-banyumas-2029.docx", letter,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'),
    numbering(),
    core("Dinkominfo Kabupaten Banyumas", "2029-01-08"))

# ---------- PDF: a province's annual report ----------
TITLE = "Laporan Tahunan Pendampingan Smart City Provinsi Riau Tahun 2028"
# Items: ("c", text) centred bold, ("cr", text) centred regular, ("h", text) bold subsection, ("p", text) body line,
# ("toc", text, page) a contents line, ("row", cells, bold) a table row, ("gap",)
COLS = [60, 85, 205, 400, 490]
cover = [("gap",)] * 6 + [("big", "LAPORAN TAHUNAN"), ("big", "PENDAMPINGAN SMART CITY"), ("big", "PROVINSI RIAU TAHUN 2028")] + \
        [("gap",)] * 10 + [("cr", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"), ("cr", "PROVINSI RIAU"), ("cr", "PEKANBARU, DESEMBER 2028")]
front = [
    ("c", "KATA PENGANTAR"), ("gap",),
    ("p", "Laporan ini menyajikan pelaksanaan pendampingan smart city oleh Pemerintah Provinsi Riau kepada kabupaten/kota"),
    ("p", "peserta Gerakan Menuju Smart City selama tahun 2028. Kami berterima kasih kepada seluruh perangkat daerah"),
    ("p", "kabupaten/kota atas kerja samanya."),
    ("p", "                                                            Kepala Dinas, Ir. Syahrul Anwar, M.T."),
    ("gap",), ("c", "DAFTAR ISI"), ("gap",),
    ("toc", "KATA PENGANTAR", "i"), ("toc", "DAFTAR ISI", "i"),
    ("toc", "BAB I PENDAHULUAN", "1"), ("toc", "    1.1 Latar Belakang", "1"), ("toc", "    1.2 Tujuan Laporan", "1"),
    ("toc", "BAB II PELAKSANAAN PENDAMPINGAN", "1"), ("toc", "    2.1 Kegiatan Pendampingan", "1"), ("toc", "    2.2 Anggaran", "2"),
    ("toc", "BAB III CAPAIAN KABUPATEN/KOTA", "2"), ("toc", "    3.1 Capaian Quick Win", "2"), ("toc", "    3.2 Capaian per Pilar", "3"),
    ("toc", "BAB IV KENDALA DAN TINDAK LANJUT", "3"), ("toc", "    4.1 Kendala", "3"), ("toc", "    4.2 Tindak Lanjut", "3"),
    ("toc", "BAB V PENUTUP", "3"),
]
HEAD = (["No", "Kabupaten/Kota", "Quick Win", "Pilar", "Status"], True)
body_pages = [[
    ("c", "BAB I"), ("c", "PENDAHULUAN"), ("gap",),
    ("h", "1.1 Latar Belakang"),
    ("p", "Provinsi Riau mendampingi tujuh kabupaten/kota peserta Gerakan Menuju Smart City, yaitu Kabupaten Siak dan"),
    ("p", "Kabupaten Pelalawan (angkatan 2017), Kota Pekanbaru (angkatan 2018), Kota Dumai (angkatan 2022), Kabupaten"),
    ("p", "Indragiri Hilir (angkatan 2023), serta Kabupaten Kampar dan Kabupaten Bengkalis yang bergabung pada angkatan"),
    ("p", "2026. Pendampingan dilaksanakan oleh Bidang Aplikasi Informatika Diskominfotik Provinsi Riau."),
    ("gap",), ("h", "1.2 Tujuan Laporan"),
    ("p", "Laporan ini disusun sebagai pertanggungjawaban kegiatan pendampingan tahun 2028 dan bahan penyusunan rencana"),
    ("p", "pendampingan tahun 2029."),
    ("gap",), ("c", "BAB II"), ("c", "PELAKSANAAN PENDAMPINGAN"), ("gap",),
    ("h", "2.1 Kegiatan Pendampingan"),
    ("p", "Selama tahun 2028 tim provinsi melakukan 14 kali kunjungan pendampingan ke kabupaten/kota dan 6 kali rapat"),
    ("p", "koordinasi daring. Forum Smart City Riau ke-3 diselenggarakan di Kota Dumai pada 9-10 Oktober 2028 dan dihadiri"),
    ("p", "420 peserta dari pemerintah daerah, perguruan tinggi dan pelaku usaha."),
], [
    ("h", "2.2 Anggaran"),
    ("p", "Kegiatan pendampingan dibiayai APBD Provinsi Riau Tahun Anggaran 2028 sebesar Rp1,35 miliar. Sampai akhir"),
    ("p", "tahun, anggaran yang terserap Rp1,21 miliar atau 89,6 persen; sisanya berasal dari penghematan biaya perjalanan."),
    ("gap",), ("c", "BAB III"), ("c", "CAPAIAN KABUPATEN/KOTA"), ("gap",),
    ("h", "3.1 Capaian Quick Win"),
    ("p", "Setiap kabupaten/kota menetapkan satu quick win untuk tahun 2028. Capaiannya dirangkum pada Tabel 3.1."),
    ("gap",), ("cr", "Tabel 3.1 Capaian Quick Win Kabupaten/Kota Tahun 2028"),
    ("row", *HEAD),
    ("row", ["1", "Kota Pekanbaru", "Peta perizinan bangunan daring", "Smart Governance", "Selesai"], False),
    ("row", ["2", "Kabupaten Siak", "Pasar ikan daring Siak Mart", "Smart Economy", "Selesai"], False),
    ("row", ["3", "Kabupaten Pelalawan", "Sensor muka air Sungai Kampar", "Smart Environment", "Uji coba"], False),
    ("row", ["4", "Kota Dumai", "Tiket pelabuhan daring", "Smart Living", "Selesai"], False),
], [
    ("row", *HEAD),
    ("row", ["5", "Kabupaten Indragiri Hilir", "Informasi harga kelapa", "Smart Economy", "Berjalan"], False),
    ("row", ["6", "Kabupaten Kampar", "Tiket daring Candi Muara Takus", "Smart Branding", "Uji coba"], False),
    ("row", ["7", "Kabupaten Bengkalis", "Perekaman KTP-el keliling pulau", "Smart Society", "Belum dimulai"], False),
    ("gap",),
    ("h", "3.2 Capaian per Pilar"),
    ("p", "Tiga dari tujuh quick win sudah selesai. Pilar smart economy memiliki dua quick win, sedangkan pilar lainnya"),
    ("p", "masing-masing satu. Quick win Kabupaten Bengkalis belum dimulai karena pengadaan perangkat perekaman tertunda."),
    ("gap",), ("c", "BAB IV"), ("c", "KENDALA DAN TINDAK LANJUT"), ("gap",),
    ("h", "4.1 Kendala"),
    ("p", "a. Pergantian operator aplikasi di kabupaten/kota tanpa serah terima."),
    ("p", "b. Jaringan internet di kecamatan pesisir dan pulau-pulau belum stabil."),
    ("p", "c. Belum semua daerah memiliki pusat data sendiri."),
    ("gap",), ("h", "4.2 Tindak Lanjut"),
    ("p", "Pada tahun 2029 Diskominfotik Provinsi Riau akan menggelar pelatihan operator bersertifikat bagi dua orang dari"),
    ("p", "setiap kabupaten/kota. Forum Smart City Riau ke-4 direncanakan di Kabupaten Siak pada Agustus 2029."),
    ("gap",), ("c", "BAB V"), ("c", "PENUTUP"), ("gap",),
    ("p", "Pendampingan akan dilanjutkan pada tahun 2029 dengan fokus pada quick win yang belum selesai."),
]]
def leader(text, page):
    dots = "." * max(3, 95 - int(len(text) * 1.1))
    return f"{text} {dots} {page}"
def page_ops(items, header=True, number=None):
    ops = []
    if header:
        ops += [text_op(R, 8, 60, 810, TITLE), text_op(R, 8, 60, 30, "Diskominfotik Provinsi Riau")]
    if number: ops.append(text_op(R, 9, 285, 30, number))
    y = 770
    for item in items:
        kind = item[0]
        if kind == "gap": y -= 14; continue
        if kind == "big": ops.append(text_op(B, 22, 120, y, item[1])); y -= 32; continue
        if kind in ("c", "cr"):
            x = max(60, int(297 - len(item[1]) * 3.1))
            ops.append(text_op(B if kind == "c" else R, 11, x, y, item[1])); y -= 18; continue
        if kind == "h": ops.append(text_op(B, 11, 60, y, item[1])); y -= 18; continue
        if kind == "toc": ops.append(text_op(R, 10, 60, y, leader(item[1], item[2]))); y -= 16; continue
        if kind == "row":
            ops += [text_op(B if item[2] else R, 9, x, y, c) for x, c in zip(COLS, item[1])]; y -= 16; continue
        ops.append(text_op(R, 10, 60, y, item[1])); y -= 15
    return ops
write_pdf("laporan-tahunan-smart-city-riau-2028.pdf",
          [page_ops(cover, header=False), page_ops(front, number="i")] +
          [page_ops(pg, number=f"- {n} -") for n, pg in enumerate(body_pages, 1)],
          f"<< /Title ({TITLE}) /Author (Diskominfotik Provinsi Riau) /CreationDate (D:20281215000000) >>")
print("ok")
