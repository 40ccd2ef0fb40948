"""Writers shared by the new-document probes' make_fixtures.py: minimal DOCX and PDF files built with the standard
library only (no office suite needed), so a probe's documents can be regenerated and read in review."""
import zipfile

# ---------- DOCX ----------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def esc(t): return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def run(text, bold=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

def footnote_ref(note_id): return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'

def para(text, style=None, num=None, bold=False, level=0, notes=()):
    """A paragraph; style is a style id, num a numbering id (a list item at `level`, 0 = outermost); notes are
    footnote ids referenced at the paragraph's end."""
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + "</w:pPr>"
    return f"<w:p>{ppr}{run(text, bold)}{''.join(footnote_ref(n) for n in notes)}</w:p>"

def footnotes(notes):
    """notes: {id: text}; Word's two separator notes (ids -1 and 0) come first."""
    sep = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' \
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{run(" " + t)}</w:p></w:footnote>'
                   for i, t in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>{sep}{body}</w:footnotes>'

def table(rows, bold_header=False, repeat_header=False):
    """Rows of cells; a cell's "\\n" starts another paragraph. repeat_header marks the first row as Word's header row."""
    cell = lambda c, head: "<w:tc>" + "".join(para(part, bold=head) for part in c.split("\n")) + "</w:tc>"
    trpr = lambda i: "<w:trPr><w:tblHeader/></w:trPr>" if repeat_header and i == 0 else ""
    return "<w:tbl>" + "".join("<w:tr>" + trpr(i) + "".join(cell(c, bold_header and i == 0) for c in r) + "</w:tr>"
                               for i, r in enumerate(rows)) + "</w:tbl>"

def styles(*defs):
    """defs: raw <w:style> elements."""
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>\n' + "\n".join(defs) + "\n</w:styles>"

def numbering(*lists):
    """lists: (numId, abstractId, numFmt, lvlText, start) — one list definition each; numFmt, lvlText and start may be
    tuples, one per level, for a multi-level list ("decimal", "lowerLetter"; "%1.", "%2.")."""
    out = []
    for num_id, abstract_id, fmt, text, start in lists:
        fmts, texts = (fmt, text) if isinstance(fmt, tuple) else ((fmt,), (text,))
        starts = start if isinstance(start, tuple) else (start,) * len(fmts)
        lvls = "".join(f'<w:lvl w:ilvl="{i}">' + (f'<w:start w:val="{st}"/>' if st is not None else "") +
                       f'<w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/></w:lvl>' for i, (f, t, st) in enumerate(zip(fmts, texts, starts)))
        out.append(f'<w:abstractNum w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/></w:num>' for n, a, *_ in lists)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>\n' + "\n".join(out) + f"\n{nums}</w:numbering>"

def core(creator, created, title=None):
    title_el = f"<dc:title>{esc(title)}</dc:title>" if title else ""
    return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
{title_el}<dc:creator>{esc(creator)}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">{created}T00:00:00Z</dcterms:created></cp:coreProperties>'''

_CTYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
_DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'''

_FOOTNOTES_TYPE = '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
_FOOTNOTES_REL = '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'

_PART_TYPE = '<Override PartName="/word/{0}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{0}+xml"/>'
_PART_REL = '<Relationship Id="{1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{0}" Target="{0}1.xml"/>'

_COMMENTS_TYPE = '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
_COMMENTS_REL = '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'

def comments(notes):
    """notes: {id: (author, text)} — a reviewer's comments, anchored in the body by commentRangeStart/End and a
    commentReference run with the same id."""
    body = "".join(f'<w:comment w:id="{i}" w:author="{esc(a)}" w:initials="{esc(a[:2])}"><w:p>{run(t)}</w:p></w:comment>'
                   for i, (a, t) in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>{body}</w:comments>'

def write_docx(path, body, styles_xml, numbering_xml, core_xml, footnotes_xml=None, header_xml=None, footer_xml=None,
               comments_xml=None):
    """header_xml / footer_xml: a w:hdr / w:ftr part, related as rId10 / rId11 (the body's w:sectPr points to them);
    comments_xml: a w:comments part (see comments())."""
    ns = W + (' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' if header_xml or footer_xml else "")
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{body}</w:body></w:document>'
    ctypes, docrels = _CTYPES, _DOCRELS
    if footnotes_xml:
        ctypes = ctypes.replace("</Types>", _FOOTNOTES_TYPE + "</Types>")
        docrels = docrels.replace("</Relationships>", _FOOTNOTES_REL + "</Relationships>")
    if comments_xml:
        ctypes = ctypes.replace("</Types>", _COMMENTS_TYPE + "</Types>")
        docrels = docrels.replace("</Relationships>", _COMMENTS_REL + "</Relationships>")
    for part, rel_id, xml in (("header", "rId10", header_xml), ("footer", "rId11", footer_xml)):
        if xml:
            ctypes = ctypes.replace("</Types>", _PART_TYPE.format(part) + "</Types>")
            docrels = docrels.replace("</Relationships>", _PART_REL.format(part, rel_id) + "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ctypes); z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", doc); z.writestr("word/_rels/document.xml.rels", docrels)
        if footnotes_xml: z.writestr("word/footnotes.xml", footnotes_xml)
        if comments_xml: z.writestr("word/comments.xml", comments_xml)
        if header_xml: z.writestr("word/header1.xml", header_xml)
        if footer_xml: z.writestr("word/footer1.xml", footer_xml)
        z.writestr("word/styles.xml", styles_xml); z.writestr("word/numbering.xml", numbering_xml); z.writestr("docProps/core.xml", core_xml)

# ---------- PDF ----------
REGULAR, BOLD = "F1", "F2"  # Helvetica, Helvetica-Bold

def pdf_text(t): return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def text_op(font, size, x, y, text): return f"BT /{font} {size} Tf {x} {y} Td ({pdf_text(text)}) Tj ET"

def _widget(kind, name, tip, rect, value):
    """One filled form field merged with its widget, as a PDF editor saves a filled-in form: the answer is the field's
    /V and is drawn only by the widget's own appearance stream (never in the page's content)."""
    w, h = rect[2] - rect[0], rect[3] - rect[1]
    helv = "<< /Font << /Helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>"
    zadb = "<< /Font << /ZaDb << /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >> >> >>"
    def stream(ops, res):
        body = ops.encode("cp1252")
        return f"<< /Type /XObject /Subtype /Form /BBox [0 0 {w} {h}] /Resources {res} /Length {len(body)} >>\nstream\n".encode() + body + b"\nendstream"
    common = f"/Type /Annot /Subtype /Widget /F 4 /T ({pdf_text(name)}) /TU ({pdf_text(tip)}) /Rect [{' '.join(str(v) for v in rect)}]"
    if kind == "check":
        state = "/Yes" if value else "/Off"
        return (f"<< {common} /FT /Btn /V {state} /AS {state} /DA (/ZaDb 0 Tf 0 g) /MK << /CA (4) >> /AP << /N << /Yes {{0}} 0 R /Off {{1}} 0 R >> >> >>",
                [stream(f"q BT /ZaDb {h - 3} Tf 1.5 2 Td (4) Tj ET Q", zadb), stream("", zadb)])
    lines = value.split("\n")
    ops = "/Tx BMC q BT /Helv 10 Tf 0 g 12 TL " + f"2 {h - 11} Td " + " ".join(f"({pdf_text(l)}) Tj T*" for l in lines) + " ET Q EMC"
    flags = " /Ff 4096" if kind == "multi" else ""
    return (f"<< {common} /FT /Tx{flags} /V ({pdf_text(value.replace(chr(10), chr(13)))}) /DA (/Helv 10 Tf 0 g) /AP << /N {{0}} 0 R >> >>",
            [stream(ops, helv)])

def write_pdf(path, pages, info, size=(595, 842), rotate=None, outline=None, structure=None, fields=None):
    """pages: one list of content operators (text_op strings) per page; info: the /Info dictionary, e.g.
    "<< /Title (…) /Author (…) /CreationDate (D:20260101000000) >>"; size: page width and height in points
    (A4 portrait by default; (842, 595) for landscape slides), or a list of sizes, one per page, for a document that
    mixes portrait and landscape pages; rotate: a list of /Rotate values, one per page (90 turns a portrait page to
    be shown landscape, its text drawn running up the page so that it reads upright once turned), None for none;
    outline: bookmarks as a word processor's export writes them, (title, page index, y) each, flat, in order;
    structure: a tagged PDF's structure tree, (tag, page index, mcid) each in reading order — the page's content must
    mark the same ids with "/tag << /MCID n >> BDC … EMC"; fields: a filled-in form's fields, (page index, kind, name,
    tooltip, rect, value) each, kind "text", "multi" (a multi-line text box, lines split by "\\n") or "check" (value
    True or False) — written as an AcroForm whose answers live only in the fields and their widgets' appearances."""
    sizes = size if isinstance(size, list) else [size] * len(pages)
    objs = []
    def add(o): objs.append(o); return len(objs)
    annots = [[] for _ in pages]
    for page_index, kind, name, tip, rect, value in fields or []:
        template, streams = _widget(kind, name, tip, rect, value)
        ids = [add(st) for st in streams]
        annots[page_index].append(add(template.format(*ids).encode("cp1252")))
    font_r = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font_b = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages)
    kids = []
    turns = rotate or [0] * len(pages)
    for index, (ops, size, turn) in enumerate(zip(pages, sizes, turns)):
        turned = f" /Rotate {turn}" if turn else ""
        if structure: turned += f" /StructParents {index}"
        if annots[index]: turned += " /Annots [" + " ".join(f"{a} 0 R" for a in annots[index]) + "]"
        stream = "\n".join(ops).encode("cp1252")
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {size[0]} {size[1]}]{turned} /Resources << /Font << /F1 {font_r} 0 R /F2 {font_b} 0 R >> >> /Contents {c} 0 R >>".encode()))
    assert add(("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>").encode()) == pages_id
    info_id = add(info.encode("cp1252"))
    extra = ""
    if outline:
        first = len(objs) + 2
        root = add(f"<< /Type /Outlines /First {first} 0 R /Last {first + len(outline) - 1} 0 R /Count {len(outline)} >>".encode())
        for i, (title, page, y) in enumerate(outline):
            links = (f" /Prev {first + i - 1} 0 R" if i else "") + (f" /Next {first + i + 1} 0 R" if i < len(outline) - 1 else "")
            add(f"<< /Title ({pdf_text(title)}) /Parent {root} 0 R{links} /Dest [{kids[page]} 0 R /XYZ 0 {y} 0] >>".encode("cp1252"))
        extra += f" /Outlines {root} 0 R /PageMode /UseOutlines"
    if structure:
        tree = len(objs) + 1
        document, first = tree + 1, tree + 3
        add(f"<< /Type /StructTreeRoot /K {document} 0 R /ParentTree {tree + 2} 0 R >>".encode())
        add((f"<< /Type /StructElem /S /Document /P {tree} 0 R /K [" + " ".join(f"{first + i} 0 R" for i in range(len(structure))) + "] >>").encode())
        nums = " ".join(f"{p} [" + " ".join(f"{first + i} 0 R" for i, (_, page, _) in sorted(enumerate(structure), key=lambda e: e[1][2]) if page == p) + "]"
                        for p in range(len(pages)))
        add(f"<< /Nums [{nums}] >>".encode())
        for tag, page, mcid in structure:
            add(f"<< /Type /StructElem /S /{tag} /P {document} 0 R /Pg {kids[page]} 0 R /K {mcid} >>".encode())
        extra += f" /StructTreeRoot {tree} 0 R /MarkInfo << /Marked true >> /Lang (id-ID)"
    if fields:
        extra += " /AcroForm << /Fields [" + " ".join(f"{a} 0 R" for page in annots for a in page) + "] /DA (/Helv 0 Tf 0 g) >>"
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R{extra} >>".encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out)); out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs)+1} /Root {catalog} 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, "wb").write(bytes(out))
