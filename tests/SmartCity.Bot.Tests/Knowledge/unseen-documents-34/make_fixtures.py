#!/usr/bin/env python3
"""Builds the documents of the thirty-fourth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts no earlier probe used:
a PDF quick-win report form of Kota Kotamobagu filled in and saved in a PDF editor (an AcroForm): the page prints
only the form's title, its instructions and the numbered labels beside empty boxes; every answer is a field's value,
drawn only by its widget's appearance stream (single-line boxes, multi-line boxes for the problems and the follow-up,
ticked and unticked pillar checkboxes);
a DOCX action plan of Kotamobagu's digital schools whose schedule is a Gantt chart: a table with an activity column
and one column per month under a spanned "Bulan (2026)" header, the months of each activity marked only by shaded
empty cells;
an HTML page exported from Notion (a project tracker of cashless market fees): the page title and a properties
table (Status, Penanggung Jawab, dates as property rows with icons) in the article's header, a callout figure, a
toggle list of &lt;details&gt;, a to-do list with ticked and open items and two side-by-side columns.
Run from this folder: python3 make_fixtures.py"""
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, styles, numbering, core, write_docx, write_pdf, pdf_text, para, run

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- PDF: a filled-in AcroForm quick-win report ----------
def t(font, size, x, y, text):
    return f"BT /{font} {size} Tf {x} {y} Td ({pdf_text(text)}) Tj ET"

ops, fields = [], []
y = 790
ops.append(t("F2", 13, 57, y, "FORMULIR LAPORAN CAPAIAN QUICK WIN SMART CITY")); y -= 17
ops.append(t("F2", 11, 57, y, "KOTA KOTAMOBAGU TAHUN 2026")); y -= 20
for line in textwrap.wrap("Formulir ini diisi oleh perangkat daerah pelaksana quick win setiap semester dan dikirim ke "
                          "Bagian Perencanaan Bappeda Kota Kotamobagu. Isi setiap kotak; centang pilar yang sesuai.", 100):
    ops.append(t("F1", 9, 57, y, line)); y -= 12
y -= 10

def box(label, name, value, kind="text", height=16, lines=1):
    """A numbered label printed on the page and the answer box beside it (a rectangle drawn by the form's template)."""
    global y
    ops.append(t("F1", 10, 57, y, label))
    top = y + 11
    rect = [230, round(top - height * lines, 1), 538, top]
    ops.append(f"q 0.6 G 0.5 w {rect[0]} {rect[1]} {rect[2] - rect[0]} {rect[3] - rect[1]} re S Q")
    fields.append((0, kind, name, label.split(". ", 1)[-1], rect, value))
    y -= height * lines + 6

box("1. Nama Quick Win", "nama_qw", "Bank Sampah Digital (BASADA)")
box("2. Perangkat Daerah Pelaksana", "opd", "Dinas Lingkungan Hidup Kota Kotamobagu")
box("3. Nama Penanggung Jawab", "pj_nama", "Ir. Steven Mokodompit, M.Si.")
box("4. Jabatan", "pj_jabatan", "Kepala Bidang Pengelolaan Sampah")
box("5. Tanggal Mulai Beroperasi", "tgl_mulai", "3 Februari 2026")
box("6. Jumlah Nasabah Terdaftar", "nasabah", "2.415 rumah tangga")
box("7. Jumlah Bank Sampah Unit", "unit", "17 unit di 4 kecamatan")
box("8. Sampah Terpilah Januari-Juni", "tonase", "86,4 ton")
box("9. Anggaran", "anggaran", "Rp 612.000.000 (APBD 2026)")
ops.append(t("F1", 10, 57, y, "10. Pilar Smart City")); 
PILLARS = ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society", "Smart Environment"]
for i, pillar in enumerate(PILLARS):
    col, row = i % 3, i // 3
    x, yy = 230 + col * 105, y - row * 16
    ops.append(f"q 0.6 G 0.5 w {x} {yy - 2} 10 10 re S Q")
    ops.append(t("F1", 9, x + 14, yy, pillar))
    fields.append((0, "check", f"pilar_{i + 1}", pillar, [x, yy - 2, x + 10, yy + 8], pillar in ("Smart Environment", "Smart Economy")))
y -= 40
box("11. Kendala", "kendala", "Truk pengangkut hanya dua unit, sehingga penjemputan sampah dari bank sampah unit di\n"
    "Kecamatan Kotamobagu Timur terlambat sampai satu minggu.", kind="multi", height=12, lines=3)
box("12. Rencana Tindak Lanjut", "rtl", "Pengadaan satu truk bak terbuka melalui APBD Perubahan 2026 dan kerja sama\n"
    "penjualan sampah plastik dengan koperasi daur ulang di Kota Bitung.", kind="multi", height=12, lines=3)
