"""Metadata is reported (GPS as a place) and none of it survives in the clean copy,
checked with exifread (an independent reader) and on the raw bytes."""

from __future__ import annotations

import io

import exifread
from PIL import Image, PngImagePlugin

from casesafe.screening.image import METADATA, ImageResult, screen_image
from casesafe.screening.image.metadata import read_metadata

from .imagegen import gps_exif, photo_background


def _fields(result: ImageResult) -> set[str]:
    return {f.field for f in result.findings if f.field}


def test_gps_becomes_a_location_finding_with_the_city(sign_result: ImageResult) -> None:
    gps = [f for f in sign_result.findings if f.rule == "gps"]
    assert gps and all(f.category == "LOCATION" for f in gps)
    assert "near Springfield, Illinois" in gps[0].explanation
    assert gps[0].field == "EXIF:GPSInfo"
    assert gps[0].removed


def test_device_time_and_people_tags_are_reported(sign_result: ImageResult) -> None:
    fields = _fields(sign_result)
    assert {"EXIF:Make", "EXIF:Model", "EXIF:DateTime", "EXIF:Artist"} <= fields
    assert {"XMP:photoshop:City", "XMP:Iptc4xmpExt:PersonInImage", "XMP:dc:creator"} <= fields
    assert {"IPTC:By-line", "IPTC:City", "IPTC:Caption", "IPTC:DateCreated"} <= fields
    meta = [f for f in sign_result.findings if f.category == METADATA]
    assert all(f.field and f.box is None for f in meta)


def test_names_in_tags_are_screened_as_text(sign_result: ImageResult) -> None:
    person = [
        f
        for f in sign_result.findings
        if f.category == "PERSON" and f.field == "XMP:Iptc4xmpExt:PersonInImage"
    ]
    assert person and person[0].text_hmac
    assert "Tyler" not in str(sign_result.to_dict())  # never the matched text itself


def test_clean_copy_has_no_exif_xmp_or_iptc(sign_jpeg: bytes, sign_result: ImageResult) -> None:
    before = exifread.process_file(io.BytesIO(sign_jpeg), details=False)
    assert any(k.startswith("GPS") for k in before)
    clean = sign_result.clean_bytes
    assert exifread.process_file(io.BytesIO(clean), details=False) == {}
    for marker in (b"Exif\0\0", b"http://ns.adobe.com/xap", b"Photoshop 3.0", b"8BIM"):
        assert marker not in clean
    with Image.open(io.BytesIO(clean)) as im:
        assert not im.getexif()
        assert "xmp" not in im.info and "photoshop" not in im.info
        assert "icc_profile" not in im.info
        assert read_metadata(im) == []
    assert sign_result.recheck.metadata_remaining == ()
    assert sign_result.original_sha256 != sign_result.clean_sha256


def test_clean_copy_keeps_the_picture_upright() -> None:
    im = photo_background(120, 60)
    exif = gps_exif(40.7128, -74.0060)
    exif[0x0112] = 8
    out = io.BytesIO()
    im.save(out, format="JPEG", exif=exif.tobytes())
    result = screen_image(out.getvalue(), audience="private")
    assert (result.width, result.height) == (60, 120)
    with Image.open(io.BytesIO(result.clean_bytes)) as clean:
        assert clean.size == (60, 120)
    gps = [f for f in result.findings if f.rule == "gps"]
    assert "New York" in gps[0].explanation


def test_png_text_chunks_are_reported_and_removed() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Sofia's first day at Westbrook Middle School")
    info.add_text("Author", "Maria")
    info.add_itxt("Description", "at home")
    out = io.BytesIO()
    photo_background(96, 64).save(out, format="PNG", pnginfo=info)
    result = screen_image(out.getvalue(), audience="public")
    fields = _fields(result)
    assert {"PNG:Comment", "PNG:Author", "PNG:Description"} <= fields
    assert "SCHOOL" in {f.category for f in result.findings if f.field == "PNG:Comment"}
    assert result.clean_mime == "image/png"
    with Image.open(io.BytesIO(result.clean_bytes)) as clean:
        assert not getattr(clean, "text", {})


def test_heic_exif_is_read_and_dropped() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    out = io.BytesIO()
    photo_background(64, 48).save(out, format="HEIF", exif=gps_exif(39.78, -89.65).tobytes())
    result = screen_image(out.getvalue(), audience="public")
    assert "EXIF:Model" in _fields(result)
    assert any(f.rule == "gps" and "Springfield" in f.explanation for f in result.findings)
    assert result.clean_mime == "image/jpeg"
    assert exifread.process_file(io.BytesIO(result.clean_bytes), details=False) == {}


def test_transparent_webp_becomes_a_png_clean_copy() -> None:
    im = Image.new("RGBA", (64, 48), (10, 200, 10, 0))
    im.paste((200, 10, 10, 255), (0, 0, 32, 48))
    out = io.BytesIO()
    im.save(out, format="WEBP", lossless=True, exif=gps_exif(39.78, -89.65).tobytes())
    result = screen_image(out.getvalue(), audience="public")
    assert result.clean_mime == "image/png"
    with Image.open(io.BytesIO(result.clean_bytes)) as clean:
        assert clean.mode == "RGBA" and not clean.getexif()
        alpha = clean.getpixel((50, 10))
        assert isinstance(alpha, tuple) and alpha[3] == 0
