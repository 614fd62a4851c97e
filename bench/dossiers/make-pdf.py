#!/usr/bin/env python3
"""Writes a small, valid one-page PDF (correct xref offsets, a Helvetica text line) to the path given.
Usage: make-pdf.py out.pdf [padding-bytes]
The padding is random bytes in an unused stream object: incompressible, like the JPEG or Flate data of a real scan,
so that PostgreSQL's TOAST compression cannot shrink it."""
import os
import sys

out = sys.argv[1]
padding = int(sys.argv[2]) if len(sys.argv) > 2 else 0
text = b"BT /F1 14 Tf 72 720 Td (Giay chung sinh - ban sao, tai thu OpenCity) Tj ET\n"
filler = os.urandom(padding)
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
    b"/Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(text) + text + b"endstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Length %d /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
    b"/BitsPerComponent 8 >>\nstream\n" % len(filler) + filler + b"endstream",
]
pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    pdf += b"%010d 00000 n \n" % offset
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
with open(out, "wb") as f:
    f.write(pdf)