box("13. Tanggal Pengisian", "tgl_isi", "10 Juli 2026")
y -= 10
ops.append(t("F1", 8, 57, 40, "Formulir QW-02 Bappeda Kota Kotamobagu - Versi isian elektronik"))
write_pdf(os.path.join(HERE, "formulir-capaian-quick-win-kotamobagu-2026.pdf"), [ops],
          "<< /Title (Formulir Laporan Capaian Quick Win Kotamobagu 2026) /Author (Bappeda Kota Kotamobagu) "
          "/CreationDate (D:20260710100000+08'00') >>", fields=fields)

# ---------- DOCX: the digital schools action plan with a Gantt schedule ----------
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
def tc(content, width=None, span=None, fill=None, vmerge=None, bold=False):
    pr = (f'<w:tcW w:w="{width}" w:type="dxa"/>' if width else "") + (f'<w:gridSpan w:val="{span}"/>' if span else "") + \
         (f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>" if vmerge else "") + \
         (f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else "")
    return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p>{run(content, bold) if content else ''}</w:p></w:tc>"
ACTIVITIES = [("Pemetaan kesiapan sekolah dan jaringan internet", (1, 2)),
              ("Pengadaan 480 unit Chromebook dan titik akses Wi-Fi", (3, 5)),
              ("Bimbingan teknis guru dan operator sekolah", (6, 7)),
              ("Uji coba rapor digital di 6 sekolah rintisan", (8, 9)),
              ("Penerapan di seluruh sekolah sasaran", (10, 11)),
              ("Evaluasi dan penyusunan laporan akhir", (12, 12))]
head1 = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc("No", 500, vmerge="restart", bold=True) + \
        tc("Kegiatan", 3400, vmerge="restart", bold=True) + tc("Bulan (2026)", span=12, bold=True) + "</w:tr>"
head2 = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc("", 500, vmerge=True) + tc("", 3400, vmerge=True) + \
        "".join(tc(m, 430, bold=True) for m in MONTHS) + "</w:tr>"
body_rows = "".join("<w:tr>" + tc(str(i), 500) + tc(name, 3400) +
                    "".join(tc("", 430, fill="2E75B6" if start <= m <= end else None) for m in range(1, 13)) + "</w:tr>"
                    for i, (name, (start, end)) in enumerate(ACTIVITIES, 1))
gantt = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
         '<w:gridCol w:w="500"/><w:gridCol w:w="3400"/>' + '<w:gridCol w:w="430"/>' * 12 + "</w:tblGrid>" +
         head1 + head2 + body_rows + "</w:tbl>")
def tasks(rows):
    return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>" + "".join(
        "<w:tr>" + "".join(tc(c, bold=(i == 0)) for c in r) + "</w:tr>" for i, r in enumerate(rows)) + "</w:tbl>"
