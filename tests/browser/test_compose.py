"""Issue 6 acceptance, as a new user would try it: compose to Maria, watch the pre-flight
answer change while typing, send an email that arrives at a real SMTP server on loopback,
find it in the case's Record tab; then the communications user drafts a public post, the
supervisor approves it and the post is published by hand and confirmed. axe on each page."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from casesafe.apps.communications.testing import SmtpSink
from casesafe.apps.core.testing import axe_serious, totp_now

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VISIT = "Hi, the visit moved to Thursday at 4pm. Does that still work?"
PSYCH = "The psych eval came back and the doctor wants to adjust Tyler's Adderall."
POST = (
    "Could you open your home to a child? Join our foster parent information night at the "
    "library on Tuesday."
)


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


def _sign_in(page, live_server, username, password, code=False):
    from casesafe.apps.accounts.models import User

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    if code:
        page.wait_for_url("**/accounts/mfa/verify/**")
        page.get_by_label("Six-digit code").fill(totp_now(User.objects.get(username=username)))
        page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{live_server.url}/")


def _outcome(page, outcome):
    page.wait_for_selector(f'[data-testid=preflight][data-outcome="{outcome}"]', timeout=20000)


def test_compose_send_email_and_find_it_in_the_record(page, live_server, demo, sink):
    _sign_in(page, live_server, "caseworker", demo["caseworker"])
    page.get_by_role("link", name="Compose").first.click()
    page.wait_for_url("**/messages/compose/")
    page.get_by_label("Case", exact=True).select_option(label="DEMO-1")
    page.get_by_role("button", name="Choose case").click()
    page.wait_for_url("**/messages/compose/?case=*")
    assert axe_serious(page) == []
    page.get_by_text("Maria Gonzalez (Mother)", exact=True).click()
    page.get_by_label("Channel").select_option("agency-email")
    page.get_by_label("Purpose").select_option("case_update")
    page.get_by_label("Who will see it?").select_option("private")
    # Health details by ordinary email: blocked, with the findings highlighted.
    page.get_by_label("Message", exact=True).fill(PSYCH)
    _outcome(page, "block")
    panel = page.get_by_test_id("preflight")
    assert "PHI_NOT_ALLOWED_ON_CHANNEL" in panel.inner_text()
    assert panel.locator("mark").count() >= 1
    assert axe_serious(page) == []
    # The answer changes while typing.
    page.get_by_label("Purpose").select_option("scheduling")
    page.get_by_label("Message", exact=True).fill(VISIT)
    _outcome(page, "allow")
    assert "Clear to send" in panel.inner_text()
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url("**/messages/*/")
    assert page.get_by_test_id("message-status").inner_text() == "Sent"
    assert axe_serious(page) == []
    [mail] = sink.messages
    assert mail.recipients == ["maria.g@example.net"] and VISIT in mail.message.get_payload()

    page.get_by_role("link", name="Record").click()
    page.wait_for_url("**/records/cases/*/record/")
    record = page.locator("table.casesafe-record")
    expect(record.get_by_text("message_sent")).to_be_visible()
    expect(record.get_by_text("message_delivered")).to_be_visible()
    assert axe_serious(page) == []


def test_public_post_approved_then_published_by_hand(page, browser, live_server, demo):
    _sign_in(page, live_server, "comms", demo["comms"])
    page.goto(f"{live_server.url}/messages/compose/")
    page.get_by_label("Channel").select_option("facebook-page")
    page.get_by_label("Purpose").select_option("recruitment")
    page.get_by_label("Who will see it?").select_option("public")
    page.get_by_label("Message", exact=True).fill(
        "Meet Tyler Gonzalez, 12, from Lincoln Elementary!"
    )
    _outcome(page, "block")
    assert "CONTENT_BLOCKED" in page.get_by_test_id("preflight").inner_text()
    page.get_by_label("Message", exact=True).fill(POST)
    _outcome(page, "needs_approval")
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url("**/messages/*/")
    assert page.get_by_test_id("message-status").inner_text() == "Waiting for approval"
    post_url = page.url

    context = browser.new_context()
    sup = context.new_page()
    try:
        _sign_in(sup, live_server, "supervisor", demo["supervisor"], code=True)
        sup.get_by_role("link", name="Post ").first.click()
        sup.wait_for_url("**/messages/approvals/*/")
        _outcome(sup, "needs_approval")
        assert POST in sup.get_by_test_id("message-text").inner_text()
        assert axe_serious(sup) == []
        sup.get_by_role("button", name="Approve").click()
        sup.wait_for_url("**/messages/")
        expect(sup.get_by_text("Approved.")).to_be_visible()
    finally:
        context.close()

    page.goto(post_url)
    assert page.get_by_test_id("message-status").inner_text() == "Approved, not yet published"
    page.get_by_label("Where was it posted?").fill(
        "https://www.facebook.com/DemoCountyFamilies/posts/1"
    )
    page.get_by_role("button", name="Confirm it was posted").click()
    page.wait_for_url(post_url)
    assert page.get_by_test_id("message-status").inner_text() == "Published"
    assert axe_serious(page) == []
