#!/usr/bin/env python3
"""Builds the documents of the sixteenth unseen-document probe (writers shared in ../fixture_documents.py).
Documents a programme office really drops into knowledge/, on subjects the programme's own sections also cover
(Banyumas's three quick wins of 2019, the national Smart City Forum 2025 in Yogyakarta, DIY's 2025 awards):
a PDF slide deck exported from PowerPoint (16:9 pages of 960 x 540 points, every line placed with its own text matrix,
the bullet glyph a separate piece before its text, a title per slide, an agenda slide that repeats the other slides'
titles, a slide continued under the same title with "(lanjutan)", an indicator table whose cells are separate pieces
over filled rectangles, and a footer on every slide: the office name at the left, the event in the middle and the
slide number at the right);
a DOCX of meeting minutes (notulen) of a provincial smart city forum: a header part ("NOTULEN RAPAT ... | Dokumen
internal") and a footer part with the secretariat's name and a PAGE field, a centred bold title block, the meeting's
particulars as label, tab, colon lines (Hari/Tanggal, Waktu, Tempat, Pimpinan Rapat), attendees as a numbered list,
the discussion per agenda item under bold Normal paragraphs, decisions as a Word numbered list, and an action-item
table (No | Tindak Lanjut | Penanggung Jawab | Tenggat) whose header row is Word's repeated header row and whose
deadlines are written "Senin, 11/08/2025", closed by "Dicatat oleh" and the note-taker's name;
an HTML news page saved from a city government's portal ("Simpan halaman" in a browser: the saved-from comment, a
cookie banner, an accessibility toolbar, a running ticker, navigation, breadcrumbs, the article with a photo and its
caption, "Baca juga:" paragraphs inside the article linking to other news, a writer/editor line, share buttons, a
sidebar of other news and agenda, a "Berita terkait" block and a footer with the office's address).
The HTML page is written by hand (kota-yogyakarta-forum-smart-city-nasional-2025.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys, zipfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, write_pdf, pdf_text, REGULAR as R, BOLD as B

# ---------- PDF: slides exported from PowerPoint ----------
W, H = 960, 540
def tm(font, size, x, y, text, gray=False):
    """One line as PowerPoint exports it: its own text matrix, a TJ array."""
    color = "0.35 g " if gray else "0 g "
    return f"BT {color}/{font} {size} Tf 1 0 0 1 {x} {y} Tm [({pdf_text(text)})] TJ ET"
def footer(n):
    return [tm(R, 10, 36, 18, "Dinas Komunikasi dan Informatika Kabupaten Banyumas", True),
            tm(R, 10, 380, 18, "Forum Smart City Jawa Tengah 2025", True), tm(R, 10, W - 50, 18, str(n), True)]
def bullets(items, y=400, size=20, lead=34):
    ops = []
    for item in items:
        sub = item.startswith("  ")
        x = 90 if sub else 60
        ops += [tm(R, size, x, y, "\u2013" if sub else "\u2022"), tm(R, size - (2 if sub else 0), x + 22, y, item.strip())]
        y -= lead
    return ops
def title(text, y=468): return [tm(B, 32, 48, y, text)]

TITLES = ["Sekilas Banyumas Smart Regency", "Salinmas: Sampah Online Banyumas", "Salinmas (lanjutan)",
          "PSC 119-Satria", "Pattas Sosial Mitra Kurir Langit", "Capaian Indikator Quick Win 2025",
          "Anggaran Quick Win 2025", "Rencana 2026"]
def table_slide():
    rows = [("Indikator", "Target 2025", "Realisasi 2025"),
            ("Nasabah Salinmas (rumah tangga)", "50.000", "52.300"),
            ("Sampah terkelola per hari", "35 ton", "41 ton"),
            ("Panggilan darurat PSC 119-Satria", "15.000", "18.450"),
            ("Waktu tanggap ambulans", "15 menit", "11 menit"),
            ("Warga penerima layanan Pattas Sosial", "5.000", "6.200")]
    ops, y, xs = [], 400, (60, 520, 720)
    for i, r in enumerate(rows):
        shade = "0.2 0.4 0.7 rg" if i == 0 else ("0.9 0.93 0.97 rg" if i % 2 else "0.97 0.97 0.97 rg")
        ops.append(f"q {shade} 50 {y - 12} 860 38 re f Q")
        for x, c in zip(xs, r): ops.append(tm(B if i == 0 else R, 18, x, y, c))
        y -= 40
    ops.append(tm(R, 12, 60, y - 10, "Sumber: SIMONEV Smart City Kabupaten Banyumas, data s.d. 30 September 2025", True))
    return ops

slides = [
    [tm(B, 40, 60, 330, "Capaian Quick Win Smart City"), tm(B, 40, 60, 282, "Kabupaten Banyumas 2025"),
     tm(R, 20, 60, 226, "Paparan pada Forum Smart City Jawa Tengah"),
     tm(R, 20, 60, 196, "Semarang, 14 Oktober 2025  |  Gedung Gradhika Bhakti Praja")],
    title("Agenda") + bullets(TITLES[:2] + TITLES[3:], y=410, size=18, lead=40),
    title(TITLES[0]) + bullets([
        "Peserta Gerakan Menuju 100 Smart City sejak 2019",
        "Masterplan smart city 2020-2029 ditetapkan dengan Peraturan Bupati",
        "Tiga quick win dipaparkan di Kominfo pada 4 November 2019:",
        "  Pattas Sosial Mitra Kurir Langit, PSC 119-Satria, Salinmas",
        "Ketiganya masih berjalan dan diperluas pada 2025"]),
    title(TITLES[1]) + bullets([
        "Aplikasi penjemputan sampah terpilah dari rumah ke bank sampah",
        "Warga menukar sampah terpilah dengan saldo tabungan di aplikasi",
        "Tahun 2025 berjalan di 21 dari 27 kecamatan",
        "52.300 rumah tangga terdaftar sebagai nasabah"]),
    title(TITLES[2]) + bullets([
        "41 ton sampah terkelola setiap hari (2024: 29 ton)",
        "312 bank sampah unit dan 9 TPST terhubung ke aplikasi",
        "Armada penjemput: 64 kendaraan roda tiga milik KSM"]),
    title(TITLES[3]) + bullets([
        "Layanan ambulans gawat darurat dan rujukan, nomor 119",
        "14 unit ambulans siaga 24 jam di 5 pos",
        "Waktu tanggap rata-rata turun dari 24 menit (2023) menjadi 11 menit",
        "18.450 panggilan darurat ditangani sepanjang Januari-September 2025"]),
    title(TITLES[4]) + bullets([
        "Kurir mengantar bantuan sosial langsung ke rumah penerima",
        "Sasaran: warga lanjut usia dan penyandang disabilitas",
        "6.200 warga menerima layanan antar pada 2025",
        "Bekerja sama dengan PT Pos Indonesia dan 120 relawan desa"]),
    title(TITLES[5]) + table_slide(),
    title(TITLES[6]) + bullets([
        "Total anggaran quick win 2025: Rp4,2 miliar",
        "  Salinmas Rp1,9 miliar; PSC 119-Satria Rp1,6 miliar; Pattas Sosial Rp0,7 miliar",
        "Sumber: APBD Kabupaten Banyumas dan CSR perbankan daerah"]),
    title(TITLES[7]) + bullets([
        "Salinmas menjangkau seluruh 27 kecamatan pada akhir 2026",
        "PSC 119-Satria menambah 2 pos ambulans di wilayah barat",
        "Pattas Sosial memakai data terpadu kesejahteraan sosial terbaru"]),
    [tm(B, 44, 330, 300, "Terima Kasih"), tm(R, 18, 300, 250, "diskominfo.banyumaskab.go.id  |  Instagram @kominfobanyumas")],
]
write_pdf("paparan-quick-win-banyumas-2025.pdf", [s + footer(i + 1) for i, s in enumerate(slides)],
          "<< /Title (PowerPoint Presentation) /Author (Diskominfo Banyumas) /Creator (Microsoft\\256 PowerPoint\\256 for Microsoft 365) "
          "/Producer (Microsoft\\256 PowerPoint\\256 for Microsoft 365) /CreationDate (D:20251013160000+07'00') >>", size=(W, H))

# ---------- DOCX: meeting minutes with header and footer parts ----------
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
def r(text, bold=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
def tab(): return "<w:r><w:tab/></w:r>"
def p(*runs, center=False, num=None, style=None):
    ppr = ""
    if center or num or style:
        ppr = ("<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") +
               (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "") +
               ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>")
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"
def label(name, value): return p(r(name), tab(), r(": " + value))
def cell(text, bold=False, width=None):
    pr = f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>' if width else ""
    return f"<w:tc>{pr}{p(r(text, bold))}</w:tc>"
def action_table(rows):
    widths = (600, 4600, 2300, 1900)
    head = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(cell(h, True, w) for h, w in zip(("No", "Tindak Lanjut", "Penanggung Jawab", "Tenggat"), widths)) + "</w:tr>"
    body = "".join("<w:tr>" + "".join(cell(c, False, w) for c, w in zip((str(i + 1),) + row, widths)) + "</w:tr>" for i, row in enumerate(rows))
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9400" w:type="dxa"/></w:tblPr>'
            f"{head}{body}</w:tbl>")

body = "".join([
    p(r("NOTULEN RAPAT KOORDINASI", True), center=True),
    p(r("FORUM SMART CITY DAERAH ISTIMEWA YOGYAKARTA", True), center=True),
    p(r("PERSIAPAN FORUM SMART CITY NASIONAL 2025", True), center=True),
    p(),
    label("Hari/Tanggal", "Senin, 4 Agustus 2025"),
    label("Waktu", "09.00 - 12.30 WIB"),
    label("Tempat", "Ruang Rapat Bima, Kompleks Kepatihan, Yogyakarta"),
    label("Pimpinan Rapat", "Ir. Retno Handayani, M.Sc., Kepala Dinas Kominfo DIY"),
    label("Notulis", "Arif Nugroho, S.Kom."),
    p(r("Peserta Rapat", True)),
    p(r("Bappeda DIY"), num=1), p(r("Dinas Pariwisata DIY"), num=1), p(r("Dinas Perhubungan DIY"), num=1),
    p(r("Diskominfo Kota Yogyakarta, Kabupaten Sleman, Bantul, Kulon Progo dan Gunungkidul"), num=1),
    p(r("Sekretariat Forum Smart City DIY"), num=1),
    p(r("I. Pembukaan", True)),
    p(r("Pimpinan rapat menyampaikan bahwa Kementerian Komunikasi dan Digital menetapkan Daerah Istimewa Yogyakarta "
        "sebagai tuan rumah Forum Smart City Nasional 2025 pada 26 Agustus 2025. Forum diperkirakan dihadiri 1.200 peserta "
        "dari kementerian, pemerintah daerah, perguruan tinggi dan mitra swasta, sehingga persiapan harus selesai "
        "satu minggu sebelum acara.")),
    p(r("II. Pembahasan", True)),
    p(r("Dinas Pariwisata DIY melaporkan bahwa pameran inovasi akan menempati Hall B Jogja Expo Center dengan 24 stan. "
        "Setiap kabupaten/kota di DIY mendapat dua stan dan sisanya untuk kabupaten/kota lain dari seluruh Indonesia yang "
        "mendaftar. Dinas Perhubungan DIY menyiapkan bus antar-jemput dari tiga hotel utama ke lokasi. Diskominfo kabupaten/kota "
        "diminta memilih paling banyak tiga inovasi untuk dipamerkan.")),
    p(r("III. Keputusan Rapat", True)),
    p(r("Rapat memutuskan hal-hal berikut:")),
    p(r("Pameran inovasi Forum Smart City Nasional 2025 diselenggarakan di Hall B Jogja Expo Center dengan 24 stan."), num=2),
    p(r("Setiap kabupaten/kota di DIY memamerkan paling banyak tiga inovasi."), num=2),
    p(r("Gladi bersih dilaksanakan pada Senin, 25 Agustus 2025 pukul 14.00 WIB di lokasi acara."), num=2),
    p(r("Sekretariat Forum Smart City DIY menjadi satu-satunya pintu komunikasi dengan panitia Komdigi."), num=2),
    p(r("Biaya stan kabupaten/kota dari luar DIY ditanggung peserta, Rp3.500.000 per stan."), num=2),
    p(r("IV. Rencana Tindak Lanjut", True)),
    action_table([
        ("Mengirim daftar inovasi yang akan dipamerkan ke sekretariat", "Diskominfo kabupaten/kota", "Senin, 11/08/2025"),
        ("Menyiapkan bus antar-jemput peserta dari hotel ke Jogja Expo Center", "Dinas Perhubungan DIY", "Jumat, 22/08/2025"),
        ("Menata denah dan dekorasi 24 stan pameran", "Dinas Pariwisata DIY", "Kamis, 21/08/2025"),
        ("Menyusun buku panduan peserta dan jadwal acara", "Sekretariat Forum Smart City DIY", "Jumat, 15/08/2025"),
        ("Menyiapkan jaringan internet dan siaran langsung", "Dinas Kominfo DIY", "Jumat, 22/08/2025")]),
    p(r("V. Penutup", True)),
    p(r("Rapat ditutup pukul 12.30 WIB. Rapat evaluasi pelaksanaan forum dijadwalkan pada Selasa, 2 September 2025 "
        "di tempat yang sama.")),
    p(),
    p(r("Yogyakarta, 4 Agustus 2025")),
    p(r("Dicatat oleh,")), p(), p(r("Arif Nugroho, S.Kom.", True)),
    '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/>'
    '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>',
])
header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>'
          + p(r("NOTULEN RAPAT FORUM SMART CITY DIY"), tab(), tab(), r("Dokumen internal")) + "</w:hdr>")
footer_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>'
              '<w:p><w:r><w:t xml:space="preserve">Sekretariat Forum Smart City DIY  |  Halaman </w:t></w:r>'
              '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>')
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Notulen Rakor Forum SC DIY</dc:title><dc:creator>Arif Nugroho</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-04T05:30:00Z</dcterms:created></cp:coreProperties>')
ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
           f'<Relationship Id="rId10" Type="{REL}header" Target="header1.xml"/><Relationship Id="rId11" Type="{REL}footer" Target="footer1.xml"/></Relationships>')
with zipfile.ZipFile("notulen-rakor-forum-smart-city-diy-2025.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ctypes); z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>')
    z.writestr("word/_rels/document.xml.rels", docrels); z.writestr("word/styles.xml", styles); z.writestr("word/numbering.xml", numbering)
    z.writestr("word/header1.xml", header); z.writestr("word/footer1.xml", footer_xml); z.writestr("docProps/core.xml", core)
print("ok")