plan = "".join([
    para("RENCANA AKSI SEKOLAH DIGITAL KOTA KOTAMOBAGU TAHUN 2026", "Title"),
    para("Dinas Pendidikan dan Kebudayaan Kota Kotamobagu"),
    para("Latar Belakang", "Heading1"),
    para("Sebagian besar sekolah di Kota Kotamobagu masih menyusun rapor dan data siswa secara manual, dan guru jarang "
         "memakai perangkat digital di kelas. Sekolah Digital menjadi quick win pilar smart society dalam masterplan smart "
         "city Kota Kotamobagu."),
    para("Sasaran", "Heading1"),
    para("Program menyasar 24 SD negeri dan 9 SMP negeri. Sebanyak 260 guru dan 33 operator sekolah dilatih memakai "
         "kelas digital dan rapor digital."),
    para("Jadwal Pelaksanaan", "Heading1"),
    para("Jadwal kegiatan selama tahun 2026 ditunjukkan pada tabel berikut; bulan pelaksanaan ditandai dengan sel berwarna."),
    gantt, "<w:p/>",
    para("Pembagian Tugas", "Heading1"),
    tasks([("Unsur", "Tugas"),
           ("Dinas Pendidikan dan Kebudayaan", "Koordinator program, pengadaan perangkat dan bimbingan teknis"),
           ("Dinas Komunikasi dan Informatika", "Penyediaan jaringan internet sekolah dan aplikasi rapor digital"),
           ("Kepala sekolah", "Menunjuk operator sekolah dan memantau pemakaian perangkat")]), "<w:p/>",
    para("Koordinator program adalah Dra. Hendrina Paputungan, M.Pd., Kepala Bidang Pembinaan Sekolah Dasar."),
    para("Anggaran", "Heading1"),
    para("Rencana aksi ini dibiayai APBD Kota Kotamobagu tahun 2026 sebesar Rp 2.340.000.000, sebagian besar untuk "
         "pengadaan Chromebook."),
])
plan_styles = styles(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>')
write_docx(os.path.join(HERE, "rencana-aksi-sekolah-digital-kotamobagu-2026.docx"), plan, plan_styles, numbering(),
           core("Disdikbud Kota Kotamobagu", "2026-01-08", "Rencana Aksi Sekolah Digital Kotamobagu 2026"))

# ---------- HTML: a Notion page exported as HTML ----------
ICON = '<svg viewBox="0 0 14 14" class="typesProperty"><path d="M7 0a7 7 0 1 0 0 14A7 7 0 0 0 7 0z"></path></svg>'
def prop(name, value_html, cls):
    return (f'<tr class="property-row property-row-{cls}"><th><span class="icon property-icon">{ICON}</span>{esc(name)}</th>'
            f'<td>{value_html}</td></tr>')
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>QRIS Pasar Serasi</title>
<style>
/* cspell:disable-file */
html {{ -webkit-print-color-adjust: exact; }} * {{ box-sizing: border-box; }} body {{ margin: 0; }}
.page {{ max-width: 900px; margin: 0 auto; }} .properties th {{ color: rgba(55,53,47,0.6); width: 200px; }}
.callout {{ border-radius: 3px; padding: 1rem; }} .to-do-children-checked {{ text-decoration: line-through; opacity: 0.375; }}
.column-list {{ display: flex; }} .checkbox-on {{ background: #2383e2; }}
</style></head><body><article id="1f2a9c3e-5b7d-4e01-9a3c-7d2b6e8f0a11" class="page sans"><header><div class="page-header-icon undefined"><span class="icon">🛒</span></div><h1 class="page-title">QRIS Pasar Serasi</h1><p class="page-description"></p><table class="properties"><tbody>
{prop("Status", '<span class="status-value select-value-color-blue"><div class="status-dot status-dot-color-blue"></div>Berjalan</span>', "status")}
{prop("Penanggung Jawab", '<span class="user">Rivai Damopolii</span>', "person")}
{prop("Perangkat Daerah", '<span class="selected-value select-value-color-green">Disperindagkop UKM Kota Kotamobagu</span>', "select")}
{prop("Pilar", '<span class="selected-value select-value-color-yellow">Smart Economy</span>', "multi-select")}
{prop("Tanggal Mulai", '<time>@12 Januari 2026</time>', "date")}
{prop("Target Selesai", '<time>@30 September 2026</time>', "date")}
</tbody></table></header><div class="page-body">
<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="2a1"><div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%">Retribusi harian pedagang Pasar Serasi Kotamobagu kini dibayar lewat QRIS sebesar Rp 3.000 per lapak, menggantikan karcis tunai yang dipungut petugas.</div></figure>
<h2 id="2a2" class="">Latar belakang</h2>
<p id="2a3" class="">Sebelum proyek ini, retribusi pasar dipungut tunai oleh petugas setiap pagi dan setoran ke kas daerah sering terlambat dan tidak sama dengan jumlah karcis yang terjual.</p>
<div id="2a4" class="column-list"><div id="2a5" style="width:50%" class="column">
<h3 id="2a6" class="">Cara pembayaran</h3><ol type="1" id="2a7" class="numbered-list" start="1"><li>Pedagang memindai kode QRIS yang ditempel di setiap blok pasar.</li></ol><ol type="1" id="2a8" class="numbered-list" start="2"><li>Bukti bayar dikirim otomatis ke aplikasi dompet digital pedagang.</li></ol>
</div><div id="2a9" style="width:50%" class="column">
<h3 id="2b1" class="">Bank mitra</h3><p id="2b2" class="">Bank SulutGo menyediakan QRIS dan rekening penampung retribusi tanpa biaya.</p>
</div></div>
<h2 id="2b3" class="">Progres</h2>
<ul id="2b4" class="toggle"><li><details open=""><summary>Capaian per Juni 2026</summary><ul id="2b5" class="bulleted-list"><li style="list-style-type:disc">412 dari 530 pedagang sudah membayar retribusi lewat QRIS.</li></ul><ul id="2b6" class="bulleted-list"><li style="list-style-type:disc">Penerimaan retribusi Pasar Serasi naik 38 persen dibanding semester yang sama tahun lalu.</li></ul></details></li></ul>
<ul id="2b7" class="toggle"><li><details open=""><summary>Kendala</summary><p id="2b8" class="">Pedagang sayur lanjut usia di blok C belum memiliki telepon pintar, sehingga petugas masih menerima pembayaran tunai dari mereka.</p></details></li></ul>
<h2 id="2b9" class="">Langkah berikutnya</h2>
<ul id="2c1" class="to-do-list"><li><div class="checkbox checkbox-on"></div> <span class="to-do-children-checked">Sosialisasi QRIS kepada pedagang blok A dan B</span><div class="indented"></div></li></ul><ul id="2c2" class="to-do-list"><li><div class="checkbox checkbox-off"></div> <span class="to-do-children-unchecked">Memperluas QRIS ke Pasar Genggulang pada Oktober 2026</span><div class="indented"></div></li></ul><ul id="2c3" class="to-do-list"><li><div class="checkbox checkbox-off"></div> <span class="to-do-children-unchecked">Pendampingan pedagang lanjut usia oleh mahasiswa KKN</span><div class="indented"></div></li></ul>
<p id="2c4" class="">
</p></div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>
"""
open(os.path.join(HERE, "qris-pasar-serasi-kotamobagu.html"), "w", encoding="utf-8").write(html)
