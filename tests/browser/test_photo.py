"""Check a photo as a caseworker would: upload, see the boxes, download the clean copy."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from casesafe.apps.checks.tests.test_photos import _gps_sign_jpeg
from casesafe.apps.core.testing import PASSWORD, axe_serious

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_upload_a_phone_photo_and_download_the_clean_copy(page, live_server, people, tmp_path):
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(_gps_sign_jpeg())
    page.goto(f"{live_server.url}/accounts/login/?next=/check-photo/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/check-photo/")
    assert axe_serious(page) == []
    page.locator("#id_photo").set_input_files(str(photo))
    page.get_by_text("Black out identifying text").click()
    page.get_by_role("button", name="Check the photo").click()
    page.get_by_test_id("decision").wait_for()
    findings = page.get_by_test_id("photo-findings").inner_text()
    assert "LOCATION" in findings and "Springfield" in findings and "SCHOOL" in findings
    expect(page.get_by_role("img", name="Your photo with numbered boxes")).to_be_visible()
    assert axe_serious(page) == []
    with page.expect_download() as download:
        page.get_by_test_id("download-clean").click()
    target = tmp_path / "clean.jpg"
    download.value.save_as(target)
    clean = Image.open(io.BytesIO(target.read_bytes()))
    assert not clean.getexif() and "xmp" not in clean.info
