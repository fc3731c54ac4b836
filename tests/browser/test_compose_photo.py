"""Issue 7 in compose, as a caseworker would try it: attach a phone photo of a school sign
(with GPS in it) to a message to Maria, see what was found and that the clean copy is what
will be sent, describe it, send it; the email that arrives on a real SMTP server on
loopback carries the clean copy, without EXIF. axe on each page."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image
from playwright.sync_api import expect

from casesafe.apps.checks.tests.test_photos import _gps_sign_jpeg
from casesafe.apps.communications.testing import SmtpSink
from casesafe.apps.core.testing import axe_serious

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VISIT = "Hi, the visit moved to Thursday at 4pm. Does that still work?"


@pytest.fixture
def demo(tmp_path):
    from casesafe.apps.agencies.demo import demo_agency_setup
    from casesafe.apps.cases.models import CasePerson

    path = tmp_path / "creds.json"
    demo_agency_setup(path)
    maria = next(p for p in CasePerson.objects.all() if p.name == "Maria Gonzalez")
    maria.emails = ["maria.g@example.net"]
    maria.save()
    return {u["username"]: u["password"] for u in json.loads(path.read_text())["users"]}


@pytest.fixture
def sink(settings):
    with SmtpSink() as s:
        for key, value in s.settings().items():
            setattr(settings, key, value)
        yield s


def _sign_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/")


def _outcome(page, outcome):
    page.wait_for_selector(f'[data-testid=preflight][data-outcome="{outcome}"]', timeout=20000)


def test_attach_a_phone_photo_see_the_findings_and_send_the_clean_copy(
    page, live_server, demo, sink, tmp_path
):
    from casesafe.apps.communications.models import MessagePhoto

    original = _gps_sign_jpeg()
    upload = tmp_path / "IMG_2041.jpg"
    upload.write_bytes(original)
    _sign_in(page, live_server, "caseworker", demo["caseworker"])
    page.goto(f"{live_server.url}/messages/compose/")
    page.get_by_label("Case", exact=True).select_option(label="DEMO-1")
    page.get_by_role("button", name="Choose case").click()
    page.wait_for_url("**/messages/compose/?case=*")
    page.get_by_text("Maria Gonzalez (Mother)", exact=True).click()
    page.get_by_label("Channel").select_option("agency-email")
    page.get_by_label("Purpose").select_option("scheduling")
    page.get_by_label("Who will see it?").select_option("private")
    page.get_by_label("Message", exact=True).fill(VISIT)
    _outcome(page, "allow")

    page.locator("#id_photo").set_input_files(str(upload))
    page.get_by_role("button", name="Check and attach the photo").click()
    photo = page.get_by_test_id("photo-1")
    expect(photo).to_be_visible(timeout=30000)
    findings = page.get_by_test_id("photo-findings-1")
    expect(findings).to_contain_text("LOCATION")
    expect(findings).to_contain_text("Springfield")  # where the GPS tags point, shown once
    expect(findings).to_contain_text("SCHOOL")
    expect(findings.get_by_text("removed from the clean copy").first).to_be_visible()
    expect(page.get_by_text("This clean copy is what will be sent")).to_be_visible()
    expect(page.get_by_role("img", name="The clean copy of photo 1")).to_be_visible()
    # The photo has no alt text yet: the pre-flight says so, without blocking.
    _outcome(page, "allow")
    expect(page.get_by_test_id("quality")).to_contain_text("no alt text")
    page.screenshot(path="/tmp/compose_photo.png", full_page=True)
    assert axe_serious(page) == []

    page.get_by_label("Alt text for photo 1").fill("A sign outside a school")
    # (Another note stays: the family prefers Spanish.)
    expect(page.get_by_test_id("quality")).not_to_contain_text("no alt text", timeout=20000)
    _outcome(page, "allow")
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url("**/messages/*/")
    expect(page.get_by_test_id("message-status")).to_have_text("Sent")
    expect(page.get_by_role("img", name="A sign outside a school")).to_be_visible()
    page.screenshot(path="/tmp/message_photo.png", full_page=True)
    assert axe_serious(page) == []

    [mail] = sink.messages
    [part] = [p for p in mail.message.walk() if p.get_content_maintype() == "image"]
    attached = part.get_payload(decode=True)
    stored = MessagePhoto.objects.get()
    assert attached == stored.clean_bytes() and attached != original
    with Image.open(io.BytesIO(attached)) as clean:
        assert not clean.getexif() and "exif" not in clean.info

    with page.expect_download() as download:
        page.get_by_test_id("download-photo-1").click()
    target = tmp_path / "clean.jpg"
    download.value.save_as(target)
    assert target.read_bytes() == attached


def test_the_supervisor_reviews_a_public_post_with_its_clean_photo(
    page, browser, live_server, demo, tmp_path
):
    from casesafe.apps.core.testing import totp_now

    upload = tmp_path / "IMG_2042.jpg"
    upload.write_bytes(_gps_sign_jpeg())
    _sign_in(page, live_server, "comms", demo["comms"])
    page.goto(f"{live_server.url}/messages/compose/")
    page.get_by_label("Channel").select_option("facebook-page")
    page.get_by_label("Purpose").select_option("recruitment")
    page.get_by_label("Who will see it?").select_option("public")
    page.get_by_label("Message", exact=True).fill(
        "Could you open your home to a child? Join our information night on Tuesday."
    )
    page.locator("#id_photo").set_input_files(str(upload))
    page.get_by_label("Describe the photo for people who cannot see it").fill(
        "Our information night sign"
    )
    page.get_by_role("button", name="Check and attach the photo").click()
    expect(page.get_by_test_id("photo-1")).to_be_visible(timeout=30000)
    _outcome(page, "needs_approval")
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url("**/messages/*/")
    expect(page.get_by_test_id("message-status")).to_have_text("Waiting for approval")

    from casesafe.apps.accounts.models import User

    context = browser.new_context()
    sup = context.new_page()
    try:
        sup.goto(f"{live_server.url}/accounts/login/")
        sup.get_by_label("Username").fill("supervisor")
        sup.get_by_label("Password").fill(demo["supervisor"])
        sup.get_by_role("button", name="Sign in").click()
        sup.wait_for_url("**/accounts/mfa/verify/**")
        sup.get_by_label("Six-digit code").fill(totp_now(User.objects.get(username="supervisor")))
        sup.get_by_role("button", name="Verify").click()
        sup.wait_for_url(f"{live_server.url}/")
        sup.get_by_role("link", name="Post ").first.click()
        sup.wait_for_url("**/messages/approvals/*/")
        photo = sup.get_by_role("img", name="Our information night sign")
        expect(photo).to_be_visible()
        # The picture really loaded (the supervisor may open the clean copy).
        assert sup.evaluate("img => img.naturalWidth", photo.element_handle()) > 0
        sup.screenshot(path="/tmp/approval_photo.png", full_page=True)
        assert axe_serious(sup) == []
        sup.get_by_role("button", name="Approve").click()
        sup.wait_for_url("**/messages/")
        expect(sup.get_by_text("Approved.")).to_be_visible()
    finally:
        context.close()
