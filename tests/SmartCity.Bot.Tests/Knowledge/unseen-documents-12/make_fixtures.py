#!/usr/bin/env python3
"""Builds the documents of the twelfth unseen-document probe (writers shared in ../fixture_documents.py).
Layouts the first eleven probes did not use, with facts that overlap the programme's own documents (Sumatera Barat's
participants of 2018-2024, Jambi's of 2017 and 2023, Kalimantan Timur's of 2017-2022, evaluation and awards, pillars):
a PDF circular letter (surat edaran) from a provincial office: a letterhead of centred lines over a double rule, the
place and date at the right, Nomor/Sifat/Lampiran/Hal as label, colon and value pieces, the addressee, a centred
title of three lines, points numbered "1." with hanging indents whose wrapped lines start under the text, sub-points
"a." and sub-sub-points "1)", a signature block "a.n. GUBERNUR", a Tembusan list, and on page 2 an attachment
(lampiran) headed by a right-hand block "LAMPIRAN ... NOMOR ... TANGGAL ..." with a ruled schedule table;
a DOCX meeting minutes (notulen) whose title block is three centred bold lines, the meeting's particulars a borderless
table of label, colon and value, sections "I. PEMBUKAAN" as bold Normal paragraphs, an agenda table "No | Agenda |
Keputusan | PIC | Tenggat" whose decision cells hold bullet lists, and a discussion per agenda item with its
decisions again as bullets;
an HTML news article saved from a regional news portal: a cookie notice, a ticker of popular headlines, a menu,
breadcrumbs, the article title in <h1 class="read-title">, a byline and a <time> date, a photo caption, the text in
<div itemprop="articleBody"> with "Baca Juga:" links between paragraphs, dates written the news way ("Rabu
(17/3/2032)"), tags, reader comments that contradict the article, a sidebar of related and popular headlines with
other regions' numbers, and a footer with the newsroom's address. The HTML page is written by hand
(berita-command-center-balikpapan-2032.html).
Run from this folder: python3 make_fixtures.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_documents import esc, table, styles, numbering, core, write_docx, write_pdf, text_op, REGULAR as R, BOLD as B

# ---------- PDF: surat edaran with a letterhead, hanging-indent points and an attachment table ----------
def rule(y, x0=60, x1=535, w=0.6): return f"{w} w {x0} {y} m {x1} {y} l S"
def centred(font, size, y, text, width=595):
    return text_op(font, size, round((width - len(text) * size * 0.5) / 2), y, text)

S = 10.5
def letter_page(items):
    """items: ("c", font, size, text) centred; ("p", x, text) a line; ("n", x_num, num, x_text, lines) a numbered point
    whose wrapped lines start under its text; ("gap", h); ("rule",) the letterhead's double rule."""
    ops, y = [], 790
    for it in items:
        k = it[0]
        if k == "gap": y -= it[1]; continue
        if k == "rule": ops += [rule(y + 6, w=1.6), rule(y + 3, w=0.5)]; y -= 12; continue
        if k == "c": ops.append(centred(it[1], it[2], y, it[3])); y -= it[2] + 4; continue
        if k == "p": ops.append(text_op(R, S, it[1], y, it[2])); y -= 14; continue
        if k == "kv": ops += [text_op(R, S, 60, y, it[1]), text_op(R, S, 120, y, ":"), text_op(R, S, 130, y, it[2])]; y -= 14; continue
        if k == "n":
            ops.append(text_op(R, S, it[1], y, it[2]))
            for line in it[4]: ops.append(text_op(R, S, it[3], y, line)); y -= 14
            continue
    return ops

LH = [("c", B, 13, "PEMERINTAH PROVINSI SUMATERA BARAT"),
      ("c", B, 14, "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"),
      ("c", R, 8, "Jalan Jenderal Sudirman Nomor 51 Padang 25121, Telepon (0751) 31913, Laman diskominfotik.sumbarprov.go.id"),
      ("rule",), ("gap", 4)]
