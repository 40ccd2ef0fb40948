#!/usr/bin/env python3
"""Builds the documents of the fifteenth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first fourteen probes did not use, with subjects that overlap the programme's own short sections on the
same words (masterplans and their 5-10 year span, Wonogiri's 2021 participation, Penajam Paser Utara's six quick wins,
Kota Semarang's 2022 quick-win award, awards per pillar), so a long staff passage competes with them:
a PDF guideline booklet laid out in a design program: section titles in capitals letter-spaced with character spacing
(Tc), so every letter stands apart from the next; a running side tab of rotated text up the page's outer edge; a row of
key figures (a big number over a small caption, four side by side); the stages as four boxes side by side, each a
narrow column of short lines; a pull quote in a larger size between paragraphs; a footer "Pedoman ... | n";
a DOCX report of a province's quick wins whose cover is drawn in text boxes (wps:txbx inside mc:AlternateContent, with
the VML fallback Word writes beside it, so the cover text is in the file twice), a "Sorotan" text box anchored in the
first paragraph of the summary, Heading 1/Heading 2 sections, and a recap table whose third column holds a nested table
of each region's quick wins (name, pillar, status);
an HTML page of a city's award on a Bootstrap site: the key facts card written twice (a desktop copy and a mobile
copy, one hidden by CSS classes), the winners in a table with a two-row header (a "Pemenang" cell spanning Juara I-III),
the prizes as label lines separated by <br> in one paragraph, last year's prizes left in a block hidden with
style="display:none", the timeline as an <ol> of <time> items, scoring weights with footnote markers (<sup>) pointing
to a notes list at the bottom, and headings that skip a level (<h1> then <h4>).
The HTML page is written by hand (penghargaan-kelurahan-cerdas-semarang-2035.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text, REGULAR as R, BOLD as B

# ---------- PDF: a guideline booklet from a design program ----------
def t(font, size, x, y, text, spacing=0):
    tc = f"{spacing} Tc " if spacing else ""
    return f"BT {tc}/{font} {size} Tf {x} {y} Td ({pdf_text(text)}) Tj ET" + (" BT 0 Tc ET" if spacing else "")
def spaced(x, y, text):
    """A section title as the designer set it: capitals, letter-spaced 4 points, 13 pt bold."""
    return t(B, 13, x, y, text, 4)
def side_tab(page_no):
    """The running side tab: rotated 90 degrees, reading up the outer edge."""
    return f"BT /{R} 8 Tf 0 1 -1 0 {570 if page_no % 2 else 30} 300 Tm ({pdf_text('PEDOMAN MASTERPLAN SMART CITY WONOGIRI 2036-2040')}) Tj ET"
def footer(n): return t(R, 8, 60, 30, f"Pedoman Penyusunan Masterplan Smart City Tahap II Kabupaten Wonogiri  |  {n}")
def body(x, y, lines, size=10, lead=14):
    return [t(R, size, x, y - i * lead, line) for i, line in enumerate(lines)], y - len(lines) * lead

def page1():
    ops = [side_tab(1), t(B, 22, 60, 770, "PEDOMAN PENYUSUNAN"), t(B, 22, 60, 744, "MASTERPLAN SMART CITY TAHAP II"),
           t(R, 14, 60, 720, "Kabupaten Wonogiri 2036-2040"),
           t(R, 9, 60, 702, "Badan Perencanaan Pembangunan Daerah Kabupaten Wonogiri  -  Edisi Februari 2036"),
           spaced(60, 668, "PENGANTAR")]
    o, y = body(60, 648, [
        "Masterplan smart city tahap I Kabupaten Wonogiri disusun sejak Kabupaten Wonogiri menjadi peserta",
        "Gerakan Menuju Smart City tahun 2021 dan berlaku untuk periode 2025-2035. Pedoman ini mengatur cara",
        "perangkat daerah menyusun masterplan smart city tahap II untuk periode 2036 sampai dengan 2040, yang",
        "disusun selama 7 (tujuh) bulan, dari Maret sampai September 2036.",
    ]); ops += o
    # key figures: a big number over a small caption, four side by side
    for i, (num, cap1, cap2) in enumerate([("25", "kecamatan", "terlibat"), ("41", "program", "diusulkan"),
                                           ("6", "pilar", "smart city"), ("18,5", "miliar rupiah", "anggaran indikatif")]):
        x = 60 + i * 125
        ops += [t(B, 28, x, y - 36, num), t(R, 8, x, y - 50, cap1), t(R, 8, x, y - 60, cap2)]
    y -= 86
    ops.append(spaced(60, y, "TIM PENYUSUN")); y -= 20
    o, y = body(60, y, [
        "Tim Penyusun Masterplan diketuai oleh Kepala Bappeda Kabupaten Wonogiri dengan sekretaris Kepala",
        "Dinas Komunikasi dan Informatika. Anggotanya wakil dari 24 perangkat daerah, ditambah dua akademisi",
        "dari perguruan tinggi di Surakarta sebagai pendamping. Tim ditetapkan dengan Keputusan Bupati paling",
        "lambat akhir Februari 2036.",
    ]); ops += o
    y -= 10
    ops += [t(R, 14, 90, y, "\"Masterplan tahap II harus lebih sedikit program, tetapi"),
            t(R, 14, 90, y - 18, "setiap program benar-benar selesai.\""), t(R, 9, 90, y - 34, "- Bupati Wonogiri")]
    y -= 60
    ops.append(spaced(60, y, "TAHAPAN PENYUSUNAN")); y -= 24
    # the four stages as boxes side by side, each a narrow column of short lines
    stages = [["1. Evaluasi", "capaian tahap I", "Maret - April", "2036"],
              ["2. Analisis", "kesiapan dan", "penetapan sasaran", "Mei - Juni 2036"],
              ["3. Penyusunan", "program dan", "quick win", "Juli - Agustus 2036"],
              ["4. Konsultasi", "publik dan", "finalisasi", "September 2036"]]
    for i, lines in enumerate(stages):
        x = 60 + i * 122
        ops.append(f"{x - 4} {y - 58} 112 70 re S")
        ops += [t(B if j == 0 else R, 9, x, y - j * 12, line) for j, line in enumerate(lines)]
    ops.append(footer(1))
    return ops

def page2():
    ops = [side_tab(2), spaced(60, 780, "KETENTUAN PROGRAM")]
    o, y = body(60, 760, [
        "Setiap program dalam masterplan tahap II wajib menyebut satu pilar smart city sebagai pilar utamanya.",
        "Setiap pilar memuat paling banyak 8 (delapan) program, sehingga seluruh masterplan memuat paling",
        "banyak 48 program. Program yang tidak selesai pada tahap I dapat diusulkan kembali setelah dievaluasi.",
        "Quick win dipilih dari program prioritas dan harus dapat diselesaikan dalam 12 (dua belas) bulan sejak",
        "dimulai. Tahap II menetapkan 6 (enam) quick win, satu pada setiap pilar.",
    ]); ops += o
    y -= 16
    ops.append(spaced(60, y, "KONSULTASI PUBLIK")); y -= 20
    o, y = body(60, y, [
        "Rancangan masterplan dikonsultasikan kepada masyarakat paling sedikit 3 (tiga) kali, yaitu di wilayah",
        "utara, tengah, dan selatan Kabupaten Wonogiri, bersama Forum Wonogiri Cerdas. Masukan warga juga",
        "diterima secara daring selama 30 hari melalui laman resmi pemerintah kabupaten.",
    ]); ops += o
    y -= 16
    ops.append(spaced(60, y, "PENETAPAN DAN PENDANAAN")); y -= 20
    o, y = body(60, y, [
        "Masterplan smart city tahap II ditetapkan dengan Peraturan Bupati paling lambat Desember 2036, agar",
        "rencana aksi tahun pertama dapat dimasukkan ke dalam APBD 2037. Anggaran indikatif seluruh program",
        "selama lima tahun diperkirakan Rp18,5 miliar, bersumber dari APBD, dana desa untuk program tingkat",
        "desa, dan kerja sama dengan badan usaha.",
    ]); ops += o
    y -= 16
    ops.append(spaced(60, y, "PEMANTAUAN")); y -= 20
    o, y = body(60, y, [
        "Bappeda memantau pelaksanaan masterplan setiap semester dan melaporkannya kepada Bupati. Evaluasi",
        "paruh waktu dilakukan pada tahun 2038.",
    ]); ops += o
    ops.append(footer(2))
    return ops

write_pdf("pedoman-masterplan-smart-city-wonogiri-2036-2040.pdf", [page1(), page2()],
          "<< /Title (Pedoman_Masterplan_TahapII_final.indd) /Creator (Adobe InDesign 24.2) /CreationDate (D:20360212100000) >>")

# ---------- DOCX: a province's quick-win report with a text-box cover and a nested table ----------
WPS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')
def r(text, bold=False, size=None):
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def p(*runs, style=None, center=False):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"
BOX_IDS = iter(range(1, 100))
def text_box(paragraphs, cx, cy, x, y):
    """A floating text box as Word 2010+ writes it: the DrawingML shape in mc:Choice and a VML copy in mc:Fallback."""
    inner = "".join(paragraphs)
    n = next(BOX_IDS)
    return (f'<w:r><mc:AlternateContent {WPS}><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{n}" name="Kotak Teks {n}"/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape id="Kotak_Teks_{n}" type="#_x0000_t202" style="position:absolute;width:{cx // 12700}pt;height:{cy // 12700}pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
def cell(content, width=None):
    pr = f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>' if width else ""
    return f"<w:tc>{pr}{content}</w:tc>"
def row(*cells): return "<w:tr>" + "".join(cells) + "</w:tr>"
def nested(items):
    """The quick wins of one region as a small table inside the recap table's cell (Word needs a paragraph after it)."""
    head = row(*(cell(p(r(h, bold=True))) for h in ["Quick win", "Pilar", "Status"]))
    return "<w:tbl>" + head + "".join(row(*(cell(p(r(c))) for c in it)) for it in items) + "</w:tbl>" + p()

