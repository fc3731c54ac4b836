"""Accepted formats, orientation, and every kind of bad input a user could upload."""

from __future__ import annotations

import contextlib
import io
import struct
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from casesafe.screening.image import ImageInputError, screen_image_safe
from casesafe.screening.image.load import MAX_BYTES, load_image

from .imagegen import jpeg_bytes, photo_background


def _encode(im: Image.Image, fmt: str, **kw: object) -> bytes:
    out = io.BytesIO()
    im.save(out, format=fmt, **kw)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF", "GIF"])
def test_accepted_formats_decode(fmt: str) -> None:
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    im = photo_background(64, 48)
    loaded = load_image(_encode(im if fmt != "GIF" else im.convert("P"), fmt))
    assert loaded.format == fmt
    assert loaded.size == (64, 48)
    assert loaded.pixels.mode in ("RGB", "RGBA")


def test_gif_uses_the_first_frame() -> None:
    frames = [Image.new("RGB", (32, 32), c) for c in ((255, 0, 0), (0, 0, 255))]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:])
    loaded = load_image(out.getvalue())
    r, g, b = loaded.pixels.getpixel((5, 5))  # type: ignore[misc]
    assert r > 200 and b < 50


def test_exif_orientation_is_applied_before_anything_else() -> None:
    im = Image.new("RGB", (80, 40), (0, 0, 0))
    im.paste((255, 255, 255), (0, 0, 40, 40))  # white on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # the phone was turned: rotate 90° clockwise to view
    loaded = load_image(jpeg_bytes(im, exif=exif.tobytes()))
    assert loaded.size == (40, 80)
    assert loaded.orientation == 6
    top = loaded.pixels.getpixel((20, 10))
    assert isinstance(top, tuple) and top[0] > 200  # the left half is now on top


def _png_with_size(width: int, height: int) -> bytes:
    """A PNG whose header declares width x height (the pixel data is a tiny stub)."""
    data = _encode(Image.new("L", (8, 8)), "PNG")
    ihdr = struct.pack(">II", width, height) + data[24:29]
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return data[:16] + ihdr + crc + data[33:]


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"Dear diary, this is a text file renamed to photo.jpg\n", "not a photo"),
        (b"", "empty"),
        (_png_with_size(12_000, 12_000), "megapixels"),  # a decompression bomb
        (_png_with_size(1, 100_000), "pixels"),
        (_png_with_size(100_000, 1), "pixels"),
        (_png_with_size(9_000, 200), "unusual shape"),
        (_encode(Image.new("RGB", (16, 16)), "BMP"), "not a photo"),
        (_encode(Image.new("RGB", (16, 16)), "TIFF"), "not a photo"),
    ],
)
def test_bad_inputs_get_a_clear_error(payload: bytes, words: str) -> None:
    with pytest.raises(ImageInputError, match=words):
        load_image(payload)


def test_truncated_jpeg_is_refused() -> None:
    data = jpeg_bytes(photo_background(200, 150))
    with pytest.raises(ImageInputError, match="damaged or incomplete"):
        load_image(data[: len(data) // 2])


def test_real_decompression_bomb_is_refused_without_decoding() -> None:
    # 8000 x 7000 of zeros: 56 megapixels, a few kilobytes compressed.
    raw = zlib.compress(b"\0" * (1 + 8000) * 10, 9)  # data is never reached
    ihdr = struct.pack(">IIBBBBB", 8000, 7000, 8, 0, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    with pytest.raises(ImageInputError, match="megapixels"):
        load_image(png)


def test_oversized_file_is_refused() -> None:
    with pytest.raises(ImageInputError, match="25 MB"):
        load_image(b"\xff\xd8" + b"\0" * (MAX_BYTES + 1))


def test_safe_wrapper_blocks_bad_input_with_no_clean_copy() -> None:
    result = screen_image_safe(b"not an image at all")
    assert result.decision.value == "block"
    assert result.clean_bytes == b""
    assert result.reasons[0].code == "IMAGE_INVALID"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=2048),
        st.binary(max_size=2048).map(lambda b: b"\xff\xd8\xff\xe0" + b),
        st.binary(max_size=2048).map(lambda b: b"\x89PNG\r\n\x1a\n" + b),
        st.binary(max_size=2048).map(lambda b: b"GIF89a" + b),
        st.binary(max_size=2048).map(lambda b: b"RIFF\0\0\0\0WEBPVP8 " + b),
    )
)
def test_random_bytes_never_crash(data: bytes) -> None:
    with contextlib.suppress(ImageInputError):  # anything else fails the test
        load_image(data)


def test_truncated_jpeg_is_refused_even_after_weasyprint_is_imported() -> None:
    import weasyprint  # noqa: F401 - sets ImageFile.LOAD_TRUNCATED_IMAGES = True on import
    from PIL import ImageFile

    from casesafe.screening.image import ImageInputError
    from casesafe.screening.image.load import load_image

    assert ImageFile.LOAD_TRUNCATED_IMAGES
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 200, 30)).save(buffer, "JPEG")
    with pytest.raises(ImageInputError):
        load_image(buffer.getvalue()[: len(buffer.getvalue()) // 2])
