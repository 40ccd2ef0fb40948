#!/usr/bin/env python3
"""Builds the DOCX and PDF of the unseen-document probe with the standard library only (no office suite needed).
Run from this folder: python3 make_fixtures.py"""
import zipfile, zlib

# ---------- DOCX: heading styles, a bulleted list and a table ----------
def esc(t): return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def para(text, style=None, bullet=False):
    ppr = ""
    if style or bullet:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if bullet else "") + "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
def table(rows):
    cells = lambda r: "".join(f"<w:tc>{para(c)}</w:tc>" for c in r)
    return "<w:tbl>" + "".join(f"<w:tr>{cells(r)}</w:tr>" for r in rows) + "</w:tbl>"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
body = "".join([
    para("Panduan Mentoring Smart City 2026", "Title"),
    para("Program mentoring 2026", "Heading1"),
    para("Program Mentoring Smart City 2026 memasangkan setiap kabupaten/kota alumni dengan satu mentor selama delapan bulan, dari Maret sampai Oktober 2026, untuk mengawal pelaksanaan masterplan."),
    para("Peran mentor", "Heading1"),
    para("Mentor adalah praktisi atau akademisi yang sudah mendampingi paling sedikit tiga daerah. Tugas mentor:"),
    para("Meninjau rencana aksi tahunan daerah.", bullet=True),
    para("Memimpin klinik bulanan secara daring.", bullet=True),
    para("Menulis laporan kemajuan setiap triwulan.", bullet=True),
    para("Jadwal sesi mentoring", "Heading2"),
    para("Sesi tatap muka digelar dua kali: lokakarya pembuka di Kota Mataram pada 9 Maret 2026 dan lokakarya penutup di Kota Balikpapan pada 20 Oktober 2026."),
    para("Kewajiban daerah peserta mentoring", "Heading1"),
    para("Daerah peserta menunjuk satu koordinator dari Diskominfo dan menyerahkan laporan kemajuan paling lambat tanggal 10 setiap bulan berikutnya."),
    para("Anggaran mentoring per daerah", "Heading1"),
    para("Rincian biaya yang ditanggung penyelenggara untuk setiap daerah:"),
    table([["Komponen", "Biaya"], ["Honor mentor", "Rp 48 juta"], ["Perjalanan dua lokakarya", "Rp 22 juta"], ["Klinik daring", "Rp 6 juta"]]),
])
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>'''
numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''
ctypes = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Panduan Mentoring Smart City 2026</dc:title><dc:creator>Sekretariat Mentoring Smart City</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-20T00:00:00Z</dcterms:created></cp:coreProperties>'''
with zipfile.ZipFile("panduan-mentoring-2026.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ctypes); z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", doc); z.writestr("word/_rels/document.xml.rels", docrels)
    z.writestr("word/styles.xml", styles); z.writestr("word/numbering.xml", numbering); z.writestr("docProps/core.xml", core)

# ---------- PDF: two pages, several sections per page, headings bold and larger ----------
pages = [[
    ("Daftar Periksa Tata Kelola Data Smart City", 18, True),
    ("", 0, False),
    ("Tujuan daftar periksa", 13, True),
    ("Daftar periksa ini dipakai perangkat daerah untuk menilai sendiri kesiapan tata kelola data", 10, False),
    ("sebelum sebuah layanan smart city diluncurkan ke publik.", 10, False),
    ("Wali data daerah", 13, True),
    ("Setiap pemerintah daerah menetapkan satu wali data di Diskominfo yang menyetujui setiap set data", 10, False),
    ("sebelum dibagikan antarperangkat daerah atau dibuka untuk warga.", 10, False),
    ("Klasifikasi data", 13, True),
    ("Data dikelompokkan dalam tiga tingkat: terbuka, terbatas, dan rahasia. Data kependudukan yang", 10, False),
    ("memuat NIK selalu masuk tingkat rahasia.", 10, False),
], [
    ("Retensi dan pemusnahan data", 13, True),
    ("Log aplikasi layanan publik disimpan paling lama 24 bulan, lalu dimusnahkan dengan berita acara", 10, False),
    ("yang ditandatangani wali data.", 10, False),
    ("Insiden kebocoran data", 13, True),
    ("Kebocoran data wajib dilaporkan kepada wali data dalam 1 x 24 jam, dan warga yang terdampak", 10, False),
    ("diberi tahu paling lambat 72 jam setelah kebocoran diketahui.", 10, False),
    ("Audit tahunan", 13, True),
    ("Inspektorat daerah mengaudit penerapan daftar periksa ini setiap bulan November dan hasilnya", 10, False),
    ("dilaporkan kepada sekretaris daerah.", 10, False),
]]
def pdf_text(t): return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
objs = []
def add(o): objs.append(o); return len(objs)
font_r = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
font_b = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
pages_id = len(objs) + 1 + 2 * len(pages)  # filled below
kids = []
for lines in pages:
    y, ops = 790, []
    for text, size, bold in lines:
        if not text: y -= 10; continue
        if bold and size > 10: y -= 8
        ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf 50 {y} Td ({pdf_text(text)}) Tj ET")
        y -= size + 6
    stream = "\n".join(ops).encode("cp1252")
    c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font_r} 0 R /F2 {font_b} 0 R >> >> /Contents {c} 0 R >>".encode()))
assert add(("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>").encode()) == pages_id
info = add(b"<< /Title (Daftar Periksa Tata Kelola Data Smart City) /Author (Tim Tata Kelola Data) /CreationDate (D:20260215000000) >>")
catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out)); out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
xref = len(out)
out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
out += f"trailer\n<< /Size {len(objs)+1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open("tata-kelola-data.pdf", "wb").write(bytes(out))
print("ok")