regions = [
    ("Kota Bontang", "6", [("Bontang Sehat Digital", "Smart living", "Selesai"), ("Taman Kota Berinternet", "Smart living", "Selesai"),
                           ("Kampung Nelayan Cerdas", "Smart economy", "Selesai"), ("Bontang Lapor", "Smart governance", "Selesai"),
                           ("Bank Sampah Daring", "Smart environment", "Selesai"), ("Bontang Kota Taman", "Smart branding", "Selesai")]),
    ("Kota Balikpapan", "5", [("Balikpapan Sigap (sensor tinggi muka air di 45 titik)", "Smart living", "Selesai"),
                              ("Parkir Pintar Klandasan", "Smart economy", "Berjalan 80%"), ("Layanan Adminduk Keliling", "Smart governance", "Selesai"),
                              ("Wisata Kota Minyak", "Smart branding", "Selesai"), ("Pilah Sampah Kelurahan", "Smart environment", "Berjalan 55%")]),
    ("Kabupaten Penajam Paser Utara", "5", [("Go PPU 2.0", "Smart governance", "Selesai"), ("SIHARPA (harga pasar)", "Smart economy", "Berjalan 70%"),
                              ("Serbu Gass (bank sampah) di 30 desa/kelurahan", "Smart environment", "Selesai"),
                              ("Puspita Nusantara", "Smart branding", "Selesai"), ("Call Center 112 terpadu IKN", "Smart society", "Berjalan 60%")]),
    ("Kota Samarinda", "6", [("Samarinda Pintar Parkir", "Smart economy", "Tertunda"), ("Sungai Karang Mumus Bersih", "Smart environment", "Selesai"),
                             ("E-Pasar Segiri", "Smart economy", "Selesai"), ("Samarinda Lapor", "Smart governance", "Selesai"),
                             ("Kampung Tenun Samarinda", "Smart branding", "Selesai"), ("Puskesmas Daring", "Smart living", "Berjalan 75%")]),
    ("Kabupaten Mahakam Ulu", "4", [("Desa Terkoneksi", "Smart society", "Tertunda"), ("Mahulu Lapor", "Smart governance", "Selesai"),
                                    ("Pasar Hulu Daring", "Smart economy", "Tertunda"), ("Sekolah Jarak Jauh", "Smart society", "Berjalan 30%")]),
]
recap = "<w:tbl>" + row(*(cell(p(r(h, bold=True))) for h in ["Kabupaten/Kota", "Jumlah Quick Win", "Rincian"])) + \
        "".join(row(cell(p(r(name)), 2200), cell(p(r(n)), 1200), cell(nested(items), 6000)) for name, n, items in regions) + "</w:tbl>"

