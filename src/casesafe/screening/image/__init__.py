"""Photo screening: metadata, text in the picture, faces, redaction and a clean copy.

Call :func:`screen_image_safe` for anything that stores or sends a photo: it never
raises, and on any failure answers ``block`` with no clean copy. Only
``ImageResult.clean_bytes`` may be stored or sent; keep ``original_sha256`` in the record.
"""

from .engine import ImageOptionError, screen_image, screen_image_safe, warm_up
from .load import ACCEPTED, MAX_BYTES, MAX_PIXELS, ImageInputError
from .types import FACE, METADATA, ImageFinding, ImageResult, Recheck

__all__ = [
    "ACCEPTED",
    "FACE",
    "MAX_BYTES",
    "MAX_PIXELS",
    "METADATA",
    "ImageFinding",
    "ImageInputError",
    "ImageOptionError",
    "ImageResult",
    "Recheck",
    "screen_image",
    "screen_image_safe",
    "warm_up",
]
