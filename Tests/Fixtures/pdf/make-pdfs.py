#!/usr/bin/env python3
"""The hand-made PDFs of PDFTextTests (the others are Chromium's: see README.md here).
Run from this folder: python3 make-pdfs.py"""
import base64, zlib


def pdf(objects, trailer=b""):
    out = b"%PDF-1.7\n"
    for number, body in objects:
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    return out + b"trailer\n<< /Root 1 0 R" + trailer + b" >>\n%%EOF\n"


def stream(dictionary, data):
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


# A map for one-byte codes: 01 N, 02 a, 03 z, 04 i, 05 r, 06 L, 07 e, 08 s, 09 o, 0A v, and a range 10-12 to A-C.
cmap = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
10 beginbfchar <01> <004E> <02> <0061> <03> <007A> <04> <0069> <05> <0072> <06> <004C> <07> <0065> <08> <0073> <09> <006F> <0A> <0076> endbfchar
1 beginbfrange <10> <12> <0041> endbfrange
endcmap end end"""
# Page 1: kerning inside a name joins, -250 is a space, a line move is a space, Tj after Tj joins; font F2 by its map.
page = b"""BT /F1 12 Tf 72 700 Td [(Naz) 20 (ira) -250 (Les) -30 (ova)] Tj ET
BT /F1 12 Tf 72 680 Td [(Sentenced:)] TJ (Dinara) Tj 0 -14 Td (Qam) Tj (barova) Tj ET
BT /F2 12 Tf 72 600 Td <010203040502> Tj T* <060708090A02> Tj 0 -14 Td <101112> Tj ET"""
page = page.replace(b"[(Naz) 20 (ira) -250 (Les) -30 (ova)] Tj", b"[(Naz) 20 (ira) -250 (Les) -30 (ova)] TJ")
# An object stream holding the document's properties, as a PDF saved with compressed object streams has them.
info = b"<< /Author (Aliya Kunanbayeva) /Title (Appeal) >>"
objects_data = b"7 0 " + info
compressed = [
    (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
    (2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    (3, b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"),
    (4, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
    (5, b"<< /Type /Font /Subtype /Type3 /ToUnicode 8 0 R >>"),
    (6, stream(b"/Filter [/ASCII85Decode /FlateDecode]", base64.a85encode(zlib.compress(page), adobe=True)[2:])),
    (8, stream(b"/Filter /FlateDecode", zlib.compress(cmap))),
    (9, stream(b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", zlib.compress(objects_data))),
]
open("hand.pdf", "wb").write(pdf(compressed))

# An encrypted PDF: its streams are ciphertext, never read.
encrypted = [
    (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
    (2, b"<< /Type /Pages /Kids [] /Count 0 >>"),
    (3, stream(b"/Filter /FlateDecode", bytes((i * 73 + 41) % 256 for i in range(200)))),
    (4, b"<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -1340 >>"),
]
open("encrypted.pdf", "wb").write(pdf(encrypted, b" /Encrypt 4 0 R"))
