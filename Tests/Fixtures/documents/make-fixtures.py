#!/usr/bin/env python3
"""Writes the PDF fixtures in this folder by hand, byte for byte, with a correct xref table.

Run from this folder: python3 make-fixtures.py. Output is deterministic (no dates, fixed IDs).
encrypted.pdf is made from tagged.pdf with the qpdf command-line tool (see README.md).
"""


def pdf(objects, trailer_extra=b""):
    """A PDF 1.7 file: objects numbered from 1, a classic xref table, the trailer, startxref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(data):
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def utf16(text):
    """A PDF text string in UTF-16BE with its byte order mark, as a hex string."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
RESOURCES = b"/Resources << /Font << /F1 %d 0 R >> >>"

# tagged.pdf: two pages, each a tagged paragraph; marked, with a structure tree, a title (UTF-16,
# with an en dash) shown as the window title, and a language.
tagged = pdf(
    [
        b"<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> /StructTreeRoot 7 0 R"
        b" /Lang (en-GB) /ViewerPreferences << /DisplayDocTitle true >> >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /StructParents 0 "
        + RESOURCES % 10 + b" >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /StructParents 1 "
        + RESOURCES % 10 + b" >>",
        stream(b"/P << /MCID 0 >> BDC BT /F1 12 Tf 72 770 Td (Our plan, page one) Tj ET EMC"),
        stream(b"/P << /MCID 0 >> BDC BT /F1 12 Tf 72 770 Td (Our plan, page two) Tj ET EMC"),
        b"<< /Type /StructTreeRoot /K 8 0 R /ParentTree 11 0 R /ParentTreeNextKey 2 >>",
        b"<< /Type /StructElem /S /Document /P 7 0 R /K [9 0 R 12 0 R] >>",
        b"<< /Type /StructElem /S /P /P 8 0 R /Pg 3 0 R /K 0 >>",
        FONT,
        b"<< /Nums [0 [9 0 R] 1 [12 0 R]] >>",
        b"<< /Type /StructElem /S /P /P 8 0 R /Pg 4 0 R /K 0 >>",
        b"<< /Title " + utf16("Children\u2019s Trust plan 2025 \u2013 2026") + b" >>",
    ],
    b"/Info 13 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ",
)

# untagged.pdf: one page of plain text; no MarkInfo, no structure tree, no title, no language.
untagged = pdf(
    [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " + RESOURCES % 5 + b" >>",
        stream(b"BT /F1 12 Tf 72 770 Td (A scanned leaflet) Tj ET"),
        FONT,
    ]
)

# half-tagged.pdf: says /Marked true, has no structure tree, and its title and language are
# blank or of the wrong type, and DisplayDocTitle is false: each must read as missing.
half_tagged = pdf(
    [
        b"<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> /Lang /en"
        b" /ViewerPreferences << /DisplayDocTitle false >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Title (   ) >>",
    ],
    b"/Info 4 0 R ",
)

# repairable.pdf: untagged.pdf with every xref offset wrong by 3: qpdf rebuilds the table and
# warns, the document still reads.
repairable = bytearray(untagged)
table = repairable.index(b"xref\n")
for number in range(1, 6):
    entry = repairable.index(b" 00000 n \n", table)
    start = entry - 10
    offset = int(repairable[start:entry]) + 3
    repairable[start:entry] = b"%010d" % offset
    table = entry + 1

# no-page-tree.pdf: well formed, but the catalogue has no /Pages: there are no pages to count.
no_page_tree = pdf([b"<< /Type /Catalog /Lang (en-GB) >>"])

# damaged.pdf: a PDF header and then nothing qpdf can rebuild a document from.
damaged = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthe rest of this file was lost\n"

for name, data in [
    ("tagged.pdf", tagged),
    ("untagged.pdf", untagged),
    ("half-tagged.pdf", half_tagged),
    ("repairable.pdf", bytes(repairable)),
    ("no-page-tree.pdf", no_page_tree),
    ("damaged.pdf", damaged),
]:
    with open(name, "wb") as file:
        file.write(data)
