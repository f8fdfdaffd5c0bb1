"""Real photo files for the media tests, generated on the fly (no binary fixtures).

Each writer returns the path it wrote. Images stay small so the whole media suite
runs in seconds; only the decompression bomb is big, and it is written without
ever holding its pixels.
"""

from __future__ import annotations

import struct
import zlib
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, PngImagePlugin

SERIAL = "RDK-SN-4417-0099"
MAKE, MODEL = "Apple", "iPhone 15 Pro"
RED = (220, 20, 30)
BODY = (40, 90, 160)
XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" '
    'xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    f'aux:SerialNumber="{SERIAL}" exif:GPSLatitude="6,10.5S" exif:GPSLongitude="106,49.2E"/>'
    "</rdf:RDF></x:xmpmeta>"
)


def striped(size: tuple[int, int], stripe: int | None = None) -> Image.Image:
    """A blue picture with a red band along its top edge (as stored, before rotation)."""
    image = Image.new("RGB", size, BODY)
    band = stripe or max(2, size[1] // 10)
    ImageDraw.Draw(image).rectangle((0, 0, size[0] - 1, band - 1), fill=RED)
    return image


def phone_exif(orientation: int = 6) -> Image.Exif:
    """EXIF as a phone writes it: make/model, orientation, serial, maker note, GPS."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = MAKE, MODEL, orientation
    sub = exif.get_ifd(0x8769)
    sub[0xA431] = SERIAL  # BodySerialNumber
    sub[0x927C] = f"maker note {SERIAL}".encode()
    sub[0x9003] = "2026:11:25 09:41:00"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (6.0, 10.0, 30.5)
    gps[3], gps[4] = "E", (106.0, 49.0, 12.0)
    return exif


def phone_jpeg(path: Path, size: tuple[int, int] = (400, 300), orientation: int = 6) -> Path:
    """A phone photo stored sideways (orientation 6) with GPS, serial in EXIF, XMP,
    an IPTC block (APP13) and a comment."""
    striped(size).save(path, "JPEG", quality=90, exif=phone_exif(orientation),
                       xmp=XMP.encode(), comment=f"camera {SERIAL}".encode(), extra=iptc())
    return path


def iptc() -> bytes:
    """An APP13 segment as Photoshop writes it: IPTC by-line and city in an 8BIM block."""
    records = b"".join(
        b"\x1c\x02" + bytes([tag]) + struct.pack(">H", len(value)) + value
        for tag, value in ((80, f"Fotografer {SERIAL}".encode()), (90, b"Semarang"))
    )
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(records)) + records
    block += b"\x00" * (len(block) % 2)
    body = b"Photoshop 3.0\x00" + block
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def heic(path: Path, size: tuple[int, int] = (320, 240)) -> Path:
    """An iPhone-style HEIC with orientation 6, GPS and XMP (pillow-heif stores the
    rotation as a HEIF transform, as phones do)."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    striped(size).save(path, "HEIF", quality=80, exif=phone_exif(6).tobytes(),
                       xmp=XMP.encode())
    return path


def cmyk_jpeg(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    """An agency-style CMYK JPEG: pure cyan (Adobe-inverted storage, as Photoshop writes)."""
    Image.new("CMYK", size, (255, 0, 0, 0)).save(path, "JPEG", quality=95)
    return path


def png16_alpha(path: Path, size: tuple[int, int] = (64, 32)) -> Path:
    """16-bit RGBA PNG: left half opaque red, right half fully transparent."""
    width, height = size
    opaque = struct.pack(">4H", 65535, 0, 0, 65535)
    clear = struct.pack(">4H", 0, 0, 0, 0)
    row = b"\x00" + opaque * (width // 2) + clear * (width - width // 2)
    ihdr = struct.pack(">2I5B", width, height, 16, 6, 0, 0, 0)
    return _write_png(path, ihdr, zlib.compress(row * height))


def png16_grey(path: Path, value: int = 32768, size: tuple[int, int] = (32, 32)) -> Path:
    Image.new("I;16", size, value).save(path, "PNG")
    return path


def png_bomb(path: Path, side: int = 20000) -> Path:
    """A valid 1-bit PNG of ``side``×``side`` pixels (400 megapixels), ~50 KB on disk."""
    ihdr = struct.pack(">2I5B", side, side, 1, 0, 0, 0, 0)
    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + (side + 7) // 8)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    return _write_png(path, ihdr, data)


def _write_png(path: Path, ihdr: bytes, idat: bytes) -> Path:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body)
        )

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
                     + chunk(b"IEND", b""))
    return path


def animated_gif(path: Path, size: tuple[int, int] = (60, 40)) -> Path:
    """Two frames: red, then blue; only the red one may be published."""
    first, second = Image.new("RGB", size, RED), Image.new("RGB", size, (0, 0, 255))
    first.save(path, "GIF", save_all=True, append_images=[second], duration=100, loop=0)
    return path


def truncated_jpeg(path: Path) -> Path:
    """A real JPEG cut off at 60 %, like an interrupted download."""
    whole = path.with_name("whole-" + path.name)
    Image.effect_noise((200, 150), 60).convert("RGB").save(whole, "JPEG", quality=90)
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) * 6 // 10])
    return path


def text_as_jpg(path: Path) -> Path:
    path.write_text("Ini bukan foto, hanya catatan wartawan.\n", encoding="utf-8")
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def plain(path: Path, fmt: str, size: tuple[int, int] = (300, 200), **options: object) -> Path:
    """A striped picture in any Pillow-writable format (PNG, WEBP, AVIF, TIFF, JPEG)."""
    striped(size).save(path, fmt, **options)
    return path


