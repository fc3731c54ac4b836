from __future__ import annotations

import pytest
from PIL import Image

from casesafe.screening.image import ImageResult, screen_image

from .imagegen import hero_path, jpeg_bytes, sign, tagged_jpeg


@pytest.fixture(scope="session")
def sign_jpeg() -> bytes:
    """'LINCOLN' / 'ELEMENTARY' on a sign, with GPS, XMP and IPTC like a phone + editor."""
    return tagged_jpeg(sign(["LINCOLN", "ELEMENTARY"], size=(640, 420), font_size=48))


@pytest.fixture(scope="session")
def sign_result(sign_jpeg: bytes) -> ImageResult:
    return screen_image(sign_jpeg, audience="public")


@pytest.fixture(scope="session")
def sign_redacted(sign_jpeg: bytes) -> ImageResult:
    return screen_image(sign_jpeg, audience="public", redact=True)


@pytest.fixture(scope="session")
def group_jpeg() -> bytes:
    """Three people from USWDS's hero photograph (a real photo shipped in an npm package)."""
    path = hero_path()
    if path is None:
        pytest.skip("the USWDS hero photograph is not installed (npm install)")
    with Image.open(path) as im:
        crop = im.convert("RGB").crop((0, 100, 900, 500))
    return jpeg_bytes(crop)