cover = p(text_box([p(r("LAPORAN CAPAIAN QUICK WIN SMART CITY", bold=True, size=40), center=True),
                    p(r("PROVINSI KALIMANTAN TIMUR TAHUN 2035", bold=True, size=32), center=True)], 5400000, 1400000, 1080000, 2200000),
          text_box([p(r("Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur"), center=True), p(r("Samarinda, Januari 2036"), center=True)],
                   5400000, 700000, 1080000, 8600000))
sorotan = text_box([p(r("SOROTAN 2035", bold=True)), p(r("48 quick win di 9 kabupaten/kota")), p(r("31 selesai 100%")),
                    p(r("12 masih berjalan")), p(r("5 tertunda"))], 1800000, 1600000, 5200000, 1500000)
doc = "".join([
    cover, '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
    p(r("Ringkasan"), style="Heading1"),
    p(sorotan, r("Sepanjang tahun 2035, sembilan kabupaten/kota di Kalimantan Timur yang pernah menjadi peserta Gerakan Menuju "
                 "Smart City menjalankan 48 quick win. Sebanyak 31 quick win selesai 100%, 12 masih berjalan, dan 5 tertunda. "
                 "Capaian tertinggi diraih Kota Bontang yang menyelesaikan seluruh enam quick win-nya, sedangkan capaian terendah "
                 "ada di Kabupaten Mahakam Ulu yang baru menyelesaikan 1 dari 4 quick win karena keterbatasan jaringan internet di "
                 "kampung-kampung hulu.")),
    p(r("Metode"), style="Heading1"),
    p(r("Data dikumpulkan melalui SIMONEV Smart City Kaltim setiap triwulan dan diverifikasi dengan kunjungan lapangan "
        "pada November 2035. Status Selesai berarti layanan sudah dipakai warga; Berjalan disertai persentase kemajuan "
        "fisik; Tertunda berarti belum dimulai atau dihentikan sementara.")),
    p(r("Capaian per Kabupaten/Kota"), style="Heading1"),
    p(r("Tabel berikut merangkum quick win lima kabupaten/kota yang dikunjungi tim verifikasi.")),
    recap,
    p(r("Catatan Daerah"), style="Heading2"),
    p(r("Di Kabupaten Penajam Paser Utara, Serbu Gass yang semula bank sampah di satu kelurahan kini berjalan di 30 "
        "desa/kelurahan, sedangkan SIHARPA baru mencapai 70% karena pedagang di dua pasar belum melapor harga harian. "
        "Di Kota Samarinda, Samarinda Pintar Parkir tertunda sampai penyedia mesin parkir nontunai ditetapkan.")),
    p(r("Rekomendasi dan Tindak Lanjut"), style="Heading1"),
    p(r("Kabupaten/kota menyampaikan laporan akhir capaian quick win 2035 kepada Diskominfo Provinsi paling lambat "
        "15 Januari 2036. Quick win berstatus tertunda wajib disertai rencana pemulihan dalam laporan triwulan I 2036. "
        "Diskominfo Provinsi akan memberikan pendampingan jaringan bagi Kabupaten Mahakam Ulu dan Kabupaten Kutai Barat.")),
])
write_docx("laporan-capaian-quick-win-kaltim-2035.docx", doc,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>',
           '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'),
    numbering((1, 0, "bullet", "\u2022", None)),
    core("Diskominfo Kaltim", "2036-01-08"))
print("ok")
