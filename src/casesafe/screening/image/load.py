"""Safe decoding of an uploaded photo.

Every limit is checked on the header before any pixel is decoded, because a small file
can declare a huge canvas (a decompression bomb) and decoding it would exhaust memory on
a shared server. Only the formats phones and the web actually produce are accepted.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from ..errors import ScreeningError

MAX_BYTES = 25 * 1024 * 1024  # 25 MB: above any phone photo, far below a memory risk
MAX_PIXELS = 50_000_000  # 50 megapixels: the largest phone sensors stay under this
MAX_SIDE = 20_000
MIN_SIDE = 8
MAX_ASPECT = 20.0  # wider than any panorama a phone writes; 1x100000 is not a photo

# Pillow's own bomb check: warn above MAX_PIXELS, refuse above twice. We turn the
# warning into an error below, so the effective limit is MAX_PIXELS.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

ACCEPTED: dict[str, str] = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "HEIF": "image/heif",
    "GIF": "image/gif",
}

_HEIF_READY = False


class ImageInputError(ScreeningError):
    """The upload is not a photo we can safely read; the message says why, in plain words."""

    code = "IMAGE_INVALID"


def _register_heif() -> None:
    global _HEIF_READY
    if not _HEIF_READY:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        _HEIF_READY = True


@dataclass(frozen=True)
class LoadedImage:
    """The decoded photo: upright pixels plus the untouched source for metadata reading."""

    pixels: Image.Image  # RGB or RGBA, EXIF orientation already applied
    source: Image.Image  # the opened file (first frame), for its metadata
    format: str
    mime: str
    size: tuple[int, int]  # upright width, height
    orientation: int
    sha256: str
    byte_count: int


def check_dimensions(width: int, height: int) -> None:
    if width < MIN_SIDE or height < MIN_SIDE:
        raise ImageInputError(
            f"the image is {width}x{height} pixels; each side must be at least {MIN_SIDE}"
        )
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ImageInputError(
            f"the image is {width}x{height} pixels; no side may exceed {MAX_SIDE}"
        )
    if max(width, height) / min(width, height) > MAX_ASPECT:
        raise ImageInputError(
            f"the image is {width}x{height} pixels, an unusual shape for a photo "
            f"(more than {MAX_ASPECT:.0f} times wider than tall or the reverse)"
        )
    if width * height > MAX_PIXELS:
        raise ImageInputError(
            f"the image is {width * height / 1e6:.0f} megapixels; the limit is "
            f"{MAX_PIXELS / 1e6:.0f} megapixels"
        )


def load_image(data: bytes) -> LoadedImage:
    """Decode ``data`` or raise :class:`ImageInputError`; never anything else."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ImageInputError("the photo must be given as bytes")
    data = bytes(data)
    if not data:
        raise ImageInputError("the file is empty")
    if len(data) > MAX_BYTES:
        raise ImageInputError(
            f"the file is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB"
        )
    try:
        return _decode(data)
    except ImageInputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageInputError(
            f"the image declares more than {MAX_PIXELS / 1e6:.0f} megapixels "
            "(a decompression bomb?); it was not decoded"
        ) from None
    except UnidentifiedImageError:
        raise ImageInputError(
            "the file is not a photo in a format we accept (JPEG, PNG, WebP, HEIC/HEIF, GIF)"
        ) from None
    except MemoryError:
        raise ImageInputError("the image is too large to decode") from None
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a bad file for the user
        raise ImageInputError(
            f"the file is damaged or incomplete and cannot be read ({type(exc).__name__})"
        ) from None


@contextlib.contextmanager
def _truncated_images_refused() -> Iterator[None]:
    """Refuse truncated files even when another library in the process (WeasyPrint does,
    on import) has told Pillow to pad them out silently."""
    with _TRUNCATION_LOCK:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


_TRUNCATION_LOCK = threading.Lock()


def _decode(data: bytes) -> LoadedImage:
    _register_heif()
    with warnings.catch_warnings(), _truncated_images_refused():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        im = Image.open(io.BytesIO(data), formats=list(ACCEPTED))
        fmt = str(im.format or "").upper()
        if fmt not in ACCEPTED:
            raise ImageInputError(f"{fmt or 'this'} files are not accepted")
        # The header's size, checked before a single pixel is decoded.
        check_dimensions(*im.size)
        if getattr(im, "n_frames", 1) > 1:
            im.seek(0)  # an animation: the first frame is what the preview shows
        im.load()
    orientation = _orientation(im)
    upright = ImageOps.exif_transpose(im) if orientation not in (0, 1) else im.copy()
    if upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info
    ):
        pixels = upright.convert("RGBA")
    else:
        pixels = upright.convert("RGB")
    pixels.info = {}
    return LoadedImage(
        pixels=pixels,
        source=im,
        format=fmt,
        mime=ACCEPTED[fmt],
        size=pixels.size,
        orientation=orientation,
        sha256=hashlib.sha256(data).hexdigest(),
        byte_count=len(data),
    )


def _orientation(im: Image.Image) -> int:
    try:
        value: Any = im.getexif().get(0x0112, 1)
        return int(value)
    except Exception:  # noqa: BLE001 - a broken EXIF block must not stop the screening
        return 1