page1 = LH + [
    ("p", 380, "Padang, 9 Februari 2032"), ("gap", 6),
    ("kv", "Nomor", "555/117/Diskominfotik/II-2032"), ("kv", "Sifat", "Penting"),
    ("kv", "Lampiran", "1 (satu) berkas"), ("kv", "Hal", "Verifikasi Lapangan Evaluasi Smart City"), ("gap", 8),
    ("p", 60, "Yth. Bupati/Wali Kota Peserta Gerakan Menuju Smart City"), ("p", 60, "se-Provinsi Sumatera Barat"),
    ("p", 60, "di -"), ("p", 80, "Tempat"), ("gap", 8),
    ("c", B, 11, "SURAT EDARAN"), ("c", B, 11, "NOMOR 6 TAHUN 2032"),
    ("c", B, 11, "TENTANG PERSIAPAN VERIFIKASI LAPANGAN EVALUASI SMART CITY KABUPATEN/KOTA"), ("gap", 6),
    ("n", 60, "1.", 78, ["Dalam rangka evaluasi pelaksanaan masterplan smart city tahun 2032, tim verifikasi Provinsi",
                         "Sumatera Barat akan melaksanakan verifikasi lapangan ke 7 (tujuh) kabupaten/kota peserta",
                         "Gerakan Menuju Smart City dengan jadwal sebagaimana tercantum dalam Lampiran surat edaran ini."]),
    ("n", 60, "2.", 78, ["Verifikasi lapangan dilakukan untuk mencocokkan laporan evaluasi mandiri dengan kondisi nyata",
                         "layanan yang dirasakan masyarakat, terutama quick win dan inovasi yang sudah berjalan."]),
    ("n", 60, "3.", 78, ["Sehubungan dengan hal tersebut, Saudara diminta:"]),
    ("n", 78, "a.", 94, ["menyampaikan dokumen berikut kepada tim verifikasi paling lambat 7 (tujuh) hari kerja",
                         "sebelum jadwal verifikasi:"]),
    ("n", 94, "1)", 112, ["laporan pelaksanaan quick win tahun 2031;"]),
    ("n", 94, "2)", 112, ["bukti dukungan anggaran program smart city dalam APBD tahun 2032; dan"]),
    ("n", 94, "3)", 112, ["daftar inovasi daerah yang sudah direplikasi oleh perangkat daerah lain;"]),
    ("n", 78, "b.", 94, ["menugaskan paling sedikit 2 (dua) orang pejabat dari Bappeda dan Dinas Komunikasi dan",
                         "Informatika sebagai pendamping tim verifikasi selama kunjungan; dan"]),
    ("n", 78, "c.", 94, ["menyiapkan ruang paparan serta akses ke lokasi layanan yang akan dikunjungi."]),
    ("n", 60, "4.", 78, ["Kabupaten/kota yang berhalangan pada jadwal yang ditetapkan dapat mengajukan penjadwalan",
                         "ulang secara tertulis paling lambat 3 (tiga) hari kerja sebelum jadwal semula."]),
    ("n", 60, "5.", 78, ["Hasil verifikasi lapangan menjadi dasar usulan Provinsi Sumatera Barat kepada Kementerian",
                         "Komunikasi dan Digital untuk calon penerima penghargaan smart city tahun 2032."]),
    ("n", 60, "6.", 78, ["Informasi lebih lanjut dapat ditanyakan kepada Sdr. Fadli Ramadhan, S.Kom. melalui telepon",
                         "0812 6633 4410."]),
    ("p", 78, "Demikian disampaikan untuk dilaksanakan sebagaimana mestinya."), ("gap", 10),
    ("p", 330, "a.n. GUBERNUR SUMATERA BARAT"), ("p", 330, "KEPALA DINAS KOMUNIKASI, INFORMATIKA"),
    ("p", 330, "DAN STATISTIK,"), ("gap", 30), ("p", 330, "Ir. Hendra Saputra, M.T."),
    ("p", 330, "Pembina Utama Muda (IV/c)"), ("p", 330, "NIP 19720314 199803 1 004"), ("gap", 6),
    ("p", 60, "Tembusan:"), ("n", 60, "1.", 74, ["Gubernur Sumatera Barat (sebagai laporan);"]),
    ("n", 60, "2.", 74, ["Sekretariat Gerakan Menuju Smart City."]),
]

COLS = (64, 84, 210, 290, 400)
def row(cells, font, y):
    ops = [rule(y + 11, 60, 535, 0.5)]
    for x, lines in zip(COLS, cells):
        for k, line in enumerate(lines): ops.append(text_op(font, 9.5, x, y - 12 * k, line))
    return ops, y - 12 * max(len(c) for c in cells) - 4

