"""The photo check in the app: the page and POST /api/v1/screen/image."""

from __future__ import annotations

import base64
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image, ImageDraw, ImageFont

from casesafe.apps.checks.photos import as_image

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _gps_sign_jpeg() -> bytes:
    image = Image.new("RGB", (640, 360), (235, 235, 225))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 52)
    draw.text((60, 90), "LINCOLN", fill=(20, 30, 90), font=font)
    draw.text((60, 180), "ELEMENTARY", fill=(20, 30, 90), font=font)
    exif = Image.Exif()
    exif[0x0110] = "Pixel 8"  # camera model
    exif[0x8825] = {1: "N", 2: (39.0, 46.0, 54.0), 3: "W", 4: (89.0, 39.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes(), quality=92)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def photo() -> bytes:
    return _gps_sign_jpeg()


def test_page_reports_location_school_and_gives_a_clean_copy(people, signed_in, photo):
    c = signed_in(people["alice"])
    page = c.post(
        "/check-photo/",
        {
            "photo": SimpleUploadedFile("p.jpg", photo, "image/jpeg"),
            "audience": "public",
            "blur_faces": "none",
            "redact": "on",
        },
    )
    assert page.status_code == 200
    html = page.content.decode()
    result = page.context["result"]
    categories = {f.category for f in result.findings}
    assert "LOCATION" in categories and "SCHOOL" in categories
    # The decision is about the clean copy: GPS stripped and the school's name blacked out.
    assert all(f.removed for f in result.findings if f.category in ("LOCATION", "SCHOOL"))
    assert 'data-decision="allow"' in html and "removed from the clean copy" in html
    clean = as_image(page.context["check"].clean_data_uri)
    assert not clean.getexif()  # no EXIF at all in the copy offered for download
    assert page.context["check"].annotated_data_uri.startswith("data:image/jpeg;base64,")


def test_bad_file_is_a_clear_error_and_nothing_is_kept(people, signed_in):
    c = signed_in(people["alice"])
    page = c.post(
        "/check-photo/",
        {
            "photo": SimpleUploadedFile("p.jpg", b"this is not a picture", "image/jpeg"),
            "audience": "public",
            "blur_faces": "none",
        },
    )
    assert page.status_code == 200
    assert "input_error" in page.context and "result" not in page.context


def test_api_returns_the_report_and_the_clean_copy(people, photo):
    from casesafe.apps.accounts.services import api_token_create

    _, raw = api_token_create(people["alice"], "t")
    response = Client().post(
        "/api/v1/screen/image",
        {"photo": SimpleUploadedFile("p.jpg", photo, "image/jpeg"), "audience": "public"},
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    body = response.json()
    assert response.status_code == 200, body
    assert {"LOCATION", "SCHOOL"} <= {f["category"] for f in body["findings"]}
    assert body["decision"] in ("allow", "warn")  # nothing identifying is left in the copy
    clean = Image.open(io.BytesIO(base64.b64decode(body["clean_image_base64"])))
    assert not clean.getexif()
    bad = Client().post(
        "/api/v1/screen/image",
        {"photo": SimpleUploadedFile("p.jpg", b"GIF89a-broken", "image/gif")},
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    assert bad.status_code == 400 and bad.json()["detail"]


def test_the_page_limit_is_the_engines():
    from casesafe.apps.checks.views import MAX_PHOTO_BYTES
    from casesafe.screening.image import MAX_BYTES

    assert MAX_PHOTO_BYTES == MAX_BYTES
