#!/usr/bin/env python3
"""Test vectors for Inflate (Tests/CasebookTests/InflateTests.swift): the text the test builds,
compressed by zlib at levels 0 (stored blocks), 1, 6 and 9 (dynamic Huffman blocks), a short
string (fixed Huffman) and a raw deflate stream without the zlib wrapper, each in base64.
Run: python3 Tests/Fixtures/inflate/make-vectors.py > Tests/Fixtures/inflate/vectors.txt"""
import base64, zlib

text = "".join(f"{i} Жанар Әбдірахманова line {i * i % 97}\n" for i in range(200)).encode()
short = b"BT /F1 12 Tf 72 700 Td (Nazira Lesova) Tj ET"
for level in (0, 1, 6, 9):
    print(f"long-{level} {base64.b64encode(zlib.compress(text, level)).decode()}")
print(f"short-6 {base64.b64encode(zlib.compress(short, 6)).decode()}")
raw = zlib.compressobj(9, zlib.DEFLATED, -15)
print(f"raw-9 {base64.b64encode(raw.compress(text) + raw.flush()).decode()}")
bomb = zlib.compress(b"\0" * (8 << 20), 9)
print(f"bomb-9 {base64.b64encode(bomb).decode()}")