rows = [
    (["No"], ["Kabupaten/Kota"], ["Angkatan"], ["Hari/Tanggal"], ["Lokasi yang Dikunjungi"]),
    (["1"], ["Kota Padang"], ["2018"], ["Selasa, 2 Maret 2032"], ["Padang Command Center"]),
    (["2"], ["Kabupaten Solok"], ["2018"], ["Kamis, 4 Maret 2032"], ["Mal Pelayanan Publik Arosuka"]),
    (["3"], ["Kabupaten Padang", "Pariaman"], ["2019"], ["Selasa, 9 Maret 2032"], ["Pasar Digital Pariaman,", "Lubuk Alung"]),
    (["4"], ["Kabupaten Agam"], ["2023"], ["Kamis, 11 Maret 2032"], ["Pusat Informasi Wisata", "Danau Maninjau"]),
    (["5"], ["Kota Sawahlunto"], ["2023"], ["Selasa, 16 Maret 2032"], ["Museum Digital Tambang", "Ombilin"]),
    (["6"], ["Kabupaten Solok", "Selatan"], ["2023"], ["Kamis, 18 Maret 2032"], ["RSUD Solok Selatan"]),
    (["7"], ["Kota Solok"], ["2024"], ["Selasa, 23 Maret 2032"], ["Ruang Kendali Kota Solok"]),
]
page2 = [("p", 330, "LAMPIRAN"), ("p", 330, "SURAT EDARAN KEPALA DINAS KOMUNIKASI,"),
         ("p", 330, "INFORMATIKA DAN STATISTIK"), ("p", 330, "PROVINSI SUMATERA BARAT"),
         ("p", 330, "NOMOR 555/117/Diskominfotik/II-2032"), ("p", 330, "TANGGAL 9 FEBRUARI 2032"), ("gap", 16),
         ("c", B, 11, "JADWAL VERIFIKASI LAPANGAN EVALUASI SMART CITY TAHUN 2032"), ("gap", 10)]
ops2 = letter_page(page2)
y = 790 - 6 * 14 - 16 - 15 - 10 - 12
for i, r in enumerate(rows):
    more, y = row(r, B if i == 0 else R, y); ops2 += more
ops2.append(rule(y + 11, 60, 535, 0.5))
ops2 += [text_op(R, 9.5, 60, y - 14, "Tim verifikasi tiba di lokasi pukul 09.00 waktu setempat dan kunjungan berlangsung paling lama 4 jam."),
         text_op(R, 10.5, 330, y - 50, "KEPALA DINAS,"), text_op(R, 10.5, 330, y - 90, "Ir. Hendra Saputra, M.T.")]
write_pdf("surat-edaran-verifikasi-smart-city-sumbar-2032.pdf", [letter_page(page1), ops2],
          "<< /Title (SE verifikasi lapangan 2032) /Author (Bidang Aptika) /Producer (LibreOffice 24.2) /CreationDate (D:20320209000000) >>")

# ---------- DOCX: meeting minutes with an agenda table whose decision cells hold bullet lists ----------
BUL = 1
def p(text="", bold=False, center=False, num=None):
    ppr = ""
    if center or num:
        ppr = "<w:pPr>" + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + \
              ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
