"""Read every location, device, time and people tag a photo carries, and write a copy
that carries none.

Sources: EXIF (base IFD, Exif IFD, GPS IFD; HEIC keeps its EXIF in the same form), the
XMP packet, IPTC-IIM (Photoshop APP13), PNG text chunks and JPEG/GIF comments. GPS is
turned into a place at city level with the offline table of ``reverse_geocoder``.

The clean copy is a new image built from decoded, upright pixels only: no EXIF, XMP,
IPTC, ICC profile, comments or text chunks can survive, whatever the source held.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PIL import ExifTags, Image, IptcImagePlugin

KIND_LOCATION = "location"
KIND_DEVICE = "device"
KIND_TIME = "time"
KIND_PEOPLE = "people"
KIND_TEXT = "text"  # free text (captions, keywords, comments): screened like any text
KIND_OTHER = "other"


@dataclass(frozen=True, slots=True)
class MetaItem:
    field: str  # e.g. "EXIF:Model", "XMP:photoshop:City", "IPTC:City", "PNG:Comment"
    kind: str
    text: str = ""  # the value, kept only in memory for screening; never reported
    gps: tuple[float, float] | None = None


_EXIF_KINDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "Make",
            "Model",
            "Software",
            "HostComputer",
            "LensMake",
            "LensModel",
            "LensSerialNumber",
            "BodySerialNumber",
            "CameraSerialNumber",
            "ImageUniqueID",
        ),
        KIND_DEVICE,
    ),
    **dict.fromkeys(
        (
            "DateTime",
            "DateTimeOriginal",
            "DateTimeDigitized",
            "OffsetTime",
            "OffsetTimeOriginal",
            "OffsetTimeDigitized",
            "SubsecTime",
            "SubsecTimeOriginal",
            "SubsecTimeDigitized",
        ),
        KIND_TIME,
    ),
    **dict.fromkeys(("Artist", "Copyright", "CameraOwnerName", "XPAuthor"), KIND_PEOPLE),
    **dict.fromkeys(
        ("ImageDescription", "UserComment", "XPComment", "XPSubject", "XPKeywords", "XPTitle"),
        KIND_TEXT,
    ),
}

_XMP_KINDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "GPSLatitude",
            "GPSLongitude",
            "GPSAltitude",
            "City",
            "State",
            "Country",
            "CountryCode",
            "Location",
            "LocationCreated",
            "LocationShown",
            "Sublocation",
            "ProvinceState",
            "CountryName",
        ),
        KIND_LOCATION,
    ),
    **dict.fromkeys(
        ("Make", "Model", "Lens", "LensModel", "SerialNumber", "CreatorTool", "LensSerialNumber"),
        KIND_DEVICE,
    ),
    **dict.fromkeys(
        ("CreateDate", "ModifyDate", "DateTimeOriginal", "DateCreated", "MetadataDate"),
        KIND_TIME,
    ),
    **dict.fromkeys(
        ("creator", "PersonInImage", "Name", "Artist", "Owner", "AuthorsPosition", "rights"),
        KIND_PEOPLE,
    ),
    **dict.fromkeys(
        ("description", "title", "subject", "Headline", "Keywords", "LastKeywordXMP", "Label"),
        KIND_TEXT,
    ),
}

# IPTC-IIM record 2 datasets (dataset number -> name, kind)
_IPTC: dict[int, tuple[str, str]] = {
    5: ("ObjectName", KIND_TEXT),
    25: ("Keywords", KIND_TEXT),
    55: ("DateCreated", KIND_TIME),
    60: ("TimeCreated", KIND_TIME),
    62: ("DigitalCreationDate", KIND_TIME),
    80: ("By-line", KIND_PEOPLE),
    85: ("By-lineTitle", KIND_PEOPLE),
    90: ("City", KIND_LOCATION),
    92: ("Sub-location", KIND_LOCATION),
    95: ("Province-State", KIND_LOCATION),
    100: ("CountryCode", KIND_LOCATION),
    101: ("Country", KIND_LOCATION),
    105: ("Headline", KIND_TEXT),
    110: ("Credit", KIND_PEOPLE),
    115: ("Source", KIND_PEOPLE),
    116: ("Copyright", KIND_PEOPLE),
    118: ("Contact", KIND_PEOPLE),
    120: ("Caption", KIND_TEXT),
    122: ("Writer", KIND_PEOPLE),
}

_MAX_TEXT = 2_000  # a caption longer than this is cut before screening


def _as_text(value: Any) -> str:
    if isinstance(value, bytes):
        raw = value
        if raw[:8] in (b"ASCII\0\0\0", b"UNICODE\0", b"JIS\0\0\0\0\0", b"\0" * 8):
            # EXIF UserComment: an 8-byte charset header, then the text
            enc = "utf-16" if raw[:8] == b"UNICODE\0" else "latin-1"
            raw = raw[8:]
            return raw.decode(enc, "replace").strip("\0 ")[:_MAX_TEXT]
        for enc in ("utf-8", "utf-16-le", "latin-1"):
            try:
                return raw.decode(enc).strip("\0 ")[:_MAX_TEXT]
            except UnicodeDecodeError:
                continue
    if isinstance(value, tuple | list):
        return " ".join(_as_text(v) for v in value)[:_MAX_TEXT]
    return str(value).strip("\0 ")[:_MAX_TEXT]


def _clean(text: str) -> str:
    # Strip control characters the text engine refuses (captions often end in NULs).
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text).strip()


# --------------------------------------------------------------------------- EXIF


def _dms(value: Any) -> float | None:
    try:
        d, m, s = (float(v) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return d + m / 60.0 + s / 3600.0


def _gps_from_ifd(gps: dict[int, Any]) -> tuple[float, float] | None:
    lat, lon = _dms(gps.get(2)), _dms(gps.get(4))
    if lat is None or lon is None:
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return lat, lon


def _exif_items(im: Image.Image) -> Iterator[MetaItem]:
    try:
        exif = im.getexif()
    except Exception:  # noqa: BLE001 - a damaged EXIF block is reported, not fatal
        yield MetaItem("EXIF", KIND_OTHER)
        return
    if not exif:
        return
    tags: dict[int, Any] = dict(exif)
    for ifd_id in (ExifTags.IFD.Exif, ExifTags.IFD.Interop):
        with contextlib.suppress(Exception):
            tags.update(exif.get_ifd(ifd_id))
    other = 0
    for tag, value in tags.items():
        name = ExifTags.TAGS.get(tag, f"0x{tag:04x}")
        kind = _EXIF_KINDS.get(name)
        if kind is None:
            other += 1
            continue
        text = _clean(_as_text(value)) if kind in (KIND_TEXT, KIND_PEOPLE) else ""
        yield MetaItem(f"EXIF:{name}", kind, text)
    gps_ifd: dict[int, Any] = {}
    with contextlib.suppress(Exception):
        gps_ifd = dict(exif.get_ifd(ExifTags.IFD.GPSInfo))
    if gps_ifd:
        coords = _gps_from_ifd(gps_ifd)
        yield MetaItem("EXIF:GPSInfo", KIND_LOCATION, gps=coords)
        for tag in gps_ifd:
            if tag not in (1, 2, 3, 4):
                yield MetaItem(
                    f"EXIF:{ExifTags.GPSTAGS.get(tag, f'GPS0x{tag:04x}')}", KIND_LOCATION
                )
    if other:
        yield MetaItem(f"EXIF:other({other})", KIND_OTHER)


# --------------------------------------------------------------------------- XMP

_XMP_ATTR = re.compile(r"\b([A-Za-z][\w.-]*):([A-Za-z][\w.-]*)\s*=\s*\"([^\"]*)\"")
_XMP_OPEN = re.compile(r"<([A-Za-z][\w.-]*):([A-Za-z][\w.-]*)\b[^>]*?(?<!/)>")
_TAG = re.compile(r"<[^>]+>")
_XMP_COORD = re.compile(
    r"^\s*(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?([NSEW])\s*$"
)


def _xmp_coord(text: str) -> float | None:
    m = _XMP_COORD.match(text)
    if not m:
        return None
    d, mi, s, hemi = m.groups()
    value = float(d) + float(mi or 0) / 60 + float(s or 0) / 3600
    return -value if hemi in "SW" else value


def _xmp_packet(im: Image.Image) -> str:
    info = im.info
    raw = info.get("xmp") or info.get("XML:com.adobe.xmp") or b""
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    return str(raw)


def _xmp_items(im: Image.Image) -> Iterator[MetaItem]:
    packet = _xmp_packet(im)
    if not packet:
        return
    yield MetaItem("XMP", KIND_OTHER)
    found: dict[str, str] = {}
    for prefix, name, value in _XMP_ATTR.findall(packet):
        if prefix not in ("xmlns", "rdf", "x", "xml"):
            found.setdefault(f"{prefix}:{name}", value)
    for m in _XMP_OPEN.finditer(packet):
        prefix, name = m.group(1), m.group(2)
        if prefix in ("rdf", "x"):
            continue
        end = packet.find(f"</{prefix}:{name}>", m.end())
        if end < 0:
            continue
        inner = packet[m.end() : end]
        text = " ".join(_TAG.sub(" ", inner).split())
        key = f"{prefix}:{name}"
        if text and key not in found:
            found[key] = text
    lat = lon = None
    for key, value in found.items():
        name = key.split(":", 1)[1]
        kind = _XMP_KINDS.get(name)
        if kind is None:
            continue
        if name == "GPSLatitude":
            lat = _xmp_coord(value)
            continue
        if name == "GPSLongitude":
            lon = _xmp_coord(value)
            continue
        text = _clean(value[:_MAX_TEXT]) if kind in (KIND_TEXT, KIND_PEOPLE, KIND_LOCATION) else ""
        yield MetaItem(f"XMP:{key}", kind, text)
    if lat is not None and lon is not None:
        yield MetaItem("XMP:exif:GPSLatitude/GPSLongitude", KIND_LOCATION, gps=(lat, lon))


# --------------------------------------------------------------------------- IPTC, PNG, comments


def _iptc_items(im: Image.Image) -> Iterator[MetaItem]:
    try:
        iptc = IptcImagePlugin.getiptcinfo(im)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a broken APP13 block is reported, not fatal
        iptc = None
        if im.format == "JPEG" and "photoshop" in im.info:
            yield MetaItem("IPTC", KIND_OTHER)
    if not iptc:
        return
    other = 0
    for (record, dataset), value in iptc.items():
        if record != 2 or dataset not in _IPTC:
            other += record == 2 and dataset != 0
            continue
        name, kind = _IPTC[dataset]
        values = value if isinstance(value, list) else [value]
        text = _clean(" ".join(_as_text(v) for v in values))
        yield MetaItem(f"IPTC:{name}", kind, text if kind != KIND_TIME else "")
    if other:
        yield MetaItem(f"IPTC:other({other})", KIND_OTHER)


def _text_chunks(im: Image.Image) -> Iterator[MetaItem]:
    chunks: dict[str, Any] = {}
    if im.format == "PNG":
        with contextlib.suppress(Exception):
            chunks = dict(getattr(im, "text", {}) or {})
    for key, value in chunks.items():
        if key == "XML:com.adobe.xmp":
            continue
        low = key.lower()
        kind = (
            KIND_TIME
            if "time" in low or "date" in low
            else KIND_PEOPLE
            if low in ("author", "copyright", "artist")
            else KIND_DEVICE
            if low in ("software", "source")
            else KIND_TEXT
        )
        yield MetaItem(f"PNG:{key}", kind, _clean(_as_text(value)) if kind != KIND_TIME else "")
    comment = im.info.get("comment")
    if comment:
        yield MetaItem(f"{im.format}:comment", KIND_TEXT, _clean(_as_text(comment)))


def read_metadata(im: Image.Image) -> list[MetaItem]:
    """Every tag of interest in the opened source image (before any re-encoding)."""
    items: list[MetaItem] = []
    for reader in (_exif_items, _xmp_items, _iptc_items, _text_chunks):
        try:
            items.extend(reader(im))
        except Exception:  # noqa: BLE001 - one unreadable block must not hide the others
            items.append(MetaItem(reader.__name__.strip("_").split("_")[0].upper(), KIND_OTHER))
    return items


# --------------------------------------------------------------------------- places


_GEOCODER: Any = None


def place_name(lat: float, lon: float) -> str | None:
    """'Springfield, Illinois' for a coordinate, from the table shipped in the package."""
    global _GEOCODER
    try:
        # reverse_geocoder prints a progress line to stdout on first use; keep JSON clean.
        with contextlib.redirect_stdout(io.StringIO()):
            if _GEOCODER is None:
                import reverse_geocoder

                _GEOCODER = reverse_geocoder.RGeocoder(mode=1, verbose=False)
            hit = _GEOCODER.query([(lat, lon)])[0]
    except Exception:  # noqa: BLE001 - without a place name we still report the coordinates
        return None
    parts = [hit.get("name", ""), hit.get("admin1", "")]
    if hit.get("cc") not in (None, "", "US"):
        parts.append(hit["cc"])
    return ", ".join(p for p in parts if p) or None


# --------------------------------------------------------------------------- clean copy


def encode_clean(pixels: Image.Image, source_format: str) -> tuple[bytes, str]:
    """Re-encode from pixels only: a fresh image object, so no info dict can leak.

    Lossless sources (PNG, GIF) and pictures with transparency stay PNG; photos become
    JPEG at a quality that keeps them good to post.
    """
    fresh = Image.new(pixels.mode, pixels.size)
    fresh.paste(pixels)
    out = io.BytesIO()
    if source_format in ("PNG", "GIF") or fresh.mode == "RGBA":
        fresh.save(out, format="PNG", optimize=False)
        return out.getvalue(), "image/png"
    if fresh.mode != "RGB":
        fresh = fresh.convert("RGB")
    fresh.save(out, format="JPEG", quality=90, optimize=False)
    return out.getvalue(), "image/jpeg"


def remaining_metadata(data: bytes) -> tuple[str, ...]:
    """Fields a re-read of the clean copy still finds; empty when the copy is clean."""
    with Image.open(io.BytesIO(data)) as im:
        fields = [i.field for i in read_metadata(im)]
        if im.info.get("icc_profile"):
            fields.append("ICC")
    return tuple(fields)
