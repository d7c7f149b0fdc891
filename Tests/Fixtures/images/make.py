#!/usr/bin/env python3
"""Writes the image fixtures of ImageMetadataTests (run once; the files are committed).

Needs Pillow (pip install pillow). Each photo is 16x12 pixels; the metadata is what a phone
or an editor writes: EXIF with a GPS position, camera make, model and serial, XMP with the
position again, a comment, IPTC, text chunks, an ICC profile that must be kept.
"""
import io, struct, zlib
from PIL import Image, ImageCms, PngImagePlugin

def picture():
    image = Image.new("RGB", (16, 12))
    image.putdata([(x * 16, y * 20, 128) for y in range(12) for x in range(16)])
    return image

def exif(orientation=1, gps=True):
    e = Image.Exif()
    e[0x010F] = "PhoneMaker"          # Make
    e[0x0110] = "Phone 12"            # Model
    e[0x0112] = orientation
    e.get_ifd(0x8769)[0xA431] = "SERIAL-123456"   # BodySerialNumber
    if gps:
        g = e.get_ifd(0x8825)
        g[1] = "N"; g[2] = (43.0, 14.0, 30.0); g[3] = "E"; g[4] = (76.0, 53.0, 10.0)
    return e.tobytes()

XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="43,14.5N" '
       b'exif:GPSLongitude="76,53.1E"/></rdf:RDF></x:xmpmeta>')
ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()

def jpeg(**options):
    out = io.BytesIO()
    picture().save(out, "JPEG", quality=90, **options)
    return out.getvalue()

def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload

def with_segments(data, *segments):
    # After SOI and the JFIF APP0 (or right after SOI when there is none).
    at = 2
    if data[2:4] == b"\xff\xe0":
        at = 4 + struct.unpack(">H", data[4:6])[0]
    return data[:at] + b"".join(segments) + data[at:]

def write(name, data):
    with open(name, "wb") as f:
        f.write(data)

iptc = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0e\x1c\x02\x50\x00\x0aPhotograph"
write("plain.jpg", jpeg())
write("gps.jpg", with_segments(jpeg(exif=exif(), icc_profile=ICC, comment=b"taken at the courthouse"),
                               segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP), segment(0xED, iptc)))
write("rotated.jpg", jpeg(exif=exif(orientation=6)))

def png(info=None, **options):
    out = io.BytesIO()
    picture().save(out, "PNG", pnginfo=info, **options)
    return out.getvalue()

info = PngImagePlugin.PngInfo()
info.add_text("Author", "Jane Photographer")
info.add_text("Comment", "taken at the courthouse", zip=True)
info.add_itxt("XML:com.adobe.xmp", XMP.decode())
info.add(b"tIME", struct.pack(">HBBBBB", 2024, 5, 17, 10, 30, 0))
info.add(b"prVt", b"a program's private chunk")
write("plain.png", png())
write("text.png", png(info, exif=exif(), icc_profile=ICC, dpi=(72, 72)))

def webp(**options):
    out = io.BytesIO()
    picture().save(out, "WEBP", quality=90, **options)
    return out.getvalue()

write("plain.webp", webp())
write("gps.webp", webp(exif=exif(), xmp=XMP, icc_profile=ICC))
write("rotated.webp", webp(exif=exif(orientation=8)))
frames = [picture(), picture().rotate(180)]
out = io.BytesIO()
frames[0].save(out, "WEBP", save_all=True, append_images=frames[1:], duration=100, exif=exif(), xmp=XMP)
write("animated.webp", out.getvalue())