def bullets(*items): return "".join(p(t, num=BUL) for t in items)
def cell(content): return f"<w:tc>{content}</w:tc>"
def tbl(rows, borders=True):
    pr = "" if borders else '<w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>'
    return f"<w:tbl>{pr}" + "".join("<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"

particulars = tbl([[p(label), p(":"), p(value)] for label, value in [
    ("Hari/Tanggal", "Senin, 12 Januari 2032"), ("Waktu", "09.00 - 12.30 WIB"),
    ("Tempat", "Ruang Rapat Bappeda Kabupaten Muaro Jambi, Sengeti"),
    ("Pimpinan Rapat", "Sekretaris Daerah Kabupaten Muaro Jambi"),
    ("Notulis", "Siti Aminah, S.Kom. (Diskominfo)"), ("Peserta", "24 orang (daftar hadir terlampir)")]], borders=False)

agenda = tbl([
    [p("No", bold=True), p("Agenda", bold=True), p("Keputusan", bold=True), p("PIC", bold=True), p("Tenggat", bold=True)],
    [p("1"), p("Capaian quick win 2031"),
     bullets("Tiga dari lima quick win selesai: Sengeti Pay, Wifi Desa dan SIPADU.",
             "Aplikasi Pasar Angso Duo dilanjutkan pada 2032."), p("Diskominfo"), p("31 Maret 2032")],
    [p("2"), p("Persiapan evaluasi smart city 2032"),
     bullets("Dibentuk tim penyusun laporan evaluasi beranggotakan 9 orang yang dipimpin Kepala Bappeda.",
             "Laporan evaluasi dikirim ke Pemerintah Provinsi Jambi."), p("Bappeda"), p("20 Februari 2032")],
    [p("3"), p("Tiket elektronik kawasan Candi Muaro Jambi"),
     bullets("Tiket elektronik berlaku di Kawasan Cagar Budaya Nasional Candi Muaro Jambi mulai 1 Maret 2032.",
             "Target 60.000 pengunjung pada 2032."), p("Dinas Pariwisata"), p("1 Maret 2032")],
    [p("4"), p("Anggaran jaringan kecamatan"),
     bullets("Diusulkan tambahan Rp2,3 miliar dalam APBD Perubahan 2032 untuk jaringan serat optik ke 11 kantor kecamatan."),
     p("BPKAD"), p("Agustus 2032")],
    [p("5"), p("Lain-lain"), bullets("Rapat koordinasi berikutnya pada Selasa, 13 April 2032 di Aula Diskominfo."),
     p("Sekretariat"), p("13 April 2032")],
])

minutes = "".join([
    p("NOTULEN RAPAT", bold=True, center=True),
    p("RAPAT KOORDINASI TIM PELAKSANA SMART CITY KABUPATEN MUARO JAMBI", bold=True, center=True),
    p("TRIWULAN I TAHUN 2032", bold=True, center=True), p(),
    particulars, p(),
    p("I. PEMBUKAAN", bold=True),
    p("Rapat dibuka oleh Sekretaris Daerah yang mengingatkan bahwa Kabupaten Muaro Jambi mengikuti Gerakan Menuju "
      "Smart City sejak 2023 bersama Kabupaten Sarolangun dan Kabupaten Batanghari, dan tahun ini untuk pertama kali "
      "ikut dievaluasi."),
    p("II. RINGKASAN AGENDA DAN KEPUTUSAN", bold=True),
    agenda, p(),
    p("III. PEMBAHASAN", bold=True),
    p("Agenda 1. Capaian Quick Win 2031", bold=True),
    p("Kepala Diskominfo melaporkan bahwa Sengeti Pay sudah dipakai membayar retribusi di 6 pasar, Wifi Desa menjangkau "
      "40 desa, dan SIPADU melayani izin usaha mikro secara daring. Aplikasi Pasar Angso Duo tertunda karena sebagian "
      "besar pedagang belum memiliki rekening bank."),
    p("Keputusan:"),
    bullets("Diskominfo bersama Bank Jambi membuka layanan rekening di pasar setiap hari Sabtu.",
            "Peluncuran Aplikasi Pasar Angso Duo diundur ke 31 Maret 2032."),
    p("Agenda 2. Persiapan Evaluasi Smart City 2032", bold=True),
    p("Kepala Bappeda menjelaskan bahwa penilaian mencakup enam pilar dan bukti dukung harus diunggah sendiri oleh "
      "perangkat daerah pengampu pilar."),
    p("Keputusan:"),
    bullets("Setiap perangkat daerah pengampu pilar menunjuk satu operator bukti dukung.",
            "Bukti dukung diunggah paling lambat 10 Februari 2032 agar sempat diperiksa tim penyusun."),
    p("Agenda 3. Tiket Elektronik Kawasan Candi Muaro Jambi", bold=True),
    p("Kepala Dinas Pariwisata menyampaikan bahwa tiket elektronik merupakan program pilar smart branding. Harga tiket "
      "untuk wisatawan domestik tetap Rp10.000 dan pembayaran dapat dilakukan dengan QRIS."),
    p("Keputusan:"),
    bullets("Loket tunai tetap dibuka selama masa peralihan sampai 30 Juni 2032."),
    p("IV. PENUTUP", bold=True),
    p("Rapat ditutup pukul 12.30 WIB."), p(),
    p("Sengeti, 12 Januari 2032"), p("Notulis,"), p(), p("Siti Aminah, S.Kom."),
])
write_docx("notulen-rakor-smart-city-muaro-jambi-2032.docx", minutes,
    styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'),
    numbering((BUL, 0, "bullet", "\u2022", None)),
    core("Diskominfo Muaro Jambi", "2032-01-12"))
print("ok")