def swapped_rgb_icc() -> bytes:
    """A valid ICC v2 RGB profile whose red and green colorants are swapped.

    Pixels tagged with it that read (255, 0, 0) are really green, so a converter
    that honours the profile must output green: an unmistakable pixel test that
    needs no profile files on the test machine.
    """
    red_d50, green_d50, blue_d50 = (0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (
        0.1431, 0.0606, 0.7141)
    tags = [
        (b"desc", _desc("Swapped test RGB")),
        (b"wtpt", _xyz((0.9642, 1.0, 0.8249))),
        (b"rXYZ", _xyz(green_d50)),
        (b"gXYZ", _xyz(red_d50)),
        (b"bXYZ", _xyz(blue_d50)),
        (b"rTRC", _gamma(2.2)),
        (b"gTRC", _gamma(2.2)),
        (b"bTRC", _gamma(2.2)),
        (b"cprt", b"text\x00\x00\x00\x00public domain\x00"),
    ]
    return _icc(tags)


def _icc(tags: list[tuple[bytes, bytes]]) -> bytes:
    table, body = b"", b""
    offset = 128 + 4 + 12 * len(tags)
    for sig, data in tags:
        data += b"\x00" * (-len(data) % 4)
        table += sig + struct.pack(">2I", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = struct.pack(">I4sI4s4s4s12s4s", size, b"lcms", 0x02100000, b"mntr", b"RGB ",
                         b"XYZ ", bytes(12), b"acsp")
    header += bytes(24) + struct.pack(">I", 0) + _fixed((0.9642, 1.0, 0.8249))
    header += bytes(128 - len(header))
    return header + struct.pack(">I", len(tags)) + table + body


def _fixed(values: tuple[float, float, float]) -> bytes:
    return b"".join(struct.pack(">i", round(v * 65536)) for v in values)


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ " + bytes(4) + _fixed(values)


def _gamma(value: float) -> bytes:
    return b"curv" + bytes(4) + struct.pack(">IH", 1, round(value * 256)) + bytes(2)


def _desc(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\x00"
    return (b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_
            + bytes(4) + bytes(4) + bytes(2) + bytes(1) + bytes(67))


# -- photos as an agency sends them: private metadata and the words to keep ----------
CAPTION = "Warga menembus banjir rob di Kelurahan Tanjung Mas, Semarang, Selasa (18/6/2024)."
BYLINE, CREDIT = "Rina Kartikasari", "ANTARA FOTO"
AGENCY_XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    'xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    f'photoshop:Credit="{CREDIT}" photoshop:City="Semarang" aux:SerialNumber="{SERIAL}" '
    'exif:GPSLatitude="6,57.9S" exif:GPSLongitude="110,25.4E">'
    f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{CAPTION}</rdf:li></rdf:Alt>'
    f"</dc:description><dc:creator><rdf:Seq><rdf:li>{BYLINE}</rdf:li></rdf:Seq></dc:creator>"
    "</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def agency_iptc() -> bytes:
    """APP13 with the caption, by-line and credit (UTF-8) beside the city and country."""
    records = b"\x1c\x01\x5a\x00\x03\x1b%G" + b"".join(
        b"\x1c\x02" + bytes([tag]) + struct.pack(">H", len(value)) + value
        for tag, value in ((120, CAPTION.encode()), (80, BYLINE.encode()),
                           (110, CREDIT.encode()), (90, b"Semarang"), (101, b"Indonesia")))
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(records)) + records
    block += b"\x00" * (len(block) % 2)
    block += b"8BIM\x04\x0c\x00\x00\x00\x00\x00\x08thumbnl"  # a thumbnail resource
    body = b"Photoshop 3.0\x00" + block
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def agency_jpeg(path: Path, size: tuple[int, int] = (400, 300)) -> Path:
    """A phone photo (orientation 6, GPS, serials, maker note, comment) with a colour
    profile, the agency's IPTC and XMP, and a second image after it (as phones append
    a depth map or gain map, with its own EXIF and GPS)."""
    striped(size).save(path, "JPEG", quality=90, exif=phone_exif(6), xmp=AGENCY_XMP.encode(),
                       comment=f"camera {SERIAL}".encode(), extra=agency_iptc(),
                       icc_profile=swapped_rgb_icc())
    trailing = BytesIO()
    striped((40, 30)).save(trailing, "JPEG", exif=phone_exif(1))
    path.write_bytes(path.read_bytes() + trailing.getvalue())
    return path


def agency_png(path: Path, size: tuple[int, int] = (300, 200)) -> Path:
    """A PNG with EXIF (eXIf, GPS and serial), XMP (iTXt) and a tEXt comment."""
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", AGENCY_XMP)
    info.add_text("Comment", f"camera {SERIAL} at Semarang")
    striped(size).save(path, "PNG", pnginfo=info, exif=phone_exif(1),
                       icc_profile=swapped_rgb_icc())
    return path


def agency_heic(path: Path, size: tuple[int, int] = (320, 240)) -> Path:
    """An iPhone-style HEIC (rotation as a transform, EXIF orientation 6, GPS) with the
    agency's XMP."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    striped(size).save(path, "HEIF", quality=80, exif=phone_exif(6).tobytes(),
                       xmp=AGENCY_XMP.encode())
    return path
