"""Pictures the tests and the benchmark make themselves: photo-like noise, rendered text,
and metadata blocks (EXIF GPS, XMP, IPTC) written byte by byte."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
HERO_CANDIDATES = (
    Path(__file__).resolve().parents[3] / "node_modules/@uswds/uswds/dist/img/hero.jpg",
    Path(__file__).resolve().parents[3] / "src/casesafe/web/static/vendor/uswds/img/hero.jpg",
)


def hero_path() -> Path | None:
    """USWDS's hero image (npm package): a real photograph of a group of people."""
    for p in HERO_CANDIDATES:
        if p.exists():
            return p
    return None


def font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    path = FONT_DIR / name
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def photo_background(width: int, height: int, seed: int = 0) -> Image.Image:
    """Smooth colour gradients with grain: a stand-in for a photographed scene."""
    rng = np.random.default_rng(seed)
    small = rng.integers(
        40, 200, size=(max(2, height // 64), max(2, width // 64), 3), dtype=np.uint8
    )
    base = Image.fromarray(small).resize((width, height), Image.Resampling.BICUBIC)
    grain = rng.normal(0, 12, size=(height, width, 3))
    arr = np.clip(np.asarray(base, dtype=np.float64) + grain, 0, 255).astype(np.uint8)
    return Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))


def sign(
    lines: list[str],
    size: tuple[int, int] = (900, 600),
    font_size: int = 64,
    angle: float = 0.0,
    seed: int = 0,
    at: tuple[int, int] | None = None,
) -> Image.Image:
    """A light sign with dark lettering on a photographic background, maybe turned."""
    bg = photo_background(*size, seed=seed)
    f = font(font_size)
    pad = font_size // 2
    widths = [int(f.getlength(line)) for line in lines]
    w = max(widths) + 2 * pad
    h = len(lines) * int(font_size * 1.3) + 2 * pad
    panel = Image.new("RGBA", (w, h), (235, 232, 220, 255))
    d = ImageDraw.Draw(panel)
    for i, line in enumerate(lines):
        d.text((pad, pad + i * int(font_size * 1.3)), line, font=f, fill=(20, 30, 90, 255))
    if angle:
        panel = panel.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    x, y = at or ((size[0] - panel.width) // 2, (size[1] - panel.height) // 2)
    bg.paste(panel, (x, y), panel)
    return bg


def jpeg_bytes(im: Image.Image, **kw: object) -> bytes:
    out = io.BytesIO()
    im.convert("RGB").save(out, format="JPEG", quality=90, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def gps_exif(lat: float, lon: float) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 15"  # Model
    exif[0x0132] = "2024:05:01 10:11:12"  # DateTime
    exif[0x013B] = "Jane Photographer"  # Artist
    exif[0x0112] = 1

    def dms(v: float) -> tuple[float, float, float]:
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = round(((v - d) * 60 - m) * 60, 4)
        return (float(d), float(m), s)

    gps = exif.get_ifd(0x8825)
    gps[1] = "N" if lat >= 0 else "S"
    gps[2] = dms(lat)
    gps[3] = "E" if lon >= 0 else "W"
    gps[4] = dms(lon)
    gps[6] = 180.0  # altitude
    return exif


XMP = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
    b' xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    b' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
    b' photoshop:City="Springfield" photoshop:State="Illinois"'
    b' exif:GPSLatitude="39,47.9N" exif:GPSLongitude="89,39.0W">'
    b"<dc:creator><rdf:Seq><rdf:li>Jane Photographer</rdf:li></rdf:Seq></dc:creator>"
    b"<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Tyler Gonzalez</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)


def iptc_block(fields: dict[int, str]) -> bytes:
    """An APP13 'Photoshop 3.0' segment holding IPTC-IIM record 2 datasets."""
    iim = b"".join(
        b"\x1c\x02" + bytes([ds]) + struct.pack(">H", len(v.encode())) + v.encode()
        for ds, v in fields.items()
    )
    if len(iim) % 2:
        iim += b"\0"
    irb = b"8BIM" + struct.pack(">H", 0x0404) + b"\0\0" + struct.pack(">I", len(iim)) + iim
    payload = b"Photoshop 3.0\0" + irb
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def with_iptc(jpeg: bytes, fields: dict[int, str]) -> bytes:
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + iptc_block(fields) + jpeg[2:]


def tagged_jpeg(im: Image.Image, lat: float = 39.7817, lon: float = -89.6501) -> bytes:
    """A JPEG with EXIF (GPS, device, time, artist), XMP and IPTC, like a phone + editor."""
    data = jpeg_bytes(im, exif=gps_exif(lat, lon).tobytes(), xmp=XMP)
    return with_iptc(
        data,
        {80: "Jane Photographer", 90: "Springfield", 120: "Tyler at the park", 55: "20240501"},
    )
